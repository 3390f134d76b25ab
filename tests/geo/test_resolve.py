import json

import pytest

from tests.conftest import FIXTURES
from warscribe.geo import Gazetteer, Geocoder

CASES = [json.loads(line) for line in (FIXTURES / "geo" / "resolve_cases.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_locate(small_geocoder, case):
    mentions = [m for row in small_geocoder.locate(case["sentences"], country="ML") for m in row]
    got = [{"text": m.text, "geonameid": m.place.geonameid if m.place else None, "precision": m.geo_precision,
            "relation": m.relation} for m in mentions]
    assert got == case["expect"]


def test_offsets_are_relative_to_each_sentence(small_geocoder):
    sentences = ["Nothing here.", "Later, rebels took Gao and then Kidal."]
    rows = small_geocoder.locate(sentences)
    assert rows[0] == []
    for m in rows[1]:
        assert sentences[1][m.start:m.end] == m.text


def test_between_codes_the_first_place(small_geocoder):
    sentences = ["A mine exploded between Gao & Bourem, the army said."]
    rows = small_geocoder.locate(sentences)
    gao, bourem = rows[0][:2]
    assert (gao.latitude, gao.longitude) == (gao.place.latitude, gao.place.longitude)
    assert gao.relation == bourem.relation == "between" and gao.geo_precision == 2
    assert small_geocoder.pick(sentences, rows).text == "Gao"


def test_pick_takes_the_reference_town_when_the_village_is_far_from_it(small_geocoder):
    # both Konas of the fixture lie far from Sikasso; Dogofri is 12 km from Diabali
    far = ["Gunmen raided Kona, near Sikasso, at night."]
    picked = small_geocoder.pick(far, small_geocoder.locate(far))
    assert (picked.text, picked.geo_precision) == ("Sikasso", 2)
    close = ["Gunmen raided Dogofri, near Diabali, at night."]
    picked = small_geocoder.pick(close, small_geocoder.locate(close))
    assert (picked.text, picked.geo_precision) == ("Dogofri", 1)


@pytest.mark.parametrize("text, picked", [
    ("Gunmen raided Dogofri, 12 km from Diabali.", ("Dogofri", 1)),  # about as far as stated
    ("Gunmen raided Dogofri, 150 km north of Diabali.", ("Diabali", 2)),  # not: another Dogofri
    ("A market was burned in Kona, Gao.", ("Gao", 2)),  # no Kona in Gao region
    ("A market was burned in Kona, Mopti.", ("Kona", 1)),
])
def test_pick_checks_the_place_against_its_reference(small_gazetteer, text, picked):
    geocoder = Geocoder(small_gazetteer, remember=False)
    rows = geocoder.locate([text], country="ML")
    m = geocoder.pick([text], rows)
    assert (m.text, m.geo_precision) == picked


def test_pick_puts_places_abroad_last(small_geocoder):
    sentences = ["Talks in Paris ended; rebels later attacked Gao.", "The wounded were flown to Dakar."]
    rows = small_geocoder.locate(sentences, country="ML")
    assert small_geocoder.pick(sentences, rows, country="ML").text == "Gao"
    assert small_geocoder.pick(sentences[1:], rows[1:], country="ML").text == "Dakar"  # nothing else


def test_resolve_with_admin_qualifier(small_geocoder):
    assert small_geocoder.resolve("Kona", admin1="Sikasso").geonameid == 2454859
    assert small_geocoder.resolve("Kona", admin1="Mopti").geonameid == 2454857
    assert small_geocoder.resolve("Mali").name == "Bamako"
    assert small_geocoder.resolve("Kidal region").geonameid == 2455290
    assert small_geocoder.resolve("Nowhereville") is None


def test_focus_country_is_guessed_from_the_text(small_gazetteer):
    assert Geocoder(Gazetteer.default()).locate(["Troops reached Dogofry."]) == [[]]  # no focus: no fuzzy matching
    geocoder = Geocoder(small_gazetteer)
    rows = geocoder.locate(["Mali sent troops.", "They reached Dogofry."])
    assert rows[1][0].place.geonameid == 2458473
    rows = geocoder.locate(["Troops reached Dogofry."])  # the one installed country is the default focus
    assert rows[0][0].place.geonameid == 2458473 and geocoder.last_focus == "ML"


def test_batch_memory_prefers_places_resolved_before(small_gazetteer):
    geocoder = Geocoder(small_gazetteer)
    geocoder.locate(["Shells fell on Kona, near Mopti."])
    [[kona]] = geocoder.locate(["Kona was calm again."])
    assert kona.place.geonameid == 2454857


def test_one_warning_when_the_country_has_no_dump():
    geocoder = Geocoder(Gazetteer.default())
    text = ["Burkina Faso reported clashes near Zorbo.", "The village of Tinakof and the village of Oursene burned."]
    geocoder.locate(text)
    geocoder.locate(text)
    assert len(geocoder.warnings) == 1
    assert "warscribe gazetteer install BF" in geocoder.warnings[0]


def test_no_warning_when_the_dump_is_installed(small_geocoder):
    small_geocoder.locate(["Mali said the village of Zorbo and the village of Tinakof burned."])
    assert small_geocoder.warnings == []


@pytest.mark.parametrize("sentences, expected", [
    (["Rebels came from Kidal and attacked Gao."], "Gao"),
    (["The army post in Bourem was attacked by men from Kidal."], "Bourem"),
    (["Shots were fired near Gao.", "Later the army entered Kidal."], "Kidal"),
    (["Protesters gathered in the Koyaratao quarter of Timbuktu."], "Timbuktu"),
    (["Mali said troops left Douentza."], "Douentza"),
])
def test_pick_the_event_place(small_geocoder, sentences, expected):
    mentions = small_geocoder.locate(sentences, country="ML")
    assert small_geocoder.pick(sentences, mentions).text == expected


def test_pick_looks_through_city_of(small_geocoder):
    sentences = ["Supporters marched in the northern city of Kidal to demand the release of men held in Bamako."]
    assert small_geocoder.pick(sentences, small_geocoder.locate(sentences)).text == "Kidal"


def test_resolve_any_case_and_close_variants(small_geocoder):
    assert small_geocoder.resolve("gao").geonameid == 2457163
    assert small_geocoder.resolve("TOMBOUCTOU").geonameid == 2449067
    assert small_geocoder.resolve("Dogofry") is None  # variants need the focus country
    assert small_geocoder.resolve("Dogofry", country="ML").geonameid == 2458473


def test_empty_and_odd_input(small_geocoder):
    assert small_geocoder.locate([]) == []
    assert small_geocoder.locate(["", "   "]) == [[], []]
    [[gao]] = small_geocoder.locate(["\x00\ufffd Gao"])
    assert gao.place.geonameid == 2457163


def test_paragraph_numbers_must_match_the_sentences(small_geocoder):
    from warscribe.errors import GazetteerError

    with pytest.raises(GazetteerError, match="2 sentences but 1 paragraph"):
        small_geocoder.locate(["Gao.", "Kidal."], paragraphs=[0])


ML_CASES = [json.loads(line) for line in (FIXTURES / "geo" / "ml_pick_cases.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("case", ML_CASES, ids=[c["id"] for c in ML_CASES])
def test_pick_on_the_mali_dump(ml_gazetteer, case):
    from warscribe.geo.reverse import haversine_km

    geocoder = Geocoder(ml_gazetteer, remember=False)
    rows = geocoder.locate([case["text"]], country="ML")
    m = geocoder.pick([case["text"]], rows, country="ML")
    assert m is not None and m.geo_precision == case["precision"]
    assert haversine_km(m.latitude, m.longitude, case["latitude"], case["longitude"]) <= 10


def test_small_places_abroad_need_their_country_named():
    geocoder = Geocoder(Gazetteer.default(), remember=False)
    sentences = ["Gunmen stormed the village of Solhan in Burkina Faso.", "Survivors fled to Abidjan and Niamey."]
    found = {m.text: m.place for row in geocoder.locate(sentences) for m in row}
    assert found["Solhan"] is None  # a town of Turkey, which the text never names
    assert found["Abidjan"].country_code == "CI"  # a city of millions needs no introduction
    assert found["Niamey"].country_code == "NE"  # a capital neither
    turkish = geocoder.locate(["Clashes were reported in Solhan, in eastern Turkey."])
    assert turkish[0][0].place.country_code == "TR"


def test_focus_ties_go_to_the_first_candidates_country(small_gazetteer):
    from warscribe.geo.match import Match

    geo = Geocoder(small_gazetteer, remember=False)
    places = small_gazetteer.places
    ml = next(i for i, p in enumerate(places) if p.country_code == "ML")
    ne = next(i for i, p in enumerate(places) if p.country_code == "NE")
    assert geo._focus([[Match("X", 0, 1, "x", ((ne, 0), (ml, 0)))]]) == "ML"  # the installed country starts ahead
    geo._installed = set()
    assert geo._focus([[Match("X", 0, 1, "x", ((ne, 0), (ml, 0)))]]) == "NE"
    assert geo._focus([[Match("X", 0, 1, "x", ((ml, 0), (ne, 0)))]]) == "ML"
    assert geo._focus([[Match("X", 0, 1, "x", ((ne, 0), (ml, 0))), Match("Mali", 2, 6, "mali", country="ML")]]) == "ML"


@pytest.mark.parametrize("sentence, expected", [
    ("Thousands marched through the capital on Friday.", "Bamako"),
    ("Police fired tear gas in the Malian capital.", "Bamako"),
    ("Troops were flown to the capital, Bamako, at night.", None),  # the name itself is the mention
    ("Gunmen reached the Nigerien capital.", None),  # not the focus country's
    ("Kidal, the regional capital, was quiet.", None),
])
def test_the_capital_is_the_focus_countrys(small_geocoder, sentence, expected):
    found = [m for m in small_geocoder.locate([sentence], country="ML")[0] if "capital" in m.text]
    assert [m.place.name for m in found] == ([expected] if expected else [])


def test_the_country_a_text_names_most_is_its_focus(small_gazetteer):
    geocoder = Geocoder(small_gazetteer, remember=False)
    text = ["Burkina Faso said gunmen burned the village of Zorbo.", "In Burkina Faso, the village of Tinakof was raided.",
            "Refugees crossed into Mali."]
    geocoder.locate(text)
    assert any("install BF" in w for w in geocoder.warnings)  # not ML, the one country installed
    geocoder.warnings.clear()
    geocoder.locate(["Burkina Faso and Mali said gunmen burned the village of Zorbo near Gao."])
    assert geocoder.warnings == []  # named once each: the names' own country (ML) is the focus
