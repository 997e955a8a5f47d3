"""In-process llama.cpp through llama-cpp-python.

One `Llama` object per loaded model; it is not thread-safe, so every call takes `_lock`. Each
generation is an explicit token loop: greedy at temperature 0 (how the FTD models were evaluated),
stops at end-of-generation, `max_tokens`, wall time or `cancel`; a llama.cpp abort callback makes
cancel and the deadline also interrupt prompt processing, which for a large function on a 7B CPU
model can take a minute.

GPU offload: `n_gpu_layers=-1` offloads every layer when llama-cpp-python was built with a GPU
backend, e.g. `CMAKE_ARGS="-DGGML_CUDA=on" pip install llama-cpp-python` (CUDA),
`-DGGML_METAL=on` (Apple), `-DGGML_VULKAN=on` (Vulkan); on a CPU-only build it is ignored.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from irlens.model.backend import (
    GREEDY,
    BackendError,
    ContextOverflow,
    Generation,
    SamplingOptions,
    StopReason,
    answer_budget,
    cut_at_stop,
)
from irlens.model.prompts import PromptFormat


def gpu_offload_supported() -> bool:
    """True when the installed llama.cpp build has a GPU backend (CUDA, Metal, Vulkan, ...)."""
    try:
        import llama_cpp
    except ImportError:
        return False
    return bool(llama_cpp.llama_supports_gpu_offload())


class LlamaBackend:
    def __init__(
        self,
        model_path: str | os.PathLike[str],
        *,
        prompt_format: PromptFormat,
        n_ctx: int,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
    ) -> None:
        """Load the model (blocking; the service calls this on a background thread). n_ctx is capped
        by the caller at the model's training context. Raises BackendError when llama.cpp refuses."""
        try:
            import llama_cpp
        except ImportError as exc:
            raise BackendError(
                "llama-cpp-python is not installed (pip install llama-cpp-python); use --remote URL instead"
            ) from exc
        self._llama_cpp = llama_cpp
        self.path = Path(model_path)
        self.name = self.path.name
        self.prompt_format = prompt_format
        self.n_gpu_layers = n_gpu_layers
        self._lock = threading.Lock()
        try:
            self._llama = llama_cpp.Llama(
                model_path=str(self.path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_gpu_layers=n_gpu_layers,
                n_batch=min(512, n_ctx),
                verbose=False,
            )
        except Exception as exc:  # llama-cpp-python raises ValueError/RuntimeError on load failures
            raise BackendError(f"llama.cpp could not load {self.name}: {exc}") from exc
        self.n_ctx = int(self._llama.n_ctx())
        self.n_threads = int(self._llama.n_threads)
        # The abort callback reads this; set per generation, under the lock.
        self._should_abort: Callable[[], bool] = lambda: False
        self._abort_callback = llama_cpp.ggml_abort_callback(lambda _data: bool(self._should_abort()))
        llama_cpp.llama_set_abort_callback(self._llama._ctx.ctx, self._abort_callback, ctypes.c_void_p(0))

    def describe(self) -> str:
        device = f"GPU layers {self.n_gpu_layers}" if self.n_gpu_layers else "CPU"
        return f"{self.name} (llama.cpp in process, {device}, {self.n_threads} threads, context {self.n_ctx})"

    def tokenize(self, prompt: str) -> list[int]:
        # special=False: text such as "</s>" inside user code stays text, never a control token
        with self._lock:
            return list(self._llama.tokenize(prompt.encode("utf-8"), add_bos=True, special=False))

    def count_tokens(self, prompt: str) -> int:
        return len(self.tokenize(prompt))

    def single_token(self, text: str) -> int | None:
        """The id of `text` when llama.cpp tokenizes it (no BOS, special tokens recognised) as exactly
        one token of the vocabulary, else None: how a ranking model's rank tokens are checked."""
        with self._lock:
            ids = list(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))
        return ids[0] if len(ids) == 1 else None

    def score_tokens(self, prompt: str, token_ids: list[int], *, timeout_s: float,
                     cancel: threading.Event | None = None) -> list[float]:
        """One evaluation of `prompt` (with BOS): the logits of `token_ids` at its last position.
        Raises ContextOverflow when the prompt does not fit, BackendError when llama.cpp fails or the
        deadline or `cancel` interrupted it."""
        tokens = self.tokenize(prompt)
        if len(tokens) > self.n_ctx:
            raise ContextOverflow(len(tokens), self.n_ctx)
        deadline = time.monotonic() + timeout_s

        def interrupted() -> str | None:
            if cancel is not None and cancel.is_set():
                return "cancelled"
            if time.monotonic() > deadline:
                return f"the model ran past its deadline ({timeout_s:g} s)"
            return None

        with self._lock:
            llama = self._llama
            self._should_abort = lambda: interrupted() is not None
            try:
                # The KV cache may hold this prompt already (a flag-tuning answer to the same function):
                # keep the common prefix, and evaluate at least the last token for its logits.
                common = 0
                for cached, token in zip(llama._input_ids, tokens, strict=False):
                    if cached != token:
                        break
                    common += 1
                llama.n_tokens = min(common, len(tokens) - 1)
                llama.eval(tokens[llama.n_tokens:])
                row = self._llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1)
                return [float(row[token]) for token in token_ids]
            except Exception as exc:  # llama.cpp's decode fails when the abort callback fired
                llama.reset()
                raise BackendError(interrupted() or f"llama.cpp failed while scoring: {exc}") from exc
            finally:
                self._should_abort = lambda: False

    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int,
        timeout_s: float,
        cancel: threading.Event | None = None,
        sampling: SamplingOptions = GREEDY,
        stop: tuple[str, ...] = (),
    ) -> Generation:
        tokens = self.tokenize(prompt)
        budget = answer_budget(len(tokens), self.n_ctx, max_tokens)
        with self._lock:
            return self._generate_locked(tokens, budget, timeout_s, cancel, sampling, stop)

    def _generate_locked(
        self,
        tokens: list[int],
        budget: int,
        timeout_s: float,
        cancel: threading.Event | None,
        sampling: SamplingOptions,
        stop_strings: tuple[str, ...],
    ) -> Generation:
        llama = self._llama
        vocab = llama._model.vocab
        start = time.monotonic()
        deadline = start + timeout_s

        def interrupted() -> StopReason | None:
            if cancel is not None and cancel.is_set():
                return "cancelled"
            if time.monotonic() > deadline:
                return "timeout"
            return None

        self._should_abort = lambda: interrupted() is not None
        if sampling.seed is not None:
            llama.set_seed(sampling.seed)
        output: list[int] = []
        text_so_far = b""
        first_token_s = 0.0
        reason: StopReason = "max_tokens"
        aborted = False
        try:
            stop = interrupted()
            if stop is not None:
                reason = stop
            else:
                for token in llama.generate(tokens, temp=sampling.temperature, top_k=40, top_p=0.95,
                                            min_p=0.05, repeat_penalty=1.0):
                    if not output:
                        first_token_s = time.monotonic() - start
                    if self._llama_cpp.llama_vocab_is_eog(vocab, token):
                        reason = "eos"
                        break
                    output.append(token)
                    if stop_strings:
                        text_so_far += llama.detokenize([token])
                        if cut_at_stop(text_so_far.decode("utf-8", errors="replace"), stop_strings)[1]:
                            reason = "stop"
                            break
                    if len(output) >= budget:
                        break
                    stop = interrupted()
                    if stop is not None:
                        reason = stop
                        break
        except Exception as exc:  # llama.cpp's decode fails when the abort callback fired
            stop = interrupted()
            if stop is None:
                llama.reset()
                raise BackendError(f"llama.cpp failed while generating: {exc}") from exc
            reason, aborted = stop, True
        finally:
            self._should_abort = lambda: False
        if aborted:
            llama.reset()  # the KV cache is half-written; the next call evaluates from scratch
        text, _ = cut_at_stop(llama.detokenize(output).decode("utf-8", errors="replace"), stop_strings)
        return Generation(
            text=text,
            prompt_tokens=len(tokens),
            generated_tokens=len(output),
            first_token_s=first_token_s,
            total_s=time.monotonic() - start,
            stop_reason=reason,
        )

    def close(self) -> None:
        with self._lock:
            llama: Any = self.__dict__.pop("_llama", None)
            if llama is not None:
                llama.close()
