#!/usr/bin/env python3
"""How well ``split_articles`` keeps annotated claims and how fast it runs.

    python benchmarks/article_spans.py ../shared/eval/seed.jsonl ../shared/eval/dev.jsonl
    python benchmarks/article_spans.py --json GOLD.jsonl ...

For every gold JSON Lines file (``{"doc_id", "text", "quotes": [{"quote",
"speaker", "cue"}]}``), counts the gold spans (claims, sources, cues) that fall
outside every article body or inside debris: each one is recall the extractor
can never get back. Then times splitting the same texts, repeated to about
2 MB, on one core. Prints the figures, the corpus and the machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from provenance.articles import split_articles  # noqa: E402

SPAN_KEYS = ("quote", "speaker", "cue")


def lost_spans(text: str, quotes: list[dict]) -> tuple[int, list[str]]:
    """Number of gold spans checked, and the text of those splitting would lose."""
    articles = split_articles(text)
    checked = 0
    lost = []
    for quote in quotes:
        for key in SPAN_KEYS:
            if not quote.get(key):
                continue
            start, end = quote[key]
            checked += 1
            kept = any(
                article.start <= start
                and end <= article.end
                and not any(s < end and start < e for s, e in article.debris)
                for article in articles
            )
            if not kept:
                lost.append(f"{key}: {text[start:end][:60]!r}")
    return checked, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSON Lines files")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--target-mb", type=float, default=2.0, help="text size timed")
    args = parser.parse_args(argv)

    texts = []
    documents = articles = checked = 0
    lost: list[str] = []
    for path in args.gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            document = json.loads(line)
            texts.append(document["text"])
            documents += 1
            articles += len(split_articles(document["text"]))
            doc_checked, doc_lost = lost_spans(document["text"], document.get("quotes", []))
            checked += doc_checked
            lost.extend(f"{document['doc_id']}: {item}" for item in doc_lost)

    corpus = "\n\n\n".join(texts)
    repeat = max(1, round(args.target_mb * 1e6 / max(1, len(corpus))))
    big = "\n\n\n".join([corpus] * repeat)
    started = time.perf_counter()
    split_articles(big)
    seconds = time.perf_counter() - started

    result = {
        "corpus": ", ".join(str(path) for path in args.gold)
        + f" ({documents} documents; speed over them repeated to {len(big) / 1e6:.2f} MB)",
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, one core",
        "documents": documents,
        "articles_found": articles,
        "gold_spans_checked": checked,
        "gold_spans_lost": len(lost),
        "split_mb_per_second": round(len(big) / 1e6 / seconds, 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
        for item in lost:
            print(f"  lost {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
