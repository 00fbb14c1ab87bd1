"""The one small HTML template helper for pages: every value escaped unless it is already Markup.

    html("<b>{title}</b> {badge}", title=user_text, badge=components.status_badge(s, lang))

`title` is escaped ('<' -> '&lt;', control characters made visible through dashboard.literal),
`badge` is Markup (built by this module) and goes in as it is. Pages build HTML only through
html() and join(); the look lives in dashboard/static/zielmonitor.css, the colours in
dashboard.style.
"""

from __future__ import annotations

import string
from collections.abc import Iterable

from dashboard.literal import html_text


class Markup(str):
    """A string of HTML that is safe to insert as it is (made by html() or join())."""

    __slots__ = ()


def escape(value: object) -> Markup:
    """`value` as HTML: Markup unchanged, anything else escaped (None and NaN give '')."""
    return value if isinstance(value, Markup) else Markup(html_text(value))


def html(template: str, /, **values: object) -> Markup:
    """`template` (a literal string of the page's own HTML with {name} fields) filled with
    `values`, each escaped unless it is Markup. A field without a value raises KeyError."""
    names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    return Markup(template.format(**{name: escape(values[name]) for name in names}))


def join(parts: Iterable[object], sep: str = "") -> Markup:
    """Several fragments as one, each escaped unless it is Markup; `sep` is literal HTML."""
    return Markup(sep.join(escape(part) for part in parts))
