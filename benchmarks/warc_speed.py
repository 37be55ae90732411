"""WARC ingest speed: pages/s end to end into SQLite, peak memory, re-ingest cost.

Generates a deterministic web archive (``.warc.gz``) of news pages: each page is an
article of ``make_corpus.py`` set in a realistic news page (navigation, a photo
caption, related-story links, a comment thread, scripts, a footer, OpenGraph and
``article:published_time`` metadata), with an image and a redirect captured every few
pages as a real crawl has. Then runs ``python -m provenance ingest`` on it in a child
process, twice (a new database, then the same archive again: every page is a
``raw_hash`` no-op), and reports pages/s, peak RSS (the main process and the whole
process tree, extraction workers included), with the corpus and the machine.

    python benchmarks/warc_speed.py                  # 5,000 pages
    python benchmarks/warc_speed.py --pages 20000 --json
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ingest_speed import run_ingest  # noqa: E402
from benchmarks.machine import describe, machine  # noqa: E402
from benchmarks.make_corpus import article  # noqa: E402
from provenance.extract import EXTRACTOR_VERSION  # noqa: E402

NAV = ["Home", "World", "Business", "Politics", "Sport", "Culture", "Opinion", "Weather"]
COMMENTS = [
    "This is exactly what I said would happen last year.",
    "Who is paying for all of this? Not the people who decided it.",
    "Great reporting, thank you.",
    "The council said the same thing in 2019 and nothing changed.",
]


def page_html(record: dict, index: int, rng: random.Random) -> str:
    """One article as a news site would serve it."""
    title = html.escape(record["headline"])
    publisher = html.escape(record["publisher"])
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n\n") if p.strip())
    related = "".join(
        f'<li><a href="/story/{rng.randint(1, 10**6)}">{html.escape(article(rng.randint(10**6, 2 * 10**6))["headline"])}</a></li>'
        for _ in range(4)
    )
    comments = "".join(f'<div class="comment"><p>{html.escape(rng.choice(COMMENTS))}</p></div>' for _ in range(3))
    nav = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in NAV)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {publisher}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{publisher}">
<meta property="article:published_time" content="{record['published']}T08:00:00Z">
<meta name="author" content="Staff reporter">
<link rel="canonical" href="{html.escape(record['url'])}">
<script>window.analytics = {{page: {index}, section: "news"}};</script>
<style>body {{ font-family: serif; }}</style>
</head><body>
<header><a class="logo" href="/">{publisher}</a><nav><ul>{nav}</ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div></header>
<main><article>
<h1>{title}</h1>
<div class="byline">By Staff reporter</div>
<figure><img src="/img/{index}.jpg" alt=""><figcaption>A view of the site on the day of the announcement.</figcaption></figure>
{paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
<section id="comments" class="comments"><h2>{len(COMMENTS)} comments</h2>{comments}</section>
</main>
<footer><p>&copy; {publisher}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script src="/static/app.js"></script>
</body></html>"""


def write_archive(path: Path, pages: int, seed: int) -> dict:
    """Write the archive; every byte depends only on ``pages`` and ``seed``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    counts = {"html_pages": 0, "other_records": 0}
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def write(uri: str, status: str, content_type: str, body: bytes, number: int) -> None:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={
                    "WARC-Date": f"2024-01-{1 + number % 28:02d}T00:00:00Z",
                    "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>",
                },
            )
            writer.write_record(record)

        number = 0
        for index in range(pages):
            record = article(index, seed)
            rng = random.Random(f"page:{seed}:{index}")
            body = page_html(record, index, rng).encode("utf-8")
            write(record["url"], "200 OK", "text/html; charset=utf-8", body, number)
            counts["html_pages"] += 1
            number += 1
            if index % 5 == 0:
                write(record["url"] + ".jpg", "200 OK", "image/jpeg", bytes(rng.randrange(256) for _ in range(2048)), number)
                write(record["url"] + "?amp", "301 Moved Permanently", "text/html", b"", number + 1)
                counts["other_records"] += 2
                number += 2
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000, help="HTML pages in the generated archive")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--warc", help="ingest this archive instead of generating one")
    parser.add_argument("--workers", type=int, help="extraction processes (default: the ingest default)")
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        if args.warc:
            archive = Path(args.warc)
            corpus = str(archive)
            counts = {}
        else:
            archive = Path(scratch) / "news.warc.gz"
            started = time.perf_counter()
            counts = write_archive(archive, args.pages, args.seed)
            counts["generate_seconds"] = round(time.perf_counter() - started, 1)
            corpus = (
                f"benchmarks/warc_speed.py --pages {args.pages} --seed {args.seed}: {counts['html_pages']} news "
                f"pages (make_corpus.py articles in page templates with nav, caption, related links, comments, "
                f"scripts) plus {counts['other_records']} image and redirect records, gzip WARC"
            )
        db_path = Path(scratch) / "claims.db"
        extra = ["--workers", str(args.workers)] if args.workers else []
        load_before = os.getloadavg()[0]
        first = run_ingest(db_path, archive, extra)
        again = run_ingest(db_path, archive, extra)
        with sqlite3.connect(db_path) as conn:
            articles = conn.execute("select count(*) from articles").fetchone()[0]
            claims = conn.execute("select count(*) from claims").fetchone()[0]
        archive_mb = archive.stat().st_size / 1e6

    pages = counts.get("html_pages") or articles
    summary = first["summary"]
    figures = {
        "corpus": corpus,
        "archive_mb": round(archive_mb, 1),
        "pages": pages,
        "articles_stored": articles,
        "claims": claims,
        "failures": summary["failures"],
        "extractor_version": EXTRACTOR_VERSION,
        "first_pass": {
            "seconds": first["seconds"],
            "pages_per_second": round(pages / first["seconds"], 1),
            "cpu_seconds": first["cpu_seconds"],
            "cpu_ms_per_page": round(1000 * first["cpu_seconds"] / max(pages, 1), 1),
            "peak_rss_mb": first["peak_rss_mb"],
            "peak_tree_rss_mb": first["peak_tree_rss_mb"],
        },
        "reingest": {
            "seconds": again["seconds"],
            "pages_per_second": round(pages / again["seconds"], 1),
            "skipped_as_stored": again["summary"].get("skipped_stored"),
            "peak_rss_mb": again["peak_rss_mb"],
        },
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "machine": machine(),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    first_pass, reingest, host = figures["first_pass"], figures["reingest"], figures["machine"]
    print(f"corpus: {corpus} ({figures['archive_mb']} MB)")
    print(
        f"machine: {describe(host)}; load average {figures['load_average_before']} before, "
        f"{figures['load_average_after']} after"
    )
    print(
        f"first pass: {first_pass['seconds']} s, {first_pass['pages_per_second']} pages/s "
        f"({articles} articles, {claims} claims, {figures['failures']} failures); "
        f"{first_pass['cpu_ms_per_page']} ms CPU per page (all processes); "
        f"peak RSS {first_pass['peak_rss_mb']} MB (all processes {first_pass['peak_tree_rss_mb']} MB)"
    )
    print(
        f"re-ingest: {reingest['seconds']} s, {reingest['pages_per_second']} pages/s, "
        f"{reingest['skipped_as_stored']} pages skipped as stored; peak RSS {reingest['peak_rss_mb']} MB"
    )


if __name__ == "__main__":
    main()
