"""Labels for the kiosk area (public screens): TEXTS = {key: (german, english)}.

Every key starts with "kiosk_" so it cannot clash with another area's table.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "kiosk_title_heading": ("Zielmonitor Dortmund", "Zielmonitor Dortmund"),
    "kiosk_title_sub": (
        "Was Rat, Parteien und Stadt versprochen haben – und wie weit Dortmund ist",
        "What the council, parties and city have promised – and how far Dortmund has got",
    ),
    "kiosk_title_total": ("{n} Ziele aus Programmen und Ratsbeschlüssen", "{n} goals from programmes and council decisions"),
    "kiosk_title_total_one": ("1 Ziel aus Programmen und Ratsbeschlüssen", "1 goal from programmes and council decisions"),
    "kiosk_title_grouped": (
        "{n} Ziele auf derselben Datenreihe zählen je Reihe einmal",
        "{n} goals on the same data series count once per series",
    ),
    "kiosk_title_evidenced": (
        "{n} Vorhaben zählen nach ihrem Umsetzungsstand (nächste Folie)",
        "{n} deliverables count by their implementation status (next slide)",
    ),
    "kiosk_title_demo": (
        "Beispieldaten zählen nicht (als „keine Daten“)",
        "Example data (Beispieldaten) do not count (counted as “no data”)",
    ),
    "kiosk_city": ("Stadt Dortmund", "City of Dortmund"),
    "kiosk_title_source": (
        "Quellen: Parteiprogramme, Ratsvorlagen, Stadt Dortmund, IT.NRW · Jede Zahl nennt ihre Quelle",
        "Sources: party programmes, council papers, Stadt Dortmund, IT.NRW · Every number names its source",
    ),
    "kiosk_scan": ("Details am Handy", "Details on your phone"),
    "kiosk_stand": ("Stand: {date}", "As of: {date}"),
    "kiosk_stand_kept": (
        "Stand: {date} · letzte verfügbare Daten",
        "As of: {date} · last available data",
    ),
    "kiosk_source_line": ("Quelle: {goal} · Daten: {data}", "Source: {goal} · Data: {data}"),
    "kiosk_source_goal_only": ("Quelle: {goal}", "Source: {goal}"),
    "kiosk_line": ("Z. {first}", "l. {first}"),
    "kiosk_lines": ("Z. {first}–{last}", "l. {first}–{last}"),
    "kiosk_target_flow": ("Ziel: {value} {unit} pro Jahr", "Target: {value} {unit} a year"),
    "kiosk_target_total": ("Ziel: {value} {unit}", "Target: {value} {unit}"),
    "kiosk_by_year": (" bis {year}", " by {year}"),
    "kiosk_no_deadline": (" (ohne Frist)", " (no deadline)"),
    "kiosk_caption_year": ("im Jahr {year}", "in {year}"),
    "kiosk_caption_start": ("Ausgangslage {year} (vor dem Zielzeitraum)", "starting point {year} (before the goal's period)"),
    "kiosk_caption_sum": ("zusammen {first}–{last}", "in total {first}–{last}"),
    "kiosk_caption_level": ("Stand {year}", "as of {year}"),
    "kiosk_chart_target": ("Ziel {value}", "Target {value}"),
    "kiosk_map_heading": (
        "Straßenoffensive in allen 12 Stadtbezirken",
        "Road offensive in all 12 Stadtbezirke",
    ),
    "kiosk_map_sub": ("Stand je Stadtbezirk", "Status by district (Stadtbezirk)"),
    "kiosk_map_source": (
        "Geometrie: Stadt Dortmund · Daten: {data}",
        "Boundaries: Stadt Dortmund · Data: {data}",
    ),
    "kiosk_waiting": (
        "Die Anzeige startet, sobald die Daten bereitstehen.",
        "The display starts as soon as the data is ready.",
    ),
    "kiosk_stale": ("Daten älter als 3 Jahre", "Data older than 3 years"),
    "kiosk_group_deadline": ("bis {year}", "by {year}"),
    "kiosk_group_no_deadline": ("ohne Frist", "no deadline"),
    "kiosk_group_intro": ("{n} Ziele auf dieser Datenreihe:", "{n} goals on this data series:"),
    "kiosk_balance_heading": ("Umsetzungsstand der Vorhaben", "Implementation of the deliverables"),
    "kiosk_balance_sub": (
        "Pläne, Bauten, Angebote und Beschlüsse – so weit datierte Belege es zeigen",
        "Plans, buildings, services and decisions – as far as dated evidence shows",
    ),
    "kiosk_balance_total": ("{n} Vorhaben", "{n} deliverables"),
    "kiosk_balance_total_one": ("1 Vorhaben", "1 deliverable"),
    "kiosk_balance_source": (
        "Belege: Zitate aus späteren Dokumenten, Quellen der Stadt · Regeln auf der Seite „Methodik“",
        "Evidence: quotes from later documents, city sources · Rules on the “Methodik” page",
    ),
    "kiosk_recent_heading": ("Neuester Beleg zu diesem Versprechen", "Latest evidence on this promise"),
    "kiosk_recent_stage": ("Stand {date}: {stage}", "As of {date}: {stage}"),
    "kiosk_recent_citation": ("Beleg: {author}, „{title}“, {lines}", "Evidence: {author}, “{title}”, {lines}"),
    "kiosk_recent_source": ("Beleg: {title}", "Evidence: {title}"),
    "kiosk_recent_planner": ("Beleg: Eintrag der Stadtverwaltung", "Evidence: entry by the city administration"),
    "kiosk_group_source": ("Daten: {data}", "Data: {data}"),
    "kiosk_group_member_source": ("Quelle: {goal}", "Source: {goal}"),
}
