"""A tiny exec wrapper that applies a tool's limits in the tool's own process, so that the server can start
tools without a Popen preexec_fn.

A preexec_fn makes CPython fork() the whole server (hundreds of MB of page tables copied) while holding
the GIL: 15-90 ms per tool start during which no other thread (hover) runs. Without one it uses vfork.
The wrapper does what the preexec function did, in the same order of guarantees, then execs the tool:
PR_SET_PDEATHSIG (and exit if the server is already gone), tell the guardian its process group, Landlock
restrict_self with the ruleset the server built (fd passed down), RLIMIT_AS and RLIMIT_FSIZE.

It is compiled once by the toolchain's clang into the user cache (named by a hash of its source), and run
once per process before it is trusted: a cached file that does not run (emptied, truncated) is built
again. Where that cannot be done (no clang, read-only cache) `path()` is None and the runner keeps the
preexec_fn.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

log = logging.getLogger(__name__)

# argv: PARENT_PID MEMORY_BYTES OUTPUT_BYTES RULESET_FD GUARDIAN_FD TOOL [ARGS...]; an fd of -1 means none.
_SOURCE = r"""
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>

int main(int argc, char **argv) {
    if (argc < 7) {
        fputs("irlens-spawn: usage: PARENT MEMORY OUTPUT RULESET_FD GUARDIAN_FD TOOL [ARGS...]\n", stderr);
        return 127;
    }
    pid_t parent = (pid_t)atol(argv[1]);
    unsigned long long memory = strtoull(argv[2], NULL, 10), output = strtoull(argv[3], NULL, 10);
    int ruleset_fd = atoi(argv[4]), guardian_fd = atoi(argv[5]);
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (getppid() != parent)  /* the server died before prctl */
        _exit(137);
    if (guardian_fd >= 0) {
        char line[32];
        int n = snprintf(line, sizeof line, "+%d\n", (int)getpid());
        if (write(guardian_fd, line, (size_t)n) < 0) { /* no guardian: PDEATHSIG and stop_all remain */ }
        close(guardian_fd);
    }
    if (ruleset_fd >= 0) {
        prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        syscall(446 /* landlock_restrict_self */, ruleset_fd, 0);
        close(ruleset_fd);
    }
    struct rlimit memory_cap = {memory, memory}, output_cap = {output, output};
    if (setrlimit(RLIMIT_AS, &memory_cap) != 0 || setrlimit(RLIMIT_FSIZE, &output_cap) != 0) {
        fprintf(stderr, "irlens-spawn: setrlimit: %s\n", strerror(errno));
        _exit(127);
    }
    execv(argv[6], argv + 6);
    fprintf(stderr, "irlens-spawn: could not start %s: %s\n", argv[6], strerror(errno));
    _exit(127);
}
"""

_lock = threading.Lock()
_built: dict[Path, str | None] = {}  # tool directory -> wrapper path (None: could not build)


def path(tool_directory: Path) -> str | None:
    """The wrapper's executable, built on first use by the clang next to the tools (else clang-19 or
    clang on PATH); None when it cannot be had."""
    with _lock:
        if tool_directory not in _built:
            beside = tool_directory / "clang"
            compiler = (str(beside) if os.access(beside, os.X_OK)
                        else shutil.which("clang-19") or shutil.which("clang"))
            _built[tool_directory] = _build(compiler) if compiler is not None else None
        return _built[tool_directory]


def _build(compiler: str) -> str | None:
    digest = hashlib.sha256(_SOURCE.encode()).hexdigest()[:16]
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    target = Path(cache_home, "irlens", f"spawn-{digest}")
    if os.access(target, os.X_OK):
        if _works(target):
            return str(target)
        # An empty, truncated or foreign file there would fail every tool start ("Exec format error").
        log.warning("the cached exec wrapper %s does not run; building it again", target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
            source, output = Path(scratch, "spawn.c"), Path(scratch, "spawn")
            source.write_text(_SOURCE)
            done = subprocess.run([compiler, "-O2", "-o", str(output), str(source)], capture_output=True,
                                  timeout=60, check=False)
            if done.returncode != 0:
                raise OSError(done.stderr.decode(errors="replace").strip()[:300] or "compile failed")
            if not _works(output):
                raise OSError(f"the wrapper {compiler} built does not run")
            os.replace(output, target)  # atomic: concurrent servers never run a half-written file
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("tool starts use a slower fork (the exec wrapper could not be built: %s)", error)
        return None
    return str(target)


def _works(wrapper: Path) -> bool:
    """Whether `wrapper` is this wrapper: run without arguments, it prints its usage and exits 127."""
    try:
        done = subprocess.run([str(wrapper)], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 127 and done.stderr.startswith(b"irlens-spawn: usage:")
