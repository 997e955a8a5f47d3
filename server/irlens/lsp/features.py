"""Feature registration: the server object and every handler module, put together (one module per
request or notification family; `irlens.lsp.commands` for the workspace/executeCommand commands)."""

from __future__ import annotations

from irlens.config import Settings
from irlens.lsp import (
    code_actions,
    codelens,
    commands,
    document_sync,
    hover,
    lifecycle,
    navigation,
    semantic_tokens,
    size_report,
    symbols,
)
from irlens.lsp.server import IrlensServer


def create_server(settings: Settings | None = None) -> IrlensServer:
    server = IrlensServer(settings)
    for feature in (lifecycle, document_sync, hover, codelens, symbols, navigation, semantic_tokens,
                    code_actions, commands, size_report):
        feature.register(server)
    return server
