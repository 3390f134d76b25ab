"""Score predicted events against gold events (an ACLED CSV or JSONL gold).

>>> from warscribe.model import Event, GoldEvent
>>> gold = [GoldEvent("d", "2013-01-11", event_type="Battles", actor1="A", location="Konna")]
>>> pred = [Event("p", "d", "2013-01-12", "2013-01-12", 1, "Battles", "Armed clash", "A", location="Konna")]
>>> report = evaluate(gold, pred)
>>> report.recall, report.field("event_date").accuracy
(1.0, 0.0)

Actor names are compared without their period label unless ``strict_periods=True``:

>>> gold = [GoldEvent("d", "2017-05-02", actor1="Military Forces of Mali (2013-)", location="Boni")]
>>> pred = [Event("p", "d", "2017-05-02", "2017-05-02", 1, "Battles", "Armed clash",
...               "Military Forces of Mali (2013-2020)", location="Boni")]
>>> [evaluate(gold, pred, strict_periods=s).field("actor1").accuracy for s in (False, True)]
[1.0, 0.0]
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection, Sequence

from warscribe.evaluate.gold import (
    event_from_gold,
    gold_from_event,
    gold_from_json,
    read_gold,
    read_predictions,
)
from warscribe.evaluate.match import MatchOptions, Pair, doc_key, match_events
from warscribe.evaluate.render import render_report
from warscribe.evaluate.report import FIELDS, FieldScore, Report, build_report, field_checks
from warscribe.model import Event, GoldEvent

PathLike = str | os.PathLike[str]


def evaluate(
    gold: PathLike | Sequence[GoldEvent],
    pred: PathLike | Sequence[Event],
    *,
    date_window_days: int | None = 3,
    km: float = 10.0,
    place_km: float = 25.0,
    per_document: bool = False,
    doc_id: str | None = None,
    ignore_doc_ids: bool = False,
    years: Collection[int] | None = None,
    strict_periods: bool = False,
) -> Report:
    """Match ``pred`` to ``gold`` and score them (see :mod:`warscribe.evaluate.report`).

    ``gold`` and ``pred`` are files or already-read events. ``doc_id`` gives every
    prediction that document id (an article extracted under a file path);
    ``years`` keeps the gold events of those years (by event_date) and the predictions
    of those years, or, with ``per_document``, the predictions of the kept documents
    (a note's prediction with a wrong year still counts against it).

    Actor names that differ only by ACLED's period label ("Military Forces of Mali
    (2013-)" in a 2018 export, "(2013-2020)" today) agree, in matching and in the
    field scores; ``strict_periods=True`` compares the names exactly.
    """
    gold_events = read_gold(gold, years=years) if isinstance(gold, (str, os.PathLike)) else list(gold)
    pred_events = read_predictions(pred) if isinstance(pred, (str, os.PathLike)) else list(pred)
    if years is not None:
        gold_events = [g for g in gold_events if _year(g.event_date) in years]
        if per_document:
            docs = {doc_key(g.doc_id) for g in gold_events}
            pred_events = [p for p in pred_events if doc_key(doc_id or p.doc_id) in docs]
        else:
            pred_events = [p for p in pred_events if _year(p.event_date) in years]
    if doc_id is not None:
        pred_events = [dataclasses.replace(p, doc_id=doc_id) for p in pred_events]
    options = MatchOptions(date_window_days=date_window_days, place_km=place_km,
                           ignore_doc_ids=ignore_doc_ids, strict_periods=strict_periods)  # fmt: skip
    pairs = match_events(gold_events, pred_events, options=options, per_document=per_document)
    return build_report(gold_events, pred_events, pairs, options=options, km=km,
                        per_document=per_document)  # fmt: skip


def _year(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


__all__ = [
    "FIELDS", "FieldScore", "MatchOptions", "Pair", "Report", "build_report", "evaluate", "event_from_gold",
    "field_checks", "gold_from_event", "gold_from_json", "match_events", "read_gold", "read_predictions",
    "render_report",
]  # fmt: skip
