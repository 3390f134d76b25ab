"""The flattened-wikitext grammar: glued headings, template values, where prose begins."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warscribe.ingest.flatgrammar import find_heading, prose_start, split_template, value_length

WIKI = Path(__file__).resolve().parents[1] / "fixtures" / "wiki"
HEADINGS = [json.loads(x) for x in (WIKI / "flat_headings.jsonl").read_text().splitlines() if x]
TEMPLATES = [json.loads(x) for x in (WIKI / "flat_templates.jsonl").read_text().splitlines() if x]


@pytest.mark.parametrize("case", HEADINGS, ids=[c["line"][-30:] for c in HEADINGS])
def test_golden_headings(case):
    line = case["line"]
    found = find_heading(line, 0, len(line))
    assert (line[found[0] : found[1]] if found else None) == case["heading"]


@pytest.mark.parametrize("case", TEMPLATES, ids=[c["text"][:30] for c in TEMPLATES])
def test_golden_templates(case):
    text = case["text"]
    tpl = split_template(text, 0, len(text))
    assert (tpl.name, [list(p) for p in tpl.params], text[tpl.end :]) == (case["name"], case["params"], case["rest"])


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("access-date", "March 3, 2014 Rebels", "March 3, 2014"),
        ("date", "5–6 June 2013 Two", "5–6 June 2013"),
        ("year", "2011 Then", "2011"),
        ("url", "http://x.org/a?b=c&d=1 On", "http://x.org/a?b=c&d=1"),
        ("language", "fr Les", "fr"),
        ("page", "xii Later", "xii"),
        ("publisher", "Éditions du Sahel The", "Éditions du Sahel"),
        ("work", "BBC News 20 people died", "BBC News"),
        ("title", "Gao under siege According to", "Gao under siege"),
    ],
)
def test_value_grammar_by_key(key, text, value):
    assert text[: value_length(key, text)] == value


def test_prose_start_modes():
    assert prose_start("Institute for Security Studies Residents said", title=False) == len("Institute for Security Studies ")
    assert prose_start("Operation Serval", title=True) == len("Operation Serval")


@given(st.text(alphabet=st.sampled_from(list("aZ 1.,=/{}()–'\"")), max_size=400))
def test_grammar_never_crashes(text):
    heading = find_heading(text, 0, len(text))
    assert heading is None or 0 <= heading[0] < heading[1] <= len(text)
    at = text.find("{{")
    if at >= 0:
        tpl = split_template(text, at, len(text))
        assert at + 2 <= tpl.end <= len(text)
        assert all("{{" not in value for _, value in tpl.params if "{{" not in text[at + 2 :])


def test_long_line_is_linear():
    line = "Rebels took the town, " * 200_000 + "{{cite web , title=" + "word " * 100_000
    began = time.process_time()
    find_heading(line, 0, len(line))
    split_template(line, line.index("{{"), len(line))
    assert time.process_time() - began < 5
