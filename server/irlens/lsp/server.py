"""The irlens language server: protocol glue over the engine (one module per feature)."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from irlens import __version__
from irlens.config import Settings
from irlens.engine.workspace import Engine, EngineEvent
from irlens.lsp.diagnostics import publish, publish_unopened
from irlens.lsp.protocol import IrlensProtocol
from irlens.model.service import ModelService, ModelStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

COMMAND_SHOW_PIPELINE = "irlens.showPipeline"
COMMAND_OPTIMIZE_FUNCTION = "irlens.optimizeFunction"
COMMAND_LIFT_FUNCTION = "irlens.liftFunction"
COMMAND_FUNCTION_FACTS = "irlens.functionFacts"
COMMAND_MODEL_INFO = "irlens.modelInfo"
COMMAND_RESTART = "irlens.restart"
COMMAND_SIZE_REPORT = "irlens.sizeReport"
STATUS_NOTIFICATION = "irlens/status"  # server -> client: {state, name, detail} of the model
SIZES_CHANGED_NOTIFICATION = "irlens/sizesChanged"  # server -> client: measurements landed (size report)

CODE_LENS_REFRESH_INTERVAL_S = 0.5
READER_THREADS = 2  # language features that read the engine's state (see off_loop)
EXIT_WAIT_S = 5.0  # for the engine's workers to finish their current tool call


class IrlensServer(LanguageServer):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__("irlens", __version__, protocol_cls=IrlensProtocol)
        self.settings = settings or Settings.from_env()
        self.engine = Engine(self.settings, self._on_engine_event)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._refresh_scheduled = False
        self._sizes_changed_scheduled = False
        self._progress_tokens: dict[str, str] = {}
        self._progress_counter = 0
        self.model_service: ModelService | None = None
        self.model_starting = False  # between `initialized` and the service's first status
        self._readers = ThreadPoolExecutor(READER_THREADS, thread_name_prefix="irlens-read")
        # Opening, changing and closing documents and new settings, in arrival order, on one thread:
        # indexing a 10 MB module takes seconds. Readers wait for the updates sent before them.
        self._updates = ThreadPoolExecutor(1, thread_name_prefix="irlens-documents")
        self._last_update: asyncio.Future[None] | None = None
        self._latest_changes: dict[str, tuple[int, str]] = {}

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
        return f"model{name}: {status.state}{detail}{lifts}"

    def _lifting_model(self) -> str | None:
        """The name of the model that lifts assembly, when one is ready."""
        service = self.model_service
        return service.lifting_model_name() if service is not None else None

    # -- lifecycle ----------------------------------------------------------------------------------

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
        self._readers.shutdown(wait=False, cancel_futures=True)
        self._updates.shutdown(wait=False, cancel_futures=True)
        self.stop_background_work(wait_s=EXIT_WAIT_S)

    async def off_loop(self, function: Callable[..., T], *args: Any) -> T:
        """Runs a handler's work on a thread: anything that can take more than ~20 ms on a large
        document (code lenses, symbols, references) must not hold up the other requests. Its own
        threads: the default executor also runs the commands that wait minutes for a search."""
        await self.documents_settled()
        return await asyncio.get_running_loop().run_in_executor(self._readers, function, *args)

    async def documents_settled(self) -> None:
        """Waits until the document and settings updates received so far are applied."""
        pending = self._last_update
        if pending is not None and not pending.done():
            await asyncio.wait([pending])

    def update_documents(self, function: Callable[..., object], *args: Any) -> None:
        """Queues a document or settings update (see `_updates`); a failure is logged, not raised."""

        def guarded() -> None:
            try:
                function(*args)
            except Exception:
                log.exception("document update failed")

        self._last_update = asyncio.get_running_loop().run_in_executor(self._updates, guarded)

    def change_document(self, uri: str, version: int, text: str) -> None:
        """A flood of changes is indexed once per pass of the update thread: only the latest text."""
        self._latest_changes[uri] = (version, text)
        self.update_documents(self._apply_latest_change, uri)

    def _apply_latest_change(self, uri: str) -> None:
        latest = self._latest_changes.pop(uri, None)
        if latest is not None:
            self.engine.change(uri, *latest)

    # -- messages -----------------------------------------------------------------------------------

    def show_message(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def supports_code_lens_refresh(self) -> bool:
        try:
            workspace = self.client_capabilities.workspace
            return bool(workspace and workspace.code_lens and workspace.code_lens.refresh_support)
        except Exception:
            return False

    def supports_work_done_progress(self) -> bool:
        try:
            window = self.client_capabilities.window
            return bool(window and window.work_done_progress)
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
                self._report_measure_progress(event.uri, *event.payload)
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

    def _report_measure_progress(self, uri: str, done: int, total: int) -> None:
        if not self.supports_work_done_progress() or total == 0:
            return
        token = self._progress_tokens.get(uri)
        if token is None:
            if done >= total:
                return
            self._progress_counter += 1
            token = f"irlens-measure-{self._progress_counter}"
            self._progress_tokens[uri] = token
            self.work_done_progress.create(token)
            self.work_done_progress.begin(
                token,
                types.WorkDoneProgressBegin(
                    title="irlens: measuring -Oz baselines",
                    cancellable=False,
                    message=f"{done}/{total} functions",
                    percentage=int(100 * done / total),
                ),
            )
            return
        if done >= total:
            del self._progress_tokens[uri]
            self.work_done_progress.end(
                token, types.WorkDoneProgressEnd(message=f"{total} functions measured")
            )
        else:
            self.work_done_progress.report(
                token,
                types.WorkDoneProgressReport(
                    message=f"{done}/{total} functions", percentage=int(100 * done / total)
                ),
            )


def create_server(settings: Settings | None = None) -> IrlensServer:
    server = IrlensServer(settings)
    _register(server)
    return server


def _register(server: IrlensServer) -> None:
    # Imported here: code_actions imports this module (pygls resolves its handlers' annotations).
    from irlens.lsp import (
        code_actions,
        codelens,
        diagnostics,
        hover,
        navigation,
        semantic_tokens,
        size_report,
        symbols,
    )

    @server.feature(types.INITIALIZE)
    def initialize(ls: IrlensServer, params: types.InitializeParams) -> None:
        if params.initialization_options is not None:
            ls.apply_settings(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def initialized(ls: IrlensServer, params: types.InitializedParams) -> None:
        ls.loop = asyncio.get_running_loop()
        ls.model_starting = ls.settings.model_enabled
        if not ls.settings.model_enabled:
            ls.notify_model_status(None)
        threading.Thread(target=ls.start_model, name="irlens-model-start", daemon=True).start()
        toolchain = ls.engine.toolchain
        if toolchain.missing:
            ls.show_message(
                f"irlens: {toolchain.describe()}; {toolchain.problem or 'some features are off'}",
                types.MessageType.Warning,
            )

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: IrlensServer, params: None) -> None:
        ls.stop_background_work()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: IrlensServer, params: types.DidChangeConfigurationParams) -> None:
        if params.settings is not None:
            ls.apply_settings(params.settings, reindex_off_loop=True)

    diagnostics.register(server)
    hover.register(server)
    codelens.register(server)
    symbols.register(server)
    navigation.register(server)
    semantic_tokens.register(server)
    code_actions.register(server)
    size_report.register(server)
