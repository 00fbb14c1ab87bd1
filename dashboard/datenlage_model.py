"""Datenlage: what each goal's status rests on, counted per theme and per document, the series
with their source and kind, and the goals a planner could give a measure next.

Pure functions on the frames of dashboard.queries.datenlage; no Streamlit, no SQL.
"""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from dashboard.ref_dates import ref_date_text
from indicators import fmt
from indicators.model import ACHIEVED, AT_RISK, MISSED, NOT_ASSESSABLE, OFF_TRACK, ON_TRACK

# Coverage classes, best basis first. Every goal is in exactly one.
IN_PERIOD = "in_period"        # a verdict from real values of the goal's own period
EVIDENCE = "evidence"          # dated evidence of implementation (a quote or a source)
START_ONLY = "start_only"      # real values, but only from before the goal's period
CONTEXT_ONLY = "context_only"  # no measure of its own, but figures on the topic
DEMO_ONLY = "demo_only"        # a status that would rest on Beispieldaten only
NOTHING = "nothing"
COVERAGE = (IN_PERIOD, EVIDENCE, START_ONLY, CONTEXT_ONLY, DEMO_ONLY, NOTHING)
VERDICTS = frozenset({ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, MISSED})


def coverage_class(status: str, uses_demo: bool, has_context: bool, has_evidence: bool = False) -> str:
    """The one coverage class of a goal from its city status, demo flag, evidence and context
    links (in this order: a verdict from real in-period values, evidence, demo, starting point,
    figures on the topic, nothing)."""
    if status in VERDICTS and not uses_demo:
        return IN_PERIOD
    if has_evidence:
        return EVIDENCE
    if uses_demo:
        return DEMO_ONLY
    if status == NOT_ASSESSABLE:
        return START_ONLY
    return CONTEXT_ONLY if has_context else NOTHING


def classify(goals: pd.DataFrame) -> pd.DataFrame:
    """The goals with a `coverage` column added (input unchanged)."""
    evidence = goals["has_evidence"] if "has_evidence" in goals else [False] * len(goals)
    classes = [coverage_class(s, bool(d), bool(c), bool(e))
               for s, d, c, e in zip(goals["status"], goals["uses_demo"], goals["has_context"], evidence)]
    return goals.assign(coverage=classes)


def counts_by(goals: pd.DataFrame, key: str, labels: dict[str, str]) -> pd.DataFrame:
    """Goals per `key` value (a column; list values count once per item) and coverage class.

    Out: one row per key value in the order of `labels` (value -> label), columns: label,
    every class in COVERAGE, total. Key values without a label are left out."""
    classified = classify(goals).explode(key)
    table = pd.crosstab(classified[key], classified["coverage"]).reindex(
        index=list(labels), columns=list(COVERAGE), fill_value=0)
    table = table.fillna(0).astype(int)
    table["total"] = table.sum(axis=1)
    return table.reset_index(names=key).assign(label=lambda d: d[key].map(labels))


def counts_table(goals: pd.DataFrame, key: str, labels: dict[str, str], lang: str) -> pd.DataFrame:
    """counts_by as a display table with translated headers and German/English numbers."""
    table = counts_by(goals, key, labels)
    shown = pd.DataFrame({t(f"dl_col_{key}" if key == "documents" else "dl_col_theme_id", lang): table["label"]})
    for column in (*COVERAGE, "total"):
        shown[t(f"dl_cov_{column}", lang)] = [fmt.format_number(n, lang) for n in table[column]]
    return shown


def series_table(series: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One display row per series: name, kind(s), years, latest value with unit and date, source."""
    rows = []
    for rec in series.to_dict("records"):
        unit = rec["symbol_en"] if lang == "en" else rec["symbol_de"]
        latest = fmt.format_number(rec["latest_value"], lang, int(rec["decimals"]))
        years = (str(rec["first_year"]) if rec["first_year"] == rec["last_year"]
                 else f"{rec['first_year']}–{rec['last_year']}")
        rows.append({
            t("dl_col_series", lang): rec["name_en"] if lang == "en" else rec["name_de"],
            t("dl_col_kind", lang): ", ".join(t(f"data_kind_{k}", lang) for k in rec["data_kinds"]),
            t("dl_col_years", lang): f"{years} ({fmt.format_number(rec['n_values'], lang)})",
            t("dl_col_latest", lang): f"{latest} {unit} ({ref_date_text(rec['latest_ref_date'], lang)})",
            t("dl_col_source", lang): rec["source_title"],
            t("dl_col_use", lang): _use(rec, lang),
        })
    return pd.DataFrame(rows)


def _use(rec: dict, lang: str) -> str:
    """What a series is for: measures N goals, context for N goals, or not linked."""
    measures, context = len(rec["measures"]), len(rec["context_for"])
    parts = []
    if measures:
        parts.append(t("dl_use_measures", lang, n=fmt.format_number(measures, lang)))
    if context:
        parts.append(t("dl_use_context", lang, n=fmt.format_number(context, lang)))
    return "; ".join(parts) or t("dl_use_none", lang)


def planner_todo(goals: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Numeric goals without real values of their own measure: what a planner could add next.

    Out: theme, goal title, what is missing (no indicator, or only Beispieldaten / no values)."""
    numeric = goals[(goals["kind"] != "milestone") & ~goals["has_real_values"].astype(bool)]
    rows = [{
        t("dl_col_theme", lang): rec["theme_en"] if lang == "en" else rec["theme_de"],
        t("dl_col_goal", lang): rec["title_en"] if lang == "en" else rec["title_de"],
        t("dl_col_missing", lang): t("dl_missing_indicator" if not rec["indicator_id"]
                                     else "dl_missing_values", lang, indicator=rec["indicator_id"]),
        "target_id": rec["target_id"],
    } for rec in numeric.to_dict("records")]
    return pd.DataFrame(rows)


def demo_series(series: pd.DataFrame, lang: str) -> list[str]:
    """Names of the series that still hold generated Beispieldaten."""
    demo = series[series["is_demo"].astype(bool)]
    return [rec["name_en"] if lang == "en" else rec["name_de"] for rec in demo.to_dict("records")]
