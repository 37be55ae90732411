"""The claims database: articles, claims, sources, outlets and claim-source pairs.

The github-to-sqlite shape: ``save_*`` functions write records, and
:func:`ensure_db_shape` (run before and after every ingest) applies the
migrations, indexes, full-text search and views. Tables are created by
versioned migrations (``sqlite_utils.migrations``) so a database made by an
older release upgrades in place.

Every span stored (claims, sources, cues) is a pair of character offsets into
``articles.text``, so ``articles.text[start:end]`` re-checks it.
"""

from __future__ import annotations

import datetime
import email.utils
import hashlib
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import regex
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .extract import EXTRACTOR_VERSION, Claim, extract
from .extract import sources as source_rules
from .inputs import InputProblem

DEFAULT_DB = "db/claims.db"

MIGRATIONS = Migrations("provenance")

BUSY_TIMEOUT_MS = 60_000
"""How long a writer waits for another process's transaction (WAL allows one
writer at a time; batches are short, so a minute is generous)."""

MIN_FINGERPRINT_WORDS = 4
"""Claims shorter than this get no fingerprint: two-word fragments ("very
serious") recur across unrelated articles and would link them falsely."""

SHARED_SOURCE_TYPES = {"named_person", "organization"}
"""Source types whose identity is the same across articles. Everything else
(anonymous people and groups, unresolved pronouns, unnamed documents) is
scoped to its article: "two sources" here is not "two sources" there."""

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """The first schema: outlets, articles, sources, claims, attributions."""
    db["outlets"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["outlets"].create_index(["name"], unique=True)
    db["articles"].create(
        {
            "id": str,
            "headline": str,
            "publisher_id": int,
            "url": str,
            "dateline": str,
            "published": str,
            "published_text": str,
            "text": str,
            "source_file": str,
            "raw_hash": str,
            "language": str,
            "ingested_at": str,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("publisher_id", "outlets", "id")],
    )
    db["sources"].create(
        {
            "id": int,
            "key": str,
            "name": str,
            "source_type": str,
            "anonymous": int,
            "description": str,
            "article_id": str,
        },
        pk="id",
        not_null={"key"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["sources"].create_index(["key"], unique=True)
    db["claims"].create(
        {
            "id": str,
            "article_id": str,
            "text": str,
            "kind": str,
            "start": int,
            "end": int,
            "fingerprint": str,
            "first_seen": str,
            "first_article_id": str,
            "source_id": int,
            "source_type": str,
            "anonymous": int,
            "cue": str,
            "via_outlet_id": int,
            "publisher_id": int,
        },
        pk="id",
        not_null={"article_id"},
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("first_article_id", "articles", "id"),
            ("source_id", "sources", "id"),
            ("via_outlet_id", "outlets", "id"),
            ("publisher_id", "outlets", "id"),
        ],
    )
    db["attributions"].create(
        {
            "id": int,
            "claim_id": str,
            "article_id": str,
            "source_id": int,
            "source_text": str,
            "source_start": int,
            "source_end": int,
            "source_type": str,
            "anonymous": int,
            "cue": str,
            "cue_start": int,
            "cue_end": int,
            "via_outlet_id": int,
            "anonymity_reason": str,
            "source_count": int,
            "confidence": float,
            "rule": str,
        },
        pk="id",
        not_null={"claim_id", "article_id"},
        foreign_keys=[
            ("claim_id", "claims", "id"),
            ("article_id", "articles", "id"),
            ("source_id", "sources", "id"),
            ("via_outlet_id", "outlets", "id"),
        ],
    )


@MIGRATIONS()
def m002_article_text_hash(db: Database) -> None:
    """Store each article's text hash, so recognising a known article does not
    read and re-hash its whole stored text (the cost of re-ingesting)."""
    db["articles"].add_column("text_hash", str)
    db.register_function(article_id, replace=True)
    db.execute("update articles set text_hash = article_id(text)")


INDEXES = {
    "articles": [["publisher_id"], ["published"], ["source_file"]],
    "sources": [["article_id"], ["source_type"], ["anonymous"], ["name"]],
    "claims": [
        ["article_id"],
        ["fingerprint"],
        ["first_article_id"],
        ["source_id"],
        ["source_type"],
        ["anonymous"],
        ["kind"],
        ["cue"],
        ["via_outlet_id"],
        ["publisher_id"],
        ["first_seen"],
    ],
    "attributions": [["claim_id"], ["article_id"], ["source_id"], ["via_outlet_id"], ["cue"]],
}

FTS = {"claims": ["text"], "sources": ["name"], "articles": ["headline"]}

VIEWS = {
    "claims_with_sources": """
select
  attributions.id as attribution_id,
  claims.id as claim_id,
  claims.text as claim,
  claims.kind,
  sources.name as source,
  sources.source_type,
  sources.anonymous,
  attributions.source_count,
  attributions.anonymity_reason,
  attributions.cue,
  via.name as via,
  publisher.name as publisher,
  articles.headline,
  articles.published,
  articles.url,
  claims.article_id,
  claims.first_seen,
  claims.first_article_id,
  attributions.confidence,
  attributions.rule
from attributions
  join claims on claims.id = attributions.claim_id
  join articles on articles.id = attributions.article_id
  left join sources on sources.id = attributions.source_id
  left join outlets as via on via.id = attributions.via_outlet_id
  left join outlets as publisher on publisher.id = articles.publisher_id""",
    "anonymous_share_by_article": """
select
  articles.id as article_id,
  articles.headline,
  publisher.name as publisher,
  articles.published,
  count(claims.id) as claims,
  coalesce(sum(claims.anonymous), 0) as anonymous_claims,
  round(1.0 * sum(claims.anonymous) / count(claims.id), 3) as anonymous_share
from articles
  left join claims on claims.article_id = articles.id
  left join outlets as publisher on publisher.id = articles.publisher_id
group by articles.id""",
    "anonymous_share_by_publisher": """
select
  publisher.name as publisher,
  count(distinct claims.article_id) as articles,
  count(claims.id) as claims,
  sum(claims.anonymous) as anonymous_claims,
  round(1.0 * sum(claims.anonymous) / count(claims.id), 3) as anonymous_share
from claims
  left join outlets as publisher on publisher.id = claims.publisher_id
group by claims.publisher_id
order by claims desc""",
    "sources_by_claims": """
select
  sources.id as source_id,
  sources.name,
  sources.source_type,
  sources.anonymous,
  sources.description,
  count(distinct attributions.claim_id) as claims,
  count(distinct attributions.article_id) as articles
from sources
  join attributions on attributions.source_id = sources.id
group by sources.id
order by claims desc""",
    "claims_in_many_articles": """
select
  claims.fingerprint,
  count(distinct claims.article_id) as articles,
  min(claims.first_seen) as first_seen,
  min(claims.first_article_id) as first_article_id,
  (select first.text from claims as first
    where first.fingerprint = claims.fingerprint
      and first.article_id = claims.first_article_id limit 1) as text
from claims
where claims.fingerprint is not null
group by claims.fingerprint
having count(distinct claims.article_id) > 1
order by articles desc""",
}


def schema_version(db: Database) -> int:
    """Number of migrations applied to ``db`` (0 for an empty database)."""
    return len(MIGRATIONS.applied(db))


SCHEMA_VERSION = len(MIGRATIONS._migrations)


def open_db(path: str | Path = DEFAULT_DB) -> Database:
    """Open (creating its directory) a database for concurrent writing: WAL,
    a busy timeout so a second writer waits instead of failing, foreign keys on."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    configure(db)
    return db


def configure(db: Database) -> None:
    """Connection settings every writer needs (safe to repeat)."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal" and not db.memory:
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A write transaction, or a savepoint inside one that is already open.

    ``BEGIN IMMEDIATE`` takes the write lock up front: a deferred transaction
    that reads first and writes later fails at once with SQLITE_BUSY when
    another process wrote in between, and the busy timeout cannot help it.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    db.commit()


def ensure_db_shape(db: Database) -> None:
    """Bring ``db`` to the current schema: migrations, indexes, FTS, views.

    Idempotent and safe when two processes start on a new database at once
    (the whole check runs under the write lock).
    """
    with write_transaction(db):
        MIGRATIONS.apply(db)
        for table, indexes in INDEXES.items():
            for columns in indexes:
                db[table].create_index(columns, if_not_exists=True)
        for table, columns in FTS.items():
            if not db[f"{table}_fts"].exists():
                db[table].enable_fts(columns, tokenize="porter", create_triggers=True)
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip(), replace=True)
        db.execute(f"PRAGMA user_version = {schema_version(db)}")


def article_id(text: str) -> str:
    """Content hash identifying an article by its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def claim_words(text: str) -> list[str]:
    """Casefolded words of ``text``, punctuation, quotes and spacing dropped."""
    return _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())


def fingerprint(text: str) -> str | None:
    """Hash of a claim's normalized words, equal for the same claim however it
    is punctuated or quoted; None for claims too short to identify."""
    words = claim_words(text)
    if len(words) < MIN_FINGERPRINT_WORDS:
        return None
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]


def source_name_key(name: str) -> str:
    """Canonical identity of a named source, shared across articles."""
    canonical = getattr(source_rules, "canonical_name", None)
    if canonical is not None:
        name = canonical(name) or name
    return " ".join(claim_words(name))


_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b. %d, %Y", "%Y/%m/%d", "%d/%m/%Y")


def normalize_published(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) for a publication date as written, or None."""
    if not value:
        return None
    value = value.strip()
    if regex.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    for date_format in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, date_format).date().isoformat()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


@dataclass
class SaveResult:
    """What saving one article did: status is new, unchanged or replaced."""

    article_id: str
    status: str
    claims: int = 0
    new_sources: int = 0


def outlet_id(db: Database, name: str | None, cache: dict | None = None) -> int | None:
    """Id of the outlet called ``name`` (publisher or intermediary), created if new."""
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    if cache is not None and name in cache:
        return cache[name]
    db.execute("insert or ignore into outlets (name) values (?)", [name])
    found = db.execute("select id from outlets where name = ?", [name]).fetchone()[0]
    if cache is not None:
        if len(cache) > 50_000:
            cache.clear()
        cache[name] = found
    return found


def save_article(
    db: Database,
    record: dict,
    claims: list[Claim] | None = None,
    replace: bool = False,
    extractor: Callable[[str], list[Claim]] = extract,
    outlet_cache: dict | None = None,
) -> SaveResult:
    """Store one article record and its claims atomically.

    ``record`` is ``{"text", "url"?, "headline"?, "publisher"?, "published"?,
    "id"?, "source_file"?, "raw_hash"?, "language"?, "dateline"?,
    "published_text"?}``. The id is the record's ``id`` if given, else a hash
    of the text. A known article with the same text is left alone (status
    ``unchanged``) unless ``replace``; a known id with new text, or
    ``replace``, deletes its claims and re-saves them (status ``replaced``).
    ``claims`` are extracted from the text when not given.
    """
    text = record["text"]
    identity = str(record.get("id") or article_id(text))
    text_hash = article_id(text)
    with write_transaction(db):
        existing = db.execute(
            "select text_hash, ingested_at from articles where id = ?", [identity]
        ).fetchone()
        if existing is not None and not replace and existing[0] == text_hash:
            return SaveResult(identity, "unchanged")
        if claims is None:
            claims = extractor(text)
        old_fingerprints: set[str] = set()
        old_sources: set[int] = set()
        if existing is not None:
            old_fingerprints, old_sources = _delete_article_claims(db, identity)
        published_text = record.get("published_text") or record.get("published")
        row = {
            "id": identity,
            "headline": record.get("headline"),
            "publisher_id": outlet_id(db, record.get("publisher"), outlet_cache),
            "url": record.get("url"),
            "dateline": record.get("dateline"),
            "published": normalize_published(record.get("published")),
            "published_text": published_text,
            "text": text,
            "text_hash": text_hash,
            "source_file": record.get("source_file"),
            "raw_hash": record.get("raw_hash"),
            "language": record.get("language"),
            "ingested_at": existing[1] if existing else _now(),
            "extractor_version": EXTRACTOR_VERSION,
        }
        if existing is None:
            db["articles"].insert(row)
        else:
            db["articles"].update(identity, row)
        result = SaveResult(identity, "replaced" if existing else "new")
        result.claims, result.new_sources, new_fingerprints = save_claims(
            db, row, claims, outlet_cache=outlet_cache
        )
        if old_fingerprints - new_fingerprints:
            _recompute_first_seen(db, old_fingerprints - new_fingerprints)
        if old_sources:
            _delete_orphan_sources(db, old_sources)
    return result


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _article_date(article: dict) -> str:
    """The date a claim was seen in ``article``: published, else ingested."""
    return article.get("published") or (article.get("ingested_at") or _now())[:10]


def save_claims(
    db: Database, article: dict, claims: Iterable[Claim], outlet_cache: dict | None = None
) -> tuple[int, int, set[str]]:
    """Insert ``claims`` of the stored ``article`` row: one ``claims`` row per
    distinct claim span (its primary attribution, the most confident, is
    denormalized onto it for facets) and one ``attributions`` row per
    claim-source pair. Returns (claims saved, new sources, fingerprints)."""
    identity = article["id"]
    seen_date = _article_date(article)
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        by_span.setdefault((claim.claim.start, claim.claim.end), []).append(claim)
    source_cache: dict[str, int] = {}
    new_sources = 0
    fingerprints: set[str] = set()
    claim_rows = []
    attribution_rows = []
    for (start, end), pairs in sorted(by_span.items()):
        primary = max(pairs, key=lambda c: c.confidence)
        claim_id = f"{identity}-{start}-{end}"
        resolved: list[tuple[int | None, int | None]] = []
        for pair in pairs:
            source_id, created = _source_id(db, identity, pair, source_cache)
            new_sources += created
            resolved.append((source_id, outlet_id(db, pair.via, outlet_cache)))
        primary_source, primary_via = resolved[pairs.index(primary)]
        claim_fingerprint = fingerprint(primary.claim.text)
        first_seen, first_article = seen_date, identity
        if claim_fingerprint is not None:
            fingerprints.add(claim_fingerprint)
            first_seen, first_article = _first_seen(db, claim_fingerprint, seen_date, identity)
        claim_rows.append(
            {
                "id": claim_id,
                "article_id": identity,
                "text": primary.claim.text,
                "kind": primary.kind,
                "start": start,
                "end": end,
                "fingerprint": claim_fingerprint,
                "first_seen": first_seen,
                "first_article_id": first_article,
                "source_id": primary_source,
                "source_type": primary.source_type,
                "anonymous": int(bool(primary.anonymous)),
                "cue": primary.cue.text if primary.cue else None,
                "via_outlet_id": primary_via,
                "publisher_id": article.get("publisher_id"),
            }
        )
        for pair, (source_id, via_id) in zip(pairs, resolved):
            attribution_rows.append(
                {
                    "claim_id": claim_id,
                    "article_id": identity,
                    "source_id": source_id,
                    "source_text": pair.source.text if pair.source else None,
                    "source_start": pair.source.start if pair.source else None,
                    "source_end": pair.source.end if pair.source else None,
                    "source_type": pair.source_type,
                    "anonymous": int(bool(pair.anonymous)),
                    "cue": pair.cue.text if pair.cue else None,
                    "cue_start": pair.cue.start if pair.cue else None,
                    "cue_end": pair.cue.end if pair.cue else None,
                    "via_outlet_id": via_id,
                    "anonymity_reason": pair.anonymity_reason,
                    "source_count": pair.source_count,
                    "confidence": pair.confidence,
                    "rule": pair.rule,
                }
            )
    if claim_rows:
        db["claims"].insert_all(claim_rows)
        db["attributions"].insert_all(attribution_rows)
    return len(claim_rows), new_sources, fingerprints


def _source_identity(article_identity: str, claim: Claim) -> tuple[str, str, str, bool] | None:
    """(key, name, source_type, anonymous) for the source of ``claim``, or None."""
    name = claim.source_resolved or (claim.source.text if claim.source else None)
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    source_type = claim.source_type
    shared = not claim.anonymous and (
        source_type in SHARED_SOURCE_TYPES
        or (source_type == "pronoun" and name.casefold() not in PRONOUNS)
        or source_type is None
    )
    if shared and source_type in (None, "pronoun"):
        source_type = "named_person" if source_type == "pronoun" else None
    words = " ".join(claim_words(name))
    if shared:
        key = source_name_key(name)
        if not key:
            return None
        return key, name, source_type, False
    return f"{article_identity}:{words}", name, source_type, bool(claim.anonymous)


def _source_id(db: Database, article_identity: str, claim: Claim, cache: dict[str, int]) -> tuple[int | None, int]:
    identity = _source_identity(article_identity, claim)
    if identity is None:
        return None, 0
    key, name, source_type, anonymous = identity
    if key in cache:
        return cache[key], 0
    shared = not key.startswith(f"{article_identity}:")
    cursor = db.execute(
        "insert or ignore into sources (key, name, source_type, anonymous, description, article_id)"
        " values (?, ?, ?, ?, ?, ?)",
        [key, name, source_type, int(anonymous), claim.anonymity_reason, None if shared else article_identity],
    )
    created = cursor.rowcount == 1
    found = db.execute("select id from sources where key = ?", [key]).fetchone()[0]
    cache[key] = found
    return found, int(created)


def _first_seen(db: Database, claim_fingerprint: str, seen_date: str, identity: str) -> tuple[str, str]:
    """Earliest (date, article) carrying ``claim_fingerprint``, counting this
    one; when this article is earlier, every earlier-saved copy is updated.
    All claims with one fingerprint share the same first_seen, so one row
    answers for all of them."""
    row = db.execute(
        "select first_seen, first_article_id from claims where fingerprint = ? limit 1",
        [claim_fingerprint],
    ).fetchone()
    if row is not None and (row[0], row[1]) <= (seen_date, identity):
        return row[0], row[1]
    if row is not None:
        db.execute(
            "update claims set first_seen = ?, first_article_id = ? where fingerprint = ?",
            [seen_date, identity, claim_fingerprint],
        )
    return seen_date, identity


def _delete_article_claims(db: Database, identity: str) -> tuple[set[str], set[int]]:
    """Delete an article's attributions, claims and article-scoped sources;
    return the fingerprints and shared source ids they referenced."""
    fingerprints = {
        row[0]
        for row in db.execute(
            "select distinct fingerprint from claims where article_id = ? and fingerprint is not null", [identity]
        )
    }
    shared_sources = {
        row[0]
        for row in db.execute(
            "select distinct attributions.source_id from attributions join sources"
            " on sources.id = attributions.source_id"
            " where attributions.article_id = ? and sources.article_id is null",
            [identity],
        )
    }
    db.execute("delete from attributions where article_id = ?", [identity])
    db.execute("delete from claims where article_id = ?", [identity])
    db.execute("delete from sources where article_id = ?", [identity])
    return fingerprints, shared_sources


def _delete_orphan_sources(db: Database, source_ids: set[int]) -> None:
    """Drop shared sources no attribution refers to any more (after a replace)."""
    for source_id in source_ids:
        db.execute(
            "delete from sources where id = ? and not exists"
            " (select 1 from attributions where source_id = ?)",
            [source_id, source_id],
        )


def _recompute_first_seen(db: Database, fingerprints: Iterable[str]) -> None:
    """Reset first_seen for fingerprints whose earliest article no longer carries them."""
    for claim_fingerprint in fingerprints:
        row = db.execute(
            "select coalesce(articles.published, substr(articles.ingested_at, 1, 10)) as seen, articles.id"
            " from claims join articles on articles.id = claims.article_id"
            " where claims.fingerprint = ? order by seen, articles.id limit 1",
            [claim_fingerprint],
        ).fetchone()
        if row is not None:
            db.execute(
                "update claims set first_seen = ?, first_article_id = ? where fingerprint = ?",
                [row[0], row[1], claim_fingerprint],
            )


@dataclass
class IngestSummary:
    """Counts for one ingest run, as printed in the summary line and ``--json``."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    claims: int = 0
    sources: int = 0
    failures: int = 0
    warnings: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.new} new, {self.unchanged} unchanged, {self.replaced} replaced articles; "
            f"{self.claims} claims, {self.sources} new sources; {self.failures} failures"
        )

    def as_dict(self) -> dict:
        return asdict(self)


def ingest(
    db: Database,
    items: Iterable[dict | InputProblem],
    replace: bool = False,
    defaults: dict | None = None,
    batch_size: int = 200,
    on_problem: Callable[[InputProblem], None] = lambda problem: None,
    extractor: Callable[[str], list[Claim]] = extract,
) -> IngestSummary:
    """Save a stream of records (and :class:`provenance.inputs.InputProblem`
    values, which are counted and passed to ``on_problem``).

    Records are saved in batches: one write transaction per batch, one
    savepoint per article, so an article lands with all its claims or not at
    all, a failing article does not undo its batch, and killing the process
    loses at most the uncommitted batch. Known articles are recognised before
    extraction, which is what makes re-ingesting a corpus cheap.
    """
    ensure_db_shape(db)
    summary = IngestSummary()
    defaults = {key: value for key, value in (defaults or {}).items() if value}
    outlet_cache: dict[str, int] = {}
    batch: list[dict] = []

    def flush() -> None:
        _save_batch(db, batch, replace, summary, on_problem, extractor, outlet_cache)
        batch.clear()

    for item in items:
        if isinstance(item, dict):
            batch.append({**defaults, **item})
            if len(batch) >= batch_size:
                flush()
        else:
            if item.fatal:
                summary.failures += 1
                summary.errors.append(str(item))
            else:
                summary.warnings += 1
            on_problem(item)
    flush()
    ensure_db_shape(db)
    return summary


def _save_batch(
    db: Database,
    batch: list[dict],
    replace: bool,
    summary: IngestSummary,
    on_problem: Callable[[InputProblem], None],
    extractor: Callable[[str], list[Claim]],
    outlet_cache: dict,
) -> None:
    if not batch:
        return
    for record in batch:
        record["_text_hash"] = article_id(record["text"])
        record["_id"] = str(record.get("id") or record["_text_hash"])
    known: dict[str, str] = {}
    ids = [record["_id"] for record in batch]
    for offset in range(0, len(ids), 500):
        chunk = ids[offset : offset + 500]
        placeholders = ", ".join("?" for _ in chunk)
        known.update(db.execute(f"select id, text_hash from articles where id in ({placeholders})", chunk).fetchall())
    prepared: list[tuple[dict, list[Claim] | None]] = []
    for record in batch:
        if not replace and known.get(record["_id"]) == record["_text_hash"]:
            summary.unchanged += 1
            continue
        try:
            claims = extractor(record["text"])
        except Exception as error:  # an extractor bug on one article must not stop the batch
            _fail(summary, on_problem, record, f"extraction failed: {type(error).__name__}: {error}")
            continue
        prepared.append((record, claims))
    if not prepared:
        return
    with write_transaction(db):
        for record, claims in prepared:
            try:
                result = save_article(db, record, claims, replace=replace, outlet_cache=outlet_cache)
            except (sqlite3.DatabaseError, ValueError, TypeError) as error:
                if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                    raise
                _fail(summary, on_problem, record, f"cannot save: {error}")
                continue
            setattr(summary, result.status, getattr(summary, result.status) + 1)
            summary.claims += result.claims
            summary.sources += result.new_sources


def _fail(summary: IngestSummary, on_problem: Callable[[InputProblem], None], record: dict, message: str) -> None:
    problem = InputProblem(record.get("source_file") or record["_id"], message)
    summary.failures += 1
    summary.errors.append(str(problem))
    on_problem(problem)
