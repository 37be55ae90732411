"""Reading documents for ``provenance extract`` and formatting what it finds.

The command itself (in ``cli.py``) is a few lines over these functions. Reading
is forgiving per document and strict per batch: a bad file or a bad JSON line
becomes an :class:`InputError` naming it, and the caller goes on with the next
one. Formatting works on plain dicts (see :func:`document_record`), so the
table, JSON and JSON Lines outputs always show the same facts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from tabulate import tabulate

from .articles import Article
from .extract import extract_document

# How much of a file is inspected for NUL bytes to call it binary: enough to
# catch images, PDFs and archives, small enough to cost nothing.
BINARY_SNIFF_BYTES = 8192

# Widest claim / source text shown in the table before it is shortened.
TABLE_TEXT_WIDTH = 70


class InputError(Exception):
    """A document that cannot be read; ``str()`` is the one-line message."""


@dataclass
class Document:
    """One input document: an identifier, its text and reading warnings."""

    doc_id: str | int
    text: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, name: str) -> Document:
    """Decode a file's bytes as text, or raise :class:`InputError`.

    UTF-8 (with or without BOM) is expected; text saved by older Windows tools
    is often cp1252, which decodes with a warning rather than failing the batch.
    NUL bytes mean a binary file (image, PDF, archive) and empty or blank files
    have nothing to extract; both are errors.
    """
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{name}: binary file, expected text")
    warnings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: not UTF-8 text (invalid byte at offset {utf8_error.start})"
            ) from None
        warnings.append(f"{name}: not valid UTF-8, decoded as cp1252")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return Document(doc_id=name, text=text, warnings=warnings)


def read_text_file(path: str, stdin: BinaryIO | None = None) -> Document:
    """Read one text document from ``path`` (``-`` is standard input)."""
    if path == "-":
        if stdin is None:
            raise InputError("-: no standard input")
        return decode_bytes(stdin.read(), "-")
    try:
        with open(path, "rb") as fp:
            data = fp.read()
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return decode_bytes(data, path)


def iter_jsonl_documents(
    path: str, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Yield each line of a JSON Lines file as a Document, or an InputError.

    Each line is an object with ``text`` (required, a string) and ``doc_id``
    (optional: the line number stands in). Errors are yielded, not raised, so
    one malformed line does not stop the documents after it. Blank lines are
    skipped.
    """
    if path == "-":
        if stdin is None:
            yield InputError("-: no standard input")
            return
        data = stdin.read()
    else:
        try:
            with open(path, "rb") as fp:
                data = fp.read()
        except OSError as error:
            yield InputError(f"{path}: {error.strerror or error}")
            return
    try:
        whole = decode_bytes(data, path)
    except InputError as error:
        yield error
        return
    # A cp1252 warning concerns the whole file: it travels with its first document.
    pending_warnings = whole.warnings
    for line_number, line in enumerate(whole.text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{line_number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(f"{where}: malformed JSON ({error.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputError(f"{where}: expected a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            problem = "missing 'text'" if text is None else "'text' is not a string"
            yield InputError(f"{where}: {problem}")
            continue
        yield Document(
            doc_id=obj.get("doc_id", line_number), text=text, warnings=pending_warnings
        )
        pending_warnings = []


def article_dict(article: Article, index: int) -> dict:
    """An article as JSON: its body range, headline, dateline and date."""
    return {
        "index": index,
        "start": article.start,
        "end": article.end,
        "headline": article.headline,
        "headline_span": list(article.headline_span) if article.headline_span else None,
        "dateline": article.dateline,
        "dateline_span": list(article.dateline_span) if article.dateline_span else None,
        "date_text": article.date_text,
        "date_iso": article.date_iso,
        "debris": [list(span) for span in article.debris],
    }


def document_record(document: Document) -> dict:
    """Extract a document and describe it as one JSON-ready dict.

    ``claims`` is flat over the whole document with offsets into its text (the
    evaluation interface); each claim carries ``article``, the index of the
    article it came from in ``articles``.
    """
    articles = []
    claims = []
    for index, (article, article_claims) in enumerate(extract_document(document.text)):
        articles.append(article_dict(article, index))
        for claim in article_claims:
            claims.append({**claim.to_dict(), "article": index})
    return {"doc_id": document.doc_id, "articles": articles, "claims": claims}


def _shorten(text: str | None, width: int = TABLE_TEXT_WIDTH) -> str:
    if text is None:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(record: dict) -> str:
    """A readable plain-text report of one document's articles and claims."""
    lines = [f"# {record['doc_id']}"]
    for article in record["articles"]:
        date = article["date_text"] or ""
        if article["date_iso"]:
            date = f"{date} ({article['date_iso']})"
        lines.append("")
        lines.append(
            f"## Article {article['index'] + 1}: {article['headline'] or '(no headline)'}"
        )
        facts = [
            ("dateline", article["dateline"] or ""),
            ("date", date),
            ("body", f"characters {article['start']}-{article['end']}"),
        ]
        lines.extend(f"{label}: {value}" for label, value in facts if value)
        claims = [c for c in record["claims"] if c["article"] == article["index"]]
        lines.append("")
        if not claims:
            lines.append("(no attributed claims)")
            continue
        rows = [
            [
                claim["kind"],
                _shorten(claim["source_resolved"] or claim["source_text"], 30),
                claim["cue_text"] or "",
                claim["via"] or "",
                "yes" if claim["anonymous"] else "",
                _shorten(claim["claim_text"]),
            ]
            for claim in claims
        ]
        lines.append(
            tabulate(rows, headers=["kind", "source", "cue", "via", "anon", "claim"])
        )
    return "\n".join(lines)


def format_record(record: dict, output_format: str) -> str:
    """One document in the ``table`` or ``jsonl`` format (no trailing newline)."""
    if output_format == "jsonl":
        return json.dumps(record, ensure_ascii=False)
    return format_table(record)


def iter_documents(
    files: Iterable[str], jsonl_inputs: Iterable[str], stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Every input document in order: text files first, then JSON Lines files."""
    for path in files:
        try:
            yield read_text_file(path, stdin)
        except InputError as error:
            yield error
    for path in jsonl_inputs:
        yield from iter_jsonl_documents(path, stdin)


def run_extract(
    files: Iterable[str],
    jsonl_inputs: Iterable[str],
    output_format: str,
    stdin: BinaryIO | None,
    out: Callable[[str], None],
    err: Callable[[str], None],
) -> bool:
    """Extract every input document and write it in ``output_format``.

    ``out`` and ``err`` take one message each (``click.echo`` fits). JSON
    Lines and table output are written document by document, so a long batch
    streams; ``json`` writes one array at the end. Returns False if any input
    failed (it was reported through ``err`` and skipped).
    """
    ok = True
    records = []
    first = True
    for document in iter_documents(files, jsonl_inputs, stdin):
        if isinstance(document, InputError):
            err(f"Error: {document}")
            ok = False
            continue
        for warning in document.warnings:
            err(f"Warning: {warning}")
        try:
            record = document_record(document)
        except Exception as error:  # one pathological document must not stop a batch
            err(f"Error: {document.doc_id}: extraction failed ({type(error).__name__}: {error})")
            ok = False
            continue
        if output_format == "json":
            records.append(record)
            continue
        if output_format == "table" and not first:
            out("")
        out(format_record(record, output_format))
        first = False
    if output_format == "json":
        out(json.dumps(records, ensure_ascii=False, indent=2))
    return ok
