"""Staging of reported figures: stats/reported/*.csv as described by stats/reported.yaml.

Input: the raw folder, the catalog (indicators and sources) and the areas. Output: observations
(OBS_COLUMNS, each with its data kind, reference date and its note in German and English from
stats/reported_notes.yaml, etl.reported_notes), the goal context links
(CONTEXT_COLUMNS: one row per goal and indicator that describes it without deciding its status;
beside_series: the same quantity in another form, whose figures newer than the goal's own series
the goal page shows right beside that series), 
and every problem found (file, row, column, what is wrong). Inputs are never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from etl.areas import CITY_CODE, UnknownArea, resolve_area
from etl.catalog import DATA_KINDS, Catalog
from etl.errors import Problem
from etl.records import SAFE_LOADER, Field, check_record
from etl.reported_notes import NoteTexts, load_note_texts, missing_note
from etl.stage import frame, observation, read_csv, to_number

MANIFEST = "stats/reported.yaml"
CONTEXT_COLUMNS = ["target_id", "indicator_id", "beside_series"]
NEEDED_COLUMNS = ["indicator", "area", "year", "value", "unit", "note", "source"]
FILE_SPEC = {
    "file": Field((str,), True), "source": Field((str,), True),
    "kind": Field((str,), True, DATA_KINDS), "series": Field((list,), True), "skip": Field((list,)),
}
SERIES_SPEC = {
    "from": Field((str,), True), "indicator": Field((str,), True), "reported_unit": Field((str,)),
    "area": Field((str,), False, ("city",)),
}
SKIP_SPEC = {"indicator": Field((str,), True), "ref_date": Field((str,), True),
             "reason": Field((str,), True)}


@dataclass(frozen=True)
class FileRule:
    """How one reported file is read: its source, default kind, series and skipped rows."""

    file: str
    source: str
    kind: str
    series: dict[str, dict]
    skip: frozenset[tuple[str, str]]


def stage_reported(raw: Path, catalog: Catalog, areas: pd.DataFrame,
                   goal_ids: set[str]) -> tuple[pd.DataFrame, pd.DataFrame, list[Problem]]:
    """Every series the manifest names, and its goal context links. Returns (obs, context, problems)."""
    manifest, problems = _read_manifest(raw)
    if manifest is None:
        return frame([]), pd.DataFrame(columns=CONTEXT_COLUMNS), problems
    kind_rules = manifest.get("kind_by_source") or []
    notes, found = load_note_texts(raw)
    problems += found
    rows = []
    for rule in _file_rules(manifest, catalog, problems):
        found, bad = _stage_file(raw, rule, kind_rules, areas, notes)
        rows += found
        problems += bad
    context, bad = _context(manifest, catalog, goal_ids)
    return frame(rows), context, problems + bad


def _read_manifest(raw: Path) -> tuple[dict | None, list[Problem]]:
    """The manifest as a mapping, or None with a problem when it cannot be read."""
    try:
        data = yaml.load((raw / MANIFEST).read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        return None, [Problem(MANIFEST, None, None, f"cannot read YAML: {err}")]
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        return None, [Problem(MANIFEST, None, "files", "expected a top-level list named 'files'")]
    return data, []


def _file_rules(manifest: dict, catalog: Catalog, problems: list[Problem]) -> list[FileRule]:
    """The checked file entries; problems are appended for entries that are wrong."""
    rules = []
    for entry in manifest["files"]:
        label = str(entry.get("file", "?")) if isinstance(entry, dict) else "?"
        found = check_record(entry, FILE_SPEC, MANIFEST, label) if isinstance(entry, dict) else [
            Problem(MANIFEST, label, None, "entry is not a mapping")]
        if not found:
            found = _check_references(entry, catalog, label)
        problems += found
        if not found:
            rules.append(FileRule(
                entry["file"], entry["source"], entry["kind"],
                {s["from"]: {**s, "unit": s.get("reported_unit")
                             or catalog.indicators[s["indicator"]]["unit"]} for s in entry["series"]},
                frozenset((s["indicator"], s["ref_date"]) for s in entry.get("skip") or [])))
    return rules


def _check_references(entry: dict, catalog: Catalog, label: str) -> list[Problem]:
    """Source and indicators known; series and skip entries well formed."""
    problems = []
    if entry["source"] not in catalog.sources:
        problems.append(Problem(MANIFEST, label, "source", f"unknown source {entry['source']!r}"))
    for series in entry["series"]:
        problems += check_record(series, SERIES_SPEC, MANIFEST, f"{label}.series")
        if series.get("indicator") not in catalog.indicators:
            problems.append(Problem(MANIFEST, f"{label}.series", "indicator",
                                    f"unknown indicator {series.get('indicator')!r}"))
    for skip in entry.get("skip") or []:
        problems += check_record(skip, SKIP_SPEC, MANIFEST, f"{label}.skip")
    return problems


def _stage_file(raw: Path, rule: FileRule, kind_rules: list[dict], areas: pd.DataFrame,
                notes: NoteTexts) -> tuple[list[dict], list[Problem]]:
    """Observations of one file's named series. Returns (rows, problems)."""
    rel = f"stats/reported/{rule.file}"
    df, problems = read_csv(raw, rel)
    if df is None:
        return [], problems
    missing = [c for c in NEEDED_COLUMNS if c not in df.columns]
    if missing:
        return [], [Problem(rel, None, c, "column missing") for c in missing]
    rows = []
    for n, rec in enumerate(df.to_dict("records"), start=2):
        series = rule.series.get(rec["indicator"])
        if series is None or (rec["indicator"], rec.get("ref_date", "")) in rule.skip:
            continue
        row, found = _row(rec, n, rel, rule, series, kind_rules, areas, notes)
        problems += found
        if row is not None:
            rows.append(row)
    return rows, problems


def _row(rec: dict, n: int, rel: str, rule: FileRule, series: dict, kind_rules: list[dict],
         areas: pd.DataFrame, notes: NoteTexts) -> tuple[dict | None, list[Problem]]:
    """One reported row as an observation, or None with the problems that stop it (a note
    without German and English text among them)."""
    if rec["unit"] != series["unit"]:
        return None, [Problem(rel, n, "unit", f"'{rec['unit']}' but {series['indicator']} expects "
                                             f"'{series['unit']}'")]
    if not rec["year"].strip():
        return None, [Problem(rel, n, "year", "no year given; add the row to 'skip' in "
                                             f"{MANIFEST} with a reason or give a year")]
    value, problems = to_number(rec["value"], rel, n, "value")
    year, found = to_number(rec["year"], rel, n, "year")
    problems += found
    level, code, found = _area(rec, series, areas, rel, n)
    problems += found
    texts = notes.lookup(rule.file, rec["note"])
    if texts is None:
        problems.append(missing_note(rel, n, rec["note"]))
    if problems or value is None or year is None:
        return None, problems
    return observation(series["indicator"], level, code, int(year), value, rule.source, rec["note"].strip(),
                       rec["source"].strip(), data_kind=_kind(rec["source"], rule.kind, kind_rules),
                       ref_date=rec.get("ref_date", "").strip() or str(int(year)),
                       note_de=texts[0], note_en=texts[1]), []


def _area(rec: dict, series: dict, areas: pd.DataFrame, rel: str,
          n: int) -> tuple[str, str, list[Problem]]:
    """(area level, area code, problems): the city, or the Stadtbezirk by number or name."""
    if series.get("area") == "city" or rec["area"].strip() == "Dortmund":
        return "city", CITY_CODE, []
    text = (rec.get("stb_nr") or "").strip() or rec["area"].strip()
    try:
        return "stadtbezirk", resolve_area(areas, "stadtbezirk", text), []
    except UnknownArea as err:
        return "", "", [Problem(rel, n, "area", str(err))]


def _kind(source: str, default: str, kind_rules: list[dict]) -> str:
    """The data kind of a row: the first kind_by_source rule whose text its source contains."""
    for rule in kind_rules:
        if rule.get("contains") and rule["contains"] in source:
            return rule["kind"]
    return default


def _context(manifest: dict, catalog: Catalog, goal_ids: set[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """The goal context links, checked against the register and the catalog."""
    problems, rows = [], []
    for entry in manifest.get("context") or []:
        goal, indicator = entry.get("goal"), entry.get("indicator")
        beside = entry.get("beside_series", False)
        if not isinstance(beside, bool):
            problems.append(Problem(MANIFEST, f"context {goal}", "beside_series", "expected true or false"))
        elif goal not in goal_ids:
            problems.append(Problem(MANIFEST, f"context {goal}", "goal", f"unknown goal {goal!r}"))
        elif indicator not in catalog.indicators:
            problems.append(Problem(MANIFEST, f"context {goal}", "indicator",
                                    f"unknown indicator {indicator!r}"))
        else:
            rows.append({"target_id": goal, "indicator_id": indicator, "beside_series": beside})
    context = pd.DataFrame(rows, columns=CONTEXT_COLUMNS).drop_duplicates(CONTEXT_COLUMNS[:2])
    return context.sort_values(CONTEXT_COLUMNS[:2]).reset_index(drop=True), problems
