"""The in-process llama.cpp backend on a real tiny GGUF (written by the test with the gguf writer)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from irlens.model.backend import BackendError, ContextOverflow, SamplingOptions
from irlens.model.llama_backend import LlamaBackend
from irlens.model.prompts import flag_tuning_prompt
from model_fixtures import write_tiny_gguf

IR = "define i32 @f(i32 %0) {\n  %2 = add i32 %0, 1\n  ret i32 %2\n}\n"


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> LlamaBackend:
    path = write_tiny_gguf(tmp_path_factory.mktemp("gguf") / "irlens-tiny-test.gguf", context_length=1024)
    loaded = LlamaBackend(path, prompt_format="irlens", n_ctx=1024, n_threads=1)
    yield loaded  # type: ignore[misc]
    loaded.close()


def test_loads_and_generates_greedily(backend: LlamaBackend) -> None:
    assert backend.n_ctx == 1024
    prompt = flag_tuning_prompt(IR)
    first = backend.generate(prompt, max_tokens=24, timeout_s=60)
    again = backend.generate(prompt, max_tokens=24, timeout_s=60)
    assert first.generated_tokens > 0
    assert first.prompt_tokens == backend.count_tokens(prompt) > len("[INST]")
    assert first.text == again.text  # temperature 0 is deterministic
    assert first.stop_reason in ("eos", "max_tokens")
    assert first.generated_tokens <= 24
    assert 0 < first.first_token_s <= first.total_s


def test_any_text_tokenizes_through_byte_fallback(backend: LlamaBackend) -> None:
    # characters outside the vocabulary's pieces become <0xNN> byte tokens, one per UTF-8 byte
    assert backend.count_tokens("é") == 1 + 2
    assert backend.count_tokens("</s>") == 1 + 4  # control-token text stays text


def test_sampling_with_seeds(backend: LlamaBackend) -> None:
    prompt = flag_tuning_prompt(IR)
    a = backend.generate(prompt, max_tokens=16, timeout_s=60, sampling=SamplingOptions(1.5, seed=1))
    b = backend.generate(prompt, max_tokens=16, timeout_s=60, sampling=SamplingOptions(1.5, seed=1))
    assert a.text == b.text


def test_prompt_too_large_for_the_context(backend: LlamaBackend) -> None:
    with pytest.raises(ContextOverflow, match="too large"):
        backend.generate(flag_tuning_prompt(IR * 60), max_tokens=16, timeout_s=60)


def test_generation_is_bounded_by_max_tokens_and_stop(backend: LlamaBackend) -> None:
    prompt = flag_tuning_prompt(IR)
    unbounded = backend.generate(prompt, max_tokens=64, timeout_s=60)
    bounded = backend.generate(prompt, max_tokens=5, timeout_s=60)
    assert bounded.generated_tokens <= 5
    if unbounded.generated_tokens > 5:
        assert bounded.stop_reason == "max_tokens"
    if len(unbounded.text) > 3:
        stop = unbounded.text[2:4]
        stopped = backend.generate(prompt, max_tokens=64, timeout_s=60, stop=(stop,))
        assert stopped.stop_reason == "stop"
        assert stop not in stopped.text and unbounded.text.startswith(stopped.text)


def test_cancel_and_timeout(backend: LlamaBackend) -> None:
    prompt = flag_tuning_prompt(IR)
    cancel = threading.Event()
    cancel.set()
    cancelled = backend.generate(prompt, max_tokens=500, timeout_s=60, cancel=cancel)
    assert cancelled.stop_reason == "cancelled" and cancelled.generated_tokens == 0
    timed_out = backend.generate(prompt, max_tokens=800, timeout_s=0.0)
    assert timed_out.stop_reason == "timeout"
    # cancel from another thread mid-generation
    cancel = threading.Event()
    threading.Timer(0.05, cancel.set).start()
    started = time.monotonic()
    result = backend.generate(flag_tuning_prompt(IR * 4), max_tokens=900, timeout_s=60, cancel=cancel)
    assert result.stop_reason in ("cancelled", "eos")
    assert time.monotonic() - started < 30
    # the backend still works after an interruption
    assert backend.generate(prompt, max_tokens=8, timeout_s=60).generated_tokens > 0


def test_a_broken_file_is_a_backend_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.gguf"
    path.write_bytes(write_tiny_gguf(tmp_path / "ok.gguf").read_bytes()[:5000])
    with pytest.raises(BackendError, match="could not load"):
        LlamaBackend(path, prompt_format="irlens", n_ctx=256)


def test_scoring_reads_the_last_position_and_reuses_a_cached_prompt(backend: LlamaBackend) -> None:
    prompt, other = flag_tuning_prompt(IR), flag_tuning_prompt(IR.replace("add", "sub"))
    ids = [backend.single_token(text) for text in ("a", "d", "i")]
    assert None not in ids and backend.single_token("ad") is None
    tokens = [token for token in ids if token is not None]
    fresh = backend.score_tokens(prompt, tokens, timeout_s=60)
    assert fresh != backend.score_tokens(other, tokens, timeout_s=60)  # the prompt decides the logits
    backend.generate(prompt, max_tokens=8, timeout_s=60)  # leaves the prompt (and its answer) cached
    assert backend.score_tokens(prompt, tokens, timeout_s=60) == pytest.approx(fresh, abs=1e-3)
    assert backend.score_tokens(prompt, tokens, timeout_s=60) == pytest.approx(fresh, abs=1e-3)
    cancelled = threading.Event()
    cancelled.set()
    with pytest.raises(BackendError, match="cancelled"):
        backend.score_tokens(other, tokens, timeout_s=60, cancel=cancelled)
    assert backend.score_tokens(prompt, tokens, timeout_s=60) == pytest.approx(fresh, abs=1e-3)
