"""Sign-in that cannot be turned against planners (issue 16): growing, bounded delays per client,
per name and overall instead of a lock-out of the name; state in an owner-only SQLite file that
survives restarts and is shared by processes; long names capped before any look-up; the upload
page hidden from the navigation until a planner has signed in; owner-only files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time

import pytest

import planner.throttle
from etl import private
from planner import auth
from planner.auth import add_user, hash_password, sign_in
from planner.throttle import MAX_DELAY, WINDOW_SECONDS, Throttle
from tests.apptest import run_page
from tests.conftest import ROOT

RIGHT = "das-richtige-passwort"


@pytest.fixture()
def clock():
    return [1_000_000.0]


@pytest.fixture()
def throttle(tmp_path, clock):
    return Throttle(tmp_path / "throttle.sqlite3", clock=lambda: clock[0])


USERS = {"anna": hash_password(RIGHT)}


def test_the_right_password_gets_in_after_a_bounded_short_delay(throttle, clock):
    for n in range(50):  # an attacker guesses anna's password from many addresses, as fast as allowed
        client = f"203.0.113.{n}"
        clock[0] += throttle.wait_seconds(auth.throttle_keys("anna", client))
        assert sign_in(USERS, "anna", f"rate-{n}", client, throttle)[0] is False
    ok, wait = sign_in(USERS, "anna", RIGHT, "10.1.1.1", throttle)
    assert not ok and 0 < wait <= MAX_DELAY["name"] == 30  # at most half a minute, not 15 minutes
    clock[0] += wait
    assert sign_in(USERS, "anna", RIGHT, "10.1.1.1", throttle) == (True, 0.0)


def test_one_client_gets_growing_delays(throttle, clock):
    waits = []
    for n in range(14):
        ok, wait = sign_in(USERS, f"name{n}", "x", "198.51.100.7", throttle)
        waits.append(wait)
        clock[0] += wait
    assert waits[:5] == [0.0] * 5
    assert waits[5:] == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0]  # doubling
    # the planner at another address is not held up by this client
    assert sign_in(USERS, "anna", RIGHT, "10.1.1.1", throttle) == (True, 0.0)


def test_spraying_many_names_from_many_clients_hits_the_overall_cap(throttle, clock):
    waits = [sign_in(USERS, f"user{n}", "x", f"192.0.2.{n}", throttle)[1] for n in range(60)]
    assert waits[:50] == [0.0] * 50 and all(w > 0 for w in waits[51:])
    assert max(waits) <= MAX_DELAY["all"]


def test_the_state_survives_a_restart_and_is_shared_between_processes(tmp_path, clock):
    path = tmp_path / "throttle.sqlite3"
    script = ("import sys; from planner.throttle import Throttle; t = Throttle(sys.argv[1])\n"
              "for _ in range(40): t.failed({'client': 'c', 'all': '*'})")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=ROOT) for _ in range(2)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    restarted = Throttle(path)  # a new server process
    assert restarted.rows() == 160  # 2 processes × 40 failures × 2 keys, none lost to a race
    assert restarted.wait_seconds({"client": "c"}) > 0


def test_old_failures_are_pruned_and_the_table_is_bounded(throttle, clock, monkeypatch):
    throttle.failed({"client": "a", "all": "*"})
    clock[0] += WINDOW_SECONDS + 1
    throttle.failed({"client": "b"})
    assert throttle.rows() == 1
    monkeypatch.setattr(planner.throttle, "MAX_ROWS", 30)  # the cap (5,000) made small for speed
    for n in range(40):
        clock[0] += 1
        throttle.failed({"client": f"x{n}"})
    assert throttle.rows() == 30


def test_long_names_are_capped_before_any_lookup_and_never_stored(throttle, clock, tmp_path):
    huge = "a" * 5_000_000
    started = time.process_time()
    for _ in range(40):
        ok, _wait = sign_in(USERS, huge, "x", "192.0.2.1", throttle)
        assert not ok
        clock[0] += 1000
    assert time.process_time() - started < 10
    assert (tmp_path / "throttle.sqlite3").stat().st_size < 100_000
    assert sign_in(USERS, "anna" + " " * 5_000_000, RIGHT, "10.1.1.1", throttle)[0] is False


def test_the_throttle_file_and_the_accounts_file_are_owner_only(tmp_path, monkeypatch):
    modes = []
    real_replace = os.replace

    def spy(src, dst):
        modes.append(stat.S_IMODE(os.stat(src).st_mode))  # the temporary file, before the rename
        real_replace(src, dst)
    monkeypatch.setattr(private.os, "replace", spy)
    os.umask(0o022)
    add_user(tmp_path / "users.toml", "anna", RIGHT)
    assert modes == [0o600]
    assert stat.S_IMODE((tmp_path / "users.toml").stat().st_mode) == 0o600
    throttle = auth.throttle_for(tmp_path / "users.toml")
    throttle.failed({"client": "c"})
    assert throttle.path.parent == tmp_path
    assert stat.S_IMODE(throttle.path.stat().st_mode) == 0o600


def test_viewers_see_a_sign_in_link_not_the_upload_page(fixture_db, tmp_path, monkeypatch):
    add_user(tmp_path / "users.toml", "anna", RIGHT)
    monkeypatch.setenv("ZM_USERS_FILE", str(tmp_path / "users.toml"))
    at = run_page(fixture_db, "pages/overview.py")
    assert [link.value for link in at.page_link] == ["Anmelden (Fachbereiche)"]
    at = run_page(fixture_db, "pages/upload.py")
    at.text_input(key="zm_signin_user").input("anna")
    at.text_input(key="zm_signin_password").input(RIGHT)
    at.button[0].click().run()
    assert [u.key for u in at.file_uploader] == ["zm_upload_file_0", "zm_evidence_file_0"]  # values, evidence
    assert [link.value for link in at.page_link] == []  # signed in: the page is in the navigation
