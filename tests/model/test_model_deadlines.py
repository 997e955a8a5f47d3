"""Deadlines on everything outside the process: a model path that is a FIFO, a llama.cpp load that
never ends, a remote server that drips its answers. Each ends in a sentence that says which deadline
expired, within that deadline plus 2 s, and a model already in service stays in service."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from faults.drip_server import drip_server
from irlens.config import Settings
from irlens.model import llama_backend
from irlens.model.prompts import Task
from irlens.model.remote_backend import RemoteBackend, ServerDown
from irlens.model.service import ModelService
from model_fixtures import wait_for_status, write_tiny_gguf

SLACK_S = 2.0


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             service_factory: Callable[[Settings], ModelService]) -> Callable[[Settings], ModelService]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # an empty user models directory
    return service_factory


class SlowLoads:
    """llama.cpp loads that do not finish until released, once enabled (a load cannot be made slow on
    demand); the only mock here."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self._monkeypatch = monkeypatch

    def enable(self) -> None:
        release = self.release
        real = llama_backend.LlamaBackend

        class SlowLoad(real):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                release.wait(30)
                super().__init__(*args, **kwargs)

        self._monkeypatch.setattr(llama_backend, "LlamaBackend", SlowLoad)


@pytest.fixture
def slow_loads(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowLoads]:
    loads = SlowLoads(monkeypatch)
    yield loads
    loads.release.set()


def test_a_fifo_model_path_is_refused_at_once(tmp_path: Path,
                                              services: Callable[[Settings], ModelService]) -> None:
    fifo = tmp_path / "model.gguf"
    os.mkfifo(fifo)
    started = time.monotonic()
    service = services(Settings(model_path=str(fifo)))
    status = wait_for_status(service, lambda s: s.state != "loading", SLACK_S + 1)
    assert status.state == "error"
    assert "not a regular file (a FIFO)" in status.detail
    assert time.monotonic() - started < SLACK_S + 1


def test_model_info_on_a_fifo_answers_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "model.gguf"
    os.mkfifo(fifo)
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "irlens", "model", "info", str(fifo)], capture_output=True,
                         text=True, timeout=30, check=False)
    assert run.returncode == 1
    assert run.stderr.strip() == (f"irlens model info: {fifo}: not a regular file (a FIFO); "
                                  "a model is a .gguf file")
    assert time.monotonic() - started < 10  # the interpreter's start included


def test_a_load_past_its_deadline_is_reported(tmp_path: Path, slow_loads: SlowLoads,
                                              services: Callable[[Settings], ModelService]) -> None:
    slow_loads.enable()
    model = write_tiny_gguf(tmp_path / "tiny.gguf", context_length=1024)
    started = time.monotonic()
    service = services(Settings(model_path=str(model), n_ctx=1024, model_load_timeout_s=1.0))
    status = wait_for_status(service, lambda s: s.state == "error", 1.0 + SLACK_S)
    assert status.detail == "loading tiny.gguf did not finish within the load deadline (1 s, setting " \
                            "modelLoadTimeoutS)"
    assert time.monotonic() - started < 1.0 + SLACK_S


def test_the_model_in_service_stays_when_a_new_one_does_not_load_in_time(
        tmp_path: Path, slow_loads: SlowLoads, services: Callable[[Settings], ModelService]) -> None:
    models = tmp_path / "models"
    models.mkdir()
    write_tiny_gguf(models / "a.gguf", seed=1, context_length=1024)
    service = services(Settings(models_dir=str(models), n_ctx=1024, n_threads=1, model_load_timeout_s=1.0))
    wait_for_status(service, lambda s: s.state == "ready", 60)
    # A newer model whose load never ends: past the deadline, a.gguf still serves.
    slow_loads.enable()
    write_tiny_gguf(models / "c.gguf", seed=3, context_length=1024)
    status = wait_for_status(service, lambda s: "c.gguf" in s.detail and "deadline" in s.detail, 10)
    assert status.state == "ready" and status.name == "a.gguf"
    assert "load deadline (1 s, setting modelLoadTimeoutS); still serving a.gguf" in status.detail
    assert service.generate_raw(Task.FLAG_TUNING, "; x") is not None  # a.gguf answers


def test_a_dripping_server_ends_connecting_within_the_deadline(
        services: Callable[[Settings], ModelService]) -> None:
    with drip_server(interval_s=2.0) as url:
        started = time.monotonic()
        with pytest.raises(ServerDown) as caught:
            RemoteBackend(url, connect_timeout_s=1.5)
        assert str(caught.value) == (f"server {url} did not answer within the connect deadline (1.5 s, "
                                     "setting remoteConnectTimeoutS)")
        assert time.monotonic() - started < 1.5 + SLACK_S

        started = time.monotonic()
        service = services(Settings(remote_url=url, remote_connect_timeout_s=1.5))
        status = wait_for_status(service, lambda s: s.state == "error", 1.5 + SLACK_S)
        assert "connect deadline (1.5 s, setting remoteConnectTimeoutS)" in status.detail
        assert time.monotonic() - started < 1.5 + SLACK_S


def test_a_dripping_answer_ends_at_the_read_deadline() -> None:
    fast = {"/v1/models": {"data": [{"id": "irlens-drip"}]}, "/props": {}}
    with drip_server(interval_s=2.0, fast=fast) as url:
        backend = RemoteBackend(url, connect_timeout_s=5, read_timeout_s=1.0)
        started = time.monotonic()
        with pytest.raises(ServerDown, match=r"no complete answer within the read deadline \(1 s, setting "
                                             r"remoteReadTimeoutS\)"):
            backend._request_json("POST", "/tokenize", {"content": "x"})
        assert time.monotonic() - started < 1.0 + SLACK_S
        # A completion: token counting within the read deadline, the whole within the caller's timeout.
        started = time.monotonic()
        generation = backend.generate("; x", max_tokens=8, timeout_s=2.5)
        assert generation.stop_reason == "timeout"
        assert time.monotonic() - started < 2.5 + SLACK_S
