"""``warscribe parse``: JSON out, failures as red lines, exit status."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warscribe.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

runner = CliRunner()


def test_parse_files_to_out_file(tmp_path):
    md = tmp_path / "report.md"
    md.write_text("# Report\n\nA mine exploded near Tessalit. Two soldiers were hurt.\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Quiet night in Gao."}\n{oops}\n')
    out = tmp_path / "new" / "parsed.json"
    result = runner.invoke(app, ["parse", str(md), str(bad), str(FIXTURES / "html" / "sahel_raid.html"),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert [d["id"] for d in data["documents"]] == [str(md), "ok", str(FIXTURES / "html" / "sahel_raid.html")]
    first = data["documents"][0]
    assert first["format"] == "markdown" and first["sections"][0]["heading"] == "Report"
    assert first["sentences"][0]["text"] == "A mine exploded near Tessalit."
    assert set(first["sentences"][0]) >= {"text", "start", "end", "section", "citations"}
    assert data["documents"][2]["url"].startswith("https://sahel-daily.example.org/")
    assert data["failures"] == [{"source": f"{bad}:2", "reason": data["failures"][0]["reason"],
                                 "stage": "ingest"}]
    assert f"{bad}:2" in result.stderr and "invalid JSON" in result.stderr


def test_parse_stdin_to_stdout_with_format():
    result = runner.invoke(app, ["parse", "-", "--format", "markdown"], input="Just *one* line.\n")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["documents"][0]["sentences"][0]["text"] == "Just one line."
    assert data["failures"] == []


def test_exit_1_when_nothing_parsed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["parse", str(empty)])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"documents": [], "failures": [
        {"source": str(empty), "reason": "empty file", "stage": "ingest"}]}
    assert "empty file" in result.stderr


def test_unknown_format_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["parse", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
    assert "unknown format" in result.output


def test_parse_output_reads_back_identically(tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    page = str(FIXTURES / "html" / "sahel_raid.html")
    assert runner.invoke(app, ["parse", page, "--out", str(first)]).exit_code == 0
    assert runner.invoke(app, ["parse", str(first), "--out", str(second)]).exit_code == 0
    assert json.loads(first.read_text()) == json.loads(second.read_text())
