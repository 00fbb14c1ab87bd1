"""Real-browser fixtures: a Streamlit server on a free local port and headless Chromium.

Chromium comes from Debian (`apt-get install chromium`); Playwright drives it through
executable_path and never downloads a browser. Without Chromium the tests skip on a laptop
but fail in CI (CI=true), as .ci/run requires.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.auth import add_user
from tests.conftest import RAW, ROOT
from tests.fixtures.uploads.support import AS_OF, PASSWORD

SCREENSHOTS = ROOT / "test-output" / "screenshots"
SERVER_LOGS = ROOT / "test-output" / "servers"  # one log per test server (start_server)
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    """Path of Debian's chromium binary, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db_path: Path, extra_env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """Start the dashboard (`python -m dashboard.serve`, as `make run` does) on a free port;
    return (process, base URL) once healthy."""
    port = _free_port()
    env = dict(os.environ, ZM_DB_PATH=str(db_path), **(extra_env or {}))
    SERVER_LOGS.mkdir(parents=True, exist_ok=True)
    log_path = SERVER_LOGS / f"server-{port}.log"
    # the server's log goes to a file: a pipe nobody reads fills up (64 KB of warnings, e.g. the
    # kiosk's on every rotation) and then blocks the server in its next write – a hung server
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard.serve", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"streamlit did not start: {log_path.read_text(errors='replace')[-2000:]}")


def server_log(url: str) -> str:
    """What the test server at `url` (from start_server) has written to its log so far."""
    port = url.rsplit(":", 1)[1]
    return (SERVER_LOGS / f"server-{port}.log").read_text(encoding="utf-8", errors="replace")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server from start_server: terminate, and kill it if it has not ended in 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def private_data(built_db: Path, folder: Path) -> tuple[Path, Path]:
    """A writable copy of data/raw and of the test database in `folder`, for a server whose
    planner uploads and rebuilds change them: returns (raw folder, database). The database is
    what build() makes of that raw copy as of 2026-11-21 with Beispieldaten and no uploads, i.e.
    built_db (the same inputs, built once per run), so it is copied, not built again."""
    raw = folder / "raw"
    shutil.copytree(RAW, raw)
    db = folder / "z.duckdb"
    shutil.copy(built_db, db)
    return raw, db


@contextlib.contextmanager
def planner_server(built_db: Path, folder: Path) -> Iterator[tuple[str, Path]]:
    """A dashboard for planner tests on private data in `folder` (private_data), with the user
    'anna' (PASSWORD) and an upload store folder/up, as of 2026-11-21: yields (base URL, database)
    and stops the server afterwards."""
    raw, db = private_data(built_db, folder)
    add_user(folder / "users.toml", "anna", PASSWORD)
    env = {"ZM_RAW_DIR": str(raw), "ZM_UPLOAD_DIR": str(folder / "up"), "ZM_AS_OF": AS_OF.isoformat(),
           "ZM_USERS_FILE": str(folder / "users.toml")}
    proc, url = start_server(db, env)
    try:
        yield url, db
    finally:
        stop_server(proc)


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium binary; skip without it, except in CI where it must exist."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def app_url(built_db):
    """Base URL of a running dashboard on the test database."""
    proc, url = start_server(built_db)
    yield url
    stop_server(proc)


@pytest.fixture(scope="session")
def browser(chromium):
    """A headless Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@contextlib.contextmanager
def fresh_page(browser, width: int, height: int) -> Iterator:
    """A new page of width×height in its own German browser context, closed afterwards."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture()
def page(browser):
    """A fresh browser page at laptop size (1440×900)."""
    with fresh_page(browser, 1440, 900) as pg:
        yield pg


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-output/screenshots/ and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = page.viewport_size
    # Streamlit scrolls inside its main container, so full_page alone captures one screen:
    # grow the viewport to the content's height for the shot, then restore it.
    height = page.evaluate(
        """() => Math.max(...Array.from(document.querySelectorAll(
                 '[data-testid="stMain"], [data-testid="stAppScrollToBottomContainer"]'))
                 .map(e => e.scrollHeight), 0)"""
    )
    if size and height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 8000)})
        wait_for_quiet(page)  # the charts redrawn at the new size
    page.screenshot(path=str(path), full_page=True)
    if size:
        page.set_viewport_size(size)
    return path


# The page's watch, installed once per document by the checks below: when the DOM last changed
# (elements, text, and the attributes that hold Streamlit's run state and page.js's translations),
# how many script runs have ended (stApp's data-test-script-state leaving "running"; 1 if the first
# run has already ended when the watch starts), and when the current wait began (its first check).
WATCH_JS = """(token) => {
  let w = window.zmSettle;
  if (!w) {
    const app = document.querySelector('[data-testid="stApp"]');
    w = window.zmSettle = {last: performance.now(), runs: 0, acked: 0, token: null, began: 0};
    if (app && app.dataset.testScriptState === 'notRunning') w.runs = 1;
    new MutationObserver(records => {
      w.last = performance.now();
      for (const r of records) {
        if (r.attributeName === 'data-test-script-state' && r.oldValue === 'running') w.runs += 1;
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
               attributeOldValue: true,
               attributeFilter: ['data-test-script-state', 'aria-label', 'title', 'placeholder']});
  }
  if (w.token !== token) { w.token = token; w.began = performance.now(); }
  return w;
}"""
# Settled: no script run in progress or due, nothing loading, the footer (drawn last) and main text
# there, and then either a run has ended since the last settled check and the DOM has not changed for
# `quiet` ms since, or no run came and nothing changed for `idle` ms since the wait began (an
# interaction's rerun that has not begun yet is allowed that long to begin). `quiet` exceeds
# page.js's 250 ms, so its translations are applied.
SETTLED_JS = """([token, quiet, idle]) => {
  const w = (%s)(token);
  const app = document.querySelector('[data-testid="stApp"]');
  const main = document.querySelector('[data-testid="stMain"]');
  const busy = !app || app.dataset.testScriptState !== 'notRunning'
               || !!document.querySelector('[data-testid="stStatusWidget"]')
               || !!document.querySelector('[data-testid="stSkeleton"]')
               || !document.querySelector('.zm-footer') || !main || !main.textContent.trim();
  const now = performance.now();
  const settled = w.runs > w.acked ? now - w.last >= quiet : now - Math.max(w.last, w.began) >= idle;
  if (busy || !settled) return false;
  w.acked = w.runs;
  return true;
}""" % WATCH_JS
# the DOM has not changed for `quiet` ms, counted from the wait's start at the earliest
QUIET_JS = """([token, quiet]) => {
  const w = (%s)(token);
  return performance.now() - Math.max(w.last, w.began) >= quiet;
}""" % WATCH_JS
QUIET_MS = 300
IDLE_MS = 800
_waits = itertools.count()


def wait_for_app(page, timeout: float = 120_000) -> None:
    """Wait until Streamlit has run the script and the page has settled (SETTLED_JS): after a page
    load or an interaction that reruns the script, until that run has ended and the page has not
    changed for QUIET_MS; where no run follows, until nothing has changed for IDLE_MS.
    Raises Playwright's TimeoutError after `timeout` ms (generous: a fresh server's first page on a
    loaded 2-CPU machine takes 30 s; a settled page returns at once)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    page.wait_for_function(SETTLED_JS, arg=[next(_waits), QUIET_MS, IDLE_MS], timeout=timeout, polling=100)


def wait_for_quiet(page, quiet: float = QUIET_MS, timeout: float = 30_000) -> None:
    """Wait until the page's DOM has not changed for `quiet` ms from now (after a hover, a resize
    or a click that reruns nothing, e.g. until page.js has translated a tooltip)."""
    page.wait_for_function(QUIET_JS, arg=[next(_waits), quiet], timeout=timeout, polling=50)
