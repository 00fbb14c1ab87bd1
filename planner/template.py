"""Files we hand out: the per-indicator upload template (CSV and .xlsx) and the upload history.

Input: one indicator's row of `upload_indicators` (dict), the areas (city + Stadtbezirke) and the
as-of year; or the store's upload list. Output: file bytes. Every text cell goes through
`export.cells.safe_cell` (the one formula-escaping rule), so nothing a spreadsheet would execute (=, +, -, @) is ever written unescaped.
The template's example row is marked in the Bemerkung column (EXAMPLE_NOTE), so the validator
refuses it if a planner forgets to overwrite it.
"""

from __future__ import annotations

import csv
import io

import pandas as pd

from export.cells import safe_cell
from planner.validate import EXAMPLE_NOTE, FIRST_YEAR

HEADER = ["Indikator", "Gebiet", "Jahr", "Wert", "Einheit", "Bemerkung"]


def _district_list(areas: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(number, name, official name) of the 12 Stadtbezirke in their official order."""
    rows = areas[areas["area_level"] == "stadtbezirk"].sort_values("sort_order")
    return [(str(r.area_code), str(r.name), str(r.name_official)) for r in rows.itertuples()]


def title_lines(ind: dict, areas: pd.DataFrame, last_year: int) -> list[str]:
    """The two explanatory lines above the header: indicator, unit, years; valid areas."""
    districts = " | ".join(f"{code} {name}" for code, name, _ in _district_list(areas))
    return [
        f"Vorlage Zielmonitor Dortmund: {ind['name_de']} ({ind['indicator_id']}) – Einheit: "
        f"{ind['symbol_de']} – Jahre {FIRST_YEAR}–{last_year} – Zahlen deutsch (1.234,5) oder als Zahl",
        f"Gebiet: Dortmund (Gesamtstadt, 05913000) oder Stadtbezirk als Name oder Nummer: {districts}",
    ]


def example_row(ind: dict, last_year: int) -> list[object]:
    """The example data row: the whole city, last year, value 0, marked as example."""
    return [ind["indicator_id"], "Dortmund", last_year - 1, 0, ind["symbol_de"], EXAMPLE_NOTE]


def template_csv(ind: dict, areas: pd.DataFrame, last_year: int) -> bytes:
    """The CSV template as Excel in Germany writes it: ';' separated, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for line in title_lines(ind, areas, last_year):
        writer.writerow([safe_cell(line)])
    writer.writerow(HEADER)
    writer.writerow([safe_cell(c) for c in example_row(ind, last_year)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def template_xlsx(ind: dict, areas: pd.DataFrame, last_year: int) -> bytes:
    """The Excel template: sheet 'Daten' (title, header, example row), 'Gebiete' (the 12
    Stadtbezirke with numbers and official names) and 'Hinweise' (unit, years, how to fill)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    data = book.active
    data.title = "Daten"
    data.append([safe_cell(title_lines(ind, areas, last_year)[0])])
    data.append(HEADER)
    data.append([safe_cell(c) for c in example_row(ind, last_year)])
    data["A1"].font = Font(bold=True, size=12)
    for cell in data[2]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEF", (28, 22, 8, 12, 14, 50)):
        data.column_dimensions[column].width = width
    data["D3"].number_format = "#,##0.##"
    places = book.create_sheet("Gebiete")
    places.append(["Nummer", "Name", "Amtlicher Name"])
    places.append(["05913000", "Dortmund", "Gesamtstadt Dortmund"])
    for code, name, official in _district_list(areas):
        places.append([int(code), safe_cell(name), safe_cell(official)])
    notes = book.create_sheet("Hinweise")
    for line in hints(ind, last_year):
        notes.append([safe_cell(line)])
    notes.column_dimensions["A"].width = 110
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def hints(ind: dict, last_year: int) -> list[str]:
    """How to fill the template, in plain German."""
    limits = f"mindestens {ind['min_value']:g}" if pd.notna(ind.get("min_value")) else ""
    if pd.notna(ind.get("max_value")):
        limits += f", höchstens {ind['max_value']:g}"
    return [
        f"Indikator: {ind['name_de']} – Kennung {ind['indicator_id']}",
        f"Einheit: {ind['label_de']} ({ind['symbol_de']}); Werte {limits}".rstrip("; "),
        f"Jahre: {FIRST_YEAR} bis {last_year}; ein Jahr (2024) oder ein Datum (31.12.2024)",
        "Gebiet: Dortmund für die Gesamtstadt oder ein Stadtbezirk (Name oder Nummer, Blatt „Gebiete“)",
        "Je Indikator, Gebiet und Jahr genau eine Zeile. Die Beispielzeile überschreiben oder löschen.",
        "Ein vorhandener Wert wird ersetzt; der alte bleibt als überholter Wert sichtbar und jede "
        "Änderung kann zurückgenommen werden.",
    ]


def history_csv(uploads: list[dict]) -> bytes:
    """The upload history as a CSV download (';', UTF-8 with BOM), every text cell escaped."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Upload", "Person", "Zeit", "Datei", "Indikatoren", "Zeilen", "Kommentar",
                     "Status", "Zurückgenommen von", "Zurückgenommen am", "SHA-256"])
    for u in uploads:
        cells = [u["id"], u["user"], u["time"], u["filename"], ", ".join(u["indicators"] or u.get("goals", [])),
                 len(u["rows"]), u["comment"], u["status"], u.get("rolled_back_by") or "",
                 u.get("rolled_back_at") or "", u["hash"]]
        writer.writerow([safe_cell(c) for c in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
