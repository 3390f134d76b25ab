"""MediaWiki XML dumps: latest revision per page, provenance, skips, bad XML, streaming."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from warscribe.ingest import read_documents, sniff_format
from warscribe.ingest.xmldump import iter_pages, read_xmldump
from warscribe.model import Document, Failure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

DUMP = FIXTURES / "xml" / "sample_dump.xml"
pytest.importorskip("warscribe.ingest.wikitext")


def test_latest_revision_of_article_pages_only():
    pages = list(iter_pages(DUMP, source="d"))
    assert [p.title for p in pages] == ["Siege of Tessit", "Menaka attacks", "Deleted text page"]
    siege = pages[0]
    assert (siege.revid, siege.pageid, siege.timestamp) == ("5002", "1001", "2022-08-09T12:30:00Z")
    assert "old draft" not in siege.text
    assert siege.url == "https://en.wikipedia.org/w/index.php?title=Siege_of_Tessit&oldid=5002"
    assert [p.title for p in iter_pages(DUMP, source="d", namespaces=None)][1] == "Talk:Siege of Tessit"


def test_documents_carry_provenance_and_missing_text_is_a_failure():
    out = list(read_xmldump(DUMP, source=str(DUMP)))
    docs = [x for x in out if isinstance(x, Document)]
    fails = [x for x in out if isinstance(x, Failure)]
    assert [d.id for d in docs] == ["Siege of Tessit", "Menaka attacks"]
    siege = docs[0]
    assert siege.format == "wikitext" and siege.date == "2022-08-09"
    assert dict(siege.meta)["revid"] == "5002" and dict(siege.meta)["pageid"] == "1001"
    assert [s.heading for s in siege.sections] == ["August 2022"]
    assert any("cut the road to Ansongo" in s.text for s in siege.sentences)
    assert siege.citations and siege.citations[0].title == "Camp under siege"
    assert [(f.source, f.reason) for f in fails] == [
        (f"{DUMP}#Deleted text page", "revision 5006 has no text")]


def test_detected_and_read_through_read_documents():
    assert sniff_format(DUMP.read_text()[:500]) == "xmldump"
    failures = []
    docs = list(read_documents([DUMP], on_error=failures.append))
    assert len(docs) == 2 and len(failures) == 1


def test_truncated_xml_keeps_the_pages_before_the_break(tmp_path):
    text = DUMP.read_text()
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: text.index("<title>Deleted text page")] + "<title>Broken</ti")
    out = list(read_xmldump(cut, source="cut.xml"))
    assert [x.id for x in out if isinstance(x, Document)] == ["Siege of Tessit", "Menaka attacks"]
    assert isinstance(out[-1], Failure) and "malformed XML" in out[-1].reason
    assert out[-1].source.startswith("cut.xml:")


def test_memory_stays_bounded_on_a_large_dump(tmp_path):
    page = ("<page><title>P{n}</title><ns>0</ns><id>{n}</id><revision><id>{n}</id>"
            "<timestamp>2020-01-01T00:00:00Z</timestamp><text>" + "Troops patrolled Gao. " * 400
            + "</text></revision></page>\n")
    big = tmp_path / "big.xml"
    with big.open("w") as fh:
        fh.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n')
        for n in range(1500):
            fh.write(page.format(n=n))
        fh.write("</mediawiki>\n")
    assert big.stat().st_size > 12_000_000
    tracemalloc.start()
    count = sum(1 for _ in iter_pages(big, source="big"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 1500
    assert peak < 3_000_000, peak


def test_other_xml_is_named_by_its_root(tmp_path):
    rss = tmp_path / "feed.xml"
    rss.write_text('<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>')
    failures = []
    assert list(read_documents([rss], on_error=failures.append)) == []
    assert [(f.source, f.reason) for f in failures] == [
        (str(rss), "root element <rss>: not a MediaWiki XML export")]
