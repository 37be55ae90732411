"""`provenance ingest` on web inputs: HTML files, feeds, WARC archives and URLs.

End to end through the CLI into a real SQLite file, against a local HTTP server.
"""

import json

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from provenance.db import open_db
from test_web_warc import CAPTURES, write_warc
from web_pages import BODY_PARAGRAPHS, BOILERPLATE, GERMAN_PARAGRAPHS, article_page
from web_server import LocalServer, html, raw, redirect, slow

FAST = ["--timeout", "0.3", "--retries", "0", "--silent"]


def run(*args):
    return CliRunner().invoke(cli, ["ingest", *args], catch_exceptions=False)


def feed(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(f"<item><title>{title}</title><link>{base}{path}</link></item>" for title, path in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>{entries}</channel></rss>'.encode()


@pytest.fixture
def server():
    with LocalServer({}) as local:
        base = local.base
        local.routes.update(
            {
                "/pier": html(article_page()),
                "/plain": html(article_page(canonical=None, headline="Pier works start", paragraphs=BODY_PARAGRAPHS[1:])),
                "/moved": redirect("/plain", 301),
                "/missing": html("<h1>Not found</h1>", status=404),
                "/slow": slow(1.0, html(article_page())),
                "/loop-a": redirect("/loop-b"),
                "/loop-b": redirect("/loop-a"),
                "/report.pdf": raw(b"%PDF-1.7 " + b"x" * 100, "application/pdf"),
                "/huge": html("<p>" + "word " * 300_000 + "</p>"),
                "/anleger": html(article_page(paragraphs=GERMAN_PARAGRAPHS, lang="de", canonical=None)),
                "/feed": raw(
                    feed(base, [("Pier works start", "/plain"), ("Gone", "/missing"), ("Pier", "/pier")]),
                    "application/rss+xml",
                ),
                "/robots.txt": raw(b"User-agent: *\nDisallow: /pier\n", "text/plain"),
            }
        )
        yield local


def test_batch_of_urls_each_failure_one_line(tmp_path, server):
    db_path = str(tmp_path / "web.db")
    paths = ["/missing", "/pier", "/slow", "/loop-a", "/report.pdf", "/huge", "/moved"]
    result = run(db_path, *[server.url(p) for p in paths], *FAST, "--max-size", "1")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"Error: {server.url('/missing')}: HTTP 404 Not Found",
        f"Error: {server.url('/slow')}: timed out after 0.3s",
        f"Error: {server.url('/loop-a')}: redirect loop: "
        f"{server.url('/loop-a')} -> {server.url('/loop-b')} -> {server.url('/loop-a')}",
        f"Error: {server.url('/report.pdf')}: not an HTML page or a feed (application/pdf)",
        f"Error: {server.url('/huge')}: response exceeds the 0.954 MB cap",
    ]
    assert result.stdout.startswith("2 new, 0 unchanged, 0 replaced articles;")
    assert "5 failures" in result.stdout
    db = open_db(db_path)
    rows = {row["url"]: row for row in db["articles"].rows}
    assert set(rows) == {"https://ledger.example/news/ferry-pier", server.url("/plain")}
    pier = rows["https://ledger.example/news/ferry-pier"]
    assert pier["headline"] == "Council closes ferry pier for repairs"
    assert pier["published"] == "2023-10-12"
    assert pier["language"] == "en"
    assert pier["author"] == "Iris Calloway"
    assert len(pier["raw_hash"]) == 64
    assert BODY_PARAGRAPHS[1] in pier["text"]
    assert not any(junk in pier["text"] for junk in BOILERPLATE)
    publisher = db.execute("select name from outlets where id = ?", [pier["publisher_id"]]).fetchone()[0]
    assert publisher == "Harbor Ledger"


def test_refetch_unchanged_is_a_no_op_and_feed_skips_stored_items(tmp_path, server):
    db_path = str(tmp_path / "web.db")
    first = run(db_path, server.url("/pier"), server.url("/feed"), *FAST, "--json")
    summary = json.loads(first.stdout)
    assert first.exit_code == 1  # the feed's gone item
    assert summary["new"] == 2
    assert summary["errors"] == [f"{server.url('/missing')}: HTTP 404 Not Found"]
    requests_before = len(server.requests)
    again = run(db_path, server.url("/pier"), server.url("/feed"), *FAST)
    assert "0 new, 0 unchanged, 0 replaced articles; 3 pages already stored (skipped);" in again.stdout
    # The stored feed items were not fetched again; the page and the feed were.
    assert server.paths_requested()[requests_before:] == ["/pier", "/feed", "/missing"]
    replaced = run(db_path, server.url("/pier"), *FAST, "--replace", "--json")
    assert json.loads(replaced.stdout)["replaced"] == 1
    assert open_db(db_path)["articles"].count == 2


def test_unsupported_language_stored_without_extraction(tmp_path, server):
    db_path = str(tmp_path / "web.db")
    result = run(db_path, server.url("/anleger"), server.url("/pier"), *FAST)
    assert result.exit_code == 0
    assert "1 articles stored without extraction, language not supported (de 1)" in result.stdout
    db = open_db(db_path)
    german = next(db["articles"].rows_where("language = 'de'"))
    assert "Fähranleger" in german["text"]
    assert db["claims"].count_where("article_id = ?", [german["id"]]) == 0
    english = next(db["articles"].rows_where("language = 'en'"))
    assert db["claims"].count_where("article_id = ?", [english["id"]]) > 0


def test_respect_robots(tmp_path, server):
    db_path = str(tmp_path / "web.db")
    result = run(db_path, server.url("/pier"), server.url("/plain"), *FAST, "--respect-robots")
    assert result.stderr.strip() == (
        f"Error: {server.url('/pier')}: disallowed by robots.txt ({server.url('/pier')})"
    )
    assert "/pier" not in server.paths_requested()
    assert "1 new" in result.stdout


def test_directory_of_web_files(tmp_path, server):
    corpus = tmp_path / "saved"
    corpus.mkdir()
    (corpus / "pier.html").write_text(article_page())
    (corpus / "notes.htm").write_text("<html><body><nav>Home</nav></body></html>")
    write_warc(corpus / "crawl.warc.gz", CAPTURES)
    (corpus / "outlet.rss").write_bytes(feed(server.base, [("Pier works start", "/plain")]))
    (corpus / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    (corpus / "broken.rss").write_text("<rss><channel><item><title>cut off")
    db_path = str(tmp_path / "web.db")
    result = run(db_path, str(corpus), *FAST, "--json")
    summary = json.loads(result.stdout)
    assert sorted(summary["errors"]) == sorted(
        [
            f"{corpus / 'broken.rss'} item 1: item has neither a link nor full content",
            f"{corpus / 'notes.htm'}: no article text found",
            f"{corpus / 'crawl.warc.gz'} https://ledger.example/menu: no article text found",
        ]
    )
    assert summary["warnings"] == 1  # sitemap.xml: an .xml file that is not a feed
    # pier.html and the WARC's first capture are the same page: one row.
    assert (summary["new"], summary["unchanged"]) == (4, 1), summary
    assert summary["not_extracted"] == {"de": 1}
    db = open_db(db_path)
    # A fetched feed item keeps its link as its source; pier.html was already stored.
    assert {row["source_file"] for row in db["articles"].rows} == {
        str(corpus / "crawl.warc.gz"),
        server.url("/plain"),
    }
    again = json.loads(run(db_path, str(corpus), *FAST, "--json").stdout)
    assert again["new"] == 0
    assert again["skipped_stored"] == 5


def test_html_on_standard_input(tmp_path):
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path / "web.db"), "-", "--json"], input=article_page().encode()
    )
    assert json.loads(result.stdout)["new"] == 1
    (row,) = open_db(str(tmp_path / "web.db"))["articles"].rows
    assert row["headline"] == "Council closes ferry pier for repairs"
