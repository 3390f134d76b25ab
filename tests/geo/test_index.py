import pytest

from warscribe.errors import GazetteerError
from warscribe.geo import Gazetteer


def test_lookup_by_any_spelling_most_prominent_first(small_gazetteer):
    assert small_gazetteer.lookup("Tombouctou")[0].geonameid == 2449067
    assert [p.feature_class for p in small_gazetteer.lookup("Gao")][:1] == ["P"]
    assert small_gazetteer.lookup("Gao")[0].feature_code == "PPLA"


def test_capital_and_region_capital(small_gazetteer):
    assert small_gazetteer.capital("ML").name == "Bamako"
    assert small_gazetteer.region_capital("ML", "Kidal").geonameid == 2455290
    assert small_gazetteer.capital("NE").name == "Niamey"  # no NE dump: the built-in table


def test_reverse_gives_the_nearest_populated_place(small_gazetteer):
    place = small_gazetteer.reverse(18.40, 1.45)
    assert place.name == "Kidal" and place.feature_class == "P"


def test_sources_list_the_installed_dump(small_gazetteer):
    [source] = small_gazetteer.sources
    assert source.country == "ML" and source.rows == 37


def test_open_an_empty_folder_says_what_to_do(tmp_path):
    with pytest.raises(GazetteerError, match="gazetteer install"):
        Gazetteer.open(tmp_path)


def test_open_without_install_falls_back_to_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("WARSCRIBE_DATA_DIR", str(tmp_path))
    gaz = Gazetteer.open()
    assert gaz is Gazetteer.default()
    assert gaz.lookup("Ouagadougou")[0].country_code == "BF"


def test_get_by_geonameid(small_gazetteer):
    assert small_gazetteer.get(2457163).name == "Gao"
    assert small_gazetteer.get(1) is None


def test_index_in_a_folder_with_odd_characters(tmp_path):
    from tests.geo.conftest import SMALL_DUMP
    from warscribe.geo import import_dump

    folder = tmp_path / "my data #1 ?"
    import_dump(SMALL_DUMP, data_dir=folder, country="ML")
    assert Gazetteer.open(folder).lookup("Kidal")[0].geonameid == 2455290


def test_a_file_that_is_not_an_index(tmp_path):
    path = tmp_path / "gazetteer.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError, match="cannot read the gazetteer index"):
        Gazetteer.open(path)
