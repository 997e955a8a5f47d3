"""Shared fixtures: a real `irlens serve` over stdio driven by pytest-lsp's client.

`lsp_session(options)` starts one server with initializationOptions; `open_document` sends didOpen;
`poll_hover` hovers until the background measurements land (tests/polling.py waits for anything else);
`code_actions`, `wait_for_optimize_action` and `lift` ask for code actions and run the lift action;
`standin_model_server(answer)` is a loopback completions server for tests that need a model with correct
answers; `service_factory` starts model services in process and stops them after the test. The model is
off unless a test turns it on, so that LSP tests do not compete with model loading for the CPU.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import http.server
import json
import os
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from irlens.config import Settings
from irlens.model.service import ModelService
from model_fixtures import write_tiny_gguf
from polling import wait_for

TESTS = Path(__file__).resolve().parent  # the helpers; the test files are in its room folders
REPO = TESTS.parent
EXAMPLES = REPO / "examples"
FAULTS = TESTS / "faults"
DEFAULT_OPTIONS: dict[str, Any] = {"modelEnabled": False, "debounceMs": 50}


@contextlib.asynccontextmanager
async def lsp_session(options: dict[str, Any] | None = None, *, capabilities: str = "visual-studio-code",
                      env: dict[str, str] | None = None) -> AsyncIterator[LanguageClient]:
    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "irlens", "serve"],
        server_env={**os.environ, **(env or {})},
    )
    client: LanguageClient = await config.start()  # type: ignore[assignment]
    client.applied_edits = []  # type: ignore[attr-defined]
    client.code_lens_refreshes = 0  # type: ignore[attr-defined]
    client.model_statuses = []  # type: ignore[attr-defined]

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        client.applied_edits.append(params)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    @client.feature("irlens/status")
    def model_status(params: Any) -> None:
        client.model_statuses.append(params)  # type: ignore[attr-defined]

    @client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def code_lens_refresh(params: None) -> None:
        client.code_lens_refreshes += 1  # type: ignore[attr-defined]

    client.initialize_result = await client.initialize_session(types.InitializeParams(  # type: ignore[attr-defined]
        capabilities=client_capabilities(capabilities),
        initialization_options={**DEFAULT_OPTIONS, **(options or {})},
        root_uri=REPO.as_uri()))
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.shutdown_session(), 20)
        await client.stop()


@contextlib.asynccontextmanager
async def tiny_model_session(tmp_path: Path, *, max_tokens: int,
                             settings: dict[str, object] | None = None) -> AsyncIterator[LanguageClient]:
    """A server whose model is the tiny random-weight GGUF tmp_path/irlens-tiny-test.gguf, loaded
    through settings (one thread, context 4096, and `settings`), with its own cache and data directories."""
    model = write_tiny_gguf(tmp_path / "irlens-tiny-test.gguf", context_length=4096)
    options = {"modelEnabled": True, "modelPath": str(model), "nCtx": 4096, "nThreads": 1,
               "modelMaxTokens": max_tokens, **(settings or {})}
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data")}
    async with lsp_session(options, env=env) as client:
        yield client


def open_document(client: LanguageClient, path: Path, text: str | None = None, version: int = 1,
                  language_id: str | None = None) -> str:
    uri = path.as_uri()
    if language_id is None:
        language_id = "asm" if path.suffix in (".s", ".S", ".asm") else "llvm"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id=language_id, version=version,
        text=path.read_text() if text is None else text)))
    return uri


def change_document(client: LanguageClient, uri: str, version: int, text: str) -> None:
    """A full-text change (the server also takes incremental ones; test_lsp_diagnostics covers them)."""
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


HOVER_ANSWER_S = 30.0  # a hover never waits on work: far longer than any answer takes, so a lost one fails


async def hover_text(client: LanguageClient, uri: str, line: int, character: int = 0) -> str | None:
    result = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character))),
        HOVER_ANSWER_S)
    if result is None:
        return None
    contents = result.contents
    return contents.value if isinstance(contents, types.MarkupContent) else str(contents)


async def poll_hover(client: LanguageClient, uri: str, line: int, done: Callable[[str], bool],
                     timeout_s: float = 120.0) -> str:
    """Hover repeatedly until its text satisfies done() (background measurements land meanwhile)."""
    text = await wait_for(lambda: hover_text(client, uri, line), timeout_s, "a complete hover",
                          until=lambda text: text is not None and done(text), interval_s=0.3)
    assert text is not None
    return text


async def function_facts(client: LanguageClient, uri: str, name: str) -> dict[str, Any] | None:
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="irlens.functionFacts", arguments=[uri, name]))


async def code_actions(client, uri: str, line: int) -> list[types.CodeAction]:  # type: ignore[no-untyped-def]
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(line, 2), types.Position(line, 2)),
        context=types.CodeActionContext(diagnostics=[])))
    return [_as_code_action(a) for a in result or []]


def _as_code_action(item: types.CodeAction | types.Command) -> types.CodeAction:
    """lsprotocol's client-side hook reads any result with a "command" key as a bare Command, leaving a
    CodeAction's nested command as the text of a dict in `.command`; rebuild the CodeAction."""
    if isinstance(item, types.CodeAction):
        return item
    nested: object = item.command
    if isinstance(nested, str) and nested.startswith("{"):
        nested = ast.literal_eval(nested)
    if isinstance(nested, dict):
        return types.CodeAction(title=item.title, command=types.Command(
            title=nested["title"], command=nested["command"], arguments=nested.get("arguments")))
    return types.CodeAction(title=item.title, command=item)


async def wait_for_optimize_action(  # type: ignore[no-untyped-def]
        client, uri: str, line: int, title_prefix: str, timeout_s: float
) -> tuple[types.CodeAction, list[types.CodeAction]]:
    """The first code action at `line` whose title starts with title_prefix, and all the actions offered
    with it, polled for until the server's background search has found it (the test fails after
    timeout_s, naming what it got)."""
    actions = await wait_for(lambda: code_actions(client, uri, line), timeout_s, f"a {title_prefix!r} action",
                             until=lambda actions: any(a.title.startswith(title_prefix) for a in actions),
                             interval_s=0.5)
    return next(a for a in actions if a.title.startswith(title_prefix)), actions


def apply_full_edit(edit: types.WorkspaceEdit) -> str:
    (change,) = edit.document_changes or []
    assert isinstance(change, types.TextDocumentEdit)
    (text_edit,) = change.edits
    assert text_edit.range.start == types.Position(0, 0)
    return text_edit.new_text


async def lift(client, uri: str, line: int, name: str, timeout_s: float = 60) -> dict:  # type: ignore[no-untyped-def]
    title = f"Lift @{name} to LLVM IR"  # offered once the model is ready
    actions = await wait_for(lambda: code_actions(client, uri, line), timeout_s, "the lift action",
                             until=lambda actions: any(a.title == title for a in actions), interval_s=0.2)
    command = next(a for a in actions if a.title == title).command
    assert command is not None
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=command.command, arguments=command.arguments))


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n")


@pytest.fixture
def sizes_copy(tmp_path: Path) -> Path:
    target = tmp_path / "sizes.ll"
    target.write_text((EXAMPLES / "sizes.ll").read_text())
    return target


def wrapped_toolchain(directory: Path, replacements: dict[str, str]) -> Path:
    """A tool directory with the real LLVM 19 tools, except `replacements` (tool -> script in
    tests/faults) that crash or hang like a broken opt/llc would."""
    directory.mkdir(parents=True, exist_ok=True)
    for tool in ("opt", "llc", "llvm-mc", "llvm-as", "llvm-extract", "llvm-link", "llvm-size", "llvm-nm",
                 "llvm-readelf", "llvm-dis"):
        target = FAULTS / replacements[tool] if tool in replacements else Path(f"/usr/lib/llvm-19/bin/{tool}")
        (directory / tool).symlink_to(target)
    return directory


@contextlib.contextmanager
def standin_model_server(answer: Callable[[str], str]) -> Iterator[str]:
    """An OpenAI-compatible completions server on loopback whose 'model' answers `answer(prompt)`:
    the stand-in for a model that writes correct answers (a random-weight GGUF cannot). It serves the
    real remote backend of the server under test (settings remoteUrl); yields the URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                self._reply(200, {"object": "list", "data": [{"id": "irlens-standin", "object": "model"}]})
            else:
                self._reply(404, {"error": "not found"})

        def do_POST(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            if self.path != "/v1/completions":
                self._reply(404, {"error": "not found"})
                return
            self._reply(200, {"choices": [{"text": answer(str(request.get("prompt", ""))),
                                           "finish_reason": "stop"}]})

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def service_factory(tmp_path: Path) -> Iterator[Callable[[Settings], ModelService]]:
    """Starts ModelServices (answer cache under tmp_path) and stops them after the test."""
    started: list[ModelService] = []

    def make(settings: Settings) -> ModelService:
        service = ModelService(settings, cache_dir=tmp_path / "cache")
        started.append(service)
        service.start()
        return service

    yield make
    for service in started:
        service.stop()
