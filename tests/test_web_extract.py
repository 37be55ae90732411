"""HTML -> article record (provenance.web), on pages written for these tests."""

import pytest

from provenance.web import (
    ExtractionError,
    ReadError,
    Skipped,
    html_to_record,
    looks_like_html,
    raw_hash,
    read_html_file,
)
from web_pages import BODY_PARAGRAPHS, BOILERPLATE, GERMAN_PARAGRAPHS, article_page


def test_article_body_without_boilerplate():
    record = html_to_record(article_page().encode(), url="https://ledger.example/x?utm=1")
    for paragraph in BODY_PARAGRAPHS:
        assert paragraph in record["text"]
    for junk in BOILERPLATE:
        assert junk not in record["text"], junk
    # Paragraphs stay apart, and the headline is not read as the first sentence.
    assert record["text"].startswith(BODY_PARAGRAPHS[0])
    assert "\n\n" in record["text"]


def test_metadata():
    record = html_to_record(article_page().encode(), url="https://ledger.example/x?utm=1")
    assert record["headline"] == "Council closes ferry pier for repairs"
    assert record["publisher"] == "Harbor Ledger"
    assert record["author"] == "Iris Calloway"
    assert record["url"] == "https://ledger.example/news/ferry-pier"
    assert record["published"] == "2023-10-12"
    assert record["language"] == "en"
    assert record["raw_hash"] == raw_hash(article_page().encode())


def test_date_only_in_metadata():
    page = article_page(meta_date="2021-02-03T10:00:00Z")
    assert "2021" not in page.split("</head>")[1]
    assert html_to_record(page)["published"] == "2021-02-03"


def test_no_canonical_uses_given_url_and_host_as_publisher():
    page = article_page(canonical=None, site_name=None)
    record = html_to_record(page, url="https://www.quayside.example/story/7")
    assert record["url"] == "https://www.quayside.example/story/7"
    assert record["publisher"] == "quayside.example"


def test_fallback_fills_only_what_the_page_lacks():
    page = article_page(meta_date=None, site_name=None, canonical=None)
    record = html_to_record(
        page, fallback={"published": "2020-01-01", "publisher": "Feed Title", "headline": "Other"}
    )
    assert record["published"] == "2020-01-01"
    assert record["publisher"] == "Feed Title"
    assert record["headline"] == "Council closes ferry pier for repairs"


@pytest.mark.parametrize(
    "paragraphs,declared,expected",
    [
        (BODY_PARAGRAPHS, "en", "en"),
        (GERMAN_PARAGRAPHS, "de", "de"),
        # Templates often declare English on every page: the words win.
        (GERMAN_PARAGRAPHS, "en", "de"),
    ],
)
def test_language(paragraphs, declared, expected):
    page = article_page(paragraphs=paragraphs, lang=declared)
    assert html_to_record(page)["language"] == expected


def test_raw_hash_changes_with_any_byte():
    page = article_page()
    assert raw_hash(page) == raw_hash(page.encode())
    assert raw_hash(page + " ") != raw_hash(page)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
    ],
)
def test_page_without_article_text(page):
    with pytest.raises(ExtractionError):
        html_to_record(page)


def test_read_html_file(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(article_page(), encoding="utf-8")
    (item,) = read_html_file(path)
    assert item["source_file"] == str(path)
    assert BODY_PARAGRAPHS[1] in item["text"]
    (again,) = read_html_file(path, seen=lambda h: h == item["raw_hash"])
    assert isinstance(again, Skipped) and "unchanged" in str(again)


def test_read_html_file_errors_are_one_line(tmp_path):
    (missing,) = read_html_file(tmp_path / "gone.html")
    assert isinstance(missing, ReadError)
    assert str(missing).startswith(str(tmp_path / "gone.html") + ": ")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>")
    (error,) = read_html_file(empty)
    assert str(error) == f"{empty}: no article text found"


@pytest.mark.parametrize(
    "content,expected",
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", True),
        (b"\xef\xbb\xbf  <html lang='en'>", True),
        (b"<p>fragment</p><title>x</title>", True),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', False),
        (b"%PDF-1.7 binary", False),
        (b"plain words said the mayor", False),
    ],
)
def test_looks_like_html(content, expected):
    assert looks_like_html(content) is expected
