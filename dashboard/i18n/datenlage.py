"""Labels of the Datenlage page and the data kinds (trust levels) shown next to every number."""

TEXTS = {
    "nav_datenlage": ("Datenlage", "Data status"),
    "dl_title": ("Datenlage: worauf die Bewertungen beruhen", "Data status: what the verdicts rest on"),
    "dl_intro": (
        "Eine Bewertung darf nur auf Werten aus dem Zeitraum eines Ziels beruhen. Hier steht, für wie "
        "viele Ziele es solche Werte gibt, wo nur eine Ausgangslage oder Zahlen zum Thema vorliegen "
        "und welche Daten als Nächstes fehlen.",
        "A verdict may rest only on values from a goal's own period. This page shows how many goals "
        "have such values, where there is only a starting point or figures on the topic, and which "
        "data are missing next.",
    ),
    "dl_by_theme": ("Nach Thema", "By theme"),
    "dl_by_document": ("Nach Dokument", "By document"),
    "dl_counts_note": (
        "Jedes Ziel zählt in genau einer Spalte; ein Ziel aus mehreren Dokumenten zählt bei jedem. "
        "Stand {as_of}.",
        "Every goal counts in exactly one column; a goal stated in several documents counts in each. "
        "As of {as_of}.",
    ),
    "dl_col_theme_id": ("Thema", "Theme"),
    "dl_col_documents": ("Dokument", "Document"),
    "dl_cov_in_period": ("Werte im Zielzeitraum", "Values in the goal's period"),
    "dl_cov_evidence": ("Belege zur Umsetzung", "evidence of implementation"),
    "dl_cov_start_only": ("nur Ausgangslage", "starting point only"),
    "dl_cov_context_only": ("nur Zahlen zum Thema", "figures on the topic only"),
    "dl_cov_demo_only": ("nur Beispieldaten", "example data only"),
    "dl_cov_nothing": ("nichts", "nothing"),
    "dl_cov_total": ("Ziele", "Goals"),
    "dl_series": ("Die Datenreihen", "The data series"),
    "dl_series_intro": (
        "Jede Reihe mit Quelle, Art der Angabe, Jahren und letztem Wert mit Stichtag laut Quelle.",
        "Every series with its source, kind of figure, years and latest value with its reference date.",
    ),
    "dl_col_series": ("Reihe", "Series"),
    "dl_col_kind": ("Art der Angabe", "Kind of figure"),
    "dl_col_years": ("Jahre (Werte)", "Years (values)"),
    "dl_col_latest": ("Letzter Wert (Stichtag)", "Latest value (reference date)"),
    "dl_col_source": ("Quelle", "Source"),
    "dl_col_use": ("Verwendung", "Use"),
    "dl_use_measures": ("misst {n} Ziel(e)", "measures {n} goal(s)"),
    "dl_use_context": ("Zahlen zum Thema bei {n} Ziel(en)", "figures on the topic for {n} goal(s)"),
    "dl_use_none": ("Hintergrund (Karte)", "background (map)"),
    "dl_todo": ("Was als Nächstes fehlt", "What is missing next"),
    "dl_todo_intro": (
        "Zahlenziele ohne echte Werte ihres eigenen Maßstabs. Planer*innen können sie über "
        "„Daten hochladen“ ergänzen.",
        "Numeric goals without real values of their own measure. Planners can add them with "
        "“Daten hochladen” (upload data).",
    ),
    "dl_todo_none": ("Alle Zahlenziele haben echte Werte.", "Every numeric goal has real values."),
    "dl_col_theme": ("Thema", "Theme"),
    "dl_col_goal": ("Ziel", "Goal"),
    "dl_col_missing": ("Es fehlt", "Missing"),
    "dl_missing_indicator": ("ein Maßstab (Indikator)", "a measure (indicator)"),
    "dl_missing_values": ("echte Werte für „{indicator}“", "real values for “{indicator}”"),
    "dl_demo": ("Was noch erzeugt ist (Beispieldaten)", "What is still generated (example data)"),
    "dl_demo_intro": (
        "Diese Reihen sind erzeugte Demonstrationswerte. Sie erscheinen nur im Vorführmodus, "
        "sind überall als Beispieldaten markiert und entscheiden keine Bewertung in Übersicht, "
        "Karte oder Aushang.",
        "These series are generated demonstration values. They appear only in demo mode, are "
        "marked as example data everywhere and decide no verdict on the overview, map or kiosk.",
    ),
    "dl_demo_none": (
        "In diesem Datenstand sind keine Beispieldaten enthalten.",
        "This data build contains no example data.",
    ),
    "nav_document": ("Dokument", "Document"),
    "doc_title": ("Dokument im Wortlaut", "Document as written"),
    "doc_intro": (
        "Die mitgelieferten Dokumente mit Zeilennummern, genau wie sie vorliegen. Zitate im "
        "Zielmonitor verweisen auf diese Zeilen.",
        "The bundled documents with line numbers, exactly as they are. Quotes in the dashboard "
        "point to these lines.",
    ),
    "doc_choose": ("Dokument wählen", "Choose a document"),
    "doc_unknown": ("Dokument „{doc}“ gibt es nicht.", "There is no document “{doc}”."),
    "doc_licence": ("Lizenz/Nutzung: {licence}", "Licence/use: {licence}"),
    "doc_passage": (
        "Zitierte Stelle: {lines} (markiert), mit den Zeilen davor und danach.",
        "Cited passage: {lines} (marked), with the lines before and after.",
    ),
    "doc_whole": ("Zeilen 1–{last} von {n}.", "Lines 1–{last} of {n}."),
    "ctx_title": ("Zahlen zum Thema", "Figures on the topic"),
    "ctx_intro": (
        "Diese Zahlen beschreiben das Thema des Ziels. Sie messen das Ziel nicht und entscheiden "
        "keine Bewertung.",
        "These figures describe the goal's topic. They do not measure the goal and decide no verdict.",
    ),
    "ctx_press_note": (
        "Enthält Presseangaben: Zahlen, die die Presse berichtet hat, nicht amtlich geprüft.",
        "Contains press reports: figures reported by the press, not officially checked.",
    ),
    "ctx_col_area": ("Gebiet", "Area"),
    "ctx_col_year": ("Jahr", "Year"),
    "ctx_col_value": ("Wert", "Value"),
    "ctx_col_kind": ("Art der Angabe", "Kind of figure"),
    "ctx_col_ref_date": ("Stichtag laut Quelle", "Reference date (source)"),
    "ctx_col_source": ("Quelle", "Source"),
    "data_kind_amtliche_statistik": ("amtliche Statistik", "official statistic"),
    "data_kind_angabe_stadt": ("Angabe der Stadt", "figure reported by the city"),
    "data_kind_presse": ("Presseangabe", "press report"),
    "data_kind_beschluss_dokument": ("Beschluss/Dokument", "decision/document"),
    "data_kind_beispieldaten": ("Beispieldaten", "example data (Beispieldaten)"),
}
