"""Combine staged observations: facts from documents, revisions, roll-ups and key checks.

Every function takes frames and returns new frames (inputs are never changed) plus problems.
"""

from __future__ import annotations

import pandas as pd

from etl.areas import CITY_CODE
from etl.catalog import DATA_KINDS, DOCUMENT_KINDS
from etl.errors import Problem
from etl.register import parse_lines
from etl.stage import OBS_COLUMNS, frame, observation
from indicators.model import weakest_kind
from texts import t

KEY = ["indicator_id", "area_level", "area_code", "year"]
PARENT_OF = {"unterbezirk": "statistischer_bezirk", "statistischer_bezirk": "stadtbezirk",
             "stadtbezirk": "city"}


def facts_to_observations(facts: list[dict]) -> pd.DataFrame:
    """Baseline facts stated in documents, as observations citing the document and line."""
    rows = []
    for fact in facts:
        cit = fact["citation"]
        first, last = parse_lines(cit["lines"])
        key = "obs_note_line" if first == last else "obs_note_lines"
        de, en = (t(key, lang, first=first, last=last, quote=cit["quote"]) for lang in ("de", "en"))
        rows.append(observation(
            fact["indicator"], fact.get("area_level", "city"), fact.get("area_code", CITY_CODE),
            fact["year"], fact["value"], cit["document"], de,
            qualifier=fact.get("qualifier", "exactly"), note_de=de, note_en=en,
        ))
    return frame(rows)


def assign_revisions(obs: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Number revisions per key: superseded rows first (in input order), the current one last.

    Problem if a key has no current row or more than one.
    """
    ordered = obs.assign(_order=range(len(obs))).sort_values(["is_current", "_order"], kind="stable")
    ordered["revision"] = ordered.groupby(KEY).cumcount() + 1
    currents = ordered.groupby(KEY)["is_current"].sum()
    problems = [
        Problem("observations", "/".join(map(str, key)), "is_current",
                f"{int(n)} current values for one indicator, area and year (expected exactly 1)")
        for key, n in currents.items() if n != 1
    ]
    return ordered.drop(columns="_order").sort_values(KEY + ["revision"]).reset_index(drop=True), problems


def roll_up(obs: pd.DataFrame, indicators: dict[str, dict], areas: pd.DataFrame) -> pd.DataFrame:
    """Add parent-area sums for indicators with aggregation 'sum' where every child has a value
    and the parent has none. Returns the observations with the added rows.

    The parts' data kinds must be filled (assign_data_kinds first): a sum takes the weakest kind
    of its parts (indicators.model.weakest_kind), so districts reported by the press add up to a
    press figure, never to the source's default kind."""
    children_count = areas.groupby(["parent_level", "parent_code"]).size()
    summable = [i for i, ind in indicators.items() if ind.get("aggregation") == "sum"]
    current = obs[obs["is_current"]]
    added = []
    for level in ("unterbezirk", "statistischer_bezirk", "stadtbezirk"):
        pool = pd.concat([current] + added, ignore_index=True)
        rows = pool[(pool["area_level"] == level) & pool["indicator_id"].isin(summable)]
        if rows.empty:
            continue
        parent_level = PARENT_OF[level]
        at_level = areas[areas["area_level"] == level]
        parent_of = dict(zip(at_level["area_code"], at_level["parent_code"]))
        rows = rows.assign(parent_code=rows["area_code"].map(parent_of))
        grouped = rows.groupby(["indicator_id", "parent_code", "year"]).agg(
            value=("value", "sum"), n=("value", "size"), is_demo=("is_demo", "any"),
            is_final=("is_final", "all"), source_id=("source_id", "first"),
            known_since=("known_since", "max"), data_kind=("data_kind", weakest_kind))
        have = set(map(tuple, pool[pool["area_level"] == parent_level][["indicator_id", "area_code", "year"]].values))
        note_de, note_en = (t(f"obs_note_sum_{level}", lang) for lang in ("de", "en"))
        new = [
            observation(iid, parent_level, code, year, g.value, g.source_id,
                        note_de, is_demo=bool(g.is_demo), is_final=bool(g.is_final),
                        known_since=g.known_since, known_since_basis="derived",
                        data_kind=g.data_kind, ref_date=str(year), note_de=note_de, note_en=note_en,
                        rolled_up=True)
            for (iid, code, year), g in zip(grouped.index, grouped.itertuples(index=False))
            if g.n == children_count.get((parent_level, code), -1) and (iid, code, year) not in have
        ]
        added.append(frame(new))
    return pd.concat([obs] + added, ignore_index=True)[OBS_COLUMNS]


def assign_data_kinds(obs: pd.DataFrame, sources: dict[str, dict]) -> pd.DataFrame:
    """Fill each observation's empty data kind and reference date; returns a new frame.

    Kind: Beispieldaten for demo rows, „Angabe der Stadt“ for planner uploads, a document's
    figures are „Beschluss/Dokument“, everything else takes its source's data_kind. An empty
    reference date becomes the year."""
    def source_kind(sid: str) -> str:
        src = sources.get(sid, {})
        return "beschluss_dokument" if src.get("kind") in DOCUMENT_KINDS else src.get("data_kind", "")

    kind = obs["data_kind"].fillna("").astype(str)
    kind = kind.where(kind != "", obs["source_id"].map(source_kind).fillna(""))
    kind = kind.where(obs["upload_id"].isna(), "angabe_stadt")
    kind = kind.where(~obs["is_demo"].astype(bool), "beispieldaten")
    ref = obs["ref_date"].fillna("").astype(str)
    ref = ref.where(ref != "", obs["year"].astype(int).astype(str))
    return obs.assign(data_kind=kind, ref_date=ref)


def check_observations(obs: pd.DataFrame, indicators: dict, areas: pd.DataFrame,
                       sources: dict) -> list[Problem]:
    """Known indicator, area and source; value within the indicator's min/max.

    The checks run column-wise first; only suspect rows are walked one by one for the messages
    (a million rows in a second instead of many)."""
    known_areas = set(zip(areas["area_level"], areas["area_code"]))
    low = obs["indicator_id"].map({i: d.get("min_value") for i, d in indicators.items()}).astype(float)
    high = obs["indicator_id"].map({i: d.get("max_value") for i, d in indicators.items()}).astype(float)
    fine = (obs["indicator_id"].isin(list(indicators)) & obs["source_id"].isin(list(sources))
            & pd.Series([a in known_areas for a in zip(obs["area_level"], obs["area_code"])], index=obs.index)
            & ~(obs["value"] < low) & ~(obs["value"] > high) & obs["data_kind"].isin(DATA_KINDS))
    problems = []
    for row in obs[~fine].itertuples(index=False):
        label = f"{row.indicator_id}/{row.area_level}/{row.area_code}/{row.year}"
        ind = indicators.get(row.indicator_id)
        if ind is None:
            problems.append(Problem("observations", label, "indicator_id", "unknown indicator"))
            continue
        if (row.area_level, row.area_code) not in known_areas:
            problems.append(Problem("observations", label, "area_code", "unknown area"))
        if row.source_id not in sources:
            problems.append(Problem("observations", label, "source_id", f"unknown source {row.source_id}"))
        if row.data_kind not in DATA_KINDS and row.source_id in sources:
            problems.append(Problem("observations", label, "data_kind",
                                    f"no data kind: give source {row.source_id} a data_kind"))
        low, high = ind.get("min_value"), ind.get("max_value")
        if (low is not None and row.value < low) or (high is not None and row.value > high):
            problems.append(Problem("observations", label, "value",
                                    f"{row.value} outside the allowed range {low}–{high}"))
    return problems
