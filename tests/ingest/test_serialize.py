"""Document <-> JSON dict: exact round trips, through real JSON text."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.errors import FormatError
from warscribe.ingest.serialize import (
    document_from_dict,
    document_to_dict,
    failure_from_dict,
    failure_to_dict,
)
from warscribe.model import Citation, DateSpan, Document, Failure, Section, Sentence

small = st.text(max_size=12)
opt = st.none() | small
offsets = st.integers(-1, 10_000)

spans = st.builds(DateSpan, st.dates(dt.date(1900, 1, 1)), st.dates(dt.date(1900, 1, 1)),
                  precision=st.integers(1, 3), text=small)
citations = st.builds(
    Citation, small, title=opt, url=opt, archive_url=opt, date=opt, access_date=opt,
    authors=st.lists(small, max_size=3).map(tuple), container=opt, doi=opt, isbn=opt, pages=opt,
    params=st.lists(st.tuples(small, small), max_size=3).map(tuple), start=offsets, end=offsets)
sections = st.builds(Section, small, st.integers(1, 6), offsets, offsets,
                     date_context=st.none() | spans)
sentences = st.builds(Sentence, small, offsets, offsets, section=st.integers(-1, 5),
                      citations=st.lists(st.integers(0, 9), max_size=3).map(tuple),
                      paragraph=st.integers(0, 50))
documents = st.builds(
    Document, small, st.text(max_size=60), st.sampled_from(["text", "markdown", "html"]),
    title=opt, url=opt, date=opt,
    sections=st.lists(sections, max_size=3).map(tuple),
    sentences=st.lists(sentences, max_size=4).map(tuple),
    citations=st.lists(citations, max_size=3).map(tuple),
    meta=st.dictionaries(small, small, max_size=3).map(lambda d: tuple(d.items())),
)


@settings(max_examples=80, deadline=None)
@given(documents)
def test_round_trip_through_json_text(doc):
    data = json.loads(json.dumps(document_to_dict(doc)))
    assert document_from_dict(data) == doc


def test_dict_shape_matches_the_parse_output_contract():
    doc = Document("d", "Gao.", "text", sections=(
        Section("2013", 2, 0, 4, DateSpan(dt.date(2013, 1, 1), dt.date(2013, 12, 31), 3)),),
        sentences=(Sentence("Gao.", 0, 4, section=0, citations=(0,)),),
        citations=(Citation("cite web", title="T", params=(("url", "u"),)),),
        meta=(("revid", "12"),))
    data = document_to_dict(doc)
    assert set(data) >= {"id", "title", "url", "date", "format", "sections", "sentences",
                         "citations", "meta"}
    assert data["sections"][0]["date_context"] == {
        "start": "2013-01-01", "end": "2013-12-31", "precision": 3, "text": ""}
    assert data["sentences"][0] == {"text": "Gao.", "start": 0, "end": 4, "section": 0,
                                    "citations": [0], "paragraph": 0}
    assert data["citations"][0]["params"] == [["url", "u"]]
    assert data["meta"] == {"revid": "12"}
    assert "text" not in document_to_dict(doc, include_text=False)


def test_bad_dict_raises_format_error_naming_source():
    with pytest.raises(FormatError, match="parsed.json"):
        document_from_dict({"id": "x"}, source="parsed.json")


def test_failure_round_trip():
    failure = Failure("a.jsonl:3", "invalid JSON")
    assert failure_from_dict(failure_to_dict(failure)) == failure
