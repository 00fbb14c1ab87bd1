"""Labels of the status rules' sentences and number patterns (indicators/), German and English.

Each entry is a whole clause or sentence with {placeholders}; numbers and quantities are formatted
by indicators.fmt in the same language before they are filled in. docs/method.md quotes them.
"""

from __future__ import annotations

TEXTS = {
    # number patterns (indicators.fmt): {number}/{digits} are written with the language's separators,
    # {sign} is "-" or ""
    "fmt_percent": ("{number} %", "{number}%"),
    "fmt_money": ("{sign}{digits} €", "{sign}€{digits}"),
    "fmt_money_millions": ("{sign}{digits} Mio. €", "{sign}€{digits} million"),
    "fmt_money_billions": ("{sign}{digits} Mrd. €", "{sign}€{digits} billion"),
    # shared pieces (indicators.sentences, indicators.trend)
    "rule_band_at_most": ("höchstens {low}", "at most {low}"),
    "rule_band_between": ("{low} bis {high}", "{low}–{high}"),
    "rule_band_more_than": ("mehr als {high}", "more than {high}"),
    "rule_side_below": ("darunter", "below it"),
    "rule_side_above": ("darüber", "above it"),
    "rule_per_year": ("{amount} pro Jahr", "{amount} a year"),
    "rule_per_year_until": ("{amount} pro Jahr bis {until}", "{amount} a year until {until}"),
    "rule_stale": ("; die neuesten Daten stammen aus {year} und sind älter als {years} Jahre",
                   "; the latest data are from {year}, more than {years} years old"),
    "rule_trend_window": ("{years} (Ausgleichsgerade über {n} Werte)", "{years} (least-squares line through {n} values)"),
    "rule_on_schedule": ("im Plan", "on schedule"),
    "rule_gap_tail": ("{band} {side}", "{band} {side}"),
    "rule_no_deadline_tail": ("keine Frist genannt – Fortschritt gezeigt, aber nicht bewertet",
                              "no deadline stated – progress shown but not assessed"),
    # no observations (indicators.rules)
    "rule_no_values": ("Keine Messwerte vorhanden.", "No values reported."),
    "rule_no_milestone_report": ("Kein Umsetzungsstand gemeldet.", "No implementation status reported."),
    # annual flows (indicators.flows)
    "rule_flow_pace_increase": ("mindestens {amount} ab jetzt", "at least {amount} from now on"),
    "rule_flow_pace_decrease": ("höchstens {amount} ab jetzt", "at most {amount} from now on"),
    "rule_flow_head_increase": ("{year} kamen {value} hinzu", "In {year}, {value} were added"),
    "rule_flow_head_decrease": ("{year} betrug der Wert {value}", "In {year} the value was {value}"),
    "rule_flow_goal_increase": ("des Jahresziels", "of the annual target"),
    "rule_flow_goal_decrease": ("der zulässigen Jahreshöchstmenge", "of the annual limit"),
    "rule_flow_met": ("in diesem Jahr erfüllt", "met in that year"),
    "rule_flow_not_met": ("nicht erfüllt", "not met"),
    "rule_flow_zero_goal": ("{head}; Ziel ist {goal} pro Jahr – {tail}.", "{head}; the target is {goal} a year – {tail}."),
    "rule_flow_share": ("{head}, {share} {noun} von {goal} – {tail}.", "{head}, {share} {noun} of {goal} – {tail}."),
    "rule_flow_period_met": ("erreicht", "met"),
    "rule_flow_period_missed": ("verfehlt", "missed"),
    "rule_flow_after_deadline": (
        "Frist {deadline} abgelaufen: {years} im Mittel {value} pro Jahr bei einem Jahresziel von {goal} – {verdict}.",
        "Deadline {deadline} has passed: {years} averaged {value} a year against an annual target of {goal} "
        "– {verdict}."),
    # cumulative goals and budgets (indicators.flows)
    "rule_sum_head_increase": ("Summe {years}: {total}, {share} des Ziels von {goal}",
                               "Total {years}: {total}, {share} of the target of {goal}"),
    "rule_sum_head_decrease": ("Summe {years}: {total}, {share} der Obergrenze von {goal}",
                               "Total {years}: {total}, {share} of the limit of {goal}"),
    "rule_sum_head_zero_increase": ("Summe {years}: {total}, Ziel {goal}", "Total {years}: {total}, target {goal}"),
    "rule_sum_head_zero_decrease": ("Summe {years}: {total}, Obergrenze {goal}", "Total {years}: {total}, limit {goal}"),
    "rule_sum_met": ("{head} – Ziel erreicht.", "{head} – target met."),
    "rule_sum_over_limit": ("{head} – Obergrenze überschritten.", "{head} – limit exceeded."),
    "rule_sum_no_deadline": ("{head}; {tail}.", "{head}; {tail}."),
    "rule_sum_after_deadline": ("Frist {deadline} abgelaufen; {head} – {verdict}.",
                                "Deadline {deadline} has passed; {head} – {verdict}."),
    "rule_sum_missed": ("Ziel verfehlt", "target missed"),
    "rule_sum_limit_kept": ("Obergrenze eingehalten", "limit kept"),
    "rule_sum_above_plan": ("über dem Plan", "above plan"),
    "rule_sum_running": ("{head}; anteilig bis {year} wären {expected} zu erwarten – {tail}.",
                         "{head}; {expected} expected pro rata through {year} – {tail}."),
    "rule_sum_pace_increase": ("noch {pace}", "a further {pace}"),
    "rule_sum_pace_decrease": ("höchstens {pace}", "at most {pace}"),
    # level goals (indicators.levels)
    "rule_level_single": ("Nur ein Messwert seit Zielbeginn ({year}: {value}) – kein Trend berechenbar.",
                          "Only one value since the start ({year}: {value}) – no trend can be computed."),
    "rule_level_now": ("{year} betrug der Wert {value}", "in {year} the value was {value}"),
    "rule_level_met": ("{now} – Ziel von {goal} erreicht.", "{now} – target of {goal} met."),
    "rule_level_after_deadline": ("Frist {deadline} abgelaufen: {now} statt {goal} – verfehlt.",
                                  "Deadline {deadline} has passed: {now} instead of {goal} – missed."),
    "rule_level_no_deadline": ("{now}, Ziel {goal}; {tail}.", "{now}, target {goal}; {tail}."),
    "rule_level_behind_path": ("nicht im Plan", "behind plan"),
    "rule_level_path_gap": ("{band} des restlichen Wegs {side}", "{band} of the remaining distance {side}"),
    "rule_level_vs_path": ("{year} betrug der Wert {value}; der Soll-Pfad{source} sieht für {year} {planned} vor "
                           "– {tail}.",
                           "In {year} the value was {value}; the planned path{source} foresees {planned} for {year} "
                           "– {tail}."),
    "rule_trend": ("Trend {window}: {slope} pro Jahr", "Trend {window}: {slope} a year"),
    "rule_trend_stagnates": ("{trend} – der Wert stagniert (Ziel {goal} bis {deadline}).",
                             "{trend} – the value is stagnating (target {goal} by {deadline})."),
    "rule_trend_wrong_way": ("{trend} – der Wert entwickelt sich in die falsche Richtung (Ziel {goal} bis {deadline}).",
                             "{trend} – the value is moving the wrong way (target {goal} by {deadline})."),
    "rule_trend_reached": ("Ziel wird in diesem Tempo erreicht", "the target is reached at this pace"),
    "rule_trend_misses": ("verfehlt {band} des verbleibenden Wegs", "misses {band} of the remaining distance"),
    "rule_trend_carried": ("{trend}; fortgeschrieben bis {deadline}: {forecast} statt {goal} – {tail}.",
                           "{trend}; carried forward to {deadline}: {forecast} instead of {goal} – {tail}."),
    "rule_level_pace_up": ("ab jetzt bis {deadline} um {amount} pro Jahr steigern",
                           "increase by {amount} a year from now until {deadline}"),
    "rule_level_pace_down": ("ab jetzt bis {deadline} um {amount} pro Jahr senken",
                             "reduce by {amount} a year from now until {deadline}"),
    # milestones (indicators.milestones)
    "rule_ms_now": ("{year} gemeldet: {done} umgesetzt", "reported in {year}: {done} complete"),
    "rule_ms_done": ("{now} – abgeschlossen.", "Done ({now})."),
    "rule_ms_after_deadline": ("Frist {deadline} abgelaufen; {now}.", "Deadline {deadline} has passed; {now}."),
    "rule_ms_in_progress": ("In Umsetzung, keine Frist genannt ({now}).", "In progress, no deadline stated ({now})."),
    "rule_ms_not_started": ("Noch nicht begonnen, keine Frist genannt ({now}).",
                            "Not started yet, no deadline stated ({now})."),
    "rule_ms_vs_time": ("{now}; nach verstrichener Zeit wären {elapsed} zu erwarten – {tail}.",
                        "{now}; {elapsed} expected from the time elapsed – {tail}."),
    "rule_ms_pace": ("noch {points} Prozentpunkte pro Jahr bis {deadline}",
                     "a further {points} percentage points a year until {deadline}"),
    # the goal's period, starting point and outlook (indicators.period)
    "rule_after_deadline_only": ("Frist {deadline} abgelaufen; Werte liegen nur für {years} vor, keiner aus {period}.",
                                 "Deadline {deadline} has passed; values exist only for {years}, none from {period}."),
    "rule_start_point_period": ("Ausgangslage {year}: {value}; aus dem Zeitraum {period} liegen keine Werte vor.",
                                "Starting point {year}: {value}; no values from the period {period} were reported."),
    "rule_start_point_pending": ("Ausgangslage {year}: {value}; Werte ab {start} liegen noch nicht vor.",
                                 "Starting point {year}: {value}; values from {start} on are not available yet."),
    "rule_outlook_flow": ("Ausblick, keine Bewertung: im Mittel {years} {value} pro Jahr.",
                          "Outlook, not a verdict: {years} averaged {value} a year."),
    "rule_outlook_level": ("Ausblick, keine Bewertung: Trend {window}: {slope} pro Jahr; fortgeschrieben bis "
                           "{deadline}: {ahead} statt {goal}.",
                           "Outlook, not a verdict: trend {window}: {slope} a year; carried forward to {deadline}: "
                           "{ahead} instead of {goal}."),
    "rule_path_note": ("Soll-Pfad{source}: {points}.", "Planned path{source}: {points}."),
    "rule_path_note_late": ("Soll-Pfad{source}: {points} – erreicht das Ziel erst {year}.",
                            "Planned path{source}: {points} – reaches the target only in {year}."),
}
