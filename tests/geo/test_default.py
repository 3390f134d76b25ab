from warscribe.geo import Gazetteer, Geocoder
from warscribe.geo.countries import CAPITALS, capital_place, display_name


def test_default_has_every_country_and_admin_names():
    gaz = Gazetteer.default()
    assert len(gaz) > 150_000
    assert {p.country_code for p in gaz.places} >= {"ML", "BF", "NE", "FR", "US"}
    gao = gaz.lookup("Gao", country="ML")[0]
    assert gao.admin1 == "Gao" and gao.geonameid < 0


def test_default_capitals_are_marked():
    gaz = Gazetteer.default()
    assert gaz.capital("BF").name == "Ouagadougou" and gaz.capital("BF").feature_code == "PPLC"


def test_built_in_capitals_table():
    assert len(CAPITALS) >= 190
    niamey = capital_place("NE")
    assert (niamey.name, niamey.geonameid, niamey.country) == ("Niamey", 0, display_name("NE"))
    assert capital_place("XX") is None


def test_default_geocoder_reads_foreign_cities_without_a_dump():
    geocoder = Geocoder(Gazetteer.default())
    [[m]] = geocoder.locate(["Talks resumed in Ouagadougou."])
    assert m.place.country_code == "BF"
