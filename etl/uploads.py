"""The raw upload store: the source of truth for every value planners have uploaded.

Layout of the folder (config ZM_UPLOAD_DIR, default data/uploads/):
  files/<sha256>.<csv|xlsx>   the original file, kept by content hash
  uploads.jsonl               append-only log, one JSON object per line:
      {"kind": "upload", "id": "U-0001", "user", "time", "comment", "file", "filename", "hash",
       "indicators": [...], "rows": [{indicator_id, area_level, area_code, year, value,
       source_id, note}, ...]}
      {"kind": "evidence", "id": "E-0003", "user", "time", "comment", "file", "filename", "hash",
       "goals": [...], "indicators": [], "rows": [{action: add|correct|withdraw, id, goal, date,
       stage, note, citation {document, lines, quote} | source {title, reference, url, date}}]}
      {"kind": "rollback", "id": "R-0002", "upload_id": "U-0001" or "E-0003", "user", "time", "comment"}
  .lock                       the writers' file lock (fcntl)

The build (etl.build) reads `observations()` and lays the active uploads over the staged data,
and lays the active evidence changes (`evidence_changes()`) over data/raw/evidence,
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

from etl.private import private_dir, write_private
from etl.stage import OBS_COLUMNS, frame, observation

KEY = ["indicator_id", "area_level", "area_code", "year"]
LOCK_WAIT_SECONDS = 60.0


class UploadBusy(RuntimeError):
    """Another upload or rebuild holds the lock longer than we wait."""


class UploadError(ValueError):
    """An upload or rollback that cannot be applied (unknown id, already rolled back …)."""


class UploadLogDamaged(UploadError):
    """The upload log has lines that are not complete JSON entries (e.g. cut off by a crash)."""

    def __init__(self, path: Path, lines: list[int]):
        """path: the log; lines: the damaged line numbers (1-based)."""
        self.path, self.lines = path, lines
        where = ", ".join(str(n) for n in lines[:5]) + (" …" if len(lines) > 5 else "")
        super().__init__(
            f"Das Upload-Protokoll {path} ist in Zeile {where} beschädigt (unvollständig geschrieben?). "
            f"Reparieren mit `python -m etl repair` (verschiebt nur die beschädigte Zeile in eine "
            f"datierte Datei), danach `python -m etl build`. / The upload log is damaged at line "
            f"{where}; run `python -m etl repair`, then `python -m etl build`.")


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
        """Every log entry in order (plus pending ones). A missing log means no entries.
        Raises UploadLogDamaged naming the first damaged line and the repair command."""
        if not self.log_path.is_file():
            return list(self.pending)
        good, damaged = read_log(self.log_path)
        if damaged:
            raise UploadLogDamaged(self.log_path, [n for n, _ in damaged])
        return [entry for _, _, entry in good] + self.pending

    def uploads(self) -> list[dict]:
        """Upload and evidence entries with their status: 'applied' or 'rolled_back' (+ who and
        when); `kind` says which ('upload': indicator values, 'evidence': evidence entries)."""
        rolled = {e["upload_id"]: e for e in self.entries() if e["kind"] == "rollback"}
        result = []
        for entry in self.entries():
            if entry["kind"] not in ("upload", "evidence"):
                continue
            back = rolled.get(entry["id"])
            result.append(dict(entry, status="rolled_back" if back else "applied",
                               rolled_back_by=back["user"] if back else None,
                               rolled_back_at=back["time"] if back else None))
        return result

    def next_id(self, prefix: str) -> str:
        """The next sequential id, e.g. 'U-0003' (numbers are shared by uploads and rollbacks):
        one above the highest id in the log, so a line moved aside never frees an id twice."""
        numbers = [int(e["id"].rpartition("-")[2]) for e in self.entries()
                   if str(e.get("id", "")).rpartition("-")[2].isdigit()]
        return f"{prefix}-{max(numbers, default=0) + 1:04d}"

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
            private_dir(path.parent)
            write_private(path, data)
        return digest, rel

    def append(self, entry: dict) -> None:
        """Append one entry to the log in a single write, flushed to disk (owner-only file)."""
        private_dir(self.root)
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
        fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with open(fd, "a", encoding="utf-8") as handle:
            os.fchmod(fd, 0o600)
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    @contextlib.contextmanager
    def lock(self, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
        """Exclusive writer lock. Waits up to `wait` seconds, then raises UploadBusy."""
        private_dir(self.root)
        with open(os.open(self.root / ".lock", os.O_WRONLY | os.O_CREAT, 0o600), "w") as handle:
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
        active = [u for u in self.uploads() if u["status"] == "applied" and u["kind"] == "upload"]
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


    def evidence_changes(self) -> list[dict]:
        """The rows of every active evidence entry in log order, each as an etl.evidence record
        with `action` (add, correct, withdraw); a planner's own knowledge (no document, no
        source) has the planner as its basis (user, time, note). `_file` names the entry."""
        changes = []
        for entry in (u for u in self.uploads() if u["status"] == "applied" and u["kind"] == "evidence"):
            for r in entry["rows"]:
                record = dict(action=r["action"], id=r["id"], goal=r["goal"], date=r["date"],
                              stage=r["stage"], _file=f"uploads {entry['id']}")
                if r.get("note"):
                    record["note_de"] = r["note"]
                basis = {k: r[k] for k in ("citation", "source") if r.get(k)}
                record.update(basis or {"planner": dict(user=entry["user"], time=entry["time"],
                                                        comment=r.get("note") or entry["comment"])})
                changes.append(record)
        return changes


def read_log(path: Path) -> tuple[list[tuple[int, str, dict]], list[tuple[int, str]]]:
    """The log's lines split into good ones (line number, text, entry) and damaged ones (line
    number, text): a damaged line is not a JSON object with a 'kind' (e.g. cut off mid-write)."""
    good, damaged = [], []
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                entry = None
            if isinstance(entry, dict) and "kind" in entry and "id" in entry:
                good.append((number, line, entry))
            else:
                damaged.append((number, line))
    return good, damaged


def repair(store: UploadStore, wait: float = LOCK_WAIT_SECONDS) -> tuple[list[int], Path | None]:
    """Move the log's damaged lines into `uploads.damaged-<time>.jsonl` beside it and keep every
    good line exactly as it was (same text, same order). Returns (damaged line numbers, the
    file they went to); ([], None) when nothing was damaged. Holds the writers' lock."""
    with store.lock(wait):
        if not store.log_path.is_file():
            return [], None
        good, damaged = read_log(store.log_path)
        if not damaged:
            return [], None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = store.root / f"uploads.damaged-{stamp}.jsonl"
        kept = "".join(line if line.endswith("\n") else line + "\n" for _, line, _ in good)
        moved = "".join(line if line.endswith("\n") else line + "\n" for _, line in damaged)
        write_private(aside, moved.encode("utf-8", "surrogateescape"))
        write_private(store.log_path, kept.encode("utf-8", "surrogateescape"))
        return [n for n, _ in damaged], aside


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
