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
