"""The document index of LLVM IR text behind hover, code lens, symbols, navigation and the scheduler:
where each function starts and ends, its instruction count and content hash, and where each name is
defined and used, on every keystroke and on 10 MB modules. It never raises on malformed text (the
compiler reports errors; this index does its best).

An index is one revision of a document and never changes: an edit gives a new index
(`IRIndex.apply_change`), which re-scans only the function the edit is inside and shifts the ones
after it, and falls back to a full scan when the edit adds or removes a function boundary (a
`define`/`declare` line or a closing `}`) or falls outside a function. Either way the result equals
`parse_ir` of the new text (tests/test_ir.py checks it on random edits). Readers keep the index they
hold while the next one is built. The eager part is the function scan (`ir.scan`); globals,
definitions, references and locals are found on first use, under a lock, from this revision's text.

Positions are 0-based lines and 0-based columns in Python code points (the LSP layer converts to UTF-16
where a line is not ASCII). Line ranges are inclusive. Lines end at "\n" (a "\r" before it is part of
the line).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from irlens.ir.columns import Encoding, to_code_points
from irlens.ir.names import decode_ir_name
from irlens.ir.scan import (
    IDENT,
    Entity,
    FunctionText,
    Header,
    blank_comments_and_strings,
    code_of,
    entities,
    is_boundary_line,
    scan_function,
    scan_functions,
)

# One sigil-prefixed name: @global, %local, #attr-group, !metadata.
_TOKEN_RE = re.compile(r"([@%#!])(" + IDENT + r")")
# Module-wide references: @, # and ! names in one pass, %names (only identified types count) in a
# second: two patterns that each start with a character the regex engine can search for are three
# times faster on a 10 MB module than one alternation.
_MODULE_TOKEN_RE = re.compile(r"([@#!])(" + IDENT + r")")
_TYPE_TOKEN_RE = re.compile(r'%([-a-zA-Z$._][-a-zA-Z$._0-9]*|"[^"]*")')
_QUOTED_LOCAL_RE = re.compile(r'%"[^"]*"')  # a sigil inside it is part of the name
_LABEL_DEF_RE = re.compile(r'^([-a-zA-Z$._0-9]+|"[^"]*"):')
_LOCAL_DEF_RE = re.compile(r"^\s*%(" + IDENT + r")\s*=")

SymbolKind = Literal["function", "global", "alias", "ifunc", "local", "argument", "label", "type",
                     "attributes", "metadata"]


class Span(NamedTuple):
    """A name's extent on one line: [start, end) columns, excluding the sigil."""

    line: int
    start: int
    end: int

    def contains(self, line: int, column: int) -> bool:
        return self.line == line and self.start <= column <= self.end


@dataclass
class Symbol:
    name: str  # as LLVM holds it: without sigil or quotes, escapes decoded (ir.names)
    kind: SymbolKind
    definition: Span | None = None
    references: list[Span] = field(default_factory=list)


class FunctionDef(NamedTuple):  # a tuple, not a dataclass: a revision makes thousands of them
    name: str  # as LLVM holds it: without "@" or quotes, escapes decoded (ir.names)
    define_line: int
    end_line: int  # the closing "}" of a definition; define_line for a declaration
    is_declaration: bool
    instruction_count: int
    name_span: Span
    content_hash: str  # of the function's text, define line to closing brace: unchanged text, same hash

    def contains(self, line: int) -> bool:
        return self.define_line <= line <= self.end_line


@dataclass(frozen=True, slots=True)
class GlobalDef:
    name: str
    line: int
    kind: Literal["global", "alias", "ifunc"]
    is_constant: bool
    name_span: Span


class TextChange(NamedTuple):
    """An LSP-style edit: the text between two positions (0-based line, column) replaced by `text`.
    Columns are code units of a position encoding (`apply_change(..., encoding=...)`, code points by
    default, see ir/columns.py); positions past the end of a line or of the text are clamped to it."""

    start_line: int
    start_character: int
    end_line: int
    end_character: int
    text: str


class _Position(NamedTuple):
    offset: int
    line: int  # clamped to the text
    line_start: int


class IRIndex:
    """One revision of a document. Build it with `parse_ir` or `IRIndex.apply_change`."""

    def __init__(self, text: str, offsets: list[int], lines: list[int], scans: list[FunctionText], *,
                 newlines: int, incremental: bool, inherited: dict[object, _Piece] | None = None) -> None:
        self.text = text
        self.incremental = incremental  # built by re-scanning one function of the previous revision
        self.line_count = newlines + (0 if not text or text.endswith("\n") else 1)
        self._newlines = newlines
        self._offsets = offsets  # of each function's define line
        self._lines = lines  # each function's define line
        self._scans = scans
        # Readers run on several threads (language features off the event loop, the engine's
        # workers): everything below is filled on first use, under this lock, once.
        self._lazy_lock = threading.RLock()
        self._made: list[FunctionDef | None] = [None] * len(scans)
        self._functions: tuple[FunctionDef, ...] | None = None
        self._by_name: dict[str, int] | None = None
        self._defined: list[FunctionDef] | None = None
        self._globals: list[GlobalDef] | None = None
        self._global_defs: dict[str, Symbol] = {}
        self._type_defs: dict[str, Symbol] = {}
        self._attribute_defs: dict[str, Symbol] = {}
        self._metadata_defs: dict[str, Symbol] = {}
        self._module_references_done = False
        # The text in pieces (each function, and the lines between two), what each piece defines and
        # uses counted from its first line; `inherited` holds the previous revision's pieces by text
        # (an edit inside one function makes one piece anew).
        self._inherited = inherited
        self._pieces: list[_Placed] | None = None  # in text order
        self._piece_lines: list[int] = []
        self._piece_cache: dict[object, _Piece] | None = None
        self._type_names: frozenset[str] = frozenset()
        self._locals: dict[int, dict[str, Symbol]] = {}
        self._by_line: dict[int, list[tuple[Span, str, Symbol]]] | None = None
        self._locals_by_line: dict[int, dict[int, list[tuple[Span, str, Symbol]]]] = {}

    # -- functions ----------------------------------------------------------------------------------

    def _function(self, position: int) -> FunctionDef:
        made = self._made[position]
        if made is None:
            scan, line = self._scans[position], self._lines[position]
            made = FunctionDef(scan.name, line, line + scan.line_count, scan.is_declaration,
                               scan.instruction_count, Span(line, scan.name_start, scan.name_end),
                               scan.content_hash)
            self._made[position] = made
        return made

    @property
    def functions(self) -> tuple[FunctionDef, ...]:
        """Every define and declare, in text order."""
        if self._functions is None:
            with self._lazy_lock:
                self._functions = tuple(self._function(i) for i in range(len(self._scans)))
        return self._functions

    @property
    def defined_functions(self) -> list[FunctionDef]:
        if self._defined is None:
            self._defined = [f for f in self.functions if not f.is_declaration]
        return self._defined

    def function_at(self, line: int) -> FunctionDef | None:
        """The function whose define line or body holds `line`."""
        position = bisect_right(self._lines, line) - 1
        if position < 0 or line > self._lines[position] + self._scans[position].line_count:
            return None
        with self._lazy_lock:
            return self._function(position)

    def function_named(self, name: str) -> FunctionDef | None:
        """By the name LLVM holds; the first definition when a (malformed) module repeats a name."""
        with self._lazy_lock:
            if self._by_name is None:
                by_name: dict[str, int] = {}
                for number, scan in enumerate(self._scans):
                    by_name.setdefault(scan.name, number)
                self._by_name = by_name
            found = self._by_name.get(name)
            return None if found is None else self._function(found)

    def line_text(self, line: int) -> str:
        """Line `line` of the text ("" past its end), read from the nearest function's start: no
        split of the whole text (40 ms at 12 MB)."""
        if not 0 <= line <= self._newlines:
            return ""
        start = self._position(line, 0, "utf-32").line_start
        end = self.text.find("\n", start)
        return self.text[start:len(self.text) if end < 0 else end]

    def function_text(self, function: FunctionDef) -> str:
        """The function's text, from its define line to its last line (without the final newline)."""
        start, end = self.function_offsets(function)
        return self.text[start:end]

    def function_offsets(self, function: FunctionDef) -> tuple[int, int]:
        """Where the function's text is: [start, end) offsets, the final newline not included."""
        position = self._position_of(function)
        offset = self._offsets[position]
        return offset, offset + self._scans[position].length

    def _position_of(self, function: FunctionDef) -> int:
        position = bisect_right(self._lines, function.define_line) - 1
        if position < 0 or self._lines[position] != function.define_line:
            raise ValueError(f"@{function.name} is not a function of this revision")
        return position

    def rescanned_since(self, previous: IRIndex) -> list[tuple[FunctionDef, FunctionDef]] | None:
        """(before, after) of each function re-scanned since `previous`, when this revision was made
        from it by edits inside function bodies (`apply_change`: the other functions' scans are
        shared); None when it was not."""
        if len(self._scans) != len(previous._scans):
            return None
        with self._lazy_lock, previous._lazy_lock:
            return [(previous._function(number), self._function(number))
                    for number, (old, new) in enumerate(zip(previous._scans, self._scans, strict=True))
                    if old is not new]

    # -- edits --------------------------------------------------------------------------------------

    def apply_change(self, change: TextChange, *, encoding: Encoding = "utf-32",
                     text: str | None = None) -> IRIndex:
        """The index of the text with `change` applied (a new object; this one is unchanged). A caller
        that has the new text already (a document store) passes it as `text`, which must be exactly
        this revision's text with `change` applied; it saves copying the document once more."""
        start = self._position(change.start_line, change.start_character, encoding)
        end = self._position(change.end_line, change.end_character, encoding)
        if end.offset < start.offset:
            start, end = end, start
        if text is None:
            # join copies the text once less than `+` would (it is the largest cost of a re-scan)
            text = "".join((self.text[:start.offset], change.text, self.text[end.offset:]))
        pieces = self._piece_cache if self._piece_cache is not None else self._inherited
        return self._rescan_one_function(text, start, end, change.text, pieces) or parse_ir(text, pieces)

    def _position(self, line: int, character: int, encoding: Encoding) -> _Position:
        """Offset of (line, character), clamped; walks lines from the nearest function start."""
        text = self.text
        line = max(0, line)
        anchor = bisect_right(self._lines, line) - 1
        offset, current = (self._offsets[anchor], self._lines[anchor]) if anchor >= 0 else (0, 0)
        while current < line:
            newline = text.find("\n", offset)
            if newline < 0:
                break
            offset, current = newline + 1, current + 1
        line_end = text.find("\n", offset)
        if line_end < 0:
            line_end = len(text)
        column = to_code_points(text[offset:line_end], character, encoding)
        return _Position(offset + column, current, offset)

    def _rescan_one_function(self, text: str, start: _Position, end: _Position, inserted: str,
                             pieces: dict[object, _Piece] | None) -> IRIndex | None:
        """The new revision by re-scanning only the function the edit is inside; None when the edit
        touches what decides where functions are (then a full scan)."""
        old = self.text
        position = bisect_right(self._lines, start.line) - 1
        if position < 0:
            return None
        scan, define_line, offset = self._scans[position], self._lines[position], self._offsets[position]
        close_line = define_line + scan.line_count
        if scan.is_declaration or scan.line_count == 0 or end.line > close_line:
            return None
        function_end = offset + scan.length
        if not old.startswith("}", old.rfind("\n", offset, function_end) + 1):
            return None  # a malformed function without its closing brace: its end depends on others
        region_end = old.find("\n", end.offset, function_end)
        new_lines = (old[start.line_start:start.offset] + inserted +
                     old[end.offset:function_end if region_end < 0 else region_end]).split("\n")
        touches_header, touches_close = start.line == define_line, end.line == close_line
        for number, line in enumerate(new_lines):
            expected = (number == 0 and touches_header) or (number == len(new_lines) - 1 and touches_close)
            if is_boundary_line(line) != expected:
                return None
        if touches_header and (not new_lines[0].startswith("define")
                               or code_of(new_lines[0]).rstrip().endswith("}")):
            return None
        if touches_close and not new_lines[-1].startswith("}"):
            return None
        delta = len(inserted) - (end.offset - start.offset)
        line_delta = inserted.count("\n") - old.count("\n", start.offset, end.offset)
        new_end = function_end + delta
        header_end = text.find("\n", offset)
        rescanned = scan_function(text, Header(False, offset, header_end), min(new_end + 1, len(text)))
        if (rescanned is None or rescanned.length != new_end - offset
                or rescanned.line_count != scan.line_count + line_delta):
            return None
        after = position + 1
        offsets = self._offsets[:after] + [o + delta for o in self._offsets[after:]]
        lines = self._lines[:after] + [n + line_delta for n in self._lines[after:]]
        scans = self._scans.copy()
        scans[position] = rescanned
        return IRIndex(text, offsets, lines, scans, newlines=self._newlines + line_delta, incremental=True,
                       inherited=pieces)

    # -- module-level definitions ---------------------------------------------------------------------

    @property
    def globals(self) -> list[GlobalDef]:
        self._index_definitions()
        assert self._globals is not None
        return self._globals

    def _index_definitions(self) -> None:
        with self._lazy_lock:
            if self._globals is not None:
                return
            for position, scan in enumerate(self._scans):
                line = self._lines[position]
                _define(self._global_defs, scan.name, "function", Span(line, scan.name_start, scan.name_end))
            found: list[GlobalDef] = []
            tables: dict[str, tuple[dict[str, Symbol], SymbolKind]] = {
                "type": (self._type_defs, "type"), "attributes": (self._attribute_defs, "attributes"),
                "metadata": (self._metadata_defs, "metadata")}
            for placed in self._text_pieces():
                for entity in placed.piece.entities:
                    line = placed.first_line + entity.line
                    span = Span(line, entity.start, entity.end)
                    if entity.kind == "global":
                        rest = code_of(entity.text[entity.end:])
                        kind: Literal["global", "alias", "ifunc"] = (
                            "alias" if re.search(r"\balias\b", rest) else
                            "ifunc" if re.search(r"\bifunc\b", rest) else "global")
                        is_constant = bool(re.search(r"\bconstant\b", rest))
                        found.append(GlobalDef(entity.name, line, kind, is_constant, span))
                        _define(self._global_defs, entity.name, kind, span)
                    elif entity.kind in tables:
                        table, symbol_kind = tables[entity.kind]
                        _define(table, entity.name, symbol_kind, span)
            self._globals = found

    def _text_pieces(self) -> list[_Placed]:
        """The text's pieces in order: each function, and each run of lines between two, taken from
        the previous revision where the same text was a piece. The whole text is one piece when a
        quoted name runs past the end of a piece (the regexes would then read on into the next)."""
        with self._lazy_lock:
            if self._pieces is not None:
                return self._pieces
            inherited = self._inherited or {}
            cache: dict[object, _Piece] = {}
            pieces: list[_Placed] = []
            for first_line, start, end, key in self._piece_extents():
                piece = inherited.get(key) or cache.get(key) or _Piece.of(self.text[start:end])
                if not piece.exact:
                    pieces, cache = [_Placed(0, 0, len(self.text), _Piece.of(self.text))], {}
                    break
                cache[key] = piece
                pieces.append(_Placed(first_line, start, end, piece))
            self._pieces, self._piece_cache, self._inherited = pieces, cache, None
            self._piece_lines = [placed.first_line for placed in pieces]
            names = frozenset(entity.name for placed in pieces for entity in placed.piece.entities
                              if entity.kind == "type")
            # the previous revision's set when equal: pieces compare their types by identity
            known = next((placed.piece.symbols.type_names for placed in pieces if placed.piece.symbols), None)
            self._type_names = known if known == names and known is not None else names
            return pieces

    def _piece_extents(self) -> list[tuple[int, int, int, object]]:
        """(first line, start offset, end offset, key) of each piece: a function's key is its content
        hash, that of the lines between two functions their text."""
        text = self.text
        extents: list[tuple[int, int, int, object]] = []
        line, offset = 0, 0  # where the lines after the previous function start
        for position, scan in enumerate(self._scans):
            define_offset, define_line = self._offsets[position], self._lines[position]
            if define_line > line:  # lines between: up to the newline before the define line
                extents.append((line, offset, define_offset - 1, ("between", text[offset:define_offset - 1])))
            end = define_offset + scan.length
            extents.append((define_line, define_offset, end, ("function", scan.content_hash)))
            line, offset = define_line + scan.line_count + 1, end + 1
        if offset < len(text):
            extents.append((line, offset, len(text), ("between", text[offset:])))
        return extents

    def _piece_symbols(self, placed: _Placed) -> _PieceSymbols:
        """The @ # ! names and %types a piece uses (made for this module's types)."""
        with self._lazy_lock:
            found = placed.piece.symbols
            if found is None or found.type_names is not self._type_names:
                found = _PieceSymbols.of(blank_comments_and_strings(self.text[placed.start:placed.end]),
                                         self._type_names)
                placed.piece.symbols = found
            return found

    def prepare_definitions(self) -> None:
        """Make what `definition_at` reads ahead of the first request: 0.25 s on a 12 MB module indexed
        in full, a few ms after an edit inside one body (the other pieces are the previous revision's)."""
        self._text_pieces()
        self.function_named("")

    def definition_at(self, line: int, column: int) -> tuple[str, Span | None] | None:
        """The sigil of the name at (line, column) and where that name is defined (None: nowhere);
        None when no name is there. Reads the module's definitions and the names of the piece that
        holds the line, not every reference of the module: fast after an edit."""
        with self._lazy_lock:
            pieces = self._text_pieces()
            position = bisect_right(self._piece_lines, line) - 1
            if position >= 0:
                placed = pieces[position]
                for found in self._piece_symbols(placed).by_line.get(line - placed.first_line, ()):
                    if found.start <= column <= found.end:
                        return found.sigil, self._definition_of(found.sigil, found.name)
        function = self.function_at(line)
        if function is not None:
            for span, sigil, symbol in self._local_occurrences(function).get(line, ()):
                if span.start <= column <= span.end:
                    return sigil, symbol.definition
        return None

    @property
    def global_symbols(self) -> dict[str, Symbol]:
        """Every @name (functions, declarations, variables, aliases) with its references."""
        self._collect_module_references()
        return self._global_defs

    @property
    def types(self) -> dict[str, Symbol]:
        self._collect_module_references()
        return self._type_defs

    @property
    def attribute_groups(self) -> dict[str, Symbol]:
        """Keyed by number: "0" for #0."""
        self._collect_module_references()
        return self._attribute_defs

    @property
    def metadata(self) -> dict[str, Symbol]:
        """Keyed by "5" for !5 and "llvm.module.flags" for named metadata."""
        self._collect_module_references()
        return self._metadata_defs

    def locals_of(self, function: FunctionDef) -> dict[str, Symbol]:
        """%values, arguments and labels of a function with their definitions and references."""
        with self._lazy_lock:
            cached = self._locals.get(function.define_line)
            if cached is None:
                cached = self._collect_locals(function)
                self._locals[function.define_line] = cached
            return cached

    def symbol_at(self, line: int, column: int) -> tuple[str, Symbol] | None:
        """The symbol whose definition or a reference covers (line, column), with its sigil."""
        with self._lazy_lock:
            if self._by_line is None:
                self._by_line = self._occurrences_by_line(
                    [("@", self.global_symbols), ("%", self.types), ("#", self.attribute_groups),
                     ("!", self.metadata)])
        candidates = list(self._by_line.get(line, ()))
        function = self.function_at(line)
        if function is not None:
            candidates += self._local_occurrences(function).get(line, [])
        for span, sigil, symbol in candidates:
            if span.start <= column <= span.end:
                return sigil, symbol
        return None

    def _definition_of(self, sigil: str, name: str) -> Span | None:
        """Where a module-level name is defined, as the symbol tables say (for @names a function
        first, then a global; the first definition of a repeated name) without building them."""
        if sigil == "@" and (function := self.function_named(name)) is not None:
            return function.name_span
        for placed in self._text_pieces():
            found = placed.piece.definitions.get((sigil, name))
            if found is not None:
                return Span(placed.first_line + found.line, found.start, found.end)
        return None

    def _local_occurrences(self, function: FunctionDef) -> dict[int, list[tuple[Span, str, Symbol]]]:
        with self._lazy_lock:
            by_line = self._locals_by_line.get(function.define_line)
            if by_line is None:
                by_line = self._occurrences_by_line([("%", self.locals_of(function))])
                self._locals_by_line[function.define_line] = by_line
            return by_line

    @staticmethod
    def _occurrences_by_line(
            tables: list[tuple[str, dict[str, Symbol]]]) -> dict[int, list[tuple[Span, str, Symbol]]]:
        by_line: dict[int, list[tuple[Span, str, Symbol]]] = {}
        for sigil, table in tables:
            for symbol in table.values():
                spans = symbol.references if symbol.definition is None else [symbol.definition,
                                                                              *symbol.references]
                for span in spans:
                    by_line.setdefault(span.line, []).append((span, sigil, symbol))
        return by_line

    # -- lazy passes --------------------------------------------------------------------------------

    def _collect_module_references(self) -> None:
        with self._lazy_lock:
            if self._module_references_done:
                return
            self._index_definitions()
            tables: dict[str, tuple[dict[str, Symbol], SymbolKind]] = {
                "@": (self._global_defs, "global"), "#": (self._attribute_defs, "attributes"),
                "!": (self._metadata_defs, "metadata")}
            for placed in self._text_pieces():
                first_line = placed.first_line
                for found in self._piece_symbols(placed).names:
                    span = Span(first_line + found.line, found.start, found.end)
                    if found.sigil == "%":
                        if self._type_defs[found.name].definition != span:
                            self._type_defs[found.name].references.append(span)
                        continue
                    table, kind = tables[found.sigil]
                    existing = table.get(found.name)
                    if existing is None or existing.definition != span:
                        _add_ref(table, found.name, kind, span)
            self._module_references_done = True

    def _collect_locals(self, function: FunctionDef) -> dict[str, Symbol]:
        table: dict[str, Symbol] = {}
        if function.is_declaration:
            return table
        self._text_pieces()  # %types are module-wide, not locals (`_type_names`)
        code_lines = blank_comments_and_strings(self.function_text(function)).split("\n")
        header = code_lines[0]
        _define_arguments(header, function, table)
        lines = list(enumerate(code_lines[1:], start=function.define_line + 1))
        for number, code in lines:
            label = _LABEL_DEF_RE.match(code)
            if label is not None:
                start, end = label.span(1)
                _define(table, decode_ir_name(label.group(1)), "label", Span(number, start, end))
            elif (local := _LOCAL_DEF_RE.match(code)) is not None:
                start, end = local.span(1)
                _define(table, decode_ir_name(local.group(1)), "local", Span(number, start, end))
        for number, code in [(function.define_line, header), *lines]:
            for match in _TOKEN_RE.finditer(code):
                if match.group(1) != "%":
                    continue
                name = decode_ir_name(match.group(2))
                symbol = table.get(name)
                if symbol is None and name in self._type_names:
                    continue  # a type, collected module-wide
                start, end = match.span(2)
                span = Span(number, start, end)
                if symbol is not None and symbol.definition == span:
                    continue
                _add_ref(table, name, "local", span)
        return table


_QUOTE_AFTER_SIGIL = re.compile(r'[@#!%$]"')
_ENTITY_SIGILS = {"global": "@", "type": "%", "attributes": "#", "metadata": "!"}


class _Name(NamedTuple):
    """A name a piece uses, its line counted from the piece's first line."""

    sigil: str
    name: str
    line: int
    start: int
    end: int


@dataclass(frozen=True)
class _PieceSymbols:
    """The @ # ! names a piece uses, and the %names of the module's types (`type_names`)."""

    type_names: frozenset[str]
    names: list[_Name]  # @ # ! names in text order, then %types in text order
    by_line: dict[int, list[_Name]]

    @staticmethod
    def of(code: str, type_names: frozenset[str]) -> _PieceSymbols:
        """From the piece's text with comments and strings blanked."""
        names: list[_Name] = []
        spans = _Spans(code)
        quoted_locals = _Extents(m.span() for m in _QUOTED_LOCAL_RE.finditer(code))
        quoted_globals: list[tuple[int, int]] = []
        for match in _MODULE_TOKEN_RE.finditer(code):
            if quoted_locals and quoted_locals.cover(match.start()):
                continue
            sigil, raw = match.group(1), match.group(2)
            if raw.startswith('"'):
                quoted_globals.append(match.span())
            if sigil == "!" and raw.startswith('"'):  # !"string" is a metadata string, not a node
                continue
            if sigil == "#" and not raw.isdigit():
                continue
            names.append(_Name(sigil, decode_ir_name(raw), *spans.of(match, 2)))
        if type_names:
            spans = _Spans(code)
            inside_quoted = _Extents(quoted_globals)
            for match in _TYPE_TOKEN_RE.finditer(code):
                name = decode_ir_name(match.group(1))
                if name in type_names and not (inside_quoted and inside_quoted.cover(match.start())):
                    names.append(_Name("%", name, *spans.of(match, 1)))
        by_line: dict[int, list[_Name]] = {}
        for found in names:
            by_line.setdefault(found.line, []).append(found)
        return _PieceSymbols(type_names, names, by_line)


@dataclass(eq=False)
class _Piece:
    """A function's text, or lines between two functions: what it defines and whether the regexes
    read it alone, lines counted from its first line, so the same wherever it moves. `symbols` is
    filled on first use."""

    entities: list[Entity]
    definitions: dict[tuple[str, str], Span]  # (sigil, name) -> its first definition in the piece
    exact: bool  # every quoted name after a sigil closes inside it
    symbols: _PieceSymbols | None = None

    @staticmethod
    def of(text: str) -> _Piece:
        code = blank_comments_and_strings(text)
        quotes = [match.end() for match in _QUOTE_AFTER_SIGIL.finditer(code)]
        found = entities(text)
        definitions: dict[tuple[str, str], Span] = {}
        for entity in found:
            sigil = _ENTITY_SIGILS.get(entity.kind)
            if sigil is not None:
                definitions.setdefault((sigil, entity.name), Span(entity.line, entity.start, entity.end))
        return _Piece(found, definitions, not quotes or code.find('"', quotes[-1]) >= 0)


class _Placed(NamedTuple):
    first_line: int
    start: int  # [start, end) offsets in the revision's text
    end: int
    piece: _Piece


class _Extents:
    """Sorted, disjoint [start, end) extents of the text."""

    def __init__(self, extents: Iterable[tuple[int, int]]) -> None:
        self._extents = list(extents)
        self._starts = [start for start, _ in self._extents]

    def __bool__(self) -> bool:
        return bool(self._extents)

    def cover(self, offset: int) -> bool:
        position = bisect_right(self._starts, offset) - 1
        return position >= 0 and offset < self._extents[position][1]


class _Spans:
    """Spans of matches found in text order: lines are counted from the previous match on."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._line = self._line_start = self._position = 0

    def of(self, match: re.Match[str], group: int) -> Span:
        start, end = match.span(group)
        newlines = self._text.count("\n", self._position, start)
        if newlines:
            self._line += newlines
            self._line_start = self._text.rfind("\n", self._position, start) + 1
        self._position = start
        return Span(self._line, start - self._line_start, end - self._line_start)


def _define_arguments(header: str, function: FunctionDef, table: dict[str, Symbol]) -> None:
    """`%0`, `%x` inside the parameter list of a define line are definitions."""
    open_paren = header.find("(", function.name_span.end)
    if open_paren < 0:
        return
    depth = 0
    close = len(header)
    for i in range(open_paren, len(header)):
        if header[i] == "(":
            depth += 1
        elif header[i] == ")":
            depth -= 1
            if depth == 0:
                close = i
                break
    for match in _TOKEN_RE.finditer(header, open_paren, close):
        if match.group(1) != "%":
            continue
        # `%struct.point` as a parameter type is followed by a name; a parameter name by ',' or ')'.
        after = header[match.end():close].lstrip()
        if not after or after.startswith(","):
            start, end = match.span(2)
            _define(table, decode_ir_name(match.group(2)), "argument", Span(function.define_line, start, end))


def _add_ref(table: dict[str, Symbol], name: str, kind: SymbolKind, span: Span) -> None:
    symbol = table.get(name)
    if symbol is None:
        table[name] = Symbol(name, kind, None, [span])
    else:
        symbol.references.append(span)


def _define(table: dict[str, Symbol], name: str, kind: SymbolKind, span: Span) -> None:
    symbol = table.get(name)
    if symbol is None:
        table[name] = Symbol(name, kind, span)
    elif symbol.definition is None:
        symbol.kind = kind
        symbol.definition = span


def parse_ir(text: str, pieces: dict[object, _Piece] | None = None) -> IRIndex:
    """Index LLVM IR text (a full scan); never raises on malformed input. `pieces`: a previous
    revision's symbols by piece of text, reused where the text is the same."""
    scanned = scan_functions(text)
    return IRIndex(text, [s.offset for s in scanned], [s.line for s in scanned],
                   [s.function for s in scanned], newlines=text.count("\n"), incremental=False,
                   inherited=pieces)


def changed_functions(previous: IRIndex | None, current: IRIndex) -> list[FunctionDef]:
    """Functions of `current` whose name and text are not both in `previous` (all of them without one)."""
    before = set() if previous is None else {(f.name, f.content_hash) for f in previous.functions}
    return [f for f in current.functions if (f.name, f.content_hash) not in before]
