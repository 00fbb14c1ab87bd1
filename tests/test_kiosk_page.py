"""Kiosk view through AppTest: options, rotation, no page furniture, faults and recovery."""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest

from dashboard.headline import headline_counts
from dashboard.kiosk.title import TITLE_ORDER
from dashboard.queries.kiosk import kiosk_goals
from dashboard.style import STATUS_STYLE
from tests.apptest import run_page

KIOSK = "pages/overview.py"  # app.py routes to the kiosk before navigation when ?kiosk=1
WORDS = {lang: {s: w[i] for s, w in (
    ("achieved", ("erreicht", "achieved")), ("on_track", ("auf Kurs", "on track")),
    ("at_risk", ("gefährdet", "at risk")), ("off_track", ("nicht auf Kurs", "off track")),
    ("missed", ("verfehlt", "missed")), ("not_assessable", ("noch nicht bewertbar", "not yet assessable")),
    ("no_data", ("keine Daten", "no data")))} for i, lang in enumerate(("de", "en"))}


def slide_html(at) -> str:
    """The visible text of the slide HTML blocks (tags stripped, CSS block left out)."""
    bodies = [str(el.proto.body) for el in at.get("html") if "<style>" not in str(el.proto.body)]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", " ".join(bodies)))


def slide_key(at) -> str:
    """The data-slide attribute of the slide on screen."""
    for el in at.get("html"):
        found = re.search(r'data-slide="([^"]+)"', str(el.proto.body))
        if found:
            return found.group(1)
    return ""


def title_counts(path) -> dict[str, int]:
    """The headline counts of a database by the one headline rule (dashboard.headline)."""
    with duckdb.connect(str(path), read_only=True) as con:
        counts = headline_counts(kiosk_goals(con))
    return {s: counts[s] for s in TITLE_ORDER}  # the title's statuses (deliverables count apart)


@pytest.mark.parametrize(("lang", "words", "total"), [
    ("de", {"not_assessable": "noch nicht bewertbar", "no_data": "keine Daten", "missed": "verfehlt"},
     "Ziele aus Programmen und Ratsbeschlüssen"),
    ("en", {"not_assessable": "not yet assessable", "no_data": "no data", "missed": "missed"},
     "goals from programmes and council decisions"),
])
def test_kiosk_title_of_a_fresh_clone_counts_each_state_apart_without_beispieldaten(built_db_nodemo, lang, words,
                                                                                     total):
    at = run_page(built_db_nodemo, KIOSK, {"kiosk": "1", "lang": lang})
    assert not at.exception and not at.error
    text = slide_html(at)
    assert slide_key(at) == "title" and total in text
    for status, n in title_counts(built_db_nodemo).items():  # one tile per status, zero included
        assert f"{STATUS_STYLE[status].symbol} {n} {WORDS[lang][status]}" in text
    for word in words.values():
        assert word in text
    assert "Beispieldaten" not in text
    grouped = re.search(r"(\d+) (Ziele auf derselben Datenreihe|goals on the same data series)", text)
    assert grouped and int(grouped.group(1)) >= 2  # the climate statements on one CO₂ series
    assert len(at.sidebar.radio) == 0 and "zm-header" not in str([e.proto.body for e in at.get("html")])


def test_kiosk_title_in_demo_mode_says_beispieldaten_do_not_count(built_db, built_db_nodemo):
    at = run_page(built_db, KIOSK, {"kiosk": "1"})
    text = slide_html(at)
    assert slide_key(at) == "title" and "Beispieldaten zählen nicht" in text and "Stand: 21.11.2026" in text
    assert title_counts(built_db) == title_counts(built_db_nodemo)
    for status, n in title_counts(built_db).items():
        assert f"{STATUS_STYLE[status].symbol} {n} {WORDS['de'][status]}" in text


def test_slides_rotate_through_goals_and_the_map(built_db):
    at = run_page(built_db, KIOSK, {"kiosk": "1", "seconds": "3"})
    seen = [slide_key(at)]
    for _ in range(16):
        at.run()
        seen.append(slide_key(at))
    assert seen[0] == "title" and "goal:wohnungen_2000_pro_jahr" in seen and "map" in seen
    assert seen.count("title") >= 2  # wrapped round
    assert len(set(seen)) >= 10


def test_goal_slide_has_number_target_status_source_qr_and_chart(built_db):
    at = run_page(built_db, KIOSK, {"kiosk": "1", "goals": "wohnungen_2000_pro_jahr"})
    at.run()
    text = slide_html(at)
    assert slide_key(at) == "goal:wohnungen_2000_pro_jahr"
    for part in ("1.379", "Wohnungen Ausgangslage 2023 (vor dem Zielzeitraum)", "Ziel: 2.000 Wohnungen pro Jahr",
                 "◌ noch nicht bewertbar", "Ausgangslage 2023", "Quelle: SPD Dortmund", "Daten: IT.NRW", "Stand: 21.11.2026"):
        assert part in text
    assert "Beispieldaten" not in text  # real data, no demo mark
    assert 'src="data:image/svg+xml' in str([e.proto.body for e in at.get("html")])
    assert len(at.get("plotly_chart")) == 1


def test_english_and_demo_exclusion_options(built_db):
    at = run_page(built_db, KIOSK, {"kiosk": "1", "lang": "en", "demo": "0"})
    text = slide_html(at)
    assert "goals from programmes" in text and "★ 0 achieved" in text and "Beispieldaten" not in text
    seen = set()
    for _ in range(8):
        at.run()
        seen.add(slide_key(at))
        assert "Beispieldaten" not in slide_html(at)
    assert "goal:baeume_5000" not in seen and "map" not in seen


@pytest.mark.parametrize("fault", ["remove", "corrupt"])
def test_database_fault_keeps_last_slides_and_recovers(built_db, tmp_path, fault):
    db = tmp_path / "zielmonitor.duckdb"
    shutil.copy(built_db, db)
    at = run_page(db, KIOSK, {"kiosk": "1", "seconds": "3"})
    at.run()
    assert slide_key(at).startswith("goal:")
    if fault == "remove":
        db.unlink()
    else:
        db.write_bytes(b"this is not a duckdb file" * 1000)
    shown = []
    for _ in range(4):
        at.run()
        assert not at.exception and not at.error
        shown.append(slide_key(at))
        assert "letzte verfügbare Daten" in slide_html(at)
    assert len(set(shown)) == 4 and all(shown)  # still rotating through the kept slides
    shutil.copy(built_db, tmp_path / "new.duckdb")
    (tmp_path / "new.duckdb").replace(db)  # a rebuild swaps the file into place
    at.run()
    assert slide_key(at) and "letzte verfügbare Daten" not in slide_html(at)
    assert "Stand: 21.11.2026" in slide_html(at)


def test_first_start_without_database_waits_calmly(tmp_path):
    at = run_page(tmp_path / "missing.duckdb", KIOSK, {"kiosk": "1"})
    assert not at.exception and not at.error
    assert slide_key(at) == "waiting" and "sobald die Daten bereitstehen" in slide_html(at)


def test_a_rebuild_is_picked_up_on_the_next_rotation(built_db, tmp_path):
    db = tmp_path / "zielmonitor.duckdb"
    shutil.copy(built_db, db)
    at = run_page(db, KIOSK, {"kiosk": "1", "goals": "wohnungen_2000_pro_jahr"})
    at.run()
    assert "1.379" in slide_html(at)
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copy(built_db, rebuilt)
    con = duckdb.connect(str(rebuilt))
    con.execute("UPDATE target_status SET latest_value = ? WHERE target_id = ? AND area_level = 'city'",
                [2101.0, "wohnungen_2000_pro_jahr"])
    con.close()
    rebuilt.replace(db)  # what `python -m etl build` does: swap a new file into place
    at.run()  # title slide
    at.run()
    assert slide_key(at) == "goal:wohnungen_2000_pro_jahr" and "2.101" in slide_html(at)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_kiosk_title_counts_not_assessable_and_missed_apart_from_no_data(judged_db, lang):
    at = run_page(judged_db, KIOSK, {"kiosk": "1", "lang": lang})
    text = slide_html(at)
    counts = title_counts(judged_db)
    assert counts["not_assessable"] >= 1 and counts["missed"] >= 1  # housing; the climate series, once
    for status in ("missed", "not_assessable", "no_data"):
        assert f"{STATUS_STYLE[status].symbol} {counts[status]} {WORDS[lang][status]}" in text
