"""Optimize on every target (x86-64, AArch64, Thumb / Cortex-M, RISC-V): `irlens optimize` of clang-19's
-O0 IR for each (tests/fixtures/targets) writes a module that verifies, whose size an independent
`llc -O2 -filetype=obj` + `llvm-size` confirms, never larger than `clang -Oz -c` of the same C; the LSP's
optimize edit verifies on a Thumb function; measuring assembly does not assume x86 (Thumb bit, mapping
symbols)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TESTS, apply_full_edit, line_of, lsp_session, open_document, wait_for_optimize_action
from irlens.config import Settings
from irlens.toolchain.discovery import discover
from irlens.toolchain.elf import read_elf
from irlens.toolchain.measure import measure_asm

FIXTURES = TESTS / "fixtures" / "targets"
LLVM = Path("/usr/lib/llvm-19/bin")
TRIPLES = ("x86_64-linux-gnu", "aarch64-linux-gnu", "thumbv7m-none-eabi", "riscv32-unknown-elf")
# make.sh's flags, with -fno-pic: llc's default relocation model is static (as in
# tests/toolchain/test_baseline.py)
CLANG_FLAGS = ["-ffreestanding", "-fno-asynchronous-unwind-tables", "-fno-ident", "-fno-pic"]


def text_data(obj: Path) -> int:
    """text + data as llvm-size (Berkeley) prints them."""
    listing = subprocess.run([LLVM / "llvm-size", obj], capture_output=True, text=True, check=True).stdout
    text, data = listing.splitlines()[1].split()[:2]
    return int(text) + int(data)


def triple_of(ir_text: str) -> str:
    match = re.search(r'^target triple = "([^"]*)"', ir_text, re.MULTILINE)
    assert match
    return match.group(1)


@pytest.mark.parametrize("triple", TRIPLES)
def test_optimize_verifies_measures_and_never_loses_to_clang_oz(triple: str, tmp_path: Path) -> None:
    source = FIXTURES / f"{triple}.ll"
    out = tmp_path / "out.ll"
    completed = subprocess.run([sys.executable, "-m", "irlens", "optimize", str(source), "--no-model",
                                "--json", "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)

    subprocess.run([LLVM / "opt", "-p", "verify", "-disable-output", out], check=True)
    assert triple_of(out.read_text()) == triple_of(source.read_text())  # still the fixture's target
    obj = tmp_path / "out.o"
    subprocess.run([LLVM / "llc", "-O2", "-filetype=obj", out, "-o", obj], check=True)
    assert report["size_bytes"] == text_data(obj)

    clang_obj = tmp_path / "clang-oz.o"
    subprocess.run([LLVM / "clang", f"--target={triple}", *CLANG_FLAGS, "-Oz", "-c", FIXTURES / "sizes.c",
                    "-o", clang_obj], check=True)
    assert report["oz_size_bytes"] == text_data(clang_obj)
    assert report["size_bytes"] <= text_data(clang_obj)


async def test_lsp_optimize_edit_verifies_on_thumb(tmp_path: Path) -> None:
    text = (FIXTURES / "thumbv7m-none-eabi.ll").read_text()
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "thumb.ll", text)
        line = line_of(text, "define dso_local zeroext i8 @crc4(") + 1
        optimize, _ = await wait_for_optimize_action(client, uri, line, "Optimize @crc4 for size (", 120)
        assert optimize.edit is not None
        new_text = apply_full_edit(optimize.edit)
        edited = tmp_path / "edited.ll"
        edited.write_text(new_text)
        subprocess.run([LLVM / "opt", "-p", "verify", "-disable-output", edited], check=True)
        assert triple_of(new_text) == "thumbv7m-unknown-none-eabi"
        for other in ("@sum_array(", "@fib(", "@classify("):
            assert other in new_text


# --- measuring assembly of ARM, AArch64 and RISC-V without .size ------------------------------------

# A function with a literal pool (the ABIs' `$d` mapping symbol inside it), then a second function.
THUMB = """\t.syntax unified
\t.thumb
\t.globl get
{type_get}get:
\tldr r0, .Lpool
\tbx lr
\t.p2align 2
.Lpool:
\t.long 305419896
\t.globl twice
{type_twice}twice:
\tlsls r0, r0, #1
\tbx lr
"""
AARCH64 = """\t.globl get
get:
\tldr x0, .Lpool
\tret
\t.p2align 3
.Lpool:
\t.xword 1234605616436508552
\t.globl twice
twice:
\tlsl x0, x0, #1
\tret
"""


@pytest.mark.parametrize(("triple", "asm", "expected"), [
    ("thumbv7m-none-eabi", THUMB.format(type_get="", type_twice=""), {"get": 8, "twice": 4}),
    # typed functions: st_value has the Thumb bit set (1 and 9), the code starts at 0 and 8
    ("thumbv7m-none-eabi", THUMB.format(type_get="\t.type get,%function\n",
                                        type_twice="\t.type twice,%function\n"), {"get": 8, "twice": 4}),
    ("aarch64-linux-gnu", AARCH64, {"get": 16, "twice": 8}),
])
def test_assembly_without_size_counts_literal_pools_and_no_mapping_symbols(
        triple: str, asm: str, expected: dict[str, int]) -> None:
    measured = measure_asm(discover(Settings()), asm, triple=triple)
    assert {name: f.bytes for name, f in measured.functions.items()} == expected
    assert measured.text_data_bytes == sum(expected.values())


def test_thumb_function_address_drops_the_thumb_bit(tmp_path: Path) -> None:
    asm = tmp_path / "t.s"
    asm.write_text(THUMB.format(type_get="\t.type get,%function\n", type_twice="\t.type twice,%function\n"))
    obj = tmp_path / "t.o"
    subprocess.run([LLVM / "llvm-mc", "-triple", "thumbv7m-none-eabi", "-filetype=obj", asm, "-o", obj],
                   check=True)
    symbols, _ = read_elf(obj.read_bytes())
    functions = {s.name: (s.value, s.address) for s in symbols if s.kind == "FUNC"}
    assert functions == {"get": (1, 0), "twice": (9, 8)}
