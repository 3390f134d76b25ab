"""Pair predicted events with gold events.

Two events are *compatible* when they share a document (see :func:`doc_key`), their
dates overlap within ``date_window_days`` and they share a place: coordinates within
``place_km`` or the same location name. Where either side has no place, shared actors
stand in for it. Among compatible pairs an optimal one-to-one assignment
(``scipy.optimize.linear_sum_assignment``) maximises a score that rewards close dates,
close places and agreeing types and actors.

Actor names are compared without their period label by default ("Military Forces of
Mali (2013-)" in a gold exported in 2018 is "Military Forces of Mali (2013-2020)" today:
ACLED relabels a force when the regime changes); ``strict_periods`` compares them exactly.

ACLED codes week- and month-precision events on one representative day, so a gold
event of ``time_precision`` 2 is widened by three days each side, and one of precision 3
to its whole month, before the window applies.

>>> from warscribe.model import Event, GoldEvent
>>> gold = GoldEvent("d", "2013-01-11", "2013-01-11", event_type="Battles", location="Konna")
>>> pred = Event("p1", "d", "2013-01-12", "2013-01-12", 1, "Battles", "Armed clash", "A", location="Konna")
>>> [(p.gold.location, p.date_gap) for p in match_events([gold], [pred])]
[('Konna', 1)]
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from unidecode import unidecode

from warscribe.extract.actor_rules import same_actor
from warscribe.model import Event, GoldEvent


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold event matched to a predicted one, with how close they are."""

    gold: GoldEvent
    pred: Event
    date_gap: int | None  # days between the spans, None when a date is unknown
    km: float | None  # distance between the points, None without both coordinates
    score: float
    compatible: bool = True  # False only for document-mode pairs outside the criteria


@dataclass(frozen=True, slots=True)
class MatchOptions:
    """Matching criteria (see the module docstring)."""

    date_window_days: int | None = 3  # None: dates do not gate matching (still scored)
    place_km: float = 25.0
    ignore_doc_ids: bool = False
    strict_periods: bool = False  # True: "(2013-)" and "(2013-2020)" name different actors


@functools.lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """Case-, accent- and spacing-insensitive form of a name.

    >>> norm("  Tombouctou ") == norm("tombouctou"), norm("Ségou")
    (True, 'segou')
    """
    return re.sub(r"\s+", " ", unidecode(text or "")).strip().casefold()


_ONE_YEAR = re.compile(r"\((\d{4})\)")


@functools.lru_cache(maxsize=1 << 16)
def same_actor_name(a: str | None, b: str | None, *, strict_periods: bool = False) -> bool:
    """Whether two actor names agree: as :func:`norm` forms, apart from a period label unless strict.

    >>> same_actor_name("Military Forces of Mali (2013-)", "military forces of mali (2013-2020)")
    True
    >>> same_actor_name("Military Forces of Mali (2013-)", "Military Forces of Mali (2013-2020)",
    ...                 strict_periods=True)
    False
    >>> same_actor_name("Military Forces of Burkina Faso (2022)", "Military Forces of Burkina Faso (2022-)")
    True
    """
    a, b = norm(a), norm(b)
    if a == b or strict_periods or not a or not b:
        return a == b
    # a one-year period ("(2022)", Burkina Faso under Damiba) as the span same_actor strips
    return same_actor(_ONE_YEAR.sub(r"(\1-\1)", a), _ONE_YEAR.sub(r"(\1-\1)", b))


def shared_actors(gold: set[str], pred: set[str], *, strict_periods: bool = False) -> int:
    """How many of the ``gold`` actor names some ``pred`` name agrees with."""
    if strict_periods:
        return len(gold & pred)
    return sum(1 for g in gold if g in pred or any(same_actor_name(g, p) for p in pred))


def parse_day(text: str | None) -> dt.date | None:
    """An ISO date, or None when absent or not a full date."""
    try:
        return dt.date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None


def gold_span(gold: GoldEvent) -> tuple[dt.date, dt.date] | None:
    """The days a gold event may fall on, widened for ACLED's representative dates."""
    start = parse_day(gold.event_date)
    if start is None:
        return None
    end = parse_day(gold.date_end) or start
    if end < start:
        start, end = end, start
    if start == end and gold.time_precision == 2:
        start, end = start - dt.timedelta(days=3), end + dt.timedelta(days=3)
    elif start == end and gold.time_precision == 3:
        last = calendar.monthrange(start.year, start.month)[1]
        start, end = start.replace(day=1), start.replace(day=last)
    return start, end


def pred_span(pred: Event) -> tuple[dt.date, dt.date] | None:
    """The days a predicted event covers."""
    start = parse_day(pred.event_date)
    if start is None:
        return None
    end = parse_day(pred.date_end) or start
    return (start, end) if start <= end else (end, start)


def span_gap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> int | None:
    """Days between two spans (0 when they overlap); None when either is unknown."""
    if a is None or b is None:
        return None
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(16.7705, -3.0056, 16.2717, -0.0447))  # Timbuktu - Gao
    320
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def distance_km(gold: GoldEvent, pred: Event) -> float | None:
    """Distance between the two points, None unless both have coordinates."""
    if None in (gold.latitude, gold.longitude, pred.latitude, pred.longitude):
        return None
    return haversine_km(gold.latitude, gold.longitude, pred.latitude, pred.longitude)  # type: ignore[arg-type]


def gold_actors(gold: GoldEvent) -> set[str]:
    return {norm(a) for a in (gold.actor1, gold.actor2, gold.assoc_actor_1, gold.assoc_actor_2) if norm(a)}


def pred_actors(pred: Event) -> set[str]:
    return {norm(a) for a in (pred.actor1, pred.actor2, pred.assoc_actor_1, pred.assoc_actor_2) if norm(a)}


def _has_place(lat: float | None, lon: float | None, location: str) -> bool:
    return (lat is not None and lon is not None) or bool(norm(location))


def place_agreement(gold: GoldEvent, pred: Event, km: float | None, *, place_km: float,
                    strict_periods: bool = False) -> float | None:
    """How well the places agree, 0..1, or None when they are incompatible.

    Without a place on either side, shared actors decide (0.5 if any, else None);
    a gold event without place or actors agrees with anything (0.25).
    """
    if _has_place(gold.latitude, gold.longitude, gold.location) and _has_place(
        pred.latitude, pred.longitude, pred.location
    ):
        same_name = bool(norm(gold.location)) and norm(gold.location) == norm(pred.location)
        if km is not None and km <= place_km:
            return max(1.0 - km / place_km, 0.8 if same_name else 0.0)
        return 0.8 if same_name else None
    actors = gold_actors(gold)
    if not actors:
        return 0.25
    return 0.5 if shared_actors(actors, pred_actors(pred), strict_periods=strict_periods) else None


def pair_score(gold: GoldEvent, pred: Event, *, options: MatchOptions, gspan=None, pspan=None) -> Pair:
    """Score one gold/pred pair; ``compatible`` says whether it meets the criteria."""
    gspan = gspan if gspan is not None else gold_span(gold)
    pspan = pspan if pspan is not None else pred_span(pred)
    gap = span_gap(gspan, pspan)
    km = distance_km(gold, pred)
    place = place_agreement(gold, pred, km, place_km=options.place_km, strict_periods=options.strict_periods)
    # An undated gold event takes any date; an undated prediction matches nothing dated.
    window = options.date_window_days
    date_ok = window is None or gspan is None or (gap is not None and gap <= window)
    score = 0.0
    if gap is not None:
        score += 0.5 * max(0.0, 1.0 - gap / ((3 if window is None else window) + 1))
    score += 0.5 * (place or 0.0)
    if gold.event_type and norm(gold.event_type) == norm(pred.event_type):
        score += 0.3
        if gold.sub_event_type and norm(gold.sub_event_type) == norm(pred.sub_event_type):
            score += 0.2
    actors = gold_actors(gold)
    if actors:
        shared = shared_actors(actors, pred_actors(pred), strict_periods=options.strict_periods)
        score += 0.2 * shared / len(actors)
    return Pair(gold, pred, gap, km, round(score, 6), compatible=date_ok and place is not None)


def doc_key(doc_id: str) -> str:
    """Document ids compared ignoring case and a directory or extension (``x/mali-war.txt``)."""
    base = re.split(r"[\\/]", doc_id.strip())[-1]
    base = re.sub(r"\.(txt|wiki|wikitext|md|html?|jsonl|xml)$", "", base, flags=re.I)
    return base.casefold()


def blocks(gold: Sequence[GoldEvent], pred: Sequence[Event], *, ignore_doc_ids: bool = False):
    """(gold indices, pred indices) per document, or one block when doc ids are ignored.

    Doc ids are ignored when asked, or when the two sides share none and the gold
    covers a single document (a whole article against its own extraction).
    """
    gkeys = [doc_key(g.doc_id) for g in gold]
    pkeys = [doc_key(p.doc_id) for p in pred]
    if ignore_doc_ids or (not set(gkeys) & set(pkeys) and len(set(gkeys)) <= 1):
        yield list(range(len(gold))), list(range(len(pred)))
        return
    by_doc: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, key in enumerate(gkeys):
        by_doc[key][0].append(i)
    for j, key in enumerate(pkeys):
        by_doc[key][1].append(j)
    yield from by_doc.values()


def _candidates(gspans: list, pspans: list, *, window: int | None, dense: bool) -> list[tuple[int, int]]:
    """(gold, pred) positions worth scoring: date-compatible ones unless ``dense``."""
    import numpy as np

    if dense or window is None:
        return [(a, b) for a in range(len(gspans)) for b in range(len(pspans))]

    def ordinals(spans):
        known = np.array([s is not None for s in spans])
        start = np.array([s[0].toordinal() if s else 0 for s in spans], dtype=np.int64)
        end = np.array([s[1].toordinal() if s else 0 for s in spans], dtype=np.int64)
        return known, start, end

    gk, gs, ge = ordinals(gspans)
    pk, ps, pe = ordinals(pspans)
    out: list[tuple[int, int]] = []
    for lo in range(0, len(gspans), 1024):  # row chunks bound the memory
        sl = slice(lo, lo + 1024)
        gap = np.maximum(ps[None, :] - ge[sl, None], gs[sl, None] - pe[None, :])
        ok = ~gk[sl, None] | (pk[None, :] & (gap <= window))
        rows, cols = np.nonzero(ok)
        out.extend(zip((rows + lo).tolist(), cols.tolist()))
    return out


def _assign(weights: dict[tuple[int, int], float], n_gold: int) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one pairs, solved per connected group of candidates."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not weights:
        return []
    edges = list(weights)
    n_pred = max(b for _, b in edges) + 1
    rows = [a for a, _ in edges]
    cols = [n_gold + b for _, b in edges]
    size = n_gold + n_pred
    graph = coo_matrix((np.ones(len(edges)), (rows, cols)), shape=(size, size))
    _, label = connected_components(graph, directed=False)
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in edges:
        groups[int(label[a])].append((a, b))
    out: list[tuple[int, int]] = []
    for group in groups.values():
        g_idx = sorted({a for a, _ in group})
        p_idx = sorted({b for _, b in group})
        g_pos = {a: k for k, a in enumerate(g_idx)}
        p_pos = {b: k for k, b in enumerate(p_idx)}
        matrix = np.zeros((len(g_idx), len(p_idx)))
        for a, b in group:
            matrix[g_pos[a], p_pos[b]] = weights[(a, b)]
        r, c = linear_sum_assignment(matrix, maximize=True)
        out.extend((g_idx[x], p_idx[y]) for x, y in zip(r, c) if matrix[x, y] > 0)
    return out


def match_events(
    gold: Sequence[GoldEvent],
    pred: Sequence[Event],
    *,
    options: MatchOptions | None = None,
    per_document: bool = False,
) -> list[Pair]:
    """One-to-one pairs of compatible events maximising the total score.

    With ``per_document``, each gold event takes the best prediction of its document
    even when it is outside the criteria (such pairs have ``compatible=False``).
    """
    options = options or MatchOptions()
    pairs: list[Pair] = []
    gspans = [gold_span(g) for g in gold]
    pspans = [pred_span(p) for p in pred]
    for gi, pj in blocks(gold, pred, ignore_doc_ids=options.ignore_doc_ids):
        if not gi or not pj:
            continue
        scored: dict[tuple[int, int], Pair] = {}
        weights: dict[tuple[int, int], float] = {}
        for a, b in _candidates([gspans[i] for i in gi], [pspans[j] for j in pj],
                                window=options.date_window_days, dense=per_document):  # fmt: skip
            i, j = gi[a], pj[b]
            pair = pair_score(gold[i], pred[j], options=options, gspan=gspans[i], pspan=pspans[j])
            if pair.compatible or per_document:
                scored[(a, b)] = pair
                # Compatible pairs outrank the rest, so document mode only fills the gaps.
                weights[(a, b)] = pair.score + (100.0 if pair.compatible else 1e-3)
        pairs.extend(scored[key] for key in _assign(weights, len(gi)))
    return pairs
