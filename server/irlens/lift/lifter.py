"""Lifting assembly to LLVM IR: the model proposes, mechanical repairs fix the trivial, the compiler judges.

The one lifting service of irlens (the editor's code action, `irlens lift` and `irlens bench quality`
all call `lift_function`). Per function:
1. the target is the file's (`irlens.toolchain.target`: its `irlens:` directive, else the user's
   asmTriple / --triple, else what the file says, else the tools' default); the input is checked first:
   a target the model was not trained to lift (its IR would be made up) or the LLVM tools lack, a
   function that looks cut off, assembly that does not assemble for the target (another target's), or a
   function too long for any prompt get one clear message;
2. k candidates are drawn from the model, greedy first, then samples at a temperature (seeds 1, 2, ...);
3. each candidate is repaired mechanically (`irlens.lift.repairs`: declarations, target, value
   numbering, a cut-off end, the function's name, pointer/integer types; each repair recorded) and
   judged: llvm-as and the verifier, then llc for the assembly's target, whose instructions are
   compared with the original function's;
4. the exact round trip wins (drawing stops there); otherwise the compiling candidates, closest
   first, are refined with the compiler for up to `refine_s` seconds (`irlens.lift.refine`:
   one-operand and structural edits drawn from the assembly, each kept only when llc shows it helps;
   with time left, candidates that do not compile are made to by `irlens.lift.fixes` and
   refined too; the refined IR is judged again and joins the candidates, its edits listed); then the
   compiling candidate with
   the fewest differing instructions wins; if none compiles, the first answer, with its first error.
Drawing stops when `cancel` is set (the document changed) or the wall-time budget is spent.

Round-trip comparison: the original's codegen options are unknown, so llc runs at -O0 and -O2 and the
closer listing counts. Instructions are compared after normalising whitespace, comments and local
labels (.LBB0_3 -> .L1 in order of appearance); `instructions_differing` counts instructions
inserted, deleted or changed (0 = exact round trip).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

from irlens.config import DEFAULT_LIFT_CANDIDATES, DEFAULT_LIFT_LISTING, DEFAULT_LIFT_REFINE_S
from irlens.ir.asm import (
    ASM_FAMILIES,
    AsmFunction,
    AsmSymbol,
    asm_instructions,
    file_reading_statements,
    parse_asm,
    referenced_symbols,
)
from irlens.lift.fixes import fix_to_compile
from irlens.lift.listing import Translation, translate_listing
from irlens.lift.listing_riscv import translate_riscv_listing
from irlens.lift.listing_thumb import translate_thumb_listing
from irlens.lift.refine import refine
from irlens.lift.repairs import Repair, repair, retype
from irlens.lift.structure import calls_made
from irlens.model.answers import LiftAnswer
from irlens.model.backend import GREEDY, SamplingOptions
from irlens.toolchain.diagnostics import ToolDiagnostic, check_ir
from irlens.toolchain.discovery import Toolchain, ToolMissing
from irlens.toolchain.runner import ToolFailure, first_error_line, run_tool
from irlens.toolchain.target import (
    DIRECTIVE_HELP,
    FAMILY_NAMES,
    AsmTarget,
    family_of,
    resolve_asm_target,
    strip_comment,
)

if TYPE_CHECKING:  # callers pass the model they started
    from irlens.model.service import ModelService, ModelStatus

LLC_LEVELS = ("-O0", "-O2")
# The sampling label of the candidate translated from the listing itself (`irlens.lift.listing`).
LISTING = "listing"
# Measured on the held-out -O0 functions of up to 20 IR instructions, k = 8, irlens-tiny-lift as shipped
# on 2026-11-30: 8.6% compile at 0.8, 16.0% at 0.4, 13.6% at 0.2 (`bench quality --lift-temperature`);
# with refinement, exact round trips at k = 8: 33.3% at 0.25, 37.0% at 0.4, 37.0% at 0.6.
SAMPLING_TEMPERATURE = 0.4
# Pointer/integer mismatches repaired in one answer, at most (each costs an llvm-as run).
MAX_RETYPES = 8
# No model context holds more: longer functions are refused before anything is tokenised.
MAX_ASM_CHARS = 200_000
# The targets each prompt format's models were trained to lift when their GGUF does not say
# (`irlens.lift_targets`): irlens-tiny-lift x86-64 only (models/MODEL_CARD.md), Meta's LLM Compiler
# x86-64 and AArch64.
LIFT_TARGETS: dict[str, tuple[str, ...]] = {"irlens": ("x86",), "llm-compiler": ("x86", "aarch64")}
PIC = "-relocation-model=pic"
_POSITION_INDEPENDENT = re.compile(r"[\w.$]\(%rip\)|@GOTPCREL\b")
_ABSOLUTE_ADDRESS = re.compile(r"\$[A-Za-z_.][\w.$]*")  # `movabsq $.L.str`, `movl $g`: static code
_LOCAL_LABEL = re.compile(r"\.L[\w$.]+")
_ENDS_FUNCTION = re.compile(r"^(?:ret|jmp|ud2|hlt|b|br|bx|j|jr|tail|retq|retl|ret[a-z]*)\b")

Choice = Literal["exact", "closest", "does-not-compile", "no-answer", "refused"]


@dataclass(frozen=True)
class RoundTrip:
    compiles: bool
    error: str | None  # why it does not compile (first error), or None
    round_trip_exact: bool
    instructions_differing: int | None  # None when it did not compile
    original_instructions: int
    lifted_instructions: int | None
    llc_level: str | None  # the llc level whose output was closest


@dataclass(frozen=True)
class Candidate:
    """One answer of the model, repaired and judged."""

    sampling: str  # "greedy" or "t=0.4 seed=N"
    ir: str | None  # after repairs; None: no usable answer
    complete: bool  # the answer closed its <code> block (not cut off at the token limit)
    repairs: tuple[Repair, ...]
    compiles_before_repairs: bool  # the answer as written passed llvm-as and the verifier
    check: RoundTrip | None
    problem: str | None = None  # why there is no IR
    seconds: float = 0.0  # drawing and judging it
    refinements: tuple[str, ...] = ()  # the compiler-guided edits that made it from another candidate

    @property
    def compiles(self) -> bool:
        return self.check is not None and self.check.compiles

    @property
    def exact(self) -> bool:
        return self.check is not None and self.check.round_trip_exact


@dataclass(frozen=True)
class LiftResult:
    function: str
    ir: str | None  # the chosen candidate's IR (repaired); None: no usable answer (see `problem`)
    problem: str | None
    check: RoundTrip | None
    choice: Choice = "no-answer"
    candidates: tuple[Candidate, ...] = ()
    seconds: float = 0.0

    @property
    def repairs(self) -> tuple[Repair, ...]:
        chosen = self.chosen
        return chosen.repairs if chosen is not None else ()

    @property
    def chosen(self) -> Candidate | None:
        return next((c for c in self.candidates if c.ir is not None and c.ir == self.ir), None)

    def verdict(self) -> str:
        """One line: "round-trips exactly", "compiles, N instructions differ" or "does not compile: ..."."""
        check = self.check
        if check is None:
            return f"no IR: {self.problem}"
        if not check.compiles:
            return f"does not compile: {check.error}"
        if check.round_trip_exact:
            return f"round-trips exactly (llc {check.llc_level}, {check.original_instructions} instructions)"
        return (f"compiles, {check.instructions_differing} instructions differ "
                f"(of {check.original_instructions}; llc {check.llc_level})")

    @property
    def candidates_tried(self) -> int:
        """The model's answers drawn (a refinement is made from one of them, not drawn; the listing's
        translation is not drawn)."""
        return sum(1 for c in self.candidates if not c.refinements and c.sampling != LISTING)

    @property
    def source(self) -> str | None:
        """Where the chosen candidate came from: "listing" (translated from the -O0 listing),
        "refinement" (edited with llc, from any candidate) or "model"; None when none was chosen."""
        chosen = self.chosen
        return candidate_source(chosen) if chosen is not None else None

    @property
    def refinements(self) -> tuple[str, ...]:
        chosen = self.chosen
        return chosen.refinements if chosen is not None else ()

    def summary(self) -> str:
        """How it was chosen, the repairs and the refinements: for the verdict's details."""
        tried = self.candidates_tried
        how = {"exact": "an exact round trip", "closest": "the closest compiling candidate",
               "does-not-compile": "no candidate compiles; the first answer",
               "no-answer": "no usable answer", "refused": "refused"}[self.choice]
        text = f"{how}, {tried} candidate{'s' if tried != 1 else ''} tried"
        if self.source == LISTING:
            text += "; translated from the listing"
        if self.repairs:
            text += "; repairs: " + "; ".join(str(r) for r in self.repairs)
        if self.refinements:
            text += "; refined with llc: " + "; ".join(self.refinements)
        return text

    def to_json(self) -> dict[str, Any]:
        """The `irlens lift --json` shape: ir, compiles, round_trip_exact, instructions_differing, ..."""
        check = self.check
        chosen = self.chosen
        return {
            "function": self.function,
            "ir": self.ir,
            "compiles": bool(check and check.compiles),
            "round_trip_exact": bool(check and check.round_trip_exact),
            "instructions_differing": check.instructions_differing if check else None,
            "error": (check.error if check else self.problem),
            "choice": self.choice,
            "candidates_tried": self.candidates_tried,
            "compiles_before_repairs": bool(chosen and chosen.compiles_before_repairs),
            "repairs": [asdict(r) for r in self.repairs],
            "refinements": list(self.refinements),
            "source": self.source,
            "seconds": round(self.seconds, 2),
            "details": asdict(check) if check else None,
        }


def function_asm(text: str, function: AsmFunction) -> str:
    """The function's assembly with its leading directives (.globl/.type/.p2align) and its
    trailing `.cfi_endproc`, as a self-contained snippet for the prompt."""
    lines = text.splitlines()
    start = function.start_line
    while start > 0 and _is_directive(lines[start - 1]):
        start -= 1
    end = function.end_line
    if end + 1 < len(lines) and lines[end + 1].strip() == ".cfi_endproc":
        end += 1
    return "\n".join(lines[start : end + 1]) + "\n"


def _is_directive(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(".") and not stripped.endswith(":")


def instructions(asm_text: str, function_name: str | None = None) -> list[str]:
    """Normalised instructions of one function (or of the whole text when it has no such function)."""
    body = asm_text
    if function_name is not None:
        index = parse_asm(asm_text)
        match = next((f for f in index.functions if f.name == function_name), None)
        if match is None and len(index.functions) == 1:
            match = index.functions[0]
        if match is not None:
            body = "\n".join(asm_text.splitlines()[match.start_line : match.end_line + 1])
    labels: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        return labels.setdefault(m.group(0), f".L{len(labels)}")

    found = []
    for raw in body.splitlines():
        line = strip_comment(raw)
        if not line or line.startswith(".") or line.endswith(":"):
            continue
        found.append(_LOCAL_LABEL.sub(rename, " ".join(line.replace(",", ", ").split())))
    return found


def differing(original: list[str], lifted: list[str]) -> int:
    matcher = difflib.SequenceMatcher(a=original, b=lifted, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def check_round_trip(toolchain: Toolchain, original_asm: str, function_name: str, ir: str, *,
                     triple: str | None = None, errors: list[ToolDiagnostic] | None = None) -> RoundTrip:
    """Compile the lifted IR (for `triple`, the original's target, when given) and compare its code
    with the original function's. `errors`: the IR's parser and verifier errors, when the caller has
    checked it already."""
    original = instructions(original_asm, function_name)
    toolchain = judging_toolchain(toolchain, original)
    if errors is None:
        errors = _ir_errors(toolchain, ir)
    if errors:
        first = f"line {errors[0].line + 1}: {errors[0].message}"
        return RoundTrip(False, first, False, None, len(original), None, None)
    best: tuple[int, str, list[str]] | None = None
    failure = ""
    for level in LLC_LEVELS:
        try:
            target = [f"-mtriple={triple}"] if triple else []
            result = run_tool(toolchain, "llc", [level, *target, *toolchain.codegen, "-o", "out.s"],
                              stdin=ir.encode("utf-8"),
                              outputs=["out.s"])
        except (ToolFailure, ToolMissing) as exc:
            failure = str(exc)
            continue
        if not result.ok or "out.s" not in result.outputs:
            failure = first_error_line(result.stderr_text) or "llc failed"
            continue
        listing = result.outputs["out.s"].decode("utf-8", errors="replace")
        lifted = instructions(listing, function_name)
        diff = differing(original, lifted)
        if best is None or diff < best[0]:
            best = (diff, level, lifted)
        if diff == 0:
            break
    if best is None:
        return RoundTrip(False, f"llc: {failure}", False, None, len(original), None, None)
    diff, level, lifted = best
    return RoundTrip(True, None, diff == 0, diff, len(original), len(lifted), level)


def judging_toolchain(toolchain: Toolchain, original: list[str]) -> Toolchain:
    """The toolchain whose llc compiles like the original's compiler: position-independent where the
    original's x86-64 instructions are (`leaq .L.str(%rip)`, `g@GOTPCREL`: clang's default PIE), which
    a static llc never writes (`movabsq $.L.str` at -O0, `movl $.L.str` at -O2; both call `f@PLT`)."""
    text = "\n".join(original)
    static = _ABSOLUTE_ADDRESS.search(text) is not None
    if _POSITION_INDEPENDENT.search(text) and not static and PIC not in toolchain.codegen:
        return dataclasses.replace(toolchain, codegen=(*toolchain.codegen, PIC))
    return toolchain


# ---- the target ----


_datalayouts: dict[tuple[str, str], str | None] = {}  # by (toolchain, triple)


def datalayout_for(toolchain: Toolchain, triple: str) -> str | None:
    """The target's default data layout, as opt infers it from the triple (None when it cannot)."""
    key = (toolchain.key, triple)
    if key not in _datalayouts:
        try:
            result = run_tool(toolchain, "opt", ["-S", f"-mtriple={triple}"], stdin=b"")
            printed = result.stdout.decode("utf-8", "replace")
            match = re.search(r'^target datalayout = "([^"]*)"', printed, re.MULTILINE)
            _datalayouts[key] = match.group(1) if result.ok and match else None
        except ToolFailure:
            _datalayouts[key] = None
    return _datalayouts[key]


def lift_families(status: ModelStatus) -> tuple[str, ...] | None:
    """The target families (toolchain.target.family_of) a model lifts: its GGUF's irlens.lift_targets,
    else its prompt format's (LIFT_TARGETS); None: unknown (not refused)."""
    declared = status.info.lift_targets if status.info is not None else ()
    if declared:
        return tuple(dict.fromkeys(f for f in map(family_of, declared) if f is not None))
    return LIFT_TARGETS.get(status.prompt_format or "")


def unknown_target_problem(status: ModelStatus, triple: str) -> str | None:
    """Why the model should not be asked to lift `triple`'s assembly (it was not trained on that
    target: its IR would be made up), or None."""
    known = lift_families(status)
    family = family_of(triple)
    if known is None or family in known:
        return None
    names = " and ".join(FAMILY_NAMES[family] for family in known) or "no target irlens knows"
    wanted = FAMILY_NAMES.get(family or "", triple)
    return (f"no lifting model for {wanted} assembly ({triple}) is installed: the model {status.name or ''} "
            f"({status.prompt_format} format) was trained to lift {names} assembly only, and its IR would "
            f"be for the wrong target; put a lifting model trained on this target (GGUF metadata "
            f"irlens.lift_targets, e.g. from models/recipe with --lift-target) in the models directory "
            f"as *-lift.gguf, or set liftModelPath")


# ---- the input ----


def input_problem(toolchain: Toolchain, snippet: str, function: AsmFunction, target: AsmTarget) -> str | None:
    """Why this function's assembly cannot be lifted for `target`, in one sentence; None when it can."""
    lines = snippet.count("\n")
    if len(snippet) > MAX_ASM_CHARS:
        return (f"@{function.name} is {lines} lines ({len(snippet)} characters) of assembly: too long to "
                f"lift (at most {MAX_ASM_CHARS} characters; the model's context holds far less)")
    body = [strip_comment(line) for line in snippet.splitlines()]
    code = [line for line in body if line and not line.endswith(":") and not line.startswith(".")]
    has_size = any(line.startswith(".size") for line in body)
    if not code:
        return f"@{function.name} has no instructions to lift"
    if not has_size and not _ENDS_FUNCTION.match(code[-1]):
        return (f"@{function.name} looks cut off: its assembly ends at `{code[-1]}` without a return, a "
                "jump or its `.size` directive")
    if refused := file_reading_statements(snippet):
        return f"@{function.name}: {refused[0].message}"
    try:
        # parsed, not assembled: the snippet may use constants (.LCPI0_0) defined outside the function
        result = run_tool(toolchain, "llvm-mc", [*target.mc_args(), "-o", "out.s"],
                          stdin=snippet.encode("utf-8", "replace"))
    except ToolFailure as failure:
        return f"@{function.name}: llvm-mc could not check the assembly: {failure}"
    if not result.ok:
        error = first_error_line(result.stderr_text) or "llvm-mc rejected it"
        return (f"@{function.name} does not assemble for {target.triple} ({error}): assembly for another "
                f"target? The target came from {target.reason}; {DIRECTIVE_HELP}")
    return None


# ---- candidates ----


def candidate_source(candidate: Candidate) -> str:
    """"refinement", "listing" or "model": what made the candidate."""
    if candidate.refinements:
        return "refinement"
    return "listing" if candidate.sampling == LISTING else "model"


def listing_candidate(toolchain: Toolchain, snippet: str, function_name: str, triple: str,
                      datalayout: str | None) -> Candidate | None:
    """The function's x86-64 or riscv32 -O0 listing translated to IR instruction by instruction
    (`irlens.lift.listing`, `irlens.lift.listing_riscv`), judged like a model's answer; None where the
    translation refuses (another target, -O2 code, an instruction it does not read)."""
    translate = listing_translator(triple)
    if translate is None:
        return None
    started = time.monotonic()
    translation = translate(snippet, function_name, triple=triple, datalayout=datalayout)
    if translation.ir is None:
        return None
    candidate = judge(toolchain, snippet, function_name, LiftAnswer(translation.ir, True), LISTING, triple,
                      datalayout)
    return dataclasses.replace(candidate, seconds=time.monotonic() - started)


def listing_translator(triple: str) -> Callable[..., Translation] | None:
    """The translator of `triple`'s -O0 listings (translate_listing's signature), None for a target
    without one."""
    arch = triple.split("-", 1)[0]
    translators = {"x86_64": translate_listing, "riscv32": translate_riscv_listing,
                   "thumbv7m": translate_thumb_listing}
    return translators.get(arch)


def choose(candidates: list[Candidate] | tuple[Candidate, ...]) -> tuple[Choice, Candidate | None]:
    """The exact round trip if any, else the compiling candidate with the fewest differing
    instructions (the earlier on ties), else the first answer."""
    exact = next((c for c in candidates if c.exact), None)
    if exact is not None:
        return "exact", exact
    compiling = [c for c in candidates if c.compiles]
    if compiling:
        return "closest", min(compiling, key=_differing)
    answered = next((c for c in candidates if c.ir is not None), None)
    return ("does-not-compile", answered) if answered is not None else ("no-answer", None)


def _differing(candidate: Candidate) -> int:
    check = candidate.check
    return check.instructions_differing or 0 if check is not None else 0


def judge(toolchain: Toolchain, snippet: str, function_name: str, answer: LiftAnswer, sampling: str,
          triple: str, datalayout: str | None) -> Candidate:
    family = family_of(triple)
    symbols: list[AsmSymbol] | None = None
    calls: tuple[str, ...] | None = None
    if family is not None and family in ASM_FAMILIES:
        symbols = referenced_symbols(snippet, family)
        called = tuple(s.name for s in symbols if s.called)
        calls = calls_made(list(asm_instructions(snippet, family)), called)
    repaired = repair(answer.ir, triple=triple, datalayout=datalayout, function_name=function_name,
                      asm_symbols=symbols, asm_calls=calls)
    ir, repairs, errors = _retyped(toolchain, repaired.ir, list(repaired.repairs), datalayout)
    check = check_round_trip(toolchain, snippet, function_name, ir, triple=triple, errors=errors)
    if ir == answer.ir:
        return Candidate(sampling, ir, answer.complete, (), check.compiles, check)
    before = not _ir_errors(toolchain, answer.ir)
    return Candidate(sampling, ir, answer.complete, tuple(repairs), before, check)


def _retyped(toolchain: Toolchain, ir: str, repairs: list[Repair], datalayout: str | None
             ) -> tuple[str, list[Repair], list[ToolDiagnostic]]:
    """The IR with the parser's pointer/integer mismatches repaired one at a time (`retype`), while
    the first error is one; and the errors of the IR returned."""
    errors = _ir_errors(toolchain, ir)
    for _ in range(MAX_RETYPES):
        fixed = retype(ir, errors[0].line, errors[0].message, datalayout) if errors else None
        if fixed is None:
            break
        ir = fixed[0]
        repairs.append(fixed[1])
        errors = _ir_errors(toolchain, ir)
    return ir, repairs, errors


def _ir_errors(toolchain: Toolchain, ir: str) -> list[ToolDiagnostic]:
    return [d for d in check_ir(toolchain, ir) if d.severity == "error"]


@dataclass
class LiftOptions:
    candidates: int = DEFAULT_LIFT_CANDIDATES
    temperature: float = SAMPLING_TEMPERATURE  # of the samples after the greedy answer
    triple: str | None = None  # the user's asmTriple / --triple; None: the file's own (toolchain/target.py)
    budget_s: float = 120.0  # no new candidate is drawn after this much wall time
    refine_s: float = DEFAULT_LIFT_REFINE_S  # compiler-guided refinement when no candidate is exact; 0: none
    listing: bool = DEFAULT_LIFT_LISTING  # first, translate an -O0 listing (`listing_candidate`)
    on_candidate: Callable[[int, Candidate], None] | None = None  # after each candidate (or refinement)


def lift_function(toolchain: Toolchain, model: ModelService, asm_text: str, function: AsmFunction, *,
                  options: LiftOptions | None = None, cancel: threading.Event | None = None) -> LiftResult:
    options = options or LiftOptions()
    started = time.monotonic()
    snippet = function_asm(asm_text, function)
    # the file's `irlens:` directive, else the user's triple, else what the file says, else the default
    target = resolve_asm_target(toolchain, asm_text, options.triple)
    triple = target.triple
    def suits(status: ModelStatus) -> bool:  # a lifting model trained on this target
        return unknown_target_problem(status, triple) is None

    refused = target.missing or input_problem(toolchain, snippet, function, target)
    if refused is not None:
        return LiftResult(function.name, None, refused, None, "refused", (), time.monotonic() - started)
    no_model = unknown_target_problem(model.lifting_status(suits), triple)
    datalayout = datalayout_for(toolchain, triple)
    candidates: list[Candidate] = []
    judged: dict[str, Candidate] = {}  # a sample equal to an earlier answer needs no second judgement
    listing = (listing_candidate(toolchain, snippet, function.name, triple, datalayout)
               if options.listing else None)
    # without a model for this target, a translation of the listing that compiles is still a lift
    if no_model is not None and (listing is None or not listing.compiles):
        return LiftResult(function.name, None, no_model, None, "refused", (), time.monotonic() - started)
    if listing is not None:
        candidates.append(listing)
        if options.on_candidate is not None:
            options.on_candidate(0, listing)
    # an exact translation of the listing ends the search before any model answer is drawn
    exact = listing is not None and listing.exact
    draws = 0 if no_model is not None or exact else max(1, options.candidates)
    for number in range(draws):
        if cancel is not None and cancel.is_set():
            break
        if number and time.monotonic() - started > options.budget_s:
            break
        drawn = time.monotonic()
        sampling = GREEDY if number == 0 else SamplingOptions(options.temperature, number)
        label = "greedy" if number == 0 else f"t={options.temperature} seed={number}"
        answer = model.lift(snippet, cancel, sampling=sampling, suits=suits)
        if answer is None:
            problem = model.last_problem() or "the model gave no usable answer"
            candidates.append(Candidate(label, None, False, (), False, None, problem,
                                        time.monotonic() - drawn))
            if not problem.startswith("no usable answer"):
                break  # too large, not ready, timed out, cancelled: another sample will not help
            continue
        earlier = judged.get(answer.ir)
        candidate = (dataclasses.replace(earlier, sampling=label) if earlier is not None
                     else judge(toolchain, snippet, function.name, answer, label, triple, datalayout))
        judged[answer.ir] = candidate
        candidate = dataclasses.replace(candidate, seconds=time.monotonic() - drawn)
        candidates.append(candidate)
        if options.on_candidate is not None:
            options.on_candidate(number + 1, candidate)
        if candidate.exact:
            break
    if not (cancel is not None and cancel.is_set()):
        refined = refine_candidates(toolchain, snippet, function.name, candidates, triple=triple,
                                    budget_s=options.refine_s, cancel=cancel)
        if refined is not None:
            candidates.append(refined)
            if options.on_candidate is not None:
                options.on_candidate(len(candidates), refined)
    choice, chosen = choose(candidates)
    seconds = time.monotonic() - started
    if chosen is None:
        problem = next((c.problem for c in candidates if c.problem), None) or "no usable answer"
        if cancel is not None and cancel.is_set():
            problem = "cancelled"
        return LiftResult(function.name, None, problem, None, choice, tuple(candidates), seconds)
    return LiftResult(function.name, chosen.ir, None, chosen.check, choice, tuple(candidates), seconds)


def refine_candidates(toolchain: Toolchain, snippet: str, function_name: str,
                      candidates: list[Candidate] | tuple[Candidate, ...], *, triple: str, budget_s: float,
                      cancel: threading.Event | None = None) -> Candidate | None:
    """The compiling candidates, closest first, refined with the compiler (`lift_refine`) within
    `budget_s`, then, while time is left, those that do not compile, made to compile first
    (`lift_fixes`, judged by llc); the best refinement, judged again, when it beats its candidate.
    None when a candidate is exact already, nothing helps, or the assembly is not one whose operands
    `irlens.ir.asm` reads (x86, AArch64, ARM/Thumb, RISC-V)."""
    if budget_s <= 0 or family_of(triple) not in ASM_FAMILIES or any(c.exact for c in candidates):
        return None
    started = time.monotonic()
    deadline = started + budget_s
    original = instructions(snippet, function_name)
    toolchain = judging_toolchain(toolchain, original)
    unique = {c.ir: c for c in reversed(candidates) if c.ir is not None}
    compiling = sorted((c for c in unique.values() if c.compiles), key=_differing)
    broken = [c for c in reversed(unique.values()) if not c.compiles]
    donors = tuple(c.ir for c in compiling if c.ir is not None)

    def count(listing: str) -> int:
        return differing(original, instructions(listing))

    def stopped() -> bool:
        return time.monotonic() >= deadline or (cancel is not None and cancel.is_set())

    # (source, its IR made to compile, the edits that did it, differing): the compiling ones as they are
    starts: list[tuple[Candidate, str, tuple[str, ...], int]] = [
        (c, c.ir, (), _differing(c)) for c in compiling if c.ir is not None]
    # the llc level whose listing was closest, by IR: where it is -O0, whose listing follows the IR
    # instruction by instruction, edits are compiled at -O0 only (-O2 costs as much again and seldom
    # becomes the closer by one edit); else at both (-O2 reorders blocks: a move may favour -O0)
    levels = {c.ir: c.check.llc_level for c in compiling if c.ir is not None and c.check is not None}
    best: tuple[Candidate, str, tuple[str, ...], int] | None = None
    position = 0
    while not stopped():
        if position == len(starts):
            if not broken:
                break
            source = broken.pop(0)
            assert source.ir is not None
            fixed = fix_to_compile(toolchain, source.ir, function_name, deadline=deadline)
            if fixed is None:
                continue
            check = check_round_trip(toolchain, snippet, function_name, fixed[0], triple=triple)
            if not check.compiles or check.instructions_differing is None:
                continue
            starts.append((source, fixed[0], fixed[1], check.instructions_differing))
            levels[fixed[0]] = check.llc_level
            if best is None or check.instructions_differing < best[3]:
                best = starts[-1]
            if check.instructions_differing == 0:
                break
            continue
        source, ir, fixes, now = starts[position]
        position += 1
        level = levels.get(ir)
        refined = refine(toolchain, snippet, function_name, ir, count, now, triple=triple,
                         budget_s=deadline - time.monotonic(), cancel=cancel,
                         donors=tuple(d for d in donors if d != source.ir),
                         levels=("-O0",) if level == "-O0" else LLC_LEVELS)
        if refined is not None and (best is None or refined.differing < best[3]):
            best = (source, refined.ir, fixes + refined.edits, refined.differing)
            if refined.differing == 0:
                break
    if best is None:
        return None
    source, ir, edits, _ = best
    check = check_round_trip(toolchain, snippet, function_name, ir, triple=triple)
    if not check.compiles or (source.compiles and (check.instructions_differing or 0) >= _differing(source)):
        return None
    return Candidate(f"{source.sampling}, refined", ir, source.complete, source.repairs,
                     source.compiles_before_repairs, check, seconds=time.monotonic() - started,
                     refinements=edits)


def lift_file(toolchain: Toolchain, model: ModelService, asm_text: str, *, function_name: str | None = None,
              options: LiftOptions | None = None, cancel: threading.Event | None = None) -> list[LiftResult]:
    """Lift every function (or the one named); raises KeyError for a name the file does not define."""
    functions = parse_asm(asm_text).functions
    if function_name is not None:
        functions = [f for f in functions if f.name == function_name]
        if not functions:
            raise KeyError(function_name)
    results = []
    for function in functions:
        if cancel is not None and cancel.is_set():
            break
        results.append(lift_function(toolchain, model, asm_text, function, options=options, cancel=cancel))
    return results
