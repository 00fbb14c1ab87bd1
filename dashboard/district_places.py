"""Promises located in a Stadtbezirk: which register entries name a place in it.

The register has no location field; a promise is located where its title or a quoted passage
names a Stadtbezirk, a statistischer Bezirk or an Unterbezirk by its official name (areas
table), or one of the few well-known places in PLACE_ALIASES. A text that speaks of all
Stadtteile or Stadtbezirke is city-wide, even when it names examples, and is located nowhere.
Pure: frames in, a frame out; no Streamlit, no database.
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard.headline import headline_status

# Places the documents name that are no official area name, with the Stadtbezirk they lie in.
PLACE_ALIASES = {
    "Nordstadt": "2",        # the common name of Innenstadt-Nord
    "Nordbahnhof": "2",      # Innenstadt-Nord
    "Innenstadt": "1",       # the city centre inside the Wallring (statistischer Bezirk City)
    "PHOENIX": "8",          # PHOENIX See and PHOENIX West, Hörde
    "Kokerei Hansa": "11",   # Huckarde
    "Knepper": "12",         # Kraftwerk Knepper, Mengede
    "Gneisenau": "5",        # former Zeche Gneisenau, Derne (Scharnhorst)
    "Speicherstraße": "2",   # the port quarter, Innenstadt-Nord
}
CITY_WIDE = re.compile(r"\balle[nr]?\s+(Dortmunder\s+)?Stadt(teile|bezirke)n?\b|zwischen\s+den\s+Stadtteilen",
                       re.IGNORECASE)
MIN_NAME = 4  # shorter area names are too often part of other words


def place_table(areas: pd.DataFrame) -> dict[str, str]:
    """{place name: Stadtbezirk code} from the areas below city level (columns area_level, name,
    stadtbezirk_code) and PLACE_ALIASES; a name used in two Stadtbezirke is left out."""
    below = areas[areas["area_level"].isin(["stadtbezirk", "statistischer_bezirk", "unterbezirk"])]
    codes = below.groupby("name")["stadtbezirk_code"].agg(lambda c: set(c.astype(str)))
    places = {name: next(iter(c)) for name, c in codes.items() if len(c) == 1 and len(name) >= MIN_NAME}
    return {**places, **PLACE_ALIASES}


def located_promises(texts: pd.DataFrame, places: dict[str, str]) -> pd.DataFrame:
    """One row per (promise, Stadtbezirk) it names a place in: target_id, area_code, places (the
    names found, comma-separated). In: texts with target_id and text (title and quotes)."""
    rows = []
    for target_id, text in zip(texts["target_id"], texts["text"]):
        if not isinstance(text, str) or CITY_WIDE.search(text):
            continue
        found: dict[str, list[str]] = {}
        for name, code in places.items():
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                found.setdefault(code, []).append(name)
        rows += [{"target_id": target_id, "area_code": code, "places": ", ".join(sorted(names))}
                 for code, names in found.items()]
    return pd.DataFrame(rows, columns=["target_id", "area_code", "places"])


def district_list(located: pd.DataFrame, goals: pd.DataFrame, code: str, lang: str) -> list[dict]:
    """The promises located in Stadtbezirk `code`, in register order: target_id, title, status
    (the one status the goal shows everywhere, dashboard.headline.headline_status) and places.
    In: located_promises(...) and the overview's goal rows (queries.targets.targets_overview)."""
    here = located[located["area_code"].astype(str) == str(code)]
    rows = goals.merge(here, on="target_id").sort_values(["theme_order", "sort_order"])
    return [{"target_id": r["target_id"], "title": r[f"title_{lang}"], "status": headline_status(r),
             "places": r["places"]} for r in rows.to_dict("records")]
