"""Cached building blocks of the goal page (Ziel im Detail), called through dashboard.data.derived.

Each function takes small arguments (goal id, lang), reads its data with dashboard.data.query
and returns what pages/goal.py draws: the chooser's options and theme groups, and for one goal
a dict of sentences, tables, CSV bytes and plotly figures. The logic lives in
dashboard.goal_model and dashboard.charts.progress; this module only assembles it so that a warm
rerun re-emits elements instead of rebuilding them. Returned figures are read-only.
"""

from __future__ import annotations

from types import MappingProxyType

from dashboard import changes_view, components, context_model, downloads, goal_model, goal_status, goal_tables
from dashboard import goal_whatif, headline, history_strip, implementation_model, literal
from dashboard.charts.progress import district_bars, progress_figure, with_whatif
from dashboard.data import derived, query
from dashboard.i18n import t
from dashboard.markup import Markup, html, join
from dashboard.queries import context as context_q
from dashboard.queries import implementation as implementation_q
from dashboard.queries import targets as q
from dashboard.style import IMPLEMENTATION_STYLE
from dashboard.queries.overview import start_point


def choices(lang: str) -> tuple[list[str], dict[str, str], list[tuple[str, list[dict]]]]:
    """All goal ids, their chooser labels and the goals grouped by theme."""
    overview = query(q.targets_overview)
    ids, labels = goal_model.goal_options(overview, lang)
    return ids, labels, goal_model.goals_by_theme(overview, lang)


def _progress(detail: dict, obs, planned, lang: str) -> dict:
    """Sentences (a goal not yet assessable: its starting point and the plain statement, no
    verdict), chart, observation table and its CSV (chart None when nothing is drawn)."""
    start = query(start_point, detail["target_id"]) if detail.get("indicator_id") else {}
    sentences = goal_status.progress_sentences(detail, goal_model.goal_sentences(detail, lang), start, lang)
    out = {"sentences": sentences,
           "obs_titles": goal_tables.source_titles(obs),
           "fig": progress_figure(detail, obs, planned, lang)}
    if out["fig"] is None:
        out["data_needed"] = goal_model.data_needed(detail, lang)
        return out
    out["chart_titles"] = goal_tables.source_titles(obs, planned)
    # as st.table shows it: the reference and source columns escaped (dashboard.literal)
    out["table"] = literal.md_columns(goal_tables.observation_table(obs, detail, lang),
                                      [t("goal_col_detail", lang), t("goal_col_source", lang)])
    out |= downloads.files(downloads.observation_download(obs, detail, lang), detail["target_id"])
    return out


def _districts(detail: dict, lang: str) -> dict:
    """Per-Stadtbezirk status rows with their bar chart, and the values per district."""
    status_rows = query(q.target_district_status, detail["target_id"])
    values = query(q.indicator_by_district, detail["indicator_id"]) if detail.get("indicator_id") else None
    out: dict = {"rows": None, "bars": None, "pivot": None}
    if not status_rows.empty:
        out["rows"] = goal_tables.district_status_rows(status_rows, lang)
        out["bars"] = district_bars(out["rows"], lang)
        out["all_demo"] = all(r["demo"] for r in out["rows"])
        out["table_html"] = _district_table(out["rows"], out["all_demo"], lang)
    if values is not None and not values.empty:
        out["pivot"] = goal_tables.district_pivot(values, detail, lang)
        table = downloads.district_download(values, detail, lang)
        out["pivot_files"] = downloads.files(table, t("take_sheet_districts", lang))
        out["value_titles"] = goal_tables.source_titles(values)
        out["value_demo"] = goal_tables.shows_demo({}, values)
    return out


def _district_table(rows: list[dict], all_demo: bool, lang: str) -> Markup:
    """The per-district status table (district, status badge with the demo mark unless every
    row is demo, progress, reason) as HTML: it wraps on a phone; the page scrolls it if still too wide."""
    head = join(html("<th scope='col'>{label}</th>", label=t(k, lang)) for k in
                ("goal_col_district", "goal_col_status", "goal_col_progress", "goal_col_reason"))
    body = join(
        html("<tr><td>{name}</td><td>{badge}{demo}</td><td class='zm-num'>{progress}</td><td>{reason}</td></tr>",
             name=r["name"], badge=components.status_badge(r["status"], lang),
             demo=join([" ", components.demo_badge(lang)]) if r["demo"] and not all_demo else "",
             progress=r["progress_text"], reason=r["reason"])
        for r in rows)
    return html("<table class='zm-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>",
                head=head, body=body)


def goal(goal_id: str, lang: str) -> dict:
    """Everything the page shows for one goal: detail, demo flag and demo-status note, meta line, progress part,
    districts part, the 'how computed' panel and its table (None without input rows), the status
    history strip as HTML, the what-if offer (goal_whatif.offer, None if none), citations and related goals."""
    detail = goal_model.clean_detail(query(q.target_detail, goal_id))
    obs = query(q.target_observations, goal_id)
    planned = query(q.planned_path, detail["indicator_id"]) if detail.get("indicator_id") else obs.iloc[0:0]
    how = goal_tables.how_computed(detail, lang)
    return {"detail": detail, "demo": goal_tables.shows_demo(detail, obs),
            "demo_note": goal_status.demo_status_note(detail, lang),
            "press_note": goal_status.press_note(detail, obs, lang),
            "meta_line": goal_model.meta_line(detail, lang),
            "progress": _progress(detail, obs, planned, lang),
            "districts": _districts(detail, lang),
            "how": how, "how_table": how.table(lang) if how.rows else None,
            "history_html": history_strip.strip_html(changes_view.history(goal_id, lang), lang),
            "whatif": goal_whatif.offer(detail, obs, lang),
            "citations": goal_tables.citation_items(query(q.target_citations, goal_id), lang),
            "related": goal_tables.related_items(query(q.related_targets, goal_id), lang)}


def whatif(goal_id: str, per_year: float, lang: str) -> dict | None:
    """The what-if outcome for an entered yearly pace (goal_whatif.outcome) and, where the goal
    has a chart, a copy of it with the what-if path ("fig"); None where no pace is offered."""
    view = derived(goal, goal_id, lang)
    out = goal_whatif.outcome(view["detail"], query(q.target_observations, goal_id), per_year, lang)
    if out is not None:
        fig = view["progress"]["fig"]
        out["fig"] = None if fig is None else with_whatif(fig, view["detail"], out["result"].path,
                                                           out["trace_name"], lang)
    return out


def context(goal_id: str, lang: str) -> tuple:
    """The goal's figures on its topic (context_model.context_blocks), each block's table indexed
    by its first column as the page shows it; () when there are none."""
    blocks = context_model.context_blocks(query(context_q.context_series, goal_id), lang)
    return tuple(MappingProxyType({**b, "table": b["table"].set_index(b["table"].columns[0])}) for b in blocks)


def timeline(goal_id: str, lang: str) -> dict:
    """The evidence timeline of a goal: {"status": its evidence status (None if none), "other":
    True when numbers decide the page's status instead, "sentence": what the evidence shows when
    it decides (else None), "items": implementation_model.timeline_items as a tuple}."""
    detail = query(q.target_detail, goal_id) or {}
    status = detail.get("implementation")
    status = status if status in IMPLEMENTATION_STYLE else None
    out = {"status": status, "other": status is not None and headline.page_status(detail) != status,
           "sentence": None,
           "items": tuple(implementation_model.timeline_items(query(implementation_q.timeline, goal_id), lang))}
    if status is not None and not out["other"]:
        row = query(implementation_q.implementation).set_index("target_id").loc[goal_id]
        out["sentence"] = implementation_model.status_sentence({**row.to_dict(), "target_id": goal_id}, lang)
    return out


def newer(goal_id: str, lang: str):
    """Figures of the goal's quantity in another form that are newer than its series
    (context_model.newer_figures): a dict with series_end and items, or None when there are none."""
    return context_model.newer_figures(query(context_q.context_series, goal_id),
                                       query(q.target_observations, goal_id), lang)
