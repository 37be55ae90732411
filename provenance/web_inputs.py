"""The web input kinds of ``provenance ingest``: HTML files, feeds, WARC archives, URLs.

Registered with :mod:`provenance.inputs` like the text and JSON Lines kinds, so a
directory of saved pages, a feed file, a ``.warc.gz`` or an ``https://`` argument all
go through the same batching, atomicity and summary. trafilatura, httpx and warcio are
imported only when an input of these kinds is met: ingesting plain text stays quick
to start.

The readers in :mod:`provenance.web` and friends yield their own ``ReadError`` and
``Skipped`` values; here they become :class:`~provenance.inputs.InputProblem` and
:class:`~provenance.inputs.InputSkipped`, which ``provenance.db.ingest`` counts.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .inputs import Input, InputProblem, InputSkipped, Item, _read_capped, register_reader

if TYPE_CHECKING:
    from .fetch import Fetcher


@dataclass
class WebOptions:
    """What the web readers need beyond the input itself.

    ``seen_url`` / ``seen_raw_hash`` answer "is this already stored?" from the
    database, so feed items already ingested are not fetched again and an unchanged
    page is not extracted again. The :class:`~provenance.fetch.Fetcher` is built on
    first use and shared by every URL and feed of the run (one connection pool, one
    robots.txt cache). ``workers`` processes extract the pages of a WARC archive.
    """

    timeout: float = 20.0
    retries: int = 2
    respect_robots: bool = False
    max_bytes: int = 16_000_000
    workers: int = 1
    seen_url: Callable[[str], bool] | None = None
    seen_raw_hash: Callable[[str], bool] | None = None
    _fetcher: "Fetcher | None" = field(default=None, repr=False)

    def fetcher(self) -> "Fetcher":
        """The run's shared HTTP client, created on first use."""
        if self._fetcher is None:
            from .fetch import Fetcher

            self._fetcher = Fetcher(
                timeout=self.timeout,
                retries=self.retries,
                respect_robots=self.respect_robots,
                max_bytes=self.max_bytes,
            )
        return self._fetcher

    def close(self) -> None:
        """Close the HTTP client if one was opened."""
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None


def _options(source: Input) -> WebOptions:
    return source.web if isinstance(source.web, WebOptions) else WebOptions(max_bytes=source.max_bytes)


def _convert(items) -> Iterator[Item]:
    """The web readers' error and skip values as the ingest pipeline's."""
    from .web import ReadError, Skipped

    for item in items:
        if isinstance(item, ReadError):
            yield InputProblem(item.source, item.message)
        elif isinstance(item, Skipped):
            yield InputSkipped(item.source, item.reason)
        else:
            yield item


def _sniff_html(head: bytes) -> str | None:
    from .web import looks_like_html

    return "html" if looks_like_html(head) else None


def _sniff_feed(head: bytes) -> str | None:
    lowered = head[:1024].lower()
    return "feed" if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered else None


def _sniff_warc(head: bytes) -> str | None:
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
        except zlib.error:
            return None
    return "warc" if head.startswith(b"WARC/") else None


@register_reader("html", suffixes=(".html", ".htm", ".xhtml"), sniff=_sniff_html)
def read_html(source: Input) -> Iterator[Item]:
    """A saved web page: its main article text and metadata (trafilatura)."""
    from .web import page_items

    data, problem = _read_capped(source)
    if problem is not None:
        yield problem
        return
    options = _options(source)
    file_name = source.name if source.path is not None else None
    yield from _convert(
        page_items(data or b"", source=source.name, source_file=file_name, seen=options.seen_raw_hash)
    )


@register_reader("feed", suffixes=(".rss", ".atom", ".xml"), sniff=_sniff_feed)
def read_feed(source: Input) -> Iterator[Item]:
    """An RSS or Atom feed file: each item's full content, or its page fetched.

    ``.xml`` is also the suffix of sitemaps, configuration and data files that sit
    beside saved pages: one that is not a feed is a warning, not a failure.
    """
    from .feeds import feed_items, looks_like_feed

    data, problem = _read_capped(source)
    if problem is not None:
        yield problem
        return
    is_xml_file = source.path is not None and source.path.suffix.lower() == ".xml"
    if is_xml_file and not looks_like_feed(data or b""):
        yield InputProblem(source.name, "not an RSS or Atom feed, skipped", fatal=False)
        return
    options = _options(source)
    yield from _convert(
        feed_items(
            data or b"",
            source=source.name,
            fetcher=options.fetcher(),
            seen_url=options.seen_url,
            seen_raw_hash=options.seen_raw_hash,
        )
    )


@register_reader("warc", suffixes=(".warc", ".warc.gz"), sniff=_sniff_warc)
def read_warc_input(source: Input) -> Iterator[Item]:
    """A WARC / WARC.gz web archive, streamed record by record."""
    from .warc import read_warc

    if source.path is None:
        yield InputProblem(source.name, "a WARC archive must be given as a file, not on standard input")
        return
    options = _options(source)
    yield from _convert(
        read_warc(
            source.path,
            seen_raw_hash=options.seen_raw_hash,
            max_bytes=source.max_bytes,
            on_bytes=source.on_bytes,
            workers=options.workers,
        )
    )


@register_reader("url")
def read_url_input(source: Input) -> Iterator[Item]:
    """An ``http(s)://`` argument: an article page, or a feed whose items are read."""
    from .web import read_url

    options = _options(source)
    yield from _convert(
        read_url(
            source.name,
            options.fetcher(),
            seen_url=options.seen_url,
            seen_raw_hash=options.seen_raw_hash,
        )
    )
