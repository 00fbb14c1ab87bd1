"""The note shown beside an observation, in the reader's language.

The build stores every observation's note twice (observations_all.note_de / note_en: translated
for reported figures, roll-ups and document lines; the same title or quote in both otherwise).
Queries that feed a page select both columns; this module picks one. No Streamlit, no SQL.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd


def note_text(row, lang: str) -> str:
    """The note of one observation (a mapping or a named tuple) in `lang` ('de' or 'en'):
    note_en on English pages, note_de otherwise; the raw source_detail only where the row has
    no note columns; "" when there is nothing to show."""
    get = row.get if isinstance(row, Mapping) else (lambda key: getattr(row, key, None))
    for key in (f"note_{'en' if lang == 'en' else 'de'}", "source_detail"):
        value = get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if key.startswith("note_") and isinstance(value, str):
            return ""
    return ""


def note_column(rows: pd.DataFrame, lang: str) -> list[str]:
    """note_text for every row of a frame, in row order."""
    return [note_text(r, lang) for r in rows.to_dict("records")]
