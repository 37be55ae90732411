"""``provenance eval`` must print the figures the shared reference scorer prints.

Each case writes a gold file and a system file, scores them with our
``provenance.evaluate.score`` and with ``shared/eval/score.py`` (run as a
subprocess, found beside the repository as CI lays it out), and compares every
count and P/R/F1. The system files are the gold itself, deliberately damaged
copies of it (dropped claims, shifted spans, wrong and missing speakers, extra
and duplicate claims, bad spans, unknown documents) and the extractor's output.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.evaluate import extract_system, read_jsonl, score

TESTS = Path(__file__).resolve().parent


def _find_shared_eval() -> Path | None:
    """``shared/eval`` beside the repository (CI), or beside an ancestor (worktrees)."""
    for directory in TESTS.parent.parents:
        candidate = directory / "shared" / "eval"
        if (candidate / "score.py").exists():
            return candidate
    return None


SHARED_EVAL = _find_shared_eval()
needs_shared = pytest.mark.skipif(
    SHARED_EVAL is None, reason="shared/eval/score.py is not beside the repository"
)

#: Our metric name -> the reference scorer's.
SAME_METRIC = {
    "claim_exact": "quote_exact",
    "claim_overlap": "quote_overlap",
    "pair_exact": "pair_exact",
    "pair_overlap": "pair_overlap",
}


def reference_scores(gold: Path, system: Path, *options: str) -> dict:
    completed = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(gold), str(system), "--json-only", *options],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def assert_agree(gold: Path, system: Path, kind: str = "all", **options) -> dict:
    flags = ["--kind", kind]
    if options.get("pronoun_any"):
        flags.append("--pronoun-any")
    if options.get("speech_only"):
        flags.append("--speech-only")
    theirs = reference_scores(gold, system, *flags)
    ours = score(
        read_jsonl(gold, require_text=True).docs,
        read_jsonl(system, require_text=False).docs,
        kind=kind,
        **options,
    )
    for metric, their_metric in SAME_METRIC.items():
        assert ours[metric] == {k: theirs[their_metric][k] for k in ours[metric]}, (metric, kind)
    assert ours["system_docs_not_in_gold"] == theirs["system_docs_not_in_gold"]
    assert ours["gold_docs_missing_in_system"] == theirs["gold_docs_missing_in_system"]
    assert ours["system_claims_with_bad_span"] == theirs["system_quotes_with_bad_span"]
    return ours


def write_jsonl(path: Path, docs) -> Path:
    path.write_text("".join(json.dumps(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


def load_gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (SHARED_EVAL / name).read_text(encoding="utf-8").splitlines() if line]


def as_claims(doc: dict, quotes: list[dict]) -> dict:
    """A system document in the claim vocabulary that ``provenance extract`` writes."""
    return {
        "doc_id": doc["doc_id"],
        "claims": [
            {
                "claim": q["quote"],
                "kind": q.get("kind"),
                "source": q.get("speaker"),
                "source_text": q.get("speaker_text"),
            }
            for q in quotes
        ],
    }


def perturbed(docs: list[dict], how: str, seed: int = 7) -> list[dict]:
    """A damaged copy of the gold as a system file: each way of damage hits one metric."""
    rng = random.Random(seed)
    out = []
    for doc in docs:
        text, quotes = doc["text"], [dict(q) for q in doc["quotes"]]
        if how == "drop":
            quotes = [q for i, q in enumerate(quotes) if i % 3 != 1]
        elif how == "shift":
            for q in quotes:
                start, end = q["quote"]
                width = end - start
                delta = rng.choice([1, 3, width // 3, width // 2, -width // 4, width])
                q["quote"] = [max(0, start + delta), min(len(text), end + delta)]
        elif how == "speakers":
            speakers = [(q.get("speaker"), q.get("speaker_text")) for q in quotes]
            rng.shuffle(speakers)
            for q, (span, mention) in zip(quotes, speakers):
                q["speaker"], q["speaker_text"] = span, mention
                q.pop("speaker_aliases", None)
            for q in quotes[::4]:
                q["speaker"] = q["speaker_text"] = None
        elif how == "text_only_speakers":
            for q in quotes:
                q["speaker"] = None
                if q.get("speaker_text"):
                    q["speaker_text"] = q["speaker_text"].split()[-1]
        elif how == "span_only_speakers":
            # The first word only: right for one-word sources, off the head otherwise.
            for q in quotes:
                q["speaker_text"] = None
                if q.get("speaker"):
                    start, end = q["speaker"]
                    first = text[start:end].split()[0]
                    q["speaker"] = [start, start + len(first)]
        elif how == "extra":
            extra = []
            for q in quotes:
                start, end = q["quote"]
                extra.append({"quote": [start, start + (end - start) // 3], "speaker": None, "speaker_text": None})
                if rng.random() < 0.3:
                    extra.append(dict(q))
            for _ in range(3):
                start = rng.randrange(0, max(1, len(text) - 40))
                extra.append({"quote": [start, start + rng.randrange(5, 40)], "speaker_text": "someone"})
            extra.append({"quote": [10, len(text) + 5], "speaker_text": "nobody"})
            extra.append({"quote": "not a span"})
            quotes = quotes + extra
            for q in quotes:
                if rng.random() < 0.5:
                    q.pop("kind", None)
        out.append(as_claims(doc, quotes) if rng.random() < 0.5 else {"doc_id": doc["doc_id"], "quotes": quotes})
    if how == "drop" and out:
        out = out[1:] + [{"doc_id": "not-in-gold", "quotes": []}]
    return out


DAMAGE = ["identity", "drop", "shift", "speakers", "text_only_speakers", "span_only_speakers", "extra"]


@needs_shared
@pytest.mark.parametrize("corpus", ["seed.jsonl", "dev.jsonl"])
@pytest.mark.parametrize("how", DAMAGE)
def test_agrees_with_reference_on_damaged_gold(tmp_path, corpus, how):
    docs = load_gold(corpus)
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, docs)
    system = write_jsonl(tmp_path / "system.jsonl", perturbed(docs, how) if how != "identity" else docs)
    scores = {kind: assert_agree(gold, system, kind) for kind in ("all", "direct", "indirect", "mixed")}
    assert_agree(gold, system, "all", pronoun_any=True)
    if how == "identity":
        assert all(scores["all"][m]["f1"] == 1.0 for m in SAME_METRIC)
    else:
        # The damage must show, or the case tests nothing.
        assert min(scores["all"][m]["f1"] for m in SAME_METRIC) < 1.0


@needs_shared
@pytest.mark.parametrize("corpus", ["seed.jsonl", "dev.jsonl"])
def test_agrees_with_reference_on_extractor_output(tmp_path, corpus):
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, load_gold(corpus))
    system_docs = extract_system(read_jsonl(gold, require_text=True).docs)
    system = write_jsonl(tmp_path / "system.jsonl", system_docs.values())
    for kind in ("all", "direct", "indirect", "mixed"):
        assert_agree(gold, system, kind)


TEXT = (
    "\u201cThe bridge will reopen in May,\u201d said Mara Lind (Transport), the city's engineer. "
    "She added that the repairs were \u201cmostly finished\u201d and on budget.\n"
    "Two officials familiar with the plan told the Gazette that costs had doubled. "
    "One of the contractors said: \"We were never paid.\" "
    "According to the report, traffic fell by a third \u2014 a drop the mayor, Ivo Brandt, called \"alarming.\""
)


def span(sub: str) -> list[int]:
    start = TEXT.index(sub)
    return [start, start + len(sub)]


def gold_quote(claim: str, kind: str, speaker: str | None, **extra) -> dict:
    quote = {"quote": span(claim), "kind": kind, "speaker": span(speaker) if speaker else None,
             "speaker_text": speaker}
    quote.update(extra)
    return quote


HAND_GOLD = [{"doc_id": "hand", "text": TEXT, "quotes": [
    gold_quote("\u201cThe bridge will reopen in May,\u201d", "direct", "Mara Lind (Transport), the city's engineer"),
    gold_quote("the repairs were \u201cmostly finished\u201d and on budget", "mixed", "She",
               speaker_aliases=["Mara Lind"]),
    gold_quote("costs had doubled", "indirect", "Two officials familiar with the plan"),
    gold_quote("We were never paid.", "direct", "One of the contractors", cue_is_speech=False),
    gold_quote("traffic fell by a third", "indirect", "the report"),
    gold_quote("alarming.", "direct", "the mayor, Ivo Brandt"),
]}]

HAND_SYSTEMS = {
    "heads and aliases": [
        {"quote": span("The bridge will reopen in May"), "speaker_text": "Lind"},
        {"quote": span("the repairs were \u201cmostly finished\u201d"), "speaker_text": "Mara Lind"},
        {"quote": span("costs had doubled"), "speaker_text": "the officials"},
        {"quote": span("We were never paid"), "speaker_text": "the contractors"},
        {"quote": span("traffic fell by a third \u2014 a drop"), "speaker_text": "report", "kind": "indirect"},
        {"quote": span("alarming"), "speaker": span("Ivo Brandt"), "speaker_text": ""},
    ],
    "wrong heads, spans off the head": [
        {"quote": span("The bridge will reopen"), "speaker": span("the city's engineer"), "speaker_text": None},
        {"quote": span("mostly finished"), "speaker_text": "She"},
        {"quote": span("costs had doubled"), "speaker_text": "the Gazette"},
        {"quote": span("One of the contractors said"), "speaker_text": "One"},
        {"quote": span("the mayor, Ivo Brandt"), "speaker_text": None, "kind": "direct"},
        {"quote": span("the mayor, Ivo Brandt"), "speaker_text": None},
    ],
    "pronoun speakers": [
        {"quote": span("the repairs were \u201cmostly finished\u201d and on budget"), "speaker_text": "he"},
        {"quote": span("traffic fell by a third"), "speaker_text": None},
    ],
}


@needs_shared
@pytest.mark.parametrize("name", sorted(HAND_SYSTEMS))
@pytest.mark.parametrize("options", [{}, {"pronoun_any": True}, {"speech_only": True}])
def test_agrees_with_reference_on_hand_written_cases(tmp_path, name, options):
    gold = write_jsonl(tmp_path / "gold.jsonl", HAND_GOLD)
    system = write_jsonl(tmp_path / "system.jsonl", [{"doc_id": "hand", "quotes": HAND_SYSTEMS[name]}])
    for kind in ("all", "direct", "indirect", "mixed"):
        assert_agree(gold, system, kind, **options)


@needs_shared
def test_extract_command_output_scores_like_the_built_in_run(tmp_path):
    """What `provenance extract --format jsonl` writes is what `provenance eval` scores."""
    from click.testing import CliRunner

    from provenance.cli import cli

    gold = SHARED_EVAL / "dev.jsonl"
    extracted = CliRunner().invoke(cli, ["extract", "--jsonl-input", str(gold), "--format", "jsonl"])
    system = tmp_path / "system.jsonl"
    system.write_text(extracted.stdout, encoding="utf-8")
    assert len(system.read_text(encoding="utf-8").splitlines()) == len(load_gold("dev.jsonl"))
    built_in = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--json"]).stdout)
    from_file = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--system", str(system), "--json"]).stdout)
    assert from_file["overall"] == built_in["overall"]
    assert from_file["by_kind"] == built_in["by_kind"]
    assert_agree(gold, system)
