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
        "1",
        "1 = include generated Beispieldaten (flagged); 0 = leave them out of the build entirely.",
    ),
    "as_of": Setting(
        "ZM_AS_OF", "", "Date (YYYY-MM-DD) the status is computed for; empty = today."
    ),
    "public_url": Setting(
        "ZM_PUBLIC_URL", "http://localhost:8501",
        "Public address of the dashboard; the kiosk's QR codes point to <this>/ziel?goal=<id>.",
    ),
    "kiosk_seconds": Setting(
        "ZM_KIOSK_SECONDS", "15", "Kiosk: seconds per slide when the URL gives none (3-60)."
    ),
}


def raw_dir() -> Path:
    """Folder with the raw inputs (data/raw)."""
    return Path(SETTINGS["raw_dir"].value())


def db_path() -> Path:
    """Path of the DuckDB file the ETL writes and the dashboard reads."""
    return Path(SETTINGS["db_path"].value())


def show_demo() -> bool:
    """Whether generated demonstration data is built into the database."""
    return SETTINGS["show_demo"].value().strip().lower() not in ("0", "false", "no", "nein")


def as_of() -> dt.date:
    """The as-of date for status computation."""
    text = SETTINGS["as_of"].value().strip()
    return dt.date.fromisoformat(text) if text else dt.date.today()


def public_url() -> str:
    """Public base address of the dashboard (no trailing slash), for the kiosk's QR codes."""
    return SETTINGS["public_url"].value().strip().rstrip("/")


def kiosk_seconds() -> int:
    """Default seconds per kiosk slide (ZM_KIOSK_SECONDS; 15 if not a whole number)."""
    text = SETTINGS["kiosk_seconds"].value().strip()
    return int(text) if text.isdigit() else 15
