"""`irlens optimize` over many modules: the one optimize orchestration per module, the modules spread over
the local cores or a Ray cluster (engine/fanout.py), each result cached so that an interrupted run
resumes. Without a model: loading one per worker process would cost more than it proposes (the
single-module command asks the model)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from irlens.config import Settings
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.fanout import ResultCache, cache_key, run_many
from irlens.engine.optimizer import SearchOptions, optimize_module
from irlens.input_files import read_input, read_input_text
from irlens.toolchain.baseline import Baseline
from irlens.toolchain.discovery import ToolMissing, discover
from irlens.toolchain.runner import ToolFailure


@dataclass(frozen=True)
class ModuleJob:
    path: str
    output: str | None  # where to write the optimized module (None: nowhere)
    baseline: Baseline
    budget: int | None
    llvm_bin: str | None
    tool_timeout_s: float
    tool_memory_mb: int
    tool_output_mb: int
    max_input_mb: int


def module_files(paths: list[Path]) -> list[Path]:
    """The .ll files named, and those under the directories named (sorted), each once."""
    files: list[Path] = []
    for path in paths:
        found = sorted(path.rglob("*.ll")) if path.is_dir() else [path]
        files += [f for f in found if f not in files]
    return files


def optimize_file(job: ModuleJob) -> dict[str, Any]:
    """One module's figures (JSON-able), or its error; never raises for a bad module."""
    settings = Settings(llvm_bin=job.llvm_bin, tool_timeout_s=job.tool_timeout_s,
                        tool_memory_mb=job.tool_memory_mb, tool_output_mb=job.tool_output_mb)
    record: dict[str, Any] = {"path": job.path}
    try:
        text = read_input_text(job.path, job.max_input_mb)
        toolchain = discover(settings)
        result = optimize_module(toolchain, text, candidate_pipelines(),
                                 options=SearchOptions(baseline=job.baseline, budget=job.budget, jobs=1))
    except (OSError, ToolFailure, ToolMissing) as error:
        record["error"] = str(error)
        return record
    if job.output:
        Path(job.output).parent.mkdir(parents=True, exist_ok=True)
        Path(job.output).write_text(result.module_text, encoding="utf-8", errors="surrogateescape")
    record.update(strategy=result.strategy, pipeline=result.pipeline or None, size_bytes=result.size_bytes,
                  oz_size_bytes=result.oz_bytes, input_size_bytes=result.input_bytes,
                  compilations=result.compilations, output=job.output,
                  functions=[{"name": c.name, "pipeline": c.pipeline or None, "size_bytes": c.size_bytes}
                             for c in result.functions])
    return record


def optimize_files(jobs: list[ModuleJob], *, cache: ResultCache | None, workers: int | None,
                   ray_address: str | None) -> list[dict[str, Any]]:
    """optimize_file for every job, in job order. A cached result is used only when the module, the
    settings, the candidate set and the LLVM tools are the same, and its output file is still there."""
    toolchain_key = discover(Settings(llvm_bin=jobs[0].llvm_bin)).key if jobs else ""
    candidates = candidate_pipelines()
    keys = []
    for job in jobs:
        try:
            digest = hashlib.sha256(read_input(job.path, job.max_input_mb)).hexdigest()
        except OSError:
            digest = "unreadable"
        keys.append(cache_key("optimize", digest, asdict(job), candidates, toolchain_key))
        if cache is not None and job.output and not Path(job.output).exists():
            cached = cache.get(keys[-1])
            if isinstance(cached, dict) and "error" not in cached:
                cache.discard(keys[-1])  # its optimized module is to be written again
    return run_many(optimize_file, jobs, keys=keys, cache=cache, workers=workers, ray_address=ray_address)
