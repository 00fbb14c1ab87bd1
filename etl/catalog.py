"""Load the catalog (sources, themes, units, indicators) from data/raw/catalog/*.yaml.

Input: the raw folder. Output: a Catalog of plain dicts keyed by id, plus every problem found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.errors import Problem
from etl.records import Field, check_record, duplicate_ids, load_yaml_list
from indicators.model import DATA_KINDS

SOURCE_KINDS = (
    "party_programme",
    "coalition_paper",
    "city_strategy",
    "council_submission",
    "dataset",
    "demo",
)
DOCUMENT_KINDS = SOURCE_KINDS[:4]

AREA_LEVELS = ("city", "stadtbezirk", "statistischer_bezirk", "unterbezirk")

SOURCE_SPEC = {
    "id": Field((str,), True),
    "kind": Field((str,), True, SOURCE_KINDS),
    "data_kind": Field((str,), False, DATA_KINDS),
    "title": Field((str,), True),
    "author": Field((str,), True),
    "published": Field((str,), True),
    "file": Field((str,)),
    "url": Field((str,)),
    "licence": Field((str,), True),
    "attribution": Field((str,), True),
}


def _in_both_languages(*stems: str) -> dict[str, Field]:
    """The required text fields `<stem>_de` and `<stem>_en` of each stem, in that order: every
    label of the catalogue exists in German and English."""
    return {f"{stem}_{lang}": Field((str,), True) for stem in stems for lang in ("de", "en")}


THEME_SPEC = {"id": Field((str,), True), **_in_both_languages("label")}
UNIT_SPEC = {
    "id": Field((str,), True),
    **_in_both_languages("label", "singular", "symbol"),
    "decimals": Field((int,), True),
}
DEMO_SPEC = {
    "level": Field((str,), True, ("city", "stadtbezirk")),
    "first_year": Field((int,), True),
    "last_year": Field((int,), True),
    "start": Field((int, float)),
    "growth": Field((int, float)),
    "noise": Field((int, float)),
    "pattern": Field((str,), False, ("series", "first_completion", "percent_complete")),
    "share_first_year": Field((int, float)),
}
INDICATOR_SPEC = {
    "id": Field((str,), True),
    **_in_both_languages("name", "definition"),
    "unit": Field((str,), True),
    "source": Field((str,), True),
    "frequency": Field((str,), True, ("annual", "monthly", "irregular")),
    "measure": Field((str,), True, ("flow", "stock", "rate")),
    "aggregation": Field((str,), True, ("sum", "none")),
    "higher_is_better": Field((bool,)),
    "min_value": Field((int, float)),
    "max_value": Field((int, float)),
    "source_column": Field((str,)),
    "demo": Field((dict,)),
}


@dataclass(frozen=True)
class Catalog:
    """Everything a goal or an observation may refer to, keyed by id."""

    sources: dict[str, dict]
    themes: dict[str, dict]
    units: dict[str, dict]
    indicators: dict[str, dict]


def load_catalog(raw: Path) -> tuple[Catalog, list[Problem]]:
    """Read and check the four catalog files. Returns the catalog and all problems."""
    problems: list[Problem] = []
    parts = {}
    for name, spec in (
        ("sources", SOURCE_SPEC),
        ("themes", THEME_SPEC),
        ("units", UNIT_SPEC),
        ("indicators", INDICATOR_SPEC),
    ):
        rel = f"catalog/{name}.yaml"
        records, found = load_yaml_list(raw / rel, name, rel)
        problems += found + duplicate_ids(records, rel)
        for r in records:
            problems += check_record(r, spec, rel, str(r.get("id", "?")))
        parts[name] = {r.get("id"): r for r in records}
    catalog = Catalog(**parts)
    problems += _check_references(catalog, raw)
    return catalog, problems


def _check_references(catalog: Catalog, raw: Path) -> list[Problem]:
    """Indicators must name a known unit and source; document files must exist."""
    rel = "catalog/indicators.yaml"
    problems = []
    for iid, ind in catalog.indicators.items():
        if ind.get("unit") not in catalog.units:
            problems.append(Problem(rel, iid, "unit", f"unknown unit {ind.get('unit')!r}"))
        if ind.get("source") not in catalog.sources:
            problems.append(Problem(rel, iid, "source", f"unknown source {ind.get('source')!r}"))
        if isinstance(ind.get("demo"), dict):
            problems += check_record(ind["demo"], DEMO_SPEC, rel, f"{iid}.demo")
    for sid, src in catalog.sources.items():
        if src.get("kind") in DOCUMENT_KINDS and not (raw / str(src.get("file"))).is_file():
            problems.append(
                Problem("catalog/sources.yaml", sid, "file", f"document {src.get('file')!r} not found")
            )
    return problems
