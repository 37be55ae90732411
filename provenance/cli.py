"""The ``provenance`` command line: a thin Click layer over the library."""

import contextlib
import functools
import json
import os
import sys
from pathlib import Path

import click

from . import __version__, output
from .db import ingest as ingest_records
from .db import open_db, raw_hash_stored, url_stored
from .inputs import DEFAULT_MAX_BYTES, Input, InputProblem, iter_inputs, read_input
from .web_inputs import WebOptions


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


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--system",
    "system_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Score this system JSONL file (provenance extract --format jsonl) instead of running the extractor.",
)
@click.option(
    "--kind",
    type=click.Choice(["all", "direct", "indirect", "mixed"]),
    default="all",
    show_default=True,
    help="Score one kind of claim only.",
)
@click.option("--errors", is_flag=True, help="List missed, spurious and wrong-source claims with context.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores (and errors) as JSON.")
@click.option("--threshold", type=float, default=0.5, show_default=True, help="Overlap matching: minimum share of the union.")
@click.option("--pronoun-any", is_flag=True, help="A gold pronoun source is matched by any system source.")
@click.option("--speech-only", is_flag=True, help='Gold claims with "cue_is_speech": false are optional.')
def eval_command(gold, system_path, kind, errors, as_json, threshold, pronoun_any, speech_only):
    """Score the extractor on GOLD.jsonl, annotated documents.

    Reports precision, recall and F1 of claim spans (exact and overlap),
    claim+source pairs, cue spans, source type, anonymity and via outlet,
    overall and per kind (direct, indirect, mixed). The gold format is
    {"doc_id", "text", "quotes": [{"quote": [start, end], "kind", "speaker",
    "speaker_text", "cue", ...}]}, offsets into "text". A line that cannot be
    read is reported on stderr and skipped; the exit status is then 1.
    """
    from .evaluate import evaluate_files, format_errors, format_report

    result = evaluate_files(
        gold,
        system_path,
        kind=kind,
        errors=errors,
        on_problem=lambda message: click.echo(f"Error: {message}", err=True),
        threshold=threshold,
        pronoun_any=pronoun_any,
        speech_only=speech_only,
    )
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(result))
        if errors:
            click.echo(f"\n{len(result['errors'])} errors\n" + format_errors(result["errors"]))
    if result["problems"]:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--publisher", help="Publisher for articles that do not name one")
@click.option("--url", help="URL for articles that do not give one")
@click.option("--published", help="Publication date for articles that do not give one")
@click.option("--replace", is_flag=True, help="Re-extract articles already in the database")
@click.option(
    "--max-size",
    type=float,
    default=DEFAULT_MAX_BYTES / 1e6,
    show_default=True,
    help="Largest article (text file, JSON line, web page or feed) to read, in MB",
)
@click.option("--batch-size", type=click.IntRange(1), default=200, show_default=True, help="Articles per transaction")
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=min(os.cpu_count() or 1, 4),
    show_default="CPUs, at most 4",
    help="Processes extracting claims in parallel (runs of one batch extract in-process)",
)
@click.option("--silent", is_flag=True, help="No progress bar")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON")
@click.option("--respect-robots", is_flag=True, help="Fetch only URLs that the site's robots.txt allows")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds to wait for a web server"
)
@click.option(
    "--retries", type=click.IntRange(0), default=2, show_default=True, help="Retries of a URL after a timeout or 5xx"
)
def ingest(
    db_path,
    paths,
    publisher,
    url,
    published,
    replace,
    max_size,
    batch_size,
    workers,
    silent,
    as_json,
    respect_robots,
    timeout,
    retries,
):
    """Extract attributed claims from articles and store them in DB_PATH.

    PATHS are files, directories (recursed: .txt, .jsonl and other known
    suffixes), - for standard input, or http(s):// URLs. Plain-text files hold
    one or more articles; JSON Lines hold one article per line with "text" and
    optional "url", "headline", "publisher", "published", "id". Saved web pages
    (.html, .htm), RSS/Atom feeds (.rss, .atom, .xml, or a feed URL) and web
    archives (.warc, .warc.gz) give one article per page, with its metadata.
    Pages already stored unchanged and feed items already stored are skipped;
    articles in languages the extractor does not support are stored without
    claims. Bad inputs are reported and skipped; the exit status is 1 if any
    input failed.

        provenance ingest db/claims.db seeds/

        provenance ingest db/claims.db https://example.org/news/feed.xml
    """
    db = open_db(db_path)
    web = WebOptions(
        timeout=timeout,
        retries=retries,
        respect_robots=respect_robots,
        workers=workers,
        max_bytes=int(max_size * 1e6),
        # --replace re-extracts what is stored, so nothing may be skipped as known.
        seen_url=None if replace else functools.partial(url_stored, db),
        seen_raw_hash=None if replace else functools.partial(raw_hash_stored, db),
    )
    def expand():
        return iter_inputs(paths, max_bytes=int(max_size * 1e6), web=web)

    show_bar = not silent and not as_json and sys.stderr.isatty()
    bar = None
    if show_bar:
        # A sizing walk first (not a list of every input: a directory may hold millions)
        total = sum((item.size() or 0) for item in expand() if isinstance(item, Input))
        bar = click.progressbar(length=max(total, 1), label="Ingesting", file=sys.stderr)

    def items():
        for item in expand():
            if isinstance(item, Input):
                if bar is not None:
                    item.on_bytes = bar.update
                yield from read_input(item)
            else:
                yield item

    def on_problem(problem: InputProblem) -> None:
        prefix = "Error" if problem.fatal else "Warning"
        message = f"{prefix}: {problem}"
        if bar is not None:
            click.echo(f"\r\033[K{message}", err=True)
        else:
            click.echo(message, err=True)

    defaults = {"publisher": publisher, "url": url, "published": published}
    try:
        with bar if bar is not None else contextlib.nullcontext():
            summary = ingest_records(
                db, items(), replace=replace, defaults=defaults, batch_size=batch_size, on_problem=on_problem, workers=workers
            )
    finally:
        web.close()
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2))
    else:
        click.echo(summary.line())
    if summary.failures:
        sys.exit(1)


@cli.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; loopback unless you ask otherwise.")
@click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--publish", is_flag=True, help="Serve an immutable read-only snapshot with cached counts instead of the live file.")
def serve(db_path, host, port, publish):
    """Browse DB_PATH with Datasette, the project's metadata, queries and plugin.

    The default live mode keeps working while `provenance ingest` writes to the
    same file.
    """
    from .serve import serve as serve_database

    serve_database(db_path, host=host, port=port, publish=publish)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", default="claims", show_default=True, help="Database name: the .db file's name without the suffix.")
def config(directory, name):
    """Write Datasette metadata.json and settings.json (with the canned queries) into DIRECTORY.

    For running `datasette` yourself: put the database file in DIRECTORY and run
    `datasette DIRECTORY`, or use `datasette DB -m DIRECTORY/metadata.json`.
    """
    from .datasette_config import write_config

    for path in write_config(directory, name):
        click.echo(f"Wrote {path}")
