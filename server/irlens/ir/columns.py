"""Columns in a line of text: irlens counts code points; an LSP client counts code units of the
position encoding agreed at `initialize` (UTF-16 unless both sides chose UTF-8 or UTF-32), and LLVM's
tools count UTF-8 bytes. The one place that converts between them, both ways. ASCII lines (nearly all
of IR) are answered without looking at each character."""

from __future__ import annotations

from typing import Literal

Encoding = Literal["utf-8", "utf-16", "utf-32"]
ENCODINGS: tuple[Encoding, ...] = ("utf-8", "utf-16", "utf-32")


def units_of(text: str, encoding: Encoding) -> int:
    """How many code units `text` is in `encoding`."""
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))  # a lone surrogate is 3 bytes, as WTF-8 has it
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def to_units(line: str, column: int, encoding: Encoding) -> int:
    """The column in `encoding`'s code units of code-point `column` on `line` (clamped to the line)."""
    return units_of(line[:max(0, column)], encoding)


def to_code_points(line: str, units: int, encoding: Encoding) -> int:
    """The code-point column of a column in `encoding`'s code units on `line`. Past the end of the line
    is its end; inside a character (between the bytes of a UTF-8 sequence or the halves of a surrogate
    pair) is that character's start, as editors place such a position."""
    units = max(0, units)
    if encoding == "utf-32" or line.isascii():
        return min(units, len(line))
    width = _utf8_width if encoding == "utf-8" else _utf16_width
    counted = 0
    for column, char in enumerate(line):
        counted += width(char)
        if counted > units:
            return column
    return len(line)


def _utf8_width(char: str) -> int:
    point = ord(char)
    return 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4


def _utf16_width(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1
