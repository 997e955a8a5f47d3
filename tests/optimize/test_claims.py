"""Every claim is about what the user gets (issue 22): sizes are those of the exact text irlens writes,
and the clang -Oz figure says what it starts from and whether it is exact.

tests/fixtures/uselistorder.ll is a module that a coreset pipeline makes smaller than paper -Oz, and whose
optimized form compiles to other bytes when written as text without its use-list order (how it was found
is in its header and tests/fixtures/make_uselistorder.sh)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, TESTS
from irlens.config import Settings
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.facts import Suggestion
from irlens.engine.optimizer import SearchOptions, optimize_function, optimize_module
from irlens.engine.splice import splice_function, spliced_function
from irlens.engine.workspace import Engine
from irlens.lsp.codelens import title
from irlens.lsp.hover import render
from irlens.toolchain.baseline import baseline_exactness, baseline_input, input_kind
from irlens.toolchain.diagnostics import check_ir
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import apply_pipeline, function_bytes, measure_ir, optimize_text
from irlens.toolchain.runner import run_tool

FIXTURES = TESTS / "fixtures"
USE_LIST_ORDER = FIXTURES / "uselistorder.ll"
# The coreset pipeline under which the fixture's text and bitcode differ.
USE_LIST_PIPELINE = ("elim-avail-extern,function(loop(loop-deletion),sroa,simplifycfg,tailcallelim,"
                     "instcombine<no-verify-fixpoint>,consthoist,constraint-elimination,"
                     "instcombine<no-verify-fixpoint>),constmerge,function(sroa,loop(loop-rotate),"
                     "loop(loop-instsimplify),consthoist,lower-expect,instcombine<no-verify-fixpoint>,lower-expect,"
                     "gvn,early-cse,loop-load-elim,sink)")
SIZES_LL = REPO / "examples" / "sizes.ll"
SIZES_C = FIXTURES / "targets" / "sizes.c"
CLANG = shutil.which("clang-19") or "/usr/lib/llvm-19/bin/clang"
STATIC = ["--target=x86_64-linux-gnu", "-ffreestanding", "-fno-asynchronous-unwind-tables", "-fno-ident",
          "-fno-pic"]  # tests/fixtures/targets/make.sh's flags: llc's default (static) relocation


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def _irlens(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "irlens", *argv], capture_output=True, text=True,
                          timeout=300)


def _object_text_data(path: Path) -> int:
    size = shutil.which("llvm-size-19") or "/usr/lib/llvm-19/bin/llvm-size"
    text, data = subprocess.run([size, str(path)], capture_output=True, text=True,
                                check=True).stdout.splitlines()[1].split()[:2]
    return int(text) + int(data)


# --- 1. the text irlens writes compiles to the bytes it claims ------------------------------------

def _plain_text(toolchain: Toolchain, module: str) -> str:
    """The fixture after the pipeline as plain `opt -S` writes it: without the use-list order."""
    return run_tool(toolchain, "opt", ["-p", USE_LIST_PIPELINE, "-S", "-o", "-"],
                    stdin=module.encode()).check().stdout_text


def test_optimized_text_keeps_the_use_list_order_that_changes_the_bytes(toolchain: Toolchain) -> None:
    module = USE_LIST_ORDER.read_text()
    bitcode = measure_ir(toolchain, apply_pipeline(toolchain, module, USE_LIST_PIPELINE, text=False))
    written = optimize_text(toolchain, module, USE_LIST_PIPELINE)
    assert "uselistorder" in written
    assert measure_ir(toolchain, written).text_data_bytes == bitcode.text_data_bytes
    # Without the directives the same IR compiles to other bytes: the test can fail.
    plain = _plain_text(toolchain, module)
    assert "uselistorder" not in plain
    assert measure_ir(toolchain, plain).text_data_bytes != bitcode.text_data_bytes


def test_module_claim_is_the_written_text(toolchain: Toolchain) -> None:
    """The pipeline beats paper -Oz and wins the whole module; what -o writes measures size_bytes, where
    the same module written as plain text would not."""
    module = USE_LIST_ORDER.read_text()
    result = optimize_module(toolchain, module, [USE_LIST_PIPELINE],
                             options=SearchOptions(baseline="paper", compose=False))
    assert result.strategy == "whole-module" and result.size_bytes < result.oz_bytes
    assert measure_ir(toolchain, result.module_text).text_data_bytes == result.size_bytes
    assert measure_ir(toolchain, _plain_text(toolchain, module)).text_data_bytes != result.size_bytes


@pytest.mark.parametrize("baseline", ["paper", "clang"])
def test_cli_optimize_output_compiles_to_the_json_claim(tmp_path: Path, baseline: str) -> None:
    out = tmp_path / "out.ll"
    completed = _irlens("optimize", str(USE_LIST_ORDER), "--baseline", baseline, "--no-model", "--json",
                        "-o", str(out))
    assert completed.returncode == 0, completed.stderr
    claim = json.loads(completed.stdout)
    obj = tmp_path / "out.o"
    subprocess.run(["llc-19", "-O2", "-filetype=obj", str(out), "-o", str(obj)], check=True)
    assert _object_text_data(obj) == claim["size_bytes"]


def test_cli_function_claim_is_its_bytes_in_the_written_module(tmp_path: Path, toolchain: Toolchain) -> None:
    out = tmp_path / "out.ll"
    completed = _irlens("optimize", str(SIZES_LL), "--function", "bubble_sort", "--no-model", "--json",
                        "-o", str(out))
    assert completed.returncode == 0, completed.stderr
    claim = json.loads(completed.stdout)
    assert function_bytes(toolchain, out.read_text(), "bubble_sort") == claim["size_bytes"]


def test_splice_drops_module_level_use_list_directives_a_new_body_invalidates(toolchain: Toolchain) -> None:
    """A module written with its use-list order (e.g. an -o file) still takes an optimized function:
    its module-level directives count every use of a constant, which the new body changes."""
    user = optimize_text(toolchain, baseline_input(SIZES_LL.read_text(), "clang"), "function(mem2reg)")
    assert "\nuselistorder " in user
    result = optimize_function(toolchain, SIZES_LL.read_text(), "bubble_sort", candidate_pipelines())
    spliced = spliced_function(toolchain, user, "bubble_sort", result.optimized_module_text)
    assert "\nuselistorder " not in spliced.text
    assert "  uselistorder " in spliced.text  # those inside function bodies stay
    assert check_ir(toolchain, spliced.text) == []
    assert spliced.function_bytes == function_bytes(toolchain, spliced.text, "bubble_sort")


def test_the_edit_is_offered_only_when_the_spliced_function_holds_the_claim(toolchain: Toolchain) -> None:
    text = SIZES_LL.read_text()
    result = optimize_function(toolchain, text, "bubble_sort", candidate_pipelines())
    in_module = function_bytes(toolchain, splice_function(text, "bubble_sort", result.optimized_module_text),
                               "bubble_sort")
    engine = Engine(Settings(background_suggestions=False, model_enabled=False, debounce_ms=0), workers=1)
    try:
        document = engine.open("file:///tmp/claims-edit.ll", 1, text)

        def suggestion(claimed: int) -> Suggestion:
            return Suggestion(result.pipeline, claimed, result.oz_bytes, result.input_bytes,
                              result.compilations, result.optimized_module_text)

        assert engine.verified_edit(document, "bubble_sort", suggestion(in_module)) is not None
        assert engine.verified_edit(document, "bubble_sort", suggestion(in_module - 1)) is None
    finally:
        for open_document in engine.session.documents.all():
            open_document.cancel.set()
        assert engine.session.scheduler.shutdown(30)


# --- 2. the input named, and how exact the baseline is ---------------------------------------------

def _clang(tmp_path: Path, name: str, *flags: str) -> Path:
    out = tmp_path / name
    subprocess.run([CLANG, *STATIC, *flags, str(SIZES_C), "-o", str(out)], check=True, timeout=120)
    return out


def test_inputs_are_classified(tmp_path: Path) -> None:
    front_end = ("-Xclang", "-disable-llvm-optzns", "-S", "-emit-llvm")
    made = {
        "O0": _clang(tmp_path, "o0.ll", "-O0", "-S", "-emit-llvm"),
        "O0 without optnone": _clang(tmp_path, "o0n.ll", "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                                     "-emit-llvm"),
        "frontend": _clang(tmp_path, "fe.ll", "-Oz", *front_end),
        "frontend -Os": _clang(tmp_path, "fs.ll", "-Os", *front_end),
        "optimized": _clang(tmp_path, "oz.ll", "-Oz", "-S", "-emit-llvm"),
    }
    kinds = {what: input_kind(path.read_text()) for what, path in made.items()}
    assert kinds == {"O0": "O0", "O0 without optnone": "O0", "frontend": "frontend",
                     "frontend -Os": "frontend", "optimized": "optimized"}
    assert baseline_exactness(made["frontend"].read_text(), "clang").exact
    assert not baseline_exactness(made["O0"].read_text(), "clang").exact
    assert baseline_exactness(made["O0"].read_text(), "paper").exact  # opt -Oz on the IR as given
    # Front-end IR is the clang baseline as given: nothing is added or renumbered.
    assert baseline_input(made["frontend"].read_text(), "clang") == made["frontend"].read_text()


@pytest.mark.parametrize("level", ["-Oz", "-Os"])
def test_front_end_bitcode_gives_exactly_clang_oz(tmp_path: Path, level: str) -> None:
    """From the front end's bitcode (at -Oz, or -Os, which differs from -Oz's by minsize alone) irlens's
    clang -Oz figure is `clang -Oz -c` byte for byte."""
    reference = _object_text_data(_clang(tmp_path, "ref.o", "-Oz", "-c"))
    bitcode = _clang(tmp_path, "fe.bc", level, "-Xclang", "-disable-llvm-optzns", "-emit-llvm", "-c")
    completed = _irlens("size", str(bitcode), "--json")
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert (report["input_kind"], report["baseline_exact"]) == ("frontend", True)
    assert report["module"]["oz_text_data_bytes"] == reference


def test_irlens_ir_uses_the_compile_command_and_is_exact(tmp_path: Path) -> None:
    """`irlens ir` with the file's compile_commands.json entry (a refused flag named, the rest kept)
    gives front-end IR whose clang -Oz figure is `clang -Oz -c` with the same flags."""
    build = tmp_path / "build"
    build.mkdir()
    source = tmp_path / "sizes.c"
    source.write_text(SIZES_C.read_text())
    command = " ".join(["cc", *STATIC, "-O2", "-fplugin=./evil.so", "-c", "../sizes.c", "-o", "sizes.o"])
    (build / "compile_commands.json").write_text(json.dumps([{"directory": str(build), "file": "../sizes.c",
                                                               "command": command}]))
    out = tmp_path / "sizes.ll"
    completed = _irlens("ir", str(source), "-o", str(out))
    assert completed.returncode == 0, completed.stderr
    assert "-fplugin=./evil.so refused" in completed.stderr
    assert input_kind(out.read_text()) == "frontend"
    sized = json.loads(_irlens("size", str(out), "--json").stdout)
    assert sized["module"]["oz_text_data_bytes"] == _object_text_data(_clang(tmp_path, "ref.o", "-Oz", "-c"))
    # The same with the flags given after `--` instead.
    again = _irlens("ir", str(source), "-o", str(tmp_path / "again.ll"), "--", *STATIC)
    assert again.returncode == 0, again.stderr
    def body(path: Path) -> list[str]:  # source_filename names the path clang was given
        return [line for line in path.read_text().splitlines() if not line.startswith("source_filename")]

    assert body(tmp_path / "again.ll") == body(out)


def test_irlens_ir_without_flags_says_what_to_do(tmp_path: Path) -> None:
    source = tmp_path / "lonely.c"
    source.write_text("int f(void) { return 1; }\n")
    completed = _irlens("ir", str(source))
    assert completed.returncode == 2 and "give its flags after `--`" in completed.stderr


def test_o0_figures_are_called_estimates_everywhere(tmp_path: Path, toolchain: Toolchain) -> None:
    table = _irlens("size", str(SIZES_LL))
    assert "clang -Oz figures are estimated from -O0 IR" in table.stdout
    assert "clang -Oz -Xclang -disable-llvm-optzns -emit-llvm -c FILE.c" in table.stdout
    report = json.loads(_irlens("size", str(SIZES_LL), "--json").stdout)
    assert (report["input_kind"], report["baseline_exact"]) == ("O0", False)
    optimized = json.loads(_irlens("optimize", str(SIZES_LL), "--no-model", "--json", "--budget", "4").stdout)
    assert (optimized["input_kind"], optimized["baseline_exact"]) == ("O0", False)
    summary = _irlens("optimize", str(SIZES_LL), "--no-model", "--budget", "4").stdout
    assert "estimated from -O0 IR" in summary
    exact = _irlens("size", str(_clang(tmp_path, "fe.bc", "-Oz", "-Xclang", "-disable-llvm-optzns",
                                       "-emit-llvm", "-c")))
    assert "estimated" not in exact.stdout

    engine = Engine(Settings(background_suggestions=False, model_enabled=False, debounce_ms=0), workers=1)
    try:
        engine.open("file:///tmp/claims-o0.ll", 1, SIZES_LL.read_text())
        facts = engine.facts("file:///tmp/claims-o0.ll", "checksum")
        assert facts is not None and facts.oz_note == "estimated from -O0 IR"
        facts.oz_bytes = 30
        assert "clang -Oz 30 B (estimated from -O0 IR)" in title(facts)
        hover = render(facts, "llvm", None)
        assert "30 bytes" in hover and "estimated from -O0 IR" in hover and "irlens ir FILE.c" in hover
    finally:
        for document in engine.session.documents.all():
            document.cancel.set()
        assert engine.session.scheduler.shutdown(30)
