"""ACLED CSV exports: each row's ``notes`` as a document, and the rows as gold events.

Documents carry no date: the row's date is what evaluation checks, so giving it to the
extractor would leak the answer. Notes of 2017 onwards say "On 29 December," themselves.

>>> import tempfile, pathlib
>>> csv_text = ("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
...             "actor1,actor2,location,latitude,longitude,fatalities,notes\\n"
...             "MLI9,2018-03-02,2018,1,Battles,Armed clash,JNIM,FAMa,Gao,16.27,-0.04,3,"
...             "On 2 March, JNIM attacked an army post in Gao.\\n")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "acled.csv"
>>> _ = path.write_text(csv_text)
>>> [(d.id, d.format, d.date) for d in read_acled(path)]
[('MLI9', 'acled', None)]
>>> next(read_acled_gold(path)).fatalities
3
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path

from warscribe.errors import InputError, WarscribeError
from warscribe.model import Document, Failure, GoldEvent

REQUIRED_COLUMNS = ("event_id_cnty", "notes")
GOLD_COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%m/%d/%Y")

OnError = Callable[[Failure], None]


def acled_date(text: str) -> str:
    """ACLED's event_date in any of its export spellings, as an ISO date.

    >>> acled_date("12 January 2012"), acled_date("2012-01-12"), acled_date("12-Jan-2012")
    ('2012-01-12', '2012-01-12', '2012-01-12')
    """
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"event_date {text!r} is not a date")


def _rows(path: str | os.PathLike[str], required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) pairs of an ACLED CSV; the header must have ``required`` columns."""
    csv.field_size_limit(sys.maxsize)
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    with fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise InputError(str(path), f"not an ACLED CSV: no {', '.join(missing)} column")
        line = reader.line_num + 1
        for row in reader:
            yield line, row
            line = reader.line_num + 1


def _year(row: Mapping[str, str]) -> int | None:
    raw = (row.get("year") or "").strip()
    if raw.isdigit():
        return int(raw)
    try:
        return int(acled_date(row.get("event_date") or "")[:4])
    except ValueError:
        return None


def _report(failure: Failure, on_error: OnError | None) -> Iterator[Failure]:
    if on_error is None:
        yield failure
    else:
        on_error(failure)


def read_acled(
    path: str | os.PathLike[str],
    *,
    years: Collection[int] | None = None,
    on_error: OnError | None = None,
) -> Iterator[Document | Failure]:
    """One document per row: ``id`` = event_id_cnty, text = notes, format "acled", no date.

    A row without an id or notes is a :class:`Failure` naming ``path:line``: handed to
    ``on_error`` when given, else yielded in the stream (as ``read_jsonl`` does).
    ``years`` keeps the rows of those years only.
    """
    from warscribe.ingest.plain import parse_plain
    from warscribe.ingest.reader import MAX_DOCUMENT_BYTES

    for line, row in _rows(path, REQUIRED_COLUMNS):
        where = f"{path}:{line}"
        if years is not None and _year(row) not in years:
            continue
        doc_id = (row.get("event_id_cnty") or "").strip()
        notes = (row.get("notes") or "").strip()
        if not doc_id or not notes:
            what = "event_id_cnty" if not doc_id else "notes"
            yield from _report(Failure(where, f"empty {what}"), on_error)
            continue
        try:
            if len(notes) > MAX_DOCUMENT_BYTES:
                raise InputError(doc_id, f"notes of {len(notes):,} characters are above the "
                                         f"{MAX_DOCUMENT_BYTES:,} limit")
            doc = parse_plain(notes, id=doc_id, meta=(("source", where),), format="acled")
        except WarscribeError as exc:
            yield from _report(Failure(where, str(exc)), on_error)
            continue
        yield doc


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(float(value)) if value else None


def _float(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


def gold_from_row(row: Mapping[str, str], *, origin: str = "") -> GoldEvent:
    """A gold event from one ACLED row; raises ValueError naming the bad column."""
    try:
        date = acled_date(row.get("event_date") or "")
    except ValueError as exc:
        raise ValueError(str(exc)) from None
    out: dict[str, object] = {}
    for name, conv in (("time_precision", _int), ("geo_precision", _int), ("fatalities", _int),
                       ("latitude", _float), ("longitude", _float)):  # fmt: skip
        try:
            out[name] = conv(row.get(name))
        except ValueError:
            raise ValueError(f"{name} {row.get(name)!r} is not a number") from None
    text = {name: (row.get(name) or "").strip() for name in (
        "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
        "location", "admin1", "notes")}  # fmt: skip
    event_id = (row.get("event_id_cnty") or "").strip()
    return GoldEvent(doc_id=event_id, event_date=date, date_end=date, event_id=event_id,
                     required=True, origin=origin, **text, **out)  # type: ignore[arg-type]


def read_acled_gold(
    path: str | os.PathLike[str],
    *,
    years: Collection[int] | None = None,
    on_error: OnError | None = None,
) -> Iterator[GoldEvent]:
    """The rows of an ACLED CSV as gold events (doc_id = event_id_cnty, all required).

    A bad row raises :class:`InputError` naming ``path:line``, or goes to ``on_error``.
    """
    for line, row in _rows(path, GOLD_COLUMNS):
        where = f"{path}:{line}"
        if years is not None and _year(row) not in years:
            continue
        try:
            yield gold_from_row(row, origin=where)
        except ValueError as exc:
            if on_error is None:
                raise InputError(where, str(exc)) from None
            on_error(Failure(where, str(exc), stage="evaluate"))


def is_acled_csv(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a CSV whose header has ACLED's id and notes columns."""
    try:
        with open(Path(path), encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), [])
    except (OSError, UnicodeError):
        return False
    return all(c in header for c in REQUIRED_COLUMNS)
