"""The kiosk's slide list: pure functions from query DataFrames to frozen slide models.

In: the frames of dashboard.queries.kiosk (goals, series, districts, build, implementation,
evidence) and KioskOptions. Out: a Deck: the title slide, the implementation balance, the
promises with the newest evidence, one slide per goal with data (goals whose slides would look
the same merged into one group slide), the district map slide; plus the ids of goals skipped
because their data could not be shown. No Streamlit, no database: `load_deck` takes the query
runner as an argument.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pandas as pd

from dashboard.kiosk.goal_slides import _date, format_amount, goal_slide, map_slide, qr_target
from dashboard.kiosk.group import merge_alike
from dashboard.kiosk.models import Deck, District, GoalSlide, KioskDataError, MapSlide, SlideError
from dashboard.kiosk.options import KioskOptions, known_only
from dashboard.kiosk.promises import balance_slide, recent_slides
from dashboard.kiosk.title import TitleSlide, title_slide
from dashboard.qr import phone_address, unreachable_reason

__all__ = ["Deck", "District", "GoalSlide", "KioskDataError", "MapSlide", "SlideError", "TitleSlide",
           "build_deck", "format_amount", "load_deck", "map_slide", "qr_target"]
log = logging.getLogger(__name__)
# The columns each query frame must have (a renamed column is a KioskDataError, not a blank screen).
NEEDED = {
    "goals": frozenset({"target_id", "theme_id", "theme_de", "theme_en", "title_de", "title_en", "kind", "status",
                        "latest_value", "latest_year", "start_year", "deadline_year", "target_value", "unit_id",
                        "decimals", "uses_demo", "stale", "as_of", "line_from", "line_to", "goal_source_author",
                        "goal_source_title"}),
    "series": frozenset({"target_id", "year", "value", "is_demo", "data_attribution"}),
    "districts": frozenset({"area_code", "name", "status", "geometry", "uses_demo"}),
    "implementation": frozenset({"target_id", "theme_id", "theme_de", "theme_en", "title_de", "title_en",
                                 "implementation", "evidence_id", "evidence_old"}),
    "evidence": frozenset({"target_id", "evidence_id", "date_text", "known_from", "stage", "basis", "quote",
                           "line_from", "line_to", "source_title", "reference", "document_title",
                           "document_author"}),
}


def select_goals(goals: pd.DataFrame, options: KioskOptions, demo_ids: frozenset = frozenset()) -> pd.DataFrame:
    """The goals this screen shows: by theme ids, goal ids, and without demo goals if asked
    (a status that rests on demo data, uses_demo, or a goal whose shown series has demo values,
    demo_ids). Works on any frame with target_id and theme_id (uses_demo only when demo=0)."""
    keep = pd.Series(True, index=goals.index)
    if options.themes:
        keep &= goals["theme_id"].str.lower().isin(options.themes)
    if options.goals:
        keep &= goals["target_id"].str.lower().isin(options.goals)
    if not options.demo and "uses_demo" in goals:
        keep &= ~goals["uses_demo"].fillna(False).astype(bool) & ~goals["target_id"].isin(demo_ids)
    return goals[keep]


def check_columns(**frames: pd.DataFrame) -> None:
    """KioskDataError naming every frame and column the slides need but do not get."""
    missing = [f"{name}.{col}" for name, frame in frames.items() for col in sorted(NEEDED[name] - set(frame.columns))]
    if missing:
        raise KioskDataError(f"kiosk query frames lack columns: {', '.join(missing)}")


def screen_options(options: KioskOptions, goals: pd.DataFrame) -> KioskOptions:
    """The options with unknown theme/goal ids dropped (none known: all, options.known_only);
    every ignored URL value is logged once here."""
    known = known_only(options, goals["theme_id"], goals["target_id"])
    if known.problems:
        log.warning("kiosk: URL values ignored (unknown or invalid): %s", ", ".join(known.problems))
    return known


def qr_base(public_url: str) -> str:
    """The address for QR codes, or '' (logged) when no phone could open it (dashboard.qr)."""
    reason = unreachable_reason(public_url)
    if reason:
        log.warning("kiosk: no QR codes on the screen: ZM_PUBLIC_URL is %s (%r). Set ZM_PUBLIC_URL to the "
                    "address visitors' phones can open, e.g. https://zielmonitor.dortmund.de", reason, public_url)
    return phone_address(public_url)


def goal_slides(chosen: pd.DataFrame, series: pd.DataFrame, options: KioskOptions, base: str,
                skipped: list) -> list:
    """One slide per chosen goal with a latest value, alike slides merged (dashboard.kiosk.group);
    a goal whose data cannot be shown is logged and appended to skipped."""
    by_goal = {tid: grp for tid, grp in series.groupby("target_id", sort=False)}
    slides = []
    for row in chosen[chosen["latest_value"].notna()].to_dict("records"):
        try:
            slides.append(goal_slide(row, by_goal.get(row["target_id"], series.iloc[0:0]), options, base))
        except SlideError as err:
            log.warning("kiosk: goal %s left out: %s", row["target_id"], err)
            skipped.append(row["target_id"])
    lang = options.lang
    names = {r["target_id"]: r.get(f"indicator_{lang}") for r in chosen.to_dict("records")
             if isinstance(r.get(f"indicator_{lang}"), str)}
    deadlines = {r["target_id"]: None if pd.isna(r["deadline_year"]) else int(r["deadline_year"])
                 for r in chosen.to_dict("records")}
    return merge_alike(slides, names, deadlines, lang)


def promise_slides(implementation: pd.DataFrame, evidence: pd.DataFrame, options: KioskOptions,
                   as_of, base: str, skipped: list) -> list:
    """The balance slide and the recent-evidence slides of the chosen deliverables ([] when the
    screen shows none)."""
    chosen = select_goals(implementation, options)
    if chosen.empty:
        return []
    lang = options.lang
    return [balance_slide(chosen, as_of, qr_target(base, "", lang)), *recent_slides(
        evidence, chosen, lang, as_of, lambda tid: qr_target(base, "ziel", lang, goal=tid), skipped)]


def build_deck(goals: pd.DataFrame, series: pd.DataFrame, districts: pd.DataFrame, build: dict,
               options: KioskOptions, public_url: str, map_target: str,
               implementation: pd.DataFrame | None = None, evidence: pd.DataFrame | None = None) -> Deck:
    """Title slide, balance and recent-evidence slides (with the implementation and evidence
    frames), the goal slides, then the map slide (if its goal is selected). Unshowable slides are
    skipped, named in Deck.skipped and logged; frames without the needed columns raise
    KioskDataError. public_url: ZM_PUBLIC_URL (no QR codes unless a phone could open it)."""
    frames = dict(goals=goals, series=series, districts=districts)
    if implementation is not None and evidence is not None:
        frames.update(implementation=implementation, evidence=evidence)
    check_columns(**frames)
    options, base, as_of = screen_options(options, goals), qr_base(public_url), _date(build.get("as_of"))
    chosen = select_goals(goals, options, frozenset(series.loc[series["is_demo"].astype(bool), "target_id"]))
    skipped: list = []
    slides: list = [title_slide(chosen, as_of, qr_target(base, "", options.lang))]
    if "implementation" in frames:
        slides += promise_slides(implementation, evidence, options, as_of, base, skipped)
    slides += goal_slides(chosen, series, options, base, skipped)
    map_rows = chosen[chosen["target_id"] == map_target].to_dict("records")
    if map_rows:
        try:
            slides.append(map_slide(districts, map_rows[0], series[series["target_id"] == map_target],
                                    options, base))
        except SlideError as err:
            log.warning("kiosk: district map left out: %s", err)
            skipped.append("map")
    return Deck(slides=tuple(slides), skipped=tuple(skipped))


def load_deck(run_query: Callable, options: KioskOptions, public_url: str) -> Deck:
    """The deck from the database through run_query(fn, *args) (dashboard.data.query).

    Raises whatever run_query raises (DatabaseMissing, DataUnavailable) for the caller to keep
    the last good deck.
    """
    from dashboard.queries import implementation as qi
    from dashboard.queries import kiosk as q

    return build_deck(
        run_query(q.kiosk_goals), run_query(q.kiosk_series), run_query(q.kiosk_districts, q.MAP_TARGET),
        run_query(q.kiosk_build), options, public_url, q.MAP_TARGET,
        run_query(qi.implementation), run_query(q.kiosk_evidence),
    )
