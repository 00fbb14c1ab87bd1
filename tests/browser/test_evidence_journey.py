"""A council member checks what became of the promises, in a real browser (issue 11):

overview (the evidence tiles) -> the balance per document -> the deliverables „in Umsetzung“ ->
one goal's evidence timeline -> its cited lines in the document view. Each step saves a
screenshot under test-output/screenshots/evidence-*.png.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser
SETTLE_MS = 120_000  # the overview counts every goal: give a loaded machine time


def main_text(page) -> str:
    """The visible text of the main area (not the sidebar)."""
    return page.locator('[data-testid="stMain"]').inner_text()


def test_from_the_balance_to_the_cited_lines(page, app_url):
    # 1. The overview: a second row of tiles counts the deliverables by their evidence.
    page.set_viewport_size({"width": 1440, "height": 2400})
    page.goto(app_url)
    wait_for_app(page, timeout=SETTLE_MS)
    tile = page.locator('a.zm-tile[data-status="under_way"]')
    n = int(re.search(r"(\d+)", tile.locator(".zm-n").inner_text()).group(1))
    assert n >= 1 and "in Umsetzung" in tile.inner_text()
    assert "Vorhaben – Umsetzungsstand laut datierten Belegen" in main_text(page)
    screenshot(page, "evidence-1-overview")

    # 2. The balance per document: sentences, and the table in its expander.
    text = main_text(page)
    assert re.search(r"Dortmund kann das[^\n]*: \d+ von \d+ Vorhaben umgesetzt, \d+ in Umsetzung", text)
    page.locator('[data-testid="stExpander"] summary', has_text="Bilanz je Dokument").click()
    table = page.locator('[data-testid="stExpander"] table', has_text="Vorhaben")
    table.wait_for(timeout=10_000)
    assert "▶ in Umsetzung" in table.inner_text() and "Dortmund kann das" in table.inner_text()
    screenshot(page, "evidence-2-balance")

    # 3. Only the deliverables in Umsetzung: exactly as many cards as the tile said.
    tile.click()
    wait_for_app(page, timeout=SETTLE_MS)
    assert "status=under_way" in page.url
    cards = page.locator("article.zm-card")
    assert cards.count() == n
    first = cards.first
    title = first.locator(".zm-card-title").inner_text()
    assert "▶ in Umsetzung" in first.inner_text() and "Beleg" in first.inner_text()

    # 4. Its goal page: one status in the title line, the dated evidence with its quote first.
    first.locator("a.zm-card-link").click()
    wait_for_app(page, timeout=SETTLE_MS)
    assert "goal=" in page.url
    text = main_text(page)
    assert title in text and "Belege zum Umsetzungsstand" in text
    head = page.locator(".zm-badge").first.inner_text()
    assert head == "▶ in Umsetzung"
    assert "So wird der Status berechnet" not in text  # the indicator rule does not decide it
    quote = page.locator("blockquote.zm-evidence-quote").first.inner_text()
    quote = quote.strip("„“\" ")
    assert len(quote) > 20
    screenshot(page, "evidence-3-goal-timeline")

    # 5. The source lines: the document view opens at the cited passage, the quote is there.
    # the link of the evidence entry (the promise's own quote above has one too)
    page.locator("blockquote.zm-evidence-quote").first.locator(
        "xpath=following::a[contains(., 'Im Dokument ansehen')][1]").click()
    page.wait_for_selector(".zm-doc mark", timeout=SETTLE_MS)
    wait_for_app(page, timeout=SETTLE_MS)
    assert "doc=" in page.url and "von=" in page.url
    text = main_text(page)
    assert re.search(r"Zeilen? \d+", text)
    marked = " ".join(page.locator(".zm-doc mark").all_inner_texts())
    words = quote.split()[:4]
    assert " ".join(words) in " ".join(marked.split())
    screenshot(page, "evidence-4-document-lines")
