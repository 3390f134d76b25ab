"""Clean wikitext: golden fixtures of my own, markup handling, robustness."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from warscribe.errors import FormatError
from warscribe.ingest.wikitext import looks_wikitext, parse_wikitext

WIKI = Path(__file__).resolve().parents[1] / "fixtures" / "wiki"
CASES = [json.loads(line) for line in (WIKI / "wikitext_cases.jsonl").read_text().splitlines() if line]


@pytest.fixture(params=CASES, ids=[c["file"] for c in CASES])
def case(request):
    text = (WIKI / request.param["file"]).read_text(encoding="utf-8")
    return request.param, text, parse_wikitext(text, id=request.param["file"])


def test_golden_headings_and_sentences(case):
    expected, _, doc = case
    assert [[s.level, s.heading] for s in doc.sections] == expected["headings"]
    assert [s.text for s in doc.sentences] == expected["sentences"]
    assert [s.section for s in doc.sentences] == expected["sections"]


def test_golden_citations_and_attachment(case):
    expected, _, doc = case
    got = [
        {k: list(v) if isinstance(v, tuple) else v for k, v in ((k, getattr(c, k)) for k in expected["citations"][0])}
        for c in doc.citations
    ]
    assert got == expected["citations"]
    assert [list(s.citations) for s in doc.sentences] == expected["attached"]


def test_offsets_index_the_original(case):
    _, text, doc = case
    for s in doc.sentences:
        raw = text[s.start : s.end]
        assert raw[-1] == s.text[-1]
        assert s.text.split()[0] in raw[:200]
    for c in doc.citations:
        assert text[c.start : c.start + 2] in ("<r", "{{")
    for sec in doc.sections:
        assert text[: sec.start].rstrip().endswith("=")


def test_markup_never_reaches_the_sentences(case):
    _, _, doc = case
    for s in doc.sentences:
        assert not any(m in s.text for m in ("{{", "}}", "[[", "]]", "''", "<ref", "|", "&nbsp;", "thumb"))


def test_tables_infoboxes_files_and_comments_are_not_prose():
    text = (WIKI / "sahel_offensive.wiki").read_text(encoding="utf-8")
    joined = " ".join(s.text for s in parse_wikitext(text, id="s").sentences)
    for absent in ("Stalemate", "Killed ||", "market of Gao", "figures disputed", "Conflicts in 2014"):
        assert absent not in joined


def test_named_reference_reused_before_its_definition():
    text = "A fell.<ref name=x/> B fell.<ref name=x>{{cite web|title=T|url=http://u.org}}</ref>"
    doc = parse_wikitext(text, id="r")
    assert len(doc.citations) == 1 and doc.citations[0].title == "T"
    assert [s.citations for s in doc.sentences] == [(0,), (0,)]


def test_plain_reference_and_several_refs_in_a_row():
    text = "Gao fell.<ref>Field notes, p. 4. [http://n.org/x notes]</ref><ref>{{sfn|Lecocq|2010|p=12}}</ref> Next."
    doc = parse_wikitext(text, id="p")
    assert [c.kind for c in doc.citations] == ["ref", "sfn"]
    assert doc.citations[0].url == "http://n.org/x"
    assert doc.sentences[0].citations == (0, 1) and doc.sentences[1].citations == ()


def test_inline_templates_render_their_text():
    doc = parse_wikitext("They walked {{convert|40|km}} to {{lang|fr|Tombouctou}} in a day.", id="i")
    assert doc.sentences[0].text == "They walked 40 km to Tombouctou in a day."
    doc = parse_wikitext("{{As of|2020|5}}, troops from {{flag|Chad}} held it.{{Citation needed|date=May 2020}}", id="j")
    assert [s.text for s in doc.sentences] == ["As of May 2020, troops from Chad held it."] and not doc.citations


def test_undated_subsection_inherits_its_parent_dates():
    doc = parse_wikitext("== Siege (March–May 2015) ==\nA.\n=== Relief column ===\nB.\n== Legacy ==\nC.", id="d")
    siege, relief, legacy = doc.sections
    if siege.date_context is None:
        pytest.skip("warscribe.dates.parse_span is not available")
    assert relief.date_context == siege.date_context and legacy.date_context is None
    assert siege.end == legacy.start - len("== Legacy ==") and relief.end == siege.end


def test_looks_wikitext():
    assert looks_wikitext((WIKI / "kidal_talks.wiki").read_text(encoding="utf-8"))
    assert not looks_wikitext("A plain sentence. Another one, with a comma.")


@pytest.mark.parametrize(
    "text",
    ["{{" * 10_000 + "deep", "[[" * 5_000 + "x", "Text {{cite web|title=never closed", "<ref>open " * 2_000],
    ids=["nested-templates", "nested-links", "unterminated", "open-refs"],
)
def test_pathological_input_degrades_or_raises_format_error(text):
    began = time.process_time()
    try:
        doc = parse_wikitext(text, id="bad")
    except FormatError as exc:
        assert "bad" in str(exc)
    else:
        assert all("{{" not in s.text and "[[" not in s.text for s in doc.sentences)
    assert time.process_time() - began < 20
