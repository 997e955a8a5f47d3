"""The two -Oz baselines, and the one transformation that tells them apart.

- "clang" (the default): what `clang -Oz` gives. clang -Oz is not `opt -Oz` on -O0 IR: it marks every
  function `minsize optsize`, does not mark it `noinline optnone`, and (on most targets) omits the
  frame pointer, and llc then generates size-aware code. So the module's function attributes are
  first made what clang -Oz would have emitted, then `opt -Oz`, then llc. On a sum loop, a recursive
  fib and a static helper compiled by clang 19 for x86-64, this gives the same 175 bytes of text as
  `clang -Oz -c` (opt -Oz on the -O0 IR as given: 360 bytes).
- "paper": `opt -Oz` on the IR as given, the baseline of the LLM Compiler papers, for comparability.

What the clang -Oz figure starts from decides how exact it is (`input_kind`, the one classification of
an input every feature uses):
- "frontend": clang's front end at a size level, before any optimization (`clang -Oz -Xclang
  -disable-llvm-optzns -emit-llvm`): every definition `minsize` or `optsize`, none `optnone`, and none
  `local_unnamed_addr` (which the optimizer's globalopt adds; the front end never writes it). clang -Oz
  runs `default<Oz>` on exactly this module, so the baseline is `opt -Oz` on it as given (no attribute
  changed) and is exact: byte for byte `clang -Oz -c` from bitcode; from text written by `clang -S`,
  which drops the use-list order llc's output depends on, it may be off by a few bytes.
- "O0": clang -O0 output (see below). clang -Oz's front end emits other IR than -O0's (lifetime
  markers, TBAA, no stores of every parameter), so the figure is estimated from -O0 IR.
- "optimized": anything else (already optimized, or written by hand): -Oz is run again on it, also an
  estimate of what clang -Oz gives for the source.

clang's -O0 attributes are recognised as such: a function with `optnone` (clang puts `noinline optnone`
on every function at -O0, and a user who writes `optnone` by hand cannot also have `minsize`), or every
function of a module whose definitions all carry `noinline` and none `local_unnamed_addr` (clang -O0
with `-Xclang -disable-O0-optnone`, the usual way to get IR for opt: at -O1 and above clang marks a
function noinline only when the source says so, and gives most functions local_unnamed_addr). Those
lose `noinline`/`optnone` and get the target's -Oz frame pointer; other functions keep theirs as
written. Every defined function gets `minsize optsize`. The attributes are part of the code irlens
offers under this baseline: an optimized function carries them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from irlens.ir.scan import Header, after_parameters, headers

Baseline = Literal["clang", "paper"]
BASELINES: tuple[Baseline, ...] = ("clang", "paper")
OZ_PIPELINE = "default<Oz>"
InputKind = Literal["O0", "frontend", "optimized"]
EXACT_BASELINE_HINT = ("the exact figure comes from the front end's IR: `irlens ir FILE.c -o FILE.ll`, or "
                       "`clang -Oz -Xclang -disable-llvm-optzns -emit-llvm -c FILE.c -o FILE.bc` with the "
                       "file's own flags")

_ATTRIBUTE_GROUP = re.compile(r"^attributes #(\d+) = \{(.*)\}\s*$", re.MULTILINE)
_ATTRIBUTE_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?:="(?:[^"\\]|\\.)*")?'  # "key" or "key"="value"
                              r"|[A-Za-z_][\w.]*(?:\([^)]*\))?(?:=\S+)?")  # word, memory(...), align=N
_GROUP_REFERENCE = re.compile(r"(?<![\w\"@%!])#(\d+)\b")
_TRIPLE = re.compile(r'^target triple = "([^"]*)"', re.MULTILINE)
_FRAME_POINTER = re.compile(r'^"frame-pointer"=')


def describe(baseline: Baseline) -> str:
    return "clang -Oz" if baseline == "clang" else "paper -Oz (opt -Oz on the IR as given)"


@dataclass(frozen=True)
class BaselineExactness:
    """How exactly a module's -Oz figure under a baseline is what it is named."""

    input_kind: InputKind
    exact: bool  # paper -Oz is exact by definition; clang -Oz only from front-end IR

    @classmethod
    def of(cls, kind: InputKind, baseline: Baseline) -> BaselineExactness:
        return cls(kind, baseline == "paper" or kind == "frontend")

    @property
    def note(self) -> str:
        """What the figure is, when it is not exact ("" when it is)."""
        if self.exact:
            return ""
        return "estimated from -O0 IR" if self.input_kind == "O0" else "estimated from already-optimized IR"


def exactness_json(exactness: BaselineExactness | None) -> dict[str, object]:
    """The JSON fields that say what the -Oz figures start from and whether they are exact (None for
    assembly, which has no -Oz figure)."""
    return {"input_kind": exactness.input_kind if exactness else None,
            "baseline_exact": exactness.exact if exactness else None}


def input_kind(ir_text: str) -> InputKind:
    """What made the module (see the module docstring)."""
    groups = _attribute_groups(ir_text)
    if _is_o0_module(ir_text, groups):
        return "O0"
    frontend = True
    for tail in _definition_tails(ir_text):
        words = _function_attributes(tail, groups)
        if "optnone" in words:
            return "O0"
        if "local_unnamed_addr" in tail.split() or not ({"minsize", "optsize"} & words):
            frontend = False
    return "frontend" if frontend and _define_lines(ir_text) else "optimized"


def baseline_exactness(ir_text: str, baseline: Baseline) -> BaselineExactness:
    return BaselineExactness.of(input_kind(ir_text), baseline)


def module_triple(ir_text: str) -> str:
    match = _TRIPLE.search(ir_text)
    return match.group(1) if match else ""


def clang_oz_frame_pointer(triple: str) -> str | None:
    """The "frame-pointer" attribute clang 17-19 gives -Oz code for `triple` ("none" = no attribute);
    None: unknown target, keep what the function has.

    Measured with clang 19: x86-64, i386, RISC-V and ARM/Thumb on Linux or Android omit it at -Oz;
    AArch64 keeps "non-leaf" and bare-metal ARM/Thumb (…-none-eabi) keeps "all" at every level.
    """
    arch, _, rest = (triple or "x86_64-unknown-linux-gnu").partition("-")
    if arch in ("x86_64", "amd64", "i386", "i486", "i586", "i686", "riscv32", "riscv64"):
        return "none"
    if arch.startswith(("aarch64", "arm64")):
        return "non-leaf"
    if arch.startswith(("arm", "thumb")):
        return "none" if ("linux" in rest or "android" in rest) else "all"
    return None


def clang_oz_attributes(ir_text: str) -> str:
    """ir_text with the function attributes clang -Oz emits (see the module docstring).

    Every attribute group that a `define` uses is replaced, for the definitions only, by a new group
    with the -Oz attributes (declarations and call sites keep theirs); a definition without any
    attribute group gets one. Text outside `define` lines and attribute groups is unchanged.
    """
    groups = _attribute_groups(ir_text)
    frame_pointer = clang_oz_frame_pointer(module_triple(ir_text))
    o0_module = _is_o0_module(ir_text, groups)
    next_group = max(groups, default=-1) + 1
    converted: dict[int | None, int] = {}  # group a define used (None: no group) -> its -Oz group
    new_groups: list[str] = []

    def oz_group(number: int | None) -> int:
        nonlocal next_group
        if number not in converted:
            body = groups.get(number, "") if number is not None else ""
            converted[number] = next_group
            new_groups.append(
                f"attributes #{next_group} = {{ {_oz_attribute_body(body, frame_pointer, o0_module)} }}")
            next_group += 1
        return converted[number]

    def convert_define(line: str) -> str:
        tail = after_parameters(line)
        offset = len(line) - len(tail)
        reference = _GROUP_REFERENCE.search(tail)
        if reference:
            start, end = offset + reference.start(1), offset + reference.end(1)
            return line[:start] + str(oz_group(int(reference.group(1)))) + line[end:]
        insert_at = offset + _attribute_position(tail)
        return f"{line[:insert_at]} #{oz_group(None)}{line[insert_at:]}"

    pieces: list[str] = []
    done = 0
    for header in _define_lines(ir_text):
        pieces += [ir_text[done:header.start], convert_define(ir_text[header.start:header.end])]
        done = header.end
    text = "".join([*pieces, ir_text[done:]])
    if not new_groups:
        return text
    return text.rstrip("\n") + "\n\n" + "\n".join(new_groups) + "\n"


def _attribute_groups(ir_text: str) -> dict[int, str]:
    """Lines that start with `attributes` are found with str.find and matched one by one: a MULTILINE
    regex scan of a 12 MB module is one C call that holds the interpreter lock for ~150 ms (a hover
    waits), the finds take a few ms."""
    starts = [0] if ir_text.startswith("attributes") else []
    found = ir_text.find("\nattributes")
    while found >= 0:
        starts.append(found + 1)
        found = ir_text.find("\nattributes", found + 1)
    groups: dict[int, str] = {}
    for start in starts:
        if match := _ATTRIBUTE_GROUP.match(ir_text, start):
            groups[int(match.group(1))] = match.group(2)
    return groups


def _definition_tails(ir_text: str) -> list[str]:
    """What follows the parameter list on each `define` line."""
    return [after_parameters(ir_text[header.start:header.end]) for header in _define_lines(ir_text)]


def _function_attributes(tail: str, groups: dict[int, str]) -> set[str]:
    """A definition's function attributes: written on its line, and in the group it refers to."""
    reference = _GROUP_REFERENCE.search(tail)
    group = _ATTRIBUTE_TOKEN.findall(groups.get(int(reference.group(1)), "")) if reference else []
    return {*tail.split("#", 1)[0].split(), *group}


def _is_o0_module(ir_text: str, groups: dict[int, str]) -> bool:
    """Every definition noinline and none local_unnamed_addr: clang -O0 output (see the docstring)."""
    tails = _definition_tails(ir_text)
    return bool(tails) and all("local_unnamed_addr" not in tail.split()
                               and "noinline" in _function_attributes(tail, groups) for tail in tails)


def _oz_attribute_body(body: str, frame_pointer: str | None, o0_module: bool) -> str:
    tokens = _ATTRIBUTE_TOKEN.findall(body)
    from_o0 = "optnone" in tokens or (o0_module and "noinline" in tokens)
    kept: list[str] = []
    for token in tokens:
        if token == "optnone" or (from_o0 and token == "noinline") or token in ("minsize", "optsize"):
            continue
        if from_o0 and frame_pointer is not None and _FRAME_POINTER.match(token):
            continue
        kept.append(token)
    added = ["minsize", "optsize"]
    if from_o0 and frame_pointer not in (None, "none"):
        added.append(f'"frame-pointer"="{frame_pointer}"')
    return " ".join(added + kept)


def _define_lines(ir_text: str) -> list[Header]:
    return [header for header in headers(ir_text) if not header.is_declaration]


def _attribute_position(tail: str) -> int:
    """Where function attributes go in the text after a parameter list: after `unnamed_addr`,
    `local_unnamed_addr` and `addrspace(N)`, which the grammar puts first."""
    match = re.match(r"(?:\s+(?:local_unnamed_addr|unnamed_addr|addrspace\(\d+\)))*", tail)
    return match.end() if match else 0


def baseline_input(ir_text: str, baseline: Baseline) -> str:
    """What `opt -Oz` (and every candidate pipeline) is applied to under `baseline`. The -Oz front
    end's IR already is what clang -Oz optimizes, and is taken as given; that of -Os (optsize without
    minsize) gets minsize, the only attribute its front end writes differently."""
    oz_front_end = input_kind(ir_text) == "frontend" and _every_definition_has(ir_text, "minsize")
    if baseline == "paper" or oz_front_end:
        return ir_text
    return clang_oz_attributes(ir_text)


def _every_definition_has(ir_text: str, attribute: str) -> bool:
    groups = _attribute_groups(ir_text)
    return all(attribute in _function_attributes(tail, groups) for tail in _definition_tails(ir_text))
