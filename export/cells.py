"""The one rule for cells that leave the system as a spreadsheet or CSV: text a spreadsheet
would execute as a formula gets a leading apostrophe. Applied on export only; stored data keep
what was entered."""

from __future__ import annotations

import io

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell: object) -> object:
    """A cell a spreadsheet will not execute: text starting with = + - @ tab or CR gets a leading
    apostrophe; numbers, dates and other values are returned unchanged."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_START) else cell


def safe_frame(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of the table with every text cell and column name made safe (input unchanged)."""
    safe = table.rename(columns={c: safe_cell(str(c)) for c in table.columns})
    return safe.apply(lambda col: col.map(safe_cell) if col.dtype == object or
                      pd.api.types.is_string_dtype(col) else col)


def whole_numbers(table: pd.DataFrame) -> pd.DataFrame:
    """A copy in which every float column holding only whole numbers (missing allowed) is an
    integer column, so the German CSV reads 1379, not 1379,0 (input unchanged)."""
    out = table.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_float_dtype(col) and col.dropna().map(float.is_integer).all():
            out[name] = col.astype("Int64")
    return out


def csv_bytes(table: pd.DataFrame, dialect: str = "excel_de") -> bytes:
    """The table as CSV bytes with formula-like cells escaped.

    dialect "excel_de": the German Excel dialect (semicolon, decimal comma, whole numbers without
    ",0", UTF-8 with BOM so Excel reads the umlauts); "open": open data (comma, decimal point, UTF-8 without BOM).
    Raises ValueError for another dialect."""
    safe = safe_frame(table)
    if dialect == "excel_de":
        return whole_numbers(safe).to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")
    if dialect == "open":
        return safe.to_csv(index=False).encode("utf-8")
    raise ValueError(f"unknown CSV dialect {dialect!r}; expected 'excel_de' or 'open'")


def xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An .xlsx workbook with one sheet per (name, table), formula-like cells escaped."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, table in sheets.items():
            safe_frame(table).to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()
