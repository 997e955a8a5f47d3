"""Verified suggestions: the best pipeline the compiler verified for a function, searched in the
background for the largest functions (settings `backgroundSuggestions`, `maxBackgroundFunctions`) or
on request, with the model's size prediction and pipeline proposals first when a model is ready."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from irlens.engine import jobs
from irlens.engine.documents import Document
from irlens.engine.facts import UNNAMED_PROBLEM, Suggestion, model_problem, one_line
from irlens.engine.session import Session
from irlens.ir.index import FunctionDef
from irlens.ir.names import display_token, is_numbered
from irlens.optimize.candidates import candidate_pipelines
from irlens.optimize.optimizer import SearchOptions, model_proposals, optimize_function
from irlens.toolchain.pipeline import validate_pipeline

if TYPE_CHECKING:  # the engine only calls the model the server started
    from irlens.model.service import ModelService

log = logging.getLogger(__name__)


class Suggestions:
    def __init__(self, session: Session, module_input: Callable[[Document], str | bytes]) -> None:
        self.session = session
        self._module_input = module_input

    def background_functions(self, document: Document) -> frozenset[str]:
        """The functions searched (and predicted) without being asked: the largest
        `max_background_functions` (0: all) while `background_suggestions` is on."""
        settings = self.session.settings
        index = document.ir_index
        settings_key = (settings.background_suggestions, settings.max_background_functions)
        cached = document.background_cache
        if cached is not None and cached[0] == settings_key:
            return cached[1]
        chosen: frozenset[str] = frozenset()
        if index is not None and settings.background_suggestions:
            largest = sorted(index.defined_functions, key=lambda f: -f.instruction_count)
            limit = settings.max_background_functions
            chosen = frozenset(f.name for f in (largest[:limit] if limit > 0 else largest))
        document.background_cache = (settings_key, chosen)
        return chosen

    def schedule_background(self, document: Document) -> None:
        """Model work, then the verified suggestion, for the background functions (visible first, then
        the largest)."""
        index = document.ir_index
        if index is None:
            return
        wanted = self.background_functions(document)
        model = self.session.model_if_ready()
        for function in index.defined_functions:
            key = self.session.function_key(document, function.name)
            if key is None or function.name not in wanted:
                continue
            results = self.session.function_results(key)
            unproposed = results.proposals is None and not results.suggestion_done
            needs_model = not results.prediction_done or unproposed
            if model is not None and needs_model:
                self._submit_model_work(document, function, key, self._priority(jobs.PRIORITY_PREDICTION,
                                                                                 document, function))
            elif not results.suggestion_done:
                self._submit_suggestion(document, function, key,
                                        self._priority(jobs.PRIORITY_SUGGESTION, document, function),
                                        automatic=True)

    @staticmethod
    def _priority(kind: jobs.Priority, document: Document, function: FunctionDef) -> jobs.Priority:
        return jobs.function_priority(kind, visible=function.name in document.visible,
                                      size=function.instruction_count)

    def _submit_model_work(self, document: Document, function: FunctionDef, key: str,
                           priority: jobs.Priority) -> None:
        self.session.scheduler.submit_model(f"model:{key}", lambda: self._model_work(document, function, key),
                                            cancel=document.cancel, priority=priority)

    def request_prediction(self, document: Document, name: str) -> None:
        """Hover asked about a function: its model work moves to the front of the model's queue (the
        hover itself answers at once)."""
        index = document.ir_index
        function = index.function_named(name) if index is not None else None
        if function is None or function.is_declaration or self.session.model_if_ready() is None:
            return
        key = self.session.function_key(document, name)
        if key is not None and not self.session.function_results(key).prediction_done:
            document.explicit_predictions.add(name)
            self._submit_model_work(document, function, key, jobs.PRIORITY_URGENT)

    def _model_work(self, document: Document, function: FunctionDef, key: str) -> None:
        """On the model's queue: the size prediction, then validated pipeline proposals; then this
        function's suggestion search (compiler queue) when it is a background function."""
        session = self.session
        results = session.function_results(key)
        model = session.model_if_ready()
        if model is None:
            return
        if not results.prediction_done:
            try:
                results.prediction = model.predict_sizes(document.snapshot.function_text(function),
                                                         cancel=document.cancel)
                results.prediction_problem = None if results.prediction else model_problem(model)
            except Exception as error:  # the service never raises; a broken one must not stop the queue
                results.prediction_problem = one_line(error)
            if document.cancel.is_set():
                return  # cancelled by an edit: the next version asks again
            results.prediction_done = True
            session.emit("measurements", document, function.name)
        if results.suggestion_done or function.name not in self.background_functions(document):
            return  # a hovered function only wanted its prediction
        if results.proposals is None:
            proposals = self._model_pipelines(model, document, function)
            if document.cancel.is_set():
                return
            results.proposals = proposals
            session.results_grew(key, results)
        self._submit_suggestion(document, function, key,
                                self._priority(jobs.PRIORITY_SUGGESTION, document, function), automatic=True)

    def _model_pipelines(self, model: ModelService, document: Document, function: FunctionDef) -> list[str]:
        """The model's proposals for the function's extracted module, validated as pass pipelines;
        invalid ones are dropped."""
        toolchain = self.session.toolchain
        try:
            proposals = model_proposals(model, toolchain, self._module_input(document), function.name,
                                        cancel=document.cancel)
        except Exception as error:
            log.info("model proposals for %s failed: %s", function.name, error)
            return []
        valid: list[str] = []
        for proposal in proposals:
            try:
                valid.append(validate_pipeline(proposal, toolchain))
            except Exception as error:
                log.info("model proposal refused: %s", error)
        return valid

    def request(self, document: Document, name: str, *, urgent: bool) -> jobs.Job | None:
        """Queue (or move up) the search for a verified smaller version of one function."""
        if document.language != "llvm":
            return None
        index = document.ir_index
        function = index.function_named(name) if index else None
        key = self.session.function_key(document, name)
        if function is None or function.is_declaration or key is None:
            return None
        if urgent:
            document.explicit_suggestions.add(name)
        priority = (jobs.PRIORITY_URGENT if urgent
                    else self._priority(jobs.PRIORITY_SUGGESTION, document, function))
        return self._submit_suggestion(document, function, key, priority, automatic=not urgent)

    def _submit_suggestion(self, document: Document, function: FunctionDef, key: str,
                           priority: jobs.Priority, *, automatic: bool) -> jobs.Job:
        return self.session.scheduler.submit(f"suggest:{key}",
                                             lambda: self._suggest(document, function, key, automatic),
                                             cancel=document.cancel, priority=priority)

    def _suggest(self, document: Document, function: FunctionDef, key: str, automatic: bool) -> None:
        session = self.session
        settings = session.settings
        results = session.function_results(key)
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
            limit = max(1, settings.max_candidates)
            result = optimize_function(  # the model's proposals, then the coreset in the ranker's order
                session.toolchain, self._module_input(document), function.name, candidate_pipelines(),
                options=SearchOptions(settings.size_baseline, budget=limit + 2),
                proposals=list(results.proposals or []), cancel=document.cancel,
                ranker=session.pipeline_ranker,
            )
        except Exception as error:
            if document.cancel.is_set():
                return  # cancelled by an edit: the next version asks again
            results.suggestion_error = one_line(error)
            results.suggestion_done = True
            session.emit("measurements", document, function.name)
            return
        if document.cancel.is_set():
            return
        if result is not None and result.size_bytes <= result.oz_bytes:
            results.suggestion = Suggestion(result.pipeline, result.size_bytes, result.oz_bytes,
                                            result.input_bytes, result.compilations,
                                            result.optimized_module_text, result.baseline)
            if results.oz_bytes is None:
                results.oz_bytes = result.oz_bytes
        else:
            results.suggestion_error = "no verified pipeline was as small as -Oz"
        results.suggestion_done = True
        session.results_grew(key, results)
        session.emit("measurements", document, function.name)

    def wait(self, uri: str, name: str, cancel: threading.Event, progress: Callable[[str], None] | None,
             timeout_s: float | None) -> tuple[int, Suggestion | None, str | None]:
        """Blocking (run it in a thread): the suggestion for `name` in the current version, computed
        now if needed. Returns (version it is for, suggestion, reason when there is none)."""
        documents = self.session.documents
        document = documents.get(uri)
        if document is None:
            return -1, None, "document is not open"
        version = document.version
        job = self.request(document, name, urgent=True)
        if job is None:
            return version, None, f"no function @{display_token(name)} with a body"
        started = last_report = time.monotonic()
        while not job.finished.wait(0.2):
            if cancel.is_set():
                return version, None, "cancelled"
            if not documents.is_current(uri, version):
                return version, None, "the document changed"
            if timeout_s is not None and time.monotonic() - started > timeout_s:
                return version, None, "timed out"
            if progress is not None and time.monotonic() - last_report >= 1.0:
                last_report = time.monotonic()
                elapsed = time.monotonic() - started
                progress(f"verifying pipelines for @{display_token(name)} ({elapsed:.0f} s)")
        key = self.session.function_key(document, name)
        if not documents.is_current(uri, version) or key is None:
            return version, None, "the document changed"
        results = self.session.function_results(key)
        return version, results.suggestion, None if results.suggestion else results.suggestion_error
