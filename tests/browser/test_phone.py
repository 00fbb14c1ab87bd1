"""At phone size (390×844): the sidebar starts collapsed, nothing pushes the main area sideways
(wide tables scroll inside their own box), the district table wraps its reasons, and the map's
source note is shown whole."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# elements whose right edge past the screen would be cut off (inside a scroll box they are not)
OVERFLOW = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const width = document.documentElement.clientWidth;
  const scrolls = el => { for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
      const s = getComputedStyle(p); if (['auto', 'scroll', 'hidden'].includes(s.overflowX)) return true; }
    return false; };
  const out = Array.from(main.querySelectorAll('*')).filter(el => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > width + 1 && !scrolls(el); })
    .map(el => el.tagName + '.' + String(el.className).slice(0, 40));
  return {main: main.scrollWidth - main.clientWidth, out: out.slice(0, 5)};
}"""

# the source note written under a chart: its lines and its box, the chart's box and the screen's width
SOURCE_NOTE = """() => {
  const chart = document.querySelector('.stPlotlyChart');
  const note = Array.from(chart.querySelectorAll('text.annotation-text'))
    .find(el => el.textContent.startsWith('Quelle'));
  const box = r => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  return {lines: Array.from(note.querySelectorAll('tspan.line')).map(el => el.textContent),
          note: box(note.getBoundingClientRect()),
          chart: box(chart.querySelector('.svg-container').getBoundingClientRect()),
          screen: document.documentElement.clientWidth};
}"""


@pytest.fixture(scope="module")
def phone(browser):
    """A page at phone size, shared by this module's tests: each opens its page with a full load
    (a new Streamlit session, the sidebar in its initial state), and the browser keeps Streamlit's
    scripts cached from one page to the next instead of fetching them into a new context each time."""
    context = browser.new_context(viewport=PHONE, locale="de-DE", is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def sidebar_starts_collapsed(phone) -> None:
    """The sidebar is off screen and the content has the whole screen."""
    sidebar = phone.locator('[data-testid="stSidebar"]').bounding_box()
    assert sidebar["x"] + sidebar["width"] <= 0  # off screen
    box = phone.locator('[data-testid="stMain"]').bounding_box()
    assert box["x"] < 5 and box["width"] > 380  # the content has the whole screen


def district_table_wraps(phone) -> None:
    """The district table fits the screen and shows its reasons (wrapped, not cut off)."""
    table = phone.locator("table.zm-table")
    table.wait_for()
    assert table.bounding_box()["width"] <= 390
    assert "Begründung" in table.inner_text()


def map_source_note_is_whole(phone) -> None:
    """The map's source note lies inside the screen and the chart, all its lines drawn."""
    phone.locator(".stPlotlyChart text.annotation-text").first.wait_for(state="attached")
    found = phone.evaluate(SOURCE_NOTE)
    note, chart = found["note"], found["chart"]
    assert 0 <= note["left"] and note["right"] <= found["screen"], found  # not cut at the screen's edge
    assert chart["left"] <= note["left"] and note["right"] <= chart["right"], found  # nor at the chart's
    assert chart["top"] <= note["top"] and note["bottom"] <= chart["bottom"], found
    assert len(found["lines"]) >= 2 and found["lines"][-1] == "Grenzen: Stadt Dortmund (Open Data)", found


# each page once: its own phone check (if any) and its screenshot (if any) on the same load as the
# overflow check every page gets
CASES = [
    ("/", sidebar_starts_collapsed, "phone-overview"),
    ("/ziel?goal=wohnungen_2000_pro_jahr", None, None),
    ("/ziel?goal=strassenoffensive_alle_12_bezirke", district_table_wraps, "phone-goal-districts"),
    ("/stadtbezirke", map_source_note_is_whole, None),
    ("/quellen", None, None),
    ("/methodik", None, None),
    ("/datenlage", None, None),
    ("/dokument?doc=spd_2025&von=313&bis=313", None, "phone-document"),
]


@pytest.mark.parametrize("path, check, shot", CASES, ids=[case[0] for case in CASES])
def test_page_fits_a_phone(phone, app_url, path, check, shot):
    """Nothing pushes the main area sideways, and the page's own phone check holds."""
    phone.goto(app_url + path)
    wait_for_app(phone, timeout=120_000)
    if check:
        check(phone)
    result = phone.evaluate(OVERFLOW)
    assert result["main"] <= 0 and result["out"] == [], (path, result)
    if shot:
        screenshot(phone, shot)
