import json

import pytest

from tests.conftest import FIXTURES
from warscribe.geo.match import Matcher, phonetic

CASES = [json.loads(line) for line in (FIXTURES / "geo" / "match_cases.jsonl").read_text().splitlines() if line]


@pytest.fixture(scope="module")
def matcher(small_gazetteer):
    return Matcher(small_gazetteer)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_scan(matcher, case):
    found = matcher.scan(case["text"])
    assert [m.text for m in found] == case["found"]
    for m in found:
        assert case["text"][m.start:m.end] == m.text


def test_fuzzy_needs_a_place_cue(matcher):
    assert matcher.fuzzy("Dogoufri was quiet.", country="ML", taken=[]) == []
    [m] = matcher.fuzzy("They camped in Dogoufri.", country="ML", taken=[])
    assert m.key == "dogofri" and 0 < m.confidence < 0.85


@pytest.mark.parametrize("text", ["Dogofry was quiet.", "Doggofri was quiet.", "Dogofrie was quiet."])
def test_spelling_habit_variants_need_no_cue(matcher, text):
    [m] = matcher.fuzzy(text, country="ML", taken=[])
    assert m.key == "dogofri" and m.confidence == 0.85


def test_two_words_written_apart_are_one_name(matcher):
    [m] = matcher.fuzzy("Patrols left Dogo Fry at dawn.", country="ML", taken=[])
    assert (m.text, m.key) == ("Dogo Fry", "dogofri")


def test_fuzzy_accepts_known_variants_without_cue(matcher):
    [m] = matcher.fuzzy("Dogofry was quiet.", country="ML", taken=[], known={"dogofry": "dogofri"})
    assert m.key == "dogofri"


def test_phonetic_key_merges_french_and_english_spellings():
    assert phonetic("diabaly") == phonetic("diabali")
    assert phonetic("tombouctou") == phonetic("tombuctu")
    assert phonetic("gao") != phonetic("kidal")


from hypothesis import given, settings, strategies as st  # noqa: E402

WORDS = ["Gao", "gao", "Kidal", "Ménaka", "Tombouctou", "Mali", "the", "In", "of", "Ag", "MNLA", "Region",
         "région", "Tin-Gao", "Gao-based", "near", "Kona", "Accord", "Mopti", "é", "’s", "-", "(", ")", ","]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", "\u00a0", "-", ", "]))
def test_scan_spans_are_exact_capitalised_and_disjoint(small_gazetteer, words, sep):
    matcher = small_gazetteer.matcher or Matcher(small_gazetteer)
    text = sep.join(words)
    found = matcher.scan(text)
    for m in found:
        assert text[m.start:m.end] == m.text and m.text[0].isupper()
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_demonyms_are_no_places_even_where_a_town_bears_the_name():
    # The worldwide default has towns called "Canadian" (Australia) and "Italian"-like names.
    from warscribe.geo import Gazetteer

    found = Matcher(Gazetteer.default()).scan("Canadian and Ukrainian engineers met Italian advisers in Gao.")
    assert [m.text for m in found] == ["Gao"]


# The fast paths below must agree with the plain definitions they replace.
_CHARS = st.sampled_from(list("aZ éÉ×'’-.,\u00a0(") + ["Gao", "in ", "The ", "MNLA", "Dogo Fry", "Ménaka"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=30).map("".join))
def test_capitals_are_the_capitalised_words_not_glued_to_a_word_before(text):
    import re

    from warscribe.geo.match import capitals

    plain = re.compile(r"(?<![\w'’-])[A-Z\u00c0-\u00de][\w'’-]*")
    assert capitals(text) == [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=30).map("".join))
def test_headline_prefilter_agrees_with_the_word_counts(text):
    import re

    from warscribe.geo.match import _headline

    words = len(re.findall(r"\b[^\W\d_]", text))
    assert _headline(text) == (words >= 4 and len(re.findall(r"\b[A-Z\u00c0-\u00de]", text)) >= 0.7 * words)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["Dogofry", "Dogo", "Fry", "in", "Kidals", "Tombuctou"]), max_size=12))
def test_fuzzy_gives_the_same_with_the_callers_words(small_gazetteer, words):
    from warscribe.geo.match import capitals

    matcher = small_gazetteer.matcher or Matcher(small_gazetteer)
    text = " ".join(words)
    taken = matcher.scan(text)
    for known, only in (({}, False), ({"dogofry": "dogofri"}, True)):
        assert matcher.fuzzy(text, country="ML", taken=taken, known=known, only_known=only, words=capitals(text)) \
            == matcher.fuzzy(text, country="ML", taken=taken, known=known, only_known=only)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARS | st.sampled_from(["1", "_", ".", "al-Qaeda.", "x" * 12]), max_size=40).map("".join),
       st.integers(min_value=0, max_value=200))
def test_previous_word_is_the_one_the_plain_pattern_finds(text, start):
    import re

    from warscribe.geo.match import _prev_word

    start = min(start, len(text))
    before = text[max(0, start - 80):start]
    found = re.compile(r"([^\W\d_][\w'’.]*)[ \u00a0]$").search(before, max(0, len(before) - 30))
    assert _prev_word(text, start) == (found.group(1) if found else None)


def test_strong_cue_words_are_those_of_the_context_pattern():
    import re

    from warscribe.geo import context as ctx
    from warscribe.geo.match import STRONG_CUE_WORDS, has_strong_cue

    strong = re.search(r"\(\?P<strong>(.*?)\)\|in\|at\)", ctx._UNRESOLVED.pattern).group(1)
    words = set(re.findall(r"[a-z]{3,}", strong))
    assert words == set(STRONG_CUE_WORDS)  # a new strong cue in context.py needs its word here
    for text in ("They met in the village of Tin Hama.", "Clashes around Ber.", "fighting in Gao"):
        assert has_strong_cue(text) == any(strong for *_, strong in ctx.cue_tokens(text))
    for word in STRONG_CUE_WORDS:
        assert has_strong_cue(f"a {word} b") and not has_strong_cue(f"a {word[:-1]} b")
