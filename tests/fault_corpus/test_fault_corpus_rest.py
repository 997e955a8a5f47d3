"""Part of the fault corpus (issue 21): careless or hostile input whose work must not be lost and whose
answer must be a clear message: unsaved edits in the size report, `exit` without `shutdown`, caches
that hold garbage (the exec wrapper, the results cache, the model's answer cache, a resumed
`--output-dir`), outputs that cannot be written, `irlens diff` on garbage, and assembly that names
other files (`.include`, `.incbin`).

Real tools, a real `irlens serve` over stdio (tests/raw_lsp.py) and the CLI as a subprocess. Every case
is bounded in time: CLI_S for a command that does one small module's work (~2 s here), ANSWER_S for
one that must fail before doing any, LSP_S for the server's background checks.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, REPO, line_of
from irlens.config import Settings
from irlens.engine.candidates import load_coreset
from irlens.model.service import ModelService
from model_fixtures import write_ranking_gguf
from polling import wait_for
from raw_lsp import RawClient, raw_session

CLI_S = 120.0  # one small module measured or optimized: seconds here, minutes would be a hang
ANSWER_S = 20.0  # refused before any work: the interpreter's start-up and argument parsing
LSP_S = 60.0
SIZES = (EXAMPLES / "sizes.ll").read_text()
UNWRITABLE = Path("/sys")  # no file can be created there, not even by root (os.access says yes to root)
SMALL_MODULE = """define i32 @twice(i32 %x) {
  %a = alloca i32
  store i32 %x, ptr %a
  %v = load i32, ptr %a
  %r = mul i32 %v, 2
  ret i32 %r
}
"""


def irlens(*args: str | Path, env: dict[str, str] | None = None, timeout_s: float = CLI_S,
           cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m irlens ARGS` with this checkout's package; never a traceback, whatever the outcome."""
    environment = {**os.environ, "PYTHONPATH": str(REPO / "server"), **(env or {})}
    done = subprocess.run([sys.executable, "-m", "irlens", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout_s, env=environment, cwd=cwd, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _report_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert match, "no report data in the page"
    return json.loads(match.group(1).replace("<\\/", "</"))


# --- the language server -----------------------------------------------------------------------------

async def test_size_report_shows_a_function_added_by_an_unsaved_edit(tmp_path: Path) -> None:
    async with raw_session({"backgroundSuggestions": False},
                           env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
        uri = client.open(tmp_path / "edited.ll", SIZES)
        client.change(uri, 2, SIZES + "\ndefine i32 @added_by_an_edit(i32 %x) {\n  ret i32 %x\n}\n")
        response, took = await client.request("workspace/executeCommand",
                                              {"command": "irlens.sizeReport", "arguments": []}, LSP_S)
        assert "error" not in response, response
        names = {row[1] for row in _report_data(response["result"]["html"])["functions"]}
        assert {"added_by_an_edit", "main"} <= names
        assert took < LSP_S


async def _exit_code(*, shutdown_first: bool) -> int:
    """The exit code of a real `irlens serve` told to exit (raw_session's own ending sends shutdown)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "irlens", "serve", stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO / "server")})
    client = RawClient(process)
    try:
        response, _ = await client.request("initialize", {
            "processId": os.getpid(), "rootUri": None, "capabilities": {},
            "initializationOptions": {"modelEnabled": False}}, LSP_S)
        assert "result" in response, response
        client.notify("initialized", {})
        if shutdown_first:
            response, _ = await client.request("shutdown", None, ANSWER_S)
            assert "error" not in response, response
        client.notify("exit", None)
        return await asyncio.wait_for(process.wait(), ANSWER_S)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        client._reader.cancel()


async def test_exit_without_shutdown_exits_1_and_after_shutdown_0() -> None:
    assert await _exit_code(shutdown_first=False) == 1
    assert await _exit_code(shutdown_first=True) == 0


ASM_READING = """\t.text
\t.globl\tleaks
\t.type\tleaks,@function
leaks:
\tretq
\t.incbin "/etc/passwd"
\t.size\tleaks, .-leaks
\t.include "/etc/passwd"
"""


async def test_include_and_incbin_are_refused_at_their_lines_without_running_the_assembler(
        tmp_path: Path) -> None:
    async with raw_session({"backgroundSuggestions": False}) as client:
        uri = client.open(tmp_path / "reads.s", ASM_READING, language_id="asm")
        diagnostics = await wait_for(lambda: client.diagnostics(uri), LSP_S, "diagnostics")
        found = {(d["range"]["start"]["line"], d["severity"]) for d in diagnostics}
        assert found == {(line_of(ASM_READING, ".incbin"), 1), (line_of(ASM_READING, ".include"), 1)}
        messages = " ".join(d["message"] for d in diagnostics)
        assert '`.incbin "/etc/passwd"` reads another file' in messages
        assert '`.include "/etc/passwd"` reads another file' in messages
        assert "root:" not in messages  # nothing of the file reached the user
        hover, _ = await client.hover(uri, line_of(ASM_READING, "leaks:"))
        passwd_bytes = Path("/etc/passwd").stat().st_size
        assert hover is None or f"{passwd_bytes + 1} bytes" not in hover


def test_macro_built_directives_and_altmacro_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "macro.s"
    source.write_text('\t.macro read d\n\t.\\d "/etc/passwd"\n\t.endm\n\tread incbin\n')
    done = irlens("check", source, timeout_s=ANSWER_S + 10)
    assert done.returncode == 1
    assert "built from macro arguments" in done.stdout + done.stderr
    source.write_text('\t.altmacro\n\t.macro read d\n\t.d "/etc/passwd"\n\t.endm\n\tread incbin\n')
    done = irlens("size", source, timeout_s=ANSWER_S + 10)
    assert done.returncode != 0 and "`.altmacro` is not assembled" in done.stderr


# --- caches ------------------------------------------------------------------------------------------

def test_a_broken_cached_exec_wrapper_is_built_again(tmp_path: Path) -> None:
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    module = tmp_path / "small.ll"
    module.write_text(SMALL_MODULE)
    first = irlens("size", module, "--no-oz", "--json", env=cache)
    assert first.returncode == 0, first.stderr
    (wrapper,) = (tmp_path / "cache" / "irlens").glob("spawn-*")
    intact = wrapper.read_bytes()
    for damaged in (b"", intact[: len(intact) // 3]):  # emptied, truncated: "Exec format error" for good
        wrapper.write_bytes(damaged)
        again = irlens("size", module, "--no-oz", "--json", env=cache)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout) == json.loads(first.stdout)
        assert wrapper.read_bytes() == intact  # built again from the same source by the same clang


def test_report_treats_a_cache_entry_of_the_wrong_shape_as_a_miss(tmp_path: Path) -> None:
    module, cache = tmp_path / "small.ll", tmp_path / "cache"
    module.write_text(SMALL_MODULE)
    first = irlens("report", module, "--json", tmp_path / "first.json", "--cache", cache, "--jobs", "1",
                   "--no-progress")
    assert first.returncode == 0, first.stderr
    expected = json.loads((tmp_path / "first.json").read_text())
    (cached,) = cache.rglob("*.json")
    record = json.loads(cached.read_text())
    nan_bytes = {**record, "functions": [{**record["functions"][0], "bytes": "NaN"}]}
    for entry in ([], {"module": "small.ll"}, nan_bytes):  # valid JSON, not a record
        cached.write_text(json.dumps(entry))
        again = irlens("report", module, "--json", tmp_path / "again.json", "-o", tmp_path / "again.html",
                       "--cache", cache, "--jobs", "1", "--no-progress")
        assert again.returncode == 0, again.stderr
        assert json.loads((tmp_path / "again.json").read_text()) == expected
        assert json.loads(cached.read_text()) == record  # the entry was measured again and replaced


def test_resumed_output_dir_rewrites_an_output_truncated_since(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "small.ll").write_text(SMALL_MODULE)
    arguments = ("optimize", tmp_path / "in", "--output-dir", tmp_path / "out", "--cache", tmp_path / "cache",
                 "--budget", "1", "--jobs", "1", "--json")
    first = irlens(*arguments)
    assert first.returncode == 0, first.stderr
    output = tmp_path / "out" / "small.ll"
    written = output.read_text()
    assert "define" in written
    output.write_text("")  # truncated (a full disk, an interrupted copy)
    again = irlens(*arguments)
    assert again.returncode == 0, again.stderr
    assert output.read_text() == written
    (cached,) = (tmp_path / "cache").rglob("*.json")
    cached.write_text(json.dumps({"path": str(tmp_path / "in" / "small.ll"), "size_bytes": "NaN"}))
    third = irlens(*arguments)
    assert third.returncode == 0, third.stderr
    assert json.loads(third.stdout)["summary"] == json.loads(first.stdout)["summary"]


def test_a_cached_ranking_of_the_wrong_shape_is_scored_again(
        tmp_path: Path, service_factory: Callable[[Settings], ModelService]) -> None:
    coreset = load_coreset()
    assert coreset is not None
    count = len(coreset.pipelines)
    logits = [float((7 * value) % count) for value in range(count)]  # distinct, not coverage order
    model = write_ranking_gguf(tmp_path / "rank.gguf", coreset.digest, logits, oz_logit=-1.0)
    settings = Settings(model_path=str(model), model_enabled=True, n_ctx=4096, n_threads=1)
    first = service_factory(settings)
    assert first.wait_until_settled(LSP_S).state == "ready"
    expected = first.rank_pipelines(SMALL_MODULE, coreset.digest, count)
    assert expected.problem == "" and len(expected.order) == count
    (entry,) = (tmp_path / "cache").rglob("*.json")
    entry.write_text(json.dumps({"text": "", "logits": [None] * count}))  # valid JSON, not scores
    second = service_factory(settings)  # a new process's service: it reads the entry from disk
    assert second.wait_until_settled(LSP_S).state == "ready"
    again = second.rank_pipelines(SMALL_MODULE, coreset.digest, count)
    assert again.problem == "" and again.order == expected.order
    assert all(isinstance(v, float) for v in json.loads(entry.read_text())["logits"])  # replaced


# --- outputs that cannot be written ------------------------------------------------------------------

@pytest.mark.parametrize("arguments", [
    ("report", "{module}", "-o", "{unwritable}/report.html"),
    ("report", "{module}", "--json", "{unwritable}/report.json"),
    ("optimize", "{module}", "-o", "{unwritable}/out.ll"),
    ("optimize", "{module}", "--emit-baseline-input", "{unwritable}/in.ll"),
    ("optimize", "{directory}", "--output-dir", "{unwritable}/optimized"),
    ("check", "{module}", "--sarif", "{unwritable}/check.sarif"),
    ("lift", "{assembly}", "-o", "{unwritable}/lifted.ll"),
], ids=lambda arguments: f"{arguments[0]} {arguments[2]}")
def test_an_unwritable_output_fails_before_the_work(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    module = tmp_path / "sizes.ll"
    module.write_text(SIZES)
    places = {"module": module, "directory": tmp_path, "assembly": EXAMPLES / "sizes.s",
              "unwritable": UNWRITABLE}
    started = time.monotonic()
    done = irlens(*(argument.format(**places) for argument in arguments), timeout_s=ANSWER_S)
    assert done.returncode == 2
    assert re.search(r"cannot (write|make the directory) '/sys/", done.stderr), done.stderr
    assert time.monotonic() - started < ANSWER_S


def test_a_write_that_fails_after_the_work_keeps_the_result(tmp_path: Path, monkeypatch: Any,
                                                            capsys: Any) -> None:
    """A destination that passed the check and then fails (the disk filled up meanwhile): the one fault
    here that is caused by a stand-in, as a full disk cannot be had on demand."""
    from irlens.cli import common

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(common, "write_atomically", disk_full)
    assert common.write_output(tmp_path / "report.html", "<html>the work</html>") is False
    message = capsys.readouterr().err
    kept = Path(message.rsplit("the result is in ", 1)[1].strip())
    try:
        assert f"cannot write {tmp_path / 'report.html'}: No space left on device" in message
        assert kept.read_text() == "<html>the work</html>"
    finally:
        kept.unlink()


def test_outputs_are_written_whole_and_keep_their_permissions(tmp_path: Path) -> None:
    from irlens.engine.files import write_atomically

    target = tmp_path / "out.ll"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.ll"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink() and target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# --- irlens diff on garbage --------------------------------------------------------------------------

def _garbage(noise: bytes) -> dict[str, bytes]:
    return {
        "random.ll": noise,
        "random-text.ll": noise.replace(b"\0", b"x"),  # no NUL: undecodable bytes as "text"
        "no-module.json": json.dumps({"irlens_report": 1, "modules": [{"functions": []}]}).encode(),
        "list.json": b"[]",
        "nan-bytes.json": json.dumps({"irlens_report": 1, "modules": [{
            "module": "m.ll", "kind": "ir", "error": None, "text_data_bytes": 10, "oz_text_data_bytes": None,
            "functions": [{"name": "f", "ir_instructions": 1, "bytes": "NaN", "oz_bytes": None,
                           "best_bytes": None, "pipeline": None}]}]}).encode(),
        "not-elf.o": b"\x7fELF" + noise[:40],
    }


def test_diff_of_garbage_exits_2_with_a_message(tmp_path: Path, capsys: Any) -> None:
    """One case as a process (no traceback reaches the user), the rest through the same entry point
    in this process (a process each costs seconds here)."""
    from irlens.cli import main

    good = tmp_path / "small.ll"
    good.write_text(SMALL_MODULE)
    for number, (name, content) in enumerate(_garbage(os.urandom(4096)).items()):
        bad = tmp_path / name
        bad.write_bytes(content)
        started = time.monotonic()
        if number == 0:
            done = irlens("diff", bad, good, timeout_s=CLI_S)
            code, stderr = done.returncode, done.stderr
        else:
            code, stderr = main(["diff", str(bad), str(good)]), capsys.readouterr().err
        assert code == 2, (name, stderr)
        assert stderr.startswith(f"irlens diff: {bad}"), stderr
        assert time.monotonic() - started < CLI_S


def test_diff_measures_bitcode_like_its_text(tmp_path: Path) -> None:
    text, bitcode = tmp_path / "sizes.ll", tmp_path / "sizes.bc"
    text.write_text(SIZES)  # its functions are local symbols too: read from the object as from the text
    subprocess.run(["llvm-as-19", str(text), "-o", str(bitcode)], check=True, timeout=60)
    done = irlens("diff", text, bitcode, "--json", "--fail-if-grown", "0", "--fail-if-function-grown", "0")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["functions"] == [] and result["old_total"] == result["new_total"] > 0
