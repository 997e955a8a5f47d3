"""The answer cache: model answers by (model digest, task, generation options, input digest), the most
recent in memory and all on disk under ~/.cache/irlens/answers (or $XDG_CACHE_HOME/irlens/answers, or the
service's `cache_dir`), one JSON file per key. A read-only or broken cache only costs speed."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from irlens.model.backend import SamplingOptions
from irlens.model.prompts import Task

log = logging.getLogger("irlens.model")

MEMORY_CACHE_ENTRIES = 512


def default_cache_dir() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "irlens" / "answers"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def generation_key(model_digest: str, task: Task, prompt: str, sampling: SamplingOptions,
                   stop: tuple[str, ...], max_tokens: int) -> str:
    """The key of a generated answer: what the text depends on."""
    parts = [model_digest, task.value, f"t={sampling.temperature}", f"seed={sampling.seed}",
             f"stop={stop!r}", f"max={max_tokens}", _digest(prompt)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def ranking_key(model_digest: str, coreset_digest: str, prompt: str) -> str:
    """The key of a ranking model's scores of a coreset for one prompt."""
    parts = [model_digest, Task.PIPELINE_RANKING.value, coreset_digest, _digest(prompt)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class AnswerCache:
    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._memory: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def _file(self, key: str) -> Path:
        return self._directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The entry (a dict with a "text") stored under key, or None."""
        entry = self._memory.get(key)
        if entry is not None:
            self._memory.move_to_end(key)
            return entry
        try:
            entry = json.loads(self._file(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            return None
        self._remember(key, entry)
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        self._remember(key, entry)
        path = self._file(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(entry), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:  # a read-only cache only costs speed
            log.debug("answer cache not written: %s", exc)

    def _remember(self, key: str, entry: dict[str, Any]) -> None:
        self._memory[key] = entry
        self._memory.move_to_end(key)
        while len(self._memory) > MEMORY_CACHE_ENTRIES:
            self._memory.popitem(last=False)
