"""Labels of the what-if pace on the goal page („Wenn ab jetzt jährlich N …“): the input's
label per kind and direction, the result sentence and the note that it is no status."""

TEXTS = {
    "whatif_heading": ("Was wäre, wenn …?", "What if …?"),
    "whatif_label_add": ("Wenn ab {year} jährlich so viele hinzukommen ({unit} pro Jahr):",
                         "If from {year} on this many are added every year ({unit} a year):"),
    "whatif_label_arise": ("Wenn ab {year} jährlich so viel anfällt ({unit} pro Jahr):",
                           "If from {year} on this much arises every year ({unit} a year):"),
    "whatif_label_rise": ("Wenn der Wert ab {year} jährlich um so viel steigt ({unit} pro Jahr):",
                          "If from {year} on the value rises by this much every year ({unit} a year):"),
    "whatif_label_fall": ("Wenn der Wert ab {year} jährlich um so viel sinkt ({unit} pro Jahr):",
                          "If from {year} on the value falls by this much every year ({unit} a year):"),
    "whatif_sum": ("Bei {pace} pro Jahr ab {first} stünde die Summe {span} bei {end}.",
                   "At {pace} a year from {first}, the total {span} would be {end}."),
    "whatif_flow": ("Bei {pace} pro Jahr ab {first} läge der Mittelwert {span} bei {end} pro Jahr.",
                    "At {pace} a year from {first}, the mean {span} would be {end} a year."),
    "whatif_level": ("Ausgehend vom Trendwert {now} ({start}) läge der Wert {deadline} bei {end}.",
                     "Starting from the trend value for {now} ({start}), the value in {deadline} would be {end}."),
    "whatif_met_increase": ("Ziel {goal} bis {deadline}: würde erreicht.",
                            "Target {goal} by {deadline}: would be met."),
    "whatif_missed_increase": ("Ziel {goal} bis {deadline}: würde verfehlt.",
                               "Target {goal} by {deadline}: would be missed."),
    "whatif_met_decrease": ("Ziel höchstens {goal} bis {deadline}: würde eingehalten.",
                            "Target at most {goal} by {deadline}: would be kept."),
    "whatif_missed_decrease": ("Ziel höchstens {goal} bis {deadline}: würde überschritten.",
                               "Target at most {goal} by {deadline}: would be exceeded."),
    "whatif_skipped": ("{years} ohne gemeldeten Wert zählt die Regel nicht mit.",
                       "The rule does not count {years}, with no reported value."),
    "whatif_note": (
        "Rechenbeispiel, kein Status: gerechnet nach denselben Regeln wie der Status (Seite „Methodik“); "
        "Beispieldaten fließen nicht ein.",
        "A worked example, not a status: computed by the same rules as the status (page “Method”); "
        "example data are left out.",
    ),
    "whatif_per_year": ("{value} pro Jahr im Mittel", "{value} a year on average"),
    "whatif_trace": ("Rechenbeispiel: {pace} pro Jahr", "What if: {pace} a year"),
}
