"""The Methodik page's calculation steps: how one assessment came about, as numbered sentences.

Pure functions (no Streamlit, no database). In: an Assessment from indicators.assess, the
values used (DataFrame year, value), the unit word and a language. Out: German or English
sentences with numbers formatted by indicators.fmt. Used by dashboard.method_model.
"""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from dashboard.style import status_label
from indicators import common, fmt
from indicators.inputs import RuleInputs
from indicators.model import AT_RISK, ON_TRACK, Assessment


def pct(share: float, lang: str, decimals: int = 0) -> str:
    """A share as percent in the language's format (0.05 -> '5 %' / '5%')."""
    return fmt.format_percent(share, lang, decimals)


def num(value: float, lang: str) -> str:
    """A number with up to two decimals: whole numbers without, others with two places."""
    number = float(value)
    return fmt.format_number(number, lang, 0 if number.is_integer() else 2)


def threshold_words(lang: str) -> dict[str, str]:
    """The thresholds as words for the label placeholders: on, risk (percent), stale,
    flow_window, sum_window, trend_window (whole numbers)."""
    return {
        "on": pct(common.ON_TRACK_MAX_GAP, lang), "risk": pct(common.AT_RISK_MAX_GAP, lang),
        "stale": fmt.format_number(common.STALE_AFTER_YEARS, lang),
        "flow_window": fmt.format_number(common.FLOW_FORECAST_WINDOW, lang),
        "sum_window": fmt.format_number(common.SUM_FORECAST_WINDOW, lang),
        "trend_window": fmt.format_number(common.TREND_WINDOW, lang),
    }


def band(gap: float, lang: str) -> tuple[str, str]:
    """The status band of a relative gap (or miss), by the rules' own indicators.common.status_from_gap,
    and the comparison in words."""
    status = common.status_from_gap(gap, gap)
    words = {ON_TRACK: "mth_band_on", AT_RISK: "mth_band_risk"}.get(status, "mth_band_off")
    key = "mth_band_met" if gap <= 0 else words
    return status, t(key, lang, **threshold_words(lang))


def steps(result: Assessment, series: pd.DataFrame, unit: str, lang: str) -> list[str]:
    """The calculation behind the result: annual flow, level trend and values before the start
    step by step; any other rule by its own reason sentence."""
    inp = result.inputs
    if result.rule == "annual_flow_latest_vs_target":
        return _flow_steps(inp, result, unit, lang)
    if result.rule == "level_trend_to_deadline":
        return _level_steps(inp, result, series, unit, lang)
    if result.rule.endswith("_before_start"):
        return _before_start_steps(inp, result, series, unit, lang)
    return [result.reason_en if lang == "en" else result.reason_de]


def _flow_steps(inp: RuleInputs, result: Assessment, unit: str, lang: str) -> list[str]:
    """Annual flow: latest value, progress, gap, band, forecast."""
    target, latest = inp.target, inp.latest_value
    short = common.shortfall(latest, target, inp.direction)
    gap = inp.get("gap")
    out = [
        t("mth_step_latest", lang, year=inp.latest_year, value=num(latest, lang), unit=unit),
        t("mth_step_progress", lang, latest=num(latest, lang), target=num(target, lang),
          progress=pct(result.progress, lang, 2)),
    ]
    if gap is not None:
        status, words = band(gap, lang)
        out.append(t("mth_step_gap", lang, short=num(short, lang), target=num(target, lang), gap=pct(gap, lang, 2)))
        out.append(t("mth_step_band", lang, value=pct(gap, lang, 2), band=words, status=status_label(status, lang)))
    years = inp.get("forecast_years") or []
    if years and result.forecast_value is not None:
        out.append(t("mth_step_flow_forecast", lang, year=result.forecast_year, n=len(years),
                     first=years[0], last=years[-1], value=num(result.forecast_value, lang)))
    return out


def least_squares_terms(series: pd.DataFrame, years: list[int]) -> tuple[float, float]:
    """Σ (x − x̄)(y − ȳ) and Σ (x − x̄)² over the given years of the series (for the page)."""
    by_year = dict(zip(series["year"].astype(int), series["value"].astype(float)))
    ys = [by_year[y] for y in years]
    mx, my = sum(years) / len(years), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(years, ys)), sum((x - mx) ** 2 for x in years)


def _trend_step(series: pd.DataFrame, years: list[int], slope: float, unit: str, lang: str) -> str:
    """'Trend über die letzten 5 Werte (2014–2018), Ausgleichsgerade: Σ… ÷ Σ… = -10,71 … pro Jahr.'"""
    sxy, sxx = least_squares_terms(series, years)
    return t("mth_step_trend", lang, n=len(years), first=years[0], last=years[-1], sxy=num(round(sxy, 2), lang),
             sxx=num(round(sxx, 2), lang), slope=num(round(slope, 2), lang), unit=unit)


def _level_steps(inp: RuleInputs, result: Assessment, series: pd.DataFrame, unit: str, lang: str) -> list[str]:
    """Level by deadline: least-squares trend, forecast, distance left, miss, band, staleness."""
    years = inp.trend_years
    v_last = float(dict(zip(series["year"].astype(int), series["value"].astype(float)))[years[-1]])
    slope, forecast, miss = inp.slope, inp.forecast, inp.miss
    short = max(0.0, common.shortfall(forecast, inp.target, inp.direction))
    status, words = band(miss, lang)
    out = [
        _trend_step(series, years, slope, unit, lang),
        t("mth_step_level_forecast", lang, deadline=inp.deadline_year, v_last=num(v_last, lang),
          slope=num(round(slope, 2), lang), years=inp.deadline_year - years[-1], forecast=num(forecast, lang)),
        t("mth_step_miss", lang, target=num(inp.target, lang), v_last=num(v_last, lang),
          distance=num(inp.distance_left, lang), short=num(short, lang), miss=pct(miss, lang, 1)),
        t("mth_step_band", lang, value=pct(miss, lang, 1), band=words, status=status_label(status, lang)),
    ]
    if result.stale:
        out.append(t("mth_step_stale", lang, year=result.latest_year, stale=common.STALE_AFTER_YEARS))
    return out


def _before_start_steps(inp: RuleInputs, result: Assessment, series: pd.DataFrame, unit: str, lang: str) -> list[str]:
    """Only values before the start: the period, the starting point, the outlook (no verdict)."""
    end = inp.get("deadline_year") or inp.as_of_year
    out = [
        t("mth_step_period", lang, start=inp.start_year, end=end),
        t("mth_step_start_point", lang, year=inp.start_point_year, value=num(inp.start_point_value, lang),
          unit=unit),
    ]
    years = inp.get("outlook_years") or []
    if inp.outlook_mean is not None and years:
        out.append(t("mth_step_outlook_mean", lang, n=len(years), first=years[0], last=years[-1],
                     value=num(inp.outlook_mean, lang), unit=unit))
    elif inp.outlook_slope is not None and years:
        out.append(_trend_step(series, years, inp.outlook_slope, unit, lang))
        out.append(t("mth_step_outlook_level", lang, deadline=inp.deadline_year,
                     v_last=num(inp.start_point_value, lang), slope=num(round(inp.outlook_slope, 2), lang),
                     years=inp.deadline_year - years[-1], forecast=num(inp.outlook_forecast, lang)))
    out.append(t("mth_step_not_assessable", lang, status=status_label(result.status, lang)))
    return out
