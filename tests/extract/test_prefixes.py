"""First-character analysis of regexes, and the prefix-filtered trigger scan it enables."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.extract import types
from warscribe.extract._prefixes import prefixes


def test_prefixes_of_alternations_and_optional_parts():
    assert prefixes(r"\b(?:kill(?:ed)?|clash\w*)", 3) == {"kil", "cla"}
    assert prefixes(r"\bI?ED", 2) == {"ie", "ed"}
    assert "on s" in prefixes(r"\b(?:on\s+strike)", 4)
    assert prefixes(r"\w+", 2) is None


def test_prefixes_of_repeats_count_every_repetition():
    assert "201" in prefixes(r"\b\d{4}\s", 3)  # not only one or two digits then a space
    assert prefixes(r"a{0,5}b", 3) == {"aaa", "aab", "ab", "b"}
    assert prefixes(r"(?:ab){2,}", 3) == {"aba"}


WORDS = ["killed", "attacked", "the", "army", "IED", "no", "fighting", "took", "control", "of", "Gao",
         "protesters", "marched", "air", "strike", "mortar", "shells", "gunmen", "abducted", "villagers",
         "signed", "accord", "seized", "weapons", "March", "May", ",", ".", "Kidal", "on", "strike"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_filtered_scan_finds_what_a_full_scan_finds(words):
    text = " ".join(words)
    full = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in types.CANDIDATE.finditer(text)]
    fast = [(m.start(), m.end(), index) for index, m in types._triggers(text)]
    assert fast == full


def test_every_rule_has_a_prefix_filter():
    assert types._PREFIXES is not None
    assert all(len(p) <= types._K for p in types._PREFIXES)
    assert re.compile(types.CANDIDATE.pattern, re.I).groups == len(types._COMPILED)
