"""Labels for the method area (Methodik page): TEXTS = {key: (german, english)}.

Numbers in these texts are placeholders filled from indicators.common ({on}, {risk}, {stale},
{flow_window}, {sum_window}, {trend_window}), so the page can never disagree with the rules.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "mth_title": ("Methodik", "Method"),
    "mth_intro": (
        "So bewertet der Zielmonitor jedes Ziel: eine feste Regel je Zielart, dieselben "
        "Schwellen für alle Ziele, jede Zahl mit ihrer Quelle. Die Beispiele unten werden beim "
        "Aufruf aus der Datenbank nachgerechnet.",
        "How Zielmonitor assesses every goal: one fixed rule per kind of goal, the same "
        "thresholds for all goals, every number with its source. The examples below are "
        "recomputed from the database when the page opens.",
    ),
    "mth_build": ("Datenstand", "Data build"),
    "mth_build_as_of": ("Bewertet zum Stichtag", "Assessed as of"),
    "mth_build_built_at": ("Gebaut am", "Built on"),
    "mth_build_id": ("Build-Kennung", "Build id"),
    "mth_build_demo": ("Beispieldaten enthalten", "Example data included"),
    "mth_build_targets": ("Ziele", "Goals"),
    "mth_build_observations": ("Messwerte", "Values"),
    "mth_build_source": (
        "Quelle: Tabelle meta_build der Datenbank, geschrieben von `python -m etl build`.",
        "Source: table meta_build of the database, written by `python -m etl build`.",
    ),
    "mth_yes": ("ja", "yes"),
    "mth_no": ("nein", "no"),
    "mth_statuses": ("Die Bewertungen", "The statuses"),
    "mth_statuses_intro": (
        "Jede Bewertung erscheint immer mit Symbol, Wort und Farbe – nie mit Farbe allein.",
        "Every status always appears with symbol, word and colour – never by colour alone.",
    ),
    "mth_status_achieved": (
        "Das Ziel ist erfüllt (oder war es bis zur Frist).",
        "The target is met (or was met by its deadline).",
    ),
    "mth_status_on_track": (
        "Abstand zum Soll höchstens {on}.",
        "Gap to where it should be at most {on}.",
    ),
    "mth_status_at_risk": (
        "Abstand über {on} und höchstens {risk}.",
        "Gap above {on} and at most {risk}.",
    ),
    "mth_status_off_track": (
        "Das Ziel läuft noch: Abstand über {risk} oder Entwicklung in die falsche Richtung.",
        "The goal is still running: gap above {risk}, or moving the wrong way.",
    ),
    "mth_status_missed": (
        "Die Frist ist abgelaufen und das Ziel wurde nicht erreicht.",
        "The deadline has passed and the target was not met.",
    ),
    "mth_status_not_assessable": (
        "Es gibt Werte, aber keinen aus dem Zeitraum des Ziels (sie zeigen nur die Ausgangslage) – "
        "oder keine Frist, oder für einen Zielwert nur einen Wert seit Beginn.",
        "There are values, but none from the goal's own period (they only show the starting point) – "
        "or no deadline, or for a level only one value since the start.",
    ),
    "mth_status_no_data": (
        "Keine Messwerte und kein gemeldeter Umsetzungsstand.",
        "No values and no reported implementation status.",
    ),
    "mth_rules": ("Die Regeln je Zielart", "The rules per kind of goal"),
    "mth_rules_common": (
        "Für alle Zielarten gilt: Bewertet wird nur mit Werten aus dem Zeitraum des Ziels (Startjahr "
        "bis Frist); Werte davor sind die Ausgangslage (siehe unten). Grenzen gehören zum besseren Band "
        "(genau {on} Abstand ist „auf Kurs“, genau {risk} „gefährdet“). Werte für Jahre nach dem "
        "Stichtag zählen nicht. Stammen die neuesten Daten aus einem Jahr, das mehr als {stale} Jahre "
        "vor dem Stichtagsjahr liegt, wird das Ziel als „Daten veraltet“ markiert – bewertet wird es "
        "trotzdem. Nach der Frist heißt ein nicht erreichtes Ziel „verfehlt“.",
        "For every kind: only values from the goal's period (start year to deadline) are judged; "
        "earlier values are the starting point (see below). Boundaries belong to the better band (a gap "
        "of exactly {on} is “on track”, exactly {risk} “at risk”). Values for years after the as-of "
        "date do not count. If the latest data are more than {stale} years older than the as-of year, "
        "the goal is marked “data outdated” – it is still assessed. After the deadline a target not met "
        "is “missed”.",
    ),
    "mth_rule_annual_flow": (
        "Das Ziel gilt jedes Jahr neu. Der neueste Jahreswert wird mit dem Jahresziel "
        "verglichen: Lücke = Abstand zum Jahresziel ÷ Jahresziel. Ein erfülltes Jahresziel heißt "
        "„auf Kurs“, nie „erreicht“, solange das Ziel läuft. Ist die Frist vorbei, entscheidet der "
        "Mittelwert der Jahre bis zur Frist („erreicht“ oder „verfehlt“). Prognose: Mittel der letzten "
        "{flow_window} Werte aus dem Zeitraum.",
        "The target applies to every year anew. The latest yearly value is compared with the "
        "yearly target: gap = distance to the yearly target ÷ yearly target. A met yearly target "
        "is “on track”, never “achieved”, while the goal runs. After the deadline the mean of the "
        "years up to the deadline decides (“achieved” or “missed”). Forecast: mean of the last "
        "{flow_window} values from the period.",
    ),
    "mth_rule_cumulative": (
        "Die Jahreswerte ab dem Startjahr werden summiert. Summe ≥ Ziel heißt „erreicht“. Sonst "
        "wird die Summe mit dem zeitanteilig zu erwartenden Stand verglichen (Ziel × Anteil des "
        "Zeitraums bis zum letzten gemeldeten Jahr). Ohne Frist wird der Fortschritt gezeigt, "
        "aber nicht bewertet („noch nicht bewertbar“); nach der Frist unter dem Ziel: „verfehlt“. "
        "Prognose: Mittel der letzten {sum_window} Jahreswerte bis zur Frist fortgeschrieben.",
        "Yearly amounts from the start year on are summed. Sum ≥ target means “achieved”. "
        "Otherwise the sum is compared with the time share expected so far (target × share of "
        "the period through the latest reported year). Without a deadline progress is shown but "
        "not assessed (“not yet assessable”); after the deadline below the target: “missed”. "
        "Forecast: the mean of the last {sum_window} yearly amounts carried to the deadline.",
    ),
    "mth_rule_level_by_deadline": (
        "Wie im Indikatorenbericht der Deutschen Nachhaltigkeitsstrategie (Destatis): Die "
        "Ausgleichsgerade durch die letzten {trend_window} Werte aus dem Zeitraum wird bis zur Frist "
        "fortgeschrieben. Die Verfehlung wird am noch verbleibenden Weg gemessen, nie durch den "
        "Zielwert geteilt – so funktioniert auch „netto null“. Trend null oder in die falsche "
        "Richtung: „nicht auf Kurs“. Ein einzelner Wert ergibt keinen Trend („noch nicht "
        "bewertbar“). Gibt es einen Soll-Pfad einer zitierten Quelle, der das Ziel rechtzeitig "
        "erreicht, entscheidet der Vergleich mit ihm.",
        "As in the indicator report of the German Sustainable Development Strategy (Destatis): "
        "the least-squares line through the last {trend_window} values from the period is carried "
        "forward to the deadline. The miss is measured against the distance still to go, never "
        "divided by the target – so “net zero” works too. A flat trend or one going the wrong way is "
        "“off track”. A single value gives no trend (“not yet assessable”). Where a cited source "
        "gives a planned path that reaches the target in time, the comparison with it decides.",
    ),
    "mth_rule_budget": (
        "Wie „Summe bis Frist“, in Euro: ausgegebene Beträge werden summiert und mit dem "
        "zeitanteiligen Soll verglichen.",
        "Like “total by deadline”, in euros: amounts spent are summed and compared with the "
        "time share expected so far.",
    ),
    "mth_rule_milestone": (
        "Gemeldeter Umsetzungsstand in Prozent gegen den Anteil der Laufzeit, der vor dem "
        "laufenden Jahr lag. 100 % heißt „erreicht“, nach der Frist darunter „verfehlt“; ohne "
        "Frist: begonnen = „auf Kurs“, nicht begonnen = „gefährdet“.",
        "Reported percent complete against the share of the period that lay before the current "
        "year. 100% means “achieved”, below it after the deadline “missed”; without a deadline: "
        "started = “on track”, not started = “at risk”.",
    ),
    "mth_constants": ("Schwellen und Konstanten", "Thresholds and constants"),
    "mth_constants_source": (
        "Quelle: indicators/common.py – die einzige Stelle, an der diese Werte stehen.",
        "Source: indicators/common.py – the one place these values are defined.",
    ),
    "mth_col_constant": ("Konstante", "Constant"),
    "mth_col_value": ("Wert", "Value"),
    "mth_col_use": ("Verwendung", "Use"),
    "mth_const_on_track_max_gap": ("Abstand bis {on} → „auf Kurs“", "gap up to {on} → “on track”"),
    "mth_const_at_risk_max_gap": (
        "Abstand bis {risk} → „gefährdet“, darüber „nicht auf Kurs“",
        "gap up to {risk} → “at risk”, above it “off track”",
    ),
    "mth_const_stale_after_years": (
        "Daten älter als {stale} Jahre gelten als veraltet",
        "data older than {stale} years are outdated",
    ),
    "mth_const_flow_forecast_window": (
        "Jährliche Mengen: Prognose = Mittel der letzten {flow_window} Werte",
        "annual amounts: forecast = mean of the last {flow_window} values",
    ),
    "mth_const_sum_forecast_window": (
        "Summen und Budgets: Prognose aus dem Mittel der letzten {sum_window} Werte",
        "totals and budgets: forecast from the mean of the last {sum_window} values",
    ),
    "mth_const_trend_window": (
        "Zielwerte: Ausgleichsgerade (kleinste Quadrate) über die letzten {trend_window} Werte",
        "levels: least-squares line through the last {trend_window} values",
    ),
    "mth_const_gap_digits": (
        "Nachkommastellen, auf die der Abstand vor dem Vergleich gerundet wird",
        "decimal places the gap is rounded to before it is compared",
    ),
    "mth_examples": ("Zwei Beispiele, live nachgerechnet", "Two examples, recomputed live"),
    "mth_example_missing": (
        "Das Beispielziel „{goal}“ ist in dieser Datenbank nicht enthalten.",
        "The example goal “{goal}” is not in this database.",
    ),
    "mth_example_matches": (
        "Nachgerechnet mit `indicators.assess`: gleiches Ergebnis wie in der Datenbank.",
        "Recomputed with `indicators.assess`: same result as stored in the database.",
    ),
    "mth_example_differs": (
        "Nachgerechnet ergibt „{now}“, gespeichert ist „{stored}“ – die Datenbank ist älter "
        "als die Regeln. Bitte `python -m etl build` ausführen.",
        "Recomputing gives “{now}”, the database holds “{stored}” – the database is older than "
        "the rules. Please run `python -m etl build`.",
    ),
    "mth_example_values": ("Verwendete Werte (mit Quelle)", "Values used (with source)"),
    "mth_col_year": ("Jahr", "Year"),
    "mth_col_source": ("Quelle", "Source"),
    "mth_reason": ("Begründungssatz der Regel: {reason}", "The rule's reason sentence: {reason}"),
    "mth_pace": ("Nötiges Tempo: {pace}", "Pace needed: {pace}"),
    "mth_step_latest": ("Neuester Wert: {year} = {value} {unit}.", "Latest value: {year} = {value} {unit}."),
    "mth_step_progress": (
        "Fortschritt = {latest} ÷ {target} = {progress} des Jahresziels.",
        "Progress = {latest} ÷ {target} = {progress} of the yearly target.",
    ),
    "mth_step_gap": (
        "Lücke = {short} ÷ {target} = {gap}.",
        "Gap = {short} ÷ {target} = {gap}.",
    ),
    "mth_step_band": ("{value}: {band} → {status}.", "{value}: {band} → {status}."),
    "mth_band_met": ("Ziel erfüllt", "target met"),
    "mth_band_on": ("höchstens {on}", "at most {on}"),
    "mth_band_risk": ("über {on}, höchstens {risk}", "above {on}, at most {risk}"),
    "mth_band_off": ("mehr als {risk}", "more than {risk}"),
    "mth_step_flow_forecast": (
        "Prognose für {year} = Mittel der letzten {n} Werte ({first}–{last}) = {value}.",
        "Forecast for {year} = mean of the last {n} values ({first}–{last}) = {value}.",
    ),
    "mth_step_trend": (
        "Trend über die letzten {n} Werte ({first}–{last}), Ausgleichsgerade (kleinste Quadrate): "
        "Σ(Jahr − Mitteljahr)(Wert − Mittelwert) ÷ Σ(Jahr − Mitteljahr)² = {sxy} ÷ {sxx} = {slope} {unit} pro Jahr.",
        "Trend over the last {n} values ({first}–{last}), least-squares line: "
        "Σ(year − mean year)(value − mean value) ÷ Σ(year − mean year)² = {sxy} ÷ {sxx} = {slope} {unit} a year.",
    ),
    "mth_step_level_forecast": (
        "Fortgeschrieben bis {deadline}: {v_last} + ({slope}) × {years} = {forecast}.",
        "Carried forward to {deadline}: {v_last} + ({slope}) × {years} = {forecast}.",
    ),
    "mth_step_miss": (
        "Verbleibender Weg = |{target} − {v_last}| = {distance}; Verfehlung = {short} ÷ "
        "{distance} = {miss}.",
        "Distance left = |{target} − {v_last}| = {distance}; miss = {short} ÷ {distance} = {miss}.",
    ),
    "mth_step_stale": (
        "Die neuesten Daten stammen aus {year}, mehr als {stale} Jahre vor dem Stichtag: "
        "„Daten veraltet“.",
        "The latest data are from {year}, more than {stale} years before the as-of date: "
        "“data outdated”.",
    ),
    "mth_sources": ("Datenquellen und Lizenzen", "Data sources and licences"),
    "mth_sources_intro": (
        "Dokumente werden zur politischen Information zitiert (§ 51 UrhG) bzw. sind amtliche "
        "Werke (§ 5 UrhG). Lizenzen der Datensätze sind vor einer Veröffentlichung online zu "
        "bestätigen. Mehr auf der Seite „Quellen“.",
        "Documents are quoted for political information (§ 51 UrhG) or are official works "
        "(§ 5 UrhG). Data-set licences are to be confirmed online before public release. More "
        "on the “Sources” page.",
    ),
    "mth_col_title": ("Quelle", "Source"),
    "mth_col_kind": ("Art", "Kind"),
    "mth_col_licence": ("Lizenz / Nutzung", "Licence / use"),
    "mth_col_attribution": ("Zitierhinweis", "Credit"),
    "mth_demo": ("Beispieldaten", "Example data (Beispieldaten)"),
    "mth_demo_policy": (
        "Für Ziele ohne veröffentlichte Zahlen erzeugt `etl/demo.py` Demonstrationswerte, "
        "damit man sieht, wie eine Bewertung aussähe. Sie sind in der Datenbank mit `is_demo` "
        "markiert, jede Bewertung, die ein solcher Wert entschieden hat, mit `uses_demo`, und auf jeder Seite steht "
        "dann sichtbar „Beispieldaten“. Es sind keine amtlichen Zahlen. Mit `ZM_SHOW_DEMO=0` "
        "lässt der Build sie ganz weg; die Ziele zeigen dann „keine Daten“.",
        "For goals without published figures, `etl/demo.py` generates demonstration values so "
        "that one can see what an assessment would look like. They are flagged `is_demo` in the "
        "database, every assessment such a value decided `uses_demo`, and every page then visibly shows "
        "“Beispieldaten”. They are not official figures. With `ZM_SHOW_DEMO=0` the build leaves "
        "them out entirely; those goals then show “no data”.",
    ),
    "mth_demo_included": (
        "In diesem Datenstand sind Beispieldaten enthalten: {n} erzeugte Werte für {k} Indikatoren.",
        "This build includes example data: {n} generated values for {k} indicators.",
    ),
    "mth_demo_excluded": (
        "Dieser Datenstand wurde ohne Beispieldaten gebaut (ZM_SHOW_DEMO=0).",
        "This build was made without example data (ZM_SHOW_DEMO=0).",
    ),
    "mth_col_indicator": ("Indikator", "Indicator"),
    "mth_col_values": ("Erzeugte Werte", "Generated values"),
    "mth_col_years": ("Jahre", "Years"),
    "mth_col_goals": ("Ziele", "Goals"),
    "mth_full": ("Vollständige Regeln", "Full rules"),
    "mth_full_intro": (
        "Der vollständige Regeltext aus docs/method.md (auf Englisch, mit deutschen Beispielsätzen), "
        "Abschnitt für Abschnitt.",
        "The complete rule text from docs/method.md, section by section.",
    ),
    "mth_doc_missing": (
        "Der Regeltext docs/method.md fehlt ({detail}). Bitte aus dem Repository wiederherstellen.",
        "The rule text docs/method.md is missing ({detail}). Please restore it from the repository.",
    ),
}
