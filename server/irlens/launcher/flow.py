"""`irlens-cc COMPILER ARGS...`: a compiler launcher in ccache's style that keeps the smaller object.

`make CC="irlens-cc clang-19"`, `CMAKE_C_COMPILER_LAUNCHER=irlens-cc`. A compile of one C or C++ file to
an object at -Oz or -Os by clang (launcher/arguments.py says what qualifies) goes:

1. the plain compile, exactly as given: its object, its dependency files, its diagnostics and its exit
   code are the user's (a failed compile ends here, with its code). Meanwhile the translation unit's
   cache key is computed and looked up.
2. a cached result decided against this very plain object is applied, and that is all;
3. otherwise the slow path (launcher/search.py): the front-end IR with the user's flags, the result cached
   for that IR or the engine's search, code generation with the user's flags, and the smaller of the
   two objects by text+data, the irlens one only with the same exported symbols. It replaces the plain
   object atomically.

Every other invocation runs the compiler exactly as given (exec). Any failure or timeout of irlens after
the plain compile leaves the plain object and the compiler's exit code. Quiet unless IRLENS_CC_VERBOSE=1
or --verbose (one line per file); each compile appends one JSON line to the build log that
`irlens-cc --summary` reads. IRLENS_CC_DISABLE=1 passes everything through.

The launcher starts once per compile of a build, so the fast paths (pass-through, cache hit) import
only os, re, json and hashlib besides this package's light modules (no subprocess, pathlib, tempfile or
dataclasses: each costs 5-15 ms of CPU at every start); the slow path imports the engine.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from typing import Any

from irlens import __version__
from irlens.launcher.arguments import Compile, PassThrough, classify, output_of, which
from irlens.launcher.cache import (
    LaunchCache,
    Result,
    append_log,
    digest,
    file_digest,
    log_path,
    write_atomically,
)
from irlens.launcher.settings import SearchSettings, flag

USAGE = ("usage: irlens-cc [--verbose] COMPILER ARGS...\n"
         "       irlens-cc --summary [--json] [--clear]")
# What the preprocessor reads besides the command line and the files (part of the translation unit's key).
_PREPROCESSOR_ENVIRONMENT = ("CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "SOURCE_DATE_EPOCH",
                             "IRLENS_LLVM_BIN")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = flag("IRLENS_CC_VERBOSE")
    while args and args[0].startswith("--"):  # the launcher's own options come before the compiler
        option = args.pop(0)
        if option == "--verbose":
            verbose = True
        elif option == "--summary":
            from irlens.launcher.summary import main as summary_main
            return summary_main(args)
        elif option in ("--help", "--version"):
            print(USAGE if option == "--help" else f"irlens-cc {__version__}")
            return 0
        else:
            print(f"irlens-cc: unknown option {option}\n{USAGE}", file=sys.stderr)
            return 2
    if not args:
        print(USAGE, file=sys.stderr)
        return 2
    compiler, compiler_args = args[0], args[1:]
    if flag("IRLENS_CC_DISABLE"):
        return _exec(compiler, compiler_args)
    cwd = os.getcwd()
    plan = classify(compiler, compiler_args, cwd)
    if isinstance(plan, PassThrough):
        if plan.compiles:
            _report({"status": "passed", "output": output_of(compiler_args), "reason": plan.reason}, cwd,
                    verbose)
        elif verbose:
            print(f"irlens-cc: passed through: {plan.reason}", file=sys.stderr)
        return _exec(compiler, compiler_args)
    try:
        return _launch(plan, cwd, verbose)
    except KeyboardInterrupt:
        return 130


def _exec(compiler: str, args: list[str]) -> int:
    """Become the compiler: its output, its exit code, and nothing of ours in between."""
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvp(compiler, [compiler, *args])
    except OSError as error:
        print(f"irlens-cc: cannot run {compiler}: {error.strerror}", file=sys.stderr)
    return 127


def _launch(unit: Compile, cwd: str, verbose: bool) -> int:
    started = time.monotonic()
    settings = SearchSettings.from_env()
    cache = LaunchCache.from_env()
    try:
        plain_compile = os.posix_spawnp(unit.compiler, [unit.compiler, *unit.args], os.environ)
    except OSError as error:
        print(f"irlens-cc: cannot run {unit.compiler}: {error.strerror}", file=sys.stderr)
        return 127
    identity = file_identity(unit.compiler)
    unit_key = unit_cache_key(unit, cwd, identity, settings)
    cached: Result | None = None
    if cache is not None and unit_key is not None:
        result_key = cache.result_key_for(unit_key)
        cached = cache.load(result_key) if result_key else None
    returncode = os.waitstatus_to_exitcode(os.waitpid(plain_compile, 0)[1])
    if returncode != 0:
        return returncode if returncode > 0 else 128 - returncode  # killed by a signal: as a shell says
    output = os.path.join(cwd, unit.output)
    record: dict[str, Any] = {"output": unit.output, "source": unit.source}
    try:
        with open(output, "rb") as handle:
            plain = handle.read()
        plain_sha = hashlib.sha256(plain).hexdigest()
        if cached is not None and cached.plain_sha == plain_sha:
            record.update(_apply(cached, output), cached="unit")
        else:
            record.update(_slow_path(unit, cwd, plain, plain_sha, settings, cache, unit_key, identity))
    except Exception as error:  # irlens' failure is never the build's: the plain object stays
        record.update(status="fallback", reason=_describe(error))
    record["seconds"] = round(time.monotonic() - started, 3)
    _report(record, cwd, verbose)
    return 0


def _slow_path(unit: Compile, cwd: str, plain: bytes, plain_sha: str, settings: SearchSettings,
               cache: LaunchCache | None, unit_key: str | None, identity: str) -> dict[str, Any]:
    import signal
    import tempfile
    from pathlib import Path

    from irlens.launcher import search  # the engine: imported only when a search may run
    from irlens.toolchain import process_groups
    from irlens.toolchain.pipeline import adopt_validation_record, validation_record

    def stop(signum: int, _frame: object) -> None:
        """make stops a build with SIGTERM or SIGINT: the tools first (the search's threads wait on
        them), then unwind (the temporary directory goes; clang's object stays)."""
        process_groups.stop_all()
        sys.exit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    deadline = time.monotonic() + settings.time_s
    toolchain = search.open_toolchain(deadline)
    search.check_compiler_version(unit, toolchain)
    # Which pipelines opt accepts is learned once per set of tools (whatever llc's options), not once per
    # compile.
    notes_key = digest("pipelines", toolchain.key, file_identity(toolchain.path("opt")))
    known = cache.tool_notes(notes_key) if cache is not None else None
    with tempfile.TemporaryDirectory(prefix="irlens-cc-") as workdir:
        front = search.front_end(unit, cwd, Path(workdir), deadline)
        measuring = search.measuring_toolchain(unit, cwd, toolchain, Path(workdir), deadline)
        result_key = search.ir_key(unit, front, measuring, settings, identity)
        cached = cache.load(result_key) if cache is not None else None
        found_by = "ir"
        if cached is None or cached.plain_sha != plain_sha:
            adopt_validation_record(measuring, known)
            cached = search.search(unit, cwd, front, plain, measuring, settings, Path(workdir), deadline)
            found_by = ""
            if cache is not None:
                cache.store(result_key, cached)
                learned = validation_record(measuring)
                if learned != known:
                    cache.store_tool_notes(notes_key, learned)
    if cache is not None and unit_key is not None and not front.time_dependent:
        cache.store_manifest(unit_key, front.files, result_key)
    outcome = _apply(cached, os.path.join(cwd, unit.output))
    if found_by:
        outcome["cached"] = found_by
    return outcome


def _apply(result: Result, output: str) -> dict[str, Any]:
    """Put irlens' object in place of the plain one (atomically, with the plain one's mode), or keep the
    plain one."""
    outcome: dict[str, Any] = {"plain_bytes": result.plain_bytes, "irlens_bytes": result.irlens_bytes,
                               "reason": result.reason}
    if result.decision != "irlens" or result.object is None:
        return {**outcome, "status": "kept"}
    write_atomically(output, result.object, os.stat(output).st_mode & 0o7777)
    return {**outcome, "status": "smaller"}


def file_identity(program: str) -> str:
    """A program's real file, size and modification time: another clang means another key."""
    found = which(program) or program
    real = os.path.realpath(found)
    try:
        status = os.stat(real)
    except OSError:
        return real
    return f"{real}:{status.st_size}:{status.st_mtime_ns}"


def unit_cache_key(unit: Compile, cwd: str, identity: str, settings: SearchSettings) -> str | None:
    """The translation unit's key (direct mode): compiler, flags, source bytes, what the preprocessor
    reads from the environment, the directory when debug information records it. None: unreadable."""
    source = file_digest(os.path.join(cwd, unit.source))
    if source is None:
        return None
    environment = {name: os.environ.get(name) for name in _PREPROCESSOR_ENVIRONMENT}
    return digest("unit", __version__, identity, list(unit.frontend_args), cwd if unit.debug_info else None,
                  environment, settings.key, source)


def _describe(error: Exception) -> str:
    from_irlens = type(error).__module__.startswith("irlens.")
    text = str(error) or type(error).__name__
    if from_irlens or isinstance(error, OSError):
        return text
    return f"internal error: {type(error).__name__}: {text}"


def _report(record: dict[str, Any], cwd: str, verbose: bool) -> None:
    """The build log's line for this compile, and with --verbose one line on stderr."""
    record = {"time": round(time.time(), 3), "cwd": cwd, **record}
    append_log(log_path(), record)
    if verbose:
        print(f"irlens-cc: {describe_record(record)}", file=sys.stderr)


def describe_record(record: dict[str, Any]) -> str:
    """One line for a log record: bytes plain -> irlens, or why the plain object stays."""
    output = record.get("output") or "?"
    status = record.get("status")
    if status == "smaller":
        plain, smaller = record["plain_bytes"], record["irlens_bytes"]
        cached = ", cached" if record.get("cached") else ""
        return f"{output}: {plain} -> {smaller} bytes ({smaller - plain:+d}{cached})"
    if status == "kept":
        cached = " (cached)" if record.get("cached") else ""
        plain = record.get("plain_bytes")
        return f"{output}: clang's object kept, {plain} bytes: {record.get('reason')}{cached}"
    if status == "fallback":
        return f"{output}: clang's object kept: {record.get('reason')}"
    return f"{output}: passed through: {record.get('reason')}"
