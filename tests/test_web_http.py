"""Fetching URLs and feeds from a real local HTTP server (provenance.fetch, .web, .feeds)."""

import time

import pytest

from provenance.feeds import feed_items, read_feed_file
from provenance.fetch import USER_AGENT, FetchError, Fetcher
from provenance.web import ReadError, Skipped, read_url
from web_pages import BODY_PARAGRAPHS, BOILERPLATE, article_page
from web_server import LocalServer, flaky, html, raw, redirect, slow

CAP = 64 * 1024
FULL_CONTENT = "".join(
    f"<p>{p}</p>"
    for p in [
        "The library board said on Monday that the branch on Quarry Lane would reopen in "
        "March after a two-year renovation paid for by a county bond.",
        '"Readers have waited long enough," the board secretary, Tomas Ferreira, said in '
        "a statement, adding that the reading room would keep its old oak tables.",
        "A contractor familiar with the work said the roof had been the costliest part, "
        "according to invoices reviewed by the newsletter.",
    ]
)


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbor Ledger</title><link>{base}/</link><description>News</description>
<item><title>Council closes ferry pier for repairs</title><link>{base}/article</link>
  <pubDate>Thu, 12 Oct 2023 08:30:00 GMT</pubDate><description>Teaser only.</description></item>
<item><title>Quarry Lane library to reopen</title><link>{base}/library</link>
  <pubDate>Mon, 06 Nov 2023 09:00:00 GMT</pubDate>
  <content:encoded><![CDATA[{FULL_CONTENT}]]></content:encoded></item>
<item><title>Gone story</title><link>{base}/missing</link></item>
<item><title>Item with nothing</title><description>short</description></item>
<item><title>A podcast</title><link>{base}/episode.mp3</link></item>
</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quayside Weekly</title>
<id>urn:quayside</id><updated>2023-11-06T09:00:00Z</updated>
<entry><title>Quarry Lane library to reopen</title><id>urn:1</id>
  <link href="{base}/library"/><updated>2023-11-06T09:00:00Z</updated>
  <content type="html"><![CDATA[{FULL_CONTENT}]]></content></entry>
<entry><title>Council closes ferry pier for repairs</title><id>urn:2</id>
  <link href="/article"/><updated>2023-10-12T08:30:00Z</updated>
  <summary>Teaser only.</summary></entry>
</feed>"""


@pytest.fixture
def server():
    with LocalServer({}) as local:
        base = local.base
        local.routes.update(
            {
                "/article": html(article_page()),
                "/moved": redirect("/article", 301),
                "/hop1": redirect("/hop2"),
                "/hop2": redirect(base + "/article", 307),
                "/loop-a": redirect("/loop-b"),
                "/loop-b": redirect("/loop-a"),
                "/missing": html("<h1>Not found</h1>", status=404),
                "/slow": slow(1.0, html(article_page())),
                "/flaky": flaky(2, html(article_page())),
                "/down": flaky(100, html(article_page())),
                "/report.pdf": raw(b"%PDF-1.7 " + b"x" * 500, "application/pdf"),
                "/episode.mp3": raw(b"ID3" + b"\0" * 500, "audio/mpeg"),
                "/huge": html("<p>" + "word " * (CAP // 4) + "</p>"),
                "/huge-declared": raw(b"x" * 10, "text/html", **{"Content-Length": str(CAP * 10)}),
                "/feed.xml": raw(rss(base).encode(), "application/rss+xml"),
                "/atom": raw(atom(base).encode(), "application/atom+xml; charset=utf-8"),
                "/broken-feed": raw(b"<rss><channel><item>", "application/rss+xml"),
                "/robots.txt": raw(b"User-agent: *\nDisallow: /private\n", "text/plain"),
                "/private/page": html(article_page()),
            }
        )
        yield local


@pytest.fixture
def fetcher():
    with Fetcher(timeout=0.3, retries=0, backoff=0.01, max_bytes=CAP) as client:
        yield client


def test_fetch_records_final_url_and_user_agent(server, fetcher):
    result = fetcher.fetch(server.url("/hop1"))
    assert result.final_url == server.url("/article")
    assert result.redirects == [server.url("/hop2"), server.url("/article")]
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert all(headers["User-Agent"] == USER_AGENT for _, headers in server.requests)
    assert USER_AGENT.startswith("provenance/") and "attribution" in USER_AGENT


@pytest.mark.parametrize(
    "path,message",
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/slow", "timed out after 0.3s"),
        ("/loop-a", "redirect loop: {base}/loop-a -> {base}/loop-b -> {base}/loop-a"),
        ("/huge", "response exceeds the 0.0625 MB cap"),
        ("/huge-declared", "response is 0.625 MB, over the 0.0625 MB cap"),
        ("/down", "HTTP 503 Service Unavailable"),
    ],
)
def test_fetch_errors_are_one_line(server, fetcher, path, message):
    with pytest.raises(FetchError) as info:
        fetcher.fetch(server.url(path))
    assert str(info.value) == f"{server.url(path)}: {message.format(base=server.base)}"
    assert "\n" not in str(info.value)


def test_timeout_is_short(server, fetcher):
    started = time.monotonic()
    with pytest.raises(FetchError):
        fetcher.fetch(server.url("/slow"))
    assert time.monotonic() - started < 0.9


def test_retries_with_backoff_then_succeed(server):
    with Fetcher(timeout=1, retries=2, backoff=0.01) as client:
        result = client.fetch(server.url("/flaky"))
    assert result.status == 200
    assert server.paths_requested().count("/flaky") == 3


def test_retries_give_up(server):
    with Fetcher(timeout=1, retries=2, backoff=0.01) as client, pytest.raises(FetchError) as info:
        client.fetch(server.url("/down"))
    assert info.value.reason == "HTTP 503 Service Unavailable (after 3 attempts)"
    assert server.paths_requested().count("/down") == 3


def test_no_retry_on_404(server):
    with Fetcher(timeout=1, retries=3, backoff=0.01) as client, pytest.raises(FetchError):
        client.fetch(server.url("/missing"))
    assert server.paths_requested().count("/missing") == 1


def test_too_many_redirects(server):
    with Fetcher(max_redirects=1) as client, pytest.raises(FetchError) as info:
        client.fetch(server.url("/hop1"))
    assert info.value.reason == "more than 1 redirects"


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "not a url"])
def test_only_http_urls(fetcher, url):
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.reason == "not an http(s) URL"


def test_robots_respected_only_when_asked(server):
    with Fetcher(timeout=1, respect_robots=True) as polite:
        with pytest.raises(FetchError) as info:
            polite.fetch(server.url("/private/page"))
        assert "disallowed by robots.txt" in info.value.reason
        assert polite.fetch(server.url("/article")).status == 200
    assert "/private/page" not in server.paths_requested()
    assert server.paths_requested().count("/robots.txt") == 1
    with Fetcher(timeout=1) as plain:
        assert plain.fetch(server.url("/private/page")).status == 200


def test_robots_checked_on_redirect_target(server):
    server.routes["/to-private"] = redirect("/private/page")
    with Fetcher(timeout=1, respect_robots=True) as polite, pytest.raises(FetchError) as info:
        polite.fetch(server.url("/to-private"))
    assert info.value.reason == f"disallowed by robots.txt ({server.url('/private/page')})"


def test_missing_robots_allows_everything():
    with LocalServer({"/page": html(article_page())}) as local:
        with Fetcher(timeout=1, respect_robots=True) as polite:
            assert polite.fetch(local.url("/page")).status == 200


def test_read_url_page(server, fetcher):
    (record,) = read_url(server.url("/moved"), fetcher)
    assert record["url"] == "https://ledger.example/news/ferry-pier"  # canonical wins
    assert record["headline"] == "Council closes ferry pier for repairs"
    assert record["published"] == "2023-10-12"
    assert BODY_PARAGRAPHS[2] in record["text"]
    assert not any(junk in record["text"] for junk in BOILERPLATE)


def test_read_url_records_final_url_without_canonical(server, fetcher):
    server.routes["/plain"] = html(article_page(canonical=None))
    server.routes["/go"] = redirect("/plain")
    (record,) = read_url(server.url("/go"), fetcher)
    assert record["url"] == server.url("/plain")


def test_refetch_of_unchanged_page_is_a_no_op(server, fetcher):
    (first,) = read_url(server.url("/article"), fetcher)
    stored = {first["raw_hash"]}
    (again,) = read_url(server.url("/article"), fetcher, seen_raw_hash=stored.__contains__)
    assert isinstance(again, Skipped)
    assert again.reason == "unchanged page already stored"


def test_read_url_non_html(server, fetcher):
    (error,) = read_url(server.url("/report.pdf"), fetcher)
    assert isinstance(error, ReadError)
    assert str(error) == f"{server.url('/report.pdf')}: not an HTML page or a feed (application/pdf)"


def test_batch_of_urls_failures_and_successes(server, fetcher):
    """Each bad URL is one one-line error; the good ones still give articles."""
    paths = ["/missing", "/article", "/slow", "/loop-a", "/report.pdf", "/huge", "/moved"]
    items = [item for path in paths for item in read_url(server.url(path), fetcher)]
    errors = [item for item in items if isinstance(item, ReadError)]
    records = [item for item in items if isinstance(item, dict)]
    assert len(records) == 2
    assert [e.source for e in errors] == [
        server.url(p) for p in ["/missing", "/slow", "/loop-a", "/report.pdf", "/huge"]
    ]
    assert all("\n" not in str(e) for e in errors)


def test_rss_feed_items(server, fetcher):
    items = list(read_url(server.url("/feed.xml"), fetcher))
    by_kind = {
        "records": [i for i in items if isinstance(i, dict)],
        "errors": [str(i) for i in items if isinstance(i, ReadError)],
    }
    teaser, full = by_kind["records"]
    # A teaser item is read from its page; a full-content item from the feed itself.
    assert BODY_PARAGRAPHS[0] in teaser["text"]
    assert teaser["publisher"] == "Harbor Ledger"
    assert "Quarry Lane would reopen" in full["text"]
    assert full["url"] == server.url("/library")
    assert full["headline"] == "Quarry Lane library to reopen"
    assert full["published"] == "2023-11-06"
    assert full["publisher"] == "Harbor Ledger"
    assert "/library" not in server.paths_requested()
    assert by_kind["errors"] == [
        f"{server.url('/missing')}: HTTP 404 Not Found",
        f"{server.url('/feed.xml')} item 4: item has neither a link nor full content",
        f"{server.url('/episode.mp3')}: not an HTML page (audio/mpeg)",
    ]


def test_feed_skips_items_already_stored(server, fetcher):
    stored = {server.url("/article"), server.url("/library")}
    items = list(read_url(server.url("/feed.xml"), fetcher, seen_url=stored.__contains__))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.source for s in skipped] == [server.url("/article"), server.url("/library")]
    assert not any(isinstance(i, dict) for i in items)
    assert "/article" not in server.paths_requested()


def test_atom_feed_relative_links(server, fetcher):
    records = [i for i in read_url(server.url("/atom"), fetcher) if isinstance(i, dict)]
    assert [r["headline"] for r in records] == [
        "Quarry Lane library to reopen",
        "Council closes ferry pier for repairs",
    ]
    assert records[1]["published"] == "2023-10-12"
    assert "/article" in server.paths_requested()


def test_broken_feed(server, fetcher):
    items = list(read_url(server.url("/broken-feed"), fetcher))
    assert all(isinstance(i, ReadError) for i in items)


def test_feed_file_without_fetcher(tmp_path, server):
    path = tmp_path / "saved.rss"
    path.write_text(rss(server.base))
    items = list(read_feed_file(path))
    records = [i for i in items if isinstance(i, dict)]
    assert [r["headline"] for r in records] == ["Quarry Lane library to reopen"]
    assert server.requests == []
    assert f"{server.url('/article')}: feed item has no full content and fetching is off" in [
        str(i) for i in items
    ]


def test_not_a_feed(tmp_path):
    (error,) = feed_items(b"just some words", source="words.xml")
    assert str(error).startswith("words.xml: not an RSS or Atom feed")
