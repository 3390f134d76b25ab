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
    assert matcher.fuzzy("Dogofry was quiet.", country="ML", taken=[]) == []
    [m] = matcher.fuzzy("They camped in Dogofry.", country="ML", taken=[])
    assert m.key == "dogofri" and 0 < m.confidence < 1


def test_fuzzy_accepts_known_variants_without_cue(matcher):
    [m] = matcher.fuzzy("Dogofry was quiet.", country="ML", taken=[], known={"dogofry": "dogofri"})
    assert m.key == "dogofri"


def test_phonetic_key_merges_french_and_english_spellings():
    assert phonetic("diabaly") == phonetic("diabali")
    assert phonetic("tombouctou") == phonetic("tombuctu")
    assert phonetic("gao") != phonetic("kidal")
