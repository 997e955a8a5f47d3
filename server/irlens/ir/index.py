"""A fast, tolerant index of LLVM IR and assembly text, without the compiler.

The language features (hover, code lens, symbols, navigation) and the scheduler need to know where each
function starts and ends and where each name is defined and used, on every keystroke and on 10 MB
modules. This is a single line-by-line pass with regular expressions; it never raises on malformed text
(the compiler reports errors; this index just does its best).

Positions are 0-based lines and 0-based columns in Python code points (the LSP layer converts to UTF-16
where a line is not ASCII). Line ranges are inclusive.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from irlens.ir.names import decode_ir_name

_IDENT = r'(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|\d+|"[^"]*")'
# One sigil-prefixed name: @global, %local, #attr-group, !metadata.
_TOKEN_RE = re.compile(r"([@%#!])(" + _IDENT + r")")
_MODULE_TOKEN_RE = re.compile(r"([@#!])(" + _IDENT + r")|%([-a-zA-Z$._][-a-zA-Z$._0-9]*|\"[^\"]*\")")
_CLEAN_RE = re.compile(r'c"[^"\n]*"|"[^"\n]*"|;[^\n]*')
_DEFINE_RE = re.compile(r"^(define|declare)\b[^\n]*", re.MULTILINE)
_CLOSE_RE = re.compile(r"^\}", re.MULTILINE)
# An instruction line is indented and starts with a result or an opcode; a switch's case list,
# indirectbr's labels and landingpad clauses continue on indented lines that start otherwise.
_INSTRUCTION_RE = re.compile(
    r"^[ \t]+(?:%|(?!(?:i\d+|ptr|label|catch|filter|cleanup)\b)[a-z])", re.MULTILINE)
_GLOBAL_DEF_RE = re.compile(r"^@(" + _IDENT + r")[ \t]*=([^\n]*)", re.MULTILINE)
_TYPE_DEF_RE = re.compile(r"^%(" + _IDENT + r")[ \t]*=[ \t]*type\b", re.MULTILINE)
_ATTR_DEF_RE = re.compile(r"^attributes[ \t]+#(\d+)[ \t]*=", re.MULTILINE)
_METADATA_DEF_RE = re.compile(r"^!(" + _IDENT + r")[ \t]*=", re.MULTILINE)
_LABEL_DEF_RE = re.compile(r'^([-a-zA-Z$._0-9]+|"[^"]*"):')
_LOCAL_DEF_RE = re.compile(r"^\s*%(" + _IDENT + r")\s*=")

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


@dataclass
class FunctionDef:
    name: str  # as LLVM holds it: without "@" or quotes, escapes decoded (ir.names)
    define_line: int
    end_line: int  # the closing "}" of a definition; define_line for a declaration
    is_declaration: bool
    instruction_count: int
    name_span: Span

    def contains(self, line: int) -> bool:
        return self.define_line <= line <= self.end_line


@dataclass
class GlobalDef:
    name: str
    line: int
    kind: Literal["global", "alias", "ifunc"]
    is_constant: bool
    name_span: Span


def _blank_comments_and_strings(text: str) -> str:
    """The text with comments and `c"..."` string bodies replaced by spaces (same length, so offsets
    stay valid), so that `;`, `@` or `%` inside them are not taken for code. Quoted names stay."""

    def blank(match: re.Match[str]) -> str:
        found = match.group(0)
        if found[0] == '"':
            return found
        if found[0] == "c":
            return 'c"' + " " * (len(found) - 3) + '"'
        return " " * len(found)

    return _CLEAN_RE.sub(blank, text)


class IRIndex:
    """Functions, globals and definitions are found eagerly (one regex pass per kind over the text);
    references are collected on first use: module-wide ones (@, #, !, types) once, %locals per function."""

    def __init__(self, text: str) -> None:
        self._code = _blank_comments_and_strings(text)
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", self._code))]
        self.line_count = len(text.splitlines())
        self.functions: list[FunctionDef] = []
        self.globals: list[GlobalDef] = []
        self._global_defs: dict[str, Symbol] = {}
        self._type_defs: dict[str, Symbol] = {}
        self._attribute_defs: dict[str, Symbol] = {}
        self._metadata_defs: dict[str, Symbol] = {}
        self._module_references_done = False
        self._locals: dict[int, dict[str, Symbol]] = {}
        self._by_line: dict[int, list[tuple[Span, str, Symbol]]] | None = None
        self._locals_by_line: dict[int, dict[int, list[tuple[Span, str, Symbol]]]] = {}
        self._by_name: dict[str, FunctionDef] | None = None
        self._defined: list[FunctionDef] | None = None
        # Readers run on several threads (language features off the event loop, the engine's
        # workers): the lazy passes below fill their tables under this lock, once.
        self._lazy_lock = threading.RLock()
        self._index_definitions()

    # -- positions ----------------------------------------------------------------------------------

    def _line_of(self, offset: int) -> int:
        return bisect_right(self._line_starts, offset) - 1

    def _span(self, match: re.Match[str], group: int) -> Span:
        start, end = match.span(group)
        line = self._line_of(start)
        line_start = self._line_starts[line]
        return Span(line, start - line_start, end - line_start)

    def _line_text(self, line: int) -> str:
        start = self._line_starts[line]
        end = self._line_starts[line + 1] - 1 if line + 1 < len(self._line_starts) else len(self._code)
        return self._code[start:end]

    # -- eager pass ---------------------------------------------------------------------------------

    def _index_definitions(self) -> None:
        code = self._code
        closes = [m.start() for m in _CLOSE_RE.finditer(code)]
        instructions = [m.start() for m in _INSTRUCTION_RE.finditer(code)]
        headers = list(_DEFINE_RE.finditer(code))
        for position, header in enumerate(headers):
            next_header = headers[position + 1].start() if position + 1 < len(headers) else len(code)
            function = self._function_from_header(header)
            if function is None:
                continue
            if not function.is_declaration:
                # The body runs to the first "}" at a line start; a missing one (malformed text)
                # ends it before the next function.
                close_at = bisect_right(closes, header.end())
                close = closes[close_at] if close_at < len(closes) else len(code)
                end_offset = min(close, next_header - 1)
                function.end_line = max(function.define_line, self._line_of(end_offset))
                function.instruction_count = (bisect_left(instructions, end_offset)
                                              - bisect_right(instructions, header.end()))
            self.functions.append(function)

        for match in _GLOBAL_DEF_RE.finditer(code):
            name, rest = decode_ir_name(match.group(1)), match.group(2)
            kind: Literal["global", "alias", "ifunc"] = (
                "alias" if re.search(r"\balias\b", rest) else "ifunc" if re.search(r"\bifunc\b", rest)
                else "global")
            span = self._span(match, 1)
            is_constant = bool(re.search(r"\bconstant\b", rest))
            self.globals.append(GlobalDef(name, span.line, kind, is_constant, span))
            _define(self._global_defs, name, kind, span)
        definitions: tuple[tuple[re.Pattern[str], dict[str, Symbol], SymbolKind], ...] = (
            (_TYPE_DEF_RE, self._type_defs, "type"),
            (_ATTR_DEF_RE, self._attribute_defs, "attributes"),
            (_METADATA_DEF_RE, self._metadata_defs, "metadata"))
        for regex, table, symbol_kind in definitions:
            for match in regex.finditer(code):
                _define(table, decode_ir_name(match.group(1)), symbol_kind, self._span(match, 1))

    def _function_from_header(self, header: re.Match[str]) -> FunctionDef | None:
        match = _TOKEN_RE.search(header.group(0))
        while match is not None and match.group(1) != "@":
            match = _TOKEN_RE.search(header.group(0), match.end())
        if match is None:
            return None
        line = self._line_of(header.start())
        start, end = match.span(2)
        span = Span(line, start, end)
        name = decode_ir_name(match.group(2))
        function = FunctionDef(name, line, line, header.group(1) == "declare", 0, span)
        _define(self._global_defs, name, "function", span)
        return function

    # -- lookups ------------------------------------------------------------------------------------

    def function_at(self, line: int) -> FunctionDef | None:
        """The function whose define line or body holds `line` (binary search: functions are sorted)."""
        lo, hi = 0, len(self.functions) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            function = self.functions[mid]
            if line < function.define_line:
                hi = mid - 1
            elif line > function.end_line:
                lo = mid + 1
            else:
                return function
        return None

    def function_named(self, name: str) -> FunctionDef | None:
        """By the name LLVM holds; the first definition when a (malformed) module repeats a name."""
        if self._by_name is None:
            by_name: dict[str, FunctionDef] = {}
            for function in self.functions:
                by_name.setdefault(function.name, function)
            self._by_name = by_name
        return self._by_name.get(name)

    @property
    def defined_functions(self) -> list[FunctionDef]:
        if self._defined is None:
            self._defined = [f for f in self.functions if not f.is_declaration]
        return self._defined

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
            with self._lazy_lock:
                by_line = self._locals_by_line.get(function.define_line)
                if by_line is None:
                    by_line = self._occurrences_by_line([("%", self.locals_of(function))])
                    self._locals_by_line[function.define_line] = by_line
            candidates += by_line.get(line, [])
        for span, sigil, symbol in candidates:
            if span.start <= column <= span.end:
                return sigil, symbol
        return None

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
            if not self._module_references_done:
                self._collect_module_references_once()
                self._module_references_done = True

    def _collect_module_references_once(self) -> None:
        tables: dict[str, tuple[dict[str, Symbol], SymbolKind]] = {
            "@": (self._global_defs, "global"), "#": (self._attribute_defs, "attributes"),
            "!": (self._metadata_defs, "metadata")}
        for match in _MODULE_TOKEN_RE.finditer(self._code):
            if match.group(3) is not None:  # %name: only identified struct types are module-wide
                name = decode_ir_name(match.group(3))
                if name in self._type_defs:
                    span = self._span(match, 3)
                    if self._type_defs[name].definition != span:
                        self._type_defs[name].references.append(span)
                continue
            sigil, raw = match.group(1), match.group(2)
            if sigil == "!" and raw.startswith('"'):  # !"string" is a metadata string, not a node
                continue
            if sigil == "#" and not raw.isdigit():
                continue
            table, kind = tables[sigil]
            name = decode_ir_name(raw)
            span = self._span(match, 2)
            existing = table.get(name)
            if existing is not None and existing.definition == span:
                continue
            _add_ref(table, name, kind, span)

    def _collect_locals(self, function: FunctionDef) -> dict[str, Symbol]:
        table: dict[str, Symbol] = {}
        if function.is_declaration:
            return table
        header = self._line_text(function.define_line)
        _define_arguments(header, function, table)
        lines = [(n, self._line_text(n)) for n in range(function.define_line + 1, function.end_line + 1)]
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
                if symbol is None and name in self._type_defs:
                    continue  # a type, collected module-wide
                start, end = match.span(2)
                span = Span(number, start, end)
                if symbol is not None and symbol.definition == span:
                    continue
                _add_ref(table, name, "local", span)
        return table


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


def parse_ir(text: str) -> IRIndex:
    """Index LLVM IR text; never raises on malformed input."""
    return IRIndex(text)
