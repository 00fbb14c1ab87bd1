"""A hostile note in a real browser (issue 16): a planner uploads values whose note holds a
Markdown link and image; the district page and the goal page show it as plain text – no <a> or
<img> made from it in the DOM and no request to its addresses. Viewers see a small sign-in link,
not the upload page, in the navigation. Screenshots under test-output/screenshots/hostile-*.png."""

from __future__ import annotations

import pytest

from tests.browser.conftest import planner_server, screenshot, wait_for_app
from tests.fixtures.uploads.support import PASSWORD, current

pytestmark = pytest.mark.browser
NOTE = "[Bitte hier neu anmelden](https://example.org) ![b](http://example.org/beacon.png)"
FILE = ("Indikator;Gebiet;Jahr;Wert;Einheit;Bemerkung\r\n"
        f"completed_dwellings;Dortmund;2024;2.345;Wohnungen;{NOTE}\r\n"
        f"trees_planted;Hörde;2024;1.234;Bäume;{NOTE}\r\n")


@pytest.fixture()
def site(tmp_path, chromium, built_db):
    with planner_server(built_db, tmp_path) as (url, db):
        yield url, db, tmp_path


def markup_from_note(page) -> dict:
    """Links and images in the DOM that point to the note's addresses."""
    return page.evaluate("""() => ({
        links: [...document.querySelectorAll('a[href*="example.org"]')].length,
        images: [...document.querySelectorAll('img[src*="example.org"]')].length})""")


def test_a_hostile_note_stays_plain_text_in_the_browser(page, site):
    url, db, tmp = site
    requests = []
    page.on("request", lambda r: requests.append(r.url) if "example.org" in r.url else None)
    page.goto(f"{url}/aenderungen")  # a viewer's navigation (the same on every page; this one is light)
    wait_for_app(page)
    nav = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "Anmelden (Fachbereiche)" in nav and "Daten hochladen" not in nav

    page.goto(f"{url}/hochladen")
    page.wait_for_selector("text=Benutzername", timeout=30_000)
    wait_for_app(page)
    page.get_by_label("Benutzername").fill("anna")
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_selector('input[type="file"]', state="attached", timeout=30_000)
    wait_for_app(page)
    (tmp / "notiz.csv").write_text(FILE, encoding="utf-8")
    page.locator('input[type="file"]').first.set_input_files(str(tmp / "notiz.csv"))
    page.wait_for_selector("text=unverändert:", timeout=30_000)
    wait_for_app(page)
    page.get_by_role("button", name="Übernehmen").click()
    page.wait_for_selector("text=übernommen", timeout=60_000)
    wait_for_app(page)
    assert current(db, "trees_planted", "stadtbezirk", "8", 2024)[0][0] == 1234.0

    page.goto(f"{url}/stadtbezirke?indicator=trees_planted&year=2024&district=hoerde")
    wait_for_app(page)
    page.wait_for_selector("text=Bitte hier neu anmelden", timeout=30_000)
    main = page.locator('[data-testid="stMain"]').inner_text().replace("\u2060", "")  # invisible joiners
    assert "[Bitte hier neu anmelden](https://example.org)" in main  # as typed, brackets and all
    assert "![b](http://example.org/beacon.png)" in main
    assert markup_from_note(page) == {"links": 0, "images": 0}
    screenshot(page, "hostile-district-note")

    page.goto(f"{url}/ziel?goal=wohnungen_2000_pro_jahr")
    wait_for_app(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=30_000)
    assert markup_from_note(page) == {"links": 0, "images": 0}
    screenshot(page, "hostile-goal-note")
    assert requests == []  # no visitor's browser fetched the beacon
