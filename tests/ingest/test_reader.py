"""Reader: sources, detection, dispatch, sidecars, stdin, and a batch of bad inputs."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from warscribe.errors import FormatError, InputError
from warscribe.ingest import iter_sources, parse_text, read_documents, sniff_format
from warscribe.ingest.reader import decode
from warscribe.model import Failure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _read(inputs, **kw):
    failures: list[Failure] = []
    docs = list(read_documents(inputs, on_error=failures.append, **kw))
    return docs, failures


@pytest.mark.parametrize(("head", "name", "expected"), [
    ('<?xml version="1.0"?>\n<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">', None, "xmldump"),
    ("<!doctype html><html><body><p>x</p></body></html>", None, "html"),
    ("  <html lang='fr'><p>x</p></html>", "page.txt", "html"),
    ('{"id": "1", "text": "Gao."}\n{"id": "2", "text": "Mopti."}\n', None, "jsonl"),
    ("data_id,iso,event_id_cnty,event_date,notes\n1,466,MLI1,2012-01-01,x\n", "a.csv", "acled"),
    ("# Report\n\nSome **bold** words.\n", None, "markdown"),
    ("Anything at all.", "notes.md", "markdown"),
    ("<p>tags but named as wiki</p>", "a.wiki", "wikitext"),
    ("Plain prose about Gao. Nothing else.\n", "a.txt", "text"),
    ('[{"id": "a", "text": "Gao."}]', None, "json"),
    ('{"documents": [], "failures": []}', "parsed.txt", "json"),
    ("anything", "records.json", "json"),
])
def test_sniff_format(head, name, expected):
    assert sniff_format(head, name=name) == expected


def test_sniff_wikitext_uses_the_wikitext_reader():
    pytest.importorskip("warscribe.ingest.wikitext")
    assert sniff_format("== Background ==\nThe [[MNLA]] rose in '''2012'''.\n") == "wikitext"


def test_directories_are_walked_sorted_skipping_hidden_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/2.txt", "a.txt", ".hidden.txt", ".git/x.txt", "a.txt.meta.json"]:
        (tmp_path / rel).write_text("Gao.\n")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_sources([tmp_path])] == ["a.txt", "b/2.txt"]


def test_sidecar_gives_title_url_date_and_provenance(tmp_path):
    page = tmp_path / "Gao.txt"
    page.write_text("Fighting resumed in Gao. Shops closed.\n", encoding="utf-8")
    meta = {"title": "Gao", "pageid": 42, "revid": 1234, "timestamp": "2024-05-06T07:08:09Z",
            "url": "https://en.wikipedia.org/w/index.php?title=Gao&oldid=1234"}
    (tmp_path / "Gao.txt.meta.json").write_text(json.dumps(meta))
    (doc,), failures = _read([page])
    assert failures == []
    assert (doc.title, doc.url, doc.date) == ("Gao", meta["url"], "2024-05-06")
    assert dict(doc.meta)["revid"] == "1234" and dict(doc.meta)["source"] == str(page)


def test_format_override(tmp_path):
    page = tmp_path / "x.txt"
    page.write_text("# Not a heading here\n\nJust text.\n")
    (doc,), _ = _read([page], format="text")
    assert doc.format == "text" and doc.sections == ()
    with pytest.raises(FormatError, match="unknown format"):
        list(read_documents([page], format="pdf"))


def test_jsonl_with_a_bad_byte_fails_one_line_not_the_file(tmp_path):
    lines = tmp_path / "notes.txt"
    lines.write_bytes(b'{"id": "a", "text": "Gao."}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "Ber."}\n')
    docs, failures = _read([lines])
    assert [d.id for d in docs] == ["a", "c"]
    assert [f.source for f in failures] == [f"{lines}:2"] and "invalid UTF-8" in failures[0].reason


def test_compressed_inputs_are_streamed(tmp_path):
    import bz2
    import gzip

    with gzip.open(tmp_path / "notes.jsonl.gz", "wt") as fh:
        fh.write('{"id": "g1", "text": "Gao."}\n{"id": "g2", "text": "Ber."}\n')
    with gzip.open(tmp_path / "report.md.gz", "wt") as fh:
        fh.write("# Report\n\nA *raid* hit Boni.\n")
    dump = (FIXTURES / "xml" / "sample_dump.xml").read_bytes()
    (tmp_path / "dump.xml.bz2").write_bytes(bz2.compress(dump))
    packed = gzip.compress(" ".join(f"Word{i * 7919 % 10007}." for i in range(20000)).encode())
    (tmp_path / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    docs, failures = _read([tmp_path / n for n in ("notes.jsonl.gz", "report.md.gz", "cut.txt.gz")])
    assert [d.id for d in docs] == ["g1", "g2", str(tmp_path / "report.md.gz")]
    assert docs[2].format == "markdown" and docs[2].sentences[0].text == "A raid hit Boni."
    assert [f.source for f in failures] == [str(tmp_path / "cut.txt.gz")]
    assert "cannot be decompressed" in failures[0].reason
    if pytest.importorskip("warscribe.ingest.wikitext"):
        docs, _ = _read([tmp_path / "dump.xml.bz2"])
        assert [d.id for d in docs] == ["Siege of Tessit", "Menaka attacks"]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Kidal\n\nRebels held the town.\n")))
    (doc,), _ = _read(["-"])
    assert doc.id == "stdin" and doc.sections[0].heading == "Kidal"


def test_stdin_jsonl_is_streamed(monkeypatch):
    data = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\nnope\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs, failures = _read(["-"])
    assert [d.id for d in docs] == ["a", "b"] and [f.source for f in failures] == ["stdin:3"]


def test_stdin_xml_dump_is_streamed(monkeypatch):
    pytest.importorskip("warscribe.ingest.wikitext")
    data = (FIXTURES / "xml" / "sample_dump.xml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs, failures = _read(["-"])
    assert [d.id for d in docs] == ["Siege of Tessit", "Menaka attacks"]
    assert [f.source for f in failures] == ["stdin#Deleted text page"]


def test_parse_text_rejects_multi_document_formats_and_empty_text():
    with pytest.raises(FormatError, match="read_documents"):
        parse_text('{"id": 1, "text": "x"}', id="j", format="jsonl")
    with pytest.raises(InputError, match="empty"):
        parse_text("  \n", id="e")


def test_decode_handles_boms_and_names_bad_bytes():
    assert decode("\ufeffGao".encode("utf-8"), "a") == "Gao"
    assert decode("Gao".encode("utf-16"), "a") == "Gao"
    with pytest.raises(InputError, match=r"byte offset 6 \(line 2\)"):
        decode(b"Gao.\nM\xc3\x28", "a")


def test_batch_of_bad_inputs_keeps_the_good_ones(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Clashes erupted near Tessalit. Two soldiers died.\n")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Ségou\n".encode("utf-8") + "Kayes était calme.\n".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.write(b"x" * 50_000_000)
    lines = tmp_path / "notes.jsonl"
    lines.write_text('{"id": "n1", "text": "Gao was shelled."}\n{"id": "n2", "text": \n'
                     '{"id": "n3", "text": "Mopti stayed calm."}\n')
    broken = tmp_path / "broken.wiki"
    broken.write_text("== Events ==\nFighting began." + "{{cite web |title=" * 5000 + "\n")
    dir_with_csv = tmp_path / "misc.csv"
    dir_with_csv.write_text("a,b,c\n1,2,3\n")
    docs, failures = _read([good, binary, latin, empty, huge, lines, broken, dir_with_csv,
                            tmp_path / "missing.txt"])
    reasons = {f.source: f.reason for f in failures}
    assert [d.id for d in docs][:1] == [str(good)]
    assert {"n1", "n3"} <= {d.id for d in docs}
    assert "binary" in reasons[str(binary)]
    assert "invalid UTF-8 at byte offset 13 (line 2)" in reasons[str(latin)]
    assert reasons[str(empty)] == "empty file"
    assert "50,000,000 bytes" in reasons[str(huge)] and "limit" in reasons[str(huge)]
    assert "invalid JSON" in reasons[f"{lines}:2"]
    assert "ACLED" in reasons[str(dir_with_csv)]
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]
    if str(broken) in reasons:  # the wikitext reader refuses it, or reads what it can
        assert reasons[str(broken)]
    else:
        assert any(d.id == str(broken) for d in docs)


def test_acled_csv_dispatches_to_the_acled_reader(tmp_path):
    csv = tmp_path / "events.csv"
    csv.write_text("event_id_cnty,event_date,notes\nMLI1,2017-01-02,\"On 2 January 2017, gunmen "
                   "attacked a post near Gao.\"\n", encoding="utf-8")
    docs, failures = _read([csv])
    if failures and "not available" in failures[0].reason:
        pytest.skip("the ACLED reader (warscribe.ingest.acled) is not there yet")
    assert [d.id for d in docs] == ["MLI1"]


def test_real_corpus_is_detected_and_read(mali_war_text, tmp_path):
    pytest.importorskip("warscribe.ingest.flattened")
    assert sniff_format(mali_war_text) == "flatwiki"
    corpus = tmp_path / "mali-war.txt"
    corpus.write_text(mali_war_text, encoding="utf-8")
    docs, failures = _read([corpus])
    assert failures == [] and docs[0].format == "flatwiki" and len(docs[0].sentences) > 50


_PIECES = st.sampled_from([
    "== H ==\n", "# T\n", "{{cite web|title=", "}}", "[[", "]]", "<ref>", "</ref>", "<p>", "</p>",
    "\n\n", "Gao fell. ", '{"id": "a", "text": "x"}\n', "<mediawiki>", "<page>", "---\n", "*", "_",
    "[a](http://x)", "\udcff", "\x00", "é", "event_id_cnty,notes\n", "\'\'\'", "|", "<!--", "&amp;"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=25), st.sampled_from([".txt", ".md", ".html", ".jsonl", ".xml", ".wiki", ".csv", ""]))
@example(["event_id_cnty,notes\n", "\udcff"], ".txt")  # ACLED header, then a bad byte
@example(["event_id_cnty,notes\n"], ".csv")  # ACLED header, no rows
def test_garbage_never_crashes_a_reader(tmp_path, pieces, ext):
    path = tmp_path / f"garbage{ext}"
    path.write_bytes("".join(pieces).encode("utf-8", "surrogateescape"))
    docs, failures = _read([path])
    assert len(docs) + len(failures) >= 1
    assert not [f.reason for f in failures if f.reason.startswith("internal error")]
