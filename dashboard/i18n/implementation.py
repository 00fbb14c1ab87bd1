"""Labels of the implementation status of deliverables and of the evidence stages."""

TEXTS = {
    "impl_done": ("umgesetzt", "done"),
    "impl_under_way": ("in Umsetzung", "under way"),
    "impl_decided": ("beschlossen", "decided"),
    "impl_no_progress": ("kein Fortschritt gemeldet", "no progress reported"),
    "impl_shelved": ("zurückgestellt", "deferred"),
    "impl_not_evidenced": ("Umsetzung nicht belegt", "implementation not evidenced"),
    "impl_not_done": ("nicht umgesetzt", "not implemented"),
    "stage_announced": ("angekündigt", "announced"),
    "stage_decided": ("beschlossen", "decided"),
    "stage_started": ("begonnen", "started"),
    "stage_partly_done": ("teilweise umgesetzt", "partly done"),
    "stage_done": ("umgesetzt", "done"),
    "stage_still_open": ("weiterhin offen", "still open"),
    "stage_deferred": ("zurückgestellt", "deferred"),
    "stage_abandoned": ("aufgegeben", "abandoned"),
    "impl_title": ("Umsetzungsstand der Vorhaben", "Implementation of the deliverables"),
    "impl_intro": (
        "Für Vorhaben (ein Plan, ein Bau, ein Angebot, ein Beschluss) zählt, was datierte Belege "
        "zeigen: ein Zitat aus einem späteren Dokument, eine Quelle der Stadt oder ein Eintrag einer "
        "Planerin. Ohne Beleg heißt es „kein Fortschritt gemeldet“, nach der Frist „Umsetzung nicht belegt“.",
        "For deliverables (a plan, a building, a service, a decision) what counts is what dated "
        "evidence shows: a quote from a later document, a city source or a planner's entry. Without "
        "evidence it says “no progress reported”, after the deadline “implementation not evidenced”.",
    ),
    "impl_by_document": ("Bilanz je Dokument", "Balance per document"),
    "impl_doc_sentence": ("{doc}: {done} von {n} umgesetzt", "{doc}: {done} of {n} done"),
    "impl_col_document": ("Dokument", "Document"),
    "impl_col_total": ("Vorhaben", "Deliverables"),
    "impl_timeline": ("Belege zum Umsetzungsstand", "Evidence of implementation"),
    "impl_no_evidence": ("Zu diesem Ziel liegt noch kein Beleg vor.", "There is no evidence for this goal yet."),
    "impl_basis_citation": ("{doc}, Zeile {lines}", "{doc}, line {lines}"),
    "impl_basis_source": ("Quelle: {title} {reference}", "Source: {title} {reference}"),
    "impl_basis_planner": ("Eintrag von {user} am {time}: {comment}", "Entry by {user} on {time}: {comment}"),
    "impl_old": ("Beleg älter als zwei Jahre", "evidence older than two years"),
    "impl_open_document": ("Im Dokument ansehen", "Open in the document"),
}
