import json
import re

import pytest

from typer.testing import CliRunner

from warscribe.cli import app, main

from conftest import FIXTURES

runner = CliRunner()
GOLD = str(FIXTURES / "evaluate" / "gold_small.jsonl")
PRED = str(FIXTURES / "evaluate" / "pred_small.jsonl")


def test_evaluate_prints_table_and_writes_json(tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["evaluate", GOLD, PRED, "--json", str(out), "--show-misses", "3"],
                           terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "recall" in result.output and "75.0%" in result.output
    assert "missed gold events" in result.output and "Suicide bomb" in result.output
    report = json.loads(out.read_text())
    assert report["n_gold"] == 4 and report["matched"] == 3 and report["false"] == 2


def test_evaluate_options_change_the_matching(tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["evaluate", GOLD, PRED, "--date-window", "0", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["matched"] == 2
    result = runner.invoke(app, ["evaluate", GOLD, PRED, "--years", "2012", "--json", str(out)])
    assert json.loads(out.read_text())["n_gold"] == 1


def test_evaluate_bad_gold_is_one_red_line(tmp_path, capsys):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{nope\n")
    with pytest.raises(SystemExit) as exc:
        main(["evaluate", str(bad), PRED])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert "gold.jsonl:1" in err and "Traceback" not in err


def test_evaluate_bad_years_option():
    result = runner.invoke(app, ["evaluate", GOLD, PRED, "--years", "recent"])
    assert result.exit_code != 0


def test_evaluate_ignore_dates(tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["evaluate", GOLD, PRED, "--ignore-dates", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "dates ignored" in result.output
    assert json.loads(out.read_text())["date_window_days"] is None


def test_evaluate_doc_id_options(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(
        json.dumps({"doc_id": doc, "event_date": "2013-01-11", "event_type": "Battles", "actor1": "A",
                    "location": "Konna", "latitude": 14.94, "longitude": -3.89}) + "\n"
        for doc in ("one", "two")))  # fmt: skip
    out = tmp_path / "r.json"
    args = ["evaluate", str(gold), PRED, "--json", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    assert json.loads(out.read_text())["matched"] == 0  # two gold documents, none shared
    assert runner.invoke(app, args + ["--ignore-doc-ids"]).exit_code == 0
    assert json.loads(out.read_text())["matched"] == 2  # p1 and its duplicate p6 are at Konna
    assert runner.invoke(app, args + ["--doc-id", "two"]).exit_code == 0
    report = json.loads(out.read_text())
    assert report["matched"] == 1 and report["pairs"][0]["doc_id"] == "two"


def test_evaluate_strict_periods(tmp_path):
    """A 2018-style gold label "(2013-)" against today's "(2013-2020)": right unless --strict-periods."""
    place = {"location": "Boni", "latitude": 15.05, "longitude": -1.85}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "note", "event_date": "2017-05-02", "event_type": "Battles",
                                "actor1": "Military Forces of Mali (2013-)", "actor2": "", **place}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"event_id": "p1", "doc_id": "note", "event_date": "2017-05-02",
                                "date_end": "2017-05-02", "time_precision": 1, "event_type": "Battles",
                                "sub_event_type": "Armed clash", "actor1": "Military Forces of Mali (2013-2020)",
                                **place}) + "\n")
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["evaluate", str(gold), str(pred), "--json", str(out)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert re.search(r"actor period labels\W+ignored", result.output)
    report = json.loads(out.read_text())
    assert report["strict_periods"] is False and report["fields"]["actor1"]["accuracy"] == 1.0
    result = runner.invoke(app, ["evaluate", str(gold), str(pred), "--strict-periods", "--json", str(out)],
                           terminal_width=200)
    assert result.exit_code == 0, result.output
    assert re.search(r"actor period labels\W+compared", result.output)
    report = json.loads(out.read_text())
    assert report["strict_periods"] is True and report["fields"]["actor1"]["accuracy"] == 0.0
    assert report["pairs"][0]["wrong"]["actor1"] == ["Military Forces of Mali (2013-)",
                                                     "Military Forces of Mali (2013-2020)"]
