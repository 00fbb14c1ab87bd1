"""The Stand calendar on a German page speaks German (static/page.js), whatever language the
visitor's browser is set to: Streamlit's calendar writes weekday letters, month names and the
day labels a screen reader reads in the browser's language (English on an English browser, e.g.
a Rathaus screen); page.js writes them with the browser's own German names. On the English page
they stay English. The `Choose …` and keyboard hints come from dashboard/i18n/framework.py."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_for_app

pytestmark = pytest.mark.browser

CALENDAR = '[data-testid="stDateInputCalendar"]'
ENGLISH = re.compile(r"\b(January|February|March|May|June|July|October|December|Sunday|Monday|Tuesday|"
                     r"Wednesday|Thursday|Friday|Saturday|Choose|month|year|arrow keys)\b")
CALENDAR_TEXTS = f"""() => {{
  const box = document.querySelector('{CALENDAR}');
  const labels = Array.from(box.querySelectorAll('[aria-label]')).map(e => e.getAttribute('aria-label'));
  const days = Array.from(box.querySelectorAll('[role="gridcell"] [aria-label]')).map(e => e.getAttribute('aria-label'));
  const header = Array.from(box.querySelectorAll('thead th')).map(e => e.textContent);
  return {{labels, days, header, text: box.textContent}};
}}"""


@pytest.fixture()
def english_browser_page(browser):
    """A page in a browser set to American English (the calendar's names follow it)."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-US")
    yield context.new_page()
    context.close()


def _open_calendar(page, url: str, button: str) -> dict:
    """Open the Stand calendar of the overview at `url` and return its labels, weekday header and text."""
    page.goto(url)
    wait_for_app(page)
    page.locator(f'[data-testid="stDateInput"] button[aria-label="{button}"]').first.click()
    page.locator(CALENDAR).wait_for(timeout=30_000)
    page.wait_for_timeout(600)  # page.js applies 250 ms after the calendar appears
    return page.evaluate(CALENDAR_TEXTS)


def test_the_stand_calendar_on_the_german_overview_speaks_german(english_browser_page, app_url):
    page = english_browser_page
    found = _open_calendar(page, app_url, "Datum wählen")
    english = sorted({m for text in found["labels"] + [found["text"]] for m in ENGLISH.findall(text)})
    assert english == [], english
    assert "T" not in found["header"] and "W" not in found["header"]  # Di/Do → D, Mi → M
    assert len(found["days"]) >= 28
    for day in found["days"]:  # "Sonntag, 1. November 2026", perhaps with a word of state around it
        assert re.search(r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \w+ \d{4}", day), day
    page.locator(f'{CALENDAR} button[aria-label="Monat"]').click()
    months = page.locator('[role="listbox"] [role="option"]')
    months.first.wait_for(timeout=10_000)
    page.wait_for_timeout(600)
    assert "Dezember" in months.all_inner_texts() and "März" in months.all_inner_texts()


def test_the_english_page_keeps_the_calendar_english(english_browser_page, app_url):
    """The same scan finds English on the English page: a scan that sees nothing cannot pass."""
    found = _open_calendar(english_browser_page, app_url + "/?lang=en", "Choose date")
    assert ENGLISH.search(" ".join(found["labels"])) and "W" in found["header"]
