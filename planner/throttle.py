"""Sign-in throttle: growing delays after failed sign-ins, per client address, per user name and
overall, kept in a small SQLite file next to the accounts file.

The file survives restarts and is shared by several server processes (SQLite's own locking; every
write is one IMMEDIATE transaction). It is owner-only (0600) and bounded: failures older than
WINDOW_SECONDS are deleted on every write and at most MAX_ROWS are kept.

A delay never locks a name out for long: after FREE[scope] failures within the window each further
failure doubles the wait (1, 2, 4 … seconds) up to MAX_DELAY[scope]. A name's wait is capped at
30 seconds, so a planner whose name someone else is guessing still gets in with the right
password after at most that; an address that keeps failing waits up to 15 minutes; all failures
together slow every sign-in by at most 30 seconds (a cap on password spraying).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from etl.private import private_dir

WINDOW_SECONDS = 15 * 60
FREE = {"name": 3, "client": 5, "all": 50}
MAX_DELAY = {"name": 30.0, "client": 15 * 60.0, "all": 30.0}
MAX_ROWS = 5_000
SCHEMA = ("CREATE TABLE IF NOT EXISTS failures (scope TEXT NOT NULL, key TEXT NOT NULL, at REAL NOT NULL);"
          "CREATE INDEX IF NOT EXISTS failures_key ON failures (scope, key, at);")


def delay(scope: str, failures: int) -> float:
    """Seconds to wait after `failures` recent failures of one key in `scope` ('name',
    'client', 'all'): 0 for the first FREE ones, then doubling from 1 s up to MAX_DELAY."""
    over = failures - FREE[scope]
    return 0.0 if over <= 0 else min(2.0 ** (over - 1), MAX_DELAY[scope])


class Throttle:
    """Failed sign-ins in an SQLite file. `keys` are {scope: key}, e.g. {'name': 'anna',
    'client': '10.0.0.7', 'all': '*'}; a missing scope is not counted."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time):
        """path: the SQLite file (created owner-only); clock: seconds (replaceable for tests)."""
        self.path, self.clock = Path(path), clock

    def _connect(self) -> sqlite3.Connection:
        """A connection to the file, created 0600 with its table if missing."""
        private_dir(self.path.parent)
        os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
        con = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        con.executescript(SCHEMA)
        return con

    def wait_seconds(self, keys: Mapping[str, str]) -> float:
        """Seconds until a sign-in with these keys may be tried (0 if now): the longest wait of
        any of its keys, counted from that key's latest failure."""
        now, waits = self.clock(), [0.0]
        con = self._connect()
        try:
            for scope, key in keys.items():
                count, last = con.execute(
                    "SELECT count(*), max(at) FROM failures WHERE scope = ? AND key = ? AND at > ?",
                    (scope, key, now - WINDOW_SECONDS)).fetchone()
                if count:
                    waits.append(last + delay(scope, count) - now)
        finally:
            con.close()
        return max(waits)

    def failed(self, keys: Mapping[str, str]) -> None:
        """Record one failure for each key; prune old rows and keep at most MAX_ROWS."""
        now = self.clock()
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("DELETE FROM failures WHERE at <= ?", (now - WINDOW_SECONDS,))
            con.executemany("INSERT INTO failures VALUES (?, ?, ?)",
                            [(scope, key, now) for scope, key in keys.items()])
            (count,) = con.execute("SELECT count(*) FROM failures").fetchone()
            if count > MAX_ROWS:  # drop the oldest beyond the cap
                con.execute("DELETE FROM failures WHERE rowid IN "
                            "(SELECT rowid FROM failures ORDER BY at LIMIT ?)", (count - MAX_ROWS,))
            con.execute("COMMIT")
        finally:
            con.close()

    def succeeded(self, name: str) -> None:
        """Forget a name's failures after its right password (the address's stay)."""
        con = self._connect()
        try:
            con.execute("DELETE FROM failures WHERE scope = 'name' AND key = ?", (name,))
        finally:
            con.close()

    def rows(self) -> int:
        """How many failures are stored (for tests and the benchmark)."""
        con = self._connect()
        try:
            return con.execute("SELECT count(*) FROM failures").fetchone()[0]
        finally:
            con.close()
