"""Columns: the engine counts code points; LSP counts UTF-16 code units (the default encoding)."""

from __future__ import annotations

from lsprotocol import types

from irlens.ir.index import Span


def utf16_column(line_text: str, column: int) -> int:
    prefix = line_text[:column]
    if prefix.isascii():
        return column
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def line_at(lines: list[str], line: int) -> str:
    return lines[line] if 0 <= line < len(lines) else ""


def span_range(lines: list[str], span: Span) -> types.Range:
    text = line_at(lines, span.line)
    return types.Range(
        types.Position(span.line, utf16_column(text, span.start)),
        types.Position(span.line, utf16_column(text, span.end)),
    )


def line_range(lines: list[str], first: int, last: int) -> types.Range:
    return types.Range(
        types.Position(first, 0),
        types.Position(last, utf16_column(line_at(lines, last), len(line_at(lines, last)))),
    )


def whole_document_range(text: str) -> types.Range:
    """From the start to just after the last character."""
    lines = text.split("\n")  # a trailing newline leaves an empty last element: the end is its start
    return types.Range(
        types.Position(0, 0), types.Position(len(lines) - 1, utf16_column(lines[-1], len(lines[-1])))
    )
