"""Ingest speed: articles/s, MB/s, peak RSS, database size, and re-ingest cost.

Generates a synthetic corpus with ``make_corpus.py`` (or uses ``--corpus``),
runs ``python -m provenance ingest`` on it twice in a child process (a new
database, then the same corpus again), and reports the figures with the
corpus and the machine they were measured on. End to end: reading JSON
Lines, extraction, SQLite writes with FTS triggers and indexes, and the
final ensure_db_shape.

    python benchmarks/ingest_speed.py --articles 20000
    python benchmarks/ingest_speed.py --corpus corpus.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe, machine  # noqa: E402
from benchmarks.make_corpus import corpus as make_corpus  # noqa: E402
from provenance.extract import EXTRACTOR_VERSION  # noqa: E402


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants (extraction
    workers included), from /proc."""
    total_kb, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total_kb / 1024


def own_cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of ``pid`` alone, its children not included,
    from /proc; None once it has exited."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_ingest(db_path: Path, corpus_path: Path, extra: list[str]) -> dict:
    """Run one ingest in a child process: wall and CPU time, peak RSS of the
    main process and of its whole process tree, and the ingest summary.

    The CPU time of the main process alone (the one writing SQLite, which
    limits a large ingest) is read from /proc every 0.2 s while it runs, so
    it misses at most its last 0.2 s; the total includes the extraction
    workers."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "provenance", "ingest", str(db_path), str(corpus_path), "--json", "--silent", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    peak_tree = 0.0
    main_cpu = 0.0
    while True:
        waited, status, usage = os.wait4(process.pid, os.WNOHANG)
        if waited:
            break
        peak_tree = max(peak_tree, tree_rss_mb(process.pid))
        main_cpu = own_cpu_seconds(process.pid) or main_cpu
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "main_cpu_seconds": round(main_cpu, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "peak_tree_rss_mb": round(peak_tree, 1),
        "exit_status": process.returncode,
        "summary": json.loads(process.stdout.read()),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20000, help="synthetic articles to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", help="use this JSONL corpus instead of generating one")
    parser.add_argument("--db", help="database path (default: a temporary file, deleted after)")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--workers", type=int, help="extraction processes (default: the ingest default)")
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        if args.corpus:
            corpus_path = Path(args.corpus)
            corpus_name = str(corpus_path)
        else:
            corpus_path = Path(scratch) / "corpus.jsonl"
            with open(corpus_path, "w", encoding="utf-8") as out:
                for record in make_corpus(args.articles, args.seed):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            corpus_name = f"benchmarks/make_corpus.py {args.articles} --seed {args.seed}"
        db_path = Path(args.db) if args.db else Path(scratch) / "claims.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        corpus_mb = corpus_path.stat().st_size / 1e6
        extra = ["--batch-size", str(args.batch_size)]
        if args.workers:
            extra += ["--workers", str(args.workers)]
        load_before = os.getloadavg()[0]
        first = run_ingest(db_path, corpus_path, extra)
        again = run_ingest(db_path, corpus_path, extra)
        with sqlite3.connect(db_path) as conn:
            conn.execute("pragma wal_checkpoint(truncate)")
            articles = conn.execute("select count(*) from articles").fetchone()[0]
            claims = conn.execute("select count(*) from claims").fetchone()[0]
            sources = conn.execute("select count(*) from sources").fetchone()[0]
        db_bytes = db_path.stat().st_size

    command = "python benchmarks/ingest_speed.py " + " ".join(argv if argv is not None else sys.argv[1:])
    figures = {
        "command": command.strip(),
        "notes": (
            "end to end: JSON Lines in, extraction, SQLite with indexes and FTS; wall-clock rates depend on "
            "what else runs on the machine (see the load averages), CPU ms per article much less so"
        ),
        "corpus": corpus_name,
        "corpus_mb": round(corpus_mb, 1),
        "articles": articles,
        "claims": claims,
        "sources": sources,
        "extractor_version": EXTRACTOR_VERSION,
        "workers": args.workers,
        "first_pass": {
            "seconds": first["seconds"],
            "articles_per_second": round(articles / first["seconds"], 1),
            "mb_per_second": round(corpus_mb / first["seconds"], 2),
            "claims_per_second": round(claims / first["seconds"], 1),
            "cpu_seconds": first["cpu_seconds"],
            "cpu_ms_per_article": round(1000 * first["cpu_seconds"] / max(articles, 1), 2),
            "main_process_cpu_ms_per_article": round(1000 * first["main_cpu_seconds"] / max(articles, 1), 2),
            "peak_rss_mb": first["peak_rss_mb"],
            "peak_tree_rss_mb": first["peak_tree_rss_mb"],
        },
        "reingest": {
            "seconds": again["seconds"],
            "articles_per_second": round(articles / again["seconds"], 1),
            "cpu_seconds": again["cpu_seconds"],
            "peak_rss_mb": again["peak_rss_mb"],
            "unchanged": again["summary"]["unchanged"],
            "cost_vs_first_pass": round(again["seconds"] / first["seconds"], 3),
        },
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "db_mb": round(db_bytes / 1e6, 1),
        "db_kb_per_article": round(db_bytes / 1024 / max(articles, 1), 2),
        "machine": machine(),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    first_pass, reingest, host = figures["first_pass"], figures["reingest"], figures["machine"]
    print(f"corpus: {corpus_name} ({figures['corpus_mb']} MB, {articles} articles, {claims} claims, {sources} sources)")
    print(
        f"machine: {describe(host)}; load average {figures['load_average_before']} before, "
        f"{figures['load_average_after']} after"
    )
    print(
        f"first pass: {first_pass['seconds']} s, {first_pass['articles_per_second']} articles/s, "
        f"{first_pass['mb_per_second']} MB/s, {first_pass['claims_per_second']} claims/s; "
        f"{first_pass['cpu_ms_per_article']} ms CPU per article "
        f"({first_pass['main_process_cpu_ms_per_article']} in the writing process); peak RSS {first_pass['peak_rss_mb']} MB "
        f"(all processes {first_pass['peak_tree_rss_mb']} MB)"
    )
    print(
        f"re-ingest: {reingest['seconds']} s, {reingest['articles_per_second']} articles/s "
        f"({reingest['cost_vs_first_pass']:.1%} of the first pass), peak RSS {reingest['peak_rss_mb']} MB"
    )
    print(f"database: {figures['db_mb']} MB, {figures['db_kb_per_article']} KB per article")


if __name__ == "__main__":
    main()
