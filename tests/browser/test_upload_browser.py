"""A planner's upload in a real browser (issue 4): sign in, upload the filled template, see the
preview with the status effect, confirm; a broken file shows its problems. Screenshots under
test-output/screenshots/upload-*.png."""

from __future__ import annotations

import pytest

from tests.browser.conftest import planner_server, screenshot, wait_for_app, wait_for_quiet
from tests.browser.test_a11y import serious_violations
from tests.fixtures.uploads.make_fixtures import files
from tests.fixtures.uploads.support import PASSWORD, current

pytestmark = pytest.mark.browser
FILLED = ("Indikator;Gebiet;Jahr;Wert;Einheit;Bemerkung\r\n"
          "completed_dwellings;Dortmund;2024;2.345;Wohnungen;IT.NRW, Pressemitteilung 05/2025\r\n"
          "trees_planted;Hoerde;2024;1.234;Bäume;Grünflächenamt\r\n"
          "trees_planted;Innenstadt West;2024;980;Bäume;Grünflächenamt\r\n")
# FILLED's rows as (indicator, area level, area code, year, value): Hörde is Stadtbezirk 8,
# Innenstadt-West 1
FILLED_ROWS = [("completed_dwellings", "city", "05913000", 2024, 2345.0),
               ("trees_planted", "stadtbezirk", "8", 2024, 1234.0),
               ("trees_planted", "stadtbezirk", "1", 2024, 980.0)]


@pytest.fixture()
def planner_site(tmp_path, chromium, built_db):
    with planner_server(built_db, tmp_path) as (url, db):
        yield url, db, tmp_path


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def filled_counts(db) -> str:
    """The preview's count line for FILLED against the database's current values (a row whose
    key has no value is new, one with another value changed): the real data decide, e.g. a
    published 2024 completion figure makes the dwellings row a change."""
    olds = [current(db, *row[:4]) for row in FILLED_ROWS]
    new = sum(not old for old in olds)
    changed = sum(bool(old) and old[0][0] != row[4] for old, row in zip(olds, FILLED_ROWS))
    return f"Neu: {new} · geändert: {changed} · unverändert: {len(FILLED_ROWS) - new - changed}"


def test_planner_uploads_in_the_browser(page, planner_site):
    url, db, tmp = planner_site
    page.goto(url)  # the very first request of a fresh server may report "Page not found"
    wait_for_app(page)
    page.goto(f"{url}/hochladen")
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=30_000)
    page.wait_for_selector("text=Benutzername", timeout=30_000)
    wait_for_app(page)
    assert "Daten hochladen" in main_text(page)
    assert page.locator('input[type="file"]').count() == 0
    assert serious_violations(page) == []  # incl. heading order: h1 page title, h2 sign-in
    screenshot(page, "upload-1-signin")

    page.get_by_label("Benutzername").fill("anna")
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    wait_for_app(page)
    page.wait_for_selector('input[type="file"]', state="attached", timeout=30_000)

    (tmp / "bad.csv").write_bytes(files()["all_errors.csv"])
    page.locator('input[type="file"]').first.set_input_files(str(tmp / "bad.csv"))
    page.wait_for_selector("text=Probleme", timeout=30_000)
    wait_for_app(page)
    screenshot(page, "upload-2-problems")

    (tmp / "gut.csv").write_text(FILLED, encoding="utf-8")
    page.locator('input[type="file"]').first.set_input_files(str(tmp / "gut.csv"))
    page.wait_for_selector("text=unverändert:", timeout=30_000)
    wait_for_app(page)
    text = main_text(page)
    assert filled_counts(db) in text and "Auswirkung auf den Zielstatus" in text
    assert serious_violations(page) == []  # the preview's headings are h2 under the h1
    page.set_viewport_size({"width": 1440, "height": 1700})
    wait_for_quiet(page)
    screenshot(page, "upload-3-preview")
    page.set_viewport_size({"width": 1440, "height": 900})

    page.get_by_role("button", name="Übernehmen").click()
    page.wait_for_selector("text=übernommen", timeout=60_000)
    wait_for_app(page)
    assert current(db, "completed_dwellings", "city", "05913000", 2024)[0][0] == 2345.0
    page.get_by_role("tab", name="Verlauf").click()
    page.get_by_role("tab", name="Verlauf", selected=True).wait_for()
    wait_for_quiet(page)
    screenshot(page, "upload-4-history")
