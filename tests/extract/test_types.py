"""Event typing: golden sentences (own words), negation/modality, prefilter, invariants."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from warscribe.extract._type_rules import SUB_TO_TYPE
from warscribe.extract.types import EVENT_TYPES, classify, is_candidate, main_type

CASES = [json.loads(line) for line in (FIXTURES / "extract" / "types.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_sentences(case):
    got = main_type(case["text"])
    if case["event_type"] is None:
        assert got is None
    else:
        assert got is not None, case["text"]
        assert (got.event_type, got.sub_event_type) == (case["event_type"], case["sub_event_type"])


def test_taxonomy_is_acleds():
    assert len(SUB_TO_TYPE) == 25
    assert set(SUB_TO_TYPE.values()) == set(EVENT_TYPES)


def test_victim_decides_battle_or_violence_against_civilians():
    assert main_type("Gunmen shot dead two traders at the market.").event_type == "Violence against civilians"
    assert main_type("Gunmen shot dead two gendarmes at their post.").event_type == "Battles"
    passive = main_type("Five villagers were killed by militiamen.")
    assert passive.sub_event_type == "Attack" and passive.target == "civilian"


def test_negation_only_blocks_its_own_clause():
    assert main_type("Rebels attacked the camp, but no soldiers were killed.").sub_event_type == "Armed clash"
    assert classify("There was no fighting.") == []


def test_prefilter_skips_plain_sentences():
    assert not is_candidate("The river floods every year in August.")
    assert is_candidate("The soldiers were ambushed.")


def test_trigger_span_and_confidence():
    text = "On 3 May, militants ambushed a patrol."
    [t] = [t for t in classify(text) if t.trigger == "ambushed"]
    assert text[t.start:t.end] == "ambushed"
    assert 0 < t.confidence <= 0.95


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=200))
def test_any_text_types_safely(text):
    for t in classify(text):
        assert text[t.start:t.end] == t.trigger
        assert SUB_TO_TYPE[t.sub_event_type] == t.event_type
    best = main_type(text)
    assert best is None or (best.start, best.end) in {(t.start, t.end) for t in classify(text)}


def test_harm_to_people_turns_robbery_and_abduction_into_attacks():
    assert main_type("Gunmen robbed a bus and wounded two passengers.").sub_event_type == "Attack"
    assert main_type("Gunmen robbed a bus near the town.").sub_event_type == "Looting/property destruction"
    assert main_type("A trader was abducted by gunmen and later found dead.").sub_event_type == "Attack"


_ROLE_WORDS = st.sampled_from(["may", "May", "will", "Will", "not", "NOT", "planned to", "members of the", "MNLA",
                               "Mnla", "members of", "soldiers", "Soldiers", "civilians", "the", "attack", ",", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROLE_WORDS, max_size=10).map(" ".join))
def test_split_modal_and_armed_patterns_agree_with_the_single_ones(text: str) -> None:
    # one regex each before the split, with case-sensitive parts: may/will, "members of <ACRONYM>"
    from warscribe.extract import _type_rules as R
    from warscribe.extract import types as T

    modal = re.compile(R.MODAL_BLOCK.replace("might|", "might|(?-i:may)|(?-i:will)|", 1), re.IGNORECASE)
    armed = re.compile(R.ARMED.replace("elements|", "elements|" + R.ARMED_MEMBERS[2:-2] + "|", 1), re.IGNORECASE)
    assert T._blocked(text, len(text)) == (modal.search(T._clause_before(text, len(text), words=6)) is not None)
    m = armed.search(text)
    assert T._armed_at(text) == (m.start() if m else None)
