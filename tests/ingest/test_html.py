"""HTML through trafilatura: main text only, metadata kept, offsets into the extracted text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warscribe.errors import FormatError
from warscribe.ingest import parse_text, read_documents
from warscribe.ingest.html import parse_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

GOLDEN = [json.loads(line) for line in (FIXTURES / "html" / "golden.jsonl").open()]


@pytest.mark.parametrize("case", GOLDEN, ids=[c["file"] for c in GOLDEN])
def test_golden_pages(case):
    html = (FIXTURES / "html" / case["file"]).read_text(encoding="utf-8")
    doc = parse_html(html, id=case["file"])
    assert (doc.title, doc.url, doc.date, doc.format) == (case["title"], case["url"], case["date"], "html")
    assert [s.heading for s in doc.sections] == case["sections"]
    joined = " ".join(s.text for s in doc.sentences)
    for phrase in case["sentence_contains"]:
        assert phrase in joined
    for junk in case["absent"]:
        assert junk not in doc.text
    assert [c.url for c in doc.citations] == case["citation_urls"]


def test_offsets_index_the_extracted_text():
    html = (FIXTURES / "html" / "sahel_raid.html").read_text(encoding="utf-8")
    doc = parse_html(html, id="p")
    assert "<p>" not in doc.text
    for sent in doc.sentences:
        raw = doc.text[sent.start:sent.end]
        assert raw.split()[0].strip("*[") == sent.text.split()[0]
        assert raw.rstrip(")").endswith(sent.text[-1])


def test_given_metadata_wins_over_the_page():
    html = (FIXTURES / "html" / "sahel_raid.html").read_text(encoding="utf-8")
    doc = parse_html(html, id="p", title="Mine", url="https://mine.example/x", date="2021-06-15")
    assert (doc.title, doc.url, doc.date) == ("Mine", "https://mine.example/x", "2021-06-15")


def test_page_without_main_text_is_a_format_error():
    html = (FIXTURES / "html" / "empty_shell.html").read_text(encoding="utf-8")
    with pytest.raises(FormatError, match="no main text"):
        parse_html(html, id="empty_shell.html")


def test_detected_by_content_and_extension(tmp_path):
    html = (FIXTURES / "html" / "sahel_raid.html").read_text(encoding="utf-8")
    assert parse_text(html, id="s").format == "html"
    page = tmp_path / "page.txt"
    page.write_text(html, encoding="utf-8")
    assert [d.format for d in read_documents([page])] == ["html"]


def test_declared_charset_is_honoured(tmp_path):
    page = tmp_path / "latin.html"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            "<title>Ségou</title></head><body><article><p>Les habitants de Ségou ont signalé des tirs "
            "près du marché, selon un élu local qui a requis l'anonymat.</p></article></body></html>")
    page.write_bytes(html.encode("latin-1"))
    failures = []
    (doc,) = read_documents([page], on_error=failures.append)
    assert failures == [] and "Ségou ont signalé" in doc.sentences[0].text
