"""Flattened wikitext: the Mali War article as the dev corpus, plus small cases of my own."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from warscribe.ingest.flattened import iter_templates, looks_flattened, parse_flattened
from warscribe.ingest.wikitext import looks_wikitext

MARKUP = ("{{", "}}", "[[", "]]", "''", "=", "http", "<ref")


@pytest.fixture
def mali(mali_war_text):
    return parse_flattened(mali_war_text, id="mali-war")


def test_every_line_end_gives_one_short_heading(mali, mali_war_text):
    text = mali_war_text
    assert len(mali.sections) == text.strip().count("\n") == 38
    for section in mali.sections:
        words = section.heading.split()
        assert 1 <= len(words) <= 15 and section.heading[-1] not in ".,;:!?"
        assert not any(m in section.heading for m in ("{{", "=", " , "))
        assert text[section.start - 1] == "\n"  # the heading ended a line
        assert text[: section.start].rstrip().endswith(section.heading)


def test_headings_glued_to_words_digits_and_values(mali):
    headings = [s.heading for s in mali.sections]
    for expected in (
        "Background",  # a line of its own
        "Tuareg rebellion (January–April 2012)",  # glued to "the"
        "Continued offensive",  # glued to a hatnote's argument
        "2021–2022: growing French resentment and Russian and Turkish intervention",  # "the2021"
        "2021 coup and aftermath",  # glued after a full stop
        "Displaced",  # glued to "language=fr"
        "Notes",  # glued to a date value
        "Further reading",  # glued to an empty "publisher="
    ):
        assert expected in headings
    assert len(set(headings)) == len(headings)


def test_heading_date_contexts(mali):
    by_heading = {s.heading: s for s in mali.sections}
    span = by_heading["Tuareg rebellion (January–April 2012)"].date_context
    if span is None:
        pytest.skip("warscribe.dates.parse_span is not available")
    assert span.iso() == ("2012-01-01", "2012-04-30") and span.precision == 3
    assert by_heading["Insurgency (2013–2023)"].date_context.iso() == ("2013-01-01", "2023-12-31")


def test_citations_recovered_whole(mali):
    cites = mali.citations
    assert len(cites) == 14
    assert all(c.kind.startswith("cite ") for c in cites)
    for c in cites:
        assert c.title and not any(m in c.title for m in ("{{", " , ", "="))
        for value in (c.url, c.container, c.date, c.doi, c.isbn):
            assert value is None or (" , " not in value and "=" not in (value if value != c.url else ""))
    # all but the bibliography entry whose template the "Further reading" heading cut short
    cut = [c for c in cites if not (c.url or c.doi or c.isbn)]
    assert [c.title for c in cut] == ["Boko Haram: Nigeria's Islamist Insurgency"]
    assert [c.params[-1] for c in cut] == [("publisher", "")]
    containers = Counter(c.container for c in cites)
    assert containers["BBC News"] == 3 and containers["The New York Times"] == 1
    assert {"Stratfor", "Reuters", "Conflict Studies Quarterly", "Mediapart"} <= set(containers)


def test_last_values_stop_where_prose_begins(mali):
    by_title = {c.title: c for c in mali.citations}
    skretting = next(c for c in mali.citations if c.doi and c.doi.startswith("10.1080"))
    assert skretting.doi == "10.1080/1057610X.2021.2007562" and skretting.authors == ("Vidar B. Skretting",)
    book = next(c for c in mali.citations if c.isbn)
    assert (book.isbn, book.pages, book.date) == ("9783031151354", "191–218", "2022")
    assert any(c.title.endswith("| International Crisis Group") for c in by_title.values())
    texts = [s.text for s in mali.sentences]
    assert any(t.startswith("On 24 January, after cutting off") for t in texts)
    assert any(t.startswith("Attacks continued on the morning") for t in texts)
    assert any(t.startswith("started to transfer") or "troops, started to transfer" in t for t in texts)


def test_sentences_are_clean_prose(mali):
    hatnote_args = ("History of Mali", "Battle of In Arab", "Operation Barkhane", "Casualty recording")
    for s in mali.sentences:
        assert not any(m in s.text for m in MARKUP), s.text
        assert not any(h in s.text for h in hatnote_args), s.text


def test_sentence_offsets_span_their_words(mali, mali_war_text):
    for s in mali.sentences:
        raw = mali_war_text[s.start : s.end]
        assert raw.split()[0].strip("'") == s.text.split()[0] or raw.startswith(s.text[:10])
        assert raw.rstrip()[-1] == s.text[-1]


def test_citations_attach_to_the_sentence_they_follow(mali):
    cited = {mali.citations[i].title: s.text for s in mali.sentences for i in s.citations}
    assert cited["Mali: Conflict, Social Order and the Crime-Terror Nexus"].startswith("Repeated promises")
    assert cited["Mali Besieged by Fighters Fleeing Libya"].startswith("The attack was thrawed")
    assert "Boko Haram: Nigeria's Islamist Insurgency" not in cited  # a bibliography line, no prose


def test_no_prose_lost(mali, mali_war_text):
    text = mali_war_text
    spans = [(s.start - len(s.heading) - 1, s.start) for s in mali.sections]
    spans += [(at, tpl.end) for at, tpl in iter_templates(text)]  # cited or not, as recovered
    kept = list(text)
    for a, b in spans:
        kept[a:b] = [" "] * (b - a)
    outside = Counter(re.findall(r"\w+", "".join(kept)))
    inside = Counter(re.findall(r"\w+", " ".join(s.text for s in mali.sentences)))
    missing = outside - inside
    assert not missing, missing
    assert not (inside - outside)


def test_format_detection(mali_war_text):
    assert looks_flattened(mali_war_text) and not looks_wikitext(mali_war_text)


@pytest.mark.parametrize(
    "text",
    ["{{" * 10_000 + "deep", "{{cite web , title=" * 5_000, "x , key=" * 20_000, "}}" * 10_000,
     "Gao fell.{{cite news , work=Le Monde " + "and more words " * 50_000],
    ids=["nested", "unterminated-chain", "keys-without-template", "closers", "long-last-value"],
)
def test_pathological_input_is_read_in_bounded_time(text):
    import time

    began = time.process_time()
    doc = parse_flattened(text, id="bad")
    assert time.process_time() - began < 10
    assert all("{{" not in s.text for s in doc.sentences)


def test_small_document_of_my_own():
    text = (
        "Fighting spread along the river.{{cite news , title=River towns emptied , work=Sahel Daily "
        "On 3 May, traders fled Léré,{{cite web , url=https://a.example.org/lere , website=Sahel Monitor "
        "leaving the market empty.Siege of Boni (May–June 2016)\n"
        "{{Main, Siege of Boni Government troops held the town for six weeks."
    )
    doc = parse_flattened(text, id="own")
    assert [s.heading for s in doc.sections] == ["Siege of Boni (May–June 2016)"]
    assert [s.text for s in doc.sentences] == [
        "Fighting spread along the river.",
        "On 3 May, traders fled Léré, leaving the market empty.",
        "Government troops held the town for six weeks.",
    ]
    assert [s.citations for s in doc.sentences] == [(0,), (1,), ()]
    assert [(c.container, c.url) for c in doc.citations] == [
        ("Sahel Daily", None), ("Sahel Monitor", "https://a.example.org/lere")]
    assert doc.sentences[2].section == 0 and doc.format == "flatwiki"
