"""HTML -> article record: main text and metadata, boilerplate left behind.

Hand-written tag stripping lets navigation, captions, "related" lists, cookie banners
and comment threads reach the claim extractor, where every "said" in a comment becomes a
claim. trafilatura is built for exactly this (main-content detection plus metadata from
JSON-LD, OpenGraph, ``<meta>`` and the markup), so this module is a thin, tested layer
over it that produces the record shape ``provenance.db.save_article`` takes.

The raw bytes are hashed before anything else (``raw_hash``), so a re-fetch of an
unchanged page can be recognised without extracting it again.

The readers here and in ``fetch``/``feeds``/``warc`` yield three kinds of item: a
record ``dict``, a :class:`ReadError` (one input failed; the batch goes on) or a
:class:`Skipped` (deliberately not ingested, counted in the summary).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Union
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

if TYPE_CHECKING:
    from .fetch import Fetcher

#: Below this many characters of text, a language guess from the words is noise and
#: the page's own declaration (``<html lang>``) is trusted instead.
MIN_TEXT_FOR_DETECTION = 120
#: The opening of an article is plenty to tell its language; the rest is cost.
DETECTION_CHARS = 1000

#: Less text than this is a menu, a login wall or a photo page, not an article.
MIN_ARTICLE_CHARS = 80

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Content types servers send when they do not know better; the bytes decide.
VAGUE_MEDIA_TYPES = frozenset({"", "application/octet-stream", "text/plain"})


@dataclass(frozen=True)
class ReadError:
    """One input (file, URL, feed item, WARC record) that could not be read."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Skipped:
    """An input deliberately not ingested, with the reason the summary reports."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: skipped ({self.reason})"


Item = Union[dict, ReadError, Skipped]
#: ``seen(raw_hash)`` -> True when a page with these exact bytes is already stored.
SeenRawHash = Callable[[str], bool]


def raw_hash(content: bytes | str) -> str:
    """SHA-256 of the raw page bytes, the key that makes a re-fetch a no-op."""
    if isinstance(content, str):
        content = content.encode("utf-8")
    return hashlib.sha256(content).hexdigest()


def looks_like_html(content: bytes) -> bool:
    """Sniff bytes for HTML markup, for files and responses with no reliable type."""
    head = content[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    return head.startswith((b"<!doctype html", b"<html")) or any(
        tag in head for tag in (b"<head", b"<body", b"<meta ", b"<title")
    )


def is_html(content_type: str, content: bytes) -> bool:
    """Whether a response is a web page, trusting the sniff only when the type is vague."""
    if content_type in HTML_MEDIA_TYPES:
        return True
    return content_type in VAGUE_MEDIA_TYPES and looks_like_html(content)


class ExtractionError(ValueError):
    """The page holds no article text (an index page, a login wall, an empty shell)."""


def html_to_record(
    content: bytes | str,
    *,
    url: str | None = None,
    source_file: str | None = None,
    fallback: dict | None = None,
) -> dict:
    """Extract the article from one HTML page.

    Returns ``{"text", "url", "headline", "author", "publisher", "published",
    "raw_hash", "language", "source_file"}``. ``url`` is where the page came from
    (used when the page names no canonical URL); ``fallback`` supplies metadata the
    page lacks (a feed item's title and date, a WARC record's date).
    Raises :class:`ExtractionError` when no article text is found.
    """
    fallback = fallback or {}
    tree = load_html(content)
    if tree is None:
        raise ExtractionError("not parseable as HTML")
    declared_language = _declared_language(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    if document is None or not (document.text or "").strip():
        raise ExtractionError("no article text found")
    headline = _clean(document.title) or fallback.get("headline")
    text = _article_text(document.text, headline)
    if len(text) < MIN_ARTICLE_CHARS:
        raise ExtractionError("no article text found")
    page_url = _clean(document.url) or url or fallback.get("url")
    publisher = _site_name(document) or fallback.get("publisher") or _hostname_publisher(page_url)
    return {
        "text": text,
        "url": page_url,
        "headline": headline,
        "author": _clean(document.author) or fallback.get("author"),
        "publisher": publisher,
        "published": _clean(document.date) or fallback.get("published"),
        "raw_hash": raw_hash(content),
        "language": detect_language(text, declared_language),
        "source_file": source_file,
    }


def read_html_file(path: str | Path, seen: SeenRawHash | None = None) -> Iterator[Item]:
    """Read a saved web page (``.html``/``.htm``) as one article record."""
    name = str(path)
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        yield ReadError(name, error.strerror or str(error))
        return
    yield from page_items(content, source=name, source_file=name, seen=seen)


def page_items(
    content: bytes,
    *,
    source: str,
    url: str | None = None,
    source_file: str | None = None,
    fallback: dict | None = None,
    seen: SeenRawHash | None = None,
) -> Iterator[Item]:
    """One HTML page -> a record, or a :class:`Skipped` no-op, or a :class:`ReadError`."""
    if seen is not None and seen(raw_hash(content)):
        yield Skipped(source, "unchanged page already stored")
        return
    try:
        yield html_to_record(content, url=url, source_file=source_file, fallback=fallback)
    except ExtractionError as error:
        yield ReadError(source, str(error))


def read_url(
    url: str,
    fetcher: "Fetcher",
    *,
    seen_url: Callable[[str], bool] | None = None,
    seen_raw_hash: SeenRawHash | None = None,
) -> Iterator[Item]:
    """Fetch an ``http(s)://`` argument: an article page, or a feed whose items are read.

    The record's ``url`` is the page's canonical URL, else the final URL after
    redirects; its ``source_file`` is the URL as given, so that a feed item's link
    is found again even when the page names another canonical URL. Pages are not
    skipped by URL (the page may have been updated), only by ``raw_hash``; feed
    items are skipped by URL before any request.
    """
    from .feeds import feed_items, looks_like_feed
    from .fetch import FetchError

    try:
        result = fetcher.fetch(url)
    except FetchError as error:
        yield ReadError(error.url, error.reason)
        return
    if is_html(result.content_type, result.content):
        yield from page_items(
            result.content, source=url, url=result.final_url, source_file=url, seen=seen_raw_hash
        )
    elif "xml" in result.content_type or looks_like_feed(result.content):
        yield from feed_items(
            result.content,
            source=url,
            base_url=result.final_url,
            fetcher=fetcher,
            seen_url=seen_url,
            seen_raw_hash=seen_raw_hash,
        )
    else:
        kind = result.content_type or "no content type"
        yield ReadError(url, f"not an HTML page or a feed ({kind})")


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The article's language as an ISO 639-1 code.

    Long enough text is identified from its words (py3langid: a model shipped inside
    the package, no download), since templates often declare ``lang="en"`` on every
    page of a multilingual site; short text falls back to the page's declaration.
    """
    if len(text) >= MIN_TEXT_FOR_DETECTION:
        language, _score = _language_identifier().classify(text[:DETECTION_CHARS])
        return language
    return declared


@functools.cache
def _language_identifier():
    """py3langid, with numpy's BLAS kept to one thread.

    Its classifier is one small matrix-vector product per page; a multi-threaded
    BLAS spends far longer waking threads than computing it, and on a busy machine
    that made language identification ten times slower than the HTML extraction.
    """
    import py3langid
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
    return py3langid


def _declared_language(tree) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in tree.iterfind(".//meta"):
            key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language") and meta.get("content"):
                lang = meta.get("content")
                break
    if not lang:
        return None
    primary = lang.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _article_text(extracted: str, headline: str | None) -> str:
    """Paragraphs separated by blank lines, without the headline trafilatura keeps on top.

    The headline is stored in its own column; left in the body it would be read as the
    first sentence of the article.
    """
    lines = [line.strip() for line in extracted.splitlines()]
    lines = [line for line in lines if line]
    if lines and headline and lines[0].casefold() == headline.casefold():
        lines = lines[1:]
    return "\n\n".join(lines)


def _site_name(document) -> str | None:
    """The site's own name, not trafilatura's stand-in of the host name."""
    name = _clean(document.sitename)
    if name is None:
        return None
    hosts = {urlsplit(u).netloc.lower() for u in (document.url, document.hostname) if u}
    hosts |= {document.hostname.lower()} if document.hostname else set()
    lowered = name.lower().removeprefix("www.")
    if any(lowered == host.removeprefix("www.") for host in hosts):
        return None
    return name


def _hostname_publisher(url: str | None) -> str | None:
    """A site that names itself nowhere is known by its host name."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
