import pytest

from warscribe.geo import context as ctx
from warscribe.geo.context import event_cue, feature_hint, is_qualifier_gap, joins_between, relation_after, \
    relation_before


@pytest.mark.parametrize("before, relation", [
    ("clashes broke out near ", "near"),
    ("an ambush 30 km north of ", "near"),
    ("a mine exploded 12 kilometres from ", "near"),
    ("gunmen camped on the outskirts of ", "outside"),
    ("a convoy was hit between the towns of ", "between"),
    ("troops patrolled the region of ", "region"),
    ("rebels entered ", ""),
    ("the nearby town of ", ""),
])
def test_relation_before(before, relation):
    assert relation_before(before) == relation


@pytest.mark.parametrize("after, relation", [
    (" region on Monday", "region"), (" Region.", "region"), (" area, residents said", "area"),
    (", Kidal and Gao regions", "region"), (" on Monday", ""),
])
def test_relation_after(after, relation):
    assert relation_after(after) == relation


def test_feature_hints():
    text = "Gunmen poisoned a well at Aguelhok."
    assert feature_hint(text, 26, 34) == "H"
    assert feature_hint("The army base in Tessalit", 17, 25) == "S"
    assert feature_hint("Rebels took Gao", 12, 15) == ""


def test_gaps():
    assert joins_between(" and the town of ")
    assert not joins_between(" to ")
    assert is_qualifier_gap(", ") and is_qualifier_gap(" village near ") and is_qualifier_gap(" area of ")
    assert not is_qualifier_gap(" ") and not is_qualifier_gap(" was attacked by men from ")


@pytest.mark.parametrize("before, after, cue", [
    ("an attack in ", "", 0), ("militants attacked ", "", 1), ("fighters fled towards ", "", 2),
    ("protesters marched in the northern city of ", "", 0), ("the ", " quarter of Timbuktu", 3),
])
def test_event_cue(before, after, cue):
    assert event_cue(before, after) == cue


@pytest.mark.parametrize("before, after, expected", [
    ("killed two herders (coded as ", " at geoprecision 2).", "area"),
    ("(coded at approximate location as ", " at geo precision 2)", "area"),
    ("(coded as ", " prec1)", ""),
    ("(coded as ", ")", ""),
    ("fighting in ", ", Mopti region", None),
    ("the deaths were coded separately. Then in ", " at dawn", None),
])
def test_stated_coding(before, after, expected):
    assert ctx.stated_coding(before, after) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("a ferry on the Niger River sank", "Niger", True),
    ("boats on the River Niger were seized", "Niger", True),
    ("troops crossed from Niger at dawn", "Niger", False),
    ("the river towns of Niger", "Niger", False),
])
def test_names_a_river(text, name, expected):
    start = text.index(name)
    assert ctx.names_a_river(text, start, start + len(name)) is expected
