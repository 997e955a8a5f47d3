"""Contain a tool process with Landlock: it may read and run anything, but write only inside its own
temporary directory (and /dev/null); where the kernel allows, it may also not use TCP, signal
processes outside its sandbox or reach abstract unix sockets.

Landlock needs no privileges, no package and no user namespaces (Linux 5.13+, enabled at boot). The
ruleset is built in the parent; the child only calls prctl and landlock_restrict_self before it execs
the tool (in the exec wrapper of toolchain/spawn_helper.py, or between fork and exec where that wrapper
could not be built). Where the kernel has no Landlock, tools run unconfined and one warning is logged:
a missing sandbox never makes a tool call fail.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
from collections.abc import Callable, Iterator

log = logging.getLogger(__name__)

# Same numbers on every architecture (the syscalls were added after the tables were unified).
_SYS_CREATE_RULESET = 444
_SYS_ADD_RULE = 445
_SYS_RESTRICT_SELF = 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_PDEATHSIG = 1

_FS_WRITE_FILE = 1 << 1
_FS_REMOVE_DIR = 1 << 4
_FS_REMOVE_FILE = 1 << 5
_FS_MAKE_CHAR = 1 << 6
_FS_MAKE_DIR = 1 << 7
_FS_MAKE_REG = 1 << 8
_FS_MAKE_SOCK = 1 << 9
_FS_MAKE_FIFO = 1 << 10
_FS_MAKE_BLOCK = 1 << 11
_FS_MAKE_SYM = 1 << 12
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_NET_BIND_TCP = 1 << 0  # ABI 4
_NET_CONNECT_TCP = 1 << 1
_SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
_SCOPE_SIGNAL = 1 << 1

_WRITE_RIGHTS_ABI1 = (_FS_WRITE_FILE | _FS_REMOVE_DIR | _FS_REMOVE_FILE | _FS_MAKE_CHAR | _FS_MAKE_DIR
                      | _FS_MAKE_REG | _FS_MAKE_SOCK | _FS_MAKE_FIFO | _FS_MAKE_BLOCK | _FS_MAKE_SYM)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _bind_libc() -> tuple[ctypes.CDLL | None, Callable[..., int] | None]:
    """libc and its prctl, looked up once here in the parent: between fork and exec a child must not
    resolve symbols (the dynamic loader's lock may be held by another thread at the fork)."""
    if not sys.platform.startswith("linux"):
        return None, None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        prctl.restype = ctypes.c_int
        libc.syscall.restype = ctypes.c_long
    except (OSError, AttributeError):
        return None, None
    return libc, prctl


_libc, _prctl = _bind_libc()
_abi: int | None = None  # None: not probed yet; 0: no Landlock
_warned = False
_NO_FLAGS = ctypes.c_uint32(0)


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 where there is none (not Linux, too old, disabled)."""
    global _abi
    if _abi is None:
        _abi = 0
        if _libc is not None:
            version = _libc.syscall(_SYS_CREATE_RULESET, None, ctypes.c_size_t(0),
                                    ctypes.c_uint32(_CREATE_RULESET_VERSION))
            _abi = max(0, int(version))
    return _abi


@contextlib.contextmanager
def confined(workdir: str) -> Iterator[Callable[[], None]]:
    """A preexec function for Popen that confines the child to writing under `workdir` and /dev/null
    and kills it when the thread that started it ends (PR_SET_PDEATHSIG: run_tool's thread waits for its
    tool, so this only fires when the server itself dies). Start the child inside the `with`."""
    with ruleset(workdir) as ruleset_fd:
        yield _in_child(ruleset_fd)


@contextlib.contextmanager
def ruleset(workdir: str) -> Iterator[int]:
    """The Landlock ruleset fd for a tool writing under `workdir` (-1 without Landlock), for a child
    that restricts itself (toolchain/spawn_helper.py). Start the child inside the `with`."""
    ruleset_fd = _build_ruleset(workdir)
    try:
        yield ruleset_fd
    finally:
        if ruleset_fd >= 0:
            os.close(ruleset_fd)


def _in_child(ruleset_fd: int) -> Callable[[], None]:
    parent = os.getpid()
    prctl, syscall = _prctl, _libc.syscall if _libc is not None else None
    ruleset_arg = ctypes.c_long(ruleset_fd)

    def in_child() -> None:
        # Between fork and exec: a few system calls through functions bound in the parent, nothing
        # that takes locks another thread may have held at the fork.
        if prctl is None or syscall is None:
            return
        prctl(_PR_SET_PDEATHSIG, 9, 0, 0, 0)  # SIGKILL
        if os.getppid() != parent:  # the server died between fork and prctl
            os._exit(137)
        if ruleset_fd >= 0:
            prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
            # A failure here (not seen in practice once the ruleset exists) leaves the tool unconfined
            # rather than failing the call, as when the kernel has no Landlock.
            syscall(_SYS_RESTRICT_SELF, ruleset_arg, _NO_FLAGS)

    return in_child


def _build_ruleset(workdir: str) -> int:
    """A Landlock ruleset fd (close-on-exec) allowing writes under workdir and to /dev/null; -1 (and one
    warning) when Landlock is unavailable."""
    global _warned
    abi = landlock_abi()
    if abi <= 0 or _libc is None:
        if not _warned:
            _warned = True
            log.warning("tools run without a sandbox: this kernel offers no Landlock, so a tool could write "
                        "outside its temporary directory")
        return -1
    write_rights = _WRITE_RIGHTS_ABI1 | (_FS_REFER if abi >= 2 else 0) | (_FS_TRUNCATE if abi >= 3 else 0)
    attr = _RulesetAttr(handled_access_fs=write_rights,
                        handled_access_net=(_NET_BIND_TCP | _NET_CONNECT_TCP) if abi >= 4 else 0,
                        scoped=(_SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL) if abi >= 6 else 0)
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    ruleset_fd = int(_libc.syscall(_SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                                   ctypes.c_uint32(0)))
    if ruleset_fd < 0:
        if not _warned:
            _warned = True
            log.warning("tools run without a sandbox: landlock_create_ruleset failed (%s)",
                        os.strerror(ctypes.get_errno()))
        return -1
    file_rights = _FS_WRITE_FILE | (_FS_TRUNCATE if abi >= 3 else 0)
    try:
        _allow(ruleset_fd, workdir, write_rights)
        _allow(ruleset_fd, os.devnull, file_rights)
    except OSError:
        os.close(ruleset_fd)
        raise
    return ruleset_fd


def _allow(ruleset_fd: int, path: str, rights: int) -> None:
    assert _libc is not None
    path_fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    try:
        rule = _PathBeneathAttr(allowed_access=rights, parent_fd=path_fd)
        if _libc.syscall(_SYS_ADD_RULE, ruleset_fd, ctypes.c_uint32(_RULE_PATH_BENEATH), ctypes.byref(rule),
                         ctypes.c_uint32(0)) != 0:
            error = ctypes.get_errno()
            raise OSError(error, f"landlock_add_rule({path}): {os.strerror(error)}")
    finally:
        os.close(path_fd)
