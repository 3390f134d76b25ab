"""Within-document dedup: the same event told twice is merged, distinct events stay apart."""

from __future__ import annotations

from dataclasses import replace

from warscribe.extract.dedup import dedup, same_event
from warscribe.model import Citation, Event, Evidence

BASE = Event("a", "doc", "2013-01-11", "2013-01-11", 1, "Battles", "Non-state actor overtakes territory",
             "Ansar Dine", inter1=2, location="Konna", geonameid=1, fatalities=0,
             evidence=(Evidence("Ansar Dine took Konna on 11 January.", 10, 45),),
             citations=(Citation("cite news", container="AFP"),), source="AFP")


def test_retelling_is_merged_with_evidence_citations_and_toll():
    again = replace(BASE, event_id="b", fatalities=12, source="RFI",
                    evidence=(Evidence("Konna fell to Ansar Dine that day.", 900, 934),),
                    citations=(Citation("cite web", container="RFI"),))
    [merged] = dedup([BASE, again])
    assert merged.event_id == "a"
    assert [e.start for e in merged.evidence] == [10, 900]
    assert {c.container for c in merged.citations} == {"AFP", "RFI"}
    assert merged.source == "AFP; RFI" and merged.fatalities == 12


def test_vaguer_telling_lends_nothing_but_a_precise_one_sharpens_the_date():
    vague = replace(BASE, event_id="v", event_date="2013-01-01", date_end="2013-01-31", time_precision=3)
    [merged] = dedup([vague, BASE])
    assert (merged.event_date, merged.time_precision) == ("2013-01-11", 1)


def test_other_place_type_date_or_document_stay_apart():
    others = [replace(BASE, event_id="p", geonameid=2, location="Sevare"),
              replace(BASE, event_id="t", event_type="Violence against civilians", sub_event_type="Attack"),
              replace(BASE, event_id="d", event_date="2013-01-20", date_end="2013-01-20"),
              replace(BASE, event_id="x", doc_id="other")]
    assert len(dedup([BASE, *others])) == 5
    assert not any(same_event(BASE, o) for o in others)


def test_contradicting_named_actors_stay_apart():
    rival = replace(BASE, event_id="r", actor1="MNLA: National Movement for the Liberation of Azawad")
    assert len(dedup([BASE, rival])) == 2
    anonymous = replace(BASE, event_id="u", actor1="Unidentified Armed Group (Mali)")
    assert len(dedup([anonymous, BASE])) == 1
    assert dedup([anonymous, BASE])[0].actor1 == "Ansar Dine"


def test_a_continuation_is_a_new_event():
    later = replace(BASE, event_id="c", evidence=(Evidence("Fighting continued in Konna the same day.", 50, 90),))
    assert len(dedup([BASE, later])) == 2
