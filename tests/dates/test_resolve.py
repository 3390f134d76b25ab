"""resolve_year: partial dates fall inside their context and keep the narrative moving forward."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st

from warscribe.dates import resolve_year
from warscribe.dates.resolve import BACKTRACK
from warscribe.model import DateSpan

ANCHORS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@given(ANCHORS, st.integers(1, 12), st.integers(1, 28))
def test_anchor_only_keeps_order(anchor: dt.date, month: int, day: int) -> None:
    year = resolve_year(month, day, anchor=anchor)
    when = dt.date(year, month, day)
    assert anchor - BACKTRACK <= when < anchor + dt.timedelta(days=366)


@given(st.integers(1950, 2080), st.integers(0, 10), st.integers(1, 12))
def test_inside_year_range_context(first: int, length: int, month: int) -> None:
    context = DateSpan(dt.date(first, 1, 1), dt.date(first + length, 12, 31), 3)
    year = resolve_year(month, context=context)
    assert first <= year <= first + length


@given(ANCHORS, st.integers(1, 12))
def test_context_wins_over_anchor_when_it_holds_the_month(anchor: dt.date, month: int) -> None:
    context = DateSpan(dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31), 3)
    assume(month >= anchor.month - 1)
    assert resolve_year(month, anchor=anchor, context=context) == anchor.year


def test_no_reference_no_year() -> None:
    assert resolve_year(5, 3) is None
