"""Resource limits against hostile uploads (issue 16): Streamlit's upload endpoint limit equals
the app's, files are parsed in a capped worker process that is cancelled when it overruns, and
the server stops on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import time
import tomllib

import config
from dashboard import serve
from planner import worker
from tests.conftest import ROOT
from tests.fixtures.uploads import hostile_files as hf


def test_the_upload_limit_is_set_in_one_place_only():
    """ZM_MAX_UPLOAD_MB is the one source; Streamlit's own config does not set a second limit."""
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert "maxUploadSize" not in settings.get("server", {})
    assert float(config.SETTINGS["max_upload_mb"].default) == 5
    assert serve.upload_limit_option([]) == ["--server.maxUploadSize=5"]


def test_the_launcher_passes_the_apps_limit_to_streamlit(monkeypatch):
    monkeypatch.setenv("ZM_MAX_UPLOAD_MB", "2.5")
    assert serve.upload_limit_option([]) == ["--server.maxUploadSize=3"]
    assert serve.upload_limit_option(["--server.maxUploadSize=1"]) == []


def test_a_parse_that_overruns_is_cancelled_with_a_message_naming_the_file():
    rows = hf.many_rows(400)
    started = time.monotonic()
    table, problems = worker.parse_limited(hf.csv_bytes(*rows), "langsam.csv", wall=0.01)
    assert time.monotonic() - started < 5
    assert table is None and [p.code for p in problems] == ["file_too_slow"]
    assert problems[0].text().startswith("Die Datei „langsam.csv“ braucht zum Lesen zu viel Zeit")


def test_a_parse_is_cancelled_when_the_planners_session_ends(monkeypatch):
    # poll every 10 ms: the worker interpreter alone needs far longer to start, so the parse is
    # still running when the session is found gone
    monkeypatch.setattr(worker, "POLL_SECONDS", 0.01)
    calls = []

    def alive() -> bool:  # the session ends after the first check
        calls.append(time.monotonic())
        return len(calls) < 2

    started = time.monotonic()
    table, problems = worker.parse_limited(hf.csv_bytes(*hf.many_rows(400)), "gross.csv", wall=60, alive=alive)
    assert table is None and [p.code for p in problems] == ["upload_cancelled"]
    assert len(calls) == 2 and time.monotonic() - started < 5, "cancelled at the next poll, not the 60 s cap"
    assert "Sitzung beendet" in problems[0].text() and "gross.csv" in problems[0].text()


def test_a_live_session_gets_its_table(monkeypatch):
    monkeypatch.setattr(worker, "POLL_SECONDS", 0.01)
    table, problems = worker.parse_limited(hf.csv_bytes(hf.tree_row("Eving")), "da.csv", alive=lambda: True)
    assert problems == [] and len(table.rows) == 1


def test_the_worker_returns_the_same_table_as_the_reader():
    data = hf.csv_bytes(hf.tree_row("Eving"), hf.tree_row("Hörde"))
    table, problems = worker.parse_limited(data, "werte.csv")
    assert problems == [] and [n for n, _ in table.rows] == [2, 3]


def _capped(code: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter after planner.worker.set_limits(1 s CPU, 64 MB)."""
    script = "from planner.worker import set_limits\nset_limits(1, 64)\n" + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)


def test_the_worker_caps_memory():
    done = _capped("""
        try:
            block = bytearray(300 * 1024 * 1024)
            print("allocated")
        except MemoryError:
            print("refused")
    """)
    assert done.stdout.strip() == "refused"


def test_the_worker_caps_cpu_time():
    started = time.monotonic()
    done = _capped("while True:\n    pass\n")
    assert done.returncode == -signal.SIGXCPU
    assert time.monotonic() - started < 10


def test_sigterm_ends_the_server_even_if_a_thread_is_stuck():
    exited = threading.Event()
    calls = []
    handler = serve.with_deadline(lambda sig, frame: calls.append(sig), grace=0.2,
                                  exit_now=lambda code: exited.set())
    handler(signal.SIGTERM, None)
    assert calls == [signal.SIGTERM]  # Streamlit's own graceful stop runs first
    assert exited.wait(2)  # and the process ends after the grace period regardless


def test_the_server_stops_on_sigterm(built_db):
    from tests.browser.conftest import start_server

    proc, _url = start_server(built_db)
    try:
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=serve.GRACE_SECONDS + 10)
        assert time.monotonic() - started < serve.GRACE_SECONDS + 5
    finally:
        if proc.poll() is None:
            proc.kill()


def test_the_hostile_benchmark_runs_offline(capsys):
    from bench import hostile

    assert hostile.main(["--bomb-mb", "60", "--skip-browser"]) == 0
    out = capsys.readouterr().out
    assert "60 MB unpacked" in out and "refused as xlsx_too_big" in out
    assert "throttle rows 80" in out


def test_a_file_with_40000_problems_shows_a_bounded_table_quickly(fixture_db, tmp_path, monkeypatch):
    from planner.auth import add_user
    from tests.apptest import page_text, run_page

    add_user(tmp_path / "users.toml", "anna", "richtig-langes-passwort")
    monkeypatch.setenv("ZM_USERS_FILE", str(tmp_path / "users.toml"))
    monkeypatch.setenv("ZM_UPLOAD_DIR", str(tmp_path / "up"))
    at = run_page(fixture_db, "pages/upload.py")
    at.text_input(key="zm_signin_user").input("anna")
    at.text_input(key="zm_signin_password").input("richtig-langes-passwort")
    at.button[0].click().run()
    bad = hf.csv_bytes(*[f"kein_indikator;Atlantis {n};19{n % 10};viel;Stück;x" for n in range(10_000)])
    started = time.monotonic()
    at.file_uploader[0].set_value(("fehler.csv", bad, "text/csv")).run(timeout=120)
    assert time.monotonic() - started < 60
    assert not at.exception
    assert "40000 Probleme" in page_text(at)
    assert "Gezeigt sind die ersten 200 von 40000 Problemen" in page_text(at)
    assert len(at.table[0].value) == 200
