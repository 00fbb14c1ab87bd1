"""Headless Chromium: time from navigation to the page fully drawn, and bytes sent per page.

Input: a running dashboard (bench/server.py) and the page list (bench/render.py PAGES). Output per
page: seconds for the first visit (fresh browser context, server cache may be cold), the median of
repeat visits (browser and server caches warm, the issue's "after the first visit"), the number
of plotly charts drawn, websocket bytes received (the app's data: figure JSON, geometry, tables)
and HTTP bytes of the first visit (static assets). Chromium is Debian's /usr/bin/chromium, driven
through Playwright's executable_path; no browser is downloaded.
"""

from __future__ import annotations

import shutil
import statistics
import time
import urllib.parse

from playwright.sync_api import Error as PlaywrightError

from bench.render import PAGES, PageSpec

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]
# Done = the script has finished (Streamlit marks stApp notRunning) and every plotly chart has
# drawn its SVG (and its map canvas, for map charts).
DRAWN_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    if (!c.querySelector('.main-svg')) return false;
    const map = c.querySelector('.maplibregl-map, .mapboxgl-map');
    if (map && !map.querySelector('canvas')) return false;
  }
  return document.querySelectorAll('[data-testid="stElementContainer"]').length > 0;
}"""


class ChromiumMissing(RuntimeError):
    """Debian's chromium is not installed (apt-get install chromium); use --skip-browser."""


def chromium_path() -> str:
    """Path of the chromium binary; raises ChromiumMissing if there is none."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        raise ChromiumMissing("chromium not found: apt-get install chromium, or pass --skip-browser")
    return path


def page_url(base: str, page: PageSpec) -> str:
    """The page's URL with its query parameters."""
    query = urllib.parse.urlencode(page.params)
    return f"{base}/{page.url_path}" + (f"?{query}" if query else "")


def visit(pw_page, url: str, timeout_ms: float = 60_000) -> dict:
    """Navigate and wait until fully drawn. Returns seconds, websocket bytes, charts, errors."""
    received = []

    def on_ws(ws):
        ws.on("framereceived", lambda payload: received.append(len(payload)))

    pw_page.on("websocket", on_ws)
    start = time.perf_counter()
    try:
        pw_page.goto(url, wait_until="commit", timeout=timeout_ms)
        pw_page.wait_for_function(DRAWN_JS, timeout=timeout_ms, polling=50)
        seconds = time.perf_counter() - start
    finally:
        pw_page.remove_listener("websocket", on_ws)
    pw_page.wait_for_timeout(300)  # late frames (e.g. forward-message cache) after drawing
    charts = pw_page.locator('[data-testid="stPlotlyChart"]').count()
    errors = pw_page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count()
    return dict(seconds=seconds, ws_bytes=sum(received), charts=charts, errors=errors)


def bench_page(browser, base: str, page: PageSpec, repeats: int) -> dict:
    """First visit in a fresh context, then `repeats` visits in the same context (median)."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="de-DE")
    http_bytes = []

    def on_finished(request):
        try:
            http_bytes.append(request.sizes()["responseBodySize"])
        except PlaywrightError:  # a request whose sizes Chromium no longer knows
            http_bytes.append(0)

    try:
        pw_page = context.new_page()
        pw_page.on("requestfinished", on_finished)
        first = visit(pw_page, page_url(base, page))
        first_http = sum(b for b in http_bytes if b > 0)
        again = [visit(pw_page, page_url(base, page)) for _ in range(max(1, repeats))]
    finally:
        context.close()
    return dict(first_s=first["seconds"], repeat_s=statistics.median(a["seconds"] for a in again),
                ws_kb=statistics.median(a["ws_bytes"] for a in again) / 1024,
                http_kb_first=first_http / 1024, charts=again[-1]["charts"],
                errors=max(a["errors"] for a in again + [first]))


def bench_browser(base: str, repeats: int, pages=PAGES) -> dict[str, dict]:
    """{page name: {first_s, repeat_s, ws_kb, http_kb_first, charts, errors}} for every page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            return {page.name: bench_page(browser, base, page, repeats) for page in pages}
        finally:
            browser.close()
