"""Lifecycle notifications and requests: initialize, initialized (model start, toolchain check),
shutdown, and new settings (workspace/didChangeConfiguration)."""

from __future__ import annotations

import asyncio
import threading

from lsprotocol import types

from irlens.lsp.server import IrlensServer


def register(server: IrlensServer) -> None:
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
