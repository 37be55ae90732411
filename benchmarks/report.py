#!/usr/bin/env python3
"""Measure provenance on this machine and write the benchmark report.

    python benchmarks/report.py                 # every section, default sizes
    python benchmarks/report.py --quick         # small sizes, a minute or two
    python benchmarks/report.py --only quality --only extraction --output -

Runs each benchmark script of ``benchmarks/`` with ``--json`` (and ``--quick``
when asked and the script takes it), the quality evaluation (``provenance
eval --json`` on the shared gold corpora), and writes ``docs/benchmarks.md``:
the command, the machine, the corpus each script says it used, and the figures.
A script that is missing or fails leaves its section saying so; the others are
still measured.

A benchmark script's ``--json`` output is one JSON object (the last line of
stdout that parses as one). Keys ``corpus``, ``machine``, ``command`` and
``notes`` are shown as text; every other key is a figure; a list of objects
(such as one timing per query) becomes a table.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
sys.path.insert(0, str(REPO))

from benchmarks.machine import cpu_model, memory_gib  # noqa: E402

#: Section name -> (title, script in benchmarks/). The quality section has no script.
SECTIONS = {
    "extraction": ("Extraction speed", "extract_speed.py"),
    "ingest": ("Ingest speed, memory, database size and re-ingest cost", "ingest_speed.py"),
    "datasette": ("Datasette response times", "datasette_speed.py"),
    "warc": ("Web archive (WARC) ingest speed", "warc_speed.py"),
    "articles": ("Article splitting: gold spans kept, speed", "article_spans.py"),
    "quality": ("Quality on annotated corpora (`provenance eval`)", None),
}
#: Sections whose script reads the gold corpora: their paths go last on its command line.
GOLD_ARGUMENT_SECTIONS = {"articles"}
GOLD_FILES = {
    "seed.jsonl": "the sample article file (`seeds/`), one annotated document",
    "dev.jsonl": "the development corpus: news-style documents written for the project, fully annotated",
}
TEXT_KEYS = ("command", "corpus", "machine", "notes")
#: Small sizes for ``--quick``, given to scripts that take the option but not ``--quick``.
QUICK_SIZES = {
    "--articles": "1000",
    "--claims": "20000",
    "--pages": "500",
    "--documents": "1000",
    "--target-mb": "0.5",
}
#: Words written in capitals in figure labels.
CAPITALS = {"mb", "kb", "gb", "rss", "db", "fts", "warc", "cpu", "http", "url", "json", "jsonl", "sql"}
SPELLED = {"cpus": "CPUs", "urls": "URLs", "ms": "ms", "reingest": "re-ingest"}


@dataclass
class Section:
    """What one section found: figures, or why there are none."""

    name: str
    title: str
    command: str | None = None
    data: dict | None = None
    problem: str | None = None
    seconds: float = 0.0
    markdown: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# running


def find_shared_eval(start: Path = REPO) -> Path | None:
    """``shared/eval`` beside the repository, or beside one of its ancestors."""
    for directory in [start, *start.parents]:
        candidate = directory / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return None


def gold_paths(gold_dir: Path | None) -> list[str]:
    """The shared gold files that exist, as arguments for a script run in the repository."""
    if gold_dir is None:
        return []
    return [os.path.relpath(gold_dir / name, REPO) for name in GOLD_FILES if (gold_dir / name).exists()]


def last_json_object(stdout: str) -> dict | None:
    """The JSON object that ends the output: on one line, or indented over several
    (progress lines may come before it)."""
    lines = stdout.rstrip().splitlines(keepends=True)
    for first in range(len(lines) - 1, -1, -1):
        if not lines[first].lstrip().startswith("{"):
            continue
        try:
            found = json.loads("".join(lines[first:]))
        except json.JSONDecodeError:
            continue
        if isinstance(found, dict):
            return found
    return None


def script_help(script: Path, timeout: float = 60) -> str:
    """The script's ``--help`` text, to pass it only options it takes."""
    try:
        completed = subprocess.run(
            [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=timeout, cwd=REPO
        )
    except subprocess.TimeoutExpired:
        return ""
    return completed.stdout


def quick_args(help_text: str, given: list[str]) -> list[str]:
    """``--quick`` if the script has it, else small values for the size options it
    has; never an option the caller already gives."""
    if "--quick" in help_text:
        return ["--quick"]
    args = []
    for option, value in QUICK_SIZES.items():
        if option not in given and re.search(re.escape(option) + r"(?![\w-])", help_text):
            args += [option, value]
    return args


def run_script(name: str, title: str, script: Path, extra: list[str], quick: bool, timeout: float) -> Section:
    """Run one benchmark script with ``--json`` and keep its figures or its failure."""
    section = Section(name, title)
    if not script.exists():
        section.problem = f"not available: `benchmarks/{script.name}` is not in this checkout"
        return section
    args = ["--json"]
    if quick:
        args += quick_args(script_help(script), extra)
    args += extra
    section.command = shlex.join(["python", f"benchmarks/{script.name}", *args])
    started = time.perf_counter()
    try:
        completed = subprocess.run(
            [sys.executable, str(script), *args], capture_output=True, text=True, timeout=timeout, cwd=REPO
        )
    except subprocess.TimeoutExpired:
        section.problem = f"not measured: stopped after the {timeout:.0f} s time limit"
        return section
    finally:
        section.seconds = time.perf_counter() - started
    data = last_json_object(completed.stdout)
    if completed.returncode != 0 or data is None:
        last_error = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        section.problem = f"failed (exit status {completed.returncode}): {last_error}"
        return section
    section.data = data
    return section


def run_quality(gold_dir: Path | None, timeout: float) -> Section:
    """``provenance eval --json`` on each shared gold corpus."""
    section = Section("quality", SECTIONS["quality"][0])
    if gold_dir is None:
        section.problem = "not available: no `shared/eval` directory beside the repository"
        return section
    section.data = {}
    commands = []
    started = time.perf_counter()
    for filename in GOLD_FILES:
        gold = gold_dir / filename
        if not gold.exists():
            continue
        commands.append(shlex.join(["python", "-m", "provenance", "eval", os.path.relpath(gold, REPO)]))
        completed = subprocess.run(
            [sys.executable, "-m", "provenance", "eval", str(gold), "--json"],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=REPO,
        )
        result = last_json_object(completed.stdout)
        stderr_lines = completed.stderr.strip().splitlines()
        if result is None:
            last_error = (stderr_lines or ["no output"])[-1]
            section.data[filename] = {"problem": f"failed (exit status {completed.returncode}): {last_error}"}
        else:
            # Scores come with a failing status when some lines or documents were skipped.
            if completed.returncode != 0:
                result["note"] = f"{len(stderr_lines)} problem(s), the first: {(stderr_lines or ['?'])[0]}"
            section.data[filename] = result
    section.seconds = time.perf_counter() - started
    if not section.data:
        section.problem = f"not available: no gold files in {gold_dir}"
    section.command = "\n".join(commands) or None
    return section


# ---------------------------------------------------------------------------
# machine


def machine() -> dict:
    """What the figures were measured on."""
    cpu = cpu_model()
    memory = f"{memory_gib()} GiB" if memory_gib() else None
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        commit = ""
    try:
        sys.path.insert(0, str(REPO))
        from provenance import __version__
        from provenance.extract import EXTRACTOR_VERSION
    except ImportError:
        __version__ = EXTRACTOR_VERSION = "?"
    try:
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        load = "unknown"
    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        # Other work on the machine slows every figure: say how busy it was.
        "load_average_at_start": f"{load} (1, 5, 15 min)",
        "memory": memory or "unknown",
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "provenance": f"{__version__} (extractor {EXTRACTOR_VERSION}, commit {commit or 'unknown'})",
    }


# ---------------------------------------------------------------------------
# rendering


def _value(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value == 0 or abs(value) >= 100:
            return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.1f}"
        return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10000:
        return f"{value:,}"
    if isinstance(value, dict):
        return ", ".join(f"{_label(k)} {_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    return str(value).replace("|", "\\|").replace("\n", " ")


def _label(key: str) -> str:
    words = str(key).split("_")
    return " ".join(SPELLED.get(word, word.upper() if word in CAPITALS else word) for word in words)


def _flatten(data: dict, prefix: str = "") -> tuple[list[tuple[str, object]], list[tuple[str, list]]]:
    """Figures as (label, value) rows, and the lists of objects to show as tables."""
    rows, tables = [], []
    for key, value in data.items():
        label = f"{prefix}{_label(key)}"
        if isinstance(value, dict):
            inner_rows, inner_tables = _flatten(value, label + ": ")
            rows += inner_rows
            tables += inner_tables
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append((label, value))
        else:
            rows.append((label, value))
    return rows, tables


def markdown_table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_value(cell) for cell in row) + " |" for row in rows]
    return lines


def render_figures(data: dict) -> list[str]:
    """A benchmark script's JSON as Markdown: text keys, a figure table, list tables."""
    lines = []
    for key in TEXT_KEYS:
        if key in data and data[key]:
            text = data[key]
            label = _label(key)
            lines.append(f"- {label[0].upper() + label[1:]}: {text if isinstance(text, str) else _value(text)}")
    if lines:
        lines.append("")
    rows, tables = _flatten({k: v for k, v in data.items() if k not in TEXT_KEYS})
    if rows:
        lines += markdown_table(["figure", "value"], [[label, value] for label, value in rows])
        lines.append("")
    for label, items in tables:
        columns = list(dict.fromkeys(key for item in items for key in item))
        lines.append(f"{label[0].upper() + label[1:]}:")
        lines.append("")
        lines += markdown_table([_label(c) for c in columns], [[item.get(c) for c in columns] for item in items])
        lines.append("")
    return lines


QUALITY_COLUMNS = [
    ("claim_overlap", "p", "claim P"),
    ("claim_overlap", "r", "claim R"),
    ("claim_overlap", "f1", "claim F1"),
    ("claim_exact", "f1", "exact F1"),
    ("pair_overlap", "p", "claim+source P"),
    ("pair_overlap", "r", "claim+source R"),
    ("pair_overlap", "f1", "claim+source F1"),
    ("cue_overlap", "f1", "cue F1"),
    ("source_resolved", "acc", "resolved acc"),
    ("source_type", "acc", "type acc"),
    ("anonymous", "acc", "anon acc"),
    ("source_count", "acc", "count acc"),
    ("via", "acc", "via acc"),
]


def render_quality(data: dict) -> list[str]:
    """Per gold corpus: one row per kind, the headline metrics."""
    lines = [
        "Claims match when their spans share at least half their union (`claim`), or are equal after "
        "trimming quotation marks and punctuation (`exact`); `claim+source` also needs the right source "
        "(head-word rule of `shared/eval/score.py`). `acc` columns: share of the found claims whose resolved source, "
        "source type, anonymity, number of sources or via outlet is right (n/a: no claim found).",
        "",
        "Both corpora were in view while the extractor was written (the sample article and the "
        "development set), so these are upper figures: expect lower ones on unseen news. Score your "
        "own annotated articles with `provenance eval`.",
        "",
    ]
    for filename, result in data.items():
        description = GOLD_FILES.get(filename, "")
        if "problem" in result:
            lines += [f"**{filename}**: {result['problem']}", ""]
            continue
        overall = result.get("overall", {})
        lines.append(
            f"**{filename}**: {description}; {overall.get('n_docs', '?')} documents, "
            f"{overall.get('claim_overlap', {}).get('n_gold', '?')} gold claims, "
            f"{overall.get('claim_overlap', {}).get('n_sys', '?')} claims found by the "
            f"{result.get('system', 'system')}."
        )
        lines.append("")
        rows = []
        for kind, scores in [("all", overall), *result.get("by_kind", {}).items()]:
            row = [kind, scores.get("claim_overlap", {}).get("n_gold")]
            for metric, key, _ in QUALITY_COLUMNS:
                value = scores.get(metric, {}).get(key)
                row.append(f"{value:.3f}" if isinstance(value, float) else ("n/a" if metric in scores else "-"))
            rows.append(row)
        lines += markdown_table(["kind", "gold"] + [label for _, _, label in QUALITY_COLUMNS], rows)
        lines.append("")
        if result.get("note"):
            lines += [f"Note: {result['note']}", ""]
    return lines


def _find(data: dict, *names: str):
    """The first of ``names`` (dotted paths) present in ``data``, else any key ending
    with the last part of one of them, searched depth first; None if absent."""
    for name in names:
        value = data
        for part in name.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is not None:
            return value
    for name in names:
        tail = name.split(".")[-1]
        for key, value in data.items():
            if isinstance(value, dict):
                found = _find(value, tail)
                if found is not None:
                    return found
            elif key.endswith(tail) and value is not None:
                return value
    return None


def _summary_rows(section: Section) -> list[tuple[str, str]]:
    """Headline figures of one measured section, as (what, figure) pairs."""
    data, rows = section.data or {}, []

    def add(what: str, *names: str, unit: str = "", percent: bool = False) -> None:
        value = _find(data, *names)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            rows.append((what, f"{value:.1%}" if percent else f"{_value(value)}{unit}"))

    if section.name == "extraction":
        add("extraction, MB/s (wall clock)", "extract_document_mb_per_s", "mb_per_second")
        add("extraction, MB/s (CPU time)", "extract_document_cpu_mb_per_s")
        add("extraction, articles/s", "extract_document_articles_per_s", "articles_per_second")
    elif section.name == "ingest":
        add("ingest, articles/s", "first_pass.articles_per_second")
        add("ingest, CPU ms per article", "first_pass.cpu_ms_per_article")
        add("ingest, CPU ms per article in the writing process", "first_pass.main_process_cpu_ms_per_article")
        add("ingest, peak RSS (all processes)", "first_pass.peak_tree_rss_mb", "first_pass.peak_rss_mb", unit=" MB")
        add("database size per article", "db_kb_per_article", unit=" KB")
        add("re-ingest of the same corpus, share of first-pass time", "reingest.cost_vs_first_pass", percent=True)
    elif section.name == "datasette":
        pages = [p for p in data.get("pages") or [] if isinstance(p, dict)]
        medians = [p.get("median_ms") for p in pages if isinstance(p.get("median_ms"), (int, float))]
        claims = _find(data, "corpus.claims", "claims")
        if medians:
            target = data.get("target_ms", 500)
            failed = [p for p in pages if any(status != 200 for status in p.get("status") or [200])]
            ok = [(p.get("median_ms"), p.get("page") or p.get("path")) for p in pages if p not in failed]
            ok = [(ms, page) for ms, page in ok if isinstance(ms, (int, float))]
            under = sum(1 for ms, _ in ok if ms < target)
            on = f" on {_value(claims)} claims" if claims else ""
            rows.append((f"Datasette pages answered under {target} ms (median){on}", f"{under} of {len(pages)}"))
            if failed:
                rows.append(
                    (f"Datasette pages with an error status{on} (e.g. the SQL time limit)", f"{len(failed)} of {len(pages)}")
                )
            if ok:
                slowest = max(ok, key=lambda m: m[0])
                rows.append((f"Datasette slowest answered page{on}", f"{_value(slowest[0])} ms ({slowest[1]})"))
    elif section.name == "warc":
        add("WARC ingest, pages/s", "first_pass.pages_per_second", "pages_per_second")
        add("WARC ingest, peak RSS (all processes)", "first_pass.peak_tree_rss_mb", "first_pass.peak_rss_mb", unit=" MB")
        add("WARC re-ingest, pages/s", "reingest.pages_per_second")
    elif section.name == "articles":
        add("article splitting, MB/s", "split_mb_per_second")
        add("gold spans lost by article splitting", "gold_spans_lost")
    elif section.name == "quality":
        for filename, result in data.items():
            overall = result.get("overall") if isinstance(result, dict) else None
            if overall:
                rows.append(
                    (
                        f"{filename}: claim F1 / claim+source F1 (overlap)",
                        f"{overall['claim_overlap']['f1']:.3f} / {overall['pair_overlap']['f1']:.3f}",
                    )
                )
    return rows


def render_summary(sections: list[Section]) -> list[str]:
    rows = [row for section in sections if not section.problem for row in _summary_rows(section)]
    if not rows:
        return []
    return ["## Summary", ""] + markdown_table(["what", "figure"], [list(row) for row in rows]) + [""]


def render(
    sections: list[Section],
    command: str,
    started: datetime.datetime,
    seconds: float,
    host: dict,
    note: str | None = None,
) -> str:
    """The whole report as Markdown."""
    lines = [
        "# Benchmarks",
        "",
        "<!-- Generated by benchmarks/report.py; edit the script, not this file. -->",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s with:",
        "",
        f"    {command}",
        "",
        "Machine:",
        "",
    ]
    lines += [f"- {_label(key)}: {value}" for key, value in host.items()]
    lines.append("")
    if note:
        lines += [note, ""]
    lines += render_summary(sections)
    for section in sections:
        lines += [f"## {section.title}", ""]
        if section.command:
            lines += [f"Command ({section.seconds:.0f} s):", ""]
            lines += [f"    {command}" for command in section.command.splitlines()] + [""]
        if section.problem:
            lines += [section.problem[0].upper() + section.problem[1:] + ".", ""]
        elif section.name == "quality":
            lines += render_quality(section.data)
        else:
            lines += render_figures(section.data)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------


def parse_extra(values: list[str]) -> dict[str, list[str]]:
    """``--args SECTION='--opt value'`` -> {section: [args]}."""
    extra: dict[str, list[str]] = {}
    for value in values:
        name, _, arguments = value.partition("=")
        if name not in SECTIONS:
            raise SystemExit(f"report.py: --args: unknown section {name!r} (one of {', '.join(SECTIONS)})")
        extra.setdefault(name, []).extend(shlex.split(arguments))
    return extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only", action="append", choices=list(SECTIONS), help="measure only this section (repeatable)"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes: pass --quick to scripts that take it")
    parser.add_argument(
        "--args",
        action="append",
        default=[],
        metavar="SECTION=ARGS",
        help="extra arguments for a section's script, e.g. --args 'datasette=--claims 1000000'",
    )
    parser.add_argument("--timeout", type=float, default=1200, help="seconds allowed per script (default 1200)")
    parser.add_argument("--note", help="a paragraph for the top of the report (why these sizes, what else ran)")
    parser.add_argument("--gold-dir", type=Path, help="directory of the gold JSONL files (default: shared/eval)")
    parser.add_argument(
        "--output", default=str(REPO / "docs" / "benchmarks.md"), help="report file, or - for stdout"
    )
    args = parser.parse_args(argv)
    extra = parse_extra(args.args)
    command = shlex.join(["python", "benchmarks/report.py", *(sys.argv[1:] if argv is None else argv)])
    started = datetime.datetime.now(datetime.timezone.utc)
    host = machine()
    clock = time.perf_counter()
    sections = []
    for name in args.only or list(SECTIONS):
        title, script = SECTIONS[name]
        print(f"report.py: {name} ...", file=sys.stderr, flush=True)
        if script is None:
            section = run_quality(args.gold_dir or find_shared_eval(), args.timeout)
        else:
            script_args = list(extra.get(name, []))
            if name in GOLD_ARGUMENT_SECTIONS:
                script_args += gold_paths(args.gold_dir or find_shared_eval())
            section = run_script(name, title, BENCHMARKS / script, script_args, args.quick, args.timeout)
        print(
            f"report.py: {name}: {section.problem or 'done'} ({section.seconds:.0f} s)", file=sys.stderr, flush=True
        )
        sections.append(section)
    report = render(sections, command, started, time.perf_counter() - clock, host, args.note)
    if args.output == "-":
        sys.stdout.write(report)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(report, encoding="utf-8")
        print(f"report.py: wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
