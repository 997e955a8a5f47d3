"""Run one LLVM tool safely: no shell, a wall-time limit, an address-space cap, a cap on the size of
each file it writes (its stdout is a file in its own temp dir too), its own temp dir.

A crash, an assertion, a hang, running out of memory or writing too much becomes a `ToolFailure` with
a one-line message; ordinary errors (bad input) come back as a `ToolResult` with a non-zero return
code, so that callers can turn stderr into diagnostics.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import resource
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from irlens.toolchain import process_groups, sandbox, spawn_helper
from irlens.toolchain.discovery import Toolchain

FailureKind = Literal["crash", "timeout", "memory", "output", "error", "cancelled"]
# How often a running tool checks the calling thread's cancel event (`cancelled_when`).
CANCEL_POLL_S = 0.1

_CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "Assertion `", "UNREACHABLE executed")
_MEMORY_MARKERS = ("out of memory", "std::bad_alloc", "MemoryError", "Cannot allocate memory",
                   "Allocation failed", "failed to map segment")
# A write past RLIMIT_FSIZE: SIGXFSZ kills the tool (LLVM's handler re-raises it), or, where the signal
# is ignored, the write fails with EFBIG.
_OUTPUT_MARKERS = ("File too large",)
# The tool's stdout, a file in its temp dir so that RLIMIT_FSIZE bounds it too (the module or object it
# prints). Its stderr stays a pipe: its end is how communicate learns at once that the tool exited (a
# wait with a timeout polls, adding up to 50 ms per call), and the diagnostics read it whole anyway.
_STDOUT = ".irlens-stdout"
MB = 1024 * 1024

log = logging.getLogger(__name__)


class ToolFailure(Exception):
    """The tool gave no usable result: it crashed, hung, ran out of memory, or rejected its input."""

    def __init__(self, tool: str, kind: FailureKind, detail: str) -> None:
        self.tool = tool
        self.kind = kind
        self.detail = detail
        super().__init__(f"{tool} {_KIND_WORDS[kind]}: {detail}" if detail else f"{tool} {_KIND_WORDS[kind]}")


_KIND_WORDS: dict[str, str] = {
    "crash": "crashed",
    "timeout": "timed out",
    "memory": "ran out of memory",
    "output": "wrote too much",
    "error": "failed",
    "cancelled": "was stopped",
}


@dataclass
class ToolResult:
    tool: str
    args: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes
    duration_s: float
    outputs: dict[str, bytes] = field(default_factory=dict)  # files the caller asked to read back

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    @property
    def stderr_text(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    @property
    def stdout_text(self) -> str:
        return self.stdout.decode("utf-8", "replace")

    def check(self) -> ToolResult:
        """Raise ToolFailure(kind="error") carrying the tool's first error line unless it succeeded."""
        if not self.ok:
            raise ToolFailure(self.tool, "error", first_error_line(self.stderr_text))
        return self


def run_tool(
    toolchain: Toolchain,
    name: str,
    args: Sequence[str],
    *,
    stdin: bytes | None = None,
    files: Mapping[str, bytes] | None = None,
    outputs: Sequence[str] = (),
    executable: str | None = None,
    cwd: str | None = None,
) -> ToolResult:
    """Run `name` with `args` in a fresh temporary directory (its cwd, unless `cwd` is given).

    `files` are written into that directory first (relative names, so args can refer to them) and
    `outputs` are read back from it afterwards (missing ones are left out of `result.outputs`).
    `executable` runs a program that is not one of the toolchain's (clang) under the same rules; with
    `cwd` (a build command's directory) the tool runs there but still writes only in its temp dir.
    The limits are the toolchain's, `toolchain.limits` (the user's settings), for every call.
    """
    timeout_s = toolchain.limits.timeout_s
    argv = [executable or toolchain.path(name), *args]  # toolchain.path raises ToolMissing
    caps = _caps(toolchain.limits.memory_mb, toolchain.limits.output_mb)
    # A tool's leftover children may still write here while it is removed (they are killed without
    # waiting, and at interpreter exit unfinished calls are cleaned up by a finalizer): a directory
    # that cannot be removed is left in the temp dir rather than failing the call or the exit.
    with tempfile.TemporaryDirectory(prefix="irlens-", ignore_cleanup_errors=True) as workdir:
        for relative, content in (files or {}).items():
            Path(workdir, relative).write_bytes(content)
        started = time.monotonic()
        process = _start(name, argv, workdir, stdin is not None, caps, cwd or workdir)
        cancel: threading.Event | None = getattr(_cancel, "event", None)
        if cancel is not None:
            _watch.add(process, cancel)
        try:
            _, stderr = process.communicate(stdin, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise ToolFailure(name, "timeout", f"no result after {timeout_s:g} s; stopped") from None
        except BaseException:
            _kill_group(process)
            raise
        finally:
            if cancel is not None:
                _watch.remove(process)
            # Whatever the tool left running in its group (it should be nothing) goes too.
            _kill_group(process, wait=False)
            process_groups.unregister(process.pid)
        if process_groups.stopping():
            raise ToolFailure(name, "error", "stopped: irlens is shutting down")
        if cancel is not None and cancel.is_set() and process.returncode != 0:
            raise ToolFailure(name, "cancelled", "its input was replaced")
        duration = time.monotonic() - started
        stdout = Path(workdir, _STDOUT).read_bytes()
        result = ToolResult(name, list(args), process.returncode, stdout, stderr, duration)
        _raise_if_broken(result, caps)
        for relative in outputs:
            path = Path(workdir, relative)
            if path.is_file():
                result.outputs[relative] = path.read_bytes()
        return result


_cancel = threading.local()


@contextlib.contextmanager
def cancelled_when(event: threading.Event) -> Iterator[None]:
    """The tools this thread runs inside the block are stopped (ToolFailure "cancelled") as soon as
    `event` is set: a replaced document version's whole-module compiles would otherwise keep the
    cores and hundreds of MB busy for seconds after the edit."""
    previous = getattr(_cancel, "event", None)
    _cancel.event = event
    try:
        yield
    finally:
        _cancel.event = previous


class _CancelWatch:
    """One thread, while tools run under a cancel event, that kills the process group of each tool
    whose event is set (communicate then returns). Not a communicate loop with short timeouts:
    CPython's communicate, once retried, stops writing the rest of the input."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watched: dict[int, tuple[subprocess.Popen[bytes], threading.Event]] = {}
        self._running = False

    def add(self, process: subprocess.Popen[bytes], event: threading.Event) -> None:
        with self._lock:
            self._watched[process.pid] = (process, event)
            if not self._running:
                self._running = True
                threading.Thread(target=self._run, name="irlens-tool-cancel", daemon=True).start()

    def remove(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._watched.pop(process.pid, None)

    def _run(self) -> None:
        while True:
            time.sleep(CANCEL_POLL_S)
            with self._lock:
                if not self._watched:
                    self._running = False
                    return
                cancelled = [process for process, event in self._watched.values() if event.is_set()]
            for process in cancelled:
                _kill_group(process, wait=False)


_watch = _CancelWatch()


@dataclass(frozen=True)
class _Caps:
    """The limits one tool runs under, in bytes, and the settings they come from (for messages)."""

    memory_bytes: int
    output_bytes: int

    def memory_words(self) -> str:
        return f"the {self.memory_bytes // MB} MB memory cap (setting toolMemoryMb)"

    def output_words(self) -> str:
        return f"its output reached the {self.output_bytes // MB} MB limit on a file (setting toolOutputMb)"


_lowered_caps: set[tuple[int, int]] = set()  # (resource, hard limit) already reported


def _caps(memory_mb: int, output_mb: int) -> _Caps:
    """The settings' caps, each lowered to the hard limit this process runs under (`ulimit -v`, `-f`,
    `prlimit`): a tool may not raise its limit above that, so the hard limit is the cap then."""
    return _Caps(_within_hard_limit(resource.RLIMIT_AS, max(64, memory_mb) * MB, "toolMemoryMb", "-v"),
                 output_limit(output_mb))


def output_limit(output_mb: int) -> int:
    """toolOutputMb in bytes, or the hard RLIMIT_FSIZE irlens runs under where that is lower."""
    return _within_hard_limit(resource.RLIMIT_FSIZE, max(1, output_mb) * MB, "toolOutputMb", "-f")


def _within_hard_limit(limit: int, wanted: int, setting: str, ulimit_flag: str) -> int:
    hard = resource.getrlimit(limit)[1]
    if hard == resource.RLIM_INFINITY or hard >= wanted:
        return wanted
    if (limit, hard) not in _lowered_caps:  # said once per limit, not per tool call
        _lowered_caps.add((limit, hard))
        log.warning("irlens: tools run with a cap of %d MB, not the %d MB of the setting %s: irlens runs "
                    "under a hard limit of %d MB (ulimit %s), which a tool cannot exceed",
                    hard // MB, wanted // MB, setting, hard // MB, ulimit_flag)
    return hard


def _start(name: str, argv: list[str], workdir: str, has_stdin: bool, caps: _Caps,
           cwd: str) -> subprocess.Popen[bytes]:
    """Start the tool in `cwd` in its own session (a process group: a timeout or shutdown kills it and all it
    forked), confined by the sandbox to writing in `workdir`, its stdout a file there, and registered so
    it cannot outlive us."""
    if process_groups.stopping():
        raise ToolFailure(name, "error", "not started: irlens is shutting down")
    helper = spawn_helper.path(Path(argv[0]).parent)
    try:
        with open(Path(workdir, _STDOUT), "wb") as stdout:
            options = _popen_options(workdir, has_stdin, stdout, cwd)
            if helper is not None:
                process = _start_wrapped(helper, argv, workdir, caps, options)
            else:
                process = _start_forked(argv, workdir, caps, options)
    except OSError as error:
        raise ToolFailure(name, "error", f"could not start {argv[0]}: {error.strerror}") from error
    try:
        process_groups.register(process.pid)
    except process_groups.ShuttingDown:
        process.communicate()
        raise ToolFailure(name, "error", "stopped: irlens is shutting down") from None
    return process


def _start_wrapped(helper: str, argv: list[str], workdir: str, caps: _Caps,
                   options: dict[str, Any]) -> subprocess.Popen[bytes]:
    """Through the exec wrapper: no preexec_fn, so CPython vforks instead of copying the server."""
    if not os.access(argv[0], os.X_OK):  # else the wrapper's failed exec would look like the tool's exit
        code = errno.EACCES if os.path.exists(argv[0]) else errno.ENOENT
        raise OSError(code, os.strerror(code), argv[0])
    guardian_fd = process_groups.announce_fd()
    with sandbox.ruleset(workdir) as ruleset_fd:
        passed = tuple(fd for fd in (ruleset_fd, guardian_fd) if fd >= 0)
        return subprocess.Popen(
            [helper, str(os.getpid()), str(caps.memory_bytes), str(caps.output_bytes), str(ruleset_fd),
             str(guardian_fd), *argv],
            pass_fds=passed, **options)


def _start_forked(argv: list[str], workdir: str, caps: _Caps,
                  options: dict[str, Any]) -> subprocess.Popen[bytes]:
    """The same limits applied by a preexec_fn (a full fork of the server) where the wrapper is missing."""
    announce = process_groups.announcer()
    with sandbox.confined(workdir) as confine:
        def in_child() -> None:
            announce()
            confine()
            _limit_resources(caps)

        return subprocess.Popen(argv, preexec_fn=in_child, **options)


def _popen_options(workdir: str, has_stdin: bool, stdout: BinaryIO, cwd: str) -> dict[str, Any]:
    return {"stdin": subprocess.PIPE if has_stdin else subprocess.DEVNULL, "stdout": stdout,
            "stderr": subprocess.PIPE, "cwd": cwd, "env": _tool_environment(workdir),
            "start_new_session": True}


def first_error_line(stderr: str) -> str:
    """The most telling line of a tool's stderr, without the tool's own path prefix."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "error:" in line or "LLVM ERROR" in line:
            return _strip_program_prefix(line)
    return _strip_program_prefix(lines[0]) if lines else "no error message"


def _strip_program_prefix(line: str) -> str:
    # "/usr/lib/llvm-19/bin/opt: <stdin>:3:5: error: ..." -> "<stdin>:3:5: error: ..."
    head, sep, rest = line.partition(": ")
    if sep and ("/" in head or head.startswith(("opt", "llc", "llvm-"))) and " " not in head:
        return rest
    return line


def _raise_if_broken(result: ToolResult, caps: _Caps) -> None:
    stderr = result.stderr_text
    if result.returncode == -signal.SIGXFSZ or (
            result.returncode > 0 and any(marker in stderr for marker in _OUTPUT_MARKERS)):
        raise ToolFailure(result.tool, "output", caps.output_words())
    if any(marker in stderr for marker in _MEMORY_MARKERS):
        raise ToolFailure(result.tool, "memory", f"exceeded {caps.memory_words()}")
    if result.returncode < 0:
        try:
            signal_name = signal.Signals(-result.returncode).name
        except ValueError:
            signal_name = f"signal {-result.returncode}"
        raise ToolFailure(result.tool, "crash", f"killed by {signal_name}{_crash_summary(stderr)}")
    if any(marker in stderr for marker in _CRASH_MARKERS):
        raise ToolFailure(result.tool, "crash", _crash_summary(stderr).lstrip(" (").rstrip(")")
                          or "internal compiler error")


def _crash_summary(stderr: str) -> str:
    """The assertion or the pass that was running, from LLVM's crash report."""
    lines = [line.strip() for line in stderr.splitlines()]
    for wanted in ("Assertion", "LLVM ERROR", "UNREACHABLE", "Running pass"):
        for line in lines:
            if wanted in line:
                text = re.sub(r"^\d+\.\s*", "", _strip_program_prefix(line))
                return f" ({text[:200]})"
    return ""


def _limit_resources(caps: _Caps) -> None:
    # Runs in the child between fork and exec: only async-signal-safe work (setrlimit calls).
    resource.setrlimit(resource.RLIMIT_AS, (caps.memory_bytes, caps.memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (caps.output_bytes, caps.output_bytes))


def _kill_group(process: subprocess.Popen[bytes], *, wait: bool = True) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if wait:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.communicate(timeout=5)


def _tool_environment(workdir: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LLVM_")}
    env["TMPDIR"] = workdir
    env["LC_ALL"] = "C"
    return env
