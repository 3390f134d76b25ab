"""Round trips: any calendar date written in common styles parses back to itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from warscribe.dates import find_dates, parse_span
from warscribe.dates._lexicon import number_value

def _suffix(day: int) -> str:
    return "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
STYLES = [
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"the {d.day}{_suffix(d.day)} of {d:%B} {d.year}",
    lambda d: f"{d.day} {d:%b} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
]


@given(DATES, st.sampled_from(range(len(STYLES))))
def test_formatted_date_parses_back(day: dt.date, style: int) -> None:
    written = STYLES[style](day)
    mentions = find_dates(f"Fighting broke out on {written}, officials said.")
    assert len(mentions) == 1
    assert mentions[0].span.start == mentions[0].span.end == day
    assert mentions[0].span.precision == 1


@given(DATES, DATES)
def test_month_range_round_trip(a: dt.date, b: dt.date) -> None:
    a, b = min(a, b), max(a, b)
    if (a.year, a.month) == (b.year, b.month) or b.year - a.year > 50:
        return
    span = parse_span(f"Campaign ({a:%B} {a.year}–{b:%B} {b.year})")
    assert span is not None
    assert span.start == a.replace(day=1)
    assert span.end.year == b.year and span.end.month == b.month
    assert (span.end + dt.timedelta(days=1)).day == 1


WORDS = {1: "one", 2: "two", 3: "three", 7: "seven", 12: "twelve", 19: "nineteen"}
TENS = {20: "twenty", 30: "thirty", 40: "forty", 90: "ninety"}


@given(st.sampled_from(sorted(TENS)), st.sampled_from([0, *sorted(k for k in WORDS if k < 10)]),
       st.sampled_from([0, 1, 3, 9]))
def test_number_words_round_trip(tens: int, unit: int, hundreds: int) -> None:
    words = TENS[tens] + (f"-{WORDS[unit]}" if unit else "")
    value = tens + unit
    if hundreds:
        words = f"{['', 'one', 'two', 'three', '', '', '', '', '', 'nine'][hundreds]} hundred and {words}"
        value += hundreds * 100
    assert number_value(words) == value
    assert number_value(f"{value:,}") == value


_DATE_WORDS = st.sampled_from(["On", "3", "16", "17-18", "2012", "2012-13", "1990s", "January", "May", "to", "and",
                               "until", "–", "-", "/", "12/03/2014", "2014-03-12", "early", "the", "of", "between",
                               "from", "spring", "present", ",", "."])


@given(st.lists(_DATE_WORDS, max_size=12).map(" ".join))
def test_skipping_patterns_a_text_cannot_match_changes_nothing(text: str) -> None:
    from warscribe.dates import absolute

    fast = absolute.find_calendar(text)
    needs, absolute._NEEDS = absolute._NEEDS, {}
    try:
        assert fast == absolute.find_calendar(text)
    finally:
        absolute._NEEDS = needs
