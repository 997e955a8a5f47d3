"""`irlens optimize` over many modules: the one optimize orchestration per module, the modules spread over
the local cores or a Ray cluster (report/fanout.py), each result cached so that an interrupted run
resumes. Without a model: loading one per worker process would cost more than it proposes (the
single-module command asks the model)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from irlens.config import Settings
from irlens.input_files import read_input, read_input_text
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import SearchOptions, optimize_module
from irlens.output_files import write_atomically
from irlens.report.fanout import ResultCache, cache_key, run_many
from irlens.toolchain.baseline import Baseline, baseline_exactness, exactness_json
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
    output_sha256 = None
    if job.output:
        written = result.module_text.encode("utf-8", "surrogateescape")
        try:
            Path(job.output).parent.mkdir(parents=True, exist_ok=True)
            write_atomically(Path(job.output), written)
        except OSError as error:
            record["error"] = f"cannot write {job.output}: {error.strerror}"
            return record
        output_sha256 = hashlib.sha256(written).hexdigest()
    record.update(exactness_json(baseline_exactness(text, job.baseline)))
    record.update(strategy=result.strategy, pipeline=result.pipeline or None, size_bytes=result.size_bytes,
                  oz_size_bytes=result.oz_bytes, input_size_bytes=result.input_bytes,
                  compilations=result.compilations, output=job.output, output_sha256=output_sha256,
                  functions=[{"name": c.name, "pipeline": c.pipeline or None, "size_bytes": c.size_bytes}
                             for c in result.functions])
    return record


def optimize_files(jobs: list[ModuleJob], *, cache: ResultCache | None, workers: int | None,
                   ray_address: str | None) -> list[dict[str, Any]]:
    """optimize_file for every job, in job order. A cached result is used only when the module, the
    settings, the candidate set and the LLVM tools are the same, it has a record's shape, and its output
    file still holds what was written (a file truncated or edited since is written again)."""
    toolchain_key = discover(Settings(llvm_bin=jobs[0].llvm_bin)).key if jobs else ""
    candidates = candidate_pipelines()
    keys = []
    for job in jobs:
        try:
            digest = hashlib.sha256(read_input(job.path, job.max_input_mb)).hexdigest()
        except OSError:
            digest = "unreadable"
        keys.append(cache_key("optimize", digest, asdict(job), candidates, toolchain_key))
    return run_many(optimize_file, jobs, keys=keys, cache=cache, workers=workers, ray_address=ray_address,
                    usable=lambda index, record: cached_record_usable(jobs[index], record))


def cached_record_usable(job: ModuleJob, record: Any) -> bool:
    """Whether a cached optimize_file record can stand for running `job` again."""
    if not isinstance(record, dict) or record.get("path") != job.path:
        return False
    if "error" in record:
        return isinstance(record["error"], str)
    counts = ("size_bytes", "oz_size_bytes", "input_size_bytes", "compilations")
    if not all(isinstance(record.get(name), int) and not isinstance(record[name], bool) for name in counts):
        return False
    if not isinstance(record.get("strategy"), str) or not isinstance(record.get("functions"), list):
        return False
    if not job.output:
        return True
    try:
        written = hashlib.sha256(Path(job.output).read_bytes()).hexdigest()
    except OSError:
        return False
    return record.get("output") == job.output and record.get("output_sha256") == written
