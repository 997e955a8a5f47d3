"""A raw JSON-RPC client for `irlens serve` over stdio: sends bytes that typed clients refuse to
(malformed params, binary text, floods) and records every answer with the time it took."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from polling import wait_for

REPO = Path(__file__).resolve().parent.parent


class RawClient:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self._next_id = 0
        self._waiting: dict[int | str, asyncio.Future[dict[str, Any]]] = {}
        self.notifications: list[dict[str, Any]] = []
        self.applied_edits: list[dict[str, Any]] = []
        self.initialize_result: dict[str, Any] = {}
        self._reader = asyncio.ensure_future(self._read())

    def _write(self, message: dict[str, Any] | bytes) -> None:
        body = message if isinstance(message, bytes) else json.dumps(message).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method: str, params: Any) -> None:
        self._write({"jsonrpc": "2.0", "method": method, "params": params})

    def send(self, method: str, params: Any = None, *,
             omit_params: bool = False) -> asyncio.Future[dict[str, Any]]:
        """Sends a request; the future resolves to the whole response message (result or error)."""
        self._next_id += 1
        message: dict[str, Any] = {"jsonrpc": "2.0", "id": self._next_id, "method": method}
        if not omit_params:
            message["params"] = params
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[self._next_id] = future
        self._write(message)
        return future

    async def request(self, method: str, params: Any = None, timeout_s: float = 30.0, **kwargs: Any
                      ) -> tuple[dict[str, Any], float]:
        """The response and the seconds it took."""
        started = time.monotonic()
        response = await asyncio.wait_for(self.send(method, params, **kwargs), timeout_s)
        return response, time.monotonic() - started

    async def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = await stream.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                elif line in (b"\r\n", b"\n"):
                    break
            message = json.loads(await stream.readexactly(length))
            if "method" in message and "id" in message:  # a request from the server
                result: Any = None
                if message["method"] == "workspace/applyEdit":
                    self.applied_edits.append(message["params"])
                    result = {"applied": True}
                self._write({"jsonrpc": "2.0", "id": message["id"], "result": result})
            elif "method" in message:
                self.notifications.append(message)
            else:
                future = self._waiting.pop(message.get("id"), None)
                if future is not None and not future.done():
                    future.set_result(message)

    def open(self, path: Path, text: str, version: int = 1, language_id: str = "llvm") -> str:
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language_id, "version": version, "text": text}})
        return uri

    def change(self, uri: str, version: int, text: str) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [{"text": text}]})

    async def hover(self, uri: str, line: int, character: int = 0, timeout_s: float = 30.0
                    ) -> tuple[str | None, float]:
        response, took = await self.request("textDocument/hover", {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": character}}, timeout_s)
        assert "error" not in response, response
        result = response.get("result")
        return (result["contents"]["value"] if result else None), took

    async def hover_until(self, uri: str, line: int, done: Callable[[str], bool], timeout_s: float) -> str:
        """Hover repeatedly until its text satisfies done() (background measurements land meanwhile)."""
        async def text() -> str | None:
            return (await self.hover(uri, line))[0]
        found = await wait_for(text, timeout_s, "a complete hover",
                               until=lambda text: text is not None and done(text), interval_s=0.2)
        assert found is not None
        return found

    def diagnostics(self, uri: str) -> list[dict[str, Any]] | None:
        found = None
        for message in self.notifications:
            if message["method"] == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                found = message["params"]["diagnostics"]
        return found


@contextlib.asynccontextmanager
async def raw_session(options: dict[str, Any] | None = None, env: dict[str, str] | None = None,
                      capabilities: dict[str, Any] | None = None) -> AsyncIterator[RawClient]:
    """A server started and initialized; `capabilities` are added to the client's (e.g. `general`);
    the initialize result is `client.initialize_result`."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "irlens", "serve", stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, **(env or {})}, limit=64 * 1024 * 1024)
    client = RawClient(process)
    try:
        response, _ = await client.request("initialize", {
            "processId": os.getpid(), "rootUri": REPO.as_uri(),
            "capabilities": {"window": {"workDoneProgress": True},
                             "workspace": {"applyEdit": True, "codeLens": {"refreshSupport": True}},
                             **(capabilities or {})},
            "initializationOptions": {"modelEnabled": False, "debounceMs": 50, **(options or {})}}, 60)
        assert "result" in response, response
        client.initialize_result = response["result"]
        client.notify("initialized", {})
        yield client
    finally:
        with contextlib.suppress(Exception):
            await client.request("shutdown", None, 20)
            client.notify("exit", None)
            await asyncio.wait_for(process.wait(), 10)
        if process.returncode is None:
            process.kill()
            await process.wait()
        client._reader.cancel()
