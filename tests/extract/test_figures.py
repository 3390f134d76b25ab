"""find_casualties and find_statistics: golden JSONL cases, properties, ACLED calibration."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from warscribe.extract.figures import find_casualties, find_statistics
from warscribe.model import Casualties


def _cases(name: str) -> list[dict]:
    lines = (FIXTURES / "figures" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases("casualties.jsonl"), ids=lambda c: c["text"][:40])
def test_casualties_golden(case: dict) -> None:
    cas = find_casualties(case["text"])
    assert isinstance(cas, Casualties)
    assert (cas.killed, cas.injured) == (case["killed"], case["injured"])
    assert cas.negated == case.get("negated", False)
    assert not cas.is_aggregate
    for start, end in cas.spans:
        assert 0 <= start < end <= len(case["text"])


@pytest.mark.parametrize("case", _cases("statistics.jsonl"), ids=lambda c: c["text"][:40])
def test_statistics_golden(case: dict) -> None:
    assert find_casualties(case["text"]).is_aggregate == case["aggregate"]
    stats = find_statistics(case["text"], doc_id="doc", offset=100)
    assert [[s.kind, s.value] for s in stats] == case["stats"]
    for s in stats:
        assert s.doc_id == "doc"
        assert case["text"][s.start - 100:s.end - 100] == s.text


def test_aggregate_has_period() -> None:
    (stat,) = find_statistics("Between 2012 and 2020, 2,500 civilians were killed.")[:1]
    assert stat.period is not None
    assert (stat.period.start.year, stat.period.end.year) == (2012, 2020)


WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@given(st.integers(1, 12), st.integers(0, 999), st.sampled_from(["soldiers", "civilians", "Fulani herders"]))
def test_counts_add_across_sides(n_words: int, n_digits: int, who: str) -> None:
    text = f"Gunmen attacked the post, killing {WORDS[n_words - 1]} {who}; {n_digits} attackers were also killed."
    assert find_casualties(text).killed == n_words + n_digits


@given(st.integers(2, 5000), st.integers(0, 50))
def test_range_takes_lowest(low: int, extra: int) -> None:
    high = low + extra
    assert find_casualties(f"Between {low:,} and {high:,} people were killed.").killed == low
    assert find_casualties(f"At least {low:,} people were killed.").killed == low


def test_acled_calibration(acled_csv) -> None:
    with acled_csv.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["year"] >= "2017"]
    exact = 0
    for row in rows:
        cas = find_casualties(row["notes"])
        exact += (0 if cas.is_aggregate else cas.killed) == int(row["fatalities"])
    assert exact / len(rows) >= 0.80


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(
    ["killed", "killing", "dead", "wounded", "at", "least", "dozens", "of", "the", "2", "1,000", "and", ",", ".",
     "all", "but", "were", "left", "toll", "rose", "to", "since", "2012", "soldiers", "a", "his", "(", ")"]),
    max_size=30).map(" ".join)))
def test_figures_never_raise(text: str) -> None:
    cas = find_casualties(text)
    assert cas.killed >= 0 and cas.injured >= 0
    for start, end in cas.spans:
        assert 0 <= start <= end <= len(text)
    for stat in find_statistics(text, offset=5):
        assert text[stat.start - 5:stat.end - 5] == stat.text


_CASE_WORDS = st.sampled_from(["KILLED", "Wounded", "bodies", "LiVes", "toll", "Troops", "left", "ſlain", "İnjur",
                               "casualties", "Gao", "é", " ", ",", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(_CASE_WORDS, max_size=12).map("".join), st.text(max_size=60)))
def test_fast_prefilter_agrees_with_the_case_insensitive_one(text: str) -> None:
    from warscribe.extract.figures import patterns as P

    assert P.may_report_casualties(text) == (P.PREFILTER.search(text) is not None)
