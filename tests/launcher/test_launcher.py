"""irlens-cc (server/irlens/build/): a real C project built with make and clang-19, with and without the
launcher; what passes through; the cache between builds; the build summary; a cross target."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO, TESTS
from irlens.config import Settings
from irlens.launcher.arguments import Compile, PassThrough, classify
from irlens.launcher.search import dependency_paths, rejection
from irlens.launcher.settings import DEFAULT_BUDGET, DEFAULT_TIME_S, WIDE_TIME_S, SearchSettings
from irlens.launcher.summary import kept_reasons
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import SearchOptions, optimize_module
from irlens.toolchain.baseline import OZ_PIPELINE
from irlens.toolchain.discovery import discover
from irlens.toolchain.gc_reach import exported_reach, reach_growth
from irlens.toolchain.measure import apply_pipeline, compile_object, disassemble, measure_object

CLANG = "clang-19"
PROJECT = TESTS / "fixtures" / "launcher_project"
GC_SOURCES = TESTS / "fixtures" / "gc_sections"
LAUNCHER = [sys.executable, "-m", "irlens", "cc"]
TUS = ("main", "util", "text")
BUILD_S = 240  # a cold make -j2 of three small files takes ~6 s on 2 busy cores
COMPILE_S = 120

pytestmark = pytest.mark.skipif(shutil.which(CLANG) is None, reason="needs clang-19")


def launcher_env(root: Path, **extra: str) -> dict[str, str]:
    """The launcher's settings for one test: its own cache and log (the default budget: 8 compilations)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("IRLENS_CC_")}
    env.update({"IRLENS_CC_CACHE_DIR": str(root / "cache"), "IRLENS_CC_LOG": str(root / "build.jsonl"),
                **extra})
    return env


def log_records(log: Path) -> list[dict]:
    """The build log's records (a directory: its build.jsonl, as launcher_env names it)."""
    path = log / "build.jsonl" if log.is_dir() else log
    return [json.loads(line) for line in path.read_text().splitlines()]


def make(directory: Path, compiler: str, env: dict[str, str] | None = None, *targets: str,
         jobs: int = 2) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", f"-j{jobs}", f"CC={compiler}", *targets], cwd=directory, env=env,
                          capture_output=True, text=True, timeout=BUILD_S, check=True)


def compile_with(command: list[str], directory: Path, env: dict[str, str] | None = None,
                 ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, cwd=directory, env=env, capture_output=True, timeout=COMPILE_S)


@dataclass
class Builds:
    plain: Path
    irlens: Path
    root: Path
    make_stderr: str
    cold_s: float


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    """The project built by clang-19 alone and by `make -j2 CC="python -m irlens cc clang-19"`."""
    root = tmp_path_factory.mktemp("launcher")
    plain, irlens = root / "plain", root / "irlens"
    shutil.copytree(PROJECT, plain)
    shutil.copytree(PROJECT, irlens)
    make(plain, CLANG)
    started = time.monotonic()
    built = make(irlens, " ".join([*LAUNCHER, CLANG]), launcher_env(root))
    return Builds(plain, irlens, root, built.stderr, time.monotonic() - started)


def test_objects_are_never_larger_and_export_the_same_symbols(builds: Builds) -> None:
    smaller = 0
    for unit in TUS:
        plain = measure_object((builds.plain / f"{unit}.o").read_bytes())
        launched = measure_object((builds.irlens / f"{unit}.o").read_bytes())
        assert launched.text_data_bytes <= plain.text_data_bytes, unit
        assert launched.exported == plain.exported, unit
        smaller += launched.text_data_bytes < plain.text_data_bytes
    assert smaller >= 1  # util.c's functions have smaller versions than -Oz's (27 bytes on x86-64)


def test_the_program_prints_what_the_plain_build_prints(builds: Builds) -> None:
    runs = [subprocess.run([str(tree / "program")], capture_output=True, timeout=10, check=True).stdout
            for tree in (builds.plain, builds.irlens)]
    assert runs[0] == runs[1]
    assert b"rehcnual" in runs[0]


def test_dependency_files_and_diagnostics_are_the_compilers(builds: Builds) -> None:
    for unit in TUS:
        assert (builds.irlens / f"{unit}.d").read_bytes() == (builds.plain / f"{unit}.d").read_bytes()
    assert "irlens" not in builds.make_stderr  # a build log as quiet as without the launcher


def test_the_log_and_the_summary_account_for_every_object(builds: Builds) -> None:
    records = {r["output"]: r for r in log_records(builds.root)}
    assert set(records) == {f"{unit}.o" for unit in TUS}  # the link step passes through unlogged
    for unit in TUS:
        record = records[f"{unit}.o"]
        plain = measure_object((builds.plain / f"{unit}.o").read_bytes()).text_data_bytes
        assert record["plain_bytes"] == plain
        if record["status"] == "smaller":
            launched = measure_object((builds.irlens / f"{unit}.o").read_bytes())
            assert record["irlens_bytes"] == launched.text_data_bytes
        else:
            assert record["status"] == "kept", record
            assert (builds.irlens / f"{unit}.o").read_bytes() == (builds.plain / f"{unit}.o").read_bytes()
    shown = subprocess.run([*LAUNCHER, "--summary", "--json"], env=launcher_env(builds.root),
                           capture_output=True, text=True, timeout=COMPILE_S, check=True)
    total = json.loads(shown.stdout)["total"]
    saved = sum(r["plain_bytes"] - r["irlens_bytes"] for r in records.values() if r["status"] == "smaller")
    assert total["saved_bytes"] == saved > 0
    assert total["objects"] == 3
    text = subprocess.run([*LAUNCHER, "--summary"], env=launcher_env(builds.root), capture_output=True,
                          text=True, timeout=COMPILE_S, check=True).stdout
    assert f"{saved} bytes saved" in text
    assert "util.o:" in text


def test_a_warm_rebuild_takes_every_result_from_the_cache(builds: Builds, tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(builds.irlens, rebuilt)
    make(rebuilt, "true", None, "clean")
    warm_log = tmp_path / "warm.jsonl"
    started = time.monotonic()
    make(rebuilt, " ".join([*LAUNCHER, CLANG]), launcher_env(builds.root, IRLENS_CC_LOG=str(warm_log)))
    warm_s = time.monotonic() - started
    records = log_records(warm_log)
    assert sorted(r["output"] for r in records) == sorted(f"{unit}.o" for unit in TUS)
    assert all(r["cached"] == "unit" for r in records), records
    for unit in TUS:
        assert (rebuilt / f"{unit}.o").read_bytes() == (builds.irlens / f"{unit}.o").read_bytes()
    assert warm_s < builds.cold_s


def test_a_change_the_ir_does_not_see_finds_the_result_by_the_ir(builds: Builds, tmp_path: Path) -> None:
    shutil.copytree(builds.irlens, tmp_path / "edited")
    source = tmp_path / "edited" / "util.c"
    source.write_text(source.read_text() + "/* a comment: another source, the same IR */\n")
    env = launcher_env(builds.root, IRLENS_CC_LOG=str(tmp_path / "edited.jsonl"))
    done = compile_with([*LAUNCHER, CLANG, "-Oz", "-ffunction-sections", "-fdata-sections", "-Wall", "-MD",
                         "-MF", "util.d", "-c", "util.c", "-o", "util.o"], tmp_path / "edited", env)
    assert done.returncode == 0, done.stderr
    assert log_records(tmp_path / "edited.jsonl")[-1]["cached"] == "ir"
    assert (tmp_path / "edited" / "util.o").read_bytes() == (builds.irlens / "util.o").read_bytes()


def test_a_compile_error_is_the_compilers_exactly(tmp_path: Path) -> None:
    (tmp_path / "broken.c").write_text("int f(void) { return missing; }\n"
                                       "int g(int x) { int unused; return x; }\n")
    command = [CLANG, "-Oz", "-Wall", "-c", "broken.c", "-o", "broken.o"]
    plain = compile_with(command, tmp_path)
    launched = compile_with([*LAUNCHER, *command], tmp_path, launcher_env(tmp_path))
    assert plain.returncode == launched.returncode == 1
    assert launched.stderr == plain.stderr
    assert launched.stderr.count(b"use of undeclared identifier 'missing'") == 1
    assert not (tmp_path / "broken.o").exists()


def test_warnings_appear_once(tmp_path: Path) -> None:
    (tmp_path / "warn.c").write_text("int g(int x) { int unused; return x; }\n")
    command = [CLANG, "-Oz", "-Wall", "-c", "warn.c", "-o", "warn.o"]
    plain = compile_with(command, tmp_path)
    launched = compile_with([*LAUNCHER, *command], tmp_path, launcher_env(tmp_path))
    assert launched.returncode == 0
    assert launched.stderr == plain.stderr
    assert launched.stderr.count(b"unused variable 'unused'") == 1


@pytest.mark.parametrize(("flags", "output"), [
    (["-Oz", "-S", "util.c", "-o", "out.s"], "out.s"),
    (["-Oz", "-E", "util.c", "-o", "out.i"], "out.i"),
    (["-O2", "-c", "util.c", "-o", "out.o"], "out.o"),
    (["-Oz", "-emit-llvm", "-c", "util.c", "-o", "out.bc"], "out.bc"),
    (["-Oz", "-flto", "-c", "util.c", "-o", "out.o"], "out.o"),
    (["-Oz", "-o", "out", "main.c", "util.c", "text.c"], "out"),
])
def test_other_invocations_run_the_compiler_as_given(tmp_path: Path, flags: list[str], output: str) -> None:
    shutil.copytree(PROJECT, tmp_path / "p")
    plain = compile_with([CLANG, *flags], tmp_path / "p")
    expected = (tmp_path / "p" / output).read_bytes()
    (tmp_path / "p" / output).unlink()
    launched = compile_with([*LAUNCHER, CLANG, *flags], tmp_path / "p", launcher_env(tmp_path))
    assert launched.returncode == plain.returncode == 0
    assert (tmp_path / "p" / output).read_bytes() == expected


def test_gcc_and_the_off_switch_pass_through(tmp_path: Path) -> None:
    shutil.copytree(PROJECT, tmp_path / "p")
    env = launcher_env(tmp_path)
    if shutil.which("gcc"):
        compile_with(["gcc", "-Os", "-c", "util.c", "-o", "gcc.o"], tmp_path / "p")
        expected = (tmp_path / "p" / "gcc.o").read_bytes()
        assert compile_with([*LAUNCHER, "gcc", "-Os", "-c", "util.c", "-o", "gcc.o"], tmp_path / "p",
                            env).returncode == 0
        assert (tmp_path / "p" / "gcc.o").read_bytes() == expected
        record = log_records(tmp_path)[-1]
        assert (record["status"], record["reason"]) == ("passed", "gcc is not clang")
        assert record["output"] == "gcc.o"
    compile_with([CLANG, "-Oz", "-c", "util.c", "-o", "plain.o"], tmp_path / "p")
    disabled = compile_with([*LAUNCHER, CLANG, "-Oz", "-c", "util.c", "-o", "off.o"], tmp_path / "p",
                            {**env, "IRLENS_CC_DISABLE": "1"})
    assert disabled.returncode == 0
    assert (tmp_path / "p" / "off.o").read_bytes() == (tmp_path / "p" / "plain.o").read_bytes()


def test_verbose_prints_one_line_per_file(tmp_path: Path) -> None:
    shutil.copytree(PROJECT, tmp_path / "p")
    done = compile_with([*LAUNCHER, "--verbose", CLANG, "-Oz", "-c", "text.c", "-o", "text.o"],
                        tmp_path / "p", launcher_env(tmp_path))
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("irlens-cc: text.o: "), lines
    again = compile_with([*LAUNCHER, CLANG, "-O2", "-c", "text.c", "-o", "text.o"], tmp_path / "p",
                         launcher_env(tmp_path, IRLENS_CC_VERBOSE="1"))
    assert again.stderr.decode() == "irlens-cc: text.o: passed through: -O2 is not a size level\n"


@pytest.mark.parametrize(("target", "machine"), [
    (["--target=thumbv7m-none-eabi", "-mcpu=cortex-m3"], 40),  # e_machine: EM_ARM
    (["--target=riscv32-unknown-elf", "-march=rv32imac", "-mabi=ilp32"], 243),  # EM_RISCV
    (["--target=aarch64-linux-gnu"], 183),  # EM_AARCH64
])
def test_a_cross_target_compiles_through_the_launcher(tmp_path: Path, target: list[str],
                                                      machine: int) -> None:
    shutil.copytree(PROJECT, tmp_path / "p")
    flags = [*target, "-ffreestanding", "-Oz", "-ffunction-sections", "-c", "util.c"]
    compile_with([CLANG, *flags, "-o", "plain.o"], tmp_path / "p")
    done = compile_with([*LAUNCHER, CLANG, *flags, "-o", "cross.o"], tmp_path / "p", launcher_env(tmp_path))
    assert done.returncode == 0, done.stderr
    launched = (tmp_path / "p" / "cross.o").read_bytes()
    assert int.from_bytes(launched[18:20], "little") == machine
    plain, cross = (measure_object((tmp_path / "p" / name).read_bytes()) for name in ("plain.o", "cross.o"))
    assert cross.text_data_bytes <= plain.text_data_bytes
    assert cross.exported == plain.exported
    assert log_records(tmp_path)[-1]["status"] in ("smaller", "kept")


# --- the command line, read without running anything ------------------------------------------------

def test_a_size_compile_of_one_source_qualifies() -> None:
    plan = classify(CLANG, ["-Os", "-Iinclude", "-D", "X=1", "-MD", "-MF", "a.d", "-MT", "a.o", "-c",
                            "src/a.c", "-o", "obj/a.o", "-Oz", "-g"])
    assert isinstance(plan, Compile)
    assert (plan.source, plan.output, plan.level, plan.language, plan.debug_info) == \
        ("src/a.c", "obj/a.o", "z", "c", True)
    assert plan.frontend_args == ("-Os", "-Iinclude", "-D", "X=1", "src/a.c", "-Oz", "-g")
    assert plan.codegen_args == ("-Os", "-Iinclude", "-D", "X=1", "-Oz", "-g")
    assert classify("clang++-19", ["-Oz", "-c", "a.cpp"]) == \
        Compile("clang++-19", ("-Oz", "-c", "a.cpp"), "a.cpp", "a.o", "c++", "z", ("-Oz", "a.cpp"), 1, False)


@pytest.mark.parametrize(("compiler", "args", "reason"), [
    (CLANG, ["-Oz", "a.c", "-o", "a"], "not a compile to an object (no -c)"),
    (CLANG, ["-Os", "-O2", "-c", "a.c"], "-O2 is not a size level"),
    (CLANG, ["-c", "a.c"], "no -Oz or -Os"),
    (CLANG, ["-Oz", "-c", "a.c", "b.c"], "several sources"),
    (CLANG, ["-Oz", "-c", "a.s"], "a.s is not a C or C++ source"),
    (CLANG, ["-Oz", "-c", "-x", "assembler", "a.c"], "-x assembler is not C or C++"),
    (CLANG, ["-Oz", "-c", "a.c", "-fsanitize=address"], "-fsanitize=address is not reproduced by the search"),
    (CLANG, ["-Oz", "-c", "a.c", "-mllvm", "-inline-threshold=0"], "-mllvm is not reproduced by the search"),
    (CLANG, ["-Oz", "-c", "a.c", "-Xclang", "-foo"], "-Xclang is not a flag irlens-cc knows"),
    (CLANG, ["-Oz", "-c", "@flags.rsp", "a.c"], "@flags.rsp is read by the compiler itself"),
    (CLANG, ["-Oz", "-c", "a.c", "-o", "-"], "-o - writes to standard output"),
    (CLANG, ["-Oz", "-c", "a.c", "-o", "/dev/null"], "/dev/null is not a regular file"),
    ("gcc", ["-Os", "-c", "a.c"], "gcc is not clang"),
])
def test_everything_else_passes_through(compiler: str, args: list[str], reason: str) -> None:
    plan = classify(compiler, args)
    assert isinstance(plan, PassThrough)
    assert plan.reason == reason


def test_dependency_rules_are_read_as_make_reads_them() -> None:
    rule = "irlens: src/a\\ b.c /usr/include/stdio.h \\\n  inc/x$$y.h\n"
    assert dependency_paths(rule) == ["src/a b.c", "/usr/include/stdio.h", "inc/x$y.h"]


def test_pipelines_validated_by_one_compile_are_not_probed_by_the_next(tmp_path: Path) -> None:
    """What opt accepted is carried between launcher processes (pipeline.validation_record): the next
    compile neither lists opt's passes nor runs a candidate on the probe module again."""
    from conftest import wrapped_toolchain
    from irlens.config import Settings
    from irlens.toolchain.discovery import discover
    from irlens.toolchain.pipeline import (
        PipelineRejected,
        adopt_validation_record,
        validate_pipeline,
        validation_record,
    )
    from irlens.toolchain.runner import ToolFailure

    real = discover(Settings())
    pipeline = "function(sroa,instcombine),default<Oz>"
    canonical = validate_pipeline(pipeline, real)
    record = validation_record(real)
    assert canonical in record["pipelines"] and "instcombine" in record["passes"]
    settings = Settings()
    settings.llvm_bin = str(wrapped_toolchain(tmp_path / "tools", {"opt": "crash_segv.sh"}))
    broken = discover(settings)  # another toolchain (key): nothing of `real` applies to it
    with pytest.raises(ToolFailure, match="crashed"):
        validate_pipeline(pipeline, broken)
    adopt_validation_record(broken, {"passes": record["passes"], "pipelines": [canonical]})
    assert validate_pipeline(pipeline, broken) == canonical  # no opt run: this opt would crash
    with pytest.raises(PipelineRejected):  # the allow-list still holds for an adopted pass list
        validate_pipeline("function(print)", broken)
    adopt_validation_record(broken, ["not", "a", "record"])  # ignored


def test_a_cpp_compile_keeps_its_exported_symbols(tmp_path: Path) -> None:
    """C++ inline functions and templates (linkonce_odr) disappear at -Oz once inlined: the search takes
    that for what it is, not for a lost exported symbol (it used to give up on every such file)."""
    (tmp_path / "shapes.cpp").write_text(
        "#include <cstddef>\n"
        "template <typename T> T clamp_to(T value, T low, T high) {\n"
        "  return value < low ? low : value > high ? high : value;\n}\n"
        "struct Shape { virtual ~Shape() = default; virtual int area() const = 0; };\n"
        "struct Square : Shape { int side; explicit Square(int s) : side(s) {} int area() const override "
        "{ return side * side; } };\n"
        "int total(const Shape *const *shapes, std::size_t count) {\n"
        "  int sum = 0;\n"
        "  for (std::size_t i = 0; i < count; i++) sum += clamp_to(shapes[i]->area(), 0, 1000);\n"
        "  return sum;\n}\n"
        "Shape *make_square(int side) { return new Square(side); }\n")
    flags = ["-Oz", "-std=c++17", "-c", "shapes.cpp"]
    compile_with(["clang++-19", *flags, "-o", "plain.o"], tmp_path)
    done = compile_with([*LAUNCHER, "clang++-19", *flags, "-o", "shapes.o"], tmp_path, launcher_env(tmp_path))
    assert done.returncode == 0 and done.stderr == b""
    plain, launched = (measure_object((tmp_path / name).read_bytes()) for name in ("plain.o", "shapes.o"))
    assert launched.exported == plain.exported
    assert launched.text_data_bytes <= plain.text_data_bytes
    assert log_records(tmp_path)[-1]["status"] in ("smaller", "kept")


def test_the_installed_script_and_the_subcommand_reach_the_launcher(tmp_path: Path) -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())
    module, _, function = scripts["project"]["scripts"]["irlens-cc"].partition(":")
    as_script = subprocess.run([sys.executable, "-c", f"import sys; from {module} import {function}; "
                                f"sys.exit({function}())", "--version"], capture_output=True, text=True,
                               timeout=COMPILE_S)
    assert as_script.returncode == 0 and as_script.stdout.startswith("irlens-cc ")
    through_cli = subprocess.run([sys.executable, "-c", "import sys; from irlens.cli import main; "
                                  "sys.exit(main(['cc', '--help']))"], capture_output=True, text=True,
                                 timeout=COMPILE_S)
    assert through_cli.returncode == 0 and "irlens-cc [--verbose] COMPILER ARGS..." in through_cli.stdout


def _object(tmp_path: Path, source: str, *flags: str) -> bytes:
    output = tmp_path / "out.o"
    subprocess.run([CLANG, "-Oz", *flags, "-c", str(GC_SOURCES / source), "-o", str(output)], check=True,
                   timeout=COMPILE_S)
    return output.read_bytes()


def test_a_smaller_object_that_a_gc_link_would_keep_more_of_is_rejected(tmp_path: Path) -> None:
    """grow.c: irlens' object is smaller in total, but bigger in the function a program keeps."""
    sections = ("-ffunction-sections", "-fdata-sections")
    plain = _object(tmp_path, "grow.c", *sections)
    candidate = _object(tmp_path, "grow.c", *sections, "-DIRLENS")
    assert measure_object(candidate).text_data_bytes < measure_object(plain).text_data_bytes
    saved = measure_object(plain).text_data_bytes - measure_object(candidate).text_data_bytes
    assert rejection(plain, candidate) == (f"a --gc-sections link keeping @kept would get 18 bytes more "
                                           f"(over 1/10 of the {saved} bytes saved)")
    # Without per-function sections a link keeps the whole .text: the total decides.
    assert rejection(_object(tmp_path, "grow.c"), _object(tmp_path, "grow.c", "-DIRLENS")) is None


def test_bytes_moved_to_a_new_section_the_root_reaches_are_accepted(tmp_path: Path) -> None:
    """moved.c (blake2b's case): a static function no longer inlined gets its own section and FDE; the
    root reaches it, and its reach is still smaller."""
    sections = ("-ffunction-sections", "-fdata-sections")
    plain = _object(tmp_path, "moved.c", *sections)
    candidate = _object(tmp_path, "moved.c", *sections, "-DIRLENS")
    assert rejection(plain, candidate) is None
    assert rejection(candidate, plain) == "not smaller (291 bytes)"


def test_the_search_rejects_candidates_a_gc_link_would_keep_more_of() -> None:
    """callee_contract.c with per-function sections: the smallest module by total alone is one a
    --gc-sections link keeps more of for some exported symbol; with gc_sections the engine rejects such
    candidates (saying so) and returns a module no root keeps more of than -Oz's."""
    fixture = TESTS / "fixtures" / "callee_contract.c"
    sections = ("-ffunction-sections", "-fdata-sections")
    bitcode = subprocess.run([CLANG, "-Oz", *sections, "-Xclang", "-disable-llvm-optzns", "-emit-llvm", "-c",
                              str(fixture), "-o", "-"], capture_output=True, check=True,
                             timeout=COMPILE_S).stdout
    # as Debian's clang generates code for these flags (PIE)
    codegen = ("--relocation-model=pic", "--function-sections", "--data-sections")
    toolchain = dataclasses.replace(discover(Settings()), codegen=codegen)
    text = disassemble(toolchain, bitcode)
    oz_object = compile_object(toolchain, apply_pipeline(toolchain, text, OZ_PIPELINE))
    oz_reach, oz_total = exported_reach(oz_object), measure_object(oz_object).text_data_bytes
    growth = {}
    for gc_sections in (False, True):
        found = optimize_module(toolchain, text, candidate_pipelines(),
                                options=SearchOptions(baseline="paper", budget=16, gc_sections=gc_sections))
        found_object = compile_object(toolchain, found.module_text)
        growth[gc_sections] = reach_growth(oz_reach, exported_reach(found_object),
                                           oz_total - measure_object(found_object).text_data_bytes)
        rejected = [o.error for o in found.outcomes if "would get" in o.error]
        assert bool(rejected) == gc_sections
    assert growth[False] is not None and growth[True] is None


def test_a_root_may_grow_by_a_tenth_of_the_saving() -> None:
    """blake2b for thumbv7m: small init functions grow a little while every root that reaches the
    compression function saves kilobytes; a growth over a tenth of the saving is refused."""
    plain = {"init": 226, "update": 14214, "final": 14284}
    assert reach_growth(plain, {"init": 324, "update": 5170, "final": 5290}, 8732) is None
    assert reach_growth(plain, {"init": 324, "update": 14200, "final": 14270}, 500) == (
        "a --gc-sections link keeping @init would get 98 bytes more (over 1/10 of the 500 bytes saved)")
    assert reach_growth(plain, {"init": 227, "update": 14214, "final": 14284}, 0) is not None


def test_a_compile_whose_smaller_candidates_a_gc_link_would_keep_more_of_says_so(tmp_path: Path) -> None:
    """callee_contract.c with per-function sections: the launcher keeps clang's object, and its log and
    summary say how many candidates the --gc-sections rule refused."""
    fixture = TESTS / "fixtures" / "callee_contract.c"
    shutil.copy(fixture, tmp_path / "unit.c")
    env = launcher_env(tmp_path, IRLENS_CC_BUDGET="16")
    done = compile_with([*LAUNCHER, CLANG, "-Oz", "-ffunction-sections", "-fdata-sections", "-c", "unit.c",
                         "-o", "unit.o"], tmp_path, env)
    assert done.returncode == 0
    (record,) = log_records(tmp_path)
    assert record["status"] == "kept"
    assert re.fullmatch(r"-Oz was the smallest the search found \(\d+ candidates refused by the "
                        r"--gc-sections rule\)", record["reason"])
    summary = compile_with([*LAUNCHER, "--summary"], tmp_path, env).stdout.decode()
    assert ("kept plain 1x: -Oz was the smallest the search found (N candidates refused by the "
            "--gc-sections rule)") in summary


def test_the_wide_search_takes_the_module_budget_unless_one_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("IRLENS_CC_BUDGET", "IRLENS_CC_TIME_S", "IRLENS_CC_SEARCH"):
        monkeypatch.delenv(name, raising=False)
    checked = SearchSettings.from_env()
    assert (checked.mode, checked.budget, checked.time_s) == ("checked", DEFAULT_BUDGET, DEFAULT_TIME_S)
    monkeypatch.setenv("IRLENS_CC_SEARCH", "Wide")
    wide = SearchSettings.from_env()
    assert (wide.mode, wide.budget, wide.time_s) == ("wide", None, WIDE_TIME_S)  # None: the engine's default
    assert wide.key != checked.key
    monkeypatch.setenv("IRLENS_CC_BUDGET", "64")
    assert SearchSettings.from_env().budget == 64


def test_reasons_count_together_by_kind() -> None:
    records = [{"status": "kept", "reason": "a --gc-sections link keeping @main would get 148 bytes more "
                                            "(over 1/10 of the 37 bytes saved)"},
               {"status": "kept", "reason": "a --gc-sections link keeping @f would get 3 bytes more "
                                            "(over 1/10 of the 9 bytes saved, and 2 other symbols)"},
               {"status": "fallback", "reason": "the search took longer than 60 s"},
               {"status": "smaller", "reason": "composed per function"}]
    assert kept_reasons(records) == {
        "a --gc-sections link keeping @F would get N bytes more (over 1/10 of the N bytes saved)": 1,
        "a --gc-sections link keeping @F would get N bytes more (over 1/10 of the N bytes saved, and N "
        "other symbols)": 1,
        "the search took longer than N s": 1}
