"""Planner sign-in: salted scrypt password hashes, the accounts file, and a failure rate limit.

Accounts come from a TOML file (config ZM_USERS_FILE, default data/users.toml, written by
`python -m etl add-user NAME`) and/or from Streamlit secrets (section [planners]); both map a
user name to a hash string "scrypt$n$r$p$salt_hex$hash_hex". Plain passwords are never stored.
No Streamlit import: the page passes its secrets in.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
NAME_PATTERN = re.compile(r"[a-z0-9._-]{2,40}")
MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60
LOCKOUT_SECONDS = 15 * 60


class AuthError(ValueError):
    """A user name or password that cannot be stored (invalid name, too short)."""


def hash_password(password: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash string for `password` (a fresh random salt unless one is given)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """True if `password` matches the hash string; False for a wrong password or a bad string."""
    parts = str(stored).split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, expected = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)


def load_users(path: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """User name -> hash string from the TOML file ([planners] table) and `extra` (e.g. the
    Streamlit secrets section). A missing file means no accounts from the file."""
    users: dict[str, str] = {}
    if path.is_file():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        users.update({str(k).lower(): str(v) for k, v in (data.get("planners") or {}).items()})
    users.update({str(k).lower(): str(v) for k, v in (extra or {}).items()})
    return users


def secrets_section(secrets: Mapping, name: str) -> dict:
    """One section of Streamlit secrets as a plain dict; {} when there is no secrets file or
    no such section (Streamlit raises a FileNotFoundError subclass for a missing file)."""
    try:
        section = secrets.get(name)
    except FileNotFoundError:
        return {}
    return dict(section) if isinstance(section, Mapping) else {}


def planners_configured(path: Path, secrets: Mapping) -> bool:
    """True if any sign-in is set up: accounts in the file or secrets, or SSO (st.login)."""
    return bool(load_users(path, secrets_section(secrets, "planners"))
                or (secrets_section(secrets, "auth") and secrets_section(secrets, "planners_sso")))


def add_user(path: Path, name: str, password: str) -> None:
    """Create or replace the account `name` in the TOML file with a salted hash of `password`."""
    name = name.strip().lower()
    if not NAME_PATTERN.fullmatch(name):
        raise AuthError("User names: 2–40 characters a–z, 0–9, '.', '_' or '-'.")
    if len(password) < 10:
        raise AuthError("Passwords need at least 10 characters.")
    users = load_users(path)
    users[name] = hash_password(password)
    lines = ["# Planner sign-ins for Zielmonitor Dortmund (salted scrypt hashes).",
             "# Written by `python -m etl add-user`; never commit this file.", "[planners]"]
    lines += [f'"{user}" = "{value}"' for user, value in sorted(users.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.chmod(0o600)
    tmp.replace(path)


class RateLimiter:
    """Refuses sign-in for a user name after MAX_FAILURES failures within WINDOW_SECONDS,
    for LOCKOUT_SECONDS. Thread-safe; one instance per server process."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW_SECONDS,
                 lockout: float = LOCKOUT_SECONDS, clock: Callable[[], float] = time.monotonic):
        """Limits in seconds; `clock` is replaceable for tests."""
        self.max_failures, self.window, self.lockout, self.clock = max_failures, window, lockout, clock
        self._failures: dict[str, list[float]] = {}
        self._blocked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, name: str) -> float:
        """Seconds until `name` may try again (0 if it may try now)."""
        with self._lock:
            return max(0.0, self._blocked_until.get(name.lower(), 0.0) - self.clock())

    def failed(self, name: str) -> None:
        """Record a failed attempt; block the name once the limit is reached."""
        now = self.clock()
        with self._lock:
            recent = [t for t in self._failures.get(name.lower(), []) if now - t < self.window] + [now]
            self._failures[name.lower()] = recent
            if len(recent) >= self.max_failures:
                self._blocked_until[name.lower()] = now + self.lockout
                self._failures[name.lower()] = []

    def succeeded(self, name: str) -> None:
        """Forget the failures of a name after a successful sign-in."""
        with self._lock:
            self._failures.pop(name.lower(), None)


LIMITER = RateLimiter()
_DUMMY_HASH = hash_password("not a real password", salt=b"\0" * 16)


def sign_in(users: Mapping[str, str], name: str, password: str,
            limiter: RateLimiter = LIMITER) -> tuple[bool, float]:
    """Check a sign-in. Returns (ok, seconds to wait). A blocked name is refused without
    checking; an unknown name costs as much time as a known one."""
    key = name.strip().lower()
    wait = limiter.wait_seconds(key)
    if wait > 0:
        return False, wait
    ok = verify_password(password, users.get(key, _DUMMY_HASH)) and key in users
    if ok:
        limiter.succeeded(key)
    else:
        limiter.failed(key)
    return ok, limiter.wait_seconds(key)
