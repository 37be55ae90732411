"""In-process tests of the Datasette publication: metadata, canned queries, facets, plugin pages."""

import configparser
import json
import re
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.app import Datasette
from datasette_helpers import HOSTILE_HEADLINE, build_claims_db, fetch, post

from provenance import datasette_config, facets, plugin
from provenance.cli import cli
from provenance.serve import make_datasette, register_plugin

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path):
    return build_claims_db(tmp_path / "claims.db")


@pytest.fixture
def ds(db_path):
    return make_datasette(db_path)


def rows(ds, path):
    response = fetch(ds, path)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def marked(html, css_class):
    """Texts of the highlighted elements carrying ``css_class`` (joined per element)."""
    return [
        text
        for classes, text in re.findall(r'<(?:mark|a) class="([^"]*)"[^>]*>(.*?)</(?:mark|a)>', html, re.S)
        if css_class in classes.split()
    ]


# Metadata and configuration


def test_every_canned_query_has_title_description_and_is_read_only():
    queries = datasette_config.metadata()["databases"]["claims"]["queries"]
    assert set(queries) == set(datasette_config.CANNED_QUERIES)
    for name, query in queries.items():
        assert query["title"] and query["description"], name
        assert not query.get("write"), name
        assert query["sql"].lower().startswith(("select", "with")), name


def test_settings_limit_sql_time():
    assert 0 < datasette_config.settings()["sql_time_limit_ms"] <= 5000


def test_config_command_writes_files_datasette_reads(tmp_path, db_path):
    directory = tmp_path / "site"
    result = CliRunner().invoke(cli, ["config", str(directory)])
    assert result.exit_code == 0, result.output
    metadata = json.loads((directory / "metadata.json").read_text())
    assert "anonymous_by_publisher" in metadata["databases"]["claims"]["queries"]
    settings = json.loads((directory / "settings.json").read_text())
    assert settings["sql_time_limit_ms"] == datasette_config.SETTINGS["sql_time_limit_ms"]
    # Datasette's configuration-directory mode, as a user running `datasette DIR` gets it.
    (directory / "claims.db").write_bytes(db_path.read_bytes())
    register_plugin()
    ds = Datasette([str(directory / "claims.db")], config_dir=directory)
    assert ds.setting("sql_time_limit_ms") == settings["sql_time_limit_ms"]
    response = fetch(ds, "/claims/cue_verbs.json?_shape=objects")
    assert response.status_code == 200
    assert response.json()["rows"][0] == {"cue": "said", "claims": 3, "anonymous_claims": 2, "anonymous_percent": 66.7}


def test_config_name_option_keys_metadata_by_database(tmp_path):
    result = CliRunner().invoke(cli, ["config", str(tmp_path), "--name", "newsroom"])
    assert result.exit_code == 0
    assert list(json.loads((tmp_path / "metadata.json").read_text())["databases"]) == ["newsroom"]


def test_plugin_is_registered_through_the_datasette_entry_point():
    parser = configparser.ConfigParser()
    parser.read(REPO / "setup.cfg")
    entry_points = parser["options.entry_points"]["datasette"]
    assert "provenance = provenance.plugin" in entry_points


def test_plugins_page_lists_the_hooks(ds):
    plugins = fetch(ds, "/-/plugins.json").json()
    hooks = next(plugin["hooks"] for plugin in plugins if plugin["name"] in ("provenance", "provenance.plugin"))
    assert {"register_routes", "render_cell", "extra_css_urls"} <= set(hooks)


def test_serve_binds_loopback_by_default():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output


def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "missing.db")])
    assert result.exit_code != 0
    assert "missing.db" in result.output


# What a user sees


def test_home_page_says_what_the_database_is(ds):
    html = fetch(ds, "/").text
    assert "who said what in the news" in html
    assert "articles.source_file" in html


def test_database_page_describes_tables_and_lists_canned_queries(ds):
    html = fetch(ds, "/claims").text
    for query in datasette_config.CANNED_QUERIES.values():
        assert query["title"] in html


def test_table_page_shows_column_descriptions(ds):
    html = fetch(ds, "/claims/claims").text
    assert "Cue verb or phrase" in html
    assert datasette_config.TABLES["claims"]["description"][:40] in html


@pytest.mark.parametrize(
    "facet, expected",
    [
        ("kind", {"indirect": 6, "direct": 1}),
        ("source_type", {"anonymous_person": 2, "anonymous_group": 2, "named_person": 2, "organization": 1}),
        ("anonymous", {1: 4, 0: 3}),
        ("cue", {"said": 3, "told": 1, "according to": 1, "insisted": 1, "claimed": 1}),
        ("publisher_id", {1: 3, 2: 4}),
        ("via_outlet_id", {3: 1}),
    ],
)
def test_claims_table_facets(ds, facet, expected):
    data = fetch(ds, "/claims/claims.json").json()
    counts = {item["value"]: item["count"] for item in data["facet_results"][facet]["results"]}
    assert counts == expected


def test_foreign_key_facets_show_names(ds):
    data = fetch(ds, "/claims/claims.json").json()
    labels = {item["label"] for item in data["facet_results"]["publisher_id"]["results"]}
    assert labels == {"Harbor Gazette", "Valley Ledger"}
    via = data["facet_results"]["via_outlet_id"]["results"]
    assert [item["label"] for item in via] == ["Northern Wire"]


def test_foreign_keys_are_labelled_in_rows(ds):
    data = fetch(ds, "/claims/claims.json?_labels=on&_shape=objects&id=c-commuters").json()
    row = data["rows"][0]
    assert row["source_id"] == {"value": 1, "label": "Mara Quist"}
    assert row["article_id"]["label"] == "Council weighs new ferry schedule"
    assert row["via_outlet_id"]["label"] == "Northern Wire"


def test_selecting_a_facet_filters(ds):
    assert [row["id"] for row in rows(ds, "/claims/claims.json?_shape=objects&kind=direct")] == ["c-commuters"]


@pytest.mark.parametrize(
    "search, expected",
    [
        ("ferry", {"c-ferry-hourly", "c-hourly-again"}),
        ("fare", {"c-fares"}),  # porter stemming: fare matches fares
        ("budget", {"c-budget"}),
        ("submarine", set()),
    ],
)
def test_claims_full_text_search(ds, search, expected):
    assert {row["id"] for row in rows(ds, f"/claims/claims.json?_shape=objects&_search={search}")} == expected


def test_fingerprint_rows_say_where_each_claim_first_appeared(ds):
    repeated = rows(ds, "/claims/fingerprint_articles.json?_shape=objects&articles__gt=1")
    assert [(row["articles"], row["first_seen"], row["first_article_id"]) for row in repeated] == [
        (2, "2024-03-01", "a-ferry")
    ]
    html = fetch(ds, "/claims/fingerprint_articles").text
    assert 'href="/claims/articles/a-ferry"' in html  # first_article_id links to its article


# Canned queries: one expected answer per question


CANNED_QUERY_CASES = [
    (
        "anonymous_by_publisher",
        "",
        [("publisher", "claims", "anonymous_claims", "anonymous_percent")],
        [("Valley Ledger", 4, 3, 75.0), ("Harbor Gazette", 3, 1, 33.3)],
    ),
    (
        "anonymous_by_article",
        "",
        [("article_id", "claims", "anonymous_percent")],
        [("a-hostile", 2, 100.0), ("a-follow-up", 2, 50.0), ("a-ferry", 3, 33.3)],
    ),
    ("articles_only_anonymous", "", [("article_id", "claims")], [("a-hostile", 2)]),
    ("who_told_whom", "", [("source", "told_outlet", "claims", "articles")], [("Mara Quist", "Northern Wire", 1, 1)]),
    (
        "most_quoted_named_sources",
        "",
        [("source", "claims", "articles")],
        [("Mara Quist", 2, 1), ("the transport office", 1, 1)],
    ),
    (
        "cue_verbs",
        "",
        [("cue", "claims")],
        [("said", 3), ("according to", 1), ("claimed", 1), ("insisted", 1), ("told", 1)],
    ),
    (
        "repeated_claims",
        "",
        [("articles", "text", "first_seen", "first_article_id", "first_publisher")],
        [(2, "The ferry will run every hour from May", "2024-03-01", "a-ferry", "Harbor Gazette")],
    ),
    ("source_claims", "?source=Mara+Quist", [("claim_id", "cue", "told_outlet")], [("c-ferry-hourly", "said", None), ("c-commuters", "told", "Northern Wire")]),
    ("source_claims", "?source=1", [("claim_id",)], [("c-ferry-hourly",), ("c-commuters",)]),
    ("source_claims", "?source=transport+office", [("claim_id", "publisher")], [("c-hourly-again", "Valley Ledger")]),
    ("source_claims", "?source=nobody", [("claim_id",)], []),
    ("anonymity_reasons", "", [("anonymity_reason", "claims", "articles")], [("because the talks are private", 1, 1)]),
]


@pytest.mark.parametrize("name, query_string, columns, expected", CANNED_QUERY_CASES)
def test_canned_query(ds, name, query_string, columns, expected):
    separator = "&" if query_string else "?"
    result = rows(ds, f"/claims/{name}.json{query_string}{separator}_shape=objects")
    (keys,) = columns
    got = [tuple(row[key] for key in keys) for row in result]
    if name == "cue_verbs":
        got = [got[0]] + sorted(got[1:])
    assert got == expected


def test_every_canned_query_is_tested():
    assert {case[0] for case in CANNED_QUERY_CASES} == set(datasette_config.CANNED_QUERIES)


def test_canned_query_pages_render_with_titles(ds):
    for name, query in datasette_config.CANNED_QUERIES.items():
        response = fetch(ds, f"/claims/{name}")
        assert response.status_code == 200, name
        assert query["title"] in response.text


def test_canned_query_results_link_claims_to_context(ds):
    html = fetch(ds, "/claims/source_claims?source=1").text
    assert 'href="/-/provenance/claims/claims/c-commuters"' in html


# Plugin pages


def test_claim_in_context_highlights_claim_source_and_cue(ds):
    response = fetch(ds, "/-/provenance/claims/claims/c-budget")
    assert response.status_code == 200
    html = response.text
    assert marked(html, "pv-selected") == ["the budget was not settled"]
    assert marked(html, "pv-source") == ["A city official"]
    assert marked(html, "pv-cue") == ["said"]
    assert 'id="selected-claim"' in html
    assert "because the talks are private" in html


def test_claim_in_context_marks_and_links_the_other_claims(ds):
    html = fetch(ds, "/-/provenance/claims/claims/c-budget").text
    others = marked(html, "pv-claim")
    assert "The ferry will run every hour from May" in others
    assert '"We listened to commuters,"'.replace('"', "&#34;") in others
    assert 'href="/-/provenance/claims/claims/c-ferry-hourly"' in html
    assert 'href="/-/provenance/claims/claims/c-budget"' not in html


def test_claim_in_context_links_to_the_sources_other_claims(ds):
    html = fetch(ds, "/-/provenance/claims/claims/c-commuters").text
    assert 'href="/claims/source_claims?source=1"' in html
    assert "Northern Wire" in html


def test_claim_in_context_points_to_the_first_article(ds):
    html = fetch(ds, "/-/provenance/claims/claims/c-hourly-again").text
    assert 'href="/-/provenance/claims/articles/a-ferry"' in html
    assert "2024-03-01" in html


def test_article_page_marks_every_claim(ds):
    html = fetch(ds, "/-/provenance/claims/articles/a-ferry").text
    assert len(marked(html, "pv-claim")) == 3
    assert marked(html, "pv-selected") == []


@pytest.mark.parametrize(
    "path",
    ["/-/provenance/claims/claims/nope", "/-/provenance/claims/articles/nope", "/-/provenance/nodb/charts"],
)
def test_plugin_pages_404_on_unknown_ids(ds, path):
    assert fetch(ds, path).status_code == 404


def test_claims_table_links_each_claim_to_its_context(ds):
    html = fetch(ds, "/claims/claims").text
    assert 'href="/-/provenance/claims/claims/c-fares"' in html
    row_html = fetch(ds, "/claims/claims/c-fares").text
    assert 'href="/-/provenance/claims/claims/c-fares"' in row_html


def test_charts_page_draws_both_charts(ds):
    html = fetch(ds, "/-/provenance/claims/charts").text
    assert html.count("<svg class=\"pv-chart\"") == 2
    assert "Valley Ledger: 75.0%" in html
    assert "said: 3" in html
    assert "<script" not in html.split("</header>")[1].split("<footer")[0]


def test_about_page_says_where_the_data_came_from(ds):
    html = fetch(ds, "/-/provenance/claims").text
    assert "3 articles from 3 outlets" in html
    assert "tests/ferry.txt" in html
    assert "Cue verb or phrase" in html


def test_stylesheet_is_served_from_the_package(ds):
    response = fetch(ds, "/-/provenance/static/provenance.css")
    assert response.status_code == 200
    assert ".pv-selected" in response.text
    assert "/-/provenance/static/provenance.css" in fetch(ds, "/").text


# Hostile article text


@pytest.mark.parametrize(
    "path",
    [
        "/-/provenance/claims/claims/c-pier",
        "/-/provenance/claims/claims/c-lights",
        "/-/provenance/claims/articles/a-hostile",
        "/claims/claims",
        "/claims/claims/c-pier",
        "/claims/articles",
        "/claims/source_claims?source=Officials",
        "/-/provenance/claims/charts",
    ],
)
def test_article_markup_is_escaped(ds, path):
    html = fetch(ds, path).text
    assert "<script>window.__xss" not in html
    assert "<img src=x onerror" not in html


def test_hostile_text_still_shows_as_text(ds):
    html = fetch(ds, "/-/provenance/claims/claims/c-pier").text
    assert marked(html, "pv-selected") == ["the pier &lt;script&gt;window.__xss = 2&lt;/script&gt; would reopen"]
    assert "Pier update &lt;img src=x onerror=" in html
    assert HOSTILE_HEADLINE not in html


def test_javascript_urls_are_not_linked(ds):
    html = fetch(ds, "/-/provenance/claims/claims/c-fares").text
    assert 'href="javascript:' not in html
    assert "javascript:alert(1)" in html


# Security


def test_served_database_connection_is_read_only(ds):
    import asyncio
    import sqlite3

    database = ds.get_database("claims")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(database.execute("delete from claims"))


@pytest.mark.parametrize(
    "sql",
    ["delete from claims", "update claims set text = 'x'", "drop table claims", "attach database ':memory:' as other"],
)
def test_sql_endpoint_refuses_writes(ds, sql):
    response = fetch(ds, "/claims.json", params={"sql": sql})
    assert response.status_code >= 400
    assert len(rows(ds, "/claims/claims.json")) == 7


def test_canned_queries_refuse_posts(ds):
    response = post(ds, "/claims/cue_verbs", data={"source": "1"})
    assert response.status_code >= 400


def test_slow_query_is_cut_off(ds):
    slow = "with recursive counter(i) as (select 1 union all select i + 1 from counter) select count(*) from counter"
    started = time.perf_counter()
    response = fetch(ds, "/claims.json", params={"sql": slow})
    elapsed = time.perf_counter() - started
    assert response.status_code == 400
    assert "too long" in response.text
    assert elapsed < datasette_config.SETTINGS["sql_time_limit_ms"] / 1000 + 2


# Live and published modes


def test_live_mode_sees_rows_written_while_serving(db_path, ds):
    assert len(rows(ds, "/claims/claims.json")) == 7
    writer = sqlite_utils.Database(db_path)
    assert writer.journal_mode == "wal"
    claim = dict(writer["claims"].get("c-fares"), id="c-new", text="the ferry will be free")
    writer["claims"].insert(claim)
    assert len(rows(ds, "/claims/claims.json")) == 8


def test_publish_serves_an_immutable_snapshot_with_cached_counts(tmp_path, db_path):
    ds = make_datasette(db_path, publish=True, publish_dir=tmp_path / "published")
    database = ds.get_database("claims")
    assert not database.is_mutable
    assert ds.inspect_data["claims"]["tables"]["claims"]["count"] == 7
    writer = sqlite_utils.Database(db_path)
    writer["claims"].delete_where()
    data = fetch(ds, "/claims/claims.json").json()
    assert data["filtered_table_rows_count"] == 7
    assert fetch(ds, "/claims/cue_verbs.json?_shape=objects").json()["rows"][0]["claims"] == 3


def test_canned_query_names_do_not_hide_tables_or_views(db_path):
    names = set(sqlite_utils.Database(db_path).table_names()) | set(sqlite_utils.Database(db_path).view_names())
    assert not names & set(datasette_config.CANNED_QUERIES)


def test_claim_saved_by_the_database_layer_shows_in_context(tmp_path):
    """End to end with provenance.db's own ids and offsets, not the hand-built rows."""
    from provenance.db import ensure_db_shape, open_db, save_article
    from provenance.extract import Claim, Span

    text = "Budget talks\n\nThe tunnel is safe, an engineer said, because the tests passed."
    claim_start = text.index("The tunnel is safe")
    source_start = text.index("an engineer")
    cue_start = text.index("said")
    claim = Claim(
        claim=Span(claim_start, claim_start + 18, "The tunnel is safe"),
        kind="indirect",
        source=Span(source_start, source_start + 11, "an engineer"),
        source_resolved="an engineer",
        source_type="anonymous_person",
        anonymous=True,
        cue=Span(cue_start, cue_start + 4, "said"),
        confidence=0.8,
        rule="test",
    )
    db = open_db(tmp_path / "claims.db")
    ensure_db_shape(db)
    result = save_article(db, {"text": text, "headline": "Budget talks", "publisher": "Coast Daily"}, claims=[claim])
    claim_id = db.execute("select id from claims").fetchone()[0]
    db.conn.close()
    ds = make_datasette(tmp_path / "claims.db")
    html = fetch(ds, f"/-/provenance/claims/claims/{claim_id}").text
    assert marked(html, "pv-selected") == ["The tunnel is safe"]
    assert marked(html, "pv-source") == ["an engineer"]
    assert marked(html, "pv-cue") == ["said"]
    assert result.article_id in html


# Highlighting: overlapping and nested spans, bad offsets


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("abcdef", [], [("abcdef", "")]),
        ("abcdef", [{"start": 1, "end": 3, "role": "pv-claim"}], [("a", ""), ("bc", "pv-claim"), ("def", "")]),
        (
            "source said claim",
            [
                {"start": 12, "end": 17, "role": "pv-selected"},
                {"start": 0, "end": 6, "role": "pv-source"},
                {"start": 7, "end": 11, "role": "pv-cue"},
            ],
            [("source", "pv-source"), (" ", ""), ("said", "pv-cue"), (" ", ""), ("claim", "pv-selected")],
        ),
        (
            # a source inside a mixed quote: the overlap carries both roles
            "abcdef",
            [{"start": 0, "end": 6, "role": "pv-selected"}, {"start": 2, "end": 4, "role": "pv-source"}],
            [("ab", "pv-selected"), ("cd", "pv-selected pv-source"), ("ef", "pv-selected")],
        ),
        (
            # offsets beyond the text, reversed or missing are ignored, not clamped
            "abc",
            [
                {"start": 1, "end": 9, "role": "pv-claim"},
                {"start": 2, "end": 1, "role": "pv-cue"},
                {"start": None, "end": 2, "role": "pv-source"},
            ],
            [("abc", "")],
        ),
    ],
)
def test_highlight_segments(text, spans, expected):
    from provenance.plugin import highlight_segments

    segments = highlight_segments(text, spans)
    assert [(segment["text"], segment["classes"]) for segment in segments] == expected
    assert "".join(segment["text"] for segment in segments) == text


def test_highlight_segments_link_other_claims_but_not_the_selected_one():
    from provenance.plugin import highlight_segments

    segments = highlight_segments(
        "one two",
        [
            {"start": 0, "end": 3, "role": "pv-claim", "href": "/other", "anchor": "claim-1"},
            {"start": 4, "end": 7, "role": "pv-selected", "href": None, "anchor": "selected-claim"},
        ],
    )
    assert [(segment["href"], segment["anchor"]) for segment in segments] == [("/other", "claim-1"), (None, None), (None, "selected-claim")]


def test_published_pages_are_cached_and_live_pages_are_not(tmp_path, db_path):
    from provenance.plugin import response_cache
    from provenance.serve import warm_up, warm_up_paths

    published = make_datasette(db_path, publish=True, publish_dir=tmp_path / "published")
    import asyncio

    asyncio.run(warm_up(published, "claims"))
    cache = response_cache(published)
    cached_paths = {path for _, path, _ in cache}
    assert set(warm_up_paths("claims")) <= cached_paths
    assert "/claims/source_claims" not in cached_paths  # needs a parameter
    first = fetch(published, "/claims/cue_verbs.json?_shape=objects")
    assert fetch(published, "/claims/cue_verbs.json?_shape=objects").json() == first.json()
    assert ("", "/claims/cue_verbs.json", b"_shape=objects") in cache
    assert fetch(published, "/claims/nope").status_code == 404
    assert ("", "/claims/nope", b"") not in cache
    fetch(published, "/claims/claims?kind=direct", headers={"cookie": "ds_actor=x"})
    assert ("", "/claims/claims", b"kind=direct") not in cache
    fetch(published, "/claims/claims?kind=direct")
    assert ("", "/claims/claims", b"kind=direct") in cache

    live = make_datasette(db_path)
    fetch(live, "/claims/claims")
    assert len(response_cache(live)) == 0


# Counted facets: the same counts as Datasette's own column facet, read from
# facet_counts or grouped in one pass


FACET_PAGES = [
    "",
    "kind=indirect",
    "anonymous=1",
    "publisher_id=2",
    "cue=said",
    "via_outlet_id=3",
    "anonymous=01",
    "kind=nothing",
    "_search=ferry",
    "kind=indirect&anonymous=1",
    "cue__contains=a",
    "_where=rowid > 2",
    "_facet_size=2",
    "rule=test_fixture",
    "source_type=anonymous_group",
]


def datasette_with_column_facets(db_path):
    """The same Datasette with Datasette's own column facets instead of the
    counted ones: what the counted facets must show."""
    metadata = datasette_config.metadata("claims")
    for table in metadata["databases"]["claims"]["tables"].values():
        table["facets"] = [facet["counted"] if isinstance(facet, dict) else facet for facet in table.get("facets", [])]
    return Datasette([str(db_path)], metadata=metadata, settings=datasette_config.settings())


@pytest.mark.parametrize(
    "table, query",
    [("claims", query) for query in FACET_PAGES if "rule" not in query]
    + [("attributions", query) for query in FACET_PAGES if not query.startswith(("_search", "kind", "anonymous", "publisher"))],
)
def test_counted_facets_equal_datasette_column_facets(ds, db_path, table, query):
    counted = fetch(ds, f"/claims/{table}.json?{query}").json()["facet_results"]
    datasette_own = fetch(datasette_with_column_facets(db_path), f"/claims/{table}.json?{query}").json()["facet_results"]
    assert set(counted) == set(datasette_own) == set(datasette_config.TABLES[table]["facets"])
    for column, facet in counted.items():
        assert facet["results"] == datasette_own[column]["results"], (query, column)
        assert facet["truncated"] == datasette_own[column]["truncated"]
        assert facet["type"] == "column"


# Asking again for a counted column, as a column facet or a counted one, shows
# it once; other column facets still work beside the counted ones.
@pytest.mark.parametrize(
    "query, extra",
    [
        ("_facet=kind", set()),
        ("_facet=cue&_facet=publisher_id", set()),
        ("_facet_counted=kind", set()),
        ("_search=ferry&_facet=kind", set()),
        ("kind=indirect&_facet=kind", set()),
        ("_facet=start", {"start"}),
        ("_facet=kind&_facet=article_id", {"article_id"}),
    ],
)
def test_a_counted_column_asked_for_again_is_shown_once(ds, db_path, query, extra):
    data = fetch(ds, f"/claims/claims.json?{query}").json()
    facets = datasette_config.TABLES["claims"]["facets"]
    assert sorted(data["facet_results"]) == sorted(set(facets) | extra)
    assert [facet["name"] for facet in data["facet_results"].values()].count("kind") == 1
    without = fetch(ds, f"/claims/claims.json?{query.replace('_facet', '_ignored')}").json()
    assert {column: facet_counts_of(data)[column] for column in facets} == facet_counts_of(without)
    for column in extra:
        datasette_own = fetch(datasette_with_column_facets(db_path), f"/claims/claims.json?{query}").json()["facet_results"]
        assert data["facet_results"][column]["results"] == datasette_own[column]["results"]


def facet_counts_of(data):
    """{facet: {value: count}} of a table page's JSON, None for a facet left uncounted."""
    return {
        name: None if facet.get("counted") is False else {item["value"]: item["count"] for item in facet["results"]}
        for name, facet in data["facet_results"].items()
    }


# A search whose full-text matches exceed the limit (here 1) is shown with its
# rows and total but facets counted only on request; the limit is on what the
# full-text index matches, before the page's other filters.
@pytest.mark.parametrize(
    "query, over_limit",
    [
        ("_search=ferry", True),
        ("_search=ferry&kind=indirect", True),
        ("_search=ferry&_sort=id", True),
        ("_search_text=ferry", True),
        ("_search=ferry&_searchmode=raw", True),
        ("_search=ferry&_count_facets=1", False),
        ("_search=listened", False),
        ("_search=submarine", False),
        ("kind=indirect&anonymous=0", False),
        ("_where=rowid > 2", False),
        ("", False),
    ],
)
def test_facets_of_a_broad_search_are_counted_on_request(ds, monkeypatch, query, over_limit):
    expected = fetch(ds, f"/claims/claims.json?{query}").json()
    monkeypatch.setattr(facets, "SEARCH_FACET_LIMIT", 1)
    data = fetch(ds, f"/claims/claims.json?{query}").json()
    assert data["rows"] == expected["rows"]
    assert data["filtered_table_rows_count"] == expected["filtered_table_rows_count"]
    counts = facet_counts_of(data)
    assert set(counts) == set(datasette_config.TABLES["claims"]["facets"])
    if over_limit:
        assert set(counts.values()) == {None}
        assert all(facet["truncated"] for facet in data["facet_results"].values())
    else:
        assert None not in counts.values()
        assert counts == facet_counts_of(expected)


def test_a_broad_search_page_links_to_its_facet_counts(ds, monkeypatch):
    monkeypatch.setattr(facets, "SEARCH_FACET_LIMIT", 1)
    html = fetch(ds, "/claims/claims?_search=ferry").text
    assert "The full-text search matches more than 1 rows" in html
    link = re.search(r'<p class="facets-not-counted">.*?<a href="([^"]+)">count them</a>', html, re.S).group(1)
    assert link == "/claims/claims?_search=ferry&amp;_count_facets=1"
    counted = fetch(ds, link.replace("&amp;", "&")).text
    assert "facets-not-counted" not in counted
    assert re.search(r'<a href="[^"]*kind=indirect[^"]*">indirect</a> 2<', counted)
    assert "The ferry will run every hour from May" in html
    narrow = fetch(ds, "/claims/claims?_search=listened").text
    assert "facets-not-counted" not in narrow and re.search(r">direct</a> 1<", narrow)


def test_claims_facets_are_read_from_facet_counts(db_path):
    db = sqlite_utils.Database(db_path)
    db.execute("update facet_counts set count = 40 where filter_column = '' and facet_column = 'kind' and facet_value = 'direct'")
    db.execute("update facet_counts set count = 41 where filter_column = 'anonymous' and filter_value = 0 and facet_column = 'kind' and facet_value = 'direct'")
    db.conn.commit()
    ds = make_datasette(db_path)
    counts = lambda path: {item["value"]: item["count"] for item in fetch(ds, path).json()["facet_results"]["kind"]["results"]}  # noqa: E731
    assert counts("/claims/claims.json") == {"direct": 40, "indirect": 6}
    assert counts("/claims/claims.json?kind=direct") == {"direct": 40}
    assert counts("/claims/claims.json?anonymous=0") == {"direct": 41, "indirect": 2}
    # A search is grouped from the rows themselves.
    assert counts("/claims/claims.json?_search=listened") == {"direct": 1}


def test_facets_of_a_database_without_facet_counts(db_path):
    db = sqlite_utils.Database(db_path)
    db["facet_counts"].drop()
    db.conn.commit()
    data = fetch(make_datasette(db_path), "/claims/claims.json?anonymous=1").json()
    counts = {item["value"]: item["count"] for item in data["facet_results"]["cue"]["results"]}
    assert counts == {"said": 2, "insisted": 1, "claimed": 1}


def test_serving_an_older_database_upgrades_it_first(tmp_path):
    from provenance import db as pdb

    path = tmp_path / "claims.db"
    old = pdb.open_db(path)
    pdb.MIGRATIONS.apply(old, stop_before="m004_facet_counts")
    old.conn.close()
    build_claims_db_rows = sqlite_utils.Database(build_claims_db(tmp_path / "fixture.db"))
    old = sqlite_utils.Database(path)
    for table in ("outlets", "articles", "sources", "claims", "attributions"):
        old[table].insert_all(build_claims_db_rows[table].rows)
    old.conn.close()
    ds = make_datasette(path)
    assert rows(ds, "/claims/anonymous_by_article.json?_shape=objects")[0]["anonymous_claims"] == 2
    counts = {item["value"]: item["count"] for item in fetch(ds, "/claims/claims.json?anonymous=1").json()["facet_results"]["kind"]["results"]}
    assert counts == {"indirect": 4}


def test_claim_in_context_lists_the_other_articles_carrying_it(ds):
    html = fetch(ds, "/-/provenance/claims/claims/c-ferry-hourly").text
    copies = html.split('class="pv-copies"', 1)[1].split("</ul>", 1)[0]
    assert 'href="/-/provenance/claims/claims/c-hourly-again"' in copies
    assert "2024-03-02 · Valley Ledger" in copies
    assert "c-ferry-hourly" not in copies  # not itself


def test_claim_in_context_lists_no_copies_of_a_claim_carried_once(ds):
    assert 'class="pv-copies"' not in fetch(ds, "/-/provenance/claims/claims/c-commuters").text


def test_claim_in_context_links_to_the_full_list_when_copies_are_cut(ds, monkeypatch):
    monkeypatch.setattr(plugin, "MAX_COPIES_SHOWN", 0)
    copies = fetch(ds, "/-/provenance/claims/claims/c-ferry-hourly").text.split('class="pv-copies"', 1)[1]
    assert 'href="/claims/repeated_claims"' in copies.split("</ul>", 1)[0]


# Totals by anonymity read from facet_counts


GROUPED_TOTALS = {
    "anonymous_by_publisher": ("publisher_id", "select publisher_id, count(*), sum(anonymous) from claims group by 1"),
    "cue_verbs": ("cue", "select cue, count(*), sum(anonymous) from claims where cue is not null group by 1"),
}


@pytest.mark.parametrize("name", GROUPED_TOTALS)
def test_anonymity_totals_equal_grouping_the_claims(db_path, name):
    """Claims the counts leave out (no publisher or cue, unknown anonymity) still count."""
    column, grouped = GROUPED_TOTALS[name]
    writer = sqlite_utils.Database(db_path)
    copy = writer["claims"].get("c-fares")
    unusual = [(None, 1, "said"), (None, None, "said"), (2, None, "warned"), (1, None, None), (None, 0, None), (None, None, None)]
    for number, (publisher_id, anonymous, cue) in enumerate(unusual):
        writer["claims"].insert(dict(copy, id=f"c-unusual-{number}", publisher_id=publisher_id, anonymous=anonymous, cue=cue))
    expected = sorted(writer.execute(grouped).fetchall(), key=repr)
    got = [(row[column], row["claims"], row["anonymous_claims"]) for row in rows(make_datasette(db_path), f"/claims/{name}.json?_shape=objects")]
    assert sorted(got, key=repr) == expected
    assert len(got) == len(expected) > 2


def test_anonymity_totals_and_charts_are_read_from_facet_counts(db_path):
    db = sqlite_utils.Database(db_path)
    db.execute("update facet_counts set count = count + 10 where filter_column = 'publisher_id' and filter_value = 2 and facet_column = 'anonymous' and facet_value = 1")
    db.execute("update facet_counts set count = count + 10 where filter_column = 'cue' and filter_value = 'said' and facet_column = 'anonymous' and facet_value = 0")
    db.execute("update facet_counts set count = 40 where filter_column = '' and facet_column = 'cue' and facet_value = 'said'")
    db.conn.commit()
    ds = make_datasette(db_path)
    assert rows(ds, "/claims/anonymous_by_publisher.json?_shape=objects")[0]["claims"] == 14
    assert rows(ds, "/claims/cue_verbs.json?_shape=objects")[0]["claims"] == 13
    html = fetch(ds, "/-/provenance/claims/charts").text
    assert "said: 40" in html and "Valley Ledger: 92.9%" in html
