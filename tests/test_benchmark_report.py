"""``benchmarks/report.py``: runs what is there, says what is not, renders figures.

These tests time nothing: they drive the report with tiny stand-in scripts.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPORT_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "report.py"


@pytest.fixture(scope="module")
def report():
    spec = importlib.util.spec_from_file_location("benchmark_report", REPORT_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmark_report"] = module
    spec.loader.exec_module(module)
    return module


FIGURES = {
    "corpus": "2,000 generated articles, 9.5 MB",
    "articles_per_second": 1234.5678,
    "mb_per_second": 0.4567,
    "peak_rss": {"mb": 88.25},
    "queries": [{"name": "claims by source", "ms_median": 12.5}, {"name": "facet page", "ms_median": 40.0}],
}


def write_script(path: Path, body: str) -> Path:
    path.write_text("import sys, json\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "stdout,expected",
    [
        ('{"a": 1}', {"a": 1}),
        ('progress 10%\nprogress 100%\n{"a": 2}\n', {"a": 2}),
        ('{\n  "a": 3\n}\n', {"a": 3}),
        ('building corpus\n{\n  "a": {"b": 4}\n}\n', {"a": {"b": 4}}),
        ("no json here\n", None),
        ("[1, 2]\n", None),
    ],
)
def test_last_json_object(report, stdout, expected):
    assert report.last_json_object(stdout) == expected


def test_figures_render_text_keys_rows_and_list_tables(report):
    markdown = "\n".join(report.render_figures(FIGURES))
    assert "- Corpus: 2,000 generated articles, 9.5 MB" in markdown
    assert "| articles per second | 1,235 |" in markdown
    assert "| MB per second | 0.457 |" in markdown
    assert "| peak RSS: MB | 88.25 |" in markdown
    assert "| name | ms median |" in markdown
    assert "| facet page | 40.00 |" in markdown


@pytest.mark.parametrize(
    "help_text,given,expected",
    [
        ("--json  --quick  small sizes", [], ["--quick"]),
        ("--json --articles ARTICLES --seed SEED", [], ["--articles", "1000"]),
        ("--articles N --claims N", ["--claims", "5"], ["--articles", "1000"]),
        ("--articles-per-batch N", [], []),
        ("--json", [], []),
    ],
)
def test_quick_sizes_only_for_options_the_script_takes(report, help_text, given, expected):
    assert report.quick_args(help_text, given) == expected


def test_missing_script_is_not_available(report, tmp_path):
    section = report.run_script("warc", "WARC", tmp_path / "warc_speed.py", [], quick=False, timeout=30)
    assert section.problem.startswith("not available")
    assert section.data is None


def test_script_figures_with_quick_only_when_taken(report, tmp_path):
    takes_quick = write_script(
        tmp_path / "a.py",
        "if '--help' in sys.argv: print('--json --quick'); sys.exit()\n"
        f"print('warming up'); print(json.dumps(dict({FIGURES!r}, argv=sys.argv[1:])))\n",
    )
    section = report.run_script("extraction", "Extraction", takes_quick, ["--articles", "5"], quick=True, timeout=30)
    assert section.problem is None
    assert section.data["argv"] == ["--json", "--quick", "--articles", "5"]
    assert section.command == "python benchmarks/a.py --json --quick --articles 5"
    no_quick = write_script(tmp_path / "b.py", "print(json.dumps({'argv': sys.argv[1:]}))\n")
    assert report.run_script("x", "X", no_quick, [], quick=True, timeout=30).data == {"argv": ["--json"]}


@pytest.mark.parametrize(
    "body,problem",
    [
        ("sys.exit('cannot build the corpus')\n", "failed (exit status 1): cannot build the corpus"),
        ("print('figures: none')\n", "failed (exit status 0): no output"),
        ("import time; time.sleep(30)\n", "not measured: stopped after the 1 s time limit"),
    ],
)
def test_failing_script_is_reported(report, tmp_path, body, problem):
    script = write_script(tmp_path / "bad.py", body)
    assert report.run_script("ingest", "Ingest", script, [], quick=False, timeout=1).problem == problem


def test_report_file_with_quality_and_missing_sections(report, tmp_path, monkeypatch):
    monkeypatch.setattr(report, "BENCHMARKS", tmp_path)
    gold_dir = tmp_path / "eval"
    gold_dir.mkdir()
    text = "\u201cThe ferry is late again,\u201d said Ada Quist."
    gold = {"doc_id": "g1", "text": text, "quotes": [
        {"quote": [0, 26], "kind": "direct", "speaker": [32, 40], "speaker_text": "Ada Quist", "cue": [27, 31]}]}
    (gold_dir / "dev.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    output = tmp_path / "benchmarks.md"
    assert report.main(["--only", "quality", "--only", "warc", "--gold-dir", str(gold_dir), "--output", str(output),
                        "--note", "Sizes kept small for this test."]) == 0
    markdown = output.read_text(encoding="utf-8")
    assert "python benchmarks/report.py --only quality --only warc" in markdown
    assert "- python: " in markdown and "- CPU: " in markdown and "- load average at start: " in markdown
    assert "\nSizes kept small for this test.\n" in markdown
    assert "**dev.jsonl**" in markdown and "1 documents, 1 gold claims" in markdown
    assert "| direct | 1 |" in markdown
    assert "## Web archive (WARC) ingest speed" in markdown
    assert "Not available: `benchmarks/warc_speed.py` is not in this checkout." in markdown
    assert "## Extraction speed" not in markdown


def test_unknown_section_in_args_is_an_error(report):
    with pytest.raises(SystemExit, match="unknown section 'nope'"):
        report.parse_extra(["nope=--size 3"])


def test_summary_picks_headline_figures_of_measured_sections(report):
    sections = [
        report.Section("ingest", "Ingest", data={
            "first_pass": {
                "articles_per_second": 25.0, "peak_rss_mb": 60.1, "cpu_ms_per_article": 9.5,
                "main_process_cpu_ms_per_article": 5.25,
            },
            "reingest": {"cost_vs_first_pass": 0.025},
            "db_kb_per_article": 16.27,
        }),
        report.Section("datasette", "Datasette", data={
            "corpus": {"claims": 1_000_000},
            "target_ms": 500,
            "pages": [
                {"page": "facet kind", "median_ms": 120.0, "status": [200]},
                {"page": "search", "median_ms": 640.5, "status": [200]},
                {"page": "slow query", "median_ms": 2010.0, "status": [200, 400]},
            ],
        }),
        report.Section("warc", "WARC", problem="not available"),
        report.Section("quality", "Quality", data={
            "dev.jsonl": {"overall": {"claim_overlap": {"f1": 0.9}, "pair_overlap": {"f1": 0.8}}},
            "seed.jsonl": {"problem": "failed"},
        }),
    ]
    markdown = "\n".join(report.render_summary(sections))
    assert "| ingest, articles/s | 25.00 |" in markdown
    assert "| ingest, peak RSS (all processes) | 60.10 MB |" in markdown
    assert "| ingest, CPU ms per article | 9.50 |" in markdown
    assert "| ingest, CPU ms per article in the writing process | 5.25 |" in markdown
    assert "| re-ingest of the same corpus, share of first-pass time | 2.5% |" in markdown
    assert "| Datasette pages answered under 500 ms (median) on 1,000,000 claims | 1 of 3 |" in markdown
    assert "| Datasette pages with an error status on 1,000,000 claims (e.g. the SQL time limit) | 1 of 3 |" in markdown
    assert "| Datasette slowest answered page on 1,000,000 claims | 640.5 ms (search) |" in markdown
    assert "| dev.jsonl: claim F1 / claim+source F1 (overlap) | 0.900 / 0.800 |" in markdown
    assert "WARC" not in markdown and "seed.jsonl" not in markdown
    assert report.render_summary([report.Section("warc", "WARC", problem="not available")]) == []
