"""`irlens cc COMPILER ARGS...` (also installed as `irlens-cc`): the compiler launcher of launcher/flow.py,
which keeps the smaller of clang's object and irlens' for each -Oz/-Os compile of a build."""

from __future__ import annotations

import argparse
from typing import Any

from irlens.launcher import flow


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cc", add_help=False,
        help="compiler launcher for make/CMake: the smaller of clang's object and irlens'",
        description=flow.USAGE)
    parser.add_argument("args", nargs=argparse.REMAINDER, help="[--verbose] COMPILER ARGS... | --summary")
    parser.set_defaults(run=lambda args: flow.main(args.args))


def main(argv: list[str]) -> int:
    """The whole command line after `cc`, read by the launcher itself (argparse would take the compiler's
    flags for its own)."""
    return flow.main(argv)
