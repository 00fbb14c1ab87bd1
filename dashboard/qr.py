"""QR codes, made locally with segno (no web service): a URL in, an SVG data URI out.

The kiosk puts one on each slide so a visitor can open the same goal on a phone.
Results are memoised in a bounded LRU cache (a screen shows a few dozen URLs at most).
"""

from __future__ import annotations

import functools

import segno


@functools.lru_cache(maxsize=256)
def qr_data_uri(url: str, scale: int = 8, dark: str = "#1a1a1a") -> str:
    """An SVG data URI ('data:image/svg+xml,...') of a QR code for url, with a quiet zone.

    Error correction level M; scale is the size of one module in SVG units. Raises
    ValueError for an empty url (segno's DataOverflowError for a far too long one).
    """
    if not url:
        raise ValueError("a QR code needs a non-empty URL")
    code = segno.make(url, error="m", micro=False)
    return code.svg_data_uri(scale=scale, border=2, dark=dark, light="#ffffff")


@functools.lru_cache(maxsize=64)
def qr_png(url: str, scale: int = 10) -> bytes:
    """The same QR code as PNG bytes (for print or docs); ValueError for an empty url."""
    import io

    if not url:
        raise ValueError("a QR code needs a non-empty URL")
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
