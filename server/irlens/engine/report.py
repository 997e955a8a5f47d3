"""The numbers of a size report: every function of many modules, from files, directories or a
`compile_commands.json`, measured on all cores (or a Ray cluster) and cached so a run can resume.

A report is plain JSON-able data (what `irlens report --json` writes and `irlens diff` reads):
`{"irlens_report": 1, "llvm_version", "suggest", "modules": [...], "problems": [...]}`, where each
module is `{"module", "kind", "error", "text_data_bytes", "oz_text_data_bytes", "functions": [...]}`
and each function `{"name", "ir_instructions", "bytes", "oz_bytes", "best_bytes", "pipeline"}`.
Inputs that are not IR or assembly, broken modules and compile commands that fail are named in
`problems` (or as a module with an `error`) and never stop the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from irlens import __version__
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.fanout import ResultCache, cache_key, run_many
from irlens.engine.optimizer import optimize_function
from irlens.engine.report_format import module_record_problem
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.measure import measure_asm, measure_ir, measure_oz_module, oz_function_sizes
from irlens.toolchain.runner import ToolFailure

REPORT_FORMAT = 1
IR_SUFFIXES = (".ll",)
ASM_SUFFIXES = (".s", ".S", ".asm")
SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".m", ".mm")
COMPILE_TIMEOUT_S = 300.0
ModuleKind = Literal["ir", "asm"]


@dataclass(frozen=True)
class ModuleJob:
    """One module to measure: what travels to a worker process or a Ray node."""

    name: str
    text: str
    kind: ModuleKind
    toolchain: Toolchain
    suggest: bool
    candidates: tuple[str, ...]

    def key(self) -> str:
        digest = hashlib.sha256(self.text.encode("utf-8", "surrogateescape")).hexdigest()
        return cache_key("report-module", digest, self.kind, self.suggest, self.candidates,
                         self.toolchain.key, __version__)


@dataclass(frozen=True)
class CompileJob:
    """One compile_commands.json entry: compiled to -O0 IR before it is measured."""

    name: str  # the source file (absolute when the entry's directory is)
    directory: str
    arguments: tuple[str, ...]  # the entry's command, compiler and output flags already replaced


def module_sizes(toolchain: Toolchain, text: str, kind: ModuleKind, *, suggest: bool,
                 candidates: Sequence[str]) -> dict[str, Any]:
    """Every measurement of one module, in one place: object bytes and IR instructions per function,
    -Oz per function, the module's text+data (as given and after -Oz) and, with `suggest`, the best
    verified pipeline per function. Raises ToolFailure/ToolMissing when the module cannot be measured."""
    measured = (measure_asm if kind == "asm" else measure_ir)(toolchain, text)
    oz: dict[str, int] = {}
    oz_module: int | None = None
    best: dict[str, tuple[int, str]] = {}
    if kind == "ir":
        try:
            oz = oz_function_sizes(toolchain, text)
            oz_module = measure_oz_module(toolchain, text).text_data_bytes
        except ToolFailure:
            pass  # the functions keep their own bytes; -Oz is shown as unknown
        for name, function in measured.functions.items() if suggest else ():
            if function.bytes is None:
                continue
            try:
                result = optimize_function(toolchain, text, name, list(candidates))
            except ToolFailure:
                continue
            best[name] = (result.size_bytes, result.pipeline)
    return {
        "text_data_bytes": measured.text_data_bytes,
        "oz_text_data_bytes": oz_module,
        "functions": [
            {"name": f.name, "ir_instructions": f.ir_instructions, "bytes": f.bytes,
             "oz_bytes": oz.get(f.name),
             "best_bytes": best[f.name][0] if f.name in best else None,
             "pipeline": best[f.name][1] if f.name in best else None}
            for f in measured.functions.values()
        ],
    }


def measure_job(job: ModuleJob) -> dict[str, Any]:
    """A worker's task: never raises, so one broken module never stops a run."""
    record: dict[str, Any] = {"module": job.name, "kind": job.kind, "error": None, "text_data_bytes": None,
                              "oz_text_data_bytes": None, "functions": []}
    try:
        record.update(module_sizes(job.toolchain, job.text, job.kind, suggest=job.suggest,
                                   candidates=job.candidates))
    except (ToolFailure, ToolMissing) as error:
        record["error"] = str(error)
    except Exception as error:  # a bug must not lose the other modules' results
        record["error"] = f"internal error: {type(error).__name__}: {error}"
    return record


# --- inputs ----------------------------------------------------------------------------------------

@dataclass
class Inputs:
    modules: list[tuple[str, str, ModuleKind]]  # (name, text, kind)
    compiles: list[CompileJob]
    problems: list[dict[str, str]]  # {"path", "problem"}: inputs that are not measured, and why


def module_kind(path: Path) -> ModuleKind | None:
    if path.suffix in IR_SUFFIXES:
        return "ir"
    if path.suffix in ASM_SUFFIXES:
        return "asm"
    return None


def collect_inputs(paths: Sequence[Path]) -> Inputs:
    """Files, directories (recursively; hidden directories skipped) and compile_commands.json files."""
    inputs = Inputs([], [], [])
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    _add_file(inputs, child, explicit=False)
        elif path.is_file():
            _add_file(inputs, path, explicit=True)
        else:
            inputs.problems.append({"path": str(path), "problem": "no such file or directory"})
    # A source that a compile command builds is measured through it, not "not IR".
    compiled = {os.path.normpath(job.name) for job in inputs.compiles}
    inputs.problems = [p for p in inputs.problems if os.path.normpath(p["path"]) not in compiled]
    return inputs


def _add_file(inputs: Inputs, path: Path, *, explicit: bool) -> None:
    kind = module_kind(path)
    if kind is not None:
        try:
            text = path.read_bytes().decode("utf-8", "surrogateescape")
        except OSError as error:
            inputs.problems.append({"path": str(path), "problem": f"cannot read: {error.strerror}"})
            return
        inputs.modules.append((str(path), text, kind))
    elif path.name == "compile_commands.json" or (explicit and path.suffix == ".json"):
        _add_compile_commands(inputs, path)
    else:
        inputs.problems.append({"path": str(path), "problem": "not LLVM IR (.ll) or assembly (.s, .S, .asm)"})


def _add_compile_commands(inputs: Inputs, path: Path) -> None:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(entries, list):
            raise ValueError("not a JSON list of compile commands")
    except (OSError, ValueError) as error:
        inputs.problems.append({"path": str(path), "problem": f"unreadable compile_commands.json: {error}"})
        return
    for number, entry in enumerate(entries):
        job = compile_job(entry, path.parent)
        if isinstance(job, str):
            inputs.problems.append({"path": f"{path} entry {number}", "problem": job})
        else:
            inputs.compiles.append(job)


# Flags of a build command that decide what it outputs or how it optimizes: the report's compile
# replaces them with `-O0 -S -emit-llvm -o OUT` (optnone off, as -Oz must be able to work on it).
_DROP_FLAGS = {"-c", "-S", "-E", "-emit-llvm", "-MD", "-MMD", "-MP", "-M", "-MM", "-save-temps", "-flto",
               "-pipe"}
_DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ"}
_DROP_PREFIXES = ("-O", "-flto=", "-save-temps=", "-MF", "-MT", "-MQ", "-o")


def compile_job(entry: Any, default_directory: Path) -> CompileJob | str:
    """A CompileJob for one compile_commands.json entry, or why it cannot be compiled."""
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        return "entry without a \"file\""
    source = entry["file"]
    if not source.endswith(SOURCE_SUFFIXES):
        return f"{source}: not a C, C++ or Objective-C source"
    directory = str(entry["directory"]) if isinstance(entry.get("directory"), str) else str(default_directory)
    if isinstance(entry.get("arguments"), list):
        arguments = [str(a) for a in entry["arguments"]]
    elif isinstance(entry.get("command"), str):
        try:
            arguments = shlex.split(entry["command"])
        except ValueError as error:
            return f"{source}: unparsable command ({error})"
    else:
        return f"{source}: entry without \"arguments\" or \"command\""
    kept: list[str] = []
    skip_next = False
    for argument in arguments[1:]:  # [0] is the project's compiler: the report uses clang
        if skip_next:
            skip_next = False
            continue
        if argument in _DROP_WITH_VALUE:
            skip_next = True
            continue
        if argument in _DROP_FLAGS or argument.startswith(_DROP_PREFIXES) or argument == source:
            continue
        kept.append(argument)
    return CompileJob(str(Path(directory, source)), directory, tuple(kept))


def find_clang(toolchain: Toolchain) -> str | None:
    """clang beside the LLVM tools (same version), else clang-<version>, else clang on PATH."""
    some_tool = next(iter(toolchain.tools.values()), None)
    beside = Path(some_tool).parent / "clang" if some_tool else None
    if beside is not None and beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(f"clang-{toolchain.version}") or shutil.which("clang")


def compile_to_ir(job: tuple[CompileJob, str]) -> dict[str, Any]:
    """A worker's task: the entry compiled by `clang` to -O0 IR; {"text"} or {"error"}."""
    entry, clang = job
    with tempfile.TemporaryDirectory(prefix="irlens-cc-") as scratch:
        output = Path(scratch) / "module.ll"
        command = [clang, *entry.arguments, "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm",
                   "-o", str(output), entry.name]
        try:
            completed = subprocess.run(command, cwd=entry.directory, capture_output=True, check=False,
                                       timeout=COMPILE_TIMEOUT_S, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as error:
            return {"error": f"clang could not run: {error}"}
        if completed.returncode != 0 or not output.exists():
            errors = [line for line in completed.stderr.decode("utf-8", "replace").splitlines()
                      if "error" in line] or ["no output"]
            return {"error": f"clang exited {completed.returncode}: {errors[0][:300]}"}
        return {"text": output.read_text(encoding="utf-8", errors="surrogateescape")}


# --- the report ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunOptions:
    suggest: bool = False
    workers: int | None = None  # None: all cores; 1: in this process
    ray_address: str | None = None
    cache: ResultCache | None = None
    progress: bool = True
    log: Callable[[str], None] | None = None


def build_report(paths: Sequence[Path], toolchain: Toolchain, options: RunOptions,
                 texts: Sequence[tuple[str, str, ModuleKind]] = ()) -> dict[str, Any]:
    """The report of `paths` and of `texts` (modules given as (name, text, kind), e.g. an editor's
    unsaved documents)."""
    inputs = collect_inputs(paths)
    inputs.modules[:0] = texts
    problems = list(inputs.problems)
    modules = list(inputs.modules)
    if inputs.compiles:
        clang = find_clang(toolchain)
        if clang is None:
            problems += [{"path": job.name,
                          "problem": "no clang found to compile it (apt-get install clang-19)"}
                         for job in inputs.compiles]
        else:
            # Compiled on this machine's cores, so that only IR travels to a cluster.
            compiled = run_many(compile_to_ir, [(job, clang) for job in inputs.compiles],
                                workers=options.workers, desc="compiles", progress=options.progress,
                                log=options.log)
            for job, outcome in zip(inputs.compiles, compiled, strict=True):
                if "error" in outcome:
                    problems.append({"path": job.name, "problem": f"compile failed: {outcome['error']}"})
                else:
                    modules.append((job.name, outcome["text"], "ir"))
    candidates = tuple(candidate_pipelines()) if options.suggest else ()
    jobs = [ModuleJob(name, text, kind, toolchain, options.suggest, candidates)
            for name, text, kind in modules]
    records = run_many(measure_job, jobs, keys=[job.key() for job in jobs], cache=options.cache,
                       workers=options.workers, ray_address=options.ray_address, desc="modules",
                       progress=options.progress, log=options.log,
                       usable=lambda _index, record: module_record_problem(record) is None)
    for module_job, record in zip(jobs, records, strict=True):
        record["module"] = module_job.name  # the same text under another name comes from the cache as well
    return {"irlens_report": REPORT_FORMAT, "llvm_version": toolchain.version, "suggest": options.suggest,
            "modules": records, "problems": problems}


def report_totals(report: dict[str, Any]) -> dict[str, int]:
    """Sums over every measured function: bytes as given, after -Oz, and the best known version
    (the best verified one, else -Oz, else as given) — the before/after of the whole set."""
    totals = {"functions": 0, "bytes": 0, "oz_bytes": 0, "best_bytes": 0, "text_data_bytes": 0,
              "oz_text_data_bytes": 0}
    for module in report["modules"]:
        totals["text_data_bytes"] += module.get("text_data_bytes") or 0
        totals["oz_text_data_bytes"] += module.get("oz_text_data_bytes") or module.get("text_data_bytes") or 0
        for function in module["functions"]:
            if function["bytes"] is None:
                continue
            totals["functions"] += 1
            totals["bytes"] += function["bytes"]
            totals["oz_bytes"] += _or(function["oz_bytes"], function["bytes"])
            totals["best_bytes"] += best_known_bytes(function)
    return totals


def best_known_bytes(function: dict[str, Any]) -> int:
    """The smallest verified size known for a function: its best pipeline, -Oz, or as given."""
    known = [v for v in (function.get("best_bytes"), function.get("oz_bytes"), function.get("bytes"))
             if v is not None]
    return min(known) if known else 0


def _or(value: int | None, default: int) -> int:
    return default if value is None else value
