"""The thread pool: a small priority job queue on a few worker threads (the policy of what runs when
is the scheduler's, `irlens.engine.scheduler`).

Compiler work (llc, opt, llvm-extract) is slow and blocking; the language server must keep answering
while it runs. Jobs carry a priority (an edited function's bytes, diagnostics, measuring, -Oz baselines,
suggestions; what the user just asked for jumps the queue) and a cancel event shared by every job of
one document version, so that an edit cancels the work queued for the text it replaces.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from irlens.toolchain.runner import cancelled_when

log = logging.getLogger(__name__)

# Lower runs first: a job's kind, then (for per-function work) visible before not, then larger first.
Priority = tuple[int, ...]
PRIORITY_URGENT: Priority = (0,)  # a request is waiting for it
PRIORITY_FUNCTION_MEASURE: Priority = (5,)  # an edited function's bytes (a small compile)
PRIORITY_DIAGNOSTICS: Priority = (10,)
PRIORITY_MEASURE: Priority = (20,)
PRIORITY_BASELINE: Priority = (30,)
PRIORITY_PREDICTION: Priority = (35,)
PRIORITY_SUGGESTION: Priority = (40,)
PRIORITY_IDLE: Priority = (50,)  # the whole-module measure after an edit


def function_priority(kind: Priority, *, visible: bool, size: int) -> Priority:
    """The priority of one function's work of `kind`: visible functions first, then by size."""
    return (*kind, 0 if visible else 1, -size)


@dataclass(order=True)
class _Entry:
    priority: Priority
    sequence: int
    job: Job = field(compare=False)


@dataclass(eq=False)
class Job:
    key: str  # identifies the work, e.g. "oz:<uri>:<function hash>"; a queued duplicate is not added
    run: Callable[[], None]
    cancel: threading.Event
    priority: Priority
    claimed: bool = False  # a worker has taken it (re-queued entries of it are skipped)
    finished: threading.Event = field(default_factory=threading.Event)


class JobQueue:
    def __init__(self, workers: int = 2) -> None:
        self._queue: queue.PriorityQueue[_Entry] = queue.PriorityQueue()
        self._sequence = itertools.count()
        self._lock = threading.Lock()
        self._pending: dict[str, Job] = {}  # queued or running, by key
        self._stopped = threading.Event()
        self._threads = [
            threading.Thread(target=self._work, name=f"irlens-worker-{i}", daemon=True)
            for i in range(max(1, workers))
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, key: str, run: Callable[[], None], *, cancel: threading.Event,
               priority: Priority) -> Job:
        """Queue `run` unless a job with the same key is already queued or running (then that one is
        returned, moved up if the new priority is more urgent)."""
        with self._lock:
            existing = self._pending.get(key)
            if existing is not None and not existing.cancel.is_set():
                if priority < existing.priority:
                    existing.priority = priority
                    self._queue.put(_Entry(priority, next(self._sequence), existing))
                return existing
            job = Job(key, run, cancel, priority)
            self._pending[key] = job
            self._queue.put(_Entry(priority, next(self._sequence), job))
            return job

    def drop_cancelled(self) -> int:
        """Forget the queued jobs whose cancel event is set (a replaced document version): they would
        never run, but would keep that version's text and index alive until a worker reached them."""
        with self._lock, self._queue.mutex:
            kept = [entry for entry in self._queue.queue if not entry.job.cancel.is_set()]
            dropped = len(self._queue.queue) - len(kept)
            if dropped:
                heapq.heapify(kept)
                self._queue.queue[:] = kept
                for key, job in list(self._pending.items()):
                    if job.cancel.is_set() and not job.claimed:
                        del self._pending[key]  # never `finished`: its waiters see the version change
            return dropped

    def _work(self) -> None:
        while not self._stopped.is_set():
            try:
                # a call, so that the job (and the document version its closure holds) is not kept
                # alive by this loop's variables while the worker waits for the next one
                self._run(self._queue.get(timeout=0.5).job)
            except queue.Empty:
                continue

    def _run(self, job: Job) -> None:
        with self._lock:
            if job.claimed:  # a re-queued entry of a job that already ran
                return
            job.claimed = True
        try:
            if not job.cancel.is_set():
                with cancelled_when(job.cancel):  # its tools stop when its version is replaced
                    job.run()
        except Exception:  # a job must never take a worker down
            log.exception("job %s failed", job.key)
        finally:
            with self._lock:
                if self._pending.get(job.key) is job:
                    del self._pending[job.key]
            job.finished.set()

    def shutdown(self, wait_s: float = 0.0) -> bool:
        """No job starts any more; with `wait_s`, wait that long in all for the workers to finish the
        job they are running. True when every worker has stopped."""
        self._stopped.set()
        deadline = time.monotonic() + wait_s
        others = [thread for thread in self._threads if thread is not threading.current_thread()]
        for thread in others:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in others)
