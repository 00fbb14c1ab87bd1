"""The one upload workflow, used by the upload page and the command line alike:
check -> preview -> apply -> rollback.

  as_of() -> the one as-of date of a preview and of the rebuild that applies it
  reference(read, kind) -> what a file is checked against (indicators and areas, or goals,
      documents and the current evidence entries; the as-of date)
  check_file(bytes, name, reference, ..., kind) -> Checked (valid rows + every problem)
  plan(checked, read) -> Plan: the checked file with its preview and status effect
  apply_upload(...) / rollback(...) -> the log entry; the database is rebuilt and swapped in

Two kinds of file run through it (KINDS): indicator values ('indicator': planner.validate,
planner.effect, log entries 'U-…') and evidence entries ('evidence': planner.evidence,
planner.evidence_flow, log entries 'E-…'). Rollback takes either id.

`read(query_function, *args)` runs one query of dashboard.queries.uploads on the current
database: the page passes dashboard.data.query (cached), the command line a plain connection
(`connection_reader`). Writes are serialised by the store's file lock; the log entry is written
only after the build succeeded, so a failed build leaves the store and the database as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import config
from dashboard.queries.uploads import (affected_targets, current_values, unit_table, upload_areas,
                                       upload_indicators)
from etl.build import build
from etl.status import district_codes
from etl.uploads import LOCK_WAIT_SECONDS, UploadError, UploadStore, now_text
from planner.effect import preview, status_effect
from planner.evidence import validate_evidence
from planner.evidence_flow import evidence_log_rows, evidence_plan, evidence_reference
from planner.messages import CONTROL_CHARS, char_name, visible
from planner.parse import MAX_CELL_CHARS
from planner.validate import Reference, UploadProblem, validate
from planner.worker import parse_limited
from texts import t

Reader = Callable[..., pd.DataFrame]


def as_of() -> dt.date:
    """The one as-of date of the workflow: the date the rebuild after an apply computes status
    for (the ZM_AS_OF setting, else today; etl.build's default). The allowed years of a file
    (up to its year) and the preview's status effect use it on page and command line alike."""
    return config.as_of()


def connection_reader(con) -> Reader:
    """A `read` for the command line: read(fn, *args) = fn(con, *args) on an open connection."""
    return lambda fn, *args: fn(con, *args)


@dataclass
class Checked:
    """The result of checking one file: its name, content hash, valid rows, all problems, and
    its kind ('indicator': planner.validate.UploadRow rows; 'evidence': planner.evidence.EvidenceRow)."""

    filename: str
    sha256: str
    size: int
    rows: list = field(default_factory=list)
    problems: list[UploadProblem] = field(default_factory=list)
    kind: str = "indicator"

    @property
    def ok(self) -> bool:
        """True when the file has at least one row and no problem."""
        return bool(self.rows) and not self.problems

    def report(self, lang: str = "de") -> list[str]:
        """Every problem as one sentence, in file order."""
        return [p.text(lang) for p in self.problems]


def reference_from(indicators: pd.DataFrame, areas: pd.DataFrame, as_of: dt.date) -> Reference:
    """The Reference for checking, from the query results upload_indicators and upload_areas."""
    inds = {r["indicator_id"]: r for r in indicators.to_dict("records")}
    units = {r["unit_id"]: {k: r[k] for k in ("label_de", "label_en", "symbol_de", "symbol_en", "decimals")}
             for r in indicators.to_dict("records")}
    return Reference(inds, units, areas, as_of.year)


def reference(read: Reader, kind: str = "indicator"):
    """What a file of `kind` is checked against, from the current database, for the workflow's
    as-of date: a planner.validate.Reference or a planner.evidence.EvidenceReference."""
    if kind == "evidence":
        return evidence_reference(read, as_of())
    return reference_from(read(upload_indicators), read(upload_areas), as_of())


@dataclass
class Plan:
    """A checked file with what applying it would do: `changes` (planner.effect.preview) and
    `effect` (planner.effect.status_effect) for the as-of date `as_of`."""

    checked: Checked
    changes: pd.DataFrame
    effect: pd.DataFrame
    as_of: dt.date


def plan(checked: Checked, read: Reader, ref=None) -> Plan:
    """The preview and status effect of a checked file (checked.ok must be True); `ref` is the
    file's reference (read again when not given)."""
    if checked.kind == "evidence":
        changes, effect = evidence_plan(checked.rows, ref or reference(read, "evidence"))
        return Plan(checked, changes, effect, as_of())
    ids = tuple(sorted({r.indicator_id for r in checked.rows}))
    current = read(current_values, ids)
    units = {u["unit_id"]: u for u in read(unit_table).to_dict("records")}
    day = as_of()
    districts = district_codes(read(upload_areas))
    effect = status_effect(checked.rows, current, read(affected_targets, ids), units, day, districts)
    return Plan(checked, preview(checked.rows, current), effect, day)


def check_file(data: bytes, filename: str, ref, max_bytes: int, lang: str = "de",
               alive: Callable[[], bool] | None = None, kind: str = "indicator") -> Checked:
    """Read and check a file of `kind` against `ref` (see `reference`). Oversized files are
    refused before they are parsed; the file is read in a capped worker process
    (planner.worker), cancelled when `alive()` turns False (the page passes its session's
    liveness), then its rows are checked here."""
    checked = Checked(filename, hashlib.sha256(data).hexdigest(), len(data), kind=kind)
    if len(data) > max_bytes:
        checked.problems = [UploadProblem("file_too_large", params={
            "size": f"{len(data) / 1048576:.1f}".replace(".", ","),
            "limit": f"{max_bytes / 1048576:g}".replace(".", ",")})]
        return checked
    table, problems = parse_limited(data, filename, alive=alive, kind=kind)
    if table is None:
        checked.problems = problems
        return checked
    if kind == "evidence":
        checked.rows, checked.problems = validate_evidence(table, ref)
    else:
        checked.rows, checked.problems = validate(table, ref, lang)
    return checked


def _log_entry(checked: Checked, ref, store: UploadStore) -> dict:
    """The log entry of a checked file without its place in the store (id, user, time, file)."""
    if checked.kind == "evidence":
        goals, rows = evidence_log_rows(checked.rows, ref)
        return dict(kind="evidence", id=store.next_id("E"), goals=goals, indicators=[], rows=rows)
    return dict(kind="upload", id=store.next_id("U"), indicators=sorted({r.indicator_id for r in checked.rows}),
                rows=[dict(indicator_id=r.indicator_id, area_level=r.area_level, area_code=r.area_code,
                           year=r.year, value=r.value, source_id=source_for(ref, r.indicator_id),
                           note=r.note) for r in checked.rows])


def source_for(ref: Reference, indicator_id: str) -> str:
    """The source an uploaded value cites: the indicator's dataset, or 'pending_city_data' (the
    city department delivering by upload) for indicators whose values were generated so far."""
    ind = ref.indicators[indicator_id]
    return "pending_city_data" if ind.get("source_kind") == "demo" else str(ind["source_id"])


def clean_comment(comment: str, lang: str = "de") -> str:
    """A comment as stored: trimmed, as typed (export.cells.safe_cell escapes it on export).
    Raises UploadError for a control or text-direction character (it would reach the log and
    `etl uploads`) or over 1,000 characters."""
    bad = CONTROL_CHARS.search(comment)
    if bad:
        raise UploadError(t("upc_err_comment_control", lang, char=char_name(bad.group())))
    if len(comment) > MAX_CELL_CHARS:
        raise UploadError(t("upc_err_comment_long", lang, limit=MAX_CELL_CHARS))
    return comment.strip()


def apply_upload(checked: Checked, data: bytes, user: str, comment: str, store: UploadStore,
                 ref: Reference, raw: Path | None = None, db_path: Path | None = None,
                 as_of: dt.date | None = None, include_demo: bool | None = None,
                 wait: float = LOCK_WAIT_SECONDS, lang: str = "de") -> dict:
    """Apply a checked file (either kind): keep the original, rebuild the database with it, then
    log it (`ref`: the reference it was checked against).

    All or nothing: if the build fails the log is untouched and a newly stored file is removed.
    Raises UploadError (file has problems, already applied) or UploadBusy (lock not free)."""
    if not checked.ok:
        raise UploadError("; ".join(checked.report(lang)) or t("upc_err_no_rows", lang))
    if not user:
        raise UploadError(t("upc_err_no_user", lang))
    comment = clean_comment(comment, lang)
    with store.lock(wait):
        for upload in store.uploads():
            if upload["hash"] == checked.sha256 and upload["status"] == "applied":
                raise UploadError(t("upc_err_applied_before", lang, id=upload["id"], user=upload["user"],
                                    time=upload["time"]))
        existed = (store.root / "files").is_dir() and any((store.root / "files").glob(f"{checked.sha256}.*"))
        digest, rel = store.save_file(data, checked.filename)
        entry = dict(_log_entry(checked, ref, store), user=user, time=now_text(), comment=comment,
                     file=rel, filename=visible(checked.filename, 200), hash=digest)
        done = False
        try:
            build(raw, db_path, as_of, include_demo, uploads=store.with_pending(entry))
            store.append(entry)
            done = True
        finally:
            if not done and not existed:
                (store.root / rel).unlink(missing_ok=True)
    return entry


def rollback(upload_id: str, user: str, comment: str, store: UploadStore, raw: Path | None = None,
             db_path: Path | None = None, as_of: dt.date | None = None,
             include_demo: bool | None = None, wait: float = LOCK_WAIT_SECONDS, lang: str = "de") -> dict:
    """Roll an upload back: rebuild without it (the previous values return), then log it.

    Raises UploadError for an unknown or already rolled-back upload, UploadBusy if locked."""
    if not user:
        raise UploadError(t("upc_err_no_user_rollback", lang))
    comment = clean_comment(comment, lang)
    with store.lock(wait):
        found = {u["id"]: u for u in store.uploads()}.get(upload_id)
        if found is None:
            raise UploadError(t("upc_err_unknown_upload", lang, id=upload_id))
        if found["status"] == "rolled_back":
            raise UploadError(t("upc_err_rolled_back_before", lang, id=upload_id, user=found["rolled_back_by"],
                                time=found["rolled_back_at"]))
        entry = dict(kind="rollback", id=store.next_id("R"), upload_id=upload_id, user=user,
                     time=now_text(), comment=comment)
        build(raw, db_path, as_of, include_demo, uploads=store.with_pending(entry))
        store.append(entry)
    return entry
