"""Pure view-model of the Methodik (method) page.

One source of truth: the thresholds come from indicators.common, the statuses from
indicators.model and dashboard.style, the full rule text from docs/method.md (split into its
sections), and the worked examples are recomputed live with indicators.assess from the goal
and its current values in the database, then compared with the stored assessment.

In: dicts and DataFrames from dashboard.queries.sources, a language ('de' or 'en').
Out: dataclasses, dicts and strings with numbers formatted by indicators.fmt. No Streamlit.
"""

from __future__ import annotations

import dataclasses

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.i18n import t
from dashboard.obs_notes import note_text
from dashboard.method_steps import band, num, pct, steps, threshold_words
from dashboard.style import STATUS_STYLE
from etl.known_since import DERIVED_LAG_MONTHS
from indicators.targets import target_from_row
from indicators import assess, common, fmt
from indicators.model import KINDS, STATUSES, Observation, Target

__all__ = ["band", "num", "pct", "threshold_words"]  # re-exported for the page and tests

METHOD_DOC = Path(__file__).resolve().parents[1] / "docs" / "method.md"
# The goals used as worked examples: an annual flow and a level with a trend (brief, issue 3).
EXAMPLES = ("wohnungen_2000_pro_jahr", "klimaneutral_2035")
THRESHOLDS = ("ON_TRACK_MAX_GAP", "AT_RISK_MAX_GAP", "STALE_AFTER_YEARS", "FLOW_FORECAST_WINDOW",
              "SUM_FORECAST_WINDOW", "TREND_WINDOW", "GAP_DIGITS")


class MethodDocMissing(FileNotFoundError):
    """docs/method.md is not where the page expects it (restore it from the repository)."""


@dataclass(frozen=True)
class Section:
    """One '## ' section of docs/method.md: its heading and its markdown body."""

    title: str
    body: str


@dataclass(frozen=True)
class WorkedExample:
    """A goal assessed step by step.

    status: the status recomputed now; stored_status: the one in the database; matches: both
    agree (status, rule and latest value). steps: the calculation as sentences. series: rows
    (year, value, source: the row's source detail or title) of the values used; dataset: the
    title of the data set they come from. reason/pace: the rule's own sentences.
    """

    target_id: str
    title: str
    kind: str
    status: str
    stored_status: str
    matches: bool
    reason: str
    pace: str
    steps: tuple[str, ...]
    series: tuple[dict, ...]
    dataset: str
    stale: bool
    uses_demo: bool


def read_method_doc(path: Path = METHOD_DOC) -> str:
    """The text of docs/method.md; raises MethodDocMissing naming the path."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise MethodDocMissing(f"{path} fehlt / is missing") from err


def method_sections(text: str) -> list[Section]:
    """Split a markdown text at its '## ' headings (text before the first one is dropped)."""
    sections: list[Section] = []
    title, lines = None, []
    for line in text.splitlines():
        if line.startswith("## "):
            if title is not None:
                sections.append(Section(title, "\n".join(lines).strip()))
            title, lines = line[3:].strip(), []
        elif title is not None:
            lines.append(line)
    if title is not None:
        sections.append(Section(title, "\n".join(lines).strip()))
    return sections


def threshold_rows(lang: str) -> list[dict]:
    """One row per constant of indicators.common: its name, its value and what it does."""
    words = threshold_words(lang)
    rows = []
    for name in THRESHOLDS:
        value = getattr(common, name)
        shown = pct(value, lang) if name.endswith("_GAP") else fmt.format_number(value, lang)
        rows.append({"name": name, "value": shown, "use": t(f"mth_const_{name.lower()}", lang, **words)})
    return rows


def status_rows(lang: str) -> list[dict]:
    """The statuses, best first: status, symbol, word, colours and meaning."""
    words = threshold_words(lang)
    return [
        {"status": s, "symbol": STATUS_STYLE[s].symbol, "word": t(f"status_{s}", lang),
         "fill": STATUS_STYLE[s].fill, "text": STATUS_STYLE[s].text,
         "meaning": t(f"mth_status_{s}", lang, **words)}
        for s in STATUSES
    ]


def rule_summaries(lang: str) -> list[tuple[str, str]]:
    """(kind in words, one-paragraph summary of its rule) for every target kind."""
    words = threshold_words(lang)
    return [(t(f"kind_{kind}", lang), t(f"mth_rule_{kind}", lang, **words)) for kind in KINDS]


def rule_target(goal: dict, planned: pd.DataFrame | None = None) -> Target:
    """The goal row (from queries.sources.example_target) as the rules' Target; planned: the
    indicator's planned path (queries.targets.planned_path: year, value, source_title) or None."""
    path, source = (), ""
    if planned is not None and not planned.empty:
        path = tuple((int(y), float(v)) for y, v in zip(planned["year"], planned["value"]))
        source = str(planned["source_title"].iloc[-1]).split(" (")[0]
    return dataclasses.replace(target_from_row(goal), planned_path=path, planned_path_source=source)


def worked_example(goal: dict, series: pd.DataFrame, lang: str,
                   planned: pd.DataFrame | None = None) -> WorkedExample:
    """Recompute the goal's status from its current city-wide values (one row per year:
    year, value, source_title, source_detail) and its planned path (as rule_target) on the
    stored as-of date and explain it."""
    target = rule_target(goal, planned)
    observations = [Observation(int(r.year), float(r.value)) for r in series.itertuples()]
    as_of = pd.Timestamp(goal["as_of"]).date()
    result = assess(target, observations, as_of)
    matches = (result.status == goal["status"] and result.rule == goal["rule"]
               and _same(result.latest_value, goal["latest_value"]))
    unit = target.unit_en if lang == "en" else target.unit_de
    calculation = steps(result, series, unit, lang)
    rows = tuple(
        {"year": int(r.year), "value": num(r.value, lang),
         "source": note_text(r, lang) or r.source_title}
        for r in series.itertuples()
    )
    return WorkedExample(
        target_id=goal["target_id"], title=goal["title_en" if lang == "en" else "title_de"],
        kind=target.kind, status=result.status, stored_status=goal["status"], matches=matches,
        reason=result.reason_en if lang == "en" else result.reason_de,
        pace=result.pace_en if lang == "en" else result.pace_de, steps=tuple(calculation),
        series=rows, dataset="" if _missing(goal["indicator_source_title"]) else goal["indicator_source_title"],
        stale=result.stale, uses_demo=bool(goal["uses_demo"]),
    )


def build_rows(summary: dict, lang: str) -> list[tuple[str, str]]:
    """The last build as (label, value) pairs: as-of date, build time, id, demo, counts."""
    if not summary:
        return []
    built: dt.datetime = summary["built_at"]
    clock = built.strftime("%H:%M")
    return [
        (t("mth_build_as_of", lang), fmt.format_date(summary["as_of"], lang)),
        (t("mth_build_built_at", lang), f"{fmt.format_date(built.date(), lang)}, {clock}"),
        (t("mth_build_id", lang), summary["build_id"]),
        (t("mth_build_demo", lang), t("mth_yes" if summary["demo_included"] else "mth_no", lang)),
        (t("mth_build_targets", lang), fmt.format_number(summary["n_targets"], lang)),
        (t("mth_build_observations", lang), fmt.format_number(summary["n_observations"], lang)),
    ]


def _same(a: object, b: object) -> bool:
    """Two optional numbers are equal (both missing counts as equal)."""
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _missing(value: object) -> bool:
    """True for None, NaN and pandas NA."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def asof_rule(lang: str) -> tuple[str, str]:
    """(heading, paragraph) of the Stand-date rule, with the fallback lag of etl.known_since."""
    return t("mth_asof_heading", lang), t("mth_asof_text", lang, lag=DERIVED_LAG_MONTHS)
