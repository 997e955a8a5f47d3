"""The real-code splits' build for the bare-metal lifting targets (models/recipe/realcode.py): the flags
a package compiles with per target, the host configure's header checks kept only where newlib has the
header, and on a small stand-in package compiled for real (clang-19 for thumbv7m and riscv32) the
selection by -O0 assembly size and the files that need headers newlib lacks, skipped and counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from models.recipe import realcode, tools

from irlens.config import Settings
from irlens.ir.asm import parse_asm
from irlens.lift.lifter import function_asm
from irlens.toolchain.discovery import discover
from irlens.toolchain.target import resolve_asm_target

pytestmark = pytest.mark.skipif(not tools.NEWLIB_INCLUDE.is_dir(), reason="needs libnewlib-dev")

SMALL = r"""
#include <string.h>
int add3(int a, int b, int c) { return a + b + c; }
size_t name_length(const char *s) { return strlen(s); }
void nothing(void) {}
"""
# well over MAX_ASM_LINES instructions at -O0: never selected
LARGE = "int large(int *x) {\n" + "".join(f"  x[{i}] = x[{i + 1}] * {i + 3};\n" for i in range(60)) + \
    "  return x[0];\n}\n"
POSIX_ONLY = "#include <dlfcn.h>\nvoid *open_plugin(const char *p) { return dlopen(p, RTLD_NOW); }\n"


def _stand_in(cache: Path) -> Path:
    tree = cache / "standin-1.0"
    (tree / "debian").mkdir(parents=True)
    (tree / "debian" / "changelog").write_text("standin (1.0-1) unstable; urgency=low\n")
    (tree / "small.c").write_text(SMALL)
    (tree / "large.c").write_text(LARGE)
    (tree / "plugin.c").write_text(POSIX_ONLY)
    (tree / "Makefile").write_text('DEFS = -DPACKAGE="standin" -DHAVE_STRING_H=1 -DHAVE_DLFCN_H=1 '
                                   "-DHAVE_SYS_TYPES_H=1 -DHAVE_NO_SUCH_THING_H=1\n")
    return tree


STAND_IN = realcode.Package(
    "standin", "realcode", ("*.c",),
    native=realcode.Build(realcode.LIBTOOL_SHARED, makefile_defs="Makefile"),
    bare_metal=realcode.Build(("-DSTATIC_BUILD=1",), makefile_defs="Makefile", defs_newlib_headers_only=True,
                              includes=("build-{target}/include",)))


def test_bare_metal_keeps_the_header_checks_newlib_passes() -> None:
    defs = ['-DPACKAGE="x"', "-DHAVE_STRING_H=1", "-DHAVE_DLFCN_H=1", "-DHAVE_SYS_TYPES_H=1",
            "-DSTDC_HEADERS=1"]
    assert realcode.bare_metal_defs(defs) == ['-DPACKAGE="x"', "-DHAVE_STRING_H=1", "-DHAVE_SYS_TYPES_H=1",
                                              "-DSTDC_HEADERS=1"]


def test_flags_per_target(tmp_path: Path) -> None:
    tree = _stand_in(tmp_path)
    native = realcode._flags(tree, STAND_IN, "x86_64")
    assert native[0] == "--target=x86_64-unknown-linux-gnu"
    assert "-fPIC" in native and "-DHAVE_DLFCN_H=1" in native
    thumb = realcode._flags(tree, STAND_IN, "thumbv7m")
    assert thumb[: len(tools.LIFT_TARGETS["thumbv7m"])] == list(tools.LIFT_TARGETS["thumbv7m"])
    assert "-fPIC" not in thumb and "-DSTATIC_BUILD=1" in thumb
    assert "-DHAVE_STRING_H=1" in thumb and "-DHAVE_DLFCN_H=1" not in thumb
    assert "-DHAVE_NO_SUCH_THING_H=1" not in thumb and f"-I{tree}/build-thumbv7m/include" in thumb
    # the shipped packages: a bare-metal build is a static library, no shared-object flags
    for package in realcode.PACKAGES:
        assert not {"-fpic", "-fPIC", "-DPIC", "-DSUN_DL=1"} & set(package.bare_metal.flags), package.name
    assert realcode.output_name("realcode_dev", "riscv32") == "realcode_dev_riscv32"
    assert realcode.output_name("realcode", "x86_64") == "realcode"


@pytest.mark.parametrize(("target", "triple", "asm_triple"),
                         [("thumbv7m", "thumbv7m-unknown-none-eabi", "thumbv7m-none-eabi"),
                          ("riscv32", "riscv32-unknown-unknown-elf", "riscv32-unknown-elf")])
def test_a_stand_in_package_compiled_for_a_bare_metal_target(tmp_path: Path, target: str, triple: str,
                                                             asm_triple: str) -> None:
    _stand_in(tmp_path)
    toolchain = discover(Settings())
    kept, sizes, skipped = realcode.package_records(tmp_path, STAND_IN, target)
    assert skipped == ["plugin.c"]  # dlfcn.h: POSIX, not newlib
    by_name = {size["function"]: size for size in sizes}
    assert set(by_name) == {"add3", "name_length", "nothing", "large"}
    assert by_name["large"]["asm_o0_lines"] > realcode.MAX_ASM_LINES
    names = {record["function"] for record in kept}
    assert "large" not in names and "add3" in names and "name_length" in names
    for record in kept:
        assert record["target"] == target and record["split"] == "realcode"
        assert realcode.MIN_ASM_LINES <= record["asm_o0_lines"] <= realcode.MAX_ASM_LINES
        assert f'target triple = "{triple}"' in record["ir"]
        assert "-fPIC" not in record["flags"] and record["asm_o2"]
        # the file's header comes with each function: its target is detected as the lifter does it
        assert resolve_asm_target(toolchain, record["asm_o0"]).triple == asm_triple
    # but stays out of the prompt of a function after the file's first, as in a whole file
    second = next(record["asm_o0"] for record in kept if record["function"] == "name_length")
    (function,) = parse_asm(second).functions
    assert "\t.file" in second and "\t.file" not in function_asm(second, function)
