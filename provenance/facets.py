"""Datasette facets that stay fast on millions of claims.

Datasette's column facet runs one ``group by`` per facet column over the
rows of the page: six facets over a million claims read six indexes of a
million entries on every view, and once a facet value is selected SQLite
often groups through the facet column's index and looks up every row to
test the filter, which costs seconds. :class:`CountedFacet` (facet type
``counted``, configured for the claims and attributions tables in
``provenance.datasette_config``) answers the same question in two cheaper
ways, and shows the same counts:

- unfiltered, or filtered on one facet column by equality (what clicking a
  facet value gives), it reads the ``facet_counts`` table that ingest keeps
  exact in the same transaction as the rows (``provenance.db``);
- otherwise (full-text search, several filters, ``_where``...) it counts the
  page's rows by all its facet columns at once and adds the counts up per
  column, one pass over the rows instead of one per facet.

Asking for one of these columns as a Datasette column facet (``?_facet=kind``)
shows it once: :class:`ColumnFacetBesideCounted`, which the plugin puts in
place of Datasette's column facet, leaves the counted columns to
:class:`CountedFacet` instead of grouping every row a second time.

A full-text search matching more than :data:`SEARCH_FACET_LIMIT` rows is not
counted unless asked (``?_count_facets=1``, linked from the page): every
matching row has to be looked up, which for a common word costs more than the
rows and the total together. The facets are then listed empty with
``"counted": false`` and the page says so.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet, load_facet_configs
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, sqlite_timelimit

from .db import FACET_COUNT_COLUMNS

#: Matches of a full-text search above which its facets are counted only on request.
SEARCH_FACET_LIMIT = 25_000

#: The query-string argument asking for the facets of a search however many it matches.
COUNT_FACETS_ARG = "_count_facets"

#: The full-text search subquery of ``?_search=`` and ``?_search_column=``, as
#: Datasette's search filter writes it (raw or escaped search mode).
_SEARCH_CLAUSE = re.compile(
    r" in \((select rowid from (?:\[[^\]]+\]|\w+) where (?:\[[^\]]+\]|\w+) match"
    r" (?:escape_fts\(:search(?:_\d+)?\)|:search(?:_\d+)?))\)"
)

#: Datasette's SQL for one ``?column=value`` filter, as the table view writes it.
_ONE_EQUALITY = re.compile(r"where (?P<column>.+) = :p0 ")


def sqlite_order(value) -> tuple:
    """Sort key putting values in SQLite's order: numbers, then text, then blobs."""
    if isinstance(value, (int, float)):
        return (0, value)
    if isinstance(value, str):
        return (1, value)
    return (2, bytes(value))


def facet_column(config: dict) -> str:
    """The column of one facet config (``{"simple": c}`` or ``{"column": c}``)."""
    return config["config"].get("column") or config["config"]["simple"]


class CountedFacet(ColumnFacet):
    """Column facets answered from ``facet_counts`` or in one grouping pass."""

    type = "counted"

    async def suggest(self):
        # Datasette's own column facet suggests facets; suggesting here too
        # would list every suggestion twice.
        return []

    async def facet_results(self):
        # A column asked for again (``?_facet_counted=kind`` where the metadata
        # has it) is shown once.
        unique: dict[str, dict] = {}
        for config in self.get_configs():
            unique.setdefault(facet_column(config), config)
        configs = list(unique.values())
        if not configs:
            return [], []
        columns = [facet_column(config) for config in configs]
        try:
            counts = await self.stored_counts(columns)
            if counts is None:
                if await self.search_over_limit():
                    return [self.not_counted(column, config["source"]) for config, column in zip(configs, columns)], []
                counts = await self.counts_in_one_pass(columns)
        except QueryInterrupted:
            return [], columns
        facet_size = self.get_facet_size()
        results = []
        for config, column in zip(configs, columns):
            ranked = sorted(counts.get(column, {}).items(), key=lambda item: (-item[1], sqlite_order(item[0])))
            results.append(await self.facet_result(column, config["source"], ranked, facet_size))
        return results, []

    def single_filter(self) -> tuple[str, object] | None | bool:
        """The page's filter: None if it has none, (column, value) for one
        equality on a counted column, False for anything else."""
        tail = self.sql.partition(f" from {escape_sqlite(self.table)} ")[2]
        if not tail.strip():
            return None if not self.params else False
        match = _ONE_EQUALITY.fullmatch(tail)
        if match is None or set(self.params) != {"p0"}:
            return False
        written = match.group("column")
        column = next(
            (name for name in FACET_COUNT_COLUMNS[self.table] if written in (f'"{name}"', escape_sqlite(name))), None
        )
        if column is None:
            return False
        return column, self.params["p0"]

    async def stored_counts(self, columns: list[str]) -> dict[str, dict] | None:
        """Counts from ``facet_counts``, or None when they cannot answer this page."""
        if self.table not in FACET_COUNT_COLUMNS or not set(columns) <= set(FACET_COUNT_COLUMNS[self.table]):
            return None
        selection = self.single_filter()
        if selection is False:
            return None
        db = self.ds.get_database(self.database)
        if not await db.table_exists("facet_counts"):
            return None
        filter_column, filter_value = selection or ("", "")
        if selection is not None:
            filter_value = await self.stored_value(filter_column, filter_value)
            if filter_value is None:
                return None
        counts: dict[str, dict] = defaultdict(dict)
        for column in dict.fromkeys(columns):
            rows = await self.ds.execute(
                self.database,
                "select facet_value, count from facet_counts where table_name = :table and filter_column = :column"
                " and filter_value = :value and facet_column = :facet and count > 0",
                {"table": self.table, "column": filter_column, "value": filter_value, "facet": column},
                custom_time_limit=self.ds.setting("facet_time_limit_ms"),
            )
            counts[column] = dict(rows.rows)
        if selection is not None:
            # Among rows where the column has one value, its facet is that value.
            total = await self.ds.execute(
                self.database,
                "select count from facet_counts where table_name = :table and filter_column = ''"
                " and filter_value = '' and facet_column = :column and facet_value = :value and count > 0",
                {"table": self.table, "column": filter_column, "value": filter_value},
            )
            counts[filter_column] = {filter_value: row[0] for row in total.rows}
        return counts

    async def search_over_limit(self) -> bool:
        """Whether the page is a full-text search matching more than
        :data:`SEARCH_FACET_LIMIT` rows and its facets were not asked for.

        SQLite looks up every row the full-text index matches and only then
        applies the page's other filters, so the matches in the index, not
        the rows left on the page, are what counting costs; the index counts
        them (stopping past the limit) without reading a row.
        """
        if self.request.args.get(COUNT_FACETS_ARG):
            return False
        searches = _SEARCH_CLAUSE.findall(self.sql)
        if not searches:
            return False
        matches = []
        for search in searches:
            rows = await self.ds.execute(
                self.database,
                f"select count(*) from ({search} limit {SEARCH_FACET_LIMIT + 1})",
                self.params,
                custom_time_limit=self.ds.setting("facet_time_limit_ms"),
            )
            matches.append(rows.first()[0])
        return min(matches) > SEARCH_FACET_LIMIT

    def not_counted(self, column: str, source: str) -> dict:
        """A facet of a search left uncounted, with the link that counts it."""
        return {
            "name": column,
            "type": "column",
            "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_counted": column})),
            "results": [],
            "truncated": True,
            "counted": False,
            "matches_more_than": SEARCH_FACET_LIMIT,
            "count_url": self.ds.urls.path(path_with_added_args(self.request, {COUNT_FACETS_ARG: 1})),
        }

    async def stored_value(self, column: str, value: str):
        """The filter value as the column stores it, or None when that cannot
        be told for sure. A query-string value is text; SQLite compares it to
        an INTEGER column as the integer it spells (``?anonymous=1``)."""
        column_types = {
            row["name"]: row["type"].upper()
            for row in (await self.ds.execute(self.database, f"pragma table_info({escape_sqlite(self.table)})")).rows
        }
        if "INT" not in column_types.get(column, ""):
            return value if "CHAR" in column_types.get(column, "") or "TEXT" in column_types.get(column, "") else None
        if isinstance(value, int):
            return value
        try:
            number = int(value)
        except (TypeError, ValueError):
            return None
        return number if str(number) == value else None

    async def counts_in_one_pass(self, columns: list[str]) -> dict[str, dict]:
        """Count the page's rows by every facet column in one pass.

        SQLite groups by sorting unless an index already gives the rows in
        group order; when it would sort (full-text search results, rows
        looked up one by one), counting the rows in a dict here is about
        twice as fast, so the query plan decides which one runs.
        """
        unique = list(dict.fromkeys(columns))
        names = ", ".join(escape_sqlite(column) for column in unique)
        grouped_sql = f"select {names}, count(*) from ({self.sql}) group by {names}"
        plan = await self.ds.execute(self.database, f"explain query plan {grouped_sql}", self.params)
        if any("TEMP B-TREE FOR GROUP BY" in row["detail"] for row in plan.rows):
            time_limit_ms = min(self.ds.setting("facet_time_limit_ms"), self.ds.sql_time_limit_ms)
            sql, params = f"select {names} from ({self.sql})", self.params

            def count_rows(conn) -> list[tuple]:
                with sqlite_timelimit(conn, time_limit_ms):
                    cursor = conn.cursor()
                    cursor.row_factory = None
                    try:
                        cursor.execute(sql, params)
                        return [(*values, number) for values, number in Counter(cursor).items()]
                    except sqlite3.OperationalError as error:
                        if error.args == ("interrupted",):
                            raise QueryInterrupted(error, sql, params)
                        raise

            groups = await self.ds.get_database(self.database).execute_fn(count_rows)
        else:
            groups = (
                await self.ds.execute(
                    self.database,
                    grouped_sql,
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            ).rows
        counts: dict[str, dict] = {column: defaultdict(int) for column in unique}
        for row in groups:
            number = row[-1]
            for column, value in zip(unique, row):
                if value is not None:
                    counts[column][value] += number
        return counts

    async def facet_result(self, column: str, source: str, ranked: list[tuple], facet_size: int) -> dict:
        """One facet in the shape Datasette's column facet gives it (labels,
        toggle links, selected values), from (value, count) pairs ranked."""
        shown = ranked[:facet_size]
        expanded = {}
        if self.table:
            expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, [value for value, _ in shown])
        qs_pairs = self.get_querystring_pairs()
        values = []
        for value, count in shown:
            column_qs = f"{column}__exact" if column.startswith("_") else column
            selected = (column_qs, str(value)) in qs_pairs
            if selected:
                toggle_path = path_with_removed_args(self.request, {column_qs: str(value)})
            else:
                toggle_path = path_with_added_args(self.request, {column_qs: value})
            values.append(
                {
                    "value": value,
                    "label": expanded.get((column, value), value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                }
            )
        return {
            "name": column,
            # Shown and served as the column facet it stands in for.
            "type": "column",
            "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_counted": column})),
            "results": values,
            "truncated": len(ranked) > facet_size,
            "counted": True,
        }


class ColumnFacetBesideCounted(ColumnFacet):
    """Datasette's column facet, leaving the columns a counted facet shows to it."""

    def get_configs(self):
        counted = {facet_column(config) for config in load_facet_configs(self.request, self.metadata).get(CountedFacet.type, [])}
        return [config for config in super().get_configs() if facet_column(config) not in counted]
