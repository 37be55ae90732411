from click.testing import CliRunner

from provenance import __version__
from provenance.cli import cli


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_lists_purpose():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "attributed claims" in result.output
