"""Read a planner's file (CSV or Excel .xlsx) into a plain table, forgiving real-world exports.

Input: the file's bytes and its name. Output: `ParsedTable` (the column each header maps to and
the data rows, each with the row number the planner sees in Excel or an editor, header row = 1
when there is no title row) plus a list of `UploadProblem`s for a file that cannot be read at all
(empty, truncated, old .xls, not a table, no recognisable header) or that breaks a rule of this
strict reader, naming row, column or part: an unclosed quote or a cell over several lines, control
or text-direction characters, cells over MAX_CELL_CHARS, over MAX_ROWS non-empty data rows; for
.xlsx planner.xlsx_guard before parsing, defusedxml while parsing, a sheet size limit. Uploads are
read through planner.worker (a capped process).

Accepted: ';', ',' or tab separators; UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252;
title rows above the header; empty rows anywhere (e.g. Excel's formatted trailing rows).
Cells stay as read (text from CSV; numbers, dates or text from Excel); `planner.validate`
interprets them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

from xml.etree import ElementTree

from etl.names import fold  # not etl.areas: the worker starts without pandas
from planner.messages import CONTROL_CHARS, UploadProblem, char_name, visible
from planner.columns import INDICATOR, SCHEMAS, Schema
from planner.xlsx_guard import check_xlsx

# what openpyxl raises for a damaged or cut-off workbook (zip, XML, missing parts, odd values)
DAMAGED = (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, NotImplementedError,
           RuntimeError, ElementTree.ParseError, TypeError, IndexError)

HEADER_SEARCH_ROWS = 20
MAX_ROWS = 10_000            # non-empty data rows below the header
MAX_CELL_CHARS = 1_000       # a note (source and date) is a sentence, not a document
MAX_SHEET_ROWS = 100_000     # .xlsx rows including empty ones (Excel's formatted trailing rows)
MAX_COLUMNS = 50
MAX_CELL_PROBLEMS = 200      # stop listing bad cells after this many
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
    return fold(text)


def map_header(cells: list[object], schema: Schema = INDICATOR) -> dict[str, int]:
    """Canonical column -> cell index for the header cells that are recognised (first match wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        for column, aliases in schema.aliases.items():
            if column not in found and key and any(key.startswith(a) for a in aliases):
                found[column] = index
                break
    return found


def is_blank(cell: object) -> bool:
    """True for None and for text that is only whitespace."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def parse_file(data: bytes, filename: str, kind: str = "indicator") -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Read CSV or .xlsx bytes with the columns of `kind` (planner.columns.SCHEMAS: 'indicator'
    or 'evidence'). Returns (table, []) or (None, problems) when nothing can be read or the file
    breaks a rule of the reader (quoting, control characters, sizes, time)."""
    schema = SCHEMAS[kind]
    if not data or not data.strip():
        return None, [UploadProblem("file_empty")]
    lower = filename.lower()
    if data[:4] == b"\xd0\xcf\x11\xe0":
        return None, [UploadProblem("file_old_xls")]
    if data[:4] == b"PK\x03\x04" or lower.endswith((".xlsx", ".xlsm")):
        return _parse_xlsx(data, schema)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [UploadProblem(schema.not_table)]
    return _parse_csv(data, schema)


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


def _parse_csv(data: bytes, schema: Schema) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Decode, then try ';', tab and ',' until a header is found. Returns (table, problems)."""
    text, encoding = decode(data)
    specific: list[UploadProblem] | None = None
    for sep in SEPARATORS:
        numbered, broken = _csv_rows(text, sep)
        if broken is not None and broken.code != "csv_quote_bad":
            return None, [broken]
        table, problems = _table_from_rows(numbered, "csv", f"{encoding}, Trennzeichen „{sep}“", schema)
        if table is not None and broken is None:
            return table, problems
        found = [broken] if broken is not None else problems
        if specific is None and found[0].code != schema.not_table:
            specific = found
    return None, specific or [UploadProblem(schema.not_table)]


def _csv_rows(text: str, sep: str) -> tuple[list[tuple[int, list]], UploadProblem | None]:
    """The non-empty records of `text` split at `sep` as (row number, cells), and the problem that
    stopped reading (None if all was read): a record over several lines (an unclosed quote would
    swallow the rows after it), a quote csv cannot read, a cell over csv's size limit, or more rows
    than allowed. Row numbers are the lines where a record starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    numbered: list[tuple[int, list]] = []
    start = 1
    try:
        for cells in reader:
            end = reader.line_num
            if end > start:
                column = next((i for i, c in enumerate(cells) if "\n" in c or "\r" in c), None)
                return numbered, UploadProblem("csv_quote", start, _letter(column), None,
                                               {"first": start, "last": end})
            if not all(is_blank(c) for c in cells):
                numbered.append((start, cells))
                if len(numbered) > MAX_ROWS + HEADER_SEARCH_ROWS:
                    return numbered, UploadProblem("file_too_many_rows", params={"limit": MAX_ROWS})
            start = end + 1
    except csv.Error as err:
        if "field larger than field limit" in str(err):
            return numbered, UploadProblem("cell_too_long", start, params={
                "length": f"> {csv.field_size_limit()}", "limit": MAX_CELL_CHARS})
        if "unexpected end of data" in str(err):  # a quote open until the end of the file
            return numbered, UploadProblem("csv_quote", start, _quoted_column(text, start, sep), None,
                                           {"first": start, "last": reader.line_num})
        return numbered, UploadProblem("csv_quote_bad", start)
    return numbered, None


def _quoted_column(text: str, line: int, sep: str) -> str | None:
    """The letter of the first cell of line `line` (1-based) that opens a quote, else None."""
    lines = text.splitlines()
    cells = lines[line - 1].split(sep) if 0 < line <= len(lines) else []
    return _letter(next((i for i, c in enumerate(cells) if c.lstrip().startswith('"')), None))


def _letter(index: int | None) -> str | None:
    """A column index as Excel shows it: 0 -> 'A', 27 -> 'AB'; None stays None."""
    if index is None:
        return None
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _parse_xlsx(data: bytes, schema: Schema) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Check sizes and XML first (planner.xlsx_guard), then read the first sheet's values with
    openpyxl (defusedxml), skipping empty rows. Returns (table, problems)."""
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = (DefusedXmlException, InvalidFileException, *DAMAGED)
    try:
        refused = check_xlsx(data)
        if refused is not None:
            return None, [refused]
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except unreadable as err:
        return None, [_unreadable(err, DefusedXmlException)]
    try:
        numbered, title, problem = _sheet_rows(book.worksheets[0])
    except unreadable as err:
        return None, [_unreadable(err, DefusedXmlException)]
    finally:
        book.close()
    if problem is not None:
        return None, [problem]
    return _table_from_rows(numbered, "xlsx", f"Tabellenblatt „{title}“", schema)


def _unreadable(err: BaseException, forbidden: type) -> UploadProblem:
    """The problem for a workbook openpyxl could not read: forbidden XML (defusedxml refused an
    entity or DTD, possibly wrapped by openpyxl in a ValueError) or a damaged file."""
    if isinstance(err, forbidden) or isinstance(err.__cause__, forbidden):
        return UploadProblem("xlsx_xml_forbidden", params={"member": "xl/…"})
    return UploadProblem("file_truncated")


def _sheet_rows(sheet) -> tuple[list[tuple[int, list]], str, UploadProblem | None]:
    """The non-empty rows of a read-only sheet as (row number, cells), its title, and the problem
    that stopped reading: a declared or real size over MAX_SHEET_ROWS × MAX_COLUMNS, or more
    data rows than allowed. Empty rows count only towards the sheet size."""
    title = visible(sheet.title, 40)
    rows, cols = sheet.max_row or 0, sheet.max_column or 0
    limits = {"sheet": title, "max_rows": MAX_SHEET_ROWS, "max_cols": MAX_COLUMNS}
    if rows > MAX_SHEET_ROWS or cols > MAX_COLUMNS:
        return [], title, UploadProblem("sheet_too_large", params={**limits, "rows": rows, "cols": cols})
    numbered: list[tuple[int, list]] = []
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > MAX_SHEET_ROWS or len(cells) > MAX_COLUMNS:
            return [], title, UploadProblem("sheet_too_large", params={
                **limits, "rows": f"> {min(number, MAX_SHEET_ROWS)}", "cols": len(cells)})
        if all(is_blank(c) for c in cells):
            continue
        numbered.append((number, list(cells)))
        if len(numbered) > MAX_ROWS + HEADER_SEARCH_ROWS:
            return [], title, UploadProblem("file_too_many_rows", params={"limit": MAX_ROWS})
    return numbered, title, None


def _table_from_rows(numbered: list[tuple[int, list]], kind: str, detail: str,
                     schema: Schema = INDICATOR) -> tuple[ParsedTable | None, list[UploadProblem]]:
    """Find the header among the first rows, check every cell (control characters, length),
    then collect the data rows below the header (at most MAX_ROWS non-empty ones)."""
    content = [(n, cells) for n, cells in numbered if not all(is_blank(c) for c in cells)]
    if not content:
        return None, [UploadProblem("file_empty")]
    for position, (number, cells) in enumerate(content[:HEADER_SEARCH_ROWS]):
        mapping = map_header(cells, schema)
        if len(mapping) < 3 or schema.key not in mapping:
            continue
        bad = cell_problems(content, cells)
        if bad:
            return None, bad
        missing = [c for c in schema.required if c not in mapping]
        if missing:
            return None, [UploadProblem(schema.column_missing, number, None, None,
                                        {"column": c}) for c in missing]
        columns = {c: str(cells[i]).strip() for c, i in mapping.items()}
        rows = [(n, {c: (row[i] if i < len(row) else None) for c, i in mapping.items()})
                for n, row in content[position + 1:]]
        if not rows:
            return None, [UploadProblem("file_no_rows", number)]
        if len(rows) > MAX_ROWS:
            return None, [UploadProblem("file_too_many_rows", params={"limit": MAX_ROWS})]
        return ParsedTable(columns, rows, kind, detail), []
    return None, [UploadProblem(schema.not_table)]


def cell_problems(content: list[tuple[int, list]], header: list) -> list[UploadProblem]:
    """Every text cell with a control or text-direction character or more than MAX_CELL_CHARS
    characters, as problems naming row and column (the header's text, else the column letter)."""
    problems = []
    for number, cells in content:
        for index, cell in enumerate(cells):
            if not isinstance(cell, str):
                continue
            column = (visible(header[index], 40) if index < len(header) and not is_blank(header[index])
                      else _letter(index))
            bad = CONTROL_CHARS.search(cell)
            if bad:
                problems.append(UploadProblem("control_char", number, column, visible(cell, 40),
                                              {"char": char_name(bad.group())}))
            elif len(cell) > MAX_CELL_CHARS:
                problems.append(UploadProblem("cell_too_long", number, column, visible(cell, 40),
                                              {"length": len(cell), "limit": MAX_CELL_CHARS}))
            if len(problems) >= MAX_CELL_PROBLEMS:
                return problems
    return problems
