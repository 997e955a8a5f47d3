"""LSP positions and ranges from the engine's code-point columns, in the position encoding agreed with
the client at `initialize` (`IrlensServer.position_encoding`; conversions in irlens.ir.columns)."""

from __future__ import annotations

from typing import Protocol

from lsprotocol import types

from irlens.ir.columns import Encoding, to_code_points, to_units
from irlens.ir.index import IRIndex, Span


class Lines(Protocol):
    """A text's lines by number: a list of them, or `IndexedLines`."""

    def __getitem__(self, line: int, /) -> str: ...

    def __len__(self) -> int: ...


class IndexedLines:
    """The lines of an indexed IR text, each read from the index when asked: an answer that needs a
    few lines of a 12 MB module does not split all of it."""

    def __init__(self, index: IRIndex) -> None:
        self._index = index

    def __getitem__(self, line: int, /) -> str:
        return self._index.line_text(line)

    def __len__(self) -> int:  # as many as text.split("\n") gives
        text = self._index.text
        return self._index.line_count + (1 if not text or text.endswith("\n") else 0)


def lines_of(text: str) -> list[str]:
    """The lines as LSP and the engine number them: split at "\n" only (str.splitlines also splits at
    U+2028, form feeds and others, which would put every later line off by one)."""
    return text.split("\n")


def line_at(lines: Lines, line: int) -> str:
    return lines[line] if 0 <= line < len(lines) else ""


def code_point_column(lines: Lines, position: types.Position, encoding: Encoding) -> int:
    """The code-point column of a client's position (clamped to its line)."""
    return to_code_points(line_at(lines, position.line), position.character, encoding)


def span_range(lines: Lines, span: Span, encoding: Encoding) -> types.Range:
    text = line_at(lines, span.line)
    return types.Range(
        types.Position(span.line, to_units(text, span.start, encoding)),
        types.Position(span.line, to_units(text, span.end, encoding)),
    )


def line_range(lines: Lines, first: int, last: int, encoding: Encoding) -> types.Range:
    """From the start of line `first` to the end of line `last` (before a CRLF's CR)."""
    end = line_at(lines, last).removesuffix("\r")
    return types.Range(types.Position(first, 0), types.Position(last, to_units(end, len(end), encoding)))


def whole_document_range(text: str, encoding: Encoding) -> types.Range:
    """From the start to just after the last character (counted in C: the text can be 12 MB)."""
    last_start = text.rfind("\n") + 1  # after a trailing newline the end is the start of an empty line
    last = text[last_start:]
    return types.Range(types.Position(0, 0),
                       types.Position(text.count("\n", 0, last_start), to_units(last, len(last), encoding)))
