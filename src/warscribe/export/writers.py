"""Write events (CSV, JSONL, GeoJSON, Parquet) and statistics (JSON, JSONL).

Writers stream: CSV, JSONL and GeoJSON go out row by row, Parquet in row-group batches,
so a long run never holds its events in memory. A file is written beside its target and
renamed into place at the end, so a failure never leaves half a file behind.

>>> import tempfile, pathlib
>>> from warscribe.model import Event
>>> ev = Event("e1", "doc", "2012-01-17", "2012-01-17", 1, "Battles", "Armed clash", "MNLA")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
>>> write_events([ev], out)
1
>>> out.read_text().splitlines()[0].split(",")[:3]
['event_id', 'doc_id', 'event_date']
"""

from __future__ import annotations

import contextlib
import csv
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from warscribe.export.records import (
    COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    event_to_flat,
    event_to_record,
    export_error,
    statistic_to_record,
)
from warscribe.model import Event, Statistic

EVENT_FORMATS = {
    ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".geojson": "geojson",
    ".parquet": "parquet", ".pq": "parquet",
}  # fmt: skip
STAT_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
STDOUT = "-"
# One feature a line between these, so the reader can stream what the writer wrote.
GEOJSON_HEAD = '{"type":"FeatureCollection","features":['
GEOJSON_TAIL = "]}"


def detect_format(
    path: str | os.PathLike[str], *, format: str | None = None, table: dict[str, str] | None = None
) -> str:
    """The format named, or the one the file extension implies.

    >>> detect_format("out/events.geojson")
    'geojson'
    >>> detect_format("-")
    'jsonl'
    """
    table = EVENT_FORMATS if table is None else table
    known = sorted(set(table.values()))
    if format is not None:
        fmt = format.lower().lstrip(".")
        if fmt not in known:
            raise export_error(path, f"unknown format {format!r} (known: {', '.join(known)})")
        return fmt
    if str(path) == STDOUT:
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix not in table:
        raise export_error(path, f"cannot tell the format from {suffix or 'no extension'!r}; "
                           f"use one of {', '.join(sorted(table))} or pass format=")  # fmt: skip
    return table[suffix]


@contextlib.contextmanager
def _open_out(path: str | os.PathLike[str], *, binary: bool) -> Iterator[IO[Any]]:
    """The target opened for writing: stdout for ``-``, else a temp file renamed at the end."""
    if str(path) == STDOUT:
        if binary:
            yield sys.stdout.buffer
        else:
            yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
        os.replace(tmp, target)
    except OSError as exc:
        raise export_error(path, f"cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()


def _csv_value(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name in FLOAT_COLUMNS:
        return repr(float(value))
    return value


def _write_csv(events: Iterable[Event], fh: IO[str]) -> int:
    writer = csv.writer(fh)  # RFC 4180 "\r\n" also makes it quote a lone "\r"
    writer.writerow(COLUMNS)
    n = 0
    for event in events:
        row = event_to_flat(event)
        writer.writerow([_csv_value(name, row[name]) for name in COLUMNS])
        n += 1
    return n


def _write_jsonl(events: Iterable[Event], fh: IO[str]) -> int:
    n = 0
    for event in events:
        # orjson writes the dataclass as event_to_record would, field by field, faster
        fh.write(orjson.dumps(event, option=orjson.OPT_APPEND_NEWLINE).decode())
        n += 1
    return n


def event_to_feature(event: Event, *, nested: bool = True) -> dict[str, Any]:
    """An event as a GeoJSON Feature (a Point, or geometry null without coordinates).

    ``nested=False`` leaves the Event itself as ``properties`` for orjson to serialise.
    """
    props: Any = event_to_record(event) if nested else event
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props}


def _write_geojson(events: Iterable[Event], fh: IO[str]) -> int:
    fh.write(GEOJSON_HEAD + "\n")
    n = 0
    for event in events:
        if n:
            fh.write(",\n")
        fh.write(orjson.dumps(event_to_feature(event, nested=False)).decode())
        n += 1
    fh.write("\n" + GEOJSON_TAIL + "\n")
    return n


def parquet_schema():
    """The Arrow schema of the Parquet export: Event's columns, nested ones as JSON text."""
    import pyarrow as pa

    def kind(name: str):
        if name in INT_COLUMNS:
            return pa.int64()
        if name in FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(name, kind(name)) for name in COLUMNS])


def _write_parquet(events: Iterable[Event], fh: IO[bytes], *, batch_size: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(fh, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(event_to_flat(event))
            n += 1
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def write_events(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    batch_size: int = 10_000,
) -> int:
    """Write ``events`` to ``path`` (``-`` = stdout) and return how many were written.

    >>> write_events([], "-")
    0
    """
    fmt = detect_format(path, format=format)
    if fmt == "parquet":
        if str(path) == STDOUT:
            raise export_error(path, "Parquet cannot be written to stdout; name a .parquet file")
        with _open_out(path, binary=True) as fh:
            return _write_parquet(events, fh, batch_size=batch_size)
    writer = {"csv": _write_csv, "jsonl": _write_jsonl, "geojson": _write_geojson}[fmt]
    with _open_out(path, binary=False) as fh:
        return writer(events, fh)


def write_statistics(
    stats: Iterable[Statistic], path: str | os.PathLike[str], *, format: str | None = None
) -> int:
    """Write aggregate figures as a JSON array (``.json``) or JSON lines (``.jsonl``, ``-``).

    >>> write_statistics([], "-")
    0
    """
    fmt = detect_format(path, format=format, table=STAT_FORMATS)
    n = 0
    with _open_out(path, binary=False) as fh:
        if fmt == "json":
            fh.write("[")
            for stat in stats:
                fh.write(",\n" if n else "\n")
                fh.write(orjson.dumps(statistic_to_record(stat)).decode())
                n += 1
            fh.write("\n]\n" if n else "]\n")
        else:
            for stat in stats:
                fh.write(orjson.dumps(statistic_to_record(stat)).decode() + "\n")
                n += 1
    return n
