"""Pass pipelines are data: new-PM textual pipelines, checked before opt ever sees them.

Grammar (what `opt -p` takes):  pipeline := element ("," element)*
                                element  := NAME ("<" PARAMS ">")* ["(" pipeline ")"]
NAME must be a pass opt registers (`opt --print-passes`, cached per toolchain) or a pipeline adaptor
(module, cgscc, function, loop, loop-mssa, devirt, default, lto, ...). Anything else — flags, paths,
plugins, quotes, shell metacharacters, odd whitespace, any pass not on ALLOWED_PASSES (transformations
without I/O: no instrumentation, profiles, printers or file writers), over-long text — is refused,
naming the token. opt then has the final word on a tiny module
(e.g. a flat list mixing module and function passes, or `function(licm)` without loop-mssa).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from irlens.toolchain.discovery import Toolchain, ToolLimits
from irlens.toolchain.runner import ToolFailure, first_error_line, run_tool

MAX_PIPELINE_CHARS = 4096
MAX_NESTING = 12
# Adaptors and pipeline aliases that `opt --print-passes` does not list.
ADAPTORS = frozenset({
    "module", "cgscc", "function", "loop", "loop-mssa", "devirt", "repeat", "require", "invalidate",
    "default", "thinlto-pre-link", "thinlto", "lto-pre-link", "lto",
})
# What a pass may do is part of validation: only the transformation passes below are run. They read
# nothing but the module and write nothing but the module (LLVM 17-20, `opt --print-passes`). Left out
# on purpose: instrumentation (gcov, instrprof, pgo-*, sanitizers, memprof, ctx-instr-*, sancov,
# pseudo-probe, ...), profile and summary readers or writers (sample-profile, pgo-instr-use,
# memprof-use, function-import, wholeprogramdevirt, lowertypetests), printers, viewers and dot writers,
# passes that crash on purpose, and passes that rename or hide symbols (metarenamer, strip,
# strip-nondebug, loop-extract); internalize is listed, as the optimizer refuses a result that lost
# exported symbols. A pass opt adds in a later release is refused until it is listed here.
ALLOWED_PASSES = frozenset({
    # module
    "always-inline", "annotation2metadata", "attributor", "attributor-light", "called-value-propagation",
    "canonicalize-aliases", "constmerge", "coro-cleanup", "coro-early", "deadargelim",
    "elim-avail-extern", "expand-variadics", "forceattrs", "global-merge", "globaldce", "globalopt",
    "globalsplit", "hotcoldsplit", "inferattrs", "inliner-wrapper", "inliner-wrapper-no-mandatory-first",
    "internalize", "ipsccp", "iroutliner", "lower-global-dtors", "lower-ifunc", "mergefunc", "module-inline",
    "name-anon-globals", "no-op-module", "openmp-opt", "openmp-opt-postlink", "partial-inliner",
    "recompute-globalsaa", "rel-lookup-table-converter", "rpo-function-attrs", "scc-oz-module-inliner",
    "strip-dead-debug-info", "strip-dead-prototypes", "strip-debug-declare",
    "strip-nonlinetable-debuginfo",
    # cgscc
    "argpromotion", "attributor-cgscc", "attributor-light-cgscc", "coro-split", "function-attrs",
    "inline", "no-op-cgscc", "openmp-opt-cgscc",
    # function
    "adce", "aggressive-instcombine", "alignment-from-assumptions", "assume-builder", "assume-simplify",
    "bdce", "break-crit-edges", "callsite-splitting", "chr", "consthoist", "constraint-elimination",
    "coro-elide", "correlated-propagation", "dce", "dfa-jump-threading", "div-rem-pairs", "dse",
    "early-cse", "expand-memcmp", "fix-irreducible", "flatten-cfg", "float2int",
    "function-simplification", "guard-widening", "gvn", "gvn-hoist", "gvn-sink", "infer-address-spaces",
    "infer-alignment", "inject-tli-mappings", "instcombine", "instnamer", "instsimplify", "irce",
    "jump-table-to-switch", "jump-threading", "lcssa", "libcalls-shrinkwrap", "load-store-vectorizer",
    "loop-data-prefetch", "loop-distribute", "loop-fusion", "loop-load-elim", "loop-simplify",
    "loop-sink", "loop-unroll", "loop-vectorize", "loop-versioning", "lower-atomic",
    "lower-constant-intrinsics", "lower-expect", "lower-guard-intrinsic", "lower-invoke",
    "lower-matrix-intrinsics", "lower-switch", "lower-widenable-condition", "make-guards-explicit",
    "mem2reg", "memcpyopt", "mergeicmps", "mergereturn", "mldst-motion", "move-auto-init",
    "nary-reassociate", "newgvn", "no-op-function", "partially-inline-libcalls", "reassociate",
    "redundant-dbg-inst-elim", "reg2mem", "scalarize-masked-mem-intrin", "scalarizer", "sccp",
    "select-optimize", "separate-const-offset-from-gep", "simplifycfg", "sink", "slp-vectorizer", "slsr",
    "speculative-execution", "sroa", "structurizecfg", "tailcallelim", "tlshoist", "unify-loop-exits",
    "vector-combine", "verify",
    # loop nest and loop
    "loop-flatten", "loop-interchange", "loop-unroll-and-jam", "no-op-loopnest", "canon-freeze",
    "indvars", "licm", "lnicm", "loop-bound-split", "loop-deletion", "loop-idiom", "loop-idiom-vectorize",
    "loop-instsimplify", "loop-predication", "loop-reduce", "loop-reroll", "loop-rotate",
    "loop-simplifycfg", "loop-unroll-full", "loop-versioning-licm", "no-op-loop", "simple-loop-unswitch",
})
# Why a well-known pass is not on the list (the message names the first that matches).
_REFUSAL_REASONS = (
    (("insert-gcov-profiling", "instrprof", "instrorderfile", "pgo-instr-gen", "ctx-instr", "asan",
      "msan", "tsan", "hwasan", "dfsan", "nsan", "memprof", "sancov", "sanmd", "pseudo-probe",
      "jmc-instrumenter", "ee-instrument", "bounds-checking", "poison-checking", "cfguard", "kcfi",
      "safe-stack", "stack-protector", "debugify", "check-debugify"),
     "it instruments the code (and may write files at run or compile time)"),
    (("pgo-", "sample-profile", "function-import", "wholeprogramdevirt", "lowertypetests",
      "cross-dso-cfi", "embed-bitcode", "cg-profile", "synthetic-counts", "ctx-prof"),
     "it reads or writes profiles, summaries or bitcode"),
    (("print", "dot-", "view-", "aa-eval", "instcount", "lint", "helloworld", "count-visits",
      "annotation-remarks", "ir-similarity", "module-summary"),
     "it prints, draws or writes files"),
    (("trigger-",), "it crashes on purpose"),
)
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
        if self.known is not None and name not in self.known:
            raise PipelineRejected(f"unknown pass {name!r} (not in `opt --print-passes`)", name)
        if name not in ALLOWED_PASSES:
            reason = next((why for prefixes, why in _REFUSAL_REASONS if name.startswith(prefixes)), "")
            raise PipelineRejected(
                f"pass {name!r} is not allowed: it is not on irlens's allow-list of transformation passes "
                f"without I/O" + (f" ({reason})" if reason else ""), name)

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


class PassListUnavailable(ToolFailure):
    """`opt --print-passes` failed, so no pipeline can be checked with this toolchain. It is remembered
    per toolchain: every later call fails at once with the same message instead of running opt again.
    A search should stop at the first one (one message), not retry it per candidate."""

    def __init__(self, failure: ToolFailure) -> None:
        super().__init__(failure.tool, failure.kind, f"--print-passes gave no pass list ({failure.detail}); "
                                                     "no pipeline can be checked")


def registered_passes(toolchain: Toolchain) -> frozenset[str]:
    """Pass names from `opt --print-passes` (parameters stripped), cached per toolchain; a failure is
    cached too and raised as PassListUnavailable."""
    return _passes_for(toolchain.key, toolchain)


_PASS_CACHE: dict[str, frozenset[str]] = {}
# What opt --print-passes did instead, per toolchain and limits (other limits may let it succeed).
_PASS_FAILURES: dict[tuple[str, ToolLimits], ToolFailure] = {}


def _passes_for(key: str, toolchain: Toolchain) -> frozenset[str]:
    cached = _PASS_CACHE.get(key)
    if cached is not None:
        return cached
    failed = _PASS_FAILURES.get((key, toolchain.limits))
    if failed is not None:
        raise PassListUnavailable(failed)  # a fresh exception each time, the same message
    try:
        result = run_tool(toolchain, "opt", ["--print-passes"]).check()
    except ToolFailure as failure:
        if failure.kind == "cancelled":
            raise  # the caller's document changed meanwhile: says nothing of opt, the next caller asks again
        _PASS_FAILURES[(key, toolchain.limits)] = failure
        raise PassListUnavailable(failure) from None
    names = set()
    for line in result.stdout_text.splitlines():
        if line.startswith("  ") and line.strip():
            names.add(line.strip().split("<", 1)[0])
    passes = frozenset(names)
    _PASS_CACHE[key] = passes
    return passes


_VALIDATED: dict[tuple[str, str], str] = {}
_VALIDATED_CAP = 4096


def validation_record(toolchain: Toolchain) -> dict[str, list[str]]:
    """What this process learned about `toolchain` that another process with the same tools can reuse:
    the passes opt registers and the canonical pipelines opt accepted (irlens-cc keeps it between
    compiles, each a process of its own, instead of probing every candidate again)."""
    return {"passes": sorted(_PASS_CACHE.get(toolchain.key, frozenset())),
            "pipelines": sorted(canonical for key, canonical in _VALIDATED if key == toolchain.key)}


def adopt_validation_record(toolchain: Toolchain, record: object) -> None:
    """Take a validation_record of the same tools: its pipelines are not run on the probe module again.
    Every pipeline is still parsed against the pass list and ALLOWED_PASSES; a record that is not one is
    ignored."""
    if not isinstance(record, dict):
        return
    passes, pipelines = record.get("passes"), record.get("pipelines")
    if isinstance(passes, list) and passes and all(isinstance(name, str) for name in passes):
        _PASS_CACHE.setdefault(toolchain.key, frozenset(passes))
    for canonical in pipelines if isinstance(pipelines, list) else []:
        if isinstance(canonical, str) and len(_VALIDATED) < _VALIDATED_CAP:
            _VALIDATED[(toolchain.key, canonical)] = canonical


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
