"""The numbers of a size report: every function of many modules, from files, directories or a
`compile_commands.json`, measured on all cores (or a Ray cluster) and cached so a run can resume.

A report is plain JSON-able data (what `irlens report --json` writes and `irlens diff` reads):
`{"irlens_report": 1, "llvm_version", "suggest", "modules": [...], "problems": [...]}`, where each
module is `{"module", "kind", "error", "text_data_bytes", "oz_text_data_bytes", "functions": [...]}`
and each function `{"name", "ir_instructions", "bytes", "oz_bytes", "best_bytes", "pipeline"}`.
Inputs that are not IR or assembly, broken modules and compile commands that fail are named in
`problems` (or as a module with an `error`) and never stop the run.

A compile command is untrusted input (a cloned repository's): only its allowed flags reach clang
(toolchain/compile_flags.py; the others are named in `problems`), and clang runs like every tool, under
the sandbox and limits of toolchain/runner.py (it writes only in its temporary directory).
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from irlens import __version__
from irlens.config import DEFAULT_MAX_INPUT_MB
from irlens.input_files import read_input, read_input_text
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import optimize_function
from irlens.report.fanout import ResultCache, cache_key, run_many
from irlens.report.format import module_record_problem
from irlens.toolchain.baseline import baseline_exactness, exactness_json
from irlens.toolchain.compile_flags import Refused, filter_command
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.measure import measure_asm, measure_ir, measure_oz_module, oz_function_sizes
from irlens.toolchain.runner import ToolFailure, ToolResult, first_error_line, run_tool

REPORT_FORMAT = 1
IR_SUFFIXES = (".ll",)
ASM_SUFFIXES = (".s", ".S", ".asm")
SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".m", ".mm")
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

    name: str  # the source file, absolute
    directory: str  # absolute; clang runs there (and still writes only in its temp dir)
    arguments: tuple[str, ...]  # the entry's allowed flags (toolchain/compile_flags.py)
    refused: tuple[Refused, ...] = ()  # the flags left out, named in the report's problems


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
        **exactness_json(baseline_exactness(text, "clang") if kind == "ir" else None),
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


def collect_inputs(paths: Sequence[Path], max_input_mb: int, *, compile_commands: bool = True) -> Inputs:
    """Files, directories (recursively; hidden directories skipped) and compile_commands.json files
    (whose entries are only named in the problems when `compile_commands` is off)."""
    inputs = Inputs([], [], [])
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    _add_file(inputs, child, max_input_mb, explicit=False, compile_commands=compile_commands)
        elif path.exists():  # a FIFO or device too: refused by name, not read (input_files)
            _add_file(inputs, path, max_input_mb, explicit=True, compile_commands=compile_commands)
        else:
            inputs.problems.append({"path": str(path), "problem": "no such file or directory"})
    # A source that a compile command builds is measured through it, not "not IR".
    compiled = {os.path.normpath(job.name) for job in inputs.compiles}
    inputs.problems = [p for p in inputs.problems if os.path.normpath(p["path"]) not in compiled]
    return inputs


def _add_file(inputs: Inputs, path: Path, max_input_mb: int, *, explicit: bool,
              compile_commands: bool) -> None:
    kind = module_kind(path)
    if kind is not None:
        try:
            text = read_input_text(path, max_input_mb)
        except OSError as error:
            inputs.problems.append({"path": str(path), "problem": f"cannot read: {error.strerror}"})
            return
        inputs.modules.append((str(path), text, kind))
    elif path.name == "compile_commands.json" or (explicit and path.suffix == ".json"):
        _add_compile_commands(inputs, path, max_input_mb, compile_commands)
    else:
        inputs.problems.append({"path": str(path), "problem": "not LLVM IR (.ll) or assembly (.s, .S, .asm)"})


def _add_compile_commands(inputs: Inputs, path: Path, max_input_mb: int, compile_commands: bool) -> None:
    try:
        entries = json.loads(read_input(path, max_input_mb))
        if not isinstance(entries, list):
            raise ValueError("not a JSON list of compile commands")
    except (OSError, ValueError) as error:
        inputs.problems.append({"path": str(path), "problem": f"unreadable compile_commands.json: {error}"})
        return
    if not compile_commands:
        inputs.problems.append({"path": str(path),
                                "problem": f"{len(entries)} build command(s) not compiled: compiling them "
                                           "is off (an untrusted workspace, or --no-compile)"})
        return
    jobs = []
    for number, entry in enumerate(entries):
        job = compile_job(entry, path.parent)
        if isinstance(job, str):
            inputs.problems.append({"path": f"{path} entry {number}", "problem": job})
        else:
            jobs.append(job)
    inputs.compiles += jobs
    inputs.problems += refused_problems(path, jobs)


def compile_job(entry: Any, default_directory: Path) -> CompileJob | str:
    """A CompileJob for one compile_commands.json entry (its flags through the allow-list of
    toolchain/compile_flags.py), or why it cannot be compiled."""
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        return "entry without a \"file\""
    source = entry["file"]
    if not source.endswith(SOURCE_SUFFIXES):
        return f"{source}: not a C, C++ or Objective-C source"
    # Absolute, so that neither the directory nor the file can be read by clang as a flag.
    directory = Path(default_directory, str(entry.get("directory") or "")).absolute()
    if not directory.is_dir():
        return f"{source}: the entry's directory {directory} does not exist"
    if isinstance(entry.get("arguments"), list):
        arguments = [str(a) for a in entry["arguments"]]
    elif isinstance(entry.get("command"), str):
        try:
            arguments = shlex.split(entry["command"])
        except ValueError as error:
            return f"{source}: unparsable command ({error})"
    else:
        return f"{source}: entry without \"arguments\" or \"command\""
    filtered = filter_command(arguments, directory, source)
    return CompileJob(str(Path(directory, source)), str(directory), tuple(filtered.kept),
                      tuple(filtered.refused))


def refused_problems(path: Path, jobs: Sequence[CompileJob]) -> list[dict[str, str]]:
    """One problem per kind of refused flag of a compile_commands.json (not one per entry), with an
    example and how many entries were compiled without it."""
    by_option: dict[str, tuple[Refused, list[str]]] = {}
    for job in jobs:
        for refused in job.refused:
            example, names = by_option.setdefault(refused.option, (refused, []))
            if not names or names[-1] != job.name:
                names.append(job.name)
    problems = []
    for example, names in by_option.values():
        which = Path(names[0]).name if len(names) == 1 else f"{len(names)} entries"
        problems.append({"path": str(path), "problem": f"{example.describe()}; {which} compiled without it"})
    return problems


def find_clang(toolchain: Toolchain) -> str | None:
    """clang beside the LLVM tools (same version), else clang-<version>, else clang on PATH."""
    some_tool = next(iter(toolchain.tools.values()), None)
    beside = Path(some_tool).parent / "clang" if some_tool else None
    if beside is not None and beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(f"clang-{toolchain.version}") or shutil.which("clang")


def run_compile_job(toolchain: Toolchain, clang: str, job: CompileJob, flags: Sequence[str]) -> ToolResult:
    """clang on the entry's kept flags and `flags`, output on stdout, like every tool: under the sandbox
    and limits of toolchain/runner.py, in the entry's directory. No config file of clang's own either:
    the kept flags are all that decide the compile."""
    command = ["--no-default-config", *job.arguments, *flags, "-o", "-", job.name]
    return run_tool(toolchain, "clang", command, executable=clang, cwd=job.directory)


def compile_to_ir(job: tuple[CompileJob, str, Toolchain]) -> dict[str, Any]:
    """A worker's task: the entry compiled by `clang` to -O0 IR; {"text"} or {"error"}."""
    entry, clang, toolchain = job
    try:
        # -O0 with optnone off, as -Oz must be able to work on the IR.
        result = run_compile_job(toolchain, clang, entry, ["-O0", "-Xclang", "-disable-O0-optnone", "-S",
                                                           "-emit-llvm"])
    except ToolFailure as error:
        return {"error": str(error)}
    if not result.ok or not result.stdout:
        return {"error": f"clang exited {result.returncode}: {first_error_line(result.stderr_text)[:300]}"}
    return {"text": result.stdout.decode("utf-8", "surrogateescape")}


# --- the report ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunOptions:
    suggest: bool = False
    # Compile compile_commands.json entries (allowed flags only, sandboxed); off for untrusted folders.
    compile_commands: bool = True
    workers: int | None = None  # None: all cores; 1: in this process
    ray_address: str | None = None
    cache: ResultCache | None = None
    progress: bool = True
    log: Callable[[str], None] | None = None
    max_input_mb: int = DEFAULT_MAX_INPUT_MB  # the largest file read (setting maxInputMb)


def build_report(paths: Sequence[Path], toolchain: Toolchain, options: RunOptions,
                 texts: Sequence[tuple[str, str, ModuleKind]] = ()) -> dict[str, Any]:
    """The report of `paths` and of `texts` (modules given as (name, text, kind), e.g. an editor's
    unsaved documents)."""
    inputs = collect_inputs(paths, options.max_input_mb, compile_commands=options.compile_commands)
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
            compiled = run_many(compile_to_ir, [(job, clang, toolchain) for job in inputs.compiles],
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
