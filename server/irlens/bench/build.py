"""`irlens bench build`: real C projects built by clang and through the irlens-cc launcher, compared.

Each project (a Debian source package, fetched by `apt-get source` into a cache directory, never into the
repository) is built from a small recipe (its sources, include directories, programs and tests) rather
than its own build system, for each target:

- x86_64: every translation unit of the project's test programs, linked with `-Wl,--gc-sections`; the
  tests run against the binaries of both builds;
- thumbv7m (`--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb`, bare metal with newlib's headers): the
  library's translation units, archived with llvm-ar (nothing to link against).

Three builds of each: plain (`clang-19 -Oz -ffunction-sections -fdata-sections`), then the same commands
through the launcher with an empty cache (cold) and again with that cache (warm). Sizes are text+data
(llvm-size's Berkeley columns, toolchain/elf.py) of the linked executables or of the archive's objects,
per translation unit as well (none may be larger through the launcher), with `irlens diff` (report/size_diff)
of each plain and irlens executable.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from irlens.launcher.settings import SEARCH_MODES
from irlens.launcher.summary import kept_reasons, read_log
from irlens.toolchain.elf import ElfError, berkeley_sizes, read_elf

OPTIMIZATION_FLAGS = ("-Oz", "-ffunction-sections", "-fdata-sections")
LINK_FLAGS = ("-Wl,--gc-sections",)
NEWLIB_INCLUDE = Path("/usr/lib/arm-none-eabi/include")  # Debian's libnewlib-arm-none-eabi
DEFAULT_SOURCE_CACHE = Path.home() / ".cache" / "irlens" / "bench-src"
TEST_TIMEOUT_S = 300.0
# What the issue asks of the launcher (reported as met or missed, never tuned to).
GOALS = {"x86_64": 2.0, "thumbv7m": 3.0}  # % smaller in total
WARM_LIMIT, COLD_LIMIT = 1.3, 15.0  # build time over the plain build's


@dataclass(frozen=True)
class Target:
    name: str
    flags: tuple[str, ...]
    links: bool  # executables linked and tested (else: the library archived)


TARGETS = {
    "x86_64": Target("x86_64", (), links=True),
    "thumbv7m": Target("thumbv7m", ("--target=thumbv7m-none-eabi", "-mcpu=cortex-m3", "-mthumb",
                                    "-isystem", str(NEWLIB_INCLUDE)), links=False),
}


@dataclass(frozen=True)
class Program:
    name: str
    sources: tuple[str, ...]  # relative to the source tree; a source shared by programs is compiled once


@dataclass(frozen=True)
class Project:
    package: str  # the Debian source package
    library: tuple[str, ...]  # the archive's sources (thumbv7m)
    programs: tuple[Program, ...]  # the test programs (x86_64)
    tests: tuple[tuple[str, str], ...]  # (name, bash command): $BIN holds the programs, $TMP is scratch
    includes: tuple[str, ...] = ()  # relative to the source tree
    defines: tuple[str, ...] = ()
    test_dir: str = "."  # where the tests run (their input files are relative to it)
    generated: tuple[tuple[str, str], ...] = ()  # headers a configure script would write: (name, text)
    link_libraries: tuple[str, ...] = ()
    # The model recipe trained on its library or chose the candidate pipelines with it (models/recipe):
    # its sizes are in sample; cjson and libb2 are the recipe's held-out packages.
    in_training: bool = False


def _cjson() -> Project:
    unity = "tests/unity/src/unity.c"
    unity_tests = ("parse_examples", "parse_number", "parse_hex4", "parse_string", "parse_array",
                   "parse_object", "parse_value", "print_string", "print_number", "print_array",
                   "print_object", "print_value", "misc_tests", "parse_with_opts", "compare_tests",
                   "cjson_add", "readme_examples", "minify_tests")
    utils_tests = ("json_patch_tests", "old_utils_tests", "misc_utils_tests")
    # The tests #include "../cJSON.c" themselves (to reach its static functions), as upstream builds them.
    programs = ([Program(t, (f"tests/{t}.c", unity)) for t in unity_tests]
                + [Program(t, (f"tests/{t}.c", unity, "cJSON_Utils.c")) for t in utils_tests])
    return Project("cjson", library=("cJSON.c", "cJSON_Utils.c"), programs=tuple(programs),
                   tests=tuple((t, f"$BIN/{t}") for t in (*unity_tests, *utils_tests)),
                   test_dir="tests", link_libraries=("-lm",))


def _lz4() -> Project:
    library = ("lib/lz4.c", "lib/lz4hc.c", "lib/lz4frame.c", "lib/xxhash.c")
    block = ("lib/lz4.c", "lib/lz4hc.c", "lib/xxhash.c")
    programs = (
        Program("lz4", ("programs/lz4cli.c", "programs/lz4io.c", "programs/bench.c", "programs/datagen.c",
                        *library)),
        Program("datagen", ("programs/datagen.c", "tests/datagencli.c")),
        Program("fuzzer", ("tests/fuzzer.c", *block)),
        Program("frametest", ("tests/frametest.c", "lib/lz4frame.c", *block)),
        Program("roundTripTest", ("tests/roundTripTest.c", *block)),
    )
    roundtrip = ("$BIN/datagen -g2MB -s7 > $TMP/in && for level in 1 9 12; do "
                 "$BIN/lz4 -q -f -$level $TMP/in $TMP/in.lz4 && $BIN/lz4 -q -t $TMP/in.lz4 && "
                 "$BIN/lz4 -q -d -f $TMP/in.lz4 $TMP/out && cmp $TMP/in $TMP/out; done")
    tests = (("lz4 cli round trip (levels 1, 9, 12)", roundtrip),
             ("roundTripTest", "$BIN/datagen -g300KB -s3 > $TMP/rt && $BIN/roundTripTest -9 $TMP/rt"),
             ("fuzzer", "$BIN/fuzzer -s1 -i64"),
             ("frametest", "$BIN/frametest -s1 -i64"))
    return Project("lz4", library=library, programs=programs, tests=tests, includes=("lib", "programs"),
                   in_training=True)


def _libb2() -> Project:
    library = ("src/blake2s-ref.c", "src/blake2b-ref.c", "src/blake2sp.c", "src/blake2bp.c")
    variants = ("blake2s", "blake2b", "blake2sp", "blake2bp")
    # The portable (non-SSE) library of its Makefile.am; config.h is what its configure writes for it.
    return Project("libb2", library=library,
                   programs=tuple(Program(f"{v}-test", (f"src/{v}-test.c", *library)) for v in variants),
                   tests=tuple((f"{v}-test (known-answer vectors)", f"$BIN/{v}-test") for v in variants),
                   defines=("-DSUFFIX=",), generated=(("config.h", "#define NATIVE_LITTLE_ENDIAN 1\n"),))


PROJECTS = {project.package: project for project in (_cjson(), _lz4(), _libb2())}


# --- sources ---------------------------------------------------------------------------------------

class BenchError(Exception):
    """Something the bench needs is missing (the message says what and how to get it)."""


def fetch_source(package: str, cache: Path) -> tuple[Path, str]:
    """The unpacked Debian source of `package` (apt-get source, from the deb-src entries apt is
    configured with; dpkg-source checks it against its .dsc) and its version."""
    cache.mkdir(parents=True, exist_ok=True)
    descriptions = sorted(cache.glob(f"{package}_*.dsc"))
    if not descriptions:
        fetched = subprocess.run(["apt-get", "source", "--download-only", "-qq", package], cwd=cache,
                                 capture_output=True, text=True)
        descriptions = sorted(cache.glob(f"{package}_*.dsc"))
        if not descriptions:
            raise BenchError(f"apt-get source {package} failed (a deb-src entry is needed; "
                             f"scripts/install.sh adds one): {fetched.stderr.strip()[-300:]}")
    description = descriptions[-1]
    version = description.name.removeprefix(f"{package}_").removesuffix(".dsc")
    tree = cache / f"{package}-{version}"
    if not tree.is_dir():
        unpacked = subprocess.run(["dpkg-source", "-x", description.name, tree.name], cwd=cache,
                                  capture_output=True, text=True)
        if unpacked.returncode != 0:
            raise BenchError(f"dpkg-source -x {description.name} failed: {unpacked.stderr.strip()[-300:]}")
    return tree, version


# --- building --------------------------------------------------------------------------------------

@dataclass
class Build:
    directory: Path
    seconds: float = 0.0
    objects: dict[str, Path] = field(default_factory=dict)  # source -> object
    outputs: dict[str, Path] = field(default_factory=dict)  # program or archive name -> file


def object_name(source: str) -> str:
    return source.replace("/", "__").removesuffix(".c") + ".o"


def build_project(project: Project, target: Target, tree: Path, directory: Path, compiler: list[str],
                  ar: str, env: dict[str, str]) -> Build:
    """Compile every translation unit (one at a time, as `make -j1` would) and link the programs or
    archive the library; `compiler` is the compiler or the launcher and the compiler."""
    build = Build(directory)
    (directory / "obj").mkdir(parents=True)
    (directory / "bin").mkdir()
    # One directory for the generated headers of every build: the same command lines, the same cache keys.
    generated = directory.parent / "include"
    generated.mkdir(exist_ok=True)
    for name, text in project.generated:
        (generated / name).write_text(text, encoding="utf-8")
    includes = [f"-I{tree / include}" for include in project.includes] + [f"-I{generated}"]
    flags = [*target.flags, *OPTIMIZATION_FLAGS, *includes, *project.defines]
    sources = (project.library if not target.links
               else tuple(dict.fromkeys(s for program in project.programs for s in program.sources)))
    started = time.monotonic()
    for source in sources:
        output = directory / "obj" / object_name(source)
        _run([*compiler, *flags, "-c", str(tree / source), "-o", str(output)], tree, env,
             f"compiling {source}")
        build.objects[source] = output
    if target.links:
        for program in project.programs:
            executable = directory / "bin" / program.name
            _run([*compiler, *target.flags, *OPTIMIZATION_FLAGS, *LINK_FLAGS,
                  *(str(build.objects[s]) for s in program.sources), *project.link_libraries,
                  "-o", str(executable)], tree, env, f"linking {program.name}")
            build.outputs[program.name] = executable
    else:
        archive = directory / f"lib{project.package}.a"
        _run([ar, "rcs", str(archive), *(str(build.objects[s]) for s in project.library)], tree, env,
             "archiving")
        build.outputs[archive.name] = archive
    build.seconds = time.monotonic() - started
    return build


def _run(command: list[str], cwd: Path, env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BenchError(f"{what} failed ({shlex.join(command)}):\n{done.stderr.strip()[-2000:]}")


def text_data(path: Path) -> int:
    """text+data of an object, executable or (for an archive) of the objects it was made from."""
    try:
        text, data, _bss = berkeley_sizes(read_elf(path.read_bytes())[1])
    except (OSError, ElfError) as error:
        raise BenchError(f"cannot measure {path}: {error}") from None
    return text + data


def output_bytes(build: Build, project: Project, target: Target) -> dict[str, int]:
    if target.links:
        return {name: text_data(path) for name, path in build.outputs.items()}
    return {f"lib{project.package}.a": sum(text_data(build.objects[s]) for s in project.library)}


# --- tests -----------------------------------------------------------------------------------------

def run_tests(project: Project, tree: Path, build: Build) -> list[dict[str, Any]]:
    results = []
    for name, command in project.tests:
        with tempfile.TemporaryDirectory(prefix="irlens-bench-test-") as scratch:
            env = {**os.environ, "BIN": str(build.directory / "bin"), "TMP": scratch}
            started = time.monotonic()
            try:
                done = subprocess.run(["bash", "-euo", "pipefail", "-c", command],
                                      cwd=tree / project.test_dir, env=env, capture_output=True,
                                      text=True, timeout=TEST_TIMEOUT_S)
                passed, output = done.returncode == 0, f"{done.stdout}{done.stderr}(exit {done.returncode})"
            except subprocess.TimeoutExpired:
                passed, output = False, f"timed out after {TEST_TIMEOUT_S:.0f} s"
        result: dict[str, Any] = {"name": name, "passed": passed,
                                  "seconds": round(time.monotonic() - started, 2)}
        if not passed:
            result["output_tail"] = output.strip()[-600:]
        results.append(result)
    return results


# --- the launcher's log ----------------------------------------------------------------------------

def launcher_statuses(log: Path) -> dict[str, int]:
    """How many compiles the launcher logged with each status (smaller, kept, fallback, passed), and
    how many of them its cache answered ("cached")."""
    counts: dict[str, int] = {}
    for record in read_log(str(log)):
        for key in (record["status"], "cached" if record.get("cached") else None):
            if key:
                counts[key] = counts.get(key, 0) + 1
    return counts


# --- one project on one target ---------------------------------------------------------------------

def _saved_pct(plain: int, irlens: int) -> float | None:
    return round(100.0 * (plain - irlens) / plain, 2) if plain else None


def _diff(plain: Path, irlens: Path) -> dict[str, Any]:
    """`irlens diff PLAIN IRLENS`'s figures (function symbol sizes of the two executables)."""
    from irlens.config import Settings
    from irlens.report.size_diff import compare, load_sizes
    from irlens.toolchain.discovery import discover

    settings = Settings.from_env()
    toolchain = discover(settings)
    result = compare(load_sizes(plain, toolchain, settings.max_input_mb),
                     load_sizes(irlens, toolchain, settings.max_input_mb))
    return {key: result[key] for key in ("added", "removed", "grown", "shrunk", "up", "down", "total_delta")}


def bench_one(project: Project, target: Target, tree: Path, work: Path, compiler: str, launcher: list[str],
              ar: str, search_env: dict[str, str]) -> dict[str, Any]:
    cache = work / "cache"
    env = {**os.environ, **search_env, "IRLENS_CC_CACHE_DIR": str(cache),
           "IRLENS_CC_LOG": str(work / "cold.jsonl")}
    plain = build_project(project, target, tree, work / "plain", [compiler], ar, dict(os.environ))
    cold = build_project(project, target, tree, work / "cold", [*launcher, compiler], ar, env)
    env["IRLENS_CC_LOG"] = str(work / "warm.jsonl")
    warm = build_project(project, target, tree, work / "warm", [*launcher, compiler], ar, env)

    units: list[dict[str, Any]] = []
    for source, plain_object in plain.objects.items():
        before, after = text_data(plain_object), text_data(cold.objects[source])
        units.append({"source": source, "plain": before, "irlens": after, "saved": before - after})
    plain_sizes, irlens_sizes = output_bytes(plain, project, target), output_bytes(cold, project, target)
    plain_total, irlens_total = sum(plain_sizes.values()), sum(irlens_sizes.values())
    report: dict[str, Any] = {
        "project": project.package, "target": target.name, "in_training": project.in_training,
        "measured": "linked executables" if target.links else "archive objects",
        "plain_bytes": plain_total, "irlens_bytes": irlens_total,
        "saved_pct": _saved_pct(plain_total, irlens_total),
        "outputs": {name: {"plain": plain_sizes[name], "irlens": irlens_sizes[name],
                           "saved_pct": _saved_pct(plain_sizes[name], irlens_sizes[name])}
                    for name in plain_sizes},
        "units": units,
        "units_larger": [u["source"] for u in units if u["saved"] < 0],
        # A smaller object is not always a smaller link: --gc-sections keeps only what is reached.
        "outputs_larger": [name for name in plain_sizes if irlens_sizes[name] > plain_sizes[name]],
        "warm_identical": all(cold.objects[s].read_bytes() == warm.objects[s].read_bytes()
                              for s in cold.objects),
        "seconds": {"plain": round(plain.seconds, 2), "cold": round(cold.seconds, 2),
                    "warm": round(warm.seconds, 2)},
        "time_over_plain": {"cold": round(cold.seconds / max(plain.seconds, 1e-6), 2),
                            "warm": round(warm.seconds / max(plain.seconds, 1e-6), 2)},
        "launcher_log": {"cold": launcher_statuses(work / "cold.jsonl"),
                         "warm": launcher_statuses(work / "warm.jsonl")},
        # the translation units whose plain object stayed, by the kind of reason (the cold build's log)
        "kept_plain": kept_reasons(read_log(str(work / "cold.jsonl"))),
    }
    if target.links:
        report["tests"] = {"plain": run_tests(project, tree, plain), "irlens": run_tests(project, tree, cold)}
        report["diff"] = {name: _diff(plain.outputs[name], cold.outputs[name]) for name in plain.outputs}
    return report


def goals(result: dict[str, Any]) -> dict[str, bool]:
    """The issue's targets for one project and target: met or missed."""
    ratios = result["time_over_plain"]
    met = {"size": (result["saved_pct"] or 0.0) >= GOALS[result["target"]],
           "no_unit_larger": not result["units_larger"],
           "warm_time": ratios["warm"] <= WARM_LIMIT,
           "cold_time": ratios["cold"] <= COLD_LIMIT}
    if "tests" in result:
        met["tests_pass"] = all(t["passed"] for t in result["tests"]["irlens"])
    return met


# --- command line ----------------------------------------------------------------------------------

def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build", help="real C projects (Debian sources) built by clang -Oz and through irlens-cc, compared",
        description="Build each project plainly and through the launcher (cold and warm cache) for each "
                    "target; report text+data, per-translation-unit sizes, test results and build times.")
    parser.add_argument("--project", choices=sorted(PROJECTS), action="append",
                        help="only this project (repeatable; default: all)")
    parser.add_argument("--target", choices=sorted(TARGETS), action="append",
                        help="only this target (repeatable; default: all)")
    parser.add_argument("--launcher", default=f"{shlex.quote(sys.executable)} -m irlens cc", metavar="CMD",
                        help="the compiler launcher, put before the compiler (default: python -m irlens cc)")
    parser.add_argument("--cc", default="clang-19", help="the compiler (default clang-19)")
    parser.add_argument("--ar", default="llvm-ar-19", help="the archiver (default llvm-ar-19)")
    parser.add_argument("--search", choices=SEARCH_MODES,
                        help="the launcher's search (IRLENS_CC_SEARCH; default checked: its default budget)")
    parser.add_argument("--budget", type=int, metavar="N",
                        help="the launcher's search budget per translation unit (IRLENS_CC_BUDGET)")
    parser.add_argument("--time-s", type=float, metavar="S",
                        help="the launcher's time limit per translation unit (IRLENS_CC_TIME_S)")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="the launcher's parallel compilations per translation unit (IRLENS_CC_JOBS)")
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCE_CACHE, metavar="DIR",
                        help=f"where the Debian sources are fetched and unpacked "
                             f"(default {DEFAULT_SOURCE_CACHE})")
    parser.add_argument("--work-dir", type=Path, metavar="DIR",
                        help="where the builds go (default: a temporary directory, removed afterwards)")
    parser.add_argument("--json", dest="json_out", metavar="PATH", help="also write the figures as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    launcher = shlex.split(args.launcher)
    missing = [tool for tool in (args.cc, args.ar, launcher[0] if launcher else "") if not shutil.which(tool)]
    if "thumbv7m" in (args.target or TARGETS) and not NEWLIB_INCLUDE.is_dir():
        missing.append(f"newlib's headers in {NEWLIB_INCLUDE} (apt-get install libnewlib-arm-none-eabi)")
    if missing:
        print(f"irlens bench build: not found: {', '.join(missing)}", file=sys.stderr)
        return 1
    search_env = {name: str(value) for name, value in (("IRLENS_CC_SEARCH", args.search),
                                                       ("IRLENS_CC_BUDGET", args.budget),
                                                       ("IRLENS_CC_TIME_S", args.time_s),
                                                       ("IRLENS_CC_JOBS", args.jobs)) if value is not None}
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="irlens-bench-build-"))
    report: dict[str, Any] = {"command": shlex.join(["irlens", "bench", "build", *sys.argv[3:]])
                              if sys.argv[1:3] == ["bench", "build"] else None,
                              "compiler": args.cc, "launcher": args.launcher, "search": search_env,
                              "flags": list(OPTIMIZATION_FLAGS), "link_flags": list(LINK_FLAGS),
                              "load_average": list(os.getloadavg()), "sources": {}, "results": []}
    try:
        for name in args.project or sorted(PROJECTS):
            tree, version = fetch_source(name, args.sources)
            report["sources"][name] = {"debian_version": version, "fetched_by": f"apt-get source {name}"}
            for target_name in args.target or TARGETS:
                print(f"  building {name} for {target_name}", file=sys.stderr)
                result = bench_one(PROJECTS[name], TARGETS[target_name], tree, work / name / target_name,
                                   args.cc, launcher, args.ar, search_env)
                result["goals"] = goals(result)
                report["results"].append(result)
    except BenchError as error:
        print(f"irlens bench build: {error}", file=sys.stderr)
        return 1
    finally:
        if args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    report["load_average_after"] = list(os.getloadavg())
    print_table(report)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def print_table(report: dict[str, Any]) -> None:
    search = " ".join(f"{name}={value}" for name, value in report["search"].items())
    print(f"{report['compiler']} {' '.join(report['flags'])} vs through `{report['launcher']}`"
          f"{' with ' + search if search else ''}; "
          f"load average {report['load_average'][0]:.1f} before, {report['load_average_after'][0]:.1f} after")
    print(f"{'project':<8} {'target':<9} {'plain B':>9} {'irlens B':>9} {'saved %':>8} {'TUs':>4} "
          f"{'larger':>6} {'tests':>7} {'plain s':>8} {'cold s':>8} {'warm s':>8} {'cold x':>7} "
          f"{'warm x':>7}")
    for r in report["results"]:
        tests = r.get("tests", {}).get("irlens")
        passed = f"{sum(t['passed'] for t in tests)}/{len(tests)}" if tests is not None else "-"
        seconds = r["seconds"]
        print(f"{r['project']:<8} {r['target']:<9} {r['plain_bytes']:>9} {r['irlens_bytes']:>9} "
              f"{r['saved_pct']:>8.2f} {len(r['units']):>4} {len(r['units_larger']):>6} {passed:>7} "
              f"{seconds['plain']:>8.1f} {seconds['cold']:>8.1f} {seconds['warm']:>8.1f} "
              f"{r['time_over_plain']['cold']:>7.2f} {r['time_over_plain']['warm']:>7.2f}")
    for target, goal in GOALS.items():
        for which, chosen in (("all projects", [r for r in report["results"] if r["target"] == target]),
                              ("held-out projects", [r for r in report["results"]
                                                     if r["target"] == target and not r["in_training"]])):
            if chosen:
                plain, irlens = sum(r["plain_bytes"] for r in chosen), sum(r["irlens_bytes"] for r in chosen)
                pct = _saved_pct(plain, irlens) or 0.0
                print(f"{target}, {which}: {plain} -> {irlens} bytes, {pct:.2f}% saved "
                      f"(goal >= {goal}%: {'met' if pct >= goal else 'missed'})")
    for r in report["results"]:
        missed = [name for name, met in r["goals"].items() if not met]
        if missed:
            print(f"  {r['project']} {r['target']}: missed {', '.join(missed)}")
        for kind, count in r["kept_plain"].items():
            print(f"  {r['project']} {r['target']}: {count} units kept plain: {kind}")
        if r["outputs_larger"]:
            print(f"  {r['project']} {r['target']}: larger through irlens-cc: "
                  f"{', '.join(r['outputs_larger'])}")
        for test in r.get("tests", {}).get("irlens", []):
            if not test["passed"]:
                print(f"  {r['project']} test failed with the irlens build: {test['name']}")
