"""Sentence segmentation: golden cases and properties of the spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warscribe.ingest.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = [json.loads(line) for line in (FIXTURES / "wiki" / "sentences.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_golden_sentences(case):
    text = case["text"]
    assert [text[s:e] for s, e in split_sentences(text)] == case["sentences"]


def test_start_and_end_bound_the_spans():
    text = "Skip this. Keep this one. And this. Not this."
    spans = split_sentences(text, start=11, end=35)
    assert [text[s:e] for s, e in spans] == ["Keep this one.", "And this."]


def test_unbalanced_parenthesis_does_not_swallow_the_text():
    text = "1) The first item is long. The second sentence follows. " * 20
    assert len(split_sentences(text)) == 40


words = st.sampled_from(["the", "army", "Gao", "U.S.", "Gen.", "2.5", "(near", "town)", "fled", "\"no\"", "Jan."])
sentence = st.lists(words, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")


@given(st.lists(sentence, min_size=1, max_size=8), st.sampled_from([" ", "  ", "\n", "\n\n"]))
def test_spans_are_ordered_trimmed_and_cover_all_words(sentences, sep):
    text = sep.join(sentences)
    spans = split_sentences(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@given(st.text(alphabet=st.sampled_from(list("Ab .!?()\"'\n1…")), max_size=300))
def test_never_crashes_and_spans_stay_in_bounds(text):
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)


def test_prose_builder_maps_offsets_and_attaches_citations():
    from warscribe.ingest.sentences import ProseBuilder

    original = "<p>Gao fell.[1] Kidal &amp; Gao held.</p>\n\n[2]Aftermath came. Then calm."
    b = ProseBuilder()
    b.add("Gao fell.", 3)
    b.cite(0)  # after the full stop: the sentence before
    b.add(" Kidal ", 15)
    b.add("&", 22, verbatim=False)
    b.add(" Gao held.", 27)
    b.paragraph(41)
    b.section(0, 43)
    b.cite(1)  # at a paragraph's start: the sentence after
    b.add("Aftermath came. Then calm.", 46)
    sentences = b.sentences()
    assert [s.text for s in sentences] == ["Gao fell.", "Kidal & Gao held.", "Aftermath came.", "Then calm."]
    assert [original[s.start : s.end] for s in sentences] == [
        "Gao fell.", "Kidal &amp; Gao held.", "Aftermath came.", "Then calm."]
    assert [s.citations for s in sentences] == [(0,), (), (1,), ()]
    assert [s.section for s in sentences] == [-1, -1, 0, 0]
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]


def test_tidy_drops_brackets_emptied_by_markup():
    from warscribe.ingest.sentences import tidy

    assert tidy("Troops ( ) left  Gao ,\n then ( ; ) Kidal [ ] .") == "Troops left Gao, then Kidal."
