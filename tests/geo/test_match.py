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
