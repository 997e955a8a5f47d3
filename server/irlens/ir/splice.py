"""Put an optimized function back into the user's module.

The optimized function comes from a different (extracted) module, so its references must be made
valid in the user's module: attribute groups are renumbered (`#0` there may be `#5` here; an
identical group already present is reused), metadata nodes it reaches (`!llvm.loop !7`, debug
info) are copied under fresh numbers, declarations (e.g. an intrinsic like @llvm.umax.i32 the
optimizer introduced), globals (e.g. a switch lookup table) and named types it needs are added,
and the user's linkage and visibility are kept (llvm-extract turns `internal` into `hidden`).
Everything added goes at the end of the module (LLVM IR allows top-level entities in any order),
except named types: the parser needs a type's body before a function body allocates or indexes it
("base element of getelementptr must be sized"), so they go before the first global or function.

Module-level `uselistorder` directives (which `opt -S --preserve-ll-uselistorder` writes for globals and
constants) are dropped: each lists every use of a value across the module, so a replaced body makes
them wrong, and a wrong one is a parse error. The directives inside function bodies (local values
only) stay with their function. What the user gets is then measured as spliced (optimize/spliced.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from irlens.ir.abi import LINKAGE_WORDS, abi_changes, function_abi
from irlens.ir.index import parse_ir
from irlens.ir.names import decode_ir_name, display_token, printed_token
from irlens.ir.scan import IDENT, code_of, entities, headers, scan_functions

# One scanner for every token splice rewrites, so that string literals are skipped as a whole.
_TOKENS = re.compile(
    r'(?P<string>c?"[^"]*")'
    r"|@(?P<global>" + IDENT + r")"
    r"|#(?P<attr>\d+)"
    r"|!(?P<meta>\d+)"
    r'|%(?P<type>"[^"]*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*)'
)
# A top-level use-list directive (in function bodies they are indented) and the comment opt puts above.
_MODULE_USE_LIST_ORDER = re.compile(r"^(?:; uselistorder directives\n)?(?:uselistorder(?:_bb)?\b[^\n]*\n?)+",
                                    re.MULTILINE)


class SpliceError(ValueError):
    """The optimized function cannot be put into this module."""


@dataclass
class _Module:
    attributes: dict[int, str] = field(default_factory=dict)  # number -> "{ ... }"
    metadata: dict[int, str] = field(default_factory=dict)  # number -> text after "= "
    # Names are keyed as LLVM holds them (ir.names): `@"f \C3\A9"` printed by opt and the
    # user's `@"f é"` are one function.
    types: dict[str, str] = field(default_factory=dict)  # name (no %) -> whole line
    globals: dict[str, str] = field(default_factory=dict)  # name (no @) -> whole line (variables, aliases)
    declarations: dict[str, str] = field(default_factory=dict)  # name (no @) -> `declare` line
    defined_functions: set[str] = field(default_factory=set)
    comdats: dict[str, str] = field(default_factory=dict)

    def has_symbol(self, name: str) -> bool:
        return name in self.globals or name in self.declarations or name in self.defined_functions


def _scan(text: str) -> _Module:
    module = _Module()
    for entity in entities(text):
        if entity.kind == "attributes":
            module.attributes[int(entity.token)] = entity.value
        elif entity.kind == "metadata" and entity.token.isdigit():
            module.metadata[int(entity.token)] = entity.value
        elif entity.kind == "type":
            module.types[entity.name] = entity.text
        elif entity.kind == "global":
            module.globals[entity.name] = entity.text
        elif entity.kind == "comdat":
            module.comdats[entity.name] = entity.text
    for scanned in scan_functions(text):
        if scanned.function.is_declaration:
            module.declarations[scanned.function.name] = text[scanned.offset:scanned.text_end]
        else:
            module.defined_functions.add(scanned.function.name)
    return module


def _first_entity(text: str) -> int:
    """Where the first global, comdat or function starts (named types must come before it)."""
    first_entity = next((e.offset for e in entities(text) if e.kind in ("global", "comdat")), len(text))
    first_function = headers(text)[:1]
    return min(first_entity, first_function[0].start if first_function else len(text))


def _rewrite(text: str, on_token: Callable[[str, str], str | None]) -> str:
    """Replace tokens outside string literals: on_token(kind, name) returns the new token or None."""

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup or ""
        if kind == "string":
            return match.group(0)
        replacement = on_token(kind, match.group(kind))
        return match.group(0) if replacement is None else replacement

    return _TOKENS.sub(replace, text)


def _tokens(text: str, kind: str) -> list[str]:
    found: list[str] = []

    def collect(token_kind: str, name: str) -> None:
        if token_kind == kind:
            found.append(name)

    _rewrite(text, lambda k, n: collect(k, n))
    return found


class _Splicer:
    def __init__(self, user_text: str, optimized_text: str) -> None:
        self.user = _scan(user_text)
        self.optimized = _scan(optimized_text)
        self.attr_map: dict[int, int] = {}
        self.meta_map: dict[int, int] = {}
        self.global_map: dict[str, str] = {}
        self.next_attr = max(self.user.attributes, default=-1) + 1
        self.next_meta = max(self.user.metadata, default=-1) + 1
        self.added_types: list[str] = []
        self.added_globals: list[str] = []
        self.added_attributes: list[str] = []
        self.added_metadata: list[str] = []
        self.pending: set[str] = set()

    # Each map_* gives the user-module spelling of a token of the optimized module, adding what is missing.
    def map_attr(self, number: int) -> int:
        if number in self.attr_map:
            return self.attr_map[number]
        body = self.optimized.attributes.get(number)
        if body is None:
            raise SpliceError(f"attribute group #{number} is not defined in the optimized module")
        for existing, user_body in self.user.attributes.items():
            if user_body == body:
                self.attr_map[number] = existing
                return existing
        self.attr_map[number] = self.next_attr
        self.next_attr += 1
        self.added_attributes.append(f"attributes #{self.attr_map[number]} = {body}")
        return self.attr_map[number]

    def map_meta(self, number: int) -> int:
        if number in self.meta_map:
            return self.meta_map[number]
        body = self.optimized.metadata.get(number)
        if body is None:
            raise SpliceError(f"metadata !{number} is not defined in the optimized module")
        self.meta_map[number] = self.next_meta  # before recursing: nodes may refer to themselves
        self.next_meta += 1
        self.added_metadata.append(f"!{self.meta_map[number]} = {self.translate(body)}")
        return self.meta_map[number]

    def map_global(self, name: str) -> str:
        """`name` is the token as written after `@` in the optimized module."""
        if name in self.global_map:
            return self.global_map[name]
        self.global_map[name] = name
        held = decode_ir_name(name)
        line = self.optimized.globals.get(held) or self.optimized.declarations.get(held)
        if line is None or (self.user.has_symbol(held) and _is_declaration(line)):
            return name  # the user's module already has it (or it is the function itself)
        if self.user.has_symbol(held):
            # A new definition whose name is taken (e.g. a lookup table from an earlier splice).
            suffix = 1
            while (self.user.has_symbol(f"{held}.{suffix}")
                   or printed_token(f"{held}.{suffix}") in self.global_map.values()):
                suffix += 1
            self.global_map[name] = printed_token(f"{held}.{suffix}")
            line = line.replace(f"@{name} =", f"@{self.global_map[name]} =", 1)
        self.added_globals.append(self.translate(line))
        return self.global_map[name]

    def map_type(self, name: str) -> str | None:
        held = decode_ir_name(name)
        if held in self.user.types or held not in self.optimized.types or held in self.pending:
            return None
        self.pending.add(held)
        self.added_types.append(self.translate(self.optimized.types[held]))
        return None

    def translate(self, text: str) -> str:
        def on_token(kind: str, name: str) -> str | None:
            if kind == "attr":
                return f"#{self.map_attr(int(name))}"
            if kind == "meta":
                return f"!{self.map_meta(int(name))}"
            if kind == "global":
                return f"@{self.map_global(name)}"
            if kind == "type":
                return self.map_type(name)
            return None

        return _rewrite(text, on_token)


def _is_declaration(line: str) -> bool:
    return line.startswith("declare") or bool(re.search(r"=\s*(?:[a-z_]+\s+)*external\b", line)) or \
        bool(re.search(r"=\s*extern_weak\b", line))


def _with_user_linkage(new_header: str, user_header: str) -> str:
    """The optimized `define` line with the user's linkage/visibility words put back."""
    def split(header: str) -> tuple[list[str], str]:
        words = header.split(" ")
        prefix: list[str] = []
        index = 1  # after "define"
        while index < len(words) and words[index] in LINKAGE_WORDS:
            prefix.append(words[index])
            index += 1
        return prefix, " ".join(words[index:])

    user_prefix, _ = split(user_header)
    _, rest = split(new_header)
    return " ".join(["define", *user_prefix, rest])


def _define_text(lines: list[str], define_line: int, end_line: int) -> str:
    """The define line of a function, with the lines it continues on when a hand-written one wraps its
    parameters (up to the line that opens the body)."""
    last = define_line
    while last < end_line and not code_of(lines[last]).rstrip().endswith("{"):
        last += 1
    return "".join(lines[define_line:last + 1])


def _check_abi(function_name: str, user_header: str, new_header: str) -> None:
    """The module's callers (and, for an exported function, other modules) call the function as its
    define line says: the optimized one must keep that ABI (ir/abi.py)."""
    before, after = function_abi(user_header), function_abi(new_header)
    if before is None or after is None:
        raise SpliceError(f"the define line of @{display_token(function_name)} could not be read")
    changes = abi_changes(before, after)
    if changes:
        raise SpliceError(f"the optimized @{display_token(function_name)} changes its ABI: "
                          + "; ".join(changes))


def splice_function(module_text: str, function_name: str, optimized_module_text: str) -> str:
    """The user's module with @function_name replaced by its definition in optimized_module_text."""
    target = parse_ir(module_text).function_named(function_name)
    if target is None or target.is_declaration:
        raise SpliceError(f"@{display_token(function_name)} is not defined in this module")
    new_function = function_definition(optimized_module_text, function_name)
    if not new_function:
        raise SpliceError(f"@{display_token(function_name)} is not defined in the optimized module")
    splicer = _Splicer(module_text, optimized_module_text)
    for token in (printed_token(function_name), display_token(function_name)):
        splicer.global_map[token] = token  # the function itself, however the optimized text spells it
    translated = splicer.translate(new_function)

    lines = module_text.splitlines(keepends=True)
    header_end = translated.find("\n")
    user_header = lines[target.define_line].rstrip("\n")
    new_header = _with_user_linkage(translated[:header_end], user_header)
    _check_abi(function_name, _define_text(lines, target.define_line, target.end_line), new_header)
    translated = new_header + translated[header_end:]
    if not translated.endswith("\n"):
        translated += "\n"
    before = "".join(lines[:target.define_line])
    after = "".join(lines[target.end_line + 1:])
    result = _MODULE_USE_LIST_ORDER.sub("", before + translated + after)
    if splicer.added_types:
        at = _first_entity(result)
        result = result[:at] + "\n".join(splicer.added_types) + "\n\n" + result[at:]
    additions = [*splicer.added_globals, *splicer.added_attributes, *splicer.added_metadata]
    if additions:
        if not result.endswith("\n"):
            result += "\n"
        comment = f"; added by irlens for the optimized @{display_token(function_name)}"
        result += f"\n{comment}\n" + "\n".join(additions) + "\n"
    return result


def function_definition(module_text: str, name: str) -> str:
    """The `define ... @name(...) ... { ... }` block of module_text ('' when absent); `name` is the name
    LLVM holds (ir.names), however the text spells it."""
    for scanned in scan_functions(module_text):
        if scanned.function.name == name and scanned.function.is_definition:
            return module_text[scanned.offset:scanned.text_end]
    return ""


def defined_symbols(module_text: str) -> set[str]:
    """Functions and global variables the module defines (names as LLVM holds them)."""
    module = _scan(module_text)
    return module.defined_functions | {n for n, line in module.globals.items() if not _is_declaration(line)}


def declared_symbols(module_text: str) -> set[str]:
    """Functions and global variables the module only declares."""
    module = _scan(module_text)
    return set(module.declarations) | {n for n, line in module.globals.items() if _is_declaration(line)}

