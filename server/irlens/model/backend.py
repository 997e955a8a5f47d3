"""What the model service needs from a backend (in-process llama.cpp or a remote server)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal, Protocol

from irlens.model.prompts import PromptFormat

StopReason = Literal["eos", "stop", "max_tokens", "timeout", "cancelled"]

# Fewer free context tokens than this after the prompt leave no room for an answer.
MIN_ANSWER_TOKENS = 16


class BackendError(Exception):
    """The backend could not run a request (server down, model failed); the message says why."""


class ContextOverflow(BackendError):
    """The prompt (one function) does not fit the model's context window."""

    def __init__(self, prompt_tokens: int, n_ctx: int) -> None:
        super().__init__(
            f"the prompt needs {prompt_tokens} tokens but the model's context holds {n_ctx}"
            f" (with at least {MIN_ANSWER_TOKENS} left for the answer): the function is too large"
        )
        self.prompt_tokens = prompt_tokens
        self.n_ctx = n_ctx


@dataclass(frozen=True)
class Generation:
    text: str
    prompt_tokens: int
    generated_tokens: int
    first_token_s: float  # prompt processing + first token (0 when none came)
    total_s: float
    stop_reason: StopReason
    prompt_tokens_exact: bool = True  # False when a remote server gave no count and it was estimated


@dataclass(frozen=True)
class SamplingOptions:
    """temperature 0 is greedy (how the FTD models are meant to be run); > 0 samples with `seed`."""

    temperature: float = 0.0
    seed: int | None = None


GREEDY = SamplingOptions()


class Backend(Protocol):
    name: str  # what is loaded/served: file name or server model id
    prompt_format: PromptFormat
    n_ctx: int

    def describe(self) -> str:
        """One line for status bars and `irlens model info`."""
        ...

    def count_tokens(self, prompt: str) -> int:
        """Prompt tokens including BOS (estimated when a remote server cannot count)."""
        ...

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
        """Complete `prompt` until EOS, one of the `stop` strings (cut off, not included),
        `max_tokens`, `timeout_s` or `cancel`; raises ContextOverflow when the prompt does not fit
        and BackendError when the backend fails."""
        ...

    def close(self) -> None: ...


def answer_budget(prompt_tokens: int, n_ctx: int, max_tokens: int) -> int:
    """Tokens left for the answer, or ContextOverflow when the prompt leaves too few."""
    room = n_ctx - prompt_tokens
    if room < MIN_ANSWER_TOKENS:
        raise ContextOverflow(prompt_tokens, n_ctx)
    return min(max_tokens, room)


def cut_at_stop(text: str, stop: tuple[str, ...]) -> tuple[str, bool]:
    """`text` up to the first stop string, and whether one was found."""
    cuts = [i for i in (text.find(s) for s in stop if s) if i >= 0]
    return (text[: min(cuts)], True) if cuts else (text, False)
