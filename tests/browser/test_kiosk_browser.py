"""The kiosk in headless Chromium at 1920×1080: rotation, no chrome, large type, screenshots,
and a database that disappears while the screen runs."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.browser.conftest import screenshot, start_server, stop_server

pytestmark = pytest.mark.browser

GOALS = "wohnungen_2000_pro_jahr,baeume_5000,strassenoffensive_alle_12_bezirke"
SLIDE_JS = "() => { const e = document.querySelector('[data-slide]'); return e ? e.dataset.slide : '' }"
# the slide is complete: its foot line is drawn, nothing of the previous slide is left (stale),
# and a goal or map slide has its one chart drawn
COMPLETE_JS = """(key) => {
  const foot = document.querySelector('[data-foot]');
  const charts = document.querySelectorAll('[data-testid=stPlotlyChart]');
  const drawn = document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length > 0;
  return !!foot && foot.dataset.foot === key && !document.querySelector('[data-stale=true]')
         && (key === 'title' ? charts.length === 0 : charts.length === 1 && drawn);
}"""


@pytest.fixture()
def screen(browser):
    """A fresh 1920×1080 page, like a foyer screen."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="de-DE")
    pg = context.new_page()
    yield pg
    context.close()


def watch(page, seconds: float, until=None) -> list[str]:
    """Slide keys seen, in order of change, for up to `seconds` (or until until(keys) is true)."""
    seen: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        key = page.evaluate(SLIDE_JS)
        if key and (not seen or seen[-1] != key):
            seen.append(key)
            if until and until(seen):
                break
        page.wait_for_timeout(200)
    return seen


def wait_for_slide(page, wanted: str, timeout: float = 40) -> None:
    """Wait until the wanted slide is on screen with its chart drawn, then let it settle."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate(SLIDE_JS) == wanted and page.evaluate(COMPLETE_JS, wanted):
            page.wait_for_timeout(300)
            if page.evaluate(COMPLETE_JS, wanted):
                return
        page.wait_for_timeout(150)
    raise AssertionError(f"slide {wanted} not shown within {timeout} s")


def visible(page, selector: str) -> bool:
    """True if any element matching selector is visible."""
    return any(el.is_visible() for el in page.query_selector_all(selector))


def font_px(page, selector: str) -> float:
    """Computed font size of the first element matching selector, in px."""
    return page.eval_on_selector(selector, "e => parseFloat(getComputedStyle(e).fontSize)")


def test_kiosk_rotates_without_chrome_in_large_type(chromium, browser, screen, built_db):
    proc, url = start_server(built_db)
    try:
        screen.goto(f"{url}/?kiosk=1&seconds=3&goals={GOALS}")
        screen.wait_for_selector("[data-slide]", timeout=30_000)
        seen = watch(screen, 30, until=lambda keys: len(keys) >= 5)
        assert len(seen) >= 4, f"fewer than three slide changes: {seen}"  # 4 slides = 3 changes
        for chrome in ('[data-testid="stSidebar"]', '[data-testid="stToolbar"]', '[data-testid="stHeader"]',
                       '[data-testid="stStatusWidget"]', '[data-testid="stMainMenu"]',
                       '[data-testid="stExpandSidebarButton"]'):
            assert not visible(screen, chrome), f"{chrome} is visible"
        assert not visible(screen, '[data-testid="stException"]') and not visible(screen, '[data-testid="stAlert"]')

        wait_for_slide(screen, "title")
        assert font_px(screen, ".zk-main") >= 96
        screenshot(screen, "kiosk-title")

        wait_for_slide(screen, "goal:wohnungen_2000_pro_jahr")
        assert font_px(screen, ".zk-number") >= 96
        assert font_px(screen, ".zk-reason") >= 28 and font_px(screen, ".zk-source") >= 28
        assert "1.379" in screen.inner_text(".zk-number")
        assert screen.evaluate("() => document.documentElement.scrollHeight") <= 1080  # one screen, no scrolling
        screenshot(screen, "kiosk-goal")

        wait_for_slide(screen, "map")
        assert "Beispieldaten" in screen.inner_text("[data-slide=map]")
        assert "Innenstadt-Nord" in screen.inner_text(".zk-list")  # districts by name, symbol and word
        assert screen.evaluate("() => document.documentElement.scrollHeight") <= 1080
        screenshot(screen, "kiosk-map")
    finally:
        stop_server(proc)


def test_kiosk_survives_a_missing_database_and_recovers(chromium, browser, screen, built_db, tmp_path):
    db = tmp_path / "zielmonitor.duckdb"
    shutil.copy(built_db, db)
    proc, url = start_server(db)
    try:
        screen.goto(f"{url}/?kiosk=1&seconds=3&goals={GOALS}")
        screen.wait_for_selector("[data-slide]", timeout=30_000)
        watch(screen, 10, until=lambda keys: len(keys) >= 2)
        db.unlink()  # the database disappears while the screen runs
        seen = watch(screen, 20, until=lambda keys: len(keys) >= 4)
        assert len(seen) >= 4, f"slides stopped rotating without the database: {seen}"
        assert "letzte verfügbare Daten" in screen.inner_text('[data-testid="zkStand"]')
        assert not visible(screen, '[data-testid="stException"]') and not visible(screen, '[data-testid="stAlert"]')
        shutil.copy(built_db, tmp_path / "rebuilt.duckdb")
        (tmp_path / "rebuilt.duckdb").replace(db)  # a rebuild swaps the file into place
        deadline = time.monotonic() + 15
        stand = ""
        while time.monotonic() < deadline:
            stand = screen.inner_text('[data-testid="zkStand"]')
            if "letzte" not in stand:
                break
            screen.wait_for_timeout(300)
        assert stand == "Stand: 21.11.2026"
    finally:
        stop_server(proc)
