"""Zielmonitor Dortmund: the router. Sets up the page, the header and the navigation.

Run with `python -m dashboard.serve` (or `make run`, which builds the database first);
`streamlit run app.py` works too, see dashboard/serve.py for the one difference.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components
from dashboard.i18n import t

# "auto": the sidebar is open on wide screens and collapsed on phones (it would cover 75 % of 390 px)
st.set_page_config(page_title="Zielmonitor Dortmund", layout="wide", initial_sidebar_state="auto")

lang = components.current_lang()
# --- kiosk branch (issue 5): owned by the kiosk work; returns before the normal navigation ---
from dashboard.kiosk.options import is_kiosk  # noqa: E402 (kept inside the kiosk branch)

if is_kiosk(st.query_params):  # public screens: no header, sidebar or menus (docs/kiosk.md)
    components.page_language(lang)
    st.navigation([st.Page("pages/kiosk.py", title="Zielmonitor Dortmund", default=True)],
                  position="hidden").run()
    st.stop()
# --- end kiosk branch ---
pages = [
    st.Page("pages/overview.py", title=t("nav_overview", lang), default=True),  # at the root URL "/"
    st.Page("pages/goal.py", title=t("nav_goal", lang), url_path="ziel"),
    st.Page("pages/districts.py", title=t("nav_map", lang), url_path="stadtbezirke"),
    st.Page("pages/sources.py", title=t("nav_sources", lang), url_path="quellen"),
    st.Page("pages/method.py", title=t("nav_method", lang), url_path="methodik"),
    st.Page("pages/datenlage.py", title=t("nav_datenlage", lang), url_path="datenlage"),
    st.Page("pages/changes.py", title=t("nav_changes", lang), url_path="aenderungen"),
    st.Page("pages/document.py", title=t("nav_document", lang), url_path="dokument"),
    # the overview's old address (/uebersicht) still works: it opens the overview, no "Page not found"
    st.Page(components.to_overview, title=t("nav_overview", lang), url_path="uebersicht", visibility="hidden"),
]
# --- planner pages (issue 4): owned by the upload work ---
# Listed in the navigation only for a signed-in planner; where sign-ins are configured, viewers
# get a small "Anmelden" link to the (hidden) page and its sign-in form instead.
import config  # noqa: E402
from planner.auth import planners_configured  # noqa: E402

signin_page = None
if st.session_state.get("zm_planner"):
    pages.append(st.Page("pages/upload.py", title=t("nav_upload", lang), url_path="hochladen"))
elif planners_configured(config.users_file(), st.secrets):
    signin_page = st.Page("pages/upload.py", title=t("nav_upload", lang), url_path="hochladen",
                          visibility="hidden")
    pages.append(signin_page)
# --- end planner pages ---
page = st.navigation(pages)
components.page_chrome(lang)
components.page_title(page.title, lang)
if signin_page is not None:
    st.sidebar.page_link(signin_page, label=t("nav_signin", lang))
components.header(lang)
components.language_switch(lang)
page.run()
components.footer(lang)
