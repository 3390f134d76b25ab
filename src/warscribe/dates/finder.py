"""The public entry points: ``find_dates`` for running text and ``parse_span`` for headings.

>>> parse_span("Coup d'état of 22 March 2012").precision
1
>>> parse_span("Background") is None
True
"""

from __future__ import annotations

import datetime as dt

from warscribe.dates.absolute import find_calendar
from warscribe.dates.relative import find_relative
from warscribe.model import DateMention, DateSpan


def find_dates(
    text: str, *, context: DateSpan | None = None, anchor: dt.date | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, in order, each resolved to a :class:`DateSpan`.

    ``context`` (the paragraph, section or document span) completes partial dates such as
    "on 24 January"; ``anchor`` (the narrative's last event date) resolves relative ones
    such as "two days later". Expressions that cannot be resolved are left out.

    >>> [(m.text, m.kind) for m in find_dates("On 23 May 2025 and in early June 2025.")]
    [('23 May 2025', 'absolute'), ('early June 2025', 'vague')]
    """
    found = find_calendar(text, context=context, anchor=anchor)
    if anchor is not None:
        relative = find_relative(text, anchor=anchor)
        if relative:
            found = _merge(found, relative)
    return found


def _merge(first: list[DateMention], second: list[DateMention]) -> list[DateMention]:
    """Both lists in text order; where two overlap the earlier, then longer, one wins."""
    ordered = sorted(first + second, key=lambda m: (m.start, -m.end, m.kind == "relative"))
    out: list[DateMention] = []
    for mention in ordered:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out


def parse_span(text: str) -> DateSpan | None:
    """The date context a heading or phrase stands for as a whole, or None.

    >>> parse_span("Foreign intervention (January–June 2013)").iso()
    ('2013-01-01', '2013-06-30')
    >>> parse_span("Peace process (2015)").precision
    3
    """
    mentions = [m for m in find_calendar(text) if m.kind != "relative"]
    if not mentions:
        return None
    if len(mentions) == 1:
        return mentions[0].span
    start = min(m.span.start for m in mentions)
    end = max(m.span.end for m in mentions)
    precision = 1 if start == end else 2 if (end - start).days <= 10 else 3
    return DateSpan(start, end, max(precision, *(m.span.precision for m in mentions)), text.strip())
