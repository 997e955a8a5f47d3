"""The front end's IR of a C, C++ or Objective-C file: what `clang -Oz` optimizes, before any
optimization. For this input the clang -Oz figure is exact (toolchain/baseline.py): `opt -Oz` on it is
clang -Oz's own pipeline.

clang compiles with the file's flags, -Oz and `-Xclang -disable-llvm-optzns` to bitcode (which keeps
the use-list order llc's output depends on), and llvm-dis writes it as text that keeps that order, so
the text compiles to the bytes `clang -Oz -c` gives. The flags are the file's compile_commands.json
entry's, or the caller's own; either way only what toolchain/compile_flags.py allows (the build's -c,
-o and -O are replaced), and clang runs like every tool: sandboxed, under the limits, in the entry's
directory, without its config files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from irlens.input_files import read_input
from irlens.report.report import CompileJob, compile_job, find_clang, run_compile_job
from irlens.toolchain.compile_flags import filter_command
from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.measure import disassemble
from irlens.toolchain.runner import ToolFailure

FRONTEND_FLAGS = ("-Oz", "-Xclang", "-disable-llvm-optzns", "-emit-llvm", "-c")


def compile_commands_near(source: Path) -> list[Path]:
    """The compile_commands.json files that may cover `source`: in its directory and each one above,
    also in their `build/`, nearest first."""
    found: list[Path] = []
    for directory in [source.absolute().parent, *source.absolute().parent.parents]:
        for candidate in (directory / "compile_commands.json", directory / "build" / "compile_commands.json"):
            if candidate.is_file():
                found.append(candidate)
    return found


def entry_job(source: Path, databases: Sequence[Path], max_input_mb: int) -> CompileJob | str:
    """The compile of `source` its first covering compile_commands.json entry describes, or why none."""
    wanted = source.resolve()
    for database in databases:
        try:
            entries = json.loads(read_input(database, max_input_mb))
        except (OSError, ValueError) as error:
            return f"unreadable {database}: {error}"
        for entry in entries if isinstance(entries, list) else []:
            job = compile_job(entry, database.parent)
            if isinstance(job, CompileJob) and Path(job.name).resolve() == wanted:
                return job
    searched = ", ".join(str(d) for d in databases) or "no compile_commands.json found"
    return f"no compile command covers {source} ({searched}); give its flags after `--`"


def flags_job(source: Path, flags: Sequence[str]) -> CompileJob:
    """The compile of `source` with the caller's own flags, through the same allow-list."""
    directory = source.absolute().parent
    filtered = filter_command(["clang", *flags], directory, str(source.absolute()))
    return CompileJob(str(source.absolute()), str(directory), tuple(filtered.kept), tuple(filtered.refused))


def frontend_ir(toolchain: Toolchain, job: CompileJob) -> str:
    """The file's front-end IR at -Oz, as text that keeps its use-list order."""
    clang = find_clang(toolchain)
    if clang is None:
        raise ToolFailure("clang", "error", "no clang found (apt-get install clang-19)")
    bitcode = run_compile_job(toolchain, clang, job, FRONTEND_FLAGS).check().stdout
    return disassemble(toolchain, bitcode)
