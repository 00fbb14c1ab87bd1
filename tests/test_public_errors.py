"""The public never sees the database path or an error text: a calm message, the detail in the log."""

from __future__ import annotations

import pytest

from tests.apptest import page_text, run_page


@pytest.mark.parametrize("broken", ["missing", "garbage"])
def test_a_broken_database_shows_a_calm_message_without_path_or_error(tmp_path, broken):
    path = tmp_path / "secret-folder" / "zielmonitor.duckdb"
    if broken == "garbage":
        path.parent.mkdir()
        path.write_bytes(b"this is not a duckdb file" * 100)
    at = run_page(path, "pages/goal.py", {"goal": "baeume_5000"})
    text = page_text(at)
    assert not at.exception
    assert "bitte" in text.lower()  # the calm message
    for internal in ("secret-folder", str(path), "duckdb", "etl build", "Traceback", "Error"):
        assert internal not in text, internal
