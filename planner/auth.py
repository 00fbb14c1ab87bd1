"""Planner sign-in: salted scrypt password hashes, the accounts file, and the sign-in throttle.

Accounts come from a TOML file (config ZM_USERS_FILE, default data/users.toml, written by
`python -m etl add-user NAME`) and/or from Streamlit secrets (section [planners]); both map a
user name to a hash string "scrypt$n$r$p$salt_hex$hash_hex". Plain passwords are never stored.
No Streamlit import: the page passes its secrets and the client's address in. Failed sign-ins
slow down the client, the name and everyone by growing, bounded delays (planner.throttle), never a
long lock-out of a planner's name.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import tomllib
from collections.abc import Mapping
from pathlib import Path

from etl.private import write_private
from planner.throttle import Throttle
from texts import t

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
NAME_PATTERN = re.compile(r"[a-z0-9._-]{2,40}")
MAX_NAME_CHARS = 40        # = NAME_PATTERN's limit; longer names are refused before any look-up
MAX_PASSWORD_CHARS = 1024
MIN_PASSWORD_CHARS = 10


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


def add_user(path: Path, name: str, password: str, lang: str = "de") -> None:
    """Create or replace the account `name` in the TOML file with a salted hash of `password`.
    Raises AuthError (its message in `lang`) for an invalid name or a too short password."""
    name = name.strip().lower()
    if not NAME_PATTERN.fullmatch(name):
        raise AuthError(t("users_bad_name", lang))
    if len(password) < MIN_PASSWORD_CHARS:
        raise AuthError(t("users_short_password", lang, n=MIN_PASSWORD_CHARS))
    users = load_users(path)
    users[name] = hash_password(password)
    lines = ["# Planner sign-ins for Zielmonitor Dortmund (salted scrypt hashes).",
             "# Written by `python -m etl add-user`; never commit this file.", "[planners]"]
    lines += [f'"{user}" = "{value}"' for user, value in sorted(users.items())]
    write_private(path, ("\n".join(lines) + "\n").encode("utf-8"))


def throttle_for(users_file: Path) -> Throttle:
    """The sign-in throttle whose file lies next to the accounts file (.signin-throttle.sqlite3)."""
    return Throttle(Path(users_file).with_name(".signin-throttle.sqlite3"))


def throttle_keys(name: str, client: str | None) -> dict[str, str]:
    """The throttle's keys for one attempt: the client address (cut to 64 characters), all
    attempts, and the name only if it can be an account name (so no long name is ever stored)."""
    keys = {"client": (client or "unknown")[:64], "all": "*"}
    if NAME_PATTERN.fullmatch(name):
        keys["name"] = name
    return keys


_DUMMY_HASH = hash_password("not a real password", salt=b"\0" * 16)


def sign_in(users: Mapping[str, str], name: str, password: str, client: str | None,
            throttle: Throttle) -> tuple[bool, float]:
    """Check a sign-in. Returns (ok, seconds to wait before the next try). While the throttle
    says wait, nothing is checked. Names over MAX_NAME_CHARS and passwords over
    MAX_PASSWORD_CHARS fail before any look-up; an unknown name costs as much time as a known one."""
    key = name[:MAX_NAME_CHARS + 1].strip().lower()
    keys = throttle_keys(key, client)
    wait = throttle.wait_seconds(keys)
    if wait > 0:
        return False, wait
    fits = len(name) <= MAX_NAME_CHARS and len(password) <= MAX_PASSWORD_CHARS
    ok = verify_password(password if fits else "", users.get(key, _DUMMY_HASH) if fits else _DUMMY_HASH)
    ok = ok and fits and key in users
    if ok:
        throttle.succeeded(key)
        return True, 0.0
    throttle.failed(keys)
    return False, throttle.wait_seconds(keys)


def client_address(peer: str | None, forwarded_for: str | None) -> str | None:
    """The client a sign-in is throttled by: the peer's address, or, when the peer is the local
    proxy (a loopback address), the first address of its X-Forwarded-For header (at most 64
    characters). Anything else in the header is ignored: only the local proxy may set it."""
    if not isinstance(peer, str) or not peer:
        return None
    loopback = peer.startswith("127.") or peer in ("::1", "localhost")
    if loopback and isinstance(forwarded_for, str) and forwarded_for.strip():
        first = forwarded_for.split(",")[0].strip()[:64]
        return first or peer
    return peer
