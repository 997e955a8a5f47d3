"""Run one function over many modules: on all local cores, or spread over a Ray cluster, resumably.

- Results are cached on disk as they land (one JSON file per key), so an interrupted run continues
  where it stopped: the caller's key names the module digest, the settings and the tool versions.
- Local: a process pool sized to the cores (one module per task), with a tqdm bar on stderr.
- Ray (`ray_address`): the Ray driver runs in a child process, because Ray ends its driver process
  when the cluster goes away; the parent keeps every result the child sent, says that the cluster
  was lost and finishes the remaining modules on the local pool.

`func` must be a module-level function (it is pickled by reference) returning JSON-able data, and the
cluster's nodes need irlens and the LLVM tools installed, as the machine running the command does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import queue
import socket
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from tqdm import tqdm

from irlens.output_files import write_atomically
from irlens.toolchain.measure import default_jobs

RAY_WAIT_S = 1.0  # how often the parent checks that the Ray driver is still alive
# Ray's driver waits this long (default 60 s) for a lost cluster before giving up on it.
RAY_RECONNECT_TIMEOUT_S = "10"
RAY_SHUTDOWN_WAIT_S = 15.0


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "irlens" / "results"


def cache_key(*parts: Any) -> str:
    """A stable digest of JSON-able parts (module digest, settings, tool versions)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class ResultCache:
    """Results by key, one file each, written atomically; an unreadable entry is a miss (and so is one
    that run_many's `usable` refuses: valid JSON is not necessarily a result)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def put(self, key: str, value: Any) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, json.dumps(value).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written costs time on the next run, nothing else


def run_many(func: Callable[[Any], Any], items: Sequence[Any], *, keys: Sequence[str] | None = None,
             cache: ResultCache | None = None, workers: int | None = None, ray_address: str | None = None,
             desc: str = "modules", progress: bool = True,
             log: Callable[[str], None] | None = None,
             on_result: Callable[[int, Any], None] | None = None,
             usable: Callable[[int, Any], bool] | None = None) -> list[Any]:
    """func(item) for every item, in item order. `workers=1` runs in this process (no pool).
    `on_result(index, result)` is called as each result lands (e.g. to append it to a file).
    `usable(index, cached)` says whether a cached result of item `index` can be used (its shape, what
    it refers to); one that cannot is computed again and its cache entry replaced."""
    say = log or (lambda message: print(f"irlens: {message}", file=sys.stderr))
    results: list[Any] = [None] * len(items)
    pending: list[int] = []
    for index in range(len(items)):
        cached = cache.get(keys[index]) if cache is not None and keys is not None else None
        if cached is not None and usable is not None and not usable(index, cached):
            cached = None
        if cached is None:
            pending.append(index)
        else:
            results[index] = cached
    if cache is not None and len(pending) < len(items):
        say(f"{len(items) - len(pending)} of {len(items)} {desc} from the results cache ({cache.directory})")
    bar = tqdm(total=len(items), initial=len(items) - len(pending), desc=desc, unit="module",
               file=sys.stderr, disable=not progress, leave=False)

    def landed(index: int, value: Any) -> None:
        results[index] = value
        if cache is not None and keys is not None:
            cache.put(keys[index], value)
        if on_result is not None:
            on_result(index, value)
        bar.update(1)

    try:
        if pending and ray_address:
            done = _run_on_ray(func, items, pending, ray_address, landed, say)
            pending = [index for index in pending if index not in done]
            if pending:
                say(f"finishing the remaining {len(pending)} {desc} locally")
        if pending:
            _run_locally(func, items, pending, workers, landed)
    finally:
        bar.close()
    return results


def _run_locally(func: Callable[[Any], Any], items: Sequence[Any], pending: list[int], workers: int | None,
                 landed: Callable[[int, Any], None]) -> None:
    count = min(workers or default_jobs(), len(pending))
    if count <= 1:
        for index in pending:
            landed(index, func(items[index]))
        return
    # spawn, not fork: the caller may have threads (tqdm's monitor, a language server's workers).
    pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = {pool.submit(func, items[index]): index for index in pending}
        for future in as_completed(futures):
            landed(futures[future], future.result())
    finally:
        # On an interrupt, the modules not started yet are dropped (what landed is in the cache).
        pool.shutdown(wait=True, cancel_futures=True)


def _run_on_ray(func: Callable[[Any], Any], items: Sequence[Any], pending: list[int], address: str,
                landed: Callable[[int, Any], None], say: Callable[[str], None]) -> set[int]:
    """The indices whose results came back from the cluster (all of them, unless it went away)."""
    unreachable = _unreachable(address)
    if unreachable:
        say(f"Ray cluster {address}: cannot be reached ({unreachable}); 0 of {len(pending)} modules came "
            "back from it")
        return set()
    context = multiprocessing.get_context("spawn")
    messages: Any = context.Queue()
    driver = context.Process(target=_ray_driver, name="irlens-ray-driver", daemon=True,
                             args=(func, [(index, items[index]) for index in pending], address, messages))
    driver.start()
    done: set[int] = set()
    problem = ""
    try:
        while len(done) < len(pending):
            try:
                message = messages.get(timeout=RAY_WAIT_S)
            except queue.Empty:
                if not driver.is_alive():
                    problem = f"the Ray driver ended (exit code {driver.exitcode})"
                    break
                continue
            if message[0] == "result":
                _kind, index, value = message
                done.add(index)
                landed(index, value)
            elif message[0] == "info":
                say(message[1])
            else:  # ("error", text)
                problem = message[1]
                break
    finally:
        if not problem:  # it disconnects from the cluster and exits by itself
            driver.join(timeout=RAY_SHUTDOWN_WAIT_S)
        if driver.is_alive():
            driver.terminate()
            driver.join(timeout=5)
    if problem:
        say(f"Ray cluster {address}: {problem}; {len(done)} of {len(pending)} modules came back from it")
    return done


def _unreachable(address: str) -> str:
    """Why HOST:PORT does not accept connections ('' when it does, or for addresses like 'auto'),
    so that a wrong address costs a second, not Ray's connection retries."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        return ""
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as error:
        return error.strerror or str(error)
    return ""


def _ray_driver(func: Callable[[Any], Any], work: list[tuple[int, Any]], address: str, messages: Any) -> None:
    """In a child process: submit every item as a Ray task and send each result back as it lands.
    Ray's own logging goes to /dev/null: what matters reaches the parent through `messages`."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.environ.setdefault("RAY_gcs_rpc_server_reconnect_timeout_s", RAY_RECONNECT_TIMEOUT_S)
    try:
        import ray

        ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False, configure_logging=False)
        resources = ray.cluster_resources()
        messages.put(("info", f"Ray cluster {address}: {int(resources.get('CPU', 0))} CPUs, "
                              f"{len(ray.nodes())} node(s)"))
        remote = ray.remote(num_cpus=1, max_retries=0)(func)
        by_ref = {remote.remote(item): index for index, item in work}
        waiting = list(by_ref)
        while waiting:
            ready, waiting = ray.wait(waiting, num_returns=1)
            for ref in ready:
                messages.put(("result", by_ref[ref], ray.get(ref)))
        ray.shutdown()
    except BaseException as error:  # any Ray failure ends the cluster part of the run; the parent goes on
        messages.put(("error", f"{type(error).__name__}: {error}".splitlines()[0][:300]))
