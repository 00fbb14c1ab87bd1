"""Labels of the upload and evidence checks and of the upload commands (German, English).

Keys: `upc_<code>` for each problem an `UploadProblem` can carry (file, cell and row checks of
planner.parse / planner.validate / planner.evidence), `upc_col_<column>` for the template's column
names, `upc_expect_<column>` for what an empty cell should hold, `upc_where_*` for the place of
a problem, `upc_cli_*` for the command line's lines. Registered in texts/__init__.py.
"""

TEXTS = {
    'upc_file_empty': (
        'Die Datei ist leer. Erwartet: eine Tabelle mit Kopfzeile (Indikator; Gebiet; Jahr; Wert) und mindestens einer Datenzeile – am einfachsten die Vorlage verwenden.',
        'The file is empty. Expected: a table with a header (Indicator; Area; Year; Value) and at least one data row – easiest is to use the template.'),
    'upc_file_no_rows': (
        'Unter der Kopfzeile stehen keine Daten. Erwartet: mindestens eine Datenzeile.',
        'There is no data below the header. Expected: at least one data row.'),
    'upc_file_truncated': (
        'Die Excel-Datei ist beschädigt oder unvollständig (abgebrochene Übertragung?). Bitte in Excel erneut als .xlsx speichern und noch einmal hochladen.',
        'The Excel file is damaged or incomplete (interrupted transfer?). Please save it again as .xlsx in Excel and upload it once more.'),
    'upc_file_old_xls': (
        'Das alte Excel-Format .xls wird nicht gelesen. Erwartet: Excel-Arbeitsmappe (.xlsx) oder CSV.',
        'The old Excel format .xls is not read. Expected: an Excel workbook (.xlsx) or CSV.'),
    'upc_file_not_table': (
        'Die Datei ist keine lesbare Tabelle: keine Kopfzeile mit den Spalten Indikator, Gebiet, Jahr und Wert gefunden. Erwartet: CSV (Trennzeichen ; oder ,) oder Excel .xlsx nach der Vorlage.',
        'The file is not a readable table: no header with the columns Indicator, Area, Year and Value was found. Expected: CSV (separator ; or ,) or Excel .xlsx following the template.'),
    'upc_file_too_large': (
        'Die Datei ist {size} MB groß; erlaubt sind höchstens {limit} MB. Bitte nur die neuen Zeilen hochladen.',
        'The file is {size} MB; at most {limit} MB are allowed. Please upload only the new rows.'),
    'upc_file_too_many_rows': (
        'Die Datei hat mehr als {limit} Datenzeilen (leere Zeilen nicht mitgezählt). Bitte in kleinere Dateien aufteilen.',
        'The file has more than {limit} data rows (empty rows not counted). Please split it into smaller files.'),
    'upc_csv_quote': (
        'ein Anführungszeichen (") ist nicht geschlossen oder die Zelle enthält einen Zeilenumbruch: die Zeilen {first}–{last} würden zu einer einzigen Zelle. Erwartet: jede Zelle in einer Zeile, jedes Anführungszeichen geschlossen.',
        'a quote (") is never closed or the cell holds a line break: rows {first}–{last} would become one cell. Expected: every cell on one line, every quote closed.'),
    'upc_csv_quote_bad': (
        'die Datei ist hier als CSV nicht lesbar (Anführungszeichen falsch gesetzt oder nicht geschlossen). Erwartet: jedes Anführungszeichen (") geschlossen – am einfachsten in Excel neu als CSV speichern.',
        'the file cannot be read as CSV here (a quote misplaced or never closed). Expected: every quote (") closed – easiest is to save it again as CSV in Excel.'),
    'upc_control_char': (
        'unzulässiges Steuerzeichen {char} in der Zelle. Erwartet: nur druckbarer Text (Steuerzeichen und Schreibrichtungszeichen wie U+202E werden nicht angenommen).',
        'forbidden control character {char} in the cell. Expected: printable text only (control and text-direction characters such as U+202E are not accepted).'),
    'upc_cell_too_long': (
        'die Zelle ist {length} Zeichen lang; erlaubt sind höchstens {limit}. Erwartet: eine kurze Bemerkung (Quelle und Stand).',
        'the cell is {length} characters long; at most {limit} are allowed. Expected: a short note (source and date).'),
    'upc_xlsx_too_big': (
        'Die Excel-Datei entpackt sich auf mehr als {limit} MB (Teil „{member}“: {size} MB). Erwartet: eine normale Arbeitsmappe nach der Vorlage.',
        'The Excel file unpacks to more than {limit} MB (part “{member}”: {size} MB). Expected: an ordinary workbook following the template.'),
    'upc_xlsx_xml_forbidden': (
        'Die Excel-Datei enthält in „{member}“ XML-Deklarationen (DOCTYPE/ENTITY), die Excel nie schreibt; sie wird nicht gelesen. Bitte in Excel neu als .xlsx speichern.',
        'The Excel file holds XML declarations (DOCTYPE/ENTITY) in “{member}” that Excel never writes; it is not read. Please save it again as .xlsx in Excel.'),
    'upc_sheet_too_large': (
        'Das Tabellenblatt „{sheet}“ ist zu groß ({rows} Zeilen × {cols} Spalten); erlaubt sind höchstens {max_rows} Zeilen und {max_cols} Spalten.',
        'The sheet “{sheet}” is too large ({rows} rows × {cols} columns); at most {max_rows} rows and {max_cols} columns are allowed.'),
    'upc_upload_cancelled': (
        'Das Lesen der Datei „{file}“ wurde abgebrochen, weil die Sitzung beendet wurde. Nichts wurde gespeichert.',
        'Reading the file “{file}” was cancelled because the session ended. Nothing was stored.'),
    'upc_file_too_slow': (
        'Die Datei „{file}“ braucht zum Lesen zu viel Zeit oder Speicher (Grenze {seconds} s, {mb} MB) und wurde nicht gelesen. Erwartet: eine Tabelle nach der Vorlage.',
        'Reading the file “{file}” takes too much time or memory (limit {seconds} s, {mb} MB); it was not read. Expected: a table following the template.'),
    'upc_column_missing': (
        'Die Spalte „{column}“ fehlt in der Kopfzeile. Erwartet: Spalten Indikator, Gebiet, Jahr, Wert (Einheit und Bemerkung freiwillig).',
        'The column “{column}” is missing from the header. Expected: columns Indicator, Area, Year, Value (Unit and Note optional).'),
    'upc_value_missing': (
        'Die Zelle ist leer. Erwartet: {expected}.',
        'The cell is empty. Expected: {expected}.'),
    'upc_indicator_unknown': (
        'unbekannter Indikator. Erwartet: eine Kennung aus der Vorlage, z. B. „completed_dwellings“.',
        'unknown indicator. Expected: an id from the template, e.g. “completed_dwellings”.'),
    'upc_area_unknown': (
        'unbekanntes Gebiet. Erwartet: „Dortmund“ (Gesamtstadt) oder einer der 12 Stadtbezirke als Name oder Nummer 1–12, z. B. „Innenstadt-West“ oder „1“.',
        'unknown area. Expected: “Dortmund” (whole city) or one of the 12 Stadtbezirke by name or number 1–12, e.g. “Innenstadt-West” or “1”.'),
    'upc_unit_wrong': (
        'falsche Einheit. Erwartet für {indicator}: „{expected}“.',
        'wrong unit. Expected for {indicator}: “{expected}”.'),
    'upc_value_not_number': (
        'keine Zahl. Erwartet: eine Zahl wie 1.234 oder 1234,5.',
        'not a number. Expected: a number such as 1.234 or 1234,5 (German format).'),
    'upc_value_negative': (
        'ein negativer Wert ist für {indicator} nicht möglich. Erwartet: 0 oder mehr.',
        'a negative value is impossible for {indicator}. Expected: 0 or more.'),
    'upc_value_too_high': (
        'der Wert liegt über dem Höchstwert {limit} für {indicator}.',
        'the value is above the maximum {limit} for {indicator}.'),
    'upc_period_invalid': (
        'kein Jahr und kein Datum. Erwartet: ein Jahr wie 2024 oder ein Datum wie 31.12.2024.',
        'neither a year nor a date. Expected: a year such as 2024 or a date such as 31.12.2024.'),
    'upc_period_out_of_range': (
        'das Jahr {year} liegt außerhalb des zulässigen Zeitraums {first}–{last} für {indicator}.',
        'the year {year} is outside the allowed period {first}–{last} for {indicator}.'),
    'upc_example_row': (
        'das ist noch die Beispielzeile der Vorlage. Erwartet: mit eigenen Zahlen überschreiben (auch die Bemerkung) oder die Zeile löschen.',
        "this is still the template's example row. Expected: overwrite it with your own figures (including the note) or delete the row."),
    'upc_duplicate_key': (
        'doppelte Zeile: {indicator}, {area}, {year} steht schon in Zeile {first}. Erwartet: jede Kombination aus Indikator, Gebiet und Jahr nur einmal.',
        'duplicate row: {indicator}, {area}, {year} is already in row {first}. Expected: each combination of indicator, area and year only once.'),
    'upc_col_indicator': (
        'Indikator',
        'Indicator'),
    'upc_col_area': (
        'Gebiet',
        'Area'),
    'upc_col_period': (
        'Jahr',
        'Year'),
    'upc_col_value': (
        'Wert',
        'Value'),
    'upc_col_unit': (
        'Einheit',
        'Unit'),
    'upc_col_note': (
        'Bemerkung',
        'Note'),
    'upc_expect_indicator': (
        'eine Indikator-Kennung',
        'an indicator id'),
    'upc_expect_area': (
        '„Dortmund“ oder ein Stadtbezirk',
        '“Dortmund” or a Stadtbezirk'),
    'upc_expect_period': (
        'ein Jahr wie 2024',
        'a year such as 2024'),
    'upc_expect_value': (
        'eine Zahl',
        'a number'),
}

TEXTS |= {
    "upc_where_row": ("Zeile {row}", "Row {row}"),
    "upc_where_column": ("Spalte „{column}“", "column “{column}”"),
    "upc_where_value": ("„{value}“", "“{value}”"),
}

# the upload and evidence commands of `python -m etl` (planner.cli)
TEXTS |= {
    "upc_count_1": ("1 Problem", "1 problem"),
    "upc_count": ("{n} Probleme", "{n} problems"),
    "upc_cli_problems": ("{count} in {file}:", "{count} in {file}:"),
    "upc_cli_change": ("  {change:9} {what}: {old} -> {new}", "  {change:9} {what}: {old} -> {new}"),
    "upc_cli_effect": ("  Ziel {goal} ({area}): {old} -> {new}", "  goal {goal} ({area}): {old} -> {new}"),
    "upc_cli_dry_run": ("Probelauf (--dry-run): nichts gespeichert.", "Dry run (--dry-run): nothing stored."),
    "upc_cli_applied": ("Upload {id} übernommen: {n} Werte; Datenbank neu gebaut.",
                        "Upload {id} applied: {n} values; database rebuilt."),
    "upc_cli_rolled_back": ("{upload} zurückgenommen ({id}); Datenbank neu gebaut.",
                            "{upload} rolled back ({id}); database rebuilt."),
    "upc_cli_no_uploads": ("Noch keine Uploads.", "No uploads yet."),
    "upc_cli_upload_line": ("{id}  {time}  {user}  {what}  {n} Einträge  {status}{back}  {comment}",
                            "{id}  {time}  {user}  {what}  {n} entries  {status}{back}  {comment}"),
    "upc_cli_back": (" – zurückgenommen von {user} am {time}", " – rolled back by {user} on {time}"),
    "upc_cli_template": ("Vorlage geschrieben: {file}", "Template written: {file}"),
    "upc_cli_unknown_indicator": ("Indikator „{id}“ unbekannt. Bekannt: {known}",
                                  "Unknown indicator “{id}”. Known: {known}"),
    "upc_cli_no_account": (
        "„{name}“ ist kein Planer-Konto in {file}. Konto anlegen mit `python -m etl add-user NAME` "
        "oder --user weglassen.",
        "“{name}” is not a planner account in {file}. Create it with `python -m etl add-user NAME` "
        "or leave out --user."),
    "upc_cli_no_db": ("{path} fehlt – zuerst `python -m etl build` ausführen.",
                      "{path} is missing – run `python -m etl build` first."),
    "upc_cli_db_broken": ("Die Datenbank {path} ist beschädigt oder unlesbar ({error}) – mit "
                          "`python -m etl build` neu bauen.",
                          "The database {path} is damaged or unreadable ({error}) – rebuild it with "
                          "`python -m etl build`."),
    "upc_cli_error": ("Fehler: {error}", "Error: {error}"),
}

# evidence entries (planner.evidence): file, row and cell checks
TEXTS |= {
    "upc_evidence_not_table": (
        "Die Datei ist keine lesbare Nachweis-Tabelle: keine Kopfzeile mit den Spalten Aktion, Nachweis, "
        "Ziel, Datum und Stufe gefunden. Erwartet: die Nachweis-Vorlage als CSV oder Excel .xlsx.",
        "The file is not a readable evidence table: no header with the columns Action, Evidence, Goal, "
        "Date and Stage was found. Expected: the evidence template as CSV or Excel .xlsx."),
    "upc_evidence_column_missing": (
        "Die Spalte „{column}“ fehlt in der Kopfzeile. Erwartet: Spalten Aktion, Nachweis, Ziel, Datum, "
        "Stufe (Dokument, Zeilen, Zitat, Quelle, Drucksache, Adresse, Bemerkung je nach Grundlage).",
        "The column “{column}” is missing from the header. Expected: columns Action, Evidence, Goal, "
        "Date, Stage (Document, Lines, Quote, Source, Reference, Address, Note as the basis needs)."),
    "upc_col_action": ("Aktion", "Action"), "upc_col_evidence_id": ("Nachweis", "Evidence"),
    "upc_col_goal": ("Ziel", "Goal"), "upc_col_date": ("Datum", "Date"), "upc_col_stage": ("Stufe", "Stage"),
    "upc_col_document": ("Dokument", "Document"), "upc_col_lines": ("Zeilen", "Lines"),
    "upc_col_quote": ("Zitat", "Quote"), "upc_col_source": ("Quelle", "Source"),
    "upc_col_reference": ("Drucksache", "Reference"), "upc_col_url": ("Adresse", "Address"),
    "upc_evidence_action_unknown": (
        "unbekannte Aktion. Erwartet: „neu“, „korrigieren“ oder „zurückziehen“.",
        "unknown action. Expected: “add”, “correct” or “withdraw”."),
    "upc_evidence_id_unknown": (
        "einen Nachweis „{id}“ gibt es nicht. Erwartet: die Kennung eines bestehenden Nachweises "
        "(Zielseite, Belege zum Umsetzungsstand).",
        "there is no evidence entry “{id}”. Expected: the id of an existing entry (goal page, "
        "evidence of implementation)."),
    "upc_evidence_id_taken": (
        "den Nachweis „{id}“ gibt es schon. Erwartet: eine neue Kennung oder die Spalte leer lassen; "
        "zum Ändern die Aktion „korrigieren“.",
        "the evidence entry “{id}” exists already. Expected: a new id or an empty cell; to change it "
        "use the action “correct”."),
    "upc_evidence_id_invalid": (
        "ungültige Kennung. Erwartet: nur Kleinbuchstaben, Ziffern und _ (z. B. „bau_h_bahn_2026“).",
        "invalid id. Expected: lower-case letters, digits and _ only (e.g. “bau_h_bahn_2026”)."),
    "upc_evidence_id_twice": (
        "der Nachweis „{id}“ steht schon in Zeile {first}. Erwartet: jeden Nachweis nur einmal je Datei.",
        "the evidence entry “{id}” is already in row {first}. Expected: each entry once per file."),
    "upc_evidence_goal_unknown": (
        "unbekanntes Ziel. Erwartet: die Kennung eines Ziels aus dem Zielregister (Zielseite, "
        "Adresse ?goal=…), z. B. „{example}“.",
        "unknown goal. Expected: the id of a goal of the register (goal page, address ?goal=…), "
        "e.g. “{example}”."),
    "upc_evidence_date_invalid": (
        "kein Datum. Erwartet: 2025, 2025-05, 2025-05-26 oder 26.05.2025.",
        "not a date. Expected: 2025, 2025-05, 2025-05-26 or 26.05.2025."),
    "upc_evidence_date_future": (
        "das Datum liegt in der Zukunft (Stichtag {today}). Erwartet: den Tag, an dem der Stand "
        "erreicht war – höchstens heute.",
        "the date lies in the future (as of {today}). Expected: the day the stage was reached – "
        "today at the latest."),
    "upc_evidence_stage_unknown": (
        "unbekannte Stufe. Erwartet: eine von {stages}.",
        "unknown stage. Expected: one of {stages}."),
    "upc_evidence_document_unknown": (
        "unbekanntes Dokument. Erwartet: eine Dokument-Kennung wie „{example}“.",
        "unknown document. Expected: a document id such as “{example}”."),
    "upc_evidence_lines_invalid": (
        "keine Zeilenangabe. Erwartet: eine Zeile wie 89 oder einen Bereich wie 283-284.",
        "not a line reference. Expected: a line such as 89 or a range such as 283-284."),
    "upc_evidence_quote_missing": (
        "das Zitat fehlt. Erwartet: der wörtliche Text aus {document}, Zeilen {lines}.",
        "the quote is missing. Expected: the verbatim text of {document}, lines {lines}."),
    "upc_evidence_quote_not_at_lines": (
        "das Zitat steht nicht in {document}, Zeilen {lines}. Erwartet: der wörtliche Text dieser "
        "Zeilen (Auslassungen mit …).",
        "the quote is not in {document}, lines {lines}. Expected: the verbatim text of these lines "
        "(omissions marked with …)."),
    "upc_evidence_source_incomplete": (
        "Quelle ohne Drucksache und ohne Adresse. Erwartet: eine Drucksachen-Nummer oder eine Adresse (URL).",
        "source without a reference and without an address. Expected: a council reference number or "
        "an address (URL)."),
    "upc_evidence_basis_missing": (
        "keine Grundlage. Erwartet: Dokument mit Zeilen und Zitat, eine Quelle mit Drucksache oder "
        "Adresse, oder eine Bemerkung, woher der Fachbereich den Stand kennt.",
        "no basis. Expected: a document with lines and quote, a source with a reference or address, "
        "or a note saying how the department knows the stage."),
    "upc_evidence_stage_order": (
        "Stufen außer der Reihe: „{stage}“ am {date} folgt auf „{earlier}“ am {earlier_date} ({earlier_id}). "
        "Erwartet: der Fortschritt fällt nicht zurück – sonst den älteren Nachweis korrigieren oder "
        "zurückziehen.",
        "stage out of order: “{stage}” on {date} follows “{earlier}” on {earlier_date} ({earlier_id}). "
        "Expected: progress does not fall back – otherwise correct or withdraw the earlier entry."),
}

TEXTS |= {
    "upc_cli_evidence_applied": ("Nachweise {id} übernommen: {n} Einträge; Datenbank neu gebaut.",
                                 "Evidence upload {id} applied: {n} entries; database rebuilt."),
    "upc_cli_not_evidence": ("„{id}“ ist kein Nachweis-Upload (E-…); Werte-Uploads mit "
                             "`python -m etl rollback` zurücknehmen.",
                             "“{id}” is not an evidence upload (E-…); roll value uploads back with "
                             "`python -m etl rollback`."),
    "upc_cli_unknown_goal": ("Ziel „{id}“ unbekannt (Kennung wie in der Adresse ?goal=…).",
                             "Unknown goal “{id}” (the id as in the address ?goal=…)."),
}

# refusals of apply and rollback (planner.workflow)
TEXTS |= {
    "upc_err_comment_control": (
        "Der Kommentar enthält das Steuerzeichen {char}; bitte nur druckbaren Text.",
        "The comment holds the control character {char}; please use printable text only."),
    "upc_err_comment_long": ("Der Kommentar ist länger als {limit} Zeichen.",
                             "The comment is longer than {limit} characters."),
    "upc_err_no_rows": ("Die Datei enthält keine Werte.", "The file holds no values."),
    "upc_err_no_user": ("Ohne angemeldete Person wird nichts gespeichert.",
                        "Nothing is stored without a signed-in person."),
    "upc_err_no_user_rollback": ("Ohne angemeldete Person wird nichts zurückgenommen.",
                                 "Nothing is rolled back without a signed-in person."),
    "upc_err_applied_before": ("Diese Datei wurde bereits als {id} übernommen ({user}, {time}).",
                               "This file was applied before as {id} ({user}, {time})."),
    "upc_err_unknown_upload": ("Ein Upload „{id}“ gibt es nicht.", "There is no upload “{id}”."),
    "upc_err_rolled_back_before": ("Upload {id} wurde bereits zurückgenommen ({user}, {time}).",
                                   "Upload {id} was rolled back before ({user}, {time})."),
}
