"""The in-process ELF reader gives exactly what llvm-readelf and llvm-size print, on objects of every
target irlens measures (64- and 32-bit), from llc and from llvm-mc."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import REPO
from irlens.config import Settings
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.elf import ElfError, berkeley_sizes, read_elf

ROOT = REPO
TRIPLES = ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "thumbv7m-none-eabi",
           "riscv32-unknown-elf")
# Functions, a jump table, constant and writable data, bss, a common symbol and thread-locals.
SOURCE_IR = """
@table = internal constant [4 x i32] [i32 1, i32 2, i32 3, i32 5]
@counter = global i32 7
@zeroed = global [64 x i8] zeroinitializer
@shared = common global i32 0
@tls = thread_local global i32 3
@tls_zero = thread_local global i32 0

define i32 @pick(i32 %x) {
entry:
  switch i32 %x, label %other [ i32 0, label %a
                                 i32 1, label %b
                                 i32 2, label %c
                                 i32 3, label %d
                                 i32 4, label %e ]
a:
  ret i32 10
b:
  ret i32 22
c:
  ret i32 31
d:
  ret i32 47
e:
  ret i32 53
other:
  %p = getelementptr [4 x i32], ptr @table, i32 0, i32 %x
  %v = load i32, ptr %p
  ret i32 %v
}

define internal i32 @local_helper(i32 %x) {
  %y = mul i32 %x, %x
  %c = load i32, ptr @counter
  %t = load i32, ptr @tls
  %z = add i32 %y, %c
  %w = add i32 %z, %t
  ret i32 %w
}

define weak i32 @uses(i32 %x) {
  %r = call i32 @local_helper(i32 %x)
  %s = call i32 @pick(i32 %r)
  ret i32 %s
}
"""


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def _run(toolchain: Toolchain, tool: str, args: list[str], stdin: bytes | None = None) -> bytes:
    return subprocess.run([toolchain.tools[tool], *args], input=stdin, capture_output=True, check=True).stdout


def _llvm_size(toolchain: Toolchain, path: Path) -> tuple[int, int, int]:
    fields = _run(toolchain, "llvm-size", ["--format=berkeley", str(path)]).decode().splitlines()[1].split()
    return int(fields[0]), int(fields[1]), int(fields[2])


def _readelf_symbols(toolchain: Toolchain, path: Path) -> set[tuple[str, int, int, str, str, int | None]]:
    listing = _run(toolchain, "llvm-readelf", ["--symbols", "-W", str(path)]).decode()
    symbols = set()
    for line in listing.splitlines():
        parts = line.split(None, 7)
        if len(parts) == 8 and parts[0].endswith(":") and parts[0][:-1].isdigit() and parts[0] != "0:":
            _num, value, size, kind, bind, _vis, ndx, name = parts
            size_int = int(size, 16) if size.startswith("0x") else int(size)
            symbols.add((name, int(value, 16), size_int, kind, bind, int(ndx) if ndx.isdigit() else None))
    return symbols


@pytest.mark.parametrize("triple", TRIPLES)
def test_llc_objects_read_like_the_tools(toolchain: Toolchain, tmp_path: Path, triple: str) -> None:
    obj = tmp_path / "m.o"
    _run(toolchain, "llc", ["-O2", "-filetype=obj", f"-mtriple={triple}", "-o", str(obj)],
         SOURCE_IR.encode())
    symbols, sections = read_elf(obj.read_bytes())
    assert berkeley_sizes(sections) == _llvm_size(toolchain, obj)
    ours = {(s.name, s.value, s.size, s.kind, s.bind, s.section) for s in symbols if s.kind != "SECTION"}
    theirs = {s for s in _readelf_symbols(toolchain, obj) if s[3] != "SECTION"}
    assert ours == theirs
    assert {"pick", "uses", "local_helper"} <= {s.name for s in symbols if s.kind == "FUNC"}


def test_assembled_objects_read_like_the_tools(toolchain: Toolchain, tmp_path: Path) -> None:
    asm = tmp_path / "m.s"
    asm.write_bytes(_run(toolchain, "llc", ["-O0", "-o", "-"], (ROOT / "examples" / "sizes.ll").read_bytes()))
    obj = tmp_path / "m.o"
    _run(toolchain, "llvm-mc", ["-filetype=obj", "-o", str(obj), str(asm)])
    symbols, sections = read_elf(obj.read_bytes())
    assert berkeley_sizes(sections) == _llvm_size(toolchain, obj)
    assert {(s.name, s.value, s.size) for s in symbols if s.kind == "FUNC"} == {
        (s[0], s[1], s[2]) for s in _readelf_symbols(toolchain, obj) if s[3] == "FUNC"}


@pytest.mark.parametrize("data", [b"", b"\x7fELF" + b"\x02\x01" + b"\0" * 40, b"MZ" * 40,
                                  b"\x7fELF\x02\x01\x01" + b"\0" * 33 + b"\xff" * 30])
def test_garbage_is_an_error_not_a_crash(data: bytes) -> None:
    with pytest.raises(ElfError):
        read_elf(data)
