"""The session: what every feature service shares — the settings and the toolchain they configure, the
document store, the results cache, the scheduler, the model the server started, and the hook that
hands results to the language server."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from irlens.config import Settings
from irlens.engine.documents import Document, DocumentSnapshot, DocumentStore, Snapshot
from irlens.engine.facts import EngineEvent, EventKind
from irlens.engine.lifted import LiftedDocuments
from irlens.engine.results import FunctionResults, ResultsCache
from irlens.engine.scheduler import Scheduler
from irlens.optimize.ranking import PipelineRanker
from irlens.toolchain.discovery import Toolchain, discover

if TYPE_CHECKING:
    from irlens.model.service import ModelService

log = logging.getLogger(__name__)
MB = 1024 * 1024
_NOTHING_KNOWN = FunctionResults()


class Session:
    def __init__(self, settings: Settings, notify: Callable[[EngineEvent], None] | None = None, *,
                 workers: int = 2) -> None:
        self.settings = settings
        self.documents = DocumentStore()
        self.results = ResultsCache(settings.cache_mb * MB)
        self.scheduler = Scheduler(workers)
        self.lifted = LiftedDocuments()
        self.model_service: ModelService | None = None  # set by the server once it started one
        # the search's order of the coreset: the model's when it ranks it, else coverage order (and why)
        self.pipeline_ranker = PipelineRanker(
            lambda: self.model_service if self.settings.model_enabled else None)
        self._notify = notify or (lambda event: None)
        self._lock = threading.Lock()
        self._results_lock = threading.Lock()
        self._toolchain: Toolchain | None = None

    @property
    def toolchain(self) -> Toolchain:
        """Discovered once per settings: its limits are the user's timeout and memory settings, which
        every tool call runs under."""
        with self._lock:
            if self._toolchain is None:
                self._toolchain = discover(self.settings)
            return self._toolchain

    def forget_toolchain(self) -> None:
        with self._lock:
            self._toolchain = None

    def model_if_ready(self) -> ModelService | None:
        service = self.model_service
        if service is None or not self.settings.model_enabled:
            return None
        return service if service.status().state == "ready" else None

    # -- results ------------------------------------------------------------------------------------

    def function_key(self, snapshot: Snapshot, name: str) -> str | None:
        """What one function's results depend on: toolchain, baseline, the module outside function
        bodies and the function's own text. None for a function the document does not define."""
        function_hash = snapshot.function_hashes.get(name)
        if function_hash is None:
            return None
        return f"{self.toolchain.key}|{self.settings.size_baseline}|{snapshot.context_hash}|{function_hash}"

    def function_results(self, key: str) -> FunctionResults:
        """What is known of the function's content (nothing yet: an empty one, not stored)."""
        found: FunctionResults | None = self.results.get(("function", key))
        return found if found is not None else _NOTHING_KNOWN

    def update_results(self, key: str, **fields: Any) -> FunctionResults:
        """Store the function's results with `fields` changed (a new object: readers holding the old
        one keep a consistent view)."""
        with self._results_lock:
            updated = replace(self.function_results(key), **fields)
            self.results.put(("function", key), updated, updated.size_bytes())
            return updated

    # -- events -------------------------------------------------------------------------------------

    def emit(self, kind: EventKind, document: Document | DocumentSnapshot, payload: Any = None) -> None:
        """Hand a result to the LSP layer, unless the document moved on meanwhile (a stale result is
        dropped here, and again by the server when it arrives after a newer version)."""
        if not self.documents.is_current(document.uri, document.version):
            return
        self.notify(EngineEvent(kind, document.uri, document.version, payload))

    def notify(self, event: EngineEvent) -> None:
        try:
            self._notify(event)
        except Exception:
            log.exception("engine notify hook failed")
