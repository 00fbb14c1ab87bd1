"""Checks on an .xlsx file before any XML in it is parsed.

Input: the file's bytes. Output: None when the workbook may be parsed, else the one
`UploadProblem` that names the part of the file at fault. Checked from the zip's central
directory and a streamed scan of each XML part, so nothing large is unpacked:
  - the unpacked size of each part and of the whole workbook (a 3 MB "zip bomb" that unpacks to
    1 GB is refused before it is read; zipfile never unpacks more than a part's listed size);
  - DOCTYPE or ENTITY declarations in any XML part (XXE and entity expansion: Excel never writes
    them). openpyxl itself parses with defusedxml (pinned in requirements.txt) as a second guard.
"""

from __future__ import annotations

import io
import zipfile

from planner.messages import UploadProblem, visible

MAX_UNPACKED_BYTES = 50 * 1024 * 1024   # a 10,000-row sheet with notes unpacks to about 5 MB
MAX_PARTS = 500
CHUNK_BYTES = 1024 * 1024
FORBIDDEN_DECLARATIONS = (b"<!doctype", b"<!entity")


def _mb(size: int) -> str:
    """Bytes as MB with a German decimal comma, e.g. '1024,0'."""
    return f"{size / 1048576:.1f}".replace(".", ",")


def _declares(book: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True if an XML part holds a DOCTYPE or ENTITY declaration anywhere (read in chunks; the
    part's size is already bounded), or is not UTF-8/ASCII XML (Excel writes only UTF-8)."""
    tail = b""
    with book.open(info) as handle:
        first = True
        while chunk := handle.read(CHUNK_BYTES):
            if first and (chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in chunk[:200]):
                return True
            first = False
            window = (tail + chunk).lower()
            if any(mark in window for mark in FORBIDDEN_DECLARATIONS):
                return True
            tail = window[-16:]
    return False


def check_xlsx(data: bytes) -> UploadProblem | None:
    """None if the workbook's sizes and XML prologs are harmless, else the problem.
    Raises zipfile.BadZipFile for bytes that are not a zip (the caller reports a damaged file)."""
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        parts = book.infolist()
        limit = {"limit": f"{MAX_UNPACKED_BYTES / 1048576:g}"}
        if len(parts) > MAX_PARTS:
            return UploadProblem("xlsx_too_big", params={**limit, "member": f"{len(parts)} Teile", "size": "–"})
        total = 0
        for info in parts:
            total += info.file_size
            if info.file_size > MAX_UNPACKED_BYTES or total > MAX_UNPACKED_BYTES:
                return UploadProblem("xlsx_too_big", params={
                    **limit, "member": visible(info.filename), "size": _mb(info.file_size)})
        for info in parts:
            if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                if _declares(book, info):
                    return UploadProblem("xlsx_xml_forbidden", params={"member": visible(info.filename)})
    return None
