"""The fault corpus (issue 21): limits on what tools write and what irlens reads, with real tools.

- an object of gigabytes (`.space 3000000000`, a `[1000000000 x i32]` global in `.data`) stops at the
  tools' file-size limit (toolOutputMb), with a message naming it, from the CLI and on hover;
- inputs that are no regular file (/dev/zero, a FIFO, a directory) or above maxInputMb (a sparse file)
  are refused before they are read: exit 2 and a sentence;
- a hard address-space limit below toolMemoryMb lowers the tools' cap instead of failing every tool.

Each case is bounded in time (subprocess or request timeouts far above what it takes on 2 cores).
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES, line_of
from irlens.config import Settings
from irlens.engine.report import CompileJob, compile_to_ir
from irlens.toolchain.discovery import discover
from polling import wait_for
from raw_lsp import raw_session

MB = 1024 * 1024
OUTPUT_LIMIT = Settings().tool_output_mb * MB
CLI_S = 60.0  # one CLI run on a small module: a few seconds (most of it Python's start and the imports)
QUIET = {"backgroundSuggestions": False}
HUGE_ASM = "\t.text\n\t.globl\tf\n\t.type\tf,@function\nf:\n\t.space\t3000000000\n\tretq\n"
HUGE_GLOBAL_IR = """@g = global [1000000000 x i32] zeroinitializer, section ".data"

define i32 @first() {
  %p = getelementptr [1000000000 x i32], ptr @g, i64 0, i64 1
  %v = load i32, ptr %p
  ret i32 %v
}
"""


def _irlens(args: list[str], *, tmpdir: Path, timeout_s: float = CLI_S,
            preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """`irlens ARGS` with its tools' temporary directories under `tmpdir`."""
    tmpdir.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "irlens", *args], capture_output=True, text=True,
                          timeout=timeout_s, env={**os.environ, "TMPDIR": str(tmpdir)}, preexec_fn=preexec_fn,
                          check=False)


@contextlib.contextmanager
def _largest_total(directory: Path) -> Iterator[list[int]]:
    """Samples the bytes of all files under `directory` every 10 ms while the block runs; yields a list
    whose one item is the largest total seen (filled in when the block ends)."""
    largest = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.01):
            total = 0
            for root, _, names in os.walk(directory):
                for name in names:
                    with contextlib.suppress(OSError):
                        total += os.lstat(os.path.join(root, name)).st_size
            largest[0] = max(largest[0], total)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield largest
    finally:
        stop.set()
        sampler.join()


def _left_behind(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.rglob("*") if path.is_file())


# -- tools that would write gigabytes ----------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "tool"), [("space.s", HUGE_ASM, "llvm-mc"),
                                                    ("global.ll", HUGE_GLOBAL_IR, "llc")],
                         ids=["space 3e9 in .s", "1e9 x i32 global in .ll"])
def test_a_gigabyte_object_stops_at_the_output_limit(tmp_path: Path, name: str, text: str, tool: str) -> None:
    source = tmp_path / name
    source.write_text(text)
    tools_tmp = tmp_path / "tmp"
    tools_tmp.mkdir()
    with _largest_total(tools_tmp) as largest:
        done = _irlens(["size", str(source), "--no-oz"], tmpdir=tools_tmp)
    assert done.returncode == 1, done.stderr
    assert f"{tool} wrote too much" in done.stderr
    assert f"{OUTPUT_LIMIT // MB} MB limit" in done.stderr and "toolOutputMb" in done.stderr
    assert largest[0] <= OUTPUT_LIMIT + MB  # the object never grew past the limit (3-4 GB without it)
    assert _left_behind(tools_tmp) == 0


def test_a_compile_command_writing_past_the_limit_is_named(tmp_path: Path) -> None:
    """`irlens report` compiles compile_commands.json entries with clang under the same file-size limit."""
    source = tmp_path / "calls.c"
    doubling = "".join(f"#define X{i + 1} X{i} X{i}\n" for i in range(16))
    source.write_text(f"void f(void);\n#define X0 f();\n{doubling}void g(void) {{ X16 }}\n")  # 65,536 calls
    clang = shutil.which("clang-19") or "clang"
    job = CompileJob(str(source), str(tmp_path), ())
    outcome = compile_to_ir((job, clang, discover(Settings(tool_output_mb=1))))  # its IR is about 3 MB
    assert "its output reached the 1 MB limit on a file (setting toolOutputMb)" in outcome["error"]
    assert "define dso_local void @g()" in compile_to_ir((job, clang, discover(Settings())))["text"]


def _peak_rss_mb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) // 1024


async def test_hover_on_a_gigabyte_global_names_the_limit(tmp_path: Path) -> None:
    tools_tmp = tmp_path / "tmp"
    tools_tmp.mkdir()
    async with raw_session(QUIET, env={"TMPDIR": str(tools_tmp)}) as client:
        uri = client.open(tmp_path / "global.ll", HUGE_GLOBAL_IR)
        line = line_of(HUGE_GLOBAL_IR, "define i32 @first")

        async def hover() -> str | None:
            text, took = await client.hover(uri, line)
            assert took < 5.0
            return text

        # 60 s: one llc of the module stopped at the limit takes about a second
        text = await wait_for(hover, 60, "the limit named",
                              until=lambda text: text is not None and "toolOutputMb" in text, interval_s=0.2)
        assert text is not None and "llc wrote too much" in text and "toolOutputMb" in text, text
        # The server read no object of gigabytes (it held 3.9 GB before the limit).
        assert _peak_rss_mb(client.process.pid) < 1024
        sizes = (EXAMPLES / "sizes.ll").read_text()
        still, took = await client.hover(client.open(tmp_path / "sizes.ll", sizes),
                                         line_of(sizes, "define dso_local i32 @main"))
        assert still is not None and "@main" in still and took < 5.0


# -- inputs refused before they are read ---------------------------------------------------------------

def _device(tmp_path: Path) -> Path:
    return Path("/dev/zero")


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "pipe.ll"
    os.mkfifo(fifo)  # nobody writes: a blocking open or read would wait for ever
    return fifo


def _directory(tmp_path: Path) -> Path:
    directory = tmp_path / "dir.ll"
    directory.mkdir()
    return directory


def _sparse_giant(tmp_path: Path) -> Path:
    giant = tmp_path / "giant.ll"
    with giant.open("wb") as handle:
        handle.truncate(3 * 1024 * MB)  # 3 GB that take no disk
    return giant


INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "/dev/zero": (_device, "not a regular file (a character device)"),
    "FIFO": (_fifo, "not a regular file (a FIFO)"),
    "directory": (_directory, "not a regular file (a directory)"),
    "3 GB sparse file": (_sparse_giant, "3,072.0 MB, above the 64 MB input limit (setting maxInputMb"),
}


@pytest.mark.parametrize("kind", list(INPUTS))
def test_size_refuses_what_is_no_regular_file_or_too_large(tmp_path: Path, kind: str) -> None:
    make, expected = INPUTS[kind]
    path = make(tmp_path)
    done = _irlens(["size", str(path)], tmpdir=tmp_path / "tmp", timeout_s=30)
    assert done.returncode == 2, done.stderr
    assert f"irlens: cannot read {path}: {expected}" in done.stderr


DIFF = ["diff", str(EXAMPLES / "sizes.ll")]  # the input under test is the new side


@pytest.mark.parametrize(("command", "kind"), [(["check"], "/dev/zero"), (["optimize"], "FIFO"),
                                               (["optimize"], "3 GB sparse file"), (DIFF, "/dev/zero"),
                                               (DIFF, "FIFO"), (DIFF, "3 GB sparse file")],
                         ids=lambda value: value[0] if isinstance(value, list) else value)
def test_other_commands_refuse_them_too(tmp_path: Path, command: list[str], kind: str) -> None:
    make, expected = INPUTS[kind]
    path = make(tmp_path)
    done = _irlens([command[0], *command[1:], str(path)], tmpdir=tmp_path / "tmp", timeout_s=30)
    assert done.returncode == 2, done.stderr
    assert f"cannot read {path}: {expected}" in done.stderr


def test_the_input_limit_is_a_flag(tmp_path: Path) -> None:
    module = tmp_path / "sizes.ll"
    module.write_bytes((EXAMPLES / "sizes.ll").read_bytes() + b"; padding\n" * 120_000)  # 1.2 MB
    done = _irlens(["size", str(module), "--no-oz", "--max-input-mb", "1"], tmpdir=tmp_path / "tmp")
    assert done.returncode == 2 and "above the 1 MB input limit" in done.stderr
    done = _irlens(["size", str(module), "--no-oz", "--max-input-mb", "2"], tmpdir=tmp_path / "tmp")
    assert done.returncode == 0 and "main" in done.stdout, done.stderr


def test_diff_reads_an_object_file_in_parts(tmp_path: Path) -> None:
    """An object above maxInputMb is still compared: only its headers and symbol tables are read."""
    obj = tmp_path / "sizes.o"
    subprocess.run(["llc-19", "-O2", "-filetype=obj", "-o", str(obj), str(EXAMPLES / "sizes.ll")], check=True,
                   timeout=CLI_S)
    padded = tmp_path / "padded.o"
    padded.write_bytes(obj.read_bytes())
    with padded.open("r+b") as handle:
        handle.truncate(2 * MB)  # zeros after the last section: the ELF reads the same
    done = _irlens(["diff", str(obj), str(padded), "--max-input-mb", "1"], tmpdir=tmp_path / "tmp")
    assert done.returncode == 0, done.stderr
    assert "add/remove: 0/0 grow/shrink: 0/0" in done.stdout


# -- documents above maxInputMb in the editor ----------------------------------------------------------

async def test_an_open_document_above_the_limit_is_not_analysed(tmp_path: Path) -> None:
    sizes = (EXAMPLES / "sizes.ll").read_text()
    text = sizes + "; padding\n" * 120_000  # 1.2 MB, above a 1 MB limit
    async with raw_session({**QUIET, "maxInputMb": 1}) as client:
        uri = client.open(tmp_path / "big.ll", text)
        main = line_of(text, "define dso_local i32 @main")
        # said at once: no tool runs
        diagnostics = await wait_for(lambda: client.diagnostics(uri), 5, "the refusal")
        assert diagnostics and "does not analyse this document" in str(diagnostics[0]["message"])
        assert "1 MB input limit (setting maxInputMb" in str(diagnostics[0]["message"])
        hover, took = await client.hover(uri, main)
        assert hover is None and took < 5.0
        client.change(uri, 2, text + "; more\n")  # ignored: the document stays refused
        hover, _ = await client.hover(uri, main)
        assert hover is None
        still, took = await client.hover(client.open(tmp_path / "sizes.ll", sizes),
                                         line_of(sizes, "define dso_local i32 @main"))
        assert still is not None and "@main" in still and took < 5.0


# -- a hard memory limit below toolMemoryMb ------------------------------------------------------------

def test_a_hard_address_space_limit_lowers_the_tools_cap(tmp_path: Path) -> None:
    hard = 3 * 1024 * MB  # below the 4096 MB of toolMemoryMb; enough for Python, opt and llc

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))

    done = _irlens(["size", str(EXAMPLES / "sizes.ll")], tmpdir=tmp_path / "tmp", preexec_fn=limit)
    assert done.returncode == 0, done.stderr
    assert "main" in done.stdout
    said = [line for line in done.stderr.splitlines() if "hard limit" in line]
    assert len(said) == 1  # once, not per tool
    assert "3072 MB, not the 4096 MB of the setting toolMemoryMb" in said[0]
