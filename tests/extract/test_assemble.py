"""Event assembly: one event per place, dates, inheritance, fatalities, stable ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from warscribe.extract.assemble import Facts, assemble, event_places, fatalities
from warscribe.model import ActorMention, Citation, DateSpan, Place, PlaceMention, Sentence

DAY = DateSpan(dt.date(2012, 1, 24), dt.date(2012, 1, 24), 1)
WEEK = DateSpan(dt.date(2013, 1, 14), dt.date(2013, 1, 20), 2)


def place(name, gid, lat=16.0, lon=0.0, *, code="PPL", fclass="P", admin1="Gao"):
    return Place(gid, name, lat, lon, "ML", "Mali", admin1, feature_class=fclass, feature_code=code)


def mention(text, sentence, p, **kw):
    start = sentence.index(text)
    return PlaceMention(text, start, start + len(text), p, **kw)


def test_a_listed_series_of_places_gives_one_event_each():
    text = "Rebels attacked the towns of Menaka, Aguelhok and Tessalit."
    ps = tuple(mention(n, text, place(n, i)) for i, n in enumerate(["Menaka", "Aguelhok", "Tessalit"], 1))
    events = assemble(Facts(Sentence(text, 100, 100 + len(text)), DAY, ps, ()), doc_id="d")
    assert [e.location for e in events] == ["Menaka", "Aguelhok", "Tessalit"]
    assert len({e.event_id for e in events}) == 3
    assert all(e.event_date == "2012-01-24" and e.time_precision == 1 for e in events)


def test_origin_and_region_yield_to_the_place_of_the_event():
    text = "Fighters from Gao attacked Bourem in the Gao Region."
    region = place("Gao Region", 9, code="ADM1", fclass="A")
    ps = (mention("Gao", text, place("Gao", 1)), mention("Bourem", text, place("Bourem", 2)),
          mention("Gao Region", text, region, geo_precision=3))
    assert [p.text for p in event_places(text, ps)] == ["Bourem"]


def test_sentence_without_place_inherits_at_precision_two():
    text = "The next day the militants attacked again, killing five soldiers."
    inherited = PlaceMention("Konna", -1, -1, place("Konna", 5), geo_precision=1)
    [e] = assemble(Facts(Sentence(text, 0, len(text)), WEEK, (), (), fallback_place=inherited), doc_id="d")
    assert e.location == "Konna" and e.geo_precision == 2
    assert (e.event_date, e.date_end, e.time_precision) == ("2013-01-14", "2013-01-20", 2)
    assert e.fatalities == 5 and e.latitude is not None


def test_no_date_or_no_place_gives_no_event():
    text = "Rebels attacked Gao."
    ps = (mention("Gao", text, place("Gao", 1)),)
    assert assemble(Facts(Sentence(text, 0, 20), None, ps, ()), doc_id="d") == []
    assert assemble(Facts(Sentence(text, 0, 20), DAY, (), ()), doc_id="d") == []
    assert assemble(Facts(Sentence("It rained in Gao.", 0, 17), DAY, ps, ()), doc_id="d") == []


def test_record_carries_evidence_citations_roles_and_a_stable_id():
    text = "MNLA fighters attacked Malian soldiers in Aguelhok."
    ms = (ActorMention("MNLA fighters", 0, 13, "MNLA: National Movement for the Liberation of Azawad", 2),
          ActorMention("Malian soldiers", 23, 38, "Military Forces of Mali (2002-2012)", 1))
    cites = (Citation("cite news", container="Reuters"), Citation("cite web", container="BBC"))
    facts = Facts(Sentence(text, 40, 40 + len(text)), DAY, (mention("Aguelhok", text, place("Aguelhok", 3)),),
                  ms, section="Rebellion", citations=cites)
    [e] = assemble(facts, doc_id="doc")
    assert (e.actor1, e.inter1, e.inter2, e.interaction) == (ms[0].name, 2, 1, 12)
    assert e.evidence[0].text == text and (e.char_start, e.char_end) == (40, 40 + len(text))
    assert e.source == "Reuters; BBC" and e.citations == cites and e.section == "Rebellion"
    assert e.notes.startswith("MNLA") and "Aguelhok" in e.notes
    assert assemble(facts, doc_id="doc")[0].event_id == e.event_id != assemble(facts, doc_id="other")[0].event_id


def test_violence_against_civilians_defaults_the_victim():
    text = "Unknown gunmen killed three herders near Boni."
    [e] = assemble(Facts(Sentence(text, 0, len(text)), DAY, (mention("Boni", text, place("Boni", 4)),), ()),
                   doc_id="d")
    assert e.sub_event_type == "Attack"
    assert e.actor1 == "Unidentified Armed Group (Mali)" and e.actor2 == "Civilians (Mali)"
    assert e.interaction == 37


def test_fatalities_only_from_the_sentence():
    assert fatalities("Militants ambushed a patrol, killing four soldiers.")[0] == 4
    assert fatalities("The patrol returned to base.")[0] == 0


def test_each_place_of_a_series_keeps_its_own_date():
    import warscribe.dates as dates

    text = "On 1 February, the rebels captured Menaka, followed by Kidal on 6 February."
    ctx = dates.DateContext(DateSpan(dt.date(2012, 1, 1), dt.date(2012, 12, 31), 3))
    span, mentions = ctx.resolve(text)
    ps = (mention("Menaka", text, place("Menaka", 1)), mention("Kidal", text, place("Kidal", 2)))
    events = assemble(Facts(Sentence(text, 0, len(text)), span, ps, (), date_mentions=tuple(mentions)), doc_id="d")
    assert [(e.location, e.event_date) for e in events] == [("Menaka", "2012-02-01"), ("Kidal", "2012-02-06")]


def test_the_object_of_the_trigger_is_the_place_and_named_accords_are_not():
    text = "After leaving Sevare under the Algiers Accords, the army recaptured Konna."
    ps = (mention("Sevare", text, place("Sevare", 1)), mention("Algiers", text, place("Algiers", 2)),
          mention("Konna", text, place("Konna", 3)))
    [e] = assemble(Facts(Sentence(text, 0, len(text)), DAY, ps, ()), doc_id="d")
    assert (e.location, e.sub_event_type) == ("Konna", "Government regains territory")
    talks = "Talks on the Algiers Accords resumed."
    assert event_places(talks, (mention("Algiers", talks, place("Algiers", 2)),)) == []


def test_the_victim_of_a_bomb_is_actor2_and_a_claim_names_actor1():
    text = "An army vehicle hit an IED near Boni, killing two soldiers."
    army = ActorMention("army", 3, 7, "Military Forces of Mali (2013-2020)", 1)
    claim = "JNIM claimed the attack."
    jnim = ActorMention("JNIM", 0, 4, "JNIM: Group for Support of Islam and Muslims", 2)
    facts = Facts(Sentence(text, 0, len(text)), DAY, (mention("Boni", text, place("Boni", 4)),), (army,),
                  nearby=((claim, (jnim,)),))
    [e] = assemble(facts, doc_id="d")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert (e.actor1, e.actor2, e.interaction) == (jnim.name, army.name, 12)
    [alone] = assemble(replace(facts, nearby=()), doc_id="d")
    assert (alone.actor1, alone.actor2) == ("Unidentified Armed Group (Mali)", army.name)


def test_a_state_force_named_in_a_rebel_capture_is_the_loser():
    text = "Despite army reinforcements, the rebels seized Tessalit."
    army = ActorMention("army", 8, 12, "Military Forces of Mali (2002-2012)", 1)
    [e] = assemble(Facts(Sentence(text, 0, len(text)), DAY, (mention("Tessalit", text, place("Tessalit", 6)),),
                         (army,)), doc_id="d")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Mali)", army.name)


def test_injured_are_counted_apart_from_the_dead():
    text = "Militants ambushed a patrol near Boni, killing two soldiers and wounding five."
    [e] = assemble(Facts(Sentence(text, 0, len(text)), DAY, (mention("Boni", text, place("Boni", 4)),), ()),
                   doc_id="d")
    assert (e.fatalities, e.injured) == (2, 5)


def test_a_place_the_text_states_as_coded_is_the_one():
    text = "Gunmen burned granaries in Tiguila and Dinangourou (coded as Mondoro at geoprecision 2)."
    ps = (mention("Tiguila", text, place("Tiguila", 1)), mention("Dinangourou", text, place("Dinangourou", 2)),
          mention("Mondoro", text, place("Mondoro", 3), geo_precision=2, relation="area", stated=True))
    assert [p.text for p in event_places(text, ps)] == ["Mondoro"]


def test_a_country_named_for_its_border_is_not_where_the_event_is():
    niger = Place(5, "Niamey", 13.5, 2.1, "NE", "Niger", "Niamey", feature_class="P", feature_code="PPLC")
    for text in ("Gunmen killed 30 herders near the border with Niger.", "Gunmen killed 30 herders near the Niger border."):
        ps = (mention("Niger", text, niger, geo_precision=3, relation="country"),)
        assert event_places(text, ps) == []
    text = "French jets struck a convoy in Niger."
    ps = (mention("Niger", text, niger, geo_precision=3, relation="country"),)
    assert [p.text for p in event_places(text, ps)] == ["Niger"]
