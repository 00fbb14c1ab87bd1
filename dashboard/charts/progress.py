"""The goal chart: target against progress for one goal.

progress_figure(detail, obs, planned, lang) takes the cleaned target_detail dict
(dashboard.goal_model.clean_detail), target_observations (all revisions) and planned_path rows
and returns a plotly Figure, or None when there is nothing measured to draw (milestones,
goals without values). Each trace carries `meta` naming its role, which tests rely on:
observed, yearly (sum goals: the yearly amounts as bars), superseded, target, planned,
forecast, deadline. Hover texts are pre-formatted by indicators.fmt (German separators).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import base_layout, year_axis
from dashboard.goal_model import SUM_KINDS, amount, current_rows, is_money, target_amount
from dashboard.i18n import t
from dashboard.obs_notes import note_text
from dashboard.literal import html_text
from dashboard.style import DEMO_COLOUR, FORECAST_COLOUR, OBSERVED_COLOUR, STATUS_STYLE, TARGET_COLOUR, status_label
from indicators.sums import running_totals, sum_end_year

PLANNED_COLOUR = "#CC79A7"  # Okabe-Ito reddish purple, distinct from the status colours
SUPERSEDED_COLOUR = "#555555"  # grey: an old value, not a status
MILLION = 1_000_000


def _scale(detail: dict) -> float:
    """Money goals are drawn in million euros, everything else as is."""
    return MILLION if is_money(detail) else 1.0


def _hover(year: int, value: float, detail: dict, lang: str, extra: str = "") -> str:
    """Hover text "<b>2023</b>: 1.379 Wohnungen" plus an optional second part."""
    text = f"<b>{year}</b>: {amount(value, detail, lang)}"
    return f"{text}<br>{extra}" if extra else text


def _source_note(row, lang: str) -> str:
    """Source title, the exact reference (shortened) and the demo mark for one observation."""
    note = f"{t('goal_col_source', lang)}: {html_text(row.source_title)}"
    detail = note_text(row, lang)
    if detail and detail != row.source_title:
        note += "<br>" + html_text(detail if len(detail) <= 90 else detail[:88] + "…")
    return f"{note}<br>{t('goal_hover_demo', lang)}" if row.is_demo else note


def target_points(detail: dict, current: pd.DataFrame, first_year: int, last_year: int) -> tuple[list, list]:
    """The target as points: a flat line for annual flows, a path from zero before the start
    (sums) or from a stated baseline (levels) to the target at the deadline; a level goal
    without a stated baseline is the one target point at the deadline."""
    kind, goal, deadline = detail["kind"], detail.get("target_value"), detail.get("deadline_year")
    if goal is None:
        return [], []
    if kind == "annual_flow" or (kind == "level_by_deadline" and deadline is None):
        return [first_year, last_year], [goal, goal]
    if deadline is None:
        return [], []
    if kind in SUM_KINDS:
        start = detail.get("start_year") or deadline
        years = list(range(start - 1, deadline + 1))
        span = deadline - start + 1
        return years, [goal * (y - start + 1) / span for y in years]
    inputs = detail["inputs"]
    base_year, base = inputs.get("baseline_year"), inputs.get("baseline_value")
    if base_year is None or base is None:
        # no stated baseline: only the target at the deadline, never a path from a value the
        # code picked (the rules use no such baseline either)
        return [deadline], [goal]
    return [base_year, deadline], [base, goal]


def forecast_points(detail: dict, cumulative_last: float | None) -> tuple[list, list]:
    """The forecast from the recent trend: the five-year mean carried one year on (flows),
    the trend line from the latest value to the deadline (levels), the running total carried
    to the deadline (sums). Empty when the rule made no forecast."""
    value, year = detail.get("forecast_value"), detail.get("forecast_year")
    if value is None or year is None:
        return [], []
    kind, inputs = detail["kind"], detail["inputs"]
    if kind == "annual_flow":
        window = inputs.get("forecast_years") or [detail.get("latest_year")]
        return [window[0], year], [value, value]
    start = cumulative_last if kind in SUM_KINDS else detail.get("latest_value")
    if start is None or detail.get("latest_year") is None:
        return [year], [value]
    return [detail["latest_year"], year], [start, value]


def progress_figure(detail: dict, obs: pd.DataFrame, planned: pd.DataFrame, lang: str) -> go.Figure | None:
    """The target-vs-progress figure for one goal, or None when there is no measured value."""
    current = current_rows(obs).sort_values("year") if not obs.empty else obs
    if current.empty:
        return None
    scale = _scale(detail)
    fig = go.Figure()
    years = [int(y) for y in obs["year"]]
    cumulative_last = _observed_traces(fig, detail, current, scale, lang)
    _superseded_trace(fig, detail, obs, current, scale, lang)
    if not planned.empty:
        years += [int(y) for y in planned["year"]]
    deadline = detail.get("deadline_year")
    extra = [y for y in (deadline, detail.get("forecast_year"), detail["inputs"].get("baseline_year")) if y]
    first, last = min(years + extra), max(years + extra)
    first = min([first] + _target_trace(fig, detail, current, (first, last), scale, lang))
    if not planned.empty:
        _planned_trace(fig, detail, planned, scale, lang)
    _forecast_trace(fig, detail, cumulative_last, scale, lang)
    if deadline:
        _deadline_trace(fig, deadline, lang)
    _axes(fig, detail, (first, last), scale, lang)
    return fig


def _target_trace(fig: go.Figure, detail: dict, current: pd.DataFrame, span: tuple[int, int],
                  scale: float, lang: str) -> list[int]:
    """The target line or path (solid with a deadline, dashed without); returns its years."""
    tx, ty = target_points(detail, current, *span)
    if not tx:
        return []
    deadline = detail.get("deadline_year")
    if detail["kind"] == "annual_flow":
        name = t("goal_tr_target_line", lang, value=amount(detail["target_value"], detail, lang))
    elif deadline is None or len(tx) == 1:
        name = t("goal_tr_target_level", lang, value=target_amount(detail, lang))
    else:
        name = t("goal_tr_target_path", lang, deadline=deadline)
    fig.add_trace(go.Scatter(
        x=tx, y=[v / scale for v in ty], name=name, meta="target", mode="lines" if len(tx) > 1 else "markers",
        marker=dict(symbol="star", size=16, color=TARGET_COLOUR),
        line=dict(color=TARGET_COLOUR, width=2, dash="dash" if deadline is None else "solid"),
        hovertext=[_hover(x, v, detail, lang, name) for x, v in zip(tx, ty)], hoverinfo="text"))
    return tx


def _planned_trace(fig: go.Figure, detail: dict, planned: pd.DataFrame, scale: float, lang: str) -> None:
    """An official planned path (e.g. the CO2 reduction path) as a dotted line with diamonds."""
    name = t("goal_tr_planned", lang)
    fig.add_trace(go.Scatter(
        x=planned["year"].astype(int).tolist(), y=(planned["value"] / scale).tolist(),
        name=name, meta="planned", mode="lines+markers",
        line=dict(color=PLANNED_COLOUR, width=2, dash="dot"), marker=dict(symbol="diamond", size=9),
        hovertext=[_hover(int(r.year), r.value, detail, lang,
                          f"{name}<br>{t('goal_col_source', lang)}: {html_text(r.source_title)}")
                   for r in planned.itertuples()], hoverinfo="text"))


def _forecast_trace(fig: go.Figure, detail: dict, cumulative_last: float | None, scale: float,
                    lang: str) -> None:
    """The forecast of the rule (see forecast_points) as a dashed line, if the rule made one."""
    fx, fy = forecast_points(detail, cumulative_last)
    if not fx:
        return
    window = detail["inputs"].get("forecast_years") or []
    name = (t("goal_tr_forecast_mean", lang, years=f"{window[0]}–{window[-1]}", year=detail["forecast_year"])
            if detail["kind"] == "annual_flow" and window else t("goal_tr_forecast", lang))
    fig.add_trace(go.Scatter(
        x=fx, y=[v / scale for v in fy], name=name, meta="forecast", mode="lines+markers",
        line=dict(color=FORECAST_COLOUR, width=2, dash="dash"), marker=dict(symbol="circle-open", size=9),
        hovertext=[_hover(x, v, detail, lang, name) for x, v in zip(fx, fy)], hoverinfo="text"))


def _axes(fig: go.Figure, detail: dict, span: tuple[int, int], scale: float, lang: str) -> None:
    """Shared layout, whole-year x axis, y axis from zero titled with the unit (or 'Mio. €')."""
    base_layout(fig, lang, height=440)
    year_axis(fig, *span)
    unit = t("goal_axis_million", lang) if scale != 1 else (detail.get(f"symbol_{lang}") or "")
    fig.update_yaxes(title_text=unit, rangemode="tozero", automargin=True)
    fig.update_xaxes(title_text=t("goal_axis_year", lang), automargin=True)
    fig.update_layout(margin=dict(l=70, r=20, t=70, b=50), hovermode="closest")


def _observed_traces(fig: go.Figure, detail: dict, current: pd.DataFrame, scale: float, lang: str) -> float | None:
    """Add the measured values; for sum goals also the running total. Returns the last total."""
    colours = [DEMO_COLOUR if d else OBSERVED_COLOUR for d in current["is_demo"].astype(bool)]
    hover = [_hover(int(r.year), r.value, detail, lang, _source_note(r, lang)) for r in current.itertuples()]
    years = current["year"].astype(int).tolist()
    demo = f" ({t('demo_badge', lang)})" if current["is_demo"].astype(bool).all() else ""
    if detail["kind"] not in SUM_KINDS:
        x, y, hover, colours = _break_gaps(years, (current["value"] / scale).tolist(), hover, colours)
        colours = [c or OBSERVED_COLOUR for c in colours]
        fig.add_trace(go.Scatter(
            x=x, y=y, name=t("goal_tr_observed", lang) + demo, meta="observed", connectgaps=False,
            mode="lines+markers", line=dict(color=OBSERVED_COLOUR, width=3),
            marker=dict(size=10, color=colours), hovertext=hover, hoverinfo="text"))
        return None
    fig.add_trace(go.Bar(
        x=years, y=(current["value"] / scale).tolist(), name=t("goal_tr_yearly", lang) + demo, meta="yearly",
        marker=dict(color=colours, opacity=0.45), hovertext=hover, hoverinfo="text"))
    start = detail.get("start_year")
    totals = running_totals(zip(current["year"], current["value"]), start or 0,
                            sum_end_year(detail.get("deadline_year"), _as_of_year(detail)))
    if not totals:
        return None
    name = t("goal_tr_cumulative", lang, start=start)
    fig.add_trace(go.Scatter(
        x=[y for y, _ in totals], y=[v / scale for _, v in totals], name=name, meta="observed",
        mode="lines+markers", line=dict(color=OBSERVED_COLOUR, width=3), marker=dict(size=10),
        hovertext=[_hover(y, v, detail, lang, name) for y, v in totals], hoverinfo="text"))
    return totals[-1][1]


def _as_of_year(detail: dict) -> int:
    """The year of the status's as-of date (the last year a goal without deadline counts)."""
    as_of = detail.get("as_of")
    return as_of.year if as_of is not None else 9999


def _break_gaps(years: list[int], *series: list) -> tuple[list, ...]:
    """Insert an empty point between years more than one year apart, so the line is not drawn
    across years without data (e.g. CO2 1990 -> 2012). Returns years and each series, aligned."""
    out = [[] for _ in range(len(series) + 1)]
    for n, year in enumerate(years):
        if n and year - years[n - 1] > 1:
            out[0].append(None)
            for column in out[1:]:
                column.append(None)
        out[0].append(year)
        for column, values in zip(out[1:], series):
            column.append(values[n])
    return tuple(out)


def _superseded_trace(fig: go.Figure, detail: dict, obs: pd.DataFrame, current: pd.DataFrame,
                      scale: float, lang: str) -> None:
    """Superseded revisions as crossed markers whose hover names the value that replaced them."""
    old = obs[~obs["is_current"].astype(bool)]
    if old.empty:
        return
    now = dict(zip(current["year"].astype(int), current["value"]))
    hover = [_hover(int(r.year), r.value, detail, lang,
                    f"<b>{t('goal_hover_superseded', lang, value=amount(now.get(int(r.year)), detail, lang))}</b>"
                    f"<br>{html_text(note_text(r, lang) or r.source_title)}") for r in old.itertuples()]
    fig.add_trace(go.Scatter(
        x=old["year"].astype(int).tolist(), y=(old["value"] / scale).tolist(), name=t("goal_tr_superseded", lang),
        meta="superseded", mode="markers", hovertext=hover, hoverinfo="text",
        marker=dict(symbol="x-thin-open", size=14, color=SUPERSEDED_COLOUR,
                    line=dict(width=3, color=SUPERSEDED_COLOUR))))


def _deadline_trace(fig: go.Figure, deadline: int, lang: str) -> None:
    """The deadline as a vertical dotted line spanning the plot (a trace, so it has a legend entry)."""
    fig.add_trace(go.Scatter(
        x=[deadline, deadline], y=[0, 1], yaxis="y2", name=t("goal_tr_deadline", lang, year=deadline),
        meta="deadline", mode="lines", line=dict(color=TARGET_COLOUR, width=2, dash="dot"),
        hovertext=[t("goal_tr_deadline", lang, year=deadline)] * 2, hoverinfo="text"))
    fig.update_layout(yaxis2=dict(overlaying="y", range=[0, 1], visible=False, fixedrange=True))


def district_bars(rows: list[dict], lang: str) -> go.Figure:
    """A small horizontal bar chart of progress per Stadtbezirk, coloured by status (with the
    status word in the hover and the percentage as bar text). rows: goal_tables.district_status_rows."""
    names = [r["name"] for r in rows]
    values = [(r["progress"] or 0) * 100 for r in rows]
    fig = go.Figure(go.Bar(
        x=values, y=names, orientation="h", meta="districts", cliponaxis=False,
        text=[f"{STATUS_STYLE[r['status']].symbol} {r['progress_text']}" for r in rows], textposition="outside",
        textfont=dict(color=[STATUS_STYLE[r["status"]].text for r in rows]),
        marker=dict(color=[STATUS_STYLE[r["status"]].fill for r in rows]),
        hovertext=[f"<b>{r['name']}</b><br>{status_label(r['status'], lang)}"
                   f"<br>{r['reason']}" for r in rows], hoverinfo="text"))
    base_layout(fig, lang, height=60 + 28 * len(rows))
    fig.update_xaxes(title_text=f"{t('goal_district_bar_axis', lang)} (%)", range=[0, 150], tickvals=[0, 25, 50, 75, 100])
    fig.update_yaxes(autorange="reversed")
    fig.update_yaxes(automargin=True)
    fig.update_xaxes(automargin=True)
    fig.update_layout(showlegend=False, margin=dict(l=130, r=20, t=10, b=50))
    return fig


WHATIF_COLOUR = "#E69F00"  # Okabe-Ito orange: an assumption, not a measured value


def with_whatif(fig: go.Figure, detail: dict, path: tuple[tuple[int, float], ...], name: str,
                lang: str) -> go.Figure:
    """A copy of a goal chart with the what-if path (indicators.whatif.WhatIf.path, in the goal's
    unit) as a dash-dotted line with open squares, meta "whatif"; the input figure is unchanged."""
    scale = _scale(detail)
    out = go.Figure(fig)
    out.add_trace(go.Scatter(
        x=[y for y, _ in path], y=[v / scale for _, v in path], name=name, meta="whatif", mode="lines+markers",
        line=dict(color=WHATIF_COLOUR, width=3, dash="dashdot"), marker=dict(symbol="square-open", size=9),
        hovertext=[_hover(y, v, detail, lang, name) for y, v in path], hoverinfo="text"))
    return out
