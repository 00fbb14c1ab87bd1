"""QR codes, made locally with segno (no web service): a URL in, an SVG data URI out; and the
rule whether an address is one a visitor's phone can open at all.

The kiosk puts one on each slide so a visitor can open the same goal on a phone, but only for
an address that `phone_address` accepts (ZM_PUBLIC_URL set, http(s), not a loopback host).
Results are memoised in a bounded LRU cache (a screen shows a few dozen URLs at most).
"""

from __future__ import annotations

import functools
import ipaddress
from urllib.parse import urlsplit

import segno

from dashboard.style import TEXT, WHITE

LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def unreachable_reason(url: str) -> str:
    """Why a phone cannot open url ('' when it can): 'not set', 'not an http(s) address',
    'a loopback address' (localhost, 127.0.0.0/8, ::1) or 'an unspecified address' (0.0.0.0, ::)."""
    if not url or not url.strip():
        return "not set"
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return "not an http(s) address"
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return "a loopback address"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return ""  # a host name: the kiosk cannot tell from here, trust the configuration
    if ip.is_loopback:
        return "a loopback address"
    return "an unspecified address" if ip.is_unspecified else ""


def phone_address(url: str) -> str:
    """url without a trailing slash if a visitor's phone could open it, else ''."""
    return "" if unreachable_reason(url) else url.strip().rstrip("/")


@functools.lru_cache(maxsize=256)
def qr_data_uri(url: str, scale: int = 8, dark: str = TEXT) -> str:
    """An SVG data URI ('data:image/svg+xml,...') of a QR code for url, with a quiet zone.

    Error correction level M; scale is the size of one module in SVG units. Raises
    ValueError for an empty url (segno's DataOverflowError for a far too long one).
    """
    if not url:
        raise ValueError("a QR code needs a non-empty URL")
    code = segno.make(url, error="m", micro=False)
    return code.svg_data_uri(scale=scale, border=2, dark=dark, light=WHITE)


@functools.lru_cache(maxsize=64)
def qr_png(url: str, scale: int = 10) -> bytes:
    """The same QR code as PNG bytes (for print or docs); ValueError for an empty url."""
    import io

    if not url:
        raise ValueError("a QR code needs a non-empty URL")
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
