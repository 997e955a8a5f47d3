"""The engine behind the language server, as one object the LSP handlers call: documents in, facts,
verified edits and lifts out. It wires the rooms together:

- `session`: settings, toolchain (with the user's tool limits), document store, results cache, scheduler;
- `documents`: per version an immutable text snapshot and an immutable `DocumentSnapshot` of what is
  known of it (replaced whole as results land); a request takes one `snapshot()` and answers from it;
- `scheduler` / `jobs`: queues, debounce, cancellation, priorities;
- `results`: the byte-bounded results cache;
- `analysis`: diagnostics, object bytes, -Oz baselines; `suggestions`: verified suggestions and model
  work; `edits`: verified edits; `lifter` / `lifted`: lifting assembly and the lifted documents.

Readers (hover, code lens) never wait for compiler work: `facts()` answers from what is known and says
what is pending. Every result is tagged with the version it was computed for; one for a version that is
no longer current is dropped, and an edit cancels the jobs queued for the old text.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from irlens.config import Settings
from irlens.engine import jobs
from irlens.engine.analysis import Analysis
from irlens.engine.documents import (
    Document,
    DocumentSnapshot,
    Edit,
    ScheduledVersion,
    Snapshot,
    indexed,
    language_of,
    revised,
)
from irlens.engine.edits import verified_module_text
from irlens.engine.facts import EngineEvent, FunctionFacts, Suggestion, no_symbol_problem
from irlens.engine.lifted import LiftedDocument, diagnostics_of
from irlens.engine.session import MB, Session
from irlens.engine.suggestions import Suggestions
from irlens.ir.asm import AsmIndex
from irlens.ir.columns import Encoding
from irlens.ir.index import FunctionDef
from irlens.ir.names import object_symbol
from irlens.lift.lifter import Candidate, LiftOptions, LiftResult, lift_function
from irlens.optimize.ranking import PipelineRanker
from irlens.toolchain import process_groups
from irlens.toolchain.baseline import BaselineExactness
from irlens.toolchain.discovery import Toolchain

if TYPE_CHECKING:  # the engine only calls the model the server started
    from irlens.model.service import ModelService

log = logging.getLogger(__name__)

__all__ = ["Engine", "EngineEvent", "FunctionFacts", "Suggestion", "language_of"]


class Engine:
    def __init__(self, settings: Settings, notify: Callable[[EngineEvent], None] | None = None, *,
                 workers: int = 2) -> None:
        self.session = Session(settings, notify, workers=workers)
        self.analysis = Analysis(self.session)
        self.suggestions = Suggestions(self.session)

    # -- settings, toolchain, model -----------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.session.settings

    @property
    def toolchain(self) -> Toolchain:
        return self.session.toolchain

    @property
    def pipeline_ranker(self) -> PipelineRanker:
        return self.session.pipeline_ranker

    @property
    def model_service(self) -> ModelService | None:
        return self.session.model_service

    @model_service.setter
    def model_service(self, service: ModelService | None) -> None:
        self.session.model_service = service

    def model_if_ready(self) -> ModelService | None:
        return self.session.model_if_ready()

    def update_settings(self, settings: Settings) -> None:
        """New settings: a different toolchain or tool limits invalidate nothing cached (keys include
        them), but every open document is re-checked with them."""
        old = self.session.settings
        tools = ("llvm_bin", "tool_timeout_s", "tool_memory_mb", "tool_output_mb", "size_baseline",
                 "asm_triple")
        background = ("background_suggestions", "max_background_functions", "model_enabled")
        changed_tools = any(getattr(settings, name) != getattr(old, name) for name in tools)
        changed_background = any(getattr(settings, name) != getattr(old, name) for name in background)
        self.session.settings = settings
        self.session.results.resize(settings.cache_mb * MB)
        if changed_tools:
            self.session.forget_toolchain()
        for document in self.session.documents.all():
            if changed_tools:
                self._restart(document.uri)
            elif changed_background and document.scheduled:
                document.set(background=self.analysis.background_functions(document.snapshot))
                self.suggestions.schedule_background(document)

    def model_ready(self) -> None:
        """The model (re)loaded: predictions and proposals for what is open."""
        for document in self.session.documents.all():
            if document.scheduled:
                self.suggestions.schedule_background(document)

    # -- documents ----------------------------------------------------------------------------------

    def open(self, uri: str, version: int, text: str, language_id: str | None = None) -> Document:
        document = self.session.documents.replace(indexed(uri, version, text, language_of(uri, language_id)))
        self._schedule(document, diagnostics=True)
        return document

    def change(self, uri: str, version: int, edits: Sequence[Edit], *,
               encoding: Encoding = "utf-16") -> Document | None:
        """A new version from `edits` of the current one (ranges replaced, their columns in `encoding`'s
        units, or a whole new text): old work is cancelled at once, new work starts after the debounce
        delay. Blocking: an edit inside one function re-scans that function only; other edits index the
        whole text."""
        old = self.session.documents.get(uri)
        if old is None:
            return None
        snapshot = revised(old.snapshot, version, edits, encoding=encoding)
        document = self.session.documents.replace(snapshot)
        # the replaced version's queued work goes now, and the text it holds with it
        self.session.scheduler.drop_cancelled()
        # What changed since the version last scheduled is worked out after the debounce, off this
        # path: readers are waiting for the new snapshot.
        document.previous = ScheduledVersion.of(old.snapshot) if old.scheduled else old.previous
        delay = self.settings.debounce_ms / 1000.0
        self.session.scheduler.debounce(uri, delay, lambda: self._debounced(uri, version))
        return document

    def save(self, uri: str) -> None:
        document = self.document(uri)
        if document is not None and self.settings.diagnostics_on_save:
            self.analysis.submit_diagnostics(document)

    def close(self, uri: str) -> None:
        self.session.scheduler.cancel_debounce(uri)
        self.session.documents.close(uri)
        self.session.scheduler.drop_cancelled()

    def document(self, uri: str) -> Document | None:
        return self.session.documents.get(uri)

    def snapshot(self, uri: str) -> DocumentSnapshot | None:
        """The document's current version and what is known of it, as one immutable object: a request
        takes one at its start and answers from it alone."""
        return self.session.documents.snapshot(uri)

    def snapshots(self) -> list[DocumentSnapshot]:
        """Every open document at its current version: the text as the editor has it, unsaved edits
        included (the engine, not pygls, applies the edits)."""
        return [document.current for document in self.session.documents.all()]

    def is_current(self, uri: str, version: int) -> bool:
        return self.session.documents.is_current(uri, version)

    def look_at(self, snapshot: DocumentSnapshot, names: list[str]) -> None:
        """A hint, apart from any answer: the user looks at these functions of this version (a hover),
        so their pending -Oz sizes and model predictions move to the front of the queues."""
        document = self.document(snapshot.uri)
        if document is None or document.version != snapshot.version:
            return
        self.analysis.look_at(document, names)
        for name in names:
            self.suggestions.request_prediction(document, name)

    def restart_all(self) -> None:
        self.session.forget_toolchain()
        for document in self.session.documents.all():
            self._restart(document.uri)

    def shutdown(self, wait_s: float = 0.0) -> bool:
        """Cancel all work; with `wait_s`, wait that long in all for the workers to stop (True when
        they have)."""
        for document in self.session.documents.all():
            document.cancel.set()
        process_groups.stop_all()  # a worker in a hung tool returns now, not at the tool's timeout
        return self.session.scheduler.shutdown(wait_s)

    def _restart(self, uri: str) -> None:
        document = self.document(uri)
        if document is None:
            return
        snapshot = indexed(uri, document.version, document.snapshot.text, document.language)
        self._schedule(self.session.documents.replace(snapshot), diagnostics=True)

    def _schedule(self, document: Document, *, diagnostics: bool,
                  changed: tuple[int, list[FunctionDef]] | None = None) -> None:
        """The version's compiler work, then the suggestion search of its background functions."""
        self.analysis.schedule(document, diagnostics=diagnostics, changed=changed)
        self.suggestions.schedule_background(document)

    def _debounced(self, uri: str, version: int) -> None:
        document = self.document(uri)
        if document is None or document.version != version:
            return
        previous, document.previous = document.previous, None
        edited = _changed_functions(previous, document.snapshot) if previous is not None else None
        changed = (previous.version, edited) if previous is not None and edited is not None else None
        self._schedule(document, diagnostics=self.settings.diagnostics_on_type, changed=changed)

    # -- readers (never block on compiler work) -----------------------------------------------------

    def facts(self, uri: str, name: str) -> FunctionFacts | None:
        """`facts_in` of the document's current snapshot."""
        snapshot = self.snapshot(uri)
        return self.facts_in(snapshot, name) if snapshot is not None else None

    def facts_in(self, snapshot: DocumentSnapshot, name: str) -> FunctionFacts | None:
        """What is known of one function of `snapshot`'s version (never waits, never schedules): the
        snapshot's own state, and results cached under its functions' content keys."""
        if snapshot.language == "asm":
            return self._asm_facts(snapshot, name)
        index = snapshot.ir_index
        function = index.function_named(name) if index else None
        if function is None:
            return None
        session = self.session
        made_by = snapshot.source.input_kind
        assert made_by is not None  # known for every IR snapshot
        exactness = BaselineExactness.of(made_by, self.settings.size_baseline)
        facts = FunctionFacts(name, function.instruction_count, oz_label=f"{self.settings.size_baseline} -Oz",
                              oz_note=exactness.note)
        key = session.function_key(snapshot.source, name)
        measurement = snapshot.measurement
        measured = measurement.functions.get(object_symbol(name)) if measurement else None
        earlier = self.analysis.measured(snapshot.source, name) if measured is None else None
        if measured is not None:
            facts.measured_instructions, facts.bytes = measured.ir_instructions, measured.bytes
        elif earlier is not None:  # this function's text was measured before (alone or in an earlier version)
            facts.measured_instructions, facts.bytes = earlier
        elif snapshot.measure_error:
            facts.errors.append(f"measuring failed: {snapshot.measure_error}")
        elif measurement is None:
            facts.pending.append("object bytes")
        if facts.bytes is None and measurement is not None and not snapshot.measure_error:
            facts.errors.append(no_symbol_problem(name))
        if key is not None:
            results = session.function_results(key)
            facts.oz_bytes = results.oz_bytes
            if results.oz_bytes is None:
                if results.oz_error:
                    facts.errors.append(f"-Oz baseline failed: {results.oz_error}")
                elif snapshot.baseline_error:
                    facts.errors.append(f"-Oz baseline not computed: {snapshot.baseline_error}")
                else:
                    facts.pending.append("-Oz size")
            facts.suggestion = results.suggestion
            background = name in snapshot.background
            if results.suggestion is None:
                if results.suggestion_done:
                    facts.no_suggestion_reason = results.suggestion_error
                elif background or name in snapshot.explicit_suggestions:
                    facts.pending.append("verified suggestion")
                else:
                    facts.suggestion_deferred = True
                    facts.no_suggestion_reason = (
                        "not searched in the background (settings backgroundSuggestions / "
                        "maxBackgroundFunctions); the code action searches now"
                    )
            facts.prediction = results.prediction
            facts.prediction_problem = results.prediction_problem
            asked = background or name in snapshot.explicit_predictions
            if session.model_if_ready() is not None and not results.prediction_done and asked:
                facts.pending.append("model prediction")
        return facts

    def _asm_facts(self, snapshot: DocumentSnapshot, name: str) -> FunctionFacts | None:
        index = snapshot.index
        if not isinstance(index, AsmIndex) or index.function_named(name) is None:
            return None
        target = snapshot.asm_target  # found by the measuring job; a reader never waits for it
        facts = FunctionFacts(name, 0, target=target.describe() if target is not None else None)
        measured = snapshot.measurement.functions.get(name) if snapshot.measurement else None
        if measured is not None:
            facts.bytes = measured.bytes
        elif snapshot.measure_error:
            facts.errors.append(f"assembling failed: {snapshot.measure_error}")
        elif snapshot.measurement is None:
            facts.pending.append("object bytes")
        else:
            facts.errors.append(no_symbol_problem(name))
        return facts

    # -- verified suggestions and edits -------------------------------------------------------------

    def request_suggestion(self, uri: str, name: str, *, urgent: bool) -> jobs.Job | None:
        document = self.document(uri)
        return self.suggestions.request(document, name, urgent=urgent) if document is not None else None

    def wait_for_suggestion(self, uri: str, name: str, cancel: threading.Event,
                            progress: Callable[[str], None] | None = None,
                            timeout_s: float | None = None) -> tuple[int, Suggestion | None, str | None]:
        return self.suggestions.wait(uri, name, cancel, progress, timeout_s)

    def verified_edit(self, snapshot: DocumentSnapshot, name: str, suggestion: Suggestion) -> str | None:
        """Blocking: the snapshot's text with `name` optimized, if the spliced module verifies."""
        return verified_module_text(self.session, snapshot.source, name, suggestion)

    # -- lifting ------------------------------------------------------------------------------------

    def lift(self, uri: str, name: str, cancel: threading.Event,
             progress: Callable[[str], None] | None = None) -> LiftResult | str:
        """Lift one function of an open assembly document (blocking; see `irlens.lift.lifter`):
        the result, or why nothing was tried. Stops when `cancel` is set or the document changes."""
        document = self.document(uri)
        model = self.session.model_if_ready()
        if document is None:
            return "document not open"
        if model is None or not model.lifts():
            return self.lift_problem() or "no model"
        index = document.snapshot.index
        function = index.function_named(name) if isinstance(index, AsmIndex) else None
        if function is None:
            return f"no function {name}"
        candidates = self.settings.lift_candidates

        def judged(number: int, candidate: Candidate) -> None:
            if progress is not None:
                verdict = ("round-trips exactly" if candidate.exact else
                           "compiles" if candidate.compiles else "does not compile")
                if candidate.refinements:
                    progress(f"refined with llc ({len(candidate.refinements)} edits): {verdict}")
                elif number == 0:
                    progress(f"translated from the listing: {verdict}")
                else:
                    progress(f"candidate {number}/{candidates}: {verdict}")

        options = LiftOptions(candidates=candidates, triple=self.settings.asm_triple,
                              budget_s=self.settings.model_timeout_s, refine_s=self.settings.lift_refine_s,
                              listing=self.settings.lift_listing, on_candidate=judged)
        result = lift_function(self.toolchain, model, document.snapshot.text, function, options=options,
                               cancel=_EitherEvent(cancel, document.cancel))
        if document.cancel.is_set():
            return "cancelled: the document changed while lifting"
        return result

    def lift_problem(self) -> str | None:
        """Why lifting is not offered now (None: a lifting model is ready)."""
        model = self.session.model_if_ready()
        if model is None:
            return "no model is ready"
        if not model.lifts():
            return model.lift_problem() or f"{model.status().name} was not trained to lift assembly"
        return None

    def remember_lift(self, lifted: LiftedDocument) -> None:
        """Keep the verdict of a document created by a lift and publish it as its diagnostics now (a
        client may show them before it opens the document) and whenever it is opened unchanged."""
        self.session.lifted.remember(lifted)
        snapshot = self.snapshot(lifted.uri)
        if snapshot is None:  # not opened (yet): diagnostics for the URI, no version
            self.session.notify(EngineEvent("lift", lifted.uri, -1, diagnostics_of(lifted)))
            return
        verdict = self.session.lifted.verdict(snapshot.uri, snapshot.text)
        self.session.emit("diagnostics", snapshot, [*(snapshot.diagnostics or ()), *verdict])

    def lifted(self, uri: str) -> LiftedDocument | None:
        return self.session.lifted.get(uri)


def _changed_functions(old: ScheduledVersion, new: Snapshot) -> list[FunctionDef] | None:
    """The functions of `new` whose text is not that of a function of the same name in `old`; None
    for assembly, or when the module outside function bodies changed (then everything is redone)."""
    index = new.ir_index
    if index is None or old.context_hash != new.context_hash:
        return None
    return [function for function in index.defined_functions
            if old.function_hashes.get(function.name) != new.function_hashes.get(function.name)]


class _EitherEvent(threading.Event):
    """Set when either event is set: the caller's cancel or the document's (an edit)."""

    def __init__(self, first: threading.Event, second: threading.Event) -> None:
        super().__init__()
        self._events = (first, second)

    def is_set(self) -> bool:
        return super().is_set() or any(event.is_set() for event in self._events)
