"""Kiosk rules as pure functions, by tables of named cases: which address a phone can open,
unknown URL ids, slides that look the same, the newest evidence, quotes and axis values."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import pytest

from dashboard.charts.kiosk import nice_ticks
from dashboard.kiosk.group import merge_alike
from dashboard.kiosk.models import GoalSlide
from dashboard.kiosk.options import known_only, parse_options
from dashboard.kiosk.promises import balance_slide, latest_entries
from dashboard.kiosk.render_promises import short_quote
from dashboard.qr import phone_address, unreachable_reason


@pytest.mark.parametrize(("name", "url", "reason"), [
    ("not set", "", "not set"),
    ("blank", "   ", "not set"),
    ("the old default", "http://localhost:8501", "a loopback address"),
    ("loopback IPv4", "http://127.0.0.1:8501/", "a loopback address"),
    ("loopback elsewhere in 127/8", "http://127.1.2.3", "a loopback address"),
    ("loopback IPv6", "http://[::1]:8501", "a loopback address"),
    ("all interfaces", "http://0.0.0.0:8080", "an unspecified address"),
    ("a *.localhost name", "http://kiosk.localhost", "a loopback address"),
    ("no scheme", "zielmonitor.dortmund.de", "not an http(s) address"),
    ("another scheme", "ftp://zielmonitor.dortmund.de", "not an http(s) address"),
    ("public name", "https://zielmonitor.dortmund.de/", ""),
    ("address in the city network", "http://10.20.30.40:8080", ""),
])
def test_which_address_a_phone_can_open(name, url, reason):
    assert unreachable_reason(url) == reason, name
    expected = "" if reason else url.strip().rstrip("/")
    assert phone_address(url) == expected, name


@pytest.mark.parametrize(("name", "params", "themes", "goals", "ignored"), [
    ("all known", {"themes": "klima", "goals": "a"}, ("klima",), ("a",), ()),
    ("one unknown goal among known", {"goals": "a,nope"}, (), ("a",), ("goals=nope",)),
    ("only unknown goals: all goals", {"goals": "nope"}, (), (), ("goals=nope",)),
    ("only unknown themes: all themes", {"themes": "xyz"}, (), (), ("themes=xyz",)),
    ("case does not matter", {"goals": "A"}, (), ("a",), ()),
])
def test_unknown_ids_are_dropped_and_none_known_means_all(name, params, themes, goals, ignored):
    opts = known_only(parse_options(params), ["Klima", "wohnen"], ["a", "b"])
    assert (opts.themes, opts.goals, opts.problems) == (themes, goals, ignored), name


def _goal(tid: str, number: str = "4.123", values=(1.0, 2.0)) -> GoalSlide:
    return GoalSlide(target_id=tid, theme="Klima", title=f"Ziel {tid}", number=number, caption="kt, Stand 2018",
                     target_line=f"Ziel: 0 bis {tid}", status="not_assessable", reason="", stale=False,
                     uses_demo=False, as_of=dt.date(2026, 11, 21), source_line="", qr_url="", chart="line",
                     years=(2017, 2018), values=values, target_value=0.0, target_label="Ziel 0",
                     goal_source=f"Doc {tid}", data_source="Stadt")


@pytest.mark.parametrize(("name", "slides", "keys"), [
    ("two alike in a row", [_goal("a"), _goal("b"), _goal("c", "7")], ["group:a", "goal:c"]),
    ("three alike", [_goal("a"), _goal("b"), _goal("c")], ["group:a"]),
    ("alike apart: merged at the first", [_goal("a"), _goal("x", "9"), _goal("b")], ["group:a", "goal:x"]),
    ("same number, other chart", [_goal("a"), _goal("b", values=(1.0, 3.0))], ["goal:a", "goal:b"]),
    ("all different", [_goal("a", "1"), _goal("b", "2")], ["goal:a", "goal:b"]),
])
def test_goal_slides_that_look_the_same_become_one_group(name, slides, keys):
    merged = merge_alike(slides, {"a": "CO₂-Emissionen gesamt"}, {"a": 2035, "b": 2038, "c": None}, "de")
    assert [s.key for s in merged] == keys, name
    for group in (s for s in merged if s.kind == "group"):
        assert group.title == "CO₂-Emissionen gesamt" and group.number == "4.123"
        assert [(m.deadline, m.source) for m in group.members][:2] == [(2035, "Doc a"), (2038, "Doc b")]
        assert group.source_line == "Daten: Stadt"


def _impl(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(target_id=t, implementation=s) for t, s in rows])


def _evidence(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(target_id=t, evidence_id=i, known_from=dt.date.fromisoformat(d))
                         for t, i, d in rows])


@pytest.mark.parametrize(("name", "evidence", "n", "expected"), [
    ("newest first", [("a", "e1", "2024-01-01"), ("b", "e2", "2025-05-26")], 3, [("b", "e2"), ("a", "e1")]),
    ("one slide per goal, its latest entry", [("a", "e1", "2023-01-01"), ("a", "e2", "2025-01-01"),
                                              ("b", "e3", "2024-01-01")], 3, [("a", "e2"), ("b", "e3")]),
    ("equal dates in register order", [("c", "e1", "2025-01-01"), ("a", "e2", "2025-01-01")], 3,
     [("a", "e2"), ("c", "e1")]),
    ("at most n", [("a", "e1", "2025-01-01"), ("b", "e2", "2025-02-01"), ("c", "e3", "2025-03-01")], 2,
     [("c", "e3"), ("b", "e2")]),
    ("goals of other screens left out", [("z", "e9", "2026-01-01"), ("a", "e1", "2024-01-01")], 3, [("a", "e1")]),
    ("no evidence", [], 3, []),
])
def test_the_newest_evidence_picks_the_recent_slides(name, evidence, n, expected):
    impl = _impl(("a", "under_way"), ("b", "done"), ("c", "decided"))
    frame = _evidence(*evidence) if evidence else pd.DataFrame(columns=["target_id", "evidence_id", "known_from"])
    got = latest_entries(frame, impl, n)
    assert list(zip(got["target_id"], got["evidence_id"])) == expected, name


def test_balance_counts_every_implementation_status_zeros_included():
    slide = balance_slide(_impl(("a", "done"), ("b", "done"), ("c", "not_evidenced")), None, "")
    counts = dict(slide.counts)
    assert (counts["done"], counts["not_evidenced"], counts["under_way"], slide.total) == (2, 1, 0, 3)
    assert len(counts) == 7 and list(counts)[0] == "done"


def test_a_long_quote_is_cut_at_a_word_and_marked():
    assert short_quote("Alle Schulen sind angeschlossen.") == "Alle Schulen sind angeschlossen."
    quote = "Die Stadt hat beschlossen, " + "alle Schulen anzuschließen und " * 20
    got = short_quote(quote)
    assert got.endswith(" …") and len(got) <= 262
    kept = got[:-2]
    assert quote.startswith(kept) and quote[len(kept)] == " "  # cut between two words


@pytest.mark.parametrize(("name", "low", "high", "ticks"), [
    ("housing", 0, 2160, [0, 1000, 2000, 3000]),
    ("CO₂", 0, 6539, [0, 2000, 4000, 6000, 8000]),
    ("a share", 0, 0.9, [0, 0.25, 0.5, 0.75, 1.0]),
    ("all zero: still an axis", 0, 0, [0, 0.25, 0.5, 0.75, 1.0]),
    ("below zero", -30, 70, [-50, -25, 0, 25, 50, 75]),
])
def test_axis_values_are_round_and_cover_the_data(name, low, high, ticks):
    assert nice_ticks(low, high) == pytest.approx(ticks), name


def test_options_fallback_keeps_other_options():
    opts = replace(parse_options({"goals": "nope", "seconds": "7", "lang": "en"}))
    assert known_only(opts, [], ["a"]).seconds == 7 and known_only(opts, [], ["a"]).lang == "en"
