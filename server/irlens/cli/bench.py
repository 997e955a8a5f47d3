"""`irlens bench {lsp,ir,model,quality,optimize,report,build}`: benchmarks that report what they measured."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("bench", help="run a benchmark and print its figures")
    kinds = parser.add_subparsers(dest="bench", required=True, metavar="BENCH")
    from irlens.bench import build, ir, lsp, model, optimize, quality, report

    for module in (lsp, ir, model, quality, optimize, report, build):
        module.register(kinds)

