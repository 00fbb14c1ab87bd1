"""View model of the upload page: pure functions from check results to display tables.

Input: problems, the preview and status-effect frames of planner.effect, the upload list of the
store, the indicator table and the language. Output: DataFrames with translated headers and
numbers formatted by indicators.fmt. No Streamlit import; tested directly.
"""

from __future__ import annotations

import pandas as pd

from dashboard import literal
from dashboard.i18n import t
from dashboard.implementation_model import label as implementation_label
from dashboard.style import status_label

from indicators.fmt import format_number

MAX_SHOWN_PROBLEMS = 200  # a page of problems; the rest is counted, not drawn


def problem_table(problems: list, lang: str, limit: int = MAX_SHOWN_PROBLEMS) -> pd.DataFrame:
    """One row per problem (the first `limit`, in file order): row, column, value as written in
    the file, what is wrong and what is expected. For st.table, which renders Markdown: the
    file's text (column names, values) and the sentence are escaped with dashboard.literal."""
    return pd.DataFrame([{
        t("up_col_row", lang): "" if p.row is None else str(p.row),
        t("up_col_column", lang): literal.md(p.column or ""),
        t("up_col_value", lang): literal.md(p.value or ""),
        t("up_col_problem", lang): literal.md(p.body(lang)),
    } for p in problems[:limit]], columns=[t(k, lang) for k in ("up_col_row", "up_col_column",
                                                                 "up_col_value", "up_col_problem")])


def change_counts(preview: pd.DataFrame) -> dict[str, int]:
    """How many uploaded values are new, changed and unchanged."""
    counts = preview["change"].value_counts()
    return {k: int(counts.get(k, 0)) for k in ("new", "changed", "unchanged")}


def _decimals(indicators: pd.DataFrame, iid: str) -> int:
    """The decimals of an indicator's unit (0 if unknown)."""
    match = indicators.loc[indicators["indicator_id"] == iid, "decimals"]
    return int(match.iloc[0]) if len(match) else 0


def _number(value, decimals: int, lang: str) -> str:
    """A value in the language's format: whole numbers without decimals, '–' when missing."""
    if value is None or pd.isna(value):
        return "–"
    whole = float(value).is_integer()
    return format_number(value, lang, 0 if whole else max(decimals, 1))


def preview_table(preview: pd.DataFrame, indicators: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The preview for display: changed rows first, then new, then unchanged; old -> new in
    German number format, the indicator's name, the previous value's source."""
    order = {"changed": 0, "new": 1, "unchanged": 2}
    names = dict(zip(indicators["indicator_id"], indicators["name_en" if lang == "en" else "name_de"]))
    rows = []
    for r in sorted(preview.to_dict("records"), key=lambda r: (order[r["change"]], r["row"])):
        dec = _decimals(indicators, r["indicator_id"])
        old_source = "" if pd.isna(r["old_source"]) else str(r["old_source"])
        if r["old_is_demo"]:
            old_source = f"{old_source} ({t('demo_badge', lang)})"
        rows.append({
            t("up_col_change", lang): t(f"up_change_{r['change']}", lang),
            t("up_indicator", lang): names.get(r["indicator_id"], r["indicator_id"]),
            t("up_col_area", lang): r["area_name"],
            t("up_col_year", lang): str(r["year"]),
            t("up_col_old", lang): _number(r["old_value"], dec, lang),
            t("up_col_new", lang): _number(r["new_value"], dec, lang),
            t("up_col_old_source", lang): old_source,
            t("up_col_note", lang): r["note"],
        })
    return pd.DataFrame(rows)


def effect_table(effect: pd.DataFrame, areas: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The status effect for display: goal title, area name, status before -> after, reason."""
    names = dict(zip(zip(areas["area_level"], areas["area_code"]), areas["name"]))
    return pd.DataFrame([{
        t("up_col_goal", lang): r["title_en" if lang == "en" else "title_de"],
        t("up_col_area", lang): names.get((r["area_level"], r["area_code"]), r["area_code"]),
        t("up_col_status_old", lang): status_label(r["old_status"], lang),
        t("up_col_status_new", lang): status_label(r["new_status"], lang),
        t("up_col_reason", lang): r["new_reason_en" if lang == "en" else "new_reason_de"],
    } for r in effect.to_dict("records")])


def _row_summary(r: dict, area_names: dict, lang: str) -> str:
    """One logged row: 'completed_dwellings · Dortmund · 2024: 2.345' or, for an evidence
    row, 'neu: glasfaser_fertig · glasfaser_alle_schulen_dos · 2026-03-01 · umgesetzt'."""
    if "action" in r:
        stage = " · " + t("stage_" + r["stage"], lang) if r.get("stage") else ""
        return f"{t('upe_action_' + r['action'], lang)}: {r['id']} · {r['goal']} · {r['date']}{stage}"
    return (f"{r['indicator_id']} · {area_names.get((r['area_level'], r['area_code']), r['area_code'])} · "
            f"{r['year']}: {_number(r['value'], 1, lang)}")


def change_summary(upload: dict, area_names: dict, lang: str, limit: int = 3) -> str:
    """What an upload set, e.g. 'completed_dwellings · Dortmund · 2024: 2.345; … (+2)'."""
    parts = [_row_summary(r, area_names, lang) for r in upload["rows"][:limit]]
    more = len(upload["rows"]) - limit
    return "; ".join(parts) + (f"; … (+{more})" if more > 0 else "")


def history_table(uploads: list[dict], lang: str, areas: pd.DataFrame | None = None) -> pd.DataFrame:
    """The upload history, newest first: who, when, which file, what it set, how many values,
    comment and status (with who rolled it back and when)."""
    names = {} if areas is None else dict(zip(zip(areas["area_level"], areas["area_code"]), areas["name"]))
    rows = []
    for u in reversed(uploads):
        status = t("up_status_applied", lang) if u["status"] == "applied" else t(
            "up_status_rolled_back", lang, user=u["rolled_back_by"], time=_when(u["rolled_back_at"]))
        rows.append({
            t("up_col_id", lang): u["id"], t("up_col_user", lang): u["user"],
            t("up_col_time", lang): _when(u["time"]), t("up_col_status", lang): status,
            t("up_col_changes", lang): change_summary(u, names, lang),
            t("up_col_rows", lang): str(len(u["rows"])), t("up_col_file", lang): u["filename"],
            t("up_col_comment", lang): u["comment"],
        })
    return pd.DataFrame(rows)


def _when(iso: str | None) -> str:
    """'2026-11-21T20:17:31' -> '21.11.2026 20:17'."""
    if not iso:
        return ""
    date, _, clock = iso.partition("T")
    year, month, day = date.split("-")
    return f"{day}.{month}.{year} {clock[:5]}".strip()


def rollback_choices(uploads: list[dict]) -> list[str]:
    """Ids of uploads that can still be rolled back, newest first."""
    return [u["id"] for u in reversed(uploads) if u["status"] == "applied"]


def upload_label(uploads: list[dict], upload_id: str) -> str:
    """'U-0003 · 21.11.2026 20:17 · anna · completed_dwellings (1 Werte)' for a select box."""
    u = next(x for x in uploads if x["id"] == upload_id)
    subjects = u.get("indicators") or u.get("goals", [])
    return f"{u['id']} · {_when(u['time'])} · {u['user']} · {', '.join(subjects)} ({len(u['rows'])})"


def evidence_preview_table(changes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The evidence preview for display: action, entry, goal, date, stage (before -> after), basis."""
    def stage(value) -> str:
        return t(f"stage_{value}", lang) if isinstance(value, str) and value else "–"

    return pd.DataFrame([{
        t("upe_col_action", lang): t(f"upe_action_{r['action']}", lang),
        t("upe_col_id", lang): r["evidence_id"], t("up_col_goal", lang): r["goal"],
        t("upe_col_date", lang): r["date"],
        t("upe_col_before", lang): "–" if not isinstance(r["old_stage"], str) else f"{stage(r['old_stage'])} ({r['old_date']})",
        t("upe_col_stage", lang): "–" if r["action"] == "withdraw" else stage(r["stage"]),
        t("upe_col_basis", lang): t(f"upe_basis_{r['basis']}", lang) if isinstance(r["basis"], str) else "",
        t("up_col_note", lang): r["note"],
    } for r in changes.to_dict("records")])


def evidence_effect_table(effect: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The implementation status of each touched goal before -> after, as symbol and word."""
    return pd.DataFrame([{
        t("up_col_goal", lang): r["title_en" if lang == "en" else "title_de"],
        t("up_col_status_old", lang): implementation_label(r["old_status"], lang),
        t("up_col_status_new", lang): implementation_label(r["new_status"], lang),
    } for r in effect.to_dict("records")])
