"""A small provenance database for the Datasette tests, written by hand.

The articles are invented for these tests. Rows follow the database schema
contract; every offset is computed from the text so that
``article.text[start:end]`` is the stored span, as in a real database. Two
articles carry hostile markup in their headline and text to prove it is shown
as text and never executed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from provenance.db import ensure_db_shape, open_db

OUTLETS = [
    {"id": 1, "name": "Harbor Gazette"},
    {"id": 2, "name": "Valley Ledger"},
    {"id": 3, "name": "Northern Wire"},
]

FERRY_TEXT = (
    "The ferry will run every hour from May, transport director Mara Quist said on "
    'Tuesday. "We listened to commuters," Quist told Northern Wire. A city official, '
    "who spoke on condition of anonymity because the talks are private, said the "
    "budget was not settled."
)
FOLLOW_UP_TEXT = (
    "The ferry will run every hour from May, according to the transport office. "
    "People familiar with the matter insisted the fares would rise."
)
HOSTILE_TEXT = (
    "Officials said the pier <script>window.__xss = 2</script> would reopen. "
    'A resident claimed <img src=x onerror="window.__xss = 3"> the lights failed.'
)
HOSTILE_HEADLINE = 'Pier update <img src=x onerror="window.__xss = 1">'

ARTICLES = [
    {
        "id": "a-ferry",
        "headline": "Council weighs new ferry schedule",
        "publisher_id": 1,
        "url": "https://example.org/ferry",
        "published": "2024-03-01",
        "text": FERRY_TEXT,
        "source_file": "tests/ferry.txt",
    },
    {
        "id": "a-follow-up",
        "headline": "Fares expected to climb",
        "publisher_id": 2,
        "url": "javascript:alert(1)",
        "published": "2024-03-02",
        "text": FOLLOW_UP_TEXT,
        "source_file": "tests/follow_up.txt",
    },
    {
        "id": "a-hostile",
        "headline": HOSTILE_HEADLINE,
        "publisher_id": 2,
        "url": None,
        "published": "2024-03-03",
        "text": HOSTILE_TEXT,
        "source_file": "tests/hostile.txt",
    },
]

SOURCES = [
    {"id": 1, "key": "mara quist", "name": "Mara Quist", "source_type": "named_person", "anonymous": 0, "description": "transport director", "article_id": None},
    {"id": 2, "key": "a-ferry:a city official", "name": "A city official", "source_type": "anonymous_person", "anonymous": 1, "description": None, "article_id": "a-ferry"},
    {"id": 3, "key": "transport office", "name": "the transport office", "source_type": "organization", "anonymous": 0, "description": None, "article_id": None},
    {"id": 4, "key": "a-follow-up:people familiar with the matter", "name": "People familiar with the matter", "source_type": "anonymous_group", "anonymous": 1, "description": None, "article_id": "a-follow-up"},
    {"id": 5, "key": "a-hostile:officials", "name": "Officials", "source_type": "anonymous_group", "anonymous": 1, "description": None, "article_id": "a-hostile"},
    {"id": 6, "key": "a-hostile:a resident", "name": "A resident", "source_type": "anonymous_person", "anonymous": 1, "description": None, "article_id": "a-hostile"},
]

# (claim id, article id, claim text, kind, source id, source text, cue, via outlet, reason, fingerprint)
CLAIM_ROWS = [
    ("c-ferry-hourly", "a-ferry", "The ferry will run every hour from May", "indirect", 1, "transport director Mara Quist", "said", None, None, "fp-hourly"),
    ("c-commuters", "a-ferry", '"We listened to commuters,"', "direct", 1, "Quist", "told", 3, None, "fp-commuters"),
    ("c-budget", "a-ferry", "the budget was not settled", "indirect", 2, "A city official", "said", None, "because the talks are private", "fp-budget"),
    ("c-hourly-again", "a-follow-up", "The ferry will run every hour from May", "indirect", 3, "the transport office", "according to", None, None, "fp-hourly"),
    ("c-fares", "a-follow-up", "the fares would rise", "indirect", 4, "People familiar with the matter", "insisted", None, None, "fp-fares"),
    ("c-pier", "a-hostile", "the pier <script>window.__xss = 2</script> would reopen", "indirect", 5, "Officials", "said", None, None, "fp-pier"),
    ("c-lights", "a-hostile", '<img src=x onerror="window.__xss = 3"> the lights failed', "indirect", 6, "A resident", "claimed", None, None, "fp-lights"),
]


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _nearest(text: str, piece: str, start: int, end: int) -> tuple[int, int]:
    """The occurrence of ``piece`` closest to ``text[start:end]`` (names repeat)."""
    best = None
    position = text.find(piece)
    while position != -1:
        distance = max(0, start - (position + len(piece)), position - end)
        if best is None or distance < best[0]:
            best = (distance, position)
        position = text.find(piece, position + 1)
    return best[1], best[1] + len(piece)


def claim_records() -> tuple[list[dict], list[dict]]:
    """Claims and attributions rows with offsets found in the article texts."""
    articles = {article["id"]: article for article in ARTICLES}
    sources = {source["id"]: source for source in SOURCES}
    claims, attributions = [], []
    for number, row in enumerate(CLAIM_ROWS, 1):
        claim_id, article_id, text, kind, source_id, source_text, cue, via, reason, fingerprint = row
        article = articles[article_id]
        start, end = _span(article["text"], text)
        source_start, source_end = _nearest(article["text"], source_text, start, end)
        cue_start, cue_end = _nearest(article["text"], cue, start, end)
        claims.append(
            {
                "id": claim_id,
                "article_id": article_id,
                "text": text,
                "kind": kind,
                "start": start,
                "end": end,
                "fingerprint": fingerprint,
                "source_id": source_id,
                "source_type": sources[source_id]["source_type"],
                "anonymous": sources[source_id]["anonymous"],
                "cue": cue,
                "via_outlet_id": via,
                "publisher_id": article["publisher_id"],
            }
        )
        attributions.append(
            {
                "id": number,
                "claim_id": claim_id,
                "article_id": article_id,
                "source_id": source_id,
                "source_text": source_text,
                "source_start": source_start,
                "source_end": source_end,
                "cue": cue,
                "cue_start": cue_start,
                "cue_end": cue_end,
                "via_outlet_id": via,
                "anonymity_reason": reason,
                "source_count": None,
                "confidence": 0.9,
                "rule": "test_fixture",
            }
        )
    return claims, attributions


def build_claims_db(path: Path) -> Path:
    """Write the fixture database at ``path`` in the project's schema.

    The schema (tables, indexes, FTS, views) comes from ``provenance.db``;
    the rows are inserted directly so the tests control every id.
    """
    db = open_db(path)
    ensure_db_shape(db)
    db["outlets"].insert_all(OUTLETS)
    db["articles"].insert_all(
        [{**article, "dateline": None, "published_text": article["published"], "raw_hash": None, "language": "en", "ingested_at": "2024-03-04T00:00:00", "extractor_version": "test"} for article in ARTICLES]
    )
    db["sources"].insert_all(SOURCES)
    claims, attributions = claim_records()
    db["claims"].insert_all(claims)
    db["attributions"].insert_all(attributions)
    db.conn.close()
    return path


def fetch(datasette, path: str, **kwargs):
    """GET ``path`` from an in-process Datasette and return the response."""
    return asyncio.run(datasette.client.get(path, **kwargs))


def post(datasette, path: str, **kwargs):
    """POST to ``path`` on an in-process Datasette and return the response."""
    return asyncio.run(datasette.client.post(path, **kwargs))
