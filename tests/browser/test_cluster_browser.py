"""Everything through the proxy (issue 15): `make serve`'s cluster (HAProxy, two replicas) in a
real browser. The council member's journey overview -> goal -> English -> map, the kiosk rotating,
a planner's upload with preview and confirm (the upload request must reach the session's
replica), and a rebuild seen by every replica. Screenshots under test-output/screenshots/cluster-*.png.

The tests share one cluster and run in file order: the upload changes the data, the rebuild last.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from planner.auth import add_user
from etl.build import build
from etl.uploads import UploadStore
from tests.browser.conftest import private_data, screenshot, wait_for_app
from tests.browser.test_journey import DWELLINGS, choose_in_selectbox, main_text, plotly_traces
from tests.browser.test_kiosk_browser import GOALS, watch
from tests.browser.test_upload_browser import FILLED, filled_counts
from tests.cluster_support import start_cluster, stop_cluster
from tests.fixtures.uploads.support import AS_OF, current
from tests.real_figures import shown_figure

# one worker runs them all under xdist (make test: --dist loadgroup): one cluster, in file order
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("cluster")]


@pytest.fixture(scope="module")
def site(tmp_path_factory, chromium, built_db):
    """A cluster of two replicas behind HAProxy on a private copy of data, uploads and sign-ins."""
    if not shutil.which("haproxy") and not os.path.exists("/usr/sbin/haproxy"):
        if os.environ.get("CI"):
            pytest.fail("haproxy is missing in CI: .ci/run must install it")
        pytest.skip("haproxy not installed (apt-get install haproxy)")
    tmp = tmp_path_factory.mktemp("cluster")
    db = private_data(built_db, tmp)[1]
    add_user(tmp / "users.toml", "anna", "richtig-langes-passwort")
    env = {"ZM_RAW_DIR": str(tmp / "raw"), "ZM_UPLOAD_DIR": str(tmp / "up"), "ZM_AS_OF": AS_OF.isoformat(),
           "ZM_USERS_FILE": str(tmp / "users.toml")}
    running = start_cluster(db, tmp / "run", replicas=2, extra_env=env)
    yield running, db, tmp
    said, left = stop_cluster(running)
    assert said.startswith("stopped"), said  # by SIGTERM, in time: not "killed launcher … after 30 s"
    assert left == [], f"processes left after stopping the cluster: {left}"


def test_journey_through_the_proxy(page, site):
    url = site[0].url
    page.goto(f"{url}/")
    wait_for_app(page)
    assert "zm_replica" in {c["name"] for c in page.context.cookies()}  # pinned to one replica
    assert "Mindestens 2.000 neue Wohnungen pro Jahr" in main_text(page)
    page.locator(f'a[href*="goal={DWELLINGS}"]').first.click()
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    served = site[1]  # the cluster's database, before the upload test changes it
    assert f"goal={DWELLINGS}" in page.url and shown_figure(served, DWELLINGS, "de").number in main_text(page)
    assert plotly_traces(page).get("target") == "Ziel: 2.000 Wohnungen pro Jahr"

    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    assert "lang=en" in page.url and shown_figure(served, DWELLINGS, "en").number in main_text(page)

    page.locator('[data-testid="stSidebarNav"] a', has_text="Districts").click()
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    choose_in_selectbox(page, "District", "Hörde")
    assert "Hörde" in main_text(page) and "Traceback" not in main_text(page)
    screenshot(page, "cluster-1-map-hoerde")


def test_deep_link_through_the_proxy(page, site):
    page.goto(f"{site[0].url}/ziel?goal={DWELLINGS}")
    wait_for_app(page)
    assert page.locator('[role="dialog"]').count() == 0
    assert "Mindestens 2.000 neue Wohnungen pro Jahr" in main_text(page)


def test_kiosk_rotates_through_the_proxy(browser, site):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="de-DE")
    try:
        screen = context.new_page()
        screen.goto(f"{site[0].url}/?kiosk=1&seconds=3&goals={GOALS}")
        screen.wait_for_selector("[data-slide]", timeout=30_000)
        seen = watch(screen, 30, until=lambda keys: len(keys) >= 3)
        assert len(seen) >= 3, f"the kiosk did not rotate through the proxy: {seen}"
        screenshot(screen, "cluster-2-kiosk")
    finally:
        context.close()


def test_planner_upload_through_the_proxy(page, site):
    running, db, tmp = site
    page.goto(f"{running.url}/hochladen")
    page.wait_for_selector("text=Benutzername", timeout=30_000)
    wait_for_app(page)
    page.get_by_label("Benutzername").fill("anna")
    page.get_by_label("Passwort").fill("richtig-langes-passwort")
    page.get_by_role("button", name="Anmelden").click()
    wait_for_app(page)
    page.wait_for_selector('input[type="file"]', state="attached", timeout=30_000)

    (tmp / "gut.csv").write_text(FILLED, encoding="utf-8")
    # the file goes up in its own HTTP request: only the session's replica knows the session
    page.locator('input[type="file"]').first.set_input_files(str(tmp / "gut.csv"))
    page.wait_for_selector("text=unverändert:", timeout=30_000)
    wait_for_app(page)
    assert filled_counts(db) in main_text(page)
    page.get_by_role("button", name="Übernehmen").click()
    page.wait_for_selector("text=übernommen", timeout=60_000)
    wait_for_app(page)
    assert current(db, "completed_dwellings", "city", "05913000", 2024)[0][0] == 2345.0
    screenshot(page, "cluster-3-upload-confirmed")


def test_a_rebuild_is_seen_by_every_replica(browser, site):
    running, db, tmp = site
    pages = []
    for replica in ("r1", "r2"):  # one browser pinned to each replica
        context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="de-DE")
        context.add_cookies([{"name": "zm_replica", "value": replica, "url": running.url}])
        pages.append(context.new_page())
    try:
        for pg in pages:
            pg.goto(f"{running.url}/")
            wait_for_app(pg)
            assert "Stand: 21.11.2026" in main_text(pg)
        build(raw=tmp / "raw", db_path=db, as_of=dt.date(2026, 11, 22), include_demo=True,
              uploads=UploadStore(tmp / "up"))  # swaps the file in place, as `python -m etl build`
        for pg in pages:
            pg.reload()
            wait_for_app(pg)
            assert "Stand: 22.11.2026" in main_text(pg)
        assert {c["value"] for pg in pages for c in pg.context.cookies() if c["name"] == "zm_replica"} == {"r1", "r2"}
    finally:
        for pg in pages:
            pg.context.close()
