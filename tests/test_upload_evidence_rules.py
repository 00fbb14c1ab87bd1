"""The rules under evidence uploads, as tables of named cases: how the planners' changes are laid
over the evidence files (etl.evidence.apply_changes), what the store hands the build
(UploadStore.evidence_changes: active entries only, each with exactly one basis), and how cells
are read (planner.evidence.evidence_date, stage_of)."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.evidence import apply_changes
from etl.uploads import UploadStore
from planner.evidence import evidence_date, stage_of

A = dict(id="a", goal="g", date="2024", stage="decided")
B = dict(id="b", goal="g", date="2025", stage="started")


def change(action, **fields):
    return dict(action=action, **fields)


@pytest.mark.parametrize("changes, expected", [
    pytest.param([], [A, B], id="no-changes"),
    pytest.param([change("add", id="c", goal="g", date="2026", stage="done")],
                 [A, B, dict(id="c", goal="g", date="2026", stage="done")], id="add-appends"),
    pytest.param([change("correct", id="a", goal="g", date="2024", stage="started")],
                 [dict(id="a", goal="g", date="2024", stage="started"), B], id="correct-replaces-in-place"),
    pytest.param([change("withdraw", id="a", goal="g", date="2024", stage="decided")], [B], id="withdraw-removes"),
    pytest.param([change("withdraw", id="b", goal="g", date="2025", stage="started"),
                  change("correct", id="b", goal="g", date="2025", stage="done")],
                 [A, dict(id="b", goal="g", date="2025", stage="done")], id="correct-after-withdraw-appends"),
])
def test_apply_changes(changes, expected):
    entries = [dict(A), dict(B)]
    assert apply_changes(entries, changes) == expected
    assert entries == [A, B]  # inputs unchanged


def test_store_hands_the_build_only_active_evidence_with_one_basis(tmp_path):
    store = UploadStore(tmp_path)
    rows = [dict(action="add", id="x", goal="g", date="2026", stage="done", note="vom Amt bestätigt"),
            dict(action="add", id="y", goal="g", date="2026", stage="done", note="",
                 source=dict(title="Rat", reference="DS 1", date="2026"))]
    store.append(dict(kind="evidence", id="E-0001", user="anna", time="2026-11-21T10:00:00",
                      comment="Amt", goals=["g"], indicators=[], rows=rows))
    changes = store.evidence_changes()
    assert changes[0]["planner"] == dict(user="anna", time="2026-11-21T10:00:00", comment="vom Amt bestätigt")
    assert "planner" not in changes[1] and changes[1]["source"]["reference"] == "DS 1"
    assert store.observations().empty                      # evidence entries are no values
    store.append(dict(kind="rollback", id="R-0002", upload_id="E-0001", user="anna", time="t", comment=""))
    assert store.evidence_changes() == []


@pytest.mark.parametrize("cell, expected", [
    ("2025", "2025"), ("2025-05", "2025-05"), ("2025-05-26", "2025-05-26"), ("26.05.2025", "2025-05-26"),
    (dt.datetime(2025, 5, 26, 0, 0), "2025-05-26"), ("31.02.2025", None), ("Mai 2025", None), ("", None),
])
def test_evidence_date(cell, expected):
    assert evidence_date(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    ("teilweise umgesetzt", "partly_done"), ("Umgesetzt", "done"), ("partly_done", "partly_done"),
    ("weiterhin offen", "still_open"), ("zurückgestellt", "deferred"), ("fast fertig", None),
])
def test_stage_of(cell, expected):
    assert stage_of(cell) == expected
