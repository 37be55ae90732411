"""Datasette plugin: claims in their article, charts, and links between them.

Registered through the ``datasette`` entry point in ``setup.cfg``. Pages live
under ``/-/provenance/<database>/``:

- ``claims/<id>``: the article text with that claim, its source(s) and cue(s)
  highlighted, the article's other claims marked and linked, and a link to
  everything else the source is reported to have said;
- ``articles/<id>``: the article with all its claims marked;
- ``charts``: anonymous share per publisher and cue-verb frequency as inline
  SVG (no JavaScript, nothing fetched from elsewhere);
- the database's ``about`` page: what the data is and where it came from.

Article text is untrusted input (it is scraped from the web), so every piece
of it reaches the page only through Jinja's autoescaping or
``markupsafe.escape`` - never as raw HTML.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

import markupsafe
from datasette import hookimpl
from datasette.facets import ColumnFacet
from datasette.utils.asgi import NotFound, Response
from jinja2 import ChoiceLoader, FileSystemLoader

from .datasette_config import TABLES, anonymity_totals_sql
from .db import ARTICLE_SEEN
from .facets import ColumnFacetBesideCounted, CountedFacet

PACKAGE_DIR = Path(__file__).parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"
STYLESHEET = "provenance.css"

#: Bars shown per chart; the long tail is in the canned queries.
CHART_MAX_BARS = 25

#: Pages remembered per published (immutable) instance, and the largest body kept.
RESPONSE_CACHE_ENTRIES = 512
RESPONSE_CACHE_MAX_BYTES = 2_000_000

_response_caches: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()

#: Only these URL schemes become links; ``javascript:`` in a stored URL must not.
SAFE_URL_SCHEMES = ("http://", "https://")


def base_path(datasette, database: str) -> str:
    """URL path of the plugin's pages for ``database`` (honours ``base_url``)."""
    return datasette.urls.path(f"/-/provenance/{quote(database, safe='')}")


def claim_path(datasette, database: str, claim_id: str) -> str:
    """URL of the claim-in-context page."""
    return f"{base_path(datasette, database)}/claims/{quote(str(claim_id), safe='')}"


def article_path(datasette, database: str, article_id: str) -> str:
    """URL of the article page with all claims marked."""
    return f"{base_path(datasette, database)}/articles/{quote(str(article_id), safe='')}"


def source_claims_path(datasette, database: str, source_id) -> str:
    """URL of the canned query listing everything one source said."""
    query = datasette.urls.database(database) + "/source_claims"
    return f"{query}?{urlencode({'source': source_id})}"


def highlight_segments(text: str, spans: list[dict]) -> list[dict]:
    """Cut ``text`` into segments, each carrying the spans that cover it.

    ``spans`` are dicts with ``start``, ``end``, ``role`` (a CSS class such as
    ``pv-claim``, ``pv-selected``, ``pv-source``, ``pv-cue``) and optionally
    ``href``, ``title`` and ``anchor``. Spans may nest or overlap (a source
    inside a mixed quote, two claims sharing words), so instead of nesting
    elements each segment lists every role active over it. Spans whose offsets
    do not fit the text are ignored rather than highlighting the wrong words.
    """
    valid = [
        span
        for span in spans
        if isinstance(span.get("start"), int)
        and isinstance(span.get("end"), int)
        and 0 <= span["start"] < span["end"] <= len(text)
    ]
    boundaries = sorted({0, len(text)} | {s["start"] for s in valid} | {s["end"] for s in valid})
    anchored = set()
    segments = []
    for left, right in zip(boundaries, boundaries[1:]):
        active = [s for s in valid if s["start"] <= left and right <= s["end"]]
        roles = sorted({s["role"] for s in active})
        href = None
        title = None
        anchor = None
        if "pv-selected" not in roles:
            linked = next((s for s in active if s.get("href")), None)
            if linked:
                href, title = linked["href"], linked.get("title")
        for span in active:
            if span.get("anchor") and span["anchor"] not in anchored:
                anchor = span["anchor"]
                anchored.add(anchor)
                break
        if title is None:
            title = next((s["title"] for s in active if s.get("title")), None)
        segments.append(
            {
                "text": text[left:right],
                "classes": " ".join(roles),
                "href": href,
                "title": title,
                "anchor": anchor,
            }
        )
    return segments


async def _database(datasette, request):
    name = request.url_vars["database"]
    try:
        return name, datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}")


async def _first(db, sql: str, params=None) -> dict | None:
    row = (await db.execute(sql, params or [])).first()
    return dict(row) if row else None


async def _all(db, sql: str, params=None) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params or [])).rows]


def _safe_url(url) -> str | None:
    if isinstance(url, str) and url.strip().lower().startswith(SAFE_URL_SCHEMES):
        return url.strip()
    return None


async def _article_context(datasette, database: str, db, article_id: str, selected_claim: dict | None) -> dict:
    """Everything the article template needs, with the selected claim's spans."""
    article = await _first(db, "select * from articles where id = ?", [article_id])
    if article is None:
        raise NotFound(f"Article not found: {article_id}")
    publisher = None
    if article.get("publisher_id") is not None:
        publisher = await _first(db, "select * from outlets where id = ?", [article["publisher_id"]])
    claims = await _all(
        db,
        "select id, kind, start, [end], text, cue, source_type, anonymous "
        "from claims where article_id = ? order by start",
        [article_id],
    )
    text = article.get("text") or ""
    spans = []
    for number, claim in enumerate(claims, 1):
        selected = selected_claim is not None and claim["id"] == selected_claim["id"]
        claim["number"] = number
        claim["href"] = claim_path(datasette, database, claim["id"])
        spans.append(
            {
                "start": claim["start"],
                "end": claim["end"],
                "role": "pv-selected" if selected else "pv-claim",
                "href": None if selected else claim["href"],
                "title": f"claim {number} ({claim['kind']})",
                "anchor": "selected-claim" if selected else f"claim-{number}",
            }
        )
    attributions = []
    if selected_claim is not None:
        attributions = await _all(
            db,
            """
            select attributions.*, sources.name as source_name,
                   sources.source_type as source_type, sources.anonymous as anonymous,
                   sources.description as source_description, outlets.name as via_outlet
            from attributions
            left join sources on sources.id = attributions.source_id
            left join outlets on outlets.id = attributions.via_outlet_id
            where attributions.claim_id = ?
            order by attributions.id
            """,
            [selected_claim["id"]],
        )
        for attribution in attributions:
            spans.append(
                {
                    "start": attribution.get("source_start"),
                    "end": attribution.get("source_end"),
                    "role": "pv-source",
                    "title": "source",
                }
            )
            spans.append(
                {
                    "start": attribution.get("cue_start"),
                    "end": attribution.get("cue_end"),
                    "role": "pv-cue",
                    "title": "cue",
                }
            )
            if attribution.get("source_id") is not None:
                attribution["source_href"] = source_claims_path(
                    datasette, database, attribution["source_id"]
                )
    return {
        "database": database,
        "article": article,
        "article_url": _safe_url(article.get("url")),
        "article_row_href": datasette.urls.row(database, "articles", quote(str(article_id), safe="")),
        "article_href": article_path(datasette, database, article_id),
        "publisher": publisher,
        "claims": claims,
        "attributions": attributions,
        "segments": highlight_segments(text, spans),
    }


MAX_COPIES_SHOWN = 20
"""Other articles carrying the same claim listed on a claim's page, oldest
first (a wire story may be carried by hundreds; the canned query
``repeated_claims`` lists them all)."""


async def claim_page(datasette, request):
    """The claim in its article: claim, source and cue highlighted."""
    database, db = await _database(datasette, request)
    claim_id = unquote(request.url_vars["claim_id"])
    claim = await _first(db, "select * from claims where id = ?", [claim_id])
    if claim is None:
        raise NotFound(f"Claim not found: {claim_id}")
    context = await _article_context(datasette, database, db, claim["article_id"], claim)
    # the claim's first appearance, and its article when that is another one
    first = await _first(
        db,
        "select fingerprint_articles.first_seen, articles.id, articles.headline, articles.published"
        " from fingerprint_articles left join articles on articles.id = fingerprint_articles.first_article_id"
        " where fingerprint_articles.fingerprint = ?",
        [claim.get("fingerprint")],
    )
    first_article = None
    if first and first["id"] and first["id"] != claim["article_id"]:
        first_article = {**first, "href": article_path(datasette, database, first["id"])}
    copies = []
    if claim.get("fingerprint"):
        copies = await _all(
            db,
            "select claims.id, claims.article_id, articles.headline, publisher.name as publisher,"
            f" {ARTICLE_SEEN} as seen"
            " from claims join articles on articles.id = claims.article_id"
            " left join outlets as publisher on publisher.id = articles.publisher_id"
            " where claims.fingerprint = ? and claims.id != ?"
            " order by seen, claims.article_id limit ?",
            [claim["fingerprint"], claim_id, MAX_COPIES_SHOWN + 1],
        )
        for copy in copies:
            copy["href"] = claim_path(datasette, database, copy["id"])
    context.update(
        {
            "claim": claim,
            "claim_row_href": datasette.urls.row(database, "claims", quote(str(claim_id), safe="")),
            "first_seen": first["first_seen"] if first else None,
            "first_article": first_article,
            "copies": copies[:MAX_COPIES_SHOWN],
            "more_copies": len(copies) > MAX_COPIES_SHOWN,
            "repeated_claims_href": datasette.urls.database(database) + "/repeated_claims",
        }
    )
    return Response.html(
        await datasette.render_template("provenance_claim.html", context, request=request)
    )


async def article_page(datasette, request):
    """The article with every claim marked and linked to its context page."""
    database, db = await _database(datasette, request)
    article_id = unquote(request.url_vars["article_id"])
    context = await _article_context(datasette, database, db, article_id, None)
    context["claim"] = None
    return Response.html(
        await datasette.render_template("provenance_claim.html", context, request=request)
    )


def bar_chart(rows: list[dict], label_key: str, value_key: str, value_format: str, maximum: float | None = None) -> dict:
    """Geometry for a horizontal SVG bar chart; labels stay plain text for the template."""
    row_height, label_width, bar_width = 22, 220, 360
    top = max([maximum or 0] + [row[value_key] or 0 for row in rows]) or 1
    bars = []
    for index, row in enumerate(rows):
        value = row[value_key] or 0
        bars.append(
            {
                "label": str(row[label_key]) if row[label_key] is not None else "(none)",
                "value": value_format.format(value),
                "y": index * row_height,
                "width": round(bar_width * value / top, 1),
                "title": row.get("title") or "",
            }
        )
    return {
        "bars": bars,
        "label_width": label_width,
        "bar_width": bar_width,
        "row_height": row_height,
        "width": label_width + bar_width + 80,
        "height": max(row_height * len(rows), row_height),
    }


async def charts_page(datasette, request):
    """Anonymous share per publisher and cue-verb frequency, drawn as SVG."""
    database, db = await _database(datasette, request)
    # Both charts read the counts ingest keeps (facet_counts), not a million claims.
    publishers = await _all(
        db,
        f"""
        select coalesce(outlets.name, '(unknown publisher)') as publisher,
               totals.claims, totals.anonymous_claims,
               round(100.0 * totals.anonymous_claims / totals.claims, 1) as anonymous_percent
        from ({anonymity_totals_sql("publisher_id")}) as totals
        left join outlets on outlets.id = totals.publisher_id
        order by totals.claims desc
        limit {CHART_MAX_BARS}
        """,
    )
    for row in publishers:
        row["title"] = f"{row['anonymous_claims']} of {row['claims']} claims anonymous"
    publishers.sort(key=lambda row: (-(row["anonymous_percent"] or 0), row["publisher"]))
    cues = await _all(
        db,
        f"""
        select facet_value as cue, count as claims from facet_counts
        where table_name = 'claims' and filter_column = '' and filter_value = '' and facet_column = 'cue'
          and count > 0
        order by claims desc limit {CHART_MAX_BARS}
        """,
    )
    context = {
        "database": database,
        "publisher_chart": bar_chart(publishers, "publisher", "anonymous_percent", "{}%", maximum=100),
        "cue_chart": bar_chart(cues, "cue", "claims", "{:,}"),
        "publisher_query_href": datasette.urls.database(database) + "/anonymous_by_publisher",
        "cue_query_href": datasette.urls.database(database) + "/cue_verbs",
    }
    return Response.html(
        await datasette.render_template("provenance_charts.html", context, request=request)
    )


async def about_page(datasette, request):
    """What the database holds and where its articles came from."""
    database, db = await _database(datasette, request)
    summary = await _first(
        db,
        """
        select
          (select count(*) from articles) as articles,
          (select count(*) from claims) as claims,
          (select count(*) from sources) as sources,
          (select count(*) from outlets) as outlets,
          (select min(published) from articles) as earliest,
          (select max(published) from articles) as latest
        """,
    )
    versions = await _all(
        db,
        "select extractor_version, count(*) as articles from articles "
        "group by extractor_version order by articles desc limit 20",
    )
    files = await _all(
        db,
        "select source_file, count(*) as articles from articles "
        "group by source_file order by articles desc limit 20",
    )
    context = {
        "database": database,
        "summary": summary,
        "versions": versions,
        "files": files,
        "tables": TABLES,
        "charts_href": f"{base_path(datasette, database)}/charts",
        "database_href": datasette.urls.database(database),
    }
    return Response.html(
        await datasette.render_template("provenance_about.html", context, request=request)
    )


async def stylesheet(request):
    """The plugin's CSS, served from the package (no CDN)."""
    return Response((STATIC_DIR / STYLESHEET).read_text(), content_type="text/css; charset=utf-8")


#: Read connections map the database file (up to this size) instead of
#: copying each page into SQLite's own cache: the facet, search and canned
#: query pages look up hundreds of thousands of rows each.
MMAP_SIZE = 4 * 1024**3


@hookimpl
def prepare_connection(conn):
    conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")


@hookimpl
def register_facet_classes():
    return [CountedFacet]


@hookimpl(wrapper=True, specname="register_facet_classes")
def column_facet_beside_counted():
    """Datasette's column facet leaves the columns of counted facets alone, so
    ``?_facet=kind`` shows the kind facet once instead of grouping every row
    again for a second copy."""
    class_lists = yield
    return [
        [ColumnFacetBesideCounted if facet_class is ColumnFacet else facet_class for facet_class in classes]
        for classes in class_lists
    ]


@hookimpl
def register_routes():
    prefix = r"^/-/provenance/(?P<database>[^/]+)"
    return [
        (r"^/-/provenance/static/provenance\.css$", stylesheet),
        (prefix + r"/claims/(?P<claim_id>[^/]+)$", claim_page),
        (prefix + r"/articles/(?P<article_id>[^/]+)$", article_page),
        (prefix + r"/charts$", charts_page),
        (prefix + r"/?$", about_page),
    ]


@hookimpl
def prepare_jinja2_environment(env):
    # Datasette only finds plugin templates in packages; this plugin is a
    # module inside the provenance package, so add its templates explicitly.
    env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES_DIR)), env.loader])


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path(f"/-/provenance/static/{STYLESHEET}")]


@hookimpl
def menu_links(datasette):
    links = []
    for name in datasette.databases:
        if name.startswith("_"):
            continue
        links.append({"href": f"{base_path(datasette, name)}/charts", "label": f"Charts: {name}"})
        links.append({"href": base_path(datasette, name), "label": f"About: {name}"})
    return links


def _link(href: str, label) -> markupsafe.Markup:
    return markupsafe.Markup('<a href="{}">{}</a>').format(href, label)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link claims to their context page wherever they are listed."""
    if table == "claims" and column == "text" and isinstance(value, str):
        try:
            claim_id = row["id"]
        except (IndexError, KeyError):
            return None
        return markupsafe.Markup("{} {}").format(
            value,
            markupsafe.Markup('<a class="pv-context-link" href="{}">in&nbsp;context</a>').format(
                claim_path(datasette, database, claim_id)
            ),
        )
    if table == "articles" and column == "headline" and isinstance(value, str):
        try:
            article_id = row["id"]
        except (IndexError, KeyError):
            return None
        return _link(article_path(datasette, database, article_id), value)
    if table is None and value is not None and not isinstance(value, (bytes, dict)):
        if column == "claim_id":
            return _link(claim_path(datasette, database, value), value)
        if column in ("article_id", "first_article_id"):
            return _link(article_path(datasette, database, value), value)
        if column == "source_id":
            return _link(source_claims_path(datasette, database, value), value)
    return None


def _serves_only_immutable(datasette) -> bool:
    databases = [db for name, db in datasette.databases.items() if not name.startswith("_")]
    return bool(databases) and all(not db.is_mutable for db in databases)


def response_cache(datasette) -> OrderedDict:
    """The page cache of ``datasette`` (least recently used first)."""
    return _response_caches.setdefault(datasette, OrderedDict())


@hookimpl
def asgi_wrapper(datasette):
    """Remember pages of a published instance, as a CDN in front of it would.

    When every database is immutable (``provenance serve --publish``) a page
    can never change, so anonymous GET responses are kept in memory (bounded)
    and the facet counts and aggregations over millions of claims run once per
    page instead of once per visitor. Live instances are never cached: ingest
    may be writing. Requests with cookies and responses setting them are
    passed through untouched.
    """

    def wrap(app):
        async def cached_app(scope, receive, send):
            if (
                scope["type"] != "http"
                or scope["method"] != "GET"
                or any(name == b"cookie" for name, _ in scope.get("headers", []))
                or not _serves_only_immutable(datasette)
            ):
                await app(scope, receive, send)
                return
            cache = response_cache(datasette)
            key = (scope.get("root_path", ""), scope["path"], scope.get("query_string", b""))
            if key in cache:
                cache.move_to_end(key)
                start, body = cache[key]
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            captured = {"start": None, "chunks": [], "size": 0, "cacheable": True}

            async def capture(message):
                if message["type"] == "http.response.start":
                    captured["start"] = message
                    headers = [name.lower() for name, _ in message.get("headers", [])]
                    if message["status"] != 200 or b"set-cookie" in headers:
                        captured["cacheable"] = False
                elif message["type"] == "http.response.body" and captured["cacheable"]:
                    captured["size"] += len(message.get("body", b""))
                    if captured["size"] > RESPONSE_CACHE_MAX_BYTES:
                        captured["cacheable"] = False
                        captured["chunks"] = []
                    else:
                        captured["chunks"].append(message.get("body", b""))
                    if not message.get("more_body") and captured["cacheable"]:
                        cache[key] = (captured["start"], b"".join(captured["chunks"]))
                        while len(cache) > RESPONSE_CACHE_ENTRIES:
                            cache.popitem(last=False)
                await send(message)

            await app(scope, receive, capture)

        return cached_app

    return wrap
