"""Notes the ETL writes beside an observation (observations_all.note_de / note_en): roll-ups,
document lines, generated demo values. Notes of reported figures come from
data/raw/stats/reported_notes.yaml instead (etl.reported_notes)."""

TEXTS = {
    "obs_note_sum_unterbezirk": ("Summe der Unterbezirke", "Sum of the Unterbezirke (sub-districts)"),
    "obs_note_sum_statistischer_bezirk": ("Summe der statistischen Bezirke",
                                          "Sum of the statistical districts"),
    "obs_note_sum_stadtbezirk": ("Summe der Stadtbezirke", "Sum of the Stadtbezirke (city districts)"),
    "obs_note_line": ("Zeile {first}: „{quote}“", "line {first}: “{quote}”"),
    "obs_note_lines": ("Zeilen {first}–{last}: „{quote}“", "lines {first}–{last}: “{quote}”"),
    "obs_note_demo": ("Beispieldaten (erzeugt, keine amtlichen Zahlen)",
                      "Example data (generated, not official figures)"),
}
