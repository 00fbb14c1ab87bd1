"""`python -m etl … --lang en` speaks English on every command; German stays the default."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from etl.__main__ import COMMANDS, _parser, main
from tests.conftest import ROOT

MINIMAL_ARGS = {"ingest": ["f.csv"], "template": ["x"], "rollback": ["U-0001"], "add-user": ["anna"],
                "export": ["-o", "out"]}


def test_every_command_takes_lang():
    for name in COMMANDS:
        args = _parser().parse_args([name, *MINIMAL_ARGS.get(name, []), "--lang", "en"])
        assert args.lang == "en", name
        assert _parser().parse_args([name, *MINIMAL_ARGS.get(name, [])]).lang == "de", name


def test_check_speaks_the_chosen_language():
    run = [sys.executable, "-m", "etl", "check"]
    english = subprocess.run([*run, "--lang", "en"], cwd=ROOT, capture_output=True, text=True, check=True)
    german = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True)
    assert english.stdout.strip() == "All inputs are valid."
    assert german.stdout.strip() == "Alle Eingabedaten sind gültig."


def test_check_lists_every_problem_under_a_header_in_the_chosen_language(raw_copy, monkeypatch, capsys):
    path = raw_copy / "register" / sorted(p.name for p in (raw_copy / "register").glob("*.yaml"))[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    goals = data["goals"] if isinstance(data, dict) else data
    goals[0]["kind"] = "no_such_kind"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("ZM_RAW_DIR", str(raw_copy))
    assert main(["check", "--lang", "en"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("problem(s) in the inputs:") and int(err[0].split()[0]) == len(err) - 1 >= 1
    assert any("no_such_kind" in line for line in err[1:])
    assert main(["check"]) == 1
    assert capsys.readouterr().err.splitlines()[0].endswith("Problem(e) in den Eingabedaten:")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Error: missing.duckdb is missing – run `python -m etl build` first."),
    ("de", "Fehler: missing.duckdb fehlt – zuerst `python -m etl build` ausführen."),
])
def test_report_and_export_without_a_database_say_how_to_build_it(lang, expected, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZM_DB_PATH", str(tmp_path / "missing.duckdb"))
    for command in (["report", "-o", str(tmp_path / "r.pdf")], ["export", "-o", str(tmp_path / "pkg")]):
        assert main([*command, "--lang", lang]) == 1
        assert capsys.readouterr().err.strip() == expected


def test_repair_of_a_clean_log_in_english(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZM_UPLOAD_DIR", str(tmp_path))
    assert main(["repair", "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "The upload log is in order; nothing to repair."


def test_build_reports_its_steps_in_english(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZM_DB_PATH", str(tmp_path / "zm.duckdb"))
    assert main(["build", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("[1/6] Reading the catalogue") and out[-1].startswith("[6/6] Done: ")
    assert not any("Fertig" in line or "lesen" in line for line in out)
