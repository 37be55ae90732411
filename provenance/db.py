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
import multiprocessing
import os
import sqlite3
import time
import unicodedata
from collections import Counter
from operator import itemgetter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

import regex
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .extract import EXTRACTOR_LANGUAGES, EXTRACTOR_VERSION, Claim, extract
from .extract import sources as source_rules
from .inputs import InputProblem, InputSkipped
from .wal import Checkpointer

DEFAULT_DB = "db/claims.db"

MIGRATIONS = Migrations("provenance")

BUSY_TIMEOUT_MS = 60_000

INGEST_CACHE_MIB = 64
"""SQLite page cache of an ingesting connection. Every claim lands in a dozen
indexes whose pages are scattered over the file; with SQLite's default 2 MB
cache a database of a few hundred MB re-reads them from the OS for every
batch, and ingest runs at half speed (measured at 20,000 articles: 7.0 ms
against 4.2 ms CPU per article saved). The cache is a ceiling, not an
allocation, so small ingests do not pay for it."""
"""How long a writer waits for another process's transaction (WAL allows one
writer at a time; batches are short, so a minute is generous)."""

MIN_FINGERPRINT_WORDS = 4
"""Claims shorter than this get no fingerprint: two-word fragments ("very
serious") recur across unrelated articles and would link them falsely."""

SHARED_SOURCE_TYPES = {"named_person", "organization"}
"""Source types whose identity is the same across articles. Everything else
(anonymous people and groups, unresolved pronouns, unnamed documents) is
scoped to its article: "two sources" here is not "two sources" there. So are
sources of these types known only by a description ("the president", "the
company"), which names someone only within its article."""

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


@MIGRATIONS()
def m003_article_author(db: Database) -> None:
    """The byline of articles read from web pages and feeds (their metadata has it)."""
    db["articles"].add_column("author", str)


@MIGRATIONS()
def m004_facet_counts(db: Database) -> None:
    """Value counts of the facet columns, alone and under each single-column
    filter, so Datasette's facet pages need not group a million claims per
    view. Filled here from the rows already stored; kept by triggers and
    ingest from then on (see FACET_COUNT_COLUMNS)."""
    # Value columns carry no declared type: any affinity would turn the
    # integer 1 into the text '1' (or back) and the counts would stop
    # matching the column they count.
    db.execute(
        """create table facet_counts (
  table_name text not null,
  filter_column text not null,
  filter_value not null,
  facet_column text not null,
  facet_value not null,
  count integer not null,
  primary key (table_name, filter_column, filter_value, facet_column, facet_value)
) without rowid"""
    )
    for table in FACET_COUNT_COLUMNS:
        _count_stored_rows(db, table, facet_pairs(table))


@MIGRATIONS()
def m005_grouped_counts(db: Database) -> None:
    """Claims per article by anonymity and attributions per source in
    ``facet_counts`` (FACET_COUNT_EXTRA_PAIRS), for the canned queries that
    rank articles and sources."""
    for table, pairs in FACET_COUNT_EXTRA_PAIRS.items():
        _count_stored_rows(db, table, list(pairs))


def recount_facets(db: Database) -> None:
    """Count ``facet_counts`` and ``fingerprint_articles`` afresh from the
    tables: after a bulk load that dropped their insert triggers, or to
    repair counts a writer that bypassed them left wrong. Run inside a write
    transaction."""
    db.execute("delete from facet_counts")
    for table in FACET_COUNT_COLUMNS:
        _count_stored_rows(db, table, counted_pairs(table))
    db.execute("delete from fingerprint_articles")
    _count_fingerprint_articles(db)


@MIGRATIONS()
def m006_drop_redundant_indexes(db: Database) -> None:
    """Drop the single-column indexes a wider index already leads with (see
    INDEXES): the same lookups, a sixth less index work per stored claim."""
    for name in REDUNDANT_INDEXES:
        db.execute(f"drop index if exists [{name}]")


@MIGRATIONS()
def m007_rekey_shared_sources(db: Database) -> None:
    """Named people and organizations keyed by the current identity rules
    (middle initials, "Secretary of State" style titles and companies' legal
    forms no longer split one source in two); sources the new keys make one
    are merged."""
    rekey_shared_sources(db)


def rekey_shared_sources(db: Database) -> int:
    """Recompute the key of every source shared across articles from its name
    with :func:`source_name_key`, and merge the sources that now share a key
    into the oldest of them (their attributions and claims follow). For a
    database made before a change to the identity rules; run inside a write
    transaction. Returns how many sources were merged away."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for source_id, key, name in db.execute("select id, key, name from sources where article_id is null order by id"):
        groups.setdefault(source_name_key(name) or key, []).append((source_id, key))
    merged = 0
    renamed: list[tuple[str, int]] = []
    for key, members in groups.items():
        kept = next((source_id for source_id, old in members if old == key), members[0][0])
        for source_id, _ in members:
            if source_id == kept:
                continue
            db.execute("update attributions set source_id = ? where source_id = ?", [kept, source_id])
            db.execute("update claims set source_id = ? where source_id = ?", [kept, source_id])
            db.execute("delete from sources where id = ?", [source_id])
            merged += 1
        if dict(members)[kept] != key:
            renamed.append((key, kept))
    # two steps, so that no key is taken while another row still holds it
    db.conn.executemany("update sources set key = ' ' || id where id = ?", [(kept,) for _, kept in renamed])
    db.conn.executemany("update sources set key = ? where id = ?", renamed)
    return merged


@MIGRATIONS()
def m008_fingerprint_articles(db: Database) -> None:
    """How many articles carry each claim fingerprint (``fingerprint_articles``),
    for the canned query listing claims carried by more than one article: it
    reads the repeated ones from an index instead of grouping every copy of
    every claim. Counted here from the claims already stored; kept by
    triggers and ingest from then on. The (fingerprint, article_id) index
    those triggers look up replaces the fingerprint index and the partial
    index the query read before."""
    db.execute(
        """create table fingerprint_articles (
  fingerprint text primary key,
  articles integer not null
) without rowid"""
    )
    db.execute("create index if not exists idx_claims_fingerprint_article_id on claims (fingerprint, article_id)")
    db.execute(
        "insert into fingerprint_articles select fingerprint, count(distinct article_id) from claims"
        " where fingerprint is not null and article_id is not null group by fingerprint"
    )
    for name in ("idx_claims_fingerprint", "idx_claims_repeated"):
        db.execute(f"drop index if exists [{name}]")


@MIGRATIONS()
def m009_article_facet_indexes(db: Database) -> None:
    """Index the articles' language and extractor version (see INDEXES), the
    facets of the articles table, which were counted by reading every
    article's text; ``serve`` upgrades only a database behind the current
    schema, so the indexes come with a migration."""
    for column in ("language", "extractor_version"):
        db.execute(f"create index if not exists [idx_articles_{column}] on articles ([{column}])")


@MIGRATIONS()
def m010_partial_attribution_indexes(db: Database) -> None:
    """Replace the full indexes of attributions led by via_outlet_id and by
    anonymity_reason with partial ones over the rows that have a value (see
    PARTIAL_ATTRIBUTION_INDEXES); ensure_db_shape creates the new ones."""
    for columns in PARTIAL_ATTRIBUTION_INDEXES:
        db.execute(f"drop index if exists [idx_attributions_{'_'.join(columns)}]")


@MIGRATIONS()
def m011_first_seen_per_fingerprint(db: Database) -> None:
    """Keep each claim's first appearance once, on its fingerprint's row of
    ``fingerprint_articles`` (``first_seen``, ``first_article_id``), not on
    every copy of the claim: an article earlier than the ones stored
    rewrote every copy and two indexes of ``claims``, a quarter of the pages
    an ingest wrote (measured at 100,000 articles). ``claims_with_sources``
    and the canned queries show them through the fingerprint. The views
    are dropped first (ensure_db_shape makes them again): SQLite refuses to
    rename a table under a view naming a column it no longer has."""
    for name in VIEWS:
        db.execute(f"drop view if exists [{name}]")
    db.execute("alter table fingerprint_articles add column first_seen text")
    db.execute("alter table fingerprint_articles add column first_article_id text references articles (id)")
    db.execute("delete from fingerprint_articles")
    _count_fingerprint_articles(db)
    for name in ("idx_claims_first_seen", "idx_claims_first_article_id"):
        db.execute(f"drop index if exists [{name}]")
    # claims keeps its rowids (the full-text index refers to them); its
    # triggers go with the old table and ensure_db_shape puts them back.
    db["claims"].transform(drop={"first_seen", "first_article_id"})


def _count_fingerprint_articles(db: Database) -> None:
    """Fill ``fingerprint_articles`` from the claims stored: the articles
    carrying each fingerprint and the earliest of them (by ARTICLE_SEEN,
    then id)."""
    db.execute(
        f"""insert into fingerprint_articles (fingerprint, articles, first_seen, first_article_id)
select fingerprint, articles, seen, article_id from (
  select fingerprint, article_id, seen,
    count(*) over (partition by fingerprint) as articles,
    row_number() over (partition by fingerprint order by seen, article_id) as position
  from (
    select distinct claims.fingerprint, claims.article_id, {ARTICLE_SEEN} as seen
    from claims left join articles on articles.id = claims.article_id
    where claims.fingerprint is not null and claims.article_id is not null
  )
)
where position = 1"""
    )


def _count_stored_rows(db: Database, table: str, pairs: list[tuple[str, str]]) -> None:
    """Add the rows already in ``table`` to ``facet_counts`` for ``pairs`` only."""
    columns = _pair_columns(pairs)
    names = ", ".join(f"[{column}]" for column in columns)
    rows = db.execute(f"select {names}, count(*) from [{table}] group by {names}")
    add_facet_counts(db, table, rows, pairs=pairs, columns=columns)


INDEXES = {
    "articles": [
        ["publisher_id"], ["published"], ["source_file"], ["url"], ["raw_hash"], ["language"], ["extractor_version"],
    ],
    "sources": [["article_id"], ["source_type"], ["anonymous"], ["name"]],
    "claims": [
        ["fingerprint", "article_id"],
        ["source_id"],
        ["source_type"],
        ["anonymous"],
        ["via_outlet_id"],
    ],
    "attributions": [["claim_id"], ["article_id"], ["cue"]],
    "fingerprint_articles": [["first_article_id"]],
}
"""Single-column indexes for filters, sorts and joins. A column that leads
one of the DATASETTE_INDEXES (claims.article_id, kind, cue, publisher_id;
attributions.source_id, via_outlet_id) has no index of its own: SQLite
filters and joins through the leading column of a wider index as well, and
every index is paid for on each of the millions of claims inserted."""

REDUNDANT_INDEXES = (
    "idx_claims_article_id",
    "idx_claims_kind",
    "idx_claims_cue",
    "idx_claims_publisher_id",
    "idx_attributions_source_id",
    "idx_attributions_via_outlet_id",
)
"""Indexes earlier releases made that lead with the same column as a wider one."""

#: Covering indexes for the Datasette canned queries, charts and facet counts
#: (kept apart from INDEXES: owned with provenance/datasette_config.py). Each
#: lets an aggregation over millions of claims read one index, not the table;
#: the wide claims index also answers facet counts under any kind filter.
DATASETTE_INDEXES = {
    "claims": [
        ["publisher_id", "anonymous"],
        ["article_id", "anonymous"],
        ["cue", "anonymous"],
        ["kind", "anonymous", "source_type", "publisher_id", "cue", "via_outlet_id"],
    ],
    "attributions": [
        ["source_id", "article_id"],
    ],
}

PARTIAL_ATTRIBUTION_INDEXES = (("via_outlet_id", "source_id", "article_id"), ("anonymity_reason", "article_id"))
"""Indexes of attributions that hold only the rows with a value in their
first column: most sources speak to no outlet and give no reason for their
anonymity, and the queries these serve (who told which outlet what; the
reasons given) ask only for rows that have one. A full index on a column
that is mostly null still takes an entry, in a page of its own on every
write, for each of the millions of attributions (measured: 16 of the 163
pages a saved article dirties, at 50,000 articles)."""

#: Partial index of the fingerprints carried by more than one article, most
#: repeated first, for the "claims carried by more than one article" canned query.
DATASETTE_PARTIAL_INDEXES = [
    "create index if not exists idx_fingerprint_articles_repeated on fingerprint_articles (articles desc, fingerprint) "
    "where articles > 1",
    *(
        f"create index if not exists [idx_attributions_{'_'.join(columns)}_not_null]"
        f" on attributions ({', '.join(columns)}) where {columns[0]} is not null"
        for columns in PARTIAL_ATTRIBUTION_INDEXES
    ),
]

FACET_COUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": ("kind", "source_type", "anonymous", "cue", "publisher_id", "via_outlet_id"),
    "attributions": ("source_type", "cue", "via_outlet_id", "rule"),
}
"""Facet columns whose counts ``facet_counts`` holds: for each table, the
count of every value of every column (filter_column ''), and of every value
of every column among the rows where another column has a given value (what
a facet page shows once one facet value is selected). Null values are not
counted, as Datasette's facets do not show them. Rows are kept exact by
triggers on every insert, delete and update of these columns; a batch ingest
suspends the insert triggers and adds its counts itself
(:func:`bulk_triggers_suspended`)."""


FACET_COUNT_EXTRA_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "claims": (("article_id", "anonymous"),),
    "attributions": (("", "source_id"),),
}
"""(filter_column, facet_column) counts ``facet_counts`` also holds, on
columns that are no facet: claims of each article by anonymity, and
attributions of each source, for the canned queries that rank articles and
sources without grouping every row."""


def facet_pairs(table: str) -> list[tuple[str, str]]:
    """(filter_column, facet_column) of the facet counts of ``table``; the
    filter column is '' for the unfiltered counts."""
    columns = FACET_COUNT_COLUMNS[table]
    return [
        (filter_column, facet_column)
        for facet_column in columns
        for filter_column in ("", *(column for column in columns if column != facet_column))
    ]


def counted_pairs(table: str) -> list[tuple[str, str]]:
    """Every (filter_column, facet_column) pair ``facet_counts`` holds for ``table``."""
    return facet_pairs(table) + list(FACET_COUNT_EXTRA_PAIRS.get(table, ()))


def _pair_columns(pairs: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(column for pair in pairs for column in pair if column))


def counted_columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` whose values ``facet_counts`` counts."""
    return _pair_columns(counted_pairs(table))


def add_facet_counts(
    db: Database,
    table: str,
    rows: Iterable[tuple],
    sign: int = 1,
    pairs: list[tuple[str, str]] | None = None,
    columns: tuple[str, ...] | None = None,
) -> None:
    """Add to ``facet_counts`` the rows of ``table`` given as tuples of
    ``columns`` values (default :func:`counted_columns`) followed by how many
    rows have them, for ``pairs`` (default :func:`counted_pairs`). Null values
    are not counted, as Datasette's facets do not show them."""
    pairs = pairs if pairs is not None else counted_pairs(table)
    columns = columns if columns is not None else counted_columns(table)
    rows = list(rows)
    if not rows:
        return
    *values, numbers = zip(*rows)
    # Rows that count one each (a batch being saved) are counted by Counter
    # in C, which keeps a batch's facet counts cheap beside its inserts.
    weights = None if numbers.count(1) == len(numbers) else numbers
    totals: list[tuple] = []
    for group, group_pairs in _pair_groups(table, pairs):
        keys = zip(*(values[columns.index(column)] for column in group))
        combinations = Counter(keys) if weights is None else _weighted_counts(keys, weights)
        for filter_column, facet_column in group_pairs:
            facet = group.index(facet_column)
            if filter_column:
                filtered = group.index(filter_column)
                keys = ((combination[filtered], combination[facet]) for combination in combinations)
            else:
                keys = (("", combination[facet]) for combination in combinations)
            if len(group_pairs) == 1:
                counted = dict(zip(keys, combinations.values()))  # its combinations are its keys
            else:
                counted = _weighted_counts(keys, combinations.values())
            totals.extend(
                (table, filter_column, filter_value, facet_column, facet_value, sign * number)
                for (filter_value, facet_value), number in counted.items()
                if facet_value is not None and filter_value is not None and number
            )
    db.conn.executemany(
        "insert into facet_counts values (?, ?, ?, ?, ?, ?) on conflict do update set count = count + excluded.count",
        totals,
    )


def _pair_groups(table: str, pairs: list[tuple[str, str]]) -> list[tuple[tuple[str, ...], list[tuple[str, str]]]]:
    """``pairs`` in groups counted together: (columns, pairs over them).

    The pairs among the facet columns of ``table`` are one group: a batch's
    thousands of rows have only a few hundred combinations of facet values
    (measured: 3,000 claims, about 300; 3,000 attributions, 35), so the rows
    are counted once by combination and each pair adds up the combinations,
    instead of every pair reading every row (which was about a twelfth of
    the writer's CPU time). A pair on another column (an article, a source) has
    nearly as many values as rows and is counted on its own."""
    facet_columns = set(FACET_COUNT_COLUMNS.get(table, ()))
    shared = [pair for pair in pairs if {column for column in pair if column} <= facet_columns]
    groups = [(_pair_columns(shared), shared)] if len(shared) > 1 else []
    alone = pairs if not groups else [pair for pair in pairs if pair not in shared]
    return groups + [(_pair_columns([pair]), [pair]) for pair in alone]


def _weighted_counts(keys: Iterable[tuple], numbers: Iterable[int]) -> Counter:
    """How many rows have each key, each row counting its number."""
    counted: Counter = Counter()
    for key, number in zip(keys, numbers):
        counted[key] += number
    return counted


def facet_count_triggers(table: str) -> dict[str, str]:
    """The triggers keeping ``facet_counts`` exact for ``table``: one upsert
    of every key a row counts in, +1 for a new row, -1 for a deleted one."""

    def upsert(row: str, sign: int) -> str:
        selects = []
        for filter_column, facet_column in counted_pairs(table):
            facet = f"{row}.[{facet_column}]"
            if not filter_column:
                selects.append(f"select '', '', '{facet_column}', {facet} where {facet} is not null")
                continue
            value = f"{row}.[{filter_column}]"
            selects.append(
                f"select '{filter_column}', {value}, '{facet_column}', {facet}"
                f" where {value} is not null and {facet} is not null"
            )
        union = " union all ".join(selects)
        return (
            f"insert into facet_counts select '{table}', *, {sign} from ({union}) where 1"
            " on conflict do update set count = count + excluded.count;"
        )

    names = ", ".join(f"[{column}]" for column in counted_columns(table))
    prefix = f"{table}_facet_counts"
    return {
        f"{prefix}_ai": f"create trigger [{prefix}_ai] after insert on [{table}] begin {upsert('new', 1)} end",
        f"{prefix}_ad": f"create trigger [{prefix}_ad] after delete on [{table}] begin {upsert('old', -1)} end",
        f"{prefix}_au": f"create trigger [{prefix}_au] after update of {names} on [{table}]"
        f" begin {upsert('old', -1)} {upsert('new', 1)} end",
    }


def fingerprint_articles_triggers() -> dict[str, str]:
    """The triggers keeping ``fingerprint_articles`` exact: a claim adds its
    article to its fingerprint's count when no other claim of that article
    has the fingerprint, and becomes the first appearance if its article is
    earlier; removing the last such claim removes the article, and if it
    was the first appearance the earliest remaining copy is looked up."""

    def carried(row: str, other_than_row: bool = False) -> str:
        condition = (
            f"exists (select 1 from claims where fingerprint = {row}.fingerprint and article_id = {row}.article_id"
        )
        return condition + (f" and rowid != {row}.rowid)" if other_than_row else ")")

    def add(row: str) -> str:
        return (
            "insert into fingerprint_articles (fingerprint, articles, first_seen, first_article_id)"
            f" select {row}.fingerprint, 1, (select {ARTICLE_SEEN} from articles where id = {row}.article_id),"
            f" {row}.article_id"
            f" where {row}.fingerprint is not null and {row}.article_id is not null and not {carried(row, True)}"
            f" on conflict do update set articles = articles + 1, {EARLIER_FIRST};"
        )

    def remove(row: str) -> str:
        gone = f"{row}.article_id is not null and not {carried(row)}"
        # Delete a count that would fall to 0 before decrementing the others.
        return (
            f"delete from fingerprint_articles where fingerprint = {row}.fingerprint and articles = 1 and {gone};"
            f" update fingerprint_articles set articles = articles - 1"
            f" where fingerprint = {row}.fingerprint and articles > 1 and {gone};"
            f" update fingerprint_articles set (first_seen, first_article_id) = ("
            f"select {ARTICLE_SEEN} as seen, articles.id from claims join articles on articles.id = claims.article_id"
            f" where claims.fingerprint = {row}.fingerprint order by seen, articles.id limit 1)"
            f" where fingerprint = {row}.fingerprint and first_article_id = {row}.article_id and {gone};"
        )

    prefix = "claims_fingerprint_articles"
    changed = "old.fingerprint is not new.fingerprint or old.article_id is not new.article_id"
    return {
        f"{prefix}_ai": f"create trigger [{prefix}_ai] after insert on claims begin {add('new')} end",
        f"{prefix}_ad": f"create trigger [{prefix}_ad] after delete on claims begin {remove('old')} end",
        f"{prefix}_au": f"create trigger [{prefix}_au] after update of fingerprint, article_id on claims"
        f" when {changed} begin {remove('old')} {add('new')} end",
    }


ARTICLE_SEEN = "coalesce(articles.published, substr(articles.ingested_at, 1, 10))"
"""The date a claim was seen in an article, in SQL: published, else the day
it was ingested (the twin of :func:`_article_date`)."""

_EARLIER = (
    "(first_seen is null or (excluded.first_seen, excluded.first_article_id) < (first_seen, first_article_id))"
)
EARLIER_FIRST = (
    f"first_seen = case when {_EARLIER} then excluded.first_seen else first_seen end,"
    f" first_article_id = case when {_EARLIER} then excluded.first_article_id else first_article_id end"
)
"""The update clause of an upsert into ``fingerprint_articles`` that keeps
the earlier of the stored first appearance and the one inserted (by date,
then article id)."""


FTS = {"claims": ["text"], "sources": ["name"], "articles": ["headline"]}

BULK_FTS = {"claims", "sources", "articles"}
"""Tables whose FTS insert triggers a batch ingest suspends, indexing its
rows itself. An FTS5 insert trigger makes every row a statement
transaction on the FTS table, which costs several times more than one
``executemany`` into it; even the one headline per article, through its
trigger, wrote a tenth of a batch's bytes (measured at 100,000 articles)."""

def fts_triggers(table: str, columns: list[str]) -> dict[str, str]:
    """The triggers keeping ``{table}_fts`` in step with ``table`` (external
    content FTS5), so any writer keeps the index right. Unlike sqlite-utils'
    own, the update trigger fires only when an indexed column changes, so
    bookkeeping updates (a facet column, a merged source id) do not
    re-index text."""
    fts = f"{table}_fts"
    names = ", ".join(f"[{column}]" for column in columns)
    new = ", ".join(f"new.[{column}]" for column in columns)
    old = ", ".join(f"old.[{column}]" for column in columns)
    delete = f"insert into [{fts}] ([{fts}], rowid, {names}) values ('delete', old.rowid, {old});"
    insert = f"insert into [{fts}] (rowid, {names}) values (new.rowid, {new});"
    return {
        f"{table}_ai": f"create trigger [{table}_ai] after insert on [{table}] begin {insert} end",
        f"{table}_ad": f"create trigger [{table}_ad] after delete on [{table}] begin {delete} end",
        f"{table}_au": f"create trigger [{table}_au] after update of {names} on [{table}] begin {delete} {insert} end",
    }

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
  fingerprint_articles.first_seen,
  fingerprint_articles.first_article_id,
  attributions.confidence,
  attributions.rule
from attributions
  join claims on claims.id = attributions.claim_id
  join articles on articles.id = attributions.article_id
  left join fingerprint_articles on fingerprint_articles.fingerprint = claims.fingerprint
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
  repeated.fingerprint,
  repeated.articles,
  repeated.first_seen,
  repeated.first_article_id,
  (select first.text from claims as first
    where first.fingerprint = repeated.fingerprint
      and first.article_id = repeated.first_article_id
    order by first.start limit 1) as text
from fingerprint_articles as repeated
where repeated.articles > 1
order by repeated.articles desc, repeated.fingerprint""",
}


def schema_version(db: Database) -> int:
    """Number of migrations applied to ``db`` (0 for an empty database)."""
    return len(MIGRATIONS.applied(db))


SCHEMA_VERSION = len(MIGRATIONS.pending(Database(memory=True)))
"""Migrations a database of this release has applied (also its PRAGMA user_version)."""


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
    if not db.memory:
        switch_to_wal(db)
    db.execute("PRAGMA synchronous = NORMAL")


def switch_to_wal(db: Database, wait_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Put the database in WAL mode, waiting up to ``wait_ms`` for other writers.

    Switching needs an exclusive lock, and when another connection holds the
    write lock SQLite fails the switch at once with "database is locked"
    instead of calling the busy handler (waiting could deadlock). Two ingests
    opening a new database together meet exactly that, so the switch is
    retried until it holds or the busy timeout has passed.
    """
    deadline = time.monotonic() + wait_ms / 1000
    while True:
        try:
            if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


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

    Foreign keys are not enforced while migrations run (SQLite's own
    procedure for altering a table): a migration that rebuilds a table
    drops the old one, which would count every row referring to it as
    broken. Rows are copied whole, so none is; the pragma only takes effect
    outside a transaction.
    """
    enforced = db.conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if enforced and not db.conn.in_transaction and MIGRATIONS.pending(db):
        db.execute("PRAGMA foreign_keys = OFF")
    try:
        _ensure_db_shape(db)
    finally:
        if enforced and not db.conn.in_transaction:
            db.execute("PRAGMA foreign_keys = ON")


def _ensure_db_shape(db: Database) -> None:
    with write_transaction(db):
        MIGRATIONS.apply(db)
        for table, indexes in (*INDEXES.items(), *DATASETTE_INDEXES.items()):
            for columns in indexes:
                db[table].create_index(columns, if_not_exists=True)
        for statement in DATASETTE_PARTIAL_INDEXES:
            db.execute(statement)
        db.execute("create index if not exists idx_outlets_name_nocase on outlets (name collate nocase)")
        for table, columns in FTS.items():
            if not db[f"{table}_fts"].exists():
                db[table].enable_fts(columns, tokenize="porter")
            _ensure_triggers(db, table, fts_triggers(table, columns), f"{table}_a")
        for table in FACET_COUNT_COLUMNS:
            _ensure_triggers(db, table, facet_count_triggers(table), f"{table}_facet_counts_")
        _ensure_triggers(db, "claims", fingerprint_articles_triggers(), "claims_fingerprint_articles_")
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip(), replace=True)
        db.execute(f"PRAGMA user_version = {schema_version(db)}")


def _ensure_triggers(db: Database, table: str, wanted: dict[str, str], prefix: str) -> None:
    """Make the triggers on ``table`` named ``prefix...`` exactly ``wanted`` (a
    transform or an older release may have dropped or created others)."""
    existing = {trigger.name: trigger.sql for trigger in db[table].triggers}
    for name, sql in existing.items():
        if name.startswith(prefix) and wanted.get(name) != sql:
            db.execute(f"drop trigger [{name}]")
    for name, sql in wanted.items():
        if existing.get(name) != sql:
            db.execute(sql)


@contextmanager
def bulk_triggers_suspended(db: Database, cache: WriteCache) -> Iterator[None]:
    """Inside a write transaction: drop the FTS insert triggers of BULK_FTS
    tables and the facet and fingerprint count insert triggers, let
    ``save_claims`` index rows, count fingerprints and collect facet values
    itself, add the facet counts of the whole batch at once, and put the
    triggers back before the transaction commits.
    DDL is transactional in SQLite, so other connections never see the
    triggers missing, and a crash rolls back to the triggers being there."""
    if not db.conn.in_transaction:
        raise RuntimeError("bulk_triggers_suspended needs an open write transaction")
    for table in BULK_FTS:
        db.conn.execute(f"drop trigger if exists [{table}_ai]")
    for table in FACET_COUNT_COLUMNS:
        db.conn.execute(f"drop trigger if exists [{table}_facet_counts_ai]")
    db.conn.execute("drop trigger if exists [claims_fingerprint_articles_ai]")
    cache.fts_by_hand = True
    cache.facet_rows = {table: [] for table in (*FACET_COUNT_COLUMNS, "fingerprint_articles")}
    try:
        yield
    finally:
        cache.fts_by_hand = False
        facet_rows, cache.facet_rows = cache.facet_rows, None
    # One upsert per fingerprint for the whole batch, in key order: a much
    # repeated claim is counted once, not once per article carrying it.
    # Its first appearance is the batch's earliest unless one stored is
    # earlier, set apart: an update naming first_article_id rewrites its
    # index entry even to the same value (measured: a tenth of the pages a
    # batch wrote), and few fingerprints change their first article.
    carried = _batch_fingerprints(facet_rows.pop("fingerprint_articles"))
    db.conn.executemany(
        "insert into fingerprint_articles (fingerprint, articles, first_seen, first_article_id) values (?, ?, ?, ?)"
        " on conflict do update set articles = articles + excluded.articles",
        carried,
    )
    db.conn.executemany(
        "update fingerprint_articles set first_seen = ?, first_article_id = ?"
        " where fingerprint = ? and (first_seen is null or (first_seen, first_article_id) > (?, ?))",
        [(seen, identity, key, seen, identity) for key, _, seen, identity in carried],
    )
    for table, rows in facet_rows.items():
        add_facet_counts(db, table, ((*values, 1) for values in rows))
    for table in BULK_FTS:
        db.conn.execute(fts_triggers(table, FTS[table])[f"{table}_ai"])
    for table in FACET_COUNT_COLUMNS:
        db.conn.execute(facet_count_triggers(table)[f"{table}_facet_counts_ai"])
    db.conn.execute(fingerprint_articles_triggers()["claims_fingerprint_articles_ai"])


def _batch_fingerprints(carried: list[tuple[str, str, str]]) -> list[tuple[str, int, str, str]]:
    """(fingerprint, articles, first_seen, first_article_id) in fingerprint
    order, from the (fingerprint, date seen, article id) of each article of a
    batch carrying a fingerprint."""
    counts: Counter = Counter()
    first: dict[str, tuple[str, str]] = {}
    for claim_fingerprint, seen, identity in carried:
        counts[claim_fingerprint] += 1
        if claim_fingerprint not in first or (seen, identity) < first[claim_fingerprint]:
            first[claim_fingerprint] = (seen, identity)
    return [(key, counts[key], *first[key]) for key in sorted(counts)]


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


_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")

_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b. %d, %Y", "%Y/%m/%d", "%d/%m/%Y")


def normalize_published(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) for a publication date as written, or None."""
    if not value:
        return None
    value = value.strip()
    if _ISO_DATE.match(value):
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


@dataclass
class WriteCache:
    """Ids already looked up, so a batch does not ask SQLite for the same
    outlet or shared source once per claim. Outlets are never deleted, so
    their ids stay valid for the whole run; source ids are only trusted
    within one transaction (a concurrent ``--replace`` may delete orphans)."""

    outlets: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    fts_by_hand: bool = False
    """True while the FTS insert triggers of BULK_FTS tables are suspended."""
    facet_rows: dict[str, list] | None = None
    """While the facet (and fingerprint) count insert triggers are
    suspended: the ``counted_columns`` values of each row inserted, by table,
    and under ``fingerprint_articles`` (fingerprint, date seen, article id)
    for each fingerprint of each article saved."""

    def new_transaction(self) -> None:
        self.forget_transaction()
        if len(self.outlets) > 50_000:
            self.outlets.clear()

    def forget_transaction(self) -> None:
        """Drop what is only valid within the current transaction (when a
        new one begins, or after a rollback that undid part of it)."""
        self.sources.clear()


def outlet_name(name: str | None) -> str | None:
    """An outlet name as stored: spacing collapsed, and the sentence
    punctuation or quotes an extractor may leave around it ("told Kestrel.")
    removed."""
    if not name:
        return None
    name = " ".join(name.split()).strip(".,;:!?\"'“”‘’()[] ")
    return name or None


def outlet_id(db: Database, name: str | None, cache: WriteCache | None = None) -> int | None:
    """Id of the outlet called ``name`` (publisher or intermediary), created
    if new. Names match case-insensitively ("the Gazette" is "The Gazette");
    the first spelling seen is kept."""
    name = outlet_name(name)
    if name is None:
        return None
    folded = name.casefold()
    if cache is not None and folded in cache.outlets:
        return cache.outlets[folded]
    row = db.conn.execute("select id from outlets where name = ? collate nocase", [name]).fetchone()
    found = row[0] if row else db.conn.execute("insert into outlets (name) values (?)", [name]).lastrowid
    if cache is not None:
        cache.outlets[folded] = found
    return found


ARTICLE_COLUMNS = (
    "id", "headline", "publisher_id", "url", "dateline", "published", "published_text", "text", "text_hash",
    "source_file", "raw_hash", "language", "ingested_at", "extractor_version", "author",
)
CLAIM_COLUMNS = (
    "id", "article_id", "text", "kind", "start", "end", "fingerprint", "source_id", "source_type", "anonymous",
    "cue", "via_outlet_id", "publisher_id",
)
ATTRIBUTION_COLUMNS = (
    "claim_id", "article_id", "source_id", "source_text", "source_start", "source_end", "source_type",
    "anonymous", "cue", "cue_start", "cue_end", "via_outlet_id", "anonymity_reason", "source_count",
    "confidence", "rule",
)


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f"[{column}]" for column in columns)
    return f"insert into [{table}] ({names}) values ({', '.join('?' for _ in columns)})"


_INSERT_ARTICLE = _insert_sql("articles", ARTICLE_COLUMNS)
_UPDATE_ARTICLE = "update articles set {} where id = ?".format(
    ", ".join(f"[{column}] = ?" for column in ARTICLE_COLUMNS[1:])
)
_INSERT_CLAIM = _insert_sql("claims", CLAIM_COLUMNS)
_FACET_VALUES = {
    "claims": itemgetter(*(CLAIM_COLUMNS.index(column) for column in counted_columns("claims"))),
    "attributions": itemgetter(*(ATTRIBUTION_COLUMNS.index(column) for column in counted_columns("attributions"))),
}
"""The ``counted_columns`` values of a row to insert, picked in C."""
_INSERT_ATTRIBUTION = _insert_sql("attributions", ATTRIBUTION_COLUMNS)


def save_article(
    db: Database,
    record: dict,
    claims: list[Claim] | PreparedClaims | None = None,
    replace: bool = False,
    extractor: Callable[[str], list[Claim]] = extract,
    cache: WriteCache | None = None,
) -> SaveResult:
    """Store one article record and its claims atomically.

    ``record`` is ``{"text", "url"?, "headline"?, "publisher"?, "published"?,
    "id"?, "source_file"?, "raw_hash"?, "language"?, "author"?, "dateline"?,
    "published_text"?}``. The id is the record's ``id`` if given, else a hash
    of the text. A known article with the same text is left alone (status
    ``unchanged``) unless ``replace``; a known id with new text, or
    ``replace``, deletes its claims and re-saves them (status ``replaced``).
    ``claims`` (a list, or :class:`PreparedClaims`) are extracted from the
    text when not given.
    """
    with write_transaction(db):
        return _store_article(db, record, claims, replace, extractor, cache)


def _store_article(
    db: Database,
    record: dict,
    claims: list[Claim] | PreparedClaims | None,
    replace: bool,
    extractor: Callable[[str], list[Claim]],
    cache: WriteCache | None,
) -> SaveResult:
    """The body of :func:`save_article`, inside a transaction the caller holds
    (a batch saves its articles with no savepoint each: see _save_batch)."""
    text = record["text"]
    text_hash = article_id(text)
    identity = str(record.get("id") or text_hash)
    cache = cache if cache is not None else WriteCache()
    existing = db.conn.execute(
        "select text_hash, ingested_at from articles where id = ?", [identity]
    ).fetchone()
    if existing is not None and not replace and existing[0] == text_hash:
        return SaveResult(identity, "unchanged")
    if claims is None:
        claims = extractor(text)
    old_sources: set[int] = set()
    if existing is not None:
        cache.forget_transaction()
        old_sources = _delete_article_claims(db, identity)
    row = {
        "id": identity,
        "headline": record.get("headline"),
        "publisher_id": outlet_id(db, record.get("publisher"), cache),
        "url": record.get("url"),
        "dateline": record.get("dateline"),
        "published": normalize_published(record.get("published")),
        "published_text": record.get("published_text") or record.get("published"),
        "text": text,
        "text_hash": text_hash,
        "source_file": record.get("source_file"),
        "raw_hash": record.get("raw_hash"),
        "author": record.get("author"),
        "language": record.get("language"),
        "ingested_at": existing[1] if existing else _now(),
        "extractor_version": EXTRACTOR_VERSION,
    }
    if existing is None:
        rowid = db.conn.execute(_INSERT_ARTICLE, [row[column] for column in ARTICLE_COLUMNS]).lastrowid
        if cache.fts_by_hand:
            db.conn.execute("insert into articles_fts (rowid, headline) values (?, ?)", [rowid, row["headline"]])
    else:
        db.conn.execute(_UPDATE_ARTICLE, [row[column] for column in ARTICLE_COLUMNS[1:]] + [identity])
    result = SaveResult(identity, "replaced" if existing else "new")
    result.claims, result.new_sources = save_claims(db, row, claims, cache=cache)
    if old_sources:
        _delete_orphan_sources(db, old_sources)
    return result


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _article_date(article: dict) -> str:
    """The date a claim was seen in ``article``: published, else ingested."""
    return article.get("published") or (article.get("ingested_at") or _now())[:10]


class SourceRow(NamedTuple):
    """A source as the ``sources`` table holds it, worked out from one claim."""

    key: str
    name: str
    source_type: str | None
    anonymous: bool
    description: str | None
    article_id: str | None
    """The article an anonymous source belongs to; None for a shared source."""


class PreparedPair(NamedTuple):
    """One claim-source pair of a span: the values of its ``claims`` and
    ``attributions`` columns that need no database. Plain values in a tuple,
    so that a worker's result crosses the process boundary cheaply (the
    Claim and Span objects it replaces cost the writing process seven times
    as much to unpickle, measured: 0.15 against 0.02 ms per article)."""

    claim_text: str
    kind: str
    source: SourceRow | None
    """The source row of the pair (None where the pair has no usable source)."""
    source_text: str | None
    source_start: int | None
    source_end: int | None
    source_type: str | None
    anonymous: bool
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    via: str | None
    anonymity_reason: str | None
    source_count: int | None
    confidence: float
    rule: str


class PreparedSpan(NamedTuple):
    """One distinct claim span of an article with its claim-source pairs."""

    start: int
    end: int
    pairs: tuple[PreparedPair, ...]
    primary: PreparedPair
    """The most confident pair: its attribution is denormalized onto the claim row."""
    fingerprint: str | None

    @property
    def sources(self) -> list[SourceRow | None]:
        return [pair.source for pair in self.pairs]


class PreparedClaims(NamedTuple):
    """An article's claims with everything about saving them that needs no
    database worked out: grouping by span, fingerprints, source keys and
    descriptions. Pure, so ingest workers compute it beside extraction and
    the one writing process is left with id lookups and inserts."""

    article_id: str
    spans: list[PreparedSpan]

    @property
    def fingerprints(self) -> set[str]:
        return {span.fingerprint for span in self.spans if span.fingerprint}

    def for_article(self, article_identity: str) -> PreparedClaims:
        """The same claims prepared for the article ``article_identity``: the
        keys of sources scoped to the article follow its identity."""
        if article_identity == self.article_id:
            return self
        moved: dict[str, SourceRow] = {}

        def move(source: SourceRow | None) -> SourceRow | None:
            if source is None or source.article_id != self.article_id:
                return source
            if source.key not in moved:
                key = article_identity + source.key[len(self.article_id) :]
                moved[source.key] = source._replace(key=key, article_id=article_identity)
            return moved[source.key]

        spans = []
        for span in self.spans:
            pairs = tuple(pair._replace(source=move(pair.source)) for pair in span.pairs)
            primary = pairs[span.pairs.index(span.primary)]
            spans.append(span._replace(pairs=pairs, primary=primary))
        return PreparedClaims(article_identity, spans)


def prepare_claims(article_identity: str, claims: Iterable[Claim]) -> PreparedClaims:
    """Group ``claims`` of the article ``article_identity`` by claim span and
    work out each span's fingerprint and each pair's source row. A source's
    description comes from its first claim in the article, in span order."""
    by_span: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        by_span.setdefault((claim.claim.start, claim.claim.end), []).append(claim)
    rows: dict[str, SourceRow] = {}
    spans = []
    for (start, end), claims_of_span in sorted(by_span.items()):
        primary = max(claims_of_span, key=lambda c: c.confidence)
        pairs = []
        for claim in claims_of_span:
            identity = _source_identity(article_identity, claim)
            source_row = None
            if identity is not None:
                key, name, source_type, anonymous = identity
                if key not in rows:
                    shared = not key.startswith(f"{article_identity}:")
                    rows[key] = SourceRow(
                        key, name, source_type, anonymous, source_description(claim),
                        None if shared else article_identity,
                    )
                source_row = rows[key]
            source, cue = claim.source, claim.cue
            pairs.append(
                PreparedPair(
                    claim.claim.text, claim.kind, source_row,
                    source.text if source else None, source.start if source else None, source.end if source else None,
                    claim.source_type, bool(claim.anonymous),
                    cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
                    claim.via, claim.anonymity_reason, claim.source_count, claim.confidence, claim.rule,
                )
            )
        pairs = tuple(pairs)
        spans.append(
            PreparedSpan(start, end, pairs, pairs[claims_of_span.index(primary)], fingerprint(primary.claim.text))
        )
    return PreparedClaims(article_identity, spans)


def save_claims(
    db: Database,
    article: dict,
    claims: Iterable[Claim] | PreparedClaims,
    cache: WriteCache | None = None,
) -> tuple[int, int]:
    """Insert ``claims`` of the stored ``article`` row: one ``claims`` row per
    distinct claim span (its primary attribution, the most confident, is
    denormalized onto it for facets) and one ``attributions`` row per
    claim-source pair. Returns (claims saved, new sources)."""
    cache = cache if cache is not None else WriteCache()
    identity = article["id"]
    prepared = _prepared(identity, claims)
    seen_date = _article_date(article)
    fingerprints = prepared.fingerprints
    new_sources = 0
    claim_rows = []
    attribution_rows = []
    publisher = article.get("publisher_id")
    for span in prepared.spans:
        primary = span.primary
        claim_id = f"{identity}-{span.start}-{span.end}"
        primary_ids = (None, None)
        for pair in span.pairs:
            source_id, created = _source_id(db, pair.source, cache)
            new_sources += created
            via_id = outlet_id(db, pair.via, cache) if pair.via else None
            if pair is primary:
                primary_ids = (source_id, via_id)
            attribution_rows.append(
                (
                    claim_id, identity, source_id, pair.source_text, pair.source_start, pair.source_end,
                    pair.source_type, int(pair.anonymous), pair.cue_text, pair.cue_start, pair.cue_end,
                    via_id, pair.anonymity_reason, pair.source_count, pair.confidence, pair.rule,
                )
            )
        claim_rows.append(
            (
                claim_id, identity, primary.claim_text, primary.kind, span.start, span.end, span.fingerprint,
                primary_ids[0], primary.source_type, int(primary.anonymous),
                primary.cue_text, primary_ids[1], publisher,
            )
        )
    db.conn.executemany(_INSERT_CLAIM, claim_rows)
    if cache.fts_by_hand:
        db.conn.executemany(
            "insert into claims_fts (rowid, text) values ((select rowid from claims where id = ?), ?)",
            [(row[0], row[2]) for row in claim_rows],
        )
    db.conn.executemany(_INSERT_ATTRIBUTION, attribution_rows)
    if cache.facet_rows is not None:
        for table, rows in (("claims", claim_rows), ("attributions", attribution_rows)):
            cache.facet_rows[table].extend(map(_FACET_VALUES[table], rows))
        # The article's earlier claims, if any, were deleted before these
        # were saved: each of its fingerprints is one more article carrying
        # it (counted for the whole batch when it commits).
        cache.facet_rows["fingerprint_articles"].extend(
            (claim_fingerprint, seen_date, identity) for claim_fingerprint in fingerprints
        )

    return len(claim_rows), new_sources


def _prepared(article_identity: str, claims: Iterable[Claim] | PreparedClaims) -> PreparedClaims:
    """``claims`` prepared for the article ``article_identity`` (moved to it
    if a worker prepared them under another identity)."""
    if isinstance(claims, PreparedClaims):
        return claims.for_article(article_identity)
    return prepare_claims(article_identity, claims)


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
    ) and source_rules.is_proper_name(name)  # not "the president", named only within its article
    if shared and source_type in (None, "pronoun"):
        source_type = "named_person" if source_type == "pronoun" else None
    if shared:
        key = source_name_key(name)
        if not key:
            return None
        return key, name, source_type, False
    words = " ".join(claim_words(name))
    return f"{article_identity}:{words}", name, source_type, bool(claim.anonymous)


#: Words that open the characterization of an anonymous source after its head
#: noun: "two officials *familiar with the talks*", "a person *close to* ...".
CHARACTERIZATION_START = regex.compile(
    r"\b(?:with|familiar|close|briefed|knowledgeable|involved|aware|in|at|from|inside|"
    r"within|who|that|whose|on|of|among|working|speaking|requesting|granted)\b",
    regex.IGNORECASE,
)


def source_description(claim: Claim) -> str | None:
    """How the article characterizes a source: for an anonymous source the words
    after its head noun ("two sources with knowledge of the meetings" -> "with
    knowledge of the meetings"), for a named one the apposition after its name
    ("Jane Roe, a spokeswoman for the council" -> "a spokeswoman for the
    council"). The reason given for anonymity is kept on each attribution."""
    if claim.source is None:
        return None
    written = " ".join(claim.source.text.split())
    if claim.anonymous:
        described = " ".join((claim.source_resolved or written).split())
        for found in CHARACTERIZATION_START.finditer(described, 1, timeout=1):
            before = described[: found.start()].split()
            if found.group(0).casefold() == "of" and before and before[-1].casefold() in ONE_OF_HEADS:
                continue
            return described[found.start() :].strip(" ,.;") or None
        return None
    if not claim.source_resolved:
        return None
    name = " ".join(claim.source_resolved.split())
    if written.startswith(name + ","):
        rest = written[len(name) + 1 :].strip(" ,.;")
        return rest or None
    return None


#: "one of the officials": "of" here picks a member, it does not characterize.
ONE_OF_HEADS = frozenset("one two three some many most several another other each none either neither any all".split())


def _source_id(db: Database, source: SourceRow | None, cache: WriteCache) -> tuple[int | None, int]:
    """The id of ``source`` in the sources table, inserting it when new;
    with 1 when it was inserted."""
    if source is None:
        return None, 0
    if source.key in cache.sources:
        return cache.sources[source.key], 0
    row = db.conn.execute("select id from sources where key = ?", [source.key]).fetchone()
    created = row is None
    if created:
        found = db.conn.execute(
            "insert into sources (key, name, source_type, anonymous, description, article_id)"
            " values (?, ?, ?, ?, ?, ?)",
            [source.key, source.name, source.source_type, int(source.anonymous), source.description, source.article_id],
        ).lastrowid
        if cache.fts_by_hand:
            db.conn.execute("insert into sources_fts (rowid, name) values (?, ?)", [found, source.name])
    else:
        found = row[0]
    cache.sources[source.key] = found
    return found, int(created)


def _delete_article_claims(db: Database, identity: str) -> set[int]:
    """Delete an article's attributions, claims and article-scoped sources
    (the triggers on claims update ``fingerprint_articles``); return the
    shared source ids they referenced."""
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
    return shared_sources


def _delete_orphan_sources(db: Database, source_ids: set[int]) -> None:
    """Drop shared sources no attribution refers to any more (after a replace)."""
    for source_id in source_ids:
        db.execute(
            "delete from sources where id = ? and not exists"
            " (select 1 from attributions where source_id = ?)",
            [source_id, source_id],
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
    skipped_stored: int = 0
    """Pages and feed items not extracted again: their URL or raw-bytes hash is stored."""
    not_extracted: dict[str, int] = field(default_factory=dict)
    """Articles stored without claims, by language the extractor does not support."""

    def line(self) -> str:
        parts = [f"{self.new} new, {self.unchanged} unchanged, {self.replaced} replaced articles"]
        if self.skipped_stored:
            parts.append(f"{self.skipped_stored} pages already stored (skipped)")
        if self.not_extracted:
            languages = ", ".join(f"{code} {count}" for code, count in sorted(self.not_extracted.items()))
            total = sum(self.not_extracted.values())
            parts.append(f"{total} articles stored without extraction, language not supported ({languages})")
        parts.append(f"{self.claims} claims, {self.sources} new sources")
        parts.append(f"{self.failures} failures")
        return "; ".join(parts)

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
    workers: int = 1,
) -> IngestSummary:
    """Save a stream of records (and :class:`provenance.inputs.InputProblem`
    values, which are counted and passed to ``on_problem``).

    Records are saved in batches, one write transaction per batch: an
    article lands with all its claims or not at all, a failing article does
    not undo its batch (see _save_batch), and killing the process loses at
    most the uncommitted batch. Known articles are recognised before
    extraction, which is what makes re-ingesting a corpus cheap.

    With ``workers`` > 1, extraction (pure and CPU-bound) runs in a process
    pool while this process writes the previous batch; the pool is only
    started once there is more than one batch of work.
    """
    ensure_db_shape(db)
    db.execute(f"PRAGMA cache_size = -{INGEST_CACHE_MIB * 1024}")
    summary = IngestSummary()
    defaults = {key: value for key, value in (defaults or {}).items() if value}
    cache = WriteCache()
    pool = None
    pending: tuple[list[dict], Callable[[], list]] | None = None
    checkpointer = Checkpointer.beside(db.conn, busy_timeout_ms=BUSY_TIMEOUT_MS)
    try:
        for batch in _batches(items, batch_size, defaults, summary, on_problem):
            work = _needing_extraction(db, batch, replace, summary)
            texts = [
                (extractor, None if record.get("_not_extracted") else record["text"], record["_id"]) for record in work
            ]
            if pool is None and workers > 1 and len(batch) >= batch_size:
                pool = multiprocessing.Pool(workers, initializer=_yield_to_the_writer)
            if pool is not None:
                outcome = pool.starmap_async(_extract_one, texts, chunksize=max(1, len(texts) // (4 * workers)))
                results = outcome.get
            else:
                done = [_extract_one(*args) for args in texts]
                results = lambda done=done: done  # noqa: E731
            if pending is not None:
                _save_batch(db, *pending, replace, summary, on_problem, cache, checkpointer)
            pending = (work, results)
        if pending is not None:
            _save_batch(db, *pending, replace, summary, on_problem, cache, checkpointer)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        if checkpointer is not None:
            checkpointer.close()
    ensure_db_shape(db)
    return summary


def _batches(
    items: Iterable[dict | InputProblem],
    batch_size: int,
    defaults: dict,
    summary: IngestSummary,
    on_problem: Callable[[InputProblem], None],
) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        if isinstance(item, dict):
            batch.append({**defaults, **item})
            if len(batch) >= batch_size:
                yield batch
                batch = []
        elif isinstance(item, InputSkipped):
            summary.skipped_stored += 1
        else:
            if item.fatal:
                summary.failures += 1
                summary.errors.append(str(item))
            else:
                summary.warnings += 1
            on_problem(item)
    if batch:
        yield batch


def _needing_extraction(db: Database, batch: list[dict], replace: bool, summary: IngestSummary) -> list[dict]:
    """The records of ``batch`` not already stored with the same text (those
    are counted as unchanged and skipped before any extraction)."""
    for record in batch:
        record["_text_hash"] = article_id(record["text"])
        record["_id"] = str(record.get("id") or record["_text_hash"])
    if replace:
        return _hold_back_languages(batch, summary)
    known: dict[str, str] = {}
    ids = [record["_id"] for record in batch]
    for offset in range(0, len(ids), 500):
        chunk = ids[offset : offset + 500]
        placeholders = ", ".join("?" for _ in chunk)
        known.update(db.conn.execute(f"select id, text_hash from articles where id in ({placeholders})", chunk).fetchall())
    work = []
    for record in batch:
        if known.get(record["_id"]) == record["_text_hash"]:
            summary.unchanged += 1
        else:
            work.append(record)
    return _hold_back_languages(work, summary)


def _hold_back_languages(work: list[dict], summary: IngestSummary) -> list[dict]:
    """Mark records in a language the extractor does not support: they are
    stored with their language and no claims, and counted per language."""
    for record in work:
        language = extraction_language(record.get("language"))
        if language is not None:
            summary.not_extracted[language] = summary.not_extracted.get(language, 0) + 1
            record["_not_extracted"] = True
    return work


WORKER_NICENESS = 5
"""How much lower the extraction workers' CPU priority is than the writing
process's. One process writes SQLite and is what limits a large ingest; with
more runnable processes than cores, the workers would otherwise take turns
with it, and each turn it waits is lost throughput, while the workers have
slack (they extract the next batch while this one is written)."""


def _yield_to_the_writer() -> None:
    """Initializer of the extraction workers: run at a lower priority."""
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass


def _extract_one(extractor: Callable[[str], list[Claim]], text: str | None, identity: str) -> PreparedClaims | str:
    """Claims of one article, prepared for saving as article ``identity``, or
    the error message (an extractor bug on one article must not stop the
    batch, nor kill a worker pool's map). No text: the article is not to be
    extracted (unsupported language)."""
    if text is None:
        return prepare_claims(identity, [])
    try:
        return prepare_claims(identity, extractor(text))
    except Exception as error:
        return f"extraction failed: {type(error).__name__}: {error}"


class _ArticleFailed(Exception):
    """An article of a batch saved without savepoints failed: the batch's
    transaction is rolled back and the batch saved again, carefully."""


def _save_batch(
    db: Database,
    work: list[dict],
    results: Callable[[], list],
    replace: bool,
    summary: IngestSummary,
    on_problem: Callable[[InputProblem], None],
    cache: WriteCache,
    checkpointer: Checkpointer | None = None,
) -> None:
    """Save one batch in one transaction (and have ``checkpointer`` copy it
    into the database file while the next batch is written).

    The articles are saved with no savepoint each: a savepoint makes SQLite
    copy every page an article touches into a sub-journal (a temporary file),
    which was a fifth of the writer's time. Should an article fail, the whole
    transaction is rolled back and the batch saved again with a savepoint per
    article, so the failing one is left out and the rest still land: the
    outcome is the same, only a batch with a bad article pays twice."""
    if not work:
        return
    extracted = results()
    if checkpointer is not None:
        checkpointer.before_transaction()
    try:
        outcomes = _save_batch_once(db, work, extracted, replace, cache, guarded=False)
    except _ArticleFailed:
        outcomes = _save_batch_once(db, work, extracted, replace, cache, guarded=True)
    if checkpointer is not None:
        checkpointer.committed()
    for record, outcome in outcomes:
        if isinstance(outcome, str):
            _fail(summary, on_problem, record, outcome)
            continue
        setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)
        summary.claims += outcome.claims
        summary.sources += outcome.new_sources


def _save_batch_once(
    db: Database,
    work: list[dict],
    extracted: list,
    replace: bool,
    cache: WriteCache,
    guarded: bool,
) -> list[tuple[dict, SaveResult | str]]:
    """Save ``work`` in one write transaction; each record's SaveResult or
    error message. ``guarded``: a savepoint per article, and a failing
    article is rolled back alone; else a failure rolls back the transaction
    and raises _ArticleFailed."""
    cache.new_transaction()
    outcomes: list[tuple[dict, SaveResult | str]] = []
    try:
        with write_transaction(db), bulk_triggers_suspended(db, cache):
            for record, claims in zip(work, extracted):
                if isinstance(claims, str):
                    outcomes.append((record, claims))
                    continue
                counted = {table: len(rows) for table, rows in cache.facet_rows.items()}
                try:
                    if guarded:
                        result = save_article(db, record, claims, replace=replace, cache=cache)
                    else:
                        result = _store_article(db, record, claims, replace, extract, cache)
                except (sqlite3.DatabaseError, ValueError, TypeError, AttributeError) as error:
                    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                        raise
                    if not guarded:
                        raise _ArticleFailed from error
                    # ids created inside the rolled-back savepoint no longer exist,
                    # nor do the rows whose facet values were collected
                    cache.outlets.clear()
                    cache.forget_transaction()
                    for table, length in counted.items():
                        del cache.facet_rows[table][length:]
                    outcomes.append((record, f"cannot save: {error}"))
                    continue
                outcomes.append((record, result))
    except BaseException:
        # ids looked up or created in the rolled-back transaction may not exist
        cache.outlets.clear()
        cache.forget_transaction()
        raise
    return outcomes


def extraction_language(language: str | None) -> str | None:
    """The record's language when the extractor does not support it, else None.

    A record with no language (plain text, JSON Lines without one) is extracted:
    only a positive identification of another language holds extraction back.
    """
    if not language:
        return None
    primary = language.strip().replace("_", "-").split("-")[0].lower()
    return None if not primary or primary in EXTRACTOR_LANGUAGES else primary


def url_stored(db: Database, url: str) -> bool:
    """Whether an article from this URL is stored (feed items are skipped on it).

    Pages fetched from the web keep the URL they were fetched from in
    ``source_file``, and their canonical URL in ``url``: either one matches.
    """
    sql = "select 1 from articles where url = ? union all select 1 from articles where source_file = ? limit 1"
    return db.execute(sql, [url, url]).fetchone() is not None


def raw_hash_stored(db: Database, raw_hash: str) -> bool:
    """Whether a page with exactly these raw bytes is stored (a re-fetch is a no-op)."""
    return db.execute("select 1 from articles where raw_hash = ? limit 1", [raw_hash]).fetchone() is not None


def _fail(summary: IngestSummary, on_problem: Callable[[InputProblem], None], record: dict, message: str) -> None:
    problem = InputProblem(record.get("source_file") or record["_id"], message)
    summary.failures += 1
    summary.errors.append(str(problem))
    on_problem(problem)
