"""Text from a file, a user or a document, shown literally: never as Markdown, HTML or a link.

Every page, table, caption and chart hover that shows such text (planners' notes in source
details, file cells and header names in upload messages, user names, register notes, source
titles, URL parameters) passes it through one of these functions:

  md(text)              for st.markdown, st.caption, st.info/error, st.table cells (Markdown)
  md_columns(df, cols)  a copy of a table for st.table with the named text columns through md()
  html_text(text)       for st.html and plotly hover/annotation text (plotly renders <a>, <b>, <br>)

st.dataframe cells are plain text already and need none of this. Control and text-direction
characters are shown as '⟨U+202E⟩', never passed on.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from texts.visible import CONTROL_CHARS, char_name

# Every ASCII punctuation character that Markdown, GitHub-flavoured Markdown or Streamlit's
# additions (:red[…], :material/…:, $…$ LaTeX) give a meaning. A backslash makes each literal
# (CommonMark: any ASCII punctuation may be escaped). A '.' between digits ('2.345') is left alone.
_MARKDOWN = re.compile(r"[\\`*_{}\[\]()<>#+\-!|~$:&=^\"'@%]|\.(?!\d)")
# GFM turns bare addresses into links after escapes are resolved ('https://…', 'www.…', 'a@b.de'):
# an invisible WORD JOINER (U+2060) inside each breaks the pattern; the text looks the same.
_AUTOLINK = re.compile(r"(?i)[a-z]+:(?=//)|www(?=\.)|@")
WORD_JOINER = "\u2060"


def _visible(text: object) -> str:
    """The text with control and direction characters made visible, e.g. '⟨U+202E⟩'."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return CONTROL_CHARS.sub(lambda m: f"⟨{char_name(m.group())}⟩", str(text))


def md(text: object) -> str:
    """`text` escaped for a Markdown element: every markup character backslash-escaped, a word
    joiner after 'https:', 'www' and '@' (no bare-URL autolink), line breaks as spaces.
    'a [b](http://x)' -> 'a \\[b\\]\\(http\\:\u2060//x\\)' (renders as typed, no link).
    None and NaN give ''."""
    flat = _AUTOLINK.sub(lambda m: m.group() + WORD_JOINER, re.sub(r"[\r\n]+", " ", _visible(text)))
    return _MARKDOWN.sub(lambda m: "\\" + m.group(), flat)


def md_columns(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """A copy of `frame` whose named columns (those present) are escaped with md(), for st.table
    (which renders Markdown in its cells). Other columns (numbers, years, words) are unchanged."""
    out = frame.copy()
    for column in columns:
        if column in out.columns:
            out[column] = out[column].map(md)
    return out


def html_text(text: object) -> str:
    """`text` escaped for HTML (st.html) and for plotly's text labels: '<', '>', '&' and quotes
    as entities, so no tag (<a>, <img>, <b>) is ever made from it. None and NaN give ''."""
    return html.escape(_visible(text), quote=True)
