"""The raw upload store: the source of truth for every value planners have uploaded.

Layout of the folder (config ZM_UPLOAD_DIR, default data/uploads/):
  files/<sha256>.<csv|xlsx>   the original file, kept by content hash
  uploads.jsonl               append-only log, one JSON object per line:
      {"kind": "upload", "id": "U-0001", "user", "time", "comment", "file", "filename", "hash",
       "indicators": [...], "rows": [{indicator_id, area_level, area_code, year, value,
       source_id, note}, ...]}
      {"kind": "rollback", "id": "R-0002", "upload_id": "U-0001", "user", "time", "comment"}
  .lock                       the writers' file lock (fcntl)

The build (etl.build) reads `observations()` and lays the active uploads over the staged data,
so the database can always be rebuilt from data/raw plus this folder. Nothing here is rewritten;
only appended. `pending` lets the build see one new entry before it is written, so the log
gets an entry only after its build succeeded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from etl.stage import OBS_COLUMNS, frame, observation

KEY = ["indicator_id", "area_level", "area_code", "year"]
LOCK_WAIT_SECONDS = 60.0


class UploadBusy(RuntimeError):
    """Another upload or rebuild holds the lock longer than we wait."""


class UploadError(ValueError):
    """An upload or rollback that cannot be applied (unknown id, already rolled back …)."""


class UploadStore:
    """The upload folder. `pending` entries are seen by readers of this object only."""

    def __init__(self, root: Path, pending: list[dict] | None = None):
        """root: the store folder; pending: entries to show as if they were logged."""
        self.root = Path(root)
        self.pending = list(pending or [])

    @property
    def log_path(self) -> Path:
        """The append-only log uploads.jsonl."""
        return self.root / "uploads.jsonl"

    def with_pending(self, entry: dict) -> UploadStore:
        """A view of this store that also contains `entry` (not written to disk)."""
        return UploadStore(self.root, self.pending + [entry])

    def entries(self) -> list[dict]:
        """Every log entry in order (plus pending ones). A missing log means no entries."""
        if not self.log_path.is_file():
            return list(self.pending)
        lines = self.log_path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()] + self.pending

    def uploads(self) -> list[dict]:
        """Upload entries with their status: 'applied' or 'rolled_back' (+ who and when)."""
        rolled = {e["upload_id"]: e for e in self.entries() if e["kind"] == "rollback"}
        result = []
        for entry in self.entries():
            if entry["kind"] != "upload":
                continue
            back = rolled.get(entry["id"])
            result.append(dict(entry, status="rolled_back" if back else "applied",
                               rolled_back_by=back["user"] if back else None,
                               rolled_back_at=back["time"] if back else None))
        return result

    def next_id(self, prefix: str) -> str:
        """The next sequential id, e.g. 'U-0003' (numbers are shared by uploads and rollbacks)."""
        return f"{prefix}-{len(self.entries()) + 1:04d}"

    def fingerprint(self) -> bytes:
        """Bytes that change whenever the set of entries changes (for the build's input hash);
        empty when there are no entries, so a build without uploads keeps its id."""
        if not self.entries():
            return b""
        return json.dumps(self.entries(), sort_keys=True, ensure_ascii=False).encode("utf-8")

    def save_file(self, data: bytes, filename: str) -> tuple[str, str]:
        """Keep the original file under its content hash. Returns (sha256, stored relative path)."""
        digest = hashlib.sha256(data).hexdigest()
        suffix = ".xlsx" if filename.lower().endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04" else ".csv"
        rel = f"files/{digest}{suffix}"
        path = self.root / rel
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        return digest, rel

    def append(self, entry: dict) -> None:
        """Append one entry to the log in a single write, flushed to disk."""
        self.root.mkdir(parents=True, exist_ok=True)
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
        with open(self.log_path, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    @contextlib.contextmanager
    def lock(self, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
        """Exclusive writer lock. Waits up to `wait` seconds, then raises UploadBusy."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise UploadBusy(
                            "Gerade läuft ein anderes Hochladen oder ein Neuaufbau der Datenbank. "
                            "Bitte in einer Minute erneut versuchen; es ging nichts verloren. / "
                            "Another upload or rebuild is running; please retry in a minute."
                        ) from None
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def observations(self) -> pd.DataFrame:
        """Rows of every active (not rolled-back) upload, as observations (OBS_COLUMNS).

        For a key uploaded more than once only the latest upload's row is current; the earlier
        ones are kept as superseded rows."""
        active = [u for u in self.uploads() if u["status"] == "applied"]
        rows = []
        for upload in active:
            when = upload["time"][:10]
            for r in upload["rows"]:
                detail = f"Upload {upload['id']} ({upload['user']}, {when})"
                if r.get("note"):
                    detail += f": {r['note']}"
                rows.append(observation(
                    r["indicator_id"], r["area_level"], r["area_code"], int(r["year"]),
                    float(r["value"]), r["source_id"], detail, upload_id=upload["id"]))
        obs = frame(rows)
        if obs.empty:
            return obs
        last = obs.groupby(KEY, sort=False).cumcount(ascending=False) == 0
        return obs.assign(is_current=last.to_numpy())


def apply_uploads(base: pd.DataFrame, uploaded: pd.DataFrame) -> pd.DataFrame:
    """Lay uploaded observations over the staged ones: a base row whose key an upload sets
    becomes superseded (is_current false) and the uploaded row is appended. Inputs unchanged."""
    if uploaded.empty:
        return base
    keys = pd.MultiIndex.from_frame(uploaded.loc[uploaded["is_current"], KEY])
    hit = pd.MultiIndex.from_frame(base[KEY]).isin(keys)
    marked = base.assign(is_current=base["is_current"] & ~hit)
    return pd.concat([marked, uploaded], ignore_index=True)[OBS_COLUMNS]


def now_text() -> str:
    """The current local time as ISO text to the second (for log entries)."""
    return dt.datetime.now().replace(microsecond=0).isoformat()
