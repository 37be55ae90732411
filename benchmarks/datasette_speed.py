"""Datasette speed: every canned query and facet page over HTTP, on 1,000,000 claims.

Builds (or reuses with ``--db``) a provenance database, starts
``python -m provenance serve`` on a free loopback port, and times each page
with real HTTP requests: one warm-up request, then the median of
``--repeat`` timed ones. Prints a table with the corpus and the machine, or
one JSON object with ``--json``. Target: every page under 500 ms. With
``--publish`` the server precomputes its canned queries and main pages at
start and caches pages (the database cannot change), so the "first" column
shows what an uncached page costs and the median what visitors get after it.

Two ways to build the database:

- ``--build synthetic`` (default): deterministic rows written straight into
  the project schema (``provenance.db.ensure_db_shape``) with sqlite-utils
  ``insert_all``, shaped like an ingested ``make_corpus.py`` corpus (about 15
  claims an article; the mix of kinds, source types, cues, "told" outlets,
  anonymity and repeated wire claims measured on such a corpus). Fast enough
  to make a million claims in minutes.
- ``--build ingest``: ``benchmarks/make_corpus.py`` then ``provenance ingest``,
  the real pipeline, much slower (about 66,000 articles for a million claims).

    python benchmarks/datasette_speed.py                      # 1M synthetic claims
    python benchmarks/datasette_speed.py --claims 100000 --json
    python benchmarks/datasette_speed.py --db big.db --publish
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.datasette_config import CANNED_QUERIES, TABLES  # noqa: E402
from provenance.db import FACET_COUNT_COLUMNS, ensure_db_shape, open_db, recount_facets  # noqa: E402

TARGET_MS = 500
CLAIMS_PER_ARTICLE = 15

# Shares measured on an ingested make_corpus.py corpus (2,000 articles).
KINDS = [("indirect", 58), ("direct", 27), ("mixed", 15)]
SOURCE_TYPES = [
    ("named_person", 65),
    ("organization", 15),
    ("anonymous_person", 7),
    ("anonymous_group", 6),
    ("pronoun", 7),
]
CUES = [
    ("said", 55), ("according to", 15), ("told", 12), ("added", 6), ("called", 6),
    ("claimed", 2), ("insisted", 1), ("admitted", 1), ("warned", 1), ("denied", 1),
]
ANONYMOUS_TYPES = {"anonymous_person", "anonymous_group"}
REASONS = [
    "because they were not authorized to speak publicly",
    "because the talks were private",
    "for fear of reprisal",
    "because the matter is under investigation",
]
ANONYMOUS_NAMES = ["a senior official", "people familiar with the matter", "a person close to the talks", "two officials"]
WORDS = (
    "budget bridge council harbor ferry tariff vote plan deal schedule rates contract report "
    "inquiry talks water power school clinic rail road port tax wage fund"
).split()
VERBS = "rise fall stall pass close open expand shrink resume collapse improve slip".split()
PUBLISHERS = 30
INTERMEDIARIES = 15
NAMED_PEOPLE = 30_000
ORGANIZATIONS = 3_000
WIRE_CLAIMS = 50_000
WIRE_SHARE = 0.4


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([value for value, _ in weighted], [weight for _, weight in weighted])[0]


def _sentence(rng: random.Random) -> str:
    return f"the {rng.choice(WORDS)} {rng.choice(WORDS)} would {rng.choice(VERBS)} by {rng.randint(2, 40)} percent"


def synthetic_rows(claim_count: int, seed: int = 1):
    """Yield (table, rows) batches of a deterministic provenance database."""
    rng = random.Random(seed)
    outlets = [{"id": i + 1, "name": f"Outlet {i + 1:02d}"} for i in range(PUBLISHERS + INTERMEDIARIES)]
    yield "outlets", outlets
    shared = [
        {"id": i + 1, "key": f"person {i + 1}", "name": f"Person {i + 1}", "source_type": "named_person", "anonymous": 0, "description": None, "article_id": None}
        for i in range(NAMED_PEOPLE)
    ] + [
        {"id": NAMED_PEOPLE + i + 1, "key": f"organization {i + 1}", "name": f"Organization {i + 1}", "source_type": "organization", "anonymous": 0, "description": None, "article_id": None}
        for i in range(ORGANIZATIONS)
    ]
    yield "sources", shared
    wire = [_sentence(rng) for _ in range(WIRE_CLAIMS)]
    next_source = len(shared) + 1
    next_attribution = 1
    article_count = max(1, claim_count // CLAIMS_PER_ARTICLE)
    made = 0
    for number in range(article_count):
        per_article = CLAIMS_PER_ARTICLE if number < article_count - 1 else claim_count - made
        article_id = hashlib.sha1(f"article {seed} {number}".encode()).hexdigest()
        published = f"20{20 + number * 5 // article_count:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        publisher = 1 + number % PUBLISHERS if rng.random() < 0.5 else rng.randint(1, PUBLISHERS)
        pieces, claims, attributions, sources = [], [], [], []
        offset = 0
        for index in range(per_article):
            kind = _pick(rng, KINDS)
            source_type = _pick(rng, SOURCE_TYPES)
            cue = _pick(rng, CUES)
            anonymous = int(source_type in ANONYMOUS_TYPES)
            via = rng.randint(PUBLISHERS + 1, PUBLISHERS + INTERMEDIARIES) if cue == "told" else None
            if source_type in ("named_person", "pronoun"):
                source_id = rng.randint(1, NAMED_PEOPLE)
                source_text = f"Person {source_id}" if source_type == "named_person" else "she"
            elif source_type == "organization":
                source_id = NAMED_PEOPLE + rng.randint(1, ORGANIZATIONS)
                source_text = f"Organization {source_id - NAMED_PEOPLE}"
            else:
                source_text = rng.choice(ANONYMOUS_NAMES)
                source_id = next_source
                next_source += 1
                sources.append({"id": source_id, "key": f"{article_id}:{index}", "name": source_text, "source_type": source_type, "anonymous": 1, "description": None, "article_id": article_id})
            if rng.random() < WIRE_SHARE:
                wire_index = rng.randrange(WIRE_CLAIMS)
                text = wire[wire_index]
                fingerprint = f"wire-{wire_index}"
            else:
                text = _sentence(rng)
                fingerprint = hashlib.sha1(f"{article_id} {index}".encode()).hexdigest()
            if kind == "direct":
                text = f'"{text}"'
            sentence_start = offset
            prefix = f"{source_text} {cue} "
            claim_start = sentence_start + len(prefix)
            claim_end = claim_start + len(text)
            pieces.append(f"{prefix}{text}. ")
            offset += len(pieces[-1])
            claim_id = f"{article_id}-{claim_start}-{claim_end}"
            claims.append({
                "id": claim_id, "article_id": article_id, "text": text, "kind": kind,
                "start": claim_start, "end": claim_end, "fingerprint": fingerprint,
                "source_id": source_id,
                "source_type": source_type, "anonymous": anonymous, "cue": cue,
                "via_outlet_id": via, "publisher_id": publisher,
            })
            attributions.append({
                "id": next_attribution, "claim_id": claim_id, "article_id": article_id,
                "source_id": source_id, "source_text": source_text,
                "source_start": sentence_start, "source_end": sentence_start + len(source_text),
                "source_type": source_type, "anonymous": anonymous, "cue": cue,
                "cue_start": sentence_start + len(source_text) + 1,
                "cue_end": sentence_start + len(source_text) + 1 + len(cue),
                "via_outlet_id": via,
                "anonymity_reason": rng.choice(REASONS) if anonymous and rng.random() < 0.2 else None,
                "source_count": None, "confidence": 0.8, "rule": "synthetic",
            })
            next_attribution += 1
        made += per_article
        text = "".join(pieces)
        yield "articles", [{
            "id": article_id, "headline": f"Article {number}: {claims[0]['text'][:40]}",
            "publisher_id": publisher, "url": f"https://example.org/{number}", "dateline": None,
            "published": published, "published_text": published, "text": text,
            "text_hash": article_id, "source_file": f"synthetic-{number // 10_000}.jsonl",
            "raw_hash": None, "language": "en", "ingested_at": "2026-01-01T00:00:00",
            "extractor_version": "synthetic",
        }]
        yield "sources", sources
        yield "claims", claims
        yield "attributions", attributions


def build_synthetic(path: Path, claim_count: int) -> None:
    """Write ``claim_count`` synthetic claims into a new database at ``path``."""
    db = open_db(path)
    ensure_db_shape(db)
    order = ("outlets", "articles", "sources", "claims", "attributions")
    buffers: dict[str, list[dict]] = {table: [] for table in order}

    def flush() -> None:
        # Parents before children: foreign keys are enforced.
        for table in order:
            if buffers[table]:
                db[table].insert_all(buffers[table], batch_size=2_000)
                buffers[table].clear()

    with db.conn:
        # Counting facets and fingerprints row by row in triggers would slow
        # the build by minutes; count them once at the end (ensure_db_shape
        # restores the triggers).
        for table in FACET_COUNT_COLUMNS:
            db.execute(f"drop trigger [{table}_facet_counts_ai]")
        db.execute("drop trigger [claims_fingerprint_articles_ai]")
        for table, rows in synthetic_rows(claim_count):
            buffers[table].extend(rows)
            if len(buffers["claims"]) >= 50_000:
                flush()
        flush()
        recount_facets(db)
    ensure_db_shape(db)
    db.execute("analyze")
    db.conn.close()


def build_with_ingest(path: Path, claim_count: int) -> None:
    """make_corpus.py + provenance ingest: the real pipeline."""
    from benchmarks.make_corpus import corpus

    articles = max(1, claim_count // CLAIMS_PER_ARTICLE)
    with tempfile.TemporaryDirectory() as directory:
        corpus_path = Path(directory) / "corpus.jsonl"
        with corpus_path.open("w") as out:
            for record in corpus(articles):
                out.write(json.dumps(record) + "\n")
        subprocess.run([sys.executable, "-m", "provenance", "ingest", str(path), str(corpus_path), "--silent"], cwd=ROOT, check=True)


def pages(db_path: Path) -> list[tuple[str, str]]:
    """(label, path) of every page timed: canned queries, facet pages, plugin pages."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    claim_id = conn.execute("select id from claims where rowid = (select max(rowid) / 2 from claims)").fetchone()[0]
    source_id = conn.execute("select source_id from claims where source_type = 'named_person' limit 1").fetchone()[0]
    search_word = conn.execute("select text from claims limit 1").fetchone()[0].strip('"').split()[1]
    conn.close()
    database = quote(db_path.stem)  # serve names the database after the file
    result = []
    for name in CANNED_QUERIES:
        query = f"?source={source_id}" if name == "source_claims" else ""
        result.append((f"query {name}", f"/{database}/{name}{query}"))
    result.append(("table claims (6 facets)", f"/{database}/claims"))
    for facet in TABLES["claims"]["facets"]:
        result.append((f"facet claims {facet}", f"/{database}/claims?_facet={facet}"))
    result += [
        ("facet selected kind=direct", f"/{database}/claims?kind=direct"),
        ("facet selected anonymous=1", f"/{database}/claims?anonymous=1"),
        ("facet selected publisher_id=3", f"/{database}/claims?publisher_id=3"),
        ("search claims", f"/{database}/claims?_search={quote(search_word)}"),
        ("table attributions (facets)", f"/{database}/attributions"),
        ("table sources (facets)", f"/{database}/sources"),
        ("table articles (facets)", f"/{database}/articles"),
        ("claim in context", f"/-/provenance/{database}/claims/{quote(claim_id, safe='')}"),
        ("charts", f"/-/provenance/{database}/charts"),
        ("about", f"/-/provenance/{database}"),
    ]
    return result


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return (time.perf_counter() - started) * 1000, status


def time_pages(db_path: Path, repeat: int, publish: bool) -> list[dict]:
    """Start a server on db_path and time every page."""
    port = _free_port()
    command = [sys.executable, "-m", "provenance", "serve", str(db_path), "--port", str(port)]
    if publish:
        command.append("--publish")
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while True:
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("Error: the Datasette server did not start")
                time.sleep(0.5)
        results = []
        for label, path in pages(db_path):
            first_ms, _ = _get(base + path)
            timings, statuses = [], set()
            for _ in range(repeat):
                milliseconds, status = _get(base + path)
                timings.append(milliseconds)
                statuses.add(status)
            median = statistics.median(timings)
            results.append({
                "page": label,
                "path": path,
                "first_ms": round(first_ms, 1),
                "median_ms": round(median, 1),
                "max_ms": round(max(timings), 1),
                "status": sorted(statuses),
                "under_target": median < TARGET_MS and statuses == {200},
            })
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def machine() -> dict:
    """What the figures were measured on (load average included: the machine is shared)."""
    model = platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "sqlite": __import__("sqlite3").sqlite_version,
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


def corpus_figures(db_path: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    figures = {table: conn.execute(f"select count(*) from [{table}]").fetchone()[0] for table in ("articles", "claims", "attributions", "sources", "outlets")}
    conn.close()
    figures["size_mb"] = round(db_path.stat().st_size / 1e6, 1)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims to generate (default 1,000,000)")
    parser.add_argument("--build", choices=["synthetic", "ingest"], default="synthetic")
    parser.add_argument("--db", type=Path, help="reuse (or create, if missing) this database")
    parser.add_argument("--repeat", type=int, default=3, help="timed requests per page (median reported)")
    parser.add_argument("--publish", action="store_true", help="time `serve --publish` (immutable snapshot) instead of live mode")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    workdir = None
    db_path = args.db
    if db_path is None:
        workdir = tempfile.TemporaryDirectory()
        db_path = Path(workdir.name) / "claims.db"
    build = {"method": "reused existing database", "seconds": 0.0}
    if not db_path.exists():
        started = time.perf_counter()
        if args.build == "synthetic":
            build_synthetic(db_path, args.claims)
            method = "synthetic rows via sqlite-utils insert_all into the provenance.db schema"
        else:
            build_with_ingest(db_path, args.claims)
            method = "benchmarks/make_corpus.py + provenance ingest"
        build = {"method": method, "seconds": round(time.perf_counter() - started, 1)}
    results = time_pages(db_path, args.repeat, args.publish)
    report = {
        "benchmark": "datasette_speed",
        "corpus": {**corpus_figures(db_path), "build": build, "database": str(db_path)},
        "mode": "publish (immutable snapshot)" if args.publish else "live",
        "target_ms": TARGET_MS,
        "machine": machine(),
        "pages": results,
        "all_under_target": all(result["under_target"] for result in results),
    }
    if args.json:
        print(json.dumps(report))
    else:
        corpus = report["corpus"]
        print(f"Corpus: {corpus['claims']:,} claims, {corpus['articles']:,} articles, {corpus['attributions']:,} attributions, "
              f"{corpus['sources']:,} sources, {corpus['size_mb']} MB ({build['method']}, built in {build['seconds']} s)")
        m = report["machine"]
        print(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}, SQLite {m['sqlite']}, load average {m['load_average']}")
        print(f"Server: provenance serve ({report['mode']}); 'first' is the first request of a page, "
              f"'median' of the {args.repeat} after it; target < {TARGET_MS} ms (median)\n")
        width = max(len(result["page"]) for result in results)
        print(f"{'page':<{width}}  {'first ms':>8}  {'median ms':>9}  {'max ms':>8}  status  ok")
        for result in results:
            ok = "yes" if result["under_target"] else "NO"
            print(f"{result['page']:<{width}}  {result['first_ms']:>8.1f}  {result['median_ms']:>9.1f}  {result['max_ms']:>8.1f}  {','.join(map(str, result['status'])):>6}  {ok}")
        print(f"\nAll under {TARGET_MS} ms: {'yes' if report['all_under_target'] else 'no'}")
    if workdir is not None:
        workdir.cleanup()


if __name__ == "__main__":
    main()
