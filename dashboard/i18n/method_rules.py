"""Labels for the Methodik page's rules about time and evidence (period, starting point, trend
window, planned path, baseline, „verfehlt“) and the calculation steps for values before a
goal's start: TEXTS = {key: (german, english)}. Placeholders {trend_window} etc. come from
indicators.common via dashboard.method_steps.threshold_words.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "mth_rx_heading": ("Zeitraum, Ausgangslage, Trend, Soll-Pfad, Ausgangswert, Frist",
                       "Period, starting point, trend, planned path, baseline, deadline"),
    "mth_rx_intro": (
        "Diese Regeln gelten für jede Zielart. Jedes Beispiel wird beim Aufruf mit "
        "`indicators.assess` berechnet; Ergebnis und Satz stammen aus den Regeln selbst.",
        "These rules apply to every kind of goal. Each example is computed with "
        "`indicators.assess` when the page opens; result and sentence come from the rules themselves.",
    ),
    "mth_rx_example_label": ("Beispiel", "Example"),
    "mth_rx_result_label": ("Ergebnis", "Result"),
    "mth_rx_period_title": ("1. Nur Werte aus dem Zeitraum des Ziels", "1. Only values from the goal's period"),
    "mth_rx_period_rule": (
        "Eine Bewertung beruht nur auf Werten aus dem Zeitraum des Ziels: vom Startjahr bis zur Frist "
        "(ohne Frist bis zum Stichtagsjahr). Werte davor sind die Ausgangslage, Werte nach der Frist "
        "zählen nicht.",
        "A status rests only on values from the goal's period: from the start year to the deadline "
        "(without a deadline, to the as-of year). Earlier values are the starting point; values after "
        "the deadline do not count.",
    ),
    "mth_rx_period_example": (
        "Mindestens 2.000 Wohnungen pro Jahr ab 2025; Werte 2022: 2.121, 2023: 1.379, 2025: 2.100; "
        "Stichtag 21.11.2026. Bewertet wird nur 2025.",
        "At least 2,000 dwellings a year from 2025; values 2022: 2,121, 2023: 1,379, 2025: 2,100; as of "
        "21 Nov 2026. Only 2025 is judged.",
    ),
    "mth_rx_start_point_title": ("2. Ausgangslage statt Bewertung", "2. Starting point instead of a verdict"),
    "mth_rx_start_point_rule": (
        "Gibt es Werte, aber keinen aus dem Zeitraum des Ziels, heißt das Ziel „noch nicht bewertbar“. "
        "Der letzte Wert vor dem Beginn wird als Ausgangslage gezeigt. Ein Ausblick aus diesen Werten "
        "(Mittel der letzten {flow_window} Werte, bei Zielwerten der Trend) ist als „Ausblick, keine "
        "Bewertung“ gekennzeichnet und entscheidet nie den Status. „Keine Daten“ heißt: gar keine Werte.",
        "If there are values but none from the goal's period, the goal is “not yet assessable”. The "
        "latest value before the start is shown as the starting point. An outlook from these values (the "
        "mean of the last {flow_window} values; for levels the trend) is marked “outlook, not a verdict” "
        "and never decides the status. “No data” means: no values at all.",
    ),
    "mth_rx_start_point_example": (
        "Dasselbe Ziel ab 2025; Fertigstellungen 2019–2023: 1.378, 1.725, 1.664, 2.121, 1.379; Stichtag "
        "21.11.2026.",
        "The same goal from 2025; completions 2019–2023: 1,378, 1,725, 1,664, 2,121, 1,379; as of "
        "21 Nov 2026.",
    ),
    "mth_rx_trend_title": ("3. Trend über ein genanntes Fenster", "3. A trend over a stated window"),
    "mth_rx_trend_rule": (
        "Der Trend ist die Ausgleichsgerade (kleinste Quadrate) durch die letzten {trend_window} Werte "
        "aus dem Zeitraum des Ziels, wie im Indikatorenbericht der Deutschen Nachhaltigkeitsstrategie "
        "(Destatis: die letzten fünf Jahre) – nie die Linie zwischen zwei Endpunkten, die ein einzelnes "
        "ungewöhnliches Jahr bestimmen würde. Jeder Trendsatz nennt sein Fenster. Fortgeschrieben wird "
        "vom neuesten Wert mit dieser Steigung.",
        "The trend is the least-squares line through the last {trend_window} values from the goal's "
        "period, as in the indicator report of the German Sustainable Development Strategy (Destatis: the "
        "last five years) – never the line between two end points, which a single unusual year would "
        "decide. Every trend sentence names its window. The latest value is carried forward at this slope.",
    ),
    "mth_rx_trend_example": (
        "Netto null bis 2028 ab 2018; Werte 2018–2022: 1.000, 700, 700, 700, 600 kt; Stichtag 2024. "
        "Die Endpunkte ergäben −100 pro Jahr und „auf Kurs“; die Ausgleichsgerade ergibt −80 pro Jahr, "
        "fortgeschrieben 600 − 80 × 6 = 120 im Jahr 2028, Verfehlung 120 ÷ 600 = {risk}.",
        "Net zero by 2028 from 2018; values 2018–2022: 1,000, 700, 700, 700, 600 kt; as of 2024. The end "
        "points would give −100 a year and “on track”; the least-squares line gives −80 a year, carried "
        "forward 600 − 80 × 6 = 120 in 2028, miss 120 ÷ 600 = {risk}.",
    ),
    "mth_rx_planned_path_title": ("4. Soll-Pfad einer zitierten Quelle", "4. Planned path of a cited source"),
    "mth_rx_planned_path_rule": (
        "Nennt eine zitierte Quelle einen Soll-Pfad, der das Ziel bis zur Frist erreicht, wird der neueste "
        "Wert aus dem Zeitraum mit dem Pfad im selben Jahr verglichen (zwischen zwei Pfadjahren linear). "
        "Abstand = Rückstand auf den Pfad ÷ Weg vom Pfadwert zum Ziel; dann die üblichen Schwellen. Ein "
        "Pfad, der das Ziel erst nach der Frist erreicht (z. B. Drucksache 19222-20: 0 kt CO₂ erst 2050 "
        "für ein Ziel 2035), wird nur genannt, nie bewertet.",
        "If a cited source gives a planned path that reaches the target by the deadline, the latest value "
        "from the period is compared with the path in the same year (linear between two path years). "
        "Gap = shortfall against the path ÷ distance from the path value to the target; then the usual "
        "thresholds. A path that reaches the target only after the deadline (e.g. Drucksache 19222-20: "
        "0 kt CO₂ only in 2050 for a 2035 goal) is named, never used for a verdict.",
    ),
    "mth_rx_planned_path_example": (
        "Netto null bis 2030, Soll-Pfad 2020: 1.000, 2030: 0 (also 600 im Jahr 2024); Wert 2024: 650; "
        "Stichtag 2025. Abstand 50 ÷ 600 = 8 %.",
        "Net zero by 2030, planned path 2020: 1,000, 2030: 0 (so 600 in 2024); value 2024: 650; as of "
        "2025. Gap 50 ÷ 600 = 8%.",
    ),
    "mth_rx_baseline_title": ("5. Ausgangswert nur, wo ein Dokument ihn nennt",
                              "5. A baseline only where a document states it"),
    "mth_rx_baseline_rule": (
        "Fortschritt („Anteil des Wegs“) und der gerade Soll-Weg brauchen einen Ausgangswert. Er wird nur "
        "verwendet, wenn das Zielregister oder eine zitierte Quelle ihn nennt – nie ein Wert, den der Code "
        "aus der Messreihe wählt (etwa das Jahr 1990 der CO₂-Bilanz, das kein Klimaziel-Dokument nennt).",
        "Progress (“share of the way”) and the straight expected path need a baseline. It is used only "
        "where the register of goals or a cited source states it – never a value the code picks from the "
        "series (such as the year 1990 of the CO₂ balance, which no climate-goal document states).",
    ),
    "mth_rx_baseline_example": (
        "Netto null bis 2028 ab 2018; Werte 1990: 6.000, 2018: 1.000, 2020: 800. Ohne genannten "
        "Ausgangswert: Fortschritt {without}. Nennte ein Dokument „1990: 6.000“, wären es {stated}.",
        "Net zero by 2028 from 2018; values 1990: 6,000, 2018: 1,000, 2020: 800. With no stated baseline: "
        "progress {without}. If a document stated “1990: 6,000”, it would be {stated}.",
    ),
    "mth_rx_missed_title": ("6. Nach der Frist: erreicht oder verfehlt", "6. After the deadline: met or missed"),
    "mth_rx_missed_rule": (
        "Ist die Frist vorbei, gibt es kein „nicht auf Kurs“ mehr: Der letzte Wert bis zur Frist (bei "
        "jährlichen Mengen das Mittel des Zeitraums, bei Summen die Summe) erfüllt das Ziel – „erreicht“ – "
        "oder nicht – „verfehlt“. Ein Wert nach der Frist ändert das nicht.",
        "Once the deadline has passed there is no “off track” any more: the latest value up to the "
        "deadline (for annual amounts the mean over the period, for totals the sum) meets the target – "
        "“achieved” – or not – “missed”. A value after the deadline does not change that.",
    ),
    "mth_rx_missed_example": (
        "Netto null bis 2028; Werte 2018: 1.000, 2028: 300; Stichtag 2029.",
        "Net zero by 2028; values 2018: 1,000, 2028: 300; as of 2029.",
    ),
    "mth_step_period": (
        "Zeitraum des Ziels: {start}–{end}. Aus diesem Zeitraum liegt kein Wert vor.",
        "The goal's period: {start}–{end}. No value from this period has been reported.",
    ),
    "mth_step_start_point": (
        "Ausgangslage (letzter Wert vor dem Beginn): {year} = {value} {unit}.",
        "Starting point (latest value before the start): {year} = {value} {unit}.",
    ),
    "mth_step_outlook_mean": (
        "Ausblick, keine Bewertung: Mittel der letzten {n} Werte ({first}–{last}) = {value} {unit} pro Jahr.",
        "Outlook, not a verdict: mean of the last {n} values ({first}–{last}) = {value} {unit} a year.",
    ),
    "mth_step_outlook_level": (
        "Ausblick, keine Bewertung – fortgeschrieben bis {deadline}: {v_last} + ({slope}) × {years} = {forecast}.",
        "Outlook, not a verdict – carried forward to {deadline}: {v_last} + ({slope}) × {years} = {forecast}.",
    ),
    "mth_step_not_assessable": (
        "Kein Wert aus dem Zeitraum → {status}.",
        "No value from the period → {status}.",
    ),
}
