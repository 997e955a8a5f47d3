"""Stage 1: C sources -> -O0 IR -> one module per function, with provenance.

Two sources: Debian source packages (real C; package, version and licence recorded per sample) and
csmith programs (volume, and they run: they print a checksum, so miscompiles can be caught).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.recipe import tools

# Evaluation sets elsewhere (and MiBench/cBench): never used for training or our own test split.
EXCLUDED_PACKAGES = frozenset({
    "sqlite3", "lua5.4", "bzip2", "zlib", "tiff", "lame", "ghostscript", "ispell", "sphinxbase",
    "libgsm", "libmad", "gnupg", "mibench", "cbench",
})
EXCLUDED_PREFIXES = ("libjpeg",)

# Small C packages with permissive licences that compile file by file without a configure step.
DEFAULT_PACKAGES = ("cjson", "lz4", "xxhash", "libyaml", "jansson", "libzstd", "expat", "libb2", "lmdb",
                    "libtommath")
# Held out by source package (plus csmith seeds >= TEST_SEED_BASE).
DEFAULT_TEST_PACKAGES = ("libb2", "cjson")
TEST_SEED_BASE = 1_000_000

SKIP_DIRS = {"test", "tests", "fuzz", "fuzzing", "examples", "example", "contrib", "doc", "docs", "debian",
             "programs", "demo", "bench", "benchmark", "build", "zlibWrapper", "win32", "visual"}
# Functions whose module text is longer than this do not fit the model's context with their answer.
MAX_FUNCTION_CHARS = 5000
MIN_FUNCTION_INSTRUCTIONS = 3


@dataclass
class Sample:
    id: str
    origin: str  # "debian" | "csmith"
    package: str
    version: str
    licence: str
    file: str
    function: str
    split: str  # "train" | "test"
    ir: str  # llvm-extract module of the function (clang -O0 -disable-O0-optnone)
    program: str | None = None  # csmith: id of the whole program, which can be run


def is_excluded(package: str) -> bool:
    return package in EXCLUDED_PACKAGES or package.startswith(EXCLUDED_PREFIXES)


def fetch_debian_sources(packages: list[str], src_dir: Path) -> None:
    """apt-get source (needs a deb-src entry), unpacked under src_dir; skips what is already there."""
    src_dir.mkdir(parents=True, exist_ok=True)
    for package in packages:
        if is_excluded(package):
            raise ValueError(f"{package} is an evaluation set and must not be used")
        if any(src_dir.glob(f"{package}-*/debian")):
            continue
        subprocess.run(["apt-get", "source", "-qq", package], cwd=src_dir, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def package_metadata(package_dir: Path) -> tuple[str, str, str]:
    """(source package, version, licence of `Files: *`) from debian/changelog and debian/copyright."""
    changelog = (package_dir / "debian" / "changelog").read_text(errors="replace").splitlines()[0]
    match = re.match(r"(\S+) \(([^)]+)\)", changelog)
    name, version = (match.group(1), match.group(2)) if match else (package_dir.name, "?")
    licence = "unknown"
    copyright_file = package_dir / "debian" / "copyright"
    if copyright_file.exists():
        text = copyright_file.read_text(errors="replace")
        stanza = re.search(r"^Files:\s*\*\s*$.*?^License:\s*(.+)$", text, re.MULTILINE | re.DOTALL)
        if stanza:
            licence = stanza.group(1).strip().splitlines()[0].strip()
    return name, version, licence


def _c_files(package_dir: Path) -> list[Path]:
    files = []
    for path in sorted(package_dir.rglob("*.c")):
        parts = set(path.relative_to(package_dir).parts[:-1])
        if parts & SKIP_DIRS or ".pc" in parts:
            continue
        files.append(path)
    return files


def _include_dirs(package_dir: Path) -> list[Path]:
    dirs = {package_dir}
    for header in package_dir.rglob("*.h"):
        if ".pc" not in header.parts and "debian" not in header.parts:
            dirs.add(header.parent)
    return sorted(dirs)


def function_modules(ir: str) -> Iterator[tuple[str, str]]:
    for name in tools.defined_functions(ir):
        try:
            module = tools.extract_function(ir, name)
        except tools.ToolError:
            continue
        if len(module) > MAX_FUNCTION_CHARS or tools.ir_instruction_count(module) < MIN_FUNCTION_INSTRUCTIONS:
            continue
        yield name, module


def sample_id(text: str) -> str:
    """A function module's id: the hash of its text less the lines that name the source file (the same
    function compiled in another directory has the same id)."""
    kept = [line for line in text.splitlines(keepends=True)
            if not line.startswith(("; ModuleID = ", "source_filename = "))]
    return hashlib.sha256("".join(kept).encode()).hexdigest()[:16]


def held_out_keys(record: dict[str, Any]) -> tuple[str, str]:
    """What a held-out record excludes from training: the id it was stored with and the id of its
    text (ids made before `sample_id` ignored the source file's name differ from today's)."""
    return record["id"], sample_id(record["ir"])


def debian_samples(package_dir: Path, test_packages: set[str], max_files: int | None = None,
                   target: str = "x86_64") -> Iterator[Sample]:
    name, version, licence = package_metadata(package_dir)
    if is_excluded(name):
        return
    includes = _include_dirs(package_dir)
    # Defines a configure step would give, so that more files compile without one.
    defines = ("-DHAVE_CONFIG_H=0", '-DYAML_VERSION_STRING="0.2.5"', "-DYAML_VERSION_MAJOR=0",
               "-DYAML_VERSION_MINOR=2", "-DYAML_VERSION_PATCH=5", "-DXML_POOR_ENTROPY", "-DHAVE_MEMMOVE")
    split = "test" if name in test_packages else "train"
    for count, source in enumerate(_c_files(package_dir)):
        if max_files is not None and count >= max_files:
            break
        try:
            ir = tools.compile_c_to_ir(source, includes, defines, target)
        except tools.ToolError:
            continue  # needs a configure step or other platform: skip the file
        for function, module in function_modules(ir):
            yield Sample(sample_id(module), "debian", name, version, licence,
                         str(source.relative_to(package_dir)), function, split, module)


CSMITH_OPTIONS = ("--max-funcs", "4", "--max-block-depth", "3", "--max-expr-complexity", "6",
                  "--no-volatiles", "--no-packed-struct", "--no-bitfields")


def csmith_program(seed: int, work_dir: Path) -> Path | None:
    """A csmith program that compiles and finishes quickly at -O0 (its checksum recorded beside it)."""
    work_dir.mkdir(parents=True, exist_ok=True)
    source = work_dir / f"csmith_{seed}.c"
    if (work_dir / f"csmith_{seed}.checksum").exists():
        return source
    try:
        # cwd: csmith drops a platform.info into its working directory
        source.write_bytes(tools.run(["csmith", "--seed", str(seed), *CSMITH_OPTIONS], timeout_s=30,
                                     cwd=str(work_dir)))
        ir = tools.compile_c_to_ir(source, [csmith_include_dir()])
        output = run_program(ir, work_dir / f"csmith_{seed}.O0")
    except tools.ToolError:
        return None
    if output is None:
        return None
    (work_dir / f"csmith_{seed}.ll").write_text(ir)
    (work_dir / f"csmith_{seed}.checksum").write_text(output)
    return source


def csmith_include_dir() -> Path:
    for candidate in (Path("/usr/include/csmith"), *Path("/usr/include").glob("csmith*"),
                      *Path("/usr/local/include").glob("csmith*")):
        if (candidate / "csmith.h").exists():
            return candidate
    raise tools.ToolError("csmith.h not found: apt-get install libcsmith-dev")


def run_program(ir: str, binary: Path, timeout_s: float = 2.0) -> str | None:
    """Compile IR to a program with clang, run it, return its stdout; None if it fails or hangs."""
    obj = tools.object_bytes(ir, "-O0")
    obj_path = binary.with_suffix(".o")
    obj_path.write_bytes(obj)
    tools.run([tools.tool("clang"), f"--target={tools.TARGET}", "-no-pie", str(obj_path), "-o", str(binary)],
              timeout_s=60)
    try:
        proc = subprocess.run([str(binary)], capture_output=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return None
    finally:
        obj_path.unlink(missing_ok=True)
    binary.unlink(missing_ok=True)
    return proc.stdout.decode(errors="replace") if proc.returncode == 0 else None


def csmith_samples(seed: int, work_dir: Path) -> Iterator[Sample]:
    source = csmith_program(seed, work_dir)
    if source is None:
        return
    ir = source.with_suffix(".ll").read_text()
    split = "test" if seed >= TEST_SEED_BASE else "train"
    for function, module in function_modules(ir):
        if not re.fullmatch(r"func_\d+|main", function):
            continue  # csmith.h runtime helpers: the same text in every program
        yield Sample(sample_id(module), "csmith", "csmith", "2.3.0", "BSD-2-Clause (generated programs)",
                     source.name, function, split, module, program=str(source.with_suffix(".ll")))


def write_samples(samples: list[Sample], path: Path) -> None:
    seen: set[str] = set()
    with path.open("w") as handle:
        for sample in samples:
            if sample.id in seen:
                continue  # the same function text twice (headers, csmith runtime helpers)
            seen.add(sample.id)
            handle.write(json.dumps(asdict(sample)) + "\n")


def read_samples(path: Path) -> list[Sample]:
    return [Sample(**json.loads(line)) for line in path.read_text().splitlines() if line.strip()]
