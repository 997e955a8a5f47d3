"""`irlens size` (placeholder until its owner lands it)."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("size", help="(not implemented yet)")
    parser.set_defaults(run=lambda args: print("irlens size: not implemented yet") or 2)
