"""Labels of the page frame (browser title, skip link, print): TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {
    "page_title": ("{title} – Zielmonitor Dortmund", "{title} – Zielmonitor Dortmund"),
    "page_skip": ("Zum Hauptinhalt springen", "Skip to main content"),
    "page_table_region": ("Tabelle, seitlich verschiebbar", "Table, scrolls sideways"),
    "goal_known_heading": ("Was feststeht", "What is known"),
    "goal_known_quote": ("Zusage", "Commitment"),
    "goal_known_deadline": ("Frist", "Deadline"),
}
