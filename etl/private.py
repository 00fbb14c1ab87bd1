"""Owner-only files: planner accounts, the upload log, uploaded originals, the sign-in throttle.

Input: a path (and bytes). Folders are created with mode 0700, files with 0600 from the very
start (os.open / tempfile.mkstemp), never written world-readable and chmod-ed afterwards. A file
is replaced atomically: written to a temporary file in the same folder, flushed, then renamed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if missing; a folder this creates is owner-only (0700)."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` atomically with `data`, owner-only (0600) from creation on."""
    path = Path(path)
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
