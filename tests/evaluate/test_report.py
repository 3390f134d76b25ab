"""Golden cases: small gold/pred sets whose right scores are known by hand."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.evaluate import evaluate
from warscribe.evaluate.gold import gold_from_event, gold_from_json
from warscribe.export.records import event_from_record

from conftest import FIXTURES

CASES = [json.loads(line) for line in (FIXTURES / "evaluate" / "cases.jsonl").open()]
BASE = {
    "doc_id": "n1", "event_date": "2018-03-10", "date_end": "2018-03-10", "time_precision": 1,
    "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "A", "actor2": "",
    "location": "Gao", "admin1": "Gao", "latitude": 16.2717, "longitude": -0.0447, "fatalities": 0,
}
SCALARS = ("n_gold", "n_pred", "matched", "matched_optional", "n_false", "precision", "recall",
           "f1", "whole_record")


def _events(case):
    gold = [gold_from_json({**BASE, **g}) for g in case["gold"]]
    pred = [event_from_record({"event_id": f"p{i}", **BASE, **p}) for i, p in enumerate(case["pred"])]
    return gold, pred


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(case):
    gold, pred = _events(case)
    report = evaluate(gold, pred, **case.get("options", {}))
    expect = case["expect"]
    for key in SCALARS:
        if key in expect:
            assert getattr(report, key) == pytest.approx(expect[key]), key
    if "misses" in expect:
        assert len(report.misses) == expect["misses"]
    for name, (correct, total) in expect.get("fields", {}).items():
        score = report.field(name)
        assert (score.correct, score.total) == (correct, total), name


def test_report_lists_misses_and_false_events_with_evidence():
    report = evaluate(FIXTURES / "evaluate" / "gold_small.jsonl", FIXTURES / "evaluate" / "pred_small.jsonl")
    assert (report.n_gold, report.n_optional, report.n_pred) == (4, 1, 6)
    assert (report.matched, report.matched_optional, report.n_false) == (3, 1, 2)
    assert report.precision == pytest.approx(4 / 6) and report.recall == pytest.approx(3 / 4)
    assert report.whole_record == pytest.approx(2 / 4)
    assert [g.sub_event_type for g in report.misses] == ["Suicide bomb"]
    assert sorted(p.event_id for p in report.false_events) in (["p4", "p6"], ["p1", "p4"])
    data = report.to_dict()
    assert data["misses"][0]["notes"].startswith("A suicide bomber")
    assert {f["event_id"] for f in data["false_events"]} >= {"p4"}
    assert data["fields"]["event_date"] == {"accuracy": 0.75, "correct": 3, "total": 4}
    assert data["by_type"]["Battles"] == {"gold": 2, "matched": 2, "pred": 3, "false": 2}
    assert data["by_type"]["Explosions/Remote violence"] == {"gold": 1, "matched": 0, "pred": 0, "false": 0}
    assert data["by_type"]["Violence against civilians"] == {"gold": 0, "matched": 0, "pred": 1, "false": 0}
    assert data["whole_record_blockers"] == {"event_type": 1, "actor1": 0, "actor2": 0,
                                             "event_date": 1, "coordinates": 0, "fatalities": 0}
    wrong = [p["wrong"] for p in data["pairs"] if p["wrong"]]
    assert wrong == [{"event_date": ["2013-01-26", "2013-01-27"],
                      "event_type": ["Battles", "Violence against civilians"],
                      "sub_event_type": ["Armed clash", "Attack"]}]
    json.dumps(data)


def test_years_filter_applies_to_both_sides():
    report = evaluate(FIXTURES / "evaluate" / "gold_small.jsonl", FIXTURES / "evaluate" / "pred_small.jsonl",
                      years={2012})
    assert (report.n_gold, report.n_pred, report.matched) == (1, 1, 1)


def test_acled_csv_gold_per_document(tmp_path):
    from warscribe.export import write_events
    from warscribe.ingest.acled import read_acled_gold

    gold = list(read_acled_gold(FIXTURES / "evaluate" / "acled_sample.csv", on_error=lambda f: None))
    pred = [event_from_record({**BASE, "event_id": "x", "doc_id": "TST1", "event_date": "2013-01-11",
                               "date_end": "2013-01-11", "location": "Konna", "latitude": 14.94,
                               "longitude": -3.89})]
    path = tmp_path / "pred.csv"
    write_events(pred, path)
    report = evaluate(gold, path, per_document=True)
    assert (report.n_gold, report.matched, report.n_false) == (4, 1, 0)
    assert report.field("actor1").total == 1 and report.field("actor1").correct == 0


PLACES = [("Gao", 16.2717, -0.0447), ("Kidal", 18.4411, 1.4078), ("Mopti", 14.4843, -4.1827), ("", None, None)]


@st.composite
def events(draw):
    import datetime as dt

    day = draw(st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2018, 12, 31)))
    length = draw(st.integers(0, 10))
    location, lat, lon = draw(st.sampled_from(PLACES))
    return event_from_record({
        "event_id": draw(st.text(max_size=5)), "doc_id": draw(st.sampled_from(["a", "b"])),
        "event_date": day.isoformat(), "date_end": (day + dt.timedelta(days=length)).isoformat(),
        "time_precision": 1 if not length else 2,
        "event_type": draw(st.sampled_from(["Battles", "Riots", "Protests"])), "sub_event_type": "x",
        "actor1": draw(st.sampled_from(["A", "B", "C"])), "actor2": draw(st.sampled_from(["", "D"])),
        "location": location, "latitude": lat, "longitude": lon,
        "fatalities": draw(st.integers(0, 50)),
    })


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=12), st.booleans())
def test_predictions_scored_against_themselves_are_perfect(preds, per_document):
    gold = [gold_from_event(p) for p in preds]
    report = evaluate(gold, preds, per_document=per_document)
    assert report.n_false == 0 and report.misses == ()
    assert report.matched == len(preds) == report.n_pred
    if preds:
        assert report.precision == report.recall == report.f1 == 1.0


@settings(max_examples=30, deadline=None)
@given(st.lists(events(), min_size=1, max_size=8), st.data())
def test_removing_predictions_lowers_recall_not_precision(preds, data):
    gold = [gold_from_event(p) for p in preds]
    keep = data.draw(st.lists(st.sampled_from(range(len(preds))), unique=True))
    report = evaluate(gold, [preds[i] for i in sorted(keep)])
    assert report.n_false == 0
    assert report.matched == len(keep)


def test_acled_coding_against_itself_is_perfect(acled_csv):
    for per_document in (False, True):
        report = evaluate(acled_csv, acled_csv, per_document=per_document)
        assert report.n_gold == report.n_pred == report.matched > 2000
        assert report.n_false == 0 and report.whole_record == 1.0
        assert all(f.accuracy == 1.0 for f in report.fields if f.total)


def test_sample_acled_against_itself_is_perfect():
    path = FIXTURES / "evaluate" / "acled_sample.csv"
    from warscribe.evaluate.gold import read_gold, read_predictions

    gold = read_gold(path, on_error=lambda f: None)
    pred = read_predictions(path, on_error=lambda f: None)
    report = evaluate(gold, pred)
    assert (report.n_gold, report.matched, report.n_false, report.whole_record) == (4, 4, 0, 1.0)
