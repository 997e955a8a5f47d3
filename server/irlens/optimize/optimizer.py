"""The one optimize orchestration: what the model sees, which candidates run, the budget, the baseline
and the verification, for the language server, `irlens optimize`, `irlens check` and the benchmarks.

- The model sees a function's extracted module (what the LLM Compiler models and irlens-tiny were
  trained on), never the whole file; its proposals are raw text, validated as pipelines like every
  candidate, and go first in the queue. A ranking model orders the candidate set (the coreset) for
  each function (optimize/ranking.py); without one, or when it fails, the set's own (coverage) order
  stands. The budget is the same either way.
- Every candidate is applied with opt (whose verifier checks input and output) to the baseline's
  input (the clang -Oz attributes, or the IR as given), compiled with `llc -O2 -filetype=obj` and
  measured by the one size definition of toolchain/measure.py. -Oz under the same baseline is measured
  first: it is the floor, so an answer is never larger than it, and when it fails the search stops
  with that one message.
- A function is searched on its own (extracted, callees as declarations) and judged by its symbol's
  bytes. A module is searched two ways, and the smaller by text+data wins: one pipeline for the whole
  module, and the composition of each function's own winner spliced back into the module (largest
  functions first, under a budget of compilations), measured as a module. Exported symbols must
  survive, and the composed module must verify.
- A function's result keeps its ABI (ir/abi.py: name, linkage, visibility, calling convention,
  return and parameter types with their ABI attributes, placement), whatever a pipeline or the model
  says: a candidate that changes it is rejected like one that fails to verify, and splice_function
  refuses such a body, so the CLI, the editor's code action and the report never offer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from irlens.ir.abi import (
    FunctionAbi,
    abi_changes,
    defined_function_abi,
    defined_function_abis,
    discardable_symbols,
    functions_with_undefined_values,
    global_variable_definitions,
    kept_abi_problem,
)
from irlens.ir.names import object_symbol
from irlens.ir.splice import (
    SpliceError,
    declared_symbols,
    defined_symbols,
    function_definition,
    splice_function,
)
from irlens.toolchain.baseline import OZ_PIPELINE, Baseline, baseline_input
from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.elf import ElfError
from irlens.toolchain.gc_reach import exported_reach, reach_growth
from irlens.toolchain.measure import (
    apply_pipeline,
    assemble,
    compile_object,
    count_ir_instructions,
    default_jobs,
    extract_function,
    function_bytes,
    measure_ir,
    measure_object,
    optimize_text,
)
from irlens.toolchain.pipeline import PipelineRejected, validate_pipeline
from irlens.toolchain.runner import ToolFailure, run_tool

DEFAULT_FUNCTION_BUDGET = 16  # compilations for one function (the editor's default)
DEFAULT_MODULE_BUDGET_PER_FUNCTION = 4  # the CLI's default for a module: this many per function,
DEFAULT_MODULE_BUDGET_CAP = 200  # capped: cJSON_Utils (38 functions, 152 compilations) takes 7.3 s on 2 cores
WHOLE_MODULE_SHARE = 4  # a quarter of a module's budget goes to single whole-module pipelines first
MODEL_PROPOSALS = 4


class OptimizationCancelled(Exception):
    """The cancel Event was set; no result."""


class LinkGrows(Exception):
    """Smaller in total, but a --gc-sections link rooted at one of its exported symbols keeps more."""


class AbiChanged(Exception):
    """A candidate's result no longer keeps the function's ABI (ir/abi.py): rejected, like one that
    fails to verify."""


class Proposer(Protocol):
    """A model that proposes pass pipelines for an IR text (the model service)."""

    def propose_pipelines(self, ir_text: str, k: int = 4,
                          cancel: threading.Event | None = None) -> list[str]: ...


class Ranker(Protocol):
    """Orders the candidate set for one function (optimize/ranking.PipelineRanker)."""

    def order(self, module_ir: str, candidates: Sequence[str],
              cancel: threading.Event | None = None) -> list[str]: ...


@dataclass(frozen=True)
class SearchOptions:
    baseline: Baseline = "clang"
    budget: int | None = None  # compilations; None: the default for the scope
    jobs: int | None = None  # parallel compilations; None: every core
    model_proposals: int = MODEL_PROPOSALS
    model_functions: int = 8  # the largest functions of a module whose model proposals are asked for
    compose: bool = True  # modules: also compose each function's own winner (off: whole-module only)
    # modules: a candidate must not make a --gc-sections link rooted at any exported symbol keep more than
    # -Oz's object does, beyond a tenth of its saving (toolchain/gc_reach.py; irlens-cc's acceptance rule)
    gc_sections: bool = False


@dataclass(frozen=True)
class CandidateOutcome:
    pipeline: str
    size_bytes: int | None  # None: rejected, failed to verify or to compile
    error: str = ""


@dataclass
class FunctionResult:
    name: str
    baseline: Baseline
    pipeline: str  # the best verified pipeline (default<Oz> when nothing beats it)
    size_bytes: int  # the function's bytes after `pipeline`
    oz_bytes: int
    input_bytes: int | None  # the function as given (with the baseline's attributes), by the same llc
    compilations: int  # opt+llc runs that were measured
    optimized_module_text: str  # the extracted module after `pipeline`
    function_text: str  # its `define ... { ... }`
    proposals: list[str] = field(default_factory=list)  # the model's, as it gave them
    outcomes: list[CandidateOutcome] = field(default_factory=list)
    model_order: bool = False  # a ranking model changed the candidates' order

    @property
    def saving_vs_oz(self) -> float:
        """Fraction saved relative to -Oz (0.1 = 10 % smaller)."""
        return (self.oz_bytes - self.size_bytes) / self.oz_bytes if self.oz_bytes else 0.0

    @property
    def beats_oz(self) -> bool:
        return self.size_bytes < self.oz_bytes


@dataclass(frozen=True)
class FunctionChoice:
    """What the composed module holds for one function."""

    name: str
    pipeline: str  # its own winner, or the base pipeline when the base body stays ("": not searched)
    size_bytes: int | None
    base_bytes: int | None  # its bytes in the module composed on (the best whole-module result)
    note: str = ""  # why it kept its body, or the error

    @property
    def changed(self) -> bool:
        """Its own winner replaced the body the base pipeline gave it."""
        return (self.size_bytes is not None and self.base_bytes is not None
                and self.size_bytes < self.base_bytes)


@dataclass
class ModuleResult:
    baseline: Baseline
    strategy: str  # "composed", "whole-module" or "-Oz"
    pipeline: str  # the whole-module pipeline ("" for the composed module)
    size_bytes: int  # text+data of the result
    oz_bytes: int  # text+data after -Oz under the baseline
    input_bytes: int  # text+data of the input (with the baseline's attributes), unoptimized
    whole_module_bytes: int  # the best single whole-module pipeline's text+data
    composed_bytes: int | None  # the composed module's text+data (None: it failed, see composed_note)
    composed_note: str
    composed_on: str  # the base pipeline of the composed module ("" when another strategy won)
    compilations: int
    module_text: str  # the optimized module (verified)
    functions: list[FunctionChoice] = field(default_factory=list)
    outcomes: list[CandidateOutcome] = field(default_factory=list)  # whole-module candidates
    proposals: dict[str, list[str]] = field(default_factory=dict)

    @property
    def saving_vs_oz(self) -> float:
        return (self.oz_bytes - self.size_bytes) / self.oz_bytes if self.oz_bytes else 0.0


# --- what the model sees ---------------------------------------------------------------------------

def model_view(toolchain: Toolchain, module: str | bytes, name: str) -> str:
    """The text the model is shown for @name: its extracted module, as the model was trained."""
    return extract_function(toolchain, module, name)


def model_proposals(proposer: Proposer | None, toolchain: Toolchain, module: str | bytes, name: str, *,
                    k: int = MODEL_PROPOSALS, cancel: threading.Event | None = None) -> list[str]:
    """The model's raw proposals for @name ([] without a model, or when the model fails: the search
    never depends on it)."""
    if proposer is None or k <= 0:
        return []
    try:
        return list(proposer.propose_pipelines(model_view(toolchain, module, name), k, cancel=cancel))
    except Exception:  # a broken model must never break the compiler's answer
        return []


def ranked_candidates(ranker: Ranker | None, extracted_module: str, candidates: Sequence[str],
                      cancel: threading.Event | None = None) -> list[str]:
    """`candidates` in the ranker's order for the function's extracted module (their own order without
    a ranker, or when it fails: the search never depends on the model)."""
    if ranker is None:
        return list(candidates)
    try:
        ordered = ranker.order(extracted_module, candidates, cancel)
    except Exception:
        return list(candidates)
    return ordered if sorted(ordered) == sorted(candidates) else list(candidates)


# --- one function ----------------------------------------------------------------------------------

def optimize_function(toolchain: Toolchain, module: str | bytes, name: str, candidates: Sequence[str], *,
                      options: SearchOptions = SearchOptions(), proposer: Proposer | None = None,
                      proposals: Sequence[str] | None = None, cancel: threading.Event | None = None,
                      extracted_module: str | None = None, measure_input: bool = True,
                      ranker: Ranker | None = None) -> FunctionResult:
    """Best verified pipeline for @name, applied to the function extracted from the module under the
    baseline, judged by the function's bytes. `proposals` (already asked) or else `proposer` give the
    model's pipelines, which run first; then `candidates`, in `ranker`'s order for this function when
    there is one; the budget counts every opt+llc. `extracted_module`: the extraction, when the caller
    has it; `measure_input` off: no compile of the unoptimized function."""
    _check(cancel)
    if extracted_module is None and isinstance(module, str):
        module = honour_always_inline(toolchain, module)
    raw = extracted_module if extracted_module is not None else extract_function(toolchain, module, name)
    if proposals is None:
        proposals = model_proposals(proposer, toolchain, raw, name, k=options.model_proposals, cancel=cancel)
    ordered = ranked_candidates(ranker, raw, candidates, cancel)
    model_order = ordered != list(candidates)
    candidates = ordered
    extracted = baseline_input(raw, options.baseline)
    budget = options.budget if options.budget is not None else DEFAULT_FUNCTION_BUDGET
    fixed = 2 if measure_input else 1
    pipelines, rejected = _queue(toolchain, [*proposals, *candidates], max(0, budget - fixed))

    given = defined_function_abi(extracted, name)
    if given is None:
        raise ToolFailure("llvm-extract", "error", f"the extracted module does not define @{name}")

    def size_of(ir: str | bytes) -> int:
        # The function must stay what its callers call: a smaller body behind another signature,
        # linkage or name is another program (e.g. internalize,deadargelim makes `i32 @api` void).
        assert isinstance(ir, str)  # candidates are measured as text, to be read here
        problem = kept_abi_problem(given, ir)
        if problem:
            raise AbiChanged(problem)
        return function_bytes(toolchain, ir, name)

    input_bytes = size_of(extracted) if measure_input else None
    oz = _measure(toolchain, extracted, OZ_PIPELINE, size_of, cancel, text=True)
    if oz.size_bytes is None:
        raise ToolFailure("opt", "error", f"the -Oz baseline failed for @{name}: {oz.error}")
    measured = _measure_all(toolchain, extracted, pipelines, size_of, cancel, options.jobs, None, text=True)
    best = _smallest([oz, *measured], floor=oz.size_bytes)
    optimized = optimize_text(toolchain, extracted, best.pipeline)
    return FunctionResult(
        name=name, baseline=options.baseline, pipeline=best.pipeline, size_bytes=best.size_bytes or 0,
        oz_bytes=oz.size_bytes, input_bytes=input_bytes, compilations=fixed + len(measured),
        optimized_module_text=optimized, function_text=function_definition(optimized, name),
        proposals=list(proposals), outcomes=[oz, *measured, *rejected], model_order=model_order)


# --- a module --------------------------------------------------------------------------------------

def default_module_budget(function_count: int) -> int:
    return min(DEFAULT_MODULE_BUDGET_CAP, max(16, DEFAULT_MODULE_BUDGET_PER_FUNCTION * function_count))


def optimize_module(toolchain: Toolchain, module_text: str, candidates: Sequence[str], *,
                    options: SearchOptions = SearchOptions(), proposer: Proposer | None = None,
                    cancel: threading.Event | None = None,
                    on_progress: Callable[[str], None] | None = None,
                    ranker: Ranker | None = None) -> ModuleResult:
    """The smallest verified module by text+data: -Oz, the best whole-module pipeline, or each
    function's own winner composed into one module (each function's candidates in `ranker`'s order).
    Never larger than -Oz under the baseline."""
    _check(cancel)
    progress = on_progress or (lambda _message: None)
    source = baseline_input(module_text, options.baseline)
    # -Oz is measured on the module as given (the exact baseline); every other pipeline starts from it
    # with its always_inline calls inlined, as clang does at every level.
    inlined_text = honour_always_inline(toolchain, module_text)
    inlined = source if inlined_text == module_text else baseline_input(inlined_text, options.baseline)

    def input_of(pipeline: str) -> str:
        return source if pipeline == OZ_PIPELINE else inlined

    sizes = count_ir_instructions(source)
    budget = options.budget if options.budget is not None else default_module_budget(len(sizes))
    before = measure_ir(toolchain, source)
    # What the module defines, not what the backend adds (DW.ref.__gxx_personality_v0 under PIC comes and
    # goes with the exception handling -Oz may remove).
    defined = {object_symbol(name) for name in defined_symbols(source)}
    required = before.exported.intersection(defined) - discardable_symbols(source)

    oz_reach: dict[str, int] | None = None  # set by -Oz's measurement, the first
    oz_total = 0

    def module_size(ir: str | bytes) -> int:
        nonlocal oz_reach, oz_total
        obj = compile_object(toolchain, ir)
        after = measure_object(obj)
        lost = required - after.exported
        if lost:  # e.g. internalize + globaldce: smaller, but not the same program
            raise ToolFailure("opt", "error", "removed exported symbols: " + ", ".join(sorted(lost)[:5]))
        if options.gc_sections:
            try:
                reach = exported_reach(obj)
            except ElfError as error:
                raise ToolFailure("llc", "error", f"its object file could not be read: {error}") from None
            if oz_reach is None:
                oz_reach, oz_total = reach, after.text_data_bytes
            grown = reach_growth(oz_reach, reach, oz_total - after.text_data_bytes)
            if grown:
                raise LinkGrows(grown)
        return after.text_data_bytes

    with ThreadPoolExecutor(max_workers=options.jobs or default_jobs()) as pool:
        oz = _measure(toolchain, source, OZ_PIPELINE, module_size, cancel)
        if oz.size_bytes is None:
            raise ToolFailure("opt", "error", f"the -Oz baseline failed: {oz.error}")
        spent = 2
        whole_pipelines, rejected = _queue(toolchain, candidates, budget // WHOLE_MODULE_SHARE)
        whole = _measure_all(toolchain, inlined, whole_pipelines, module_size, cancel, None, pool)
        spent += len(whole)
        best_whole = _smallest([oz, *whole], floor=oz.size_bytes)
        progress(f"whole module: {best_whole.size_bytes} bytes with {best_whole.pipeline} "
                 f"(-Oz {oz.size_bytes})")

        choices: list[FunctionChoice] = []
        proposals: dict[str, list[str]] = {}
        composed_text: str | None = None
        composed_bytes: int | None = None
        composed_note = "composition off"
        composed_on = ""
        if options.compose:
            # Composed on -Oz, and also on the best whole-module result when that beat -Oz (each with
            # half the budget left): which base gives the smaller module differs from module to module.
            bases = list(dict.fromkeys([OZ_PIPELINE, best_whole.pipeline]))
            share = max(0, budget - spent) // len(bases)
            composed_note = "no function was changed"
            unoptimized = _Unoptimized.of(toolchain, inlined_text)
            for base_pipeline in bases:
                base_text = optimize_text(toolchain, input_of(base_pipeline), base_pipeline)
                base_choices, asked, text, used = _compose(
                    toolchain, unoptimized, base_text, base_pipeline, candidates, options, proposer, share,
                    cancel, progress, ranker)
                spent += used
                proposals.update(asked)
                if text is None:
                    continue
                try:
                    _verify(toolchain, text)
                    size = module_size(text)
                    spent += 1
                except (ToolFailure, LinkGrows) as failure:
                    composed_note = f"the module composed on {base_pipeline} was not kept: {failure}"
                    continue
                if composed_bytes is None or size < composed_bytes:
                    composed_text, composed_bytes, choices, composed_note = text, size, base_choices, ""
                    composed_on = base_pipeline
            if not choices:
                choices = base_choices
        # Budget the functions did not need (too small to search, or blocked) goes to more whole-module
        # candidates: on modules that -Oz mostly inlines into a few functions, that is where bytes are.
        if budget > spent:
            more, refused = _queue(toolchain, candidates, len(whole_pipelines) + budget - spent)
            extra = _measure_all(toolchain, inlined, more[len(whole_pipelines):], module_size, cancel, None,
                                 pool)
            spent += len(extra)
            whole += extra
            rejected += [r for r in refused if r not in rejected]
            best_whole = _smallest([oz, *whole], floor=oz.size_bytes)

    best_text: str
    if composed_bytes is not None and composed_text is not None \
            and composed_bytes < (best_whole.size_bytes or 0):
        strategy, pipeline, size, best_text = "composed", "", composed_bytes, composed_text
    else:
        strategy = "-Oz" if best_whole.pipeline == OZ_PIPELINE else "whole-module"
        pipeline, composed_on = best_whole.pipeline, ""
        best_text = optimize_text(toolchain, input_of(best_whole.pipeline), best_whole.pipeline)
        # The claim is made on the text the caller writes (the composed module already was); it keeps
        # the use-list order, so it measures what the candidate's bitcode measured.
        size = module_size(best_text)
        spent += 1
    return ModuleResult(
        baseline=options.baseline, strategy=strategy, pipeline=pipeline, size_bytes=size,
        oz_bytes=oz.size_bytes, input_bytes=before.text_data_bytes,
        whole_module_bytes=best_whole.size_bytes or 0, composed_bytes=composed_bytes,
        composed_note=composed_note, composed_on=composed_on, compilations=spent, module_text=best_text,
        functions=choices, outcomes=[oz, *whole, *rejected], proposals=proposals)


@dataclass(frozen=True)
class _Unoptimized:
    """The input module as the composition draws unoptimized bodies from it, prepared once for every
    base it composes on."""

    bitcode: bytes  # what each function is extracted from (llvm-extract reads bitcode lazily)
    defined: frozenset[str]  # its functions and global variables
    functions: frozenset[str]  # its defined functions, by object-file name
    abis: dict[str, FunctionAbi]  # its defined functions' ABIs, by the name LLVM holds
    globals: dict[str, str]  # its global variables' definitions (global_variable_definitions)

    @classmethod
    def of(cls, toolchain: Toolchain, module_text: str) -> _Unoptimized:
        return cls(assemble(toolchain, module_text), frozenset(defined_symbols(module_text)),
                   frozenset(count_ir_instructions(module_text)), defined_function_abis(module_text),
                   global_variable_definitions(module_text))


@dataclass(frozen=True)
class _BaseContracts:
    """What the base module's code relies on about each function and global: an unoptimized body may
    stand in it only where that is still what the unoptimized module says (_source_body_fits)."""

    defined: set[str]
    abis: dict[str, FunctionAbi]
    globals: dict[str, str]
    undefined_values: frozenset[str]  # functions_with_undefined_values

    @classmethod
    def of(cls, base_text: str) -> _BaseContracts:
        return cls(defined_symbols(base_text), defined_function_abis(base_text),
                   global_variable_definitions(base_text), functions_with_undefined_values(base_text))


def _source_body_fits(unoptimized: _Unoptimized, base: _BaseContracts, name: str, extracted: str) -> bool:
    """Whether @name's unoptimized body (`extracted`, its callees and globals declared) may be searched and
    put into the base module: everything it and the base module's code agree on must be what the
    unoptimized module says. The base pipeline may have changed that for internal functions and globals
    together with all their uses (deadargelim drops a parameter or makes a constant result void, globalopt
    makes a convention fastcc or a global constant, IPSCCP gives the callers a constant result and returns
    poison, deadargelim passes poison for a parameter the base body no longer reads); an unoptimized body
    written for the old terms, on either side of a call, is then another program. Facts the base pipeline
    derived about what a function does (nonnull, memory(...), nounwind...) hold for any correct
    compilation of it, so callers relying on them stay correct."""
    source_abi, base_abi = unoptimized.abis.get(name), base.abis.get(name)
    if source_abi is None or base_abi is None or abi_changes(source_abi, base_abi, calls_only=True):
        return False
    for symbol in [name, *(declared_symbols(extracted) & unoptimized.defined)]:
        if symbol not in base.defined or symbol in base.undefined_values:
            return False  # deleted (inlined everywhere), or a value one side no longer gives the other
        if symbol in unoptimized.abis:
            kept = base.abis.get(symbol)
            if kept is None or abi_changes(unoptimized.abis[symbol], kept, calls_only=True):
                return False
        elif unoptimized.globals.get(symbol) != base.globals.get(symbol):
            return False
    return True


def _compose(toolchain: Toolchain, unoptimized: _Unoptimized, base_text: str, base_pipeline: str,
             candidates: Sequence[str],
             options: SearchOptions, proposer: Proposer | None, budget: int,
             cancel: threading.Event | None, progress: Callable[[str], None], ranker: Ranker | None = None,
             ) -> tuple[list[FunctionChoice], dict[str, list[str]], str | None, int]:
    """The base module (`base_text`, made by `base_pipeline`: -Oz, or the best whole-module pipeline)
    with each function's body replaced by its own winner where that is smaller.

    Any body that is a correct compilation of a function may stand for it. Each function of the base
    module (after inlining and dead-code removal) is searched from its unoptimized body, extracted from
    the input; when that body needs functions or globals the base module no longer has (static callees
    inlined everywhere and deleted), or when the base pipeline changed the terms on which it, its callees
    or its globals are used (an internal function's dead parameters removed, its constant result made
    void or poison, its convention made fastcc, a global made constant: _source_body_fits), it is
    searched from its body in the base module instead. The winner replaces the base body when its bytes
    are fewer (and keeps its ABI: splice_function). The budget is shared out by bytes, largest functions
    first; functions are searched side by side (one per core), then spliced in that order. Returns the
    choices, the model's proposals, the composed text (None when no function changed) and the
    compilations spent."""
    in_module = {name: f.bytes for name, f in measure_ir(toolchain, base_text).functions.items() if f.bytes}
    spent = 1
    order = sorted((n for n in in_module if n in unoptimized.functions), key=lambda n: -in_module[n])
    base_bitcode = assemble(toolchain, base_text)
    allowances: dict[str, int] = {}
    remaining_bytes = sum(in_module[n] for n in order) or 1
    remaining_budget = budget - spent
    for name in order:
        share = in_module[name]
        allowances[name] = min(len(candidates) + options.model_proposals + 1,
                               round(remaining_budget * share / remaining_bytes))
        remaining_bytes = max(1, remaining_bytes - share)
        remaining_budget -= allowances[name]
    searched = [(rank, name) for rank, name in enumerate(order) if allowances[name] >= 2]
    base = _BaseContracts.of(base_text)

    def search(rank: int, name: str) -> tuple[FunctionResult | None, bool, list[str], str]:
        """(result, searched from the unoptimized body, the model's proposals, why no result)."""
        if cancel is not None and cancel.is_set():
            return None, True, [], "cancelled"
        try:
            raw = extract_function(toolchain, unoptimized.bitcode, name)
            from_source = _source_body_fits(unoptimized, base, name, raw)
            asked = model_proposals(proposer, toolchain, raw, name, k=options.model_proposals,
                                    cancel=cancel) if rank < options.model_functions else []
            result = optimize_function(
                toolchain, unoptimized.bitcode if from_source else base_bitcode, name, candidates,
                options=SearchOptions(options.baseline, allowances[name], 1), proposals=asked, cancel=cancel,
                extracted_module=raw if from_source else None, measure_input=False, ranker=ranker)
        except ToolFailure as error:
            return None, True, [], str(error)
        return result, from_source, asked, ""

    with ThreadPoolExecutor(max_workers=options.jobs or default_jobs()) as pool:
        outcomes = dict(zip((name for _rank, name in searched),
                            pool.map(lambda item: search(*item), searched), strict=True))
    _check(cancel)
    choices: list[FunctionChoice] = []
    proposals: dict[str, list[str]] = {}
    composed = base_text
    changed = False
    for name in order:
        share = in_module[name]
        if name not in outcomes:
            choices.append(FunctionChoice(name, "", share, share, "kept its body: budget spent"))
            continue
        result, from_source, asked, problem = outcomes[name]
        if asked:
            proposals[name] = asked
        if result is None:
            choices.append(FunctionChoice(name, "", share, share, f"kept its body: {problem}"))
            continue
        spent += result.compilations
        pipeline = result.pipeline if from_source else f"{base_pipeline} then {result.pipeline}"
        if result.size_bytes >= share:  # keeps the body the base pipeline gave it
            choices.append(FunctionChoice(name, base_pipeline, share, share))
            continue
        try:
            candidate = splice_function(composed, name, result.optimized_module_text)
            lost = declared_symbols(candidate) & unoptimized.defined
            if lost:  # it calls or reads what the base module no longer defines: not the same program
                raise SpliceError("its body needs " + ", ".join(f"@{n}" for n in sorted(lost)[:3])
                                  + ", which the optimized module no longer defines")
        except SpliceError as error:
            choices.append(FunctionChoice(name, base_pipeline, share, share, f"kept its body: {error}"))
            continue
        composed, changed = candidate, True
        choices.append(FunctionChoice(name, pipeline, result.size_bytes, share))
        progress(f"@{name}: {result.size_bytes} bytes with {pipeline} (-Oz {share})")
    return choices, proposals, composed if changed else None, spent


# --- the shared machinery ---------------------------------------------------------------------------

def _queue(toolchain: Toolchain, texts: Sequence[str],
           limit: int) -> tuple[list[str], list[CandidateOutcome]]:
    """The first `limit` distinct valid pipelines other than -Oz (which is always measured first),
    and the refused ones with the reason."""
    pipelines: list[str] = []
    rejected: list[CandidateOutcome] = []
    for text in texts:
        if len(pipelines) >= limit:
            break
        try:
            canonical = validate_pipeline(text, toolchain)
        except PipelineRejected as error:
            rejected.append(CandidateOutcome(text, None, str(error)))
            continue
        if canonical != OZ_PIPELINE and canonical not in pipelines:
            pipelines.append(canonical)
    return pipelines, rejected


def _measure(toolchain: Toolchain, ir: str, pipeline: str, size_of: Callable[[str | bytes], int],
             cancel: threading.Event | None, text: bool = False) -> CandidateOutcome:
    """`size_of` the IR after `pipeline`, given as text when `text` (to be read) or else as bitcode."""
    _check(cancel)
    try:
        optimized = apply_pipeline(toolchain, ir, pipeline, text=text)
        _check(cancel)
        return CandidateOutcome(pipeline, size_of(optimized))
    except (ToolFailure, PipelineRejected, AbiChanged, LinkGrows) as failure:
        return CandidateOutcome(pipeline, None, str(failure))


def _measure_all(toolchain: Toolchain, ir: str, pipelines: Sequence[str],
                 size_of: Callable[[str | bytes], int], cancel: threading.Event | None, jobs: int | None,
                 pool: ThreadPoolExecutor | None, text: bool = False) -> list[CandidateOutcome]:
    own = pool is None
    executor = pool or ThreadPoolExecutor(max_workers=jobs or default_jobs())
    futures: list[Future[CandidateOutcome]] = [
        executor.submit(_measure, toolchain, ir, p, size_of, cancel, text) for p in pipelines]
    try:
        return [f.result() for f in futures]
    except OptimizationCancelled:
        for future in futures:
            future.cancel()
        raise
    finally:
        if own:
            executor.shutdown(wait=True)


def _smallest(outcomes: Sequence[CandidateOutcome], *, floor: int) -> CandidateOutcome:
    """The smallest measured outcome no larger than the floor; on a tie the earlier one (-Oz first)."""
    verified = [o for o in outcomes if o.size_bytes is not None and o.size_bytes <= floor]
    return min(verified, key=lambda o: o.size_bytes or 0)


def honour_always_inline(toolchain: Toolchain, module_text: str) -> str:
    """The module with its calls to `alwaysinline` functions inlined. clang inlines them at every level
    (-O0 too), and `default<Oz>` begins with it, but a candidate pipeline without `always-inline` would
    keep the calls: smaller, but not what the user's code asks for (lz4's LZ4_FORCE_INLINE). -O0 IR
    from clang has them inlined already; clang's front-end IR at -Oz (irlens-cc, `irlens ir`) does not."""
    if "alwaysinline" not in module_text:
        return module_text
    return optimize_text(toolchain, module_text, "always-inline")


def _verify(toolchain: Toolchain, ir_text: str) -> None:
    run_tool(toolchain, "opt", ["-p", "verify", "-disable-output"], stdin=ir_text.encode("utf-8")).check()


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise OptimizationCancelled()
