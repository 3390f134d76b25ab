"""Aggregate figures ("since 2012, 13,105 people have been killed") -> Statistic records.

>>> text = "Since 2012, more than 13,105 people have been killed and 400,000 displaced."
>>> [(s.kind, s.value) for s in find_statistics(text)]
[('killed', 13105), ('displaced', 400000)]
"""

from __future__ import annotations

import re

from warscribe.dates import find_dates
from warscribe.dates._regex import caseless
from warscribe.dates.context import is_background
from warscribe.extract.figures.quantities import QTY, parse_quantity
from warscribe.model import DateSpan, Statistic

_MARKER = re.compile(
    r"\b(?:since\s+(?:(?:early|late|mid-?|the\s+(?:start|beginning|outbreak|onset)\s+of)\s*)?(?:(?:19|20)\d\d|January"
    r"|February|March|April|May|June|July|August|September|October|November|December|independence|then|the\s+war"
    r"|the\s+conflict|the\s+crisis|the\s+start|the\s+beginning|the\s+outbreak)|so\s+far"
    r"|to\s+date|this\s+year|as\s+of"
    r"|last\s+year|alone|cumulative(?:ly)?|over\s+the\s+(?:past|last|course\s+of)|throughout|per\s+year"
    r"|each\s+year|every\s+year|annually|a\s+year|per\s+month|each\s+month|a\s+month|every\s+month"
    r"|during\s+the\s+(?:year|conflict|war|period|crisis|insurgency)"
    r"|in\s+the\s+(?:first|last|past)\s+(?:\w+\s+)?(?:months?|years?|weeks|half)|(?:first|second)\s+half\s+of"
    r"|separate\s+(?:events|incidents|attacks)"
    r"|in\s+(?:\w+\s+)?(?:attacks|incidents|operations)\s+(?:since|between|from)"
    r"|between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|until)"
    r"|(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)?\d\d|present))\b",
    re.IGNORECASE,
)
# "In all", "overall": one event's total as often as a war's; cumulative only for a big figure.
_WEAK_MARKER = re.compile(r"\b(?:overall|in\s+all|in\s+total|a\s+total\s+of|altogether|all\s+told)\b", re.IGNORECASE)
_WEAK_BIG = 500
_LONG = 62  # days: a period longer than two months makes a figure an aggregate...
_BIG = 20  # ...when the figure is this big or more ("kidnapped in 2011" does not make 2 deaths a toll)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"'])[.!?]\s+(?=[A-Z0-9\"'])")
_DISPLACED = re.compile(
    rf"(?P<q>{QTY.pattern})(?:\s+(?!(?:and|or|dead|killed|wounded|injured)\b)[\w'-]+){{0,3}}?\s+"
    r"(?:(?:have|had|were|was|has)\s+(?:been\s+)?)?(?:reportedly\s+)?"
    r"(?P<kind>internally\s+displaced|displaced|fled|refugees|abducted|kidnapped|missing|arrested|detained)\b",
    re.IGNORECASE,
)
_DISPLACED_WORD = re.compile(r"displac|fled|refugee|abduct|kidnap|missing|arrest|detain", re.IGNORECASE)
_MARKER, _WEAK_MARKER, _DISPLACED, _DISPLACED_WORD = map(caseless, (_MARKER, _WEAK_MARKER, _DISPLACED,
                                                                   _DISPLACED_WORD))  # same matches, faster
_KIND = {"internally displaced": "displaced", "fled": "displaced", "kidnapped": "abducted",
         "detained": "arrested"}


def aggregate_marker(text: str, *, value: int | None = None) -> bool:
    """Whether a text's figures are cumulative: a marker word, or a long period and a big figure.

    >>> aggregate_marker("In 2019 alone, more than 4,000 died."), aggregate_marker("On 3 May, 4 died.")
    (True, False)
    """
    if _MARKER.search(text):
        return True
    if value is not None and value >= _WEAK_BIG and _WEAK_MARKER.search(text):
        return True
    if value is not None and value < _BIG:
        return False
    mentions = find_dates(text)
    if not mentions or any(m.span.precision < 3 for m in mentions):
        return False
    return any((m.span.end - m.span.start).days > _LONG for m in mentions)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans of a short text (for telling aggregate figures from event ones)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start() + 1))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _period(text: str, context: DateSpan | None) -> DateSpan | None:
    mentions = [m for m in find_dates(text, context=context) if not is_background(text, m, adjectival_only=True)]
    if not mentions:
        return None
    start = min(m.span.start for m in mentions)
    end = max(m.span.end for m in mentions)
    precision = 1 if start == end else 2 if (end - start).days <= 10 else 3
    return DateSpan(start, end, precision, text="; ".join(m.text for m in mentions))


def find_statistics(
    text: str, *, doc_id: str = "", offset: int = 0, context: DateSpan | None = None
) -> list[Statistic]:
    """Aggregate figures of a text: cumulative tolls and displacement counts, with their period.

    ``offset`` is added to the spans (the text's place in its document); ``context``
    completes partial dates of the period.
    """
    from warscribe.extract.figures.casualties import find_casualties

    out: list[Statistic] = []
    period = None
    cas = find_casualties(text)
    for f in cas.figures:
        if f.aggregate:
            if period is None:
                period = _period(text, context)
            out.append(Statistic(doc_id, f.kind, f.value, f.text, f.start + offset, f.end + offset, period))
    for m in (_DISPLACED.finditer(text) if _DISPLACED_WORD.search(text) else ()):
        q = parse_quantity(QTY.match(text, m.start("q")))
        if q is None or q.value < 2 or q.start < m.start("q"):
            continue
        if any(s.start <= q.start + offset < s.end for s in out):
            continue
        word = " ".join(m["kind"].lower().split())
        kind = _KIND.get(word, word)
        if kind in ("displaced", "refugees") or cas.is_aggregate:
            if period is None:
                period = _period(text, context)
            out.append(Statistic(doc_id, kind, q.value, m.group(), m.start() + offset, m.end() + offset, period))
    out.sort(key=lambda s: s.start)
    return out
