"""`python -m etl evidence add | withdraw | rollback | template`: evidence entries through the one
upload workflow — checked with row/column messages, previewed with the implementation status
effect, versioned in the upload log, reversible; a broken file changes nothing."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from etl.__main__ import main
from etl.build import build
from etl.uploads import UploadStore
from planner.auth import add_user
from tests.conftest import RAW
from tests.fixtures.uploads.support import AS_OF

GOAL = "glasfaser_alle_schulen_dos"   # evidence: partly_done 2025 (SPD 2025, line 89)
QUOTE = ("Seit 2020 haben wir nach und nach alle Schulen digital mit schnellem Internet und "
         "leistungsfähigem WLAN anbinden können.")
HEADER = "Aktion;Nachweis;Ziel;Datum;Stufe;Dokument;Zeilen;Zitat;Quelle;Drucksache;Adresse;Bemerkung"
DONE = f"neu;glasfaser_schulen_fertig;{GOAL};2026-03-01;umgesetzt;;;;Ratsbeschluss;DS-Nr. 01234-26;;"


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


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One built database for the module; each test works on its own copy."""
    tmp = tmp_path_factory.mktemp("evidence")
    db = tmp / "z.duckdb"
    build(raw=RAW, db_path=db, as_of=AS_OF, include_demo=True, uploads=UploadStore(tmp / "none"))
    return db


@pytest.fixture()
def cli(tmp_path, monkeypatch, built):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    db = tmp_path / "z.duckdb"
    shutil.copy(built, db)
    for name, value in (("ZM_RAW_DIR", raw), ("ZM_DB_PATH", db), ("ZM_UPLOAD_DIR", tmp_path / "up"),
                        ("ZM_AS_OF", AS_OF.isoformat()), ("ZM_SHOW_DEMO", "1"),
                        ("ZM_USERS_FILE", tmp_path / "users.toml")):
        monkeypatch.setenv(name, str(value))
    add_user(tmp_path / "users.toml", "anna", "richtig-langes-passwort")
    return tmp_path, db


def test_add_preview_confirm_rollback(cli, capsys):
    tmp, db = cli
    (tmp / "n.csv").write_bytes(evidence_file(DONE))
    assert implementation(db) == ("not_evidenced", "spd2025_l89_schulen_internet")
    assert main(["evidence", "add", str(tmp / "n.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "add       glasfaser_schulen_fertig glasfaser_alle_schulen_dos 2026-03-01: – -> done" in out
    assert "not_evidenced -> done" in out and "nichts gespeichert" in out
    assert UploadStore(tmp / "up").entries() == [] and implementation(db)[0] == "not_evidenced"

    assert main(["evidence", "add", str(tmp / "n.csv"), "--user", "anna", "--comment", "Rat 03/2026"]) == 0
    assert "Nachweise E-0001 übernommen: 1 Einträge" in capsys.readouterr().out
    assert implementation(db) == ("done", "glasfaser_schulen_fertig")
    entry = UploadStore(tmp / "up").uploads()[0]
    assert (entry["kind"], entry["user"], entry["comment"], entry["goals"]) == ("evidence", "anna", "Rat 03/2026", [GOAL])

    assert main(["evidence", "rollback", "E-0001", "--user", "anna", "--lang", "en"]) == 0
    assert "E-0001 rolled back" in capsys.readouterr().out
    assert implementation(db) == ("not_evidenced", "spd2025_l89_schulen_internet")


def test_withdraw_and_correct(cli, capsys):
    tmp, db = cli
    assert main(["evidence", "withdraw", "spd2025_l89_schulen_internet", "--user", "anna"]) == 0
    assert "spd2025_l89_schulen_internet" not in evidence_ids(db)
    (tmp / "k.csv").write_bytes(evidence_file(
        "korrigieren;spd2025_l89_tablets;endgeraete_alle_schueler_dos;2025;begonnen;;;;;;;Nur ein Teil der Schulen"))
    assert main(["evidence", "add", str(tmp / "k.csv"), "--user", "anna", "--lang", "en"]) == 0
    assert "Evidence upload E-0002 applied" in capsys.readouterr().out
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT stage, basis, planner_user, comment FROM evidence WHERE evidence_id = ?",
                      ["spd2025_l89_tablets"]).fetchone()
    con.close()
    assert row == ("started", "planner", "anna", "Nur ein Teil der Schulen")


BROKEN = [
    pytest.param(f"neu;;{GOAL};2026-03-01;umgesetzt;spd_2025;89;;;;;", "Zitat", "das Zitat fehlt",
                 "the quote is missing", id="missing-quote"),
    pytest.param(f"neu;;{GOAL};2026-03-01;umgesetzt;spd_2025;90;{QUOTE};;;;", "Zitat",
                 "das Zitat steht nicht in spd_2025, Zeilen 90", "the quote is not in spd_2025, lines 90",
                 id="quote-not-at-lines"),
    pytest.param("neu;;kein_solches_ziel;2026-03-01;umgesetzt;;;;Rat;DS 1;;", "Ziel", "unbekanntes Ziel",
                 "unknown goal", id="unknown-goal"),
    pytest.param(f"neu;;{GOAL};2027-01-01;umgesetzt;;;;Rat;DS 1;;", "Datum",
                 "das Datum liegt in der Zukunft (Stichtag 21.11.2026)", "the date lies in the future",
                 id="date-in-future"),
    pytest.param(f"neu;;{GOAL};2026-03-01;begonnen;;;;Rat;DS 1;;", "Stufe",
                 "Stufen außer der Reihe: „started“ am 2026-03-01 folgt auf „partly_done“ am 2025",
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
    assert main(["evidence", "template", GOAL, "-o", str(tmp / "t.csv")]) == 0
    assert main(["evidence", "template", GOAL, "--xlsx", "-o", str(tmp / "t.xlsx")]) == 0
    for name in ("t.csv", "t.xlsx"):
        assert main(["evidence", "add", str(tmp / name), "--dry-run"]) == 2
        assert "Beispielzeile der Vorlage" in capsys.readouterr().err
    text = (tmp / "t.csv").read_text(encoding="utf-8-sig").replace(
        "neu;beispiel_bitte_ersetzen", "neu;glasfaser_schulen_beschluss").replace(
        "Beispielzeile – bitte überschreiben oder löschen", "Vorlage des Fachbereichs")
    (tmp / "t.csv").write_text(text, encoding="utf-8")
    assert main(["evidence", "add", str(tmp / "t.csv"), "--dry-run"]) == 2   # 'begonnen' after partly_done
    assert "Stufen außer der Reihe" in capsys.readouterr().err
