"""Find the LLVM tools irlens drives, for LLVM 17-20.

Debian and Ubuntu install them as `opt-19` on PATH and in /usr/lib/llvm-19/bin; the unsuffixed `opt`
on PATH may be an older LLVM (14 on Debian 12's default `llvm` package) and is used only when its
version is supported. `Settings.llvm_bin` / IRLENS_LLVM_BIN names one directory and wins outright.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from irlens.config import Settings

TOOLS = (
    "opt",
    "llc",
    "llvm-mc",
    "llvm-as",
    "llvm-extract",
    "llvm-link",
    "llvm-size",
    "llvm-nm",
    "llvm-readelf",
    "llvm-dis",
)
MIN_VERSION = 17
MAX_VERSION = 20
SUPPORTED_VERSIONS = tuple(range(MAX_VERSION, MIN_VERSION - 1, -1))  # newest first
# Tools that merely print versions; asked before opt/llc because those may be fault wrappers in tests.
_VERSION_PROBES = ("llvm-as", "llvm-nm", "llvm-dis", "llvm-size", "opt", "llc", "llvm-mc")
_EXTRA_DIRS = ("/usr/local/opt/llvm/bin", "/opt/homebrew/opt/llvm/bin", "/usr/local/bin")
_VERSION_RE = re.compile(r"LLVM version (\d+)\.")


class ToolMissing(Exception):
    """A tool irlens needs is not installed (the message says how to get it)."""

    def __init__(self, tool: str, detail: str = "") -> None:
        self.tool = tool
        super().__init__(missing_message(tool, detail))


def missing_message(tool: str, detail: str = "") -> str:
    hint = (
        f"{tool} (LLVM {MIN_VERSION}-{MAX_VERSION}) was not found; install it with "
        f"`apt-get install llvm-19` or point IRLENS_LLVM_BIN / the llvmBin setting at its directory"
    )
    return f"{hint} ({detail})" if detail else hint


@dataclass(frozen=True)
class ToolLimits:
    """What one tool call may take: the user's settings (toolTimeoutS, toolMemoryMb, toolOutputMb), for
    every call."""

    timeout_s: float = 60.0
    memory_mb: int = 4096
    output_mb: int = 256  # the largest file it may write


@dataclass(frozen=True)
class Toolchain:
    version: int  # LLVM major version; 0 when nothing usable was found
    tools: Mapping[str, str] = field(default_factory=dict)  # tool name -> absolute path
    missing: tuple[str, ...] = ()
    origin: str = ""  # where the tools came from, for messages
    problem: str = ""  # why tools are missing, when known (e.g. "LLVM 14 is too old")
    limits: ToolLimits = ToolLimits()

    def path(self, name: str) -> str:
        try:
            return self.tools[name]
        except KeyError:
            raise ToolMissing(name, self.problem) from None

    @property
    def key(self) -> str:
        """Identifies this toolchain in caches: results from another LLVM must not be reused."""
        return f"llvm{self.version}:" + ";".join(f"{k}={v}" for k, v in sorted(self.tools.items()))

    def describe(self) -> str:
        text = f"LLVM {self.version} from {self.origin}" if self.version else "no LLVM toolchain"
        if self.missing:
            text += "; missing: " + ", ".join(self.missing)
        return text


def discover(settings: Settings | None = None) -> Toolchain:
    settings = settings or Settings.from_env()
    llvm_bin = settings.llvm_bin or os.environ.get("IRLENS_LLVM_BIN") or None
    found = _discover_cached(llvm_bin, os.environ.get("PATH", ""))
    return dataclasses.replace(found, limits=ToolLimits(settings.tool_timeout_s, settings.tool_memory_mb,
                                                          settings.tool_output_mb))


@functools.lru_cache(maxsize=16)
def _discover_cached(llvm_bin: str | None, search_path: str) -> Toolchain:
    if llvm_bin:
        return _from_directory(Path(llvm_bin).expanduser(), f"{llvm_bin} (llvm_bin setting)")
    best: Toolchain | None = None
    for version in SUPPORTED_VERSIONS:
        candidate = _suffixed(version, search_path)
        if candidate.tools and (best is None or len(candidate.tools) > len(best.tools)):
            best = candidate
            if not candidate.missing:
                break
    if best is not None and not best.missing:
        return best
    # Unsuffixed tools (llvm.org tarballs, Homebrew, custom builds): only if their version is supported.
    for directory in [*search_path.split(os.pathsep), *_EXTRA_DIRS]:
        if not directory or not (Path(directory) / "opt").exists():
            continue
        candidate = _from_directory(Path(directory), directory)
        if candidate.tools and (best is None or candidate.version > best.version):
            best = candidate
    if best is not None:
        return best
    return Toolchain(version=0, tools={}, missing=TOOLS, origin="PATH",
                     problem=f"no LLVM {MIN_VERSION}-{MAX_VERSION} installation found")


def _suffixed(version: int, search_path: str) -> Toolchain:
    libdir = Path(f"/usr/lib/llvm-{version}/bin")
    tools: dict[str, str] = {}
    for name in TOOLS:
        in_libdir = libdir / name
        if _is_executable(in_libdir):
            tools[name] = str(in_libdir)
            continue
        found = shutil.which(f"{name}-{version}", path=search_path)
        if found:
            tools[name] = found
    missing = tuple(name for name in TOOLS if name not in tools)
    return Toolchain(version=version, tools=tools, missing=missing, origin=f"LLVM {version} packages")


def _from_directory(directory: Path, origin: str) -> Toolchain:
    tools: dict[str, str] = {}
    for name in TOOLS:
        for candidate in [name, *(f"{name}-{v}" for v in SUPPORTED_VERSIONS)]:
            path = directory / candidate
            if _is_executable(path):
                tools[name] = str(path.absolute())
                break
    version = 0
    for probe in _VERSION_PROBES:
        if probe in tools:
            version = tool_version(tools[probe])
            if version:
                break
    if not tools:
        return Toolchain(0, {}, TOOLS, origin, f"no LLVM tools in {directory}")
    if not MIN_VERSION <= version <= MAX_VERSION:
        found = f"LLVM {version}" if version else "an LLVM of unknown version"
        return Toolchain(version, {}, TOOLS, origin,
                         f"{directory} holds {found}; irlens needs LLVM {MIN_VERSION}-{MAX_VERSION}")
    missing = tuple(name for name in TOOLS if name not in tools)
    return Toolchain(version, tools, missing, origin)


@functools.lru_cache(maxsize=64)
def tool_version(path: str) -> int:
    """Major LLVM version reported by `TOOL --version`; 0 when it does not say."""
    try:
        out = subprocess.run([path, "--version"], capture_output=True, timeout=10, check=False,
                             stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return 0
    match = _VERSION_RE.search(out.stdout.decode("utf-8", "replace"))
    return int(match.group(1)) if match else 0


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)
