"""Reading ingest inputs: paths in, article records (or one-line problems) out.

An input is a file, a directory (recursed), or ``-`` for standard input. Each
input has a *kind* (plain text, JSON Lines, ...) and a reader per kind turns it
into records, the dicts that :func:`provenance.db.save_article` stores::

    {"text", "url"?, "headline"?, "publisher"?, "published"?, "id"?, ...}

Readers never raise for bad input: they yield :class:`InputProblem` values
naming the input, so one broken file does not stop a batch. New kinds (HTML,
feeds, WARC, URLs) plug in with :func:`register_reader` without touching the
rest. Bytes are read in bounded amounts (``max_bytes`` per article), so a huge
or hostile file is refused rather than loaded.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .articles import split_articles

DEFAULT_MAX_BYTES = 16_000_000
"""Largest single article (a text file, or one JSON line) read by default.

News articles are kilobytes; anything this size is a log, a dump or a mistake,
and refusing it keeps memory bounded."""

SNIFF_BYTES = 8192
"""How much of an input is looked at to decide its kind and whether it is binary."""

STDIN_NAME = "-"


@dataclass
class InputProblem:
    """Something wrong with one input (or one line of it), as a one-line message.

    ``fatal`` problems mean the input (or line) was not ingested and count as
    failures; the others are warnings (e.g. a fallback decoding was used).
    """

    input: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"


@dataclass
class InputSkipped:
    """An input (or a page or feed item in it) deliberately not ingested: already
    stored, as told by its URL or the hash of its raw bytes. Counted, not a failure."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: skipped ({self.reason})"


@dataclass
class Input:
    """One thing to read: a file path, standard input, or a URL.

    ``on_bytes`` is called with the number of bytes consumed as reading
    progresses, so a caller can show progress through a large file. ``kind``
    forces the reader (URLs have no bytes to sniff before fetching); ``web``
    carries the options of the web readers (``provenance.web_inputs.WebOptions``).
    """

    name: str
    path: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    on_bytes: Callable[[int], None] = field(default=lambda n: None)
    _stream: BinaryIO | None = None
    kind: str | None = None
    web: Any = None

    def open(self) -> BinaryIO:
        """The byte stream: already open while a reader runs, else opened now."""
        if self._stream is not None:
            return self._stream
        if self.path is None:
            return sys.stdin.buffer
        return open(self.path, "rb")

    def size(self) -> int | None:
        if self.path is None:
            return None
        try:
            return self.path.stat().st_size
        except OSError:
            return None


Item = dict | InputProblem | InputSkipped
Reader = Callable[[Input], Iterator[Item]]

READERS: dict[str, Reader] = {}
"""Reader function per input kind."""

SUFFIX_KINDS: dict[str, str] = {}
"""File suffix (lower case, with the dot) -> kind. Inside directories only files
with a registered suffix are read, so READMEs, scripts and gold files are skipped."""

SNIFFERS: list[Callable[[bytes], str | None]] = []
"""Functions from the first bytes of an input to a kind (or None), tried in
order for standard input and for named files without a known suffix."""


def register_reader(
    kind: str,
    suffixes: Iterable[str] = (),
    sniff: Callable[[bytes], str | None] | None = None,
) -> Callable[[Reader], Reader]:
    """Decorator registering ``reader`` for ``kind``, its file suffixes and sniffer."""

    def decorate(reader: Reader) -> Reader:
        READERS[kind] = reader
        for suffix in suffixes:
            SUFFIX_KINDS[suffix.lower()] = kind
        if sniff is not None:
            SNIFFERS.append(sniff)
        return reader

    return decorate


def read_inputs(
    paths: Iterable[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_bytes: Callable[[int], None] = lambda n: None,
    stdin: BinaryIO | None = None,
    web: Any = None,
) -> Iterator[Item]:
    """Yield records and problems for every input named in ``paths``, in order."""
    for source in iter_inputs(paths, max_bytes=max_bytes, on_bytes=on_bytes, stdin=stdin, web=web):
        if isinstance(source, InputProblem):
            yield source
        else:
            yield from read_input(source)


def iter_inputs(
    paths: Iterable[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_bytes: Callable[[int], None] = lambda n: None,
    stdin: BinaryIO | None = None,
    web: Any = None,
) -> Iterator[Input | InputProblem]:
    """Expand ``paths`` into inputs: directories are walked (sorted, hidden
    entries skipped, only files with a registered suffix), ``-`` is stdin,
    ``http://`` and ``https://`` arguments are URLs to fetch."""
    for name in paths:
        if name == STDIN_NAME:
            yield Input(name="stdin", max_bytes=max_bytes, on_bytes=on_bytes, _stream=stdin, web=web)
            continue
        if name.lower().startswith(URL_PREFIXES):
            yield Input(name=name, max_bytes=max_bytes, on_bytes=on_bytes, kind="url", web=web)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, max_bytes, on_bytes, web)
        elif path.exists() or path.is_symlink():
            yield Input(name=str(path), path=path, max_bytes=max_bytes, on_bytes=on_bytes, web=web)
        else:
            yield InputProblem(str(path), "no such file or directory")


URL_PREFIXES = ("http://", "https://")


def suffix_kind(path: Path) -> str | None:
    """The kind registered for ``path``'s suffix, longest first (``.warc.gz``)."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    for count in range(min(len(suffixes), 2), 0, -1):
        kind = SUFFIX_KINDS.get("".join(suffixes[-count:]))
        if kind is not None:
            return kind
    return None


def _walk(
    root: Path, max_bytes: int, on_bytes: Callable[[int], None], web: Any = None
) -> Iterator[Input | InputProblem]:
    problems: list[InputProblem] = []

    def on_error(error: OSError) -> None:
        problems.append(InputProblem(error.filename or str(root), f"cannot read directory: {error.strerror}"))

    for directory, subdirectories, files in os.walk(root, onerror=on_error, followlinks=False):
        yield from problems
        problems.clear()
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for filename in sorted(files):
            if filename.startswith("."):
                continue
            if suffix_kind(Path(filename)) is None:
                continue
            path = Path(directory) / filename
            yield Input(name=str(path), path=path, max_bytes=max_bytes, on_bytes=on_bytes, web=web)
    yield from problems


def input_kind(source: Input, head: bytes) -> str:
    """The kind of ``source``: by suffix for files, else by sniffing ``head``."""
    if source.kind is not None:
        return source.kind
    if source.path is not None:
        kind = suffix_kind(source.path)
        if kind is not None:
            return kind
    for sniff in SNIFFERS:
        kind = sniff(head)
        if kind is not None:
            return kind
    return "text"


def read_input(source: Input) -> Iterator[Item]:
    """Dispatch ``source`` to the reader for its kind; never raises for bad input."""
    if source.kind is not None and source.path is None and source._stream is None:
        yield from READERS[source.kind](source)
        return
    try:
        stream = source.open()
        buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
        head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except OSError as error:
        yield InputProblem(source.name, f"cannot read: {error.strerror or error}")
        return
    source._stream = buffered
    try:
        yield from READERS[input_kind(source, head)](source)
    except OSError as error:
        yield InputProblem(source.name, f"cannot read: {error.strerror or error}")
    finally:
        source._stream = None
        if source.path is not None:
            buffered.close()


def decode(data: bytes, name: str) -> tuple[str | None, InputProblem | None]:
    """Decode article bytes: UTF-8 (BOM allowed), else cp1252 with a warning.

    Returns ``(text, problem)``; text is None when the bytes look binary.
    Old newsroom exports are commonly Windows-1252, which decodes any byte
    sequence, so the warning is what tells the user the guess was made.
    """
    if b"\x00" in data[:SNIFF_BYTES]:
        return None, InputProblem(name, "binary data, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        return text, InputProblem(
            name, f"not valid UTF-8 (byte {error.start}); decoded as cp1252", fatal=False
        )


def _read_capped(source: Input) -> tuple[bytes | None, InputProblem | None]:
    size = source.size()
    if size is not None and size > source.max_bytes:
        source.on_bytes(size)
        return None, InputProblem(source.name, _too_big(size, source.max_bytes))
    data = source.open().read(source.max_bytes + 1)
    source.on_bytes(len(data))
    if len(data) > source.max_bytes:
        return None, InputProblem(source.name, _too_big(None, source.max_bytes))
    return data, None


def _too_big(size: int | None, max_bytes: int) -> str:
    actual = f"{size / 1e6:.1f} MB" if size is not None else "more than the limit"
    return f"too large to be an article ({actual}; limit {max_bytes / 1e6:.1f} MB, see --max-size)"


def _sniff_jsonl(head: bytes) -> str | None:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return "jsonl" if stripped.startswith(b"{") else None


@register_reader("text", suffixes=(".txt", ".text"))
def read_text(source: Input) -> Iterator[Item]:
    """A plain-text file holding one or more articles (split by
    :func:`provenance.articles.split_articles`); one record per article, its
    text being the article body so stored offsets are offsets into it."""
    data, problem = _read_capped(source)
    if problem is not None:
        yield problem
        return
    text, problem = decode(data or b"", source.name)
    if problem is not None:
        yield problem
    if text is None:
        return
    if not text.strip():
        yield InputProblem(source.name, "empty: no text to ingest")
        return
    found = False
    for article in split_articles(text):
        body = text[article.start : article.end]
        if not body.strip():
            continue
        found = True
        record = {"text": body, "source_file": source.name}
        for key, value in (
            ("headline", article.headline),
            ("dateline", article.dateline),
            ("published", article.date_iso),
            ("published_text", article.date_text),
        ):
            if value:
                record[key] = value
        yield record
    if not found:
        yield InputProblem(source.name, "no article text found")


JSON_FIELDS = ("text", "url", "headline", "publisher", "published", "id", "dateline", "language")


@register_reader("jsonl", suffixes=(".jsonl", ".ndjson"), sniff=_sniff_jsonl)
def read_jsonl(source: Input) -> Iterator[Item]:
    """JSON Lines, one article object per line (``text`` required; ``url``,
    ``headline``, ``publisher``, ``published``, ``id`` optional). Streams line
    by line, so a corpus of any size reads in bounded memory; a bad line is a
    problem naming ``file:line`` and the rest of the file is still read."""
    stream = source.open()
    line_number = 0
    while True:
        line = stream.readline(source.max_bytes + 1)
        if not line:
            break
        line_number += 1
        source.on_bytes(len(line))
        where = f"{source.name}:{line_number}"
        if len(line) > source.max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1024 * 1024)
                source.on_bytes(len(line))
            yield InputProblem(where, _too_big(None, source.max_bytes))
            continue
        if not line.strip():
            continue
        text, problem = decode(line, where)
        if problem is not None:
            yield problem
        if text is None:
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            yield InputProblem(where, f"invalid JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(value, dict):
            yield InputProblem(where, f"expected a JSON object, got {type(value).__name__}")
            continue
        article_text = value.get("text")
        if not isinstance(article_text, str) or not article_text.strip():
            yield InputProblem(where, 'no "text" field with article text')
            continue
        record = {key: value[key] for key in JSON_FIELDS if value.get(key) not in (None, "")}
        for key in ("url", "headline", "publisher", "published", "id", "dateline", "language"):
            if key in record and not isinstance(record[key], str):
                record[key] = str(record[key])
        record["source_file"] = where
        yield record
    if line_number == 0:
        yield InputProblem(source.name, "empty: no text to ingest")


# The web kinds (HTML, feeds, WARC, URLs) register themselves; their libraries load lazily.
from . import web_inputs  # noqa: E402,F401
