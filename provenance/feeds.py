"""RSS and Atom feeds -> article records, one per item.

An outlet's feed is how many people follow it. Each item becomes an article: from the
item's own full content when the feed carries it (``content:encoded``, Atom
``<content>``), which saves a request and is what the publisher chose to syndicate, or
else from the item's linked page, fetched with the same polite :class:`Fetcher`.
Items whose link is already stored are skipped without a request, so polling a feed
repeatedly costs one request per new item. feedparser copes with the malformed XML
real feeds are full of; an item it cannot use is one error and the other items land.
"""

from __future__ import annotations

import calendar
import time
from html import escape
from pathlib import Path
from typing import Callable, Iterator

import feedparser

from .fetch import FetchError, Fetcher
from .web import (
    Item,
    ReadError,
    SeenRawHash,
    Skipped,
    is_html,
    page_items,
)

#: A ``<description>``/``<summary>`` is usually a teaser, and the linked page is
#: fetched; one this long (in HTML characters) is the article itself.
SUMMARY_AS_ARTICLE_CHARS = 1500

FEED_MEDIA_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+xml",
    }
)
FEED_SUFFIXES = (".rss", ".atom", ".xml")

#: ``seen_url(url)`` -> True when an article with this URL is already stored.
SeenUrl = Callable[[str], bool]


def parse_feed(content: bytes, base_url: str | None = None) -> feedparser.FeedParserDict | None:
    """Parse bytes as RSS/Atom; None when they are not a feed at all."""
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(content, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        return None
    return parsed


def looks_like_feed(content: bytes) -> bool:
    """Cheap sniff before a full parse: a feed's root element is near the top."""
    head = content[:1024].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed_file(
    path: str | Path,
    fetcher: Fetcher | None = None,
    *,
    seen_url: SeenUrl | None = None,
    seen_raw_hash: SeenRawHash | None = None,
) -> Iterator[Item]:
    """Read a saved feed file; linked pages are fetched only if a ``fetcher`` is given."""
    name = str(path)
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        yield ReadError(name, error.strerror or str(error))
        return
    yield from feed_items(
        content, source=name, fetcher=fetcher, seen_url=seen_url, seen_raw_hash=seen_raw_hash
    )


def feed_items(
    content: bytes,
    *,
    source: str,
    base_url: str | None = None,
    fetcher: Fetcher | None = None,
    seen_url: SeenUrl | None = None,
    seen_raw_hash: SeenRawHash | None = None,
) -> Iterator[Item]:
    """Each item of a feed -> a record, a :class:`Skipped` or a :class:`ReadError`."""
    parsed = parse_feed(content, base_url)
    if parsed is None:
        reason = parsed_error(content)
        yield ReadError(source, f"not an RSS or Atom feed{reason}")
        return
    publisher = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield from _entry_items(
            entry,
            label=f"{source} item {number}",
            publisher=publisher,
            fetcher=fetcher,
            seen_url=seen_url,
            seen_raw_hash=seen_raw_hash,
        )


def parsed_error(content: bytes) -> str:
    """Why feedparser rejected the bytes, as a suffix for an error message."""
    error = feedparser.parse(content).get("bozo_exception")
    return f" ({' '.join(str(error).split())})" if error else ""


def _entry_items(
    entry,
    *,
    label: str,
    publisher: str | None,
    fetcher: Fetcher | None,
    seen_url: SeenUrl | None,
    seen_raw_hash: SeenRawHash | None,
) -> Iterator[Item]:
    link = _clean(entry.get("link"))
    if link and seen_url is not None and seen_url(link):
        yield Skipped(link, "already stored")
        return
    fallback = {
        "headline": _clean(entry.get("title")),
        "published": _entry_date(entry),
        "author": _clean(entry.get("author")),
        "publisher": publisher,
        "url": link,
    }
    full_content = _full_content(entry, has_link=bool(link))
    if full_content is not None:
        wrapped = _wrap_content(full_content, fallback["headline"])
        item = next(
            page_items(
                wrapped,
                source=link or label,
                url=link,
                source_file=link,
                fallback=fallback,
                seen=seen_raw_hash,
            )
        )
        if not isinstance(item, ReadError):
            yield item
            return
    if not link:
        yield ReadError(label, "item has neither a link nor full content")
        return
    if not link.lower().startswith(("http://", "https://")):
        yield ReadError(label, f"item link is not an http(s) URL: {link}")
        return
    if fetcher is None:
        yield ReadError(link, "feed item has no full content and fetching is off")
        return
    try:
        result = fetcher.fetch(link)
    except FetchError as error:
        yield ReadError(error.url, error.reason)
        return
    if not is_html(result.content_type, result.content):
        yield ReadError(link, f"not an HTML page ({result.content_type or 'no content type'})")
        return
    yield from page_items(
        result.content,
        source=link,
        url=result.final_url,
        source_file=link,
        fallback=fallback,
        seen=seen_raw_hash,
    )


def _full_content(entry, has_link: bool) -> str | None:
    """The item's HTML body when the feed syndicates the whole article.

    ``content:encoded`` and Atom ``<content>`` are meant for the full text; a summary
    counts only when it is article-length, or when there is no page to fetch instead.
    """
    parts = [part.get("value") or "" for part in entry.get("content") or []]
    content = max(parts, key=len, default="")
    if content:
        return content
    summary = entry.get("summary") or ""
    if summary and (not has_link or len(summary) >= SUMMARY_AS_ARTICLE_CHARS):
        return summary
    return None


def _wrap_content(body_html: str, title: str | None) -> bytes:
    """A feed item's content as a standalone page, so the same extraction applies.

    Deterministic, so its hash stays stable across polls of the same item.
    """
    head = f"<title>{escape(title)}</title>" if title else ""
    return f"<html><head>{head}</head><body><article>{body_html}</article></body></html>".encode()


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            stamp = calendar.timegm(value)
            return time.strftime("%Y-%m-%d", time.gmtime(stamp))
    return None


def _clean(value) -> str | None:
    if not value:
        return None
    value = " ".join(str(value).split())
    return value or None
