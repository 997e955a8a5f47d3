"""The one polling helper of the tests: the server and the engine work in the background, so a test
asks again until what it waits for has happened, and fails after a deadline naming what it last saw.

`wait_until` sleeps the thread (tests that drive an Engine, a subprocess or a thread); `wait_for` sleeps
the event loop (LSP tests, whose client reads the server's messages meanwhile) and also takes a probe
that returns an awaitable, e.g. `lambda: hover_text(client, uri, line)`."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

T = TypeVar("T")

LAST_SEEN_CHARS = 2000  # enough of the last value to see why it never matched


def _timed_out(what: str, timeout_s: float, last: object) -> AssertionError:
    return AssertionError(f"{what}: not within {timeout_s} s; last seen: {str(last)[:LAST_SEEN_CHARS]}")


def wait_until(probe: Callable[[], T], timeout_s: float = 60.0, what: str = "condition", *,
               until: Callable[[T], Any] = bool, interval_s: float = 0.05) -> T:
    """Call probe() until until(value) is truthy (by default: the value is); returns that value."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if until(value):
            return value
        if time.monotonic() > deadline:
            raise _timed_out(what, timeout_s, value)
        time.sleep(interval_s)


async def wait_for(probe: Callable[[], T | Awaitable[T]], timeout_s: float = 60.0, what: str = "condition",
                   *, until: Callable[[T], Any] = bool, interval_s: float = 0.1) -> T:
    """wait_until on the event loop; a probe that returns an awaitable is awaited each time."""
    deadline = time.monotonic() + timeout_s
    while True:
        answer = probe()
        value: T = await answer if inspect.isawaitable(answer) else answer  # type: ignore[assignment]
        if until(value):
            return value
        if time.monotonic() > deadline:
            raise _timed_out(what, timeout_s, value)
        await asyncio.sleep(interval_s)
