"""Real-browser tests: a `provenance serve` process driven by headless Chromium.

They use Debian's chromium through Playwright's ``executable_path`` (never a
downloaded browser). Without chromium they skip locally, but fail when the
``CI`` environment variable is set: CI must run them.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from datasette_helpers import build_claims_db

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _require_chromium():
    if os.path.exists(CHROMIUM):
        return
    message = f"chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`python -m provenance serve` on a free loopback port; yields its base URL."""
    _require_chromium()
    db_path = build_claims_db(tmp_path_factory.mktemp("browser") / "claims.db")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "provenance", "serve", str(db_path), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"server did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page plus everything that went wrong on it: JS errors, dialogs, off-site requests."""

    def __init__(self, browser, base):
        self.page = browser.new_page()
        self.page.set_default_timeout(10_000)
        self.errors = []
        self.dialogs = []
        self.foreign_requests = []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        host = urlparse(base).netloc
        self.page.route("**/*", lambda route: self._route(route, host))

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route, host):
        if urlparse(route.request.url).netloc != host:
            self.foreign_requests.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    def assert_clean(self):
        assert self.errors == []
        assert self.dialogs == []
        assert self.foreign_requests == []


@pytest.fixture
def watched(browser, server):
    watched = Watched(browser, server)
    yield watched
    watched.page.close()


def test_home_page_loads(watched, server):
    page = watched.page
    page.goto(server + "/")
    assert "who said what in the news" in page.content()
    page.locator("a[href='/claims']").first.click()
    page.wait_for_url("**/claims")
    assert "Attributed claims" in page.content()
    watched.assert_clean()


def test_search_then_open_claim_in_context(watched, server):
    page = watched.page
    page.goto(server + "/claims/claims")
    page.fill("input[name=_search]", "budget")
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=budget**")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1
    assert "the budget was not settled" in rows.first.inner_text()
    rows.first.locator("a.pv-context-link").click()
    page.wait_for_url("**/-/provenance/claims/claims/c-budget**")
    selected = page.locator("mark.pv-selected")
    assert selected.all_inner_texts() == ["the budget was not settled"]
    background = selected.first.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background == "rgb(255, 226, 122)"  # the stylesheet served by the plugin applies
    assert page.locator("mark.pv-source").all_inner_texts() == ["A city official"]
    assert page.locator("mark.pv-cue").all_inner_texts() == ["said"]
    assert page.locator("a.pv-claim").count() == 2
    watched.assert_clean()


def test_other_claims_open_their_own_context(watched, server):
    page = watched.page
    page.goto(server + "/-/provenance/claims/claims/c-budget")
    page.locator("a.pv-claim", has_text="We listened to commuters").click()
    page.wait_for_url("**/claims/c-commuters**")
    assert page.locator("mark.pv-selected").all_inner_texts() == ['"We listened to commuters,"']
    page.click("a.pv-source-claims")
    page.wait_for_url("**/source_claims?source=1**")
    assert page.locator("table.rows-and-columns tbody tr").count() == 2
    watched.assert_clean()


def test_run_a_canned_query(watched, server):
    page = watched.page
    page.goto(server + "/claims")
    page.click("text=Cue verbs by frequency")
    page.wait_for_url("**/claims/cue_verbs**")
    first_row = page.locator("table.rows-and-columns tbody tr").first
    assert first_row.locator("td").first.inner_text().strip() == "said"
    watched.assert_clean()


def test_click_a_facet(watched, server):
    page = watched.page
    page.goto(server + "/claims/claims")
    page.locator(".facet-info[data-column=kind]").get_by_role("link", name="direct", exact=True).click()
    page.wait_for_url("**kind=direct**")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1
    assert "We listened to commuters" in rows.first.inner_text()
    watched.assert_clean()


def test_charts_page_draws_bars(watched, server):
    page = watched.page
    page.goto(server + "/-/provenance/claims/charts")
    assert page.locator("svg.pv-chart").count() == 2
    assert page.locator("svg.pv-chart g.pv-bar").count() == 2 + 5
    watched.assert_clean()


@pytest.mark.parametrize(
    "path, visible",
    [
        ("/-/provenance/claims/claims/c-pier", "<script>window.__xss = 2</script>"),
        ("/-/provenance/claims/claims/c-lights", '<img src=x onerror="window.__xss = 3">'),
        ("/-/provenance/claims/articles/a-hostile", 'Pier update <img src=x onerror="window.__xss = 1">'),
        ("/claims/claims?_search=pier", "<script>window.__xss = 2</script>"),
        ("/claims/articles", 'Pier update <img src=x onerror="window.__xss = 1">'),
        ("/claims/source_claims?source=A+resident", '<img src=x onerror="window.__xss = 3">'),
    ],
)
def test_stored_markup_shows_as_text_and_runs_nothing(watched, server, path, visible):
    page = watched.page
    page.goto(server + path)
    page.wait_for_load_state("load")
    assert visible in page.locator("body").inner_text()
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[onerror]").count() == 0
    watched.assert_clean()


def test_published_snapshot_is_removed_when_the_server_stops(tmp_path):
    """`serve --publish` copies the database; stopping it with SIGTERM deletes the copy."""
    db_path = build_claims_db(tmp_path / "claims.db")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "provenance", "serve", str(db_path), "--port", str(port), "--publish"],
        cwd=REPO,
        env={**os.environ, "TMPDIR": str(scratch)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/claims/claims.json", timeout=2) as response:
                assert json.loads(response.read())["filtered_table_rows_count"] == 7
            break
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
    assert [path.name for path in scratch.iterdir() if path.name.startswith("provenance-publish-")]
    process.terminate()
    process.wait(timeout=30)
    assert not [path for path in scratch.iterdir() if path.name.startswith("provenance-publish-")]
