"""The kiosk in headless Chromium at 1920×1080: rotation, no chrome, large type, screenshots,
the balance and group slides, charts drawn at every slide change, no QR code without a public
address, and a database that disappears while the screen runs."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.browser.conftest import fresh_page, screenshot, server_log, start_server, stop_server
from tests.real_figures import shown_figure

pytestmark = pytest.mark.browser

GOALS = "wohnungen_2000_pro_jahr,baeume_5000,strassenoffensive_alle_12_bezirke"
PUBLIC = {"ZM_PUBLIC_URL": "https://zielmonitor.example"}
SLIDE_JS = "() => { const e = document.querySelector('[data-slide]'); return e ? e.dataset.slide : '' }"
# the slide is complete: its foot line is drawn, nothing of the previous slide is left (stale),
# and a goal or map slide has its one chart drawn
COMPLETE_JS = """(key) => {
  const foot = document.querySelector('[data-foot]');
  return !!foot && foot.dataset.foot === key && !document.querySelector('[data-stale=true]');
}"""
# what a viewer sees of the slide on screen: its key, whether every image in it (chart, map, QR)
# is decoded with a size, and whether any chart element (which would mount empty) is on the page
DRAWN_JS = """() => {
  const slide = document.querySelector('[data-slide]');
  if (!slide) return {key: '', drawn: false, charts: 0};
  const imgs = [...slide.querySelectorAll('img')];
  return {key: slide.dataset.slide, images: imgs.length,
          drawn: imgs.every(i => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().height > 100
                                 || i.alt.startsWith('QR')),
          charts: document.querySelectorAll('[data-testid=stPlotlyChart]').length};
}"""


# the tests on public_url run on one worker under xdist (make test: --dist loadgroup): one server
ON_PUBLIC_SERVER = pytest.mark.xdist_group("kiosk_public")


@pytest.fixture(scope="module")
def public_url(chromium, built_db):
    """One dashboard with a public address (QR codes on the slides) for this module's tests that
    only watch the screen; each test opens its own Streamlit session, with its own options."""
    proc, url = start_server(built_db, PUBLIC)
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def screen(browser):
    """A 1920×1080 page, like a foyer screen, shared by this module's tests: each opens its kiosk
    address with a full load (a new Streamlit session), and the browser keeps Streamlit's scripts
    cached instead of fetching them into a new context for every test."""
    with fresh_page(browser, 1920, 1080) as pg:
        yield pg


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


def sample(page, seconds: float, probe: str, every: int = 200, check=None, until=None) -> list:
    """`probe` (JavaScript) evaluated every `every` ms for up to `seconds` (or until until(samples)
    is true), each result in order; check(page), if given, runs after each sample (it asserts what
    must hold at every moment)."""
    samples = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        samples.append(page.evaluate(probe))
        if check:
            check(page)
        if until and until(samples):
            break
        page.wait_for_timeout(every)
    return samples


def wait_for_slide(page, wanted: str, timeout: float = 40, seen: list[str] | None = None) -> None:
    """Wait until the wanted slide is on screen with its chart drawn, then let it settle; the slide
    keys passed on the way are appended to `seen` (if given) in order of change."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        key = page.evaluate(SLIDE_JS)
        if seen is not None and key and (not seen or seen[-1] != key):
            seen.append(key)
        if key == wanted and page.evaluate(COMPLETE_JS, wanted):
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


@ON_PUBLIC_SERVER
def test_kiosk_rotates_without_chrome_in_large_type(screen, public_url, built_db):
    """One pass through the deck (title, the three goals, map), each slide checked as it comes up."""
    screen.goto(f"{public_url}/?kiosk=1&seconds=3&goals={GOALS}")
    screen.wait_for_selector("[data-slide]", timeout=30_000)
    seen: list[str] = []  # slide keys in order of change

    wait_for_slide(screen, "title", seen=seen)
    assert font_px(screen, ".zk-main") >= 96
    screenshot(screen, "kiosk-title")

    wait_for_slide(screen, "goal:wohnungen_2000_pro_jahr", seen=seen)
    assert font_px(screen, ".zk-number") >= 96
    assert font_px(screen, ".zk-reason") >= 36 and font_px(screen, ".zk-source") >= 32
    assert screen.is_visible("[data-testid=zkQr]")
    assert shown_figure(built_db, "wohnungen_2000_pro_jahr").number in screen.inner_text(".zk-number")
    assert screen.evaluate("() => document.documentElement.scrollHeight") <= 1080  # one screen, no scrolling
    screenshot(screen, "kiosk-goal")

    wait_for_slide(screen, "map", seen=seen)
    assert "Beispieldaten" in screen.inner_text("[data-slide=map]")
    assert "Innenstadt-Nord" in screen.inner_text(".zk-list")  # districts by name, symbol and word
    assert screen.evaluate("() => document.documentElement.scrollHeight") <= 1080
    screenshot(screen, "kiosk-map")

    assert len(seen) >= 4, f"fewer than three slide changes: {seen}"  # 4 slides = 3 changes
    for chrome in ('[data-testid="stSidebar"]', '[data-testid="stToolbar"]', '[data-testid="stHeader"]',
                   '[data-testid="stStatusWidget"]', '[data-testid="stMainMenu"]',
                   '[data-testid="stExpandSidebarButton"]'):
        assert not visible(screen, chrome), f"{chrome} is visible"
    assert not visible(screen, '[data-testid="stException"]') and not visible(screen, '[data-testid="stAlert"]')


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


def past_the_group(samples: list[dict]) -> bool:
    """True once five slides have been seen and the CO₂ group slide has changed to the next one."""
    keys = [s["key"] for s in samples]
    group = "group:klimaneutral_2035"
    return len(set(keys)) >= 5 and group in keys and keys[-1] != group


@ON_PUBLIC_SERVER
def test_every_slide_change_shows_a_drawn_chart_never_an_empty_box(screen, public_url):
    """Sampled every 200 ms over several slide changes, until the CO₂ group slide has given way to
    the next: whenever a goal, group or map slide is on screen its chart image is already decoded
    (no grey box while a chart element mounts)."""
    screen.goto(f"{public_url}/?kiosk=1&seconds=3&themes=klima,wohnen,umwelt")
    screen.wait_for_selector("[data-slide]", timeout=30_000)
    samples = sample(screen, 60, DRAWN_JS, until=past_the_group)
    keys = [s["key"] for s in samples]
    with_chart = [s for s in samples if s["key"].split(":")[0] in ("goal", "group", "map")]
    assert len(set(keys)) >= 5, f"too few slides seen: {set(keys)}"
    assert with_chart and all(s["drawn"] and s["images"] >= 2 for s in with_chart), [
        s for s in with_chart if not s["drawn"]][:3]
    assert all(s["charts"] == 0 for s in samples)
    assert "group:klimaneutral_2035" in keys  # the CO₂ goals on one slide, not two alike ones
    assert "goal:klimaneutral_2035" not in keys


@ON_PUBLIC_SERVER
def test_balance_and_group_slides_at_full_size(screen, public_url):
    screen.goto(f"{public_url}/?kiosk=1&seconds=4&themes=klima,verwaltung")
    screen.wait_for_selector("[data-slide]", timeout=30_000)
    wait_for_slide(screen, "balance")
    text = screen.inner_text("[data-slide=balance]")
    assert "Umsetzungsstand der Vorhaben" in text and "kein Fortschritt gemeldet" in text
    tiles = screen.query_selector_all("[data-slide=balance] .zk-tile")
    assert len(tiles) == 7 and all(tile.is_visible() for tile in tiles)
    right = screen.evaluate("() => Math.max(...[...document.querySelectorAll('.zk-tile')]"
                            ".map(t => t.getBoundingClientRect().right))")
    assert right <= 1920  # every status on screen, none cut off at the edge
    assert screen.evaluate("() => document.documentElement.scrollHeight") <= 1080
    screenshot(screen, "kiosk-balance")
    wait_for_slide(screen, "group:klimaneutral_2035")
    members = screen.query_selector_all("[data-slide='group:klimaneutral_2035'] .zk-member")
    assert len(members) == 2 and "bis 2035" in members[0].inner_text() and "bis 2038" in members[1].inner_text()
    foot = screen.eval_on_selector("[data-foot]", "e => e.getBoundingClientRect().bottom")
    assert foot <= 1080  # the foot line stays on screen under the goals' boxes
    screenshot(screen, "kiosk-group")


def no_qr_code(page) -> None:
    """Assert that no QR code (element or image) is on the screen."""
    assert not page.query_selector("[data-testid=zkQr]") and not page.query_selector("img[alt^='QR']")


def whole_deck_seen(keys: list[str]) -> bool:
    """True once five slides have been seen and the first one is back on screen."""
    return len(set(keys)) >= 5 and keys[-1] == keys[0]


def test_no_qr_code_without_a_public_address(chromium, browser, screen, built_db):
    proc, url = start_server(built_db, {"ZM_PUBLIC_URL": ""})
    try:
        screen.goto(f"{url}/?kiosk=1&seconds=3&goals={GOALS}")
        screen.wait_for_selector("[data-slide]", timeout=30_000)
        # checked at every moment of the whole deck (title, three goals, map), until it starts again
        seen = sample(screen, 40, SLIDE_JS, every=300, check=no_qr_code, until=whole_deck_seen)
        assert len(set(seen)) >= 3 and screen.is_visible("[data-testid=zkStand]")
    finally:
        stop_server(proc)
    log = server_log(url)
    assert "no QR codes on the screen" in log and "ZM_PUBLIC_URL" in log
