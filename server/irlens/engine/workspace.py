"""The engine behind the language server: documents, what is known about their functions, and the
background compiler work that finds it out.

Per document version, compiler work runs in this order on a small thread pool: diagnostics (llvm-as /
llvm-mc), one module measurement (one llc compile gives every function's bytes), -Oz baselines per
function, then the best verified suggestion per function (automatically for the largest
`max_background_functions` functions when `background_suggestions` is on; any function on request).
Model work (size predictions, pipeline proposals, which then feed that function's suggestion) runs on
its own one-thread queue: a generation that takes minutes never holds up diagnostics or measuring, and
an edit cancels it like any other job of the old text. Results are cached by
content hash: the module measurement by the module text, per-function results by the function's text
plus the module's non-function text, so an edit to one function keeps every other function's -Oz
baseline and suggestion. Every result is tagged with the version it was computed for; a result for a
version that is no longer current is dropped, and an edit cancels the jobs queued for the old text.

Readers (hover, code lens) never wait: `facts()` answers from what is known and says what is pending.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from irlens.config import Settings
from irlens.engine import jobs
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.ir_index import AsmIndex, FunctionDef, IRIndex, parse_asm, parse_ir
from irlens.engine.lifted import SOURCE as LIFT_SOURCE
from irlens.engine.lifted import LiftedDocument
from irlens.engine.lifter import Candidate, LiftOptions, LiftResult, lift_function
from irlens.engine.optimizer import SearchOptions, model_proposals, optimize_function
from irlens.toolchain import diagnostics as tool_diagnostics
from irlens.toolchain import process_groups
from irlens.toolchain.baseline import Baseline
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.ir_names import display_token, is_numbered, object_symbol
from irlens.toolchain.measure import (
    ModuleMeasurement,
    assemble,
    measure_asm,
    measure_ir,
    oz_function_bytes,
    oz_function_sizes,
)
from irlens.toolchain.pipeline import validate_pipeline
from irlens.toolchain.target import AsmTarget, resolve_asm_target

if TYPE_CHECKING:  # the engine only calls the model the server started
    from irlens.model.answers import SizePrediction
    from irlens.model.service import ModelService

log = logging.getLogger(__name__)

Language = Literal["llvm", "asm"]
EventKind = Literal["diagnostics", "measurements", "progress", "lift"]
ASM_SUFFIXES = (".s", ".S", ".asm")
# From this many functions waiting for -Oz on, one batched compile of the module (~0.3 s + ~1.5 ms a
# function) beats extracting them one by one (~0.09 s each).
OZ_BATCH_MIN_FUNCTIONS = 8


def language_of(uri: str, language_id: str | None = None) -> Language:
    if language_id in ("asm", "gas", "assembly", "s") or uri.endswith(ASM_SUFFIXES):
        return "asm"
    return "llvm"


@dataclass
class Diagnostic:
    line: int
    column: int
    message: str
    severity: Literal["error", "warning", "information"]
    source: str


@dataclass
class Suggestion:
    """A pipeline the compiler verified for one function, with its measured size."""

    pipeline: str
    size_bytes: int
    oz_bytes: int
    input_bytes: int | None  # the function as given (under the baseline's attributes)
    compilations: int
    optimized_module_text: str
    baseline: Baseline = "clang"  # "clang": the new body carries clang -Oz's minsize optsize

    @property
    def saving_vs_oz_percent(self) -> float:
        return 100.0 * (self.oz_bytes - self.size_bytes) / self.oz_bytes if self.oz_bytes else 0.0


@dataclass
class FunctionFacts:
    """What is known about one function right now; None means not (yet) known."""

    name: str
    ir_instructions: int  # from the text index, always known
    oz_label: str = "clang -Oz"  # what the -Oz numbers are: "clang -Oz" or "paper -Oz"
    measured_instructions: int | None = None
    bytes: int | None = None
    oz_bytes: int | None = None
    suggestion: Suggestion | None = None
    no_suggestion_reason: str | None = None  # e.g. "nothing beat -Oz" or a tool failure
    prediction: SizePrediction | None = None
    prediction_problem: str | None = None  # why the model gave no usable prediction
    suggestion_deferred: bool = False  # not searched in the background (settings); on request only
    target: str | None = None  # assembly: the triple llvm-mc assembles for, and why
    pending: list[str] = field(default_factory=list)  # what is still being computed
    errors: list[str] = field(default_factory=list)


@dataclass
class EngineEvent:
    kind: EventKind
    uri: str
    version: int
    payload: Any = None


@dataclass
class _FunctionResults:
    """Results keyed by function hash (survive edits elsewhere in the module)."""

    oz_bytes: int | None = None
    oz_error: str | None = None
    suggestion: Suggestion | None = None
    suggestion_done: bool = False
    suggestion_error: str | None = None
    prediction: SizePrediction | None = None
    prediction_problem: str | None = None
    prediction_done: bool = False
    proposals: list[str] | None = None  # the model's validated pipelines, once asked


@dataclass
class Document:
    uri: str
    version: int
    text: str
    language: Language
    index: IRIndex | AsmIndex
    text_hash: str
    cancel: threading.Event = field(default_factory=threading.Event)
    diagnostics: list[Diagnostic] | None = None
    diagnostics_version: int | None = None
    measurement: ModuleMeasurement | None = None  # of exactly this text
    measure_error: str | None = None
    function_hashes: dict[str, str] = field(default_factory=dict)
    context_hash: str = ""
    baseline_total: int = 0
    baseline_done: int = 0
    bitcode: bytes | None = None  # b"" when llvm-as refused the text
    oz_batch: dict[str, int] | None = None  # -Oz bytes per function from one batched compile
    baseline_error: str | None = None  # why no -Oz baseline is computed for this version at all
    explicit_suggestions: set[str] = field(default_factory=set)  # asked for by the user
    explicit_predictions: set[str] = field(default_factory=set)  # hovered
    background_cache: tuple[tuple[bool, int], frozenset[str]] | None = None
    asm_target: AsmTarget | None = None  # assembly: chosen once per version (Engine.asm_target)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def ir_index(self) -> IRIndex | None:
        return self.index if isinstance(self.index, IRIndex) else None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Engine:
    def __init__(
        self,
        settings: Settings,
        notify: Callable[[EngineEvent], None] | None = None,
        *,
        workers: int = 2,
    ) -> None:
        self.settings = settings
        self._notify = notify or (lambda event: None)
        self._queue = jobs.JobQueue(workers)
        self._model_queue = jobs.JobQueue(1)  # the model serializes generations anyway
        self._lifted: dict[str, LiftedDocument] = {}  # documents created by a lift, by URI
        self._lock = threading.RLock()
        self._documents: dict[str, Document] = {}
        self._measurements: dict[tuple[str, str], ModuleMeasurement] = {}  # by (toolchain, text hash)
        # function key -> (IR instructions, bytes), kept across versions while its text is unchanged
        self._measured_functions: dict[str, tuple[int | None, int | None]] = {}
        self._function_results: dict[str, _FunctionResults] = {}
        self._debounce_timers: dict[str, threading.Timer] = {}
        self.model_service: ModelService | None = None  # set by the server once it started one
        self._toolchain: Toolchain | None = None

    # -- settings and toolchain ---------------------------------------------------------------------

    @property
    def toolchain(self) -> Toolchain:
        with self._lock:
            if self._toolchain is None:
                self._toolchain = discover(self.settings)
            return self._toolchain

    def update_settings(self, settings: Settings) -> None:
        """New settings: a different toolchain invalidates nothing cached (keys include it), but all
        open documents are re-checked with it."""
        with self._lock:
            changed_tools = (settings.llvm_bin, settings.tool_timeout_s, settings.tool_memory_mb,
                             settings.size_baseline, settings.asm_triple) != (
                self.settings.llvm_bin,
                self.settings.tool_timeout_s,
                self.settings.tool_memory_mb,
                self.settings.size_baseline,
                self.settings.asm_triple,
            )
            changed_background = (settings.background_suggestions, settings.max_background_functions,
                                  settings.model_enabled) != (
                self.settings.background_suggestions,
                self.settings.max_background_functions,
                self.settings.model_enabled,
            )
            self.settings = settings
            if changed_tools:
                self._toolchain = None
            documents = list(self._documents.values())
        for document in documents:
            if changed_tools:
                self._restart(document.uri)
            elif changed_background and document.measurement is not None:
                self._schedule_background_search(document)

    def model_ready(self) -> None:
        """The model (re)loaded: predictions and proposals for what is open."""
        with self._lock:
            documents = list(self._documents.values())
        for document in documents:
            if document.measurement is not None:
                self._schedule_background_search(document)

    # -- documents ----------------------------------------------------------------------------------

    def open(self, uri: str, version: int, text: str, language_id: str | None = None) -> Document:
        document = self._replace(uri, version, text, language_of(uri, language_id))
        self._schedule(document, diagnostics=True)
        return document

    def change(self, uri: str, version: int, text: str) -> Document | None:
        """A new version: old work is cancelled at once, new work starts after the debounce delay."""
        with self._lock:
            old = self._documents.get(uri)
        if old is None:
            return None
        document = self._replace(uri, version, text, old.language)
        delay = max(0.0, self.settings.debounce_ms / 1000.0)
        timer = threading.Timer(delay, self._debounced, args=(uri, version))
        timer.daemon = True
        with self._lock:
            previous = self._debounce_timers.pop(uri, None)
            self._debounce_timers[uri] = timer
        if previous is not None:
            previous.cancel()
        timer.start()
        return document

    def save(self, uri: str) -> None:
        document = self.document(uri)
        if document is not None and self.settings.diagnostics_on_save:
            self._submit_diagnostics(document)

    def close(self, uri: str) -> None:
        with self._lock:
            document = self._documents.pop(uri, None)
            timer = self._debounce_timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        if document is not None:
            document.cancel.set()

    def document(self, uri: str) -> Document | None:
        with self._lock:
            return self._documents.get(uri)

    def is_current(self, uri: str, version: int) -> bool:
        document = self.document(uri)
        return document is not None and document.version == version

    def shutdown(self, wait_s: float = 0.0) -> bool:
        """Cancel all work; with `wait_s`, wait that long in all for the workers to stop (True when
        they have)."""
        with self._lock:
            documents = list(self._documents.values())
            timers = list(self._debounce_timers.values())
        for timer in timers:
            timer.cancel()
        for document in documents:
            document.cancel.set()
        process_groups.stop_all()  # a worker in a hung tool returns now, not at the tool's timeout
        deadline = time.monotonic() + wait_s
        stopped = self._queue.shutdown(wait_s)
        return self._model_queue.shutdown(max(0.0, deadline - time.monotonic())) and stopped

    def _replace(self, uri: str, version: int, text: str, language: Language) -> Document:
        index: IRIndex | AsmIndex = parse_asm(text) if language == "asm" else parse_ir(text)
        document = Document(uri, version, text, language, index, _digest(text))
        if isinstance(index, IRIndex):
            self._hash_functions(document, index)
        with self._lock:
            old = self._documents.get(uri)
            self._documents[uri] = document
            if old is not None:
                document.diagnostics = old.diagnostics  # shown until the new check lands
                document.diagnostics_version = old.diagnostics_version
        if old is not None:
            old.cancel.set()
        return document

    def _hash_functions(self, document: Document, index: IRIndex) -> None:
        lines = document.text.splitlines()
        in_function = bytearray(len(lines))
        for function in index.defined_functions:
            body = "\n".join(lines[function.define_line : function.end_line + 1])
            document.function_hashes[function.name] = _digest(body)
            in_function[function.define_line : function.end_line + 1] = b"\x01" * (
                function.end_line + 1 - function.define_line
            )
        # Everything outside function bodies (globals, declarations, types, attributes, metadata):
        # a function's -Oz size can depend on it, its neighbours' bodies cannot change it.
        context = "\n".join(
            line
            for number, line in enumerate(lines)
            if not in_function[number] and not line.lstrip().startswith(";")
        )
        document.context_hash = _digest(context)

    def _module_input(self, document: Document) -> str | bytes:
        """The module as bitcode (made once per version) for the per-function tools: llvm-extract
        reads bitcode several times faster than text, which matters with thousands of functions."""
        with document.lock:
            if document.bitcode is None:
                try:
                    document.bitcode = assemble(self.toolchain, document.text)
                except Exception:
                    document.bitcode = b""
            return document.bitcode or document.text

    def _function_key(self, document: Document, name: str) -> str | None:
        function_hash = document.function_hashes.get(name)
        if function_hash is None:
            return None
        return f"{self.toolchain.key}|{self.settings.size_baseline}|{document.context_hash}|{function_hash}"

    def _results(self, key: str) -> _FunctionResults:
        with self._lock:
            results = self._function_results.get(key)
            if results is None:
                results = self._function_results[key] = _FunctionResults()
            return results

    def restart_all(self) -> None:
        with self._lock:
            uris = list(self._documents)
            self._toolchain = None
        for uri in uris:
            self._restart(uri)

    def _restart(self, uri: str) -> None:
        document = self.document(uri)
        if document is None:
            return
        document = self._replace(uri, document.version, document.text, document.language)
        self._schedule(document, diagnostics=True)

    def _debounced(self, uri: str, version: int) -> None:
        with self._lock:
            self._debounce_timers.pop(uri, None)
        document = self.document(uri)
        if document is not None and document.version == version:
            self._schedule(document, diagnostics=self.settings.diagnostics_on_type)

    # -- scheduling ---------------------------------------------------------------------------------

    def _schedule(self, document: Document, *, diagnostics: bool) -> None:
        if diagnostics:
            self._submit_diagnostics(document)
        self._queue.submit(
            f"measure:{document.uri}:{document.version}",
            lambda: self._measure(document),
            cancel=document.cancel,
            priority=jobs.PRIORITY_MEASURE,
        )

    def _submit_diagnostics(self, document: Document) -> None:
        self._queue.submit(
            f"diagnostics:{document.uri}:{document.version}",
            lambda: self._diagnose(document),
            cancel=document.cancel,
            priority=jobs.PRIORITY_DIAGNOSTICS,
        )

    # -- jobs ---------------------------------------------------------------------------------------

    def _emit(self, kind: EventKind, document: Document, payload: Any = None) -> None:
        """Hand a result to the LSP layer, unless the document moved on meanwhile."""
        if not self.is_current(document.uri, document.version):
            return
        try:
            self._notify(EngineEvent(kind, document.uri, document.version, payload))
        except Exception:
            log.exception("engine notify hook failed")

    def _diagnose(self, document: Document) -> None:
        found: list[Diagnostic] = []
        try:
            if document.language == "asm":
                triple = self.settings.asm_triple
                items = tool_diagnostics.check_asm(self.toolchain, document.text, triple=triple)
            else:
                items = tool_diagnostics.check_ir(self.toolchain, document.text)
            for item in items:
                found.append(Diagnostic(item.line, item.column, item.message, item.severity, item.source))
        except Exception as error:  # a missing tool or a crash is one diagnostic, not a dead server
            found.append(Diagnostic(0, 0, _one_line(error), "warning", "irlens"))
        if self.is_current(document.uri, document.version):
            document.diagnostics = found
            document.diagnostics_version = document.version
            self._emit("diagnostics", document, found + self._lift_verdict(document))

    def _measure(self, document: Document) -> None:
        if document.language == "asm":
            try:
                self.asm_target(document)  # here, not in a hover: reading 200k lines takes seconds
            except Exception:  # the hover then names no target; measuring says what is wrong
                log.exception("choosing the target of %s failed", document.uri)
        # An .s file's bytes depend on the asmTriple setting (unless the file names its own target).
        triple = self.settings.asm_triple if document.language == "asm" else None
        cache_key = (f"{self.toolchain.key}|{triple or ''}", document.text_hash)
        with self._lock:
            measurement = self._measurements.get(cache_key)
        if measurement is None:
            try:
                if document.language == "asm":
                    measurement = measure_asm(self.toolchain, document.text, triple=triple)
                else:
                    measurement = measure_ir(self.toolchain, document.text)
            except Exception as error:
                document.measure_error = _one_line(error)
                self._emit("measurements", document)
                if document.language == "llvm":
                    self._schedule_after_failed_measure(document)
                return
            with self._lock:
                self._measurements[cache_key] = measurement
        document.measurement = measurement
        document.measure_error = None
        for name, function in measurement.functions.items():
            key = self._function_key(document, name) if document.language == "llvm" else None
            if key is not None:
                with self._lock:
                    self._measured_functions[key] = (function.ir_instructions, function.bytes)
        self._emit("measurements", document)
        if document.language == "llvm":
            self._schedule_function_work(document)

    def _schedule_after_failed_measure(self, document: Document) -> None:
        """The module compile failed (an llc crash, say): the per-function -Oz baselines may still
        work, so they are scheduled, unless llvm-as refuses the module, which every one of them
        would run into: then that is said once, instead of "still computing" forever."""
        if isinstance(self._module_input(document), bytes):
            self._schedule_function_work(document)
        else:
            document.baseline_error = "the module does not assemble (see the diagnostics)"
            self._emit("measurements", document)

    def _schedule_function_work(self, document: Document) -> None:
        index = document.ir_index
        if index is None:
            return
        functions = index.defined_functions
        document.baseline_total = len(functions)
        document.baseline_done = 0
        for function in functions:
            key = self._function_key(document, function.name)
            if key is None:
                continue
            results = self._results(key)
            if results.oz_bytes is not None or results.oz_error is not None:
                document.baseline_done += 1
            else:
                self._submit_baseline(document, function, key, jobs.PRIORITY_BASELINE)
        self._emit("progress", document, (document.baseline_done, document.baseline_total))
        self._schedule_background_search(document)

    def background_functions(self, document: Document) -> frozenset[str]:
        """The functions searched (and predicted) without being asked: the largest
        `max_background_functions` (0: all) while `background_suggestions` is on."""
        index = document.ir_index
        settings_key = (self.settings.background_suggestions, self.settings.max_background_functions)
        cached = document.background_cache
        if cached is not None and cached[0] == settings_key:
            return cached[1]
        chosen: frozenset[str] = frozenset()
        if index is not None and self.settings.background_suggestions:
            largest = sorted(index.defined_functions, key=lambda f: -f.instruction_count)
            limit = self.settings.max_background_functions
            chosen = frozenset(f.name for f in (largest[:limit] if limit > 0 else largest))
        document.background_cache = (settings_key, chosen)
        return chosen

    def _schedule_background_search(self, document: Document) -> None:
        """Model work, then the verified suggestion, for the background functions, largest first."""
        index = document.ir_index
        if index is None:
            return
        wanted = self.background_functions(document)
        model = self.model_if_ready()
        for function in sorted(index.defined_functions, key=lambda f: -f.instruction_count):
            key = self._function_key(document, function.name)
            if key is None or function.name not in wanted:
                continue
            results = self._results(key)
            unproposed = results.proposals is None and not results.suggestion_done
            needs_model = not results.prediction_done or unproposed
            if model is not None and needs_model:
                self._submit_model_work(document, function, key, jobs.PRIORITY_PREDICTION)
            elif not results.suggestion_done:
                self._submit_suggestion(document, function, key, jobs.PRIORITY_SUGGESTION, automatic=True)

    def _submit_model_work(self, document: Document, function: FunctionDef, key: str, priority: int) -> None:
        self._model_queue.submit(
            f"model:{key}",
            _bind(self._model_work, document, function, key),
            cancel=document.cancel,
            priority=priority,
        )

    def request_prediction(self, uri: str, name: str) -> None:
        """Hover asked about a function: its model work moves to the front of the model's queue (the
        hover itself answers at once)."""
        document = self.document(uri)
        index = document.ir_index if document is not None else None
        function = index.function_named(name) if index is not None else None
        if document is None or function is None or function.is_declaration or self.model_if_ready() is None:
            return
        key = self._function_key(document, name)
        if key is not None and not self._results(key).prediction_done:
            document.explicit_predictions.add(name)
            self._submit_model_work(document, function, key, jobs.PRIORITY_URGENT)

    def _submit_baseline(self, document: Document, function: FunctionDef, key: str, priority: int) -> None:
        self._queue.submit(
            f"oz:{key}",
            _bind(self._baseline, document, function, key),
            cancel=document.cancel,
            priority=priority,
        )

    def _baseline(self, document: Document, function: FunctionDef, key: str) -> None:
        results = self._results(key)
        if results.oz_bytes is None and results.oz_error is None and is_numbered(function.name):
            results.oz_error = UNNAMED_PROBLEM
        if results.oz_bytes is None and results.oz_error is None:
            try:
                results.oz_bytes = self._oz_batch(document).get(object_symbol(function.name))
                if results.oz_bytes is None:
                    results.oz_bytes = oz_function_bytes(
                        self.toolchain, self._module_input(document), function.name,
                        baseline=self.settings.size_baseline,
                    )
            except Exception as error:
                results.oz_error = _one_line(error)
        with document.lock:
            document.baseline_done += 1
        self._emit("measurements", document, function.name)
        self._emit("progress", document, (document.baseline_done, document.baseline_total))

    def _oz_batch(self, document: Document) -> dict[str, int]:
        """-Oz bytes of all functions from one batched compile of this version (made by the first
        baseline job while enough functions wait; the others wait for it). Empty when the batch
        failed or was not worth it: the caller then extracts its function alone."""
        with document.lock:
            waiting = document.baseline_total - document.baseline_done
            worth_it = waiting >= OZ_BATCH_MIN_FUNCTIONS and not document.cancel.is_set()
            if document.oz_batch is None and worth_it:
                try:
                    document.oz_batch = oz_function_sizes(self.toolchain, document.text,
                                                          baseline=self.settings.size_baseline)
                except Exception as error:
                    log.info("batched -Oz baseline failed, extracting functions one by one: %s", error)
                    document.oz_batch = {}
            return document.oz_batch or {}

    def _model_work(self, document: Document, function: FunctionDef, key: str) -> None:
        """On the model's queue: the size prediction, then validated pipeline proposals; then this
        function's suggestion search (compiler queue) when it is a background function."""
        results = self._results(key)
        model = self.model_if_ready()
        if model is None:
            return
        text = self.function_text(document, function)
        if not results.prediction_done:
            try:
                results.prediction = model.predict_sizes(text, cancel=document.cancel)
                results.prediction_problem = None if results.prediction else model_problem(model)
            except Exception as error:  # the service never raises; a broken one must not stop the queue
                results.prediction_problem = _one_line(error)
            if document.cancel.is_set():
                return  # cancelled by an edit: the next version asks again
            results.prediction_done = True
            self._emit("measurements", document, function.name)
        if results.suggestion_done or function.name not in self.background_functions(document):
            return  # a hovered function only wanted its prediction
        if results.proposals is None:
            proposals = self._model_pipelines(model, document, function)
            if document.cancel.is_set():
                return
            results.proposals = proposals
        self._submit_suggestion(document, function, key, jobs.PRIORITY_SUGGESTION, automatic=True)

    def request_suggestion(self, uri: str, name: str, *, urgent: bool) -> jobs.Job | None:
        """Queue (or move up) the search for a verified smaller version of one function."""
        document = self.document(uri)
        if document is None or document.language != "llvm":
            return None
        index = document.ir_index
        function = index.function_named(name) if index else None
        key = self._function_key(document, name)
        if function is None or function.is_declaration or key is None:
            return None
        if urgent:
            document.explicit_suggestions.add(name)
        priority = jobs.PRIORITY_URGENT if urgent else jobs.PRIORITY_SUGGESTION
        return self._submit_suggestion(document, function, key, priority, automatic=not urgent)

    def _submit_suggestion(
        self, document: Document, function: FunctionDef, key: str, priority: int, *, automatic: bool
    ) -> jobs.Job:
        return self._queue.submit(
            f"suggest:{key}",
            _bind(self._suggest, document, function, key, automatic),
            cancel=document.cancel,
            priority=priority,
        )

    def _suggest(self, document: Document, function: FunctionDef, key: str, automatic: bool) -> None:
        results = self._results(key)
        if results.suggestion_done:
            return
        if (
            automatic
            and function.name not in document.explicit_suggestions
            and function.name not in self.background_functions(document)
        ):
            return  # the settings changed while it waited: background search is off for it
        try:
            if is_numbered(function.name):
                raise ValueError(UNNAMED_PROBLEM)
            candidates = list(results.proposals or []) + list(candidate_pipelines())
            limit = max(1, self.settings.max_candidates)
            unique = list(dict.fromkeys(candidates))[:limit]
            result = optimize_function(
                self.toolchain, self._module_input(document), function.name, unique,
                options=SearchOptions(self.settings.size_baseline, budget=limit + 2), proposals=[],
                cancel=document.cancel,
            )
        except Exception as error:
            if document.cancel.is_set():
                return  # cancelled by an edit: the next version asks again
            results.suggestion_error = _one_line(error)
            results.suggestion_done = True
            self._emit("measurements", document, function.name)
            return
        if document.cancel.is_set():
            return
        if result is not None and result.size_bytes <= result.oz_bytes:
            results.suggestion = Suggestion(
                result.pipeline,
                result.size_bytes,
                result.oz_bytes,
                result.input_bytes,
                result.compilations,
                result.optimized_module_text,
                result.baseline,
            )
            if results.oz_bytes is None:
                results.oz_bytes = result.oz_bytes
        else:
            results.suggestion_error = "no verified pipeline was as small as -Oz"
        results.suggestion_done = True
        self._emit("measurements", document, function.name)

    def _model_pipelines(self, model: ModelService, document: Document, function: FunctionDef) -> list[str]:
        """The model's proposals for the function's extracted module, validated as pass pipelines;
        invalid ones are dropped."""
        try:
            proposals = model_proposals(model, self.toolchain, self._module_input(document), function.name,
                                        cancel=document.cancel)
        except Exception as error:
            log.info("model proposals for %s failed: %s", function.name, error)
            return []
        valid: list[str] = []
        for proposal in proposals:
            try:
                valid.append(validate_pipeline(proposal, self.toolchain))
            except Exception as error:
                log.info("model proposal refused: %s", error)
        return valid

    def model_if_ready(self) -> ModelService | None:
        service = self.model_service
        if service is None or not self.settings.model_enabled:
            return None
        return service if service.status().state == "ready" else None

    # -- readers (never block on compiler work) -----------------------------------------------------

    @staticmethod
    def function_text(document: Document, function: FunctionDef) -> str:
        lines = document.text.splitlines()
        return "\n".join(lines[function.define_line : function.end_line + 1]) + "\n"

    def facts(self, uri: str, name: str) -> FunctionFacts | None:
        document = self.document(uri)
        if document is None:
            return None
        if document.language == "asm":
            return self._asm_facts(document, name)
        index = document.ir_index
        function = index.function_named(name) if index else None
        if function is None:
            return None
        facts = FunctionFacts(name, function.instruction_count, oz_label=f"{self.settings.size_baseline} -Oz")
        key = self._function_key(document, name)
        measurement = document.measurement
        measured = measurement.functions.get(object_symbol(name)) if measurement else None
        if measured is not None:
            facts.measured_instructions, facts.bytes = measured.ir_instructions, measured.bytes
        elif key is not None and key in self._measured_functions:
            # This function's text is unchanged since it was measured in an earlier version.
            facts.measured_instructions, facts.bytes = self._measured_functions[key]
        elif document.measure_error:
            facts.errors.append(f"measuring failed: {document.measure_error}")
        elif measurement is None:
            facts.pending.append("object bytes")
        if facts.bytes is None and measurement is not None and not document.measure_error:
            facts.errors.append(no_symbol_problem(name))
        if key is not None:
            results = self._results(key)
            facts.oz_bytes = results.oz_bytes
            if results.oz_bytes is None:
                if results.oz_error:
                    facts.errors.append(f"-Oz baseline failed: {results.oz_error}")
                elif document.baseline_error:
                    facts.errors.append(f"-Oz baseline not computed: {document.baseline_error}")
                else:
                    facts.pending.append("-Oz size")
            facts.suggestion = results.suggestion
            background = name in self.background_functions(document)
            if results.suggestion is None:
                if results.suggestion_done:
                    facts.no_suggestion_reason = results.suggestion_error
                elif background or name in document.explicit_suggestions:
                    facts.pending.append("verified suggestion")
                else:
                    facts.suggestion_deferred = True
                    facts.no_suggestion_reason = (
                        "not searched in the background (settings backgroundSuggestions / "
                        "maxBackgroundFunctions); the code action searches now"
                    )
            facts.prediction = results.prediction
            facts.prediction_problem = results.prediction_problem
            asked = background or name in document.explicit_predictions
            if self.model_if_ready() is not None and not results.prediction_done and asked:
                facts.pending.append("model prediction")
        return facts

    def _asm_facts(self, document: Document, name: str) -> FunctionFacts | None:
        index = document.index
        if not isinstance(index, AsmIndex) or index.function_named(name) is None:
            return None
        function = index.function_named(name)
        assert function is not None
        target = document.asm_target  # found by the measuring job; a reader never waits for it
        facts = FunctionFacts(name, 0, target=target.describe() if target is not None else None)
        measured = document.measurement.functions.get(name) if document.measurement else None
        if measured is not None:
            facts.bytes = measured.bytes
        elif document.measure_error:
            facts.errors.append(f"assembling failed: {document.measure_error}")
        elif document.measurement is None:
            facts.pending.append("object bytes")
        else:
            facts.errors.append(no_symbol_problem(name))
        return facts

    def asm_target(self, document: Document) -> AsmTarget:
        """The target an assembly document is assembled for (its directive, asmTriple, or detected)."""
        if document.asm_target is None:
            document.asm_target = resolve_asm_target(self.toolchain, document.text, self.settings.asm_triple)
        return document.asm_target

    def wait_for_suggestion(
        self,
        uri: str,
        name: str,
        cancel: threading.Event,
        progress: Callable[[str], None] | None = None,
        timeout_s: float | None = None,
    ) -> tuple[int, Suggestion | None, str | None]:
        """Blocking (run it in a thread): the suggestion for `name` in the current version, computed
        now if needed. Returns (version it is for, suggestion, reason when there is none)."""
        document = self.document(uri)
        if document is None:
            return -1, None, "document is not open"
        version = document.version
        job = self.request_suggestion(uri, name, urgent=True)
        if job is None:
            return version, None, f"no function @{display_token(name)} with a body"
        started = last_report = time.monotonic()
        while not job.finished.wait(0.2):
            if cancel.is_set():
                return version, None, "cancelled"
            if not self.is_current(uri, version):
                return version, None, "the document changed"
            if timeout_s is not None and time.monotonic() - started > timeout_s:
                return version, None, "timed out"
            if progress is not None and time.monotonic() - last_report >= 1.0:
                last_report = time.monotonic()
                elapsed = time.monotonic() - started
                progress(f"verifying pipelines for @{display_token(name)} ({elapsed:.0f} s)")
        facts = self.facts(uri, name)
        if not self.is_current(uri, version) or facts is None:
            return version, None, "the document changed"
        return version, facts.suggestion, facts.no_suggestion_reason

    # -- lifted documents -------------------------------------------------------------------------

    def lift(self, uri: str, name: str, cancel: threading.Event,
             progress: Callable[[str], None] | None = None) -> LiftResult | str:
        """Lift one function of an open assembly document (blocking; see `irlens.engine.lifter`):
        the result, or why nothing was tried. Stops when `cancel` is set or the document changes."""
        document = self.document(uri)
        model = self.model_if_ready()
        if document is None:
            return "document not open"
        if model is None or not model.lifts():
            return self.lift_problem() or "no model"
        index = document.index
        function = index.function_named(name) if isinstance(index, AsmIndex) else None
        if function is None:
            return f"no function {name}"

        def judged(number: int, candidate: Candidate) -> None:
            if progress is not None:
                verdict = ("round-trips exactly" if candidate.exact else
                           "compiles" if candidate.compiles else "does not compile")
                progress(f"candidate {number}/{self.settings.lift_candidates}: {verdict}")

        options = LiftOptions(candidates=self.settings.lift_candidates, triple=self.settings.asm_triple,
                              budget_s=self.settings.model_timeout_s, on_candidate=judged)
        result = lift_function(self.toolchain, model, document.text, function, options=options,
                               cancel=_EitherEvent(cancel, document.cancel))
        if document.cancel.is_set():
            return "cancelled: the document changed while lifting"
        return result

    def lift_problem(self) -> str | None:
        """Why lifting is not offered now (None: a lifting model is ready)."""
        model = self.model_if_ready()
        if model is None:
            return "no model is ready"
        if not model.lifts():
            return model.lift_problem() or f"{model.status().name} was not trained to lift assembly"
        return None

    def remember_lift(self, lifted: LiftedDocument) -> None:
        """Keep the verdict of a document created by a lift and publish it as its diagnostics now (a
        client may show them before it opens the document) and whenever it is opened unchanged."""
        with self._lock:
            self._lifted[lifted.uri] = lifted
        self._publish_lift(lifted)

    def lifted(self, uri: str) -> LiftedDocument | None:
        with self._lock:
            return self._lifted.get(uri)

    def _lift_verdict(self, document: Document) -> list[Diagnostic]:
        lifted = self.lifted(document.uri)
        if lifted is None or not lifted.matches(document.text):
            return []  # edited since: the verdict was about the model's text
        return [Diagnostic(v.line, 0, v.message, v.severity, LIFT_SOURCE) for v in lifted.verdict]

    def _publish_lift(self, lifted: LiftedDocument) -> None:
        document = self.document(lifted.uri)
        if document is None:  # not opened (yet): diagnostics for the URI, no version
            verdict = [Diagnostic(v.line, 0, v.message, v.severity, LIFT_SOURCE) for v in lifted.verdict]
            try:
                self._notify(EngineEvent("lift", lifted.uri, -1, verdict))
            except Exception:
                log.exception("engine notify hook failed")
            return
        self._emit("diagnostics", document, (document.diagnostics or []) + self._lift_verdict(document))


class _EitherEvent(threading.Event):
    """Set when either event is set: the caller's cancel or the document's (an edit)."""

    def __init__(self, first: threading.Event, second: threading.Event) -> None:
        super().__init__()
        self._events = (first, second)

    def is_set(self) -> bool:
        return super().is_set() or any(event.is_set() for event in self._events)


UNNAMED_PROBLEM = ("a numbered function (@0, @1, ...) has no name that llvm-extract can select; "
                   "give it a name to get its -Oz size and suggestions")


def no_symbol_problem(name: str) -> str:
    if is_numbered(name):
        return "a numbered function has no symbol name of its own in the object file (llc calls it " \
               "__unnamed_N)"
    return "the object file has no symbol for this function (inlined or removed by llc?)"


def _bind(function: Callable[..., None], *args: Any) -> Callable[[], None]:
    return lambda: function(*args)


def model_problem(model: ModelService) -> str:
    """Why the model's last request gave no usable answer, without the service's own prefix."""
    return model.last_problem().removeprefix("no usable answer: ") or "no answer"


def _one_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]
