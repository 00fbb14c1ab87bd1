"""The Übersicht view-model: URL state, filters, counts, sorting and card text (no Streamlit).

Small synthetic frames for the rules; the real built database for the query functions and the
dwellings/trees/road-offensive goals a council member knows.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard import overview_cards as cards
from dashboard import overview_model as om
from dashboard.queries.overview import overview_citations, overview_values
from dashboard.queries.targets import targets_overview


def goal(target_id: str, **over) -> dict:
    """One synthetic row shaped like targets_overview + overview_values."""
    row = dict(
        target_id=target_id, theme_id="wohnen", theme_de="Wohnen", theme_en="Housing",
        theme_order=0, title_de=f"Ziel {target_id}", title_en=f"Goal {target_id}",
        kind="annual_flow", target_value=2000.0, unit_id="dwellings", symbol_de="Wohnungen",
        symbol_en="dwellings", decimals=0, direction="increase", start_year=2025,
        deadline_year=None, deadline_inferred=False, sort_order=0, status="no_data",
        latest_year=None, latest_value=None, stale=False, uses_demo=False,
        reason_de="Grund.", reason_en="Reason.", source_author="SPD Dortmund",
        inputs_json=None, data_source_title=None, data_is_demo=None,
    )
    row.update(over)
    return row


def frames(*rows: dict, cites: list[tuple[str, str]] = ()) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(goals, values, citations) frames from synthetic rows and (target, document) pairs."""
    table = pd.DataFrame(rows)
    table["deadline_year"] = table["deadline_year"].astype("Int64")
    value_cols = ["target_id", "inputs_json", "data_source_title", "data_is_demo"]
    goals = table.drop(columns=value_cols[1:])
    cites = cites or [(r["target_id"], "spd_2025") for r in rows]
    citations = pd.DataFrame(
        [dict(target_id=tid, source_id=sid, title=f"Dok {sid}", author=f"Autor {sid}",
              published=None, kind="party_programme") for tid, sid in cites])
    return goals, table[value_cols], citations


@pytest.fixture()
def sample() -> pd.DataFrame:
    goals, values, cites = frames(
        goal("a", status="achieved", deadline_year=2025, latest_value=5.0, latest_year=2025, theme_id="klima",
             theme_de="Klima", theme_en="Climate", theme_order=1),
        goal("b", status="off_track", deadline_year=2035, latest_value=1.0, latest_year=2023, sort_order=2),
        goal("c", status="no_data", deadline_year=None, sort_order=3),
        goal("d", status="no_data", deadline_year=2030, latest_value=3.0, latest_year=2026, sort_order=4),
        goal("e", status="at_risk", deadline_year=2030, latest_value=2.0, latest_year=2026, sort_order=5),
        cites=[("a", "gruene"), ("b", "spd"), ("b", "dos"), ("c", "dos"), ("d", "spd"), ("e", "gruene")],
    )
    return om.prepare(goals, values, cites)


OPTIONS = om.FilterOptions(
    themes=(("wohnen", "Wohnen"), ("klima", "Klima")), sources=(("spd", "SPD"), ("dos", "DOS")),
    statuses=tuple((s, s) for s in ("off_track", "at_risk", "on_track", "achieved", "no_data")),
    years=(("2025", "2025"), ("none", "ohne Frist")),
)


def test_view_state_reads_repeated_and_comma_params_and_drops_unknown_ids():
    state = om.view_state({"status": ["off_track,at_risk", "bogus"], "theme": ["klima"],
                           "year": ["none", "1999"], "sort": ["nonsense"]}, OPTIONS)
    assert state == om.ViewState(themes=("klima",), statuses=("off_track", "at_risk"), years=("none",))


def test_view_state_round_trips_through_url_params_and_leaves_defaults_out():
    state = om.ViewState(themes=("wohnen",), sources=("dos",), statuses=("achieved",), sort="deadline")
    params = om.state_params(state)
    assert params == {"theme": ["wohnen"], "source": ["dos"], "status": ["achieved"], "sort": ["deadline"]}
    assert om.view_state(params, OPTIONS) == state
    assert om.state_params(om.ViewState()) == {}


def test_filters_by_theme_status_year_and_any_citing_document(sample):
    ids = lambda df: sorted(df["target_id"])  # noqa: E731
    assert ids(om.apply_filters(sample, om.ViewState(themes=("klima",)))) == ["a"]
    assert ids(om.apply_filters(sample, om.ViewState(statuses=("off_track", "at_risk")))) == ["b", "e"]
    assert ids(om.apply_filters(sample, om.ViewState(years=("none",)))) == ["c"]
    assert ids(om.apply_filters(sample, om.ViewState(years=("2030", "2025")))) == ["a", "d", "e"]
    # b is cited by SPD and DOS: it matches either document
    assert ids(om.apply_filters(sample, om.ViewState(sources=("dos",)))) == ["b", "c"]
    both = om.ViewState(sources=("spd",), statuses=("off_track",))
    assert ids(om.apply_filters(sample, both)) == ["b"]
    assert ids(om.apply_filters(sample, both, with_status=False)) == ["b", "d"]


def test_counts_cover_every_status_off_track_first(sample):
    counts = om.count_by_status(sample)
    assert list(counts)[:5] == ["missed", "off_track", "at_risk", "on_track", "achieved"]
    assert list(counts)[-2:] == ["not_assessable", "no_data"]
    assert {s: n for s, n in counts.items() if n} == {"off_track": 1, "at_risk": 1, "achieved": 1, "no_data": 2}
    rows = om.tile_rows(counts)  # two rows of tiles, every status in exactly one
    assert [name for name, _ in rows] == ["measured", "evidence"]
    assert sorted(s for _, row in rows for s in row) == sorted(counts)
    assert list(rows[1][1]) == ["done", "under_way", "decided", "no_progress", "shelved", "not_evidenced",
                                "not_done"]


def test_sort_by_status_puts_off_track_first_and_goals_with_values_before_empty_ones(sample):
    assert list(om.sort_goals(sample, "status")["target_id"]) == ["b", "e", "a", "d", "c"]


def test_sort_by_deadline_puts_earliest_first_and_no_deadline_last(sample):
    assert list(om.sort_goals(sample, "deadline")["target_id"]) == ["a", "e", "d", "b", "c"]


def test_theme_sections_keep_theme_order_and_row_order_and_split_off_goals_without_values(sample):
    sections = om.theme_sections(om.sort_goals(sample, "status"), "en")
    assert [(tid, label) for tid, label, *_ in sections] == [("wohnen", "Housing"), ("klima", "Climate")]
    ids = lambda rows: [row["target_id"] for row in rows]  # noqa: E731
    assert (ids(sections[0][2]), sections[0][3], ids(sections[0][4])) == (["b", "e", "d"], 3, ["c"])
    assert (ids(sections[1][2]), sections[1][3], ids(sections[1][4])) == (["a"], 1, [])


def test_theme_sections_cap_the_goals_with_values_unless_the_theme_is_expanded(sample):
    capped = om.theme_sections(om.sort_goals(sample, "status"), "de", limit=2)
    assert [row["target_id"] for row in capped[0][2]] == ["b", "e"] and capped[0][3] == 3
    assert [row["target_id"] for row in capped[0][4]] == ["c"]  # goals without values are all listed
    full = om.theme_sections(om.sort_goals(sample, "status"), "de", limit=2, expanded=("wohnen",))
    assert [row["target_id"] for row in full[0][2]] == ["b", "e", "d"]


@pytest.mark.parametrize(("row", "lang", "expected"), [
    (goal("w", latest_value=1379.0, latest_year=2023), "de", "1.379 von 2.000 Wohnungen"),
    (goal("w", latest_value=1379.0, latest_year=2023), "en", "1,379 of 2,000 dwellings"),
    (goal("t", kind="cumulative", target_value=5000.0, unit_id="trees", symbol_de="Bäume",
          latest_value=2087.0, latest_year=2025, inputs_json=json.dumps({"kind": "cumulative", "sum": 5702.0})),
     "de", "5.702 von 5.000 Bäume"),
    (goal("m", kind="budget", target_value=25e6, unit_id="eur", symbol_de="€", latest_value=1.4e7,
          latest_year=2025, inputs_json=json.dumps({"kind": "budget", "sum": 25829546.0})),
     "de", "25,8 Mio. € von 25 Mio. €"),
    (goal("m", kind="budget", target_value=25e6, unit_id="eur", symbol_en="€", latest_value=1.4e7,
          latest_year=2025, inputs_json=json.dumps({"kind": "budget", "sum": 25829546.0})),
     "en", "€25.8 million of €25 million"),
    (goal("c", kind="level_by_deadline", target_value=0.0, unit_id="kt_co2", symbol_de="kt CO₂",
          latest_value=4123.33, latest_year=2018), "de", "4.123 kt CO₂ – Ziel: 0 kt CO₂"),
    (goal("p", kind="level_by_deadline", target_value=100.0, unit_id="percent", symbol_de="%",
          decimals=1, latest_value=90.1, latest_year=2026), "de", "90,1 % – Ziel: 100 %"),
    (goal("p", kind="level_by_deadline", target_value=100.0, unit_id="percent", symbol_en="%",
          decimals=1, latest_value=90.1, latest_year=2026), "en", "90.1% – target: 100%"),
    # no running sum: the single year is shown as such, never as if it were the total
    (goal("t", kind="cumulative", target_value=5000.0, unit_id="trees", symbol_de="Bäume",
          latest_value=2087.0, latest_year=2025), "de", "2.087 Bäume im Jahr 2025"),
    (goal("x", kind="milestone", target_value=None, unit_id=None, latest_value=40.0, latest_year=2026),
     "de", "Umsetzung: 40 %"),
    (goal("x", kind="milestone", target_value=None, unit_id=None), "de", ""),
])
def test_value_text(row, lang, expected):
    assert cards.value_text(row, lang) == expected


def test_card_text_has_years_deadline_and_sources():
    row = goal("t", kind="cumulative", status="achieved", target_value=5000.0, unit_id="trees",
               as_of=pd.Timestamp("2026-11-21"),
               symbol_de="Bäume", latest_value=2087.0, latest_year=2025, deadline_year=2025,
               deadline_inferred=True, data_source_title="Grünflächenamt",
               inputs_json=json.dumps({"kind": "cumulative", "sum": 5702.0, "counted_years": [2023, 2024, 2025]}))
    card = cards.build_card(row, "de")
    assert card.error is None
    assert (card.value_text, card.data_year_text, card.deadline_text) == (
        "5.702 von 5.000 Bäume", "Werte 2023–2025", "Frist 2025 (abgeleitet)")
    assert card.as_of_text == "Stand 21.11.2026"
    assert card.data_source == "Quelle der Werte: Grünflächenamt"
    assert card.goal_author == "Ziel: SPD Dortmund"
    assert card.status == "achieved" and not card.is_demo and card.reason == "Grund."
    assert cards.build_card(goal("w", latest_value=1.0, latest_year=2023), "en").deadline_text == "no deadline"


@pytest.mark.parametrize(("lang", "note"), [
    ("de", "Beispieldaten ergeben „erreicht“ – zählt nicht in der Übersicht."),
    ("en", "Example data give “achieved” – not counted on the overview."),
])
def test_a_card_resting_on_demo_data_shows_no_verdict_but_says_it_does_not_count(lang, note):
    row = goal("t", kind="cumulative", status="achieved", target_value=5000.0, unit_id="trees",
               symbol_de="Bäume", symbol_en="trees", latest_value=2087.0, latest_year=2025,
               uses_demo=True, data_is_demo=True, data_source_title="Beispieldaten (erzeugt)",
               inputs_json=json.dumps({"kind": "cumulative", "sum": 5702.0, "counted_years": [2023, 2024, 2025]}))
    card = cards.build_card(row, lang)
    assert card.status == "no_data" and card.is_demo and card.reason == note
    text = cards.card_html(card, lang, badge, demo)
    assert "[no_data/" in text and "[achieved/" not in text and "<i>DEMO</i>" in text


@pytest.mark.parametrize(("lang", "over", "value", "reason"), [
    ("de", {}, "Ausgangslage 2023: 1.379 Wohnungen", "Noch kein Wert aus dem Zielzeitraum."),
    ("en", {}, "Starting point 2023: 1,379 dwellings", "No value from the goal's period yet."),
    ("de", dict(reason_de=""), "Ausgangslage 2023: 1.379 Wohnungen",
     "Noch keine Werte aus dem Zielzeitraum (ab 2025): noch nicht bewertbar."),
    ("de", dict(start_point_year=None, start_point_value=None), "", "Noch kein Wert aus dem Zielzeitraum."),
])
def test_a_goal_not_yet_assessable_shows_its_starting_point_and_the_plain_statement(lang, over, value, reason):
    row = goal("w", status="not_assessable", latest_value=1379.0, latest_year=2023, **{
        "start_point_year": 2023, "start_point_value": 1379.0,
        "reason_de": "Noch kein Wert aus dem Zielzeitraum.", "reason_en": "No value from the goal's period yet.",
        **over})
    card = cards.build_card(row, lang)
    assert (card.status, card.value_text, card.reason, card.data_year_text) == ("not_assessable", value, reason, "")
    assert " von " not in card.value_text and " of " not in card.value_text  # no comparison, no verdict


@pytest.mark.parametrize(("over", "detail"), [
    (dict(kind="cumulative", latest_value=1.0, latest_year=2025, inputs_json="{broken"), "inputs_json"),
    (dict(status="green"), "unknown status"),
    (dict(kind="wish", latest_value=1.0), "unknown kind"),
    (dict(latest_value=float("inf"), latest_year=2025), "infinite"),
])
def test_a_broken_goal_gives_an_error_card_instead_of_raising(over, detail):
    card = cards.build_card(goal("bad", **over), "de")
    assert card.error is not None and detail in card.error
    assert card.title == "Ziel bad"


def test_view_state_keeps_themes_shown_in_full_and_drops_unknown_ones():
    state = om.view_state({"all": ["klima", "mars"], "status": ["achieved"]}, OPTIONS)
    assert state.expanded == ("klima",)
    assert om.state_params(state) == {"status": ["achieved"], "all": ["klima"]}


def badge(status: str, lang: str) -> str:
    return f"<b>[{status}/{lang}]</b>"


def demo(lang: str) -> str:
    return "<i>DEMO</i>"


def test_a_series_group_card_escapes_its_goals_and_series_name_and_keeps_the_badges():
    rows = [goal(g, title_de=f"Klima <b>{g}</b> & mehr", series="co2", indicator_de="CO₂ <i>gesamt</i>",
                 deadline_year=year, status="missed", latest_value=1.0, latest_year=2018)
            for g, year in (("k2045", 2045), ("k2035", 2035))]
    text = cards.theme_cards_html(rows, "de", badge, demo)
    assert "<b>k2035</b>" not in text and "Klima &lt;b&gt;k2035&lt;/b&gt; &amp; mehr" in text
    assert "CO₂ &lt;i&gt;gesamt&lt;/i&gt;" in text and text.count('class="zm-card zm-group"') == 1
    assert text.index("k2035") < text.index("k2045")  # earliest deadline first
    assert "<b>[" in text  # the badges are HTML by contract, not escaped
    assert text.count('href="ziel?goal=k20') == 2


def test_card_html_escapes_every_text_and_links_to_the_goal_page_in_the_same_tab():
    row = goal("x&y", title_en="Trees <script>alert(1)</script> & more", status="off_track", latest_value=1.0,
               latest_year=2023, reason_en='Fell "short"', data_is_demo=True, stale=True,
               data_source_title="Stats <b>", as_of=pd.Timestamp("2026-11-21"))
    text = cards.card_html(cards.build_card(row, "en"), "en", badge, demo)
    assert "<script>" not in text and "Trees &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in text
    assert "[off_track/en]" in text and "<i>DEMO</i>" in text and "Data outdated" in text
    assert "1 of 2,000 dwellings" in text and "Fell &quot;short&quot;" in text
    assert "Value for 2023 · As of 21 Nov 2026 · no deadline" in text and "Stats &lt;b&gt;" in text
    assert '<a class="zm-card-link" href="ziel?goal=x%26y&amp;lang=en" target="_self">Details and sources →</a>' in text
    plain = cards.card_html(cards.build_card(goal("p", latest_value=1.0, latest_year=2023), "de"), "de", badge, demo)
    assert "DEMO" not in plain and "veraltet" not in plain and 'href="ziel?goal=p"' in plain


def test_card_html_of_a_broken_goal_shows_the_message_and_no_link():
    card = cards.build_card(goal("bad", status="green", title_de="Ziel <kaputt>"), "de")
    text = cards.card_html(card, "de", badge, demo)
    assert "Ziel &lt;kaputt&gt;" in text and "fehlerhaft" in text and "<code>python -m etl build</code>" in text
    assert "zm-card-link" not in text and "[green" not in text


def test_theme_cards_are_one_grid_with_a_link_to_all_when_some_are_held_back():
    goals = [goal(f"g{i}", latest_value=float(i), latest_year=2024) for i in range(3)]
    capped = cards.theme_cards_html(goals, "de", badge, demo, total=5, more_href="?all=wohnen")
    assert capped.startswith('<div class="zm-cards">') and capped.count("<article") == 3
    assert "ziel?goal=g2" in capped
    assert '<a class="zm-more" href="?all=wohnen" target="_self">Alle 5 Ziele dieses Themas anzeigen (2 weitere)' in capped
    full = cards.theme_cards_html(goals, "de", badge, demo, total=3, more_href="?all=wohnen")
    assert full.count("<article") == 3 and "zm-more" not in full
    assert cards.theme_cards_html([], "de", badge, demo) == ""


def test_links_keep_english_and_the_view():
    assert cards.goal_href("wohnungen_2000_pro_jahr", "de") == "ziel?goal=wohnungen_2000_pro_jahr"
    assert cards.goal_href("baeume_5000", "en") == "ziel?goal=baeume_5000&lang=en"
    assert om.status_href(om.ViewState(themes=("klima",)), "off_track", "en") == \
        "?theme=klima&status=off_track&lang=en"
    state = om.ViewState(statuses=("off_track",), expanded=("wohnen",))
    assert om.expand_href(state, "klima", "en") == "?status=off_track&all=wohnen&all=klima&lang=en"
    assert om.expand_href(state, "wohnen", "de") == "?status=off_track&all=wohnen"


def test_stand_text_uses_german_and_english_dates():
    build = {"as_of": pd.Timestamp("2026-11-21"), "built_at": pd.Timestamp("2026-11-21 20:10:04")}
    assert om.stand_text(build, "de") == "Stand: 21.11.2026 · Datenstand (Aufbau der Datenbank): 21.11.2026 20:10"
    assert om.stand_text(build, "en").startswith("As of: 21 Nov 2026")


# --- against the built database -------------------------------------------------------------

@pytest.fixture(scope="module")
def real(db_connection):
    db = db_connection.cursor()
    citations = overview_citations(db)
    goals = targets_overview(db)
    return om.prepare(goals, overview_values(db), citations), om.filter_options(goals, citations, "de")


def test_counts_cover_every_goal_once_with_the_climate_series_counted_once(real, db):
    table, _ = real
    counts = om.count_by_status(om.apply_filters(table, om.ViewState()))
    groups = db.execute("""SELECT count(*) - 1 FROM targets WHERE indicator_id IS NOT NULL
                           AND nature = 'promise'
                           GROUP BY indicator_id, area_level HAVING count(*) > 1""").fetchall()
    n_goals = db.execute("SELECT count(*) FROM targets WHERE nature = 'promise'").fetchone()[0]
    assert sum(counts.values()) == n_goals - sum(extra for (extra,) in groups)
    assert len(groups) >= 1  # the climate-neutrality statements on co2_total


def test_demo_data_change_no_headline_count(real, built_db_nodemo):
    import duckdb

    table, _ = real
    assert table["uses_demo"].any()  # the demo build has demo-based statuses ...
    with duckdb.connect(str(built_db_nodemo), read_only=True) as con:
        plain = om.prepare(targets_overview(con), overview_values(con), overview_citations(con))
    assert not plain["uses_demo"].any()
    everything = om.ViewState()  # ... yet its tiles and lists are those of the build without demo
    assert om.count_by_status(om.apply_filters(table, everything)) == \
        om.count_by_status(om.apply_filters(plain, everything))
    demo_ids = set(table.loc[table["uses_demo"].astype(bool), "target_id"])
    listed = {tid for _, entries in om.attention(om.apply_filters(table, everything), "de")
              for entry in entries for tid, _ in entry}
    assert not demo_ids & listed


def test_real_cards_show_a_value_or_a_starting_point_and_their_sources(real):
    table, _ = real
    rows = {r["target_id"]: r for r in table.to_dict("records")}
    dwellings = cards.build_card(rows["wohnungen_2000_pro_jahr"], "de")
    if dwellings.status == "not_assessable":
        assert dwellings.value_text.startswith("Ausgangslage ") and dwellings.value_text.endswith(" Wohnungen")
    else:
        assert dwellings.value_text.endswith(" von 2.000 Wohnungen")
    assert "Baufertigstellungen" in dwellings.data_source and not dwellings.is_demo
    trees = cards.build_card(rows["baeume_5000"], "de")
    assert trees.is_demo and trees.status == "no_data" and "zählt nicht" in trees.reason
    assert all(cards.build_card(r, lang).error is None for r in rows.values() for lang in ("de", "en"))


def test_real_filter_options_cover_every_document_and_status_filter_finds_dwellings(real):
    table, options = real
    assert {sid for sid, _ in options.sources} >= {"spd_2025", "dos_2020", "gruene_cdu_2023"}
    assert ("none", "ohne Frist") in options.years
    assert {"missed", "not_assessable"} <= {sid for sid, _ in options.statuses}
    dwellings = table.set_index("target_id").loc["wohnungen_2000_pro_jahr", "status"]
    found = om.apply_filters(table, om.ViewState(statuses=(dwellings,)))
    assert "wohnungen_2000_pro_jahr" in set(found["target_id"])
    trees = table.set_index("target_id").loc["baeume_5000", "status"]  # a demo-based verdict ...
    assert trees != "no_data" and "baeume_5000" not in set(
        om.apply_filters(table, om.ViewState(statuses=(trees,)))["target_id"])
    assert "baeume_5000" in set(om.apply_filters(table, om.ViewState(statuses=("no_data",)))["target_id"])
    dos = om.apply_filters(table, om.ViewState(sources=("dos_2020",)))
    assert "klimaneutral_vor_2038_dos" in set(dos["target_id"])
    assert "wohnungen_2000_pro_jahr" not in set(dos["target_id"])


def test_attention_lists_off_track_then_at_risk_goals_in_current_order(sample):
    ordered = om.sort_goals(om.apply_filters(sample, om.ViewState()), "status")
    assert om.attention(ordered, "de") == [("off_track", [[("b", "Ziel b")]]), ("at_risk", [[("e", "Ziel e")]])]
    assert om.attention(ordered[ordered["status"] == "achieved"], "de") == []


def test_source_label_puts_author_and_year_first():
    assert om.source_label("SPD Dortmund", "2025", "Dortmund kann das") == "SPD Dortmund (2025) – Dortmund kann das"
    assert om.source_label("Stadt Dortmund", "2025-05-26", "Zielbilder") == "Stadt Dortmund (2025) – Zielbilder"
    assert om.source_label("X", None, "T") == "X – T"


def test_goals_on_one_series_are_one_group_card_with_their_deadlines_side_by_side():
    climate = dict(kind="level_by_deadline", target_value=0.0, unit_id="kt_co2", symbol_de="kt CO₂",
                   indicator_id="co2_total", area_level="city", indicator_de="CO₂-Emissionen gesamt",
                   latest_value=4123.33, latest_year=2018, status="not_assessable", start_point_year=2018,
                   start_point_value=4123.33)
    goals, values, cites = frames(
        goal("k2045", deadline_year=2045, **climate), goal("k2035", deadline_year=2035, **climate),
        goal("k2038", deadline_year=2038, **{**climate, "status": "off_track"}),
        goal("w", latest_value=1.0, latest_year=2023, status="off_track", sort_order=9),
    )
    table = om.apply_filters(om.prepare(goals, values, cites), om.ViewState())
    counts = om.count_by_status(table)
    assert (counts["off_track"], counts["not_assessable"], sum(counts.values())) == (2, 0, 2)
    attention = om.attention(om.sort_goals(table, "status"), "de")
    assert attention == [("off_track", [[("k2035", "Ziel k2035"), ("k2038", "Ziel k2038"), ("k2045", "Ziel k2045")],
                                        [("w", "Ziel w")]])]
    rows = om.sort_goals(table, "status").to_dict("records")
    text = cards.theme_cards_html(rows, "de", badge, demo)
    assert text.count("<article") == 2 and text.count('class="zm-group-col"') == 3
    assert "3 Ziele, eine Datenreihe: CO₂-Emissionen gesamt" in text and "zählen sie einmal" in text
    assert text.index("Frist 2035") < text.index("Frist 2038") < text.index("Frist 2045")
    assert "Ausgangslage 2018: 4.123 kt CO₂" in text and "[not_assessable/de]" in text
