"""The clang -Oz baseline is what clang -Oz gives: byte for byte on four targets, from -O0 IR with or
without optnone; user attributes outside clang's -O0 set stay as written."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TESTS
from irlens.toolchain.baseline import clang_oz_attributes, clang_oz_frame_pointer

TARGETS = TESTS / "fixtures" / "targets"
TRIPLES = ("x86_64-linux-gnu", "aarch64-linux-gnu", "thumbv7m-none-eabi", "riscv32-unknown-elf")
CLANG = shutil.which("clang-19") or "/usr/lib/llvm-19/bin/clang"
FLAGS = ["-ffreestanding", "-fno-asynchronous-unwind-tables", "-fno-ident", "-fno-pic"]  # make.sh's, static


def _text_data(obj: Path) -> int:
    size = shutil.which("llvm-size-19") or "/usr/lib/llvm-19/bin/llvm-size"
    listing = subprocess.run([size, str(obj)], capture_output=True, text=True, check=True).stdout
    fields = listing.splitlines()[1]
    text, data = fields.split()[:2]
    return int(text) + int(data)


@pytest.mark.parametrize("triple", TRIPLES)
def test_clang_baseline_equals_clang_oz(tmp_path: Path, triple: str) -> None:
    """`irlens size` of the -O0 IR (made with -disable-O0-optnone) reports, as its clang -Oz module size,
    what `clang -Oz -c` of the same C gives."""
    obj = tmp_path / "ref.o"
    subprocess.run([CLANG, f"--target={triple}", *FLAGS, "-Oz", "-c", str(TARGETS / "sizes.c"),
                    "-o", str(obj)], check=True)
    size = subprocess.run([sys.executable, "-m", "irlens", "size", str(TARGETS / f"{triple}.ll"), "--json"],
                          capture_output=True, text=True, check=True)
    report = json.loads(size.stdout)
    assert report["baseline"] == "clang"
    assert report["module"]["oz_text_data_bytes"] == _text_data(obj)


def test_optnone_functions_are_recognised_as_o0(tmp_path: Path) -> None:
    source = tmp_path / "f.c"
    source.write_text("int f(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i];\n"
                      "  return s; }\n")
    ir = subprocess.run([CLANG, "--target=x86_64-linux-gnu", "-O0", "-S", "-emit-llvm", str(source),
                         "-o", "-"], capture_output=True, text=True, check=True).stdout
    converted = clang_oz_attributes(ir)
    group = converted.strip().splitlines()[-1]
    assert "minsize optsize" in group and "optnone" not in group and "noinline" not in group
    assert '"frame-pointer"' not in group  # x86-64 -Oz omits it


def test_user_noinline_outside_o0_stays() -> None:
    ir = """
define i32 @kept(i32 %x) local_unnamed_addr #0 {
  ret i32 %x
}
define i32 @other(i32 %x) local_unnamed_addr #1 {
  ret i32 %x
}
attributes #0 = { noinline nounwind "frame-pointer"="all" }
attributes #1 = { nounwind }
"""
    converted = clang_oz_attributes(ir)
    kept_group = converted.splitlines()[-2]
    assert "noinline" in kept_group and '"frame-pointer"="all"' in kept_group
    assert "minsize optsize" in kept_group
    assert "define i32 @kept(i32 %x) local_unnamed_addr #2 {" in converted


def test_definition_without_attributes_gets_a_group() -> None:
    converted = clang_oz_attributes("define void @bare() {\n  ret void\n}\n")
    assert "define void @bare() #0 {" in converted and "attributes #0 = { minsize optsize  }" not in converted
    assert converted.rstrip().endswith("attributes #0 = { minsize optsize }")


@pytest.mark.parametrize(("triple", "expected"), [
    ("x86_64-unknown-linux-gnu", "none"), ("riscv32-unknown-elf", "none"), ("aarch64-linux-gnu", "non-leaf"),
    ("thumbv7m-none-eabi", "all"), ("armv7a-linux-gnueabihf", "none"), ("mips-linux-gnu", None)])
def test_frame_pointer_per_target(triple: str, expected: str | None) -> None:
    assert clang_oz_frame_pointer(triple) == expected
