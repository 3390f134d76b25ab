from typer.testing import CliRunner

from tests.geo.conftest import SMALL_DUMP
from warscribe.cli import app

runner = CliRunner()


def test_install_from_a_local_dump_then_list_lookup_reverse(tmp_path):
    data = str(tmp_path)
    result = runner.invoke(app, ["gazetteer", "install", "ML", "--from", str(SMALL_DUMP), "--data-dir", data])
    assert result.exit_code == 0, result.output
    assert "ML: 37 places indexed" in result.output

    result = runner.invoke(app, ["gazetteer", "list", "--data-dir", data])
    assert result.exit_code == 0 and "ML" in result.output and "37" in result.output

    result = runner.invoke(app, ["gazetteer", "lookup", "Tombouctou", "--country", "ml", "--data-dir", data])
    assert result.exit_code == 0 and "2449067" in result.output

    result = runner.invoke(app, ["gazetteer", "reverse", "--data-dir", data, "--", "18.4", "1.45"])
    assert result.exit_code == 0 and "Kidal" in result.output


def test_list_with_nothing_installed_says_how_to_install(tmp_path):
    result = runner.invoke(app, ["gazetteer", "list", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0 and "warscribe gazetteer install ML" in result.output


def test_lookup_of_an_unknown_name_exits_1(tmp_path):
    runner.invoke(app, ["gazetteer", "install", "--from", str(SMALL_DUMP), "--data-dir", str(tmp_path)])
    result = runner.invoke(app, ["gazetteer", "lookup", "Atlantis", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1


def test_install_needs_codes_or_a_file(tmp_path):
    result = runner.invoke(app, ["gazetteer", "install", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "country code" in str(result.exception)
