"""Labels for the goal area (page "Ziel im Detail"): TEXTS = {key: (german, english)}.

Every key starts with "goal_" so it cannot clash with another area's table.
Sentence templates take {placeholders} filled by dashboard.goal_model.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # chooser and page frame
    "goal_choose": ("Ziel wählen", "Choose a goal"),
    "goal_choose_hint": (
        "Bitte ein Ziel auswählen. Die Auswahl steht danach in der Adresse (?goal=…) und lässt sich teilen.",
        "Please choose a goal. The choice is then written to the address (?goal=…) and can be shared.",
    ),
    "goal_by_theme": ("Alle Ziele nach Thema", "All goals by theme"),
    "goal_unknown": (
        "Ein Ziel mit der Kennung „{goal}“ gibt es nicht. Bitte oben ein Ziel auswählen.",
        "There is no goal with the id “{goal}”. Please choose a goal above.",
    ),
    "goal_meta": ("Thema: {theme} · Art: {kind} · Stand: {as_of}", "Theme: {theme} · Kind: {kind} · As of: {as_of}"),
    "goal_progress_heading": ("Fortschritt und nötiges Tempo", "Progress and required pace"),
    "goal_chart_heading": ("Ziel und Entwicklung", "Target and progress"),
    "goal_table_heading": ("Datentabelle", "Data table"),
    "goal_press_note": (
        "Diese Bewertung beruht auf einer Presseangabe (Wert von {year}), nicht auf einer amtlichen Zahl.",
        "This status rests on a press report (value of {year}), not on an official figure.",
    ),
    "goal_download": ("Tabelle als CSV herunterladen (Excel, deutsch)", "Download table as CSV (German Excel)"),
    "goal_download_xlsx": ("Tabelle als Excel-Datei (XLSX)", "Download table as Excel (XLSX)"),
    "goal_sources_line": ("Quelle: {sources}", "Source: {sources}"),
    "goal_data_needed_heading": ("Welche Daten fehlen", "What data is missing"),
    "goal_data_needed_milestone": (
        "Benötigt wird ein jährlich gemeldeter Umsetzungsstand in Prozent (0–100 %) vom zuständigen "
        "Fachbereich der Stadt Dortmund{deadline}. Erst dann lässt sich ein Status berechnen.",
        "Needed: a yearly reported implementation state in per cent (0–100%) from the responsible "
        "department of Stadt Dortmund{deadline}. Only then can a status be computed.",
    ),
    "goal_data_needed_level": (
        "Benötigt werden jährliche Messwerte in {unit} für ganz Dortmund{deadline}, mit Quelle; "
        "mindestens zwei Jahre, damit ein Trend berechnet werden kann.",
        "Needed: yearly measured values in {unit} for all of Dortmund{deadline}, with their source; "
        "at least two years so that a trend can be computed.",
    ),
    "goal_data_needed_sum": (
        "Benötigt werden die jährlich erreichten Mengen in {unit} ab {start}, mit Quelle.",
        "Needed: the amounts reached each year in {unit} from {start}, with their source.",
    ),
    "goal_deadline_clause": (" bis zur Frist {deadline}", " up to the deadline {deadline}"),
    # sentences
    "goal_at_least": ("mindestens", "at least"),
    "goal_at_most": ("höchstens", "at most"),
    "goal_s_flow_target": ("Ziel: {bound} {amount} pro Jahr{since}.", "Goal: {bound} {amount} a year{since}."),
    "goal_s_since": (" ab {year}", " from {year}"),
    "goal_s_flow_latest": (
        "{year} wurden {value} {verb} ({share} des Ziels), im Mittel der letzten {n} Jahre {mean}.",
        "In {year}, {value} were {verb} ({share} of the goal); the mean of the last {n} years is {mean}.",
    ),
    "goal_s_flow_latest_one": (
        "{year} wurden {value} {verb} ({share} des Ziels).",
        "In {year}, {value} were {verb} ({share} of the goal).",
    ),
    "goal_s_sum_target": (
        "Ziel: {amount} insgesamt von {start} bis {deadline}.",
        "Goal: {amount} in total from {start} to {deadline}.",
    ),
    "goal_s_sum_target_open": ("Ziel: {amount} insgesamt ab {start}.", "Goal: {amount} in total from {start}."),
    "goal_s_sum_progress": (
        "Bisher ({years}) erreicht: {value} ({share} des Ziels).",
        "Reached so far ({years}): {value} ({share} of the goal).",
    ),
    "goal_s_level_target": (
        "Ziel: {amount} bis {deadline} (Ausgangswert {base_year}: {base}).",
        "Goal: {amount} by {deadline} (baseline {base_year}: {base}).",
    ),
    "goal_s_level_target_open": (
        "Ziel: {amount} (keine Frist genannt).",
        "Goal: {amount} (no deadline given).",
    ),
    "goal_s_level_target_nobase": ("Ziel: {amount} bis {deadline}.", "Goal: {amount} by {deadline}."),
    "goal_s_level_latest": (
        "Zuletzt gemessen ({year}): {value}; {share} des Wegs vom Ausgangswert zum Ziel sind geschafft.",
        "Latest value ({year}): {value}; {share} of the way from the baseline to the goal is covered.",
    ),
    "goal_s_level_latest_only": ("Zuletzt gemessen ({year}): {value}.", "Latest value ({year}): {value}."),
    "goal_s_level_forecast": (
        "Wird der Trend der letzten {n} Jahre fortgeschrieben, ergibt sich {year}: {value}.",
        "If the trend of the last {n} years continues, the value in {year} will be {value}.",
    ),
    "goal_s_pace_flow": ("Nötig ab jetzt: {bound} {amount} in jedem Jahr.", "Needed from now: {bound} {amount} every year."),
    "goal_s_pace_sum": (
        "Um das Ziel bis {deadline} noch zu erreichen, sind ab jetzt {value} pro Jahr nötig.",
        "To still reach the goal by {deadline}, {value} a year are needed from now.",
    ),
    "goal_s_pace_level": (
        "Um das Ziel bis {deadline} noch zu erreichen, müsste der Wert ab {year} um {value} pro Jahr {verb}.",
        "To still reach the goal by {deadline}, the value would have to {verb} by {value} a year from {year}.",
    ),
    "goal_s_pace_level_estimate": (
        " (ausgehend vom Trend-Schätzwert {year}: {value})",
        " (starting from the trend estimate for {year}: {value})",
    ),
    "goal_verb_fall": ("sinken", "fall"),
    "goal_verb_rise": ("steigen", "rise"),
    "goal_s_pace_open": ("Nötig: {pace}.", "Needed: {pace}."),
    "goal_s_met": ("Das Ziel ist erreicht.", "The goal has been reached."),
    "goal_s_missed": (
        "Die Frist {deadline} ist abgelaufen, ohne dass das Ziel erreicht wurde.",
        "The deadline {deadline} has passed without the goal being reached.",
    ),
    "goal_s_start_point": (
        "Ausgangslage {year}: {value}. Werte ab {start}, dem Beginn des Ziels, liegen noch nicht vor – "
        "noch nicht bewertbar.",
        "Starting point {year}: {value}. Values from {start}, when the goal starts, are not available yet – "
        "not assessable yet.",
    ),
    "goal_s_latest_unassessed": (
        "Zuletzt gemessen ({year}): {value} – noch nicht bewertbar.",
        "Latest value ({year}): {value} – not assessable yet.",
    ),
    "goal_s_no_data": ("Für dieses Ziel liegen keine Messwerte vor.", "There are no measured values for this goal."),
    "goal_s_milestone": (
        "Meilenstein ohne Messgröße{deadline}: bisher wurde kein Umsetzungsstand gemeldet.",
        "Milestone without a measure{deadline}: no implementation state has been reported yet.",
    ),
    "goal_s_stale": (
        "Achtung: die neuesten Daten stammen aus {year} und sind älter als 3 Jahre.",
        "Note: the latest data are from {year} and older than 3 years.",
    ),
    "goal_verb_completed_dwellings": ("fertiggestellt", "completed"),
    "goal_verb_default": ("erreicht", "reached"),
    # how computed panel
    "goal_how_heading": ("So wird der Status berechnet", "How the status is computed"),
    "goal_how_rule": ("Regel: {rule}", "Rule: {rule}"),
    "goal_how_result": ("Ergebnis: {reason}", "Result: {reason}"),
    "goal_how_inputs": ("Eingangswerte der Regel", "Numbers the rule used"),
    "goal_how_thresholds": (
        "Schwellen: Abstand bis 5 % „auf Kurs“, über 5 % bis 20 % „gefährdet“, über 20 % „nicht auf Kurs“. "
        "Ausführlich: Seite „Methodik“.",
        "Thresholds: gap up to 5% “on track”, above 5% up to 20% “at risk”, above 20% “off track”. "
        "Details: page “Method”.",
    ),
    "goal_how_col_name": ("Größe", "Quantity"),
    "goal_how_col_value": ("Wert", "Value"),
    "goal_rule_annual_flow": (
        "Jährliche Menge: der neueste Jahreswert wird mit dem Jahresziel verglichen; "
        "Abstand = (Ziel − Wert) / Ziel. Prognose = Mittel der letzten fünf Jahreswerte.",
        "Annual amount: the latest yearly value is compared with the yearly goal; "
        "gap = (goal − value) / goal. Forecast = mean of the last five yearly values.",
    ),
    "goal_rule_sum": (
        "Summe bis Frist: die Jahreswerte von Beginn bis Frist werden addiert und mit dem Ziel verglichen; "
        "läuft die Frist noch, mit dem zeitanteilig zu erwartenden Wert.",
        "Total by deadline: the yearly values from start to deadline are added up and compared with the "
        "goal; while the deadline runs, with the value expected by the share of time elapsed.",
    ),
    "goal_rule_level_by_deadline": (
        "Zielwert bis Frist (wie der Nachhaltigkeitsbericht von Destatis): der Trend der letzten fünf "
        "Werte wird bis zur Frist fortgeschrieben; Verfehlung = Abstand der Prognose zum Ziel geteilt "
        "durch den verbleibenden Weg.",
        "Level by deadline (as in Destatis' sustainability report): the trend of the last five values "
        "is carried forward to the deadline; miss = shortfall of the forecast divided by the distance left.",
    ),
    "goal_rule_milestone": (
        "Meilenstein: der gemeldete Umsetzungsstand (0–100 %) wird mit dem nach verstrichener Zeit zu "
        "erwartenden Stand verglichen.",
        "Milestone: the reported implementation state (0–100%) is compared with the state expected "
        "from the time elapsed.",
    ),
    "goal_in_kind": ("Art", "Kind"),
    "goal_in_direction": ("Richtung", "Direction"),
    "goal_in_as_of_year": ("Bewertungsjahr", "Assessment year"),
    "goal_in_start_year": ("Beginn", "Start"),
    "goal_in_deadline_year": ("Frist", "Deadline"),
    "goal_in_target": ("Zielwert", "Target value"),
    "goal_in_latest_value": ("Neuester Wert", "Latest value"),
    "goal_in_latest_year": ("Jahr des neuesten Werts", "Year of latest value"),
    "goal_in_gap": ("Abstand zum Ziel", "Gap to the goal"),
    "goal_in_forecast_years": ("Jahre für die Prognose", "Years used for the forecast"),
    "goal_in_counted_years": ("Gezählte Jahre", "Years counted"),
    "goal_in_sum": ("Summe", "Total"),
    "goal_in_baseline_value": ("Ausgangswert", "Baseline value"),
    "goal_in_baseline_year": ("Ausgangsjahr", "Baseline year"),
    "goal_in_start_point_year": ("Jahr der Ausgangslage (vor Zielbeginn)", "Year of the starting point (before the start)"),
    "goal_in_start_point_value": ("Ausgangslage", "Starting point"),
    "goal_in_outlook_years": ("Jahre für den Ausblick (ohne Bewertung)", "Years used for the outlook (no verdict)"),
    "goal_in_outlook_mean": ("Ausblick: Mittel pro Jahr", "Outlook: mean per year"),
    "goal_in_outlook_slope": ("Ausblick: Trend pro Jahr", "Outlook: trend per year"),
    "goal_in_outlook_forecast": ("Ausblick: fortgeschrieben zur Frist", "Outlook: carried to the deadline"),
    "goal_in_planned_value": ("Soll-Pfad im Jahr des neuesten Werts", "Planned path in the year of the latest value"),
    "goal_in_values_after_deadline": ("Werte nach der Frist (nicht gezählt)", "Values after the deadline (not counted)"),
    "goal_in_slope": ("Trend pro Jahr", "Trend per year"),
    "goal_in_trend_years": ("Jahre für den Trend", "Years used for the trend"),
    "goal_in_distance_left": ("Verbleibender Weg", "Distance left"),
    "goal_in_forecast": ("Prognose zur Frist", "Forecast at the deadline"),
    "goal_in_miss": ("Verfehlung (Anteil am Weg)", "Miss (share of the distance)"),
    "goal_in_required_pace": ("Nötige Änderung pro Jahr", "Required change per year"),
    "goal_in_data_year": ("Datenjahr", "Data year"),
    "goal_in_stale": ("Daten veraltet", "Data outdated"),
    "goal_in_pace_from_year": ("Tempo gerechnet ab", "Pace counted from"),
    "goal_in_estimate_now": ("Trend-Schätzwert im Bewertungsjahr", "Trend estimate for the assessment year"),
    "goal_in_elapsed": ("Verstrichener Zeitanteil", "Share of time elapsed"),
    "goal_in_expected": ("Zu erwarten", "Expected"),
    "goal_yes": ("ja", "yes"),
    "goal_no": ("nein", "no"),
    "goal_none": ("keine", "none"),
    "goal_dir_increase": ("steigern", "increase"),
    "goal_dir_decrease": ("senken", "decrease"),
    # chart
    "goal_tr_observed": ("Gemessen", "Measured"),
    "goal_tr_cumulative": ("Summe seit {start}", "Total since {start}"),
    "goal_tr_yearly": ("Jahreswert", "Yearly value"),
    "goal_tr_superseded": ("Ersetzter Wert", "Superseded value"),
    "goal_tr_target_line": ("Ziel: {value} pro Jahr", "Goal: {value} a year"),
    "goal_tr_target_level": ("Ziel: {value}", "Goal: {value}"),
    "goal_tr_target_path": ("Zielpfad bis {deadline}", "Path to the goal by {deadline}"),
    "goal_tr_planned": ("Offizieller Reduktionspfad", "Official planned path"),
    "goal_tr_forecast_mean": ("Mittel {years} (Prognose {year})", "Mean {years} (forecast {year})"),
    "goal_tr_forecast": ("Prognose aus dem Trend", "Forecast from the trend"),
    "goal_tr_deadline": ("Frist {year}", "Deadline {year}"),
    "goal_hover_superseded": ("ersetzt durch {value}", "superseded by {value}"),
    "goal_hover_demo": ("Beispieldaten", "example data"),
    "goal_axis_year": ("Jahr", "Year"),
    "goal_axis_million": ("Mio. €", "€ million"),
    # table
    "goal_col_year": ("Jahr", "Year"),
    "goal_col_value": ("Wert", "Value"),
    "goal_col_unit": ("Einheit", "Unit"),
    "goal_col_superseded": ("ersetzt", "superseded"),
    "goal_col_provisional": ("vorläufig", "provisional"),
    "goal_col_demo": ("Beispieldaten", "example data"),
    "goal_col_source": ("Quelle", "Source"),
    "goal_col_detail": ("Fundstelle", "Reference"),
    "goal_col_district": ("Stadtbezirk", "District"),
    "goal_col_status": ("Status", "Status"),
    "goal_col_progress": ("Fortschritt", "Progress"),
    "goal_col_reason": ("Begründung", "Reason"),
    "goal_superseded_yes": ("ersetzt", "superseded"),
    # districts
    "goal_district_heading": ("Nach Stadtbezirk", "By district"),
    "goal_district_values_heading": ("Werte nach Stadtbezirk", "Values by district"),
    "goal_district_bar_axis": ("Fortschritt", "Progress"),
    # citations
    "goal_citations_heading": ("Fundstellen im Wortlaut", "Citations, verbatim"),
    "goal_citation_ref": ("{title} ({author}), Zeile {lines}", "{title} ({author}), line {lines}"),
    "goal_related_heading": ("Verwandte und widersprüchliche Aussagen", "Related and conflicting statements"),
    "goal_related_none": ("Keine verknüpften Aussagen anderer Dokumente.", "No linked statements in other documents."),
    "goal_this_goal": ("Dieses Ziel", "This goal"),
    "goal_rel_conflicts_with": ("widerspricht", "conflicts with"),
    "goal_rel_restates": ("wiederholt", "restates"),
    "goal_rel_refines": ("präzisiert", "refines"),
    "goal_rel_supports": ("unterstützt", "supports"),
    "goal_open": ("Ziel öffnen", "Open goal"),
    "goal_note": ("Hinweis: {note}", "Note: {note}"),
    # not yet assessable / Beispieldaten (dashboard.goal_status)
    "goal_start_point": (
        "Ausgangslage {year}: {value} – der letzte Wert vor dem Zielzeitraum, der {start} beginnt.",
        "Starting point {year}: {value} – the last value before the goal's period, which starts in {start}.",
    ),
    "goal_start_point_demo": (" (Beispieldaten)", " (example data)"),
    "goal_not_assessable": (
        "Noch keine Werte aus dem Zielzeitraum (ab {start}): noch nicht bewertbar.",
        "No values from the goal's own period (from {start}) yet: not yet assessable.",
    ),
    "goal_demo_status_note": (
        "Dieser Status beruht auf Beispieldaten (erzeugte Werte, keine amtlichen Zahlen) und zählt "
        "nicht in der Übersicht, auf der Karte und im Kiosk.",
        "This status rests on example data (generated values, not official figures) and does not "
        "count on the overview, the map or the kiosk.",
    ),
}
