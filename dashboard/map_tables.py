"""Tables and the district profile of the Stadtbezirke (map) page: pure, no Streamlit or database.

In: rows from dashboard.map_model (map_rows, drill_areas) and frames of dashboard.queries.geo.
Out: text tables for screen readers (values, statuses, a district's indicators), the source line
under the map and the district profile dict. Values are formatted by map_model.format_value.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.headline import counts_in_headline, headline_statuses
from dashboard.i18n import t
from dashboard.obs_notes import note_text
from dashboard.map_model import LEVELS, format_value, indicator_meta
from dashboard.style import status_label
from indicators.fmt import MISSING, format_number


def status_rows(level_areas: pd.DataFrame, status: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per Stadtbezirk: area_code, name, status (the status the map colours by: no_data
    where the goal has no row, and where the status rests on Beispieldaten – the headline rule,
    dashboard.headline), reason in the language (for a demo status: which status the
    Beispieldaten give and that it does not count), uses_demo."""
    base = level_areas[["area_code", "name", "sort_order"]]
    rows = base.merge(status, on="area_code", how="left").sort_values(["sort_order", "area_code"])
    rows["status"] = rows["status"].fillna("no_data")
    rows["reason"] = rows["reason_en" if lang == "en" else "reason_de"].fillna(MISSING)
    rows["uses_demo"] = rows["uses_demo"].fillna(False).astype(bool)
    demo = ~rows.apply(counts_in_headline, axis=1) if len(rows) else rows["uses_demo"]
    rows.loc[demo, "reason"] = [t("map_demo_status", lang, status=t(f"status_{s}", lang), reason=r)
                                for s, r in zip(rows.loc[demo, "status"], rows.loc[demo, "reason"])]
    rows["status"] = headline_statuses(rows) if len(rows) else rows["status"]
    return rows[["area_code", "name", "status", "reason", "uses_demo"]].reset_index(drop=True)


def district_profile(code: str, areas: pd.DataFrame, goals: pd.DataFrame,
                     observations: pd.DataFrame, catalog: pd.DataFrame, lang: str) -> dict:
    """Everything the page shows about one Stadtbezirk.

    In: the district code, all areas, its goal rows (geo.district_goals), the current
    observations inside it (geo.district_observations), the indicator catalog.
    Out: {code, name, area_label, goals: [dict(target_id, title, status, reason, uses_demo,
    stale, source)], indicators: DataFrame(indicator, where, year, value, source, is_demo)}.
    Indicators with values for the Stadtbezirk itself (own or summed from its parts) show the
    latest value; indicators only known for smaller areas show the range over those areas
    (rates are never averaged or summed).
    """
    area = areas[(areas["area_level"] == "stadtbezirk") & (areas["area_code"] == code)].iloc[0]
    goal_list = [
        {"target_id": g.target_id, "title": g.title_en if lang == "en" else g.title_de,
         "status": g.status, "reason": g.reason_en if lang == "en" else g.reason_de,
         "uses_demo": bool(g.uses_demo), "stale": bool(g.stale),
         "source": " – ".join(str(x) for x in (g.source_author, g.source_title) if _present(x))}
        for g in goals.itertuples(index=False)
    ]
    rows = [row for indicator, obs in observations.groupby("indicator_id", sort=False)
            if (row := _indicator_row(obs, indicator_meta(catalog, indicator), lang)) is not None]
    table = pd.DataFrame(rows, columns=["indicator", "where", "year", "value", "source",
                                        "is_demo", "level_rank"])
    table = table.sort_values(["level_rank", "is_demo", "indicator"]).drop(columns="level_rank")
    km2 = format_number(area["area_km2"], lang, 1)
    return {"code": code, "name": area["name"], "area_label": f"{km2} km²", "goals": goal_list,
            "indicators": table.reset_index(drop=True)}


def _indicator_row(obs: pd.DataFrame, meta: Mapping, lang: str) -> dict | None:
    """One indicator of a district profile: the district's latest value, or the range over its
    smallest known parts; None for an indicator without catalog entry."""
    if not meta:
        return None
    own = obs[obs["area_level"] == "stadtbezirk"]
    level = "stadtbezirk" if not own.empty else next(lvl for lvl in LEVELS if lvl in set(obs["area_level"]))
    part = obs[obs["area_level"] == level]
    year = int(part["year"].max())
    latest = part[part["year"] == year]
    if level == "stadtbezirk":
        value = format_value(latest["value"].iloc[0], meta, lang)
        where = t("map_where_district", lang)
    else:
        low, high = (format_value(latest["value"].min(), meta, lang),
                     format_value(latest["value"].max(), meta, lang))
        value = low if low == high else f"{low} – {high}"
        where = t(f"map_where_range_{level}", lang, n=len(latest))
    source = source_text(latest["source_title"].iloc[0], note_text(latest.iloc[0].to_dict(), lang)
                         if level == "stadtbezirk" else None, bool(latest["is_demo"].any()))
    return {"indicator": meta["name_en" if lang == "en" else "name_de"], "where": where,
            "year": year, "value": value, "source": source,
            "is_demo": bool(latest["is_demo"].any()), "level_rank": LEVELS.index(level)}


def source_text(title, detail, is_demo: bool = False) -> str:
    """'Title – detail' for a value's source; demo rows name only their (demo) source."""
    title = title if _present(title) else MISSING
    return f"{title} – {detail}" if _present(detail) and not is_demo else title


def _present(value) -> bool:
    """True for a non-empty text (None and NaN are not)."""
    return isinstance(value, str) and value.strip() != ""


def value_table(rows: pd.DataFrame, mode: str, year: int | None, lang: str) -> pd.DataFrame:
    """The map's values as a table for screen readers: area, value with unit, the shown
    (normalised) value when it differs, year, the row's source detail where rows differ
    (the source title goes under the table, see table_sources), and 'Beispieldaten' where
    generated. All cells are text, so years never get a thousands separator."""
    table = pd.DataFrame({
        t("map_col_area", lang): rows["name"],
        t("map_col_value", lang): rows["raw_label"],
    })
    if mode in ("per_km2", "per_1000"):
        table[t("map_col_shown", lang)] = rows["label"]
    table[t("map_col_year", lang)] = [str(year) if pd.notna(v) else MISSING
                                      for v in rows["value"]]
    details = [d if _present(d) and not demo else "" for d, demo in
               zip(rows["source_detail"], rows["is_demo"])]
    if len(set(details)) > 1:
        table[t("map_col_source", lang)] = details
    table[t("map_col_note", lang)] = [t("demo_badge", lang) if d else "" for d in rows["is_demo"]]
    return table


def table_sources(rows: pd.DataFrame, meta: Mapping) -> str:
    """The source(s) of the values on the map: distinct titles, plus the detail when all
    rows share one (e.g. 'Summe der statistischen Bezirke'); the catalog source if empty."""
    titles = sorted({s for s in rows["source"] if _present(s)})
    if not titles:
        return str(meta.get("source_title") or MISSING)
    details = {d for d, demo in zip(rows["source_detail"], rows["is_demo"]) if _present(d) and not demo}
    if len(titles) == 1 and len(details) == 1:
        return source_text(titles[0], details.pop())
    return "; ".join(titles)


def status_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Goal status per Stadtbezirk as text: area, symbol + status word, reason, demo note."""
    return pd.DataFrame({
        t("map_col_area", lang): rows["name"],
        t("map_col_status", lang): [status_label(s, lang)
                                    for s in rows["status"]],
        t("map_col_reason", lang): rows["reason"],
        t("map_col_note", lang): [t("demo_badge", lang) if d else "" for d in rows["uses_demo"]],
    })


def profile_table(indicators: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The profile's indicator rows as a text table with localised headers."""
    return pd.DataFrame({
        t("map_col_indicator", lang): indicators["indicator"],
        t("map_col_where", lang): indicators["where"],
        t("map_col_year", lang): indicators["year"].astype(str),
        t("map_col_value", lang): indicators["value"],
        t("map_col_source", lang): indicators["source"],
        t("map_col_note", lang): [t("demo_badge", lang) if d else "" for d in indicators["is_demo"]],
    })
