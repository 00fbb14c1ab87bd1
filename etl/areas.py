"""Areas of Dortmund: the city, its Stadtbezirke, statistische Bezirke and Unterbezirke.

Loads the boundary GeoJSON files of a raw folder's geo/ with geopandas, checks them at the boundary
(CRS, geometry validity, codes, and nesting in both directions: every parent code exists and
every parent has children, problems naming the unmatched codes) and offers a forgiving name/number
lookup (name_key, code_key, resolve_area) that every other module uses. How many areas a layer
holds is the data's business (the real data/raw/geo: 12, 62 and 170, checked by
tests/test_areas.py; the test fixture folder: 3, 5 and 7).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas
import pandas as pd
import shapely
from pyogrio.errors import DataSourceError
from pyproj import CRS

from etl.errors import Problem
from etl.names import fold

CITY_CODE = "05913000"  # Amtlicher Gemeindeschlüssel of Dortmund
CITY_NAME = "Dortmund"
WGS84 = CRS.from_epsg(4326)  # lon/lat; OGC CRS84 is the same up to axis order

# level -> (file, code field, name field, official name field, parent level, parent field)
LAYERS = {
    "stadtbezirk": (
        "dortmund_stadtbezirke_12_simplified5m.geojson", "stb_nr", "stb_name", "stb_name",
        "city", None,
    ),
    "statistischer_bezirk": (
        "dortmund_statistische_bezirke_62_simplified5m.geojson", "sb_nr", "sb_name",
        "sb_name_official", "stadtbezirk", "stb_nr",
    ),
    "unterbezirk": (
        "dortmund_unterbezirke_170_simplified5m.geojson", "ub_nr", "ub_name",
        "ub_name_official", "statistischer_bezirk", "sb_nr",
    ),
}
LEVEL_ORDER = ("city", "stadtbezirk", "statistischer_bezirk", "unterbezirk")
AREA_COLUMNS = [
    "area_level", "area_code", "name", "name_official", "name_key", "parent_level",
    "parent_code", "stadtbezirk_code", "area_km2", "sort_order", "geometry",
]


class UnknownArea(LookupError):
    """A district name or number that matches no area of the given level."""


def name_key(text: str) -> str:
    """Normalise a district name for lookup: 'Innenstadt-West', 'innenstadt west' and
    'Innenstadt West' all give 'innenstadtwest'; 'Hörde' and 'Hoerde' give 'hoerde';
    'Stadtbezirk Hörde' gives 'hoerde'."""
    return fold(re.sub(r"^(stadtbezirk|stadtteil|bezirk)\s+", "", str(text).strip().casefold()))


def code_key(level: str, text: str) -> str | None:
    """Normalise an official number for a level ('01' -> '1' for Stadtbezirke, '10' -> '010'
    for statistische Bezirke and Unterbezirke). None if the text is not a number."""
    digits = str(text).strip()
    if digits.endswith(".0"):
        digits = digits[:-2]
    if not digits.isdigit():
        return None
    if level == "stadtbezirk":
        return str(int(digits))
    if level == "city":
        return CITY_CODE if digits.lstrip("0") == CITY_CODE.lstrip("0") else None
    return digits.zfill(3)


def resolve_area(areas: pd.DataFrame, level: str, text: str) -> str:
    """Return the area_code of the area of `level` named or numbered `text`.

    Raises UnknownArea with the valid choices when nothing matches.
    """
    rows = areas[areas["area_level"] == level]
    code = code_key(level, text)
    if code is not None and code in set(rows["area_code"]):
        return code
    key = name_key(text)
    hits = rows.loc[rows["name_key"] == key, "area_code"]
    if key and len(hits) == 1:
        return str(hits.iloc[0])
    official = rows.loc[rows["name_official"].map(name_key) == key, "area_code"]
    if key and len(official) == 1:
        return str(official.iloc[0])
    sample = ", ".join(rows.sort_values("sort_order")["name"].head(12))
    raise UnknownArea(f"'{text}' is not a known {level} (valid names include: {sample})")


def load_areas(geo_dir: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Read the three layers and add the city. Returns (areas frame, problems).

    Output grain: one row per area level and code, with parent, km² and GeoJSON geometry.
    """
    rows = [_city_row()]
    problems: list[Problem] = []
    for level, layer in LAYERS.items():
        found_rows, found = _read_layer(geo_dir, level, layer)
        rows += found_rows
        problems += found
    areas = pd.DataFrame(rows, columns=AREA_COLUMNS)
    problems += _check_nesting(areas)
    city_km2 = areas.loc[areas["area_level"] == "stadtbezirk", "area_km2"].sum()
    areas.loc[areas["area_level"] == "city", "area_km2"] = round(float(city_km2), 4)
    return areas, problems


def _city_row() -> dict:
    return dict(
        area_level="city", area_code=CITY_CODE, name=CITY_NAME, name_official=CITY_NAME,
        name_key=name_key(CITY_NAME), parent_level=None, parent_code=None,
        stadtbezirk_code=None, area_km2=None, sort_order=0, geometry=None,
    )


def _read_layer(geo_dir: Path, level: str, layer: tuple) -> tuple[list[dict], list[Problem]]:
    """One boundary layer read with geopandas and checked (CRS, codes, validity).
    Returns its area rows and the problems found (each naming the file and the codes)."""
    file, code_f, name_f, official_f, parent_level, parent_f = layer
    rel = f"geo/{file}"
    try:
        frame = geopandas.read_file(geo_dir / file, engine="pyogrio")
    except (OSError, DataSourceError, ValueError) as err:
        return [], [Problem(rel, None, None, f"cannot read GeoJSON: {err}")]
    if frame.empty or code_f not in frame.columns:
        return [], [Problem(rel, None, code_f, "no areas with a code in the file")]
    problems = _check_crs(frame.crs, rel)
    codes = [code_key(level, "" if pd.isna(v) else v) for v in frame[code_f]]
    problems += [Problem(rel, n, code_f, "missing or non-numeric code")
                 for n, code in enumerate(codes, start=1) if code is None]
    invalid = sorted(c for c, ok in zip(codes, frame.is_valid) if c is not None and not ok)
    if invalid:
        problems.append(Problem(rel, None, "geometry", f"invalid geometry for {', '.join(invalid)}"))
    rows = [_area_row(level, code, props, geom, layer)
            for code, props, geom in zip(codes, frame.drop(columns="geometry").to_dict("records"), frame.geometry)
            if code is not None]
    return rows, problems


def _area_row(level: str, code: str, props: dict, geom, layer: tuple) -> dict:
    """One area as a row of the areas table (geometry as compact GeoJSON text)."""
    _, _, name_f, official_f, parent_level, parent_f = layer
    parent = CITY_CODE if parent_level == "city" else code_key(parent_level, props[parent_f])
    official = props.get(official_f)
    return dict(
        area_level=level, area_code=code, name=props[name_f],
        name_official=official if isinstance(official, str) and official else props[name_f],
        name_key=name_key(props[name_f]), parent_level=parent_level, parent_code=parent,
        stadtbezirk_code=code_key("stadtbezirk", props["stb_nr"]),
        area_km2=float(props["area_km2"]), sort_order=int(code),
        geometry=json.dumps(shapely.geometry.mapping(geom), separators=(",", ":")),
    )


def _check_crs(crs: CRS | None, rel: str) -> list[Problem]:
    """No problem for lon/lat WGS 84 (EPSG:4326 or OGC CRS84, GeoJSON's default), else one."""
    if crs is None or crs.equals(WGS84, ignore_axis_order=True):
        return []
    return [Problem(rel, None, "crs", f"CRS {crs.to_string()} given; reproject to EPSG:4326 (lon/lat)")]


def _check_nesting(areas: pd.DataFrame) -> list[Problem]:
    """Every parent code exists, and every parent has at least one child."""
    problems = []
    for level, parent_level in (("statistischer_bezirk", "stadtbezirk"), ("unterbezirk", "statistischer_bezirk")):
        children = areas[areas["area_level"] == level]
        parents = set(areas.loc[areas["area_level"] == parent_level, "area_code"])
        orphans = sorted(set(children["parent_code"]) - parents)
        childless = sorted(parents - set(children["parent_code"]))
        if orphans:
            problems.append(Problem(f"geo ({level})", None, "parent_code",
                                    f"codes with no {parent_level}: {', '.join(orphans)}"))
        if childless:
            problems.append(Problem(f"geo ({parent_level})", None, "area_code",
                                    f"{parent_level} without any {level}: {', '.join(childless)}"))
    return problems
