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
from irlens.engine.analysis import module_input
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
    def __init__(self, session: Session) -> None:
        self.session = session

    def schedule_background(self, document: Document) -> None:
        """Model work, then the verified suggestion, for the version's background functions (visible
        first, then the largest)."""
        current = document.current
        index = current.ir_index
        if index is None:
            return
        model = self.session.model_if_ready()
        for function in index.defined_functions:
            key = self.session.function_key(current.source, function.name)
            if key is None or function.name not in current.background:
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
        """The user looks at a function: its model work moves to the front of the model's queue."""
        current = document.current
        index = current.ir_index
        function = index.function_named(name) if index is not None else None
        if function is None or function.is_declaration or self.session.model_if_ready() is None:
            return
        key = self.session.function_key(current.source, name)
        if key is not None and not self.session.function_results(key).prediction_done:
            document.update(lambda state: {"explicit_predictions": state.explicit_predictions | {name}})
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
            prediction, problem = None, None
            try:
                prediction = model.predict_sizes(document.snapshot.function_text(function),
                                                 cancel=document.cancel)
                problem = None if prediction else model_problem(model)
            except Exception as error:  # the service never raises; a broken one must not stop the queue
                problem = one_line(error)
            if document.cancel.is_set():
                return  # cancelled by an edit: the next version asks again
            results = session.update_results(key, prediction=prediction, prediction_problem=problem,
                                             prediction_done=True)
            session.emit("measurements", document, function.name)
        if results.suggestion_done or function.name not in document.current.background:
            return  # a hovered function only wanted its prediction
        if results.proposals is None:
            proposals = self._model_pipelines(model, document, function)
            if document.cancel.is_set():
                return
            session.update_results(key, proposals=tuple(proposals))
        self._submit_suggestion(document, function, key,
                                self._priority(jobs.PRIORITY_SUGGESTION, document, function), automatic=True)

    def _model_pipelines(self, model: ModelService, document: Document, function: FunctionDef) -> list[str]:
        """The model's proposals for the function's extracted module, validated as pass pipelines;
        invalid ones are dropped."""
        toolchain = self.session.toolchain
        try:
            proposals = model_proposals(model, toolchain, module_input(self.session, document), function.name,
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
        current = document.current
        index = current.ir_index
        function = index.function_named(name) if index else None
        key = self.session.function_key(current.source, name)
        if function is None or function.is_declaration or key is None:
            return None
        if urgent:
            document.update(lambda state: {"explicit_suggestions": state.explicit_suggestions | {name}})
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
        current = document.current
        if (
            automatic
            and function.name not in current.explicit_suggestions
            and function.name not in current.background
        ):
            return  # the settings changed while it waited: background search is off for it
        try:
            if is_numbered(function.name):
                raise ValueError(UNNAMED_PROBLEM)
            limit = max(1, settings.max_candidates)
            result = optimize_function(  # the model's proposals, then the coreset in the ranker's order
                session.toolchain, module_input(session, document), function.name, candidate_pipelines(),
                options=SearchOptions(settings.size_baseline, budget=limit + 2),
                proposals=list(results.proposals or []), cancel=document.cancel,
                ranker=session.pipeline_ranker,
            )
        except Exception as error:
            if document.cancel.is_set():
                return  # cancelled by an edit: the next version asks again
            session.update_results(key, suggestion_error=one_line(error), suggestion_done=True)
            session.emit("measurements", document, function.name)
            return
        if document.cancel.is_set():
            return
        if result is not None and result.size_bytes <= result.oz_bytes:
            suggestion = Suggestion(result.pipeline, result.size_bytes, result.oz_bytes, result.input_bytes,
                                    result.compilations, result.optimized_module_text, result.baseline)
            known_oz = session.function_results(key).oz_bytes
            session.update_results(key, suggestion=suggestion, suggestion_done=True,
                                   oz_bytes=result.oz_bytes if known_oz is None else known_oz)
        else:
            session.update_results(key, suggestion_error="no verified pipeline was as small as -Oz",
                                   suggestion_done=True)
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
        key = self.session.function_key(document.snapshot, name)
        if not documents.is_current(uri, version) or key is None:
            return version, None, "the document changed"
        results = self.session.function_results(key)
        return version, results.suggestion, None if results.suggestion else results.suggestion_error
