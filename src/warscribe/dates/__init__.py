"""Date expressions -> :class:`~warscribe.model.DateSpan` with ACLED time precision.

>>> parse_span("Tuareg rebellion (January–April 2012)").iso()
('2012-01-01', '2012-04-30')
>>> [m.text for m in find_dates("On 24 January 2012 and 16–17 June.")]
['24 January 2012', '16–17 June']
"""

from __future__ import annotations

from warscribe.dates.context import DateContext
from warscribe.dates.finder import find_dates, parse_span
from warscribe.dates.resolve import resolve_year
from warscribe.model import DateMention, DateSpan

__all__ = ["DateContext", "DateMention", "DateSpan", "find_dates", "parse_span", "resolve_year"]
