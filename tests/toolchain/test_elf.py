"""The in-process ELF reader gives exactly what llvm-readelf and llvm-size print, on objects of every
target irlens measures (64- and 32-bit), from llc and from llvm-mc."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO
from irlens.config import Settings
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.elf import SHT_REL, SHT_RELA, ElfError, berkeley_sizes, read_elf, read_relocations
from irlens.toolchain.gc_reach import exported_reach

ROOT = REPO
GC_SOURCES = ROOT / "tests" / "fixtures" / "gc_sections"
CLANG = "clang-19"
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


def _readelf_relocations(toolchain: Toolchain, path: Path) -> dict[str, list[tuple[int, int, int | None]]]:
    """llvm-readelf -r: relocation section name -> (offset, r_info, addend or None) of each entry."""
    listing = _run(toolchain, "llvm-readelf", ["-r", "-W", str(path)]).decode()
    found: dict[str, list[tuple[int, int, int | None]]] = {}
    current: list[tuple[int, int, int | None]] = []
    for line in listing.splitlines():
        if line.startswith("Relocation section '"):
            current = found.setdefault(line.split("'")[1], [])
            continue
        parts = line.split()
        if len(parts) >= 3 and all(c in "0123456789abcdef" for c in parts[0] + parts[1]):
            addend = None
            if len(parts) >= 2 and parts[-2] in ("+", "-"):
                addend = int(parts[-1], 16) * (-1 if parts[-2] == "-" else 1)
            current.append((int(parts[0], 16), int(parts[1], 16), addend))
    return found


@pytest.mark.parametrize("triple", TRIPLES)
def test_relocations_read_like_readelf(toolchain: Toolchain, tmp_path: Path, triple: str) -> None:
    """REL (ARM) and RELA, ELF32 and ELF64: every entry's offset, symbol, type and addend."""
    obj = tmp_path / "m.o"
    _run(toolchain, "llc", ["-O2", "-filetype=obj", f"-mtriple={triple}", "--function-sections",
                            "--data-sections", "-o", str(obj)], SOURCE_IR.encode())
    data = obj.read_bytes()
    _symbols, sections = read_elf(data)
    wide = data[4] == 2
    ours: dict[str, list[tuple[int, int, int | None]]] = {}
    for section in sections.values():
        if section.kind in (SHT_REL, SHT_RELA):
            entries = read_relocations(data, sections)[section.info]
            ours[section.name] = [(r.offset, (r.symbol << 32 | r.kind) if wide else (r.symbol << 8 | r.kind),
                                   r.addend) for r in entries]
    theirs = _readelf_relocations(toolchain, obj)
    assert len(ours) >= 3 and ours.keys() == theirs.keys()
    for name, entries in ours.items():
        # readelf prints an addend only with a symbol; compare it where it does
        assert [(o, i) for o, i, _a in entries] == [(o, i) for o, i, _a in theirs[name]]
        assert [a for (_o, _i, a), (_, _, t) in zip(entries, theirs[name], strict=True) if t is not None] \
            == [t for _o, _i, t in theirs[name] if t is not None]
    every = [r for found in read_relocations(data, sections).values() for r in found]
    assert any(r.symbol and r.addend is None for r in every) == triple.startswith("thumb")  # ARM: REL


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


def _clang_object(tmp_path: Path, source: str, *flags: str) -> Path:
    obj = tmp_path / f"{source}{''.join(flags)}.o".replace("/", "_")
    subprocess.run([CLANG, "-Oz", *flags, "-c", str(GC_SOURCES / source), "-o", str(obj)], check=True)
    return obj


@pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")
@pytest.mark.parametrize(("source", "root", "change"), [("grow.c", "kept", 18), ("moved.c", "hash6", -97)])
def test_reach_changes_as_a_gc_sections_link_does(toolchain: Toolchain, tmp_path: Path, source: str,
                                                  root: str, change: int) -> None:
    """A root's reach moves by what GNU ld's --gc-sections link rooted at it moves by (FDEs and their
    .eh_frame_hdr entries included)."""
    reach: dict[str, int] = {}
    linked: dict[str, int] = {}
    for variant, defines in (("plain", ()), ("irlens", ("-DIRLENS",))):
        obj = _clang_object(tmp_path, source, "-ffunction-sections", "-fdata-sections", *defines)
        reach[variant] = exported_reach(obj.read_bytes())[root]
        executable = tmp_path / f"{variant}.elf"
        subprocess.run([CLANG, "-nostdlib", "-static", "-Wl,--gc-sections", f"-Wl,-e,{root}", str(obj), "-o",
                        str(executable)], check=True)
        linked[variant] = sum(berkeley_sizes(read_elf(executable.read_bytes())[1])[:2])
    assert reach["irlens"] - reach["plain"] == linked["irlens"] - linked["plain"] == change


@pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")
def test_reach_counts_what_a_dynamic_pie_link_adds_for_an_import(tmp_path: Path) -> None:
    """imports.c: the -DIRLENS root is 9 bytes smaller but calls strcpy; a dynamic PIE link against libc
    (Debian clang's default) adds its PLT stub, .got.plt slot, .rela.plt entry and dynamic symbol."""
    reach: dict[str, int] = {}
    linked: dict[str, int] = {}
    own: dict[str, int] = {}
    for variant, defines in (("plain", ()), ("irlens", ("-DIRLENS",))):
        obj = _clang_object(tmp_path, "imports.c", "-ffunction-sections", "-fdata-sections", *defines)
        executable = tmp_path / f"{variant}.elf"
        subprocess.run([CLANG, "-nostartfiles", "-Wl,--gc-sections", "-Wl,-e,root", str(obj), "-o",
                        str(executable)], check=True)
        reach[variant] = exported_reach(obj.read_bytes())["root"]
        linked[variant] = sum(berkeley_sizes(read_elf(executable.read_bytes())[1])[:2])
        own[variant] = sum(berkeley_sizes(read_elf(obj.read_bytes())[1])[:2])
    assert own["irlens"] < own["plain"]
    assert reach["irlens"] - reach["plain"] == linked["irlens"] - linked["plain"] == 72


@pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")
def test_reach_follows_arm_unwind_index_and_data(tmp_path: Path) -> None:
    """thumbv7m: a function's .ARM.exidx section (SHF_LINK_ORDER) and the data it refers to are kept
    with it; a pointer's target is kept with the pointer; nothing else is."""
    source = tmp_path / "r.c"
    source.write_text('int g(int);\nconst char *s(void) { return "hello"; }\n'
                      "int f(int x) { return g(x) + 1; }\nint t[4] = {1, 2, 3, 4};\nint *p = t;\n")
    obj = tmp_path / "r.o"
    subprocess.run([CLANG, "--target=thumbv7m-none-eabi", "-mcpu=cortex-m3", "-Oz", "-ffunction-sections",
                    "-fdata-sections", "-c", str(source), "-o", str(obj)], check=True)
    _symbols, sections = read_elf(obj.read_bytes())
    size = {s.name: s.size for s in sections.values()}
    assert exported_reach(obj.read_bytes()) == {
        "s": size[".text.s"] + size[".ARM.exidx.text.s"] + size[".rodata.str1.1"],
        "f": size[".text.f"] + size[".ARM.exidx.text.f"],
        "t": size[".data.t"],
        "p": size[".data.p"] + size[".data.t"]}
