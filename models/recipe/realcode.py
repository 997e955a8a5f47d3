"""The real-code lifting splits: functions of C packages the recipe never saw, compiled as their builds do.

    python -m models.recipe.realcode [--cache ~/.cache/irlens-realcode]

writes models/eval/realcode.jsonl (held out: never look at its failures to design repairs),
models/eval/realcode_dev.jsonl (for developing repairs) and models/eval/realcode_sizes.json (every
function's assembly size, kept or not). Sources come from `apt-get source` into the cache directory
(outside the repository); autotools/CMake packages are configured there first (with clang-19) so that
their config headers and `DEFS` are the build's own. Each C file is compiled by clang-19 for x86-64 at
-O0 and -O2 with the package's own flags (those its Makefile passes for the library objects, libtool's
`-fPIC -DPIC` included); the assembly is clang's (`-S`), the IR clang's `-emit-llvm` extracted per
function. A function is kept when its -O0 assembly has at most MAX_ASM_LINES instructions (labels and
directives not counted); functions whose -O0 assembly is the same text (lzo2's variants) are kept once.
Records have heldout.jsonl's fields (`ir`, `asm_o0`) plus `asm_o2`/`ir_o2` (the function's -O2
assembly and IR, when it survives -O2) and the sizes, so `irlens bench quality --split realcode` needs
no autotuner label.

The packages are none of the recipe's (coreset.PACKAGES, sources.DEFAULT_PACKAGES) nor excluded
evaluation sets (sources.is_excluded), and the two splits share none.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from models.recipe import coreset, sources, tools

from irlens.ir.asm import parse_asm
from irlens.lift.lifter import function_asm, instructions

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO / "models" / "eval"
TARGET = "x86_64-unknown-linux-gnu"
MAX_ASM_LINES = 40
MIN_ASM_LINES = 3
PER_PACKAGE = 40  # at most this many functions per package and split (fixed seed), to bound a bench run
LIBTOOL_SHARED = ("-fPIC", "-DPIC")  # what libtool adds for the shared library's objects


@dataclass(frozen=True)
class Package:
    name: str  # Debian source package
    split: str
    sources: tuple[str, ...]  # globs under the unpacked tree
    flags: tuple[str, ...] = ()  # the build's own compiler flags (opt level aside)
    configure: tuple[str, ...] = ()  # run once in the tree (its output kept in the cache)
    makefile_defs: str | None = None  # a Makefile (after configure) whose `DEFS =` line the build passes
    includes: tuple[str, ...] = field(default=(".",))


PACKAGES = (
    # an interpreter: the makefile's `CC = gcc -fpic -pedantic` and FEATURES (Linux platform)
    Package("tinyscheme", "realcode", ("scheme.c", "dynload.c"),
            ("-fpic", "-pedantic", "-Wall", "-Wno-char-subscripts", "-DSUN_DL=1", "-DUSE_DL=1",
             "-DUSE_MATH=1", "-DUSE_ASCII_NAMES=0")),
    # a compressor: autotools, libtool shared objects
    Package("lzo2", "realcode", ("src/*.c",), LIBTOOL_SHARED,
            configure=("./configure", "CC=clang-19", "-q"), makefile_defs="Makefile",
            includes=(".", "include", "src")),
    # a format library (CSV parser): autotools, libtool shared objects
    Package("libcsv", "realcode", ("libcsv.c",), LIBTOOL_SHARED,
            configure=("./configure", "CC=clang-19", "-q"), makefile_defs="Makefile"),
    # development split: a JavaScript interpreter (Makefile's CFLAGS) and a suffix-array library (CMake)
    Package("mujs", "realcode_dev", ("js*.c", "utf*.c", "regexp.c"),
            ("-std=c99", "-pedantic", "-Wall", "-Wextra", "-Wno-unused-parameter")),
    Package("libdivsufsort", "realcode_dev", ("lib/*.c",), ("-Wall", "-DHAVE_CONFIG_H=1", "-fPIC"),
            configure=("cmake", "-S", ".", "-B", "build", "-DCMAKE_C_COMPILER=clang-19"),
            includes=("build/include", "include")),
)


def _disjoint() -> None:
    trained = set(coreset.PACKAGES) | set(sources.DEFAULT_PACKAGES)
    for package in PACKAGES:
        if package.name in trained or sources.is_excluded(package.name):
            raise ValueError(f"{package.name} is a training package or an evaluation set elsewhere")


def _tree(cache: Path, package: Package) -> Path:
    sources.fetch_debian_sources([package.name], cache)
    trees = sorted(p.parent for p in cache.glob(f"{package.name}-*/debian"))
    if not trees:
        raise SystemExit(f"apt-get source {package.name} failed (needs a deb-src entry)")
    tree = trees[-1]
    stamp = tree / ".irlens-configured"
    if package.configure and not stamp.exists():
        subprocess.run(package.configure, cwd=tree, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        stamp.write_text(" ".join(package.configure) + "\n")
    return tree


def _flags(tree: Path, package: Package) -> list[str]:
    flags = [f"--target={TARGET}", "-w", *package.flags, *(f"-I{tree / d}" for d in package.includes)]
    if package.makefile_defs:
        for line in (tree / package.makefile_defs).read_text(errors="replace").splitlines():
            if line.startswith("DEFS ="):
                flags += shlex.split(line.split("=", 1)[1])
    return flags


def _compile(source: Path, flags: list[str], level: str, emit_llvm: bool) -> str | None:
    args = [tools.tool("clang"), level, *flags, "-S", *(["-emit-llvm"] if emit_llvm else []), "-o", "-",
            str(source)]
    try:
        return tools.run(args, cwd=str(source.parent), timeout_s=300).decode("utf-8", "replace")
    except tools.ToolError:
        return None


def _functions(asm: str) -> dict[str, tuple[str, int]]:
    """name -> (the function's snippet as the lifter's input, its instruction count)."""
    found = {}
    for function in parse_asm(asm).functions:
        snippet = "\t.text\n" + function_asm(asm, function)
        found[function.name] = (snippet, len(instructions(snippet, function.name)))
    return found


def package_records(cache: Path, package: Package) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(kept records, every function's sizes) of one package."""
    tree = _tree(cache, package)
    name, version, licence = sources.package_metadata(tree)
    flags = _flags(tree, package)
    kept: list[dict[str, object]] = []
    sizes: list[dict[str, object]] = []
    seen: set[str] = set()
    files = sorted({p for pattern in package.sources for p in tree.glob(pattern)})
    for source in files:
        asm_o0 = _compile(source, flags, "-O0", emit_llvm=False)
        ir_o0 = _compile(source, flags, "-O0", emit_llvm=True)
        if asm_o0 is None or ir_o0 is None:
            print(f"  {source.relative_to(tree)}: does not compile, skipped")
            continue
        asm_o2 = _compile(source, flags, "-O2", emit_llvm=False) or ""
        ir_o2 = _compile(source, flags, "-O2", emit_llvm=True) or ""
        o0, o2 = _functions(asm_o0), _functions(asm_o2)
        relative = str(source.relative_to(tree))
        for function, (snippet, lines) in o0.items():
            o2_snippet, o2_lines = o2.get(function, (None, None))
            sizes.append({"package": name, "file": relative, "function": function, "asm_o0_lines": lines,
                          "asm_o2_lines": o2_lines})
            if not MIN_ASM_LINES <= lines <= MAX_ASM_LINES or snippet in seen:
                continue
            seen.add(snippet)
            try:
                module = tools.extract_function(ir_o0, function)
                module_o2 = tools.extract_function(ir_o2, function) if o2_snippet else None
            except tools.ToolError:
                continue
            kept.append({
                "id": sources.sample_id(module), "origin": "debian", "package": name, "version": version,
                "licence": licence, "file": relative, "function": function, "split": package.split,
                "flags": [f for f in flags if not f.startswith("-I")],
                "ir": module, "asm_o0": snippet, "asm_o0_lines": lines,
                "ir_o2": module_o2, "asm_o2": o2_snippet, "asm_o2_lines": o2_lines,
            })
    random.Random(0).shuffle(kept)
    return kept[:PER_PACKAGE], sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "irlens-realcode",
                        help="where the Debian sources are unpacked and configured")
    parser.add_argument("--out", type=Path, default=EVAL_DIR)
    args = parser.parse_args()
    _disjoint()
    splits: dict[str, list[dict[str, object]]] = {}
    all_sizes: list[dict[str, object]] = []
    for package in PACKAGES:
        kept, sizes = package_records(args.cache, package)
        print(f"{package.name}: {len(sizes)} functions, {len(kept)} kept ({package.split})")
        splits.setdefault(package.split, []).extend(kept)
        all_sizes += sizes
    for split, records in splits.items():
        records.sort(key=lambda r: str(r["id"]))
        random.Random(0).shuffle(records)  # `--limit N` takes a mix of packages
        with (args.out / f"{split}.jsonl").open("w") as handle:
            handle.writelines(json.dumps(r) + "\n" for r in records)
    (args.out / "realcode_sizes.json").write_text(json.dumps({
        "max_asm_lines": MAX_ASM_LINES, "min_asm_lines": MIN_ASM_LINES, "per_package": PER_PACKAGE,
        "functions": all_sizes}, indent=0) + "\n")


if __name__ == "__main__":
    main()
