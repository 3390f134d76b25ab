"""Casualty figures in ACLED's conventions: how many were killed or injured.

ACLED records the lowest figure a report supports: "at least 12" is 12, "between 20 and
30" is 20, "over 40" is 40. Counts without a number follow ACLED's codebook
(:data:`~warscribe.extract.figures.quantities.VAGUE_COUNTS`): "several", "many", "a number
of" are 10; "dozens" 12; "hundreds" 100. Fatalities of every side add up; missing,
abducted or displaced people are never fatalities. Cumulative figures are flagged
``is_aggregate``: they become statistics, never events.

>>> c = find_casualties("Gunmen stormed the camp, killing 5 soldiers and 3 civilians; 2 were wounded.")
>>> c.killed, c.injured, c.is_aggregate
(8, 2, False)
>>> find_casualties("Between 20 and 30 people died in the raid.").killed
20
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from warscribe.dates._lexicon import scan
from warscribe.extract.figures import patterns as P
from warscribe.extract.figures.quantities import Quantity, find_quantities
from warscribe.extract.figures.statistics import aggregate_marker, sentence_bounds
from warscribe.model import Casualties, CasualtyFigure

_EMPTY = Casualties()


def _nouns_ok(words: str) -> bool:
    """Words between a count and what follows form a noun phrase ("MNLA fighters (CMA)")."""
    words = P.PARENS.sub(" ", words)
    if not P.NOUNS.match(words):
        return False
    return not any(w.lower() in P.STOP for w in re.findall(r"[\w'’-]+", words))


def _coordinated(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two counts are listed together: "5 soldiers and 3 civilians"."""
    m = P.COORD_GAP.match(P.PARENS.sub(" ", text[first.end:second.start]))
    return bool(m) and _nouns_ok(m["nouns"])


class _Scanner:
    """One pass over a text: its counts, and which of them a trigger has already claimed."""

    def __init__(self, text: str) -> None:
        self.text = text
        masked = [(m.start(), m.end()) for m in P.DATE_NUMBER.finditer(text)]
        self.qs = [
            q for q in find_quantities(text)
            if not any(a <= q.start < b or a < q.end <= b for a, b in masked)
        ]
        merged: list[Quantity] = []
        for q in self.qs:  # "a group of 16 pilgrims" is 16
            if merged and merged[-1].value == 1 and P.COLLECTIVE.match(text[merged[-1].end:q.start]):
                first = merged.pop()
                q = Quantity(q.value, first.start, q.end, text[first.start:q.end], q.exact)
            merged.append(q)
        self.qs = merged
        self.used: set[int] = set()
        self.triggers: set[int] = set()
        self.figures: list[CasualtyFigure] = []

    def add(self, kind: str, q: Quantity, start: int, end: int) -> None:
        self.used.add(q.start)
        first = q.text.split(" ", 1)[0].lower()
        if first in P.ANAPHORIC and any(f.kind == kind and f.value == q.value for f in self.figures):
            return  # "the two soldiers killed": the same dead, named again
        self.figures.append(CasualtyFigure(kind, q.value, self.text[start:end], start, end))

    def objects(
        self, pos: int, limit: int | None = None, *, ahead: bool = True, single: bool = True
    ) -> list[Quantity]:
        """Victims listed at ``pos``: "two policemen and two civilians", "the mayor, his wife and their
        two children" (a singular noun phrase counts 1)."""
        text = self.text
        out: list[Quantity] = []
        while True:
            item = self._item(pos, ahead=ahead, later=bool(out), single=single, limit=limit)
            if item is None or (out and out[-1].exact and not item.exact and item.value > 1):
                break
            out.append(item)
            tail = P.ITEM_TAIL.match(text, item.end)
            if tail is None or not _nouns_ok(tail["nouns"]):
                break
            pos = tail.end()
        return out

    def _item(self, pos: int, *, ahead: bool, later: bool, single: bool, limit: int | None) -> Quantity | None:
        text = self.text
        while pos < len(text) and text[pos] in " '\"‘“":
            pos += 1
        for q in self.qs:
            if q.start > pos or (limit is not None and q.start > limit):
                break
            if q.start == pos and q.start not in self.used:
                if ahead and P.PASSIVE_AHEAD.match(text, q.end):
                    return None  # "killed two wounded": that count belongs to the next verb
                if later and (P.NEW_CLAUSE.match(text, q.end) or P.OF_AFTER.match(text, q.end)):
                    return None  # "killing four, three others were abducted"; "a diplomat, one of four"
                return q
        if not single:
            return None
        if not later:
            bare = P.BARE_OBJECT.match(text, pos)
            if bare and bare["head"].lower() not in P.STOP and bare["head"].lower() not in P.COLLECTIVE_HEADS:
                return Quantity(1, bare.start(), bare.end(), bare.group(), exact=True)
        m = P.SINGULAR_AFTER.match(text, pos)
        if (m and (m["head"] or "x").lower() not in P.STOP and (m["head"] or "x").lower() not in P.FUNCTION
                and not (ahead and P.PASSIVE_AHEAD.match(text, m.end()))
                and not (later and P.NEW_CLAUSE.match(text, m.end()))):
            return Quantity(1, m.start(), m.end(), m.group(), exact=True)
        return None

    def subjects(self, end: int, *, passive: bool = False) -> list[Quantity]:
        """Counts listed right before ``end`` within its clause: "2 children, 2 men and a woman"."""
        text = self.text
        floor = max(0, end - 200)
        for b in P.CLAUSE.finditer(text, floor, end):
            floor = b.end()
        qs = [
            q for q in self.qs
            if floor <= q.start and q.end <= end and q.start not in self.used
            and not (q.text.lower() in ("a", "an") and P.AFTER_PREP.search(text, max(0, q.start - 12), q.start))
        ]
        if not qs:
            return []
        inc = P.INCLUDING.search(text, qs[0].end, end)
        if inc is not None:  # "three fighters, including a commander, were killed": the total
            end = inc.start()
            qs = [q for q in qs if q.end <= end]
            if not qs:
                return []
        last = qs[-1]
        gap = text[last.end:end]
        if not passive and P.VERB_AND.search(gap) and not P.PASSIVE_AUX.search(gap):
            return []  # "burned three huts and killed ...": the verb is active, its subject is not counted
        if not _nouns_ok(text[last.end:end].rstrip(" ,")):
            head = qs[0]
            if (P.CLAUSE_START.match(text[floor:head.start]) and not P.PASSIVE_AHEAD.match(text, head.end)
                    and head.text.lower() not in ("a", "an")):
                return [head]  # "9 traders, most of whom were Bozo, were killed"
            return []
        if len(qs) > 1 and P.PARTITIVE.match(text[qs[-2].end:last.start]):
            qs = qs[:-1]  # "one of the three soldiers" is one
            last = qs[-1]
        picked = [last]
        for q in reversed(qs[:-1]):
            vague_first = picked[-1].exact and not q.exact and q.value > 1
            if not _coordinated(text, q, picked[-1]) or (vague_first and " and " not in text[q.end:picked[-1].start]):
                break
            picked.append(q)
        return picked[::-1]


@lru_cache(maxsize=4096)  # the pipeline asks again for each event and statistic of a sentence
def find_casualties(text: str) -> Casualties:
    """Killed and injured counts a text reports, with the words that say so.

    >>> find_casualties("Dozens of fighters were killed and nobody was hurt.").killed
    12
    >>> find_casualties("No casualties were reported.").negated
    True
    """
    if not P.may_report_casualties(text):
        return _EMPTY
    sc = _Scanner(text)
    for m in P.LEFT.finditer(text):
        kind = "killed" if m["fatal"] else "injured"
        for q in sc.objects(m.start("q"), limit=m.end("q"), ahead=False):
            sc.add(kind, q, m.start(), m.end())
        sc.triggers.add(m.start("fatal") if m["fatal"] else m.start("hurt"))
    for m in scan(P.ACTIVE, text, first=P.ACTIVE_FIRST, digits=False):
        if P.PASSIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "were reported killed for ...": passive, its count stands before it
        if P.HYPOTHETICAL.search(text, max(0, m.start() - 40), m.start()) or (
            not m["fatal"] or m["fatal"][:3].lower() in ("the", "res", "cau", "led", "lea", "bod")
        ) and P.BACKDROP.search(text, max(0, m.start() - 40), m.start()):
            sc.triggers.add(m.start())
            continue
        qs = sc.objects(m.end(), single=not m["lost"])
        if m["lost"]:  # "lost 11 fighters", "lost only two" — not "lost two of its four seats"
            qs = [q for q in qs if P.LOST_PEOPLE.match(text, q.end)]
        if not qs:
            continue
        sc.triggers.update(range(m.start(), m.end()))  # "the number of dead at 60": "dead" is taken
        kinds = ["killed" if m["fatal"] else "injured"]
        if m["also"]:
            kinds.append("killed" if m["also"].lower().startswith("kill") else "injured")
        for q in qs:
            for kind in kinds:
                sc.add(kind, q, m.start(), q.end)
    negated = bool(P.NONE_HURT.search(text))
    for t in scan(P.TRIGGER, text, first=P.TRIGGER_FIRST, digits=False):
        if t.start() in sc.triggers or P.NOMINAL.search(text, max(0, t.start() - 8), t.start()):
            continue
        kind = "killed" if t["fatal"] else "injured"
        prev = P.LAST_WORD.search(text, max(0, t.start() - 24), t.start())
        m = None
        if prev is not None and prev.group(1).lower() in P.AUX_WORDS:
            m = P.AUX_TAIL.search(text, max(0, t.start() - 60), t.start())
        start = m.start() if m else t.start()
        aux = (m["aux"] or "").lower() if m else ""
        before = text[max(0, start - 60):start]
        if P.NEGATION.search(before):
            negated = True
            continue
        if P.HYPOTHETICAL.search(before):
            continue
        qs = sc.subjects(start, passive=bool(aux))
        if qs:
            for q in qs:
                sc.add(kind, q, q.start, t.end())
            continue
        if aux.startswith("be") or not P.VERB_TRIGGER.search(t.group()) or P.NO_SINGLE.match(t.group()):
            continue
        if aux:
            one = aux.startswith(("was", "is", "has"))
        else:  # "The driver died", "Village chief killed by gunmen": no object may follow
            single = P.SINGULAR.search(before)
            one = bool(
                (single and (single["head"] or "").lower() not in P.FUNCTION)
                or P.HEADLINE.search(text, max(0, start - 80), start)
            ) and bool(P.AGENT_AFTER.match(text, t.end()))
        if one:
            sc.add(kind, Quantity(1, start, t.end(), text[start:t.end()], exact=False), start, t.end())
    figures = sorted(sc.figures, key=lambda f: f.start)
    coded = P.CODED.search(text)
    if coded:  # ACLED's own note: "unknown fatalities coded as 10"
        figures = [f for f in figures if f.kind != "killed"]
        figures.append(CasualtyFigure("killed", int(coded[1]), coded.group(), coded.start(), coded.end()))
    figures = _drop_higher_estimates(text, figures)
    tolls = [f for f in figures if f.kind == "killed" and P.TOLL.search(f.text)]
    if tolls:  # a toll is the total: other deaths in the text are part of it
        figures = [f for f in figures if f.kind != "killed" or f in tolls]
    figures = _mark_aggregates(text, figures)
    counted = [f for f in figures if not f.aggregate] or figures
    return Casualties(
        killed=sum(f.value for f in counted if f.kind == "killed"),
        injured=sum(f.value for f in counted if f.kind == "injured"),
        killed_text="; ".join(f.text for f in counted if f.kind == "killed"),
        injured_text="; ".join(f.text for f in counted if f.kind == "injured"),
        spans=tuple((f.start, f.end) for f in counted),
        is_aggregate=bool(figures) and all(f.aggregate for f in figures),
        negated=negated and not any(f.kind == "killed" for f in figures),
        figures=tuple(figures),
    )


def _drop_higher_estimates(text: str, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Two sources' tolls for the same deaths: ACLED keeps the lowest.

    "Officials said 20 were killed, while residents said at least 50 died": 20, not 70.
    """
    out: list[CasualtyFigure] = []
    for f in figures:
        prev = next((p for p in reversed(out) if p.kind == f.kind), None)
        if prev is not None and P.OTHER_SOURCE.search(text, prev.end, f.start) and "." not in text[prev.end:f.start]:
            if f.value < prev.value:
                out[out.index(prev)] = f
            continue
        out.append(f)
    return out


def _mark_aggregates(text: str, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Flag the figures whose sentence makes them cumulative ("since 2012", "in 2019 alone")."""
    if not figures:
        return figures
    out = []
    for start, end in sentence_bounds(text):
        inside = [f for f in figures if start <= f.start < end]
        if inside and aggregate_marker(text[start:end], value=sum(f.value for f in inside)):
            inside = [replace(f, aggregate=True) for f in inside]
        out.extend(inside)
    return out
