"""Cite templates -> Citation: golden parameter sets and template classification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warscribe.ingest.citations import citation_from_params, is_citation, is_hatnote, template_kind

CASES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "fixtures" / "wiki" / "citations.jsonl").read_text().splitlines()
    if line
]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_citation_fields(case):
    citation = citation_from_params(case["name"], [tuple(p) for p in case["params"]], start=5, end=9)
    for field, want in case["want"].items():
        got = getattr(citation, field)
        assert (list(got) if isinstance(got, tuple) else got) == want, field
    assert citation.params == tuple(tuple(p) for p in case["params"])
    assert (citation.start, citation.end) == (5, 9)


@pytest.mark.parametrize("name", ["cite web", "Cite News", "cite  av_media", "citation", "sfn", "Harvnb", "cite tweet"])
def test_citation_templates(name):
    assert is_citation(name) and not is_hatnote(name)


@pytest.mark.parametrize("name", ["Main", "further", "See also", "Further information", "Infobox military conflict",
                                  "Reflist", "Commons category"])
def test_other_templates_are_not_citations(name):
    assert not is_citation(name)


def test_hatnotes():
    assert all(is_hatnote(n) for n in ("Main", "further", "See_also", "Details"))
    assert template_kind("  Cite_Web\n") == "cite web"


keys = st.sampled_from(["title", "url", "work", "date", "last", "first", "author2", "doi", "isbn", "page", "x-y"])


@given(st.sampled_from(["cite web", "cite news", "sfn", "citation"]),
       st.lists(st.tuples(keys, st.text(max_size=20)), max_size=12))
def test_any_parameters_give_a_citation_that_keeps_them(name, params):
    citation = citation_from_params(name, params)
    assert citation.params == tuple(params)
    for value in (citation.title, citation.url, citation.container, citation.doi):
        assert value is None or (value == " ".join(value.split()) and value)
