"""Labels of the Stand date, the status history and „Was hat sich geändert?“ (page and report)."""

TEXTS = {
    "nav_changes": ("Was hat sich geändert?", "What has changed?"),
    "ch_title": ("Was hat sich geändert?", "What has changed?"),
    "ch_intro": (
        "Was zwischen zwei Tagen neu bekannt wurde: geänderte Bewertungen, neue Daten, neue Belege "
        "und neue Ziele. Voreinstellung: seit der letzten Ratssitzung.",
        "What became known between two days: changed verdicts, new data, new evidence and new goals. "
        "Default: since the last council session."),
    "ch_since": ("Seit", "Since"),
    "ch_until": ("Bis (Stand)", "Until (as of)"),
    "ch_window": ("Zeitraum: nach dem {since} bis einschließlich {until}",
                  "Period: after {since} up to and including {until}"),
    "ch_session": ("Letzte Ratssitzung: {label}, {date}", "Last council session: {label}, {date}"),
    "ch_session_unsourced": ("Termin nicht belegt, beispielhaft", "date not confirmed, illustrative"),
    "ch_status_heading": ("Geänderte Bewertungen", "Changed verdicts"),
    "ch_data_heading": ("Neue und korrigierte Daten", "New and corrected data"),
    "ch_evidence_heading": ("Neue Belege zur Umsetzung", "New evidence of implementation"),
    "ch_goals_heading": ("Neue Ziele", "New goals"),
    "ch_none": ("Keine.", "None."),
    "ch_more": ("… und {n} weitere", "… and {n} more"),
    "ch_arrow": ("{old} → {new}", "{old} → {new}"),
    "ch_impl": ("Umsetzung: {old} → {new}", "Implementation: {old} → {new}"),
    "ch_no_status": ("keine Bewertung", "no verdict"),
    "ch_corrected": ("korrigiert (Revision {n})", "corrected (revision {n})"),
    "ch_known": ("bekannt seit {date}", "known since {date}"),
    "ch_known_derived": ("bekannt seit {date} (abgeleitet)", "known since {date} (derived)"),
    "ch_goal_from": ("aus {doc}, veröffentlicht {date}", "from {doc}, published {date}"),
    "ch_corrections_note": (
        "Korrekturen am Zielregister selbst (Wortlaut, Frist) führt das Register nicht mit Datum; "
        "sie erscheinen hier nicht.",
        "Corrections to the register itself (wording, deadline) are not dated in the register; "
        "they do not appear here."),
    "ch_bad_window": ("„Seit“ muss vor „Bis“ liegen.", "“Since” must lie before “until”."),
    "asof_label": ("Stand", "As of"),
    "asof_help": (
        "Zeigt die Bewertung so, wie sie an diesem Tag mit den damals bekannten Daten und Belegen "
        "ausgefallen wäre.",
        "Shows the verdicts as they stood on that day with the data and evidence known then."),
    "asof_note": ("Stand {date}: Bewertungen mit den an diesem Tag bekannten Daten und Belegen.",
                  "As of {date}: verdicts from the data and evidence known on that day."),
    "asof_history": ("Bewertung im Zeitverlauf", "Verdict over time"),
    "asof_history_caption": (
        "Status an den Ratssitzungen und an jedem Tag, an dem neue Daten oder Belege bekannt wurden.",
        "Status at the council sessions and on each day new data or evidence became known."),
    "asof_event_session": ("Ratssitzung", "Council session"),
    "asof_event_data": ("neue Daten oder Belege", "new data or evidence"),
    "asof_event_year": ("Jahreswechsel", "New year"),
    "asof_event_start": ("Beginn der Zeitreihe", "Start of the history"),
    "mth_asof_heading": ("Stand-Datum: was wann bekannt war", "Stand date: what was known when"),
    "mth_asof_text": (
        "Jeder Wert und jeder Beleg trägt das Datum, seit dem er bekannt ist: das Veröffentlichungsdatum "
        "der Quelle, die Uhrzeit eines Uploads oder das Datum des Dokuments. Eine Jahres- oder "
        "Monatsangabe gilt erst ab ihrem letzten Tag (2024 → 31.12.2024). Nennt die Quelle kein "
        "passendes Datum, gilt das Jahresende plus {lag} Monate (als „abgeleitet“ markiert). Die "
        "Bewertung zu einem Stand-Datum rechnet mit denselben Regeln nur mit dem, was an diesem Tag "
        "bekannt war – bei korrigierten Zahlen mit dem damals bekannten Wert. Ein Ziel gibt es ab "
        "dem Tag, an dem sein Dokument veröffentlicht wurde. Mehr in docs/asof.md.",
        "Every value and every piece of evidence carries the day since which it is known: the "
        "source's publication date, the time of an upload or the document's date. A year or month "
        "counts from its last day (2024 → 31 Dec 2024). Where the source gives no usable date, the "
        "year's end plus {lag} months is used (marked “derived”). The verdict on a Stand date uses "
        "the same rules on only what was known that day – for corrected figures the value known "
        "then. A goal exists from the day its document was published. More in docs/asof.md."),
}
