"""Labels for the map area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {
    "map_title": ("Stadtbezirke", "Districts"),
    "map_intro": (
        "Karte der 12 Dortmunder Stadtbezirke – mit Unterteilung in 62 statistische Bezirke "
        "und 170 Unterbezirke, wo es Daten gibt. Ein Stadtbezirk auswählen, um sein Profil "
        "zu sehen.",
        "Map of Dortmund's 12 districts (Stadtbezirke) – down to 62 statistical districts and "
        "170 sub-districts where data exist. Choose a district to see its profile.",
    ),
    "map_indicator": ("Kennzahl", "Indicator"),
    "map_goal": ("Ziel", "Goal"),
    "map_level": ("Ebene", "Level"),
    "map_year": ("Jahr", "Year"),
    "map_mode": ("Darstellung", "Display"),
    "map_district": ("Stadtbezirk", "District"),
    "map_district_none": ("– keiner –", "– none –"),
    "map_level_stadtbezirk": ("12 Stadtbezirke", "12 districts"),
    "map_level_statistischer_bezirk": ("62 statistische Bezirke", "62 statistical districts"),
    "map_level_unterbezirk": ("170 Unterbezirke", "170 sub-districts"),
    "map_mode_value": ("Wert", "Value"),
    "map_mode_per_km2": ("je km²", "per km²"),
    "map_mode_per_1000": ("je 1.000 Einwohner*innen", "per 1,000 inhabitants"),
    "map_mode_status": ("Zielstatus", "Goal status"),
    "map_mode_help": (
        "„je km²“ gibt es nur für Anzahlen und Beträge, nicht für Quoten. „je 1.000 "
        "Einwohner*innen“ erscheint, sobald Einwohnerzahlen für die Ebene vorliegen. "
        "„Zielstatus“ färbt nach dem Stand eines Ziels, das für jeden Stadtbezirk gilt.",
        "“per km²” is offered for counts and amounts, not for rates. “per 1,000 inhabitants” "
        "appears once population figures exist for the level. “Goal status” colours by the "
        "state of a goal that applies to every district.",
    ),
    "map_unknown_indicator": (
        "Die Kennzahl aus dem Link gibt es nicht; gezeigt wird die Standardkennzahl.",
        "The indicator in the link does not exist; showing the default indicator.",
    ),
    "map_level_fallback": (
        "Für diese Kennzahl gibt es auf der gewünschten Ebene keine Daten; gezeigt wird die "
        "Ebene mit Daten.",
        "This indicator has no data at the requested level; showing the level that has data.",
    ),
    "map_year_fallback": (
        "Für das gewünschte Jahr gibt es keine Werte; gezeigt wird das neueste Jahr.",
        "There are no values for the requested year; showing the latest year.",
    ),
    "map_mode_fallback": (
        "Diese Darstellung passt nicht zur Kennzahl (Quoten werden nicht je km² umgerechnet); "
        "gezeigt wird der Wert.",
        "This display does not suit the indicator (rates are not converted per km²); "
        "showing the value.",
    ),
    "map_unknown_district": (
        "Einen Stadtbezirk „{name}“ gibt es nicht. Bitte aus der Liste wählen.",
        "There is no district “{name}”. Please choose one from the list.",
    ),
    "map_unknown_goal_map": (
        "Dieses Ziel gilt nicht je Stadtbezirk; gezeigt wird das erste Ziel mit Bezirkswerten.",
        "This goal does not apply per district; showing the first goal with district values.",
    ),
    "map_hover_no_data": ("keine Daten", "no data"),
    "map_yes": ("ja", "yes"),
    "map_no": ("nein", "no"),
    "map_source": ("Quelle: {source}\nGrenzen: Stadt Dortmund (Open Data)",
                   "Source: {source}\nBoundaries: Stadt Dortmund (open data)"),
    "map_caption": ("{indicator}, {year} – {unit}", "{indicator}, {year} – {unit}"),
    "map_demo_status": (
        "Beispieldaten ergeben „{status}“ – zählt nicht, färbt keinen Bezirk ({reason})",
        "Example data give “{status}” – not counted, colours no district ({reason})",
    ),
    "map_status_caption": ("Zielstatus je Stadtbezirk: {goal}", "Goal status by district: {goal}"),
    "map_table_title": ("Tabelle: {n} Gebiete", "Table: {n} areas"),
    "map_col_area": ("Gebiet", "Area"),
    "map_col_value": ("Wert", "Value"),
    "map_col_shown": ("Dargestellt", "Shown"),
    "map_col_year": ("Jahr", "Year"),
    "map_col_source": ("Quelle", "Source"),
    "map_col_note": ("Hinweis", "Note"),
    "map_col_status": ("Status", "Status"),
    "map_col_reason": ("Begründung", "Reason"),
    "map_col_indicator": ("Kennzahl", "Indicator"),
    "map_col_where": ("Gebiet", "Area"),
    "map_no_values": (
        "Für diese Auswahl gibt es keine Werte.", "There are no values for this selection.",
    ),
    "map_drill_note": (
        "Gezeigt werden nur die Teilgebiete von {district}. Für die ganze Stadt den "
        "Stadtbezirk abwählen.",
        "Showing only the parts of {district}. Clear the district to see the whole city.",
    ),
    "map_profile_title": ("Profil: Stadtbezirk {name}", "Profile: district {name}"),
    "map_profile_area": ("Fläche", "Area"),
    "map_profile_goals": ("Ziele mit Werten für {name}", "Goals with values for {name}"),
    "map_profile_no_goals": (
        "Für diesen Stadtbezirk gibt es keine Ziele mit eigenen Werten.",
        "There are no goals with values of their own for this district.",
    ),
    "map_profile_indicators": ("Kennzahlen für {name}", "Indicators for {name}"),
    "map_profile_no_indicators": (
        "Für diesen Stadtbezirk liegen keine Kennzahlen vor.",
        "There are no indicators for this district.",
    ),
    "map_profile_hint": (
        "Werte des Stadtbezirks selbst (auch Summen seiner Teilgebiete); Quoten, die nur für "
        "kleinere Gebiete vorliegen, als Spanne von niedrigstem bis höchstem Wert – sie werden "
        "nicht gemittelt.",
        "Values for the district itself (including sums of its parts); rates known only for "
        "smaller areas are shown as the range from lowest to highest – they are not averaged.",
    ),
    "map_choose_district": (
        "Einen Stadtbezirk wählen (oben oder per Klick in die Karte), um sein Profil zu sehen.",
        "Choose a district (above, or click on the map) to see its profile.",
    ),
    "map_where_district": ("Stadtbezirk", "District"),
    "map_where_range_statistischer_bezirk": (
        "Spanne in {n} statistischen Bezirken", "Range over {n} statistical districts",
    ),
    "map_where_range_unterbezirk": ("Spanne in {n} Unterbezirken", "Range over {n} sub-districts"),
    "map_status_legend": ("Legende", "Legend"),
    "map_open_goal": ("Ziel im Detail", "Goal detail"),
}
