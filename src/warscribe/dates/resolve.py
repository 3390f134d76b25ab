"""Choosing the year of a partial date ("on 24 January") from context and narrative order.

>>> import datetime as dt
>>> from warscribe.model import DateSpan
>>> ctx = DateSpan(dt.date(2012, 1, 1), dt.date(2012, 4, 30), 3)
>>> resolve_year(3, 21, context=ctx)
2012
>>> resolve_year(1, 5, anchor=dt.date(2012, 12, 20))
2013
"""

from __future__ import annotations

import datetime as dt

from warscribe.dates._lexicon import month_end
from warscribe.model import DateSpan

# How far a partial date may fall before the narrative's last date and still be read in
# that year ("On 24 January" after an event of 10 February is still the same year).
BACKTRACK = dt.timedelta(days=45)
# How far outside its context a date may fall when that keeps the narrative moving forward.
SLACK = dt.timedelta(days=62)


def _interval(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date] | None:
    try:
        if day is not None:
            d = dt.date(year, month, day)
            return d, d
        return dt.date(year, month, 1), month_end(year, month)
    except ValueError:
        return None


def _gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two intervals, 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def resolve_year(
    month: int, day: int | None = None, *, context: DateSpan | None = None, anchor: dt.date | None = None
) -> int | None:
    """The year a month (and day) most likely falls in, or None without any reference.

    Prefers a year inside ``context``; among those, the first not earlier than ``anchor``
    by more than about a month (narratives move forward); then the nearest.
    """
    if context is None and anchor is None:
        return None
    if context is not None:
        lo, hi = context.start.year - 1, context.end.year + 1
        if anchor is not None and context.start.year <= anchor.year <= context.end.year:
            lo = min(lo, anchor.year - 1)
    else:
        lo, hi = anchor.year - 1, anchor.year + 1  # type: ignore[union-attr]
    best: tuple[bool, int, int, int, int] | None = None
    for year in range(lo, hi + 1):
        iv = _interval(year, month, day)
        if iv is None:
            continue
        ctx_gap = _gap(iv, (context.start, context.end)) if context is not None else 0
        if anchor is not None:
            behind = 1 if iv[1] < anchor - BACKTRACK else 0
            dist = _gap(iv, (anchor, anchor))
        else:
            behind, dist = 0, year - lo
        key = (ctx_gap > SLACK.days, behind, ctx_gap, dist, year)
        if best is None or key < best:
            best = key
    return best[4] if best is not None else None
