#!/usr/bin/env python3
"""Extraction speed on one core: MB/s and articles/s of ``provenance.extract``.

    python benchmarks/extract_speed.py                      # ~20 MB corpus
    python benchmarks/extract_speed.py --target-mb 2 --json
    python benchmarks/extract_speed.py ../shared/eval/dev.jsonl ../shared/eval/seed.jsonl
    python benchmarks/extract_speed.py --unseen eval/*.jsonl   # each text once, never seen before

Corpus: the texts of the given JSON Lines files (``{"doc_id", "text", ...}``;
by default ``dev.jsonl`` and ``seed.jsonl`` of ``shared/eval`` beside the
repository or one of its parents, else the sample files in ``seeds/``),
each document extracted as it would be on ingest (``extract_document``:
article splitting, claim finding, source characterization), repeated until
about ``--target-mb`` of text has been processed. One process, one thread.

Two figures are printed: the whole ``extract_document`` call, and the claim
finding alone (quotes, sentences, attribution rules; no article splitting and
no source characterization), because they are owned and tuned separately.
Times are wall-clock (``perf_counter``) with CPU time beside them: on a busy
machine the CPU figure is the one to compare. Both are steady-state: one
untimed pass over the documents comes first, so the start-up costs of a
process (modules imported and lexicons loaded on first use, empty caches)
are not counted as throughput.

Repeating a corpus lets the caches of names and source descriptions answer
for text seen before, which news read for the first time does not allow.
``--unseen`` measures that case: the untimed pass runs over the sample files
in ``seeds/`` instead, and the given documents are each extracted once.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.machine import cpu_model  # noqa: E402
from provenance.extract import EXTRACTOR_VERSION, extract_document  # noqa: E402
from provenance.extract.quotes import find_quotes, masked_text  # noqa: E402
from provenance.extract.rules import Extractor  # noqa: E402
from provenance.extract.segment import sentences  # noqa: E402


def default_corpus_files() -> list[Path]:
    """shared/eval gold files beside the repository, else the repository's seeds."""
    for directory in [REPO, *REPO.parents]:
        candidate = directory / "shared" / "eval"
        files = [candidate / name for name in ("dev.jsonl", "seed.jsonl") if (candidate / name).exists()]
        if files:
            return files
    return sorted((REPO / "seeds").glob("*.txt"))


def load_texts(paths: list[Path]) -> list[str]:
    """Document texts of JSON Lines files (``text`` field) or plain text files."""
    texts = []
    for path in paths:
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
        else:
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def find_claims(text: str) -> list:
    """The claim-finding core without article splitting or characterization."""
    quotes = find_quotes(text)
    masked = masked_text(text, quotes)
    return Extractor(text, masked, quotes, sentences(text, masked, 0, len(text))).run()


def count_document_claims(text: str) -> int:
    return sum(len(claims) for _, claims in extract_document(text))


def count_found_claims(text: str) -> int:
    return len(find_claims(text))


def timed(count_claims, corpus: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and claims found running ``count_claims`` over ``corpus``."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = sum(count_claims(text) for text in corpus)
    return time.perf_counter() - wall, time.process_time() - cpu, found


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines or text files (default: shared/eval gold)")
    parser.add_argument("--target-mb", type=float, default=20.0, help="MB of text to process (default 20)")
    parser.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    parser.add_argument(
        "--unseen", action="store_true",
        help="extract each document once, after a warm-up on other text (seeds/), so no cache has seen it",
    )
    args = parser.parse_args(argv)

    files = args.files or default_corpus_files()
    texts = load_texts(files)
    if not texts:
        parser.error("no documents to measure")
    base_bytes = sum(len(t.encode("utf-8")) for t in texts)
    repeats = 1 if args.unseen else max(1, round(args.target_mb * 1e6 / base_bytes))
    corpus = texts * repeats
    megabytes = base_bytes * repeats / 1e6

    # one untimed pass first: imports made on first use, lexicons loaded on
    # first need and empty caches are start-up costs, not throughput
    warm_up = load_texts(sorted((REPO / "seeds").glob("*.txt"))) if args.unseen else texts
    timed(count_document_claims, warm_up)
    timed(count_found_claims, warm_up)
    full_wall, full_cpu, full_claims = timed(count_document_claims, corpus)
    # (the claim finding caches nothing of the text, so with --unseen its pass
    # after the whole extractor's is still a first reading)
    core_wall, core_cpu, core_claims = timed(count_found_claims, corpus)
    shape = "each once, after a warm-up on seeds/" if args.unseen else f"repeated {repeats}x"
    figures = {
        "corpus": f"{len(texts)} documents of {', '.join(f.name for f in files)} {shape}: "
        f"{len(corpus)} documents, {megabytes:.1f} MB of UTF-8 text",
        "machine": f"{platform.platform()}; {cpu_model()}; Python {platform.python_version()}; one process, one thread",
        "notes": f"extractor {EXTRACTOR_VERSION}; MB/s and articles/s from wall time, CPU time beside",
        "extract_document_mb_per_s": round(megabytes / full_wall, 3),
        "extract_document_articles_per_s": round(len(corpus) / full_wall, 1),
        "extract_document_cpu_mb_per_s": round(megabytes / full_cpu, 3),
        "claim_finding_mb_per_s": round(megabytes / core_wall, 3),
        "claim_finding_articles_per_s": round(len(corpus) / core_wall, 1),
        "claim_finding_cpu_mb_per_s": round(megabytes / core_cpu, 3),
        "claims_per_document": round(full_claims / len(corpus), 2),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return figures


if __name__ == "__main__":
    main()
