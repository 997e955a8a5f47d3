"""irlens-cc's slow path: the user's compile, searched for a smaller object.

From the plain compile's flags: the front-end IR (exactly what clang -Oz optimizes), the engine's search
over it (optimize/optimizer.optimize_module: the whole-module pipelines and the composition of each
function's own winner, checked pipelines only), code generation from the result with the user's own
target and code-generation flags, and the comparison of the two real objects by the one size definition
(text+data, toolchain/measure.py): irlens' object must be smaller in total and, for every exported
symbol, in what a --gc-sections link rooted at it keeps (toolchain/gc_reach.py). The search measures
with llc given the code generation's own options (launcher/codegen.py: PIE, sections, CPU, float
ABI...) and judges candidates by the same rules, so that what it finds smaller is smaller in the real
object too; still, which object is kept is decided on the objects the build would link.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from irlens import __version__
from irlens.config import Settings
from irlens.launcher.arguments import Compile
from irlens.launcher.cache import TIME_MACROS, Result, digest
from irlens.launcher.codegen import cc1_arguments, llc_options
from irlens.launcher.settings import SearchSettings
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import OptimizationCancelled, SearchOptions, optimize_module
from irlens.toolchain.discovery import Toolchain, ToolLimits, discover
from irlens.toolchain.gc_reach import REFUSAL, exported_reach, reach_growth
from irlens.toolchain.measure import assemble, disassemble, measure_object
from irlens.toolchain.runner import first_error_line

_CLANG_VERSION = re.compile(r"clang version (\d+)\.")


class Fallback(Exception):
    """irlens made no object for this compile; the message says why (the plain object stays)."""


@dataclass(frozen=True)
class FrontEnd:
    """The front end's output for a compile."""

    bitcode: bytes
    files: dict[str, str]  # every file it read (the source and its headers) -> sha256 of its bytes
    time_dependent: bool  # a file uses __DATE__, __TIME__ or __TIMESTAMP__


def open_toolchain(deadline: float) -> Toolchain:
    """The LLVM tools, each call limited to the time left."""
    settings = Settings.from_env()
    toolchain = discover(settings)
    if not toolchain.tools or toolchain.missing:
        raise Fallback(toolchain.problem or "the LLVM tools were not found")
    limit = max(1.0, min(settings.tool_timeout_s, deadline - time.monotonic()))
    return dataclasses.replace(toolchain, limits=ToolLimits(limit, settings.tool_memory_mb))


def check_compiler_version(unit: Compile, toolchain: Toolchain) -> None:
    """The compiler's LLVM must be the tools' (the bitcode of a newer clang does not load in an older opt,
    and code generation reads what opt wrote)."""
    try:
        shown = subprocess.run([unit.compiler, "--version"], capture_output=True, timeout=10, check=False,
                               stdin=subprocess.DEVNULL).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.TimeoutExpired) as error:
        raise Fallback(f"{unit.compiler} --version failed: {error}") from None
    match = _CLANG_VERSION.search(shown)
    version = int(match.group(1)) if match else 0
    if version != toolchain.version:
        raise Fallback(f"{unit.compiler} is LLVM {version or 'of unknown version'}, the LLVM tools are "
                       f"{toolchain.version}")


def front_end(unit: Compile, cwd: str, workdir: Path, deadline: float) -> FrontEnd:
    """The compile's front-end IR as bitcode, with the files it read (its own dependency list)."""
    bitcode, dependencies = workdir / "front-end.bc", workdir / "front-end.d"
    _compiler(unit, [*unit.frontend_args, "-c", "-emit-llvm", "-Xclang", "-disable-llvm-optzns", "-w",
                     "-MD", "-MF", str(dependencies), "-MT", "irlens", "-o", str(bitcode)],
              cwd, deadline, "the front end")
    files: dict[str, str] = {}
    time_dependent = False
    for path in dependency_paths(dependencies.read_text(encoding="utf-8", errors="surrogateescape")):
        try:
            content = Path(cwd, path).read_bytes()
        except OSError as error:
            raise Fallback(f"cannot read {path}: {error.strerror}") from None
        files[path] = hashlib.sha256(content).hexdigest()
        time_dependent = time_dependent or any(macro in content for macro in TIME_MACROS)
    return FrontEnd(bitcode.read_bytes(), files, time_dependent)


def dependency_paths(makefile_rule: str) -> list[str]:
    """The prerequisites of a `target: a b \\` rule as clang -MD writes it (spaces escaped as `\\ `)."""
    text = makefile_rule.replace("\\\n", " ")
    _target, _colon, prerequisites = text.partition(": ")
    paths = re.findall(r"(?:\\.|[^\s\\])+", prerequisites)
    return [re.sub(r"\\(.)", r"\1", path).replace("$$", "$") for path in paths]


def search(unit: Compile, cwd: str, front: FrontEnd, plain: bytes, toolchain: Toolchain,
           settings: SearchSettings, workdir: Path, deadline: float) -> Result:
    """The search from the front-end IR, code generation, and the smaller of the two objects."""
    plain_sha = hashlib.sha256(plain).hexdigest()
    plain_size = measure_object(plain)
    module_text = disassemble(toolchain, front.bitcode)
    cancel = threading.Event()
    timer = threading.Timer(max(0.0, deadline - time.monotonic()), cancel.set)
    timer.daemon = True
    timer.start()
    try:
        # "paper": the front-end IR at -Oz already carries clang -Oz's attributes; -Oz is opt's on it.
        found = optimize_module(toolchain, module_text, candidate_pipelines(),
                                options=SearchOptions(baseline="paper", budget=settings.budget,
                                                      jobs=settings.jobs, gc_sections=True),
                                cancel=cancel)
    except OptimizationCancelled:
        raise Fallback(f"the search took longer than {settings.time_s:g} s") from None
    finally:
        timer.cancel()

    def keep_plain(reason: str, irlens_bytes: int | None = None) -> Result:
        return Result("plain", plain_sha, plain_size.text_data_bytes, irlens_bytes, reason)

    if found.strategy == "-Oz":
        refused = sum(o.error.startswith(REFUSAL) for o in found.outcomes) \
            + (REFUSAL in found.composed_note)
        return keep_plain("-Oz was the smallest the search found"
                          + (f" ({refused} candidates refused by the --gc-sections rule)" if refused else ""))
    optimized = workdir / "irlens.bc"
    optimized.write_bytes(assemble(toolchain, found.module_text))
    generated = workdir / "irlens.o"
    _compiler(unit, codegen_command(unit, optimized, generated), cwd, deadline, "code generation")
    candidate = generated.read_bytes()
    size = measure_object(candidate)
    problem = rejection(plain, candidate)
    if problem:
        return keep_plain(problem, size.text_data_bytes)
    how = "composed per function" if found.strategy == "composed" else f"opt -p '{found.pipeline}'"
    return Result("irlens", plain_sha, plain_size.text_data_bytes, size.text_data_bytes, how, candidate)


def rejection(plain: bytes, candidate: bytes) -> str | None:
    """Why the build keeps the plain object rather than irlens' `candidate`; None when the candidate has
    the same exported symbols, less text+data, no more bss, and, for every exported symbol, no more
    text+data in what a --gc-sections link rooted at it keeps (beyond a tenth of the saving:
    gc_reach.reach_growth)."""
    plain_size, size = measure_object(plain), measure_object(candidate)
    if size.exported != plain_size.exported:
        return "exported symbols differ: " + ", ".join(sorted(size.exported ^ plain_size.exported)[:5])
    if size.text_data_bytes >= plain_size.text_data_bytes:
        return f"not smaller ({size.text_data_bytes} bytes)"
    if size.bss_bytes > plain_size.bss_bytes:
        return f"more bss ({size.bss_bytes} > {plain_size.bss_bytes} bytes)"
    # Smaller in total is not smaller in a --gc-sections link: bytes saved in functions no program keeps
    # do not pay for bytes added to those it keeps.
    return reach_growth(exported_reach(plain), exported_reach(candidate),
                        plain_size.text_data_bytes - size.text_data_bytes)


def codegen_command(unit: Compile, bitcode: Path, output: Path) -> list[str]:
    """The compiler's arguments that generate `output` from `bitcode` as the user's compile would."""
    return [*unit.codegen_args, "-c", "-Xclang", "-disable-llvm-passes", "-w", "-x", "ir", str(bitcode),
            "-o", str(output)]


def measuring_toolchain(unit: Compile, cwd: str, toolchain: Toolchain, workdir: Path,
                        deadline: float) -> Toolchain:
    """`toolchain` with the llc options of the code generation (launcher/codegen.py), read from the
    driver's `-###` for the code-generation command: the search measures objects as the build makes
    them."""
    bitcode = workdir / "shown.bc"
    bitcode.write_bytes(b"")  # the driver only checks that its input exists
    shown = _compiler(unit, ["-###", *codegen_command(unit, bitcode, workdir / "shown.o")], cwd, deadline,
                      "the driver's code-generation command")
    cc1 = cc1_arguments(shown.stderr.decode("utf-8", "surrogateescape"))
    if not cc1:
        raise Fallback("the driver showed no cc1 command for code generation")
    return dataclasses.replace(toolchain, codegen=llc_options(cc1))


def _compiler(unit: Compile, args: list[str], cwd: str, deadline: float,
              what: str) -> subprocess.CompletedProcess[bytes]:
    """The user's compiler on the user's flags (in the user's directory), for a step of ours."""
    try:
        finished = subprocess.run([unit.compiler, *args], cwd=cwd, capture_output=True, check=False,
                                  stdin=subprocess.DEVNULL, timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        raise Fallback(f"{what} took too long") from None
    except OSError as error:
        raise Fallback(f"{what} could not start: {error.strerror}") from None
    if finished.returncode != 0:
        raise Fallback(f"{what} failed: {first_error_line(finished.stderr.decode('utf-8', 'replace'))}")
    return finished


def ir_key(unit: Compile, front: FrontEnd, toolchain: Toolchain, settings: SearchSettings,
           compiler_identity: str) -> str:
    """The result's key from the front-end IR: its bitcode, the code-generation flags and the versions."""
    return digest("ir", __version__, toolchain.key, compiler_identity, list(unit.codegen_args),
                  settings.key, hashlib.sha256(front.bitcode).hexdigest())

