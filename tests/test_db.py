"""The claims database: schema, saving articles and claims, source identity,
fingerprints and first_seen, replace, migrations. Claims are built by hand
here so these tests do not depend on how far the extractor has got."""

import os
import pickle
from collections import Counter
from dataclasses import replace

import pytest
from sqlite_utils import Database

from provenance import db as pdb
from provenance.extract import Claim, Span, extract


def span(text: str, fragment: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(fragment, start + 1)
    return Span(start, start + len(fragment), fragment)


ARTICLE = (
    '"The plan is dead," said Jane Roe, a spokeswoman for the council. '
    "Two officials with knowledge of the talks told the Gazette that the vote would be delayed. "
    "According to Acme Corp, the bridge will reopen in the spring of next year."
)


def claims_for(text: str) -> list[Claim]:
    return [
        Claim(
            claim=span(text, "The plan is dead,"),
            kind="direct",
            source=span(text, "Jane Roe"),
            source_resolved="Jane Roe",
            source_type="named_person",
            cue=span(text, "said"),
            confidence=0.9,
            rule="quote_said_name",
        ),
        Claim(
            claim=span(text, "the vote would be delayed"),
            kind="indirect",
            source=span(text, "Two officials"),
            source_resolved="Two officials",
            source_type="anonymous_group",
            anonymous=True,
            source_count=2,
            anonymity_reason="with knowledge of the talks",
            cue=span(text, "told"),
            via="the Gazette",
            confidence=0.8,
            rule="told_outlet",
        ),
        Claim(
            claim=span(text, "the bridge will reopen in the spring of next year"),
            kind="indirect",
            source=span(text, "Acme Corp"),
            source_resolved="Acme Corp",
            source_type="organization",
            cue=span(text, "According to"),
            confidence=0.7,
            rule="according_to",
        ),
    ]


@pytest.fixture
def db(tmp_path):
    database = pdb.open_db(tmp_path / "claims.db")
    pdb.ensure_db_shape(database)
    return database


def counts(db: Database) -> dict:
    return {table: db[table].count for table in ("articles", "claims", "attributions", "sources", "outlets")}


def test_schema_tables_views_fts_and_foreign_keys(db):
    assert {"outlets", "articles", "sources", "claims", "attributions"} <= set(db.table_names())
    assert set(pdb.VIEWS) <= set(db.view_names())
    for table in pdb.FTS:
        assert db[table].detect_fts() == f"{table}_fts"
    claim_fks = {(fk.column, fk.other_table) for fk in db["claims"].foreign_keys}
    assert ("article_id", "articles") in claim_fks
    assert ("source_id", "sources") in claim_fks
    assert ("via_outlet_id", "outlets") in claim_fks
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert pdb.schema_version(db) == pdb.SCHEMA_VERSION
    assert db.execute("pragma user_version").fetchone()[0] == pdb.SCHEMA_VERSION


FILTERED_COLUMNS = {
    "articles": ["publisher_id", "published", "source_file", "url", "raw_hash", "language", "extractor_version"],
    "sources": ["article_id", "source_type", "anonymous", "name"],
    "claims": [
        "article_id", "fingerprint", "source_id", "source_type", "anonymous", "kind", "cue",
        "via_outlet_id", "publisher_id",
    ],
    "attributions": ["claim_id", "article_id", "source_id", "via_outlet_id", "cue"],
    "fingerprint_articles": ["first_article_id"],
}


@pytest.mark.parametrize("table, column", [(t, c) for t, columns in FILTERED_COLUMNS.items() for c in columns])
def test_every_column_used_for_facets_and_joins_leads_an_index(db, table, column):
    assert any(index.columns[0] == column for index in db[table].indexes)
    plan = " ".join(row[3] for row in db.execute(f"explain query plan select * from [{table}] where [{column}] = 1"))
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan


def test_no_two_indexes_lead_with_the_same_single_column(db):
    for table in FILTERED_COLUMNS:
        single = [index.columns[0] for index in db[table].indexes if len(index.columns) == 1]
        wider = {index.columns[0] for index in db[table].indexes if len(index.columns) > 1 and not index.partial}
        assert not set(single) & wider, table


def test_upgrade_drops_indexes_a_wider_one_leads_with(tmp_path):
    database = pdb.open_db(tmp_path / "claims.db")
    pdb.ensure_db_shape(database)
    database.execute("create index idx_claims_kind on claims (kind)")
    database.execute("delete from _sqlite_migrations where name = 'm006_drop_redundant_indexes'")
    pdb.ensure_db_shape(database)
    assert "idx_claims_kind" not in {index.name for index in database["claims"].indexes}
    assert pdb.schema_version(database) == pdb.SCHEMA_VERSION


def test_upgrade_makes_the_mostly_null_attribution_indexes_partial(tmp_path):
    database = pdb.open_db(tmp_path / "claims.db")
    pdb.ensure_db_shape(database)
    database.execute("create index idx_attributions_via_outlet_id_source_id_article_id on attributions (via_outlet_id, source_id, article_id)")
    database.execute("delete from _sqlite_migrations where name = 'm010_partial_attribution_indexes'")
    pdb.ensure_db_shape(database)
    indexes = {index.name: index for index in database["attributions"].indexes}
    assert "idx_attributions_via_outlet_id_source_id_article_id" not in indexes
    assert indexes["idx_attributions_via_outlet_id_source_id_article_id_not_null"].partial
    assert indexes["idx_attributions_anonymity_reason_article_id_not_null"].partial
    for sql in (
        "select source_id, count(*) from attributions where via_outlet_id is not null group by via_outlet_id, source_id",
        "select anonymity_reason, count(*) from attributions where anonymity_reason is not null group by anonymity_reason",
    ):
        plan = " ".join(row[3] for row in database.execute(f"explain query plan {sql}"))
        assert "_not_null" in plan, plan


def test_save_article_stores_claims_spans_and_outlets(db):
    record = {"text": ARTICLE, "publisher": "Daily Example", "published": "3 March 2021", "url": "https://example.org/a"}
    result = pdb.save_article(db, record, claims_for(ARTICLE))
    assert result.status == "new"
    assert result.claims == 3
    article = db["articles"].get(result.article_id)
    assert article["published"] == "2021-03-03"
    assert article["published_text"] == "3 March 2021"
    assert article["extractor_version"]
    for claim in db["claims"].rows:
        assert article["text"][claim["start"] : claim["end"]] == claim["text"]
    for pair in db["attributions"].rows:
        assert article["text"][pair["source_start"] : pair["source_end"]] == pair["source_text"]
        assert article["text"][pair["cue_start"] : pair["cue_end"]] == pair["cue"]
    outlets = {row["name"] for row in db["outlets"].rows}
    assert outlets == {"Daily Example", "the Gazette"}
    told = db.execute(
        "select outlets.name from claims join outlets on outlets.id = claims.via_outlet_id where claims.kind = 'indirect'"
        " and claims.anonymous = 1"
    ).fetchall()
    assert told == [("the Gazette",)]
    anonymous = db.execute("select * from sources where anonymous = 1").fetchall()
    assert len(anonymous) == 1
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_same_text_twice_is_unchanged(db):
    pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
    before = counts(db)
    result = pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
    assert result.status == "unchanged"
    assert counts(db) == before


def test_replace_reextracts_without_duplicating_sources(db):
    pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
    before = counts(db)
    result = pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE), replace=True)
    assert result.status == "replaced"
    assert counts(db) == before
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_replace_with_fewer_claims_drops_orphaned_sources(db):
    pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
    pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE)[:1], replace=True)
    assert sorted(row["name"] for row in db["sources"].rows) == ["Jane Roe"]
    assert db["claims"].count == 1


def test_named_sources_are_shared_and_anonymous_sources_are_per_article(db):
    other = ARTICLE + " The mayor declined to comment."
    pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
    pdb.save_article(db, {"text": other}, claims_for(other))
    names = [row["name"] for row in db["sources"].rows_where(order_by="name")]
    assert names == ["Acme Corp", "Jane Roe", "Two officials", "Two officials"]
    jane = db.execute("select article_id from sources where name = 'Jane Roe'").fetchall()
    assert jane == [(None,)]
    assert db.execute("select count(distinct article_id) from sources where anonymous = 1").fetchone()[0] == 2


def test_sources_known_by_a_description_are_per_article(db):
    # "the president" in one article is not "the president" in another
    first = "The president said the tariffs would stay. The company said profits rose."
    second = "The president said the border would close. The company said sales fell."
    for text in (first, second):
        pdb.save_article(db, {"text": text}, extract(text))
    rows = list(db.query("select name, source_type, anonymous, article_id from sources order by name"))
    assert [(row["name"], row["source_type"], row["anonymous"]) for row in rows] == [
        ("The company", "organization", 0), ("The company", "organization", 0),
        ("The president", "named_person", 0), ("The president", "named_person", 0),
    ]
    assert all(row["article_id"] is not None for row in rows)


def test_source_name_variants_collapse_to_one_source(db):
    first = '"We are ready," said Jane Roe.'
    second = '"We are not ready," said JANE  ROE.'
    for text, name in ((first, "Jane Roe"), (second, "JANE  ROE")):
        claim = Claim(
            claim=span(text, first[1:13] if text is first else "We are not ready,"),
            kind="direct",
            source=span(text, name),
            source_resolved=name,
            source_type="named_person",
        )
        pdb.save_article(db, {"text": text}, [claim])
    assert db["sources"].count == 1


def test_same_claim_in_later_article_points_to_first_seen(db):
    later = "Officials said the bridge would reopen next spring after repairs."
    earlier = "The bridge would reopen next spring after repairs, officials said on Monday."

    def claim(text):
        return Claim(
            claim=span(text, "the bridge would reopen next spring after repairs" if text is later else "The bridge would reopen next spring after repairs"),
            kind="indirect",
            source=span(text, "Officials" if text is later else "officials"),
            source_resolved="officials",
            source_type="anonymous_group",
            anonymous=True,
        )

    late = pdb.save_article(db, {"text": later, "published": "2024-05-02"}, [claim(later)])
    early = pdb.save_article(db, {"text": earlier, "published": "2024-05-01"}, [claim(earlier)])
    rows = list(db["claims"].rows)
    assert len({row["fingerprint"] for row in rows}) == 1
    first = db["fingerprint_articles"].get(rows[0]["fingerprint"])
    assert (first["articles"], first["first_seen"], first["first_article_id"]) == (2, "2024-05-01", early.article_id)
    shown = {(row["first_seen"], row["first_article_id"]) for row in db.query("select * from claims_with_sources")}
    assert shown == {("2024-05-01", early.article_id)}
    many = list(db.query("select * from claims_in_many_articles"))
    assert len(many) == 1 and many[0]["articles"] == 2 and many[0]["first_article_id"] == early.article_id
    assert many[0]["text"] == "The bridge would reopen next spring after repairs"
    assert late.article_id != early.article_id


@pytest.mark.parametrize(
    "one,other,same",
    [
        ("The bridge will reopen in May.", "“the bridge will reopen in may”", True),
        ("The bridge will reopen in May.", "The bridge will close in May.", False),
        ("Very serious.", "very serious", None),
    ],
)
def test_fingerprint_ignores_case_quotes_and_punctuation(one, other, same):
    if same is None:
        assert pdb.fingerprint(one) is None and pdb.fingerprint(other) is None
    else:
        assert (pdb.fingerprint(one) == pdb.fingerprint(other)) is same


@pytest.mark.parametrize(
    "written,iso",
    [
        ("2021-03-03", "2021-03-03"),
        ("2021-03-03T10:00:00Z", "2021-03-03"),
        ("11 February 2020", "2020-02-11"),
        ("February 11, 2020", "2020-02-11"),
        ("Tue, 11 Feb 2020 10:00:00 +0000", "2020-02-11"),
        ("last Tuesday", None),
        ("", None),
    ],
)
def test_normalize_published(written, iso):
    assert pdb.normalize_published(written) == iso


def test_views_answer_the_common_questions(db):
    pdb.save_article(db, {"text": ARTICLE, "publisher": "Daily Example"}, claims_for(ARTICLE))
    share = list(db.query("select * from anonymous_share_by_article"))
    assert share[0]["claims"] == 3 and share[0]["anonymous_claims"] == 1
    by_publisher = list(db.query("select * from anonymous_share_by_publisher"))
    assert by_publisher[0]["publisher"] == "Daily Example"
    assert by_publisher[0]["anonymous_share"] == round(1 / 3, 3)
    pairs = list(db.query("select * from claims_with_sources order by claim"))
    assert {row["source"] for row in pairs} == {"Jane Roe", "Two officials", "Acme Corp"}
    top = list(db.query("select * from sources_by_claims"))
    assert {row["claims"] for row in top} == {1}


def test_fts_finds_claims_sources_and_headlines(db):
    pdb.save_article(db, {"text": ARTICLE, "headline": "Council bridge vote delayed"}, claims_for(ARTICLE))
    assert [row["text"] for row in db["claims"].search("bridges")] == ["the bridge will reopen in the spring of next year"]
    assert [row["name"] for row in db["sources"].search("roe")] == ["Jane Roe"]
    assert len(list(db["articles"].search("delay"))) == 1


def test_failed_article_leaves_nothing_behind(db):
    broken = claims_for(ARTICLE) + [Claim(claim=None, kind="direct")]  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        pdb.save_article(db, {"text": ARTICLE, "publisher": "Daily Example"}, broken)
    assert counts(db) == {"articles": 0, "claims": 0, "attributions": 0, "sources": 0, "outlets": 0}


def test_upgrade_a_version_1_database_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    pdb.MIGRATIONS.apply(old, stop_before="m002_article_text_hash")
    assert "text_hash" not in old["articles"].columns_dict
    text = "Officials said the bridge would reopen."
    old["articles"].insert({"id": pdb.article_id(text), "text": text, "ingested_at": "2020-01-01"})
    old.close()
    upgraded = pdb.open_db(path)
    pdb.ensure_db_shape(upgraded)
    assert pdb.schema_version(upgraded) == pdb.SCHEMA_VERSION
    row = upgraded["articles"].get(pdb.article_id(text))
    assert row["text"] == text
    assert row["text_hash"] == pdb.article_id(text)
    assert upgraded["articles_fts"].exists()
    assert pdb.save_article(upgraded, {"text": text}, []).status == "unchanged"
    assert upgraded.execute("pragma integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(
    "written,stored",
    [("Kestrel.", "Kestrel"), ("  the   Gazette ", "the Gazette"), ("\u201cThe Courier,\u201d", "The Courier"), (".", None), (None, None)],
)
def test_outlet_names_lose_surrounding_punctuation(written, stored):
    assert pdb.outlet_name(written) == stored


def test_outlets_match_whatever_the_case(db):
    assert pdb.outlet_id(db, "The Gazette") == pdb.outlet_id(db, "the gazette.")
    assert [row["name"] for row in db["outlets"].rows] == ["The Gazette"]


def fts_consistent(db: Database) -> None:
    for table in pdb.FTS:
        db.execute(f"insert into {table}_fts ({table}_fts) values ('integrity-check')")


def test_fts_stays_consistent_for_save_replace_and_other_writers(db):
    pdb.save_article(db, {"text": ARTICLE, "headline": "Bridge vote"}, claims_for(ARTICLE))
    pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE)[1:], replace=True)
    article = next(db["articles"].rows)["id"]
    db["claims"].insert({"id": "by-hand", "article_id": article, "text": "a ferry timetable changed", "kind": "direct"})
    db["sources"].insert({"key": "by-hand", "name": "Harbour Master"})
    db.execute("update claims set start = start + 0")
    fts_consistent(db)
    assert [row["id"] for row in db["claims"].search("ferry")] == ["by-hand"]
    assert [row["name"] for row in db["sources"].search("harbour")] == ["Harbour Master"]
    assert [row["text"] for row in db["claims"].search("vote")] == ["the vote would be delayed"]


def trigger_names(db: Database) -> set[str]:
    return {row[0] for row in db.execute("select name from sqlite_master where type = 'trigger'")}


def test_batch_with_suspended_fts_triggers_indexes_and_restores_them(db):
    before = trigger_names(db)
    cache = pdb.WriteCache()
    with pdb.write_transaction(db), pdb.bulk_triggers_suspended(db, cache):
        assert not {"claims_ai", "sources_ai", "articles_ai"} & trigger_names(db)
        pdb.save_article(db, {"text": ARTICLE, "headline": "Council bridge vote"}, claims_for(ARTICLE), cache=cache)
    assert trigger_names(db) == before
    fts_consistent(db)
    assert len(list(db["claims"].search("bridge"))) == 1
    assert [row["name"] for row in db["sources"].search("acme")] == ["Acme Corp"]
    assert [row["headline"] for row in db["articles"].search("vote")] == ["Council bridge vote"]


def test_crash_inside_a_suspended_batch_rolls_back_to_the_triggers(db):
    before = trigger_names(db)
    with pytest.raises(RuntimeError):
        with pdb.write_transaction(db), pdb.bulk_triggers_suspended(db, pdb.WriteCache()):
            pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
            raise RuntimeError("killed")
    assert trigger_names(db) == before
    assert db["claims"].count == 0


@pytest.mark.parametrize(
    "written,resolved,anonymous,description",
    [
        ("Jane Roe, a spokeswoman for the council", "Jane Roe", False, "a spokeswoman for the council"),
        ("Jane Roe", "Jane Roe", False, None),
        ("she", "Jane Roe", False, None),
        ("two officials with knowledge of the talks", None, True, "with knowledge of the talks"),
        ("a person familiar with the plans", None, True, "familiar with the plans"),
        ("the official", "a senior official close to the mayor", True, "close to the mayor"),
        ("one of the officials", None, True, None),
        ("one of the diplomats close to the talks", None, True, "close to the talks"),
        ("officials", None, True, None),
    ],
)
def test_source_description(written, resolved, anonymous, description):
    text = f"{written} said the bridge would reopen."
    claim = Claim(
        claim=span(text, "the bridge would reopen"),
        kind="indirect",
        source=span(text, written),
        source_resolved=resolved,
        anonymous=anonymous,
        anonymity_reason="because the talks are private" if anonymous else None,
    )
    assert pdb.source_description(claim) == description


def recounted(db: Database) -> dict[tuple, int]:
    """What ``facet_counts`` must hold, counted afresh from the tables."""
    expected = {}
    for table in pdb.FACET_COUNT_COLUMNS:
        for filter_column, facet in pdb.counted_pairs(table):
            if not filter_column:
                sql = f"select '', [{facet}], count(*) from [{table}] where [{facet}] is not null group by 2"
            else:
                sql = (
                    f"select [{filter_column}], [{facet}], count(*) from [{table}]"
                    f" where [{filter_column}] is not null and [{facet}] is not null group by 1, 2"
                )
            for filter_value, value, number in db.execute(sql):
                expected[(table, filter_column, filter_value, facet, value)] = number
    return expected


def stored_facet_counts(db: Database) -> dict[tuple, int]:
    return {tuple(row[:5]): row[5] for row in db.execute("select * from facet_counts where count != 0")}


def records(count: int) -> list[dict]:
    return [{"text": ARTICLE.replace("Gazette", f"Gazette {number}"), "publisher": f"Outlet {number % 2}"} for number in range(count)]


def test_facet_counts_stay_exact_for_batches_replace_and_other_writers(db):
    pdb.ingest(db, records(3), extractor=claims_for, batch_size=2)
    assert db["facet_counts"].count > 0
    assert stored_facet_counts(db) == recounted(db)
    pdb.ingest(db, records(2), extractor=lambda text: claims_for(text)[1:], replace=True)
    assert stored_facet_counts(db) == recounted(db)
    article = next(db["articles"].rows)["id"]
    db["claims"].insert({"id": "by-hand", "article_id": article, "text": "the ferry timetable changed", "kind": "direct", "anonymous": 1})
    db.execute("update claims set cue = 'insisted', publisher_id = null where id = 'by-hand'")
    db.execute("update claims set start = start + 0")
    db.execute("delete from attributions where rule = 'according_to'")
    assert stored_facet_counts(db) == recounted(db)
    assert stored_facet_counts(db)[("claims", "anonymous", 1, "kind", "direct")] == 1


def test_facet_counts_keep_integer_and_text_values_apart(db):
    db["articles"].insert({"id": "x", "text": "Words."})
    db["claims"].insert_all(
        [{"id": "a", "article_id": "x", "kind": "direct", "anonymous": 1}, {"id": "b", "article_id": "x", "kind": "1", "anonymous": 0}]
    )
    counts = stored_facet_counts(db)
    assert counts[("claims", "", "", "anonymous", 1)] == 1
    assert counts[("claims", "", "", "kind", "1")] == 1
    assert ("claims", "", "", "kind", 1) not in counts


@pytest.mark.parametrize("weighted", [False, True])
def test_add_facet_counts_counts_each_pair_as_a_group_by_would(db, weighted):
    columns = pdb.counted_columns("claims")
    values = {
        "kind": ["direct", "indirect", None], "source_type": ["named_person", None], "anonymous": [0, 1],
        "cue": ["said", "told", None], "publisher_id": [1, 2, None], "via_outlet_id": [None, 3],
        "article_id": ["a", "b", "c"],
    }
    rows = [
        tuple(values[column][(number * (position + 2) + position) % len(values[column])] for position, column in enumerate(columns))
        for number in range(60)
    ]
    given = [(*row, 1) for row in rows]
    if weighted:
        given = [(*row, rows.count(row)) for row in dict.fromkeys(rows)]
    pdb.add_facet_counts(db, "claims", given)
    pdb.add_facet_counts(db, "claims", [(*rows[0], 1)], sign=-1)
    expected = Counter()
    for row in rows[1:]:
        named = dict(zip(columns, row))
        for filter_column, facet in pdb.counted_pairs("claims"):
            filter_value = named[filter_column] if filter_column else ""
            if filter_value is not None and named[facet] is not None:
                expected[("claims", filter_column, filter_value, facet, named[facet])] += 1
    assert stored_facet_counts(db) == dict(expected)


def test_failed_article_in_a_batch_adds_no_facet_counts(db):
    def some_broken(text: str) -> list[Claim]:
        if "Gazette 1" in text:
            return claims_for(text) + [Claim(claim=None, kind="direct")]  # type: ignore[arg-type]
        return claims_for(text)

    summary = pdb.ingest(db, records(3), extractor=some_broken)
    assert summary.failures == 1
    assert stored_facet_counts(db) == recounted(db)
    assert stored_facet_counts(db)[("claims", "", "", "kind", "direct")] == 2


def test_upgrade_counts_facets_of_the_claims_already_stored(tmp_path):
    path = tmp_path / "old.db"
    old = pdb.open_db(path)
    pdb.MIGRATIONS.apply(old, stop_before="m004_facet_counts")
    pdb.save_article(old, {"text": ARTICLE, "publisher": "Daily Example"}, claims_for(ARTICLE))
    assert not old["facet_counts"].exists()
    old.close()
    upgraded = pdb.open_db(path)
    pdb.ensure_db_shape(upgraded)
    assert stored_facet_counts(upgraded) == recounted(upgraded)
    assert stored_facet_counts(upgraded)[("attributions", "", "", "rule", "told_outlet")] == 1
    article = pdb.article_id(ARTICLE)
    assert stored_facet_counts(upgraded)[("claims", "article_id", article, "anonymous", 0)] == 2
    pdb.save_article(upgraded, {"text": ARTICLE + " More."}, claims_for(ARTICLE))
    assert stored_facet_counts(upgraded)[("attributions", "", "", "rule", "told_outlet")] == 2


def test_prepare_claims_groups_spans_and_works_out_sources_without_a_database():
    claims = claims_for(ARTICLE)
    claims[1] = replace(claims[1], source_resolved="Two officials with knowledge of the talks")
    later_pair = Claim(
        claim=claims[2].claim,
        kind="indirect",
        source=span(ARTICLE, "Jane Roe, a spokeswoman for the council"),
        source_resolved="Jane Roe",
        source_type="named_person",
        confidence=0.3,
        rule="extra_pair",
    )
    prepared = pdb.prepare_claims("art-1", [*claims, later_pair])
    assert [(s.start, s.end) for s in prepared.spans] == sorted((c.claim.start, c.claim.end) for c in claims)
    reopen = prepared.spans[-1]
    assert reopen.primary.rule == "according_to"  # the more confident of its two pairs
    organization, named = reopen.sources
    assert organization.key == "acme" and organization.article_id is None
    # a shared source keeps what its first claim in the article says of it
    assert prepared.spans[0].sources[0] is named and named.description is None
    anonymous = prepared.spans[1].sources[0]
    assert anonymous.key.startswith("art-1:") and anonymous.article_id == "art-1" and anonymous.anonymous
    assert anonymous.description == "with knowledge of the talks"
    assert prepared.fingerprints == {s.fingerprint for s in prepared.spans} - {None}


def test_prepared_claims_cross_a_process_boundary_as_plain_values():
    """Ingest workers send prepared claims to the writing process: pickled,
    they come back equal, sharing one row per source, with no Claim objects."""
    prepared = pdb.prepare_claims("art-1", claims_for(ARTICLE))
    copy = pickle.loads(pickle.dumps(prepared))
    assert copy == prepared
    assert b"provenance.extract" not in pickle.dumps(prepared)
    assert copy.spans[0].primary is copy.spans[0].pairs[0]


def test_prepared_claims_of_another_article_identity_are_prepared_again(db):
    prepared = pdb.prepare_claims("some-other-id", claims_for(ARTICLE))
    result = pdb.save_article(db, {"text": ARTICLE, "id": "real-id"}, prepared)
    assert result.claims == 3
    keys = {row["key"] for row in db["sources"].rows_where("anonymous = 1")}
    assert keys and all(key.startswith("real-id:") for key in keys)


def test_ingest_gives_its_connection_a_large_page_cache(db):
    pdb.ingest(db, [{"text": ARTICLE}], extractor=claims_for)
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -pdb.INGEST_CACHE_MIB * 1024


def test_recount_facets_repairs_counts_a_bulk_load_left_out(db):
    with pdb.write_transaction(db):
        db.execute("drop trigger claims_facet_counts_ai")
        pdb.save_article(db, {"text": ARTICLE, "publisher": "Daily Example"}, claims_for(ARTICLE))
        assert stored_facet_counts(db) != recounted(db)
        pdb.recount_facets(db)
    pdb.ensure_db_shape(db)
    assert stored_facet_counts(db) == recounted(db)
    assert "claims_facet_counts_ai" in trigger_names(db)


@pytest.mark.parametrize(
    "older, newer",
    [
        ("Ruth A. Kimball", "Ruth Kimball"),  # a middle initial
        ("Secretary of State Ruth Kimball", "Ruth Kimball"),  # an office with "of"
        ("Varrow Inc.", "Varrow"),  # a company's legal form
    ],
)
def test_upgrade_merges_sources_the_identity_rules_now_make_one(db, older, newer):
    """A database keyed by older identity rules ("ruth a kimball") gets a
    second row when the same person is saved under today's key; the
    migration re-keys and merges them, attributions and claims following."""
    first = "Ruth Kimball said the bridge would reopen in the spring of next year."
    second = "Ruth Kimball said the tunnel would close in the autumn of next year."

    def claims(text: str, resolved: str) -> list[Claim]:
        source_type = "organization" if resolved.startswith("Varrow") else "named_person"
        return [
            Claim(
                claim=span(text, text[len("Ruth Kimball said ") : -1]),
                kind="indirect",
                source=span(text, "Ruth Kimball"),
                source_resolved=resolved,
                source_type=source_type,
                cue=span(text, "said"),
                confidence=0.8,
                rule="said_that",
            )
        ]

    pdb.save_article(db, {"text": first}, claims(first, older))
    old_key = " ".join(pdb.claim_words(older))  # what a key without the identity rules looks like
    db.execute("update sources set key = ? where article_id is null", [old_key])
    pdb.save_article(db, {"text": second}, claims(second, newer))
    assert db["sources"].count == 2
    db.execute("delete from _sqlite_migrations where name = 'm007_rekey_shared_sources'")
    pdb.ensure_db_shape(db)
    sources = list(db["sources"].rows)
    assert [source["key"] for source in sources] == [pdb.source_name_key(newer)]
    assert {row[0] for row in db.execute("select source_id from attributions")} == {sources[0]["id"]}
    assert {row[0] for row in db.execute("select source_id from claims")} == {sources[0]["id"]}
    assert stored_facet_counts(db) == recounted(db)
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert pdb.schema_version(db) == pdb.SCHEMA_VERSION


def stored_fingerprint_articles(db: Database) -> dict[str, int]:
    return dict(db.execute("select fingerprint, articles from fingerprint_articles").fetchall())


def stored_first_appearances(db: Database) -> dict[str, tuple[str, str]]:
    rows = db.execute("select fingerprint, first_seen, first_article_id from fingerprint_articles")
    return {row[0]: (row[1], row[2]) for row in rows}


def recounted_first_appearances(db: Database) -> dict[str, tuple[str, str]]:
    """The earliest (date, article) of each fingerprint, found afresh from the claims."""
    found: dict[str, tuple[str, str]] = {}
    for claim_fingerprint, published, ingested_at, article in db.execute(
        "select claims.fingerprint, articles.published, articles.ingested_at, articles.id"
        " from claims join articles on articles.id = claims.article_id where claims.fingerprint is not null"
    ):
        seen = (published or ingested_at[:10], article)
        found[claim_fingerprint] = min(found.get(claim_fingerprint, seen), seen)
    return found


def recounted_fingerprint_articles(db: Database) -> dict[str, int]:
    """What ``fingerprint_articles`` must hold, counted afresh from the claims."""
    return dict(
        db.execute(
            "select fingerprint, count(distinct article_id) from claims"
            " where fingerprint is not null and article_id is not null group by fingerprint"
        ).fetchall()
    )


DEAD = pdb.fingerprint("The plan is dead,")
DELAYED = pdb.fingerprint("the vote would be delayed")


def test_first_seen_of_a_claim_repeated_across_a_batch_out_of_date_order(db):
    """A claim's first appearance is kept once, on its fingerprint: a batch
    earlier than what is stored writes one row per fingerprint, and no copy
    of the claim is rewritten."""
    dated = lambda number, published: {**records(8)[number], "published": published}  # noqa: E731
    pdb.ingest(db, [dated(0, "2020-03-01")], extractor=claims_for)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    batch = [dated(1, "2020-02-01"), dated(2, "2020-01-01"), dated(3, "2020-04-01"), dated(4, "2019-12-31")]
    pdb.ingest(db, batch, extractor=claims_for, batch_size=4)
    db.conn.set_trace_callback(None)
    earliest = pdb.article_id(batch[3]["text"])
    fingerprints = {pdb.fingerprint(claim.claim.text) for claim in claims_for(ARTICLE)}
    assert len(fingerprints) == 3 and db["claims"].count == 3 * 5
    for claim_fingerprint in fingerprints:
        row = db["fingerprint_articles"].get(claim_fingerprint)
        assert (row["articles"], row["first_seen"], row["first_article_id"]) == (5, "2019-12-31", earliest)
    assert stored_first_appearances(db) == recounted_first_appearances(db)
    assert not [s for s in statements if s.lower().startswith("update claims")]


def test_fingerprint_articles_stay_exact_for_batches_replace_and_other_writers(db):
    def check(**expected):
        assert stored_fingerprint_articles(db) == recounted_fingerprint_articles(db)
        assert stored_first_appearances(db) == recounted_first_appearances(db)
        for name, articles in expected.items():
            assert stored_fingerprint_articles(db).get({"dead": DEAD, "delayed": DELAYED}[name]) == articles

    pdb.ingest(db, records(3), extractor=claims_for, batch_size=2)
    check(dead=3, delayed=3)
    pdb.ingest(db, records(2), extractor=lambda text: claims_for(text)[1:], replace=True)
    check(dead=1, delayed=3)
    pdb.save_article(db, {"text": ARTICLE + " Later."}, claims_for(ARTICLE))
    check(dead=2, delayed=4)
    first, second = [row["id"] for row in db.query("select id from articles order by rowid limit 2")]
    copy = {"article_id": first, "text": "the plan is dead", "fingerprint": DEAD, "kind": "direct"}
    db["claims"].insert({**copy, "id": "copy-1"})
    check(dead=3)
    db["claims"].insert({**copy, "id": "copy-2"})  # a second copy in the same article
    check(dead=3)
    db.execute("delete from claims where id = 'copy-2'")
    check(dead=3)
    db.execute("update claims set kind = 'mixed', fingerprint = fingerprint where id = 'copy-1'")
    check(dead=3)
    db.execute("update claims set article_id = ? where id = 'copy-1'", [second])
    check(dead=3)
    db.execute("update claims set fingerprint = null where id = 'copy-1'")
    check(dead=2)
    db.execute("update claims set fingerprint = ? where fingerprint = ?", [DEAD, DELAYED])
    check(dead=4, delayed=None)
    db.execute("delete from attributions")
    db.execute("delete from claims")
    check(dead=None)
    assert db["fingerprint_articles"].count == 0


def test_article_failing_to_save_is_left_out_and_the_rest_of_its_batch_lands(db):
    batch = records(3)
    batch[1]["headline"] = {"not": "text"}  # SQLite cannot bind it: the save fails midway
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    summary = pdb.ingest(db, batch, extractor=claims_for)
    assert (summary.new, summary.failures) == (2, 1)
    assert "cannot save" in summary.errors[0]
    assert {row["publisher_id"] for row in db["articles"].rows} == {
        db.execute("select id from outlets where name = 'Outlet 0'").fetchone()[0]
    }
    assert db["claims"].count == 2 * len({(c.claim.start, c.claim.end) for c in claims_for(batch[0]["text"])})
    assert stored_facet_counts(db) == recounted(db)
    assert stored_fingerprint_articles(db) == recounted_fingerprint_articles(db)
    # the batch was tried without savepoints, then again with one per article
    assert any(statement.upper().startswith("SAVEPOINT") for statement in statements)


def test_a_batch_that_saves_cleanly_takes_no_savepoint_per_article(db):
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    summary = pdb.ingest(db, records(3), extractor=claims_for)
    assert summary.new == 3
    assert not [statement for statement in statements if statement.upper().startswith("SAVEPOINT")]


def test_failed_article_in_a_batch_counts_no_fingerprints(db):
    def some_broken(text: str) -> list[Claim]:
        if "Gazette 1" in text:
            return claims_for(text) + [Claim(claim=None, kind="direct")]  # type: ignore[arg-type]
        return claims_for(text)

    pdb.ingest(db, records(3), extractor=some_broken)
    assert stored_fingerprint_articles(db) == recounted_fingerprint_articles(db)
    assert stored_fingerprint_articles(db)[DEAD] == 2


def test_recount_facets_repairs_fingerprint_articles(db):
    with pdb.write_transaction(db):
        db.execute("drop trigger claims_fingerprint_articles_ai")
        pdb.save_article(db, {"text": ARTICLE}, claims_for(ARTICLE))
        assert stored_fingerprint_articles(db) == {}
        pdb.recount_facets(db)
    pdb.ensure_db_shape(db)
    assert stored_fingerprint_articles(db) == recounted_fingerprint_articles(db) != {}
    assert "claims_fingerprint_articles_ai" in trigger_names(db)


def test_upgrade_counts_the_articles_of_fingerprints_already_stored(tmp_path):
    path = tmp_path / "old.db"
    old = pdb.open_db(path)
    pdb.MIGRATIONS.apply(old, stop_before="m008_fingerprint_articles")
    old["claims"].create_index(["fingerprint"])
    old.execute(
        "create index idx_claims_repeated on claims (fingerprint, article_id, first_article_id)"
        " where article_id != first_article_id"
    )
    for text in (ARTICLE, ARTICLE + " Later."):
        pdb.save_article(old, {"text": text}, claims_for(text))
    assert not old["fingerprint_articles"].exists()
    old.close()
    upgraded = pdb.open_db(path)
    pdb.ensure_db_shape(upgraded)
    assert stored_fingerprint_articles(upgraded) == recounted_fingerprint_articles(upgraded)
    assert stored_fingerprint_articles(upgraded)[DEAD] == 2
    indexes = {index.name for index in upgraded["claims"].indexes}
    assert "idx_claims_fingerprint_article_id" in indexes
    assert not {"idx_claims_fingerprint", "idx_claims_repeated"} & indexes
    pdb.save_article(upgraded, {"text": ARTICLE + " Again."}, claims_for(ARTICLE))
    assert stored_fingerprint_articles(upgraded)[DEAD] == 3


def test_upgrade_moves_first_appearances_from_the_claims_to_their_fingerprints(tmp_path):
    path = tmp_path / "old.db"
    old = pdb.open_db(path)
    pdb.MIGRATIONS.apply(old, stop_before="m011_first_seen_per_fingerprint")
    later, earlier = {"text": ARTICLE, "published": "2024-05-02"}, {"text": ARTICLE + " Later.", "published": "2024-05-01"}
    for record in (later, earlier):
        pdb.save_article(old, record, claims_for(record["text"]))
    old["claims"].enable_fts(["text"], tokenize="porter")
    assert {"first_seen", "first_article_id"} <= set(old["claims"].columns_dict)
    rowids = dict(old.execute("select id, rowid from claims").fetchall())
    old.close()
    upgraded = pdb.open_db(path)
    pdb.ensure_db_shape(upgraded)
    assert not {"first_seen", "first_article_id"} & set(upgraded["claims"].columns_dict)
    assert dict(upgraded.execute("select id, rowid from claims").fetchall()) == rowids
    assert stored_first_appearances(upgraded) == recounted_first_appearances(upgraded)
    assert stored_first_appearances(upgraded)[DEAD] == ("2024-05-01", pdb.article_id(earlier["text"]))
    assert stored_fingerprint_articles(upgraded)[DEAD] == 2
    assert upgraded.execute("pragma foreign_key_check").fetchall() == []
    assert upgraded.execute("pragma foreign_keys").fetchone()[0] == 1
    fts_consistent(upgraded)
    assert [row["text"] for row in upgraded["claims"].search("dead")] == ["The plan is dead,"] * 2
    assert {"claims_ai", "claims_fingerprint_articles_ai", "claims_facet_counts_ai"} <= trigger_names(upgraded)
    assert len(list(upgraded.query("select * from claims_with_sources"))) == upgraded["attributions"].count
    pdb.save_article(upgraded, {"text": ARTICLE + " Again.", "published": "2024-04-01"}, claims_for(ARTICLE))
    assert stored_first_appearances(upgraded)[DEAD] == ("2024-04-01", pdb.article_id(ARTICLE + " Again."))


def test_most_repeated_fingerprints_are_read_from_an_index(db):
    plan = " ".join(
        row[3]
        for row in db.execute(
            "explain query plan select fingerprint, articles from fingerprint_articles"
            " where articles > 1 order by articles desc, fingerprint limit 1000"
        )
    )
    assert "idx_fingerprint_articles_repeated" in plan and "TEMP B-TREE" not in plan, plan


def extractor_reporting_its_niceness(text):
    raise RuntimeError(f"niceness {os.nice(0)}")


def test_extraction_workers_run_below_the_writers_priority(db):
    """The writing process limits a large ingest: its workers yield the CPU to it."""
    records = [{"text": f"Article {n}. Jane Roe said so."} for n in range(6)]
    summary = pdb.ingest(db, records, batch_size=2, workers=2, extractor=extractor_reporting_its_niceness)
    assert summary.failures == 6
    expected = f"niceness {min(os.nice(0) + pdb.WORKER_NICENESS, 19)}"
    assert all(expected in error for error in summary.errors), summary.errors


def testswitch_to_wal_waits_for_a_writer_instead_of_failing(tmp_path):
    """SQLite fails a journal-mode switch at once while another connection
    holds the write lock (no busy handler): the switch must retry, as two
    ingests opening a new database together need."""
    import sqlite3
    import threading

    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("create table t (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("insert into t values (1)")
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    db = pdb.open_db(path)
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("select count(*) from t").fetchone()[0] == 1
    other.close()


def testswitch_to_wal_gives_up_after_its_wait(tmp_path):
    import sqlite3

    path = tmp_path / "held.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("create table t (x)")
    other.execute("BEGIN IMMEDIATE")
    db = Database(path)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        pdb.switch_to_wal(db, wait_ms=200)
    other.execute("ROLLBACK")
