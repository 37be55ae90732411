"""WARC / WARC.gz web archives -> article records, streamed.

Web archives (the Common Crawl news crawl, a newsroom's own crawls, Webrecorder
captures) hold thousands of pages per file and run to gigabytes. warcio reads them
record by record from a stream, gzip member by member, so memory holds one record at
a time whatever the archive's size. Each HTML ``response`` record becomes an article
with its ``WARC-Target-URI`` as URL; the capture date (``WARC-Date``) stands in for
the publication date when the page itself gives none, since a page cannot have been
published after it was captured. Records that are not HTML pages (images,
stylesheets, redirects, request and metadata records) are not articles and pass by
silently.
"""

from __future__ import annotations

import multiprocessing
import zlib
from pathlib import Path
from typing import Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .fetch import DEFAULT_MAX_BYTES, megabytes
from .web import (
    HTML_MEDIA_TYPES,
    VAGUE_MEDIA_TYPES,
    Item,
    ReadError,
    SeenRawHash,
    Skipped,
    is_html,
    page_items,
    raw_hash,
)

WARC_SUFFIXES = (".warc", ".warc.gz")
BLOCK_SIZE = 64 * 1024


def is_warc_path(path: str | Path) -> bool:
    """Whether a file name says WARC (``.warc`` or ``.warc.gz``)."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def read_warc(
    path: str | Path,
    *,
    seen_raw_hash: SeenRawHash | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_bytes: Callable[[int], None] | None = None,
    workers: int = 1,
) -> Iterator[Item]:
    """Each HTML response record of a WARC file -> a record, a skip or an error.

    ``on_bytes`` is told how many bytes of the file each record took (progress bars).
    With ``workers`` > 1 the HTML extraction, which costs far more than reading the
    archive, runs in a process pool, a chunk of pages ahead of the caller.
    """
    name = str(path)
    captures = iter_html_captures(path, max_bytes=max_bytes, on_bytes=on_bytes)
    if workers > 1:
        yield from _extract_in_pool(name, captures, seen_raw_hash, workers)
        return
    for captured in captures:
        if isinstance(captured, ReadError):
            yield captured
            continue
        yield from _capture_items(name, captured, seen_raw_hash)


def _capture_items(name: str, captured: tuple, seen_raw_hash: SeenRawHash | None = None) -> list[Item]:
    uri, date, content = captured
    return list(
        page_items(
            content,
            source=f"{name} {uri}",
            url=uri,
            source_file=name,
            fallback={"published": date, "url": uri},
            seen=seen_raw_hash,
        )
    )


def _extract_in_pool(name: str, captures, seen_raw_hash: SeenRawHash | None, workers: int) -> Iterator[Item]:
    """Extract pages in ``workers`` processes, in the archive's order chunk by chunk.

    The "already stored" check runs here, in the caller's process and thread,
    because it reads the caller's database connection.
    """
    chunk_size = 16 * workers
    with multiprocessing.Pool(workers) as pool:
        pending = None
        for chunk in _chunks(captures, chunk_size):
            ready: list[Item] = []
            todo = []
            for captured in chunk:
                if isinstance(captured, ReadError):
                    ready.append(captured)
                elif seen_raw_hash is not None and seen_raw_hash(raw_hash(captured[2])):
                    ready.append(Skipped(f"{name} {captured[0]}", "unchanged page already stored"))
                else:
                    todo.append((name, captured))
            submitted = pool.starmap_async(_capture_items, todo, chunksize=max(1, len(todo) // workers))
            if pending is not None:
                yield from _flatten(pending)
            pending = (ready, submitted)
        if pending is not None:
            yield from _flatten(pending)


def _flatten(pending) -> Iterator[Item]:
    ready, submitted = pending
    yield from ready
    for items in submitted.get():
        yield from items


def _chunks(items, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _QuietArchiveIterator(ArchiveIterator):
    """warcio prints a multi-line warning to stderr for each record with a wrong
    length; we count them (``err_count``) and report one line instead."""

    INC_RECORD = ""


def iter_html_captures(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[tuple[str, str | None, bytes] | ReadError]:
    """Yield ``(target_uri, capture_date, html_bytes)`` for each HTML page captured.

    Split from :func:`read_warc` so a caller can hand the (cheap) reading and the
    (expensive) extraction to different processes. A damaged or truncated archive
    yields its readable pages, then one error.
    """
    name = str(path)
    try:
        stream = open(path, "rb")
    except OSError as error:
        yield ReadError(name, error.strerror or str(error))
        return
    with stream:
        problem = _not_an_archive(stream)
        if problem:
            yield ReadError(name, problem)
            return
        records = end = 0
        archive = _QuietArchiveIterator(stream, arc2warc=True)
        iterator = iter(archive)
        while True:
            try:
                record = next(iterator)
                capture = _html_capture(record, name, max_bytes)
                complete = _complete(record)
            except StopIteration:
                break
            except Exception as error:  # warcio fails in many ways on damaged bytes
                detail = "" if isinstance(error, ArchiveLoadFailed) else f": {_one_line(error)}"
                yield ReadError(name, f"archive is truncated or damaged after {records} records{detail}")
                return
            if not complete:
                yield ReadError(name, f"archive is truncated or damaged after {records} records")
                return
            archive.read_to_end(record)
            previous_end, end = end, archive.get_record_offset() + archive.get_record_length()
            if on_bytes is not None:
                on_bytes(end - previous_end)
            records += 1
            if capture is not None:
                yield capture
        if records == 0 or _trailing_bytes(stream, end):
            # A download cut inside a record's headers or gzip member: warcio ends quietly.
            yield ReadError(name, f"archive is truncated or damaged after {records} records")
        elif archive.err_count:
            yield ReadError(name, f"{archive.err_count} records had a wrong Content-Length")


def _not_an_archive(stream) -> str | None:
    """Why the file is not a WARC (or ARC), judged from its first bytes; rewinds."""
    head = stream.read(4096)
    stream.seek(0)
    if not head:
        return "empty file"
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
        except zlib.error:
            return "not a WARC file (unreadable gzip data)"
    if head.startswith((b"WARC/", b"filedesc://")):
        return None
    return "not a WARC file (no WARC/1.x header)"


def _trailing_bytes(stream, end: int) -> bool:
    """Whether anything but blank lines follows the last whole record."""
    stream.seek(end)
    while chunk := stream.read(BLOCK_SIZE):
        if chunk.strip():
            return True
    return False


def _complete(record) -> bool:
    """Drain what is left of a record and say whether all its declared bytes were there.

    warcio stops quietly at the end of a cut-off file, which would store the first
    half of a page as if it were the article.
    """
    if record.rec_type is None or record.length is None:
        return False
    raw = record.raw_stream
    while raw.read(BLOCK_SIZE):
        pass
    return getattr(raw, "limit", 0) == 0


def _html_capture(record, name: str, max_bytes: int):
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type not in HTML_MEDIA_TYPES and media_type not in VAGUE_MEDIA_TYPES:
        return None
    content = record.content_stream().read(max_bytes + 1)
    if not is_html(media_type, content):
        return None
    if len(content) > max_bytes:
        return ReadError(f"{name} {uri}", f"page is over the {megabytes(max_bytes)} cap")
    date = record.rec_headers.get_header("WARC-Date")
    return uri, (date[:10] if date else None), content


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
