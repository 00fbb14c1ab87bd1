"""Labels of the evidence part of the upload page (tab „Nachweise“; dashboard.upload_model)."""

TEXTS = {
    "upe_tab": ("Nachweise", "Evidence"),
    "upe_intro": (
        "Umsetzungsstand eines Vorhabens belegen: Vorlage für ein Ziel herunterladen, je Zeile einen "
        "Nachweis **neu** anlegen, **korrigieren** oder **zurückziehen**, hochladen, Vorschau prüfen, "
        "übernehmen. Grundlage ist ein wörtliches Zitat mit Zeilen, eine Quelle mit Drucksache oder "
        "Adresse, oder Ihre Bemerkung (dann sind Sie mit Name und Zeit die Grundlage).",
        "Show a deliverable's progress: download the template for a goal, per row **add**, **correct** or "
        "**withdraw** an evidence entry, upload, check the preview, confirm. The basis is a verbatim "
        "quote with its lines, a source with a reference or address, or your note (then you, with name "
        "and time, are the basis)."),
    "upe_goal": ("Ziel", "Goal"),
    "upe_template_csv": ("Nachweis-Vorlage als CSV", "Evidence template as CSV"),
    "upe_template_xlsx": ("Nachweis-Vorlage als Excel", "Evidence template as Excel"),
    "upe_file": ("Nachweis-Datei (CSV oder Excel .xlsx, höchstens {mb} MB)",
                 "Evidence file (CSV or Excel .xlsx, at most {mb} MB)"),
    "upe_preview": ("Vorschau der Nachweise", "Preview of the evidence"),
    "upe_effect": ("Wirkung auf den Umsetzungsstand", "Effect on the implementation status"),
    "upe_applied": ("Nachweise {id} übernommen: {n} Einträge. Die Seiten zeigen den neuen Stand.",
                    "Evidence upload {id} applied: {n} entries. The pages show the new state."),
    "upe_action_add": ("neu", "add"), "upe_action_correct": ("korrigiert", "corrected"),
    "upe_action_withdraw": ("zurückgezogen", "withdrawn"),
    "upe_col_action": ("Aktion", "Action"), "upe_col_id": ("Nachweis", "Evidence"),
    "upe_col_date": ("Datum", "Date"), "upe_col_stage": ("Stufe", "Stage"),
    "upe_col_before": ("bisher", "before"), "upe_col_basis": ("Grundlage", "Basis"),
    "upe_basis_citation": ("Zitat", "quote"), "upe_basis_source": ("Quelle", "source"),
    "upe_basis_planner": ("Fachbereich", "department"),
}
