"""caseless(): a case-insensitive regex searched as its lower-cased twin finds exactly what it finds."""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.dates._regex import CaselessPattern, WordStartPattern, caseless

MODULES = ("warscribe.dates.absolute", "warscribe.dates.relative", "warscribe.dates.context",
           "warscribe.extract.types", "warscribe.extract._type_rules", "warscribe.extract.figures.patterns",
           "warscribe.extract.figures.statistics", "warscribe.extract.actor_rules", "warscribe.extract.pipeline",
           "warscribe.extract.assemble", "warscribe.extract.actors")


def _patterns() -> list[re.Pattern[str]]:
    found = []
    for name in MODULES:
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, CaselessPattern):
                value = value.original
            if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE:
                found.append(value)
    return found


PATTERNS = _patterns()
WORDS = sorted({w for p in PATTERNS for w in re.findall(r"[A-Za-z]{2,}", p.pattern)})
PIECES = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS).map(str.upper),
                   st.sampled_from(WORDS).map(str.title), st.sampled_from([" ", "  ", ", ", ". ", "-", "\n", "3", "12"]))
TEXTS = st.one_of(st.lists(PIECES, max_size=14).map(" ".join), st.text(alphabet=st.characters(max_codepoint=127)))


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_the_package_patterns_are_found_and_mostly_lowerable():
    assert len(PATTERNS) > 50
    assert sum(CaselessPattern(p).lowered is not None for p in PATTERNS) > len(PATTERNS) // 2


@settings(max_examples=600, deadline=None)
@given(pattern=st.sampled_from(PATTERNS), text=TEXTS, data=st.data())
def test_lowered_twin_finds_what_the_original_finds(pattern: re.Pattern[str], text: str, data) -> None:
    fast = CaselessPattern(pattern)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _spans(fast.finditer(text, pos, end)) == _spans(pattern.finditer(text, pos, end))
    for method in ("search", "match", "fullmatch"):
        got, want = getattr(fast, method)(text, pos, end), getattr(pattern, method)(text, pos, end)
        assert _spans([got] if got else []) == _spans([want] if want else [])


def test_unsafe_parts_keep_the_original():
    for source in (r"(?-i:May)\s+\d", r"[A-z]+", "\u017fome", r"(?i:x)"):
        assert caseless(re.compile(source, re.IGNORECASE)).__class__ is re.Pattern
    assert caseless(re.compile("x")).__class__ is re.Pattern  # not case-insensitive: nothing to gain


def test_non_ascii_text_uses_the_original():
    p = caseless(re.compile(r"\bs\w+", re.IGNORECASE))
    assert isinstance(p, CaselessPattern)
    assert p.search("\u017fome text").group() == "\u017fome"  # the long s matches "s" case-insensitively
    assert p.search("Ségou SAID").group() == "Ségou"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_groups_hold_the_text_as_written(text: str) -> None:
    p = caseless(re.compile(r"(?P<w>[a-z]+)\s+(?P<n>\d+)", re.IGNORECASE))
    want = [m.groupdict() for m in re.finditer(r"(?P<w>[a-z]+)\s+(?P<n>\d+)", text, re.IGNORECASE)]
    assert [m.groupdict() for m in p.finditer(text)] == want


_DATEISH = st.sampled_from(["On", "3", "16", "17-18", "2012", "January", "May", "Jan.", "to", "and", "until", "–",
                            "early", "mid", "the", "end", "of", "between", "from", "spring", "x3", "_4", " ", "\n", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATEISH, max_size=14).map(" ".join), st.sampled_from(range(8)))
def test_word_start_pattern_finds_what_finditer_finds(text: str, which: int) -> None:
    from warscribe.dates import absolute

    name, pattern = absolute._PATTERNS[which]
    original = getattr(pattern, "original", pattern)
    fast = WordStartPattern(original)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups()) for m in original.finditer(text)], name
