"""Labels of the command line's non-upload commands (`python -m etl build | check | export |
report | repair`) and of its shared error lines, German and English (`--lang en`)."""

from __future__ import annotations

TEXTS = {
    "cli_error": ("Fehler: {message}", "Error: {message}"),
    "cli_problems": ("{count} Problem(e) in den Eingabedaten:", "{count} problem(s) in the inputs:"),
    "cli_check_ok": ("Alle Eingabedaten sind gültig.", "All inputs are valid."),
    "cli_db_missing": ("{name} fehlt – zuerst `python -m etl build` ausführen.",
                       "{name} is missing – run `python -m etl build` first."),
    "cli_build_step_register": ("[1/{steps}] Katalog und Zielregister lesen, Zitate prüfen …",
                                "[1/{steps}] Reading the catalogue and the register of goals, checking quotes …"),
    "cli_build_step_areas": (
        "[2/{steps}] Gebiete (Stadtbezirke, statistische Bezirke, Unterbezirke) lesen …",
        "[2/{steps}] Reading the areas (Stadtbezirke, statistical districts, sub-districts) …"),
    "cli_build_step_data": ("[3/{steps}] Echte Daten einlesen (Wohnungsbau, CO2, Statistikatlas, Altersdaten) …",
                            "[3/{steps}] Reading the real data (housing, CO2, Statistikatlas, age groups) …"),
    "cli_build_step_status": ("[4/{steps}] Zielstatus berechnen (Stand {as_of}) …",
                              "[4/{steps}] Computing the goals' status (as of {as_of}) …"),
    "cli_build_step_write": ("[5/{steps}] Datenbank schreiben …", "[5/{steps}] Writing the database …"),
    "cli_build_done": ("[6/{steps}] Fertig: {path} ({goals} Ziele, {observations} Beobachtungen, Build {build}).",
                       "[6/{steps}] Done: {path} ({goals} goals, {observations} observations, build {build})."),
    "cli_export_done": ("Open-Data-Paket geschrieben: {path}", "Open-data package written: {path}"),
    "cli_report_done": ("Sachstandsbericht geschrieben: {path} ({kb} KB)", "Progress report written: {path} ({kb} KB)"),
    "upc_cli_implementation": ("Umsetzung", "implementation"),
    "cli_repair_clean": ("Das Upload-Protokoll ist in Ordnung; nichts zu reparieren.",
                         "The upload log is in order; nothing to repair."),
    "cli_repair_done": (
        "Beschädigte Zeile(n) {lines} verschoben nach {aside}; alle gültigen Einträge sind unverändert. "
        "Jetzt `python -m etl build` ausführen.",
        "Damaged line(s) {lines} moved to {aside}; every valid entry is unchanged. "
        "Now run `python -m etl build`."),
}
