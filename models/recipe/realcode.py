"""The real-code lifting splits: functions of C packages the recipe never saw, compiled as their builds do.

    python -m models.recipe.realcode [--cache ~/.cache/irlens-realcode] [--target thumbv7m|riscv32]

writes models/eval/realcode.jsonl (held out: never look at its failures to design repairs),
models/eval/realcode_dev.jsonl (for developing repairs) and models/eval/realcode_sizes.json (every
function's assembly size, kept or not); with `--target T` (thumbv7m, riscv32: the lift-data stage's
bare-metal targets, tools.LIFT_TARGETS) realcode_T.jsonl, realcode_dev_T.jsonl and
realcode_sizes_T.json. Sources come from `apt-get source` into the cache directory
(outside the repository); autotools/CMake packages are configured there first (with clang-19) so that
their config headers and `DEFS` are the build's own. Each C file is compiled by clang-19 for x86-64 at
-O0 and -O2 with the package's own flags (those its Makefile passes for the library objects, libtool's
`-fPIC -DPIC` included); the assembly is clang's (`-S`), the IR clang's `-emit-llvm` extracted per
function. A function is kept when its -O0 assembly has at most MAX_ASM_LINES instructions (labels and
directives not counted); functions whose -O0 assembly is the same text (lzo2's variants) are kept once.

A bare-metal target (`--target`) compiles the same files with the lift-data stage's options (newlib's
headers behind clang's, tools.LIFT_TARGETS) and each package's build for such a target (`Package.bare_metal`):
a static library, so no shared-object flags; CMake configured for the target (CMAKE_SYSTEM_NAME=Generic,
try-compiles as static libraries: there is no bare-metal linker here); autotools packages cannot be
configured without a linker, so lzo2 builds as its own generic build (B/generic/build.sh: no config
header) and libcsv keeps the host configure's header checks whose header newlib has. Files that need
headers newlib lacks (POSIX: dlfcn.h, ...) do not compile and are skipped and counted.
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
import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

from models.recipe import coreset, sources, tools

from irlens.ir.asm import parse_asm
from irlens.lift.lifter import function_asm, instructions

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO / "models" / "eval"
NATIVE = "x86_64"  # tools.LIFT_TARGETS's x86-64: the triple the Debian builds compile for
BARE_METAL_TARGETS = ("thumbv7m", "riscv32")
MAX_ASM_LINES = 40
MIN_ASM_LINES = 3
PER_PACKAGE = 40  # at most this many functions per package and split (fixed seed), to bound a bench run
LIBTOOL_SHARED = ("-fPIC", "-DPIC")  # what libtool adds for the shared library's objects


@dataclass(frozen=True)
class Build:
    """How a package's build compiles its library's C files for one kind of target."""

    flags: tuple[str, ...] = ()  # the build's own compiler flags (opt level aside)
    # run once in the tree (its output kept in the cache); {target} is the lifting target's name,
    # {triple} and {target_flags} its clang triple and other options
    configure: tuple[str, ...] = ()
    makefile_defs: str | None = None  # a Makefile (after configure) whose `DEFS =` line the build passes
    includes: tuple[str, ...] = (".",)  # under the tree; {target} filled in as for `configure`
    # bare metal: keep of the host configure's DEFS only the `-DHAVE_X_H` whose header newlib has
    defs_newlib_headers_only: bool = False


@dataclass(frozen=True)
class Package:
    name: str  # Debian source package
    split: str
    sources: tuple[str, ...]  # globs under the unpacked tree
    native: Build  # x86-64 Linux, as Debian builds it
    bare_metal: Build  # thumbv7m, riscv32 (BARE_METAL_TARGETS)

    def build(self, target: str) -> Build:
        return self.native if target == NATIVE else self.bare_metal


_AUTOTOOLS = ("./configure", "CC=clang-19", "-q")
_TINYSCHEME_WARNINGS = ("-pedantic", "-Wall", "-Wno-char-subscripts")
_TINYSCHEME_FEATURES = ("-DUSE_MATH=1", "-DUSE_ASCII_NAMES=0")  # FEATURES after USE_DL
_MUJS = ("-std=c99", "-pedantic", "-Wall", "-Wextra", "-Wno-unused-parameter")

PACKAGES = (
    # an interpreter: the makefile's `CC = gcc -fpic -pedantic` and FEATURES (Linux platform: dynamic
    # loading with SUN_DL); bare metal, the static library without dynamic loading and the makefile's
    # platform line for newlib's C library (Cygwin's: it has strlwr)
    Package("tinyscheme", "realcode", ("scheme.c", "dynload.c"),
            native=Build(("-fpic", *_TINYSCHEME_WARNINGS, "-DSUN_DL=1", "-DUSE_DL=1", *_TINYSCHEME_FEATURES)),
            bare_metal=Build((*_TINYSCHEME_WARNINGS, "-DUSE_STRLWR=0", "-DUSE_DL=0", *_TINYSCHEME_FEATURES))),
    # a compressor: autotools, libtool shared objects; bare metal, its generic build (B/generic/build.sh)
    Package("lzo2", "realcode", ("src/*.c",),
            native=Build(LIBTOOL_SHARED, configure=_AUTOTOOLS, makefile_defs="Makefile",
                         includes=(".", "include", "src")),
            bare_metal=Build(("-DLZO_LIBC_ISOC90=1",), includes=("include", ".", "src"))),
    # a format library (CSV parser): autotools, libtool shared objects
    Package("libcsv", "realcode", ("libcsv.c",),
            native=Build(LIBTOOL_SHARED, configure=_AUTOTOOLS, makefile_defs="Makefile"),
            bare_metal=Build(configure=_AUTOTOOLS, makefile_defs="Makefile", defs_newlib_headers_only=True)),
    # development split: a JavaScript interpreter (Makefile's CFLAGS) and a suffix-array library (CMake)
    Package("mujs", "realcode_dev", ("js*.c", "utf*.c", "regexp.c"),
            native=Build(_MUJS), bare_metal=Build(_MUJS)),
    Package("libdivsufsort", "realcode_dev", ("lib/*.c",),
            native=Build(("-Wall", "-DHAVE_CONFIG_H=1", "-fPIC"),
                         configure=("cmake", "-S", ".", "-B", "build", "-DCMAKE_C_COMPILER=clang-19"),
                         includes=("build/include", "include")),
            bare_metal=Build(("-Wall", "-DHAVE_CONFIG_H=1"),
                             configure=("cmake", "-S", ".", "-B", "build-{target}",
                                        "-DCMAKE_SYSTEM_NAME=Generic", "-DCMAKE_C_COMPILER=clang-19",
                                        "-DCMAKE_C_COMPILER_TARGET={triple}",
                                        "-DCMAKE_C_FLAGS={target_flags}",
                                        "-DCMAKE_TRY_COMPILE_TARGET_TYPE=STATIC_LIBRARY"),
                             includes=("build-{target}/include", "include"))),
)


def _disjoint() -> None:
    trained = set(coreset.PACKAGES) | set(sources.DEFAULT_PACKAGES)
    for package in PACKAGES:
        if package.name in trained or sources.is_excluded(package.name):
            raise ValueError(f"{package.name} is a training package or an evaluation set elsewhere")


def _placeholders(target: str) -> dict[str, str]:
    """{target}, {triple} and {target_flags} of a Build's configure command and includes."""
    options = tools.LIFT_TARGETS[target]
    triple = next(o.removeprefix("--target=") for o in options if o.startswith("--target="))
    return {"target": target, "triple": triple,
            "target_flags": " ".join(o for o in options if not o.startswith("--target="))}


def _tree(cache: Path, package: Package, target: str) -> Path:
    sources.fetch_debian_sources([package.name], cache)
    trees = sorted(p.parent for p in cache.glob(f"{package.name}-*/debian"))
    if not trees:
        raise SystemExit(f"apt-get source {package.name} failed (needs a deb-src entry)")
    tree = trees[-1]
    configure = [part.format(**_placeholders(target)) for part in package.build(target).configure]
    stamp = tree / ".irlens-configured"  # the configure commands run so far, one a line
    done = stamp.read_text().splitlines() if stamp.exists() else []
    if configure and " ".join(configure) not in done:
        subprocess.run(configure, cwd=tree, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stamp.write_text("".join(line + "\n" for line in [*done, " ".join(configure)]))
    return tree


def newlib_has(header: str) -> bool:
    return (tools.NEWLIB_INCLUDE / header).is_file()


def _header_of_have(define: str) -> list[str]:
    """The headers a `-DHAVE_X_Y_H=1` may stand for (x_y.h or x/y.h), none for other defines."""
    name = define.removeprefix("-D").split("=", 1)[0]
    if not (name.startswith("HAVE_") and name.endswith("_H")):
        return []
    stem = name.removeprefix("HAVE_").removesuffix("_H").lower()
    return [f"{stem}.h", f"{stem.replace('_', '/', 1)}.h"]


def bare_metal_defs(defs: list[str]) -> list[str]:
    """The host configure's DEFS less the header checks newlib would fail (a cross configure's answer
    for them; the other checks do not depend on the target's headers)."""
    return [d for d in defs if not (headers := _header_of_have(d)) or any(newlib_has(h) for h in headers)]


def _flags(tree: Path, package: Package, target: str) -> list[str]:
    build = package.build(target)
    fill = _placeholders(target)
    flags = [*tools.LIFT_TARGETS[target], "-w", *build.flags,
             *(f"-I{tree / d.format(**fill)}" for d in build.includes)]
    if build.makefile_defs:
        for line in (tree / build.makefile_defs).read_text(errors="replace").splitlines():
            if line.startswith("DEFS ="):
                defs = shlex.split(line.split("=", 1)[1])
                flags += bare_metal_defs(defs) if build.defs_newlib_headers_only else defs
    return flags


def _compile(source: Path, flags: list[str], level: str, emit_llvm: bool) -> str | None:
    args = [tools.tool("clang"), level, *flags, "-S", *(["-emit-llvm"] if emit_llvm else []), "-o", "-",
            str(source)]
    try:
        return tools.run(args, cwd=str(source.parent), timeout_s=300).decode("utf-8", "replace")
    except tools.ToolError:
        return None


# the file-level directives at the top of clang's assembly that say the target (Arm's build attributes
# and CPU, RISC-V's ISA attribute): kept with a bare-metal function so that its target is detected
_FILE_HEADER = re.compile(r"\s*\.(text|syntax|eabi_attribute|cpu|fpu|arch|attribute|option|file)\b")


def file_header(asm: str) -> str:
    lines = asm.splitlines(keepends=True)
    count = next((i for i, line in enumerate(lines) if not _FILE_HEADER.match(line)), len(lines))
    return "".join(lines[:count])


def _functions(asm: str, target: str) -> dict[str, tuple[str, int]]:
    """name -> (the function's snippet as the lifter's input, its instruction count). A bare-metal
    function comes after the file's header (the first one's snippet holds it already); a blank line
    between them keeps the header out of the snippet the lifter cuts for its prompt, as for any but
    the first function of a whole file."""
    header = "\t.text\n" if target == NATIVE else file_header(asm)
    found = {}
    for function in parse_asm(asm).functions:
        own = function_asm(asm, function)
        snippet = own if target != NATIVE and own.startswith(header) else \
            header + ("" if target == NATIVE else "\n") + own
        found[function.name] = (snippet, len(instructions(snippet, function.name)))
    return found


def package_records(cache: Path, package: Package, target: str = NATIVE
                    ) -> tuple[list[dict[str, object]], list[dict[str, object]], list[str]]:
    """(kept records, every function's sizes, the files that do not compile) of one package."""
    tree = _tree(cache, package, target)
    name, version, licence = sources.package_metadata(tree)
    flags = _flags(tree, package, target)
    skipped: list[str] = []
    kept: list[dict[str, object]] = []
    sizes: list[dict[str, object]] = []
    seen: set[str] = set()
    files = sorted({p for pattern in package.sources for p in tree.glob(pattern)})
    for source in files:
        asm_o0 = _compile(source, flags, "-O0", emit_llvm=False)
        ir_o0 = _compile(source, flags, "-O0", emit_llvm=True)
        if asm_o0 is None or ir_o0 is None:
            print(f"  {source.relative_to(tree)}: does not compile for {target}, skipped")
            skipped.append(str(source.relative_to(tree)))
            continue
        asm_o2 = _compile(source, flags, "-O2", emit_llvm=False) or ""
        ir_o2 = _compile(source, flags, "-O2", emit_llvm=True) or ""
        o0, o2 = _functions(asm_o0, target), _functions(asm_o2, target)
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
                **({} if target == NATIVE else {"target": target}),
                "licence": licence, "file": relative, "function": function, "split": package.split,
                "flags": [f for f in flags if not f.startswith("-I")],
                "ir": module, "asm_o0": snippet, "asm_o0_lines": lines,
                "ir_o2": module_o2, "asm_o2": o2_snippet, "asm_o2_lines": o2_lines,
            })
    random.Random(0).shuffle(kept)
    return kept[:PER_PACKAGE], sizes, skipped


def output_name(stem: str, target: str) -> str:
    """realcode, realcode_dev, realcode_sizes; with _TARGET for a bare-metal target."""
    return stem if target == NATIVE else f"{stem}_{target}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "irlens-realcode",
                        help="where the Debian sources are unpacked and configured")
    parser.add_argument("--out", type=Path, default=EVAL_DIR)
    parser.add_argument("--target", choices=(NATIVE, *BARE_METAL_TARGETS), default=NATIVE,
                        help="compile for this lifting target (default: %(default)s, as Debian builds)")
    args = parser.parse_args()
    _disjoint()
    if args.target != NATIVE and not tools.NEWLIB_INCLUDE.is_dir():
        raise SystemExit(f"{args.target} needs newlib's headers in {tools.NEWLIB_INCLUDE}: "
                         "apt-get install libnewlib-dev")
    splits: dict[str, list[dict[str, object]]] = {}
    all_sizes: list[dict[str, object]] = []
    all_skipped: dict[str, list[str]] = {}
    for package in PACKAGES:
        kept, sizes, skipped = package_records(args.cache, package, args.target)
        print(f"{package.name}: {len(sizes)} functions, {len(kept)} kept ({package.split}); "
              f"{len(skipped)} files do not compile for {args.target}")
        splits.setdefault(package.split, []).extend(kept)
        all_sizes += sizes
        all_skipped[package.name] = skipped
    for split, records in splits.items():
        records.sort(key=lambda r: str(r["id"]))
        random.Random(0).shuffle(records)  # `--limit N` takes a mix of packages
        with (args.out / f"{output_name(split, args.target)}.jsonl").open("w") as handle:
            handle.writelines(json.dumps(r) + "\n" for r in records)
    sizes_report: dict[str, object] = {"max_asm_lines": MAX_ASM_LINES, "min_asm_lines": MIN_ASM_LINES,
                                       "per_package": PER_PACKAGE}
    if args.target != NATIVE:
        sizes_report |= {"target": args.target, "files_not_compiling": all_skipped}
    (args.out / f"{output_name('realcode_sizes', args.target)}.json").write_text(
        json.dumps({**sizes_report, "functions": all_sizes}, indent=0) + "\n")


if __name__ == "__main__":
    main()
