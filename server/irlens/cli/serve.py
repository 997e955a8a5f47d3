"""`irlens serve` (placeholder until its owner lands it)."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("serve", help="(not implemented yet)")
    parser.set_defaults(run=lambda args: print("irlens serve: not implemented yet") or 2)
