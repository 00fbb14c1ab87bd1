"""Kiosk model: URL options, slide list from the test database, last-good store, QR, charts."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from dashboard.charts.kiosk import district_map, goal_chart
from dashboard.charts.progress import progress_figure
from dashboard.goal_model import amount, clean_detail
from dashboard.data import DatabaseMissing, DataUnavailable
from dashboard.headline import headline_counts
from dashboard.style import STATUS_STYLE
from dashboard.kiosk.options import is_kiosk, parse_options
from dashboard.kiosk.slides import KioskDataError, build_deck, load_deck, map_slide, qr_target
from dashboard.kiosk.state import MISSING, UNAVAILABLE, KioskState, current, refresh, step
from dashboard.kiosk.title import title_slide
from dashboard.qr import qr_data_uri, qr_png
from dashboard.queries import kiosk as q
from dashboard.queries import targets as tq
from indicators.fmt import format_number
from indicators.inputs import RuleInputs

URL = "https://zielmonitor.example"
NOW = dt.datetime(2026, 11, 21, 12, 0)


def deck_for(db, params: dict):
    """The deck built from the test database with the given URL options."""
    return load_deck(lambda fn, *args: fn(db.cursor(), *args), parse_options(params), URL)


@pytest.mark.parametrize("params, expected", [
    ({"kiosk": "1"}, True), ({"kiosk": "ja"}, True), ({"kiosk": "0"}, False), ({}, False),
])
def test_kiosk_is_switched_on_by_the_url(params, expected):
    assert is_kiosk(params) is expected


def test_options_are_read_from_the_url_and_bad_values_fall_back():
    opts = parse_options({"themes": "Klima, wohnen", "goals": "baeume_5000", "seconds": "7",
                          "lang": "en", "demo": "0"})
    assert (opts.themes, opts.goals, opts.seconds, opts.lang, opts.demo) == (
        ("klima", "wohnen"), ("baeume_5000",), 7, "en", False)
    bad = parse_options({"seconds": "soon", "lang": "fr", "demo": "maybe"}, default_seconds=20)
    assert (bad.seconds, bad.lang, bad.demo) == (20, "de", True)
    assert set(bad.problems) == {"seconds=soon", "demo=maybe"}
    assert parse_options({"seconds": "1"}).seconds == 3
    assert parse_options({"seconds": "600"}).seconds == 60  # new data must show within a minute


def test_deck_has_title_goal_slides_and_map(fixture_con):
    db = fixture_con  # the fixture database: its figures do not change with new real data
    deck = deck_for(db, {})
    kinds = [s.kind for s in deck.slides]
    assert kinds[:2] == ["title", "balance"] and kinds[-1] == "map" and kinds.count("goal") >= 1
    assert kinds.index("recent") < kinds.index("goal")  # the deliverables' slides before the goals'
    # every goal with a value is on a goal slide or in a group slide, once
    shown = [s.target_id for s in deck.slides if s.kind == "goal"] + [
        m.target_id for s in deck.slides if s.kind == "group" for m in s.members]
    with_value = q.kiosk_goals(db.cursor()).query("latest_value.notna()")["target_id"]
    assert sorted(shown) == sorted(with_value) and shown
    assert deck.skipped == ()
    title = deck.slides[0]
    assert title.total == db.execute("SELECT count(*) FROM targets WHERE nature = 'promise'").fetchone()[0]
    counts = headline_counts(q.kiosk_goals(db.cursor()))  # deliverables count under their evidence status
    assert dict(title.counts) == {s: counts[s] for s, _ in title.counts} and title.uses_demo
    # the two housing goals on one series count once
    assert title.grouped == 2 and sum(n for _, n in title.counts) + title.evidenced == title.total - 1
    housing = next(s for s in deck.slides if s.key == "goal:wohnungen_2000_pro_jahr")
    assert (housing.number, housing.status) == ("1.450", "not_assessable")  # the goal starts in 2025
    # no year in the programme: the deadline is the end of the council term 2025–2030
    assert housing.target_line == "Ziel: 2.000 Wohnungen pro Jahr bis 2030"
    assert housing.qr_url == f"{URL}/ziel?goal=wohnungen_2000_pro_jahr"
    assert "IT.NRW" in housing.source_line and not housing.uses_demo
    trees = next(s for s in deck.slides if s.key == "goal:baeume_5000")
    start, deadline = db.execute(
        "SELECT start_year, deadline_year FROM targets WHERE target_id = 'baeume_5000'").fetchone()
    total = db.execute("SELECT sum(value) FROM observations WHERE indicator_id = 'trees_planted' "
                       "AND area_level = 'city' AND year BETWEEN ? AND ?", [start, deadline]).fetchone()[0]
    assert trees.number == format_number(total, "de") and trees.uses_demo
    assert trees.caption.startswith(f"Bäume zusammen {start}")
    assert [d.status for d in deck.slides[-1].districts] == ["achieved", "achieved", "missed"]


def test_options_filter_themes_goals_demo_and_language(fixture_con):
    db = fixture_con
    climate = deck_for(db, {"themes": "klima"})
    assert {s.theme for s in climate.slides if s.kind == "goal"} == {"Klima und Energie"}
    assert all(s.kind != "map" for s in climate.slides)
    one = deck_for(db, {"goals": "baeume_5000"})
    assert [s.key for s in one.slides] == ["title", "goal:baeume_5000"] and one.slides[0].total == 1
    no_demo = deck_for(db, {"demo": "0"})
    assert not any(getattr(s, "uses_demo", False) for s in no_demo.slides)
    assert "goal:baeume_5000" not in {s.key for s in no_demo.slides}
    assert no_demo.slides[-1].kind == "map"  # the fixture's district map rests on press figures, not demo data
    english = deck_for(db, {"lang": "en"})
    housing = next(s for s in english.slides if s.key == "goal:wohnungen_2000_pro_jahr")
    assert housing.number == "1,450" and housing.qr_url.endswith("&lang=en")


def test_demo_data_never_count_on_the_title_and_never_colour_the_map(db, built_db_nodemo):
    import duckdb

    demo_deck = deck_for(db, {})
    with duckdb.connect(str(built_db_nodemo), read_only=True) as plain:
        plain_deck = deck_for(plain, {})
    assert demo_deck.slides[0].uses_demo and not plain_deck.slides[0].uses_demo
    assert demo_deck.slides[0].counts == plain_deck.slides[0].counts
    demo_map = demo_deck.slides[-1]
    assert demo_map.kind == "map" and demo_map.uses_demo  # the road offensive per district is demo data
    assert {d.status for d in demo_map.districts} == {"no_data"}


@pytest.mark.parametrize(("name", "rows", "counts", "grouped"), [
    ("demo verdicts count as no data",
     [dict(target_id="a", status="achieved", uses_demo=True, indicator_id="t"),
      dict(target_id="b", status="not_assessable", uses_demo=False, indicator_id="w")],
     {"no_data": 1, "not_assessable": 1}, 0),
    ("one series counts once",
     [dict(target_id=k, status=s, uses_demo=False, indicator_id="co2")
      for k, s in (("k35", "missed"), ("k38", "off_track"), ("k45", "not_assessable"))],
     {"missed": 1}, 3),
])
def test_title_slide_counts_by_the_headline_rule(name, rows, counts, grouped):
    goals = pd.DataFrame(rows).assign(area_level="city")
    slide = title_slide(goals, dt.date(2026, 11, 21), URL)
    assert {s: n for s, n in slide.counts if n} == counts, name
    assert [s for s, _ in slide.counts][-2:] == ["not_assessable", "no_data"]
    assert (slide.total, slide.grouped) == (len(rows), grouped), name


def test_a_goal_with_broken_data_is_skipped_not_shown(db):
    cur = db.cursor()
    goals, series = q.kiosk_goals(cur), q.kiosk_series(cur)
    broken = goals.copy()
    broken.loc[broken["target_id"] == "baeume_5000", "latest_value"] = float("inf")
    broken.loc[broken["target_id"] == "wohnungen_2000_pro_jahr", "status"] = "bogus"
    deck = build_deck(broken, series, q.kiosk_districts(cur), q.kiosk_build(cur), parse_options({}),
                      URL, q.MAP_TARGET)
    assert set(deck.skipped) == {"baeume_5000", "wohnungen_2000_pro_jahr"}
    keys = [s.key for s in deck.slides]
    assert "goal:baeume_5000" not in keys and "goal:fuhrpark_klimaneutral" in keys


def _deck(n: int):
    from dashboard.kiosk.slides import Deck
    return Deck(slides=tuple(f"slide{i}" for i in range(n)))


def test_store_keeps_last_good_slides_on_faults_and_recovers():
    calls = []

    def load():
        calls.append(1)
        return _deck(3)

    opts = parse_options({})
    state = refresh(KioskState(), lambda: "sig1", load, opts, NOW)
    assert state.deck.slides and not state.problem and len(calls) == 1
    assert refresh(state, lambda: "sig1", load, opts, NOW) is state and len(calls) == 1  # no re-read

    def missing():
        raise DatabaseMissing("gone")

    def broken():
        raise DataUnavailable("not a duckdb file")

    down = refresh(state, missing, load, opts, NOW)
    assert down.problem == MISSING and down.deck == state.deck and down.showing_old
    down = refresh(down, lambda: "sig-corrupt", broken, opts, NOW)
    assert down.problem == UNAVAILABLE and down.deck == state.deck
    back = refresh(down, lambda: "sig2", lambda: _deck(4), opts, NOW)
    assert not back.problem and back.signature == "sig2" and len(back.deck.slides) == 4


def test_rotation_wraps_and_state_does_not_grow():
    state = KioskState(deck=_deck(3))
    seen = []
    for _ in range(3000):
        seen.append(current(state))
        state = step(state)
    assert seen[:4] == ["slide0", "slide1", "slide2", "slide0"]
    assert state.tick < 3 and len(state.deck.slides) == 3


def test_qr_codes_are_local_svg_and_png():
    uri = qr_data_uri(qr_target(URL, "ziel", "de", goal="baeume_5000"))
    assert uri.startswith("data:image/svg+xml")
    assert qr_png("https://x.example/ziel?goal=a").startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        qr_data_uri("")


def svg_marks(svg: str, tag: str) -> list[dict]:
    """The attributes of every <tag> element of an SVG string."""
    root = ET.fromstring(svg)
    return [el.attrib for el in root.iter(f"{{http://www.w3.org/2000/svg}}{tag}")] + [
        el.attrib for el in root.iter(tag)]


def test_charts_show_the_series_target_and_district_statuses(db):
    deck = deck_for(db, {})
    trees = next(s for s in deck.slides if s.key == "goal:baeume_5000")
    svg = goal_chart(trees, "de")
    # the running total of the goal's own years only (the demo series also has years outside
    # them, which must not climb the bars)
    start, deadline = db.execute("SELECT start_year, deadline_year FROM targets "
                                 "WHERE target_id = 'baeume_5000'").fetchone()
    yearly = dict(db.execute("SELECT year, value FROM observations WHERE indicator_id = 'trees_planted' "
                             "AND area_level = 'city' ORDER BY year").fetchall())
    years = [y for y in yearly if start <= y <= deadline]
    assert min(yearly) < start or max(yearly) > deadline
    bars = svg_marks(svg, "rect")
    assert [int(b["data-year"]) for b in bars] == years
    totals = [sum(yearly[y] for y in years[: n + 1]) for n in range(len(years))]
    assert [float(b["data-value"]) for b in bars] == pytest.approx(totals)
    heights = [float(b["height"]) for b in bars]
    assert heights == sorted(heights) and heights[0] > 0  # a running total only climbs
    assert [float(line["data-target"]) for line in svg_marks(svg, "line") if "data-target" in line] == [5000]
    assert "Ziel 5.000" in svg and 'font-size="32"' in svg  # axis and target labels at 32 px
    fills = {p["fill"] for p in svg_marks(district_map(deck.slides[-1], "de"), "path")}
    assert fills == {"#8C8C8C"}  # the district statuses rest on Beispieldaten: grey "keine Daten"
    cur = db.cursor()  # the same districts with real (non-demo) statuses are drawn in their colours
    real = q.kiosk_districts(cur).assign(uses_demo=False)
    goal = q.kiosk_goals(cur).set_index("target_id", drop=False).loc[q.MAP_TARGET].to_dict()
    real_map = map_slide(real, goal, q.kiosk_series(cur).iloc[0:0], parse_options({}), URL)
    paths = svg_marks(district_map(real_map, "de"), "path")
    assert {p["fill"] for p in paths} == {STATUS_STYLE[s].fill for s in set(real["status"])} and len(paths) == 12


def _goal_page_total(db, goal_id: str) -> tuple[str, float | None]:
    """What the goal page shows for a sum goal: the rule's total in its sentence, formatted, and
    the last point of the running-total line of its chart (None when it draws none)."""
    detail = clean_detail(tq.target_detail(db, goal_id))
    fig = progress_figure(detail, tq.target_observations(db, goal_id), pd.DataFrame(), "de")
    line = [trace for trace in (fig.data if fig else ()) if trace.meta == "observed"]
    scale = 1_000_000 if detail["unit_id"] == "eur" else 1
    return amount(detail["inputs"].get("sum"), detail, "de", unit=False), (
        line[0].y[-1] * scale if line else None)


def test_kiosk_and_goal_page_agree_on_every_cumulative_total(db):
    deck = deck_for(db, {})
    sums = [s for s in deck.slides if s.kind == "goal" and s.chart == "sum"]
    expected = {tid for tid, raw in db.execute(
        "SELECT t.target_id, s.inputs_json FROM targets t JOIN target_status s ON s.target_id = t.target_id "
        "AND s.area_level = 'city' WHERE t.kind IN ('cumulative', 'budget')").fetchall()
        if RuleInputs.from_json(raw).get("sum") is not None}
    assert expected and {s.target_id for s in sums} == expected
    for slide in sums:
        page_number, page_line_end = _goal_page_total(db, slide.target_id)
        assert slide.number == page_number, slide.target_id
        assert slide.values[-1] == pytest.approx(page_line_end), slide.target_id


def test_a_renamed_column_keeps_the_last_good_slides_and_is_logged(db, caplog):
    cur = db.cursor()
    goals, series = q.kiosk_goals(cur), q.kiosk_series(cur)
    renamed = goals.rename(columns={"latest_value": "value_latest"})

    def load():
        return build_deck(renamed, series, q.kiosk_districts(cur), q.kiosk_build(cur), parse_options({}),
                          URL, q.MAP_TARGET)

    with pytest.raises(KioskDataError, match="goals.latest_value"):
        load()
    good = refresh(KioskState(), lambda: "sig1", lambda: deck_for(db, {}), parse_options({}), NOW)
    with caplog.at_level("ERROR", logger="dashboard.kiosk.state"):
        kept = refresh(good, lambda: "sig2", load, parse_options({}), NOW)
    assert kept.problem == UNAVAILABLE and kept.deck == good.deck and kept.showing_old
    assert "goals.latest_value" in caplog.text


def test_a_skipped_goal_is_logged_by_name(db, caplog):
    cur = db.cursor()
    broken = q.kiosk_goals(cur)
    broken.loc[broken["target_id"] == "baeume_5000", "start_year"] = float("nan")
    with caplog.at_level("WARNING", logger="dashboard.kiosk.slides"):
        deck = build_deck(broken, q.kiosk_series(cur), q.kiosk_districts(cur), q.kiosk_build(cur),
                          parse_options({}), URL, q.MAP_TARGET)
    assert deck.skipped == ("baeume_5000",) and "baeume_5000" in caplog.text
