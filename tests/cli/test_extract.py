"""``warscribe extract``: files in, events and statistics out, failures reported."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from warscribe.cli.app import app

STORY = "Gao (2013)\n\nOn 8 February 2013, a suicide bomber blew himself up at a checkpoint in Gao.\n"


def test_extract_writes_csv_and_statistics(tmp_path, monkeypatch):
    monkeypatch.setenv("WARSCRIBE_DATA_DIR", str(tmp_path / "nodata"))
    src = tmp_path / "gao.txt"
    src.write_text(STORY, encoding="utf-8")
    out, stats = tmp_path / "events.csv", tmp_path / "stats.json"
    result = CliRunner().invoke(app, ["extract", str(src), "--out", str(out), "--stats", str(stats), "-q"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["event_date"], r["sub_event_type"], r["location"]) for r in rows] == [
        ("2013-02-08", "Suicide bomb", "Gao")]
    assert json.loads(stats.read_text()) == []
    assert "1 document(s), 1 events" in result.output
    assert "warning:" in result.output  # no gazetteer installed: the hint to install one


def test_extract_goes_on_past_a_missing_input(tmp_path, monkeypatch):
    monkeypatch.setenv("WARSCRIBE_DATA_DIR", str(tmp_path / "nodata"))
    src = tmp_path / "gao.txt"
    src.write_text(STORY, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "missing.txt"), str(src), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "1 failure" in result.output
    assert len(out.read_text().splitlines()) == 1


def test_extract_rejects_an_unknown_input_format(tmp_path):
    src = tmp_path / "gao.txt"
    src.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--out", str(tmp_path / "e.csv"), "--format", "pdf"])
    assert result.exit_code == 2 and "--format" in result.output


def test_extract_exits_1_when_no_input_could_be_read(tmp_path, monkeypatch):
    monkeypatch.setenv("WARSCRIBE_DATA_DIR", str(tmp_path / "nodata"))
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "missing.txt"), "--out", str(out), "-q"])
    assert result.exit_code == 1
    assert "missing.txt" in result.output
