"""The Sachstandsbericht from the overview's button, in a real browser (issue 14): click the
button, download the PDF, read it with pdftotext and find the Stand date, a goal's title, its
status word and its source — expected values read from the database, not typed in."""

from __future__ import annotations

import shutil
import subprocess

import duckdb
import pytest

from dashboard.headline import headline_status
from dashboard.style import status_word
from indicators.fmt import format_date
from report.model import goals_for
from tests.browser.conftest import fresh_page, start_server, stop_server, wait_for_app

# one worker runs them all under xdist (make test: --dist loadgroup): one server
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("report")]

HOUSING = "wohnungen_2000_pro_jahr"


@pytest.fixture(scope="module")
def fresh_clone_url(built_db_nodemo):
    """The dashboard on the database a fresh clone builds (no Beispieldaten)."""
    proc, url = start_server(built_db_nodemo)
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def page(browser):
    """One laptop-size page (1440×900) for this module's tests, in place of conftest's page per
    test: each test loads its page afresh (a new Streamlit session), and the browser keeps
    Streamlit's scripts cached instead of fetching them into a new context every time."""
    with fresh_page(browser, 1440, 900) as pg:
        yield pg


def expected(db_path) -> dict[str, str]:
    """Stand date, the housing goal's title, its headline status word and its data source."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        as_of = con.execute("SELECT as_of FROM meta_build").fetchone()[0]
        row = goals_for(con).set_index("target_id").loc[HOUSING]
    return {"stand": f"Stand {format_date(as_of, 'de')}", "title": row["title_de"],
            "status": status_word(headline_status(row), "de"), "source": row["data_source_title"]}


def pdf_text(path) -> str:
    """The PDF's text by pdftotext (poppler), whitespace collapsed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
    return " ".join(out.split())


def test_report_button_downloads_a_pdf_with_stand_goal_status_and_source(page, fresh_clone_url,
                                                                         built_db_nodemo, tmp_path):
    page.goto(fresh_clone_url)
    wait_for_app(page)
    page.get_by_role("button", name="Sachstandsbericht erstellen (PDF)").click()
    download_button = page.get_by_role("button", name="Sachstandsbericht herunterladen")
    download_button.wait_for(timeout=180_000)  # typesetting all goals on a busy machine
    with page.expect_download(timeout=60_000) as info:
        download_button.click()
    pdf = tmp_path / "bericht.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    want = expected(built_db_nodemo)
    assert want["stand"] in text
    section = text.rindex(want["title"])  # the goal's own section (after contents and summary)
    assert want["status"] in text[section:section + len(want["title"]) + 80]
    assert want["source"] in text[section:section + 2000]


def axis_ticks(page) -> list[str]:
    """The y-axis tick labels of the first plotly chart, as drawn."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot .ytick text'))
                            .map(t => t.textContent)""")


@pytest.mark.parametrize("lang, query, grouped, suffix", [("de", "", "2.000", "k"), ("en", "&lang=en", "2,000", "k")])
def test_goal_chart_axis_in_page_language_and_whatif_path(page, fresh_clone_url, lang, query, grouped, suffix):
    """Chart numbers as the page's language writes them (no SI suffix), and the what-if input
    draws its path into the chart and says whether the target would be met."""
    # straight to the deep link: dashboard.serve spares a fresh server's first visitor the router's
    # "Page not found" (test_journey's first-visit test holds it to that)
    page.goto(f"{fresh_clone_url}/ziel?goal={HOUSING}{query}")
    wait_for_app(page, timeout=90_000)
    page.wait_for_selector(".js-plotly-plot .ytick text", timeout=30_000)
    ticks = axis_ticks(page)
    assert grouped in ticks and not any(t.endswith(suffix) for t in ticks), ticks
    box = page.locator('[data-testid="stNumberInput"] input').first
    box.fill("1500")
    box.press("Enter")
    page.get_by_text("würde verfehlt" if lang == "de" else "would be missed").first.wait_for(timeout=90_000)
    wait_for_app(page, timeout=90_000)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert ("würde verfehlt" if lang == "de" else "would be missed") in main
    metas = page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot'))
                             .flatMap(p => (p.data || []).map(t => String(t.meta || '')))""")
    assert "whatif" in metas
