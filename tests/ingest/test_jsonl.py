"""JSONL reader: records, per-line failures with path:line, streaming limits."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.ingest.jsonl import parse_record, read_json, read_jsonl
from warscribe.model import Document, Failure

BRIEFS = Path(__file__).resolve().parents[1] / "fixtures" / "jsonl" / "briefs.jsonl"
EXPECTED = [json.loads(line) for line in BRIEFS.with_name("briefs.expected.jsonl").open()]

words = st.text(alphabet=st.sampled_from(list("abcdefgh ,.éأ")), min_size=1, max_size=30)
records = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=8), "text": words.filter(lambda t: t.strip())},
    optional={"title": st.text(max_size=10), "url": st.just("https://e.org/x"),
              "date": st.dates().map(lambda d: d.isoformat()), "desk": st.text(max_size=5)},
)


@settings(max_examples=80, deadline=None)
@given(st.lists(records, max_size=6))
def test_round_trip_of_records(recs):
    stream = io.BytesIO("".join(json.dumps(r) + "\n" for r in recs).encode())
    out = list(read_jsonl(stream, source="r.jsonl"))
    if not recs:
        assert [type(x) for x in out] == [Failure]
        return
    assert all(isinstance(d, Document) for d in out)
    assert [d.id for d in out] == [r["id"] for r in recs]
    for doc, rec in zip(out, recs):
        assert doc.text == rec["text"]
        assert doc.title == (rec.get("title") or None)
        assert doc.date == rec.get("date")
        assert doc.url == rec.get("url")
        meta = dict(doc.meta)
        assert meta["source"].startswith("r.jsonl:")
        if "desk" in rec:
            assert meta["desk"] == rec["desk"]


def test_bad_lines_name_path_and_line_and_the_rest_goes_through():
    lines = [
        '{"id": "ok1", "text": "Rebels shelled Gao."}',
        "",
        '{"id": "bad", "text": "unterminated',
        '["a", "list"]',
        '{"id": "nodate", "text": "Calm.", "date": "last spring"}',
        '{"id": "fmt", "text": "x", "format": "pdf"}',
        '{"id": "ok2", "text": "## Gao\\n\\nTroops arrived.", "format": "markdown"}',
    ]
    out = list(read_jsonl(io.BytesIO("\n".join(lines).encode()), source="n.jsonl"))
    docs = [x for x in out if isinstance(x, Document)]
    fails = [x for x in out if isinstance(x, Failure)]
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert docs[1].format == "markdown" and docs[1].sections[0].heading == "Gao"
    assert [f.source for f in fails] == ["n.jsonl:3", "n.jsonl:4", "n.jsonl:5", "n.jsonl:6"]
    assert "invalid JSON" in fails[0].reason
    assert "JSON object" in fails[1].reason
    assert "ISO date" in fails[2].reason
    assert "unknown format" in fails[3].reason


def test_overlong_line_is_skipped_without_losing_the_next():
    big = '{"id": "big", "text": "' + "x" * 5000 + '"}\n'
    data = (big + '{"id": "after", "text": "Still read."}\n').encode()
    out = list(read_jsonl(io.BytesIO(data), source="b.jsonl", max_line_bytes=1000))
    assert isinstance(out[0], Failure) and out[0].source == "b.jsonl:1"
    assert "5,0" in out[0].reason and "limit" in out[0].reason
    assert isinstance(out[1], Document) and out[1].id == "after"


def test_invalid_utf8_in_a_line_names_the_offset():
    data = b'{"id": "a", "text": "caf\xe9"}\n'
    out = list(read_jsonl(io.BytesIO(data), source="u.jsonl"))
    assert out[0].source == "u.jsonl:1" and "invalid UTF-8 at byte offset 24" in out[0].reason


def test_integer_ids_and_extra_scalars():
    doc = parse_record('{"id": 12, "text": "Quiet.", "verified": true, "tags": [1]}', source="x:1")
    assert doc.id == "12" and dict(doc.meta)["verified"] == "true" and "tags" not in dict(doc.meta)


def test_a_crashing_parser_costs_one_line_only(monkeypatch):
    import warscribe.ingest.reader as reader

    real = reader.parse_text

    def flaky(text, **kw):
        if kw["id"] == "boom":
            raise ZeroDivisionError("bug")
        return real(text, **kw)

    monkeypatch.setattr(reader, "parse_text", flaky)
    data = b'{"id": "boom", "text": "x"}\n{"id": "fine", "text": "Calm in Gao."}\n{"id": "e", "text": " "}\n'
    out = list(read_jsonl(io.BytesIO(data), source="c.jsonl"))
    assert [(type(x).__name__, getattr(x, "source", None)) for x in out] == [
        ("Failure", "c.jsonl:1"), ("Document", None), ("Failure", "c.jsonl:3")]
    assert out[0].reason == "internal error: ZeroDivisionError: bug"


def test_json_files_records_lists_and_parse_output():
    from warscribe.ingest.serialize import document_to_dict

    single = list(read_json(b'{"id": "one", "text": "Gao."}', source="s.json"))
    assert [d.id for d in single] == ["one"]
    listed = list(read_json(b'[{"id": "a", "text": "Gao."}, 3, {"id": "c", "text": "Ber."}]', source="l.json"))
    assert [getattr(x, "id", None) or x.source for x in listed] == ["a", "l.json[1]", "c"]
    doc = parse_record('{"id": "p", "text": "# Kidal\\n\\nRebels held it.", "format": "markdown"}', source="x")
    output = json.dumps({"documents": [document_to_dict(doc)],
                         "failures": [{"source": "b.txt", "reason": "empty file", "stage": "ingest"}]})
    back = list(read_json(output.encode(), source="parsed.json"))
    assert back[0] == Failure("b.txt", "empty file") and back[1] == doc


@pytest.fixture(scope="module")
def briefs():
    return {int(dict(x.meta)["source"].rsplit(":", 1)[1]) if isinstance(x, Document)
            else int(x.source.rsplit(":", 1)[1]): x for x in read_jsonl(BRIEFS, source=str(BRIEFS))}


@pytest.mark.parametrize("case", EXPECTED, ids=[f"line{c['line']}" for c in EXPECTED])
def test_golden_briefs(briefs, case):
    item = briefs[case["line"]]
    if "error" in case:
        assert isinstance(item, Failure) and case["error"] in item.reason
        return
    assert isinstance(item, Document)
    assert (item.id, item.format, len(item.sentences)) == (case["id"], case["format"], case["sentences"])
    assert [s.heading for s in item.sections] == case.get("sections", [])
    if "date" in case:
        assert item.date == case["date"]


def test_briefs_blank_line_is_skipped(briefs):
    assert 3 not in briefs and len(briefs) == len(EXPECTED)
