import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from export_strategies import events
from warscribe.errors import ExportError
from warscribe.export import read_events, write_events
from warscribe.model import Event

FORMATS = ["csv", "jsonl", "geojson", "parquet"]


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None)
@given(batch=st.lists(events, max_size=4))
def test_round_trip_is_exact(fmt, batch):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"events.{fmt}"
        assert write_events(batch, path) == len(batch)
        assert list(read_events(path)) == batch


def _event(i: int, **kw) -> Event:
    return Event(f"e{i}", "doc", "2013-01-11", "2013-01-11", 1, "Battles", "Armed clash", "A", **kw)


def test_parquet_many_row_groups(tmp_path):
    import pyarrow.parquet as pq

    batch = [_event(i, fatalities=i) for i in range(25)]
    path = tmp_path / "e.parquet"
    write_events(iter(batch), path, batch_size=10)
    assert pq.ParquetFile(path).num_row_groups == 3
    assert list(read_events(path)) == batch


def test_bad_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "e.jsonl"
    write_events([_event(1), _event(2)], path)
    lines = path.read_text().splitlines()
    path.write_text(lines[0] + "\n{oops\n" + lines[1] + "\n")
    with pytest.raises(ExportError, match=r"e\.jsonl:2: invalid JSON"):
        list(read_events(path))


def test_on_error_keeps_the_rest_of_the_file(tmp_path):
    path = tmp_path / "e.csv"
    write_events([_event(1), _event(2), _event(3)], path)
    lines = path.read_text().splitlines()
    lines[2] = lines[2].replace(",0,,", ",lots,,", 1)  # fatalities of e2
    path.write_text("\n".join(lines) + "\n")
    failures = []
    got = list(read_events(path, on_error=failures.append))
    assert [e.event_id for e in got] == ["e1", "e3"]
    assert len(failures) == 1 and failures[0].source.endswith("e.csv:3")
    assert "fatalities" in failures[0].reason


def test_csv_line_numbers_count_multiline_cells(tmp_path):
    path = tmp_path / "e.csv"
    write_events([_event(1, notes="two\nlines"), _event(2)], path)
    text = path.read_text().replace("e2,doc,2013-01-11,2013-01-11,1,", "e2,doc,2013-01-11,2013-01-11,x,")
    path.write_text(text)
    with pytest.raises(ExportError, match=r"e\.csv:4: column time_precision"):
        list(read_events(path))


def test_geojson_not_a_feature_collection(tmp_path):
    path = tmp_path / "e.geojson"
    path.write_text('{"type": "Feature"}')
    with pytest.raises(ExportError, match="FeatureCollection"):
        list(read_events(path))


def test_geojson_takes_coordinates_from_geometry(tmp_path):
    path = tmp_path / "e.geojson"
    path.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":'
        '{"type":"Point","coordinates":[-3.0,16.77]},"properties":{"event_id":"x","doc_id":"d",'
        '"event_date":"2012-04-01","date_end":"2012-04-01","time_precision":1,'
        '"event_type":"Battles","sub_event_type":"Armed clash","actor1":"A"}}]}'
    )
    (event,) = read_events(path)
    assert (event.latitude, event.longitude) == (16.77, -3.0)


def test_missing_file_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="cannot read"):
        list(read_events(tmp_path / "absent.jsonl"))


def test_geojson_in_another_layout_is_read_whole(tmp_path):
    import json

    path = tmp_path / "e.geojson"
    write_events([_event(1, latitude=14.5, longitude=-4.2), _event(2)], path)
    data = json.loads(path.read_text())
    path.write_text(json.dumps(data, indent=2))
    assert [e.event_id for e in read_events(path)] == ["e1", "e2"]


def test_geojson_bad_feature_line_is_named(tmp_path):
    path = tmp_path / "e.geojson"
    write_events([_event(1), _event(2), _event(3)], path)
    lines = path.read_text().splitlines()
    lines[2] = "{broken,"
    path.write_text("\n".join(lines) + "\n")
    failures = []
    assert [e.event_id for e in read_events(path, on_error=failures.append)] == ["e1", "e3"]
    assert failures[0].source.endswith("e.geojson:2") and "invalid JSON" in failures[0].reason


def test_csv_without_event_columns_fails_once(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("event_id_cnty,notes\nMLI1,text\nMLI2,text\n")
    with pytest.raises(ExportError, match=r"other\.csv: not a warscribe events CSV: no event_id"):
        list(read_events(path, on_error=lambda f: None))


def test_csv_with_byte_order_mark(tmp_path):
    path = tmp_path / "e.csv"
    write_events([_event(1)], path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert [e.event_id for e in read_events(path)] == ["e1"]
