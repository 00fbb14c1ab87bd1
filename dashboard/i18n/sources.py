"""Labels for the sources area (Quellen page): TEXTS = {key: (german, english)}."""

TEXTS: dict[str, tuple[str, str]] = {
    "src_title": ("Quellen", "Sources"),
    "src_intro": (
        "Alle Ziele stammen aus fünf Dokumenten: Parteiprogrammen, einem Papier der "
        "Ratsfraktionen, der Stadtstrategie und einer Ratsvorlage. Hier steht, wer sie "
        "geschrieben hat, welche Ziele aus jedem stammen und wo sie einander widersprechen.",
        "Every goal comes from one of five documents: party programmes, a paper of the "
        "council groups, the city strategy and a council submission. This page shows who "
        "wrote them, which goals each contains and where they contradict each other.",
    ),
    "src_documents": ("Die fünf Dokumente", "The five documents"),
    "src_counts_source": (
        "Quelle der Zählung: Zielregister (data/raw/register), Status stadtweit, Stand {as_of}. "
        "Ein Ziel, das in zwei Dokumenten steht, zählt bei beiden.",
        "Source of the counts: the goal register (data/raw/register), city-wide status as of "
        "{as_of}. A goal stated in two documents counts for both.",
    ),
    "src_col_document": ("Dokument", "Document"),
    "src_col_author": ("Verfasst von", "Written by"),
    "src_col_date": ("Datum", "Date"),
    "src_col_kind": ("Art", "Kind"),
    "src_col_goals": ("Ziele", "Goals"),
    "src_choose": ("Dokument wählen", "Choose a document"),
    "src_doc_facts": (
        "**{kind}** · verfasst von {author} · veröffentlicht {date}",
        "**{kind}** · written by {author} · published {date}",
    ),
    "src_licence": ("Nutzung: {licence}", "Use: {licence}"),
    "src_attribution": ("Zitierhinweis: {attribution}", "Credit: {attribution}"),
    "src_goals_of": (
        "{n} Ziele aus diesem Dokument",
        "{n} goals from this document",
    ),
    "src_goals_hint": (
        "Ein Klick auf ein Ziel öffnet seine Detailseite mit Zitat, Daten und Bewertung.",
        "Click a goal to open its detail page with quote, data and assessment.",
    ),
    "src_no_goals": ("Aus diesem Dokument ist kein Ziel erfasst.", "No goal is recorded from this document."),
    "src_conflicts": ("Wo sich die Dokumente widersprechen", "Where the documents disagree"),
    "src_conflicts_intro": (
        "{n} Zielpaare schließen einander aus oder setzen verschiedene Fristen. Jedes Paar steht "
        "einmal da, mit beiden Zitaten im Wortlaut und den Zeilen im Dokument.",
        "{n} pairs of goals exclude each other or set different deadlines. Each pair appears "
        "once, with both verbatim quotes and the lines in the document.",
    ),
    "src_no_conflicts": ("Keine widersprüchlichen Ziele erfasst.", "No conflicting goals recorded."),
    "src_versus": ("steht gegen", "versus"),
    "src_line_one": ("Zeile {line}", "line {line}"),
    "src_line_range": ("Zeilen {first}–{last}", "lines {first}–{last}"),
    "src_datasets": ("Datensätze und Lizenzen", "Data sets and licences"),
    "src_datasets_intro": (
        "Woher die Messwerte stammen. Lizenzen sind vor einer Veröffentlichung online zu "
        "bestätigen; Quellenangabe „Stadt Dortmund“.",
        "Where the measured values come from. Licences are to be confirmed online before "
        "public release; credit “Stadt Dortmund”.",
    ),
    "src_feeds": ("Liefert: {names}", "Feeds: {names}"),
    "src_feeds_none": ("Liefert: Stadtbezirksgrenzen (Karte)", "Feeds: district boundaries (map)"),
    "src_link": ("Quelle im Netz: {url}", "Source online: {url}"),
    "src_kind_party_programme": ("Parteiprogramm", "Party programme"),
    "src_kind_coalition_paper": ("Papier der Ratsfraktionen (Koalition)", "Council groups' paper (coalition)"),
    "src_kind_city_strategy": ("Stadtstrategie", "City strategy"),
    "src_kind_council_submission": ("Ratsvorlage der Verwaltung", "Council submission by the administration"),
    "src_kind_dataset": ("Datensatz", "Data set"),
    "src_kind_demo": ("Erzeugte Beispieldaten", "Generated example data"),
    "src_unknown_doc": (
        "Ein Dokument „{doc}“ gibt es nicht; gezeigt wird das erste.",
        "There is no document “{doc}”; showing the first one.",
    ),
}
