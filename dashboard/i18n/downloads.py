"""Labels of the take-away downloads: the overview table and a goal's data as CSV and XLSX
(column names of the files and the buttons)."""

TEXTS = {
    "take_overview_csv": ("Übersicht als CSV (Excel, deutsch)", "Overview as CSV"),
    "take_overview_xlsx": ("Übersicht als Excel-Datei (XLSX)", "Overview as Excel (XLSX)"),
    "take_overview_heading": ("Daten zum Mitnehmen", "Data to take away"),
    "take_overview_note": (
        "Die Tabelle enthält die gerade gezeigten {n} Ziele mit Status, Werten und Quellen; Werte als Zahlen.",
        "The table holds the {n} goals shown, with status, values and sources; values as numbers.",
    ),
    "take_overview_file": ("zielmonitor_uebersicht", "zielmonitor_overview"),
    "take_sheet_overview": ("Übersicht", "Overview"),
    "take_sheet_districts": ("Stadtbezirke", "Districts"),
    "take_col_theme": ("Thema", "Theme"),
    "take_col_goal": ("Ziel", "Goal"),
    "take_col_status": ("Status", "Status"),
    "take_col_shown": ("Angezeigter Stand", "Shown value"),
    "take_col_latest": ("Letzter Jahreswert", "Latest yearly value"),
    "take_col_latest_year": ("Jahr des Werts", "Year of value"),
    "take_col_unit": ("Einheit", "Unit"),
    "take_col_target": ("Zielwert", "Target value"),
    "take_col_deadline": ("Frist", "Deadline"),
    "take_col_reason": ("Begründung", "Reason"),
    "take_col_data_source": ("Quelle der Werte", "Source of values"),
    "take_col_goal_source": ("Ziel laut", "Goal stated by"),
    "take_col_demo": ("Beispieldaten", "Example data"),
    "take_col_id": ("Kennung", "Id"),
    "take_col_area": ("Stadtbezirk", "District"),
}
