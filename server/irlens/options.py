"""Command-line options and input/output helpers shared by the `irlens` subcommands (cli/) and the
benchmarks (bench/): below both, so that bench never imports cli."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from irlens.config import NumberRange, Settings, setting_range
from irlens.input_files import read_input_text
from irlens.output_files import write_atomically
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import disassemble, is_bitcode
from irlens.toolchain.runner import ToolFailure

SourceKind = Literal["ir", "asm"]
ASM_SUFFIXES = (".s", ".S", ".asm")


def number(accepted: NumberRange | str) -> Callable[[str], Any]:
    """An argparse type: a number in a range, or as the setting named accepts it; argparse turns a refusal
    into a usage error naming the flag (no traceback)."""
    checker = setting_range(accepted) if isinstance(accepted, str) else accepted

    def parse(text: str) -> Any:
        try:
            return checker.check(float(text))
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid value {text!r}: {checker.accepted()}") from None
    return parse


JOBS = number(NumberRange(int, 1, 1024, "parallel compilations"))


def output_file(text: str) -> Path:
    """An argparse type for every file a command writes (-o, --json FILE, --sarif, ...): one that can be
    written (not a directory, in a directory that exists and takes new files), found out before any work
    is done, so that an unwritable destination costs a usage error (exit 2), not the work."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a directory; give the name of a file to write")
    directory = Path(os.path.realpath(path)).parent
    if not directory.is_dir():
        raise argparse.ArgumentTypeError(f"the directory of {text!r} does not exist")
    _probe(directory, text)
    return path


def output_directory(text: str) -> Path:
    """An argparse type for --output-dir: a directory that exists or can be made, and takes new files."""
    path = Path(text)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot make the directory {text!r}: {error.strerror}") from None
    _probe(path, text)
    return path


def _probe(directory: Path, text: str) -> None:
    """Creates and removes a file in `directory` (os.access says yes to root on a read-only mount)."""
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".irlens-probe-"):
            pass
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot write {text!r}: {error.strerror}") from None


def write_output(path: Path, text: str) -> bool:
    """Writes a command's result to `path`, whole (a new file renamed over it). Should that fail after the
    work is done (the disk filled up, the directory went away), the result is kept in a file in the
    temporary directory and stderr says where; False then (the command exits 2)."""
    data = text.encode("utf-8", "surrogateescape")
    try:
        write_atomically(path, data)
        return True
    except OSError as error:
        problem = error.strerror or str(error)
    try:
        with tempfile.NamedTemporaryFile(prefix="irlens-", suffix=f"-{path.name}", delete=False) as kept:
            kept.write(data)
        where = f"the result is in {kept.name}"
    except OSError as error:
        where = f"nor could the result be kept in {tempfile.gettempdir()} ({error.strerror})"
    print(f"irlens: cannot write {path}: {problem}; {where}", file=sys.stderr)
    return False


def add_toolchain_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--llvm-bin", metavar="DIR", help="directory of the LLVM tools (env IRLENS_LLVM_BIN)")
    parser.add_argument("--timeout", type=number("tool_timeout_s"), metavar="S",
                        help="wall-time limit of one tool call")
    parser.add_argument("--max-input-mb", type=number("max_input_mb"), metavar="MB",
                        help="the largest input file read (default 64)")


def add_search_options(parser: argparse.ArgumentParser) -> None:
    """The optimize search's options: the baseline, its budget and its parallelism."""
    parser.add_argument("--baseline", choices=("clang", "paper"),
                        help="the -Oz to compare with: clang (default; what clang -Oz gives: minsize optsize "
                             "functions, then opt -Oz) or paper (opt -Oz on the IR as given)")
    parser.add_argument("--budget", type=_positive_int, metavar="N",
                        help="compilations the search may spend (default: 16 for a function; 4 per function, "
                             "at most 200, for a module)")
    parser.add_argument("--jobs", type=JOBS, metavar="N", help="parallel compilations (default: cores)")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


def add_target_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--triple", metavar="TRIPLE",
                        help="target of a .s file, e.g. thumbv7m-none-eabi (default: what the file says; an "
                             "`irlens: triple=...` comment in the file wins)")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="PATH", help="GGUF model file (env IRLENS_MODEL)")
    parser.add_argument("--lift-model", metavar="PATH",
                        help="GGUF model that lifts assembly (env IRLENS_LIFT_MODEL; default: the shipped "
                             "irlens-tiny-lift.gguf)")
    parser.add_argument("--remote", metavar="URL", help="OpenAI-compatible server (env IRLENS_REMOTE_URL)")
    parser.add_argument("--format", dest="model_format", choices=("auto", "llm-compiler", "irlens"),
                        default="auto", help="prompt format of the model (default: from its metadata)")
    parser.add_argument("--no-model", action="store_true", help="use the compiler alone")
    parser.add_argument("--n-gpu-layers", type=number("n_gpu_layers"), metavar="N",
                        help="layers offloaded to the GPU (-1: all)")
    parser.add_argument("--threads", type=number("n_threads"), metavar="N", help="CPU threads for the model")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Environment first, then whichever flags this subcommand has and the user gave."""
    settings = Settings.from_env()
    overrides = {
        "llvm_bin": getattr(args, "llvm_bin", None),
        "tool_timeout_s": getattr(args, "timeout", None),
        "max_input_mb": getattr(args, "max_input_mb", None),
        "asm_triple": getattr(args, "triple", None),
        "model_path": getattr(args, "model", None),
        "lift_model_path": getattr(args, "lift_model", None),
        "remote_url": getattr(args, "remote", None),
        "n_gpu_layers": getattr(args, "n_gpu_layers", None),
        "n_threads": getattr(args, "threads", None),
    }
    for name, value in overrides.items():
        if value is not None:
            setattr(settings, name, value)
    if getattr(args, "baseline", None):
        settings.size_baseline = args.baseline
    if getattr(args, "model_format", None):
        settings.model_format = args.model_format
    if getattr(args, "no_model", False):
        settings.model_enabled = False
    return settings


def read_source(path: Path, max_input_mb: int) -> tuple[str, SourceKind]:
    """The file's text (undecodable bytes kept as surrogates, so tools see them) and its kind; OSError for
    what is no regular file of at most `max_input_mb` MB (input_files)."""
    text = read_input_text(path, max_input_mb)
    kind: SourceKind = "asm" if path.suffix in ASM_SUFFIXES else "ir"
    return text, kind


def open_toolchain(settings: Settings) -> Toolchain | None:
    toolchain = discover(settings)
    if not toolchain.tools:
        print(f"irlens: {toolchain.problem or 'no LLVM tools found'}; install them with "
              "`apt-get install llvm-19` or set IRLENS_LLVM_BIN", file=sys.stderr)
        return None
    return toolchain


@dataclass(frozen=True)
class SourceFile:
    """What a file subcommand works on: its settings, the LLVM tools, and the file's text and kind."""

    settings: Settings
    toolchain: Toolchain
    text: str
    kind: SourceKind


def open_source_file(args: argparse.Namespace) -> SourceFile | None:
    """Settings, toolchain and `args.file`; None (having said why on stderr) when the tools or the file
    cannot be had, for which subcommands exit 2."""
    settings = settings_from_args(args)
    toolchain = open_toolchain(settings)
    if toolchain is None:
        return None
    try:
        text, kind = read_source(args.file, settings.max_input_mb)
    except OSError as error:
        print(f"irlens: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return None
    raw = text.encode("utf-8", "surrogateescape")
    if kind == "ir" and is_bitcode(raw):  # e.g. clang -emit-llvm -c: read as the text it stands for
        try:
            text = disassemble(toolchain, raw)
        except ToolFailure as error:
            print(f"irlens: cannot read {args.file} as bitcode: {error}", file=sys.stderr)
            return None
    return SourceFile(settings, toolchain, text, kind)
