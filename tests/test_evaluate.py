"""Scoring rules of ``provenance.evaluate`` on small hand-written gold documents."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from provenance.evaluate import (
    evaluate,
    head_word,
    jaccard,
    kind_of_span,
    list_errors,
    match_spans,
    read_jsonl,
    score,
    source_correct,
    trim,
)

TEXT = (
    "\u201cWe will finish the dam by spring,\u201d said Tomas Ferreira, the project director. "
    "Two engineers with knowledge of the design told the Ledger that the spillway was too small.\n"
    "According to the audit, the budget \u201chas no slack left\u201d and overruns are likely."
)


def span(sub: str, text: str = TEXT) -> list[int]:
    start = text.index(sub)
    return [start, start + len(sub)]


DIRECT = {
    "quote": span("\u201cWe will finish the dam by spring,\u201d"),
    "kind": "direct",
    "speaker": span("Tomas Ferreira, the project director"),
    "speaker_text": "Tomas Ferreira, the project director",
    "cue": span("said"),
    "source_type": "named_person",
    "anonymous": False,
    "via": None,
}
INDIRECT = {
    "quote": span("the spillway was too small"),
    "kind": "indirect",
    "speaker": span("Two engineers with knowledge of the design"),
    "speaker_text": "Two engineers with knowledge of the design",
    "cue": span("told"),
    "source_type": "anonymous_group",
    "anonymous": True,
    "via": "the Ledger",
}
MIXED = {
    "quote": span("the budget \u201chas no slack left\u201d and overruns are likely"),
    "kind": "mixed",
    "speaker": span("the audit"),
    "speaker_text": "the audit",
    "cue": span("According to"),
    "source_type": "document_or_media",
    "anonymous": False,
    "via": None,
}
GOLD = {"d1": {"doc_id": "d1", "text": TEXT, "quotes": [DIRECT, INDIRECT, MIXED]}}


def system(*claims: dict) -> dict:
    return {"d1": {"doc_id": "d1", "claims": list(claims)}}


def claim(sub: str, source: str | None = None, **fields) -> dict:
    found = {"claim": span(sub), "source": span(source) if source else None, "source_text": source}
    found.update(fields)
    return found


@pytest.mark.parametrize(
    "sub,expected",
    [
        ("\u201cWe will finish the dam by spring,\u201d", "We will finish the dam by spring"),
        (" the spillway was too small.", "the spillway was too small"),
        ("said", "said"),
    ],
)
def test_trim_drops_marks_and_punctuation(sub, expected):
    start, end = trim(TEXT, *span(sub))
    assert TEXT[start:end] == expected


def test_trim_of_punctuation_only_is_empty():
    start, end = trim("a \u201c, \u201d b", 2, 7)
    assert start == end


@pytest.mark.parametrize(
    "a,b,expected",
    [((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 5 / 15), ((0, 4), (4, 8), 0.0), ((0, 10), (2, 4), 0.2)],
)
def test_jaccard(a, b, expected):
    assert jaccard(a, b) == pytest.approx(expected)


def test_matching_is_one_to_one_best_first():
    gold = [(0, 10), (20, 30)]
    found = [(1, 10), (0, 10), (21, 29), (50, 60)]
    assert match_spans(gold, found, exact=False) == {1: 0, 2: 1}
    assert match_spans(gold, found, exact=True) == {1: 0}


def test_matching_needs_half_the_union():
    assert match_spans([(0, 10)], [(0, 5)], exact=False) == {0: 0}
    assert match_spans([(0, 10)], [(0, 4)], exact=False) == {}
    assert match_spans([(0, 10)], [(0, 4)], exact=False, threshold=0.4) == {0: 0}


@pytest.mark.parametrize(
    "mention,head",
    [
        ("Tomas Ferreira, the project director", "ferreira"),
        ("Two engineers with knowledge of the design", "engineers"),
        ("one of the three engineers", "engineers"),
        ("Gov. Ana Ruiz (D-Calif.)", "ruiz"),
        ("Ms. Ruiz's spokesman", "spokesman"),
        ("Ms. Ruiz's", "ruiz"),
        ("people familiar with the matter", "people"),
        ("the ministry \u2014 which declined to comment", "ministry"),
        ("she", "she"),
        ("", None),
        ("...", None),
    ],
)
def test_head_word(mention, head):
    found = head_word(mention)
    assert (found[0] if found else None) == head


@pytest.mark.parametrize(
    "gold_source,system_source,system_span,aliases,expected",
    [
        ("Tomas Ferreira, the project director", "Ferreira", None, None, True),
        ("Tomas Ferreira, the project director", "Mr. Ferreira", None, None, True),
        ("Tomas Ferreira, the project director", "the project director", None, None, False),
        ("Two engineers with knowledge of the design", "the engineers", None, None, True),
        ("Two engineers with knowledge of the design", "the design", None, None, False),
        ("he", "Tomas Ferreira", None, ["Tomas Ferreira"], True),
        ("he", "Tomas Ferreira", None, None, False),
        (None, None, None, None, True),
        (None, "the audit", None, None, False),
        ("the audit", None, None, None, False),
        ("Tomas Ferreira, the project director", None, "Ferreira", None, True),
        ("Tomas Ferreira, the project director", None, "the project director", None, False),
    ],
)
def test_source_correct(gold_source, system_source, system_span, aliases, expected):
    gold = {"speaker": span(gold_source) if gold_source and gold_source in TEXT else None,
            "speaker_text": gold_source}
    if aliases:
        gold["speaker_aliases"] = aliases
    found = {"source": span(system_span) if system_span else None, "source_text": system_source}
    assert source_correct(gold, found, TEXT) is expected


def test_pronoun_any_accepts_any_source_for_a_gold_pronoun():
    assert source_correct({"speaker_text": "she"}, {"source_text": "Ana Ruiz"}, "", pronoun_any=True)
    assert not source_correct({"speaker_text": "she"}, {"source_text": None}, "", pronoun_any=True)


@pytest.mark.parametrize(
    "sub,kind",
    [
        ("\u201cWe will finish the dam by spring,\u201d", "direct"),
        ("the spillway was too small", "indirect"),
        ("the budget \u201chas no slack left\u201d and overruns are likely", "mixed"),
    ],
)
def test_kind_of_span(sub, kind):
    assert kind_of_span(TEXT, *span(sub)) == kind


def test_quotation_left_open_ends_with_its_paragraph():
    text = "\u201cFirst paragraph goes on\nand this one is not quoted"
    assert kind_of_span(text, *span("First paragraph", text)) == "direct"
    assert kind_of_span(text, *span("this one", text)) == "indirect"


def test_gold_against_itself_is_perfect():
    found = system(*({"claim": q["quote"], "source": q["speaker"], "source_text": q["speaker_text"],
                      "cue": q["cue"], "kind": q["kind"], "source_type": q["source_type"],
                      "anonymous": q["anonymous"], "via": q["via"]} for q in GOLD["d1"]["quotes"]))
    result = score(GOLD, found)
    for metric in ("claim_exact", "claim_overlap", "pair_exact", "pair_overlap", "cue_exact",
                   "cue_overlap", "source_type", "anonymous", "via"):
        assert result[metric]["f1"] == 1.0, metric


def test_partial_system_counts():
    found = system(
        claim("We will finish the dam by spring", "Ferreira", cue=span("said"), source_type="named_person"),
        claim("the spillway was too", "the Ledger", cue=span("told the Ledger"), anonymous=True, via="Ledger"),
        claim("overruns are likely", "the audit"),
    )
    result = score(GOLD, found)
    assert result["claim_exact"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333, "tp": 1, "n_sys": 3, "n_gold": 3}
    assert result["claim_overlap"]["tp"] == 2
    assert result["pair_overlap"]["tp"] == 1
    assert result["cue_exact"]["tp"] == 1
    assert result["cue_overlap"]["tp"] == 2
    # "told the Ledger" is not the gold cue "told", but shares characters with it.
    assert result["cue_overlap"]["acc"] == 1.0
    assert result["source_type"]["tp"] == 1 and result["source_type"]["acc"] == 0.5
    assert result["anonymous"]["tp"] == 2
    # "Ledger" and "the Ledger" are one outlet; no via on the direct quote is right.
    assert result["via"]["tp"] == 2


@pytest.mark.parametrize(
    "gold_via,system_via,expected",
    [
        ("the Ledger", "Ledger", True),
        ("Ledger", "the Ledger's newsroom", True),
        ("Ledger", "Ledgerwood Times", False),
        (None, None, True),
        (None, "Ledger", False),
        ("Ledger", None, False),
    ],
)
def test_via_outlets_compare_loosely(gold_via, system_via, expected):
    gold = {"d1": dict(GOLD["d1"], quotes=[INDIRECT | {"via": gold_via}])}
    result = score(gold, system(claim("the spillway was too small", via=system_via)))
    assert result["via"]["tp"] == int(expected)


@pytest.mark.parametrize(
    "gold_resolved,aliases,system_fields,expected",
    [
        ("Tomas Ferreira", [], {"source_resolved": "Mr. Ferreira", "source_text": "he"}, True),
        ("Tomas Ferreira", [], {"source_resolved": None, "source_text": "Ferreira"}, True),
        ("Tomas Ferreira", [], {"source_resolved": None, "source_text": "he"}, False),
        ("the director", ["Tomas Ferreira"], {"source_resolved": "Tomas Ferreira"}, True),
        (None, [], {"source_resolved": None, "source_text": None}, True),
        (None, [], {"source_resolved": "Tomas Ferreira"}, False),
    ],
)
def test_resolved_source(gold_resolved, aliases, system_fields, expected):
    gold_claim = DIRECT | {"speaker_resolved": gold_resolved, "speaker_aliases": aliases, "source_count": 1}
    gold = {"d1": dict(GOLD["d1"], quotes=[gold_claim])}
    result = score(gold, system(claim("We will finish the dam by spring", **system_fields)))
    assert result["source_resolved"]["tp"] == int(expected)
    # No count given: the gold's one source is not matched.
    assert result["source_count"]["tp"] == 0 and result["source_count"]["acc"] == 0.0


def test_attribute_metrics_only_where_gold_has_them():
    bare = {"d1": {"doc_id": "d1", "text": TEXT, "quotes": [
        {k: DIRECT[k] for k in ("quote", "kind", "speaker", "speaker_text")},
        INDIRECT,
    ]}}
    result = score(bare, system(claim("We will finish the dam by spring"), claim("the spillway was too small")))
    assert result["via"]["n_gold"] == 1
    # The claim matched to the gold quote that has no via does not count either way.
    assert result["via"]["n_sys"] == 1
    plain = {"d1": {"doc_id": "d1", "text": TEXT, "quotes": [bare["d1"]["quotes"][0]]}}
    assert "via" not in score(plain, system())
    assert "cue_exact" not in score(plain, system())


def test_kind_filter_keeps_gold_by_gold_kind_and_unmatched_system_by_own_kind():
    found = system(
        claim("We will finish the dam by spring", kind="indirect"),
        claim("overruns are likely", kind="indirect"),
        claim("the budget", kind=None),
    )
    result = evaluate(GOLD, found)
    direct = result["by_kind"]["direct"]["claim_overlap"]
    assert (direct["tp"], direct["n_sys"], direct["n_gold"]) == (1, 1, 1)
    indirect = result["by_kind"]["indirect"]["claim_overlap"]
    assert (indirect["tp"], indirect["n_sys"], indirect["n_gold"]) == (0, 2, 1)
    assert result["overall"]["claim_overlap"]["n_sys"] == 3


def test_speech_only_makes_marked_gold_optional():
    gold = {"d1": dict(GOLD["d1"], quotes=[DIRECT, dict(INDIRECT, cue_is_speech=False), MIXED])}
    found = system(claim("the spillway was too small"))
    loose = score(gold, found, speech_only=True)["claim_overlap"]
    assert (loose["tp"], loose["n_sys"], loose["n_gold"]) == (0, 0, 2)
    strict = score(gold, found)["claim_overlap"]
    assert (strict["tp"], strict["n_sys"], strict["n_gold"]) == (1, 1, 3)


def test_missing_unknown_and_bad_documents_are_counted():
    found = {"other": {"doc_id": "other", "claims": []}}
    result = score(GOLD, found)
    assert result["gold_docs_missing_in_system"] == 1
    assert result["system_docs_not_in_gold"] == 1
    assert result["claim_overlap"]["r"] == 0.0
    result = score(GOLD, system({"claim": [0, 10**6]}, {"claim": None}))
    assert result["system_claims_with_bad_span"] == 2
    assert result["claim_overlap"]["n_sys"] == 0


def test_errors_list_missed_spurious_and_wrong_source_in_order():
    found = system(
        claim("We will finish the dam by spring", "the project director"),
        claim("the spillway was too small", "Two engineers"),
        claim("Tomas Ferreira"),
    )
    errors = list_errors(GOLD, found, width=20)
    assert [(e["error"], e["kind"]) for e in errors] == [
        ("wrong_source", "direct"),
        ("spurious", None),
        ("missed", "mixed"),
    ]
    assert errors[0]["gold_source"] == "Tomas Ferreira, the project director"
    assert errors[0]["system_source"] == "the project director"
    assert "\u27e6Tomas Ferreira\u27e7" in errors[1]["context"]
    assert "\n" not in errors[2]["context"]
    assert "\u27e7, the project" in errors[1]["context"]
    # Unmatched and given no kind, "Tomas Ferreira" counts as indirect (no quotation marks).
    assert [e["error"] for e in list_errors(GOLD, found, kind="indirect")] == ["spurious"]
    assert [e["error"] for e in list_errors(GOLD, found, kind="mixed")] == ["missed"]


def write(path, docs) -> str:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def test_read_jsonl_skips_bad_lines_with_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [
        json.dumps(GOLD["d1"]),
        "{not json",
        json.dumps({"doc_id": "x", "quotes": []}),
        json.dumps({"doc_id": "y", "text": "short", "quotes": [{"quote": [0, 99]}]}),
        json.dumps({"doc_id": "z", "text": "short", "quotes": ["not a quote"]}),
        json.dumps({"doc_id": ["not", "an", "id"], "text": "short"}),
        json.dumps(GOLD["d1"]),
    ]
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n\xff\xfe broken bytes\n")
    corpus = read_jsonl(path, require_text=True)
    assert list(corpus.docs) == ["d1"]
    assert [p.split(": ")[0] for p in corpus.problems] == [f"{path}:{n}" for n in range(2, 9)]
    assert "duplicate doc_id" in corpus.problems[-2]
    assert corpus.problems[-1].endswith("not UTF-8 text")


def test_system_entries_that_are_not_claims_count_as_bad_spans():
    found = {"d1": {"doc_id": "d1", "claims": ["junk", claim("the spillway was too small")]}}
    result = score(GOLD, found)
    assert result["system_claims_with_bad_span"] == 1
    assert result["claim_exact"]["tp"] == 1


def test_cli_scores_a_system_file(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [GOLD["d1"]])
    found = write(tmp_path / "system.jsonl", [{"doc_id": "d1", "claims": [claim("the spillway was too small", "engineers")]}])
    result = CliRunner().invoke(cli, ["eval", gold, "--system", found])
    assert result.exit_code == 0, result.output
    assert "3 gold claims, 1 system claims" in result.stdout
    line = next(l for l in result.stdout.splitlines() if l.startswith("claim+source overlap"))
    assert line.split()[2:5] == ["1.000", "0.333", "0.500"]
    for kind in ("direct", "indirect", "mixed"):
        assert any(l.startswith(kind) for l in result.stdout.splitlines())


def test_cli_json_errors_and_kind(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [GOLD["d1"]])
    found = write(tmp_path / "system.jsonl", [{"doc_id": "d1", "claims": [claim("Tomas Ferreira")]}])
    result = CliRunner().invoke(cli, ["eval", gold, "--system", found, "--json", "--errors", "--kind", "direct"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "overall" not in data and list(data["by_kind"]) == ["direct"]
    assert data["by_kind"]["direct"]["claim_overlap"]["n_gold"] == 1
    assert [e["error"] for e in data["errors"]] == ["missed"]


def test_cli_errors_text(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [GOLD["d1"]])
    found = write(tmp_path / "system.jsonl", [{"doc_id": "d1", "claims": [claim("Tomas Ferreira")]}])
    result = CliRunner().invoke(cli, ["eval", gold, "--system", found, "--errors"])
    assert "4 errors" in result.stdout
    assert "SPURIOUS" in result.stdout and "MISSED mixed d1" in result.stdout


def test_cli_runs_the_extractor_and_reports_bad_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD["d1"]) + "\n{broken\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(path)])
    assert result.exit_code == 1, result.output
    assert f"Error: {path}:2:" in result.stderr
    assert "1 documents, 3 gold claims" in result.stdout
    assert "provenance extractor" in result.stdout
