"""The irlens language server object: the engine, the model, the threads handlers run on (lsp/threads.py),
and what the server sends on its own (engine events, progress (lsp/progress.py), model status). Handlers
are registered by `irlens.lsp.features`, which imports this module (never the other way round)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from irlens import __version__
from irlens.config import Settings
from irlens.engine.documents import DocumentSnapshot, Edit
from irlens.engine.workspace import Engine, EngineEvent
from irlens.input_files import text_too_large
from irlens.ir.columns import ENCODINGS, Encoding
from irlens.lsp.diagnostics import publish, publish_unopened
from irlens.lsp.progress import MeasureProgress
from irlens.lsp.protocol import IrlensProtocol
from irlens.lsp.threads import HandlerThreads
from irlens.model.service import ModelService, ModelStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

STATUS_NOTIFICATION = "irlens/status"  # server -> client: {state, name, detail} of the model
SIZES_CHANGED_NOTIFICATION = "irlens/sizesChanged"  # server -> client: measurements landed (size report)

CODE_LENS_REFRESH_INTERVAL_S = 0.5
EXIT_WAIT_S = 5.0  # for the engine's workers to finish their current tool call


class IrlensServer(LanguageServer):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__("irlens", __version__, protocol_cls=IrlensProtocol)
        self.settings = settings or Settings.from_env()
        self.engine = Engine(self.settings, self._on_engine_event)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._refresh_scheduled = False
        self._sizes_changed_scheduled = False
        self.measure_progress = MeasureProgress(self)
        self.model_service: ModelService | None = None
        self.model_starting = False  # between `initialized` and the service's first status
        self.threads = HandlerThreads()
        self._pending_edits: dict[str, tuple[int, list[Edit]]] = {}  # by URI: (version, edits)
        self._refused_documents: set[str] = set()  # open, but above maxInputMb: not analysed

    # -- settings and model -------------------------------------------------------------------------

    def apply_settings(self, options: Any, *, reindex_off_loop: bool = False) -> None:
        """On the event loop (messages are sent from it); with `reindex_off_loop` the engine re-checks
        the open documents on the update thread (see update_documents), not here."""
        self.settings, problems = self.settings.updated(options)
        for problem in problems:  # the rest of the settings still apply
            self.show_message(f"irlens: {problem}", types.MessageType.Warning)
        # the model reads its settings once, at start
        if reindex_off_loop:
            self.update_documents(self.engine.update_settings, self.settings)
        else:
            self.engine.update_settings(self.settings)

    def start_model(self) -> None:
        """Load the model in the background when it is enabled; every feature works without it."""
        try:
            self._start_model()
        finally:
            self.model_starting = False

    def _start_model(self) -> None:
        if not self.settings.model_enabled:
            return
        try:
            service = ModelService(self.settings, on_status=self._on_model_status)
            # Known to the engine before it can become ready, so that "ready" schedules model work.
            self.model_service = self.engine.model_service = service
            service.start()
        except Exception as error:
            self.model_service = self.engine.model_service = None
            self.show_message(f"irlens: the model could not be started: {error}", types.MessageType.Warning)

    def _on_model_status(self, status: ModelStatus) -> None:
        """From the model's loader thread: a model that became ready gets the open functions' work;
        clients hear of the new state (`irlens/status`) and code lenses show it."""
        if status.state == "ready" and self.engine.model_service is not None:
            self.engine.model_ready()
        loop = self.loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.notify_model_status, status)
            loop.call_soon_threadsafe(self._schedule_code_lens_refresh)

    def notify_model_status(self, status: ModelStatus | None) -> None:
        """`irlens/status`: the model's state for a client's status bar, so that it need not poll."""
        params = {"state": status.state, "name": status.name, "detail": status.detail,
                  "lifts": self._lifting_model()} if status else {
            "state": "disabled", "name": None, "detail": "model disabled by settings", "lifts": None}
        params["pipelineOrder"] = self.engine.pipeline_ranker.describe()
        self.protocol.notify(STATUS_NOTIFICATION, params)

    def model_status_line(self) -> str | None:
        if self.model_service is None:
            return "model: loading (starting the model runtime)" if self.model_starting else None
        status = self.model_service.status()
        detail = f" ({status.detail})" if status.detail else ""
        name = f" {status.name}" if status.name else ""
        lifting = self._lifting_model()
        lifts = f"; lifting: {lifting}" if lifting else "; lifting: no model trained to lift is loaded" \
            if status.state == "ready" else ""
        return f"model{name}: {status.state}{detail}{lifts}; {self.engine.pipeline_ranker.describe()}"

    def _lifting_model(self) -> str | None:
        """The name of the model that lifts assembly, when one is ready."""
        service = self.model_service
        return service.lifting_model_name() if service is not None else None

    # -- lifecycle ----------------------------------------------------------------------------------

    @property
    def exit_code(self) -> int:
        """What the process exits with: 1 when the client sent `exit` without `shutdown` first (as the
        LSP specification asks), else 0."""
        protocol = self.protocol
        return protocol.exit_code if isinstance(protocol, IrlensProtocol) else 0

    def stop_background_work(self, wait_s: float = 0.0) -> None:
        """Cancel the engine's work and stop the model; with `wait_s`, wait that long for the engine's
        workers to finish the tool call they are in (so none runs while the interpreter exits)."""
        if not self.engine.shutdown(wait_s) and wait_s > 0:
            log.warning("engine workers still busy after %.0f s at exit", wait_s)
        if self.model_service is not None:
            try:
                self.model_service.stop()
            except Exception:
                log.exception("stopping the model failed")

    def shutdown(self) -> None:
        """pygls calls this when the server loop ends (exit notification, closed stdin, lost client),
        with or without a `shutdown` request before it."""
        super().shutdown()
        self.threads.shutdown()
        self.stop_background_work(wait_s=EXIT_WAIT_S)

    async def snapshot(self, uri: str, *, edits: bool = False) -> DocumentSnapshot | None:
        """The document's snapshot a request answers from, once the updates sent before the request
        are applied (`edits` False: an edit is waited for at most READER_EDIT_WAIT_S, see
        documents_settled). Taken once per request: one answer never mixes two versions."""
        await self.documents_settled(edits=edits)
        return self.engine.snapshot(uri)

    # The handlers' threads (lsp/threads.py), as the handlers call them.

    async def off_loop(self, function: Callable[..., T], *args: Any) -> T:
        return await self.threads.off_loop(function, *args)

    async def documents_settled(self, *, edits: bool = True) -> None:
        await self.threads.documents_settled(edits=edits)

    def update_documents(self, function: Callable[..., object], *args: Any, edit: bool = False) -> None:
        self.threads.update_documents(function, *args, edit=edit)

    def refuse_document(self, uri: str, version: int, text: str) -> bool:
        """True (having said why, as a diagnostic and a message) when an opened document is above
        maxInputMb: the engine never sees it, so no tool runs on it, and its edits are ignored until it
        is closed and opened again."""
        problem = text_too_large(text, self.settings.max_input_mb)
        if problem is None:
            self._refused_documents.discard(uri)
            return False
        self._refused_documents.add(uri)
        self.update_documents(self.engine.close, uri)  # an earlier version it may hold
        message = (f"irlens does not analyse this document: it is {problem}; close and reopen it once it "
                   "is smaller or the setting is raised")
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[types.Diagnostic(
                range=types.Range(start=types.Position(0, 0), end=types.Position(0, 0)), message=message,
                severity=types.DiagnosticSeverity.Warning, source="irlens")]))
        self.show_message(f"{message} ({uri})", types.MessageType.Warning)
        return True

    def is_refused(self, uri: str) -> bool:
        return uri in self._refused_documents

    def forget_refused(self, uri: str) -> None:
        self._refused_documents.discard(uri)

    def change_document(self, uri: str, version: int, edits: list[Edit]) -> None:
        """A flood of changes is applied once per pass of the update thread: all edits received so far,
        to the latest version."""
        _, pending = self._pending_edits.get(uri, (version, []))
        self._pending_edits[uri] = (version, pending + edits)
        self.update_documents(self._apply_pending_edits, uri, edit=True)

    def _apply_pending_edits(self, uri: str) -> None:
        pending = self._pending_edits.pop(uri, None)
        if pending is not None:
            self.engine.change(uri, pending[0], pending[1], encoding=self.position_encoding)

    @property
    def position_encoding(self) -> Encoding:
        """What positions' columns count, both ways: pygls chose it at `initialize` from the client's
        `general.positionEncodings` (its first that pygls knows; UTF-16 when none) and announced it."""
        chosen = self.workspace.position_encoding
        return next((encoding for encoding in ENCODINGS if encoding == chosen), "utf-16")

    # -- messages -----------------------------------------------------------------------------------

    def show_message(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def supports_code_lens_refresh(self) -> bool:
        try:
            workspace = self.client_capabilities.workspace
            return bool(workspace and workspace.code_lens and workspace.code_lens.refresh_support)
        except Exception:
            return False

    # -- engine events (arrive on worker threads) ---------------------------------------------------

    def _on_engine_event(self, event: EngineEvent) -> None:
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._handle_engine_event, event)

    def _handle_engine_event(self, event: EngineEvent) -> None:
        if event.kind == "lift":  # the verdict on a lifted document the client has not opened
            publish_unopened(self, event.uri, event.payload)
            return
        if not self.engine.is_current(event.uri, event.version):
            return  # computed for an older version: dropped
        try:
            if event.kind == "diagnostics":
                publish(self, event.uri, event.version, event.payload)
            elif event.kind == "measurements":
                self._schedule_code_lens_refresh()
                self._schedule_sizes_changed()
            elif event.kind == "progress":
                self.measure_progress.report(event.uri, *event.payload)
        except Exception:
            log.exception("handling engine event %s failed", event.kind)

    def _schedule_code_lens_refresh(self) -> None:
        """Many measurements land at once: refresh at most every CODE_LENS_REFRESH_INTERVAL_S."""
        if self._refresh_scheduled or not self.supports_code_lens_refresh() or self.loop is None:
            return
        self._refresh_scheduled = True

        def refresh() -> None:
            self._refresh_scheduled = False
            self.workspace_code_lens_refresh(None)

        self.loop.call_later(CODE_LENS_REFRESH_INTERVAL_S, refresh)

    def _schedule_sizes_changed(self) -> None:
        """`irlens/sizesChanged` for an open size report, at most every CODE_LENS_REFRESH_INTERVAL_S."""
        if self._sizes_changed_scheduled or self.loop is None:
            return
        self._sizes_changed_scheduled = True

        def notify() -> None:
            self._sizes_changed_scheduled = False
            self.protocol.notify(SIZES_CHANGED_NOTIFICATION, {})

        self.loop.call_later(CODE_LENS_REFRESH_INTERVAL_S, notify)
