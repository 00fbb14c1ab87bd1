"""Salted password hashes, the accounts file, the sign-in throttle, configured sign-ins."""

from __future__ import annotations

import pytest

from planner.auth import (AuthError, add_user, hash_password, load_users, planners_configured, secrets_section,
                      sign_in, verify_password)
from planner.throttle import Throttle


def test_hashes_are_salted_and_verify():
    first, second = hash_password("geheim-genug-1"), hash_password("geheim-genug-1")
    assert first != second and first.startswith("scrypt$")
    assert "geheim" not in first
    assert verify_password("geheim-genug-1", first) and verify_password("geheim-genug-1", second)
    assert not verify_password("geheim-genug-2", first)
    assert not verify_password("x", "plaintext") and not verify_password("x", "scrypt$1$2$3$zz$zz")


def test_add_user_writes_only_hashes(tmp_path):
    path = tmp_path / "users.toml"
    add_user(path, "Anna", "ein-langes-passwort")
    add_user(path, "bernd", "noch-ein-passwort")
    users = load_users(path)
    assert set(users) == {"anna", "bernd"}
    assert "ein-langes-passwort" not in path.read_text()
    assert verify_password("ein-langes-passwort", users["anna"])
    with pytest.raises(AuthError):
        add_user(path, "x y", "ein-langes-passwort")
    with pytest.raises(AuthError):
        add_user(path, "carla", "kurz")


def test_secrets_accounts_are_merged(tmp_path):
    extra = {"Carla": hash_password("carlas-passwort")}
    assert set(load_users(tmp_path / "missing.toml", extra)) == {"carla"}


class MissingSecrets(dict):
    def get(self, key, default=None):
        raise FileNotFoundError("no secrets.toml")


def test_secrets_section_without_secrets_file(tmp_path):
    assert secrets_section(MissingSecrets(), "planners") == {}
    assert not planners_configured(tmp_path / "missing.toml", MissingSecrets())
    add_user(tmp_path / "u.toml", "anna", "ein-langes-passwort")
    assert planners_configured(tmp_path / "u.toml", MissingSecrets())


def test_failures_slow_the_name_down_but_never_lock_the_planner_out(tmp_path):
    """Replaces the old test that asserted a 15-minute lock-out of the name even with the right
    password – the behaviour issue 16 removed: anyone could keep a planner out."""
    now = [1000.0]
    throttle = Throttle(tmp_path / "t.sqlite3", clock=lambda: now[0])
    users = {"anna": hash_password("das-richtige-pw")}
    for _ in range(3):
        assert sign_in(users, "anna", "falsch", "10.0.0.9", throttle) == (False, 0.0)
    ok, wait = sign_in(users, "anna", "falsch", "10.0.0.9", throttle)
    assert not ok and wait == 1.0  # the 4th failure: wait a second
    assert sign_in(users, "ANNA", "das-richtige-pw", "10.0.0.1", throttle) == (False, 1.0)  # not checked
    now[0] += 1.0
    assert sign_in(users, "anna", "das-richtige-pw", "10.0.0.1", throttle) == (True, 0.0)


def test_unknown_user_is_refused(tmp_path):
    throttle = Throttle(tmp_path / "t.sqlite3", clock=lambda: 0.0)
    users = {"anna": hash_password("pw-pw-pw-pw")}
    assert sign_in(users, "mallory", "pw-pw-pw-pw", None, throttle)[0] is False


@pytest.mark.parametrize(("peer", "header", "expected"), [
    ("127.0.0.1", "203.0.113.7, 10.0.0.1", "203.0.113.7"),   # behind the local proxy: the real client
    ("::1", "198.51.100.2", "198.51.100.2"),
    ("203.0.113.9", "1.2.3.4", "203.0.113.9"),             # a direct client cannot claim another address
    ("127.0.0.1", None, "127.0.0.1"),
    (None, "1.2.3.4", None),
])
def test_the_throttle_keys_clients_by_the_forwarded_address_only_behind_the_local_proxy(peer, header, expected):
    from planner.auth import client_address

    assert client_address(peer, header) == expected
