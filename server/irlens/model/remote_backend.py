"""A remote OpenAI-compatible completions server: llama.cpp's `llama-server`, llama-cpp-python's
server (`python -m llama_cpp.server`) or vLLM, so one GPU box can serve a 13B model to a team.

Only the standard library speaks HTTP here, so the language server needs no HTTP client package.
Requests run on a helper thread, so that cancel and the wall-time limit return to the caller at
once; an abandoned request finishes on the server (bounded by max_tokens) rather than being hung
up on, which wedges llama-cpp-python's server. (No streaming: that server streams at a few tokens/s.)
Connection failures and 502/503/504 (a server still loading its model) are retried with backoff;
then the backend reports the server as down in one line. Every exchange has a deadline, not just a
socket timeout (a server that drips its answer a byte at a time never trips one): connecting
(/v1/models and /props together) within `connect_timeout_s`, each later reply other than a completion
(token counts) within `read_timeout_s`, a completion within the caller's `timeout_s`; the message says
which deadline expired.

Prompt format under "auto": the model id from `/v1/models` containing "llm-compiler" (any case,
also "llm_compiler") means LLM Compiler; containing "irlens" means irlens' own format (serve with
`--alias irlens-tiny` or a file named irlens-*.gguf). Anything else is refused; pass --format.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import queue
import re
import socket
import threading
import time
import urllib.parse
from typing import Any

from irlens.model.backend import (
    GREEDY,
    BackendError,
    ContextOverflow,
    Generation,
    SamplingOptions,
    StopReason,
    answer_budget,
)
from irlens.model.gguf_info import UnknownModelFormat
from irlens.model.prompts import PROMPT_FORMATS, PromptFormat

_LLM_COMPILER = re.compile(r"llm[-_ ]?compiler", re.IGNORECASE)
_IRLENS = re.compile(r"irlens", re.IGNORECASE)
_RETRY_STATUS = {502, 503, 504}
# "Requested tokens (5000) exceed context window of 4096" (llama-cpp-python), "...context..." others
_CONTEXT_ERROR = re.compile(r"context", re.IGNORECASE)
_CHARS_PER_TOKEN_ESTIMATE = 3.0
# How long an abandoned (cancelled, timed out) request may still run before its connection closes.
ABANDONED_WAIT_S = 300.0


class ServerDown(BackendError):
    pass


def format_from_model_id(model_id: str) -> PromptFormat | None:
    if _LLM_COMPILER.search(model_id):
        return "llm-compiler"
    if _IRLENS.search(model_id):
        return "irlens"
    return None


class RemoteBackend:
    def __init__(
        self,
        url: str,
        *,
        requested_format: str = "auto",
        n_ctx: int = 16384,
        connect_timeout_s: float = 10.0,
        read_timeout_s: float = 120.0,
        retries: int = 2,
    ) -> None:
        """Connect (GET /v1/models) and pick the model and its format. Raises ServerDown when the
        server cannot be reached or does not answer within `connect_timeout_s`, UnknownModelFormat
        when "auto" cannot tell the format."""
        parsed = urllib.parse.urlsplit(url if "://" in url else f"http://{url}")
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise BackendError(f"remote URL {url!r} is not an http(s) URL")
        self.url = url
        self._scheme = parsed.scheme
        self._host = parsed.hostname
        self._port = parsed.port
        self._prefix = parsed.path.rstrip("/").removesuffix("/v1")
        self._connect_timeout_s = connect_timeout_s
        self._read_timeout_s = read_timeout_s
        self._retries = retries
        self._tokenize_route: str | None = None  # discovered on first count_tokens
        connect_deadline = time.monotonic() + connect_timeout_s
        models = self.list_models(deadline=connect_deadline)
        if not models:
            raise BackendError(f"{url}: the server lists no model")
        self.name = models[0]
        if requested_format in PROMPT_FORMATS:
            self.prompt_format: PromptFormat = requested_format
        else:
            detected = format_from_model_id(self.name)
            if detected is None:
                raise UnknownModelFormat(
                    f"remote model {self.name!r}: unknown prompt format (its id names neither llm-compiler"
                    " nor irlens); pass --format llm-compiler|irlens if you know it"
                )
            self.prompt_format = detected
        self.n_ctx = self._server_context(connect_deadline) or n_ctx

    def describe(self) -> str:
        return f"{self.name} (remote {self.url}, context {self.n_ctx})"

    # ---- HTTP ----

    def _connection(self, timeout_s: float) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        return cls(self._host, self._port, timeout=timeout_s)

    def _request_json(self, method: str, route: str, body: Any = None, *, phase: str = "read",
                      deadline: float | None = None, retries: int | None = None) -> tuple[int, Any]:
        """One JSON request with retries on connection errors and 502/503/504, all of it before
        `deadline` (default: the read deadline from now); `phase` ("connect" or "read") names the
        deadline in the message when it expires."""
        if deadline is None:
            deadline = time.monotonic() + self._read_timeout_s
        payload = None if body is None else json.dumps(body).encode()
        last_error = ""
        for attempt in range((self._retries if retries is None else retries) + 1):
            if attempt:
                pause = 0.5 * 2 ** (attempt - 1)
                if time.monotonic() + pause >= deadline:
                    break
                time.sleep(pause)
            try:
                status, raw = self._exchange(method, route, payload, deadline)
            except _DeadlineExpired:
                raise ServerDown(self._expired(phase)) from None
            except (OSError, http.client.HTTPException) as exc:
                last_error = _one_line(exc)
                continue
            if status in _RETRY_STATUS:
                last_error = f"HTTP {status}"
                continue
            try:
                return status, json.loads(raw or b"null")
            except ValueError:
                return status, raw.decode("utf-8", errors="replace")
        if time.monotonic() >= deadline:
            raise ServerDown(self._expired(phase))
        raise ServerDown(f"server {self.url} is down or unreachable ({last_error})")

    def _expired(self, phase: str) -> str:
        if phase == "connect":
            return (f"server {self.url} did not answer within the connect deadline "
                    f"({self._connect_timeout_s:g} s, setting remoteConnectTimeoutS)")
        return (f"server {self.url} sent no complete answer within the read deadline "
                f"({self._read_timeout_s:g} s, setting remoteReadTimeoutS)")

    def _exchange(self, method: str, route: str, payload: bytes | None, deadline: float) -> tuple[int, bytes]:
        """Status and body of one request, or _DeadlineExpired. It runs on a helper thread; at the
        deadline its socket is shut down, which ends that thread too."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _DeadlineExpired()
        conn = self._connection(remaining)
        replies: queue.Queue[tuple[str, Any]] = queue.Queue(1)

        def exchange() -> None:
            try:
                headers = {"Content-Type": "application/json"} if payload is not None else {}
                conn.request(method, self._prefix + route, body=payload, headers=headers)
                response = conn.getresponse()
                replies.put(("reply", (response.status, response.read())))
            except Exception as exc:
                replies.put(("error", exc))

        threading.Thread(target=exchange, name="irlens-remote-exchange", daemon=True).start()
        try:
            kind, value = replies.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            with contextlib.suppress(OSError):
                if conn.sock is not None:
                    conn.sock.shutdown(socket.SHUT_RDWR)
            raise _DeadlineExpired() from None
        finally:
            conn.close()
        if kind == "error":
            raise value
        status, raw = value
        return int(status), bytes(raw)

    def list_models(self, deadline: float) -> list[str]:
        status, data = self._request_json("GET", "/v1/models", phase="connect", deadline=deadline)
        if status != 200 or not isinstance(data, dict) or not isinstance(data.get("data"), list):
            raise BackendError(f"{self.url}/v1/models answered HTTP {status}: not OpenAI-compatible")
        return [str(m["id"]) for m in data["data"] if isinstance(m, dict) and "id" in m]

    def _server_context(self, deadline: float) -> int | None:
        """The context size the server runs with, where it tells (llama-server's /props)."""
        try:
            status, data = self._request_json("GET", "/props", phase="connect", deadline=deadline)
        except BackendError:
            return None
        if status == 200 and isinstance(data, dict):
            n_ctx = (data.get("default_generation_settings") or {}).get("n_ctx")
            if isinstance(n_ctx, int) and n_ctx > 0:
                return n_ctx
        return None

    # ---- tokens ----

    def count_tokens(self, prompt: str) -> int:
        count = self._remote_count(prompt, time.monotonic() + self._read_timeout_s)
        return count if count is not None else self._estimate(prompt)

    def _estimate(self, prompt: str) -> int:
        return int(len(prompt) / _CHARS_PER_TOKEN_ESTIMATE) + 1

    def _remote_count(self, prompt: str, deadline: float) -> int | None:
        # (route, body, extra BOS): llama-cpp-python counts with BOS; llama-server and vLLM without
        routes = [
            ("/extras/tokenize/count", {"input": prompt, "model": self.name}, 0),
            ("/tokenize", {"content": prompt, "prompt": prompt, "model": self.name}, 1),
        ]
        if self._tokenize_route is not None:
            routes = [r for r in routes if r[0] == self._tokenize_route]
        for route, body, extra in routes:
            try:
                status, data = self._request_json("POST", route, body, deadline=deadline, retries=0)
            except BackendError:
                return None
            if status != 200 or not isinstance(data, dict):
                continue
            if isinstance(data.get("count"), int):
                self._tokenize_route = route
                return int(data["count"]) + extra
            if isinstance(data.get("tokens"), list):
                self._tokenize_route = route
                return len(data["tokens"]) + extra
        return None

    # ---- generation ----

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
        start = time.monotonic()
        counted = self._remote_count(prompt, start + min(self._read_timeout_s, timeout_s))
        prompt_tokens = counted if counted is not None else self._estimate(prompt)
        budget = answer_budget(prompt_tokens, self.n_ctx, max_tokens) if counted is not None else max_tokens
        body: dict[str, Any] = {
            "model": self.name,
            "prompt": prompt,
            "max_tokens": budget,
            "temperature": sampling.temperature,
            "stream": False,
        }
        if sampling.seed is not None:
            body["seed"] = sampling.seed
        if stop:
            body["stop"] = list(stop)
        deadline = start + timeout_s
        last_error = ""
        for attempt in range(self._retries + 1):
            if attempt:
                time.sleep(0.5 * 2 ** (attempt - 1))
            if cancel is not None and cancel.is_set():
                return Generation("", prompt_tokens, 0, 0.0, time.monotonic() - start, "cancelled",
                                  counted is not None)
            try:
                return self._complete(body, start, deadline, cancel, prompt_tokens, counted is not None)
            except _Retry as exc:
                last_error = str(exc)
        raise ServerDown(f"server {self.url} is down or unreachable ({last_error})")

    def _complete(
        self,
        body: dict[str, Any],
        start: float,
        deadline: float,
        cancel: threading.Event | None,
        prompt_tokens: int,
        prompt_tokens_exact: bool,
    ) -> Generation:
        """POST the request on a reader thread and wait here, so that cancel and the deadline return
        at once. An abandoned request is left to finish on the server (bounded by `max_tokens`) and
        closed by the reader: not streaming, because llama-cpp-python's server streams at a few
        tokens/s, and not hanging up, because that wedges it for tens of seconds."""
        replies: queue.Queue[tuple[str, Any]] = queue.Queue()
        payload = json.dumps(body).encode()

        def post() -> None:
            conn = self._connection(max(1.0, deadline - time.monotonic()) + ABANDONED_WAIT_S)
            try:
                conn.request("POST", self._prefix + "/v1/completions", body=payload,
                             headers={"Content-Type": "application/json"})
                response = conn.getresponse()
                replies.put(("reply", (response.status, response.read())))
            except (OSError, http.client.HTTPException) as exc:
                replies.put(("error", exc))
            finally:
                conn.close()

        threading.Thread(target=post, name="irlens-remote-request", daemon=True).start()
        while True:
            if cancel is not None and cancel.is_set():
                return Generation("", prompt_tokens, 0, 0.0, time.monotonic() - start, "cancelled",
                                  prompt_tokens_exact)
            if time.monotonic() > deadline:
                return Generation("", prompt_tokens, 0, 0.0, time.monotonic() - start, "timeout",
                                  prompt_tokens_exact)
            try:
                kind, value = replies.get(timeout=0.05)
                break
            except queue.Empty:
                continue
        if kind == "error":
            raise _Retry(_one_line(value))
        status, raw = value
        detail = raw.decode("utf-8", errors="replace")
        if status in _RETRY_STATUS:
            raise _Retry(f"HTTP {status}")
        if status == 400 and _CONTEXT_ERROR.search(detail):
            raise ContextOverflow(prompt_tokens, self.n_ctx)
        if status != 200:
            raise BackendError(f"{self.url}: HTTP {status}: {_one_line(detail)}")
        try:
            reply = json.loads(detail)
            choice = reply["choices"][0]
            text = str(choice.get("text") or "")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            raise BackendError(f"{self.url}: not a completions answer: {_one_line(detail)}") from exc
        elapsed = time.monotonic() - start
        usage = reply.get("usage") if isinstance(reply.get("usage"), dict) else {}
        if isinstance(usage.get("prompt_tokens"), int):
            prompt_tokens, prompt_tokens_exact = usage["prompt_tokens"], True
        generated = usage.get("completion_tokens")
        timings = reply.get("timings") if isinstance(reply.get("timings"), dict) else {}
        prompt_ms = timings.get("prompt_ms")  # llama-server reports its prompt processing time
        first_token_s = float(prompt_ms) / 1000 if isinstance(prompt_ms, (int, float)) else 0.0
        finish = choice.get("finish_reason")
        reason: StopReason = "max_tokens" if finish == "length" else ("stop" if body.get("stop") else "eos")
        return Generation(text, prompt_tokens, generated if isinstance(generated, int) else 0, first_token_s,
                          elapsed, reason, prompt_tokens_exact)

    def close(self) -> None:
        """Nothing is held between requests."""


class _DeadlineExpired(Exception):
    """An exchange with the server ran past its deadline."""


class _Retry(Exception):
    """A failure before any answer arrived: worth another attempt."""


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:300]
