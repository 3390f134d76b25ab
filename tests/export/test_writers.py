import csv
import json

import pytest

from warscribe.errors import ExportError
from warscribe.export import COLUMNS, detect_format, read_statistics, write_events, write_statistics
from warscribe.model import DateSpan, Event, Evidence, Statistic


def _event(i: int, **kw) -> Event:
    return Event(f"e{i}", "doc", "2013-01-11", "2013-01-11", 1, "Battles", "Armed clash", "A", **kw)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.csv", "csv"), ("a.JSONL", "jsonl"), ("a.ndjson", "jsonl"), ("x/a.geojson", "geojson"),
     ("a.parquet", "parquet"), ("-", "jsonl")],
)
def test_detect_format(name, fmt):
    assert detect_format(name) == fmt


def test_unknown_extension_names_the_path():
    with pytest.raises(ExportError, match=r"^events\.xlsx: cannot tell the format"):
        write_events([], "events.xlsx")


def test_csv_header_and_cells(tmp_path):
    path = tmp_path / "out" / "e.csv"
    ev = _event(1, latitude=16.2717, longitude=-0.0447, evidence=(Evidence("Fighting, then calm.", 3, 24),))
    write_events([ev], path)
    rows = list(csv.reader(path.open(newline="")))
    assert tuple(rows[0]) == COLUMNS
    row = dict(zip(rows[0], rows[1]))
    assert row["latitude"] == "16.2717" and row["inter1"] == "" and row["fatalities"] == "0"
    assert json.loads(row["evidence"]) == [{"text": "Fighting, then calm.", "start": 3, "end": 24}]
    assert json.loads(row["citations"]) == []


def test_csv_streams_from_a_generator(tmp_path):
    path = tmp_path / "e.csv"
    n = write_events((_event(i) for i in range(1000)), path)
    assert n == 1000
    assert sum(1 for _ in path.open()) == 1001


def test_geojson_points_and_null_geometry(tmp_path):
    path = tmp_path / "e.geojson"
    write_events([_event(1, latitude=14.5, longitude=-4.2), _event(2)], path)
    data = json.loads(path.read_text())
    assert data["type"] == "FeatureCollection"
    first, second = data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [-4.2, 14.5]}
    assert second["geometry"] is None
    assert first["properties"]["evidence"] == []


def test_stdout_jsonl_and_csv(capsys):
    write_events([_event(1)], "-")
    assert json.loads(capsys.readouterr().out)["event_id"] == "e1"
    write_events([_event(1)], "-", format="csv")
    assert capsys.readouterr().out.startswith("event_id,doc_id,")


def test_parquet_to_stdout_is_refused():
    with pytest.raises(ExportError, match="stdout"):
        write_events([], "-", format="parquet")


def test_failure_leaves_no_partial_file(tmp_path):
    path = tmp_path / "e.jsonl"

    def broken():
        yield _event(1)
        raise RuntimeError("upstream failed")

    with pytest.raises(RuntimeError):
        write_events(broken(), path)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_is_an_export_error(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(ExportError, match="cannot write"):
        write_events([_event(1)], tmp_path / "file" / "e.csv")


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_statistics_round_trip(tmp_path, suffix):
    import datetime as dt

    stats = [
        Statistic("mali-war", "killed", 13105, "13,105 killed", 10, 23,
                  period=DateSpan(dt.date(2012, 1, 1), dt.date(2023, 12, 31), 3, "2012-2023")),
        Statistic("mali-war", "displaced", 400000, "400,000 displaced", 40, 57),
    ]
    path = tmp_path / f"stats{suffix}"
    assert write_statistics(stats, path) == 2
    if suffix == ".json":
        assert isinstance(json.loads(path.read_text()), list)
    assert list(read_statistics(path)) == stats


def _statistics():
    import datetime as dt

    from hypothesis import strategies as st

    from export_strategies import citation, text

    day = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
    period = st.none() | st.builds(lambda a, b, p, t: DateSpan(min(a, b), max(a, b), p, t),
                                   day, day, st.integers(1, 3), text)
    return st.builds(Statistic, doc_id=text, kind=text, value=st.integers(0, 10**9), text=text,
                     start=st.integers(-1, 10**6), end=st.integers(-1, 10**6), period=period,
                     citations=st.lists(citation, max_size=2).map(tuple))


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_statistics_round_trip_property(suffix):
    import tempfile
    from pathlib import Path

    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=30, deadline=None)
    @given(st.lists(_statistics(), max_size=4))
    def check(stats):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"s{suffix}"
            write_statistics(stats, path)
            assert list(read_statistics(path)) == stats

    check()
