"""Many viewers at once: N concurrent websocket sessions loading pages, as a browser tab would.

Input: a running dashboard (bench/server.py), N viewers, the pages each viewer loads in turn.
Each load opens a new session on /_stcore/stream, asks for the page (ClientState.page_name and
query string, as the frontend does) and waits for `script_finished`. This measures the server
(script run, queries, serialisation) under load, not the browser's drawing.
Output: p50/p95/max seconds per load, errors (exceptions shown, failed or timed-out runs),
error messages shown, bytes received, server memory before and after (MB, peak = VmHWM).
"""

from __future__ import annotations

import asyncio
import statistics
import time
import urllib.parse

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.render import PAGES, PageSpec
from bench.server import rss_mb

LOAD_PAGES = PAGES[:3]  # overview, goal, map (Stadtbezirke)


def _rerun_message(page: PageSpec) -> bytes:
    msg = BackMsg()
    msg.rerun_script.query_string = urllib.parse.urlencode(page.params)
    msg.rerun_script.page_name = page.url_path
    return msg.SerializeToString()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


async def load_page(ws_url: str, page: PageSpec, timeout: float) -> dict:
    """One page load in a new session. Returns seconds, bytes, exceptions, error alerts, ok."""
    start = time.perf_counter()
    received = exceptions = alerts = 0
    # no client keepalive pings: a browser tab does not drop a busy server after 20 s either
    async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None,
                                  open_timeout=timeout, ping_interval=None) as ws:
        await ws.send(_rerun_message(page))
        while True:
            raw = await asyncio.wait_for(ws.recv(), timeout=timeout)
            received += len(raw)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element.WhichOneof("type")
                exceptions += element == "exception"
                alerts += element == "alert" and msg.delta.new_element.alert.format == Alert.ERROR
            elif kind == "script_finished":
                finished = msg.script_finished
                if finished in (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR):
                    ok = finished == ForwardMsg.FINISHED_SUCCESSFULLY
                    break
    return dict(seconds=time.perf_counter() - start, bytes=received, exceptions=exceptions,
                alerts=alerts, ok=ok and exceptions == 0)


async def _viewer(ws_url: str, pages, timeout: float) -> list[dict]:
    results = []
    for page in pages:
        try:
            results.append(await load_page(ws_url, page, timeout))
        except (OSError, asyncio.TimeoutError, websockets.WebSocketException) as err:
            results.append(dict(seconds=timeout, bytes=0, exceptions=0, alerts=0, ok=False,
                                failure=f"{page.name}: {type(err).__name__}: {err}"))
    return results


async def _run(ws_url: str, viewers: int, pages, timeout: float) -> list[dict]:
    batches = await asyncio.gather(*(_viewer(ws_url, pages, timeout) for _ in range(viewers)))
    return [r for batch in batches for r in batch]


def bench_load(base: str, server_pid: int, viewers: int, pages=LOAD_PAGES,
               timeout: float = 60) -> dict:
    """Warm the server with one viewer, then `viewers` at once. Returns the load figures."""
    ws_url = base.replace("http://", "ws://") + "/_stcore/stream"
    asyncio.run(_run(ws_url, 1, pages, timeout))  # warm-up: caches filled, as after a first visit
    before = rss_mb(server_pid)
    start = time.perf_counter()
    results = asyncio.run(_run(ws_url, viewers, pages, timeout))
    wall = time.perf_counter() - start
    after = rss_mb(server_pid)
    seconds = [r["seconds"] for r in results]
    failures = [r["failure"] for r in results if "failure" in r]
    return dict(
        viewers=viewers, loads=len(results), wall_s=wall,
        p50_s=statistics.median(seconds), p95_s=_percentile(seconds, 0.95), max_s=max(seconds),
        errors=sum(not r["ok"] for r in results), error_alerts=sum(r["alerts"] for r in results),
        kb_per_load=statistics.median(r["bytes"] for r in results) / 1024,
        rss_before_mb=before["rss_mb"], rss_after_mb=after["rss_mb"],
        peak_rss_mb=after["peak_rss_mb"], failures=failures[:5],
    )
