"""The one folding of names for forgiving lookups, in a module of its own that imports nothing
heavy: the upload worker (planner.worker, a fresh interpreter per file) folds column headers
with it and must start without pandas or geopandas. etl.areas builds its lookups on it."""

from __future__ import annotations

import re


def fold(text: object) -> str:
    """The one folding of names for forgiving lookups (areas, indicators, column headers): lower
    case, umlauts and ß spelled out, letters and digits only. 'Hörde' and 'Hoerde' give 'hoerde',
    'Wert (Wohnungen)' gives 'wertwohnungen'; None or 0 gives ''."""
    folded = str(text or "").strip().casefold()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        folded = folded.replace(src, dst)
    return re.sub(r"[^a-z0-9]", "", folded)
