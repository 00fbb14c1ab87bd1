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
from etl.history import compute_history
from etl.known_since import assign_known_since
from etl.sessions import load_sessions
from etl.implementation import evidence_frame, implementation_frame
from etl.register import Register, load_register
from etl.reported import stage_reported
from etl.stage import stage_age_18_25, stage_atlas, stage_co2, stage_housing
from etl.status import compute_status
from etl.uploads import UploadStore, apply_uploads
from texts import t

SCHEMA = Path(__file__).with_name("schema.sql")
STEPS = 6


def check_inputs(raw: Path | None = None) -> tuple[Catalog, Register]:
    """Load catalog, register, progress evidence and session dates; raise ValidationFailed with
    every problem found."""
    raw = raw or config.raw_dir()
    catalog, problems = load_catalog(raw)
    register, found = load_register(raw, catalog)
    problems += found
    problems += load_evidence(raw, catalog, {g.get("id") for g in register.goals}, config.as_of())[1]
    problems += load_sessions(raw)[1]
    if problems:
        raise ValidationFailed(problems)
    return catalog, register


def build(raw: Path | None = None, db_path: Path | None = None, as_of: dt.date | None = None,
          include_demo: bool | None = None, progress: Callable[[str], None] = lambda _: None,
          uploads: UploadStore | None = None, lang: str = "de") -> Path:
    """Build the database. Returns its path. Raises ValidationFailed (nothing written) on bad input.

    `uploads` is the planner upload store (default: config.upload_dir()); its active uploads
    are laid over the staged data (etl.uploads.apply_uploads). `progress` gets one line per
    step, in `lang` ('de' or 'en')."""
    raw = raw or config.raw_dir()
    db_path = db_path or config.db_path()
    as_of = as_of or config.as_of()
    include_demo = config.show_demo() if include_demo is None else include_demo
    uploads = uploads if uploads is not None else UploadStore(config.upload_dir())

    def say(key: str, **values) -> None:
        progress(t(key, lang, steps=STEPS, **values))

    catalog, register, areas, (entries, sessions), (obs, paths, context) = _read_all(
        raw, as_of, include_demo, uploads, say)
    say("cli_build_step_status", as_of=as_of.isoformat())
    status = compute_status(register.goals, obs, catalog.indicators, catalog.units, areas, as_of,
                            paths, catalog.sources)
    say("cli_build_step_write")
    frames = _frames(raw, catalog, register, areas, (obs, paths, status, context), entries, sessions, as_of)
    build_id = input_hash(raw, as_of, include_demo, uploads.fingerprint())
    frames["meta_build"] = tables.meta_frame(build_id, as_of, include_demo, frames)
    with build_lock(db_path):
        _write_atomically(db_path, frames)
    say("cli_build_done", path=db_path, goals=len(frames["targets"]),
        observations=len(frames["observations_all"]), build=build_id)
    return db_path


def _read_all(raw: Path, as_of: dt.date, include_demo: bool, uploads: UploadStore,
              say: Callable[..., None]) -> tuple:
    """Steps 1-3 of the build: (catalog, register, areas, (evidence entries, council sessions),
    (observations, planned paths, context figures)). Raises ValidationFailed with every problem found."""
    say("cli_build_step_register")
    catalog, problems = load_catalog(raw)
    register, found = load_register(raw, catalog)
    problems += found
    say("cli_build_step_areas")
    areas, found = load_areas(raw / "geo")
    problems += found
    entries, sessions, found = _evidence_and_sessions(raw, catalog, register, uploads.evidence_changes())
    problems += found
    say("cli_build_step_data")
    obs, paths, context, found = _stage_all(raw, catalog, areas, register, include_demo, as_of, uploads)
    problems += found
    if problems:
        raise ValidationFailed(problems)
    return catalog, register, areas, (entries, sessions), (obs, paths, context)


def _evidence_and_sessions(raw: Path, catalog: Catalog, register: Register, changes: list[dict]):
    """(evidence entries with the planners' `changes` laid over them, council sessions frame,
    problems) from the raw folder."""
    entries, problems = load_evidence(raw, catalog, {g.get("id") for g in register.goals}, dt.date.today(),
                                      changes)
    sessions, found = load_sessions(raw)
    return entries, sessions, problems + found


def _frames(raw, catalog, register, areas, staged, entries, sessions, as_of) -> dict[str, pd.DataFrame]:
    """Every table but meta_build; staged = (observations, planned paths, status, context)."""
    obs, paths, status, context = staged
    lines = document_lines_frame(read_documents(raw, catalog))
    evidence = evidence_frame(entries, catalog.sources)
    implementation = implementation_frame(register.goals, evidence, as_of)
    frames = tables.all_tables(catalog, register, areas, obs, paths, status, context, lines,
                               evidence, implementation)
    frames["council_sessions"] = sessions
    frames["target_status_history"] = compute_history(
        register.goals, obs, evidence, catalog.units, as_of, paths, catalog.sources,
        list(sessions["session_date"]))
    return frames


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
    upload_times = {u["id"]: u["time"] for u in uploads.uploads()}
    staged = assign_known_since(apply_uploads(staged, uploads.observations()), catalog.sources, upload_times)
    obs, p5 = assign_revisions(staged)
    obs = roll_up(assign_data_kinds(obs, catalog.sources), catalog.indicators, areas)
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
