"""parse_span on headings and find_dates on running text (golden JSONL cases)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import FIXTURES
from warscribe.dates import find_dates, parse_span
from warscribe.model import DateSpan


def _cases(name: str) -> list[dict]:
    lines = (FIXTURES / "dates" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases("spans.jsonl"), ids=lambda c: c["text"][:40])
def test_parse_span_golden(case: dict) -> None:
    span = parse_span(case["text"])
    if case["start"] is None:
        assert span is None
        return
    assert span is not None
    assert span.start.isoformat() == case["start"]
    if case["end"] is not None:
        assert span.end.isoformat() == case["end"]
    else:
        assert span.end >= dt.date(2024, 1, 1)
    assert span.precision == case["precision"]


def _span(pair: list[str] | None) -> DateSpan | None:
    if pair is None:
        return None
    return DateSpan(dt.date.fromisoformat(pair[0]), dt.date.fromisoformat(pair[1]), 3)


@pytest.mark.parametrize("case", _cases("mentions.jsonl"), ids=lambda c: c["text"][:40])
def test_find_dates_golden(case: dict) -> None:
    anchor = dt.date.fromisoformat(case["anchor"]) if case.get("anchor") else None
    mentions = find_dates(case["text"], context=_span(case.get("context")), anchor=anchor)
    got = [[m.text, m.kind, *m.span.iso(), m.span.precision] for m in mentions]
    assert got == case["expect"]
    for m in mentions:
        assert case["text"][m.start:m.end] == m.text


def test_relative_needs_anchor() -> None:
    assert find_dates("The following day the town fell.") == []


def test_partial_needs_context() -> None:
    assert find_dates("On 24 January the town fell.") == []
