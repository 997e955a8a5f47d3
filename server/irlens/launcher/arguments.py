"""Which compiler invocations irlens-cc may improve, and the command lines it derives from one.

Only a compile of one C or C++ source to an object (`-c`) at a size level (`-Oz`/`-Os`, the last -O
wins) by clang qualifies; everything else runs the compiler exactly as given. Flags are read with an
allow-list: one not known to be harmless passes the invocation through, because the search's opt
pipeline would not do what it asks (sanitizers, profiling and coverage are passes of clang's own
pipeline; -mllvm and -Xclang can change anything), or it writes files of its own (-save-temps,
-gsplit-dwarf, -ftime-trace), or it cannot be read without expanding it (response files).

From a qualifying compile come the front-end command (the user's flags without -o and the dependency
flags: `-Xclang -disable-llvm-optzns -emit-llvm` gives exactly the IR clang -Oz optimizes) and the
code-generation command (the same flags on the optimized bitcode with `-Xclang -disable-llvm-passes`:
the user's target, CPU, sections and PIC, without optimizing again).
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

SOURCE_LANGUAGES = {".c": "c", ".i": "c", ".cc": "c++", ".cp": "c++", ".cpp": "c++", ".cxx": "c++",
                    ".c++": "c++", ".C": "c++", ".ii": "c++"}
SIZE_LEVELS = ("z", "s")
# Flags whose value is the next argument (or glued to them, as in -Iinclude).
_VALUE_FLAGS = ("-o", "-I", "-D", "-U", "-MF", "-MT", "-MQ", "-MJ", "-x")
_SEPARATE_VALUE_FLAGS = ("-isystem", "-iquote", "-idirafter", "-include", "-imacros", "-isysroot",
                         "--sysroot", "-target", "-iprefix", "-iwithprefix", "-iwithprefixbefore")
_DEPENDENCY_FLAGS = ("-MD", "-MMD", "-MP", "-MG")  # written by the plain compile only
_DEPENDENCY_VALUE_FLAGS = ("-MF", "-MT", "-MQ", "-MJ")
_ACCEPTED = re.compile(
    r"-[DUI].+|--?std=.+|-ansi|-pedantic(?:-errors)?|-w|-W(?!p,).*|-[gfm].*|--target=.+|--sysroot=.+"
    r"|-nostdinc(?:\+\+)?|-nostdlib.*|-nodefaultlibs|-nostartfiles|-static|-shared|-r?dynamic|-pie"
    r"|-no-pie|-pthread|-pipe|-[lL].+|-Os|-Oz|-O\d?|-Ofast|-Og|-(?:isystem|iquote|idirafter|isysroot).+")
# -f, -g and -m flags that pass the invocation through (prefixes; -fno-... forms are harmless).
_REFUSED_PREFIXES = (
    "-flto", "-fthinlto", "-fsanitize", "-fprofile", "-fcs-profile", "-fauto-profile", "-fcoverage",
    "-fxray", "-fembed-bitcode", "-fplugin", "-fpass-plugin", "-finstrument-function",
    "-fsave-optimization-record", "-ftime-trace", "-fdump", "-fsplit-dwarf", "-fsyntax-only",
    "-fdriver-only", "-fmodules", "-fopenmp", "-fcuda", "-fgpu", "-fpseudo-probe", "-fdebug-pass",
    "-fsplit-lto-unit", "-ftest-coverage", "-fmemory-profile", "-fexperimental-sanitize", "-fstack-usage",
    "-frecord-command-line", "-frecord-gcc-switches", "-grecord-command-line", "-gsplit-dwarf", "-mllvm",
)
_NOT_A_COMPILE = {"-S": "-S writes assembly", "-E": "-E preprocesses only", "-M": "-M lists dependencies",
                  "-MM": "-MM lists dependencies", "-emit-llvm": "-emit-llvm writes IR",
                  "-fsyntax-only": "-fsyntax-only writes nothing", "-###": "-### prints commands",
                  "--analyze": "--analyze runs the analyzer"}
_CLANG_NAME = re.compile(r"(?:.*-)?clang(?:\+\+)?(?:-\d+(?:\.\d+)*)?(?:\.exe)?")


class PassThrough(NamedTuple):
    """Run the compiler exactly as given; `reason` says why irlens-cc does not take part."""

    reason: str
    compiles: bool  # it compiles to an object (-c), so the build summary lists it


class Compile(NamedTuple):
    """A compile irlens-cc may improve."""

    compiler: str
    args: tuple[str, ...]  # as given
    source: str
    output: str
    language: str  # "c" or "c++"
    level: str  # "z" or "s"
    frontend_args: tuple[str, ...]  # args without -c, -o and the dependency flags; the source included
    source_position: int  # the source's index in frontend_args
    debug_info: bool  # -g: the object records the working directory

    @property
    def codegen_args(self) -> tuple[str, ...]:
        """frontend_args without the source (the optimized bitcode takes its place)."""
        return self.frontend_args[:self.source_position] + self.frontend_args[self.source_position + 1:]


def classify(compiler: str, args: list[str] | tuple[str, ...],
             cwd: str | None = None) -> Compile | PassThrough:
    """A Compile when irlens-cc may improve this invocation, else why not."""
    compiles = "-c" in args
    level: str | None = None
    language: str | None = None  # from -x
    sources: list[tuple[str, str, int]] = []  # (path, language, position in kept)
    output: str | None = None
    kept: list[str] = []
    debug_info = False
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg in _NOT_A_COMPILE:
            return PassThrough(_NOT_A_COMPILE[arg], compiles)
        if arg == "-c":
            continue
        if arg.startswith("@") or arg == "-":
            return PassThrough(f"{arg} is read by the compiler itself", compiles)
        if arg.startswith(_REFUSED_PREFIXES):
            return PassThrough(f"{arg} is not reproduced by the search", compiles)
        if arg in _DEPENDENCY_FLAGS or arg.startswith("-Wp,-M"):
            continue
        name, value, index, glued = _flag_value(arg, args, index)
        if name is not None:
            if value is None:
                return PassThrough(f"{arg} lacks its value", compiles)
            if name == "-o":
                output = value
            elif name in _DEPENDENCY_VALUE_FLAGS:
                pass
            elif name == "-x":
                if value not in ("c", "c++"):
                    return PassThrough(f"-x {value} is not C or C++", compiles)
                language = value
                kept += [arg] if glued else [arg, value]
            else:
                kept += [arg] if glued else [arg, value]
            continue
        if arg.startswith("-"):
            if not _ACCEPTED.fullmatch(arg):
                return PassThrough(f"{arg} is not a flag irlens-cc knows", compiles)
            if arg.startswith("-O"):
                level = arg[2:]
            if arg.startswith("-g"):
                debug_info = arg != "-g0"  # the last one wins
            kept.append(arg)
            continue
        source_language = language or SOURCE_LANGUAGES.get(os.path.splitext(arg)[1])
        if source_language is None:
            return PassThrough(f"{arg} is not a C or C++ source", compiles)
        sources.append((arg, source_language, len(kept)))
        kept.append(arg)
    if not compiles:
        return PassThrough("not a compile to an object (no -c)", False)
    if len(sources) != 1:
        return PassThrough("no source file" if not sources else "several sources", True)
    if level not in SIZE_LEVELS:
        return PassThrough("no -Oz or -Os" if level is None else f"-O{level} is not a size level", True)
    source, source_language, position = sources[0]
    if output is None:
        output = os.path.splitext(os.path.basename(source))[0] + ".o"
    if output == "-":
        return PassThrough("-o - writes to standard output", True)
    target = os.path.join(cwd or os.getcwd(), output)
    if os.path.exists(target) and not os.path.isfile(target):
        return PassThrough(f"{output} is not a regular file", True)
    if not is_clang(compiler):
        return PassThrough(f"{os.path.basename(compiler)} is not clang", True)
    return Compile(compiler, tuple(args), source, output, source_language, level, tuple(kept), position,
                   debug_info)


def is_clang(compiler: str) -> bool:
    """The compiler's name, or the name its symbolic links lead to, is clang's (clang, clang++-19,
    arm-none-eabi-clang): a `cc` that is clang qualifies, gcc does not."""
    found = which(compiler)
    names = [os.path.basename(compiler)]
    if found:
        names.append(os.path.basename(os.path.realpath(found)))
    return any(_CLANG_NAME.fullmatch(name) for name in names)


def which(command: str) -> str | None:
    """The file `command` runs, as exec finds it (shutil.which's answer, without its imports: the
    launcher starts once per compile)."""
    if os.sep in command:
        return command if os.access(command, os.X_OK) else None
    for directory in os.get_exec_path():
        path = os.path.join(directory, command)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _flag_value(arg: str, args: list[str] | tuple[str, ...],
                index: int) -> tuple[str | None, str | None, int, bool]:
    """(flag, value, next index, glued) for a flag that takes a value; flag None for any other arg."""
    if arg in _VALUE_FLAGS or arg in _SEPARATE_VALUE_FLAGS:
        if index >= len(args):
            return arg, None, index, False
        return arg, args[index], index + 1, False
    for flag in _VALUE_FLAGS:
        if arg.startswith(flag) and len(arg) > len(flag) and flag not in ("-D", "-U", "-I"):
            return flag, arg[len(flag):], index, True
    return None, None, index, False


def output_of(args: list[str] | tuple[str, ...]) -> str | None:
    """The -o of a command line (the last one), for the build log of a compile that passes through."""
    output = None
    for index, arg in enumerate(args):
        if arg == "-o" and index + 1 < len(args):
            output = args[index + 1]
        elif arg.startswith("-o") and len(arg) > 2:
            output = arg[2:]
    return output
