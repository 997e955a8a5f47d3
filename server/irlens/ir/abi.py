"""What a function's callers and the linker rely on, read off its `define` line: its ABI.

An optimized body may stand for a function only if everything outside the body stays: the name, the
linkage, visibility and DLL storage, the calling convention, the return type and parameter types with
the attributes that change how values are passed (zeroext, signext, inreg, byval, sret, byref,
preallocated, inalloca, nest, swiftself/swifterror/swiftasync, and the alignment of memory-passed
parameters), and where the function is placed (address space, section, partition, comdat, alignment).
Hints that change no register or stack slot (noundef, nonnull, readonly, unnamed_addr, attribute
groups...) may change. This holds for internal functions too when a body is put back into a module:
its calls there are not rewritten (a whole-module pipeline may change an internal function's
signature, as it changes the calls with it). The define line is written

    define [linkage] [preemption] [visibility] [dll] [cc] [ret attrs] <type> @name(<params>)
           [unnamed_addr] [addrspace(N)] [attrs] [section "s"] [partition "p"] [comdat[($c)]] [align N] ...

Spellings that mean the same are read as one (no linkage is `external`, no cc is `ccc`, `comdat($f)` on
@f is `comdat`, `{i32,i32}` is `{ i32, i32 }`), so a user's hand-written line compares equal to opt's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from irlens.ir.names import decode_ir_name, display_token, printed_token
from irlens.ir.scan import (
    FUNCTION_NAME,
    IDENT,
    code_of,
    entities,
    parameter_span,
    scan_functions,
    split_top_level,
)

LINKAGES = frozenset({
    "private", "internal", "available_externally", "linkonce", "weak", "common", "appending",
    "extern_weak", "linkonce_odr", "weak_odr", "external",
})
PREEMPTION = frozenset({"dso_local", "dso_preemptable"})
VISIBILITIES = frozenset({"default", "hidden", "protected"})
DLL_STORAGE = frozenset({"dllimport", "dllexport"})
LINKAGE_WORDS = LINKAGES | PREEMPTION | VISIBILITIES | DLL_STORAGE
"""The words between `define` and the calling convention: what a definition shows the linker."""


def one_of(words: Iterable[str]) -> str:
    """A regular-expression alternation of keywords, longest first (`linkonce_odr` before `linkonce`)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))

_ABI_PARAMETER_WORDS = frozenset({
    "zeroext", "signext", "inreg", "nest", "swiftself", "swifterror", "swiftasync",
    "byval", "sret", "byref", "preallocated", "inalloca",  # (written without a type in old IR)
})
_MEMORY_PASSED = ("byval", "sret", "byref", "preallocated", "inalloca")  # `align N` is their stack slot's
_ABI_RETURN_WORDS = frozenset({"zeroext", "signext", "inreg"})
_NUMBERED_CONVENTIONS = {"0": "ccc", "8": "fastcc", "9": "coldcc"}
_CONVENTION = re.compile(r"[a-z][a-z0-9_]*cc")
_TYPE_NAME = re.compile(r"%(" + IDENT + r")")
_AFTER_PLACEMENT = frozenset({"gc", "prefix", "prologue", "personality"})


@dataclass(frozen=True)
class FunctionAbi:
    name: str  # as LLVM holds it
    linkage: str
    visibility: str
    dll_storage: str
    calling_convention: str
    return_type: str
    return_attributes: tuple[str, ...]  # the ABI ones
    parameters: tuple[str, ...]  # each its type and ABI attributes ("..." for varargs)
    placement: tuple[str, ...]  # address space, section, partition, comdat, alignment, as written


def function_abi(define_line: str) -> FunctionAbi | None:
    """The ABI a `define`/`declare` line states; None when the line names no function or has no
    parameter list."""
    line = code_of(define_line)
    name = FUNCTION_NAME.search(line)
    if name is None:
        return None
    token = name.group(1)
    prefix = _words(line[:name.start()])[1:]  # without "define"
    linkage, visibility, dll, convention = "external", "default", "", "ccc"
    rest: list[str] = []
    index = 0
    while index < len(prefix):
        word = prefix[index]
        if word in LINKAGES:
            linkage = word
        elif word in VISIBILITIES:
            visibility = word
        elif word in DLL_STORAGE:
            dll = word
        elif word in PREEMPTION:
            pass  # how this module's own code reaches the function, not what other modules see
        elif word == "cc" and index + 1 < len(prefix):
            index += 1
            convention = _NUMBERED_CONVENTIONS.get(prefix[index], f"cc {prefix[index]}")
        elif _CONVENTION.fullmatch(word):
            convention = word
        else:
            rest.append(word)
        index += 1
    type_words = 2 if len(rest) >= 2 and rest[-1].startswith("addrspace(") else 1
    return_type = " ".join(_type(word) for word in rest[-type_words:])
    return_attributes = tuple(word for word in rest[:-type_words] if word in _ABI_RETURN_WORDS)

    span = parameter_span(line)
    if span is None:
        return None
    opening, closing = span
    parameters = tuple(_parameter(p) for p in split_top_level(line[opening + 1:closing]))
    return FunctionAbi(decode_ir_name(token), linkage, visibility, dll, convention, return_type,
                       return_attributes, parameters, _placement(line[closing + 1:], token))


def defined_function_abis(module_text: str) -> dict[str, FunctionAbi]:
    """The ABI of every function the module text defines, by the name LLVM holds."""
    found: dict[str, FunctionAbi] = {}
    for scanned in scan_functions(module_text):
        if scanned.function.is_definition:
            end = module_text.find("\n", scanned.offset)
            abi = function_abi(module_text[scanned.offset:end if end >= 0 else len(module_text)])
            if abi is not None:
                found[scanned.function.name] = abi
    return found


# Definitions that other modules cannot rely on: a module that needs one defines its own copy, so
# dropping an unused one (as -Oz does with C++'s inline functions) removes nothing a linker needs.
DISCARDABLE_LINKAGES = frozenset({"linkonce", "linkonce_odr", "available_externally"})


def discardable_symbols(module_text: str) -> frozenset[str]:
    """The functions and globals the module defines with a discardable linkage."""
    names = {name for name, abi in defined_function_abis(module_text).items()
             if abi.linkage in DISCARDABLE_LINKAGES}
    for entity in entities(module_text):
        if entity.kind == "global" and DISCARDABLE_LINKAGES.intersection(entity.value.split()[:4]):
            names.add(entity.name)
    return frozenset(names)


def defined_function_abi(module_text: str, name: str) -> FunctionAbi | None:
    """The ABI of @name's definition in the module text (None when the text does not define it)."""
    return defined_function_abis(module_text).get(name)


def abi_changes(before: FunctionAbi, after: FunctionAbi, *, calls_only: bool = False) -> list[str]:
    """What differs between two ABIs of one function, in words ([]: callers cannot tell them apart).
    `calls_only`: only what a call site depends on (convention, return, parameters), for a function
    whose linkage is the module's own business."""
    compared: list[tuple[str, object, object]] = [
        ("calling convention", before.calling_convention, after.calling_convention),
        ("return type", _described(before.return_attributes, before.return_type),
         _described(after.return_attributes, after.return_type)),
        ("parameters", "(" + ", ".join(before.parameters) + ")", "(" + ", ".join(after.parameters) + ")"),
    ]
    if not calls_only:
        compared = [
            ("name", before.name, after.name),
            ("linkage", before.linkage, after.linkage),
            ("visibility", before.visibility, after.visibility),
            ("DLL storage", before.dll_storage or "none", after.dll_storage or "none"),
            *compared,
            ("placement", " ".join(before.placement) or "default", " ".join(after.placement) or "default"),
        ]
    return [f"{what} {old} became {new}" for what, old, new in compared if old != new]


def kept_abi_problem(before: FunctionAbi, module_text: str) -> str:
    """Why `module_text` cannot stand for the function `before` describes: it no longer defines it
    (deleted, renamed, or left a declaration), or its ABI changed; '' when it can."""
    after = defined_function_abi(module_text, before.name)
    if after is None:
        return f"the result no longer defines @{display_token(before.name)}"
    changes = abi_changes(before, after)
    if not changes:
        return ""
    return f"the result changes the ABI of @{display_token(before.name)}: " + "; ".join(changes)


# What a pipeline leaves when it decides a value is never used: IPSCCP's `ret T poison` once every caller
# took the function's constant result instead, dead-argument elimination's `poison` argument at calls.
_RETURNS_UNDEFINED = re.compile(r"^\s*ret\s+.*\b(?:poison|undef)\b", re.MULTILINE)
_CALL_WITH_UNDEFINED = re.compile(r"\b(?:call|invoke)\b[^\n]*?@(" + IDENT + r")\s*\("
                                  r"[^\n]*\b(?:poison|undef)\b")
_GLOBAL_HINTS = re.compile(r"\b(?:dso_local|local_unnamed_addr|unnamed_addr)\s+"
                           r"|,\s*align\s+\d+|,\s*![-\w.]+\s+!\d+")


def functions_with_undefined_values(module_text: str) -> frozenset[str]:
    """The functions that return poison or undef somewhere, or that some call passes poison or undef:
    signs that a pipeline made callers and callee agree that a value is not needed (what an unoptimized
    body of either side may still need)."""
    names = {decode_ir_name(match.group(1)) for match in _CALL_WITH_UNDEFINED.finditer(module_text)}
    for scanned in scan_functions(module_text):
        if scanned.function.is_definition and \
                _RETURNS_UNDEFINED.search(module_text, scanned.offset, scanned.text_end):
            names.add(scanned.function.name)
    return frozenset(names)


def global_variable_definitions(module_text: str) -> dict[str, str]:
    """Each global variable's (and alias's) definition line, without the words a pipeline may add that no
    access depends on (unnamed_addr, dso_local, a larger alignment, metadata attachments): what is left
    (constness, type, initializer, linkage) is what the functions that read and write it rely on."""
    return {entity.name: " ".join(_GLOBAL_HINTS.sub(" ", entity.text).split())
            for entity in entities(module_text) if entity.kind == "global"}


def _described(attributes: tuple[str, ...], type_text: str) -> str:
    return " ".join([*attributes, type_text])


def _parameter(text: str) -> str:
    """A parameter's type and ABI attributes, without its name and hints."""
    words = _words(text)
    if not words or words == ["..."]:
        return "..."
    type_words = 2 if len(words) >= 2 and words[1].startswith("addrspace(") else 1
    kept = [_type(word) for word in words[:type_words]]
    attributes = words[type_words:]
    memory_passed = any(word.startswith(_MEMORY_PASSED) for word in attributes)
    for number, word in enumerate(attributes):
        if word.split("(", 1)[0] in _ABI_PARAMETER_WORDS:
            kept.append(_type(word))
        elif memory_passed and word == "align" and number + 1 < len(attributes):
            kept.append(f"align {attributes[number + 1]}")
        elif memory_passed and word.startswith("align("):
            kept.append(f"align {word[6:-1].strip()}")
    return " ".join(kept)


def _placement(after_parameters: str, token: str) -> tuple[str, ...]:
    """Address space, section, partition, comdat and alignment, as the words after the parameters say."""
    words = _words(after_parameters)
    placed: list[str] = []
    for number, word in enumerate(words):
        following = words[number + 1] if number + 1 < len(words) else ""
        if word.startswith("{") or word in _AFTER_PLACEMENT:
            break  # the body, or what follows the placement (gc, prefix data, personality)
        if word.startswith("addrspace("):
            placed.append(word)
        elif word in ("section", "partition", "align") and following:
            placed.append(f"{word} {following}")
        elif word == "comdat" or word.startswith("comdat("):
            own = word[len("comdat"):].strip("()$ ")
            placed.append("comdat" if not own or decode_ir_name(own) == decode_ir_name(token) else word)
    return tuple(placed)


def _type(word: str) -> str:
    """A type (or an attribute holding one) spelled one way: no spaces, named types as the printer
    writes them."""
    return _TYPE_NAME.sub(lambda m: "%" + printed_token(decode_ir_name(m.group(1))), re.sub(r"\s+", "", word))


def _words(text: str) -> list[str]:
    """`text` split at the spaces outside brackets and quotes (`{ i32, i32 }`, `range(i32 0, 8)` and
    `"a b"` stay one word each)."""
    words: list[str] = []
    depth, start, quoted = 0, -1, False
    for position, char in enumerate(text):
        if quoted:
            quoted = char != '"'
            continue
        if char.isspace() and depth <= 0:
            if start >= 0:
                words.append(text[start:position])
                start = -1
            continue
        if start < 0:
            start = position
        if char == '"':
            quoted = True
        elif char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
    if start >= 0:
        words.append(text[start:])
    return words

