"""Fetch web pages politely and predictably: the HTTP client behind URL and feed ingest.

One :class:`Fetcher` wraps an ``httpx.Client`` and adds what a news crawler needs and
httpx leaves to the caller: retries with exponential backoff on transient failures
(timeouts, connection errors, 429 and 5xx), redirects followed by hand so that a loop is
named as a loop, a size cap enforced while streaming (a missing or lying
``Content-Length`` cannot make us read a 2 GB body), an overall deadline per request (a
server trickling one byte a second never trips a per-read timeout), a User-Agent that
says who we are, and ``robots.txt`` when asked.

Every failure is a :class:`FetchError` whose message is one line that names the URL, so
the ingest layer can report it and go on with the batch.
"""

from __future__ import annotations

import email.utils
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

from . import __version__

#: Where an operator who sees our requests in their logs can learn what we are.
#: Says what the tool is, so a site operator can recognise it; the project has no
#: public home page to link yet, so none is invented here.
USER_AGENT = f"provenance/{__version__} (news attribution tracker; python-httpx)"
#: The token matched against ``User-agent:`` lines of robots.txt.
ROBOTS_AGENT = "provenance"

DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF = 1.0
DEFAULT_MAX_REDIRECTS = 10
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Never sleep longer than this for a server's Retry-After: a batch must keep moving.
MAX_RETRY_AFTER = 30.0

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL could not be fetched; ``str()`` is a one-line message naming the URL."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass
class FetchResult:
    """A successful (2xx) response, fully read and within the size cap."""

    url: str
    final_url: str
    status: int
    content_type: str
    content: bytes
    fetched_at: str
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)

    @property
    def charset(self) -> str | None:
        """The charset the server declared, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def megabytes(size: int) -> str:
    """A byte count as a short human figure for error messages."""
    return f"{size / (1024 * 1024):.3g} MB"


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    """A polite HTTP client for ingesting articles; use as a context manager.

    ``timeout`` bounds each connect/read and, doubled, the whole exchange; ``retries``
    is the number of extra attempts after a transient failure, waiting ``backoff``,
    then twice that, and so on. ``max_bytes`` caps a body; ``respect_robots`` makes
    every URL (and every redirect target) pass its host's robots.txt first.
    ``transport`` lets callers plug in an ``httpx`` transport (e.g. for a proxy).
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        respect_robots: bool = False,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
    ):
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_redirects = max_redirects
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self.user_agent = user_agent
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={
                "User-Agent": user_agent,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                "application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
            },
            transport=transport,
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()

    def fetch(self, url: str) -> FetchResult:
        """GET ``url``, following redirects, and return the final 2xx response.

        Raises :class:`FetchError` for a bad URL, an HTTP error status, a redirect
        loop or too many redirects, a robots.txt refusal, a body over the cap, or a
        transient failure that outlasted the retries.
        """
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise FetchError(url, "not an http(s) URL")
        chain = [url]
        current = url
        while True:
            if self.respect_robots and not self._allowed(current):
                raise FetchError(url, f"disallowed by robots.txt ({current})")
            response, content = self._get_with_retries(url, current)
            if response.status_code in REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
                target = urljoin(current, location.strip())
                if target in chain:
                    loop = " -> ".join(chain[chain.index(target):] + [target])
                    raise FetchError(url, f"redirect loop: {loop}")
                if len(chain) > self.max_redirects:
                    raise FetchError(url, f"more than {self.max_redirects} redirects")
                chain.append(target)
                current = target
                continue
            if not 200 <= response.status_code < 300:
                phrase = response.reason_phrase or ""
                raise FetchError(url, f"HTTP {response.status_code} {phrase}".rstrip())
            return FetchResult(
                url=url,
                final_url=current,
                status=response.status_code,
                content_type=_media_type(response.headers.get("content-type", "")),
                content=content,
                fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                headers={k.lower(): v for k, v in response.headers.items()},
                redirects=chain[1:],
            )

    def _get_with_retries(self, original: str, url: str) -> tuple[httpx.Response, bytes]:
        attempt = 0
        while True:
            try:
                response, content = self._get_once(original, url)
            except httpx.TimeoutException:
                failure, wait = f"timed out after {self.timeout:g}s", None
            except httpx.TransportError as error:
                failure, wait = f"connection failed: {_one_line(error)}", None
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response, content
                failure = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                wait = _retry_after(response)
            if attempt >= self.retries:
                tries = f" (after {attempt + 1} attempts)" if attempt else ""
                raise FetchError(original, failure + tries)
            delay = self.backoff * (2**attempt)
            if wait is not None:
                delay = min(max(delay, wait), MAX_RETRY_AFTER)
            time.sleep(delay)
            attempt += 1

    def _get_once(self, original: str, url: str) -> tuple[httpx.Response, bytes]:
        deadline = time.monotonic() + 2 * self.timeout
        with self._client.stream("GET", url) as response:
            if response.status_code in REDIRECT_STATUSES or not 200 <= response.status_code < 300:
                # The body of an error or redirect is not wanted; do not download it.
                return response, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(
                    original,
                    f"response is {megabytes(int(declared))}, over the {megabytes(self.max_bytes)} cap",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(
                        original, f"response exceeds the {megabytes(self.max_bytes)} cap"
                    )
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("overall deadline passed")
                chunks.append(chunk)
            return response, b"".join(chunks)

    def _allowed(self, url: str) -> bool:
        """Check robots.txt (RFC 9309): a missing file allows all, an unreachable one none."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        parser = self._robots[origin]
        if parser is None:
            return False
        return parser.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            response = self._client.get(origin + "/robots.txt", follow_redirects=True)
        except httpx.HTTPError:
            return None
        if response.status_code >= 500:
            return None
        if response.status_code >= 400:
            parser.parse([])
        else:
            parser.parse(response.text[: self.max_bytes].splitlines())
        return parser


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
