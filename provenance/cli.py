"""The ``provenance`` command line: a thin Click layer over the library."""

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def cli():
    """Track who said what in the news.

    Extract attributed claims (quotes, reported speech, "according to ...")
    with their sources, cues and intermediary outlets, store them in SQLite
    and browse them with Datasette.
    """
