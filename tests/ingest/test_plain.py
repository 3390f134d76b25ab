"""Plain text and Markdown: golden cases, offsets back into the original, edge cases."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.ingest.plain import MappedText, looks_markdown, parse_markdown, parse_plain

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

GOLDEN = [json.loads(line) for line in (FIXTURES / "text" / "golden_plain.jsonl").open()]


def _parse(case):
    parse = parse_plain if case["format"] == "text" else parse_markdown
    return parse(case["text"], id=case["name"])


@pytest.mark.parametrize("case", GOLDEN, ids=[c["name"] for c in GOLDEN])
def test_golden(case):
    doc = _parse(case)
    assert doc.title == case["title"]
    assert [[s.heading, s.level] for s in doc.sections] == case["sections"]
    assert [[s.text, s.section] for s in doc.sentences] == case["sentences"]
    assert [c.url for c in doc.citations] == case.get("citations", [])
    assert (doc.date, doc.url) == (case.get("date"), case.get("url"))


@pytest.mark.parametrize("case", GOLDEN, ids=[c["name"] for c in GOLDEN])
def test_offsets_index_the_original(case):
    doc = _parse(case)
    for sent in doc.sentences:
        raw = doc.text[sent.start:sent.end]
        # every word of the clean sentence appears, in order, in the original span
        pos = 0
        for word in re.findall(r"\w+", sent.text):
            found = raw.find(word, pos)
            assert found >= 0, (word, raw)
            pos = found + len(word)
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(doc.text)


def test_sentences_point_to_their_section_and_paragraph():
    text = "Intro\n\nFirst para here.\n\nSecond para here. Still second.\n\nLater\n\nThird para."
    doc = parse_plain(text, id="t")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert [doc.sections[s.section].heading for s in doc.sentences] == ["Intro"] * 3 + ["Later"]
    body = doc.sections[0]
    assert text[body.start:body.end].strip().startswith("First para")


def test_nested_markdown_sections_span_their_subsections():
    text = "# A\n\nx one.\n\n## B\n\ny two.\n\n# C\n\nz three.\n"
    a, b, c = parse_markdown(text, id="m").sections
    assert a.start < b.start < b.end == a.end <= c.start
    assert text[c.start:c.end].strip() == "z three."


def test_link_citation_attaches_to_its_sentence():
    doc = parse_markdown("Quiet day. Shots near [Bourem](https://e.org/b) at noon. Calm after.", id="c")
    cited = [s for s in doc.sentences if s.citations]
    assert [s.text for s in cited] == ["Shots near Bourem at noon."]
    assert doc.citations[cited[0].citations[0]].title == "Bourem"
    cit = doc.citations[0]
    assert doc.text[cit.start:cit.end] == "[Bourem](https://e.org/b)"


def test_footnotes_are_shared_citations():
    doc = parse_markdown("A raid.[^1] Another.[^2] Same source.[^1]\n\n[^1]: Wire, https://w.org/1\n"
                         "[^2]: Radio\n[^9]: Unused note\n", id="f")
    assert [s.citations for s in doc.sentences] == [(0,), (1,), (0,)]
    assert [(c.kind, c.title, c.url) for c in doc.citations] == [
        ("ref", "Wire, https://w.org/1", "https://w.org/1"), ("ref", "Radio", None)]


def test_heading_dates_become_date_context():
    pytest.importorskip("warscribe.dates")
    doc = parse_markdown("## 2014\n\nTroops landed.\n\n## Aftermath\n\nCalm.\n", id="d")
    span = doc.sections[0].date_context
    assert span is not None and (span.start.year, span.end.year) == (2014, 2014)
    assert doc.sections[1].date_context is None
    nested = parse_markdown("## 2013\n\n### Battle of Konna\n\nTroops met.\n", id="n").sections
    assert nested[1].date_context == nested[0].date_context is not None


def test_title_like_rules():
    doc = parse_plain("Not a heading.\n\nAlso prose, with a comma\n\nreal text here.", id="r")
    assert doc.sections == ()
    assert len(doc.sentences) == 3


def test_looks_markdown():
    assert looks_markdown("Report\n======\n\nText with [a link](http://x.y).")
    assert not looks_markdown("A plain paragraph. Another sentence with * star.")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_#[]()`\\&;\n>-1.")), max_size=80))
def test_markdown_never_crashes_and_spans_stay_inside(text):
    doc = parse_markdown(text, id="h")
    for sent in doc.sentences:
        assert 0 <= sent.start < sent.end <= len(text)
        assert sent.text.strip() == sent.text and sent.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5), st.booleans()), max_size=12))
def test_mapped_text_spans_are_monotonic(ops):
    original = "abcdefghijklmnopqrstuvwxyz0123456789"
    mapped = MappedText(original)
    pos = 0
    for skip, length, verbatim in ops:
        lo = min(pos + skip % 3, len(original))
        hi = min(lo + length, len(original))
        if verbatim:
            mapped.copy(lo, hi)
        elif hi > lo:
            mapped.put("X", lo, hi)
        pos = hi
    clean = mapped.clean
    for i in range(len(clean)):
        s, e = mapped.span(i, i + 1)
        assert 0 <= s < e <= len(original)
        if i:
            assert mapped.span(i - 1, i)[0] <= s


plain_texts = st.lists(
    st.lists(st.sampled_from(["Gao", "the", "army", "left.", "Kidal", "fell,", "Then", "calm!", "A"]),
             min_size=1, max_size=8).map(" ".join),
    min_size=1, max_size=8,
).flatmap(lambda lines: st.lists(st.sampled_from(["\n", "\n\n", "\n \n"]), min_size=len(lines),
                                 max_size=len(lines)).map(lambda seps: "".join(
                                     line + sep for line, sep in zip(lines, seps))))


@settings(max_examples=80, deadline=None)
@given(plain_texts)
def test_plain_text_keeps_every_word_once_in_order(text):
    doc = parse_plain(text, id="p")
    heading_words = [w for s in doc.sections for w in s.heading.split()]
    sentence_words = [w for s in doc.sentences for w in s.text.split()]
    assert sorted(sentence_words + heading_words) == sorted(text.split())
    remaining = iter(text.split())
    assert all(word in remaining for word in sentence_words)  # in the order of the text
    for sent in doc.sentences:
        assert sent.text == " ".join(text[sent.start:sent.end].split())
