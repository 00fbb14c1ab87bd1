"""The goal page's view model: pure functions from query results to what the page shows.

Inputs are the dicts and DataFrames returned by dashboard.queries.targets (target_detail,
target_observations, planned_path). Outputs are German/English sentences, the chooser and the
"how computed" panel, numbers formatted by indicators.fmt. No Streamlit, no database: tested
directly (tests/test_goal_model.py). Tables, CSV, districts, citations: dashboard.goal_tables;
starting point and demo note: dashboard.goal_status; chart series: dashboard.charts.progress.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandas as pd

from dashboard.headline import headline_status
from dashboard.i18n import t
from indicators.fmt import (
    format_date, format_money, format_number, format_percent, format_quantity, unit_from_row,
)
from indicators.sentences import span

SUM_KINDS = ("cumulative", "budget")
NUMBER_WORDS = {"de": ("zwei", "drei", "vier", "fünf", "sechs"), "en": ("two", "three", "four", "five", "six")}


def missing(value: object) -> bool:
    """True for None, NaN and pandas NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def clean_detail(raw: dict) -> dict:
    """target_detail's row with NaN/NA turned into None, years as int and inputs_json parsed
    into `inputs` (a dict). Raises ValueError naming the goal if inputs_json is not JSON."""
    detail = {key: (None if missing(value) else value) for key, value in raw.items()}
    for key in ("start_year", "deadline_year", "baseline_year", "latest_year", "forecast_year"):
        if detail.get(key) is not None:
            detail[key] = int(detail[key])
    try:
        detail["inputs"] = json.loads(detail.get("inputs_json") or "{}")
    except json.JSONDecodeError as err:
        raise ValueError(f"goal {detail.get('target_id')}: inputs_json is not valid JSON ({err})") from err
    return detail


def is_money(detail: dict) -> bool:
    """True when the goal is measured in euros."""
    return unit_from_row(detail).is_money


def amount(value: float | None, detail: dict, lang: str, unit: bool = True) -> str:
    """A number in the goal's unit (indicators.fmt.format_quantity): "1.379 Wohnungen", "1 Baum",
    "70,3 %", "25 Mio. €"; unit=False leaves the word off (money and percent keep their sign)."""
    if missing(value):
        return format_number(None, lang)
    return format_quantity(value, unit_from_row(detail), lang, word=unit)


def goal_options(overview: pd.DataFrame, lang: str) -> tuple[list[str], dict[str, str]]:
    """All goal ids ordered by theme and register order, and their labels "Thema · Titel"."""
    labels = {g["id"]: f"{theme} · {g['title']}" for theme, goals in goals_by_theme(overview, lang) for g in goals}
    return list(labels), labels


def goals_by_theme(overview: pd.DataFrame, lang: str) -> list[tuple[str, list[dict]]]:
    """Goals grouped by theme (theme order, then register order): [(theme, [{id, title, status}])].
    The listed status is the headline status: one resting on Beispieldaten lists as no_data."""
    groups: dict[str, list[dict]] = {}
    for row in overview.sort_values(["theme_order", "sort_order", "target_id"]).to_dict("records"):
        groups.setdefault(row[f"theme_{lang}"], []).append(
            dict(id=row["target_id"], title=row[f"title_{lang}"], status=headline_status(row)))
    return list(groups.items())


def resolve_goal(param: str | None, ids: list[str]) -> tuple[str | None, str | None]:
    """(goal id to show, unknown id to complain about) for the URL parameter ?goal=."""
    if not param:
        return None, None
    return (param, None) if param in ids else (None, param)


def _years_word(n: int, lang: str) -> str:
    """2 -> "zwei" / "two" ... 6; other numbers as digits."""
    return NUMBER_WORDS[lang][n - 2] if 2 <= n <= 6 else str(n)


def current_rows(obs: pd.DataFrame) -> pd.DataFrame:
    """Only the current revision of each year (superseded values dropped)."""
    if obs.empty:
        return obs
    return obs[obs["is_current"].astype(bool)]


def goal_sentences(detail: dict, lang: str) -> list[str]:
    """Progress and required pace in plain sentences, e.g. "Ziel: mindestens 2.000 Wohnungen pro
    Jahr. 2023 wurden 1.379 fertiggestellt (69 % des Ziels), im Mittel der letzten fünf Jahre 1.653."
    detail: clean_detail(...) of target_detail; the numbers come from the status row and inputs_json."""
    kind, inputs = detail["kind"], detail["inputs"]
    if kind == "milestone":
        deadline = t("goal_deadline_clause", lang, deadline=detail["deadline_year"]) if detail.get("deadline_year") else ""
        return [t("goal_s_milestone", lang, deadline=deadline)]
    out = [_target_sentence(detail, lang)]
    if detail.get("indicator_id") is None or detail.get("latest_year") is None:
        return out + [t("goal_s_no_data", lang)]
    if detail.get("status") == "not_assessable":
        return out + _not_assessable_sentences(detail, lang)
    if kind == "annual_flow":
        out.append(_flow_sentence(detail, lang))
    elif kind in SUM_KINDS:
        years = inputs.get("counted_years") or []
        if years:
            out.append(t("goal_s_sum_progress", lang, years=span(years[0], years[-1]),
                         value=amount(inputs.get("sum"), detail, lang),
                         share=format_percent(detail.get("progress"), lang)))
    else:
        out += _level_sentences(detail, lang)
    out += _pace_sentences(detail, lang)
    if inputs.get("stale"):
        out.append(t("goal_s_stale", lang, year=inputs.get("data_year") or detail.get("latest_year")))
    return out


def _not_assessable_sentences(detail: dict, lang: str) -> list[str]:
    """No verdict yet: the starting point (latest value before the goal's start) or the latest
    value, never a share of the goal or a pace (the rule gave none)."""
    inputs = detail["inputs"]
    if inputs.get("start_point_year") is not None:
        out = [t("goal_s_start_point", lang, year=inputs["start_point_year"], start=detail.get("start_year"),
                 value=amount(inputs.get("start_point_value"), detail, lang))]
    else:
        out = [t("goal_s_latest_unassessed", lang, year=detail["latest_year"],
                 value=amount(detail.get("latest_value"), detail, lang))]
    if detail.get("stale"):
        out.append(t("goal_s_stale", lang, year=detail.get("latest_year")))
    return out


def _target_sentence(detail: dict, lang: str) -> str:
    """The goal itself: "Ziel: mindestens 2.000 Wohnungen pro Jahr ab 2025." (per kind)."""
    kind, value = detail["kind"], detail.get("target_value")
    bound = t("goal_at_least" if detail.get("direction") != "decrease" else "goal_at_most", lang)
    if kind == "annual_flow":
        since = t("goal_s_since", lang, year=detail["start_year"]) if detail.get("start_year") else ""
        return t("goal_s_flow_target", lang, bound=bound, amount=amount(value, detail, lang), since=since)
    if kind in SUM_KINDS:
        key = "goal_s_sum_target" if detail.get("deadline_year") else "goal_s_sum_target_open"
        return t(key, lang, amount=amount(value, detail, lang), start=detail.get("start_year"),
                 deadline=detail.get("deadline_year"))
    goal_text = target_amount(detail, lang)
    if detail.get("deadline_year") is None:
        return t("goal_s_level_target_open", lang, amount=goal_text)
    base_year = detail["inputs"].get("baseline_year") or detail.get("baseline_year")
    base = detail["inputs"].get("baseline_value", detail.get("baseline_value"))
    if base_year is None or missing(base):
        return t("goal_s_level_target_nobase", lang, amount=goal_text, deadline=detail["deadline_year"])
    return t("goal_s_level_target", lang, amount=goal_text, deadline=detail["deadline_year"],
             base_year=base_year, base=amount(base, detail, lang, unit=False))


def target_amount(detail: dict, lang: str) -> str:
    """A level goal's value as said in a sentence: "höchstens 2 Wochen", "mindestens 30 %",
    "100 %", "0 Kilotonnen CO₂" (no bound for 0 and for 100 %; whole numbers without ",0")."""
    value = detail.get("target_value")
    if value is None:
        return format_number(None, lang)
    text = format_quantity(value, unit_from_row(detail), lang, whole=True)
    if value == 0 or (detail.get("unit_id") == "percent" and value == 100):
        return text
    bound = t("goal_at_least" if detail.get("direction") != "decrease" else "goal_at_most", lang)
    return f"{bound} {text}"


def _flow_sentence(detail: dict, lang: str) -> str:
    """Latest year against the yearly goal, with the mean of the forecast window."""
    inputs = detail["inputs"]
    verb_key = f"goal_verb_{detail.get('indicator_id')}"
    try:
        verb = t(verb_key, lang)
    except KeyError:
        verb = t("goal_verb_default", lang)
    window = inputs.get("forecast_years") or []
    values = dict(year=detail["latest_year"], value=amount(detail["latest_value"], detail, lang, unit=False),
                  verb=verb, share=format_percent(detail.get("progress"), lang))
    if len(window) < 2 or detail.get("forecast_value") is None:
        return t("goal_s_flow_latest_one", lang, **values)
    return t("goal_s_flow_latest", lang, n=_years_word(len(window), lang),
             mean=amount(detail["forecast_value"], detail, lang, unit=False), **values)


def _level_sentences(detail: dict, lang: str) -> list[str]:
    """Latest value and share of the way covered; the trend carried to the deadline."""
    inputs, out = detail["inputs"], []
    value = amount(detail["latest_value"], detail, lang)
    if detail.get("progress") is None:  # no stated baseline: no share of the way is claimed
        out.append(t("goal_s_level_latest_only", lang, year=detail["latest_year"], value=value))
    else:
        out.append(t("goal_s_level_latest", lang, year=detail["latest_year"], value=value,
                     share=format_percent(detail.get("progress"), lang)))
    trend = inputs.get("trend_years") or []
    if len(trend) >= 2 and detail.get("forecast_value") is not None:
        out.append(t("goal_s_level_forecast", lang, n=_years_word(len(trend), lang),
                     year=detail.get("forecast_year"), value=amount(detail["forecast_value"], detail, lang)))
    return out


def _pace_sentences(detail: dict, lang: str) -> list[str]:
    """What is needed per year from now (or "reached" / "deadline passed")."""
    status, deadline, kind = detail.get("status"), detail.get("deadline_year"), detail["kind"]
    as_of_year, pace = detail["inputs"].get("as_of_year"), detail.get("required_pace")
    if status == "achieved":
        return [t("goal_s_met", lang)]
    if deadline is not None and as_of_year is not None and as_of_year > deadline:
        return [t("goal_s_missed", lang, deadline=deadline)]
    if kind == "annual_flow":
        bound = t("goal_at_least" if detail.get("direction") != "decrease" else "goal_at_most", lang)
        return [t("goal_s_pace_flow", lang, bound=bound, amount=amount(detail.get("target_value"), detail, lang))]
    if pace is None or deadline is None:
        return [t("goal_s_pace_open", lang, pace=detail[f"pace_{lang}"])] if detail.get(f"pace_{lang}") else []
    if kind in SUM_KINDS:
        return [t("goal_s_pace_sum", lang, deadline=deadline, value=amount(abs(pace), detail, lang))]
    if kind != "level_by_deadline":
        return [t("goal_s_pace_open", lang, pace=detail[f"pace_{lang}"])] if detail.get(f"pace_{lang}") else []
    inputs = detail["inputs"]
    verb = t("goal_verb_fall" if pace < 0 else "goal_verb_rise", lang)
    text = t("goal_s_pace_level", lang, deadline=deadline, year=inputs.get("pace_from_year", as_of_year),
             verb=verb, value=amount(abs(pace), detail, lang))
    if inputs.get("estimate_now") is not None and inputs.get("pace_from_year") != detail.get("latest_year"):
        text = text[:-1] + t("goal_s_pace_level_estimate", lang, year=inputs["pace_from_year"],
                              value=amount(inputs["estimate_now"], detail, lang)) + "."
    return [text]


def data_needed(detail: dict, lang: str) -> str:
    """For a goal without values: which data would let the status be computed."""
    deadline = t("goal_deadline_clause", lang, deadline=detail["deadline_year"]) if detail.get("deadline_year") else ""
    unit = detail.get(f"unit_label_{lang}") or "–"
    if detail["kind"] == "milestone":
        return t("goal_data_needed_milestone", lang, deadline=deadline)
    if detail["kind"] in SUM_KINDS:
        return t("goal_data_needed_sum", lang, unit=unit, start=detail.get("start_year") or "–")
    return t("goal_data_needed_level", lang, unit=unit, deadline=deadline)


@dataclass
class HowComputed:
    """The "So wird der Status berechnet" panel: rule text, result sentence and input rows."""

    rule_id: str
    rule_text: str
    result: str
    rows: list[tuple[str, str]] = field(default_factory=list)

    def table(self, lang: str) -> pd.DataFrame:
        """The input rows as a two-column table indexed by the quantity's name."""
        name = t("goal_how_col_name", lang)
        return pd.DataFrame(self.rows, columns=[name, t("goal_how_col_value", lang)]).set_index(name)


INPUT_ORDER = ("kind", "direction", "start_year", "deadline_year", "as_of_year", "target", "baseline_year",
               "baseline_value", "start_point_year", "start_point_value", "latest_year", "latest_value", "data_year", "counted_years", "sum",
               "forecast_years", "trend_years", "slope", "gap", "forecast", "distance_left", "miss",
               "pace_from_year", "estimate_now", "required_pace", "stale")
AMOUNT_INPUTS = ("estimate_now", "target", "latest_value", "sum", "baseline_value", "distance_left", "forecast",
                 "required_pace", "slope", "expected", "start_point_value", "outlook_mean", "outlook_slope",
                 "outlook_forecast", "planned_value")
SHARE_INPUTS = ("gap", "miss", "elapsed")


def how_computed(detail: dict, lang: str) -> HowComputed:
    """The rule the status came from and every number that went into it (from inputs_json)."""
    kind = detail["kind"]
    rule_key = "goal_rule_sum" if kind in SUM_KINDS else f"goal_rule_{kind}"
    rows = []
    inputs = detail["inputs"]
    for key in sorted(inputs, key=lambda k: (INPUT_ORDER.index(k) if k in INPUT_ORDER else len(INPUT_ORDER), k)):
        value = inputs[key]
        if value is None or value == []:
            continue  # a quantity the rule did not use ("Richtung: keine") is not listed
        try:
            label = t(f"goal_in_{key}", lang)
        except KeyError:
            label = key
        rows.append((label, _input_value(key, value, detail, lang)))
    return HowComputed(detail.get("rule") or "–", t(rule_key, lang), detail.get(f"reason_{lang}") or "", rows)


def _input_value(key: str, value: object, detail: dict, lang: str) -> str:
    """One input of the rule as shown in the panel (words for kind/direction/flags, formatted numbers)."""
    if value is None or value == []:
        return t("goal_none", lang)
    if isinstance(value, bool):
        return t("goal_yes" if value else "goal_no", lang)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if key in ("kind", "direction"):
        return t(f"kind_{value}" if key == "kind" else f"goal_dir_{value}", lang)
    if key in SHARE_INPUTS and isinstance(value, (int, float)):
        return format_percent(value, lang, 1)
    if key in AMOUNT_INPUTS and isinstance(value, (int, float)):
        if is_money(detail):
            return format_money(value, lang)
        return format_number(value, lang, max(int(detail.get("decimals") or 0), 1 if key == "slope" else 0))
    return str(value)


def meta_line(detail: dict, lang: str) -> str:
    """"Thema: Wohnen · Art: Jährliche Menge · Stand: 21.11.2026"."""
    as_of = detail.get("as_of")
    return t("goal_meta", lang, theme=detail.get(f"theme_{lang}"), kind=t(f"kind_{detail['kind']}", lang),
             as_of=format_date(as_of.date() if hasattr(as_of, "date") else as_of, lang))

