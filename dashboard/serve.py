"""Start the dashboard server: `python -m dashboard.serve [streamlit options]`.

The same as `streamlit run app.py [options]`, with one difference: Streamlit still treats an app
whose folder contains `pages/` as a legacy multipage app until the first script run has called
st.navigation. The very first visitor after a server start who opens a deep link (a QR code to
/ziel?goal=…) would then see a "Page not found" pop-up over the right page. This launcher tells
Streamlit up front that the app routes with st.navigation (app.py), so no visitor sees it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parents[1] / "app.py"


def main(argv: list[str]) -> None:
    """Run app.py with the given streamlit options (e.g. --server.port 8502)."""
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
