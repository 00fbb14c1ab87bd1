"""The pages' label tables, registered in the one text system (`texts`): `t(key, lang)` looks a
label up; `from dashboard.i18n import t` and `from texts import t` are the same function.

Label tables live in small modules per area (common, overview, goal, map, sources, method);
each defines TEXTS = {key: (german, english)}. A missing key raises KeyError at once, so a
typo shows up in tests rather than as a blank label.
"""

from __future__ import annotations

from texts import _TABLES, DEFAULT_LANG, LANGS, all_keys, lang_from, register, t  # noqa: F401
from dashboard.i18n import (
    changes, common, datenlage, downloads, goal, implementation, kiosk, map, method, method_rules, newer,
    overview, page, ref_dates, report, sources, upload, upload_evidence, whatif,
)

for _module in (common, overview, goal, map, sources, method, method_rules, upload, kiosk, datenlage,
                implementation, report, changes, downloads, whatif, ref_dates, upload_evidence, page, newer):
    register(_module.TEXTS)

from dashboard.i18n import framework  # noqa: E402  (Streamlit's own strings, for static/page.js)
register(framework.TEXTS)
