"""Read a planner's file (CSV or Excel .xlsx) into a plain table, forgiving real-world exports.

Input: the file's bytes and its name. Output: `ParsedTable` (the column each header maps to and
the data rows, each with the row number the planner sees in Excel or an editor, header row = 1
when there is no title row) plus a list of `UploadProblem`s for a file that cannot be read at all
(empty, truncated, old .xls, not a table, no recognisable header).

Accepted: ';', ',' or tab separators; UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252;
title rows above the header; empty rows anywhere (e.g. Excel's formatted trailing rows).
Cells stay as read (text from CSV; numbers, dates or text from Excel); `etl.validate_upload`
interprets them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field

from etl.validate_upload import UploadProblem

# canonical column -> accepted header spellings (normalised: lower case, letters and digits only)
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "indicator": ("indikator", "indicator", "kennzahl"),
    "area": ("gebiet", "stadtbezirk", "bezirk", "area", "district"),
    "period": ("jahr", "year", "zeitraum", "periode", "period", "datum", "date", "stichtag"),
    "value": ("wert", "value", "anzahl"),
    "unit": ("einheit", "unit"),
    "note": ("bemerkung", "quelle", "note", "source", "kommentar", "comment", "hinweis"),
}
REQUIRED = ("indicator", "area", "period", "value")
HEADER_SEARCH_ROWS = 20
MAX_ROWS = 10_000
SEPARATORS = (";", "\t", ",")


@dataclass
class ParsedTable:
    """A table read from a file.

    columns: canonical column -> header text as written in the file (e.g. 'value' -> 'Wert').
    rows: (row number as the planner sees it, {canonical column: cell}) for every non-empty row.
    kind: 'csv' or 'xlsx'; detail: encoding and separator, or the sheet name.
    """

    columns: dict[str, str]
    rows: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    kind: str = "csv"
    detail: str = ""


def header_key(text: object) -> str:
    """Normalise a header cell: 'Wert (Wohnungen)' -> 'wertwohnungen', 'Jahr/Zeitraum' -> 'jahrzeitraum'."""
    folded = str(text or "").strip().casefold()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        folded = folded.replace(src, dst)
    return re.sub(r"[^a-z0-9]", "", folded)


def map_header(cells: list[object]) -> dict[str, int]:
    """Canonical column -> cell index for the header cells that are recognised (first match wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        for column, aliases in COLUMN_ALIASES.items():
            if column not in found and key and any(key.startswith(a) for a in aliases):
                found[column] = index
                break
    return found


def is_blank(cell: object) -> bool:
    """True for None and for text that is only whitespace."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def parse_file(data: bytes, filename: str) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Read CSV or .xlsx bytes. Returns (table, []) or (None, problems) when nothing can be read."""
    if not data or not data.strip():
        return None, [UploadProblem("file_empty")]
    lower = filename.lower()
    if data[:4] == b"\xd0\xcf\x11\xe0":
        return None, [UploadProblem("file_old_xls")]
    if data[:4] == b"PK\x03\x04" or lower.endswith((".xlsx", ".xlsm")):
        return _parse_xlsx(data)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [UploadProblem("file_not_table")]
    return _parse_csv(data)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name): UTF-8 (BOM removed), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _parse_csv(data: bytes) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Decode, then try ';', tab and ',' until a header is found. Returns (table, problems)."""
    text, encoding = decode(data)
    specific: list[UploadProblem] | None = None
    for sep in SEPARATORS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
        numbered = []
        for cells in reader:
            numbered.append((reader.line_num, cells))
            if len(numbered) > MAX_ROWS + HEADER_SEARCH_ROWS:
                return None, [UploadProblem("file_too_many_rows", params={"limit": MAX_ROWS})]
        table, problems = _table_from_rows(numbered, "csv", f"{encoding}, Trennzeichen „{sep}“")
        if table is not None:
            return table, problems
        if specific is None and problems[0].code != "file_not_table":
            specific = problems
    return None, specific or [UploadProblem("file_not_table")]


def _parse_xlsx(data: bytes) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Read the first sheet (values, not formulas), skipping empty rows. Returns (table, problems)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError, EOFError):
        return None, [UploadProblem("file_truncated")]
    try:
        sheet = book.worksheets[0]
        numbered = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if all(is_blank(c) for c in cells):
                continue
            numbered.append((number, list(cells)))
            if len(numbered) > MAX_ROWS + HEADER_SEARCH_ROWS:
                return None, [UploadProblem("file_too_many_rows", params={"limit": MAX_ROWS})]
        title = sheet.title
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        return None, [UploadProblem("file_truncated")]
    finally:
        book.close()
    return _table_from_rows(numbered, "xlsx", f"Tabellenblatt „{title}“")


def _table_from_rows(numbered: list[tuple[int, list]], kind: str,
                     detail: str) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Find the header among the first rows, then collect the data rows below it."""
    content = [(n, cells) for n, cells in numbered if not all(is_blank(c) for c in cells)]
    if not content:
        return None, [UploadProblem("file_empty")]
    for position, (number, cells) in enumerate(content[:HEADER_SEARCH_ROWS]):
        mapping = map_header(cells)
        if len(mapping) < 3 or "value" not in mapping:
            continue
        missing = [c for c in REQUIRED if c not in mapping]
        if missing:
            return None, [UploadProblem("column_missing", number, None, None,
                                        {"column": c}) for c in missing]
        columns = {c: str(cells[i]).strip() for c, i in mapping.items()}
        rows = [(n, {c: (row[i] if i < len(row) else None) for c, i in mapping.items()})
                for n, row in content[position + 1:]]
        if not rows:
            return None, [UploadProblem("file_no_rows", number)]
        return ParsedTable(columns, rows, kind, detail), []
    return None, [UploadProblem("file_not_table")]


def excel_date_year(cell: object) -> int | None:
    """The year of an Excel date or datetime cell, else None."""
    if isinstance(cell, (dt.date, dt.datetime)):
        return cell.year
    return None
