"""The extraction benchmark measures what it says: repeated text by default,
each document once with ``--unseen``."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.extract_speed import main

SEED = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0]


def test_unseen_extracts_each_document_once(capsys):
    figures = main([str(SEED), "--unseen", "--json"])
    assert json.loads(capsys.readouterr().out) == figures
    assert "each once, after a warm-up on seeds/" in figures["corpus"]
    assert figures["corpus"].startswith("1 documents") and ": 1 documents," in figures["corpus"]
    assert figures["extract_document_mb_per_s"] > 0 and figures["claim_finding_mb_per_s"] > 0


def test_default_repeats_the_corpus_to_the_target_size():
    figures = main([str(SEED), "--target-mb", "0.2"])
    assert "repeated" in figures["corpus"] and "each once" not in figures["corpus"]
    assert figures["claims_per_document"] > 0
