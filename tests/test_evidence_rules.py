"""The deliverable rule (indicators.evidence): a table of named cases."""

from __future__ import annotations

import datetime as dt

import pytest

from indicators import evidence as ev
from indicators.evidence import Evidence

AS_OF = dt.date(2026, 11, 30)


def e(day: str, stage: str) -> Evidence:
    return Evidence(dt.date.fromisoformat(day), stage)


CASES = {
    "no evidence, deadline ahead": ([], 2030, ev.S_NO_PROGRESS, "no_evidence"),
    "no evidence, no deadline": ([], None, ev.S_NO_PROGRESS, "no_evidence"),
    "no evidence, deadline passed": ([], 2025, ev.S_NOT_EVIDENCED, "no_evidence_after_deadline"),
    "decided": ([e("2023-12-14", ev.DECIDED)], 2025 + 5, ev.S_DECIDED, "latest_decided"),
    "started after decided": ([e("2023-12-14", ev.DECIDED), e("2024-06-01", ev.STARTED)], 2030,
                              ev.S_UNDER_WAY, "latest_started"),
    "partly done": ([e("2025-05-01", ev.PARTLY_DONE)], 2030, ev.S_UNDER_WAY, "latest_partly_done"),
    "done before deadline": ([e("2025-05-01", ev.DONE)], 2030, ev.S_DONE, "latest_done"),
    "done after deadline counts as done": ([e("2026-03-01", ev.DONE)], 2025, ev.S_DONE, "latest_done"),
    "only announced": ([e("2025-05-01", ev.ANNOUNCED)], 2030, ev.S_NO_PROGRESS, "latest_announced"),
    "still open before deadline": ([e("2025-05-01", ev.STILL_OPEN)], 2030, ev.S_NO_PROGRESS,
                                   "latest_still_open"),
    "deferred before deadline": ([e("2024-05-01", ev.DEFERRED)], 2030, ev.S_SHELVED, "latest_deferred"),
    "deferred, deadline passed": ([e("2024-05-01", ev.DEFERRED)], 2025, ev.S_NOT_DONE,
                                  "after_deadline_deferred"),
    "abandoned before deadline": ([e("2024-05-01", ev.ABANDONED)], 2030, ev.S_NOT_DONE, "latest_abandoned"),
    "still open in a document after the deadline": ([e("2025-08-01", ev.STILL_OPEN)], 2023 + 1,
                                                    ev.S_NOT_DONE, "still_open_after_deadline"),
    "still open before the deadline, deadline passed since": (
        [e("2023-08-16", ev.STILL_OPEN)], 2025, ev.S_NOT_EVIDENCED, "after_deadline_still_open"),
    "started, deadline passed without done": ([e("2024-06-01", ev.STARTED)], 2025, ev.S_NOT_EVIDENCED,
                                              "after_deadline_started"),
    "entry after the as-of date is not yet known": ([e("2027-01-01", ev.DONE)], 2030, ev.S_NO_PROGRESS,
                                                     "no_evidence"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_named_case(name):
    entries, deadline, status, rule = CASES[name]
    result = ev.assess_implementation(entries, deadline, AS_OF)
    assert (result.status, result.rule) == (status, rule)
    assert result.deadline_passed == (deadline is not None and AS_OF.year > deadline)


def test_the_latest_entry_decides_whatever_the_input_order():
    entries = [e("2025-01-01", ev.STARTED), e("2023-01-01", ev.DECIDED)]
    result = ev.assess_implementation(entries, 2030, AS_OF)
    assert result.latest == e("2025-01-01", ev.STARTED) and result.status == ev.S_UNDER_WAY


@pytest.mark.parametrize(("day", "old"), [("2024-12-01", False), ("2024-11-29", True)])
def test_evidence_older_than_two_years_is_marked_old(day, old):
    assert ev.assess_implementation([e(day, ev.STARTED)], 2030, AS_OF).old is old


def test_unknown_stage_is_an_error_naming_the_stages():
    with pytest.raises(ev.EvidenceError, match="unknown stage 'fertig'.*partly_done"):
        ev.assess_implementation([e("2025-01-01", "fertig")], 2030, AS_OF)


def test_every_stage_has_a_running_status():
    for stage in ev.STAGES:
        result = ev.assess_implementation([e("2025-01-01", stage)], None, AS_OF)
        assert result.status in ev.IMPLEMENTATION_STATUSES
