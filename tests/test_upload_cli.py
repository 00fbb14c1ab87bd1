"""`python -m etl ingest | template | uploads | rollback` run the same checks as the page."""

from __future__ import annotations

import pytest

from etl.__main__ import main
from etl.uploads import UploadStore
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.make_fixtures import files
from tests.fixtures.uploads.support import current, planner_site

GOOD = "Indikator;Gebiet;Jahr;Wert\ncompleted_dwellings;Dortmund;2025;2.345\n".encode()


@pytest.fixture()
def cli(tmp_path, monkeypatch, fixture_db):
    """A site on a copy of the fixture folder and its built database, which have no completions
    for 2025 (so an upload of 2025 is new whatever real data are added)."""
    return tmp_path, planner_site(tmp_path, monkeypatch, FIXTURE_RAW, built=fixture_db)


def test_dry_run_previews_and_stores_nothing(cli, capsys):
    tmp, db = cli
    (tmp / "werte.csv").write_bytes(GOOD)
    assert main(["ingest", str(tmp / "werte.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "new       completed_dwellings Dortmund 2025: – -> 2345" in out
    assert "not_assessable -> on_track" in out and "nichts gespeichert" in out
    assert UploadStore(tmp / "up").entries() == []
    assert current(db, "completed_dwellings", "city", "05913000", 2025) == []


# all_errors.csv has 11 problems against the real 12 Stadtbezirke (tests/test_upload_parse.py); the
# fixture's three know neither „Eving“ nor „4“, so its duplicate row is two unknown areas: 12.
def test_broken_file_exits_non_zero_with_the_report(cli, capsys):
    tmp, db = cli
    (tmp / "fehler.csv").write_bytes(files()["all_errors.csv"])
    assert main(["ingest", str(tmp / "fehler.csv"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "12 problems in" in err and "Problem(e)" not in err
    assert "Row 3, column “Gebiet”, “Hörder Bucht”: unknown area" in err


def test_broken_file_report_in_german(cli, capsys):
    tmp, db = cli
    (tmp / "fehler.csv").write_bytes(files()["all_errors.csv"])
    assert main(["ingest", str(tmp / "fehler.csv")]) == 2
    err = capsys.readouterr().err
    assert "12 Probleme in" in err and "Zeile 3, Spalte „Gebiet“, „Hörder Bucht“: unbekanntes Gebiet" in err


def test_ingest_list_and_rollback(cli, capsys):
    tmp, db = cli
    (tmp / "werte.csv").write_bytes(GOOD)
    assert main(["ingest", str(tmp / "werte.csv"), "--user", "anna", "--comment", "Zahl 2025"]) == 0
    assert current(db, "completed_dwellings", "city", "05913000", 2025) == [(2345.0, "U-0001")]
    assert main(["uploads"]) == 0
    assert "U-0001" in capsys.readouterr().out
    assert main(["rollback", "U-0001", "--user", "anna"]) == 0
    assert current(db, "completed_dwellings", "city", "05913000", 2025) == []
    assert main(["rollback", "U-0001", "--user", "anna"]) == 1
    assert "bereits zurückgenommen" in capsys.readouterr().err


def test_template_command_writes_csv_and_xlsx(cli):
    tmp, db = cli
    assert main(["template", "completed_dwellings", "-o", str(tmp / "t.csv")]) == 0
    assert "completed_dwellings;Dortmund;2025;0;Wohnungen" in (tmp / "t.csv").read_text(encoding="utf-8-sig")
    assert main(["template", "completed_dwellings", "--xlsx", "-o", str(tmp / "t.xlsx")]) == 0
    assert (tmp / "t.xlsx").read_bytes()[:2] == b"PK"
    assert main(["template", "no_such_indicator"]) == 1


def test_user_must_be_a_planner_account(cli, capsys):
    tmp, db = cli
    (tmp / "werte.csv").write_bytes(GOOD)
    assert main(["ingest", str(tmp / "werte.csv"), "--user", "mallory"]) == 1
    assert "„mallory“ ist kein Planer-Konto" in capsys.readouterr().err
    assert UploadStore(tmp / "up").entries() == []
    assert main(["ingest", str(tmp / "werte.csv"), "--user", "Anna"]) == 0
    assert UploadStore(tmp / "up").entries()[0]["user"] == "anna"
    assert main(["rollback", "U-0001", "--user", "x\x1b[2Jy"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "⟨U+001B⟩" in err


def test_refusals_of_the_upload_commands_in_english(cli, capsys):
    assert main(["rollback", "U-0009", "--user", "anna", "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == "Error: There is no upload “U-0009”."
    assert main(["rollback", "U-0009", "--user", "anna"]) == 1
    assert capsys.readouterr().err.strip() == "Fehler: Ein Upload „U-0009“ gibt es nicht."
    assert main(["uploads", "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "No uploads yet."
