"""Read back events and statistics written by :mod:`warscribe.export.writers`.

Round trips are exact: ``read_events(write_events(events))`` yields equal events.
A bad row raises :class:`ExportError` naming ``path:line``, or, with ``on_error``, is
reported as a :class:`Failure` and skipped so the rest of the file is still read.

>>> import tempfile, pathlib
>>> from warscribe.export.writers import write_events
>>> from warscribe.model import Event
>>> ev = Event("e1", "doc", "2012-01-17", "2012-01-17", 1, "Battles", "Armed clash", "MNLA")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
>>> _ = write_events([ev], out)
>>> list(read_events(out)) == [ev]
True
"""

from __future__ import annotations

import contextlib
import csv
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import orjson

from warscribe.export.records import (
    REQUIRED_COLUMNS,
    event_from_record,
    export_error,
    statistic_from_record,
)
from warscribe.export.writers import (
    EVENT_FORMATS,
    GEOJSON_HEAD,
    GEOJSON_TAIL,
    STAT_FORMATS,
    STDOUT,
    detect_format,
)
from warscribe.model import Event, Failure, Statistic

OnError = Callable[[Failure], None]


def _rows_csv(path: str | os.PathLike[str]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    csv.field_size_limit(sys.maxsize)
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None:
            return
        missing = [name for name in REQUIRED_COLUMNS if name not in reader.fieldnames]
        if missing:
            raise export_error(path, f"not a warscribe events CSV: no {', '.join(missing)} column")
        line = reader.line_num + 1
        for row in reader:
            yield line, row
            line = reader.line_num + 1


def _open_text(path: str | os.PathLike[str]):
    if str(path) == STDOUT:
        return contextlib.nullcontext(sys.stdin)
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise export_error(path, f"cannot read: {exc.strerror or exc}") from None


def _rows_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    with _open_text(path) as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield line_no, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield line_no, ValueError(f"invalid JSON: {exc}")


def _features(path: str | os.PathLike[str]) -> Iterator[Any]:
    """The features of a FeatureCollection: streamed, one a line, from warscribe's own
    layout; any other layout is parsed whole."""
    with _open_text(path) as fh:
        first = fh.readline()
        if first.strip() == GEOJSON_HEAD:
            for line in fh:
                line = line.strip().rstrip(",")
                if line and line != GEOJSON_TAIL:
                    try:
                        yield orjson.loads(line)
                    except orjson.JSONDecodeError as exc:
                        yield ValueError(f"invalid JSON: {exc}")
            return
        try:
            data = orjson.loads(first + fh.read())
        except orjson.JSONDecodeError as exc:
            raise export_error(path, f"invalid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise export_error(path, "not a GeoJSON FeatureCollection")
    yield from data.get("features") or []


def _rows_geojson(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    for i, feature in enumerate(_features(path), start=1):
        if isinstance(feature, Exception):
            yield i, feature
            continue
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            yield i, ValueError("feature without properties")
            continue
        props = dict(feature["properties"])
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") if geometry.get("type") == "Point" else None
        if coords and len(coords) >= 2:
            props.setdefault("longitude", coords[0])
            props.setdefault("latitude", coords[1])
        yield i, props


def _rows_parquet(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise export_error(path, f"cannot read Parquet: {exc}") from None
    row = 0
    for batch in pfile.iter_batches(batch_size=10_000):
        for record in batch.to_pylist():
            row += 1
            yield row, record


_READERS = {"csv": _rows_csv, "jsonl": _rows_jsonl, "geojson": _rows_geojson, "parquet": _rows_parquet}


def read_events(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    on_error: OnError | None = None,
) -> Iterator[Event]:
    """Events from a CSV, JSONL, GeoJSON or Parquet file (``-`` = JSONL on stdin).

    Rows are numbered from 1 (the line for CSV/JSONL, the feature or row otherwise).
    """
    fmt = detect_format(path, format=format, table=EVENT_FORMATS)
    if fmt != "jsonl" and fmt != "csv" and str(path) == STDOUT:
        raise export_error(path, f"{fmt} cannot be read from stdin")
    for where, record in _READERS[fmt](path):
        try:
            if isinstance(record, Exception):
                raise record
            if not isinstance(record, Mapping):
                raise ValueError(f"expected an object, got {type(record).__name__}")
            yield event_from_record(record)
        except (ValueError, TypeError) as exc:
            if on_error is None:
                raise export_error(f"{path}:{where}", str(exc)) from None
            on_error(Failure(source=f"{path}:{where}", reason=str(exc), stage="export"))


def read_statistics(path: str | os.PathLike[str], *, format: str | None = None) -> Iterator[Statistic]:
    """Statistics from a JSON array or JSON lines written by ``write_statistics``."""
    fmt = detect_format(path, format=format, table=STAT_FORMATS)
    if fmt == "json":
        with _open_text(path) as fh:
            try:
                rows = list(enumerate(orjson.loads(fh.read()), start=1))
            except orjson.JSONDecodeError as exc:
                raise export_error(path, f"invalid JSON: {exc}") from None
    else:
        rows = _rows_jsonl(path)
    for where, record in rows:
        try:
            if isinstance(record, Exception):
                raise record
            yield statistic_from_record(record)
        except (ValueError, TypeError, KeyError) as exc:
            raise export_error(f"{path}:{where}", str(exc)) from None
