"""Tool calls: no shell, timeout, memory cap, temp dir; crashes and hangs become ToolFailure.

Faults that real opt/llc cannot be made to show on demand are produced by the wrapper scripts in
tests/faults/, installed under the real tool names in a directory given as the llvm_bin override.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from pathlib import Path

import pytest

from conftest import FAULTS, REPO
from irlens.bench.lsp import build_module
from irlens.config import Settings
from irlens.toolchain import sandbox, spawn_helper
from irlens.toolchain.discovery import Toolchain, ToolLimits, discover
from irlens.toolchain.runner import CANCEL_POLL_S, ToolFailure, cancelled_when, run_tool

EXAMPLE = REPO / "examples" / "sizes.ll"


def limited(toolchain: Toolchain, timeout_s: float, memory_mb: int = 4096) -> Toolchain:
    """The toolchain under other limits (what the toolTimeoutS / toolMemoryMb settings make)."""
    return dataclasses.replace(toolchain, limits=ToolLimits(timeout_s, memory_mb))


def fault_toolchain(tmp_path: Path, tool: str, script: str) -> Toolchain:
    """Real tools, except `tool`, which is the fault script."""
    real = discover(Settings())
    for name, path in real.tools.items():
        (tmp_path / name).symlink_to(FAULTS / script if name == tool else path)
    return discover(Settings(llvm_bin=str(tmp_path)))


def test_runs_a_real_tool_in_its_own_directory() -> None:
    toolchain = discover(Settings())
    result = run_tool(toolchain, "llvm-as", ["in.ll", "-o", "out.bc"], files={"in.ll": EXAMPLE.read_bytes()},
                      outputs=["out.bc"])
    assert result.ok
    assert result.outputs["out.bc"].startswith(b"BC")


def test_shell_metacharacters_are_plain_arguments() -> None:
    toolchain = discover(Settings())
    result = run_tool(toolchain, "opt", ["-p", "verify;touch /tmp/irlens-pwned", "-disable-output"],
                      stdin=EXAMPLE.read_bytes())
    assert not result.ok
    assert not Path("/tmp/irlens-pwned").exists()
    with pytest.raises(ToolFailure) as caught:
        result.check()
    assert caught.value.kind == "error" and "\n" not in str(caught.value)


def test_real_opt_crash_is_a_one_line_failure() -> None:
    toolchain = discover(Settings())
    with pytest.raises(ToolFailure) as caught:
        run_tool(toolchain, "opt", ["-p", "trigger-crash-module", "-disable-output"],
                 stdin=EXAMPLE.read_bytes())
    assert caught.value.kind == "crash"
    assert "\n" not in str(caught.value)
    assert "trigger-crash-module" in str(caught.value)


@pytest.mark.parametrize("script", ["crash_segv.sh", "crash_assert.sh"])
def test_crashing_wrapper_becomes_failure(tmp_path: Path, script: str) -> None:
    toolchain = fault_toolchain(tmp_path, "llc", script)
    with pytest.raises(ToolFailure) as caught:
        run_tool(toolchain, "llc", ["-O2"], stdin=EXAMPLE.read_bytes())
    assert caught.value.kind == "crash"
    assert "SIG" in str(caught.value)
    if script == "crash_assert.sh":
        assert "Assertion" in str(caught.value)


def test_hanging_tool_is_killed_with_its_children(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "opt", "hang.sh")
    started = time.monotonic()
    with pytest.raises(ToolFailure) as caught:
        run_tool(limited(toolchain, 1.0), "opt", ["-O2"], stdin=b"")
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 10


def test_tool_is_stopped_when_its_cancel_event_is_set(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "opt", "hang.sh")
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with cancelled_when(cancel), pytest.raises(ToolFailure) as caught:
        run_tool(limited(toolchain, 60.0), "opt", ["-O2"], stdin=b"")
    assert caught.value.kind == "cancelled"
    assert time.monotonic() - started < 5
    # outside the block the event no longer applies: a tool that finishes gives its result
    assert run_tool(toolchain, "llvm-as", ["-o", "-"], stdin=EXAMPLE.read_bytes()).ok


def test_tool_under_a_cancel_event_gets_all_its_input_and_output(tmp_path: Path) -> None:
    """A tool that runs past several cancel checks still gets its whole input, once."""
    module = build_module(300, tmp_path, large=True).read_bytes()  # 1.5 MB: llc takes about a second
    toolchain = discover(Settings())
    started = time.monotonic()
    with cancelled_when(threading.Event()):
        result = run_tool(toolchain, "llc", ["-O2", "-filetype=obj", "-o", "out.o"], stdin=module,
                          outputs=["out.o"])
    assert time.monotonic() - started > 3 * CANCEL_POLL_S
    assert result.ok and result.outputs["out.o"].startswith(b"\x7fELF")


def test_memory_cap_stops_a_hog(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "opt", "memory_hog.py")
    with pytest.raises(ToolFailure) as caught:
        run_tool(limited(toolchain, 30, 512), "opt", [])
    assert caught.value.kind == "memory"


def test_cap_too_small_for_the_tool_itself_is_a_memory_failure() -> None:
    with pytest.raises(ToolFailure) as caught:
        run_tool(limited(discover(Settings()), 30, 16), "opt", ["--version"])
    assert caught.value.kind == "memory"


def test_temp_dir_still_being_written_does_not_fail_the_call(tmp_path: Path) -> None:
    # The stand-in leaves a writer behind (own session, two seconds) that refills the temp dir while it
    # is removed: "Directory not empty" used to escape from run_tool (and from exit-time cleanup).
    toolchain = fault_toolchain(tmp_path, "opt", "leave_writer.py")
    for _ in range(3):  # the race is likely, not certain, on any one call
        assert run_tool(toolchain, "opt", []).ok


@pytest.mark.parametrize("start", ["wrapper", "preexec"])
def test_either_way_of_starting_gives_the_same_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     start: str) -> None:
    """The exec wrapper (built here into a fresh cache) and the preexec_fn fallback (used where it cannot
    be built) both give the tool its memory cap, its own process group, the server as its parent and,
    with Landlock, no_new_privs (set just before landlock_restrict_self)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(spawn_helper, "_built", {})
    if start == "preexec":
        monkeypatch.setattr(spawn_helper, "path", lambda tool_directory: None)
    script = tmp_path / "tools" / "opt"
    script.parent.mkdir()
    # Fields 4 and 5 of /proc/PID/stat: parent pid and process group.
    script.write_text("#!/bin/sh\ncut -d' ' -f4,5 /proc/$$/stat\necho $$\ngrep NoNewPrivs /proc/self/status\n"
                      "grep 'Max address space' /proc/self/limits\ngrep 'Max file size' /proc/self/limits\n")
    script.chmod(0o755)
    fake = Toolchain(version=19, tools={"opt": str(script)}, missing=(), origin="test",
                     limits=ToolLimits(30, 300, 5))
    lines = run_tool(fake, "opt", []).stdout_text.splitlines()
    parent, group = lines[0].split()
    assert int(parent) == os.getpid() and group == lines[1]
    assert lines[2].split()[-1] == ("1" if sandbox.landlock_abi() > 0 else "0")
    assert lines[3].split()[3:5] == [str(300 * 1024 * 1024)] * 2
    assert lines[4].split()[3:5] == [str(5 * 1024 * 1024)] * 2
    built = list((tmp_path / "cache").glob("irlens/spawn-*"))
    assert len(built) == (1 if start == "wrapper" else 0)


@pytest.mark.parametrize("start", ["wrapper", "preexec"])
def test_a_tool_that_writes_past_the_output_limit_fails_naming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str) -> None:
    """llc writing a 4 MB object under a 1 MB toolOutputMb: killed by SIGXFSZ at 1 MB, one message."""
    if start == "preexec":
        monkeypatch.setattr(spawn_helper, "path", lambda tool_directory: None)
    toolchain = dataclasses.replace(discover(Settings()), limits=ToolLimits(60, 4096, 1))
    module = b'@g = global [1048576 x i32] zeroinitializer, section ".data"\n'
    with pytest.raises(ToolFailure) as failure:
        run_tool(toolchain, "llc", ["-filetype=obj", "-o", "out.o"], stdin=module, outputs=["out.o"])
    assert failure.value.kind == "output"
    assert str(failure.value) == ("llc wrote too much: its output reached the 1 MB limit on a file "
                                  "(setting toolOutputMb)")
    small = b'@g = global [1024 x i32] zeroinitializer, section ".data"\n'
    result = run_tool(toolchain, "llc", ["-filetype=obj", "-o", "out.o"], stdin=small, outputs=["out.o"])
    assert result.ok and len(result.outputs["out.o"]) > 4096
