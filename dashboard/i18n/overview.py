"""Labels for the overview area: TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {
    "ov_title": ("Übersicht: alle Ziele", "Overview: all goals"),
    "ov_stand": (
        "Stand: {as_of} · Datenstand (Aufbau der Datenbank): {built}",
        "As of: {as_of} · Data build: {built}",
    ),
    "ov_tile_link": ("Nur Ziele mit diesem Status zeigen", "Show only goals with this status"),
    "ov_counts_heading": ("Ziele nach Status", "Goals by status"),
    "ov_counts_note": (
        "Zählung für {n} Ziele der gewählten Themen, Dokumente und Zieljahre "
        "(der Status-Filter ändert die Zählung nicht).",
        "Counted over {n} goals of the chosen themes, documents and target years "
        "(the status filter does not change the counts).",
    ),
    "ov_shown": ("{shown} von {total} Zielen angezeigt.", "Showing {shown} of {total} goals."),
    "ov_demo_notice": (
        "Ziele mit dem Zeichen {badge} zeigen erzeugte Beispieldaten, keine amtlichen Zahlen. "
        "Ihr Status zählt nicht: oben stehen sie unter „keine Daten“.",
        "Goals marked {badge} show generated example data, not official figures. "
        "Their status does not count: above they are counted as “no data”.",
    ),
    "ov_counts_groups": (
        "Ziele, die an derselben Datenreihe gemessen werden, zählen oben einmal ({n} Ziele in {groups} "
        "Gruppe(n), siehe „eine Datenreihe“ unten).",
        "Goals measured on the same data series count once above ({n} goals in {groups} group(s), "
        "see “one data series” below).",
    ),
    "ov_group_title": ("{n} Ziele, eine Datenreihe: {series}", "{n} goals, one data series: {series}"),
    "ov_group_note": (
        "Diese Ziele werden an derselben Datenreihe gemessen und nennen verschiedene Fristen. "
        "In der Zählung oben zählen sie einmal.",
        "These goals are measured on the same data series and name different deadlines. "
        "The counts above count them once.",
    ),
    "ov_start_point": ("Ausgangslage {year}: {value}", "Starting point {year}: {value}"),
    "ov_not_assessable_reason": (
        "Noch keine Werte aus dem Zielzeitraum (ab {start}): noch nicht bewertbar.",
        "No values from the goal's own period (from {start}) yet: not yet assessable.",
    ),
    "ov_demo_status": (
        "Beispieldaten ergeben „{status}“ – zählt nicht in der Übersicht.",
        "Example data give “{status}” – not counted on the overview.",
    ),
    "ov_filters": ("Filter", "Filters"),
    "ov_filter_theme": ("Thema", "Theme"),
    "ov_filter_source": ("Dokument / Urheber", "Document / author"),
    "ov_filter_status": ("Status", "Status"),
    "ov_filter_year": ("Zieljahr (Frist)", "Target year (deadline)"),
    "ov_filter_all": ("alle", "all"),
    "ov_no_deadline": ("ohne Frist", "no deadline"),
    "ov_sort": ("Sortieren nach", "Sort by"),
    "ov_sort_status": ("Status (verfehlt und nicht auf Kurs zuerst)", "Status (missed and off track first)"),
    "ov_sort_deadline": ("Frist (früheste zuerst)", "Deadline (earliest first)"),
    "ov_reset": ("Filter zurücksetzen", "Reset filters"),
    "ov_empty": (
        "Keine Ziele passen zu diesen Filtern. Bitte Filter lockern oder zurücksetzen.",
        "No goals match these filters. Please widen or reset the filters.",
    ),
    "ov_value_of": ("{value} von {target}", "{value} of {target}"),
    "ov_value_level": ("{value} – Ziel: {target}", "{value} – target: {target}"),
    "ov_value_year": ("{value} im Jahr {year}", "{value} in {year}"),
    "ov_value_milestone": ("Umsetzung: {value}", "Implementation: {value}"),
    "ov_values_of_year": ("Wert von {year}", "Value for {year}"),
    "ov_values_span": ("Werte {first}–{last}", "Values {first}–{last}"),
    "ov_deadline": ("Frist {year}", "Deadline {year}"),
    "ov_deadline_inferred": ("Frist {year} (abgeleitet)", "Deadline {year} (inferred)"),
    "ov_goal_by": ("Ziel: {author}", "Goal: {author}"),
    "ov_data_source": ("Quelle der Werte: {source}", "Source of values: {source}"),
    "ov_details": ("Details und Quellen", "Details and sources"),
    "ov_attn_more": ("… und {n} weitere: alle Ziele mit diesem Status zeigen →",
                     "… and {n} more: show every goal with this status →"),
    "ov_show_all": (
        "Alle {n} Ziele dieses Themas anzeigen ({hidden} weitere) →",
        "Show all {n} goals of this theme ({hidden} more) →",
    ),
    "ov_card_error": (
        "Die Daten dieses Ziels sind fehlerhaft und werden nicht angezeigt ({detail}). "
        "Bitte die Eingaben prüfen und `python -m etl build` neu ausführen.",
        "This goal's data are faulty and are not shown ({detail}). "
        "Please check the inputs and run `python -m etl build` again.",
    ),
}
