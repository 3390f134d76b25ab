"""Hypothesis strategies for events (shared by the export and evaluate tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from warscribe.model import Citation, Event, Evidence

text = st.text(max_size=30)
opt_text = st.none() | text
int64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
small = st.integers(min_value=-1, max_value=10**6)
coord = st.floats(min_value=-180, max_value=180, allow_nan=False)

evidence = st.builds(Evidence, text, small, small)
citation = st.builds(
    Citation,
    kind=text,
    title=opt_text,
    url=opt_text,
    date=opt_text,
    authors=st.tuples(text) | st.just(()),
    params=st.lists(st.tuples(text, text), max_size=3).map(tuple),
    start=small,
    end=small,
)

events = st.builds(
    Event,
    event_id=text,
    doc_id=text,
    event_date=text,
    date_end=text,
    time_precision=st.integers(1, 3),
    event_type=text,
    sub_event_type=text,
    actor1=text,
    assoc_actor_1=text,
    inter1=st.none() | st.integers(0, 8),
    actor2=text,
    inter2=st.none() | st.integers(0, 8),
    interaction=st.none() | st.integers(0, 88),
    location=text,
    latitude=st.none() | coord,
    longitude=st.none() | coord,
    geo_precision=st.none() | st.integers(1, 3),
    fatalities=int64,
    notes=st.text(max_size=200),
    injured=small,
    evidence=st.lists(evidence, max_size=3).map(tuple),
    char_start=small,
    char_end=small,
    section=text,
    citations=st.lists(citation, max_size=2).map(tuple),
    geonameid=st.none() | int64,
    confidence=st.floats(allow_nan=False, allow_infinity=False),
)
