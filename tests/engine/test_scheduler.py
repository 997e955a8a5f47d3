"""The scheduler by itself: priorities (kind, then visible, then size), cancellation, debounce."""

from __future__ import annotations

import threading
import time

from irlens.engine import jobs
from irlens.engine.scheduler import Scheduler
from polling import wait_until


def _blocked(scheduler: Scheduler) -> threading.Event:
    """Occupies the only worker until the returned event is set (so that what follows queues up)."""
    release = threading.Event()
    started = threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    scheduler.submit("hold", hold, cancel=threading.Event(), priority=jobs.PRIORITY_URGENT)
    assert started.wait(5)
    return release


def test_priorities_kind_then_visible_then_larger_first() -> None:
    scheduler = Scheduler(workers=1)
    release = _blocked(scheduler)
    order: list[str] = []
    cancel = threading.Event()

    def submit(name: str, priority: jobs.Priority) -> jobs.Job:
        return scheduler.submit(name, lambda: order.append(name), cancel=cancel, priority=priority)

    submit("suggest", jobs.PRIORITY_SUGGESTION)
    submit("small", jobs.function_priority(jobs.PRIORITY_BASELINE, visible=False, size=3))
    submit("large", jobs.function_priority(jobs.PRIORITY_BASELINE, visible=False, size=300))
    submit("visible-small", jobs.function_priority(jobs.PRIORITY_BASELINE, visible=True, size=1))
    last = submit("idle-measure", jobs.PRIORITY_IDLE)
    submit("diagnostics", jobs.PRIORITY_DIAGNOSTICS)
    release.set()
    assert last.finished.wait(5)
    wait_until(lambda: len(order) >= 6, 5, "all six jobs run", interval_s=0.01)
    scheduler.shutdown(2)
    assert order == ["diagnostics", "visible-small", "large", "small", "suggest", "idle-measure"]


def test_a_request_moves_a_queued_job_up_and_it_runs_once() -> None:
    scheduler = Scheduler(workers=1)
    release = _blocked(scheduler)
    runs: list[str] = []
    cancel = threading.Event()
    scheduler.submit("a", lambda: runs.append("a"), cancel=cancel, priority=jobs.PRIORITY_SUGGESTION)
    scheduler.submit("b", lambda: runs.append("b"), cancel=cancel, priority=jobs.PRIORITY_BASELINE)
    again = scheduler.submit("a", lambda: runs.append("a-again"), cancel=cancel,
                             priority=jobs.PRIORITY_URGENT)
    release.set()
    assert again.finished.wait(5)
    time.sleep(0.3)
    scheduler.shutdown(2)
    assert runs == ["a", "b"]  # moved before b, and the duplicate did not run a second time


def test_cancelled_jobs_never_start() -> None:
    scheduler = Scheduler(workers=1)
    release = _blocked(scheduler)
    ran: list[str] = []
    old_version, new_version = threading.Event(), threading.Event()
    stale = scheduler.submit("old", lambda: ran.append("old"), cancel=old_version,
                             priority=jobs.PRIORITY_MEASURE)
    fresh = scheduler.submit("new", lambda: ran.append("new"), cancel=new_version,
                             priority=jobs.PRIORITY_MEASURE)
    old_version.set()  # an edit replaced the version the first job was for
    release.set()
    assert stale.finished.wait(5) and fresh.finished.wait(5)
    scheduler.shutdown(2)
    assert ran == ["new"]


def test_a_running_job_sees_its_cancel_and_a_failing_job_keeps_the_worker() -> None:
    scheduler = Scheduler(workers=1)
    cancel = threading.Event()
    stopped = threading.Event()
    running = threading.Event()

    def long_running() -> None:
        running.set()
        while not cancel.wait(0.01):
            pass
        stopped.set()

    def failing() -> None:
        raise RuntimeError("a tool crashed")

    scheduler.submit("long", long_running, cancel=cancel, priority=jobs.PRIORITY_MEASURE)
    scheduler.submit("fails", failing, cancel=threading.Event(), priority=jobs.PRIORITY_MEASURE)
    after = scheduler.submit("after", lambda: None, cancel=threading.Event(), priority=jobs.PRIORITY_IDLE)
    assert running.wait(5)
    cancel.set()
    assert stopped.wait(5)
    assert after.finished.wait(5)
    assert scheduler.shutdown(2)


def test_debounce_runs_once_with_the_last_call() -> None:
    scheduler = Scheduler(workers=1)
    calls: list[int] = []
    done = threading.Event()
    for version in range(5):
        scheduler.debounce("doc", 0.15, lambda version=version: (calls.append(version), done.set()))
        time.sleep(0.02)
    assert done.wait(5)
    time.sleep(0.3)
    scheduler.cancel_debounce("doc")
    scheduler.debounce("doc", 0.2, lambda: calls.append(99))
    scheduler.cancel_debounce("doc")  # closing the document: the pending run never happens
    time.sleep(0.4)
    scheduler.shutdown(1)
    assert calls == [4]


def test_cancelled_jobs_are_forgotten_at_once() -> None:
    """A replaced version's queued jobs are dropped (with what they hold), not kept until a worker
    reaches them; the others stay queued."""
    scheduler = Scheduler(workers=1)
    release = _blocked(scheduler)
    old_version, new_version = threading.Event(), threading.Event()
    ran: list[str] = []
    stale = [scheduler.submit(f"old{n}", lambda: ran.append("old"), cancel=old_version,
                              priority=jobs.PRIORITY_BASELINE) for n in range(50)]
    fresh = scheduler.submit("new", lambda: ran.append("new"), cancel=new_version,
                             priority=jobs.PRIORITY_IDLE)
    old_version.set()
    scheduler.drop_cancelled()
    assert scheduler.compiler._queue.qsize() == 1 and not any(job.finished.is_set() for job in stale)
    release.set()
    assert fresh.finished.wait(5)
    scheduler.shutdown(2)
    assert ran == ["new"]
