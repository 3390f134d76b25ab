"""scan(): a regex tried only at some words finds what finditer finds when matches start there."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.dates._lexicon import scan

WORDS = st.sampled_from(["on", "On", "in", "IN", "into", "12", "3rd", "foot", "Gao", "x", ",", "-", " ", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=16).map("".join), st.booleans())
def test_scan_finds_what_finditer_finds(text: str, digits: bool) -> None:
    source = r"\b(?:on|in|\d+)\b\s*\w*" if digits else r"\b(?:on|in)\b\s*\w*"
    pattern = re.compile(source, re.IGNORECASE)
    want = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    got = [m.span() for m in scan(pattern, text, first=frozenset({"on", "in"}), digits=digits)]
    assert got == want
