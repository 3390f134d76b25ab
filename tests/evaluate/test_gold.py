import pytest

from warscribe.errors import EvaluationError
from warscribe.evaluate.gold import gold_from_json, read_gold, read_predictions

from conftest import FIXTURES


def test_jsonl_gold_fields():
    gold = read_gold(FIXTURES / "evaluate" / "gold_small.jsonl")
    assert len(gold) == 5
    first = gold[0]
    assert (first.doc_id, first.event_date, first.latitude, first.fatalities) == ("article", "2013-01-11", 14.9431, 12)
    assert first.origin.endswith("gold_small.jsonl:1")
    assert [g.required for g in gold] == [True, True, True, False, True]
    assert gold[4].latitude is None and gold[4].location == ""


def test_unknown_values_become_none_or_empty():
    g = gold_from_json({"doc_id": "d", "event_date": "2012-01-01", "fatalities": None, "latitude": "",
                        "actor2": None, "char_start": None, "extra": "ignored"})
    assert g.fatalities is None and g.latitude is None and g.actor2 == "" and g.char_start == -1
    assert g.required is True


@pytest.mark.parametrize(
    ("obj", "message"),
    [({"event_date": "2012-01-01"}, "doc_id"),
     ({"doc_id": "d", "fatalities": "several"}, "fatalities"),
     ({"doc_id": "d", "fatalities": 2.5}, "fatalities"),
     ({"doc_id": "d", "required": "yes"}, "required"),
     ({"doc_id": "d", "latitude": [1]}, "latitude")],
)
def test_bad_fields_are_named(obj, message):
    with pytest.raises(ValueError, match=message):
        gold_from_json(obj)


def test_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "d", "event_date": "2012-01-01"}\n\n{"doc_id": "d", "fatalities": "x"}\nnot json\n')
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:3: fatalities"):
        read_gold(path)
    failures = []
    assert len(read_gold(path, on_error=failures.append)) == 1
    assert [f.source.rsplit(":", 1)[1] for f in failures] == ["3", "4"]


def test_missing_gold_and_non_acled_csv(tmp_path):
    with pytest.raises(EvaluationError, match="no such gold file"):
        read_gold(tmp_path / "absent.jsonl")
    csv_path = tmp_path / "events.csv"
    csv_path.write_text("a,b\n1,2\n")
    with pytest.raises(EvaluationError, match="ACLED export"):
        read_gold(csv_path)


def test_acled_gold_years(acled_csv):
    gold = read_gold(acled_csv, years={2017, 2018})
    assert len(gold) > 1000 and all(g.event_date[:4] in ("2017", "2018") for g in gold)


def test_predictions_errors_are_evaluation_errors(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text("{broken\n")
    with pytest.raises(EvaluationError, match=r"pred\.jsonl:1"):
        read_predictions(path)
