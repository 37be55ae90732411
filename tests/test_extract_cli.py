"""`provenance extract`: inputs, output formats, and bad input that must not stop a batch."""

import json

import pytest
from click.testing import CliRunner

from provenance import output
from provenance.articles import Article
from provenance.cli import cli
from provenance.extract import Claim, Span

TEXT = "The harbour will reopen on Monday, the port authority said.\n"


def fake_extract_document(text):
    """One article over the whole text, one claim per line ending in 'said.'.

    The extractor is another module's job; these tests check the command's
    plumbing, so they pin what extraction returns.
    """
    claims = []
    position = 0
    for line in text.splitlines(keepends=True):
        cue = line.find(" said.")
        if cue != -1:
            comma = line.rfind(",", 0, cue)
            claims.append(
                Claim(
                    claim=Span(position, position + comma, line[:comma]),
                    kind="indirect",
                    source=Span(position + comma + 2, position + cue, line[comma + 2 : cue]),
                    source_type="organization",
                    cue=Span(position + cue + 1, position + cue + 5, "said"),
                    confidence=0.9,
                    rule="test",
                )
            )
        position += len(line)
    return [(Article(start=0, end=len(text), headline="A headline"), claims)]


@pytest.fixture(autouse=True)
def pinned_extractor(monkeypatch):
    monkeypatch.setattr(output, "extract_document", fake_extract_document)


def run(args, input=None):
    return CliRunner().invoke(cli, ["extract", *args], input=input)


def test_table_is_default(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    result = run([str(path)])
    assert result.exit_code == 0, result.stderr
    assert "A headline" in result.stdout
    assert "the port authority" in result.stdout
    assert "The harbour will reopen on Monday" in result.stdout
    assert result.stderr == ""


def test_json_is_one_document_with_checkable_offsets(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    result = run([str(path), "--format", "json"])
    assert result.exit_code == 0
    [record] = json.loads(result.stdout)
    assert record["doc_id"] == str(path)
    [claim] = record["claims"]
    start, end = claim["claim"]
    assert TEXT[start:end] == claim["claim_text"] == "The harbour will reopen on Monday"
    assert TEXT[slice(*claim["source"])] == claim["source_text"] == "the port authority"
    assert record["articles"][0]["headline"] == "A headline"


def test_several_files_and_stdin_give_one_jsonl_line_each(tmp_path):
    paths = []
    for name in ("a.txt", "b.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(TEXT)
    result = run([str(paths[0]), "-", str(paths[1]), "--format", "jsonl"], input=TEXT)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == [str(paths[0]), "-", str(paths[1])]
    assert all(len(r["claims"]) == 1 for r in records)


def test_jsonl_input_writes_eval_interface(tmp_path):
    docs = tmp_path / "docs.jsonl"
    second = "Nothing here.\nPrices rose, the bank said.\n"
    docs.write_text(
        json.dumps({"doc_id": "d1", "text": TEXT})
        + "\n\n"
        + json.dumps({"doc_id": "d2", "text": second})
        + "\n"
    )
    result = run(["--jsonl-input", str(docs), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["d1", "d2"]
    claim = records[1]["claims"][0]
    assert second[slice(*claim["claim"])] == "Prices rose"
    expected_keys = {
        "claim", "claim_text", "kind", "source", "source_text", "source_resolved",
        "source_type", "anonymous", "source_count", "cue", "cue_text", "via",
        "anonymity_reason", "confidence", "rule",
    }
    assert expected_keys <= set(claim)


@pytest.mark.parametrize(
    "lines,message",
    [
        (["{not json"], "docs.jsonl:1: malformed JSON"),
        (['{"doc_id": "x"}'], "docs.jsonl:1: missing 'text'"),
        (['{"doc_id": "x", "text": 5}'], "docs.jsonl:1: 'text' is not a string"),
        (["[1, 2]"], "docs.jsonl:1: expected a JSON object"),
    ],
)
def test_bad_jsonl_line_is_reported_and_batch_goes_on(tmp_path, lines, message):
    docs = tmp_path / "docs.jsonl"
    good = json.dumps({"doc_id": "good", "text": TEXT})
    docs.write_text("\n".join([*lines, good]) + "\n")
    result = run(["--jsonl-input", str(docs), "--format", "jsonl"])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["good"]


def test_missing_doc_id_falls_back_to_line_number(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n" + json.dumps({"text": TEXT}) + "\n")
    result = run(["--jsonl-input", str(docs), "--format", "jsonl"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc_id"] == 2


@pytest.mark.parametrize(
    "content,message",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, expected text"),
        (b"", "empty file"),
        (b"  \n\n\t\n", "empty file"),
    ],
)
def test_unreadable_file_is_reported_and_batch_goes_on(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    result = run([str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {bad}: {message}"
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == [str(good)]


def test_missing_file_is_reported(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run([str(missing)])
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert "No such file" in result.stderr


def test_cp1252_file_decodes_with_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\u00e9 prices rose \u201cfast\u201d, the bureau said.\n".encode("cp1252"))
    result = run([str(path), "--format", "json"])
    assert result.exit_code == 0
    assert "not valid UTF-8, decoded as cp1252" in result.stderr
    assert str(path) in result.stderr
    [record] = json.loads(result.stdout)
    assert record["claims"][0]["claim_text"] == "Caf\u00e9 prices rose \u201cfast\u201d"


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    result = run([str(path), "--format", "json"])
    [record] = json.loads(result.stdout)
    assert record["claims"][0]["claim"] == [0, len("The harbour will reopen on Monday")]


def test_extraction_failure_is_reported_and_batch_goes_on(tmp_path, monkeypatch):
    def explode(text):
        if "boom" in text:
            raise TimeoutError("regex timed out")
        return fake_extract_document(text)

    monkeypatch.setattr(output, "extract_document", explode)
    bad = tmp_path / "bad.txt"
    bad.write_text("boom\n")
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    result = run([str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert f"{bad}: extraction failed (TimeoutError" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_no_input_is_a_usage_error():
    result = run([])
    assert result.exit_code == 2
    assert "--jsonl-input" in result.stderr
