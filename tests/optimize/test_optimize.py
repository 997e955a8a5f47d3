"""The optimizer: verified candidates only, never worse than -Oz under either baseline, composed per
function for modules, every figure equal to what opt + llc + llvm-size give independently,
cancellable, survives tool faults."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import FAULTS, REPO
from irlens.config import Settings
from irlens.engine.candidates import FALLBACK_PIPELINES, candidate_pipelines
from irlens.engine.optimizer import OptimizationCancelled, SearchOptions, optimize_function, optimize_module
from irlens.ir.abi import abi_changes, defined_function_abis
from irlens.toolchain.baseline import clang_oz_attributes
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import oz_function_bytes
from irlens.toolchain.runner import ToolFailure

ROOT = REPO
SIZES_LL = (ROOT / "examples" / "sizes.ll").read_text()


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def fault_toolchain(tmp_path: Path, tool: str, script: str, timeout_s: float = 60.0) -> Toolchain:
    real = discover(Settings())
    for name, path in real.tools.items():
        (tmp_path / name).symlink_to(FAULTS / script if name == tool else path)
    return discover(Settings(llvm_bin=str(tmp_path), tool_timeout_s=timeout_s))


def _tool(toolchain: Toolchain, name: str, args: list[str], stdin: bytes | None = None) -> bytes:
    return subprocess.run([toolchain.tools[name], *args], input=stdin, capture_output=True, check=True).stdout


def independent_text_data(toolchain: Toolchain, ir: bytes, tmp_path: Path,
                          pipeline: str | None = None) -> int:
    """text+data by the LLVM tools alone: [opt -p PIPELINE |] llc -O2 -filetype=obj | llvm-size."""
    if pipeline is not None:
        ir = _tool(toolchain, "opt", ["-p", pipeline, "-o", "-"], ir)
    obj = tmp_path / "independent.o"
    _tool(toolchain, "llc", ["-O2", "-filetype=obj", "-o", str(obj)], ir)
    text, data = _tool(toolchain, "llvm-size", [str(obj)]).decode().splitlines()[1].split()[:2]
    return int(text) + int(data)


def test_never_worse_than_oz_and_beats_it_on_bubble_sort(toolchain: Toolchain) -> None:
    result = optimize_function(toolchain, SIZES_LL, "bubble_sort", candidate_pipelines())
    assert result.baseline == "clang"
    assert result.oz_bytes == oz_function_bytes(toolchain, SIZES_LL, "bubble_sort", baseline="clang")
    assert result.size_bytes < result.oz_bytes < result.input_bytes
    assert result.pipeline != "default<Oz>" and result.beats_oz
    assert result.compilations <= 16  # the editor's default budget
    assert result.function_text.startswith("define") and "@bubble_sort(" in result.function_text
    assert all(o.size_bytes is None or o.size_bytes >= result.size_bytes for o in result.outcomes)
    assert "minsize" in result.optimized_module_text  # the clang -Oz attributes are part of the answer


def test_clang_baseline_is_stronger_than_the_paper_one(toolchain: Toolchain) -> None:
    clang = oz_function_bytes(toolchain, SIZES_LL, "bubble_sort", baseline="clang")
    paper = oz_function_bytes(toolchain, SIZES_LL, "bubble_sort", baseline="paper")
    assert clang < paper


def test_oz_is_the_answer_when_nothing_beats_it(toolchain: Toolchain) -> None:
    result = optimize_function(toolchain, SIZES_LL, "sum_array", ["default<O3>", "function(instcombine)"])
    assert result.size_bytes <= result.oz_bytes
    if not result.beats_oz:
        assert result.pipeline == "default<Oz>"


def test_refused_and_failing_candidates_are_dropped(toolchain: Toolchain) -> None:
    result = optimize_function(toolchain, SIZES_LL, "fibonacci",
                               ["-load-pass-plugin=/tmp/x.so", "function(licm)", "default<Oz>;rm -rf /"])
    errors = {o.pipeline: o.error for o in result.outcomes if o.size_bytes is None}
    assert "refused token" in errors["-load-pass-plugin=/tmp/x.so"]
    assert "LICM requires MemorySSA" in errors["function(licm)"]
    assert result.pipeline == "default<Oz>"


def test_module_optimization_keeps_exported_symbols(toolchain: Toolchain) -> None:
    result = optimize_module(toolchain, SIZES_LL, ["internalize,globaldce", *FALLBACK_PIPELINES[:4]],
                             options=SearchOptions(budget=64))
    assert result.size_bytes <= result.oz_bytes < result.input_bytes
    internalized = next(o for o in result.outcomes if o.pipeline == "internalize,globaldce")
    assert internalized.size_bytes is None and "removed exported symbols" in internalized.error


@pytest.mark.parametrize("baseline", ["clang", "paper"])
def test_module_figures_equal_the_llvm_tools_run_independently(toolchain: Toolchain, tmp_path: Path,
                                                               baseline: str) -> None:
    """Every figure of `irlens optimize --json` is what opt + llc + llvm-size give on their own: the
    -Oz module from the baseline's input, the input, and the written module."""
    out, base = tmp_path / "out.ll", tmp_path / "base.ll"
    completed = subprocess.run(
        [sys.executable, "-m", "irlens", "optimize", str(ROOT / "examples" / "sizes.ll"), "--no-model",
         "--json", "--baseline", baseline, "-o", str(out), "--emit-baseline-input", str(base)],
        capture_output=True, text=True, check=True)
    report = json.loads(completed.stdout)
    assert report["baseline"] == baseline
    base_ir = base.read_bytes()
    if baseline == "paper":
        assert base_ir == (ROOT / "examples" / "sizes.ll").read_bytes()
    else:
        assert base_ir.decode() == clang_oz_attributes(SIZES_LL)
    assert report["oz_size_bytes"] == independent_text_data(toolchain, base_ir, tmp_path, "default<Oz>")
    assert report["input_size_bytes"] == independent_text_data(toolchain, base_ir, tmp_path)
    assert report["size_bytes"] == independent_text_data(toolchain, out.read_bytes(), tmp_path)
    assert report["size_bytes"] <= report["oz_size_bytes"]
    assert report["strategy"] in ("composed", "whole-module", "-Oz")
    if report["strategy"] == "whole-module":
        assert report["size_bytes"] == independent_text_data(toolchain, base_ir, tmp_path, report["pipeline"])
    _tool(toolchain, "opt", ["-p", "verify", "-disable-output"], out.read_bytes())


def test_composed_module_beats_clang_oz_on_the_example(toolchain: Toolchain) -> None:
    """sizes.ll: bubble_sort and fibonacci are smaller with their own pipelines than -Oz makes them, and
    the module composed of those winners is smaller than the -Oz module and than any single pipeline."""
    result = optimize_module(toolchain, SIZES_LL, candidate_pipelines())
    assert result.strategy == "composed" and result.composed_bytes == result.size_bytes
    assert result.size_bytes < result.whole_module_bytes <= result.oz_bytes
    changed = {c.name for c in result.functions if c.changed}
    assert {"bubble_sort", "fibonacci"} <= changed
    kept = [c for c in result.functions if not c.changed and c.pipeline]
    assert all(c.pipeline == result.composed_on for c in kept)  # a kept body names the base that made it
    exported = {"sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main"}
    assert all(f"@{name}(" in result.module_text for name in exported)


def test_budget_bounds_the_compilations(toolchain: Toolchain) -> None:
    result = optimize_module(toolchain, SIZES_LL, candidate_pipelines(), options=SearchOptions(budget=20))
    assert result.compilations <= 20 + 1  # the composed module's own measurement
    assert result.size_bytes <= result.oz_bytes
    assert any("budget" in c.note for c in result.functions)


def test_cancel_stops_before_compiling(toolchain: Toolchain) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(OptimizationCancelled):
        optimize_function(toolchain, SIZES_LL, "main", candidate_pipelines(), cancel=cancel)


def test_crashing_opt_gives_a_failure_not_a_crash(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "opt", "crash_segv.sh", timeout_s=20)
    with pytest.raises(ToolFailure, match=r"opt crashed|-Oz baseline failed"):
        optimize_function(toolchain, SIZES_LL, "main", ["default<Oz>"])


def test_hanging_llc_is_stopped_within_the_users_timeout(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "llc", "hang.sh", timeout_s=1.5)
    started = time.monotonic()
    with pytest.raises(ToolFailure) as caught:
        optimize_function(toolchain, SIZES_LL, "main", [])
    assert caught.value.kind == "timeout" and time.monotonic() - started < 1.5 + 2


def test_candidates_file_is_used_when_present(tmp_path: Path) -> None:
    path = tmp_path / "candidates.json"
    path.write_text('{"pipelines": ["mergefunc,default<Oz>", "mergefunc,default<Oz>", "", 3]}')
    assert candidate_pipelines(path) == ["mergefunc,default<Oz>"]
    path.write_text("not json")
    assert candidate_pipelines(path) == list(FALLBACK_PIPELINES)


API_LL = """\
define dso_local i32 @api(i32 %x, i32 %y) {
entry:
  %s = add i32 %x, %y
  %m = mul i32 %s, %x
  ret i32 %m
}
"""


def test_a_function_keeps_its_abi_whatever_the_model_says(toolchain: Toolchain) -> None:
    """internalize,deadargelim makes `i32 @api` an internal `void @api` of one byte; internalize,globaldce
    deletes it: both are rejected with the reason, and the answer is what callers can still call."""
    result = optimize_function(toolchain, API_LL, "api", ["default<Oz>"],
                               proposals=["internalize,deadargelim", "internalize,globaldce"])
    errors = {o.pipeline: o.error for o in result.outcomes if o.size_bytes is None}
    assert errors["internalize,deadargelim"] == (
        "the result changes the ABI of @api: linkage external became internal; return type i32 became void")
    assert errors["internalize,globaldce"] == "the result no longer defines @api"
    assert result.pipeline == "default<Oz>" and result.size_bytes == result.oz_bytes
    assert result.function_text.startswith("define dso_local i32 @api(i32 %x, i32 %y)")


def test_composition_keeps_the_calls_to_an_internal_function_whose_parameters_oz_removed(
        toolchain: Toolchain) -> None:
    """-Oz may change an internal function's signature with its calls (here @helper loses a dead
    parameter and becomes fastcc): allowed. Its unoptimized body, with the old signature, is then not
    composed into that module (its calls would not match it); it is searched from the -Oz body."""
    source = (ROOT / "tests" / "fixtures" / "internal_dead_arg.ll").read_text()
    result = optimize_module(toolchain, source, candidate_pipelines())
    assert result.size_bytes <= result.oz_bytes
    text = result.module_text
    assert "define internal fastcc i32 @helper(i32 noundef %0, ptr" in text
    assert text.count("call fastcc i32 @helper(i32 noundef") == 2
    given, kept = defined_function_abis(source), defined_function_abis(text)
    assert abi_changes(given["api1"], kept["api1"]) == abi_changes(given["api2"], kept["api2"]) == []
    _tool(toolchain, "opt", ["-p", "verify", "-disable-output"], text.encode())


def test_composed_program_runs_as_clangs_when_oz_changed_what_a_source_body_calls(
        toolchain: Toolchain, tmp_path: Path) -> None:
    """-Oz makes the internal @bump, whose result is always 0, `fastcc void` (IPSCCP gives its callers the
    0, deadargelim drops the result), and inlines the always_inline @mix four times into @hash. Searched
    from the source, where @mix is only declared, @hash is much smaller, but it calls `i32 @bump` and
    tests the result: composed into the -Oz module it read a register bump never set (printed -1, and
    main returned garbage). The program built from the composed module must do what clang's does."""
    source = ROOT / "tests" / "fixtures" / "callee_contract.c"
    front_end = subprocess.run(["clang-19", "-Oz", "-S", "-emit-llvm", "-Xclang", "-disable-llvm-optzns",
                                "-o", "-", str(source)], capture_output=True, text=True, check=True).stdout
    result = optimize_module(toolchain, front_end, [], options=SearchOptions(baseline="paper"))
    assert result.size_bytes <= result.oz_bytes
    composed_ll, composed_o = tmp_path / "composed.ll", tmp_path / "composed.o"
    composed_ll.write_text(result.module_text)
    _tool(toolchain, "llc", ["-O2", "-filetype=obj", "-relocation-model=pic", "-o", str(composed_o),
                             str(composed_ll)])
    outputs = []
    for program, inputs in ((tmp_path / "plain", ["-Oz", str(source)]),
                            (tmp_path / "composed", [str(composed_o)])):
        subprocess.run(["clang-19", *inputs, "-o", str(program)], check=True, timeout=60)
        run = subprocess.run([str(program)], capture_output=True, text=True, timeout=10)
        outputs.append((run.returncode, run.stdout))
    assert outputs[0] == (0, "bump 1\n7869819\nbump 2\n7005236\nbump 4\n")
    assert outputs[1] == outputs[0]


def test_unused_inline_functions_of_cpp_may_go(toolchain: Toolchain, tmp_path: Path) -> None:
    # -Oz inlines the linkonce_odr helper and drops it: other modules that call it have their own copy,
    # so the module keeps every symbol a linker needs; the external @_Z3apii must stay.
    source = tmp_path / "inline.cc"
    source.write_text("inline int helper(int x) { return x * 3; }\n"
                      "int api(int x) { return helper(x) + 1; }\n")
    ir = subprocess.run(["clang++-19", "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm", "-o", "-",
                         str(source)], capture_output=True, text=True, check=True).stdout
    assert "define linkonce_odr" in ir and "@_Z6helperi" in ir
    result = optimize_module(toolchain, ir, candidate_pipelines()[:2], options=SearchOptions(budget=8))
    assert "@_Z3apii(" in result.module_text and "@_Z6helperi(" not in result.module_text
    assert result.size_bytes <= result.oz_bytes


def test_always_inline_functions_stay_inlined(toolchain: Toolchain, tmp_path: Path) -> None:
    # Keeping one copy of a large always_inline function and calling it twice is smaller than clang's
    # two inlined copies, but the code asks for them inlined (lz4's LZ4_FORCE_INLINE): no pipeline may
    # leave such a call, whatever it saves.
    source = tmp_path / "forced.c"
    source.write_text(
        "static inline __attribute__((always_inline)) unsigned mix(unsigned h, const unsigned char *p,"
        " int n) {\n  for (int i = 0; i < n; i++) { h ^= p[i]; h *= 16777619u; h ^= h >> 13;"
        " h += (h << 5) ^ p[(i * 7) % n]; }\n  return h;\n}\n"
        "unsigned first(const unsigned char *p, int n) { return mix(2166136261u, p, n); }\n"
        "unsigned second(const unsigned char *p, int n) { return mix(n, p, n) + 1; }\n")
    ir = subprocess.run(["clang-19", "-Oz", "-Xclang", "-disable-llvm-optzns", "-S", "-emit-llvm", "-o", "-",
                         str(source)], capture_output=True, text=True, check=True).stdout
    assert "call" in ir and "@mix(" in ir
    result = optimize_module(toolchain, ir, candidate_pipelines(), options=SearchOptions(baseline="paper"))
    assert "@mix(" not in result.module_text
    for choice in result.functions:
        assert "@mix(" not in choice.name
    one = optimize_function(toolchain, ir, "first", candidate_pipelines()[:8])
    assert "@mix(" not in one.function_text
