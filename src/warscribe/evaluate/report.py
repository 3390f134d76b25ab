"""Scores of matched events: precision, recall, field accuracies, whole-record score.

Policy:

- Recall is over *required* gold events: those matched to a compatible prediction.
- Precision: a prediction is false only if it matches no gold event, required or
  optional. In the default (strict) mode a match is the one-to-one assignment, so a
  duplicate of an event already matched is false. In *document* mode (one main event
  per document, as ACLED notes are) a prediction compatible with any gold event of its
  document is not false, duplicates included.
- Field accuracies are over matched pairs (in document mode: over every gold event
  with any prediction in its document, the best one). A field the gold leaves
  unknown ("" or null) is not counted, except ``actor2`` where "" means "no second
  actor" as in ACLED.
- Actor names (actor1, actor2, and the actors that stand in for a missing place) agree
  when they differ only by a period label ("Military Forces of Mali (2013-)" from a 2018
  export, "(2013-2020)" as ACLED names that force today); with ``strict_periods`` they
  must be the same name (case, accents and spacing aside).
- The whole-record score is the fraction of required gold events matched with
  event_type, actor1, actor2, event_date, coordinates (within ``km``) and fatalities
  all right.

>>> from warscribe.model import Event, GoldEvent
>>> g = GoldEvent("d", "2013-01-11", event_type="Battles", actor1="A", location="Konna", fatalities=3)
>>> p = Event("p", "d", "2013-01-11", "2013-01-11", 1, "Battles", "Armed clash", "A", location="Konna", fatalities=3)
>>> r = build_report([g], [p], match_events([g], [p]))
>>> r.recall, r.precision, r.whole_record
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from warscribe.evaluate.match import (
    MatchOptions,
    Pair,
    blocks,
    match_events,
    norm,
    pair_score,
    same_actor_name,
)
from warscribe.model import Event, GoldEvent

FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
          "actors_any_order", "fatalities", "location", "coordinates", "admin1")  # fmt: skip
WHOLE_RECORD_FIELDS = ("event_type", "actor1", "actor2", "event_date", "coordinates", "fatalities")


@dataclass(frozen=True, slots=True)
class FieldScore:
    """How often one field is right over the pairs where the gold knows it."""

    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Recall and false events for one event type (gold's type for recall, pred's for false)."""

    event_type: str
    gold: int  # required gold events of this type
    matched: int
    pred: int
    false: int

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None


@dataclass(frozen=True, slots=True)
class Report:
    """The result of :func:`warscribe.evaluate.evaluate`."""

    n_gold: int  # required gold events
    n_optional: int
    n_pred: int
    matched: int  # required gold events matched
    matched_optional: int
    n_false: int
    precision: float
    recall: float
    f1: float
    whole_record: float
    fields: tuple[FieldScore, ...]
    misses: tuple[GoldEvent, ...]  # required gold events not matched
    false_events: tuple[Event, ...]
    pairs: tuple[Pair, ...]
    mode: str = "strict"
    options: MatchOptions = field(default_factory=MatchOptions)
    km: float = 10.0
    # matched required events that fail the whole-record score, by the field that fails
    record_blockers: tuple[tuple[str, int], ...] = ()
    by_type: tuple[TypeScore, ...] = ()

    def field(self, name: str) -> FieldScore:
        """The score of one field by name."""
        return next(f for f in self.fields if f.name == name)

    def to_dict(self, *, examples: int | None = None) -> dict[str, Any]:
        """A JSON-ready summary with misses and false events (the first ``examples``)."""
        cut = slice(None) if examples is None else slice(examples)
        return {
            "mode": self.mode, "date_window_days": self.options.date_window_days,
            "place_km": self.options.place_km, "km": self.km,
            "n_gold": self.n_gold, "n_optional": self.n_optional, "n_pred": self.n_pred,
            "matched": self.matched, "matched_optional": self.matched_optional,
            "false": self.n_false, "precision": self.precision, "recall": self.recall,
            "f1": self.f1, "whole_record": self.whole_record,
            "whole_record_blockers": dict(self.record_blockers),
            "by_type": {t.event_type: {"gold": t.gold, "matched": t.matched, "pred": t.pred,
                                       "false": t.false} for t in self.by_type},
            "fields": {f.name: {"accuracy": f.accuracy, "correct": f.correct, "total": f.total}
                       for f in self.fields},
            "strict_periods": self.options.strict_periods,
            "misses": [gold_summary(g) for g in self.misses[cut]],
            "false_events": [pred_summary(p) for p in self.false_events[cut]],
            "pairs": [pair_summary(p, km=self.km, strict_periods=self.options.strict_periods)
                      for p in self.pairs[cut]],
        }  # fmt: skip


def gold_summary(gold: GoldEvent) -> dict[str, Any]:
    """The fields of a gold event worth reading when it is missed."""
    return {"doc_id": gold.doc_id, "event_date": gold.event_date, "event_type": gold.event_type,
            "sub_event_type": gold.sub_event_type, "actor1": gold.actor1, "actor2": gold.actor2,
            "location": gold.location, "fatalities": gold.fatalities, "char_start": gold.char_start,
            "char_end": gold.char_end, "notes": gold.notes, "origin": gold.origin}  # fmt: skip


def pred_summary(pred: Event) -> dict[str, Any]:
    """The fields of a predicted event worth reading when it is false."""
    return {"event_id": pred.event_id, "doc_id": pred.doc_id, "event_date": pred.event_date,
            "event_type": pred.event_type, "sub_event_type": pred.sub_event_type,
            "actor1": pred.actor1, "actor2": pred.actor2, "location": pred.location,
            "fatalities": pred.fatalities, "char_start": pred.char_start, "char_end": pred.char_end,
            "evidence": " ".join(e.text for e in pred.evidence) or pred.notes}  # fmt: skip


_VALUES = {"coordinates": ("latitude", "longitude"), "actors_any_order": ("actor1", "actor2")}


def pair_summary(pair: Pair, *, km: float = 10.0, strict_periods: bool = False) -> dict[str, Any]:
    """A matched pair: which events, how close, and each wrong field as [gold, pred]."""
    wrong: dict[str, list[Any]] = {}
    for name, ok in field_checks(pair, km=km, strict_periods=strict_periods).items():
        if ok is False:
            keys = _VALUES.get(name, (name,))
            wrong[name] = [[getattr(pair.gold, k) for k in keys], [getattr(pair.pred, k) for k in keys]]
            if len(keys) == 1:
                wrong[name] = [wrong[name][0][0], wrong[name][1][0]]
    return {"gold": pair.gold.event_id or pair.gold.origin, "pred": pair.pred.event_id,
            "doc_id": pair.gold.doc_id, "compatible": pair.compatible, "date_gap": pair.date_gap,
            "km": None if pair.km is None else round(pair.km, 2), "wrong": wrong}  # fmt: skip


def field_checks(pair: Pair, *, km: float = 10.0, strict_periods: bool = False) -> dict[str, bool | None]:
    """Each field of a pair: right, wrong, or None when the gold does not know it.

    Actors are compared without their period label unless ``strict_periods``.
    """
    g, p = pair.gold, pair.pred

    def actor(gold_value: str, pred_value: str) -> bool:
        return same_actor_name(gold_value, pred_value, strict_periods=strict_periods)

    def text(gold_value: str, pred_value: str, *, empty_known: bool = False) -> bool | None:
        if not norm(gold_value) and not empty_known:
            return None
        return norm(gold_value) == norm(pred_value)

    coords: bool | None = None
    if g.latitude is not None and g.longitude is not None:
        coords = pair.km is not None and pair.km <= km
    return {
        "event_date": None if not g.event_date else g.event_date == p.event_date,
        "time_precision": None if g.time_precision is None else g.time_precision == p.time_precision,
        "event_type": text(g.event_type, p.event_type),
        "sub_event_type": text(g.sub_event_type, p.sub_event_type),
        "actor1": None if not norm(g.actor1) else actor(g.actor1, p.actor1),
        "actor2": actor(g.actor2, p.actor2),
        "actors_any_order": None if not norm(g.actor1) else (
            (actor(g.actor1, p.actor1) and actor(g.actor2, p.actor2))
            or (actor(g.actor1, p.actor2) and actor(g.actor2, p.actor1))),
        "fatalities": None if g.fatalities is None else g.fatalities == p.fatalities,
        "location": text(g.location, p.location),
        "coordinates": coords,
        "admin1": text(g.admin1, p.admin1),
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def build_report(
    gold: Sequence[GoldEvent],
    pred: Sequence[Event],
    pairs: Sequence[Pair],
    *,
    options: MatchOptions | None = None,
    km: float = 10.0,
    per_document: bool = False,
) -> Report:
    """Score ``pairs`` (from :func:`match_events`) of ``gold`` against ``pred``."""
    options = options or MatchOptions()
    compatible = [p for p in pairs if p.compatible]
    matched_gold = {id(p.gold) for p in compatible}
    matched_pred = {id(p.pred) for p in compatible}
    if per_document:
        matched_pred |= _compatible_with_doc_gold(gold, pred, options)
    required = [g for g in gold if g.required]
    matched = sum(1 for g in required if id(g) in matched_gold)
    matched_optional = sum(1 for g in gold if not g.required and id(g) in matched_gold)
    false_events = tuple(p for p in pred if id(p) not in matched_pred)
    precision = _ratio(len(pred) - len(false_events), len(pred))
    recall = _ratio(matched, len(required))
    f1 = _ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0

    scored = pairs if per_document else compatible
    counts = {name: [0, 0] for name in FIELDS}
    whole = 0
    blockers = {name: 0 for name in WHOLE_RECORD_FIELDS}
    for pair in scored:
        checks = field_checks(pair, km=km, strict_periods=options.strict_periods)
        for name, ok in checks.items():
            if ok is not None:
                counts[name][0] += ok
                counts[name][1] += 1
        if pair.compatible and pair.gold.required:
            wrong = [name for name in WHOLE_RECORD_FIELDS if checks[name] is False]
            whole += not wrong
            for name in wrong:
                blockers[name] += 1
    return Report(
        n_gold=len(required), n_optional=len(gold) - len(required), n_pred=len(pred),
        matched=matched, matched_optional=matched_optional, n_false=len(false_events),
        precision=precision, recall=recall, f1=f1, whole_record=_ratio(whole, len(required)),
        fields=tuple(FieldScore(name, c, t) for name, (c, t) in counts.items()),
        misses=tuple(g for g in required if id(g) not in matched_gold),
        false_events=false_events, pairs=tuple(pairs),
        mode="document" if per_document else "strict", options=options, km=km,
        record_blockers=tuple(blockers.items()),
        by_type=_by_type(required, pred, matched_gold, false_events),
    )  # fmt: skip


def _by_type(required, pred, matched_gold, false_events) -> tuple[TypeScore, ...]:
    false_ids = {id(p) for p in false_events}
    types = sorted({g.event_type for g in required} | {p.event_type for p in pred})
    return tuple(
        TypeScore(
            t,
            gold=sum(1 for g in required if g.event_type == t),
            matched=sum(1 for g in required if g.event_type == t and id(g) in matched_gold),
            pred=sum(1 for p in pred if p.event_type == t),
            false=sum(1 for p in pred if p.event_type == t and id(p) in false_ids),
        )
        for t in types
    )


def _compatible_with_doc_gold(
    gold: Sequence[GoldEvent], pred: Sequence[Event], options: MatchOptions
) -> set[int]:
    """Predictions compatible with some gold event of their own document."""
    found: set[int] = set()
    for gi, pj in blocks(gold, pred, ignore_doc_ids=options.ignore_doc_ids):
        for j in pj:
            if any(pair_score(gold[i], pred[j], options=options).compatible for i in gi):
                found.add(id(pred[j]))
    return found


__all__ = [
    "FIELDS", "FieldScore", "Report", "TypeScore", "build_report", "field_checks", "match_events",
]  # fmt: skip
