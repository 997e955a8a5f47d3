"""`irlens serve`: the language server over stdio (default) or TCP."""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import logging
import os
import signal
import sys
from typing import Any, BinaryIO

from irlens.options import add_model_options, add_toolchain_options, settings_from_args
from irlens.toolchain import process_groups

GIL_SWITCH_INTERVAL_S = 0.001
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the language server (stdio by default)",
        description="Run the irlens language server for .ll and .s files.",
    )
    parser.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    parser.add_argument("--tcp", metavar="HOST:PORT", help="listen on a TCP address instead of stdio")
    parser.add_argument("--log-file", metavar="PATH", help="write the server's log here")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    add_toolchain_options(parser)
    add_model_options(parser)
    parser.set_defaults(run=run)


def _fixed_mmap_threshold() -> None:
    """glibc raises its mmap threshold each time a large block is freed, up to 32 MB: copies of a
    10 MB document then come from the heap, and the process keeps hundreds of MB after edits. A fixed
    threshold keeps such blocks mapped and returned to the system when freed (measured in
    README's performance section). Nothing happens where glibc is not the C library."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 1 << 20)


def run(args: argparse.Namespace) -> int:
    level = logging.DEBUG if args.verbose else logging.INFO
    if args.log_file:
        logging.basicConfig(
            filename=args.log_file, level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    else:  # stderr: stdout carries the protocol
        logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    # The event loop shares the GIL with threads that index, measure and parse tool output: a 1 ms
    # switch interval (Python's default is 5 ms) lets it answer requests in between (measured: the
    # first request after 38 changes of a 20,000-function module, 10.6 s -> 2.6 s).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    _fixed_mmap_threshold()
    from irlens.lsp.features import create_server

    server = create_server(settings_from_args(args))
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        if not port.isdigit():
            print(f"irlens serve: --tcp wants HOST:PORT, got {args.tcp!r}", file=sys.stderr)
            return 2
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop_on_signal)
    try:
        if args.tcp:
            server.start_tcp(host or "127.0.0.1", int(port))
        else:
            server.start_io(sys.stdin.buffer, _private_stdout())
    finally:  # however the server loop ended (exit, lost client, an unhandled exception)
        process_groups.stop_all()
    return server.exit_code


def _stop_on_signal(signum: int, _frame: object) -> None:
    """SIGTERM/SIGINT: kill every tool the server started, then leave at once. A normal exit would wait
    for the worker threads, which may sit in a tool call or a model evaluation."""
    process_groups.stop_all()
    logging.getLogger(__name__).info("stopped by %s", signal.Signals(signum).name)
    logging.shutdown()
    os._exit(128 + signum)


def _private_stdout() -> BinaryIO:
    """The protocol's own copy of stdout, with fd 1 then pointed at stderr. Native code in the process
    must not reach the LSP stream: llama-cpp-python silences model loading by pointing fd 1 at
    /dev/null for a while, which swallowed any response written meanwhile, and a library that prints
    would corrupt the stream."""
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return protocol_out
