"""`python -m etl evidence add | withdraw | rollback | template`: evidence entries through the one
upload workflow — checked with row/column messages, previewed with the implementation status
effect, versioned in the upload log, reversible; a broken file changes nothing. On the fixture
folder (tests/fixtures/data: its milestones and their evidence, its two documents)."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from etl.__main__ import main
from etl.uploads import UploadStore
from planner.auth import add_user
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.support import AS_OF

# familienkarte: evidence still_open 2023-08-16 (Leitlinien 2023, line 13), deadline 2025 passed
GOAL = "familienkarte"
BEFORE = ("not_evidenced", "fx_familienkarte_offen")     # its implementation status and evidence
QUOTE = "Die Verwaltung hat den Auftrag, eine Familienkarte einzuführen, bis heute nicht umgesetzt."
DONE_GOAL = "digitale_bauakte"                           # evidence: done 2025-03-01
HEADER = "Aktion;Nachweis;Ziel;Datum;Stufe;Dokument;Zeilen;Zitat;Quelle;Drucksache;Adresse;Bemerkung"
DONE = f"neu;familienkarte_eingefuehrt;{GOAL};2026-03-01;umgesetzt;;;;Ratsbeschluss;DS-Nr. 01234-26;;"


def evidence_file(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


def implementation(db, goal=GOAL):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT implementation, evidence_id FROM target_implementation WHERE target_id = ?",
                           [goal]).fetchone()
    finally:
        con.close()


def evidence_ids(db) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT evidence_id FROM evidence").fetchall()}
    finally:
        con.close()


@pytest.fixture()
def cli(tmp_path, monkeypatch, fixture_db):
    """A copy of the fixture folder and of its built database, an empty upload store and the
    planner 'anna', wired through the settings (ZM_*)."""
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURE_RAW, raw)
    db = tmp_path / "z.duckdb"
    shutil.copy(fixture_db, db)
    for name, value in (("ZM_RAW_DIR", raw), ("ZM_DB_PATH", db), ("ZM_UPLOAD_DIR", tmp_path / "up"),
                        ("ZM_AS_OF", AS_OF.isoformat()), ("ZM_SHOW_DEMO", "1"),
                        ("ZM_USERS_FILE", tmp_path / "users.toml")):
        monkeypatch.setenv(name, str(value))
    add_user(tmp_path / "users.toml", "anna", "richtig-langes-passwort")
    return tmp_path, db


def test_add_preview_confirm_rollback(cli, capsys):
    tmp, db = cli
    (tmp / "n.csv").write_bytes(evidence_file(DONE))
    assert implementation(db) == BEFORE
    assert main(["evidence", "add", str(tmp / "n.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "add       familienkarte_eingefuehrt familienkarte 2026-03-01: – -> done" in out
    assert "not_evidenced -> done" in out and "nichts gespeichert" in out
    assert UploadStore(tmp / "up").entries() == [] and implementation(db)[0] == "not_evidenced"

    assert main(["evidence", "add", str(tmp / "n.csv"), "--user", "anna", "--comment", "Rat 03/2026"]) == 0
    assert "Nachweise E-0001 übernommen: 1 Einträge" in capsys.readouterr().out
    assert implementation(db) == ("done", "familienkarte_eingefuehrt")
    entry = UploadStore(tmp / "up").uploads()[0]
    assert (entry["kind"], entry["user"], entry["comment"], entry["goals"]) == ("evidence", "anna", "Rat 03/2026", [GOAL])

    assert main(["evidence", "rollback", "E-0001", "--user", "anna", "--lang", "en"]) == 0
    assert "E-0001 rolled back" in capsys.readouterr().out
    assert implementation(db) == BEFORE


def test_withdraw_and_correct(cli, capsys):
    tmp, db = cli
    assert main(["evidence", "withdraw", "fx_familienkarte_offen", "--user", "anna"]) == 0
    assert "fx_familienkarte_offen" not in evidence_ids(db)
    (tmp / "k.csv").write_bytes(evidence_file(
        f"korrigieren;fx_bauakte_done;{DONE_GOAL};2025;begonnen;;;;;;;Nur ein Teil der Ämter"))
    assert main(["evidence", "add", str(tmp / "k.csv"), "--user", "anna", "--lang", "en"]) == 0
    assert "Evidence upload E-0002 applied" in capsys.readouterr().out
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT stage, basis, planner_user, comment FROM evidence WHERE evidence_id = ?",
                      ["fx_bauakte_done"]).fetchone()
    con.close()
    assert row == ("started", "planner", "anna", "Nur ein Teil der Ämter")


BROKEN = [
    pytest.param(f"neu;;{GOAL};2026-03-01;umgesetzt;gruene_cdu_2023;13;;;;;", "Zitat", "das Zitat fehlt",
                 "the quote is missing", id="missing-quote"),
    pytest.param(f"neu;;{GOAL};2026-03-01;umgesetzt;gruene_cdu_2023;12;{QUOTE};;;;", "Zitat",
                 "das Zitat steht nicht in gruene_cdu_2023, Zeilen 12",
                 "the quote is not in gruene_cdu_2023, lines 12", id="quote-not-at-lines"),
    pytest.param("neu;;kein_solches_ziel;2026-03-01;umgesetzt;;;;Rat;DS 1;;", "Ziel", "unbekanntes Ziel",
                 "unknown goal", id="unknown-goal"),
    pytest.param(f"neu;;{GOAL};2027-01-01;umgesetzt;;;;Rat;DS 1;;", "Datum",
                 "das Datum liegt in der Zukunft (Stichtag 21.11.2026)", "the date lies in the future",
                 id="date-in-future"),
    pytest.param(f"neu;;{DONE_GOAL};2026-03-01;begonnen;;;;Rat;DS 1;;", "Stufe",
                 "Stufen außer der Reihe: „started“ am 2026-03-01 folgt auf „done“ am 2025-03-01",
                 "stage out of order", id="stage-out-of-order"),
    pytest.param(f"neu;;{GOAL};2026-03-01;fast fertig;;;;Rat;DS 1;;", "Stufe", "unbekannte Stufe",
                 "unknown stage", id="unknown-stage"),
    pytest.param(f"korrigieren;gibt_es_nicht;{GOAL};2026-03-01;umgesetzt;;;;Rat;DS 1;;", "Nachweis",
                 "einen Nachweis „gibt_es_nicht“ gibt es nicht", "there is no evidence entry", id="unknown-id"),
    pytest.param(f"neu;;{GOAL};2026-03-01;umgesetzt;;;;Rat;;;", "Drucksache",
                 "Quelle ohne Drucksache und ohne Adresse", "source without a reference", id="source-incomplete"),
    pytest.param(f"neu;;{GOAL};2026-03-01;umgesetzt;;;;;;;", "Bemerkung", "keine Grundlage", "no basis",
                 id="no-basis"),
]


@pytest.mark.parametrize("row, column, german, english", BROKEN)
def test_each_broken_row_is_refused_with_row_and_column(cli, capsys, row, column, german, english):
    tmp, db = cli
    (tmp / "f.csv").write_bytes(evidence_file(DONE, row))
    before = implementation(db)
    assert main(["evidence", "add", str(tmp / "f.csv"), "--user", "anna"]) == 2
    err = capsys.readouterr().err
    assert "1 Problem in" in err and f"Zeile 3, Spalte „{column}“" in err and german in err
    assert main(["evidence", "add", str(tmp / "f.csv"), "--user", "anna", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "1 problem in" in err and f"Row 3, column “{column}”" in err and english in err
    assert UploadStore(tmp / "up").entries() == [] and implementation(db) == before


def test_template_is_refused_until_the_example_row_is_replaced(cli, capsys):
    tmp, db = cli
    assert main(["evidence", "template", DONE_GOAL, "-o", str(tmp / "t.csv")]) == 0
    assert main(["evidence", "template", DONE_GOAL, "--xlsx", "-o", str(tmp / "t.xlsx")]) == 0
    for name in ("t.csv", "t.xlsx"):
        assert main(["evidence", "add", str(tmp / name), "--dry-run"]) == 2
        assert "Beispielzeile der Vorlage" in capsys.readouterr().err
    text = (tmp / "t.csv").read_text(encoding="utf-8-sig").replace(
        "neu;beispiel_bitte_ersetzen", "neu;bauakte_beschluss").replace(
        "Beispielzeile – bitte überschreiben oder löschen", "Vorlage des Fachbereichs")
    (tmp / "t.csv").write_text(text, encoding="utf-8")
    assert main(["evidence", "add", str(tmp / "t.csv"), "--dry-run"]) == 2   # 'begonnen' after done
    assert "Stufen außer der Reihe" in capsys.readouterr().err
