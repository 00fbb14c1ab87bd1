"""Labels for the upload area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {
    "nav_upload": ("Daten hochladen", "Upload data"),
    "nav_signin": ("Anmelden (Fachbereiche)", "Sign in (departments)"),
    "up_title": ("Daten hochladen", "Upload data"),
    "up_intro": (
        "Für Planerinnen und Planer der Fachbereiche: Werte eines Indikators per CSV oder Excel "
        "aktualisieren. Vor dem Speichern zeigt eine Vorschau jede Änderung; jede Änderung kann "
        "zurückgenommen werden.",
        "For the city's planners: update an indicator's values with a CSV or Excel file. A preview "
        "shows every change before anything is stored; every change can be rolled back.",
    ),
    "up_signin_title": ("Anmelden", "Sign in"),
    "up_signin_note": (
        "Nur angemeldete Planerinnen und Planer können Daten hochladen. Zugänge richtet die "
        "Administration mit `python -m etl add-user` ein.",
        "Only signed-in planners can upload data. Administrators create accounts with "
        "`python -m etl add-user`.",
    ),
    "up_user": ("Benutzername", "User name"),
    "up_password": ("Passwort", "Password"),
    "up_signin": ("Anmelden", "Sign in"),
    "up_signout": ("Abmelden", "Sign out"),
    "up_signed_in_as": ("Angemeldet als **{user}**", "Signed in as **{user}**"),
    "up_signin_failed": ("Benutzername oder Passwort falsch.", "Wrong user name or password."),
    "up_signin_blocked": (
        "Anmeldung nicht geprüft: nach mehreren Fehlversuchen bitte {seconds} Sekunden warten, dann "
        "erneut versuchen.",
        "Sign-in not checked: after several failed attempts please wait {seconds} seconds, then try "
        "again.",
    ),
    "up_no_accounts": (
        "Es sind noch keine Zugänge eingerichtet (siehe docs/uploads.md).",
        "No accounts have been set up yet (see docs/uploads.md).",
    ),
    "up_sso": ("Mit städtischem Konto anmelden (SSO)", "Sign in with the city account (SSO)"),
    "up_tab_upload": ("Hochladen", "Upload"),
    "up_tab_templates": ("Vorlagen", "Templates"),
    "up_tab_history": ("Verlauf", "History"),
    "up_step1": ("1. Vorlage herunterladen und ausfüllen", "1. Download and fill in the template"),
    "up_step2": ("2. Datei hochladen und Vorschau prüfen", "2. Upload the file and check the preview"),
    "up_indicator": ("Indikator", "Indicator"),
    "up_template_csv": ("Vorlage als CSV", "Template as CSV"),
    "up_template_xlsx": ("Vorlage als Excel (.xlsx)", "Template as Excel (.xlsx)"),
    "up_template_help": (
        "Die Vorlage enthält die Spalten Indikator, Gebiet, Jahr, Wert, Einheit und Bemerkung, eine "
        "Beispielzeile sowie die gültigen Gebiete (Dortmund und die 12 Stadtbezirke mit Nummern). "
        "Einheit: {unit}.",
        "The template has the columns Indicator, Area, Year, Value, Unit and Note, an example row and "
        "the valid areas (Dortmund and the 12 Stadtbezirke with numbers). Unit: {unit}.",
    ),
    "up_file": ("Datei (CSV oder Excel .xlsx, höchstens {mb} MB)", "File (CSV or Excel .xlsx, at most {mb} MB)"),
    "up_comment": ("Kommentar (z. B. Quelle und Stand der Zahlen)", "Comment (e.g. source and date of the figures)"),
    "up_problems_more": (
        "Gezeigt sind die ersten {shown} von {n} Problemen; die übrigen folgen demselben Muster.",
        "Shown are the first {shown} of {n} problems; the others follow the same pattern."),
    "up_problems": (
        "Die Datei wurde nicht übernommen: {count}. Bitte in der Datei korrigieren und erneut "
        "hochladen. Es wurde nichts gespeichert.",
        "The file was not accepted: {count}. Please correct them in the file and upload it "
        "again. Nothing was stored.",
    ),
    "up_col_row": ("Zeile", "Row"),
    "up_col_column": ("Spalte", "Column"),
    "up_col_value": ("Wert in der Datei", "Value in the file"),
    "up_col_problem": ("Problem und was erwartet wird", "Problem and what is expected"),
    "up_preview": ("Vorschau: was sich ändern würde", "Preview: what would change"),
    "up_counts": (
        "Neu: **{new}** · geändert: **{changed}** · unverändert: **{unchanged}**",
        "New: **{new}** · changed: **{changed}** · unchanged: **{unchanged}**",
    ),
    "up_change_new": ("neu", "new"),
    "up_change_changed": ("geändert", "changed"),
    "up_change_unchanged": ("unverändert", "unchanged"),
    "up_col_change": ("Änderung", "Change"),
    "up_col_area": ("Gebiet", "Area"),
    "up_col_year": ("Jahr", "Year"),
    "up_col_old": ("bisher", "before"),
    "up_col_new": ("neu", "new"),
    "up_col_note": ("Bemerkung", "Note"),
    "up_col_old_source": ("bisherige Quelle", "previous source"),
    "up_effect": ("Auswirkung auf den Zielstatus", "Effect on goal status"),
    "up_effect_none": ("Kein Ziel nutzt diese Werte.", "No goal uses these values."),
    "up_col_goal": ("Ziel", "Goal"),
    "up_col_status_old": ("Status bisher", "Status before"),
    "up_col_status_new": ("Status danach", "Status after"),
    "up_col_reason": ("Begründung danach", "Reason after"),
    "up_confirm": ("Übernehmen", "Apply"),
    "up_cancel": ("Abbrechen", "Cancel"),
    "up_cancelled": ("Abgebrochen – es wurde nichts gespeichert.", "Cancelled – nothing was stored."),
    "up_applied": (
        "Upload {id} übernommen: {n} Werte. Das Dashboard zeigt die neuen Zahlen ab sofort.",
        "Upload {id} applied: {n} values. The dashboard shows the new figures from now on.",
    ),
    "up_failed": ("Nicht übernommen: {detail}", "Not applied: {detail}"),
    "up_history_empty": ("Noch keine Uploads.", "No uploads yet."),
    "up_col_id": ("Upload", "Upload"),
    "up_col_user": ("Person", "Person"),
    "up_col_time": ("Zeit", "Time"),
    "up_col_file": ("Datei", "File"),
    "up_col_rows": ("Werte", "Values"),
    "up_col_changes": ("Was gesetzt wurde", "What was set"),
    "up_col_comment": ("Kommentar", "Comment"),
    "up_col_status": ("Status", "Status"),
    "up_status_applied": ("übernommen", "applied"),
    "up_status_rolled_back": ("zurückgenommen von {user} am {time}", "rolled back by {user} on {time}"),
    "up_rollback_pick": ("Upload zurücknehmen", "Roll back an upload"),
    "up_rollback_reason": ("Grund", "Reason"),
    "up_rollback": ("Zurücknehmen", "Roll back"),
    "up_rolled_back": (
        "Upload {id} zurückgenommen; die vorherigen Werte gelten wieder.",
        "Upload {id} rolled back; the previous values apply again.",
    ),
    "up_history_csv": ("Verlauf als CSV", "History as CSV"),
    "up_viewer_note": (
        "Diese Seite ist nur für angemeldete Planerinnen und Planer.",
        "This page is for signed-in planners only.",
    ),
}
