import sqlite3

from warscribe.geo.build import build_index, clean_admin_name, index_names
from warscribe.geo.dump import parse_row


def test_admin_feature_names_lose_their_generic_word():
    assert clean_admin_name("Gao Region") == "Gao"
    assert clean_admin_name("Douentza Cercle") == "Douentza"
    assert clean_admin_name("Cercle de Kati") == "Kati"
    assert clean_admin_name("Commune 3") == "Commune 3"


def test_index_names_keeps_latin_names_and_terrain_specifics():
    row = parse_row("1\tAdrar des Ifôghas\tAdrar des Ifoghas\tAdrar des Iforas,أدرار\t19\t1.5\tT\tMTS\tML"
                    "\t\t00\t\t\t\t0\t\t\t\t2020-01-01", source="t:1")
    names = index_names(row)
    assert names["adrar des ifoghas"] == 0
    assert names["ifoghas"] == 2 and names["iforas"] == 2
    assert all(k.isascii() for k in names)


def test_admin_names_come_from_adm_rows_without_code_files(small_gazetteer):
    gao = small_gazetteer.lookup("Gao", country="ML")[0]
    assert (gao.admin1, gao.admin2) == ("Gao", "Gao")
    menaka = small_gazetteer.lookup("Menaka")[0]
    assert menaka.admin1 == "Ménaka"


def test_admin_code_files_win_over_adm_rows():
    db = sqlite3.connect(":memory:")
    rows = [parse_row("2457163\tGao\tGao\t\t16.27\t-0.04\tP\tPPLA\tML\t\t09\t\t\t\t0\t\t\t\t2020-01-01", source="t:1"),
            parse_row("2457161\tGao Region\tGao Region\t\t17\t0.5\tA\tADM1\tML\t\t09\t\t\t\t0\t\t\t\t2020-01-01",
                      source="t:2")]
    build_index(db, rows, country="ML", source="t", admin_codes={"ML.09": "Gao (official)"})
    assert db.execute("SELECT admin1 FROM places WHERE geonameid=2457163").fetchone() == ("Gao (official)",)


def test_index_names_answer_without_the_arabic_article():
    row = parse_row("2\tIn Khalil\tIn Khalil\tEl-Khalil,al-Khalil,Al Ain\t21.19\t1.04\tP\tPPL\tML"
                    "\t\t10\t\t\t\t0\t\t\t\t2020-01-01", source="t:2")
    names = index_names(row)
    assert names["in khalil"] == 0 and names["khalil"] == 2
    assert "ain" not in names  # too short to stand without its article
