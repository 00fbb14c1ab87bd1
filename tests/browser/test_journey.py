"""A council member's first visit, in a real browser (issue 3):

overview -> the dwellings goal (target line; its latest value and status as the served database
holds them) -> English -> the district map -> Hörde. Each step saves a screenshot under
test-output/screenshots/journey-*.png.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, start_server, stop_server, wait_for_app
from tests.real_figures import shown_figure

pytestmark = pytest.mark.browser

DWELLINGS = "wohnungen_2000_pro_jahr"


def plotly_traces(page) -> dict[str, str]:
    """{meta role: legend name} of all traces of all plotly charts on the page, as drawn."""
    pairs = page.evaluate(
        """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
                 .flatMap(p => (p.data || []).map(t => [String(t.meta || ''), t.name || '']))"""
    )
    return dict(pairs)


def main_text(page) -> str:
    """The visible text of the main area (not the sidebar)."""
    return page.locator('[data-testid="stMain"]').inner_text()


def choose_in_selectbox(page, label: str, option: str) -> None:
    """Pick `option` in the Streamlit selectbox whose label is `label`."""
    page.locator(f'[data-testid="stSelectbox"] input[aria-label="{label}"]').click()
    page.get_by_role("option", name=option, exact=True).first.click()
    wait_for_app(page)


def test_council_member_journey(page, app_url, built_db):
    # 1. The overview: headline counts per status (every status has a tile), the dwellings goal is listed.
    page.goto(app_url)
    wait_for_app(page)
    text = main_text(page)
    assert "Übersicht" in page.title() or "Übersicht" in text
    assert "nicht auf Kurs" in text
    assert "Mindestens 2.000 neue Wohnungen pro Jahr" in text
    assert "Traceback" not in text
    screenshot(page, "journey-1-overview")

    # 2. Open the dwellings goal from the overview by its link.
    page.locator(f'a[href*="goal={DWELLINGS}"]').first.click()
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    assert f"goal={DWELLINGS}" in page.url
    traces = plotly_traces(page)
    assert traces.get("target") == "Ziel: 2.000 Wohnungen pro Jahr", traces
    assert "observed" in traces or "yearly" in traces, traces
    text = main_text(page)
    latest = shown_figure(built_db, DWELLINGS, "de")  # the database's latest value, as pages format it
    assert latest.number in text and str(latest.year) in text and latest.word in text
    if latest.status == "not_assessable":  # a value before the goal's start is its starting point
        assert f"Ausgangslage {latest.year}" in text
    screenshot(page, "journey-2-goal-dwellings")

    # 3. Switch to English in the sidebar: the choice goes into the URL, numbers change format.
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    assert "lang=en" in page.url
    text = main_text(page)
    latest = shown_figure(built_db, DWELLINGS, "en")
    assert latest.number in text and latest.word in text
    assert plotly_traces(page).get("target") == "Goal: 2,000 dwellings a year"
    screenshot(page, "journey-3-goal-dwellings-en")

    # 4. Open the district map from the navigation and choose Hörde.
    page.locator('[data-testid="stSidebarNav"] a', has_text="Districts").click()
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    assert "lang=en" in page.url
    choose_in_selectbox(page, "District", "Hörde")
    text = main_text(page)
    assert "Hörde" in text
    assert "Traceback" not in text
    screenshot(page, "journey-4-map-hoerde")


def test_first_visit_by_deep_link_shows_the_page_without_an_error_popup(browser, built_db):
    """A QR code or shared link is often the first request after a server (re)start."""
    proc, url = start_server(built_db)
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{url}/ziel?goal=baeume_5000")
        wait_for_app(page)
        assert page.locator('[role="dialog"]').count() == 0, page.locator('[role="dialog"]').all_inner_texts()
        assert "5.000 neue Bäume" in main_text(page)
    finally:
        context.close()
        stop_server(proc)
