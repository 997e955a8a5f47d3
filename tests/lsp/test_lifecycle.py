"""No tool outlives the server: after shutdown/exit, SIGTERM or SIGKILL of `irlens serve`, every process
it started (tools, what they forked, its guardian) is gone.

The server runs over real stdio, driven by a minimal JSON-RPC client here (the test needs the server's
pid to signal it). Its opt is tests/faults/hang.sh, which never finishes and forks a child. Every
process the server starts inherits a marker in its environment; /proc is scanned for it.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, wrapped_toolchain
from polling import wait_until

MARKER_KEY = "IRLENS_LIFECYCLE_MARKER"
SIZES = (EXAMPLES / "sizes.ll").read_text()


def marked_processes(marker: str) -> dict[int, bytes]:
    """pid -> cmdline of the live (not zombie) processes whose environment holds the marker."""
    needle = f"{MARKER_KEY}={marker}".encode()
    found: dict[int, bytes] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle not in (entry / "environ").read_bytes():
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            if state != "Z":
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


class StdioServer:
    """`irlens serve` on pipes; answers the server's own requests with null."""

    def __init__(self, tools: Path, marker: str) -> None:
        env = {**os.environ, MARKER_KEY: marker}
        self.process = subprocess.Popen([sys.executable, "-m", "irlens", "serve"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.responses: queue.Queue[dict[str, Any]] = queue.Queue()
        self.answered: dict[int, dict[str, Any]] = {}
        self._next_id = 0
        self._write_lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {},
                                    "initializationOptions": {"llvmBin": str(tools), "toolTimeoutS": 60,
                                                              "modelEnabled": False}})
        self.notify("initialized", {})

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        with self._write_lock:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any, *, wait_s: float | None = 30.0) -> dict[str, Any] | int:
        self._next_id += 1
        ident = self._next_id
        self.send({"id": ident, "method": method, "params": params})
        return ident if wait_s is None else self.response(ident, wait_s)

    def response(self, ident: int, wait_s: float) -> dict[str, Any]:
        deadline = time.monotonic() + wait_s
        while ident not in self.answered:
            try:
                message = self.responses.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no answer to request {ident} within {wait_s} s") from None
            self.answered[message["id"]] = message
        return self.answered[ident]

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:  # the server asks (progress, refresh): say yes
                self.send({"id": message["id"], "result": None})
            elif "id" in message:
                self.responses.put(message)


@pytest.fixture
def hung_server(tmp_path: Path) -> Any:
    marker = uuid.uuid4().hex
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    server = StdioServer(tools, marker)
    uri = (tmp_path / "sizes.ll").as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "llvm", "version": 1,
                                                            "text": SIZES}})
    # The -Oz baseline runs opt, which hangs, with the child it forked.
    wait_until(lambda: sum(b"sleep" in cmd for cmd in marked_processes(marker).values()) >= 2, 30,
               "the hanging tool and its child started")
    yield server, marker, uri
    if server.process.poll() is None:
        server.process.kill()
    server.process.wait(10)


def test_shutdown_during_work_answers_and_exit_leaves_nothing(hung_server: Any) -> None:
    server, marker, uri = hung_server
    optimize = {"command": "irlens.optimizeFunction", "arguments": [uri, "main"]}
    in_flight = server.request("workspace/executeCommand", optimize, wait_s=None)
    time.sleep(0.3)  # the command is waiting on the hung search
    started = time.monotonic()
    answer = server.request("shutdown", None, wait_s=10)
    assert "error" not in answer, answer
    assert answer["result"] is None
    assert isinstance(in_flight, int)
    server.response(in_flight, wait_s=10)  # answered (cancelled or a reason), not left hanging
    server.notify("exit", None)
    assert server.process.wait(10) == 0
    assert wait_until(lambda: not marked_processes(marker), 5, "every tool gone") is True
    assert time.monotonic() - started < 12


def test_sigterm_kills_the_tools(hung_server: Any) -> None:
    server, marker, _ = hung_server
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(5) == 128 + signal.SIGTERM
    wait_until(lambda: not marked_processes(marker), 5, "every tool gone after SIGTERM")


def test_sigkill_of_the_server_still_kills_the_tools(hung_server: Any) -> None:
    server, marker, _ = hung_server
    assert len(marked_processes(marker)) >= 4  # server, guardian, the tool, its child
    server.process.kill()
    server.process.wait(5)
    wait_until(lambda: not marked_processes(marker), 5, "every tool gone after SIGKILL")
