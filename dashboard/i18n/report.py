"""Labels of the Sachstandsbericht (PDF) and its button."""

TEXTS = {
    "rep_title": ("Sachstandsbericht", "Progress report"),
    "rep_stand": ("Stand {date}", "As of {date}"),
    "rep_city": ("Stadt Dortmund · Zielmonitor", "City of Dortmund · Zielmonitor"),
    "rep_page": ("Seite", "Page"),
    "rep_of": ("von", "of"),
    "rep_demo": ("Beispieldaten", "Beispieldaten (example data)"),
    "rep_demo_note": (
        "Dieser Bericht enthält erzeugte Beispieldaten; sie sind markiert und zählen in keiner Bewertung.",
        "This report contains generated example data; they are marked and count in no status.",
    ),
    "rep_contents": ("Inhalt", "Contents"),
    "rep_summary": ("Übersicht", "Summary"),
    "rep_evidence": ("Belege zum Umsetzungsstand", "Evidence of implementation"),
    "rep_sources": ("Quellen", "Sources"),
    "rep_col_goal": ("Ziel", "Goal"),
    "rep_col_status": ("Bewertung", "Status"),
    "rep_col_latest": ("Letzter Wert", "Latest value"),
    "rep_col_source": ("Quelle", "Source"),
    "rep_method_note": (
        "Jede Bewertung folgt den veröffentlichten Regeln (Seite „Methodik“ im Zielmonitor): nur Werte aus "
        "dem Zeitraum eines Ziels oder datierte Belege zählen; Beispieldaten nie.",
        "Every status follows the published rules (page “Method” of the dashboard): only values from a "
        "goal's own period or dated evidence count; example data never do.",
    ),
    "rep_scope_all": ("Alle Ziele", "All goals"),
    "rep_scope_theme": ("Thema: {name}", "Theme: {name}"),
    "rep_scope_document": ("Dokument: {name}", "Document: {name}"),
    "rep_scope_district": ("Stadtbezirk: {name}", "District: {name}"),
    "rep_button": ("Sachstandsbericht erstellen (PDF)", "Create progress report (PDF)"),
    "rep_download": ("Sachstandsbericht herunterladen", "Download progress report"),
    "rep_wait": ("Der Bericht wird gesetzt …", "Typesetting the report …"),
}
