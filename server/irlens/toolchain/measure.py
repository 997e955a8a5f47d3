"""The numbers every feature shows, measured by the real tools.

- Per function: IR instruction count (from the text) and object bytes = the function symbol's size in
  ONE `llc -O2 -filetype=obj -function-sections` compile of the whole module (one llc, one
  llvm-readelf, one llvm-size, whatever the number of functions).
- Per module: text + data of that object, Berkeley columns of `llvm-size` — the binary-size
  definition of the LLM Compiler papers (and "instruction count" = IR instructions).
- -Oz per function, exact: the function extracted with `llvm-extract` (callees become declarations),
  then `opt -Oz` and the same llc. Extraction, not the function's size inside a plain -Oz build of
  the whole module, because there -Oz inlines callees into their callers and deletes internal
  functions, so a function's bytes there are often not its own or do not exist; the extracted
  function is exactly what the optimize action works on, so the baseline is like for like. This is
  three tools per function (~0.09 s each): the optimizer's -Oz floor uses it.
- -Oz per function, batched (`oz_function_sizes`): the same numbers from one `llvm-extract
  --rfunc=.*` + one `opt -Oz` + one llc + one llvm-readelf for the whole module. llvm-extract gives
  every function and global the treatment a single extraction gives them (global variables become
  declarations, local functions external hidden, linkonce weak); then every definition gets `weak`
  linkage (and loses `alwaysinline`, which the always-inliner honours even for weak callees). A weak
  (interposable) definition is not an exact definition, so no pass may use its body
  at a call site: no inlining, no ipsccp return/argument constants, no function-attrs inference,
  no deadargelim/argpromotion, no mergefunc — each caller sees only what it would see of a
  declaration, and each body is optimized on its own. On examples/sizes.ll, a generated 200-function
  module with calls, and csmith programs, it equals the exact extraction byte for byte.
- -Oz per module: `opt -Oz` on the module, then the same llc and llvm-size.
- Assembly: `llvm-mc -filetype=obj`, then symbol sizes; functions without `.size` get the distance
  to the next symbol in their section (or the section's end).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.pipeline import validate_pipeline
from irlens.toolchain.runner import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_S, ToolFailure, run_tool

LLC_ARGS = ("-O2", "-filetype=obj", "-function-sections", "-data-sections")
OZ_PIPELINE = "default<Oz>"


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


@dataclass(frozen=True)
class _Symbol:
    name: str
    value: int
    size: int
    kind: str  # FUNC, OBJECT, NOTYPE, ...
    bind: str  # LOCAL, GLOBAL, WEAK
    section: int | None


@dataclass(frozen=True)
class _Section:
    index: int
    name: str
    size: int
    flags: str


# --- IR text ---------------------------------------------------------------------------------------

_DEFINE_NAME = re.compile(r'@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)\s*\(')
_LABEL = re.compile(r'^(?:[-a-zA-Z$._0-9]+|"(?:[^"\\]|\\.)*"):')


def ir_symbol_name(token: str) -> str:
    """`foo`, `"foo bar"` or `"\\01foo"` as written after `@` -> the name the object file uses."""
    if token.startswith('"') and token.endswith('"'):
        token = re.sub(r"\\([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), token[1:-1])
    return token.removeprefix("\x01")


def count_ir_instructions(ir_text: str) -> dict[str, int]:
    """Instructions per defined function, by a linear scan (labels, comments, `}` and the rows of a
    multi-line `switch [...]`/`indirectbr [...]` are not instructions)."""
    counts: dict[str, int] = {}
    current: str | None = None
    in_table = False
    for raw in ir_text.splitlines():
        line = raw.strip()
        if current is None:
            if line.startswith("define ") or line.startswith("define\t"):
                match = _DEFINE_NAME.search(line)
                if match:
                    current = ir_symbol_name(match.group(1))
                    counts[current] = 0
                    if line.rstrip().endswith("}"):  # `define ... { ret void }` on one line
                        current = None
            continue
        if not line or line.startswith(";"):
            continue
        if in_table:
            in_table = not line.startswith("]")
            continue
        if line == "}" or line.startswith("} "):
            current = None
            continue
        if _LABEL.match(line):
            continue
        counts[current] += 1
        in_table = line.split(";", 1)[0].rstrip().endswith("[")
    return counts


def defined_function_names(ir_text: str) -> list[str]:
    return list(count_ir_instructions(ir_text))


# --- object files ----------------------------------------------------------------------------------

def _readelf(toolchain: Toolchain, obj: bytes, timeout_s: float, memory_mb: int
             ) -> tuple[list[_Symbol], dict[int, _Section]]:
    result = run_tool(toolchain, "llvm-readelf", ["--section-headers", "--symbols", "-W", "obj.o"],
                      files={"obj.o": obj}, timeout_s=timeout_s, memory_mb=memory_mb).check()
    sections: dict[int, _Section] = {}
    symbols: list[_Symbol] = []
    for line in result.stdout_text.splitlines():
        stripped = line.strip()
        section = re.match(r"\[\s*(\d+)\]\s+(\S*)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+[0-9a-f]+\s+"
                           r"([A-Za-z]*)\s+\d+", stripped)
        if section:
            index = int(section.group(1))
            sections[index] = _Section(index, section.group(2), int(section.group(3), 16), section.group(4))
            continue
        parts = stripped.split(None, 7)
        if len(parts) == 8 and parts[0].endswith(":") and parts[0][:-1].isdigit():
            _num, value, size, kind, bind, _vis, ndx, name = parts
            try:
                size_int = int(size, 16) if size.startswith("0x") else int(size)
                symbols.append(_Symbol(name, int(value, 16), size_int, kind, bind,
                                       int(ndx) if ndx.isdigit() else None))
            except ValueError:
                continue
    return symbols, sections


def _berkeley_sizes(toolchain: Toolchain, obj: bytes, timeout_s: float,
                    memory_mb: int) -> tuple[int, int, int]:
    result = run_tool(toolchain, "llvm-size", ["--format=berkeley", "obj.o"], files={"obj.o": obj},
                      timeout_s=timeout_s, memory_mb=memory_mb).check()
    for line in result.stdout_text.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 3 and all(f.isdigit() for f in fields[:3]):
            return int(fields[0]), int(fields[1]), int(fields[2])
    raise ToolFailure("llvm-size", "error", "no Berkeley size line in its output")


def _function_sizes(symbols: list[_Symbol], sections: dict[int, _Section], *, asm: bool) -> dict[str, int]:
    """Symbol sizes of functions; for symbols without a size, the distance to the next symbol."""
    executable = {i for i, s in sections.items() if "X" in s.flags}
    by_section: dict[int, list[_Symbol]] = {}
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
            later = sorted(s.value for s in by_section.get(symbol.section, []) if s.value > symbol.value)
            section = sections.get(symbol.section)
            end = later[0] if later else (section.size if section else symbol.value)
            size = max(0, end - symbol.value)
        sizes[symbol.name] = sizes.get(symbol.name, 0) + size
    return sizes


def _exported(symbols: list[_Symbol]) -> frozenset[str]:
    return frozenset(s.name for s in symbols if s.bind in ("GLOBAL", "WEAK") and s.section is not None
                     and s.kind in ("FUNC", "OBJECT"))


def _measure_object(toolchain: Toolchain, obj: bytes, instruction_counts: dict[str, int] | None,
                    timeout_s: float, memory_mb: int) -> ModuleMeasurement:
    symbols, sections = _readelf(toolchain, obj, timeout_s, memory_mb)
    text, data, bss = _berkeley_sizes(toolchain, obj, timeout_s, memory_mb)
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

def compile_object(toolchain: Toolchain, ir: bytes | str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                   memory_mb: int = DEFAULT_MEMORY_MB) -> bytes:
    """`llc -O2 -filetype=obj -function-sections` of a module (text or bitcode)."""
    data = ir.encode("utf-8") if isinstance(ir, str) else ir
    result = run_tool(toolchain, "llc", [*LLC_ARGS, "-o", "out.o"], stdin=data, outputs=["out.o"],
                      timeout_s=timeout_s, memory_mb=memory_mb).check()
    if "out.o" not in result.outputs:
        raise ToolFailure("llc", "error", "produced no object file")
    return result.outputs["out.o"]


def measure_ir(toolchain: Toolchain, ir_text: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
               memory_mb: int = DEFAULT_MEMORY_MB) -> ModuleMeasurement:
    obj = compile_object(toolchain, ir_text, timeout_s=timeout_s, memory_mb=memory_mb)
    return _measure_object(toolchain, obj, count_ir_instructions(ir_text), timeout_s, memory_mb)


def measure_asm(toolchain: Toolchain, asm_text: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                memory_mb: int = DEFAULT_MEMORY_MB) -> ModuleMeasurement:
    result = run_tool(toolchain, "llvm-mc", ["-filetype=obj", "-o", "out.o"],
                      stdin=asm_text.encode("utf-8", "surrogateescape"), outputs=["out.o"],
                      timeout_s=timeout_s, memory_mb=memory_mb).check()
    if "out.o" not in result.outputs:
        raise ToolFailure("llvm-mc", "error", "produced no object file")
    return _measure_object(toolchain, result.outputs["out.o"], None, timeout_s, memory_mb)


def apply_pipeline(toolchain: Toolchain, ir_text: str, pipeline: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                   memory_mb: int = DEFAULT_MEMORY_MB) -> str:
    """`opt -p PIPELINE -S` (the pipeline is validated first; opt verifies its input and output)."""
    canonical = validate_pipeline(pipeline, toolchain, timeout_s=timeout_s)
    result = run_tool(toolchain, "opt", ["-p", canonical, "-S", "-o", "-"], stdin=ir_text.encode("utf-8"),
                      timeout_s=timeout_s, memory_mb=memory_mb).check()
    return result.stdout_text


def extract_function(toolchain: Toolchain, ir: str | bytes, name: str, *,
                     timeout_s: float = DEFAULT_TIMEOUT_S, memory_mb: int = DEFAULT_MEMORY_MB) -> str:
    """The module cut down to @name (callees and globals it uses become declarations), as text."""
    data = ir.encode("utf-8") if isinstance(ir, str) else ir
    result = run_tool(toolchain, "llvm-extract", [f"--func={name}", "-S", "-o", "-"], stdin=data,
                      timeout_s=timeout_s, memory_mb=memory_mb).check()
    return result.stdout_text


def oz_function_bytes(toolchain: Toolchain, ir_text: str | bytes, name: str, *,
                      timeout_s: float = DEFAULT_TIMEOUT_S, memory_mb: int = DEFAULT_MEMORY_MB) -> int:
    """Object bytes of @name after llvm-extract + opt -Oz + llc (see the module docstring for why)."""
    extracted = extract_function(toolchain, ir_text, name, timeout_s=timeout_s, memory_mb=memory_mb)
    optimized = run_tool(toolchain, "opt", ["-p", OZ_PIPELINE, "-o", "-"], stdin=extracted.encode("utf-8"),
                         timeout_s=timeout_s, memory_mb=memory_mb).check().stdout
    obj = compile_object(toolchain, optimized, timeout_s=timeout_s, memory_mb=memory_mb)
    symbols, sections = _readelf(toolchain, obj, timeout_s, memory_mb)
    sizes = _function_sizes(symbols, sections, asm=False)
    if name not in sizes:
        raise ToolFailure("llc", "error", f"@{name} produced no symbol")
    return sizes[name]


def oz_function_sizes_exact(toolchain: Toolchain, ir_text: str, names: Iterable[str], *,
                            timeout_s: float = DEFAULT_TIMEOUT_S, memory_mb: int = DEFAULT_MEMORY_MB,
                            jobs: int | None = None, cancel: threading.Event | None = None,
                            on_result: Callable[[str, int | None], None] | None = None
                            ) -> dict[str, int | None]:
    """oz_function_bytes for many functions, in parallel; a function whose tools fail maps to None.

    The module is turned into bitcode once, so that each extraction loads lazily instead of
    re-parsing the whole text.
    """
    bitcode = run_tool(toolchain, "llvm-as", ["-o", "-"], stdin=ir_text.encode("utf-8"),
                       timeout_s=timeout_s, memory_mb=memory_mb).check().stdout
    results: dict[str, int | None] = {}

    def one(name: str) -> None:
        if cancel is not None and cancel.is_set():
            return
        try:
            size: int | None = oz_function_bytes(toolchain, bitcode, name, timeout_s=timeout_s,
                                                 memory_mb=memory_mb)
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
    r"(?:(?:private|internal|linkonce|weak|linkonce_odr|weak_odr|external) )?", re.MULTILINE)


def oz_function_sizes(toolchain: Toolchain, ir_text: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                      memory_mb: int = DEFAULT_MEMORY_MB) -> dict[str, int]:
    """-Oz object bytes of every defined function, as if each were extracted alone, from one
    llvm-extract + opt -Oz + llc + llvm-readelf (see the module docstring). Functions that the
    -Oz compile emits no symbol for (available_externally) are absent. Raises ToolFailure when a
    tool fails on the module; oz_function_sizes_exact then isolates the failing functions."""
    names = defined_function_names(ir_text)
    if not names:
        return {}
    isolated = run_tool(toolchain, "llvm-extract", ["--rfunc=.*", "-S", "-o", "-"],
                        stdin=ir_text.encode("utf-8"), timeout_s=timeout_s, memory_mb=memory_mb)
    interposable = _DEFINE_LINKAGE.sub("define weak ", isolated.check().stdout_text)
    # The always-inliner ignores interposability: forceattrs (the first pass of -Oz) drops the attribute.
    optimized = run_tool(toolchain, "opt",
                         ["-p", OZ_PIPELINE, "-force-remove-attribute=alwaysinline", "-o", "-"],
                         stdin=interposable.encode("utf-8"), timeout_s=timeout_s, memory_mb=memory_mb)
    obj = compile_object(toolchain, optimized.check().stdout, timeout_s=timeout_s, memory_mb=memory_mb)
    symbols, sections = _readelf(toolchain, obj, timeout_s, memory_mb)
    sizes = _function_sizes(symbols, sections, asm=False)
    return {name: sizes[name] for name in names if name in sizes}


def measure_oz_module(toolchain: Toolchain, ir_text: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                      memory_mb: int = DEFAULT_MEMORY_MB) -> ModuleMeasurement:
    """The module after `opt -Oz`, measured like any module (its text_data_bytes is the -Oz baseline)."""
    optimized = run_tool(toolchain, "opt", ["-p", OZ_PIPELINE, "-S", "-o", "-"],
                         stdin=ir_text.encode("utf-8"), timeout_s=timeout_s, memory_mb=memory_mb)
    optimized_text = optimized.check().stdout_text
    return measure_ir(toolchain, optimized_text, timeout_s=timeout_s, memory_mb=memory_mb)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def object_function_sizes(toolchain: Toolchain, obj: bytes) -> dict[str, int]:
    """Bytes of every function symbol of an object file (llvm-readelf), as the measurements use."""
    symbols, sections = _readelf(toolchain, obj, DEFAULT_TIMEOUT_S, DEFAULT_MEMORY_MB)
    return _function_sizes(symbols, sections, asm=False)
