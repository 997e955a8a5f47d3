"""Mechanical repairs of model-lifted IR: the trivial errors that stop otherwise-right IR from compiling.

Each repair is recorded (`Repair`) and shown to the user; none changes what the code computes:
- declarations: functions the answer calls and globals it uses but never declares get an external
  declaration whose types come from the call site / the use (`declare i32 @g(ptr, i64)`,
  `@table = external global i32`); references to attribute groups (`#0`) and attachments of metadata
  (`, !llvm.loop !5`) it does not define are dropped (an answer cut off at the token limit lacks them);
- target: the module's `target triple` (and `target datalayout`) is set to the assembly's target;
- renumbering: unnamed values (`%N`, numbered blocks) whose numbers do not increase in order of
  definition (the parser rejects that) are renumbered 0, 1, 2, ..., when every number used is defined
  exactly once;
- end: an answer cut off at the token limit (or one that forgot it) ends inside the last function:
  incomplete last line dropped, `ret void` (void functions) or `unreachable`, and the closing `}`;
- duplicates: a `declare` of a function the answer also defines is dropped; a function declared twice
  keeps its first `declare` (each call names its own function type, so the others say nothing a call
  uses); a global declared (`external`) twice, or declared and defined, keeps one declaration or its
  definition; a global defined twice with the same text keeps one, with different texts the later one
  is renamed (`@.str.2` -> `@.str.2.dup1`), so that every use means the first, as the parser reads
  them up to the second;
- names: the one function the answer defines takes the assembly function's name (the label it lifts),
  and the functions it calls and the globals it addresses take the names of those the assembly calls
  and addresses, in order, when there are as many of each; the private constants the answer
  defines (`@.str`) are not counted: they are the assembly's `.L` labels, not its symbols (llc then
  says whether they fit);
- types (`retype`, driven by the parser's error, one at a time): a value written as a pointer where
  it was defined as an integer of the pointer's width, or the other way round, is written at its
  defined type at that use (a `store` or a call argument), else defined at the type of its use (a
  `load`'s or a call's result, or a parameter). Both are the same bits in the same register: the
  code is unchanged. A value loaded from a stack slot (`alloca T`) at another type than T, where the
  parser's error says a use expects T, is loaded at T (the load and its slot disagree and the use
  settles it; clang -O0 code reads a slot at its own type); likewise a parameter spilled (`store T
  %p`) to a slot `alloca T` is a T parameter.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from irlens.ir.asm import AsmSymbol
from irlens.ir.scan import (
    Entity,
    blank_comments_and_strings,
    closing_bracket,
    entities,
    scan_functions,
    split_top_level,
)

_GLOBAL_USE = re.compile(r'@([-a-zA-Z$._][-a-zA-Z$._0-9]*|"[^"]*")')  # numbered globals are never declared
# `call [attrs] <ret> [(<fn type params>)] @name(` ; the return type is everything before `@name`.
_CALL = re.compile(r"\b(?:tail\s+|musttail\s+|notail\s+)?call\s+(?:fastcc\s+|ccc\s+)?"
                   r"((?:(?:noundef|zeroext|signext|inreg|noalias|nonnull)\s+)*)"
                   r"(.+?)\s+@([-a-zA-Z$._][-a-zA-Z$._0-9]*|\"[^\"]*\")\(")
_LOAD_STORE_TYPE = re.compile(r"\bload\s+(?:volatile\s+)?([^,]+?),\s*ptr\s+@(\S+?)[,\s]"
                              r"|\bstore\s+(?:volatile\s+)?(\S+)\s+[^,]+,\s*ptr\s+@(\S+?)[,\s]")
_ATTR_REF = re.compile(r"(?<![\w\"])#(\d+)\b")
_METADATA_ATTACHMENT = re.compile(r",\s*!([-a-zA-Z$._][-a-zA-Z$._0-9]*)\s+!(\d+)")
_TRIPLE = re.compile(r'^target\s+triple\s*=\s*"([^"]*)"[^\n]*\n?', re.MULTILINE)
_LAYOUT = re.compile(r'^target\s+datalayout\s*=\s*"([^"]*)"[^\n]*\n?', re.MULTILINE)
_NUMBERED_DEF = re.compile(r"^\s*%(\d+)\s*=")
_NUMBERED_LABEL = re.compile(r"^(\d+):")
_NUMBERED_REF = re.compile(r"%(\d+)\b")
_UNASSIGNED_VALUE_CALL = re.compile(r"^\s+(?:tail\s+|musttail\s+|notail\s+)?(?:call|invoke)\s+"
                                    r"(?:(?:noundef|zeroext|signext|fastcc|ccc)\s+)*(?!void\b)\S")
_TERMINATOR = re.compile(r"^\s+(?:ret|br|switch|indirectbr|invoke|resume|unreachable|callbr|"
                         r"catchswitch|catchret|cleanupret)\b")
_TYPE_TOKENS = re.compile(r"^(?:i\d+|ptr|half|bfloat|float|double|x86_fp80|fp128|void)$")
_INTRINSIC = "llvm."
_SYMBOL_USE = re.compile(r"@([-a-zA-Z$._][-a-zA-Z$._0-9]*)(\(?)")
_QUALIFIERS = r"((?:(?:dso_local|dso_preemptable|hidden|protected|default)\s+)*)"
_DECLARE = re.compile(r"^declare\s+" + _QUALIFIERS + r"(.*?@([-a-zA-Z$._][-a-zA-Z$._0-9]*)\()", re.MULTILINE)
_EXTERNAL = re.compile(r"^@([-a-zA-Z$._][-a-zA-Z$._0-9]*)(\s*=\s*(?:external|extern_weak)\s+)" + _QUALIFIERS,
                       re.MULTILINE)
_PLAIN_NAME = re.compile(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*")
_TYPE_MISMATCH = re.compile(r"'%([-\w.$]+)' defined with type '(\w+)' but expected '(\w+)'")
_PARAMETER_ATTRIBUTES = r"noundef|nonnull|noalias|nocapture|readonly|signext|zeroext|align\s+\d+"
_VENDORS = {"unknown", "pc", "apple", "suse", "redhat"}


@dataclass(frozen=True)
class Repair:
    kind: str  # "declaration", "target", "renumbering", "end", "duplicate", "name", "types"
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


@dataclass(frozen=True)
class Repaired:
    ir: str
    repairs: tuple[Repair, ...]


def repair(ir: str, *, triple: str, datalayout: str | None, function_name: str | None = None,
           asm_symbols: list[AsmSymbol] | None = None, asm_calls: tuple[str, ...] | None = None) -> Repaired:
    """The answer's IR with every mechanical repair that applies, and what was done. `function_name`:
    the assembly function's name, which the one function the answer defines takes; `asm_symbols`: the
    symbols the assembly calls and addresses (`irlens.ir.asm.referenced_symbols`), whose names the
    answer's take when it refers to as many of each kind; `asm_calls`: the callee of each direct call
    the assembly makes, in order, which the answer's calls take when it makes as many."""
    repairs: list[Repair] = []
    steps: tuple[Callable[[str, list[Repair]], str], ...] = (
        _complete_end, _drop_declarations_of_defined, _drop_duplicate_globals, _renumber, _declare_missing,
    )
    for step in steps:
        ir = step(ir, repairs)
    if function_name is not None:
        ir = _take_name(ir, function_name, repairs)
        if asm_symbols is not None:
            ir = _take_symbols(ir, function_name, asm_symbols, repairs)
            if asm_calls is not None:
                ir = _take_callees(ir, function_name, asm_calls, repairs)
            ir = _take_preemption(ir, asm_symbols, repairs)
    ir = _set_target(ir, triple, datalayout, repairs)
    return Repaired(ir, tuple(repairs))


# ---- functions declared and defined; the defined function's name ----


def _drop_declarations_of_defined(ir: str, repairs: list[Repair]) -> str:
    """A `declare` of a function the answer defines, and an external global of a function's name
    (`@f = external global ptr` beside `define ... @f`), dropped: one symbol, its definition kept."""
    scanned = scan_functions(ir)
    defined = {s.function.token for s in scanned if not s.function.is_declaration}
    functions = {s.function.token for s in scanned}
    doubled = [(s.line, s.function.token) for s in scanned
               if s.function.is_declaration and s.function.token in defined]
    doubled += [(e.line, e.token) for e in entities(ir)
                if e.kind == "global" and e.token in functions and _is_external(e.text)]
    if not doubled:
        return ir
    dropped = {line for line, _ in doubled}  # a declaration is one line
    repairs.append(Repair("duplicate", "dropped the declaration of "
                          f"{', '.join(sorted({'@' + token for _, token in doubled}))}, which the answer "
                          "also defines or declares as a function"))
    return "\n".join(line for number, line in enumerate(ir.split("\n")) if number not in dropped)


def _drop_duplicate_globals(ir: str, repairs: list[Repair]) -> str:
    """Each function declared once, each global declared or defined once (see the module docstring)."""
    lines = ir.split("\n")
    dropped: set[int] = set()
    renamed: dict[int, str] = {}
    done: list[str] = []
    first_declare: dict[str, int] = {}
    for scanned in scan_functions(ir):
        token = scanned.function.token
        if scanned.function.is_declaration:
            if token in first_declare:
                dropped.add(scanned.line)
                done.append(f"a second declaration of @{token}")
            else:
                first_declare[token] = scanned.line
    kept: dict[str, Entity] = {}
    taken = {m.group(1) for m in _GLOBAL_USE.finditer(ir)}
    for entity in entities(ir):
        if entity.kind != "global":
            continue
        earlier = kept.get(entity.token)
        if earlier is None:
            kept[entity.token] = entity
            continue
        if _is_external(entity.text) or entity.text.strip() == earlier.text.strip():
            dropped.add(entity.line)
            done.append(f"a second {'declaration' if _is_external(entity.text) else 'definition'} "
                        f"of @{entity.token}")
        elif _is_external(earlier.text):
            dropped.add(earlier.line)
            kept[entity.token] = entity
            done.append(f"the declaration of @{entity.token}, which the answer also defines")
        elif _PLAIN_NAME.fullmatch(entity.token):
            fresh = next(name for name in (f"{entity.token}.dup{n}" for n in itertools.count(1))
                         if name not in taken)
            taken.add(fresh)
            renamed[entity.line] = lines[entity.line][:entity.start] + fresh + lines[entity.line][entity.end:]
            done.append(f"the second definition of @{entity.token} renamed @{fresh} "
                        "(the uses mean the first)")
    if not done:
        return ir
    repairs.append(Repair("duplicate", "dropped " + "; ".join(done)))
    return "\n".join(renamed.get(number, line) for number, line in enumerate(lines) if number not in dropped)


def _is_external(global_line: str) -> bool:
    return re.match(r"@\S+\s*=\s*(?:[a-z_]+\s+)*?(?:external|extern_weak)\b", global_line) is not None


def _take_name(ir: str, name: str, repairs: list[Repair]) -> str:
    defined = [s.function.token for s in scan_functions(ir) if not s.function.is_declaration]
    if len(defined) != 1 or defined[0] == name or not _PLAIN_NAME.fullmatch(name):
        return ir
    if re.search(rf"@{re.escape(name)}(?![-\w.$])", ir):
        return ir  # the name is taken by another symbol of the answer
    old = defined[0]
    renamed = re.sub(rf"@{re.escape(old)}(?![-\w.$])" if not old.startswith('"') else re.escape("@" + old),
                     "@" + name, ir)
    repairs.append(Repair("name", f"the function @{old} takes the assembly's name @{name}"))
    return renamed


def _take_symbols(ir: str, function_name: str, asm_symbols: list[AsmSymbol], repairs: list[Repair]) -> str:
    """The symbols the defined function calls, and those it addresses, renamed to the assembly's of
    the same kind in the same order, when there are as many and no name would mean two symbols
    (a callee the answer invented where the assembly calls another takes the assembly's)."""
    scanned = next((s for s in scan_functions(ir) if not s.function.is_declaration
                    and s.function.token == function_name), None)
    if scanned is None:
        return ir
    body = ir[scanned.offset:scanned.text_end].split("\n", 1)[-1]
    # private constants (`@.str`) are `.L` labels in the assembly, never among its symbols
    private = {e.token for e in entities(ir)
               if e.kind == "global" and re.match(r"@\S+\s*=\s*private\b", e.text)}
    used: dict[str, bool] = {}
    for match in _SYMBOL_USE.finditer(blank_comments_and_strings(body)):
        name = match.group(1)
        if not name.startswith(_INTRINSIC) and name != function_name and name not in private:
            used[name] = used.get(name, False) or match.group(2) == "("
    # llc calls memcpy/memset/memmove for the llvm.mem* intrinsics, which are not the answer's symbols
    lowered = {name for name in ("memcpy", "memset", "memmove") if f"@llvm.{name}." in body}
    wanted = [(symbol.name, symbol.called) for symbol in asm_symbols
              if symbol.name != function_name and symbol.name not in lowered]
    renames: dict[str, str] = {}
    for kind in (True, False):
        ours = [name for name, called in used.items() if called is kind]
        theirs = [name for name, called in wanted if called is kind]
        if len(ours) != len(theirs):
            return ir
        renames.update((a, b) for a, b in zip(ours, theirs, strict=True) if a != b)
    taken = {m.group(1) for m in _SYMBOL_USE.finditer(ir)} - set(renames)
    if not renames or set(renames.values()) & taken or not all(
            _PLAIN_NAME.fullmatch(name) for name in [*renames, *renames.values()]):
        return ir
    pattern = re.compile(r"@(" + "|".join(map(re.escape, renames)) + r")(?![-\w.$])")
    renamed = pattern.sub(lambda m: "@" + renames[m.group(1)], ir)
    repairs.append(Repair("name", "the assembly's symbols, in the order the function uses them: " +
                          ", ".join(f"@{a} -> @{b}" for a, b in renames.items())))
    return renamed


def _take_callees(ir: str, function_name: str, asm_calls: tuple[str, ...], repairs: list[Repair]) -> str:
    """Each direct call of the defined function calls the assembly's callee at the same position, when
    it makes as many direct calls as the assembly (a callee the answer invented, which `_take_symbols`
    cannot rename when the answer names its callees differently from one call to the next); the new
    callees are declared as their calls read, the replaced ones' declarations dropped when unused."""
    scanned = next((s for s in scan_functions(ir) if not s.function.is_declaration
                    and s.function.token == function_name), None)
    if scanned is None:
        return ir
    head = ir[:scanned.offset]
    body = ir[scanned.offset:scanned.text_end]
    blanked = blank_comments_and_strings(body)
    sites = [m for m in _CALL.finditer(blanked) if not m.group(3).startswith(_INTRINSIC)]
    lowered = {name for name in ("memcpy", "memset", "memmove") if f"@llvm.{name}." in blanked}
    wanted = [name for name in asm_calls if name not in lowered]
    globals_ = {e.token for e in entities(ir) if e.kind == "global"}
    if (len(sites) != len(wanted) or all(m.group(3) == name for m, name in zip(sites, wanted, strict=True))
            or set(wanted) & globals_ or not all(_PLAIN_NAME.fullmatch(name) for name in wanted)):
        return ir
    edited = body
    for match, name in reversed(list(zip(sites, wanted, strict=True))):
        edited = edited[:match.start(3)] + name + edited[match.end(3):]
    pairs = [(m.group(3), name) for m, name in zip(sites, wanted, strict=True) if m.group(3) != name]
    ir = head + edited + ir[scanned.text_end:]
    olds = {old for old, _ in pairs}
    unused = {s.line for s in scan_functions(ir) if s.function.is_declaration and s.function.token in olds
              and len(re.findall(rf"@{re.escape(s.function.token)}(?![-\w.$])", ir)) == 1}
    ir = "\n".join(line for number, line in enumerate(ir.split("\n")) if number not in unused)
    repairs.append(Repair("name", "the assembly's callees, call by call: " +
                          ", ".join(f"@{old} -> @{new}" for old, new in pairs)))
    return _declare_missing(ir, repairs)


def _take_preemption(ir: str, asm_symbols: list[AsmSymbol], repairs: list[Repair]) -> str:
    """Declarations `dso_local` where the assembly refers to the symbol directly, and neither
    `dso_local` nor `hidden` where it goes through the PLT or GOT: how llc will refer to it."""
    direct = {symbol.name: symbol.direct for symbol in asm_symbols}
    local: list[str] = []
    preemptible: list[str] = []

    def qualified(name: str, qualifiers: str) -> str:
        words = qualifiers.split()
        is_local = any(word in ("dso_local", "hidden", "protected") for word in words)
        if name not in direct or direct[name] == is_local:
            return qualifiers
        if direct[name]:
            local.append(f"@{name}")
            return qualifiers + "dso_local "
        preemptible.append(f"@{name}")
        return "".join(f"{word} " for word in words if word not in ("dso_local", "hidden", "protected"))

    ir = _DECLARE.sub(lambda m: f"declare {qualified(m.group(3), m.group(1))}{m.group(2)}", ir)
    ir = _EXTERNAL.sub(lambda m: f"@{m.group(1)}{m.group(2)}{qualified(m.group(1), m.group(3))}", ir)
    done = ([f"dso_local on {', '.join(local)}, which the assembly refers to directly"] if local else []) + (
        [f"not dso_local {', '.join(preemptible)}, which the assembly reaches through the PLT or GOT"]
        if preemptible else [])
    if done:
        repairs.append(Repair("declaration", "; ".join(done)))
    return ir


# ---- types: a pointer where an integer of its width was meant, or the reverse ----


def retype(ir: str, line: int, message: str, datalayout: str | None) -> tuple[str, Repair] | None:
    """`ir` with the type mismatch the parser reported (`message` at 0-based `line`) repaired, when it
    is between `ptr` and the integer of the pointer's width; None when it is another error."""
    mismatch = _TYPE_MISMATCH.search(message)
    lines = ir.split("\n")
    if mismatch is None or not 0 <= line < len(lines):
        return None
    value, defined, expected = mismatch.groups()
    from_slot = (_load_at_slot_type(lines, value, defined, expected, line)
                 or _parameter_at_slot_type(lines, value, defined, expected, line)
                 or _external_call_returns_pointer(lines, value, defined, expected, line))
    if from_slot is not None:
        return from_slot
    width = "i32" if datalayout is not None and re.search(r"(?:^|-)p:32\b", datalayout) else "i64"
    if {defined, expected} != {"ptr", width}:
        return None
    attributes = r"((?:\s+(?:noundef|signext|zeroext|nonnull|noalias|nocapture|readonly))*)"
    written = rf"\b{expected}{attributes}\s+%{re.escape(value)}\b"
    use = lines[line]
    if re.match(r"\s*(?:store\b|(?:%[-\w.$]+\s*=\s*)?(?:tail\s+)?call\b)", use):
        at_use, count = re.subn(written, lambda m: f"{defined}{m.group(1)} %{value}", use, count=1)
        if count:
            lines[line] = at_use
            return "\n".join(lines), Repair("types", f"%{value} written as {defined} (as defined) where the "
                                                       f"answer used it as {expected}, line {line + 1}")
    for number, text in enumerate(lines):  # the definition: a load's or a call's result, or a parameter
        result = re.match(rf"(\s*%{re.escape(value)}\s*=\s*(?:load\s+(?:volatile\s+)?|(?:tail\s+)?call\s+"
                          rf"(?:(?:noundef|signext|zeroext|noalias|nonnull)\s+)*)){defined}\b", text)
        if result:
            lines[number] = result.group(1) + expected + text[result.end():]
            break
        if text.startswith("define") and re.search(rf"%{re.escape(value)}\b", text):
            lines[number] = re.sub(rf"\b{defined}((?:\s+[a-z_]+)*)\s+%{re.escape(value)}\b",
                                   lambda m: f"{expected}{m.group(1)} %{value}", text, count=1)
            if lines[number] != text:
                break
    else:
        return None
    return "\n".join(lines), Repair("types", f"%{value} defined as {expected}, as line {line + 1} uses it "
                                               f"(was {defined})")


def _parameter_at_slot_type(lines: list[str], value: str, defined: str, expected: str, line: int
                            ) -> tuple[str, Repair] | None:
    """A parameter `<defined> %value` made `<expected> %value` when the error's line spills it
    (`store <expected> %value, ptr %slot`) to a slot `%slot = alloca <expected>`, as clang -O0 does."""
    spill = re.match(rf"\s*store\s+{re.escape(expected)}\s+%{re.escape(value)}\s*,\s*ptr\s+%([-\w.$]+)",
                     lines[line])
    if spill is None:
        return None
    slot = re.compile(rf"\s*%{re.escape(spill.group(1))}\s*=\s*alloca\s+{re.escape(expected)}\s*(?:,|;|$)")
    header = next((n for n in range(line, -1, -1) if lines[n].startswith("define")), None)
    if header is None or not any(slot.match(text) for text in lines[header:line]):
        return None
    retyped, count = re.subn(rf"\b{re.escape(defined)}((?:\s+[a-z_]+)*)\s+%{re.escape(value)}\b",
                             lambda m: f"{expected}{m.group(1)} %{value}", lines[header], count=1)
    if not count:
        return None
    lines[header] = retyped
    detail = (f"parameter %{value} is {expected}, the type of the stack slot %{spill.group(1)} "
              f"line {line + 1} spills it to (was {defined})")
    return "\n".join(lines), Repair("types", detail)


def _external_call_returns_pointer(lines: list[str], value: str, defined: str, expected: str, line: int
                                  ) -> tuple[str, Repair] | None:
    """`%value = call iN @f(...)` made `call ptr @f(...)` when @f is not defined here (its return type
    is the answer's guess) and every use of %value is as a pointer: no bits are dropped or made up
    (the pointer is the whole return register)."""
    if expected != "ptr" or not re.fullmatch(r"i\d+", defined):
        return None
    call = re.compile(rf"(\s*%{re.escape(value)}\s*=\s*(?:tail\s+)?call\s+"
                      rf"(?:(?:noundef|signext|zeroext)\s+)*){defined}(\s+@([-\w.$]+)\()")
    found = next(((n, m) for n, m in ((n, call.match(text)) for n, text in enumerate(lines)) if m), None)
    if found is None:
        return None
    number, match = found
    if any(re.match(rf"define\b[^@]*@{re.escape(match.group(3))}\(", text) for text in lines):
        return None
    typed = re.compile(rf"(?<![-\w%@.$])(\w+)(?:\s+(?:{_PARAMETER_ATTRIBUTES}))*"
                       rf"\s+%{re.escape(value)}\b(?!\s*=)")
    mentioned = re.compile(rf"%{re.escape(value)}\b(?!\s*=)")
    for text in lines[number + 1:]:
        code = _code(text)
        types = [m.group(1) for m in typed.finditer(code)]
        if len(types) != len(mentioned.findall(code)) or any(t != "ptr" for t in types):
            return None  # a use at another type, or one whose type is not written beside it
    lines[number] = f"{match.group(1)}ptr{lines[number][match.end(1) + len(defined):]}"
    detail = (f"%{value} returned as ptr by the external @{match.group(3)}, as every use takes it, "
              f"line {line + 1} first (was {defined})")
    return "\n".join(lines), Repair("types", detail)


def _load_at_slot_type(lines: list[str], value: str, defined: str, expected: str, line: int
                       ) -> tuple[str, Repair] | None:
    """`%value = load <defined>, ptr %slot` made `load <expected>` when `%slot = alloca <expected>`."""
    load = re.compile(rf"(\s*%{re.escape(value)}\s*=\s*load\s+(?:volatile\s+)?){re.escape(defined)}"
                      r"(,\s*ptr\s+%([-\w.$]+))(.*?)(,\s*align\s+\d+)?(\s*(?:;.*)?)$")
    for number, text in enumerate(lines):
        found = load.match(text)
        if found is None:
            continue
        slot = re.compile(rf"\s*%{re.escape(found.group(3))}\s*=\s*alloca\s+{re.escape(expected)}"
                          r"\s*(?:,\s*(align\s+\d+))?\s*(?:;.*)?$")
        allocated = next((m for m in map(slot.match, lines) if m is not None), None)
        if allocated is None:
            return None
        align = f", {allocated.group(1)}" if allocated.group(1) else (found.group(5) or "")
        lines[number] = f"{found.group(1)}{expected}{found.group(2)}{found.group(4)}{align}{found.group(6)}"
        return "\n".join(lines), Repair("types", f"%{value} loaded as {expected}, the type of its stack "
                                                   f"slot %{found.group(3)}, as line {line + 1} uses it "
                                                   f"(was {defined})")
    return None


# ---- the end of the answer ----


def _complete_end(ir: str, repairs: list[Repair]) -> str:
    lines = ir.rstrip().splitlines()
    define_at = max((i for i, line in enumerate(lines) if line.startswith("define")), default=None)
    if define_at is None or any(line.startswith("}") for line in lines[define_at:]):
        return ir
    body = lines[define_at:]
    done: list[str] = []
    if not ir.endswith("\n") and len(body) > 1:
        body = body[:-1]  # the answer stopped mid-line: that line is not trustworthy
        done.append("dropped the incomplete last line")
    while len(body) > 1 and not body[-1].strip():
        body.pop()
    last = body[-1] if len(body) > 1 else ""
    if not _TERMINATOR.match(last):
        returns_void = re.match(r"define\b[^@]*\bvoid\s+@", lines[define_at]) is not None
        terminator = "ret void" if returns_void else "unreachable"
        body.append(f"  {terminator}")
        done.append(f"added `{terminator}`")
    body.append("}")
    done.append("closed the function with `}`")
    repairs.append(Repair("end", f"the answer ends inside the function: {', '.join(done)}"))
    return "\n".join(lines[:define_at] + body) + "\n"


# ---- numbering of unnamed values ----


def _renumber(ir: str, repairs: list[Repair]) -> str:
    pieces: list[str] = []
    done = 0
    changed: list[str] = []
    for scanned in scan_functions(ir):
        if scanned.function.is_declaration or scanned.function.line_count == 0:
            continue
        function = ir[scanned.offset:scanned.text_end].splitlines(keepends=True)
        renumbered = renumber_function(function)
        if renumbered is not None and renumbered != function:
            changed.append(f"@{scanned.function.token}")
            pieces += [ir[done:scanned.offset], *renumbered]
            done = scanned.text_end
    if not changed:
        return ir
    repairs.append(Repair("renumbering", f"renumbered the unnamed values of {', '.join(changed)} "
                                         "in order of definition"))
    return "".join([*pieces, ir[done:]])


def renumber_function(function: list[str]) -> list[str] | None:
    """The function with %N renumbered 0, 1, 2, ... in order of definition; None when a number is
    used but never defined (renumbering would then guess)."""
    header, body = function[0], function[1:]
    mapping: dict[str, str] = {}
    counter = 0
    params = header[header.index("(") :] if "(" in header else ""
    for number in _NUMBERED_REF.findall(params):
        mapping[number] = str(counter)
        counter += 1
    first = next((line for line in body if line.strip() and not line.strip().startswith(";")), "")
    if not _NUMBERED_LABEL.match(first) and not re.match(r"^[-a-zA-Z$._0-9\"]+:", first):
        counter += 1  # the entry block without a label takes the next number
    order = [int(number) for number in mapping]
    for line in body:
        defined = _NUMBERED_DEF.match(line) or _NUMBERED_LABEL.match(line)
        if defined:
            if defined.group(1) in mapping:
                return None  # defined twice: which one a use means is a guess
            mapping[defined.group(1)] = str(counter)
            order.append(int(defined.group(1)))
            counter += 1
        elif _UNASSIGNED_VALUE_CALL.match(line):
            counter += 1  # an unnamed non-void result takes a number too
    used = {m.group(1) for line in function for m in _NUMBERED_REF.finditer(_code(line))}
    if not used <= mapping.keys():
        return None
    if all(a < b for a, b in itertools.pairwise(order)):
        return function  # increasing numbers parse (gaps are allowed): nothing to repair

    def rename(line: str) -> str:
        code, comment = _split_comment(line)
        code = _NUMBERED_REF.sub(lambda m: f"%{mapping[m.group(1)]}", code)
        label = _NUMBERED_LABEL.match(code)
        if label:
            code = f"{mapping[label.group(1)]}:{code[label.end():]}"
        return code + comment

    return [rename(line) for line in function]


# ---- declarations ----


def _declare_missing(ir: str, repairs: list[Repair]) -> str:
    code = "\n".join(_code(line) for line in ir.splitlines())
    module_entities = entities(code)
    declared = {scanned.function.token for scanned in scan_functions(code)}
    declared |= {entity.token for entity in module_entities if entity.kind == "global"}
    additions: list[str] = []
    names: list[str] = []
    callees: dict[str, str] = {}
    for call in _CALL.finditer(code):
        name = call.group(3)
        if name in declared or name in callees:
            continue
        declaration = _declaration_from_call(code, call)
        if declaration is not None:
            callees[name] = declaration
    called = {call.group(3) for call in _CALL.finditer(code)}
    for name, declaration in callees.items():
        additions.append(declaration)
        names.append(f"@{name}")
        declared.add(name)
    value_types: dict[str, str] = {}
    for match in _LOAD_STORE_TYPE.finditer(code):
        value_type, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(3),
                                                                                    match.group(4))
        value_types.setdefault(name, value_type.strip())
    for use in _GLOBAL_USE.finditer(code):
        name = use.group(1)
        if name in declared or name in called:
            continue  # a callee whose declaration cannot be read off its call stays an error
        value_type = value_types.get(name, "i8")
        if not _TYPE_TOKENS.match(value_type):
            value_type = "i8"  # a global's value type is its own business; only its address is used
        additions.append(f"@{name} = external global {value_type}")
        names.append(f"@{name}")
        declared.add(name)
    if additions:
        repairs.append(Repair("declaration", f"declared {', '.join(names)} (types from the use)"))
    attribute_refs = sorted({int(m.group(1)) for line in code.splitlines()
                             if line.startswith(("define", "declare")) or "call" in line
                             for m in _ATTR_REF.finditer(line)})
    attribute_defs = {int(entity.token) for entity in module_entities if entity.kind == "attributes"}
    missing_attributes = [n for n in attribute_refs if n not in attribute_defs]
    if missing_attributes:  # an empty group is invalid, and its attributes are unknown: drop the references
        missing = {str(n) for n in missing_attributes}
        ir = "\n".join(_ATTR_REF.sub(lambda m: "" if m.group(1) in missing else m.group(0), line)
                       if line.startswith(("define", "declare")) or "call" in _code(line) else line
                       for line in ir.split("\n"))
        repairs.append(Repair("declaration", "dropped references to the undefined attribute group(s) "
                              f"{', '.join(f'#{n}' for n in missing_attributes)}"))
    metadata = {entity.token for entity in module_entities if entity.kind == "metadata"}
    dropped = sorted({f"!{m.group(2)}" for m in _METADATA_ATTACHMENT.finditer(code)
                      if m.group(2) not in metadata})
    if dropped:
        ir = _METADATA_ATTACHMENT.sub(lambda m: "" if m.group(2) not in metadata else m.group(0), ir)
        repairs.append(Repair("declaration",
                              f"dropped attachments of undefined metadata {', '.join(dropped)}"))
    if not additions:
        return ir
    return ir.rstrip("\n") + "\n\n" + "\n".join(additions) + "\n"


def declaration_for_call(code: str, name: str) -> str | None:
    """`declare <ret> @name(<types>)` as the first call of `name` in `code` reads (None without one)."""
    call = next((m for m in _CALL.finditer(code) if m.group(3) == name), None)
    return _declaration_from_call(code, call) if call is not None else None


def _declaration_from_call(code: str, call: re.Match[str]) -> str | None:
    name, return_part = call.group(3), call.group(2).strip()
    explicit = re.match(r"^(.*?)\s*(\(.*\))\s*$", return_part)
    if explicit and explicit.group(1):  # `call i32 (ptr, ...) @printf(`: the function type is given
        return f"declare {explicit.group(1)} @{name}{explicit.group(2)}"
    arguments = _balanced_arguments(code, call.end())
    if arguments is None:
        return None
    types = []
    for argument in split_top_level(arguments):
        parts = argument.split()
        if len(parts) < 2:
            return None
        type_text = parts[0]
        if type_text.startswith(("{", "<", "[")):  # aggregate types: up to the matching bracket
            return None
        types.append(type_text)
    if name.startswith(_INTRINSIC) and not types:
        return None
    return f"declare {return_part} @{name}({', '.join(types)})"


def _balanced_arguments(code: str, start: int) -> str | None:
    """The arguments of the call whose `(` is just before `start`, when they close on its line."""
    end = closing_bracket(code, start - 1)
    if end is None or "\n" in code[start:end]:
        return None
    return code[start:end]


# ---- target ----


def _set_target(ir: str, triple: str, datalayout: str | None, repairs: list[Repair]) -> str:
    triple_match = _TRIPLE.search(ir)
    layout_match = _LAYOUT.search(ir)
    done = []
    if triple_match is None or not same_target(triple_match.group(1), triple):
        was = f" (was {triple_match.group(1)!r})" if triple_match else ""
        done.append(f"target triple {triple!r}{was}")
    if datalayout is not None and (layout_match is None or layout_match.group(1) != datalayout):
        done.append("its data layout")
    if not done:
        return ir
    ir = _TRIPLE.sub("", ir)
    if datalayout is not None:
        ir = _LAYOUT.sub("", ir)
    head = f'target datalayout = "{datalayout}"\n' if datalayout is not None else ""
    head += f'target triple = "{triple}"\n'
    lines = ir.splitlines(keepends=True)
    insert_at = 0  # after the leading `; ModuleID` / source_filename lines
    while insert_at < len(lines) and (lines[insert_at].startswith(";") or
                                      lines[insert_at].startswith("source_filename")):
        insert_at += 1
    repairs.append(Repair("target", f"set {' and '.join(done)} to match the assembly"))
    return "".join(lines[:insert_at]) + head + "".join(lines[insert_at:])


def same_target(a: str, b: str) -> bool:
    """Triples that name the same target (the vendor does not matter: x86_64-pc-linux-gnu is
    x86_64-unknown-linux-gnu)."""
    pa, pb = a.split("-"), b.split("-")
    if pa[0] != pb[0]:
        return False
    return [p for p in pa[1:] if p not in _VENDORS] == [p for p in pb[1:] if p not in _VENDORS]


# ---- helpers ----


def _split_comment(line: str) -> tuple[str, str]:
    """Code and `;` comment of a line (a `;` inside a string is not a comment)."""
    in_string = False
    for position, char in enumerate(line):
        if char == '"':
            in_string = not in_string
        elif char == ";" and not in_string:
            return line[:position], line[position:]
    return line, ""


def _code(line: str) -> str:
    return _split_comment(line)[0]
