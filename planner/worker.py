"""Read an uploaded file in a separate worker process with CPU-time, memory and wall-clock caps.

`parse_limited(bytes, name)` returns what `planner.parse.parse_file` returns; a file that needs more
than CPU_SECONDS of CPU, MEMORY_MB of memory or WALL_SECONDS in all is cancelled (the worker is
killed) and refused with the problem 'file_too_slow' naming the file. The server's own process
never parses untrusted bytes, so one hostile file cannot pin its CPU or grow its memory, and a
planner who leaves does not leave a busy thread behind for longer than WALL_SECONDS.

The worker is a fresh interpreter (`python -m planner.worker CPU MB SUFFIX KIND`, file bytes on stdin, the
pickled result on stdout), never a fork of the threaded server process; it sets its own caps
(resource.setrlimit) before it reads a byte.
"""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from planner.messages import UploadProblem, visible

CPU_SECONDS = 20
MEMORY_MB = 512
WALL_SECONDS = 30.0
ROOT = Path(__file__).resolve().parents[1]


def _virtual_bytes() -> int:
    """This process's current virtual memory size (Linux /proc), 0 if unknown."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def set_limits(cpu: int, memory_mb: int) -> None:
    """Cap this process: `cpu` seconds of CPU time (then SIGXCPU ends it) and `memory_mb` MB of
    address space above what it uses now (then allocations raise MemoryError)."""
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    limit = _virtual_bytes() + memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def too_slow(filename: str, seconds: float, memory_mb: int) -> UploadProblem:
    """The refusal of a file that ran over a cap (names the file and the caps)."""
    return UploadProblem("file_too_slow", params={"file": visible(filename, 60), "seconds": f"{seconds:g}",
                                                  "mb": memory_mb})


POLL_SECONDS = 0.25  # how often a running worker checks that its requester is still there


def parse_limited(data: bytes, filename: str, cpu: int = CPU_SECONDS, memory_mb: int = MEMORY_MB,
                  wall: float = WALL_SECONDS, alive: Callable[[], bool] | None = None,
                  kind: str = "indicator"):
    """parse_file(data, filename, kind) in a capped worker: (table or None, problems); (None,
    [file_too_slow]) if the worker overran a cap or died, (None, [upload_cancelled]) if
    `alive()` turned False while it ran (the planner's session ended). The worker is killed in
    both cases, within POLL_SECONDS of the end of its requester."""
    suffix = ".xlsx" if filename.lower().endswith((".xlsx", ".xlsm")) else ".csv"
    command = [sys.executable, "-m", "planner.worker", str(cpu), str(memory_mb), suffix, kind]
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stdout:
        stdin.write(data)
        stdin.seek(0)
        with subprocess.Popen(command, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL,
                              cwd=ROOT) as proc:
            ended = _wait(proc, wall, alive)
        if ended is not None:
            return None, [UploadProblem("upload_cancelled", params={"file": visible(filename, 60)})
                          if ended == "cancelled" else too_slow(filename, wall, memory_mb)]
        stdout.seek(0)
        out = stdout.read()
    if proc.returncode != 0 or not out:
        return None, [too_slow(filename, min(wall, cpu), memory_mb)]
    table, problems = pickle.loads(out)  # our own worker's answer, not the file's bytes
    if problems and problems[0].code == "file_too_slow":  # it ran out of memory: name the file
        return None, [too_slow(filename, cpu, memory_mb)]
    return table, problems


def _wait(proc: subprocess.Popen, wall: float, alive: Callable[[], bool] | None) -> str | None:
    """Wait for the worker; kill it and say why ("timeout" or "cancelled") if it runs past
    `wall` seconds or `alive()` turns False; None when it ended by itself."""
    deadline = time.monotonic() + wall
    while True:
        try:
            proc.wait(timeout=max(0.0, min(POLL_SECONDS, deadline - time.monotonic())))
            return None
        except subprocess.TimeoutExpired:
            reason = ("cancelled" if alive is not None and not alive() else
                      "timeout" if time.monotonic() > deadline else None)
            if reason:
                proc.kill()
                proc.wait()
                return reason


def _main(argv: list[str]) -> int:
    """The worker: cap itself, read the file from stdin, write the pickled result to stdout."""
    cpu, memory_mb, suffix = int(argv[0]), int(argv[1]), argv[2]
    kind = argv[3] if len(argv) > 3 else "indicator"
    from planner.parse import parse_file

    set_limits(cpu, memory_mb)
    data = sys.stdin.buffer.read()
    try:
        result = parse_file(data, f"upload{suffix}", kind)
    except MemoryError:
        result = None, [too_slow(f"upload{suffix}", cpu, memory_mb)]
    sys.stdout.buffer.write(pickle.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
