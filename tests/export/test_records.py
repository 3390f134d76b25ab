from dataclasses import fields

import pytest
from hypothesis import given

from export_strategies import events
from warscribe.export.records import COLUMNS, event_from_record, event_to_flat, event_to_record
from warscribe.model import Event

BRIEF_ORDER = (
    "event_id doc_id event_date date_end time_precision event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction country admin1 admin2 admin3 "
    "location latitude longitude geo_precision fatalities notes source fatalities_text injured "
    "evidence char_start char_end section citations geonameid confidence"
).split()


def test_columns_are_acled_order_then_warscribe_fields():
    assert list(COLUMNS) == BRIEF_ORDER
    assert COLUMNS == tuple(f.name for f in fields(Event))


@given(events)
def test_nested_record_round_trip(event):
    assert event_from_record(event_to_record(event)) == event


@given(events)
def test_flat_record_round_trip(event):
    flat = event_to_flat(event)
    assert isinstance(flat["evidence"], str) and isinstance(flat["citations"], str)
    assert event_from_record(flat) == event


def test_missing_required_column_is_named():
    with pytest.raises(ValueError, match="event_type"):
        event_from_record({"event_id": "e", "doc_id": "d", "event_date": "2012-01-01",
                           "date_end": "", "time_precision": 1, "sub_event_type": "",
                           "actor1": ""})


@pytest.mark.parametrize(
    ("column", "value"),
    [("fatalities", "many"), ("latitude", "north"), ("inter1", 2.5), ("evidence", "{not json")],
)
def test_bad_value_names_the_column(column, value):
    record = event_to_record(Event("e", "d", "2012-01-01", "2012-01-01", 1, "Battles", "Armed clash", "A"))
    record[column] = value
    with pytest.raises(ValueError, match=column):
        event_from_record(record)


def test_empty_cells_take_defaults():
    record = {name: "" for name in COLUMNS}
    record["time_precision"] = "2"
    event = event_from_record(record)
    assert event.time_precision == 2
    assert event.fatalities == 0 and event.latitude is None and event.geonameid is None
    assert event.evidence == () and event.citations == ()


@given(events)
def test_orjson_dataclass_output_is_the_nested_record(event):
    import orjson

    # the JSONL and GeoJSON writers rely on this to skip building dicts
    assert orjson.loads(orjson.dumps(event)) == orjson.loads(orjson.dumps(event_to_record(event)))
