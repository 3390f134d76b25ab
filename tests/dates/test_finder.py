"""parse_span on headings and find_dates on running text (golden JSONL cases)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import FIXTURES
from warscribe.dates import parse_span


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
