"""Staging: the real datasets in data/raw/stats, renamed and typed into one long shape.

Each stage_* function takes the raw folder (and what it needs to check keys) and returns
(frame, problems). Output grain of every frame: one row per indicator, area, year and revision,
columns OBS_COLUMNS. Inputs are never changed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl.areas import CITY_CODE
from etl.errors import Problem
from indicators.asof import last_day
from indicators.model import DATA_KINDS

OBS_COLUMNS = [
    "indicator_id", "area_level", "area_code", "year", "value", "source_id", "source_detail",
    "source_url", "qualifier", "is_demo", "is_final", "revision", "is_current", "upload_id",
    "data_kind", "ref_date", "known_since", "known_since_basis", "note_de", "note_en", "rolled_up",
]
PATH_COLUMNS = ["indicator_id", "year", "value", "source_id"]
CO2_SECTORS = {
    "Gesamt": "co2_total", "Haushalte": "co2_households", "Wirtschaft": "co2_economy",
    "Verkehr": "co2_transport", "kommunale Verwaltungen": "co2_municipal",
}
ATLAS_FILES = {2018: "dortmund_unterbezirke_statistikatlas_2018.csv",
               2024: "dortmund_unterbezirke_statistikatlas_2024.csv"}
# Statistische Bezirke whose 2024 values are the same for all their Unterbezirke (stats/SOURCE.md).
ATLAS_2024_BEZIRK_LEVEL = {"000", "210", "220", "240", "320", "520", "550", "610", "640",
                           "660", "670", "730", "920", "950"}


def observation(indicator_id: str, level: str, code: str, year: int, value: float,
                source_id: str, detail: str = "", url: str = "", **flags) -> dict:
    """One observation row with the default flags (real, final, current, first revision).

    data_kind and ref_date may be left empty: etl.combine.assign_data_kinds fills them from the
    source (or the demo/upload flags) and the year; known_since/known_since_basis likewise
    (etl.known_since.assign_known_since) unless the raw row gives a publication date.
    note_de/note_en, the note pages show beside the value, default to `detail` (a title or a
    quote reads the same in both languages); pass them where the detail has to be translated.
    rolled_up is True only for a value the build summed from its sub-areas (etl.combine.roll_up)."""
    row = dict(indicator_id=indicator_id, area_level=level, area_code=code, year=int(year),
               value=float(value), source_id=source_id, source_detail=detail, source_url=url,
               qualifier="exactly", is_demo=False, is_final=True, revision=1, is_current=True,
               upload_id=None, data_kind="", ref_date="", known_since=None,
               known_since_basis="", note_de=detail, note_en=detail, rolled_up=False)
    row.update(flags)
    return row


def frame(rows: list[dict]) -> pd.DataFrame:
    """Rows as a frame with exactly OBS_COLUMNS, in that order."""
    return pd.DataFrame(rows, columns=OBS_COLUMNS)


def read_csv(raw: Path, rel: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read a CSV with every column as text. Returns (frame or None, problems)."""
    try:
        return pd.read_csv(raw / rel, dtype=str, keep_default_na=False), []
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as err:
        return None, [Problem(rel, None, None, f"cannot read CSV: {err}")]


def to_number(text: str, rel: str, row: int, column: str) -> tuple[float | None, list[Problem]]:
    """Parse a plain decimal number ('1651', '4123.33'). Returns (value or None, problems)."""
    try:
        return float(str(text).strip()), []
    except ValueError:
        return None, [Problem(rel, row, column, f"'{text}' is not a number")]


def missing_columns(df: pd.DataFrame, needed: list[str], rel: str) -> list[Problem]:
    """One problem per expected column the file lacks."""
    return [Problem(rel, None, c, "column missing") for c in needed if c not in df.columns]


def published_in(title: str) -> dict:
    """known_since from the first date a source title names ("Statistik news, 2019-06-11"),
    as observation() flags; {} when it names none (etl.known_since fills it later)."""
    day = last_day(title)
    return {} if day is None else {"known_since": day, "known_since_basis": "source_detail"}


def stage_housing(raw: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Completions and permits, keeping superseded releases as earlier revisions. An optional
    column data_kind overrides the source's kind for one row (a press figure among official ones);
    empty keeps the source's."""
    rel = "stats/dortmund_housing_completions_permits.csv"
    df, problems = read_csv(raw, rel)
    needed = ["year", "indicator", "value", "status", "source_title", "source_url"]
    if df is None or (problems := missing_columns(df, needed, rel)):
        return frame([]), problems
    rows = []
    for n, rec in enumerate(df.to_dict("records"), start=2):
        value, found = to_number(rec["value"], rel, n, "value")
        year, found_y = to_number(rec["year"], rel, n, "year")
        problems += found + found_y
        if rec["status"] not in ("final", "superseded", "provisional"):
            problems.append(Problem(rel, n, "status", f"'{rec['status']}' is not final, provisional or superseded"))
        kind = rec.get("data_kind", "")
        if kind not in ("", *DATA_KINDS):
            problems.append(Problem(rel, n, "data_kind", f"'{kind}' is not one of {', '.join(DATA_KINDS)}"))
        if value is None or year is None:
            continue
        rows.append(observation(
            rec["indicator"], "city", CITY_CODE, int(year), value, "itnrw_housing",
            rec["source_title"], rec["source_url"], is_final=rec["status"] != "provisional",
            is_current=rec["status"] != "superseded", data_kind=kind, **published_in(rec["source_title"]),
        ))
    return frame(rows), problems


def stage_co2(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[Problem]]:
    """CO2 balance by sector (real), the council's planned path, and inhabitants 2018."""
    rel = "stats/dortmund_co2_emissions_kt_klimawatch.csv"
    df, problems = read_csv(raw, rel)
    if df is None or (problems := missing_columns(df, ["year", "category", "type", "co2"], rel)):
        return frame([]), pd.DataFrame(columns=PATH_COLUMNS), problems
    rows, paths = [], []
    detail = "CO2-Bilanz 2018, Drucksache 19222-20"
    for n, rec in enumerate(df.to_dict("records"), start=2):
        value, found = to_number(rec["co2"], rel, n, "co2")
        problems += found
        if value is None:
            continue
        if rec["type"] == "real" and rec["category"] in CO2_SECTORS:
            rows.append(observation(CO2_SECTORS[rec["category"]], "city", CITY_CODE,
                                    int(rec["year"]), value, "co2_bilanz_2018", detail))
        elif rec["type"] == "geplant":
            paths.append(dict(indicator_id="co2_total", year=int(rec["year"]), value=value,
                              source_id="co2_bilanz_2018"))
        elif rec["type"] == "Einwohner":
            rows.append(observation("population", "city", CITY_CODE, int(rec["year"]), value,
                                    "co2_bilanz_2018", "Einwohnerzahl laut CO2-Bilanz 2018"))
        else:
            problems.append(Problem(rel, n, "category", f"unknown category/type {rec['category']}/{rec['type']}"))
    return frame(rows), pd.DataFrame(paths, columns=PATH_COLUMNS), problems


def stage_atlas(raw: Path, indicators: dict[str, dict], areas: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Statistikatlas indicators per Unterbezirk for 2018 and 2024."""
    known = set(areas.loc[areas["area_level"] == "unterbezirk", "area_code"])
    wanted = {i["source_column"]: iid for iid, i in indicators.items()
              if i.get("source") == "statistikatlas" and i.get("source_column")}
    rows, problems = [], []
    for year, file in ATLAS_FILES.items():
        rel = f"stats/{file}"
        df, found = read_csv(raw, rel)
        problems += found
        if df is None:
            continue
        for n, rec in enumerate(df.to_dict("records"), start=2):
            code = str(rec.get("ub_nr", "")).zfill(3)
            if code not in known:
                problems.append(Problem(rel, n, "ub_nr", f"unknown Unterbezirk '{rec.get('ub_nr')}'"))
                continue
            detail = f"Statistikatlas {year}"
            if year == 2024 and rec.get("sb_nr") in ATLAS_2024_BEZIRK_LEVEL:
                detail += " (Wert gilt für den ganzen statistischen Bezirk)"
            for column, iid in wanted.items():
                if column not in rec or rec[column] == "":
                    continue
                value, found = to_number(rec[column], rel, n, column)
                problems += found
                if value is not None:
                    rows.append(observation(iid, "unterbezirk", code, year, value, "statistikatlas", detail))
    return frame(rows), problems


def stage_age_18_25(raw: Path, areas: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Persons aged 18-25 and their share per statistischer Bezirk, 2000 and 2014."""
    rel = "stats/dortmund_statbezirke_age18_25_2000_2014.csv"
    df, problems = read_csv(raw, rel)
    if df is None:
        return frame([]), problems
    known = set(areas.loc[areas["area_level"] == "statistischer_bezirk", "area_code"])
    rows = []
    for n, rec in enumerate(df.to_dict("records"), start=2):
        code = str(rec["sb_nr"]).zfill(3)
        if code not in known:
            problems.append(Problem(rel, n, "sb_nr", f"unknown statistischer Bezirk '{rec['sb_nr']}'"))
            continue
        for year in (2000, 2014):
            for column, iid in ((f"persons_18_25_{year}", "persons_18_25"),
                                (f"share_18_25_pct_{year}", "share_18_25_pct")):
                value, found = to_number(rec[column], rel, n, column)
                problems += found
                if value is not None:
                    rows.append(observation(iid, "statistischer_bezirk", code, year, value,
                                            "statistik_18_25", f"Stand {year}"))
    return frame(rows), problems
