"""Find a pass pipeline that makes a function (or a module) smaller, with the compiler as the judge.

Every candidate is validated as data, applied with opt (whose verifier checks input and output),
compiled with llc and measured. Only candidates measured no larger than -Oz are kept, and -Oz
itself is always measured: it is the floor answer, so the result is never worse than -Oz.
Compilations run in a thread pool sized to the cores; a cancel Event is checked between them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.ir_names import display_token, object_symbol, printed_token
from irlens.toolchain.measure import (
    OZ_PIPELINE,
    apply_pipeline,
    compile_object,
    default_jobs,
    extract_function,
    measure_ir,
)
from irlens.toolchain.pipeline import PipelineRejected, validate_pipeline
from irlens.toolchain.runner import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S, ToolFailure, run_tool


class OptimizationCancelled(Exception):
    """The cancel Event was set; no result."""


@dataclass(frozen=True)
class CandidateOutcome:
    pipeline: str
    size_bytes: int | None  # None: rejected, failed to verify or to compile
    error: str = ""


@dataclass
class OptimizationResult:
    pipeline: str  # the best verified pipeline (default<Oz> when nothing beats it)
    size_bytes: int  # function bytes, or module text+data, after `pipeline`
    oz_bytes: int
    o0_bytes: int  # before any pipeline (the input as given, compiled by the same llc)
    compilations: int  # opt+llc runs that were measured
    optimized_module_text: str  # the module (extracted one, for a function) after `pipeline`
    function_text: str = ""  # the optimized `define ... { ... }` (function optimization only)
    outcomes: list[CandidateOutcome] = field(default_factory=list)

    @property
    def saving_vs_oz(self) -> float:
        """Fraction saved relative to -Oz (0.1 = 10 % smaller)."""
        return (self.oz_bytes - self.size_bytes) / self.oz_bytes if self.oz_bytes else 0.0

    @property
    def beats_oz(self) -> bool:
        return self.size_bytes < self.oz_bytes


@dataclass(frozen=True)
class _Measured:
    pipeline: str
    size: int | None
    text: str
    error: str
    ran: bool = True  # False: refused before any tool ran on the module


def optimize_function(
    toolchain: Toolchain,
    module_text: str,
    function_name: str,
    candidates: list[str],
    *,
    cancel: threading.Event | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
    jobs: int | None = None,
) -> OptimizationResult:
    """Best pipeline for @function_name, applied to the function extracted from the module."""
    _check(cancel)
    extracted = extract_function(toolchain, module_text, function_name,
                                 timeout_s=timeout_s, memory_mb=memory_mb)

    def size_of(ir_text: str) -> int:
        obj = compile_object(toolchain, ir_text, timeout_s=timeout_s, memory_mb=memory_mb)
        size = _symbol_size(toolchain, obj, object_symbol(function_name), timeout_s, memory_mb)
        if size is None:
            raise ToolFailure("llc", "error", f"@{function_name} is gone after the pipeline")
        return size

    o0 = size_of(extracted)
    measured = _run_candidates(toolchain, extracted, candidates, size_of, cancel, timeout_s, memory_mb, jobs)
    result = _choose(measured, o0)
    result.function_text = function_definition(result.optimized_module_text, function_name)
    return result


def optimize_module(
    toolchain: Toolchain,
    module_text: str,
    candidates: list[str],
    *,
    cancel: threading.Event | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    memory_mb: int = DEFAULT_MEMORY_MB,
    jobs: int | None = None,
) -> OptimizationResult:
    """Best pipeline for the whole module by text+data; every exported symbol must survive."""
    _check(cancel)
    before = measure_ir(toolchain, module_text, timeout_s=timeout_s, memory_mb=memory_mb)

    def size_of(ir_text: str) -> int:
        after = measure_ir(toolchain, ir_text, timeout_s=timeout_s, memory_mb=memory_mb)
        lost = before.exported - after.exported
        if lost:  # e.g. internalize + globaldce: smaller, but not the same program
            raise ToolFailure("opt", "error", "removed exported symbols: " + ", ".join(sorted(lost)[:5]))
        return after.text_data_bytes

    measured = _run_candidates(toolchain, module_text, candidates, size_of, cancel, timeout_s, memory_mb,
                               jobs)
    return _choose(measured, before.text_data_bytes)


def _run_candidates(toolchain: Toolchain, ir_text: str, candidates: list[str], size_of: Callable[[str], int],
                    cancel: threading.Event | None, timeout_s: float, memory_mb: int,
                    jobs: int | None) -> list[_Measured]:
    pipelines: list[str] = [OZ_PIPELINE]
    rejected: list[_Measured] = []
    for text in candidates:
        try:
            canonical = validate_pipeline(text, toolchain, timeout_s=timeout_s)
        except (PipelineRejected, ToolFailure) as error:
            rejected.append(_Measured(text, None, "", str(error), ran=False))
            continue
        if canonical not in pipelines:
            pipelines.append(canonical)

    def measure(pipeline: str) -> _Measured:
        _check(cancel)
        try:
            optimized = apply_pipeline(toolchain, ir_text, pipeline, timeout_s=timeout_s, memory_mb=memory_mb)
            _check(cancel)
            return _Measured(pipeline, size_of(optimized), optimized, "")
        except ToolFailure as failure:
            return _Measured(pipeline, None, "", str(failure))

    with ThreadPoolExecutor(max_workers=jobs or default_jobs()) as pool:
        futures = [pool.submit(measure, p) for p in pipelines]
        try:
            measured = [f.result() for f in futures]
        except OptimizationCancelled:
            for future in futures:
                future.cancel()
            raise
    return [*measured, *rejected]


def _choose(measured: list[_Measured], o0: int) -> OptimizationResult:
    oz = measured[0]
    if oz.size is None:
        raise ToolFailure("opt", "error", f"the -Oz baseline failed: {oz.error}")
    verified = [m for m in measured if m.size is not None and m.size <= oz.size]
    # Smallest wins; on a tie, -Oz (listed first) and then the earlier candidate.
    best = min(verified, key=lambda m: m.size or 0)
    compilations = sum(1 for m in measured if m.ran)
    return OptimizationResult(
        pipeline=best.pipeline,
        size_bytes=best.size or 0,
        oz_bytes=oz.size,
        o0_bytes=o0,
        compilations=compilations,
        optimized_module_text=best.text,
        outcomes=[CandidateOutcome(m.pipeline, m.size, m.error) for m in measured],
    )


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise OptimizationCancelled()


def _symbol_size(toolchain: Toolchain, obj: bytes, name: str, timeout_s: float, memory_mb: int) -> int | None:
    listing = run_tool(toolchain, "llvm-nm", ["--print-size", "--defined-only", "o.o"], files={"o.o": obj},
                       timeout_s=timeout_s, memory_mb=memory_mb).check().stdout_text
    for line in listing.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4 and parts[2] in ("T", "t", "W", "i") and parts[3] == name:
            return int(parts[1], 16)
    return None


def function_definition(module_text: str, name: str) -> str:
    """The `define ... @name(...) ... { ... }` block of module_text ('' when absent); `name` is the name
    LLVM holds (toolchain.ir_names), written as LLVM's printer writes it or as people usually do."""
    spellings = "|".join(re.escape(token) for token in {printed_token(name), display_token(name)})
    header = re.compile(rf"^define\b[^\n]*@(?:{spellings})\(", re.MULTILINE)
    match = header.search(module_text)
    if not match:
        return ""
    end = re.compile(r"^}", re.MULTILINE).search(module_text, match.end())
    return module_text[match.start():end.end() if end else len(module_text)]
