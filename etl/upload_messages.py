"""The messages of the upload checks (German and English) and `UploadProblem`, one problem found in
a planner's file: a message code, where it is (row, column as written in the file), the cell value
and the values for the message's placeholders. Used by etl.parse (file-level problems) and
etl.validate_upload (row checks); shown by the upload page and `python -m etl ingest`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

COLUMN_LABELS = {
    "indicator": ("Indikator", "Indicator"), "area": ("Gebiet", "Area"),
    "period": ("Jahr", "Year"), "value": ("Wert", "Value"), "unit": ("Einheit", "Unit"),
    "note": ("Bemerkung", "Note"),
}
MESSAGES: dict[str, tuple[str, str]] = {
    "file_empty": (
        "Die Datei ist leer. Erwartet: eine Tabelle mit Kopfzeile (Indikator; Gebiet; Jahr; Wert) und "
        "mindestens einer Datenzeile – am einfachsten die Vorlage verwenden.",
        "The file is empty. Expected: a table with a header (Indicator; Area; Year; Value) and at "
        "least one data row – easiest is to use the template."),
    "file_no_rows": (
        "Unter der Kopfzeile stehen keine Daten. Erwartet: mindestens eine Datenzeile.",
        "There is no data below the header. Expected: at least one data row."),
    "file_truncated": (
        "Die Excel-Datei ist beschädigt oder unvollständig (abgebrochene Übertragung?). Bitte in Excel "
        "erneut als .xlsx speichern und noch einmal hochladen.",
        "The Excel file is damaged or incomplete (interrupted transfer?). Please save it again as "
        ".xlsx in Excel and upload it once more."),
    "file_old_xls": (
        "Das alte Excel-Format .xls wird nicht gelesen. Erwartet: Excel-Arbeitsmappe (.xlsx) oder CSV.",
        "The old Excel format .xls is not read. Expected: an Excel workbook (.xlsx) or CSV."),
    "file_not_table": (
        "Die Datei ist keine lesbare Tabelle: keine Kopfzeile mit den Spalten Indikator, Gebiet, Jahr "
        "und Wert gefunden. Erwartet: CSV (Trennzeichen ; oder ,) oder Excel .xlsx nach der Vorlage.",
        "The file is not a readable table: no header with the columns Indicator, Area, Year and Value "
        "was found. Expected: CSV (separator ; or ,) or Excel .xlsx following the template."),
    "file_too_large": (
        "Die Datei ist {size} MB groß; erlaubt sind höchstens {limit} MB. Bitte nur die neuen Zeilen "
        "hochladen.",
        "The file is {size} MB; at most {limit} MB are allowed. Please upload only the new rows."),
    "file_too_many_rows": (
        "Die Datei hat mehr als {limit} Datenzeilen (leere Zeilen nicht mitgezählt). Bitte in kleinere "
        "Dateien aufteilen.",
        "The file has more than {limit} data rows (empty rows not counted). Please split it into "
        "smaller files."),
    "csv_quote": (
        "ein Anführungszeichen (\") ist nicht geschlossen oder die Zelle enthält einen Zeilenumbruch: "
        "die Zeilen {first}–{last} würden zu einer einzigen Zelle. Erwartet: jede Zelle in einer Zeile, "
        "jedes Anführungszeichen geschlossen.",
        "a quote (\") is never closed or the cell holds a line break: rows {first}–{last} would become "
        "one cell. Expected: every cell on one line, every quote closed."),
    "csv_quote_bad": (
        "die Datei ist hier als CSV nicht lesbar (Anführungszeichen falsch gesetzt oder nicht "
        "geschlossen). Erwartet: jedes Anführungszeichen (\") geschlossen – am einfachsten in Excel "
        "neu als CSV speichern.",
        "the file cannot be read as CSV here (a quote misplaced or never closed). Expected: every "
        "quote (\") closed – easiest is to save it again as CSV in Excel."),
    "control_char": (
        "unzulässiges Steuerzeichen {char} in der Zelle. Erwartet: nur druckbarer Text (Steuerzeichen "
        "und Schreibrichtungszeichen wie U+202E werden nicht angenommen).",
        "forbidden control character {char} in the cell. Expected: printable text only (control and "
        "text-direction characters such as U+202E are not accepted)."),
    "cell_too_long": (
        "die Zelle ist {length} Zeichen lang; erlaubt sind höchstens {limit}. Erwartet: eine kurze "
        "Bemerkung (Quelle und Stand).",
        "the cell is {length} characters long; at most {limit} are allowed. Expected: a short note "
        "(source and date)."),
    "xlsx_too_big": (
        "Die Excel-Datei entpackt sich auf mehr als {limit} MB (Teil „{member}“: {size} MB). Erwartet: "
        "eine normale Arbeitsmappe nach der Vorlage.",
        "The Excel file unpacks to more than {limit} MB (part “{member}”: {size} MB). Expected: an "
        "ordinary workbook following the template."),
    "xlsx_xml_forbidden": (
        "Die Excel-Datei enthält in „{member}“ XML-Deklarationen (DOCTYPE/ENTITY), die Excel nie "
        "schreibt; sie wird nicht gelesen. Bitte in Excel neu als .xlsx speichern.",
        "The Excel file holds XML declarations (DOCTYPE/ENTITY) in “{member}” that Excel never "
        "writes; it is not read. Please save it again as .xlsx in Excel."),
    "sheet_too_large": (
        "Das Tabellenblatt „{sheet}“ ist zu groß ({rows} Zeilen × {cols} Spalten); erlaubt sind "
        "höchstens {max_rows} Zeilen und {max_cols} Spalten.",
        "The sheet “{sheet}” is too large ({rows} rows × {cols} columns); at most {max_rows} rows and "
        "{max_cols} columns are allowed."),
    "upload_cancelled": (
        "Das Lesen der Datei „{file}“ wurde abgebrochen, weil die Sitzung beendet wurde. Nichts wurde "
        "gespeichert.",
        "Reading the file “{file}” was cancelled because the session ended. Nothing was stored."),
    "file_too_slow": (
        "Die Datei „{file}“ braucht zum Lesen zu viel Zeit oder Speicher (Grenze {seconds} s, {mb} MB) "
        "und wurde nicht gelesen. Erwartet: eine Tabelle nach der Vorlage.",
        "Reading the file “{file}” takes too much time or memory (limit {seconds} s, {mb} MB); it was "
        "not read. Expected: a table following the template."),
    "column_missing": (
        "Die Spalte „{column}“ fehlt in der Kopfzeile. Erwartet: Spalten Indikator, Gebiet, Jahr, Wert "
        "(Einheit und Bemerkung freiwillig).",
        "The column “{column}” is missing from the header. Expected: columns Indicator, Area, Year, "
        "Value (Unit and Note optional)."),
    "value_missing": ("Die Zelle ist leer. Erwartet: {expected}.",
                      "The cell is empty. Expected: {expected}."),
    "indicator_unknown": (
        "unbekannter Indikator. Erwartet: eine Kennung aus der Vorlage, z. B. „completed_dwellings“.",
        "unknown indicator. Expected: an id from the template, e.g. “completed_dwellings”."),
    "area_unknown": (
        "unbekanntes Gebiet. Erwartet: „Dortmund“ (Gesamtstadt) oder einer der 12 Stadtbezirke als "
        "Name oder Nummer 1–12, z. B. „Innenstadt-West“ oder „1“.",
        "unknown area. Expected: “Dortmund” (whole city) or one of the 12 Stadtbezirke by name or "
        "number 1–12, e.g. “Innenstadt-West” or “1”."),
    "unit_wrong": ("falsche Einheit. Erwartet für {indicator}: „{expected}“.",
                   "wrong unit. Expected for {indicator}: “{expected}”."),
    "value_not_number": ("keine Zahl. Erwartet: eine Zahl wie 1.234 oder 1234,5.",
                         "not a number. Expected: a number such as 1.234 or 1234,5 (German format)."),
    "value_negative": ("ein negativer Wert ist für {indicator} nicht möglich. Erwartet: 0 oder mehr.",
                       "a negative value is impossible for {indicator}. Expected: 0 or more."),
    "value_too_high": ("der Wert liegt über dem Höchstwert {limit} für {indicator}.",
                       "the value is above the maximum {limit} for {indicator}."),
    "period_invalid": (
        "kein Jahr und kein Datum. Erwartet: ein Jahr wie 2024 oder ein Datum wie 31.12.2024.",
        "neither a year nor a date. Expected: a year such as 2024 or a date such as 31.12.2024."),
    "period_out_of_range": (
        "das Jahr {year} liegt außerhalb des zulässigen Zeitraums {first}–{last} für {indicator}.",
        "the year {year} is outside the allowed period {first}–{last} for {indicator}."),
    "example_row": (
        "das ist noch die Beispielzeile der Vorlage. Erwartet: mit eigenen Zahlen überschreiben "
        "(auch die Bemerkung) oder die Zeile löschen.",
        "this is still the template's example row. Expected: overwrite it with your own figures "
        "(including the note) or delete the row."),
    "duplicate_key": (
        "doppelte Zeile: {indicator}, {area}, {year} steht schon in Zeile {first}. Erwartet: jede "
        "Kombination aus Indikator, Gebiet und Jahr nur einmal.",
        "duplicate row: {indicator}, {area}, {year} is already in row {first}. Expected: each "
        "combination of indicator, area and year only once."),
}
EXPECTED_WHEN_EMPTY = {
    "indicator": ("eine Indikator-Kennung", "an indicator id"),
    "area": ("„Dortmund“ oder ein Stadtbezirk", "“Dortmund” or a Stadtbezirk"),
    "period": ("ein Jahr wie 2024", "a year such as 2024"), "value": ("eine Zahl", "a number"),
}


@dataclass(frozen=True)
class UploadProblem:
    """One problem: a message code, where (row, column as written in the file), the cell value
    and the values for the message's placeholders."""

    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: dict = field(default_factory=dict)

    def body(self, lang: str = "de") -> str:
        """What is wrong and what is expected, without the place (for tables with own columns)."""
        de = lang != "en"
        params = dict(self.params)
        if "column" in params and params["column"] in COLUMN_LABELS:
            params["column"] = COLUMN_LABELS[params["column"]][0 if de else 1]
        return MESSAGES[self.code][0 if de else 1].format(**params)

    def text(self, lang: str = "de") -> str:
        """The full sentence in German ('de') or English ('en'), naming row, column and value."""
        de = lang != "en"
        body = self.body(lang)
        where = []
        if self.row is not None:
            where.append(f"{'Zeile' if de else 'Row'} {self.row}")
        if self.column:
            where.append(f"{'Spalte' if de else 'column'} „{self.column}“" if de else f"column “{self.column}”")
        if self.value is not None:
            where.append(f"„{self.value}“" if de else f"“{self.value}”")
        return f"{', '.join(where)}: {body}" if where else body


# C0/C1 control characters (tab, line feed and carriage return allowed: they separate cells and
# rows) and the invisible text-direction marks and overrides (U+061C, U+200E/F, U+202A–E, U+2066–9)
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def char_name(char: str) -> str:
    """A character as code point, e.g. 'U+202E', for messages (never the character itself)."""
    return f"U+{ord(char):04X}"


def visible(text: object, limit: int = 80) -> str:
    """Text made safe to quote in a message: control and direction characters as '⟨U+001B⟩',
    cut to `limit` characters with '…'."""
    shown = CONTROL_CHARS.sub(lambda m: f"⟨{char_name(m.group())}⟩", str(text))
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"
