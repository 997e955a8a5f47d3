"""Which flags of a build command (a compile_commands.json entry) irlens passes on to clang: an allow-list.

A cloned repository's build commands are untrusted input: `-fplugin=x.so`, `-Xclang -load`, `--config`,
`-B` or a response file would make clang run the repository's code, and `-MJ`, `-ftime-trace=`,
`-Wp,-MD,F`, `--save-temps` would write files wherever they say. Only what decides the program's meaning
and code is kept: macros, include paths, language and standard, target and code generation options,
warnings and debug info. Everything else is left out and named with why (`Refused`); the entry is
compiled without it, so the sizes are those of the build without that flag.

The build's own outputs and optimization level (-c, -o, -O2, -MD -MF ...) are replaced by the caller's
and dropped without a word. Response files (`@file`) are expanded here, with limits and only from the
entry's directory, so that clang never reads one. Every kept value-taking option is written in a form
clang cannot read any other way: joined (`-DX=1`, `--target=T`), or separate with a value that starts
with neither `-` nor `@`.
"""

from __future__ import annotations

import os
import re
import shlex
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

RESPONSE_FILE_MAX_BYTES = 1 << 20
RESPONSE_FILE_MAX_DEPTH = 4
MAX_ARGUMENTS = 100_000
# Wrappers in front of the compiler: the compiler (their first argument) is skipped with them.
COMPILER_LAUNCHERS = frozenset({"ccache", "sccache", "distcc", "icecc", "buildcache"})

# Options whose value may be joined (-DX, -Ipath) or the next argument; written back joined.
_JOINED_VALUE = ("-D", "-U", "-I")
# Options taking the next argument (or a joined one) that is a path or name; written back separate.
_SEPARATE_VALUE = ("-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-x")
_LANGUAGES = frozenset({"c", "c++", "objective-c", "objective-c++", "cpp-output", "c++-cpp-output"})
# `--target=T`, `-target T` and `--sysroot=DIR`, `--sysroot DIR`, `-isysroot DIR`: written back joined.
_TARGET_RE = re.compile(r"[A-Za-z0-9_.-]+")

_FLAGS = frozenset({
    "-ansi", "-pedantic", "-pedantic-errors", "-w", "-pthread", "-trigraphs", "-undef",
    "-nostdinc", "-nostdinc++", "-nostdlibinc", "-nobuiltininc", "-ffreestanding",
})
# -f switches that only change the program's semantics or its code, each also allowed as -fno-NAME.
_F_SWITCHES = frozenset({
    "PIC", "pic", "PIE", "pie", "common", "strict-aliasing", "wrapv", "trapv", "builtin", "hosted",
    "short-enums", "short-wchar", "signed-char", "unsigned-char", "signed-bitfields", "unsigned-bitfields",
    "exceptions", "cxx-exceptions", "rtti", "asynchronous-unwind-tables", "unwind-tables", "data-sections",
    "function-sections", "omit-frame-pointer", "stack-protector", "stack-protector-strong",
    "stack-protector-all", "stack-clash-protection", "delete-null-pointer-checks", "strict-overflow",
    "math-errno", "fast-math", "finite-math-only", "unsafe-math-optimizations", "associative-math",
    "reciprocal-math", "signed-zeros", "trapping-math", "honor-nans", "honor-infinities", "approx-func",
    "threadsafe-statics", "ms-extensions", "ms-compatibility", "gnu89-inline", "gnu-keywords", "inline",
    "inline-functions", "jump-tables", "plt", "merge-all-constants", "zero-initialized-in-bss",
    "semantic-interposition", "color-diagnostics", "diagnostics-color", "diagnostics-show-option",
    "caret-diagnostics", "show-column", "elide-constructors", "access-control", "char8_t",
    "sized-deallocation", "aligned-allocation", "aligned-new", "strict-enums", "strict-vtable-pointers",
    "strict-float-cast-overflow", "asm", "gnu-inline-asm", "dollars-in-identifiers", "operator-names",
    "lax-vector-conversions", "vectorize", "slp-vectorize", "unroll-loops", "optimize-sibling-calls",
    "keep-static-consts", "ident", "addrsig", "emulated-tls", "use-cxa-atexit", "use-init-array",
    "verbose-asm", "blocks", "objc-arc", "objc-exceptions", "debug-macro", "standalone-debug",
    "eliminate-unused-debug-types", "visibility-inlines-hidden", "visibility-global-new-delete-hidden",
    "coroutines", "declspec", "delayed-template-parsing", "ms-volatile", "new-infallible",
    "assume-sane-operator-new", "fixed-point", "digraphs", "strict-return", "finite-loops",
    "complete-member-pointers", "stack-size-section", "permissive", "gnu-unique", "keep-inline-functions",
    "signaling-nans", "rounding-math", "builtin-module-map", "pascal-strings",
})
# -fNAME=VALUE options that change semantics or code, with the values they accept.
_WORD = r"[A-Za-z0-9_.,+-]+"
_F_VALUES: dict[str, str] = {
    "visibility": "default|hidden|protected|internal",
    "cf-protection": "none|branch|return|full",
    "trivial-auto-var-init": "uninitialized|zero|pattern",
    "fp-contract": "on|off|fast|fast-honor-pragmas",
    "fp-model": "precise|strict|fast",
    "fp-exception-behavior": "ignore|maytrap|strict",
    "tls-model": "global-dynamic|local-dynamic|initial-exec|local-exec",
    "diagnostics-color": "always|never|auto",
    "exec-charset": _WORD, "input-charset": _WORD, "gnuc-version": _WORD, "ms-compatibility-version": _WORD,
    "denormal-fp-math": _WORD, "zero-call-used-regs": _WORD, "patchable-function-entry": _WORD,
    "message-length": r"\d+", "template-depth": r"\d+", "constexpr-depth": r"\d+",
    "constexpr-steps": r"\d+", "bracket-depth": r"\d+", "macro-backtrace-limit": r"\d+",
    "template-backtrace-limit": r"\d+", "error-limit": r"\d+", "max-type-align": r"\d+",
    "pack-struct": r"\d+", "align-functions": r"\d+",
    # They rewrite path strings (debug info, __FILE__); nothing is read or written.
    "debug-prefix-map": ".*", "file-prefix-map": ".*", "macro-prefix-map": ".*",
}
_F_VALUE_RE = re.compile(r"-f(" + "|".join(map(re.escape, _F_VALUES)) + r")=(.*)", re.S)
_NO_BUILTIN_RE = re.compile(r"-fno-builtin-[A-Za-z0-9_]+")
_STD_RE = re.compile(r"-std=[a-z0-9+]+|-stdlib=(libc\+\+|libstdc\+\+|platform)")
# Target options: -m32, -march=x86-64-v2, -mcpu=cortex-m4, -mfloat-abi=hard, -mthumb, -mno-red-zone ...
# No '/' (no paths); never -mllvm or -mmlir (internal options: they can write files), -module-* (module
# files) nor the forms that take the next argument (-meabi V, -mthread-model V: refused with it).
_M_RE = re.compile(r"-m(?!llvm|mlir|odule|eabi$|thread-model$)[A-Za-z0-9][A-Za-z0-9_.+,=-]*")
# Warnings: -Wall, -Wno-unused, -Werror=format ... but no comma: -Wp, -Wl, -Wa, pass options on.
_W_RE = re.compile(r"-W[A-Za-z0-9][A-Za-z0-9_+=.-]*")
_G_RE = re.compile(r"-g|-g[0-3]|-ggdb[0-3]?|-gdwarf(-[2-5]|32|64)?|-gline-tables-only|-gline-directives-only"
                   r"|-g(no-)?column-info|-g(no-)?split-dwarf(=single|=split)?|-gz(=zlib|=zstd|=none)?"
                   r"|-g(no-)?(gnu-)?pubnames|-g(no-)?strict-dwarf|-g(no-)?record-command-line"
                   r"|-grecord-gcc-switches|-gcodeview|-gfull|-gused|-g(no-)?simple-template-names")

# The build's own output and optimization: replaced by the caller's, dropped without a word.
_REPLACED = frozenset({"-c", "-S", "-E", "-emit-llvm", "-pipe", "-flto", "-M", "-MM", "-MD", "-MMD", "-MP",
                       "-MG", "-fno-lto"})
_REPLACED_WITH_VALUE = frozenset({"-o", "-MF", "-MT", "-MQ"})
_REPLACED_PREFIXES = ("-O", "-flto=", "-o", "-MF", "-MT", "-MQ")

# Refused options that take the next argument as their value: both are left out together.
_REFUSED_WITH_VALUE = frozenset({
    "-Xclang", "-mllvm", "-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xanalyzer", "-Xopenmp-target",
    "-MJ", "-B", "--prefix", "--config", "-gcc-toolchain", "-dumpdir", "-dumpbase", "-ivfsoverlay",
    "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-imultilib", "-arch", "-l", "-L", "-T", "-z", "-u",
    "-F", "-framework", "-include-pch", "--serialize-diagnostics", "-working-directory", "--param",
    "-index-store-path", "-specs", "-target-feature", "-mmlir", "-meabi", "-mthread-model",
    "-module-dependency-dir", "-gen-cdb-fragment-path",
})
# Why a refused option is dangerous, by its spelling's start (longest first); else not on the list.
_LOADS_CODE = "loads code or programs into the compiler"
_WRITES = "writes files"
_LINK = "only for linking or assembling"
_REASONS: tuple[tuple[str, str], ...] = tuple(sorted([
    ("-fplugin", _LOADS_CODE), ("-fpass-plugin", _LOADS_CODE),
    ("-Xclang", "passes options to the compiler's internals (-Xclang -load loads code)"),
    ("-mllvm", "passes options to LLVM's internals (can load code and write files)"),
    ("-Xpreprocessor", "passes options on unchecked"), ("-Wp,", "passes options on unchecked"),
    ("-B", _LOADS_CODE), ("--prefix", _LOADS_CODE), ("--gcc-toolchain", _LOADS_CODE),
    ("-gcc-toolchain", _LOADS_CODE), ("--gcc-install-dir", _LOADS_CODE), ("-specs", _LOADS_CODE),
    ("--config", "reads more flags from a file"), ("-working-directory", "changes the directory"),
    ("-MJ", _WRITES), ("-ftime-trace", _WRITES), ("-save-temps", _WRITES), ("--save-temps", _WRITES),
    ("-save-stats", _WRITES), ("-fcrash-diagnostics", _WRITES), ("-gen-reproducer", _WRITES),
    ("-gen-cdb-fragment-path", _WRITES), ("-fprofile", "reads or writes profiles"),
    ("-fcoverage", "reads or writes profiles"), ("-fprofile-arcs", _WRITES), ("-ftest-coverage", _WRITES),
    ("-fmodules", _WRITES + " (a module cache)"), ("-fsave-optimization-record", _WRITES),
    ("-foptimization-record-file", _WRITES), ("-fproc-stat-report", _WRITES), ("-dumpdir", _WRITES),
    ("-dumpbase", _WRITES), ("--serialize-diagnostics", _WRITES), ("-index-store-path", _WRITES),
    ("-frewrite-map-file", "reads a symbol rewrite map"),
    ("-Wl,", _LINK), ("-Xlinker", _LINK), ("-Wa,", _LINK), ("-Xassembler", _LINK), ("-fuse-ld", _LINK),
    ("-l", _LINK), ("-L", _LINK), ("-shared", _LINK), ("-static", _LINK), ("-rdynamic", _LINK),
    ("-###", "prints the commands instead of compiling"),
], key=lambda pair: -len(pair[0])))
_NOT_LISTED = "not on irlens's allow-list of flags"


@dataclass(frozen=True)
class Refused:
    """One argument (with its value) left out of a build command, and why."""

    option: str  # what groups it in a report: "-fplugin=", "-Xclang", "@file"
    argument: str  # as written, with its value: "-fplugin=/src/x.so", "-Xclang -load"
    reason: str

    def describe(self) -> str:
        what = {"input": "argument", "@file": "response file"}.get(self.option, "flag")
        shown = self.argument if len(self.argument) <= 120 else self.argument[:117] + "..."
        return f"{what} {shown} refused: {self.reason}"


@dataclass
class FilteredCommand:
    """The arguments clang may be given for one entry, and what was left out."""

    kept: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)


def filter_command(arguments: Sequence[str], directory: Path, source: str) -> FilteredCommand:
    """The allowed flags of a build command `arguments` ([0] the compiler, a launcher in front of it
    skipped) run in `directory` for the input `source`; `source` itself and other inputs are left out
    (the caller gives clang the file). Response files are read relative to `directory`."""
    result = FilteredCommand()
    expanded = _expand_response_files(list(_without_compiler(arguments)), directory, result.refused)
    sources = {source, os.path.normpath(source), os.path.normpath(os.path.join(directory, source))}
    words = iter(expanded)
    for word in words:
        if word in _REPLACED or word.startswith(_REPLACED_PREFIXES):
            if word in _REPLACED_WITH_VALUE:
                next(words, None)
            continue
        if not word.startswith("-") or word == "-":
            if word not in sources and os.path.normpath(os.path.join(directory, word)) not in sources:
                result.refused.append(Refused("input", word, "only the entry's own file is compiled"))
            continue
        kept = _allowed(word, words)
        if isinstance(kept, Refused):
            result.refused.append(kept)
        else:
            result.kept.extend(kept)
    return result


def _without_compiler(arguments: Sequence[str]) -> Sequence[str]:
    skip = 2 if arguments and os.path.basename(arguments[0]) in COMPILER_LAUNCHERS else 1
    return arguments[skip:]


def _allowed(word: str, rest: Iterator[str]) -> list[str] | Refused:
    """The kept form of `word` (taking its value from `rest` where it is separate), or why not."""
    for option in _JOINED_VALUE:
        if word.startswith(option):
            value = word[len(option):] or next(rest, "")
            if not value:
                return Refused(option, option, "has no value")
            return [option + value]
    for option in _SEPARATE_VALUE:
        if word == option or (word.startswith(option) and not word[len(option)].startswith(("-", "_"))):
            value = word[len(option):] or next(rest, "")
            if option == "-x" and value not in _LANGUAGES:
                return Refused(option, f"{option} {value}", "only C, C++ and Objective-C are compiled")
            return _separate(option, value)
    if word in ("-target", "--sysroot", "-isysroot"):
        value = next(rest, "")
        return _joined_target(word, value)
    if word.startswith(("--target=", "--sysroot=", "-isysroot")):
        option, value = (word[:9], word[9:]) if word.startswith("-isysroot") else word.split("=", 1)
        return _joined_target(option, value)
    if (word in _FLAGS or _plain_f_switch(word) or _f_value_ok(word)
            or any(pattern.fullmatch(word) for pattern in (_NO_BUILTIN_RE, _STD_RE, _M_RE, _W_RE, _G_RE))):
        return [word]
    return _refuse(word, rest)


def _separate(option: str, value: str) -> list[str] | Refused:
    if not value or value.startswith(("-", "@")):
        return Refused(option, f"{option} {value}".rstrip(), "its value is missing or looks like a flag")
    return [option, value]


def _joined_target(option: str, value: str) -> list[str] | Refused:
    if option in ("-target", "--target"):
        if not _TARGET_RE.fullmatch(value):
            return Refused("--target=", f"{option} {value}", "not a target triple")
        return [f"--target={value}"]
    if not value:
        return Refused(option, option, "has no value")
    return [f"-isysroot{value}" if option == "-isysroot" else f"--sysroot={value}"]


def _plain_f_switch(word: str) -> bool:
    if not word.startswith("-f"):
        return False
    return word.removeprefix("-fno-") in _F_SWITCHES or word.removeprefix("-f") in _F_SWITCHES


def _f_value_ok(word: str) -> bool:
    match = _F_VALUE_RE.fullmatch(word)
    return match is not None and re.fullmatch(_F_VALUES[match.group(1)], match.group(2), re.S) is not None


def _refuse(word: str, rest: Iterator[str]) -> Refused:
    argument = f"{word} {next(rest, '')}".rstrip() if word in _REFUSED_WITH_VALUE else word
    for start, reason in _REASONS:
        if word.startswith(start):
            return Refused(start, argument, reason)
    return Refused(word.split("=", 1)[0], argument, _NOT_LISTED)


def _expand_response_files(arguments: list[str], directory: Path, refused: list[Refused],
                           depth: int = 0, home: Path | None = None) -> list[str]:
    """`@file` arguments replaced by the arguments in the file (GNU quoting), nested ones relative to
    the file that names them; a file outside the entry's directory (`home`: /proc/self/environ or a key
    would end up in the report), that cannot be read, is not a regular file, is over
    RESPONSE_FILE_MAX_BYTES or nests too deep is left out and named."""
    home = home or directory.resolve()
    expanded: list[str] = []
    for argument in arguments:
        if not argument.startswith("@") or len(argument) == 1:
            expanded.append(argument)
            continue
        path = Path(directory, argument[1:])
        try:
            if not path.resolve().is_relative_to(home):
                raise ValueError(f"outside the entry's directory {home}")
            if depth >= RESPONSE_FILE_MAX_DEPTH:
                raise ValueError(f"response files nested more than {RESPONSE_FILE_MAX_DEPTH} deep")
            if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would block or never end
                raise ValueError("not a regular file")
            with path.open("rb") as handle:
                content = handle.read(RESPONSE_FILE_MAX_BYTES + 1)
            if len(content) > RESPONSE_FILE_MAX_BYTES:
                raise ValueError(f"larger than {RESPONSE_FILE_MAX_BYTES >> 20} MiB")
            words = shlex.split(content.decode("utf-8", "surrogateescape"))
        except (OSError, ValueError) as error:
            detail = error.strerror if isinstance(error, OSError) else str(error)
            refused.append(Refused("@file", argument, f"not read ({detail})"))
            continue
        expanded += _expand_response_files(words, path.parent, refused, depth + 1, home)
        if len(expanded) > MAX_ARGUMENTS:
            refused.append(Refused("@file", argument, f"more than {MAX_ARGUMENTS} arguments"))
            return expanded[:MAX_ARGUMENTS]
    return expanded
