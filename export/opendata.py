"""`python -m etl export -o DIR`: the whole store as an open-data package.

In: a built DuckDB file. Out: DIR/data/<table>.csv (UTF-8, comma, formula-like text escaped) and
DIR/data/<table>.parquet for every table, DIR/register.json (the goals with their quotes,
relations and status) and DIR/datapackage.json (Frictionless Data Package: fields with types,
primary keys, licences and attribution per source). Nothing in the database is changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd

from export.cells import csv_bytes

PACKAGE_NAME = "zielmonitor-dortmund"
TYPES = {"VARCHAR": "string", "INTEGER": "integer", "BIGINT": "integer", "DOUBLE": "number",
         "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "datetime"}
DESCRIPTIONS = {
    "meta_build": "One row: the build (id, time, as-of date, demo flag, counts).",
    "sources": "One row per source: document, data set or generator, with licence and attribution.",
    "themes": "One row per theme.",
    "units": "One row per unit with German and English labels.",
    "indicators": "One row per indicator: definition, unit, source, measure.",
    "areas": "One row per area level and code: city, Stadtbezirke, statistische Bezirke, Unterbezirke.",
    "targets": "One row per goal of the register.",
    "target_citations": "One row per goal and citation: document, lines, verbatim quote.",
    "target_relations": "One row per pair of related goals.",
    "observations_all": "One row per indicator, area, year and revision, with source and data kind.",
    "goal_context": "One row per goal and the series shown beside it as context.",
    "planned_paths": "One row per indicator and year of an official planned path.",
    "target_status": "One row per goal and area: status on the as-of date and its reason.",
    "target_status_history": "One row per promise and day its status may have changed (docs/asof.md).",
    "council_sessions": "One row per council session date (sourced or illustrative).",
}


def export_package(db_path: Path, out_dir: Path) -> Path:
    """Write the open-data package of the database at db_path into out_dir.

    Returns the path of datapackage.json. Raises duckdb.Error if the file is not a database."""
    data_dir = out_dir / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        build = con.execute("SELECT build_id, built_at FROM meta_build").fetchone()
        resources = [_write_table(con, name, data_dir) for name in _tables(con)]
        (out_dir / "register.json").write_text(
            json.dumps(_register(con), ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        package = _package(con, resources, build)
    finally:
        con.close()
    path = out_dir / "datapackage.json"
    path.write_text(json.dumps(package, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The base tables of the store (views left out), in a stable order."""
    rows = con.execute("SELECT table_name FROM information_schema.tables "
                       "WHERE table_type = 'BASE TABLE' ORDER BY table_name").fetchall()
    return [r[0] for r in rows]


def _write_table(con: duckdb.DuckDBPyConnection, name: str, data_dir: Path) -> dict:
    """Write one table as CSV and Parquet; return its Data Package resource."""
    table = con.table(name).df()
    (data_dir / f"{name}.csv").write_bytes(csv_bytes(table, dialect="open"))
    table.to_parquet(data_dir / f"{name}.parquet", index=False)
    fields = [{"name": col, "type": TYPES.get(str(kind).split("(")[0], "string")}
              for col, kind in _describe(con, name)]
    resource = {"name": name.replace("_", "-"), "path": f"data/{name}.csv", "format": "csv",
                "mediatype": "text/csv", "encoding": "utf-8", "description": DESCRIPTIONS.get(name, ""),
                "schema": {"fields": fields}}
    key = _primary_key(con, name)
    if key:
        resource["schema"]["primaryKey"] = key
    return resource


def _describe(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    """(column, DuckDB type) pairs of a table, in column order."""
    return con.execute("SELECT column_name, data_type FROM information_schema.columns "
                       "WHERE table_name = ? ORDER BY ordinal_position", [name]).fetchall()


def _primary_key(con: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    """The table's primary key columns, or [] when it has none."""
    rows = con.execute("SELECT constraint_column_names FROM duckdb_constraints() "
                       "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'", [name]).fetchall()
    return list(rows[0][0]) if rows else []


def _register(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The goals as nested records: fields, citations, relations and the city status."""
    goals = con.execute("SELECT * FROM targets ORDER BY sort_order").df()
    cites = con.execute("SELECT * FROM target_citations ORDER BY target_id, seq").df()
    rels = con.execute("SELECT * FROM target_relations ORDER BY target_id, related_target_id").df()
    status = con.execute("SELECT target_id, status, rule, reason_de, reason_en, uses_demo "
                         "FROM target_status WHERE area_level = 'city'").df().set_index("target_id")
    out = []
    for goal in goals.to_dict("records"):
        gid = goal["target_id"]
        out.append({**_plain(goal),
                    "citations": [_plain(r) for r in cites[cites["target_id"] == gid].to_dict("records")],
                    "relations": [_plain(r) for r in rels[rels["target_id"] == gid].to_dict("records")],
                    "status": _plain(status.loc[gid].to_dict()) if gid in status.index else None})
    return out


def _plain(record: dict) -> dict:
    """A record with NaN/NA as None and numpy scalars as Python values (JSON-ready)."""
    return {k: (None if _missing(v) else (v.item() if hasattr(v, "item") else v))
            for k, v in record.items()}


def _missing(value: object) -> bool:
    """True for None, NaN and pandas NA (False for lists and other non-scalars)."""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _package(con: duckdb.DuckDBPyConnection, resources: list[dict], build: tuple) -> dict:
    """The datapackage.json descriptor: resources, sources with attribution, licences."""
    src = con.execute("SELECT title, url, licence, attribution FROM sources ORDER BY source_id").df()
    sources = [{"title": f"{r['attribution']} – {r['title']}",
                **({} if _missing(r["url"]) or not r["url"] else {"path": r["url"]})}
               for r in src.to_dict("records")]
    licences = sorted(set(src["licence"]))
    return {
        "name": PACKAGE_NAME, "title": "Zielmonitor Dortmund – Ziele, Daten und Bewertungen",
        "version": str(build[0]), "created": pd.Timestamp(build[1]).isoformat(),
        "description": "Register of Dortmund's stated goals with quotes, indicator data with "
                       "source and data kind, and the status of every goal. Licences differ by "
                       "source: see 'sources' and the table 'sources'.",
        "licenses": [{"name": "other-at", "title": "; ".join(licences)}],
        "sources": sources, "resources": resources,
    }
