"""Thin, self-contained wrappers around the LLVM 19 tools the recipe drives.

The recipe calls the tools directly (not through irlens.toolchain) so that it keeps working with
nothing but LLVM installed, and so that it can run on a remote worker with unpacked .debs.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

from irlens.ir.scan import scan_functions

TARGET = "x86_64-unknown-linux-gnu"
O0_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", f"--target={TARGET}")
# The lifting targets of `--stage lift-data` (`--lift-target`): clang's options for each. The bare-metal
# ones read newlib's headers (Debian's libnewlib-dev, as models/eval/make_modules.sh; scripts/install.sh
# installs it) behind clang's own freestanding headers (-nostdlibinc).
NEWLIB_INCLUDE = Path("/usr/include/newlib")
LIFT_TARGETS: dict[str, tuple[str, ...]] = {
    "x86_64": (f"--target={TARGET}",),
    "thumbv7m": ("--target=thumbv7m-none-eabi", "-mcpu=cortex-m3", "-mthumb", "-nostdlibinc",
                 "-isystem", str(NEWLIB_INCLUDE)),
    "riscv32": ("--target=riscv32-unknown-elf", "-nostdlibinc", "-isystem", str(NEWLIB_INCLUDE)),
    "aarch64": ("--target=aarch64-none-elf", "-nostdlibinc", "-isystem", str(NEWLIB_INCLUDE)),  # bare metal
}


class ToolError(Exception):
    """A tool failed, crashed or timed out; the message is one line."""


def tool(name: str) -> str:
    """Path of an LLVM 19 tool: $IRLENS_LLVM_BIN, then `name-19`, then /usr/lib/llvm-19/bin."""
    candidates = []
    if os.environ.get("IRLENS_LLVM_BIN"):
        candidates.append(str(Path(os.environ["IRLENS_LLVM_BIN"]) / name))
    candidates += [shutil.which(f"{name}-19") or "", f"/usr/lib/llvm-19/bin/{name}"]
    for path in candidates:
        if path and os.access(path, os.X_OK):
            return path
    raise ToolError(f"{name} (LLVM 19) not found: apt-get install llvm-19 clang-19")


def run(args: list[str], *, stdin: bytes | None = None, timeout_s: float = 60.0, cwd: str | None = None
        ) -> bytes:
    try:
        proc = subprocess.run(args, input=stdin, capture_output=True, timeout=timeout_s, cwd=cwd, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ToolError(f"{Path(args[0]).name} timed out after {timeout_s:.0f}s") from exc
    if proc.returncode != 0:
        first = proc.stderr.decode(errors="replace").strip().splitlines()[:1]
        raise ToolError(f"{Path(args[0]).name} exited {proc.returncode}: {first[0] if first else ''}")
    return proc.stdout


def compile_c_to_ir(source: Path, include_dirs: list[Path], extra: tuple[str, ...] = (),
                    target: str = "x86_64") -> str:
    """clang -O0 IR of a C file for one of LIFT_TARGETS (the IR names the target; llc follows it)."""
    if target != "x86_64" and not NEWLIB_INCLUDE.is_dir():
        raise ToolError(f"{target} needs newlib's headers in {NEWLIB_INCLUDE}: apt-get install libnewlib-dev")
    args = [tool("clang"), *O0_FLAGS[:-1], *LIFT_TARGETS[target], "-S", "-emit-llvm", "-w", "-o", "-",
            str(source), *extra]
    args += [f"-I{d}" for d in include_dirs]
    return run(args, timeout_s=60).decode()


def apply_pipeline(ir: str, pipeline: str) -> str:
    """opt -passes=PIPELINE on IR text; the pipeline is one argv element, never a shell string."""
    args = [tool("opt"), "-S", f"-passes={pipeline}", "-o", "-", "-"]
    return run(args, stdin=ir.encode(), timeout_s=60).decode()


def object_bytes(ir: str, opt_level: str = "-O2") -> bytes:
    return run([tool("llc"), opt_level, "-filetype=obj", "-o", "-", "-"], stdin=ir.encode(), timeout_s=60)


def assembly(ir: str, opt_level: str) -> str:
    return run([tool("llc"), opt_level, "-o", "-", "-"], stdin=ir.encode(), timeout_s=60).decode()


_SHF_WRITE, _SHF_ALLOC, _SHT_NOBITS = 0x1, 0x2, 8


def elf_text_data(obj: bytes) -> int:
    """text+data of an ELF64 object as llvm-size's Berkeley format counts them (allocated sections,
    NOBITS excluded): the same figure as running llvm-size, without a process per measurement."""
    if obj[:4] != b"\x7fELF" or obj[4] != 2:
        raise ToolError("not an ELF64 object")
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", obj, 0x3A)
    total = 0
    for index in range(shnum):
        _, sh_type, flags, _, _, size = struct.unpack_from("<IIQQQQ", obj, shoff + index * shentsize)
        if flags & _SHF_ALLOC and sh_type != _SHT_NOBITS:
            total += size
    return total


_SHT_SYMTAB = 2


def elf_symbol_sizes(obj: bytes) -> dict[str, int]:
    """st_size of every named symbol of an ELF64 object (a function's bytes, as its symbol records)."""
    if obj[:4] != b"\x7fELF" or obj[4] != 2:
        raise ToolError("not an ELF64 object")
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", obj, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", obj, shoff + i * shentsize) for i in range(shnum)]
    sizes: dict[str, int] = {}
    for _, sh_type, _, _, offset, size, link, _, _, entsize in headers:
        if sh_type != _SHT_SYMTAB or not entsize:
            continue
        strtab_offset = headers[link][4]
        for entry in range(offset, offset + size, entsize):
            st_name, _, _, _, _, st_size = struct.unpack_from("<IBBHQQ", obj, entry)
            if st_name:
                end = obj.index(b"\0", strtab_offset + st_name)
                sizes[obj[strtab_offset + st_name:end].decode(errors="replace")] = st_size
    return sizes


def text_data_bytes(ir: str) -> int:
    """text+data (Berkeley) of the object llc -O2 makes of the IR."""
    return elf_text_data(object_bytes(ir))


def ir_instruction_count(ir: str) -> int:
    """IR instructions in the bodies of defined functions (irlens.ir.scan says what one is)."""
    return sum(s.function.instruction_count for s in scan_functions(ir) if s.function.is_definition)


def defined_functions(ir: str) -> list[str]:
    """Defined functions' names as written after `@` (quoted ones with their quotes)."""
    return [s.function.token for s in scan_functions(ir) if s.function.is_definition]


def extract_function(ir: str, name: str) -> str:
    """The module llvm-extract makes for one function, with the function given external linkage so
    that module passes (globaldce) cannot delete the very function being measured."""
    out = run([tool("llvm-extract"), f"--func={name.strip(chr(34))}", "-S", "-o", "-", "-"],
              stdin=ir.encode(), timeout_s=60).decode()
    lines = []
    for line in out.splitlines():
        if line.startswith("define "):
            line = re.sub(r"^define (dso_local )?(internal|private|linkonce_odr|weak|linkonce) ",
                          r"define \1", line)
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Measured:
    bytes: int
    ir_count: int
    ir: str


def measure_pipeline(ir: str, pipeline: str | None) -> Measured:
    optimized = apply_pipeline(ir, pipeline) if pipeline else ir
    return Measured(text_data_bytes(optimized), ir_instruction_count(optimized), optimized)
