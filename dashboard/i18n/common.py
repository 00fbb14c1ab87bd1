"""Labels used on every page: app name, navigation, statuses, kinds, badges."""

TEXTS = {
    "app_title": ("Zielmonitor Dortmund", "Zielmonitor Dortmund"),
    "app_subtitle": (
        "Was Rat, Parteien und Stadt versprochen haben – und wie weit Dortmund ist",
        "What the council, parties and city have promised – and how far Dortmund has got",
    ),
    "nav_overview": ("Übersicht", "Overview"),
    "nav_goal": ("Ziel im Detail", "Goal detail"),
    "nav_map": ("Stadtbezirke", "Districts"),
    "nav_sources": ("Quellen", "Sources"),
    "nav_method": ("Methodik", "Method"),
    "language": ("Sprache", "Language"),
    "status_achieved": ("erreicht", "achieved"),
    "status_on_track": ("auf Kurs", "on track"),
    "status_at_risk": ("gefährdet", "at risk"),
    "status_off_track": ("nicht auf Kurs", "off track"),
    "status_missed": ("verfehlt", "missed"),
    "status_not_assessable": ("noch nicht bewertbar", "not yet assessable"),
    "status_no_data": ("keine Daten", "no data"),
    "kind_annual_flow": ("Jährliche Menge", "Annual amount"),
    "kind_cumulative": ("Summe bis Frist", "Total by deadline"),
    "kind_level_by_deadline": ("Zielwert bis Frist", "Level by deadline"),
    "kind_budget": ("Budget", "Budget"),
    "kind_milestone": ("Meilenstein", "Milestone"),
    "demo_badge": ("Beispieldaten", "Beispieldaten (example data)"),
    "demo_explainer": (
        "Beispieldaten: erzeugte Demonstrationswerte, keine amtlichen Zahlen.",
        "Example data (Beispieldaten): generated demonstration values, not official figures.",
    ),
    "stale_badge": ("Daten veraltet", "Data outdated"),
    "as_of": ("Stand", "As of"),
    "source": ("Quelle", "Source"),
    "no_database": (
        "Die Daten werden gerade bereitgestellt. Bitte in einigen Minuten erneut versuchen.",
        "The data is being prepared. Please try again in a few minutes.",
    ),
    "data_error": (
        "Diese Daten können gerade nicht angezeigt werden. Bitte später erneut versuchen.",
        "This data cannot be shown right now. Please try again later.",
    ),
    "footer": (
        "Zielmonitor Dortmund · Quellen: Parteiprogramme, Ratsvorlagen, Stadt Dortmund, IT.NRW. "
        "Jede Zahl nennt ihre Quelle.",
        "Zielmonitor Dortmund · Sources: party programmes, council papers, Stadt Dortmund, IT.NRW. "
        "Every number names its source.",
    ),
}
