"""C compiled to assembly by the real clang-19, for the tests that read its listings."""

from __future__ import annotations

import subprocess

CLANG = "clang-19"


def assembly(source: str, *flags: str) -> str:
    """The listing `clang-19 -S FLAGS` writes for the C `source` (read from standard input)."""
    return subprocess.run([CLANG, "-S", *flags, "-x", "c", "-", "-o", "-"], input=source, capture_output=True,
                          text=True, check=True, timeout=60).stdout
