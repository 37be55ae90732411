"""Run Datasette over a provenance database, live or as a published snapshot.

Live mode serves the database file itself: Datasette opens it read-only and
the file is switched to WAL journaling, so ``provenance ingest`` can keep
writing while people browse. Publish mode never serves the live file
immutably (SQLite may then return wrong results while it changes); it takes a
consistent snapshot with SQLite's backup API, counts every table once, and
serves that copy immutable with the cached counts.
"""

from __future__ import annotations

import atexit
import shutil
import signal
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils
from datasette.app import Datasette
from datasette.inspect import inspect_hash

from . import datasette_config
from .db import SCHEMA_VERSION, ensure_db_shape, open_db, schema_version, switch_to_wal


def register_plugin() -> None:
    """Make sure the provenance plugin is active in this process.

    An installed package registers it through the ``datasette`` entry point;
    running from a source checkout without installed metadata does not, so
    register it directly when it is missing.
    """
    from datasette.plugins import pm

    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="provenance")


def database_name(db_path: Path | str) -> str:
    """Datasette's name for a database file: the file name without its suffix."""
    return Path(db_path).stem


def snapshot(db_path: Path | str, directory: Path | str) -> Path:
    """Copy ``db_path`` consistently into ``directory`` (same file name) and return the copy.

    The backup API copies a single committed state even while another process
    writes; the copy is switched to a rollback journal so it opens cleanly as
    an immutable file.
    """
    db_path = Path(db_path)
    Path(directory).mkdir(parents=True, exist_ok=True)
    target = Path(directory) / db_path.name
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("pragma journal_mode = delete")
    finally:
        copy.close()
        source.close()
    return target


def inspect_data(path: Path) -> dict:
    """Datasette's ``inspect`` data (hash, size, row counts) for an immutable file."""
    counts = {}
    db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    try:
        for table in db.table_names():
            counts[table] = {"count": db.execute(f"select count(*) from [{table}]").fetchone()[0]}
    finally:
        db.conn.close()
    return {
        database_name(path): {
            "hash": inspect_hash(path),
            "size": path.stat().st_size,
            "file": str(path),
            "tables": counts,
        }
    }


def upgrade(db_path: Path) -> None:
    """Bring a provenance database made by an older release to the current
    schema before serving it, as ``ingest`` would: the facets and canned
    queries read tables (``facet_counts``) that later migrations add."""
    db = sqlite_utils.Database(db_path)
    try:
        behind = db["claims"].exists() and schema_version(db) < SCHEMA_VERSION
    finally:
        db.conn.close()
    if behind:
        db = open_db(db_path)
        try:
            ensure_db_shape(db)
        finally:
            db.conn.close()


def make_datasette(db_path: Path | str, publish: bool = False, publish_dir: Path | str | None = None) -> Datasette:
    """Return a configured Datasette instance for ``db_path``.

    With ``publish`` the database is snapshotted into ``publish_dir`` (a new
    temporary directory, removed at exit, when not given) and served
    immutable with precomputed counts.
    """
    register_plugin()
    db_path = Path(db_path)
    upgrade(db_path)
    name = database_name(db_path)
    options = {
        "metadata": datasette_config.metadata(name),
        "settings": datasette_config.settings(),
    }
    if publish:
        if publish_dir is None:
            publish_dir = tempfile.mkdtemp(prefix="provenance-publish-")
            atexit.register(shutil.rmtree, publish_dir, ignore_errors=True)
        copy = snapshot(db_path, publish_dir)
        return Datasette(immutables=[str(copy)], inspect_data=inspect_data(copy), **options)
    db = sqlite_utils.Database(db_path)
    try:
        switch_to_wal(db)
    finally:
        db.conn.close()
    return Datasette([str(db_path)], **options)


def warm_up_paths(database: str) -> list[str]:
    """The pages a published instance computes before it accepts visitors."""
    paths = ["/", f"/{database}", f"/{database}/claims", f"/-/provenance/{database}", f"/-/provenance/{database}/charts"]
    paths += [f"/{database}/{name}" for name, query in datasette_config.CANNED_QUERIES.items() if ":" not in query["sql"]]
    return paths


async def warm_up(datasette: Datasette, database: str) -> None:
    """Request the heaviest pages once so the plugin's page cache holds them."""
    for path in warm_up_paths(database):
        await datasette.client.get(path)


def _exit_on_signal(signum, frame) -> None:
    raise SystemExit(128 + signum)


def serve(db_path: Path | str, host: str = "127.0.0.1", port: int = 8001, publish: bool = False) -> None:
    """Serve ``db_path`` with Datasette until interrupted.

    A published instance first computes its canned queries, facet pages and
    charts once (they cannot change), so no visitor waits for them.
    """
    import asyncio

    import uvicorn

    datasette = make_datasette(db_path, publish=publish)
    if publish:
        asyncio.run(warm_up(datasette, database_name(db_path)))
        # uvicorn re-raises SIGTERM once it has shut down; as SystemExit it
        # lets the atexit handler remove the snapshot instead of killing us.
        signal.signal(signal.SIGTERM, _exit_on_signal)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="info")
