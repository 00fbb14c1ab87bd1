"""German pages speak German in Streamlit's own strings too: button names, tooltips, placeholders
and status texts the framework renders (Streamlit has no language option; static/page.js puts
them into the page language from dashboard/i18n/framework.py, and headings have no anchor link).

The check lists every framework string a screen reader or a reader meets — aria-label, title and
placeholder attributes, and text outside the app's own content (Markdown, HTML, tables) — and
fails on any that is one of Streamlit's English strings or reads as English. The same scan on the
English page must find Streamlit's strings, so a scan that sees nothing cannot pass.
"""

from __future__ import annotations

import re

import pytest

from dashboard.components import framework_labels
from tests.browser.conftest import wait_for_app, wait_for_quiet

pytestmark = pytest.mark.browser

PAGES = ["/", "/ziel?goal=wohnungen_2000_pro_jahr", "/quellen", "/methodik", "/aenderungen"]
SETTLE_MS = 120_000
# words of Streamlit's English interface (independent of the translation table, so a string the
# table misses is caught too)
ENGLISH = re.compile(r"\b(Link to|Collapse|Expand|Sidebar|App pages|Open|Close|Clear|Choose|Selected|No results|"
                     r"Help|Increment|Decrement|Fullscreen|Download|Search|Show/hide|Running|Stop|Drag and drop|"
                     r"per file|Upload|Browse|View|day|month|year|Selected|January|February|March|June|July|"
                     r"October|December)\b")
FRAMEWORK_STRINGS = """() => {
  const own = '[data-testid="stMarkdownContainer"], [data-testid="stHtml"], [data-testid="stText"], ' +
              '[data-testid="stCode"], [data-testid="stTable"], svg, script, style, noscript';
  const found = [];
  for (const name of ['aria-label', 'title', 'placeholder']) {
    for (const el of document.querySelectorAll('[' + name + ']')) {
      if (!el.closest(own) && el.getAttribute(name).trim()) found.push(name + ': ' + el.getAttribute(name).trim());
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    const parent = node.parentElement;
    const framework = parent && (!parent.closest(own) || parent.closest('[data-testid="stTooltipContent"]'));
    if (text && framework && parent.dataset.testid !== 'stIconMaterial') found.push('text: ' + text);
  }
  return found;
}"""


def _known(text: str) -> bool:
    """True when `text` is one of Streamlit's English strings in the table (a {hole} matching anything)."""
    for english in framework_labels("de"):
        pattern = re.sub(r"\\\{\w+\\\}", ".+", re.escape(english))
        if re.fullmatch(pattern, text):
            return True
    return False


def english_framework_strings(page) -> list[str]:
    """The framework strings on the page that are Streamlit's English ones or read as English."""
    found = page.evaluate(FRAMEWORK_STRINGS)
    return sorted({f for f in found if _known(f.split(": ", 1)[1]) or ENGLISH.search(f.split(": ", 1)[1])})


def english_framework_strings_with_tooltips(page) -> list[str]:
    """english_framework_strings on a settled page, with the tooltips of the toolbar over its first
    data grid shown (the toolbar appears on hover)."""
    grid = page.locator('[data-testid="stDataFrame"]')
    if grid.count():
        grid.first.hover()
        page.locator('[data-testid="stElementToolbar"] button').first.hover()
        page.locator('[data-testid="stTooltipContent"]').first.wait_for()
        wait_for_quiet(page)  # the page script translates the tooltip 250 ms after it appears
    return english_framework_strings(page)


def english_framework_strings_of_collapsed_sidebar(page) -> list[str]:
    """english_framework_strings after collapsing the sidebar (then "Expand sidebar" shows)."""
    page.locator('[data-testid="stSidebar"]').hover()  # the collapse button shows on hover
    page.locator('[data-testid="stSidebarCollapseButton"] button').click()
    page.locator('[data-testid="stExpandSidebarButton"]').wait_for()
    wait_for_quiet(page)
    return english_framework_strings(page)


# The German pages' scan (PAGES, each with its data grid's tooltips, then the collapsed sidebar) runs
# on test_a11y's visit of each page: test_every_page_passes_axe_and_declares_language_and_title[de].


def test_the_scan_sees_streamlits_strings_on_the_english_page(page, app_url):
    page.goto(app_url + "/methodik?lang=en")
    wait_for_app(page, timeout=SETTLE_MS)  # settled: the page script has translated (250 ms after the last change)
    found = english_framework_strings(page)
    assert "aria-label: Collapse sidebar" in found and any("Download as CSV" in f for f in found), found
