"""The upload page end to end through AppTest: sign in, template, upload, preview, confirm,
goal page shows the value, roll back, goal page without it. Viewers never see the controls."""

from __future__ import annotations

import pytest

from dashboard.queries.uploads import upload_areas, upload_indicators
from planner.template import template_csv
from etl.uploads import UploadStore
from tests.apptest import page_text, run_page
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.support import AS_OF, PASSWORD, current, planner_site

GOAL = {"goal": "wohnungen_2000_pro_jahr"}


@pytest.fixture()
def site(tmp_path, monkeypatch, fixture_db):
    """A tmp copy of the fixture folder and its built database, upload store and users file,
    wired through the settings. The fixture has no completions for 2025 of its own (so an upload
    of 2025 is new whatever real data are added)."""
    return planner_site(tmp_path, monkeypatch, FIXTURE_RAW, built=fixture_db)


def sign_in(db, password=PASSWORD, lang=None):
    at = run_page(db, "pages/upload.py", {"lang": lang} if lang else None)
    at.text_input(key="zm_signin_user").input("Anna")
    at.text_input(key="zm_signin_password").input(password)
    at.button[0].click().run()
    return at


def filled_template(db) -> bytes:
    """The completed-dwellings template as downloaded, with the example row overwritten."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    inds, areas = upload_indicators(con), upload_areas(con)
    con.close()
    ind = inds[inds["indicator_id"] == "completed_dwellings"].iloc[0].to_dict()
    text = template_csv(ind, areas, AS_OF.year).decode("utf-8")
    lines = text.splitlines()
    assert lines[-1].startswith("completed_dwellings;Dortmund;2025;0;Wohnungen;Beispielzeile")
    lines[-1] = "completed_dwellings;Dortmund;2025;2.345;Wohnungen;IT.NRW, Pressemitteilung 05/2025"
    return "\r\n".join(lines).encode("utf-8")


def test_viewer_sees_only_the_sign_in_form(site):
    at = run_page(site, "pages/upload.py")
    assert not at.exception
    assert len(at.file_uploader) == 0 and len(at.download_button) == 0
    assert "nur für angemeldete" in page_text(at)
    wrong = sign_in(site, password="falsch")
    assert "Benutzername oder Passwort falsch" in page_text(wrong)
    assert len(wrong.file_uploader) == 0


def test_upload_preview_confirm_goal_page_rollback(site):
    at = sign_in(site)
    assert not at.exception
    assert "Angemeldet als **anna**" in page_text(at)
    assert [b.key for b in at.download_button] == [  # templates as CSV and .xlsx: values, evidence
        "zm_dl_csv", "zm_dl_xlsx", "zm_dl_evidence_csv", "zm_dl_evidence_xlsx"]
    before = run_page(site, "pages/goal.py", GOAL)
    assert "2.345" not in page_text(before)

    at.file_uploader[0].set_value(("vorlage_completed_dwellings.csv", filled_template(site), "text/csv")).run()
    text = page_text(at)
    assert "Neu: **1** · geändert: **0** · unverändert: **0**" in text
    assert "2.345" in text                                    # the new value, German format
    assert "◌ noch nicht bewertbar" in text and "✔ auf Kurs" in text  # status effect before -> after
    assert current(site, "completed_dwellings", "city", "05913000", 2025) == []  # nothing stored yet

    at.text_input(key="zm_upload_comment_0").input("Zahl 2025")
    at.button(key="zm_upload_confirm").click().run()
    assert not at.exception
    assert "Upload U-0001 übernommen: 1 Werte" in page_text(at)
    assert current(site, "completed_dwellings", "city", "05913000", 2025) == [(2345.0, "U-0001")]

    goal = run_page(site, "pages/goal.py", GOAL)
    assert "2.345" in page_text(goal)
    assert "Upload U-0001 (anna, " in page_text(goal)  # the value names its source

    at.selectbox(key="zm_rollback_pick").select("U-0001")
    at.text_input(key="zm_rollback_reason").input("Tippfehler")
    at.button(key="zm_rollback_go").click().run()
    assert "Upload U-0001 zurückgenommen" in page_text(at)
    assert "zurückgenommen von anna" in page_text(at)
    assert current(site, "completed_dwellings", "city", "05913000", 2025) == []
    after = run_page(site, "pages/goal.py", GOAL)
    assert "2.345" not in page_text(after)


def test_broken_file_shows_every_problem_and_stores_nothing(site):
    from tests.fixtures.uploads.make_fixtures import files

    at = sign_in(site)
    at.file_uploader[0].set_value(("fehler.csv", files()["all_errors.csv"], "text/csv")).run()
    text = page_text(at)
    assert "12 Probleme" in text and "Problem(e)" not in text  # 12 on the fixture's areas (test_upload_cli)
    assert "Hörder Bucht" in text and "unbekanntes Gebiet" in text
    assert all(b.key != "zm_upload_confirm" for b in at.button)
    assert UploadStore(site.parent / "up").entries() == []


def test_cancel_stores_nothing(site):
    at = sign_in(site)
    at.file_uploader[0].set_value(("werte.csv", filled_template(site), "text/csv")).run()
    at.button(key="zm_upload_cancel").click().run()
    assert "Abgebrochen – es wurde nichts gespeichert." in page_text(at)
    assert UploadStore(site.parent / "up").entries() == []


def test_english_problems(site):
    from tests.fixtures.uploads.make_fixtures import files

    at = sign_in(site, lang="en")
    at.file_uploader[0].set_value(("x.csv", files()["all_errors.csv"], "text/csv")).run()
    assert "unknown area. Expected" in page_text(at)
