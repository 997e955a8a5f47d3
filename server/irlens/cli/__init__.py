"""The `irlens` command: every subcommand registers itself from its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from irlens import __version__
from irlens.cli import bench, cc, check, diff, lift, model, optimize, report, serve, size

SUBCOMMANDS = (serve, size, optimize, check, report, diff, lift, model, bench, cc)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="irlens", description="LLVM IR and assembly sizes, verified optimisations and lifting."
    )
    parser.add_argument("--version", action="version", version=f"irlens {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["cc"]:
        return cc.main(words[1:])
    args = build_parser().parse_args(words)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
