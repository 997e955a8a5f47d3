"""The numbers every feature shows, measured by the real tools: the one size definition of irlens.

- Module binary size: text + data (Berkeley columns of `llvm-size`) of `llc -O2 -filetype=obj` with
  default sections: the definition of the LLM Compiler papers, and what anyone reproduces with
  `opt ... | llc -O2 -filetype=obj -o m.o && llvm-size m.o`. Every claim that a module got smaller is
  made in these bytes.
- Function bytes: the function symbol's size (st_size) in that same object: one llc per module,
  whatever the number of functions; the object is read in process (toolchain/elf.py, which computes
  what llvm-readelf and llvm-size print, and is tested against them). Padding between functions is not in
  any symbol's size (it is in text), which is why module claims never come from summed function bytes.
- IR instructions: counted from the text.
- -Oz, under a baseline (toolchain/baseline.py): "clang" (the function attributes clang -Oz emits, then
  `opt -Oz`) or "paper" (`opt -Oz` on the IR as given).
- -Oz per function, exact: the function extracted with `llvm-extract` (callees become declarations),
  the baseline's input, `opt -Oz` and the same llc. Extraction, not the function's size inside a -Oz
  build of the whole module, because there -Oz inlines callees into their callers and deletes internal
  functions, so a function's bytes there are often not its own; the extracted function is what the
  optimizer works on, so the baseline is like for like.
- -Oz per function, batched (`oz_function_sizes`): the same numbers from one `llvm-extract
  --rfunc=.*` + one `opt -Oz` + one llc for the whole module. llvm-extract gives
  every function and global the treatment a single extraction gives them; then every definition gets
  `weak` linkage (and loses `alwaysinline`). A weak (interposable) definition is not an exact
  definition, so no pass may use its body at a call site: no inlining, no ipsccp, no function-attrs
  inference, no argpromotion, no mergefunc: each body is optimized as if alone.
- Assembly: `llvm-mc -filetype=obj`, then symbol sizes; functions without `.size` get the distance
  to the next symbol in their section (or the section's end), from addresses without ARM's Thumb bit.
  The mapping symbols of ARM, AArch64 and RISC-V objects (`$t`, `$a`, `$x`, `$d`: where code and
  literal data start, even inside a function) are neither functions nor ends of one.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import BinaryIO

from irlens.ir.abi import LINKAGES, one_of
from irlens.ir.asm import file_reading_statements
from irlens.ir.names import object_symbol
from irlens.ir.scan import scan_functions
from irlens.toolchain.baseline import OZ_PIPELINE, Baseline, baseline_input
from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.elf import ElfError, Section, Symbol, berkeley_sizes, read_elf
from irlens.toolchain.pipeline import validate_pipeline
from irlens.toolchain.runner import ToolFailure, run_tool
from irlens.toolchain.target import resolve_asm_target

LLC_ARGS = ("-O2", "-filetype=obj")  # the standard definition: default sections
# ELF mapping symbols (ARM/AArch64 ELF ABIs; RISC-V's `$x` may carry an ISA string: `$xrv32i2p1_m2p0`)
_MAPPING_SYMBOL = re.compile(r"\$[atdx](?:\..*|rv\d.*)?")


@dataclass(frozen=True)
class FunctionMeasurement:
    name: str
    ir_instructions: int | None  # None for assembly
    bytes: int | None  # None when the compile produced no symbol for it (e.g. available_externally)


@dataclass
class ModuleMeasurement:
    functions: dict[str, FunctionMeasurement] = field(default_factory=dict)
    text_bytes: int = 0
    data_bytes: int = 0
    bss_bytes: int = 0
    exported: frozenset[str] = frozenset()  # global functions and data the object defines

    @property
    def text_data_bytes(self) -> int:
        return self.text_bytes + self.data_bytes

    @property
    def ir_instructions(self) -> int:
        return sum(f.ir_instructions or 0 for f in self.functions.values())


# --- IR text ---------------------------------------------------------------------------------------

def count_ir_instructions(ir_text: str) -> dict[str, int]:
    """IR instructions per defined function (ir.scan says what an instruction is), keyed by the name
    the object file gives the function; the first definition when a malformed module repeats one."""
    counts: dict[str, int] = {}
    for scanned in scan_functions(ir_text):
        if scanned.function.is_definition:
            counts.setdefault(object_symbol(scanned.function.name), scanned.function.instruction_count)
    return counts


def defined_function_names(ir_text: str) -> list[str]:
    return list(count_ir_instructions(ir_text))


# --- object files ----------------------------------------------------------------------------------

def _read_object(obj: bytes | BinaryIO, tool: str, *,
                 max_read: int | None = None) -> tuple[list[Symbol], dict[int, Section]]:
    try:
        return read_elf(obj, max_read=max_read)
    except ElfError as error:
        raise ToolFailure(tool, "error", f"its object file could not be read: {error}") from None


def _function_sizes(symbols: list[Symbol], sections: dict[int, Section], *, asm: bool) -> dict[str, int]:
    """Symbol sizes of functions; for symbols without a size, the distance to the next symbol."""
    executable = {i for i, s in sections.items() if s.executable}
    by_section: dict[int, list[Symbol]] = {}
    symbols = [s for s in symbols if not (s.kind == "NOTYPE" and _MAPPING_SYMBOL.fullmatch(s.name))]
    for symbol in symbols:
        if symbol.section is not None and symbol.kind not in ("SECTION", "FILE"):
            by_section.setdefault(symbol.section, []).append(symbol)
    functions = [s for s in symbols if s.kind in ("FUNC", "GNU_IFUNC")]
    if asm and not functions:  # hand-written assembly without .type: every named symbol in code
        functions = [s for s in symbols if s.section in executable and s.kind == "NOTYPE" and s.name
                     and not s.name.startswith(".L")]
    sizes: dict[str, int] = {}
    for symbol in functions:
        size = symbol.size
        if size == 0 and symbol.section is not None:
            later = sorted(s.address for s in by_section.get(symbol.section, [])
                           if s.address > symbol.address)
            section = sections.get(symbol.section)
            end = later[0] if later else (section.size if section else symbol.address)
            size = max(0, end - symbol.address)
        sizes[symbol.name] = sizes.get(symbol.name, 0) + size
    return sizes


def _exported(symbols: list[Symbol]) -> frozenset[str]:
    return frozenset(s.name for s in symbols if s.bind in ("GLOBAL", "WEAK") and s.section is not None
                     and s.kind in ("FUNC", "OBJECT"))


def _measure_object(obj: bytes, instruction_counts: dict[str, int] | None) -> ModuleMeasurement:
    symbols, sections = _read_object(obj, "llc")
    text, data, bss = berkeley_sizes(sections)
    sizes = _function_sizes(symbols, sections, asm=instruction_counts is None)
    measurement = ModuleMeasurement(text_bytes=text, data_bytes=data, bss_bytes=bss,
                                    exported=_exported(symbols))
    if instruction_counts is None:
        for name, size in sizes.items():
            measurement.functions[name] = FunctionMeasurement(name, None, size)
    else:
        for name, count in instruction_counts.items():
            measurement.functions[name] = FunctionMeasurement(name, count, sizes.get(name))
    return measurement


# --- public API ------------------------------------------------------------------------------------

def compile_object(toolchain: Toolchain, ir: bytes | str) -> bytes:
    """`llc -O2 -filetype=obj` of a module (text or bitcode), with the toolchain's codegen options (none
    but in irlens-cc, which measures objects as the user's compile generates them)."""
    data = ir.encode("utf-8", "surrogateescape") if isinstance(ir, str) else ir
    result = run_tool(toolchain, "llc", [*LLC_ARGS, *toolchain.codegen, "-o", "out.o"], stdin=data,
                      outputs=["out.o"]).check()
    if "out.o" not in result.outputs:
        raise ToolFailure("llc", "error", "produced no object file")
    return result.outputs["out.o"]


def measure_ir(toolchain: Toolchain, ir: str | bytes, *,
               instruction_counts: dict[str, int] | None = None) -> ModuleMeasurement:
    """Sizes of a module. Its function entries are those of `instruction_counts` (count_ir_instructions
    of the module's text), counted from the text when not given; from bitcode without them, none."""
    obj = compile_object(toolchain, ir)
    if instruction_counts is None:
        instruction_counts = count_ir_instructions(ir) if isinstance(ir, str) else {}
    return _measure_object(obj, instruction_counts)


def measure_asm(toolchain: Toolchain, asm_text: str, *, triple: str | None = None) -> ModuleMeasurement:
    """Assembled for the file's target (`triple`: the user's asmTriple / --triple; see toolchain.target).
    A text that would make the assembler read another file is refused (ir.asm.file_reading_statements)."""
    if refused := file_reading_statements(asm_text):
        raise ToolFailure("llvm-mc", "error", f"line {refused[0].line + 1}: {refused[0].message}")
    target = resolve_asm_target(toolchain, asm_text, triple)
    if target.missing:
        raise ToolFailure("llvm-mc", "error", target.missing)
    source = target.assembler_input(asm_text).encode("utf-8", "surrogateescape")
    result = run_tool(toolchain, "llvm-mc", [*target.mc_args(), "-filetype=obj", "-o", "out.o"],
                      stdin=source, outputs=["out.o"])
    if not result.ok and target.source == "default":
        raise ToolFailure("llvm-mc", "error", target.unknown_message(result.stderr_text))
    result.check()
    if "out.o" not in result.outputs:
        raise ToolFailure("llvm-mc", "error", "produced no object file")
    return _measure_object(result.outputs["out.o"], None)


def function_bytes(toolchain: Toolchain, ir: str | bytes, name: str) -> int:
    """Object bytes of @name (the name LLVM holds, ir.names) in the standard compile of a
    module that defines it."""
    symbols, sections = _read_object(compile_object(toolchain, ir), "llc")
    sizes = _function_sizes(symbols, sections, asm=False)
    if object_symbol(name) not in sizes:
        raise ToolFailure("llc", "error", f"@{name} produced no symbol")
    return sizes[object_symbol(name)]


# IR text that keeps each value's use-list order (`uselistorder` directives), as bitcode does by
# default: llc's output depends on that order (e.g. the order of a block's predecessors), so text
# written without it can compile to other bytes than the bitcode that was measured.
KEEP_USE_LIST_ORDER = "--preserve-ll-uselistorder"


def apply_pipeline(toolchain: Toolchain, ir: str | bytes, pipeline: str, *, text: bool = True) -> str | bytes:
    """`opt -p PIPELINE` (validated first; opt verifies its input and output): IR text, or bitcode
    when `text` is False (faster to write and for llc to read, for candidates only measured). The text
    keeps the use-list order, so it compiles to the same bytes as the bitcode."""
    canonical = validate_pipeline(pipeline, toolchain)
    data = ir.encode("utf-8", "surrogateescape") if isinstance(ir, str) else ir
    result = run_tool(toolchain, "opt", ["-p", canonical, *(["-S", KEEP_USE_LIST_ORDER] if text else []),
                                         "-o", "-"], stdin=data).check()
    return result.stdout_text if text else result.stdout


def optimize_text(toolchain: Toolchain, ir: str | bytes, pipeline: str) -> str:
    """apply_pipeline's IR text."""
    optimized = apply_pipeline(toolchain, ir, pipeline)
    assert isinstance(optimized, str)
    return optimized


def is_bitcode(data: bytes) -> bool:
    """LLVM bitcode: raw (`BC` 0xC0DE) or in its wrapper header (0x0B17C0DE, little-endian)."""
    return data.startswith((b"BC\xc0\xde", b"\xde\xc0\x17\x0b"))


def disassemble(toolchain: Toolchain, bitcode: bytes) -> str:
    """Bitcode as IR text that keeps its use-list order (so it compiles to the bitcode's bytes)."""
    result = run_tool(toolchain, "llvm-dis", [KEEP_USE_LIST_ORDER, "-o", "-"], stdin=bitcode)
    return result.check().stdout_text


def assemble(toolchain: Toolchain, ir_text: str) -> bytes:
    """The module as bitcode: llvm-extract reads it lazily, several times faster than text."""
    encoded = ir_text.encode("utf-8", "surrogateescape")
    return run_tool(toolchain, "llvm-as", ["-o", "-"], stdin=encoded).check().stdout


def extract_function(toolchain: Toolchain, ir: str | bytes, name: str) -> str:
    """The module cut down to @name (callees and globals it uses become declarations), as text."""
    data = ir.encode("utf-8", "surrogateescape") if isinstance(ir, str) else ir
    result = run_tool(toolchain, "llvm-extract", [f"--func={name}", "-S", "-o", "-"], stdin=data).check()
    return result.stdout_text


def oz_function_bytes(toolchain: Toolchain, ir_text: str | bytes, name: str, *,
                      baseline: Baseline = "clang") -> int:
    """Object bytes of @name after llvm-extract, the baseline's attributes, opt -Oz and llc."""
    extracted = baseline_input(extract_function(toolchain, ir_text, name), baseline)
    return function_bytes(toolchain, apply_pipeline(toolchain, extracted, OZ_PIPELINE, text=False), name)


def oz_function_sizes_exact(toolchain: Toolchain, ir_text: str, names: Iterable[str], *,
                            baseline: Baseline = "clang", jobs: int | None = None,
                            cancel: threading.Event | None = None,
                            on_result: Callable[[str, int | None], None] | None = None
                            ) -> dict[str, int | None]:
    """oz_function_bytes for many functions, in parallel; a function whose tools fail maps to None.

    The module is turned into bitcode once, so that each extraction loads lazily instead of
    re-parsing the whole text.
    """
    bitcode = assemble(toolchain, ir_text)
    results: dict[str, int | None] = {}

    def one(name: str) -> None:
        if cancel is not None and cancel.is_set():
            return
        try:
            size: int | None = oz_function_bytes(toolchain, bitcode, name, baseline=baseline)
        except ToolFailure:
            size = None
        results[name] = size
        if on_result is not None:
            on_result(name, size)

    with ThreadPoolExecutor(max_workers=jobs or default_jobs()) as pool:
        list(pool.map(one, names))
    return results


# `define` followed by the linkage llvm-extract printed (if any); available_externally bodies are
# dropped by -Oz in an extraction too, so they keep theirs.
_DEFINE_LINKAGE = re.compile(
    r"^define (?!available_externally )"
    rf"(?:(?:{one_of(LINKAGES)}) )?", re.MULTILINE)


def _weak_define(_match: re.Match[str]) -> str:
    return "define weak "


def _interposable_module(toolchain: Toolchain, ir_text: str, baseline: Baseline) -> bytes:
    """The input of the batch's opt: every function as llvm-extract gives it, with the baseline's
    attributes, every definition weak. One name for the text as it goes, so that each copy of a 12 MB
    module is freed once the next is made, not held while opt runs."""
    module = run_tool(toolchain, "llvm-extract", ["--rfunc=.*", "-S", "-o", "-"],
                      stdin=ir_text.encode("utf-8", "surrogateescape")).check().stdout_text
    module = baseline_input(module, baseline)
    # A function, not a string, as the replacement: the interpreter runs between matches, so other
    # threads (the event loop) are not held up for the whole substitution (~120 ms on 12 MB).
    module = _DEFINE_LINKAGE.sub(_weak_define, module)
    return module.encode("utf-8", "surrogateescape")


def oz_function_sizes(toolchain: Toolchain, ir_text: str, *, baseline: Baseline = "clang",
                      names: Iterable[str] | None = None) -> dict[str, int]:
    """-Oz object bytes of every defined function, as if each were extracted alone, from one
    llvm-extract + opt -Oz + llc + llvm-readelf (see the module docstring). Functions that the
    -Oz compile emits no symbol for (available_externally) are absent. Raises ToolFailure when a
    tool fails on the module; oz_function_sizes_exact then isolates the failing functions. `names`:
    defined_function_names of the text, when the caller has them (a scan of the text less)."""
    names = defined_function_names(ir_text) if names is None else list(names)
    if not names:
        return {}
    # The always-inliner ignores interposability: forceattrs (the first pass of -Oz) drops the attribute.
    optimized = run_tool(toolchain, "opt",
                         ["-p", OZ_PIPELINE, "-force-remove-attribute=alwaysinline", "-o", "-"],
                         stdin=_interposable_module(toolchain, ir_text, baseline)).check().stdout
    symbols, sections = _read_object(compile_object(toolchain, optimized), "llc")
    sizes = _function_sizes(symbols, sections, asm=False)
    return {name: sizes[name] for name in names if name in sizes}


def oz_module_text(toolchain: Toolchain, ir_text: str, *, baseline: Baseline = "clang") -> str:
    """The module after the baseline's attributes and `opt -Oz`, as text."""
    return optimize_text(toolchain, baseline_input(ir_text, baseline), OZ_PIPELINE)


def measure_oz_module(toolchain: Toolchain, ir_text: str, *,
                      baseline: Baseline = "clang") -> ModuleMeasurement:
    """The module after -Oz under `baseline`, measured like any module (its text_data_bytes is the
    module baseline)."""
    return measure_ir(toolchain, oz_module_text(toolchain, ir_text, baseline=baseline))


def measure_object(obj: bytes) -> ModuleMeasurement:
    """Text, data, bss and exported symbols of an object file made elsewhere (e.g. by `clang -c`), by the
    same definition as every module measurement (no function entries)."""
    return _measure_object(obj, {})


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def object_function_sizes(obj: bytes | BinaryIO, *, max_read: int | None = None) -> dict[str, int]:
    """Bytes of every function symbol of an ELF object file, read as the measurements read theirs (an
    open file in parts, at most `max_read` bytes of them: see elf.read_elf)."""
    symbols, sections = _read_object(obj, "the object file reader", max_read=max_read)
    return _function_sizes(symbols, sections, asm=False)
