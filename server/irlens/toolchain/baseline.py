"""The two -Oz baselines, and the one transformation that tells them apart.

- "clang" (the default): what `clang -Oz` gives. clang -Oz is not `opt -Oz` on -O0 IR: it marks every
  function `minsize optsize`, does not mark it `noinline optnone`, and (on most targets) omits the
  frame pointer, and llc then generates size-aware code. So the module's function attributes are
  first made what clang -Oz would have emitted, then `opt -Oz`, then llc. On a sum loop, a recursive
  fib and a static helper compiled by clang 19 for x86-64, this gives the same 175 bytes of text as
  `clang -Oz -c` (opt -Oz on the -O0 IR as given: 360 bytes).
- "paper": `opt -Oz` on the IR as given, the baseline of the LLM Compiler papers, for comparability.

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
from typing import Literal

from irlens.ir.scan import Header, after_parameters, headers

Baseline = Literal["clang", "paper"]
BASELINES: tuple[Baseline, ...] = ("clang", "paper")
OZ_PIPELINE = "default<Oz>"

_ATTRIBUTE_GROUP = re.compile(r"^attributes #(\d+) = \{(.*)\}\s*$", re.MULTILINE)
_ATTRIBUTE_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?:="(?:[^"\\]|\\.)*")?'  # "key" or "key"="value"
                              r"|[A-Za-z_][\w.]*(?:\([^)]*\))?(?:=\S+)?")  # word, memory(...), align=N
_GROUP_REFERENCE = re.compile(r"(?<![\w\"@%!])#(\d+)\b")
_TRIPLE = re.compile(r'^target triple = "([^"]*)"', re.MULTILINE)
_FRAME_POINTER = re.compile(r'^"frame-pointer"=')


def describe(baseline: Baseline) -> str:
    return "clang -Oz" if baseline == "clang" else "paper -Oz (opt -Oz on the IR as given)"


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
    groups = {int(m.group(1)): m.group(2) for m in _ATTRIBUTE_GROUP.finditer(ir_text)}
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


def _is_o0_module(ir_text: str, groups: dict[int, str]) -> bool:
    """Every definition noinline and none local_unnamed_addr: clang -O0 output (see the docstring)."""
    defines = [ir_text[header.start:header.end] for header in _define_lines(ir_text)]
    if not defines:
        return False
    for line in defines:
        tail = after_parameters(line)
        if "local_unnamed_addr" in tail.split():
            return False
        reference = _GROUP_REFERENCE.search(tail)
        inline_words = tail.split("#", 1)[0].split()
        group = _ATTRIBUTE_TOKEN.findall(groups.get(int(reference.group(1)), "")) if reference else []
        if "noinline" not in group and "noinline" not in inline_words:
            return False
    return True


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
    """What `opt -Oz` (and every candidate pipeline) is applied to under `baseline`."""
    return clang_oz_attributes(ir_text) if baseline == "clang" else ir_text
