"""Planner uploads from file to database: check, preview, apply, roll back.

The upload page and `python -m etl ingest` use exactly these functions:
  check_file(bytes, name, reference) -> Checked (valid rows + every problem)
  preview(rows, current values) -> one row per uploaded value: new / changed / unchanged
  status_effect(rows, current values, targets, units, as_of) -> old and new status per target
  apply_upload(...) / rollback(...) -> the log entry; the database is rebuilt and swapped in
Writes are serialised by the store's file lock; the log entry is written only after the build
succeeded, so a failed build leaves the store and the database as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl.areas import CITY_CODE
from etl.build import build
from etl.status import rule_target, yearly
from etl.uploads import LOCK_WAIT_SECONDS, UploadError, UploadStore, now_text
from etl.parse import MAX_CELL_CHARS
from etl.upload_messages import CONTROL_CHARS, char_name, visible
from etl.validate_upload import Reference, UploadProblem, UploadRow, escape_cell, validate
from etl.worker import parse_limited
from indicators import assess

PREVIEW_COLUMNS = ["indicator_id", "area_level", "area_code", "area_name", "year", "old_value",
                   "new_value", "change", "old_source", "old_is_demo", "note", "row"]
EFFECT_COLUMNS = ["target_id", "title_de", "title_en", "area_level", "area_code", "old_status",
                  "new_status", "changed", "new_reason_de", "new_reason_en"]


@dataclass
class Checked:
    """The result of checking one file: its name, content hash, valid rows and all problems."""

    filename: str
    sha256: str
    size: int
    rows: list[UploadRow] = field(default_factory=list)
    problems: list[UploadProblem] = field(default_factory=list)

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


def check_file(data: bytes, filename: str, ref: Reference, max_bytes: int,
               lang: str = "de", alive: Callable[[], bool] | None = None) -> Checked:
    """Read and check a file. Oversized files are refused before they are parsed; the file is
    read in a capped worker process (etl.worker), cancelled when `alive()` turns False (the
    page passes its session's liveness), then its rows are checked here."""
    checked = Checked(filename, hashlib.sha256(data).hexdigest(), len(data))
    if len(data) > max_bytes:
        checked.problems = [UploadProblem("file_too_large", params={
            "size": f"{len(data) / 1048576:.1f}".replace(".", ","),
            "limit": f"{max_bytes / 1048576:g}".replace(".", ",")})]
        return checked
    table, problems = parse_limited(data, filename, alive=alive)
    if table is None:
        checked.problems = problems
        return checked
    checked.rows, checked.problems = validate(table, ref, lang)
    return checked


def preview(rows: list[UploadRow], current: pd.DataFrame) -> pd.DataFrame:
    """What the upload would change: one row per uploaded value with the current value (if any)
    and change = 'new' (no value yet), 'changed' (old -> new) or 'unchanged'."""
    index = {(r.indicator_id, r.area_level, r.area_code, int(r.year)): r
             for r in current.itertuples(index=False)}
    out = []
    for row in rows:
        old = index.get((row.indicator_id, row.area_level, row.area_code, row.year))
        if old is None:
            change = "new"
        elif abs(float(old.value) - row.value) <= 1e-9 * max(1.0, abs(row.value)):
            change = "unchanged"
        else:
            change = "changed"
        out.append(dict(
            indicator_id=row.indicator_id, area_level=row.area_level, area_code=row.area_code,
            area_name=row.area_name, year=row.year, old_value=None if old is None else float(old.value),
            new_value=row.value, change=change, old_source=None if old is None else _source(old),
            old_is_demo=False if old is None else bool(old.is_demo), note=row.note, row=row.row))
    return pd.DataFrame(out, columns=PREVIEW_COLUMNS)


def _source(old) -> str:
    """The current value's source as shown: its title (if the query gave one) and detail."""
    title = getattr(old, "source_title", None) or old.source_id
    detail = getattr(old, "source_detail", None)
    return f"{title} – {detail}" if detail and not old.is_demo else str(title)


def status_effect(rows: list[UploadRow], current: pd.DataFrame, targets: pd.DataFrame,
                  units: dict, as_of: dt.date) -> pd.DataFrame:
    """Status of each affected target before and after the upload, for the areas it touches
    (the city, and each Stadtbezirk for targets that apply per Stadtbezirk). A city value that
    is the build's sum of the Stadtbezirke moves with the uploaded district values."""
    rows = rows + rolled_up_city_rows(rows, current)
    touched = {(r.indicator_id, r.area_level, r.area_code) for r in rows}
    n_districts = 12
    out = []
    for goal in targets.to_dict("records"):
        scopes = [("city", CITY_CODE, 1.0)]
        if goal["area_level"] == "stadtbezirk":
            scopes += [("stadtbezirk", str(c), 1.0 / n_districts) for c in range(1, n_districts + 1)]
        for level, code, share in scopes:
            if (goal["indicator_id"], level, code) not in touched:
                continue
            old = current[(current["indicator_id"] == goal["indicator_id"])
                          & (current["area_level"] == level) & (current["area_code"] == code)]
            new = _overlay(old, [r for r in rows if (r.indicator_id, r.area_level, r.area_code)
                                 == (goal["indicator_id"], level, code)])
            target = rule_target(_goal_dict(goal), units, share)
            before = assess(target, yearly(old, goal["measure"]), as_of)
            after = assess(target, yearly(new, goal["measure"]), as_of)
            out.append(dict(target_id=goal["target_id"], title_de=goal["title_de"], title_en=goal["title_en"],
                            area_level=level, area_code=code, old_status=before.status,
                            new_status=after.status, changed=before.status != after.status,
                            new_reason_de=after.reason_de, new_reason_en=after.reason_en))
    return pd.DataFrame(out, columns=EFFECT_COLUMNS)


def rolled_up_city_rows(rows: list[UploadRow], current: pd.DataFrame) -> list[UploadRow]:
    """City rows implied by uploaded Stadtbezirk values where the current city value is the
    build's roll-up ('Summe der Stadtbezirke'): old sum + the districts' changes. The build
    recomputes the real sum; this is what the preview shows."""
    implied = []
    districts = [r for r in rows if r.area_level == "stadtbezirk"]
    for iid, year in sorted({(r.indicator_id, r.year) for r in districts}):
        city = current[(current["indicator_id"] == iid) & (current["area_level"] == "city")
                       & (current["year"] == year)]
        if any(r.indicator_id == iid and r.area_level == "city" and r.year == year for r in rows):
            continue
        if city.empty or not str(city["source_detail"].iloc[0]).startswith("Summe der"):
            continue
        delta = 0.0
        for r in districts:
            if (r.indicator_id, r.year) != (iid, year):
                continue
            old = current[(current["indicator_id"] == iid) & (current["area_level"] == "stadtbezirk")
                          & (current["area_code"] == r.area_code) & (current["year"] == year)]
            delta += r.value - (float(old["value"].iloc[0]) if len(old) else 0.0)
        implied.append(UploadRow(iid, "city", CITY_CODE, "Dortmund", year,
                                 float(city["value"].iloc[0]) + delta, "", 0))
    return implied


def _overlay(old: pd.DataFrame, rows: list[UploadRow]) -> pd.DataFrame:
    """The current values of one indicator and area with the uploaded years replaced."""
    years = {r.year for r in rows}
    kept = old[~old["year"].isin(years)][["year", "value"]]
    added = pd.DataFrame([dict(year=r.year, value=r.value) for r in rows], columns=["year", "value"])
    return pd.concat([kept, added], ignore_index=True).sort_values("year")


def _goal_dict(row: dict) -> dict:
    """A targets-table row in the register's shape, as etl.status.rule_target expects it."""
    def clean(value):
        """None for missing values (None, NaN), else the value."""
        return None if value is None or pd.isna(value) else value

    return dict(kind=row["kind"], target_value=clean(row["target_value"]), unit=row["unit_id"],
                direction=clean(row["direction"]), start=int(row["start_year"]),
                deadline=None if clean(row["deadline_year"]) is None else int(row["deadline_year"]),
                baseline_value=clean(row["baseline_value"]),
                baseline_year=None if clean(row["baseline_year"]) is None else int(row["baseline_year"]))


def source_for(ref: Reference, indicator_id: str) -> str:
    """The source an uploaded value cites: the indicator's dataset, or 'pending_city_data' (the
    city department delivering by upload) for indicators whose values were generated so far."""
    ind = ref.indicators[indicator_id]
    return "pending_city_data" if ind.get("source_kind") == "demo" else str(ind["source_id"])


def clean_comment(comment: str) -> str:
    """A comment as stored: trimmed, formula-escaped. Raises UploadError for a control or
    text-direction character (it would reach the log and `etl uploads`) or over 1,000 characters."""
    bad = CONTROL_CHARS.search(comment)
    if bad:
        raise UploadError(f"Der Kommentar enthält das Steuerzeichen {char_name(bad.group())}; bitte nur "
                          f"druckbaren Text. / The comment holds a control character.")
    if len(comment) > MAX_CELL_CHARS:
        raise UploadError(f"Der Kommentar ist länger als {MAX_CELL_CHARS} Zeichen.")
    return escape_cell(comment.strip())


def apply_upload(checked: Checked, data: bytes, user: str, comment: str, store: UploadStore,
                 ref: Reference, raw: Path | None = None, db_path: Path | None = None,
                 as_of: dt.date | None = None, include_demo: bool | None = None,
                 wait: float = LOCK_WAIT_SECONDS) -> dict:
    """Apply a checked file: keep the original, rebuild the database with it, then log it.

    All or nothing: if the build fails the log is untouched and a newly stored file is removed.
    Raises UploadError (file has problems, already applied) or UploadBusy (lock not free)."""
    if not checked.ok:
        raise UploadError("; ".join(checked.report()) or "Die Datei enthält keine Werte.")
    if not user:
        raise UploadError("Ohne angemeldete Person wird nichts gespeichert.")
    comment = clean_comment(comment)
    with store.lock(wait):
        for upload in store.uploads():
            if upload["hash"] == checked.sha256 and upload["status"] == "applied":
                raise UploadError(f"Diese Datei wurde bereits als {upload['id']} übernommen "
                                  f"({upload['user']}, {upload['time']}).")
        existed = (store.root / "files").is_dir() and any((store.root / "files").glob(f"{checked.sha256}.*"))
        digest, rel = store.save_file(data, checked.filename)
        entry = dict(kind="upload", id=store.next_id("U"), user=user, time=now_text(),
                     comment=comment, file=rel, filename=escape_cell(visible(checked.filename, 200)),
                     hash=digest, indicators=sorted({r.indicator_id for r in checked.rows}),
                     rows=[dict(indicator_id=r.indicator_id, area_level=r.area_level, area_code=r.area_code,
                                year=r.year, value=r.value, source_id=source_for(ref, r.indicator_id),
                                note=r.note) for r in checked.rows])
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
             include_demo: bool | None = None, wait: float = LOCK_WAIT_SECONDS) -> dict:
    """Roll an upload back: rebuild without it (the previous values return), then log it.

    Raises UploadError for an unknown or already rolled-back upload, UploadBusy if locked."""
    if not user:
        raise UploadError("Ohne angemeldete Person wird nichts zurückgenommen.")
    comment = clean_comment(comment)
    with store.lock(wait):
        found = {u["id"]: u for u in store.uploads()}.get(upload_id)
        if found is None:
            raise UploadError(f"Ein Upload „{upload_id}“ gibt es nicht.")
        if found["status"] == "rolled_back":
            raise UploadError(f"Upload {upload_id} wurde bereits zurückgenommen "
                              f"({found['rolled_back_by']}, {found['rolled_back_at']}).")
        entry = dict(kind="rollback", id=store.next_id("R"), upload_id=upload_id, user=user,
                     time=now_text(), comment=comment)
        build(raw, db_path, as_of, include_demo, uploads=store.with_pending(entry))
        store.append(entry)
    return entry
