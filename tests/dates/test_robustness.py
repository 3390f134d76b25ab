"""Any text at all: the date finders never raise and their offsets index the input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.dates import DateContext, find_dates

WORDS = st.sampled_from([
    "On", "in", "3", "12", "2013", "2013-14", "May", "March", "late", "early", "mid-", "-", "–", "to", "and",
    "between", "killed", "killing", "dead", "wounded", "at", "least", "dozens", "of", "the", "soldiers", "two",
    "days", "later", "next", "day", ",", ".", "31", "February", "29", "1900", "hours", "since", "all", "but",
    "a", "left", "were", "toll", "rose", "Monday", "week", "1,000", "4/7", "=", "(", ")", "summer", "1990s",
])
SENTENCES = st.lists(WORDS, max_size=30).map(" ".join)
ANY_TEXT = st.one_of(SENTENCES, st.text(max_size=200))


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)))
def test_dates_never_raise(text: str, anchor: dt.date) -> None:
    for m in find_dates(text, anchor=anchor):
        assert text[m.start:m.end] == m.text
        assert m.span.start <= m.span.end
        assert m.span.precision in (1, 2, 3)
    ctx = DateContext()
    ctx.resolve(text)
    ctx.resolve(text)
