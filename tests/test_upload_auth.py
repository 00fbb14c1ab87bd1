"""Salted password hashes, the accounts file, the failure rate limit, configured sign-ins."""

from __future__ import annotations

import pytest

from etl.auth import (AuthError, RateLimiter, add_user, hash_password, load_users, planners_configured,
                      secrets_section, sign_in, verify_password)


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


def test_rate_limit_blocks_after_five_failures_then_expires():
    now = [1000.0]
    limiter = RateLimiter(max_failures=5, window=900, lockout=900, clock=lambda: now[0])
    users = {"anna": hash_password("das-richtige-pw")}
    for _ in range(4):
        assert sign_in(users, "anna", "falsch", limiter) == (False, 0.0)
    ok, wait = sign_in(users, "anna", "falsch", limiter)
    assert not ok and wait == 900
    assert sign_in(users, "ANNA", "das-richtige-pw", limiter) == (False, 900)  # blocked even if right
    now[0] += 901
    assert sign_in(users, "anna", "das-richtige-pw", limiter) == (True, 0.0)


def test_unknown_user_is_refused():
    limiter = RateLimiter(clock=lambda: 0.0)
    assert sign_in({"anna": hash_password("pw-pw-pw-pw")}, "mallory", "pw-pw-pw-pw", limiter)[0] is False
