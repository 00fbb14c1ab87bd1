"""Real-browser check of the Quellen and Methodik pages: they render without an exception in
headless Chromium, in German and English, and screenshots are saved for a human look."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from tests.browser.conftest import screenshot, wait_for_app

# (address, screenshot, heading): these are checked on test_a11y's visit of each page
# (test_every_page_passes_axe_and_declares_language_and_title), the rest below
TOURED = [
    ("/quellen", "sources-de", "Wo sich die Dokumente widersprechen"),
    ("/methodik", "method-de", "Zwei Beispiele, live nachgerechnet"),
    ("/methodik?lang=en", "method-en", "Two examples, recomputed live"),
]
CASES = [
    ("quellen", "?doc=dos_2020&lang=en", "sources-en-dos", "Where the documents disagree"),
]


def renders_whole(page, heading: str, name: str) -> None:
    """The settled page shows `heading` in its main area, no traceback and no exception; its
    screenshot is saved as `name`."""
    page.get_by_text(heading).first.wait_for(timeout=30_000)
    # no router pop-up over the page, also on a fresh server's first visit (dashboard.serve)
    assert page.get_by_text("Page not found").count() == 0
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert heading in main and "Traceback" not in main
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, name)


@pytest.mark.parametrize("path, query, name, heading", CASES)
def test_page_renders_in_browser(page, app_url, path, query, name, heading):
    page.set_viewport_size({"width": 1440, "height": 3600})  # Streamlit scrolls inside; show more
    page.goto(f"{app_url}/{path}{query}")
    wait_for_app(page)  # settled: the run has ended, no skeleton left
    renders_whole(page, heading, name)


def test_the_english_rule_text_on_the_german_method_page_is_marked_english(page, app_url):
    """docs/method.md is English: on the German page its part carries lang="en" (WCAG 3.1.2), so a
    screen reader reads it with English pronunciation; the page itself stays German."""
    page.goto(f"{app_url}/methodik")
    wait_for_app(page)
    box = page.locator('[class*="st-key-zm-lang-en-rules"]')
    box.wait_for(timeout=30_000)
    page.wait_for_function(
        """() => document.querySelector('[class*="st-key-zm-lang-en-rules"]').lang === 'en'""", timeout=10_000)
    assert page.evaluate("document.documentElement.lang") == "de"
    assert box.locator('[data-testid="stExpander"]').count() >= 3  # the rule sections sit inside it
