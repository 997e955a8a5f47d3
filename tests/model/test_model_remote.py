"""The remote backend against a real OpenAI-compatible server on loopback: llama-cpp-python's
server (`python -m llama_cpp.server`) serving the tiny GGUF."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from irlens.config import Settings
from irlens.model.backend import ContextOverflow
from irlens.model.prompts import Task, flag_tuning_prompt
from irlens.model.remote_backend import RemoteBackend, ServerDown, format_from_model_id
from irlens.model.service import ModelService
from model_fixtures import write_tiny_gguf
from polling import wait_until

pytest.importorskip("llama_cpp.server.app", reason="needs llama-cpp-python[server] (fastapi, uvicorn, ...)")

IR = "define i32 @f(i32 %0) {\n  %2 = add i32 %0, 1\n  ret i32 %2\n}\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    model = write_tiny_gguf(tmp_path_factory.mktemp("remote") / "tiny.gguf", context_length=1024)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model),
         "--model_alias", "irlens-tiny-test",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "1024", "--n_threads", "1",
         "--verbose", "False"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"

    def answers() -> bool:
        try:
            with urllib.request.urlopen(url + "/v1/models", timeout=1) as response:
                json.load(response)
            return True
        except OSError:
            return False

    try:
        wait_until(lambda: process.poll() is not None or answers(), 60, "llama_cpp.server started",
                   interval_s=0.2)
        if process.poll() is not None:
            stderr = process.stderr.read().decode() if process.stderr else ""
            pytest.fail(f"llama_cpp.server did not start: {stderr[-2000:]}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_connects_detects_format_and_generates(server: str) -> None:
    backend = RemoteBackend(server)
    assert backend.name == "irlens-tiny-test"
    assert backend.prompt_format == "irlens"  # from the model id
    prompt = flag_tuning_prompt(IR)
    assert backend.count_tokens(prompt) > 10
    first = backend.generate(prompt, max_tokens=12, timeout_s=60)
    again = backend.generate(prompt, max_tokens=12, timeout_s=60)
    assert first.generated_tokens > 0 and first.text == again.text
    assert first.stop_reason in ("eos", "max_tokens")
    assert first.prompt_tokens_exact


def test_context_overflow_cancel_and_timeout(server: str) -> None:
    backend = RemoteBackend(server, n_ctx=1024)
    with pytest.raises(ContextOverflow):
        backend.generate(flag_tuning_prompt(IR * 60), max_tokens=16, timeout_s=60)
    cancel = threading.Event()
    cancel.set()
    cancelled = backend.generate(flag_tuning_prompt(IR), max_tokens=16, timeout_s=60, cancel=cancel)
    assert cancelled.stop_reason == "cancelled"
    result = backend.generate(flag_tuning_prompt(IR), max_tokens=900, timeout_s=0.3)
    assert result.stop_reason in ("timeout", "eos")
    assert backend.generate(flag_tuning_prompt(IR), max_tokens=4, timeout_s=60).generated_tokens > 0


def test_explicit_format_and_unknown_ids(server: str) -> None:
    assert RemoteBackend(server, requested_format="llm-compiler").prompt_format == "llm-compiler"


def test_format_from_model_ids() -> None:
    assert format_from_model_id("llm-compiler-13b-ftd.Q4_K_M.gguf") == "llm-compiler"
    assert format_from_model_id("/models/irlens-tiny.gguf") == "irlens"
    assert format_from_model_id("codellama-7b") is None  # RemoteBackend refuses it under "auto"


def test_server_down_is_a_clear_status() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(ServerDown, match="down or unreachable"):
        RemoteBackend(url, retries=1)
    assert time.monotonic() - started < 10
    service = ModelService(Settings(remote_url=url), watch=False)
    service.start()
    status = service.wait_until_settled(30)
    assert status.state == "error" and "down" in status.detail
    assert service.propose_pipelines(IR, k=2) == []
    service.stop()


def test_service_through_the_server(server: str, tmp_path: Path) -> None:
    service = ModelService(Settings(remote_url=server, model_max_tokens=16), cache_dir=tmp_path)
    service.start()
    status = service.wait_until_settled(30)
    assert status.state == "ready" and status.name == "irlens-tiny-test"
    assert service.generate_raw(Task.FLAG_TUNING, flag_tuning_prompt(IR)) is not None
    assert isinstance(service.propose_pipelines(IR, k=2), list)
    service.stop()
