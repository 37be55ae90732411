"""WARC / WARC.gz archives built by the tests with warcio -> article records."""

import gzip
from io import BytesIO

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.warc import is_warc_path, read_warc
from provenance.web import ReadError, Skipped
from web_pages import BODY_PARAGRAPHS, BOILERPLATE, GERMAN_PARAGRAPHS, article_page


def write_warc(path, captures, gzip_records=True):
    """captures: (uri, status, content_type, body bytes, warc_date) tuples."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip_records)
        for uri, status, content_type, body, date in captures:
            http_headers = StatusAndHeaders(
                f"{status} {'OK' if status == 200 else 'Other'}",
                [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=BytesIO(body),
                http_headers=http_headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)
            request = writer.create_warc_record(uri, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)


CAPTURES = [
    ("https://ledger.example/pier", 200, "text/html; charset=utf-8", article_page().encode(), "2023-10-13T01:02:03Z"),
    ("https://ledger.example/logo.png", 200, "image/png", b"\x89PNG" + b"\0" * 100, "2023-10-13T01:02:04Z"),
    ("https://ledger.example/old", 301, "text/html", b"<html>moved</html>", "2023-10-13T01:02:05Z"),
    (
        "https://ledger.example/undated",
        200,
        "text/html",
        article_page(
            meta_date=None, canonical=None, headline="Pier survey published", paragraphs=BODY_PARAGRAPHS[:2]
        ).encode(),
        "2023-10-14T00:00:00Z",
    ),
    ("https://ledger.example/menu", 200, "text/html", b"<html><body><nav>Home</nav></body></html>", "2023-10-14T00:00:01Z"),
    (
        "https://zeitung.example/anleger",
        200,
        "text/html",
        article_page(paragraphs=GERMAN_PARAGRAPHS, lang="de", canonical=None).encode(),
        "2023-10-15T00:00:00Z",
    ),
]


@pytest.mark.parametrize("name,gzip_records", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_articles(tmp_path, name, gzip_records):
    path = tmp_path / name
    write_warc(path, CAPTURES, gzip_records)
    items = list(read_warc(path))
    records = [i for i in items if isinstance(i, dict)]
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert [r["url"] for r in records] == [
        "https://ledger.example/news/ferry-pier",
        "https://ledger.example/undated",
        "https://zeitung.example/anleger",
    ]
    pier, undated, german = records
    assert BODY_PARAGRAPHS[1] in pier["text"]
    assert not any(junk in pier["text"] for junk in BOILERPLATE)
    assert pier["published"] == "2023-10-12"  # the page's own date beats the capture date
    assert undated["published"] == "2023-10-14"  # the capture date is the fallback
    assert undated["headline"] == "Pier survey published"
    assert german["language"] == "de"
    assert {r["source_file"] for r in records} == {str(path)}
    assert errors == [f"{path} https://ledger.example/menu: no article text found"]


def test_pages_extracted_in_worker_processes_are_the_same(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, CAPTURES * 5)
    alone = list(read_warc(path))
    pooled = list(read_warc(path, workers=2))
    assert [i for i in pooled if isinstance(i, dict)] == [i for i in alone if isinstance(i, dict)]
    assert sorted(map(str, pooled)) == sorted(map(str, alone))
    stored = {i["raw_hash"] for i in alone if isinstance(i, dict)}
    again = list(read_warc(path, workers=2, seen_raw_hash=stored.__contains__))
    assert not any(isinstance(i, dict) for i in again)
    assert len([i for i in again if isinstance(i, Skipped)]) == 15


def test_unchanged_pages_skipped_by_raw_hash(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, CAPTURES)
    first = [i for i in read_warc(path) if isinstance(i, dict)]
    stored = {r["raw_hash"] for r in first}
    again = list(read_warc(path, seen_raw_hash=stored.__contains__))
    assert len([i for i in again if isinstance(i, Skipped)]) == 3
    assert not any(isinstance(i, dict) for i in again)


def test_page_over_the_cap(tmp_path):
    path = tmp_path / "big.warc.gz"
    big = ("https://ledger.example/big", 200, "text/html", b"<html>" + b"a" * 5000, "2023-10-13T00:00:00Z")
    write_warc(path, [big] + CAPTURES[:1])
    items = list(read_warc(path, max_bytes=4096))
    assert [str(i) for i in items if isinstance(i, ReadError)] == [
        f"{path} https://ledger.example/big: page is over the 0.00391 MB cap"
    ]
    assert len([i for i in items if isinstance(i, dict)]) == 1  # the next page still lands


@pytest.mark.parametrize("fraction", [n / 24 for n in range(1, 24)])
def test_truncated_archive_keeps_complete_pages_only(tmp_path, fraction):
    """A cut-off download: whole pages before the cut land, the cut page does not."""
    full = tmp_path / "full.warc.gz"
    write_warc(full, CAPTURES)
    complete = {r["url"]: r["text"] for r in read_warc(full) if isinstance(r, dict)}
    path = tmp_path / "cut.warc.gz"
    data = full.read_bytes()
    cut = int(len(data) * fraction)
    path.write_bytes(data[:cut])
    items = list(read_warc(path))
    landed = [i for i in items if isinstance(i, dict)]
    for record in landed:
        assert record["text"] == complete[record["url"]]
    # A cut at a record's end, or inside its gzip trailer (CRC and size), loses no
    # data and leaves nothing to notice; any other cut must be reported.
    if not any(end - 16 < cut <= end for end in record_boundaries(full)):
        assert isinstance(items[-1], ReadError)
        assert str(items[-1]).startswith(f"{path}: archive is truncated or damaged after ")


def record_boundaries(path) -> set[int]:
    """Offsets where a record ends: a cut there leaves a shorter, valid archive."""
    with open(path, "rb") as stream:
        archive = ArchiveIterator(stream)
        ends = set()
        for record in archive:
            archive.read_to_end(record)
            ends.add(archive.get_record_offset() + archive.get_record_length())
    return ends


@pytest.mark.parametrize(
    "content",
    [b"this is not a web archive at all\n" * 10, gzip.compress(b"plain text inside gzip\n")],
)
def test_not_a_warc(tmp_path, content):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(content)
    (error,) = list(read_warc(path))
    assert str(error) == f"{path}: not a WARC file (no WARC/1.x header)"


def test_missing_file(tmp_path):
    (error,) = list(read_warc(tmp_path / "gone.warc"))
    assert str(error) == f"{tmp_path / 'gone.warc'}: No such file or directory"


@pytest.mark.parametrize(
    "name,expected",
    [("a.warc", True), ("A.WARC.GZ", True), ("a.warc.gz.txt", False), ("a.arc", False)],
)
def test_is_warc_path(name, expected):
    assert is_warc_path(name) is expected
