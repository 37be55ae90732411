"""Ingest under real use, with real processes: two writers at once, and a
writer killed in the middle of a batch."""

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_articles(directory: Path, numbers) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        (directory / f"{number:05d}.txt").write_text(
            f'"Depot {number} will close in the autumn," said Jane Roe, a spokeswoman.\n\n'
            f"Officials said route {number} would be shortened.\n"
        )


def ingest_process(db_path: Path, *paths: Path, batch_size: int = 50) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "provenance", "ingest", str(db_path), *map(str, paths), "--json", "--batch-size", str(batch_size)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def check_clean(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    return conn


def test_two_concurrent_ingests_both_succeed_and_lose_nothing(tmp_path):
    write_articles(tmp_path / "a", range(0, 600))
    write_articles(tmp_path / "b", range(400, 1000))
    db_path = tmp_path / "claims.db"
    first = ingest_process(db_path, tmp_path / "a", batch_size=20)
    second = ingest_process(db_path, tmp_path / "b", batch_size=20)
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    for process, (stdout, stderr) in zip((first, second), outputs):
        assert process.returncode == 0, stderr
        assert json.loads(stdout)["failures"] == 0
    reports = [json.loads(stdout) for stdout, _ in outputs]
    assert sum(report["new"] for report in reports) == 1000
    assert sum(report["unchanged"] for report in reports) == 200
    conn = check_clean(db_path)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 1000
    assert conn.execute("select count(*) from articles_fts").fetchone()[0] == 1000
    assert conn.execute("select count(*) from claims").fetchone()[0] == sum(report["claims"] for report in reports)


def test_killed_mid_batch_leaves_a_clean_database_and_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    write_articles(corpus, range(4000))
    db_path = tmp_path / "claims.db"
    process = ingest_process(db_path, corpus, batch_size=5)
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(db_path, timeout=1) as conn:
                committed = conn.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.OperationalError:
            committed = 0
        if committed >= 20:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = check_clean(db_path)
    partial = conn.execute("select count(*) from articles").fetchone()[0]
    assert 20 <= partial < 4000
    assert partial % 5 == 0
    conn.close()
    rerun = ingest_process(db_path, corpus, batch_size=200)
    stdout, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, stderr
    report = json.loads(stdout)
    assert report["unchanged"] == partial
    assert report["new"] == 4000 - partial
    conn = check_clean(db_path)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 4000
    assert conn.execute("select count(*) from articles_fts").fetchone()[0] == 4000
    duplicated = conn.execute(
        "select count(*) from (select article_id, start, end from claims group by 1, 2, 3 having count(*) > 1)"
    ).fetchone()[0]
    assert duplicated == 0
