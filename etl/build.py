"""`python -m etl build`: validate data/raw and build the DuckDB file in one run.

Steps: read the catalog and register (quotes checked) -> read the areas -> stage the real
datasets -> add document facts and (optionally) demonstration data -> revisions and roll-ups ->
compute target status -> write a new DuckDB file and swap it into place.
All input problems are collected first and reported together; nothing is written then.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pandas as pd

import config
from etl import tables
from etl.areas import load_areas
from etl.catalog import Catalog, load_catalog
from etl.combine import (
    assign_data_kinds, assign_revisions, check_observations, facts_to_observations, roll_up,
)
from etl.demo import generate_demo
from etl.documents import document_lines_frame, read_documents
from etl.errors import ValidationFailed
from etl.evidence import load_evidence
from etl.implementation import evidence_frame, implementation_frame
from etl.register import Register, load_register
from etl.reported import stage_reported
from etl.stage import stage_age_18_25, stage_atlas, stage_co2, stage_housing
from etl.status import compute_status
from etl.uploads import UploadStore, apply_uploads

SCHEMA = Path(__file__).with_name("schema.sql")
STEPS = 6


def check_inputs(raw: Path | None = None) -> tuple[Catalog, Register]:
    """Load catalog, register and progress evidence; raise ValidationFailed with every problem found."""
    raw = raw or config.raw_dir()
    catalog, problems = load_catalog(raw)
    register, found = load_register(raw, catalog)
    problems += found
    problems += load_evidence(raw, catalog, {g.get("id") for g in register.goals}, config.as_of())[1]
    if problems:
        raise ValidationFailed(problems)
    return catalog, register


def build(raw: Path | None = None, db_path: Path | None = None, as_of: dt.date | None = None,
          include_demo: bool | None = None, progress: Callable[[str], None] = lambda _: None,
          uploads: UploadStore | None = None) -> Path:
    """Build the database. Returns its path. Raises ValidationFailed (nothing written) on bad input.

    `uploads` is the planner upload store (default: config.upload_dir()); its active uploads
    are laid over the staged data (etl.uploads.apply_uploads)."""
    raw = raw or config.raw_dir()
    db_path = db_path or config.db_path()
    as_of = as_of or config.as_of()
    include_demo = config.show_demo() if include_demo is None else include_demo
    uploads = uploads if uploads is not None else UploadStore(config.upload_dir())

    progress(f"[1/{STEPS}] Katalog und Zielregister lesen, Zitate prüfen …")
    catalog, problems = load_catalog(raw)
    register, found = load_register(raw, catalog)
    problems += found
    progress(f"[2/{STEPS}] Gebiete (12 Stadtbezirke, 62 statistische Bezirke, 170 Unterbezirke) lesen …")
    areas, found = load_areas(raw / "geo")
    problems += found
    entries, found = load_evidence(raw, catalog, {g.get("id") for g in register.goals}, dt.date.today(), uploads.evidence_changes())
    problems += found
    progress(f"[3/{STEPS}] Echte Daten einlesen (Wohnungsbau, CO2, Statistikatlas, Altersdaten) …")
    obs, paths, context, found = _stage_all(raw, catalog, areas, register, include_demo, as_of, uploads)
    problems += found
    if problems:
        raise ValidationFailed(problems)
    progress(f"[4/{STEPS}] Zielstatus berechnen (Stand {as_of.isoformat()}) …")
    status = compute_status(register.goals, obs, catalog.indicators, catalog.units, areas, as_of,
                            paths, catalog.sources)
    progress(f"[5/{STEPS}] Datenbank schreiben …")
    lines = document_lines_frame(read_documents(raw, catalog))
    evidence = evidence_frame(entries)
    implementation = implementation_frame(register.goals, evidence, as_of)
    frames = tables.all_tables(catalog, register, areas, obs, paths, status, context, lines,
                               evidence, implementation)
    build_id = input_hash(raw, as_of, include_demo, uploads.fingerprint())
    frames["meta_build"] = tables.meta_frame(build_id, as_of, include_demo, frames)
    with build_lock(db_path):
        _write_atomically(db_path, frames)
    progress(f"[6/{STEPS}] Fertig: {db_path} ({len(frames['targets'])} Ziele, "
             f"{len(frames['observations_all'])} Beobachtungen, Build {build_id}).")
    return db_path


def _stage_all(raw, catalog, areas, register, include_demo, as_of, uploads):
    """All observation sources and active uploads combined, revisioned, rolled up and checked."""
    housing, p1 = stage_housing(raw)
    co2, paths, p2 = stage_co2(raw)
    atlas, p3 = stage_atlas(raw, catalog.indicators, areas)
    ages, p4 = stage_age_18_25(raw, areas)
    reported, context, p7 = stage_reported(raw, catalog, areas, {g["id"] for g in register.goals})
    parts = [housing, co2, atlas, ages, reported, facts_to_observations(register.facts)]
    if include_demo:
        parts.append(generate_demo(catalog.indicators, areas, as_of.year))
    staged = pd.concat([p for p in parts if not p.empty], ignore_index=True)
    obs, p5 = assign_revisions(apply_uploads(staged, uploads.observations()))
    obs = assign_data_kinds(roll_up(obs, catalog.indicators, areas), catalog.sources)
    p6 = check_observations(obs, catalog.indicators, areas, catalog.sources)
    return obs, paths, context, p1 + p2 + p3 + p4 + p5 + p6 + p7


def input_hash(raw: Path, as_of: dt.date, include_demo: bool, uploads: bytes = b"") -> str:
    """A short, stable id of the build's inputs: every raw file, the as-of date, the demo flag
    and the upload log (`uploads`, empty when there are none)."""
    digest = hashlib.sha256(f"{as_of.isoformat()}|{include_demo}".encode())
    if uploads:
        digest.update(b"uploads" + uploads)
    for path in sorted(p for p in raw.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(raw)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@contextlib.contextmanager
def build_lock(db_path: Path) -> Iterator[None]:
    """Serialise writers of one database file (builds, uploads) with an exclusive file lock."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(db_path.with_name(db_path.name + ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_atomically(db_path: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Write all tables into a new file next to the target, then rename it into place."""
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute(SCHEMA.read_text(encoding="utf-8"))
            for name in tables.TABLE_ORDER:
                con.from_df(frames[name]).insert_into(name)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
