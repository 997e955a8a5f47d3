"""The optimizer: verified candidates only, never worse than -Oz, cancellable, survives tool faults."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from irlens.config import Settings
from irlens.engine.candidates import FALLBACK_PIPELINES, candidate_pipelines
from irlens.engine.optimizer import OptimizationCancelled, optimize_function, optimize_module
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import oz_function_bytes
from irlens.toolchain.runner import ToolFailure

ROOT = Path(__file__).parent.parent
SIZES_LL = (ROOT / "examples" / "sizes.ll").read_text()
FAULTS = Path(__file__).parent / "faults"


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def fault_toolchain(tmp_path: Path, tool: str, script: str) -> Toolchain:
    real = discover(Settings())
    for name, path in real.tools.items():
        (tmp_path / name).symlink_to(FAULTS / script if name == tool else path)
    return discover(Settings(llvm_bin=str(tmp_path)))


def test_never_worse_than_oz_and_beats_it_on_bubble_sort(toolchain: Toolchain) -> None:
    result = optimize_function(toolchain, SIZES_LL, "bubble_sort", candidate_pipelines())
    assert result.oz_bytes == oz_function_bytes(toolchain, SIZES_LL, "bubble_sort")
    assert result.size_bytes < result.oz_bytes < result.o0_bytes
    assert result.pipeline != "default<Oz>" and result.beats_oz
    # -Oz once, then every other distinct candidate once (a candidate set may list default<Oz> too)
    assert result.compilations == len({"default<Oz>", *candidate_pipelines()})
    assert result.function_text.startswith("define") and "@bubble_sort(" in result.function_text
    assert all(o.size_bytes is None or o.size_bytes >= result.size_bytes for o in result.outcomes)


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
    assert result.pipeline == "default<Oz>" and result.compilations == 1


def test_module_optimization_keeps_exported_symbols(toolchain: Toolchain) -> None:
    result = optimize_module(toolchain, SIZES_LL, ["internalize,globaldce", *FALLBACK_PIPELINES[:4]])
    assert result.size_bytes <= result.oz_bytes < result.o0_bytes
    internalized = next(o for o in result.outcomes if o.pipeline == "internalize,globaldce")
    assert internalized.size_bytes is None and "removed exported symbols" in internalized.error


def test_cancel_stops_before_compiling(toolchain: Toolchain) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(OptimizationCancelled):
        optimize_function(toolchain, SIZES_LL, "main", candidate_pipelines(), cancel=cancel)


def test_crashing_opt_gives_a_failure_not_a_crash(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "opt", "crash_segv.sh")
    with pytest.raises(ToolFailure, match="-Oz baseline failed"):
        optimize_function(toolchain, SIZES_LL, "main", ["default<Oz>"], timeout_s=20)


def test_hanging_llc_is_stopped(tmp_path: Path) -> None:
    toolchain = fault_toolchain(tmp_path, "llc", "hang.sh")
    started = time.monotonic()
    with pytest.raises(ToolFailure) as caught:
        optimize_function(toolchain, SIZES_LL, "main", [], timeout_s=1.5)
    assert caught.value.kind == "timeout" and time.monotonic() - started < 15


def test_candidates_file_is_used_when_present(tmp_path: Path) -> None:
    path = tmp_path / "candidates.json"
    path.write_text('{"pipelines": ["mergefunc,default<Oz>", "mergefunc,default<Oz>", "", 3]}')
    assert candidate_pipelines(path) == ["mergefunc,default<Oz>"]
    path.write_text("not json")
    assert candidate_pipelines(path) == list(FALLBACK_PIPELINES)
