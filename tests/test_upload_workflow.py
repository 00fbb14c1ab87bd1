"""The one upload workflow seen from both ends: the page and the command line take the same
as-of date (allowed years, status effect) and show the same preview; evidence entries are added,
previewed, confirmed and rolled back on the page (German and English) as on the command line."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dashboard.style import status_label
from etl.__main__ import main
from etl.uploads import UploadStore
from planner import workflow
from tests.apptest import page_text
from tests.fixtures.uploads.support import AS_OF
from tests.test_upload_evidence_cli import BEFORE, DONE, GOAL, evidence_file, implementation
from tests.test_upload_page import filled_template, sign_in, site  # noqa: F401 (fixture)


def test_workflow_as_of_is_the_setting_not_the_build_date(site, monkeypatch):  # noqa: F811
    monkeypatch.setenv("ZM_AS_OF", "2024-12-31")
    assert workflow.as_of() == dt.date(2024, 12, 31)
    con = duckdb.connect(str(site), read_only=True)
    try:
        built = con.execute("SELECT as_of FROM meta_build").fetchone()[0]
        assert workflow.reference(workflow.connection_reader(con)).last_year == 2024
    finally:
        con.close()
    assert built == AS_OF  # the database was built for 2026: the workflow does not take its date


def test_page_and_command_line_agree_on_allowed_years(site, monkeypatch, capsys, tmp_path):  # noqa: F811
    """Before, the page took the database's build year (2026) and accepted 2025 while the
    command line took ZM_AS_OF (2024) and refused it."""
    monkeypatch.setenv("ZM_AS_OF", "2024-12-31")
    data = filled_template(site)                        # a value for 2025
    at = sign_in(site)
    at.file_uploader[0].set_value(("werte.csv", data, "text/csv")).run()
    assert "das Jahr 2025 liegt außerhalb des zulässigen Zeitraums 1990–2024" in page_text(at)
    (tmp_path / "werte.csv").write_bytes(data)
    assert main(["ingest", str(tmp_path / "werte.csv"), "--dry-run"]) == 2
    assert "das Jahr 2025 liegt außerhalb des zulässigen Zeitraums 1990–2024" in capsys.readouterr().err


def test_page_and_command_line_show_the_same_preview(site, capsys, tmp_path):  # noqa: F811
    data = filled_template(site)
    (tmp_path / "werte.csv").write_bytes(data)
    assert main(["ingest", str(tmp_path / "werte.csv"), "--dry-run"]) == 0
    lines = [line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines() if line.startswith("  Ziel ")]
    at = sign_in(site)
    at.file_uploader[0].set_value(("werte.csv", data, "text/csv")).run()
    effect = at.dataframe[1].value
    shown = [f"{old} -> {new}" for old, new in zip(effect["Status bisher"], effect["Status danach"])]
    assert lines and len(lines) == len(shown)
    # the command line names statuses by id, the page by symbol and word (the one label, style.status_label)
    assert [" -> ".join(status_label(s, "de") for s in line.split(" -> ")) for line in lines] == shown


@pytest.mark.parametrize("lang, words", [
    ("de", ("Vorschau der Nachweise", "neu", "Umsetzung nicht belegt", "umgesetzt", "Nachweise E-0001 übernommen")),
    ("en", ("Preview of the evidence", "add", "implementation not evidenced", "done", "Evidence upload E-0001 applied")),
])
def test_evidence_on_the_page_add_preview_confirm_rollback(site, lang, words):  # noqa: F811
    preview, action, before, after, applied = words
    at = sign_in(site, lang=lang)
    assert not at.exception
    at.file_uploader[1].set_value(("nachweise.csv", evidence_file(DONE), "text/csv")).run()
    text = page_text(at)
    assert preview in text and action in text and before in text and after in text
    assert implementation(site) == BEFORE                      # nothing stored yet
    at.text_input(key="zm_evidence_comment_0").input("Ratsbeschluss 03/2026")
    at.button(key="zm_evidence_confirm").click().run()
    assert not at.exception
    assert applied in page_text(at)
    assert implementation(site) == ("done", "familienkarte_eingefuehrt")
    assert "familienkarte_eingefuehrt" in page_text(at)        # the history lists the entry
    at.selectbox(key="zm_rollback_pick").select("E-0001")
    at.button(key="zm_rollback_go").click().run()
    assert implementation(site) == BEFORE
    assert UploadStore(site.parent / "up").uploads()[0]["status"] == "rolled_back"


def test_broken_evidence_file_on_the_page_changes_nothing(site):  # noqa: F811
    at = sign_in(site, lang="en")
    row = f"neu;;{GOAL};2026-03-01;umgesetzt;gruene_cdu_2023;13;;;;;"
    at.file_uploader[1].set_value(("nachweise.csv", evidence_file(DONE, row), "text/csv")).run()
    text = page_text(at)
    assert "1 problem" in text and "the quote is missing" in text
    assert all(b.key != "zm_evidence_confirm" for b in at.button)
    assert UploadStore(site.parent / "up").entries() == []


def test_a_value_file_and_an_evidence_file_at_once(site):  # noqa: F811
    """Both tabs may hold a checked file: each has its own comment and buttons."""
    at = sign_in(site)
    at.file_uploader[0].set_value(("werte.csv", filled_template(site), "text/csv")).run()
    at.file_uploader[1].set_value(("nachweise.csv", evidence_file(DONE), "text/csv")).run()
    assert not at.exception
    assert {"zm_upload_confirm", "zm_evidence_confirm"} <= {b.key for b in at.button}
