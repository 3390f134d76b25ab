import pytest
from hypothesis import given, strategies as st

from warscribe.errors import GazetteerError
from warscribe.geo.dump import BadRow, DumpRow, parse_row, read_rows

GAO = "2457163\tGao\tGao\tGao,Gawgaw\t16.27167\t-0.04472\tP\tPPLA\tML\t\t09\t\t\t\t87000\t\t260\tAfrica/Bamako\t2020-01-01"


def test_parse_row_reads_the_columns_used():
    row = parse_row(GAO, source="ML.txt:1")
    assert (row.geonameid, row.name, row.feature_code, row.admin1, row.population) == (2457163, "Gao", "PPLA", "09", 87000)
    assert row.alternates == ("Gao", "Gawgaw")


def test_a_short_row_names_file_and_line():
    with pytest.raises(GazetteerError, match=r"ML.txt:7: expected 19 tab-separated columns, found 3"):
        parse_row("1\tGao\tGao", source="ML.txt:7")


def test_bad_rows_are_reported_and_the_rest_kept():
    bad: list[BadRow] = []
    lines = [GAO, "garbage line", GAO.replace("16.27167", "north")]
    rows = list(read_rows(lines, name="ML.txt", bad=bad))
    assert [r.name for r in rows] == ["Gao"]
    assert [b.source for b in bad] == ["ML.txt:2", "ML.txt:3"]


names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\t\n\r,"),
                min_size=1, max_size=20)


@given(gid=st.integers(1, 10**9), name=names, alts=st.lists(names, max_size=4),
       lat=st.floats(-90, 90), lon=st.floats(-180, 180), pop=st.integers(0, 10**8))
def test_round_trip(gid, name, alts, lat, lon, pop):
    line = "\t".join([str(gid), name, name, ",".join(alts), repr(lat), repr(lon), "P", "PPL", "ML", "", "09", "",
                      "", "", str(pop), "", "", "Africa/Bamako", "2024-01-01"])
    row = parse_row(line, source="x:1")
    assert row == DumpRow(gid, name, name, tuple(alts), lat, lon, "P", "PPL", "ML", "09", "", "", pop, "2024-01-01")
