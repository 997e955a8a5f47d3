"""The lexing every reader of IR text shares: one definition each of where a function starts and ends,
what its name is, what an IR instruction is, and which lines are module-level entities.

- A function starts at a line that begins with `define` or `declare`; its name is the first `@name` on
  that line. A declaration is that one line. A definition runs to the first line that begins with `}`
  (LLVM's printer puts the closing brace there), or, when a malformed text has none before the next
  `define`/`declare` line, to the line before it (or the end of the text). A `define` line whose code
  ends with `}` is a whole (one-line) definition.
- An IR instruction is a line of a definition's body (between the define line and the closing line)
  that starts, after optional indentation, with `%` (a result) or with an opcode: a lower-case word
  that is not a label (`word:`), not a type or `label` (the rows of a multi-line `switch [...]` or
  `indirectbr [...]`), not a landingpad clause (`catch`, `filter`, `cleanup`) and not a
  `uselistorder` directive. Blank lines, comments, labels, `]`, debug records (`#dbg_value(...)`) and
  braces are not instructions.
- Names are tokens as written after the sigil: bare (`foo`, `a$b.c`), numbered (`0`) or quoted
  (`"my func é"`, `"\\01x"`: a quoted name ends at the next `"`; LLVM escapes a quote as `\\22`).
  `names.decode_ir_name` gives the name LLVM holds.

Everything here is a handful of regular expressions anchored at `\\n` (so the regex engine's literal
search skips most of the text) and never raises on malformed input.
"""

from __future__ import annotations

import hashlib
import re
from typing import Literal, NamedTuple

from irlens.ir.names import decode_ir_name

IDENT = r'(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|\d+|"[^"]*")'
"""A name as written after a sigil: bare, numbered or quoted."""

_HEADER_AT_START = re.compile(r"(?:define|declare)\b")
_HEADERS = re.compile(r"\n(?=(?:define|declare)\b)")
FUNCTION_NAME = re.compile(r"@(" + IDENT + r")")
"""A define/declare line's function: its first `@name`."""
# A basic block's label at the start of a line of a function body (group 1: its name).
BLOCK_LABEL = re.compile(r"^([-\w.$]+):")
# A local value's definition in a function body's line (comment removed): its name, the instruction's
# first word and the rest of the line.
LOCAL_DEFINITION = re.compile(r"^\s*(%[-\w.$]+)\s*=\s*(\w+)\b(.*)$")
_INSTRUCTION = re.compile(
    r"\n[ \t]*(?:%|(?!(?:i\d+|ptr|label|catch|filter|cleanup|uselistorder(?:_bb)?)\b)"
    r"(?![-a-zA-Z$._0-9]+:)[a-z])")
_COMMENTS_AND_STRINGS = re.compile(r'c"[^"\n]*"|"[^"\n]*"|;[^\n]*')
_ENTITIES = re.compile(
    r"\n(?:@(?P<global>" + IDENT + r")[ \t]*="
    r"|%(?P<type>" + IDENT + r")[ \t]*=[ \t]*type\b"
    r"|attributes[ \t]+#(?P<attributes>\d+)[ \t]*="
    r"|!(?P<metadata>" + IDENT + r")[ \t]*="
    r"|\$(?P<comdat>" + IDENT + r")[ \t]*=[ \t]*comdat\b)")
_BOUNDARY = re.compile(r"(?:define|declare)\b|\}")

EntityKind = Literal["global", "type", "attributes", "metadata", "comdat"]


class Header(NamedTuple):
    """A `define`/`declare` line: [start, end) offsets in the text, end at its newline."""

    is_declaration: bool
    start: int
    end: int


class FunctionText(NamedTuple):
    """What a scan learns about one function, independent of where in the document it is."""

    name: str  # as LLVM holds it (names.decode_ir_name)
    token: str  # as written after "@"
    is_declaration: bool
    instruction_count: int
    name_start: int  # columns of the name (without "@") on the define line
    name_end: int
    line_count: int  # lines after the define line: end_line - define_line
    length: int  # characters from the define line's start to the end of its last line (no newline)
    content_hash: str  # of those characters: the same text has the same hash wherever it moves

    @property
    def is_definition(self) -> bool:
        return not self.is_declaration


class ScannedFunction(NamedTuple):
    offset: int  # of the define line's first character
    line: int  # the define line (0-based)
    function: FunctionText

    @property
    def text_end(self) -> int:
        return self.offset + self.function.length


class Entity(NamedTuple):
    """A module-level definition line: `@g = ...`, `%T = type ...`, `attributes #N = ...`,
    `!N = ...` / `!name = ...`, `$c = comdat ...`."""

    kind: EntityKind
    token: str  # the name as written after its sigil (for attributes, the number)
    offset: int  # of the line's first character
    line: int
    start: int  # columns of the token on its line
    end: int
    text: str  # the whole line

    @property
    def name(self) -> str:
        return decode_ir_name(self.token)

    @property
    def value(self) -> str:
        """What follows the first `=`, stripped."""
        return self.text.split("=", 1)[1].strip() if "=" in self.text else ""


def blank_comments_and_strings(text: str) -> str:
    """The text with comments and `c"..."` string bodies replaced by spaces (same length, so offsets
    stay valid), so that `;`, `@` or `%` inside them are not taken for code. Quoted names stay."""

    def blank(match: re.Match[str]) -> str:
        found = match.group(0)
        if found[0] == '"':
            return found
        if found[0] == "c":
            return 'c"' + " " * (len(found) - 3) + '"'
        return " " * len(found)

    return _COMMENTS_AND_STRINGS.sub(blank, text)


def code_of(line: str) -> str:
    """A line without its comment (strings and quoted names kept whole)."""
    if ";" not in line:
        return line
    return blank_comments_and_strings(line).rstrip()


def closing_bracket(text: str, opening: int) -> int | None:
    """Where the bracket at `opening` closes (any of ([{< nest), or None when it does not."""
    depth = 0
    for position in range(opening, len(text)):
        char = text[position]
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
            if depth == 0:
                return position
    return None


def split_top_level(text: str) -> list[str]:
    """`text` split at the commas outside brackets (operands, arguments, fields), each part stripped."""
    parts: list[str] = []
    depth, start = 0, 0
    for position, char in enumerate(text):
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:position].strip())
            start = position + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts


def headers(text: str) -> list[Header]:
    """Every `define`/`declare` line, in order."""
    starts = [0] if _HEADER_AT_START.match(text) else []
    starts += [match.end() for match in _HEADERS.finditer(text)]
    found: list[Header] = []
    for start in starts:
        end = text.find("\n", start)
        found.append(Header(text.startswith("declare", start), start, len(text) if end < 0 else end))
    return found


def is_boundary_line(line: str) -> bool:
    """A line that starts or ends a function (`define`, `declare`, `}`): an edit that adds or removes
    one changes where functions are."""
    return _BOUNDARY.match(line) is not None


def scan_function(text: str, header: Header, limit: int) -> FunctionText | None:
    """The function whose define/declare line is `header`; its body cannot extend to `limit` (the
    start of the next header, or the end of the text). None when the line names no function."""
    line = text[header.start:header.end]
    name = FUNCTION_NAME.search(line)
    if name is None:
        return None
    end = header.end
    count = 0
    if not header.is_declaration and not ("}" in line and code_of(line).rstrip().endswith("}")):
        close = text.find("\n}", header.end, limit)
        if close >= 0:
            count = len(_INSTRUCTION.findall(text, header.end, close))
            line_end = text.find("\n", close + 1, limit)
            end = limit if line_end < 0 else line_end
        else:  # malformed: no closing brace before the next function
            end = max(header.end, limit - 1 if limit < len(text) or text.endswith("\n") else limit)
            count = len(_INSTRUCTION.findall(text, header.end, end))
    body = text[header.start:end]
    token = name.group(1)
    return FunctionText(
        decode_ir_name(token), token, header.is_declaration, count, name.start(1), name.end(1),
        body.count("\n"), len(body), content_hash(body))


def scan_functions(text: str) -> list[ScannedFunction]:
    """Every function of the text, in order (the one full scan)."""
    found: list[ScannedFunction] = []
    all_headers = headers(text)
    line = 0
    position = 0
    for number, header in enumerate(all_headers):
        limit = all_headers[number + 1].start if number + 1 < len(all_headers) else len(text)
        line += text.count("\n", position, header.start)
        position = header.start
        function = scan_function(text, header, limit)
        if function is not None:
            found.append(ScannedFunction(header.start, line, function))
            line += function.line_count  # the body's newlines are counted once, by the scan
            position += function.length
    return found


def content_hash(function_text: str) -> str:
    return hashlib.blake2b(function_text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def instruction_count(body: str) -> int:
    """IR instructions among the lines of `body` (lines of a function body, without the define line
    and the closing brace)."""
    return len(_INSTRUCTION.findall("\n" + body))


def entities(text: str) -> list[Entity]:
    """Module-level definition lines, in order (anywhere in the text: a malformed body may hold one)."""
    found: list[Entity] = []
    first_end = text.find("\n")
    first = _ENTITIES.match("\n" + (text if first_end < 0 else text[:first_end]))
    matches: list[tuple[re.Match[str], int]] = [(first, -1)] if first else []
    matches += [(match, 0) for match in _ENTITIES.finditer(text)]
    line = 0
    position = 0
    for match, shift in matches:
        start = match.start() + 1 + shift  # the line's first character
        line += text.count("\n", position, start)
        position = start
        kind = match.lastgroup
        assert kind is not None
        end = text.find("\n", start)
        token_start, token_end = match.span(kind)
        found.append(Entity(kind, match.group(kind), start, line,  # type: ignore[arg-type]
                            token_start + shift - start, token_end + shift - start,
                            text[start:len(text) if end < 0 else end]))
    return found


def parameter_span(define_line: str) -> tuple[int, int] | None:
    """Where the parameter list of a `define`/`declare` line opens and closes (the offsets of its
    brackets; quoted names and strings skipped); None when the line has no parameter list."""
    name = FUNCTION_NAME.search(define_line)
    if not name:
        return None
    depth = 0
    in_string = False
    opening = -1
    index = name.end()
    while index < len(define_line):
        char = define_line[index]
        if in_string:
            if char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "(":
            depth += 1
            opening = index if opening < 0 else opening
        elif char == ")":
            depth -= 1
            if depth == 0:
                return opening, index
        elif depth == 0 and not char.isspace():
            return None  # something other than the parameter list follows the name
        index += 1
    return None


def after_parameters(define_line: str) -> str:
    """The part of a `define`/`declare` line after its parameter list (where the function attributes
    are); '' when the line has no parameter list."""
    span = parameter_span(define_line)
    return define_line[span[1] + 1:] if span else ""
