"""The ``provenance`` command line: a thin Click layer over the library."""

import click

from . import __version__, output


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def cli():
    """Track who said what in the news.

    Extract attributed claims (quotes, reported speech, "according to ...")
    with their sources, cues and intermediary outlets, store them in SQLite
    and browse them with Datasette.
    """


@cli.command()
@click.argument("files", nargs=-1, metavar="[FILE|-]...")
@click.option(
    "--jsonl-input",
    "jsonl_inputs",
    multiple=True,
    metavar="DOCS.jsonl",
    help="Read documents from a JSON Lines file: one {\"doc_id\", \"text\"} object a line.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="table: readable report; json: one JSON document; jsonl: one line per input document.",
)
def extract(files, jsonl_inputs, output_format):
    """Print the articles and attributed claims of text files, without a database.

    FILE may be - for standard input. Offsets in JSON output are character
    offsets into each document's text. A file or line that cannot be read is
    reported on stderr and skipped; the exit status is then 1.
    """
    if not files and not jsonl_inputs:
        raise click.UsageError("give at least one FILE (or -) or --jsonl-input DOCS.jsonl")
    ok = output.run_extract(
        files,
        jsonl_inputs,
        output_format,
        stdin=click.get_binary_stream("stdin"),
        out=click.echo,
        err=lambda message: click.echo(message, err=True),
    )
    if not ok:
        raise click.exceptions.Exit(1)
