"""irlens-cc's search measures the object the user's compile generates: llc with the options read from the
driver (launcher/codegen.py) makes, from the same -Oz IR, the very bytes that `clang -c` with the user's
flags makes; the standard size definition (llc's defaults) stays what the LSP, CLI and report use."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import TESTS
from irlens.engine.optimizer import SearchOptions, optimize_module
from irlens.launcher.arguments import Compile, classify
from irlens.launcher.codegen import cc1_arguments, llc_options
from irlens.launcher.search import codegen_command, front_end, measuring_toolchain
from irlens.toolchain.baseline import OZ_PIPELINE
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import LLC_ARGS, apply_pipeline, compile_object, measure_ir, measure_object

CLANG = "clang-19"
SAMPLE = TESTS / "fixtures" / "launcher_parity" / "sample.c"
STEP_S = 120

pytestmark = pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")

CASES = {
    "x86-64 (PIE by default)": [],
    "x86-64 -fno-pic": ["-fno-pic"],
    "x86-64 -fPIC": ["-fPIC"],
    "x86-64 sections": ["-ffunction-sections", "-fdata-sections"],
    "x86-64 -mcmodel=large": ["-mcmodel=large"],
    "thumbv7m cortex-m3": ["--target=thumbv7m-none-eabi", "-mcpu=cortex-m3"],
    "riscv32 rv32imac": ["--target=riscv32-unknown-elf", "-march=rv32imac"],
    "aarch64 linux": ["--target=aarch64-linux-gnu"],
}


def oz_and_clangs_object(flags: list[str], directory: Path) -> tuple[Compile, bytes, bytes]:
    """The compile, its front-end IR after `opt -Oz` (bitcode), and clang's object from that IR with the
    user's flags (the launcher's own code-generation command)."""
    unit = classify(CLANG, ["-c", "-Oz", *flags, str(SAMPLE), "-o", "sample.o"], str(directory))
    assert isinstance(unit, Compile)
    front = front_end(unit, str(directory), directory, time.monotonic() + STEP_S)
    oz = apply_pipeline(discover(), front.bitcode, OZ_PIPELINE, text=False)
    assert isinstance(oz, bytes)
    (directory / "oz.bc").write_bytes(oz)
    subprocess.run([CLANG, *codegen_command(unit, directory / "oz.bc", directory / "clang.o")],
                   cwd=directory, check=True, capture_output=True, timeout=STEP_S)
    return unit, oz, (directory / "clang.o").read_bytes()


@pytest.mark.parametrize("flags", CASES.values(), ids=CASES.keys())
def test_the_search_measures_the_object_clang_generates(flags: list[str], tmp_path: Path) -> None:
    unit, oz, clangs = oz_and_clangs_object(flags, tmp_path)
    measuring = measuring_toolchain(unit, str(tmp_path), discover(), tmp_path,
                                           time.monotonic() + STEP_S)
    measured = compile_object(measuring, oz)
    assert measure_object(measured).text_data_bytes == measure_object(clangs).text_data_bytes
    assert measured == clangs, f"llc {' '.join(measuring.codegen)} made other bytes than clang"


def test_llcs_defaults_are_not_debians_pie_compile(tmp_path: Path) -> None:
    """Why the launcher needs the options: the default compile is PIE, llc's default is static."""
    _unit, oz, clangs = oz_and_clangs_object([], tmp_path)
    standard = compile_object(discover(), oz)
    assert measure_object(standard).text_data_bytes != measure_object(clangs).text_data_bytes


def test_the_size_definition_stays_llcs_defaults() -> None:
    toolchain = discover()
    assert toolchain.codegen == ()
    ir = "@g = global ptr @f\ndefine void @f() {\n  ret void\n}\n"
    by_hand = subprocess.run([toolchain.path("llc"), *LLC_ARGS, "-o", "-"], input=ir.encode(),
                             capture_output=True, check=True, timeout=STEP_S).stdout
    assert compile_object(toolchain, ir) == by_hand


def test_measurements_with_other_llc_options_do_not_share_caches() -> None:
    toolchain = discover()
    pic = Toolchain(toolchain.version, toolchain.tools, codegen=("--relocation-model=pic",))
    static = Toolchain(toolchain.version, toolchain.tools, codegen=("--relocation-model=static",))
    assert len({toolchain.key, pic.key, static.key}) == 3
    assert Toolchain(toolchain.version, toolchain.tools).key == toolchain.key


def test_the_drivers_quoting_is_read_back(tmp_path: Path) -> None:
    """A path with quotes, a backslash, a dollar and spaces comes back from `-###` as it was given."""
    directory = tmp_path / 'a "b" $HOME \\ c'
    directory.mkdir()
    (directory / "in.bc").write_bytes(b"")
    shown = subprocess.run([CLANG, "-###", "-c", "-x", "ir", "in.bc", "-o", str(directory / "out.o")],
                           cwd=directory, capture_output=True, text=True, check=True, timeout=STEP_S)
    cc1 = cc1_arguments(shown.stderr)
    assert str(directory / "out.o") in cc1
    assert "-triple" in cc1


def test_cc1_arguments_map_to_llc_options() -> None:
    cc1 = ["-triple", "thumbv7m-unknown-none-eabi", "-mrelocation-model", "static", "-target-cpu",
           "cortex-m3", "-target-feature", "+soft-float-abi", "-target-feature", "-dsp", "-target-abi",
           "aapcs", "-mfloat-abi", "soft", "-ffunction-sections", "-mcmodel=small", "-ffp-contract=off",
           "-mllvm", "-x86-branches-within-32B-boundaries", "-D", "X=1", "-Oz"]
    assert llc_options(cc1) == (
        "--relocation-model=static", "-mcpu=cortex-m3", "-target-abi=aapcs", "-float-abi=soft",
        "--function-sections", "--code-model=small", "--fp-contract=off",
        "-x86-branches-within-32B-boundaries", "-mattr=-dsp", "--enable-no-trapping-fp-math")
    assert "--enable-no-trapping-fp-math" not in llc_options(["-ffp-exception-behavior=strict"])
    assert cc1_arguments("clang version 19\n") == []


def test_a_driver_that_shows_no_compile_leaves_clangs_object(tmp_path: Path) -> None:
    """The search cannot measure as the compile generates: clang's object stays, and the log says why."""
    shutil.copy(SAMPLE, tmp_path / "sample.c")
    wrapper = tmp_path / "bin" / CLANG
    wrapper.parent.mkdir()
    wrapper.write_text('#!/bin/sh\ncase " $* " in *" -### "*) exit 0;; esac\n'
                       f'exec {shutil.which(CLANG)} "$@"\n')
    wrapper.chmod(0o755)
    flags = ["-Oz", "-c", "sample.c"]
    subprocess.run([CLANG, *flags, "-o", "plain.o"], cwd=tmp_path, check=True, timeout=STEP_S)
    env = {**{key: value for key, value in os.environ.items() if not key.startswith("IRLENS_CC_")},
           "IRLENS_CC_CACHE_DIR": str(tmp_path / "cache"), "IRLENS_CC_LOG": str(tmp_path / "build.jsonl")}
    done = subprocess.run([sys.executable, "-m", "irlens", "cc", str(wrapper), *flags, "-o", "sample.o"],
                          cwd=tmp_path, env=env, capture_output=True, timeout=STEP_S)
    assert done.returncode == 0 and done.stderr == b""
    assert (tmp_path / "sample.o").read_bytes() == (tmp_path / "plain.o").read_bytes()
    record = json.loads((tmp_path / "build.jsonl").read_text().splitlines()[-1])
    assert record["status"] == "fallback"
    assert "no cc1 command" in record["reason"]


def test_symbols_the_backend_adds_are_not_required_of_the_search(tmp_path: Path) -> None:
    """Under PIC llc adds DW.ref.__gxx_personality_v0 for a function with landing pads; -Oz removes them
    here, and the reference with them: not an exported symbol lost (the module never defined it)."""
    source = tmp_path / "shapes.cpp"
    source.write_text("struct Shape { virtual ~Shape() = default; virtual int area() const = 0; };\n"
                      "struct Square : Shape { int side; explicit Square(int s) : side(s) {}\n"
                      "  int area() const override { return side * side; } };\n"
                      "Shape *make_square(int side) { return new Square(side); }\n")
    module = subprocess.run(["clang++-19", "-Oz", "-S", "-emit-llvm", "-Xclang", "-disable-llvm-optzns",
                             str(source), "-o", "-"], capture_output=True, text=True, check=True,
                            timeout=STEP_S).stdout
    pic = dataclasses.replace(discover(), codegen=("--relocation-model=pic",))
    assert "DW.ref.__gxx_personality_v0" in measure_ir(pic, module).exported
    found = optimize_module(pic, module, [], options=SearchOptions(baseline="paper", budget=2, jobs=1))
    assert found.strategy == "-Oz"
