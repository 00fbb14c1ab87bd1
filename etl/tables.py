"""Marts: the frames written to DuckDB, one per table, in the schema's column order.

Input: the checked catalog, register, areas, observations, planned paths and status.
Output: {table name: frame}, each sorted by its key so two builds write identical content.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from etl.areas import AREA_COLUMNS
from etl.catalog import DOCUMENT_KINDS, Catalog
from etl.commitments import deadline_basis, deadline_notes, nature_of
from etl.documents import LINE_COLUMNS
from etl.implementation import EVIDENCE_COLUMNS, IMPLEMENTATION_COLUMNS
from etl.register import Register, parse_lines
from etl.reported import CONTEXT_COLUMNS
from etl.stage import OBS_COLUMNS, PATH_COLUMNS

TABLE_ORDER = [
    "meta_build", "sources", "themes", "units", "indicators", "areas", "targets",
    "target_citations", "target_relations", "observations_all", "goal_context", "planned_paths",
    "target_status", "document_lines", "evidence", "target_implementation",
    "target_status_history", "council_sessions",
]


def all_tables(catalog: Catalog, register: Register, areas: pd.DataFrame, obs: pd.DataFrame,
               paths: pd.DataFrame, status: pd.DataFrame,
               context: pd.DataFrame | None = None,
               lines: pd.DataFrame | None = None,
               evidence: pd.DataFrame | None = None,
               implementation: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Every table except meta_build (which needs the counts of the others).

    context: goal context links (CONTEXT_COLUMNS); lines: the documents' lines
    (source_id, line_no, text); evidence and implementation: etl.implementation's frames;
    each empty when not given."""
    if context is None:
        context = pd.DataFrame(columns=CONTEXT_COLUMNS)
    if lines is None:
        lines = pd.DataFrame(columns=LINE_COLUMNS)
    if evidence is None:
        evidence = pd.DataFrame(columns=EVIDENCE_COLUMNS)
    if implementation is None:
        implementation = pd.DataFrame(columns=IMPLEMENTATION_COLUMNS)
    return {
        "sources": sources_frame(catalog),
        "themes": themes_frame(catalog),
        "units": units_frame(catalog),
        "indicators": indicators_frame(catalog),
        "areas": areas[AREA_COLUMNS].sort_values(["area_level", "sort_order"]).reset_index(drop=True),
        "targets": targets_frame(register),
        "target_citations": citations_frame(register),
        "target_relations": relations_frame(register),
        "observations_all": obs[OBS_COLUMNS].sort_values(
            ["indicator_id", "area_level", "area_code", "year", "revision"]).reset_index(drop=True),
        "goal_context": context[CONTEXT_COLUMNS].sort_values(["target_id", "indicator_id"]).reset_index(drop=True),
        "planned_paths": paths[PATH_COLUMNS].sort_values(["indicator_id", "year"]).reset_index(drop=True),
        "target_status": status.sort_values(["target_id", "area_level", "area_code"]).reset_index(drop=True),
        "document_lines": lines[LINE_COLUMNS].sort_values(["source_id", "line_no"]).reset_index(drop=True),
        "evidence": evidence[EVIDENCE_COLUMNS],
        "target_implementation": implementation[IMPLEMENTATION_COLUMNS].sort_values(
            "target_id").reset_index(drop=True),
    }


def meta_frame(build_id: str, as_of: dt.date, demo: bool, frames: dict) -> pd.DataFrame:
    """One row describing this build."""
    return pd.DataFrame([dict(
        build_id=build_id, built_at=dt.datetime.now().replace(microsecond=0), as_of=as_of,
        demo_included=demo, n_targets=len(frames["targets"]),
        n_observations=len(frames["observations_all"]),
    )])


def sources_frame(catalog: Catalog) -> pd.DataFrame:
    """One row per source (document, dataset or the demo generator)."""
    rows = [dict(source_id=s["id"], kind=s["kind"], title=s["title"], author=s["author"],
                 published=s["published"], file=s.get("file"), url=s.get("url"),
                 licence=s["licence"], attribution=s["attribution"],
                 is_document=s["kind"] in DOCUMENT_KINDS)
            for s in catalog.sources.values()]
    return pd.DataFrame(rows).sort_values("source_id").reset_index(drop=True)


def themes_frame(catalog: Catalog) -> pd.DataFrame:
    """One row per theme, in display order."""
    rows = [dict(theme_id=t["id"], label_de=t["label_de"], label_en=t["label_en"], sort_order=n)
            for n, t in enumerate(catalog.themes.values())]
    return pd.DataFrame(rows)


def units_frame(catalog: Catalog) -> pd.DataFrame:
    """One row per unit."""
    cols = ["label_de", "label_en", "singular_de", "singular_en", "symbol_de", "symbol_en", "decimals"]
    rows = [dict(unit_id=u["id"], **{c: u[c] for c in cols}) for u in catalog.units.values()]
    return pd.DataFrame(rows).sort_values("unit_id").reset_index(drop=True)


def indicators_frame(catalog: Catalog) -> pd.DataFrame:
    """One row per indicator; is_demo marks indicators whose values are generated."""
    rows = [dict(
        indicator_id=i["id"], name_de=i["name_de"], name_en=i["name_en"],
        definition_de=i["definition_de"], definition_en=i["definition_en"], unit_id=i["unit"],
        source_id=i["source"], frequency=i["frequency"], measure=i["measure"],
        aggregation=i["aggregation"], higher_is_better=i.get("higher_is_better"),
        min_value=i.get("min_value"), max_value=i.get("max_value"), is_demo="demo" in i,
    ) for i in catalog.indicators.values()]
    return pd.DataFrame(rows).sort_values("indicator_id").reset_index(drop=True)


def targets_frame(register: Register) -> pd.DataFrame:
    """One row per goal of the register, sort_order = position in the register files.

    nature: promise (default) or what else the entry is (no status is computed for it);
    deadline_basis: stated, term_end or reading (None without a deadline), with the notes
    explaining an inferred deadline."""
    rows = [dict(
        target_id=g["id"], theme_id=g["theme"], title_de=g["title_de"], title_en=g["title_en"],
        kind=g["kind"], nature=nature_of(g), target_value=g.get("target_value"),
        unit_id=g.get("unit"), direction=g.get("direction"), start_year=g["start"],
        deadline_year=g.get("deadline"), deadline_inferred=bool(g.get("deadline_inferred", False)),
        deadline_basis=deadline_basis(g),
        **dict(zip(("deadline_note_de", "deadline_note_en"), deadline_notes(g))),
        baseline_value=g.get("baseline_value"), baseline_year=g.get("baseline_year"),
        indicator_id=g.get("indicator"), area_level=g.get("area_level", "city"),
        note_de=g.get("note_de"), note_en=g.get("note_en"), register_file=g["_file"], sort_order=n,
    ) for n, g in enumerate(register.goals)]
    return pd.DataFrame(rows).sort_values("target_id").reset_index(drop=True)


def citations_frame(register: Register) -> pd.DataFrame:
    """One row per citation of a goal: document, line range and verbatim quote."""
    rows = []
    for g in register.goals:
        for seq, cit in enumerate(g["citations"], start=1):
            first, last = parse_lines(cit["lines"])
            rows.append(dict(target_id=g["id"], seq=seq, source_id=cit["document"],
                             line_from=first, line_to=last, quote=" ".join(cit["quote"].split())))
    return pd.DataFrame(rows).sort_values(["target_id", "seq"]).reset_index(drop=True)


def relations_frame(register: Register) -> pd.DataFrame:
    """One row per stated link between two goals (conflicts, restatements, refinements)."""
    rows = [dict(target_id=g["id"], related_target_id=r["goal"], relation=r["relation"])
            for g in register.goals for r in g.get("related") or []]
    cols = ["target_id", "related_target_id", "relation"]
    return pd.DataFrame(rows, columns=cols).sort_values(cols[:2]).reset_index(drop=True)
