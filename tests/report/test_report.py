"""`irlens report`: files, directories and compile_commands.json measured into JSON and a self-contained
HTML page, drawn by a real headless Chromium; bad inputs are listed; an interrupted run resumes."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from irlens.bench.chromium import HeadlessChromium, find_chromium
from irlens.cli import main
from irlens.config import Settings
from irlens.report.fanout import ResultCache
from irlens.report.html import render_html
from irlens.report.report import RunOptions, build_report, compile_job, measure_job
from irlens.toolchain.discovery import discover
from irlens.toolchain.measure import measure_ir, oz_function_sizes
from polling import wait_until

EXAMPLES = REPO / "examples"
needs_clang = pytest.mark.skipif(shutil.which("clang-19") is None and shutil.which("clang") is None,
                                 reason="clang is needed for compile_commands.json")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A directory with an IR module, an assembly file, a broken module, a text file and a
    compile_commands.json with one good and one failing entry."""
    root = tmp_path / "project"
    (root / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "sizes.ll", root / "sizes.ll")
    shutil.copy(EXAMPLES / "sizes.s", root / "sub" / "sizes.s")
    (root / "sub" / "broken.ll").write_text("define i32 @f( {\n")
    (root / "notes.txt").write_text("not IR\n")
    shutil.copy(EXAMPLES / "sizes.c", root / "sub" / "code.c")
    (root / "sub" / "bad.c").write_text("int f(void) { return undeclared; }\n")
    (root / "compile_commands.json").write_text(json.dumps([
        {"directory": str(root / "sub"), "command": "gcc -O2 -DNDEBUG -c -o code.o code.c", "file": "code.c"},
        {"directory": str(root / "sub"), "arguments": ["cc", "-c", "bad.c", "-o", "bad.o"], "file": "bad.c"},
    ]))
    return root


def test_compile_command_flags_are_replaced(tmp_path: Path) -> None:
    job = compile_job({"directory": "src", "command": "gcc -O2 -Iinc -DX=1 -MD -MF d.d -c -o x.o x.c",
                       "file": "x.c"}, tmp_path)
    assert "src does not exist" in str(job)
    (tmp_path / "src").mkdir()
    command = "gcc -O2 -Iinc -DX=1 -MD -MF d.d -fplugin=p.so -c -o x.o x.c"
    job = compile_job({"directory": "src", "command": command, "file": "x.c"}, tmp_path)
    assert not isinstance(job, str)
    assert job.arguments == ("-Iinc", "-DX=1")  # the allow-list's (tests/toolchain/test_compile_flags.py)
    assert [refused.argument for refused in job.refused] == ["-fplugin=p.so"]
    assert job.name == str(tmp_path / "src" / "x.c")  # absolute: never read as a flag
    assert "not a C" in str(compile_job({"directory": "/", "command": "as x.s", "file": "x.s"}, Path("/")))


@needs_clang
def test_report_json_lists_every_function_and_every_problem(project: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["report", str(project), "--json", str(out), "--no-cache", "--no-progress"]) == 0
    report = json.loads(out.read_text())
    modules = {Path(m["module"]).name: m for m in report["modules"]}
    assert set(modules) == {"sizes.ll", "sizes.s", "broken.ll", "code.c"}
    assert "expected type" in modules["broken.ll"]["error"]
    problems = {Path(p["path"].split(" ")[0]).name: p["problem"] for p in report["problems"]}
    assert "not LLVM IR" in problems["notes.txt"]
    assert "compile failed" in problems["bad.c"] and "undeclared" in problems["bad.c"]

    # The numbers are the measuring API's, function for function.
    toolchain = discover(Settings())
    text = (EXAMPLES / "sizes.ll").read_text()
    measured, oz = measure_ir(toolchain, text), oz_function_sizes(toolchain, text)
    rows = {f["name"]: f for f in modules["sizes.ll"]["functions"]}
    assert set(rows) == set(measured.functions)
    for name, function in measured.functions.items():
        assert rows[name]["bytes"] == function.bytes
        assert rows[name]["ir_instructions"] == function.ir_instructions
        assert rows[name]["oz_bytes"] == oz[name]
    # The compiled C is the same program as the example IR (clang -O0, optnone off).
    assert {f["name"] for f in modules["code.c"]["functions"]} == set(rows)
    assert modules["sizes.s"]["kind"] == "asm" and modules["sizes.s"]["functions"]
    assert "3 input(s) not measured" in capsys.readouterr().out


@needs_clang
def test_no_compile_names_the_build_commands_instead_of_running_them(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert main(["report", str(project), "--no-compile", "--json", str(out), "--no-cache",
                 "--no-progress"]) == 0
    report = json.loads(out.read_text())
    assert "code.c" not in {Path(m["module"]).name for m in report["modules"]}
    problems = {Path(p["path"]).name: p["problem"] for p in report["problems"]}
    assert "2 build command(s) not compiled" in problems["compile_commands.json"]


def test_suggest_fills_the_best_verified_column(tmp_path: Path) -> None:
    toolchain = discover(Settings())
    two = tmp_path / "two.ll"  # two of the example's functions keep the search short
    extract = [toolchain.path("llvm-extract"), "--func=fibonacci", "--func=bubble_sort", "-S",
               str(EXAMPLES / "sizes.ll")]
    two.write_text(subprocess.run(extract, check=True, capture_output=True, text=True).stdout)
    report = build_report([two], toolchain, RunOptions(suggest=True, workers=1, progress=False))
    functions = report["modules"][0]["functions"]
    assert {f["name"] for f in functions} == {"fibonacci", "bubble_sort"}
    assert all(f["best_bytes"] is not None and f["pipeline"] for f in functions)
    assert all(f["best_bytes"] <= f["oz_bytes"] for f in functions)  # never worse than -Oz


@pytest.mark.skipif(find_chromium() is None, reason="chromium is needed (scripts/install.sh installs it)")
def test_html_report_draws_a_labelled_treemap_offline(project: Path, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    data = tmp_path / "report.json"
    assert main(["report", str(project / "sizes.ll"), str(project / "sub"), "-o", str(html),
                 "--json", str(data), "--no-cache", "--no-progress"]) == 0
    page = html.read_text()
    assert not re.search(r"<(script|link)[^>]*(src|href)=", page)  # nothing fetched: all inline
    with HeadlessChromium() as browser:
        browser.open(html)
        assert browser.wait_for("document.body.dataset.rendered || document.getElementById('status')"
                                ".textContent", timeout_s=120) == "true"
        labels = browser.evaluate("[...document.querySelectorAll('#treemap g.slice text')]"
                                  ".map(t => t.textContent)")
        rectangles = browser.evaluate("document.querySelectorAll('#treemap g.slice path').length")
        headers = browser.evaluate("[...document.querySelectorAll('#functions th')].map(t => t.textContent)")
        # Sorting by bytes (descending on the first click) puts the largest function first.
        browser.evaluate("document.querySelectorAll('#functions th')[3].click()")
        first_bytes = browser.evaluate(
            "document.querySelector('#functions tbody tr').children[3].textContent")
        problems = browser.evaluate("document.getElementById('problems').textContent")
        browser.screenshot(tmp_path / "report.png")
    assert any(label.startswith("bubble_sort") for label in labels)
    assert any(label.startswith("fibonacci") for label in labels)
    assert rectangles >= 12
    assert headers[:4] == ["module", "function", "IR instructions", "bytes"]
    modules = json.loads(data.read_text())["modules"]
    sizes = [f["bytes"] for m in modules for f in m["functions"] if f["bytes"]]
    assert int(first_bytes) == max(sizes)
    assert "broken.ll" in problems and "notes" not in problems  # notes.txt is outside the inputs given
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_render_html_is_one_page_with_one_plotly_copy() -> None:
    toolchain = discover(Settings())
    report = build_report([EXAMPLES / "sizes.ll"], toolchain, RunOptions(workers=1, progress=False))
    page = render_html(report)
    assert page.count('id="plotly-gz"') == 1
    # sizes.ll is -O0 IR: the summary says its clang -Oz figure is estimated, and how to get it exactly
    assert "after clang -Oz (estimated from -O0 IR for 1 of 1 modules: the exact figure comes from" in page
    assert len(page) < 2_500_000


def test_interrupted_run_resumes_from_the_cache(tmp_path: Path) -> None:
    """A run killed after some modules landed; the second run measures only the rest."""
    modules = tmp_path / "modules"
    modules.mkdir()
    base = (EXAMPLES / "sizes.ll").read_text()
    # distinct texts, so each module has its own cache entry; enough of them that the interrupt comes
    # before the pool has measured them all (24 sometimes all landed first)
    total = 48
    for index in range(total):
        (modules / f"m{index}.ll").write_text(base + f"\n@marker{index} = global i32 {index}\n")
    cache = tmp_path / "cache"
    command = [sys.executable, "-m", "irlens", "report", str(modules), "--json", str(tmp_path / "r.json"),
               "--cache", str(cache), "--jobs", "2", "--no-progress"]
    # a test run started in the background (`cmd &`) ignores SIGINT, and children inherit that: the
    # child gets the default back, so that Python turns the interrupt into KeyboardInterrupt
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONPATH": str(REPO / "server")},
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    wait_until(lambda: len(list(cache.rglob("*.json"))) >= 3 or process.poll() is not None, 120,
               "three results cached")
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    landed = len(list(cache.rglob("*.json")))
    assert 3 <= landed < total, "the run should have been interrupted halfway"
    assert not (tmp_path / "r.json").exists()

    completed = subprocess.run(command, capture_output=True, text=True, timeout=300,
                               env={**os.environ, "PYTHONPATH": str(REPO / "server")})
    assert completed.returncode == 0, completed.stderr
    assert f"{landed} of {total} modules from the results cache" in completed.stderr
    resumed = json.loads((tmp_path / "r.json").read_text())
    fresh = build_report([modules], discover(Settings()), RunOptions(workers=1, progress=False))
    assert resumed["modules"] == fresh["modules"]


def test_cache_key_changes_with_settings_and_text(tmp_path: Path) -> None:
    from irlens.report.report import ModuleJob

    toolchain = discover(Settings())
    text = (EXAMPLES / "sizes.ll").read_text()
    plain = ModuleJob("a.ll", text, "ir", toolchain, False, ())
    assert plain.key() == ModuleJob("b.ll", text, "ir", toolchain, False, ()).key()  # the name is not content
    assert plain.key() != ModuleJob("a.ll", text, "ir", toolchain, True, ("default<Oz>",)).key()
    assert plain.key() != ModuleJob("a.ll", text + "\n", "ir", toolchain, False, ()).key()
    cache = ResultCache(tmp_path)
    cache.put(plain.key(), measure_job(plain))
    assert cache.get(plain.key()) == measure_job(plain)
    (tmp_path / plain.key()[:2] / f"{plain.key()}.json").write_text("{truncated")
    assert cache.get(plain.key()) is None  # a damaged entry is a miss, not a crash
