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
from tests.browser.conftest import start_server, stop_server, wait_for_app

pytestmark = pytest.mark.browser

HOUSING = "wohnungen_2000_pro_jahr"


@pytest.fixture(scope="module")
def fresh_clone_url(built_db_nodemo):
    """The dashboard on the database a fresh clone builds (no Beispieldaten)."""
    proc, url = start_server(built_db_nodemo)
    yield url
    stop_server(proc)


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
