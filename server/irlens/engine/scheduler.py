"""The scheduler: which background work runs when.

- Three queues: short compiler work the user waits to see (an edited function's bytes, diagnostics) on
  its own thread, so that it never waits behind a suggestion search of several seconds; the other
  compiler work (llc, opt, llvm-extract) on a few threads; model work (size predictions, pipeline
  proposals) on one, so that a generation that takes minutes never holds up diagnostics or measuring.
- Priorities (`irlens.engine.jobs`): what a request waits for, then an edited function's bytes,
  diagnostics, the module measurement, -Oz baselines, model work, suggestion searches, and the
  whole-module measure after an edit when nothing else waits; per-function work of one kind runs
  visible functions first, then the larger ones.
- Cancellation: every job of a document version shares that version's cancel event; a new version or
  closing the document sets it, so queued work for the old text never starts, the tools running for
  it are killed, and running work stops at its next check.
- Debounce: after an edit, the version's work starts only when no further edit came for `debounce_ms`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from irlens.engine import jobs


class Scheduler:
    def __init__(self, workers: int = 2) -> None:
        self.interactive = jobs.JobQueue(1)
        self.compiler = jobs.JobQueue(workers)
        self.model = jobs.JobQueue(1)  # the model serializes generations anyway
        self._lock = threading.Lock()
        self._timers: dict[str, threading.Timer] = {}

    def submit(self, key: str, run: Callable[[], None], *, cancel: threading.Event,
               priority: jobs.Priority) -> jobs.Job:
        return self.compiler.submit(key, run, cancel=cancel, priority=priority)

    def submit_interactive(self, key: str, run: Callable[[], None], *, cancel: threading.Event,
                           priority: jobs.Priority) -> jobs.Job:
        """Short work the user waits to see (seconds at most)."""
        return self.interactive.submit(key, run, cancel=cancel, priority=priority)

    def submit_model(self, key: str, run: Callable[[], None], *, cancel: threading.Event,
                     priority: jobs.Priority) -> jobs.Job:
        return self.model.submit(key, run, cancel=cancel, priority=priority)

    def drop_cancelled(self) -> None:
        """Forget queued jobs of versions that were replaced or closed (see JobQueue.drop_cancelled)."""
        for queue in (self.interactive, self.compiler, self.model):
            queue.drop_cancelled()

    def debounce(self, key: str, delay_s: float, run: Callable[[], None]) -> None:
        """Run `run` after `delay_s` unless `debounce` is called again for `key` before then."""
        timer = threading.Timer(max(0.0, delay_s), self._fire, args=(key, run))
        timer.daemon = True
        with self._lock:
            previous = self._timers.pop(key, None)
            self._timers[key] = timer
        if previous is not None:
            previous.cancel()
        timer.start()

    def _fire(self, key: str, run: Callable[[], None]) -> None:
        with self._lock:
            if self._timers.get(key) is threading.current_thread():
                del self._timers[key]
        run()

    def cancel_debounce(self, key: str) -> None:
        with self._lock:
            timer = self._timers.pop(key, None)
        if timer is not None:
            timer.cancel()

    def shutdown(self, wait_s: float = 0.0) -> bool:
        """No job starts any more; with `wait_s`, wait that long in all for the workers to finish their
        current job (True when every worker has stopped)."""
        with self._lock:
            timers = list(self._timers.values())
            self._timers.clear()
        for timer in timers:
            timer.cancel()
        deadline = time.monotonic() + wait_s
        stopped = self.compiler.shutdown(wait_s)
        stopped = self.interactive.shutdown(max(0.0, deadline - time.monotonic())) and stopped
        return self.model.shutdown(max(0.0, deadline - time.monotonic())) and stopped
