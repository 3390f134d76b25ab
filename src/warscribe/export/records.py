"""Event <-> record conversion shared by every format.

A *record* is a plain mapping of column name to a JSON value: nested (evidence and
citations as lists of objects) for JSONL and GeoJSON, flat (those two as JSON strings,
None as "") for CSV and Parquet.

>>> from warscribe.model import Event
>>> ev = Event("e1", "doc", "2012-01-17", "2012-01-17", 1, "Battles", "Armed clash", "MNLA")
>>> event_from_record(event_to_record(ev)) == ev
True
>>> COLUMNS[:3]
('event_id', 'doc_id', 'event_date')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, fields
from typing import Any

import orjson

from warscribe.errors import ExportError
from warscribe.model import Citation, Event, Evidence, Statistic

# ACLED's columns first, in ACLED's order, then warscribe's own: Event's field order.
COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "event_date", "date_end", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "fatalities", "notes", "source",
    "fatalities_text", "injured", "evidence", "char_start", "char_end", "section",
    "citations", "geonameid", "confidence",
)  # fmt: skip
assert COLUMNS == tuple(f.name for f in fields(Event)), "Event fields and COLUMNS disagree"

INT_COLUMNS = frozenset(
    {"time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities",
     "injured", "char_start", "char_end", "geonameid"}
)  # fmt: skip
OPTIONAL_INT_COLUMNS = frozenset({"inter1", "inter2", "interaction", "geo_precision", "geonameid"})
FLOAT_COLUMNS = frozenset({"latitude", "longitude", "confidence"})
OPTIONAL_FLOAT_COLUMNS = frozenset({"latitude", "longitude"})
NESTED_COLUMNS = frozenset({"evidence", "citations"})
_DEFAULTS = {f.name: f.default for f in fields(Event)}
REQUIRED_COLUMNS = tuple(name for name, default in _DEFAULTS.items() if default is MISSING)


def citation_to_dict(citation: Citation) -> dict[str, Any]:
    """A citation as a JSON object (tuples become lists)."""
    out: dict[str, Any] = {}
    for f in fields(Citation):
        value = getattr(citation, f.name)
        if f.name == "authors":
            value = list(value)
        elif f.name == "params":
            value = [list(pair) for pair in value]
        out[f.name] = value
    return out


def citation_from_dict(data: Mapping[str, Any]) -> Citation:
    """Inverse of :func:`citation_to_dict`."""
    kwargs = dict(data)
    kwargs["authors"] = tuple(kwargs.get("authors") or ())
    kwargs["params"] = tuple((str(k), str(v)) for k, v in kwargs.get("params") or ())
    return Citation(**kwargs)


def event_to_record(event: Event) -> dict[str, Any]:
    """An event as a nested JSON-ready mapping, columns in :data:`COLUMNS` order."""
    record = {name: getattr(event, name) for name in COLUMNS}
    record["evidence"] = [{"text": e.text, "start": e.start, "end": e.end} for e in event.evidence]
    record["citations"] = [citation_to_dict(c) for c in event.citations]
    return record


def event_to_flat(event: Event) -> dict[str, Any]:
    """An event as a flat row: evidence and citations as JSON strings."""
    record = {name: getattr(event, name) for name in COLUMNS}
    # orjson writes frozen dataclasses as objects and tuples as arrays, as event_to_record does
    record["evidence"] = orjson.dumps(event.evidence).decode()
    record["citations"] = orjson.dumps(event.citations).decode()
    return record


def _nested(value: Any, name: str) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = orjson.loads(value)
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list, got {type(value).__name__}")
    return value


def _number(value: Any, name: str) -> int | float | None:
    if value is None or value == "":
        if name in OPTIONAL_INT_COLUMNS or name in OPTIONAL_FLOAT_COLUMNS:
            return None
        return _DEFAULTS[name]
    if name in INT_COLUMNS:
        if isinstance(value, bool):
            raise ValueError(f"{name} must be an integer, got {value!r}")
        if isinstance(value, float):
            if not value.is_integer():
                raise ValueError(f"{name} must be an integer, got {value!r}")
            return int(value)
        return int(value)
    return float(value)


def event_from_record(record: Mapping[str, Any]) -> Event:
    """An event from a nested or flat record; raises ValueError naming the bad column.

    Unknown columns are ignored; missing optional columns take Event's defaults.
    """
    missing = [name for name in REQUIRED_COLUMNS if name not in record]
    if missing:
        raise ValueError(f"missing column(s): {', '.join(missing)}")
    kwargs: dict[str, Any] = {}
    for name in COLUMNS:
        if name not in record:
            continue
        value = record[name]
        try:
            if name in INT_COLUMNS or name in FLOAT_COLUMNS:
                kwargs[name] = _number(value, name)
            elif name == "evidence":
                kwargs[name] = tuple(
                    Evidence(str(e["text"]), int(e["start"]), int(e["end"]))
                    for e in _nested(value, name)
                )
            elif name == "citations":
                kwargs[name] = tuple(citation_from_dict(c) for c in _nested(value, name))
            else:
                kwargs[name] = "" if value is None else str(value)
        except (ValueError, TypeError, KeyError, orjson.JSONDecodeError) as exc:
            raise ValueError(f"column {name}: {exc}") from None
    return Event(**kwargs)


def statistic_to_record(stat: Statistic) -> dict[str, Any]:
    """A statistic as a JSON-ready mapping (period as ISO dates)."""
    period = None
    if stat.period is not None:
        start, end = stat.period.iso()
        period = {"start": start, "end": end, "precision": stat.period.precision,
                  "text": stat.period.text}  # fmt: skip
    return {
        "doc_id": stat.doc_id, "kind": stat.kind, "value": stat.value, "text": stat.text,
        "start": stat.start, "end": stat.end, "period": period,
        "citations": [citation_to_dict(c) for c in stat.citations],
    }  # fmt: skip


def statistic_from_record(record: Mapping[str, Any]) -> Statistic:
    """Inverse of :func:`statistic_to_record`."""
    import datetime as dt

    from warscribe.model import DateSpan

    period = record.get("period")
    span = None
    if period:
        span = DateSpan(
            dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"]),
            precision=int(period["precision"]), text=period.get("text", ""),
        )  # fmt: skip
    return Statistic(
        doc_id=record["doc_id"], kind=record["kind"], value=int(record["value"]),
        text=record["text"], start=int(record["start"]), end=int(record["end"]), period=span,
        citations=tuple(citation_from_dict(c) for c in record.get("citations") or ()),
    )  # fmt: skip


def export_error(path: object, reason: str) -> ExportError:
    """An :class:`ExportError` whose message starts with the path."""
    return ExportError(f"{path}: {reason}")
