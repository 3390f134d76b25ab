"""Read gold events (ACLED CSV or JSONL gold) and predicted events for evaluation.

JSONL gold has one event per line::

    {"doc_id": "mali-war", "event_date": "2012-01-17", "date_end": "2012-01-17",
     "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
     "actor1": "...", "actor2": "...", "location": "Menaka", "admin1": "Gao",
     "latitude": 15.918, "longitude": 2.402, "geo_precision": 1, "fatalities": 0,
     "required": true, "char_start": 3120, "char_end": 3260, "notes": "..."}

Fields may be "" or null when unknown; ``required`` defaults to true.

>>> gold_from_json({"doc_id": "d", "event_date": "2012-01-17", "fatalities": None}).fatalities is None
True
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

import orjson

from warscribe.errors import EvaluationError, WarscribeError
from warscribe.model import Event, Failure, GoldEvent

OnError = Callable[[Failure], None]
_FIELDS = {f.name: f for f in fields(GoldEvent)}
_INTS = ("time_precision", "geo_precision", "fatalities")
_FLOATS = ("latitude", "longitude")
_OFFSETS = ("char_start", "char_end")


def gold_from_json(data: Mapping[str, Any], *, origin: str = "") -> GoldEvent:
    """A gold event from one JSONL object; raises ValueError naming the bad field."""
    if not isinstance(data, Mapping):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    if not isinstance(data.get("doc_id"), str) or not data["doc_id"].strip():
        raise ValueError('missing "doc_id"')
    kwargs: dict[str, Any] = {"origin": origin}
    for name, value in data.items():
        if name not in _FIELDS or name == "origin":
            continue
        if name in _INTS or name in _FLOATS or name in _OFFSETS:
            if value is None or value == "":
                kwargs[name] = -1 if name in _OFFSETS else None
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise ValueError(f"{name} must be a number, got {value!r}")
            try:
                number = float(value)
            except ValueError:
                raise ValueError(f"{name} must be a number, got {value!r}") from None
            if name in _FLOATS:
                kwargs[name] = number
            elif not number.is_integer():
                raise ValueError(f"{name} must be an integer, got {value!r}")
            else:
                kwargs[name] = int(number)
        elif name == "required":
            if not isinstance(value, bool):
                raise ValueError(f"required must be true or false, got {value!r}")
            kwargs[name] = value
        else:
            kwargs[name] = "" if value is None else str(value).strip()
    kwargs.setdefault("event_date", "")
    return GoldEvent(**kwargs)


def gold_from_event(event: Event, *, required: bool = True) -> GoldEvent:
    """A gold event holding what a (reviewed) predicted event says.

    >>> ev = Event("e1", "d", "2012-04-01", "2012-04-01", 1, "Battles", "Armed clash", "MNLA")
    >>> gold_from_event(ev).actor1
    'MNLA'
    """
    return GoldEvent(
        doc_id=event.doc_id, event_date=event.event_date, date_end=event.date_end,
        time_precision=event.time_precision, event_type=event.event_type,
        sub_event_type=event.sub_event_type, actor1=event.actor1,
        assoc_actor_1=event.assoc_actor_1, actor2=event.actor2, assoc_actor_2=event.assoc_actor_2,
        location=event.location, admin1=event.admin1, latitude=event.latitude,
        longitude=event.longitude, geo_precision=event.geo_precision, fatalities=event.fatalities,
        required=required, char_start=event.char_start, char_end=event.char_end,
        notes=event.notes, event_id=event.event_id,
    )  # fmt: skip


def _read_jsonl_gold(path: Path, on_error: OnError | None) -> list[GoldEvent]:
    out: list[GoldEvent] = []
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                out.append(gold_from_json(orjson.loads(line), origin=where))
            except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
                if on_error is None:
                    raise EvaluationError(f"{where}: {exc}") from None
                on_error(Failure(where, str(exc), stage="evaluate"))
    return out


def read_gold(
    path: str | os.PathLike[str],
    *,
    years: Collection[int] | None = None,
    on_error: OnError | None = None,
) -> list[GoldEvent]:
    """Gold events from an ACLED CSV (one per row) or a JSONL gold file.

    ``years`` keeps the gold events of those years (by event_date). A bad line raises
    :class:`EvaluationError` naming ``path:line``, or goes to ``on_error``.
    """
    from warscribe.ingest.acled import is_acled_csv, read_acled_gold

    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: no such gold file")
    if path.suffix.lower() == ".csv":
        if not is_acled_csv(path):
            raise EvaluationError(f"{path}: a CSV gold file must be an ACLED export "
                                  "(event_id_cnty and notes columns)")  # fmt: skip
        try:
            return list(read_acled_gold(path, years=years, on_error=on_error))
        except WarscribeError as exc:
            raise EvaluationError(str(exc)) from None
    gold = _read_jsonl_gold(path, on_error)
    if years is not None:
        gold = [g for g in gold if g.event_date[:4].isdigit() and int(g.event_date[:4]) in years]
    return gold


def event_from_gold(gold: GoldEvent) -> Event:
    """An event holding what a gold event says (ACLED's coding read as predictions).

    >>> event_from_gold(GoldEvent("MLI9", "2018-03-02", event_type="Battles")).doc_id
    'MLI9'
    """
    return Event(
        event_id=gold.event_id or gold.origin, doc_id=gold.doc_id, event_date=gold.event_date,
        date_end=gold.date_end or gold.event_date, time_precision=gold.time_precision or 1,
        event_type=gold.event_type, sub_event_type=gold.sub_event_type, actor1=gold.actor1,
        assoc_actor_1=gold.assoc_actor_1, actor2=gold.actor2, assoc_actor_2=gold.assoc_actor_2,
        admin1=gold.admin1, location=gold.location, latitude=gold.latitude,
        longitude=gold.longitude, geo_precision=gold.geo_precision,
        fatalities=gold.fatalities or 0, notes=gold.notes, char_start=gold.char_start,
        char_end=gold.char_end,
    )  # fmt: skip


def read_predictions(
    path: str | os.PathLike[str], *, on_error: OnError | None = None
) -> list[Event]:
    """Predicted events from any file ``warscribe`` writes (CSV, JSONL, GeoJSON, Parquet).

    An ACLED export is read too (its rows as events), to compare two codings.
    """
    from warscribe.export import read_events
    from warscribe.ingest.acled import is_acled_csv

    if str(path).lower().endswith(".csv") and is_acled_csv(path):
        return [event_from_gold(g) for g in read_gold(path, on_error=on_error)]
    try:
        return list(read_events(path, on_error=on_error))
    except WarscribeError as exc:
        raise EvaluationError(str(exc)) from None
