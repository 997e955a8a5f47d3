"""ModelService on real files: discovery, hot reload (new, half-written, replaced), cache, failures."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from irlens.config import Settings
from irlens.model.prompts import Task, disassembly_prompt
from irlens.model.service import ModelService
from model_fixtures import wait_for_status, write_tiny_gguf

ASM = "f:\n\tleal\t1(%rdi), %eax\n\tretq\n"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # an empty user models directory
    models = tmp_path / "models"
    models.mkdir()
    return Settings(models_dir=str(models), n_ctx=1024, n_threads=1, model_max_tokens=24, model_timeout_s=30)


def test_hot_reload_new_half_written_and_replaced_files(
    settings: Settings, service_factory: Callable[[Settings], ModelService]
) -> None:
    models = Path(settings.models_dir or "")
    write_tiny_gguf(models / "a.gguf", seed=1, context_length=1024)
    service = service_factory(settings)
    ready = wait_for_status(service, lambda s: s.state == "ready" and s.name == "a.gguf")
    assert ready.prompt_format == "irlens" and ready.info is not None

    # a newer file that is still being copied: an error detail, and a.gguf stays in service
    whole = write_tiny_gguf(models.parent / "b-staging.gguf", seed=2, context_length=1024).read_bytes()
    half = models / "b.gguf"
    half.write_bytes(whole[: len(whole) // 2])
    status = wait_for_status(service, lambda s: "truncated" in s.detail)
    assert status.state == "ready" and status.name == "a.gguf"
    assert service.generate_raw(Task.DISASSEMBLY, disassembly_prompt(ASM)) is not None

    # the copy completes: b.gguf is loaded without a restart
    half.write_bytes(whole)
    status = wait_for_status(service, lambda s: s.state == "ready" and s.name == "b.gguf")
    assert status.info is not None
    b_params = status.info.parameter_count

    # replaced in place (atomic rename) by a different model: reloaded
    staged = write_tiny_gguf(models.parent / "c-staging.gguf", seed=3, dim=32, context_length=1024)
    os.replace(staged, half)
    status = wait_for_status(service, lambda s: s.info is not None and s.info.parameter_count != b_params)
    assert status.state == "ready" and status.name == "b.gguf"


def test_answers_are_cached_in_memory_and_on_disk(
    settings: Settings, service_factory: Callable[[Settings], ModelService], tmp_path: Path
) -> None:
    write_tiny_gguf(Path(settings.models_dir or "") / "a.gguf", seed=1, context_length=1024)
    service = service_factory(settings)
    wait_for_status(service, lambda s: s.state == "ready")
    prompt = disassembly_prompt(ASM)
    cancelled = threading.Event()
    cancelled.set()
    assert service._ask(Task.DISASSEMBLY, prompt, cancelled) is None  # nothing cached: cancel wins
    answer = service._ask(Task.DISASSEMBLY, prompt, None)
    assert answer is not None
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1
    assert service._ask(Task.DISASSEMBLY, prompt, cancelled) == answer  # from memory
    fresh = service_factory(settings)  # a new process would read the disk cache the same way
    wait_for_status(fresh, lambda s: s.state == "ready")
    assert fresh._ask(Task.DISASSEMBLY, prompt, cancelled) == answer


def test_requests_never_raise(
    settings: Settings, service_factory: Callable[[Settings], ModelService]
) -> None:
    write_tiny_gguf(Path(settings.models_dir or "") / "a.gguf", seed=1, context_length=1024)
    service = service_factory(settings)
    wait_for_status(service, lambda s: s.state == "ready")
    assert service.lift(ASM * 200) is None
    assert "too large" in service.last_problem()
    # the tiny model writes garbage: no usable answer, no exception
    assert service.lift(ASM) is None
    assert service.last_problem().startswith("no usable answer")
    assert isinstance(service.propose_pipelines("define void @f() {\n  ret void\n}\n", k=2), list)
    sizes = service.predict_sizes("define void @f() {\n  ret void\n}\n")
    assert sizes is None or sizes.ir_instructions is not None or sizes.binary_bytes is not None


def test_unknown_and_missing_models(
    settings: Settings, service_factory: Callable[[Settings], ModelService], tmp_path: Path
) -> None:
    unknown = write_tiny_gguf(tmp_path / "mystery.gguf", name="some-chat-model", prompt_format=None)
    settings.model_path = str(unknown)
    service = service_factory(settings)
    status = wait_for_status(service, lambda s: s.state != "loading")
    assert status.state == "error" and "unknown prompt format" in status.detail
    assert service.propose_pipelines("x", k=3) == []
    assert "error" in service.last_problem()

    disabled = ModelService(Settings(model_enabled=False))
    disabled.start()
    assert disabled.status().state == "disabled"
    assert disabled.lift(ASM) is None
