"""Streamlit's own interface strings (button names, tooltips, placeholders) in the page's language:
TEXTS = {key: (german, english)}. The English text is exactly what Streamlit 1.67 renders (its
frontend has no language option); dashboard.static/page.js replaces it on German pages.
A {label} stands for the text Streamlit puts into the string (a widget's label, a number), a
{date} for a date and a {month} for a month and year that page.js writes in the page language
(its calendar code also writes the calendar's weekday letters, day and month names that way).
Only strings of elements the dashboard uses; keys start with "fw_" (dashboard.components
hands every fw_ label to the page script)."""

TEXTS: dict[str, tuple[str, str]] = {
    # headings (markdown headings keep Streamlit's anchor link; st.header(anchor=False) has none)
    "fw_link_to_heading": ("Link zu dieser Überschrift", "Link to heading"),
    # sidebar and navigation
    "fw_sidebar": ("Seitenleiste", "Sidebar"),
    "fw_collapse_sidebar": ("Seitenleiste einklappen", "Collapse sidebar"),
    "fw_expand_sidebar": ("Seitenleiste ausklappen", "Expand sidebar"),
    "fw_app_pages": ("Seiten", "App pages"),
    "fw_view_more": ("{label} weitere anzeigen", "View {label} more"),
    "fw_view_less": ("Weniger anzeigen", "View less"),
    # select boxes, multiselects, tooltips
    "fw_open": ("Öffnen", "Open"),
    "fw_close": ("Schließen", "Close"),
    "fw_clear_value": ("Auswahl löschen", "Clear value"),
    "fw_clear_all": ("Alles löschen", "Clear all"),
    "fw_selected_values": ("Ausgewählte Werte", "Selected values"),
    "fw_choose_option": ("Bitte wählen", "Choose an option"),
    "fw_choose_options": ("Bitte wählen", "Choose options"),
    "fw_no_results": ("Keine Treffer", "No results"),
    "fw_help_for": ("Hilfe zu {label}", "Help for {label}"),
    "fw_help": ("Hilfe", "Help"),
    # dates and numbers
    "fw_choose_date": ("Datum wählen", "Choose date"),
    "fw_choose_date_in": ("Datum wählen, {month}", "Choose date, {month}"),  # page.js writes the month in German
    "fw_calendar_keys": ("Pfeiltasten wechseln den Tag, Eingabetaste wählt, Escape schließt.",
                         "Use arrow keys to navigate dates. Enter to select. Escape to close."),
    "fw_month": ("Monat", "month"),
    "fw_year": ("Jahr", "year"),
    "fw_clear_date": ("Datum löschen", "Clear date"),
    "fw_previous_month": ("Vorheriger Monat", "Previous month"),
    "fw_next_month": ("Nächster Monat", "Next month"),
    "fw_day_of": ("Tag, {label}", "day, {label}"),
    "fw_month_of": ("Monat, {label}", "month, {label}"),
    "fw_year_of": ("Jahr, {label}", "year, {label}"),
    "fw_selected_date": ("Gewähltes Datum: {date}", "Selected Date: {date}"),  # page.js writes the date in German
    "fw_increment": ("Erhöhen", "Increment"),
    "fw_decrement": ("Verringern", "Decrement"),
    # tables and charts (the toolbar over each element)
    "fw_fullscreen": ("Vollbild", "Fullscreen"),
    "fw_close_fullscreen": ("Vollbild beenden", "Close fullscreen"),
    "fw_download_csv": ("Als CSV herunterladen", "Download as CSV"),
    "fw_search": ("Suchen", "Search"),
    "fw_close_search": ("Suche schließen", "Close Search"),
    "fw_show_hide_columns": ("Spalten ein- und ausblenden", "Show/hide columns"),
    "fw_column_menu": ("Spaltenmenü", "Dataframe column menu"),
    "fw_scroll_tabs_left": ("Reiter nach links blättern", "Scroll tabs left"),
    "fw_scroll_tabs_right": ("Reiter nach rechts blättern", "Scroll tabs right"),
    # running state and file upload
    "fw_running": ("Läuft …", "Running..."),
    "fw_stop_script": ("Anhalten", "Stop script"),
    "fw_stop": ("Anhalten", "Stop"),
    "fw_drop_files": ("Dateien hierher ziehen", "Drag and drop files here"),
    "fw_drop_file": ("Datei hierher ziehen", "Drag and drop a file here"),
    "fw_per_file": ("höchstens {label} je Datei", "{label} per file"),
    "fw_upload": ("Hochladen", "Upload"),
    "fw_add_files": ("Dateien hinzufügen", "Add files"),
    "fw_file_upload": ("Datei hochladen", "file upload"),
}
