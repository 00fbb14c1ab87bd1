"""Start the dashboard server: `python -m dashboard.serve [streamlit options]`.

The same as `streamlit run app.py [options]`, with one difference: Streamlit still treats an app
whose folder contains `pages/` as a legacy multipage app until the first script run has called
st.navigation. The very first visitor after a server start who opens a deep link (a QR code to
/ziel?goal=…) would then see a "Page not found" pop-up over the right page. This launcher tells
Streamlit up front that the app routes with st.navigation (app.py), so no visitor sees it.

It also makes sure the server stops on SIGTERM (and Ctrl-C): Streamlit's own handler asks the
server to stop, and the interpreter then waits for every script thread; a thread still busy
(e.g. a session waiting on a slow worker) would keep the process alive. After GRACE_SECONDS the
process ends regardless.
"""

from __future__ import annotations

import math
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import bootstrap, cli

import config

APP = Path(__file__).resolve().parents[1] / "app.py"
GRACE_SECONDS = 10.0


def with_deadline(handler, grace: float = GRACE_SECONDS,
                  exit_now: Callable[[int], None] = os._exit) -> Callable:
    """A signal handler that runs `handler` (Streamlit's graceful stop) and ends the process
    with exit_now(0) after `grace` seconds if it is still running then."""
    def handle(signal_number, frame) -> None:
        timer = threading.Timer(grace, exit_now, args=(0,))
        timer.daemon = True
        timer.start()
        if callable(handler):
            handler(signal_number, frame)
    return handle


def _signals_with_deadline(original: Callable) -> Callable:
    """Wrap bootstrap's signal set-up: after it installed its handlers, give them a deadline."""
    def set_up(server) -> None:
        original(server)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, with_deadline(signal.getsignal(sig)))
    return set_up


def upload_limit_option(argv: list[str]) -> list[str]:
    """Streamlit's upload endpoint limit set to the app's own (ZM_MAX_UPLOAD_MB, whole MB rounded
    up), unless the command line sets it: anonymous PUTs to the endpoint cannot exceed it."""
    if any(a.startswith("--server.maxUploadSize") for a in argv):
        return []
    return [f"--server.maxUploadSize={math.ceil(config.max_upload_bytes() / 1048576)}"]


def main(argv: list[str]) -> None:
    """Run app.py with the given streamlit options (e.g. --server.port 8502)."""
    PagesManager.uses_pages_directory = False
    bootstrap._set_up_signal_handler = _signals_with_deadline(bootstrap._set_up_signal_handler)
    sys.argv = ["streamlit", "run", str(APP), *upload_limit_option(argv), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
