"""Datasette configuration for a provenance database: one dict of metadata.

Everything a Datasette user sees about the database - what it is, what each
table and column means, which facets and label columns to use, the canned
queries that answer the usual attribution questions, and the settings that
keep a public instance safe - is built here from module-level constants, so
``provenance serve`` and ``provenance config`` (for people who run
``datasette`` themselves) publish exactly the same thing.

The canned queries read the contract tables directly (not the convenience
views) and are written to use the indexes in ``provenance.db`` so they stay
fast on millions of claims.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import __version__
from .db import FACET_COUNT_COLUMNS

DEFAULT_DATABASE_NAME = "claims"

#: Datasette settings for every provenance instance. The time limit cuts off
#: runaway ad-hoc SQL instead of letting it tie up the server; the facet limit
#: is raised so facet counts over a million claims still finish. Facet
#: suggestions are off: they try a count query on every column of every page
#: view, which costs seconds on a million claims (and most of a page's time
#: even on thousands); the useful facets are configured per table instead.
SETTINGS: dict = {
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 1000,
    "suggest_facets": False,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "allow_csv_stream": True,
    "truncate_cells_html": 400,
}

SITE_DESCRIPTION_HTML = (
    "<p>Attributed claims extracted from news articles by "
    "<code>provenance</code>: who is reported to have said what, the cue verb, "
    "the outlet a source spoke to, and whether the source is anonymous and why.</p>"
    "<p>Each article was ingested with <code>provenance ingest</code> from text "
    "files, web pages, feeds or WARC archives; <code>articles.source_file</code> "
    "and <code>articles.url</code> say where each one came from, and every claim "
    "records the extraction rule and extractor version that produced it. Start "
    "with the <strong>claims</strong> table, the canned queries, or the charts.</p>"
)

TABLES: dict[str, dict] = {
    "outlets": {
        "description": "News organizations: publishers of ingested articles and "
        "intermediaries a source spoke to (\"told the newspaper\").",
        "label_column": "name",
        "sort": "name",
        "columns": {
            "id": "Outlet id.",
            "name": "Outlet name as written in the articles.",
        },
    },
    "articles": {
        "description": "Ingested news articles. All claim, source and cue "
        "offsets in this database are character offsets into articles.text.",
        "label_column": "headline",
        "sort_desc": "published",
        "facets": ["publisher_id", "language", "extractor_version"],
        "columns": {
            "id": "Content hash of the article text.",
            "headline": "Headline as printed.",
            "publisher_id": "Outlet that published the article.",
            "url": "Where the article was fetched from, if from the web.",
            "dateline": "Dateline (place) at the start of the article.",
            "published": "Publication date (ISO 8601), if it could be read.",
            "published_text": "Publication date as written in the source.",
            "text": "The article's own text; offsets point into this.",
            "source_file": "File the article was ingested from.",
            "raw_hash": "Hash of the raw bytes (HTML, WARC record) when "
            "ingested from the web.",
            "language": "Language of the article.",
            "ingested_at": "When the article was ingested (UTC).",
            "extractor_version": "Version of the extractor that produced "
            "this article's claims.",
            "text_hash": "Hash of the text, to recognise an article seen before.",
        },
    },
    "sources": {
        "description": "Who claims are attributed to. Named people and "
        "organizations are shared across articles; anonymous sources are "
        "scoped to the article they appear in.",
        "label_column": "name",
        "sort": "name",
        "facets": ["source_type", "anonymous"],
        "columns": {
            "id": "Source id.",
            "key": "Canonical identity used to merge mentions.",
            "name": "Name or description of the source as resolved.",
            "source_type": "named_person, anonymous_person, anonymous_group, "
            "organization, document_or_media or pronoun.",
            "anonymous": "1 if the source is not identified by name.",
            "description": "How the article characterizes the source: the role after "
            "a name (\"a spokeswoman for the council\"), or for an anonymous source "
            "what follows its head noun (\"familiar with the talks\").",
            "article_id": "Article an anonymous source belongs to (empty for "
            "shared sources).",
        },
    },
    "claims": {
        "description": "One row per attributed claim: the claimed text and the "
        "facets of its primary attribution. Open a claim's text to see it in "
        "the article, highlighted with its source and cue.",
        "facets": [
            "kind",
            "source_type",
            "anonymous",
            "cue",
            "publisher_id",
            "via_outlet_id",
        ],
        "columns": {
            "id": "Claim id.",
            "article_id": "Article the claim appears in.",
            "text": "The claim as it appears in the article.",
            "kind": "direct (quoted), indirect (reported speech) or mixed "
            "(reported speech with a quoted fragment).",
            "start": "Start offset of the claim in articles.text.",
            "end": "End offset (exclusive) of the claim in articles.text.",
            "fingerprint": "Hash of the normalized claim text; equal "
            "fingerprints are the same claim carried by several articles "
            "(fingerprint_articles says how many, and which was first).",
            "source_id": "Source of the primary attribution.",
            "source_type": "Type of that source.",
            "anonymous": "1 if that source is anonymous.",
            "cue": "Cue verb or phrase (said, told, according to ...).",
            "via_outlet_id": "Outlet the source spoke to, if the article says so.",
            "publisher_id": "Outlet that published the article.",
        },
    },
    "attributions": {
        "description": "Claim-source pairs: every source a claim is attributed "
        "to, with the exact source and cue spans in the article.",
        "facets": ["source_type", "cue", "via_outlet_id", "rule"],
        "columns": {
            "id": "Attribution id.",
            "claim_id": "The claim.",
            "article_id": "Article the claim appears in.",
            "source_id": "The source.",
            "source_text": "The source as written in the article.",
            "source_type": "Type of this source.",
            "anonymous": "1 if this source is anonymous.",
            "source_start": "Start offset of the source mention.",
            "source_end": "End offset (exclusive) of the source mention.",
            "cue": "Cue verb or phrase as written.",
            "cue_start": "Start offset of the cue.",
            "cue_end": "End offset (exclusive) of the cue.",
            "via_outlet_id": "Outlet the source spoke to (\"told X\").",
            "anonymity_reason": "Reason the article gives for not naming "
            "the source, if any.",
            "source_count": "Number of people behind the source, if stated.",
            "confidence": "Extractor confidence between 0 and 1.",
            "rule": "Extraction rule that produced the attribution.",
        },
    },
    "claims_with_sources": {
        "description": "Every claim-source pair with names instead of ids: "
        "claim, source, cue, outlets, article.",
    },
    "anonymous_share_by_article": {
        "description": "Per article: claims and the share (0-1) whose "
        "primary source is anonymous.",
    },
    "anonymous_share_by_publisher": {
        "description": "Per publisher: articles, claims and the share (0-1) "
        "whose primary source is anonymous.",
    },
    "sources_by_claims": {
        "description": "Sources with the number of claims and articles "
        "attributed to them.",
    },
    "claims_in_many_articles": {
        "description": "Claims (by fingerprint) carried by more than one "
        "article, with the first article.",
    },
    "_sqlite_migrations": {"hidden": True},
    "fingerprint_articles": {
        "description": "One row per claim fingerprint (the same claim however "
        "punctuated or quoted): how many articles carry it and where it first "
        "appeared. Kept by ingest and by triggers on claims.",
        "columns": {
            "fingerprint": "Fingerprint of the claim (claims.fingerprint).",
            "articles": "Articles carrying the claim.",
            "first_seen": "Date of the earliest article carrying it "
            "(published, else the day it was ingested).",
            "first_article_id": "Earliest article carrying it.",
        },
    },
    "facet_counts": {
        "description": "Bookkeeping for the claims and attributions facets: "
        "how many rows have each value, overall and under each single filter.",
        "hidden": True,
    },
}

def anonymity_totals_sql(column: str, with_null: bool = True) -> str:
    """SQL for ``(column, claims, anonymous_claims)``: the claims with each
    value of the claims ``column`` and how many of them are anonymous (null
    when none has a known anonymity), as grouping the claims would give, but
    read from the counts ingest keeps (``facet_counts``, which holds the
    column's counts by anonymity) instead of a million claims. Claims the
    counts leave out (no value, or no anonymity) are read from the claims
    table through its indexes; ``with_null`` keeps the claims without a value
    as a group of their own."""
    without_value = f"\n    union all\n    select null, 1, anonymous = 1 from claims where [{column}] is null" if with_null else ""
    # unlikely(): statistics say half the claims share each anonymity value,
    # but unknown anonymity is rare; so told, SQLite reads only those claims.
    return f"""
  select value as [{column}], sum(claims) as claims, sum(anonymous_claims) as anonymous_claims
  from (
    select filter_value as value, count as claims, iif(facet_value = 1, count, 0) as anonymous_claims
    from facet_counts
    where table_name = 'claims' and filter_column = '{column}' and facet_column = 'anonymous' and count > 0
    union all
    select [{column}], 1, null from claims where [{column}] is not null and unlikely(anonymous is null){without_value}
  )
  group by value
"""


# Queries are plain SQL over the contract tables. Aggregations read only
# indexed columns of ``claims`` so SQLite can answer from covering indexes.
CANNED_QUERIES: dict[str, dict] = {
    "anonymous_by_publisher": {
        "title": "Anonymous share of claims per publisher",
        "description": "For each publisher: how many claims its articles carry "
        "and what share is attributed to anonymous sources (primary "
        "attribution of each claim). See also the charts page.",
        # Claims per publisher by anonymity are counted by ingest (facet_counts).
        "sql": f"""
select
  outlets.name as publisher,
  totals.publisher_id,
  totals.claims,
  totals.anonymous_claims,
  round(100.0 * totals.anonymous_claims / totals.claims, 1) as anonymous_percent
from ({anonymity_totals_sql("publisher_id")}) as totals
left join outlets on outlets.id = totals.publisher_id
order by anonymous_percent desc, totals.claims desc
""",
    },
    "anonymous_by_article": {
        "title": "Anonymous share of claims per article",
        "description": "For each article: its claims and the share attributed "
        "to anonymous sources, most anonymous first (first 1,000 articles).",
        # Claims per article and anonymity are counted by ingest
        # (facet_counts, see provenance.db.FACET_COUNT_EXTRA_PAIRS): two rows
        # an article to read instead of grouping every claim.
        "sql": """
select
  totals.article_id,
  articles.headline,
  outlets.name as publisher,
  articles.published,
  totals.claims,
  totals.anonymous_claims,
  totals.anonymous_percent
from (
  select
    filter_value as article_id,
    sum(count) as claims,
    sum(iif(facet_value = 1, count, 0)) as anonymous_claims,
    round(100.0 * sum(iif(facet_value = 1, count, 0)) / sum(count), 1) as anonymous_percent
  from facet_counts
  where table_name = 'claims' and filter_column = 'article_id' and facet_column = 'anonymous'
  group by filter_value
  having claims > 0
  order by anonymous_percent desc, claims desc
  limit 1000
) as totals
join articles on articles.id = totals.article_id
left join outlets on outlets.id = articles.publisher_id
order by totals.anonymous_percent desc, totals.claims desc
""",
    },
    "articles_only_anonymous": {
        "title": "Articles that rely only on anonymous sources",
        "description": "Articles in which every attributed claim comes from an "
        "anonymous source.",
        # Read from the per-article counts ingest keeps (as anonymous_by_article).
        "sql": """
select
  totals.article_id,
  articles.headline,
  outlets.name as publisher,
  articles.published,
  totals.claims
from (
  select
    filter_value as article_id,
    sum(count) as claims,
    sum(iif(facet_value = 1, count, 0)) as anonymous_claims
  from facet_counts
  where table_name = 'claims' and filter_column = 'article_id' and facet_column = 'anonymous'
  group by filter_value
  having anonymous_claims = claims and claims > 0
) as totals
join articles on articles.id = totals.article_id
left join outlets on outlets.id = articles.publisher_id
order by totals.claims desc, articles.published desc
limit 1000
""",
    },
    "who_told_whom": {
        "title": "Who told whom",
        "description": "Sources and the outlets they are reported to have "
        "spoken to (\"told Outlet\"), with how many claims and articles.",
        # The thousand shown are picked before the joins: joining every
        # (outlet, source) pair first costs a lookup per pair.
        "sql": """
select
  sources.name as source,
  sources.source_type,
  told.via_outlet_id,
  outlets.name as told_outlet,
  told.claims,
  told.articles,
  told.source_id
from (
  select source_id, via_outlet_id, count(*) as claims,
         count(distinct article_id) as articles
  from attributions
  where via_outlet_id is not null
  group by via_outlet_id, source_id
  order by claims desc
  limit 1000
) as told
join sources on sources.id = told.source_id
join outlets on outlets.id = told.via_outlet_id
order by told.claims desc
""",
    },
    "most_quoted_named_sources": {
        "title": "Most quoted named sources",
        "description": "Named people and organizations with the most "
        "attributed claims, and in how many articles they appear.",
        # Attributions per source come from the counts ingest keeps
        # (facet_counts); distinct articles are counted for the hundred shown
        # only: counting them for every source costs a sort of all attributions.
        "sql": """
select
  top.source_id,
  top.source,
  top.source_type,
  top.claims,
  (
    select count(distinct article_id) from attributions
    where attributions.source_id = top.source_id
  ) as articles
from (
  select sources.id as source_id, sources.name as source, sources.source_type, counts.claims
  from (
    select facet_value as source_id, count as claims
    from facet_counts
    where table_name = 'attributions' and filter_column = '' and filter_value = ''
      and facet_column = 'source_id'
  ) as counts
  join sources on sources.id = counts.source_id
  where sources.anonymous = 0
    and sources.source_type in ('named_person', 'organization')
  order by counts.claims desc
  limit 100
) as top
order by top.claims desc
""",
    },
    "cue_verbs": {
        "title": "Cue verbs by frequency",
        "description": "How claims are introduced - said versus claimed, "
        "insisted, admitted - and how often each cue comes with an anonymous "
        "source. See also the charts page.",
        # Claims per cue by anonymity are counted by ingest (facet_counts).
        "sql": f"""
select
  cue,
  claims,
  anonymous_claims,
  round(100.0 * anonymous_claims / claims, 1) as anonymous_percent
from ({anonymity_totals_sql("cue", with_null=False)})
order by claims desc
""",
    },
    "repeated_claims": {
        "title": "Claims carried by more than one article",
        "description": "The same claim (same normalized text) in several "
        "articles, with the first article that had it.",
        # Articles per fingerprint are counted by ingest
        # (fingerprint_articles, provenance.db): the thousand most repeated
        # are read from a partial index of the repeated ones, and only their
        # first claims are looked up.
        "sql": """
select
  repeated.articles,
  first_claim.text,
  repeated.first_seen,
  repeated.first_article_id,
  articles.headline as first_headline,
  outlets.name as first_publisher,
  first_claim.id as claim_id
from (
  select fingerprint, articles, first_seen, first_article_id
  from fingerprint_articles
  where articles > 1
  order by articles desc, fingerprint
  limit 1000
) as repeated
join claims as first_claim on first_claim.id = (
  select copy.id from claims as copy
  where copy.fingerprint = repeated.fingerprint
    and copy.article_id = repeated.first_article_id
  order by copy.start
  limit 1
)
left join articles on articles.id = repeated.first_article_id
left join outlets on outlets.id = articles.publisher_id
order by articles desc, repeated.fingerprint
""",
    },
    "source_claims": {
        "title": "Everything one source is reported to have said",
        "description": "Every claim attributed to a source, oldest first. "
        "Enter the source's name, key or id.",
        "sql": """
select
  claims.id as claim_id,
  claims.text,
  claims.kind,
  attributions.cue,
  sources.name as source,
  via.name as told_outlet,
  articles.published,
  articles.headline,
  publisher.name as publisher
from attributions
join sources on sources.id = attributions.source_id
join claims on claims.id = attributions.claim_id
join articles on articles.id = attributions.article_id
left join outlets as via on via.id = attributions.via_outlet_id
left join outlets as publisher on publisher.id = articles.publisher_id
where attributions.source_id in (
  select id from sources
  where name = :source or key = :source or id = cast(:source as integer)
)
order by articles.published, claims.article_id, claims.start
limit 1000
""",
    },
    "anonymity_reasons": {
        "title": "Stated reasons for anonymity",
        "description": "The reasons articles give for not naming a source "
        "(\"because they were not authorized to speak publicly\"), by "
        "frequency.",
        "sql": """
select
  anonymity_reason,
  count(*) as claims,
  count(distinct article_id) as articles
from attributions
where anonymity_reason is not null and anonymity_reason != ''
group by anonymity_reason
order by claims desc
limit 1000
""",
    },
}


def metadata(database_name: str = DEFAULT_DATABASE_NAME) -> dict:
    """Return Datasette metadata for a provenance database called ``database_name``.

    Datasette keys metadata by database name (the file name without ``.db``),
    so the name must match the file being served.
    """
    queries = {
        name: {**query, "sql": query["sql"].strip()}
        for name, query in CANNED_QUERIES.items()
    }
    tables = json.loads(json.dumps(TABLES))
    for name, table in tables.items():
        if name in FACET_COUNT_COLUMNS and "facets" in table:
            # The plugin's counted facet reads the counts ingest keeps
            # (provenance.facets) instead of grouping every row per view.
            table["facets"] = [{"counted": column} for column in table["facets"]]
    return {
        "title": "provenance: who said what in the news",
        "description_html": SITE_DESCRIPTION_HTML,
        "source": "Ingested news articles (see articles.source_file and articles.url)",
        "about": f"provenance {__version__}",
        "about_url": "https://github.com/",
        "databases": {
            database_name: {
                "description_html": SITE_DESCRIPTION_HTML,
                "tables": tables,
                "queries": queries,
            }
        },
    }


def settings() -> dict:
    """Return the Datasette settings every provenance instance runs with."""
    return dict(SETTINGS)


def write_config(directory: Path | str, database_name: str = DEFAULT_DATABASE_NAME) -> list[Path]:
    """Write ``metadata.json`` and ``settings.json`` into ``directory``.

    The two files are what Datasette's configuration-directory mode reads
    (``datasette DIR`` with the database file inside), and ``metadata.json``
    also works with ``datasette DB -m metadata.json``. Returns the paths written.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, content in (
        ("metadata.json", metadata(database_name)),
        ("settings.json", settings()),
    ):
        path = directory / filename
        path.write_text(json.dumps(content, indent=2) + "\n")
        written.append(path)
    return written
