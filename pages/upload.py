"""Daten hochladen: planners sign in, download a template, upload a file, check the preview,
confirm or cancel, and see or roll back the history. Viewers only see the sign-in form.

Logic lives in planner.workflow / planner.auth (the one workflow: check, preview, apply, rollback;
the command line runs the same) and dashboard.upload_model (display tables); this page only wires
widgets to them.
"""

from __future__ import annotations

import math

import streamlit as st

import config
from dashboard import components, literal, upload_model
from dashboard.data import query
from dashboard.i18n import t
from dashboard.queries.uploads import upload_indicators
from etl.errors import ValidationFailed
from etl.uploads import UploadBusy, UploadError, UploadStore
from planner import auth, workflow
from planner.messages import problem_count
from planner.evidence_template import evidence_template_csv, evidence_template_xlsx
from planner.template import history_csv, template_csv, template_xlsx

lang = components.current_lang()
st.title(t("up_title", lang), anchor=False)


def _sign_in() -> None:
    """The sign-in form (password accounts; SSO button when st.login is configured)."""
    st.header(t("up_signin_title", lang), anchor=False)
    st.caption(t("up_signin_note", lang))
    users = auth.load_users(config.users_file(), auth.secrets_section(st.secrets, "planners"))
    sso_emails = auth.secrets_section(st.secrets, "planners_sso").get("emails", [])
    if auth.secrets_section(st.secrets, "auth") and sso_emails:
        if getattr(st.user, "is_logged_in", False) and st.user.get("email") in sso_emails:
            st.session_state["zm_planner"] = f"sso:{st.user.get('email')}"
            st.rerun()
        st.button(t("up_sso", lang), on_click=st.login)
    if not users:
        st.info(t("up_no_accounts", lang))
        return
    with st.form("zm_signin", clear_on_submit=True):
        name = st.text_input(t("up_user", lang), key="zm_signin_user", max_chars=auth.MAX_NAME_CHARS)
        password = st.text_input(t("up_password", lang), type="password", key="zm_signin_password",
                                 max_chars=auth.MAX_PASSWORD_CHARS)
        submitted = st.form_submit_button(t("up_signin", lang))
    if submitted:
        peer = st.context.ip_address  # None (or a stand-in object) outside a real server
        address = auth.client_address(peer if isinstance(peer, str) else None,
                                      st.context.headers.get("X-Forwarded-For"))
        ok, wait = auth.sign_in(users, name, password, address, auth.throttle_for(config.users_file()))
        if ok:
            st.session_state["zm_planner"] = name.strip().lower()
            st.rerun()
        elif wait > 0:
            st.error(t("up_signin_blocked", lang, seconds=math.ceil(wait)))
        else:
            st.error(t("up_signin_failed", lang))


def _templates(indicators, areas, last_year) -> None:
    """Step 1: pick an indicator, download its CSV or Excel template."""
    ids = list(indicators["indicator_id"])
    names = dict(zip(ids, indicators["name_en" if lang == "en" else "name_de"]))
    default = ids.index("completed_dwellings") if "completed_dwellings" in ids else 0
    iid = st.selectbox(t("up_indicator", lang), ids, index=default, key="zm_template_indicator",
                       format_func=lambda i: f"{names[i]} ({i})")
    ind = indicators[indicators["indicator_id"] == iid].iloc[0].to_dict()
    st.caption(t("up_template_help", lang, unit=ind["symbol_en" if lang == "en" else "symbol_de"]))
    left, right = st.columns(2)
    left.download_button(t("up_template_csv", lang), template_csv(ind, areas, last_year),
                         file_name=f"vorlage_{iid}.csv", mime="text/csv", key="zm_dl_csv")
    right.download_button(t("up_template_xlsx", lang), template_xlsx(ind, areas, last_year),
                          file_name=f"vorlage_{iid}.xlsx", key="zm_dl_xlsx",
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _reset_upload(message: tuple[str, str], where: str = "zm_upload_file") -> None:
    """Forget the current file (new uploader keys) and show `message` above the file chooser
    `where` after the rerun."""
    st.session_state["zm_upload_n"] = st.session_state.get("zm_upload_n", 0) + 1
    st.session_state[f"{where}_msg"] = message


def _problems(problems) -> None:
    """Every problem counted, the first MAX_SHOWN_PROBLEMS in a table (file text shown literally)."""
    st.error(t("up_problems", lang, count=problem_count(len(problems), lang)))
    st.table(upload_model.problem_table(problems, lang).set_index(t("up_col_row", lang)))
    if len(problems) > upload_model.MAX_SHOWN_PROBLEMS:
        st.caption(t("up_problems_more", lang, shown=upload_model.MAX_SHOWN_PROBLEMS, n=len(problems)))


def _session_alive():
    """A check whether this browser session still exists (so a parse is cancelled when the
    planner leaves); None outside a running server (tests)."""
    from streamlit import runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None or not runtime.exists():
        return None
    instance, session_id = runtime.get_instance(), ctx.session_id
    return lambda: instance.is_active_session(session_id)


def _file(key: str, label: str):
    """A file chooser (a new key after every confirm or cancel) and the message of the last one."""
    kind, text = st.session_state.pop(f"{key}_msg", (None, None))
    if kind:
        getattr(st, kind)(text)
    mb = f"{config.max_upload_bytes() / 1048576:g}"
    n = st.session_state.get("zm_upload_n", 0)
    return st.file_uploader(t(label, lang, mb=mb), type=["csv", "xlsx"], key=f"{key}_{n}"), n


def _confirm(plan, data: bytes, user: str, ref, n: int, applied: str, prefix: str) -> None:
    """Comment, then apply (the one workflow) or cancel; the message shows after the rerun above
    the file chooser `<prefix>_file` (keys per kind: values 'zm_upload', evidence 'zm_evidence')."""
    where = f"{prefix}_file"
    comment = st.text_input(t("up_comment", lang), key=f"{prefix}_comment_{n}")
    left, right = st.columns(2)
    if left.button(t("up_confirm", lang), type="primary", key=f"{prefix}_confirm"):
        try:
            with st.spinner("…"):
                entry = workflow.apply_upload(plan.checked, data, user, comment, UploadStore(config.upload_dir()), ref,
                                              lang=lang)
        except (UploadError, UploadBusy, ValidationFailed) as err:
            st.error(t("up_failed", lang, detail=literal.md(err)))
            return
        _reset_upload(("success", t(applied, lang, id=entry["id"], n=len(entry["rows"]))), where)
        st.rerun()
    if right.button(t("up_cancel", lang), key=f"{prefix}_cancel"):
        _reset_upload(("info", t("up_cancelled", lang)), where)
        st.rerun()


def _check(file, ref, kind: str):
    """The checked file and its plan (None, with every problem shown, when it is refused)."""
    data = file.getvalue()
    checked = workflow.check_file(data, file.name, ref, config.max_upload_bytes(), lang,
                                  alive=_session_alive(), kind=kind)
    if not checked.ok:
        _problems(checked.problems)
        return data, None
    return data, workflow.plan(checked, query, ref)


def _review(user, ref, kind: str, show, applied: str, prefix: str) -> None:
    """Step 2 of either kind: choose a file, see every problem or its preview (`show(plan)`), then
    confirm or cancel (file chooser `<prefix>_file`, success label `applied`)."""
    file, n = _file(f"{prefix}_file", "upe_file" if kind == "evidence" else "up_file")
    if file is None:
        return
    data, plan = _check(file, ref, kind)
    if plan is None:
        return
    show(plan)
    _confirm(plan, data, user, ref, n, applied, prefix)


def _value_preview(plan, indicators, areas) -> None:
    """The preview of an indicator file: counts, the changed values and the status effect."""
    st.header(t("up_preview", lang), anchor=False)
    st.markdown(t("up_counts", lang, **upload_model.change_counts(plan.changes)))
    st.dataframe(upload_model.preview_table(plan.changes, indicators, lang), hide_index=True)
    st.header(t("up_effect", lang), anchor=False)
    if plan.effect.empty:
        st.caption(t("up_effect_none", lang))
    else:
        st.dataframe(upload_model.effect_table(plan.effect, areas, lang), hide_index=True)


def _evidence_preview(plan) -> None:
    """The preview of an evidence file: the entries' changes and the implementation status effect."""
    st.header(t("upe_preview", lang), anchor=False)
    st.dataframe(upload_model.evidence_preview_table(plan.changes, lang), hide_index=True)
    st.header(t("upe_effect", lang), anchor=False)
    st.dataframe(upload_model.evidence_effect_table(plan.effect, lang), hide_index=True)


def _evidence(user) -> None:
    """Evidence entries: template for a goal, upload, every problem or the preview, confirm."""
    st.markdown(t("upe_intro", lang))
    ref = workflow.reference(query, "evidence")
    goals = list(ref.goals)
    goal = st.selectbox(t("upe_goal", lang), goals, key="zm_evidence_goal",
                        format_func=lambda g: f"{ref.goals[g]['title_en' if lang == 'en' else 'title_de']} ({g})")
    left, right = st.columns(2)
    left.download_button(t("upe_template_csv", lang), evidence_template_csv(goal, ref.today.isoformat()),
                         file_name=f"nachweise_{goal}.csv", mime="text/csv", key="zm_dl_evidence_csv")
    right.download_button(t("upe_template_xlsx", lang), evidence_template_xlsx(goal, ref.today.isoformat()),
                          file_name=f"nachweise_{goal}.xlsx", key="zm_dl_evidence_xlsx",
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    _review(user, ref, "evidence", _evidence_preview, "upe_applied", "zm_evidence")


def _history(user, areas) -> None:
    """Every upload with who, when and what; download as CSV; roll one back."""
    try:
        uploads = UploadStore(config.upload_dir()).uploads()
    except UploadError as err:  # e.g. a damaged log line: names the line and `python -m etl repair`
        st.error(literal.md(err))
        return
    kind, text = st.session_state.pop("zm_history_msg", (None, None))
    if kind:
        getattr(st, kind)(text)
    if not uploads:
        st.caption(t("up_history_empty", lang))
        return
    st.dataframe(upload_model.history_table(uploads, lang, areas), hide_index=True)
    st.download_button(t("up_history_csv", lang), history_csv(uploads), file_name="uploads.csv",
                       mime="text/csv", key="zm_dl_history")
    choices = upload_model.rollback_choices(uploads)
    if not choices:
        return
    picked = st.selectbox(t("up_rollback_pick", lang), choices, key="zm_rollback_pick",
                          format_func=lambda i: upload_model.upload_label(uploads, i))
    reason = st.text_input(t("up_rollback_reason", lang), key="zm_rollback_reason")
    if st.button(t("up_rollback", lang), key="zm_rollback_go"):
        try:
            with st.spinner("…"):
                workflow.rollback(picked, user, reason, UploadStore(config.upload_dir()), lang=lang)
        except (UploadError, UploadBusy, ValidationFailed) as err:
            st.error(t("up_failed", lang, detail=literal.md(err)))
            return
        st.session_state["zm_history_msg"] = ("success", t("up_rolled_back", lang, id=picked))
        st.rerun()


planner = st.session_state.get("zm_planner")
if not planner:
    st.caption(t("up_viewer_note", lang))
    _sign_in()
else:
    st.markdown(t("up_intro", lang))
    who, out = st.columns([4, 1])
    who.markdown(t("up_signed_in_as", lang, user=literal.md(planner)))
    if out.button(t("up_signout", lang), key="zm_signout"):
        st.session_state.pop("zm_planner", None)
        st.rerun()
    with components.data_edge(lang):
        ref = workflow.reference(query)
        indicators, areas = query(upload_indicators), ref.areas
        tab_upload, tab_templates, tab_evidence, tab_history = st.tabs(
            [t("up_tab_upload", lang), t("up_tab_templates", lang), t("upe_tab", lang), t("up_tab_history", lang)])
        with tab_upload:
            st.caption(t("up_step1", lang) + " → " + t("up_tab_templates", lang))
            st.markdown(f"**{t('up_step2', lang)}**")
            _review(planner, ref, "indicator", lambda plan: _value_preview(plan, indicators, areas),
                    "up_applied", "zm_upload")
        with tab_templates:
            st.markdown(f"**{t('up_step1', lang)}**")
            _templates(indicators, areas, ref.last_year)
        with tab_evidence:
            _evidence(planner)
        with tab_history:
            _history(planner, areas)
