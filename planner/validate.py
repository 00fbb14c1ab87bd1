"""Check a planner's table row by row and report every problem at once, in German or English.

Input: a `planner.parse.ParsedTable` and a `Reference` (indicators, units, areas, as-of year).
Output: (list of `UploadRow`, list of `UploadProblem`). The rows are only usable when the
problem list is empty. Each problem names the row as the planner sees it (header row = 1 when
there is no title row), the column as written in the file, the cell value and what is expected.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from etl.areas import CITY_CODE, code_key, fold, name_key
from planner.messages import UploadProblem
from texts import t

FIRST_YEAR = 1990
CITY_NAMES = {"dortmund", "stadtdortmund", "gesamtstadt", "gesamt", "stadt", "city"}
EXAMPLE_NOTE = "Beispielzeile – bitte mit eigenen Zahlen überschreiben"

@dataclass(frozen=True)
class UploadRow:
    """One valid row: indicator, area (level, code, name), year, value, note as typed, file row."""

    indicator_id: str
    area_level: str
    area_code: str
    area_name: str
    year: int
    value: float
    note: str
    row: int


@dataclass(frozen=True)
class Reference:
    """What a row is checked against. indicators: id -> dict with name_de, name_en, unit_id,
    min_value, max_value, source_id; units: id -> dict with label/symbol de/en; areas: the areas
    table (area_level, area_code, name, name_official, name_key, sort_order); last_year: as-of year."""

    indicators: dict[str, dict]
    units: dict[str, dict]
    areas: pd.DataFrame
    last_year: int


def show(cell: object) -> str:
    """A cell as the planner would read it, for messages (never executed: messages are text)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d.%m.%Y")
    return str(cell).strip()


def parse_number(cell: object) -> float | None:
    """A cell as a number: Excel numbers as they are; text in German ('1.234,5', '1234,5',
    '1.234' = 1234) or English ('1,234.5', '1234.5') form. None if it is not a finite number."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return float(cell) if math.isfinite(cell) else None
    text = re.sub(r"[\s\u00a0\u202f']", "", str(cell)).replace("\u2212", "-")
    match = re.fullmatch(r"([+-]?)(\d[\d.,]*)", text)
    if not match:
        return None
    sign, body = match.groups()
    if "," in body and "." in body:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, frac = body.rpartition(decimal)
        if not re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})*", whole) or not frac.isdigit():
            return None
        body = whole.replace(thousands, "") + "." + frac
    elif "," in body:
        if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", body):
            body = body.replace(",", "")
        elif body.count(",") == 1:
            body = body.replace(",", ".")
        else:
            return None
    elif "." in body and re.fullmatch(r"\d{1,3}(\.\d{3})+", body):
        body = body.replace(".", "")
    try:
        value = float(sign + body)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_year(cell: object) -> int | None:
    """A period cell as a year: 2024, 2024.0, an Excel date, '31.12.2024', '2024-12-31',
    '12/2024', '2024-12'. None if no year can be read."""
    if isinstance(cell, (dt.date, dt.datetime)):
        return cell.year
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return int(cell) if float(cell).is_integer() and 1000 <= cell <= 9999 else None
    text = str(cell).strip()
    for pattern in (r"(\d{4})(?:\.0)?", r"\d{1,2}\.\d{1,2}\.(\d{4})", r"(\d{4})-\d{1,2}(?:-\d{1,2})?",
                    r"\d{1,2}/(\d{4})", r"\d{1,2}/\d{1,2}/(\d{4})"):
        match = re.fullmatch(pattern, text)
        if match:
            return int(match.group(1))
    return None


def _norm(text: object) -> str:
    """Lower case, umlauts spelled out, letters and digits only (etl.areas.fold)."""
    return fold(text)


def indicator_index(ref: Reference) -> dict[str, str]:
    """Normalised id, German name and English name -> indicator id. When two indicators share a
    spelling, the first in the reference's order wins (as a scan in that order would find it)."""
    index: dict[str, str] = {}
    for iid, ind in ref.indicators.items():
        for spelling in (iid, ind.get("name_de"), ind.get("name_en")):
            key = _norm(spelling)
            if key:
                index.setdefault(key, iid)
    return index


def _per_text(interpret: Callable[[object], object]) -> Callable[[object], object]:
    """`interpret`, remembered per distinct text cell (other cells, e.g. Excel numbers, are cheap)."""
    done: dict[str, object] = {}

    def run(cell: object) -> object:
        if type(cell) is str and cell not in done:
            done[cell] = interpret(cell)
        return done[cell] if type(cell) is str else interpret(cell)
    return run


def place_resolver(areas: pd.DataFrame) -> Callable[[object], tuple[str, str, str] | None]:
    """A function cell -> resolve_place's answer: 'Dortmund'/the AGS, or a Stadtbezirk by the rules
    of `etl.areas.resolve_area` (number, then unique name, then unique official name). The areas
    are indexed once and each distinct spelling resolved once (one dict look-up a row after that)."""
    rows = areas[areas["area_level"] == "stadtbezirk"]
    names, by_name, by_official = {}, {}, {}
    for code, name, official, key in zip(rows["area_code"], rows["name"], rows["name_official"],
                                         rows["name_key"]):
        names.setdefault(code, str(name))
        by_name.setdefault(key, []).append(code)
        by_official.setdefault(name_key(official), []).append(code)

    def lookup(text: str) -> tuple[str, str, str] | None:
        if _norm(text) in CITY_NAMES or text.lstrip("0") == CITY_CODE.lstrip("0"):
            return "city", CITY_CODE, "Dortmund"
        code = code_key("stadtbezirk", text)
        if code is None or code not in names:
            key = name_key(text)
            hits, official = by_name.get(key, []), by_official.get(key, [])
            if key and len(hits) == 1:
                code = str(hits[0])
            elif key and len(official) == 1:
                code = str(official[0])
            else:
                return None
        return "stadtbezirk", code, names[code]
    once = _per_text(lookup)
    return lambda cell: once(show(cell))


def resolve_place(ref: Reference, cell: object) -> tuple[str, str, str] | None:
    """(area_level, area_code, name) for 'Dortmund'/the AGS (city) or a Stadtbezirk by any
    common spelling or number. None if unknown."""
    return place_resolver(ref.areas)(cell)


def unit_matches(ref: Reference, unit_id: str, cell: object) -> bool:
    """True if the cell names the indicator's unit by id, label or symbol (German or English)."""
    unit = ref.units.get(unit_id, {})
    spellings = {unit_id} | {str(unit.get(k, "")) for k in ("label_de", "label_en", "symbol_de", "symbol_en")}
    return _norm(cell) in {_norm(s) for s in spellings if s}


def validate(table, ref: Reference, lang: str = "de") -> tuple[list[UploadRow], list[UploadProblem]]:
    """Check every row of a ParsedTable. Returns (valid rows, every problem found)."""
    rows: list[UploadRow] = []
    problems: list[UploadProblem] = []
    seen: dict[tuple, int] = {}
    names = "name_en" if lang == "en" else "name_de"
    index = indicator_index(ref)  # the reference indexed once, each distinct text read once
    look = {"indicator": _per_text(lambda cell: index.get(_norm(cell))), "area": place_resolver(ref.areas),
            "period": _per_text(parse_year), "value": _per_text(parse_number)}
    for number, cells in table.rows:
        found, row = _check_row(number, cells, table.columns, ref, names, look)
        problems += found
        if row is None:
            continue
        key = (row.indicator_id, row.area_level, row.area_code, row.year)
        if key in seen:
            problems.append(UploadProblem(
                "duplicate_key", number, table.columns["indicator"], row.indicator_id,
                {"indicator": row.indicator_id, "area": row.area_name, "year": row.year,
                 "first": seen[key]}))
            continue
        seen[key] = number
        rows.append(row)
    return rows, problems


def _check_row(number: int, cells: dict, columns: dict, ref: Reference,
               names: str, look: dict) -> tuple[list[UploadProblem], UploadRow | None]:
    """All problems of one row, and the row if it has none (look: validate's per-file lookups)."""
    lang = "de" if names == "name_de" else "en"
    empty = [c for c in ("indicator", "area", "period", "value")
             if cells.get(c) is None or not show(cells.get(c))]
    problems = [UploadProblem("value_missing", number, columns[c], None,
                              {"expected": t(f"upc_expect_{c}", lang)}) for c in empty]
    found = {c: None if c in empty else look[c](cells[c]) for c in ("indicator", "area", "period", "value")}
    for column, code in (("indicator", "indicator_unknown"), ("area", "area_unknown"),
                         ("period", "period_invalid"), ("value", "value_not_number")):
        if column not in empty and found[column] is None:
            problems.append(UploadProblem(code, number, columns[column], show(cells[column])))
    iid = found["indicator"]
    label = ref.indicators[iid][names] if iid else ""
    year = found["period"]
    if year is not None and not FIRST_YEAR <= year <= ref.last_year:
        problems.append(UploadProblem("period_out_of_range", number, columns["period"], show(cells["period"]),
                                      {"year": year, "first": FIRST_YEAR, "last": ref.last_year,
                                       "indicator": label or show(cells.get("indicator"))}))
    if iid and found["value"] is not None:
        problems += _check_bounds(number, columns["value"], cells["value"], found["value"], ref.indicators[iid], label)
    if iid:
        problems += _check_unit(number, cells, columns, ref, iid, names, label)
    note = show(cells.get("note") or "")  # stored as typed; export.cells.safe_cell escapes on export
    if note == EXAMPLE_NOTE:
        problems.append(UploadProblem("example_row", number, columns.get("note"), note))
    if problems or None in found.values():
        return problems, None
    place = found["area"]
    return [], UploadRow(iid, place[0], place[1], place[2], int(year), float(found["value"]) + 0.0, note, number)


def _check_unit(number: int, cells: dict, columns: dict, ref: Reference, iid: str, names: str,
                label: str) -> list[UploadProblem]:
    """A unit cell that names another unit than the indicator's ([] when empty or right)."""
    if "unit" not in columns or not show(cells.get("unit") or ""):
        return []
    unit_id = ref.indicators[iid]["unit_id"]
    if unit_matches(ref, unit_id, cells["unit"]):
        return []
    unit = ref.units.get(unit_id, {})
    expected = unit.get("symbol_de" if names == "name_de" else "symbol_en", unit_id)
    return [UploadProblem("unit_wrong", number, columns["unit"], show(cells["unit"]),
                          {"indicator": label, "expected": expected})]


def _check_bounds(number: int, column: str, cell: object, value: float, ind: dict,
                  label: str) -> list[UploadProblem]:
    """Negative where impossible, above the maximum (e.g. a share over 100 %)."""
    low, high = ind.get("min_value"), ind.get("max_value")
    if low is not None and not pd.isna(low) and value < low:
        return [UploadProblem("value_negative", number, column, show(cell), {"indicator": label})]
    if high is not None and not pd.isna(high) and value > high:
        return [UploadProblem("value_too_high", number, column, show(cell),
                              {"indicator": label, "limit": show(float(high))})]
    return []
