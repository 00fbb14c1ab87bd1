"""The document view: which lines of a bundled document to show around a cited passage, and the
passage as an escaped HTML list (text exactly as written, line numbers kept).

Pure functions; no Streamlit, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.markup import Markup, html, join

CONTEXT_LINES = 12   # lines shown before and after a cited passage
WHOLE_DOCUMENT_PAGE = 2000  # lines shown when no passage is cited (the documents are shorter)


@dataclass(frozen=True)
class Window:
    """The lines to show (first..last) and the cited passage inside them (cited_from..cited_to,
    None when no passage is cited)."""

    first: int
    last: int
    cited_from: int | None
    cited_to: int | None


def parse_line(value: object) -> int | None:
    """A line number from a URL parameter ('57' -> 57); None for anything else."""
    text = str(value or "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


def window(n_lines: int, cited_from: int | None, cited_to: int | None) -> Window:
    """The window around the cited lines, clipped to the document (1..n_lines).

    No or invalid passage: the first WHOLE_DOCUMENT_PAGE lines. A passage beyond the end is
    treated as no passage. cited_to before cited_from is read as a one-line passage."""
    if cited_from is None or cited_from > n_lines:
        return Window(1, min(n_lines, WHOLE_DOCUMENT_PAGE), None, None)
    end = min(max(cited_to or cited_from, cited_from), n_lines)
    return Window(max(1, cited_from - CONTEXT_LINES), min(n_lines, end + CONTEXT_LINES),
                  cited_from, end)


def lines_html(lines: list[tuple[int, str]], win: Window) -> Markup:
    """The lines as an ordered list starting at their first number; cited lines are marked
    (<mark> and aria-current). Every text is escaped (dashboard.markup): nothing in a document
    becomes markup."""
    if not lines:
        return Markup("")
    items = []
    for number, text in lines:
        cited = win.cited_from is not None and win.cited_from <= number <= win.cited_to
        body = text if text.strip() else Markup("&nbsp;")
        template = '<li value="{n}" id="z{n}" aria-current="true"><mark>{body}</mark></li>' if cited else \
            '<li value="{n}" id="z{n}">{body}</li>'
        items.append(html(template, n=number, body=body))
    return html('<ol class="zm-doc" start="{start}">{items}</ol>', start=lines[0][0], items=join(items))


def link_params(source_id: str, line_from: int, line_to: int, lang: str) -> dict[str, str]:
    """URL parameters of the document view at a cited passage (for st.page_link)."""
    params = {"doc": source_id, "von": str(line_from), "bis": str(line_to)}
    return {**params, "lang": "en"} if lang == "en" else params
