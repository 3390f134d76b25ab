"""Tests of the actor data: period labels chosen by date, and the labels agreeing with their rows."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

from warscribe.errors import InputError
from warscribe.extract.actor_data import Entry, read_entries
from warscribe.extract.actors import ActorDictionary

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"
_LABEL = re.compile(r"\((\d{4})(-)?(\d{4})?\)")


def _cases(name: str) -> list[dict]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _rows() -> list[Entry]:
    text = resources.files("warscribe.data").joinpath("actors.csv").read_text(encoding="utf-8")
    return read_entries(text)


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.mark.parametrize("case", _cases("period_labels.jsonl"), ids=lambda c: c["id"])
def test_period_label_fits_the_date(actors, case):
    found = actors.find(case["text"], date=case["date"], country=case.get("country", "Mali"))
    assert [m.name for m in found] == [case["name"]]


def _labelled() -> list[tuple[Entry, re.Match]]:
    return [(row, label) for row in _rows() if (label := _LABEL.search(row.name))]


@pytest.mark.parametrize(("row", "label"), _labelled(), ids=lambda x: x.name if isinstance(x, Entry) else "")
def test_label_years_match_the_row_period(row, label):
    first, dash, last = label.groups()
    if row.start is not None:
        assert row.start.year == int(first), "the label's first year is the year the period starts"
    if last or not dash:  # "(2013-2020)" or "(2022)": a closed period
        assert row.end is not None and row.end.year == int(last or first)


def period_problems(rows: list[Entry]) -> list[str]:
    """Overlapping periods of one actor, and open labels ("(2013-)") of periods that have a successor."""
    periods: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for row in rows:
        if _LABEL.search(row.name):
            periods[(row.key, row.country)].append(row)
    problems = []
    for group in periods.values():
        group.sort(key=lambda r: r.start or dt.date.min)
        for before, after in zip(group, group[1:]):
            if before.end is None or after.start is None or before.end >= after.start:
                problems.append(f"{before.name} overlaps {after.name}")
            elif _LABEL.search(before.name).group(2) and not _LABEL.search(before.name).group(3):
                problems.append(f"{before.name} has a successor ({after.name}) but an open label")
    return problems


def test_only_the_last_period_of_an_actor_is_open():
    assert period_problems(_rows()) == []


def test_period_problems_are_found():
    old = read_entries("key,name,inter,country,start,end,kind,parent,aliases\n"
                       "army,Army of X (2013-),1,X,2013-09-04,2020-08-17,named,,\n"
                       "army,Army of X (2020-),1,X,2020-08-18,,named,,\n"
                       "police,Police of X (2013-2020),1,X,2013-09-04,2020-08-20,named,,\n"
                       "police,Police of X (2020-),1,X,2020-08-18,,named,,")
    assert period_problems(old) == ["Army of X (2013-) has a successor (Army of X (2020-)) but an open label",
                                    "Police of X (2013-2020) overlaps Police of X (2020-)"]


def test_bad_dates_name_the_line():
    header = "key,name,inter,country,start,end,kind,parent,aliases\n"
    with pytest.raises(InputError, match=r"actors\.csv:3"):
        read_entries(header + "a,A,2,Mali,2013,,named,,A\nb,B (2013-2020),1,Mali,2013-13-01,,named,,B")
