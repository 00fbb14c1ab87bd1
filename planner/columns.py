"""The columns a planner's file may have, per kind of upload: indicator values or evidence entries.

A `Schema` names the canonical columns with their accepted header spellings (normalised by
planner.parse.header_key: lower case, letters and digits only; a header matches when it starts
with a spelling), the columns the header must have, the column that marks a header row, and the
message codes for "no such table" and "column missing". planner.parse reads a file with one of
these schemas (the worker process gets its name).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Schema:
    """The columns of one kind of upload file."""

    aliases: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    key: str                 # a header row must have this column (and at least 3 known ones)
    not_table: str           # problem code when no header is found
    column_missing: str      # problem code for a required column the header lacks


INDICATOR = Schema(
    aliases={
        "indicator": ("indikator", "indicator", "kennzahl"),
        "area": ("gebiet", "stadtbezirk", "bezirk", "area", "district"),
        "period": ("jahr", "year", "zeitraum", "periode", "period", "datum", "date", "stichtag"),
        "value": ("wert", "value", "anzahl"),
        "unit": ("einheit", "unit"),
        "note": ("bemerkung", "quelle", "note", "source", "kommentar", "comment", "hinweis"),
    },
    required=("indicator", "area", "period", "value"), key="value",
    not_table="file_not_table", column_missing="column_missing")

EVIDENCE = Schema(
    aliases={
        "action": ("aktion", "action"),
        "evidence_id": ("nachweis", "evidence", "kennung", "id"),
        "goal": ("ziel", "goal"),
        "date": ("datum", "date", "stichtag"),
        "stage": ("stufe", "umsetzungsstand", "stage"),
        "document": ("dokument", "document"),
        "lines": ("zeilen", "zeile", "lines", "line"),
        "quote": ("zitat", "quote"),
        "source": ("quelle", "source"),
        "reference": ("drucksache", "aktenzeichen", "reference"),
        "url": ("adresse", "url", "link"),
        "note": ("bemerkung", "note", "kommentar", "comment"),
    },
    required=("action", "evidence_id", "goal", "date", "stage"), key="stage",
    not_table="evidence_not_table", column_missing="evidence_column_missing")

SCHEMAS = {"indicator": INDICATOR, "evidence": EVIDENCE}
