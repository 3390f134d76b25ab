from typer.testing import CliRunner

from warscribe.cli import app

runner = CliRunner()


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "gazetteer" in result.output
