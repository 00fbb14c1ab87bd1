"""The evidence template (CSV and .xlsx) a planner fills to add, correct or withdraw evidence
entries: one header row with the columns of planner.columns.EVIDENCE, two explanatory lines
above it and one example row (refused until it is overwritten). Every text cell goes through
export.cells.safe_cell (the one formula-escaping rule).
"""

from __future__ import annotations

import csv
import io

from etl.evidence import STAGES
from export.cells import safe_cell
from planner.evidence import EXAMPLE_ID

HEADER = ["Aktion", "Nachweis", "Ziel", "Datum", "Stufe", "Dokument", "Zeilen", "Zitat", "Quelle",
          "Drucksache", "Adresse", "Bemerkung"]
TITLE = [
    "Vorlage Zielmonitor Dortmund: Nachweise zum Umsetzungsstand – Aktion: neu, korrigieren oder "
    "zurückziehen – Nachweis: Kennung (bei neu leer lassen)",
    "Grundlage: Dokument + Zeilen + wörtliches Zitat, oder Quelle + Drucksache/Adresse, oder eine "
    "Bemerkung (dann ist der Fachbereich die Grundlage) – Stufen: " + ", ".join(STAGES),
]


def example_row(goal: str, last_date: str) -> list[str]:
    """The example row: a new entry for `goal`, marked by the example id."""
    return ["neu", EXAMPLE_ID, goal, last_date, "begonnen", "", "", "", "Beschlussvorlage",
            "DS-Nr. 12345-26", "", "Beispielzeile – bitte überschreiben oder löschen"]


def evidence_template_csv(goal: str, last_date: str) -> bytes:
    """The CSV template as Excel in Germany writes it: ';' separated, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for line in TITLE:
        writer.writerow([safe_cell(line)])
    writer.writerow(HEADER)
    writer.writerow([safe_cell(c) for c in example_row(goal, last_date)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def evidence_template_xlsx(goal: str, last_date: str) -> bytes:
    """The Excel template: sheet 'Nachweise' with the title lines, header and example row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Nachweise"
    for line in TITLE:
        sheet.append([safe_cell(line)])
    sheet.append(HEADER)
    sheet.append([safe_cell(c) for c in example_row(goal, last_date)])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
