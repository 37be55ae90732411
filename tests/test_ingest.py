"""`provenance ingest`: inputs of every kind, bad inputs, summary and exit status."""

import json

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from provenance.db import open_db

ONE = '"The plan is dead," said Jane Roe, a spokeswoman.\n\nOfficials said the bridge would reopen.\n'
TWO = "According to the ministry, the new road will open in June.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, ["ingest", *args], input=input, catch_exceptions=False)


def summary(result) -> dict:
    return json.loads(result.stdout)


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "one.txt").write_text(ONE)
    (root / "sub" / "two.txt").write_text(TWO)
    (root / "notes.py").write_text("print('not an article')\n")
    (root / ".hidden.txt").write_text("Hidden files are skipped.\n")
    return root


def test_ingest_directory_recursively_then_again_unchanged(tmp_path, corpus):
    db_path = str(tmp_path / "claims.db")
    first = run(db_path, str(corpus), "--json", "--publisher", "Daily Example")
    assert first.exit_code == 0, first.output
    assert summary(first)["new"] == 2
    assert summary(first)["failures"] == 0
    db = open_db(db_path)
    assert {row["source_file"].rsplit("/", 1)[-1] for row in db["articles"].rows} == {"one.txt", "two.txt"}
    assert {row["publisher_id"] for row in db["articles"].rows} == {1}
    again = run(db_path, str(corpus), "--json")
    assert summary(again)["new"] == 0 and summary(again)["unchanged"] == 2
    before = {table: db[table].count for table in ("claims", "attributions", "sources", "outlets")}
    replaced = run(db_path, str(corpus), "--json", "--replace")
    assert summary(replaced)["replaced"] == 2
    assert db["articles"].count == 2
    assert {table: db[table].count for table in before} == before


def test_summary_line_on_stdout(tmp_path, corpus):
    result = run(str(tmp_path / "claims.db"), str(corpus), "--silent")
    assert result.exit_code == 0
    assert result.stdout.startswith("2 new, 0 unchanged, 0 replaced articles;")
    assert "0 failures" in result.stdout


def test_jsonl_with_metadata_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": TWO, "url": "https://example.org/road", "headline": "Road to open", "publisher": "The Courier", "published": "2023-06-01", "id": "road-1"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"headline": "no text"}),
        "",
        json.dumps({"text": ONE}),
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = run(str(tmp_path / "claims.db"), str(path), "--json")
    assert result.exit_code == 1
    report = summary(result)
    assert report["new"] == 2
    assert report["failures"] == 3
    assert [error.split(": ")[0] for error in report["errors"]] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "invalid JSON" in result.stderr
    row = open_db(tmp_path / "claims.db")["articles"].get("road-1")
    assert (row["url"], row["headline"], row["published"]) == ("https://example.org/road", "Road to open", "2023-06-01")


def test_stdin_plain_text_and_jsonl(tmp_path):
    db_path = str(tmp_path / "claims.db")
    assert summary(run(db_path, "-", "--json", input=ONE))["new"] == 1
    assert summary(run(db_path, "-", "--json", input=json.dumps({"text": TWO}) + "\n"))["new"] == 1
    assert open_db(db_path)["articles"].count == 2


def test_cli_metadata_fills_only_what_records_lack(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ONE, "publisher": "The Courier"}) + "\n" + json.dumps({"text": TWO}) + "\n")
    run(str(tmp_path / "c.db"), str(path), "--publisher", "Fallback Post", "--published", "2022-01-05", "--silent")
    db = open_db(tmp_path / "c.db")
    rows = db.execute(
        "select outlets.name, published from articles join outlets on outlets.id = articles.publisher_id order by outlets.name"
    ).fetchall()
    assert rows == [("Fallback Post", "2022-01-05"), ("The Courier", "2022-01-05")]


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (bad / "empty.txt").write_text("")
    (bad / "blank.txt").write_text("  \n\n ")
    (bad / "dangling.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (bad / "good.txt").write_text(ONE)
    (bad / "windows.txt").write_bytes("Officials said the caf\u00e9 \u201cwould reopen\u201d.\n".encode("cp1252"))
    result = run(str(tmp_path / "claims.db"), str(bad), str(tmp_path / "missing.txt"), "--json")
    assert result.exit_code == 1
    report = summary(result)
    assert report["new"] == 2
    assert report["warnings"] == 1
    messages = {error.split(": ", 1)[0].rsplit("/", 1)[-1]: error.split(": ", 1)[1] for error in report["errors"]}
    assert set(messages) == {"binary.txt", "empty.txt", "blank.txt", "dangling.txt", "missing.txt"}
    assert "binary" in messages["binary.txt"]
    assert "empty" in messages["empty.txt"]
    assert "cannot read" in messages["dangling.txt"]
    assert "no such file" in messages["missing.txt"]
    assert "decoded as cp1252" in result.stderr
    for line in result.stderr.strip().splitlines():
        assert line.startswith(("Error: ", "Warning: "))
    text = open_db(tmp_path / "claims.db").execute("select text from articles where text like '%caf%'").fetchone()[0]
    assert "caf\u00e9 \u201cwould reopen\u201d" in text


def test_huge_file_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(200 * 1024 * 1024)
    good = tmp_path / "good.txt"
    good.write_text(ONE)
    result = run(str(tmp_path / "claims.db"), str(huge), str(good), "--json")
    assert result.exit_code == 1
    report = summary(result)
    assert report["new"] == 1
    assert report["errors"] == [f"{huge}: too large to be an article (209.7 MB; limit 16.0 MB, see --max-size)"]


def test_huge_jsonl_line_is_refused_and_the_rest_is_read(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 3000}) + "\n" + json.dumps({"text": TWO}) + "\n")
    result = run(str(tmp_path / "claims.db"), str(path), "--json", "--max-size", "0.001")
    report = summary(result)
    assert report["new"] == 1
    assert report["errors"][0].startswith(f"{path}:1: too large")


def test_end_to_end_named_source_shared_and_anonymous_per_article(tmp_path):
    first = '"The plan is dead," said Jane Roe, a spokeswoman.\n\nTwo officials said the bridge would reopen in May.\n'
    second = '"We will try again next year," said Jane Roe.\n\nTwo officials said the tunnel would close for a week.\n'
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"text": first}) + "\n" + json.dumps({"text": second}) + "\n")
    assert run(str(tmp_path / "claims.db"), str(path), "--silent").exit_code == 0
    db = open_db(tmp_path / "claims.db")
    named = db.execute("select count(*), count(distinct article_id is null) from sources where name = 'Jane Roe'").fetchone()
    assert named == (1, 1)
    assert db.execute("select count(*) from sources where anonymous = 1").fetchone()[0] == 2
    quotes = db.execute(
        "select claims.text from claims join sources on sources.id = claims.source_id where sources.name = 'Jane Roe'"
        " order by claims.text"
    ).fetchall()
    assert [row[0].strip(",") for row in quotes] == ["The plan is dead", "We will try again next year"]
    for claim_id, article_text, start, end, text in db.execute(
        "select claims.id, articles.text, start, end, claims.text from claims join articles on articles.id = claims.article_id"
    ):
        assert article_text[start:end] == text, claim_id
