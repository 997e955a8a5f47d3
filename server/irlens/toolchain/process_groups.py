"""Every tool process group this process started, so that none outlives it.

Each tool runs in its own session (a process group the runner can kill with everything the tool forked).
The groups alive now are kept here and killed:
- by `stop_all()`: the server's shutdown, SIGTERM and SIGINT (cli/serve.py), and at interpreter exit,
  before the thread pools wait for their workers (an unhandled exception ends there too);
- by a guardian process when this process dies without running any Python (SIGKILL, a native crash):
  it holds the read end of a pipe, learns each group as it starts (from the tool's own process, before
  exec, so before the tool can fork) and ends, and kills those left when the pipe closes. Each tool
  also gets PR_SET_PDEATHSIG (toolchain/sandbox.py), which covers the tool itself but not what it
  forked.
After `stop_all()` no new tool starts: `register` kills it at once and says so.
"""

from __future__ import annotations

import atexit
import concurrent.futures.thread  # noqa: F401  (its exit hook must be registered before ours)
import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

# Reads "+PGID" / "-PGID" lines; at end of input (the server is gone, however it went) kills what is left.
# It ignores SIGINT and SIGTERM so that a signal meant for the server's terminal group cannot stop it
# before the server has done its own clean-up.
_GUARDIAN = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
groups = set()
for line in sys.stdin:
    sign, number = line[:1], line[1:].strip()
    if number.isdigit():
        (groups.add if sign == "+" else groups.discard)(int(number))
for group in groups:
    try:
        os.killpg(group, signal.SIGKILL)
    except OSError:
        pass
"""

_lock = threading.Lock()
_live: set[int] = set()
_stopping = False
_guardian: subprocess.Popen[bytes] | None = None
_guardian_failed = False


class ShuttingDown(Exception):
    """No new tool runs: the process is stopping."""


def announcer() -> Callable[[], None]:
    """For the child between fork and exec (call it in the parent just before starting a tool): the
    child tells the guardian its own process group before it can fork anything, so that a server killed
    at any moment after the fork leaves nothing behind. A no-op when there is no guardian."""
    with _lock:
        fd = _guardian_fd()

    def announce() -> None:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.write(fd, b"+%d\n" % os.getpid())  # one write under PIPE_BUF: never interleaved
    return announce


def announce_fd() -> int:
    """The guardian's input for a child that announces itself (as `announcer` does; -1: no guardian)."""
    with _lock:
        return _guardian_fd()


def register(pgid: int) -> None:
    """A tool's process group started; raises ShuttingDown (after killing it) once `stop_all` ran."""
    with _lock:
        if _stopping:
            _kill(pgid)
            raise ShuttingDown()
        _live.add(pgid)


def unregister(pgid: int) -> None:
    """The tool ended and its group was killed."""
    with _lock:
        _live.discard(pgid)
        if _guardian_fd() >= 0:
            _send(f"-{pgid}\n")


def stopping() -> bool:
    return _stopping


def stop_all() -> int:
    """Kill every live tool group and refuse new ones; how many groups were killed."""
    global _stopping
    with _lock:
        _stopping = True
        groups = list(_live)
    for pgid in groups:
        _kill(pgid)
    if groups:
        log.info("stopped %d tool process group(s)", len(groups))
    return len(groups)


def _kill(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _guardian_fd() -> int:
    """Under _lock: the guardian's input, starting it if needed; -1 when stopping or it cannot run (tools
    still run: PDEATHSIG and stop_all remain, and one warning says so)."""
    global _guardian, _guardian_failed
    if _guardian_failed or _stopping:  # once stopping, every group is killed here already
        return -1
    try:
        if _guardian is None or _guardian.poll() is not None:
            _guardian = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _GUARDIAN],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,  # not in the terminal's group; it outlives us by a moment only
            )
            for pgid in _live:  # a guardian that died is replaced and told everything again
                _send(f"+{pgid}\n")
        assert _guardian.stdin is not None
        return _guardian.stdin.fileno()
    except (OSError, ValueError) as error:
        _guardian_failed = True
        log.warning("no guardian for tool processes (%s): a tool may outlive a killed server", error)
        return -1


def _send(line: str) -> None:
    assert _guardian is not None and _guardian.stdin is not None
    try:
        _guardian.stdin.write(line.encode())
        _guardian.stdin.flush()
    except (OSError, ValueError):
        pass  # the guardian died: the next tool starts a new one and tells it everything


def _at_exit() -> None:
    stop_all()
    with _lock:
        if _guardian is not None and _guardian.stdin is not None:
            with contextlib.suppress(OSError):
                _guardian.stdin.close()  # the guardian sees the end of its input and exits


# Thread-pool workers blocked in a hanging tool would hold up the interpreter's exit (it joins them
# before atexit handlers run): threading's own exit hooks run first, newest first, so ours kills the
# tools before concurrent.futures waits for its workers. atexit is the fallback.
_register_exit = getattr(threading, "_register_atexit", None)
if _register_exit is not None:
    _register_exit(_at_exit)
atexit.register(_at_exit)
