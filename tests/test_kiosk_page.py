"""Kiosk view through AppTest: options, rotation, no page furniture, faults and recovery."""

from __future__ import annotations

import base64
import datetime as dt
import re
import shutil

import duckdb
import pytest

from dashboard.headline import headline_counts
from dashboard.kiosk.title import TITLE_ORDER
from dashboard.queries.kiosk import kiosk_goals
from dashboard.style import STATUS_STYLE
from indicators import fmt
from indicators.model import STATUSES
from tests.apptest import run_page

KIOSK = "pages/overview.py"  # app.py routes to the kiosk before navigation when ?kiosk=1
WORDS = {lang: {s: w[i] for s, w in (
    ("achieved", ("erreicht", "achieved")), ("on_track", ("auf Kurs", "on track")),
    ("at_risk", ("gefährdet", "at risk")), ("off_track", ("nicht auf Kurs", "off track")),
    ("missed", ("verfehlt", "missed")), ("not_assessable", ("noch nicht bewertbar", "not yet assessable")),
    ("no_data", ("keine Daten", "no data")),
    # deliverables count under the status their evidence supports
    ("done", ("umgesetzt", "done")), ("under_way", ("in Umsetzung", "under way")),
    ("decided", ("beschlossen", "decided")), ("no_progress", ("kein Fortschritt gemeldet", "no progress reported")),
    ("shelved", ("zurückgestellt", "deferred")),
    ("not_evidenced", ("Umsetzung nicht belegt", "implementation not evidenced")),
    ("not_done", ("nicht umgesetzt", "not implemented")))} for i, lang in enumerate(("de", "en"))}


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
    ("de", {"not_assessable": "noch nicht bewertbar", "no_data": "keine Daten", "missed": "verfehlt",
            "evidenced": "Vorhaben zählen nach ihrem Umsetzungsstand"},
     "Ziele aus Programmen und Ratsbeschlüssen"),
    ("en", {"not_assessable": "not yet assessable", "no_data": "no data", "missed": "missed",
            "evidenced": "deliverables count by their implementation status"},
     "goals from programmes and council decisions"),
])
def test_kiosk_title_of_a_fresh_clone_counts_each_state_apart_without_beispieldaten(built_db_nodemo, lang, words,
                                                                                     total):
    at = run_page(built_db_nodemo, KIOSK, {"kiosk": "1", "lang": lang})
    assert not at.exception and not at.error
    text = slide_html(at)
    assert slide_key(at) == "title" and total in text
    counts = title_counts(built_db_nodemo)
    for status in STATUSES:  # one tile per verdict status, zero included
        assert f"{STATUS_STYLE[status].symbol} {counts[status]} {WORDS[lang][status]}" in text
    with duckdb.connect(str(built_db_nodemo), read_only=True) as con:
        every = headline_counts(kiosk_goals(con))
    evidenced = sum(n for status, n in every.items() if status not in STATUSES)
    assert evidenced and f"{evidenced} {words['evidenced']}" in text  # the deliverables: on the balance slide
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
    for status in STATUSES:
        assert f"{STATUS_STYLE[status].symbol} {title_counts(built_db)[status]} {WORDS['de'][status]}" in text


def test_slides_rotate_through_goals_and_the_map(built_db):
    at = run_page(built_db, KIOSK, {"kiosk": "1", "seconds": "3"})
    seen = [slide_key(at)]
    for _ in range(16):
        at.run()
        seen.append(slide_key(at))
    assert seen[0] == "title" and "goal:wohnungen_2000_pro_jahr" in seen and "map" in seen
    assert seen.count("title") >= 2  # wrapped round
    assert len(set(seen)) >= 10


def test_goal_slide_has_number_target_status_source_qr_and_chart(fixture_db, monkeypatch):
    monkeypatch.setenv("ZM_PUBLIC_URL", "https://zielmonitor.example")
    at = run_page(fixture_db, KIOSK, {"kiosk": "1", "goals": "wohnungen_2000_pro_jahr"})
    at.run()
    text = slide_html(at)
    assert slide_key(at) == "goal:wohnungen_2000_pro_jahr"
    for part in ("1.450", "Wohnungen Ausgangslage 2023 (vor dem Zielzeitraum)", "Ziel: 2.000 Wohnungen pro Jahr",
                 "◌ noch nicht bewertbar", "Ausgangslage 2023", "Quelle: Testpartei Dortmund", "Daten: IT.NRW",
                 "Stand: 21.11.2026"):
        assert part in text
    assert "Beispieldaten" not in text  # real data, no demo mark
    bodies = str([e.proto.body for e in at.get("html")])
    assert 'src="data:image/svg+xml' in bodies and "QR: https://zielmonitor.example/ziel?goal=wohnungen" in bodies
    # the chart comes inside the slide's one HTML block as a drawn image (bars with their years),
    # not as a chart element that mounts empty
    chart = re.search(r'<img class="zk-chart" alt="[^"]*" src="data:image/svg\+xml;base64,([^"]+)"', bodies)
    svg = base64.b64decode(chart.group(1)).decode("utf-8") if chart else ""
    assert 'data-year="2023"' in svg and "Ziel 2.000" in svg
    assert len(at.get("plotly_chart")) == 0


def test_english_and_demo_exclusion_options(built_db):
    at = run_page(built_db, KIOSK, {"kiosk": "1", "lang": "en", "demo": "0"})
    text = slide_html(at)
    achieved = title_counts(built_db)["achieved"]  # Beispieldaten never count, with or without demo=0
    assert "goals from programmes" in text and f"★ {achieved} achieved" in text and "Beispieldaten" not in text
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
    assert slide_key(at) not in ("", "waiting", "title")
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


def test_a_rebuild_is_picked_up_on_the_next_rotation(fixture_db, tmp_path):
    db = tmp_path / "zielmonitor.duckdb"
    shutil.copy(fixture_db, db)
    at = run_page(db, KIOSK, {"kiosk": "1", "goals": "wohnungen_2000_pro_jahr"})
    at.run()
    assert "1.450" in slide_html(at)
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copy(fixture_db, rebuilt)
    con = duckdb.connect(str(rebuilt))
    con.execute("UPDATE target_status SET latest_value = ? WHERE target_id = ? AND area_level = 'city'",
                [2101.0, "wohnungen_2000_pro_jahr"])
    con.close()
    rebuilt.replace(db)  # what `python -m etl build` does: swap a new file into place
    at.run()  # title slide
    at.run()
    assert slide_key(at) == "goal:wohnungen_2000_pro_jahr" and "2.101" in slide_html(at)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_kiosk_title_counts_not_assessable_and_missed_apart_from_no_data(fixture_db, lang):
    at = run_page(fixture_db, KIOSK, {"kiosk": "1", "lang": lang})
    text = slide_html(at)
    counts = title_counts(fixture_db)
    assert counts["not_assessable"] >= 1 and counts["missed"] >= 1  # the fixture's housing goal; road offensive
    for status in ("missed", "not_assessable", "no_data"):
        assert f"{STATUS_STYLE[status].symbol} {counts[status]} {WORDS[lang][status]}" in text


def rotation(at, runs: int) -> dict[str, str]:
    """{slide key: its visible text} for the slides shown over `runs` further rotations."""
    seen = {slide_key(at): slide_html(at)}
    for _ in range(runs):
        at.run()
        seen[slide_key(at)] = slide_html(at)
    return seen


@pytest.mark.parametrize("public_url", ["", "http://localhost:8501", "http://127.0.0.1:8501/"])
def test_no_qr_code_without_an_address_a_phone_can_open_and_the_log_says_why(built_db, monkeypatch, caplog,
                                                                            public_url):
    monkeypatch.setenv("ZM_PUBLIC_URL", public_url)
    with caplog.at_level("WARNING", logger="dashboard.kiosk.slides"):
        at = run_page(built_db, KIOSK, {"kiosk": "1", "goals": "wohnungen_2000_pro_jahr,baeume_5000"})
        for _ in range(2):
            assert not at.exception and slide_key(at) and "data-foot" in str([e.proto.body for e in at.get("html")])
            bodies = str([e.proto.body for e in at.get("html")])
            assert 'alt="QR:' not in bodies and "zkQr" not in bodies and "Details am Handy" not in bodies
            at.run()
    assert "no QR codes on the screen" in caplog.text and "ZM_PUBLIC_URL" in caplog.text


@pytest.mark.parametrize("params", [{"goals": "nope"}, {"themes": "nope"}, {"goals": "nope", "themes": "xyz"}])
def test_unknown_goal_or_theme_ids_fall_back_to_all_goals(built_db, params):
    plain = slide_html(run_page(built_db, KIOSK, {"kiosk": "1"}))
    at = run_page(built_db, KIOSK, {"kiosk": "1", **params})
    assert not at.exception and slide_key(at) == "title"
    assert slide_html(at) == plain  # the title of every goal, not a title of zeros
    assert re.search(r"[1-9]\d* Ziele aus Programmen", slide_html(at))


@pytest.mark.parametrize(("lang", "heading", "words"), [
    ("de", "Umsetzungsstand der Vorhaben", ("umgesetzt", "in Umsetzung", "beschlossen", "kein Fortschritt gemeldet")),
    ("en", "Implementation of the deliverables", ("done", "under way", "decided", "no progress reported")),
])
def test_balance_and_recent_evidence_slides(built_db, lang, heading, words):
    from dashboard.implementation_model import counts
    from dashboard.queries.implementation import implementation
    from dashboard.style import IMPLEMENTATION_STYLE

    at = run_page(built_db, KIOSK, {"kiosk": "1", "lang": lang, "demo": "0"})
    seen = rotation(at, 4)
    balance = seen["balance"]
    assert heading in balance
    with duckdb.connect(str(built_db), read_only=True) as con:
        per = counts(implementation(con))
        newest = con.execute("SELECT target_id, date_text FROM evidence ORDER BY known_from DESC, evidence_id "
                             "LIMIT 1").fetchone()
    for status, word in zip(("done", "under_way", "decided", "no_progress"), words):
        assert f"{IMPLEMENTATION_STYLE[status].symbol} {per[status]} {word}" in balance
    recent = [k for k in seen if k.startswith("recent:")]
    assert recent and recent[0] == f"recent:{newest[0]}"  # the newest evidence first
    date = fmt.format_date(dt.date.fromisoformat(newest[1]), lang) if len(newest[1]) == 10 else newest[1]
    assert f"{'Stand' if lang == 'de' else 'As of'} {date}:" in seen[recent[0]]
    assert ("Beleg:" if lang == "de" else "Evidence:") in seen[recent[0]]


def test_goals_on_one_series_share_one_group_slide(built_db):
    at = run_page(built_db, KIOSK, {"kiosk": "1", "themes": "klima"})
    seen = rotation(at, 6)
    assert "goal:klimaneutral_2035" not in seen and "goal:klimaneutral_vor_2038_dos" not in seen
    group = seen["group:klimaneutral_2035"]
    assert "CO₂-Emissionen gesamt" in group and "2 Ziele auf dieser Datenreihe" in group
    for part in ("bis 2035", "Klimaneutralität bis 2035", "bis 2038", "nicht erst 2038"):
        assert part in group
