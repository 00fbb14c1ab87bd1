"""Settings in one place: name, default and help text. Environment variables override.

Every setting is documented in README.md (a test checks that).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Setting:
    """One setting: environment variable name, default value and help text."""

    env: str
    default: str
    help: str

    def value(self) -> str:
        """The environment's value if set and not empty, else the default."""
        return os.environ.get(self.env) or self.default


SETTINGS = {
    "raw_dir": Setting("ZM_RAW_DIR", str(ROOT / "data" / "raw"), "Folder with the raw inputs."),
    "db_path": Setting(
        "ZM_DB_PATH", str(ROOT / "data" / "processed" / "zielmonitor.duckdb"), "The DuckDB file."
    ),
    "show_demo": Setting(
        "ZM_SHOW_DEMO",
        "0",
        "0 = no generated Beispieldaten in the build (default); 1 = labelled demo mode for "
        "presentations: generated values are built in, flagged and labelled, and never decide a "
        "headline count, a district colour or a kiosk title count.",
    ),
    "as_of": Setting(
        "ZM_AS_OF", "", "Date (YYYY-MM-DD) the status is computed for; empty = today."
    ),
    "public_url": Setting(
        "ZM_PUBLIC_URL", "",
        "Public address of the dashboard that visitors' phones can open; the kiosk's QR codes point "
        "to <this>/ziel?goal=<id>. Empty (default) or a loopback address (localhost, 127.x, ::1): "
        "the kiosk shows no QR code and says so in the log.",
    ),
    "kiosk_seconds": Setting(
        "ZM_KIOSK_SECONDS", "15", "Kiosk: seconds per slide when the URL gives none (3-60)."
    ),
    "upload_dir": Setting(
        "ZM_UPLOAD_DIR", str(ROOT / "data" / "uploads"),
        "Upload store: original planner files by content hash and the log uploads.jsonl.",
    ),
    "max_upload_mb": Setting("ZM_MAX_UPLOAD_MB", "5", "Largest accepted upload file in MB."),
    "users_file": Setting(
        "ZM_USERS_FILE", str(ROOT / "data" / "users.toml"),
        "TOML file of planner sign-ins (salted password hashes; `python -m etl add-user`).",
    ),
    "replicas": Setting(
        "ZM_REPLICAS", "", "`make serve`: dashboard processes behind the proxy; empty = one per CPU.",
    ),
    "port": Setting("ZM_PORT", "8080", "`make serve`: the one port users open (the proxy)."),
    "bind": Setting(
        "ZM_BIND", "0.0.0.0", "`make serve`: address the proxy listens on (127.0.0.1 = this machine only).",
    ),
    "replica_port": Setting(
        "ZM_REPLICA_PORT", "8601",
        "`make serve`: port of the first replica (127.0.0.1 only), the next ones count up; 0 = any free ports.",
    ),
    "run_dir": Setting(
        "ZM_RUN_DIR", str(ROOT / "data" / "run"),
        "`make serve`: runtime folder for the proxy config, pid file and logs.",
    ),
}


def raw_dir() -> Path:
    """Folder with the raw inputs (data/raw)."""
    return Path(SETTINGS["raw_dir"].value())


def db_path() -> Path:
    """Path of the DuckDB file the ETL writes and the dashboard reads."""
    return Path(SETTINGS["db_path"].value())


def show_demo() -> bool:
    """Whether generated demonstration data is built into the database (off unless ZM_SHOW_DEMO=1)."""
    return SETTINGS["show_demo"].value().strip().lower() not in ("0", "false", "no", "nein")


def as_of() -> dt.date:
    """The as-of date for status computation."""
    text = SETTINGS["as_of"].value().strip()
    return dt.date.fromisoformat(text) if text else dt.date.today()


def upload_dir() -> Path:
    """Folder of the planner upload store (original files and the log uploads.jsonl)."""
    return Path(SETTINGS["upload_dir"].value())


def max_upload_bytes() -> int:
    """Largest accepted upload, in bytes (ZM_MAX_UPLOAD_MB, default 5 MB)."""
    return int(float(SETTINGS["max_upload_mb"].value()) * 1024 * 1024)


def users_file() -> Path:
    """TOML file with planner accounts (user name -> salted password hash)."""
    return Path(SETTINGS["users_file"].value())


def public_url() -> str:
    """Public base address of the dashboard (no trailing slash), for the kiosk's QR codes; '' when
    not set. Whether a phone can open it is decided by dashboard.qr.phone_address."""
    return SETTINGS["public_url"].value().strip().rstrip("/")


def kiosk_seconds() -> int:
    """Default seconds per kiosk slide (ZM_KIOSK_SECONDS; 15 if not a whole number)."""
    text = SETTINGS["kiosk_seconds"].value().strip()
    return int(text) if text.isdigit() else 15


def replicas() -> int:
    """Dashboard processes `make serve` starts (ZM_REPLICAS; default one per CPU, at least 1)."""
    text = SETTINGS["replicas"].value().strip()
    if not text:
        return max(1, len(os.sched_getaffinity(0)))
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"ZM_REPLICAS must be a whole number of at least 1, not {text!r}")
    return int(text)


def port() -> int:
    """The port users open when the dashboard runs behind the proxy (ZM_PORT, default 8080)."""
    return int(SETTINGS["port"].value())


def bind() -> str:
    """Address the proxy listens on (ZM_BIND, default all interfaces)."""
    return SETTINGS["bind"].value().strip()


def replica_port() -> int:
    """Port of the first replica (ZM_REPLICA_PORT); 0 = choose free ports at start."""
    return int(SETTINGS["replica_port"].value())


def run_dir() -> Path:
    """Runtime folder of `make serve`: generated proxy config, pid file, logs (data/run)."""
    return Path(SETTINGS["run_dir"].value())
