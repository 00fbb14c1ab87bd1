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
    "impl_doc_sentence": (
        "{doc}: {done} von {n} Vorhaben umgesetzt, {under_way} in Umsetzung, {decided} beschlossen",
        "{doc}: {done} of {n} deliverables done, {under_way} under way, {decided} decided",
    ),
    "impl_col_document": ("Dokument", "Document"),
    "impl_col_total": ("Vorhaben", "Deliverables"),
    "impl_timeline": ("Belege zum Umsetzungsstand", "Evidence of implementation"),
    "impl_no_evidence": ("Zu diesem Ziel liegt noch kein Beleg vor.", "There is no evidence for this goal yet."),
    "impl_basis_citation": ("{doc}, {lines}", "{doc}, {lines}"),
    "impl_basis_source": ("Quelle: {title} {reference}", "Source: {title} {reference}"),
    "impl_basis_planner": ("Eintrag von {user} am {time}: {comment}", "Entry by {user} on {time}: {comment}"),
    "impl_old": ("Beleg älter als zwei Jahre", "evidence older than two years"),
    "ov_tiles_measured": (
        "Zahlenziele – Bewertung aus den Messwerten des Zielzeitraums",
        "Numeric goals – verdict from the measured values of the goal's period",
    ),
    "ov_tiles_evidence": (
        "Vorhaben – Umsetzungsstand laut datierten Belegen (Zitat oder Quelle)",
        "Deliverables – implementation according to dated evidence (quote or source)",
    ),
    "ov_without_expander": (
        "{n} Ziele ohne Messwert und ohne Beleg – Liste aufklappen",
        "{n} goals without a measured value or evidence – open the list",
    ),
    "impl_balance_note": (
        "Gezählt wird jedes Vorhaben unter dem Status, den es überall zeigt; ein Ziel aus mehreren "
        "Dokumenten zählt bei jedem. {n} der {total} Vorhaben stützen ihren Stand auf einen Beleg.",
        "Each deliverable counts under the status it shows everywhere; a goal stated in several "
        "documents counts for each. {n} of the {total} deliverables rest their status on evidence.",
    ),
    "impl_not_the_status": (
        "Die Belege allein zeigen „{status}“. Der Status oben folgt aus den Messwerten.",
        "The evidence alone shows “{status}”. The status above follows from the measured values.",
    ),
    "impl_why": (
        "{status}: der neueste Beleg ({date}) zeigt „{stage}“; {when}. Die Regel steht auf der "
        "Seite „Methodik“.",
        "{status}: the latest evidence ({date}) shows “{stage}”; {when}. The rule is on the "
        "Method page.",
    ),
    "impl_why_none": (
        "{status}: es liegt kein Beleg vor; {when}. Die Regel steht auf der Seite „Methodik“.",
        "{status}: there is no evidence; {when}. The rule is on the Method page.",
    ),
    "impl_why_passed": ("die Frist {year} ist abgelaufen", "the {year} deadline has passed"),
    "impl_why_running": ("die Frist {year} läuft noch", "the {year} deadline has not passed yet"),
    "impl_why_no_deadline": ("es gibt keine Frist", "there is no deadline"),
    "map_located_title": ("Vorhaben und Ziele mit Ort in {name}", "Promises located in {name}"),
    "map_located_hint": (
        "Ziele, deren Titel oder Zitat einen Ort in diesem Stadtbezirk nennt (Stadtbezirk, statistischer "
        "Bezirk, Unterbezirk oder ein bekannter Ort wie die Nordstadt), mit dem Status, den sie überall zeigen.",
        "Goals whose title or quote names a place in this district (district, statistical district, "
        "sub-district or a well-known place such as the Nordstadt), with the status they show everywhere.",
    ),
    "map_located_none": ("Kein Ziel nennt einen Ort in diesem Stadtbezirk.",
                         "No goal names a place in this district."),
    "map_located_places": ("genannt: {places}", "names: {places}"),
    "impl_card_value": ("Beleg {date}: {stage}", "Evidence {date}: {stage}"),
    "impl_card_after_not_evidenced": (
        "Frist {year} abgelaufen, ohne Beleg, dass es umgesetzt ist.",
        "Deadline {year} passed without evidence that it was done.",
    ),
    "impl_card_after_not_done": (
        "Frist {year} abgelaufen; laut Beleg nicht umgesetzt.",
        "Deadline {year} passed; according to the evidence not done.",
    ),
    "impl_card_source": ("Beleg: {where}", "Evidence: {where}"),
    "impl_card_none": (
        "Kein Beleg für einen Fortschritt gefunden.", "No evidence of progress found.",
    ),
    "impl_open_document": ("Im Dokument ansehen", "Open in the document"),
    "mth_impl_title": ("Vorhaben: Umsetzungsstand aus Belegen", "Deliverables: implementation from evidence"),
    "mth_impl_intro": (
        "Ein Vorhaben bekommt seinen Stand allein aus datierten Belegen: einem Zitat aus einem späteren "
        "Dokument (Zeilen geprüft), einer Quelle der Stadt (z. B. Drucksache) oder dem Eintrag einer "
        "Planerin. Es zählt der neueste Beleg, der am Stichtag bekannt war, und die Frist (genannt oder "
        "das Ende der Ratsperiode). Ein Beleg älter als zwei Jahre wird als alt markiert.",
        "A deliverable's status comes only from dated evidence: a quote from a later document (lines "
        "checked), a city source (e.g. a council paper) or a planner's entry. What counts is the latest "
        "evidence known on the as-of date, and the deadline (stated, or the end of the council term). "
        "Evidence older than two years is marked as old.",
    ),
    "mth_impl_one_status": (
        "**Ein Status je Ziel.** Jedes Ziel zeigt überall denselben Status (Übersicht, Ziel-Seite, Stadtbezirke, "
        "Bericht). Eine Bewertung aus echten Messwerten des Zielzeitraums (erreicht bis verfehlt) gilt. Sonst zeigt "
        "ein Vorhaben – oder ein Ziel, für das es keine echten Messwerte gibt – den Stand, den seine Belege tragen; "
        "Frist ist die genannte oder, ohne sie, das Ende der Ratsperiode. Ein Zahlenziel, dessen Messreihe Werte "
        "hat, bleibt „noch nicht bewertbar“, bis Werte aus seinem Zeitraum vorliegen; seine Belege stehen auf "
        "seiner Seite.",
        "**One status per goal.** Every goal shows the same status everywhere (overview, goal page, districts, "
        "report). A verdict from real measured values of the goal's period (achieved to missed) stands. Otherwise "
        "a deliverable – or a goal without real measured values – shows the stage its evidence supports; the "
        "deadline is the stated one or, without one, the end of the council term. A numeric goal whose series "
        "has values stays “not yet assessable” until values from its period exist; its evidence is on its page.",
    ),
    "mth_impl_col_latest": ("Neuester Beleg", "Latest evidence"),
    "mth_impl_col_before": ("vor Ablauf der Frist", "before the deadline"),
    "mth_impl_col_after": ("nach Ablauf der Frist", "after the deadline"),
    "mth_impl_none": ("kein Beleg", "no evidence"),
    "mth_impl_example": (
        "Beispiel: „Alle Schulen am städtischen Glasfasernetz“ (DOS 2020, Frist Ende der Ratsperiode 2025). "
        "Das SPD-Programm 2025 schreibt in Zeile 89, alle Schulen seien mit schnellem Internet angebunden – "
        "ob über Glasfaser, sagt es nicht: Beleg „teilweise umgesetzt“. Die Frist 2025 ist vorbei, ein Beleg "
        "für „umgesetzt“ fehlt: „Umsetzung nicht belegt“ – nicht „gebrochen“.",
        "Example: “All schools on the municipal fibre network” (DOS 2020, deadline end of the council term "
        "2025). The SPD programme 2025 says in line 89 that all schools are connected to fast internet – "
        "whether by fibre it does not say: evidence “partly done”. The 2025 deadline has passed and there is "
        "no evidence of “done”: “implementation not evidenced” – not “broken”.",
    ),
    "mth_kinds_title": ("Art der Angabe: woher eine Zahl kommt", "Kind of figure: where a number comes from"),
    "mth_kinds_intro": (
        "Jede Zahl trägt ihre Art der Angabe und ihren Stichtag laut Quelle. Eine Bewertung, die auf einer "
        "Presseangabe beruht, sagt das. Eine Summe (etwa der Stadtbezirke zur ganzen Stadt) trägt die "
        "schwächste Art ihrer Teile: Beispieldaten vor Presseangabe vor Angabe der Stadt vor Beschluss/Dokument "
        "vor amtlicher Statistik.",
        "Every number carries its kind of figure and its reference date as the source states it. A verdict "
        "that rests on a press report says so. A sum (such as the districts added up to the whole city) carries "
        "the weakest kind of its parts: example data before press report before figure reported by the city "
        "before decision/document before official statistics.",
    ),
    "mth_kind_amtliche_statistik": (
        "Auszug aus einer amtlichen Statistik (IT.NRW, Destatis, Regionalstatistik, Dortmunder Statistik).",
        "Extract of an official statistic (IT.NRW, Destatis, Regionalstatistik, Dortmunder Statistik).",
    ),
    "mth_kind_angabe_stadt": (
        "Eine Zahl, die die Stadt selbst veröffentlicht hat (Pressemitteilung, Newsroom, Ratsvorlage) "
        "oder eine Planerin der Stadt hochgeladen hat.",
        "A figure the city itself published (press release, newsroom, council paper) or a city planner uploaded.",
    ),
    "mth_kind_presse": (
        "Eine Zahl, die die Presse berichtet hat (oft nach Angaben der Stadt); nicht amtlich geprüft.",
        "A figure the press reported (often citing the city); not officially checked.",
    ),
    "mth_kind_beschluss_dokument": (
        "Eine Zahl, die in einem der Dokumente steht (Programm, Ratsvorlage), mit Zeile und Zitat.",
        "A figure stated in one of the documents (programme, council paper), with line and quote.",
    ),
    "mth_kind_beispieldaten": (
        "Erzeugte Demonstrationswerte: nur im Vorführmodus, überall markiert, nie Grundlage einer Bewertung "
        "in Übersicht, Karte oder Aushang.",
        "Generated demonstration values: only in demo mode, marked everywhere, never the basis of a verdict "
        "on the overview, map or kiosk.",
    ),
    "nature_heading": ("Kein Versprechen der Stadt", "Not a promise by the city"),
    "nature_past_fact": ("eine Feststellung über Vergangenes", "a statement about the past"),
    "nature_demand_on_land": ("eine Forderung an das Land", "a demand on the Land (state)"),
    "nature_demand_on_bund": ("eine Forderung an den Bund", "a demand on the federal government"),
    "nature_demand_on_land_and_bund": ("eine Forderung an Land und Bund", "a demand on the Land and the federal government"),
    "nature_superseded_plan": ("ein überholter Plan", "a superseded plan"),
    "nature_idea": ("eine Idee, kein Vorhaben", "an idea, not a commitment"),
    "nature_text": (
        "Dieser Eintrag im Zielregister ist {nature}. Er bekommt deshalb keine Bewertung.",
        "This register entry is {nature}. It therefore gets no status.",
    ),
}

# The implementation statuses are statuses a goal shows (dashboard.headline.headline_status):
# the same words under the status_ keys every badge, tile and filter looks up.
TEXTS.update({f"status_{key[5:]}": TEXTS[key] for key in (
    "impl_done", "impl_under_way", "impl_decided", "impl_no_progress", "impl_shelved",
    "impl_not_evidenced", "impl_not_done")})
