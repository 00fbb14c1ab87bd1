"""A store that heals or refuses clearly (issue 16): a damaged line of uploads.jsonl is reported
with its line number and the repair command, `python -m etl repair` moves it aside without
touching good entries; a broken database gives a one-line message naming the fix. Files of
the store are owner-only."""

from __future__ import annotations

import shutil
import stat

import pytest

from etl.__main__ import main
from etl.uploads import UploadLogDamaged, UploadStore
from tests.conftest import FIXTURE_RAW
from tests.fixtures.uploads.support import AS_OF, current

GOOD = "Indikator;Gebiet;Jahr;Wert\ncompleted_dwellings;Dortmund;2024;2.345\n".encode()
OTHER = "Indikator;Gebiet;Jahr;Wert\ncompleted_dwellings;Dortmund;2023;1.999\n".encode()


@pytest.fixture()
def cli(tmp_path, monkeypatch, fixture_db):
    """A copy of the fixture folder and of its built database (no uploads), wired through the
    settings (ZM_*), with an empty upload store in tmp_path/up."""
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURE_RAW, raw)
    db = tmp_path / "z.duckdb"
    shutil.copy(fixture_db, db)
    for name, value in (("ZM_RAW_DIR", raw), ("ZM_DB_PATH", db), ("ZM_UPLOAD_DIR", tmp_path / "up"),
                        ("ZM_AS_OF", AS_OF.isoformat()), ("ZM_SHOW_DEMO", "1")):
        monkeypatch.setenv(name, str(value))
    return tmp_path, db


def ingest(tmp, data: bytes, name: str = "werte.csv") -> int:
    (tmp / name).write_bytes(data)
    return main(["ingest", str(tmp / name)])


def cut_last_line(log) -> bytes:
    """Cut the log's last entry in the middle (a crash during the append); return the good part."""
    text = log.read_bytes()
    last = text.rstrip(b"\n").rfind(b"\n") + 1
    log.write_bytes(text[:last + 40])
    return text[:last]


def test_a_cut_off_last_line_is_reported_with_its_number_and_the_repair_command(cli, capsys):
    tmp, db = cli
    assert ingest(tmp, GOOD) == 0 and ingest(tmp, OTHER, "w2.csv") == 0
    cut_last_line(tmp / "up" / "uploads.jsonl")
    capsys.readouterr()
    for argv in (["uploads"], ["build"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "Zeile 2 beschädigt" in err and "python -m etl repair" in err
        assert "Traceback" not in err and "JSONDecodeError" not in err
    assert ingest(tmp, OTHER, "w3.csv") == 1
    assert "python -m etl repair" in capsys.readouterr().err


def test_repair_moves_only_the_damaged_line_aside(cli, capsys):
    tmp, db = cli
    assert ingest(tmp, GOOD) == 0 and ingest(tmp, OTHER, "w2.csv") == 0
    log = tmp / "up" / "uploads.jsonl"
    good = cut_last_line(log)
    damaged = log.read_bytes()[len(good):]
    assert main(["repair"]) == 0
    out = capsys.readouterr().out
    assert "Zeile(n) 2 verschoben" in out and "python -m etl build" in out
    assert log.read_bytes() == good  # the good entry is byte for byte as it was
    (aside,) = (tmp / "up").glob("uploads.damaged-*.jsonl")
    assert aside.read_bytes() == damaged + b"\n"
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert [u["id"] for u in UploadStore(tmp / "up").uploads()] == ["U-0001"]
    assert main(["build"]) == 0
    assert ingest(tmp, OTHER, "w2.csv") == 0  # uploads work again, with a fresh id
    assert current(db, "completed_dwellings", "city", "05913000", 2023) == [(1999.0, "U-0002")]
    assert main(["repair"]) == 0 and "nichts zu reparieren" in capsys.readouterr().out


def test_a_damaged_middle_line_is_moved_aside_and_ids_are_never_reused(cli):
    tmp, db = cli
    assert ingest(tmp, GOOD) == 0 and ingest(tmp, OTHER, "w2.csv") == 0
    log = tmp / "up" / "uploads.jsonl"
    first, second = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("{kaputt\n" + first + second, encoding="utf-8")
    with pytest.raises(UploadLogDamaged) as err:
        UploadStore(tmp / "up").entries()
    assert err.value.lines == [1]
    assert main(["repair"]) == 0
    assert log.read_text(encoding="utf-8") == first + second
    assert UploadStore(tmp / "up").next_id("U") == "U-0003"


@pytest.mark.parametrize("damage", [b"not a database at all", b""], ids=["garbage", "empty"])
def test_ingest_against_a_broken_database_names_the_fix(cli, capsys, damage):
    tmp, db = cli
    db.write_bytes(damage + b"\0" * 64)
    capsys.readouterr()
    assert ingest(tmp, GOOD) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "python -m etl build" in err and "Traceback" not in err
    assert main(["build"]) == 0  # the named fix works
    assert ingest(tmp, GOOD) == 0


def test_the_log_and_the_originals_are_owner_only(cli):
    tmp, db = cli
    assert ingest(tmp, GOOD) == 0
    store = tmp / "up"
    assert stat.S_IMODE((store / "uploads.jsonl").stat().st_mode) == 0o600
    (original,) = (store / "files").iterdir()
    assert stat.S_IMODE(original.stat().st_mode) == 0o600
    assert stat.S_IMODE((store / "files").stat().st_mode) == 0o700


def test_the_upload_page_reports_a_damaged_log_instead_of_failing(cli, monkeypatch):
    from planner.auth import add_user
    from tests.apptest import page_text, run_page

    tmp, db = cli
    assert ingest(tmp, GOOD) == 0
    cut_last_line(tmp / "up" / "uploads.jsonl")
    add_user(tmp / "users.toml", "anna", "richtig-langes-passwort")
    monkeypatch.setenv("ZM_USERS_FILE", str(tmp / "users.toml"))
    at = run_page(db, "pages/upload.py")
    at.text_input(key="zm_signin_user").input("anna")
    at.text_input(key="zm_signin_password").input("richtig-langes-passwort")
    at.button[0].click().run()
    assert not at.exception
    assert "Zeile 1 beschädigt" in page_text(at) and "python -m etl repair" in page_text(at)


@pytest.mark.parametrize("comment", ["Quelle\x1b[2J", "IT.NRW\u202egpj.exe", "x" * 1_001])
def test_a_comment_with_control_characters_or_too_long_is_refused(cli, capsys, comment):
    tmp, db = cli
    (tmp / "werte.csv").write_bytes(GOOD)
    assert main(["ingest", str(tmp / "werte.csv"), "--comment", comment]) == 1
    err = capsys.readouterr().err
    assert "Kommentar" in err and "\x1b" not in err and "\u202e" not in err
    assert UploadStore(tmp / "up").entries() == [] and not (tmp / "up" / "files").exists()
