"""Pass pipelines are data: new-PM textual pipelines, checked before opt ever sees them.

Grammar (what `opt -p` takes):  pipeline := element ("," element)*
                                element  := NAME ("<" PARAMS ">")* ["(" pipeline ")"]
NAME must be a pass opt registers (`opt --print-passes`, cached per toolchain) or a pipeline adaptor
(module, cgscc, function, loop, loop-mssa, devirt, default, lto, ...). Anything else — flags, paths,
plugins, quotes, shell metacharacters, odd whitespace, passes that write files or crash on purpose,
over-long text — is refused, naming the token. opt then has the final word on a tiny module
(e.g. a flat list mixing module and function passes, or `function(licm)` without loop-mssa).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.runner import ToolFailure, first_error_line, run_tool

MAX_PIPELINE_CHARS = 4096
MAX_NESTING = 12
# Adaptors and pipeline aliases that `opt --print-passes` does not list.
ADAPTORS = frozenset({
    "module", "cgscc", "function", "loop", "loop-mssa", "devirt", "repeat", "require", "invalidate",
    "default", "thinlto-pre-link", "thinlto", "lto-pre-link", "lto",
})
# Passes that print, draw, write or read files, or crash on purpose: no use for size, only risk.
_REFUSED_PREFIXES = ("print", "dot-", "view-", "trigger-crash")
_REFUSED_NAMES = frozenset({
    "embed-bitcode", "function-import", "memprof-use", "pgo-instr-use", "sample-profile",
    "pgo-force-function-attrs", "ir-similarity", "module-summary",
})
_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_PARAMS_RE = re.compile(r"[A-Za-z0-9_.=;\-]*")
_SPACES_AROUND_PUNCTUATION = re.compile(r" *([,()]) *")

# A function with a loop and a call, so that every IR unit a pipeline nests into exists.
_PROBE_MODULE = b"""
declare void @g(i32)
define i32 @f(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  call void @g(i32 %i)
  %next = add i32 %i, 1
  %again = icmp slt i32 %next, %n
  br i1 %again, label %loop, label %exit
exit:
  ret i32 %next
}
"""


class PipelineRejected(ValueError):
    """The text is not a pipeline irlens will run; the message names the offending token."""

    def __init__(self, message: str, token: str = "") -> None:
        self.token = token
        super().__init__(message)


@dataclass
class PassNode:
    name: str
    params: list[str] = field(default_factory=list)
    children: list[PassNode] | None = None  # None: no parentheses

    def render(self) -> str:
        text = self.name + "".join(f"<{p}>" for p in self.params)
        if self.children is not None:
            text += "(" + ",".join(child.render() for child in self.children) + ")"
        return text


def parse_pipeline(text: str, known_passes: frozenset[str] | None = None) -> list[PassNode]:
    """Parse and check `text`; raise PipelineRejected naming the first token that is not allowed."""
    if not isinstance(text, str):
        raise PipelineRejected("a pipeline must be text")
    if len(text) > MAX_PIPELINE_CHARS:
        raise PipelineRejected(f"pipeline is {len(text)} characters long; the limit is {MAX_PIPELINE_CHARS}")
    stripped = _SPACES_AROUND_PUNCTUATION.sub(r"\1", text.strip(" "))
    if not stripped:
        raise PipelineRejected("empty pipeline")
    parser = _Parser(stripped, known_passes)
    nodes = parser.pipeline(depth=0)
    if parser.pos != len(stripped):
        raise parser.refuse()
    return nodes


def render_pipeline(nodes: list[PassNode]) -> str:
    return ",".join(node.render() for node in nodes)


class _Parser:
    def __init__(self, text: str, known: frozenset[str] | None) -> None:
        self.text = text
        self.pos = 0
        self.known = known

    def pipeline(self, depth: int) -> list[PassNode]:
        if depth > MAX_NESTING:
            raise PipelineRejected(f"pipeline nests deeper than {MAX_NESTING} levels", "(")
        nodes = [self.element(depth)]
        while self.peek() == ",":
            self.pos += 1
            nodes.append(self.element(depth))
        return nodes

    def element(self, depth: int) -> PassNode:
        match = _NAME_RE.match(self.text, self.pos)
        if not match:
            raise self.refuse()
        name = match.group(0)
        self.check_name(name)
        self.pos = match.end()
        node = PassNode(name)
        while self.peek() == "<":
            params = _PARAMS_RE.match(self.text, self.pos + 1)
            assert params is not None  # the pattern matches the empty string
            if self.text[params.end():params.end() + 1] != ">":
                self.pos = params.end()
                raise self.refuse(f"in the parameters of {name!r}")
            node.params.append(params.group(0))
            self.pos = params.end() + 1
        if self.peek() == "(":
            self.pos += 1
            node.children = self.pipeline(depth + 1)
            if self.peek() != ")":
                raise self.refuse("(expected ')')")
            self.pos += 1
        return node

    def check_name(self, name: str) -> None:
        if name in ADAPTORS:
            return
        if name.startswith(_REFUSED_PREFIXES) or name in _REFUSED_NAMES:
            raise PipelineRejected(f"pass {name!r} is not allowed: it prints, writes files or crashes", name)
        if self.known is not None and name not in self.known:
            raise PipelineRejected(f"unknown pass {name!r} (not in `opt --print-passes`)", name)

    def peek(self) -> str:
        return self.text[self.pos:self.pos + 1]

    def refuse(self, context: str = "") -> PipelineRejected:
        if self.pos >= len(self.text):
            return PipelineRejected(f"pipeline ends too early {context}".strip(), "")
        token = _offending_token(self.text, self.pos)
        why = _why(token)
        message = f"refused token {token!r} at column {self.pos + 1}"
        if context:
            message += f" {context}"
        if why:
            message += f": {why}"
        return PipelineRejected(message, token)


def _offending_token(text: str, pos: int) -> str:
    end = pos + 1
    while end < len(text) and end - pos < 40 and text[end] not in ",()<>":
        end += 1
    return text[pos:end]


def _why(token: str) -> str:
    first = token[:1]
    if first == "-":
        return "flags are not pipelines (plugins and options cannot be passed)"
    if first in "'\"`":
        return "quotes are not allowed"
    if first in ";|&$><*?!{}[]#=":
        return "shell metacharacters are not allowed"
    if "/" in token or "\\" in token or first == "~":
        return "file paths are not allowed"
    if first.isspace() or (first and not first.isascii()):
        return "whitespace and non-ASCII characters are not allowed inside a pipeline"
    return ""


def registered_passes(toolchain: Toolchain) -> frozenset[str]:
    """Pass names from `opt --print-passes` (parameters stripped), cached per toolchain."""
    return _passes_for(toolchain.key, toolchain)


_PASS_CACHE: dict[str, frozenset[str]] = {}


def _passes_for(key: str, toolchain: Toolchain) -> frozenset[str]:
    cached = _PASS_CACHE.get(key)
    if cached is not None:
        return cached
    result = run_tool(toolchain, "opt", ["--print-passes"]).check()
    names = set()
    for line in result.stdout_text.splitlines():
        if line.startswith("  ") and line.strip():
            names.add(line.strip().split("<", 1)[0])
    passes = frozenset(names)
    _PASS_CACHE[key] = passes
    return passes


_VALIDATED: dict[tuple[str, str], str] = {}
_VALIDATED_CAP = 4096


def validate_pipeline(text: str, toolchain: Toolchain) -> str:
    """The canonical form of `text` if both irlens and opt accept it; else PipelineRejected."""
    nodes = parse_pipeline(text, registered_passes(toolchain))
    canonical = render_pipeline(nodes)
    key = (toolchain.key, canonical)
    if key in _VALIDATED:
        return canonical
    try:
        result = run_tool(toolchain, "opt", ["-p", canonical, "-disable-output"],
                          stdin=_PROBE_MODULE)
    except ToolFailure as failure:
        raise PipelineRejected(f"opt rejected the pipeline: {failure}") from failure
    if not result.ok:
        raise PipelineRejected(f"opt rejected the pipeline: {first_error_line(result.stderr_text)}")
    if len(_VALIDATED) > _VALIDATED_CAP:  # model proposals are open-ended: keep the cache bounded
        _VALIDATED.clear()
    _VALIDATED[key] = canonical
    return canonical
