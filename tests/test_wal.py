"""Checkpointing the write-ahead log in a thread beside ingest's writes."""

import os
import sqlite3
import threading

from sqlite_utils import Database

from provenance import db as pdb
from provenance.wal import Checkpointer

ROW = "x" * 3000  # most of a 4 KB page: each row inserted dirties a page of its own


def wal_database(path):
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("create table t (id integer primary key, body text)")
    return connection


def commit_rows(connection, rows):
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("insert into t (body) values (?)", [(ROW,)] * rows)
    connection.execute("COMMIT")


def unbackfilled_frames(path):
    """Frames of the log not yet copied into the database file."""
    connection = sqlite3.connect(path)
    try:
        # A checkpoint that copies nothing new reports what is in the log and
        # how much of it earlier checkpoints copied.
        busy, log, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return log - copied
    finally:
        connection.close()


def test_a_commit_is_copied_into_the_database_file_by_the_thread(tmp_path):
    path = str(tmp_path / "t.db")
    writer = wal_database(path)
    with Checkpointer(path) as checkpointer:
        commit_rows(writer, 50)
        checkpointer.committed()
        checkpointer.wait()
        assert checkpointer.checkpoints == 1
        assert checkpointer.log_frames >= 50
    # the database file alone (the log deleted unread) holds the rows
    writer.close()
    assert sqlite3.connect(path).execute("select count(*) from t").fetchone()[0] == 50


def test_the_log_starts_over_once_it_is_long(tmp_path):
    path = str(tmp_path / "t.db")
    writer = wal_database(path)
    sizes = []
    with Checkpointer(path, restart_frames=120) as checkpointer:
        for _ in range(12):
            checkpointer.before_transaction()
            commit_rows(writer, 40)
            checkpointer.committed()
            sizes.append(os.path.getsize(path + "-wal"))
    # 12 commits of 40 pages: about 480 pages (2 MB) were logged, but the log
    # file never held many more than the 120 it may grow to, plus the commits
    # made while the thread had not yet reported the length (on a busy machine
    # up to four: 1.2 MB was seen where two were once assumed)
    assert max(sizes) < 4200 * 360
    assert unbackfilled_frames(path) == 0
    assert writer.execute("select count(*) from t").fetchone()[0] == 480


def test_before_a_transaction_the_writer_waits_only_once_the_log_is_long(tmp_path):
    path = str(tmp_path / "t.db")
    writer = wal_database(path)
    checkpointer = Checkpointer(path, restart_frames=100)  # its thread not started yet
    commit_rows(writer, 30)
    checkpointer.committed()

    def before_transaction_in_a_thread():
        thread = threading.Thread(target=checkpointer.before_transaction, daemon=True)
        thread.start()
        return thread

    checkpointer.log_frames = 99
    short = before_transaction_in_a_thread()
    short.join(5)
    assert not short.is_alive()  # a short log: no waiting for the checkpoint

    checkpointer.log_frames = 100
    long = before_transaction_in_a_thread()
    long.join(0.3)
    assert long.is_alive()  # waits for the checkpoint requested above
    checkpointer.start()
    long.join(10)
    assert not long.is_alive()
    assert unbackfilled_frames(path) == 0
    assert checkpointer.log_frames == 0  # the next transaction starts the log over
    checkpointer.close()


def test_ingest_checkpoints_beside_its_writes_and_restores_the_setting(tmp_path):
    path = tmp_path / "claims.db"
    db = pdb.open_db(path)
    records = [{"text": f"Officials said the plan number {n} would go ahead. Jane Roe said it was fine."} for n in range(30)]
    summary = pdb.ingest(db, records, batch_size=5)
    assert summary.new == 30 and summary.failures == 0
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every batch was copied into the database file by the thread as it went
    assert unbackfilled_frames(str(path)) == 0
    assert Database(str(path))["articles"].count == 30


def test_beside_a_writer_its_automatic_checkpoints_are_off_until_close(tmp_path):
    path = str(tmp_path / "t.db")
    writer = wal_database(path)
    writer.execute("PRAGMA wal_autocheckpoint = 500")
    checkpointer = Checkpointer.beside(writer)
    assert writer.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    commit_rows(writer, 5)
    checkpointer.committed()
    checkpointer.close()
    assert checkpointer.checkpoints == 1
    assert writer.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 500


def test_no_checkpointer_beside_a_database_without_a_write_ahead_log(tmp_path):
    assert Checkpointer.beside(sqlite3.connect(":memory:")) is None
    rollback_journal = sqlite3.connect(str(tmp_path / "plain.db"))
    rollback_journal.execute("create table t (id integer primary key)")
    assert Checkpointer.beside(rollback_journal) is None
