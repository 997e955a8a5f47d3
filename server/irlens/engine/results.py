"""The results cache: what the compiler found out, by content hash, bounded by bytes (least recently
used goes first; setting `cacheMb`).

Keys say what a result depends on (toolchain, baseline, the function's text, the module's text outside
function bodies), so a result is reused by any version and document with the same content, and an
edit to one function keeps every other function's results. Sizes are estimates of what an entry holds
(mostly the text of optimized modules and verified edits), not exact Python object sizes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from irlens.engine.facts import Suggestion
    from irlens.model.answers import SizePrediction

ENTRY_OVERHEAD_BYTES = 200  # a key, a small object and the table's slot


@dataclass(frozen=True)
class FunctionResults:
    """Results for one function's content (survive edits elsewhere in the module). Never changed: a
    job that finds out more stores a new one (`Session.update_results`)."""

    oz_bytes: int | None = None
    oz_error: str | None = None
    suggestion: Suggestion | None = None
    suggestion_done: bool = False
    suggestion_error: str | None = None
    prediction: SizePrediction | None = None
    prediction_problem: str | None = None
    prediction_done: bool = False
    proposals: tuple[str, ...] | None = None  # the model's validated pipelines, once asked

    def size_bytes(self) -> int:
        size = ENTRY_OVERHEAD_BYTES + sum(len(p) for p in self.proposals or [])
        if self.suggestion is not None:
            size += len(self.suggestion.optimized_module_text) + len(self.suggestion.pipeline)
        return size


class ResultsCache:
    """A byte-bounded LRU map (thread-safe). An entry larger than the whole budget is not kept."""

    def __init__(self, budget_bytes: int) -> None:
        self._lock = threading.Lock()
        self._entries: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._budget = budget_bytes
        self._used = 0

    @property
    def used_bytes(self) -> int:
        return self._used

    @property
    def budget_bytes(self) -> int:
        return self._budget

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._entries

    def get(self, key: Any) -> Any | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key: Any, value: Any, size_bytes: int) -> None:
        """Store (or re-size, after the value grew) an entry as the most recently used one."""
        with self._lock:
            self._put(key, value, size_bytes)

    def _put(self, key: Any, value: Any, size_bytes: int) -> None:
        size = max(1, size_bytes)
        previous = self._entries.pop(key, None)
        if previous is not None:
            self._used -= previous[1]
        if size > self._budget:
            return
        self._entries[key] = (value, size)
        self._used += size
        self._evict()

    def resize(self, budget_bytes: int) -> None:
        with self._lock:
            self._budget = budget_bytes
            self._evict()

    def _evict(self) -> None:
        while self._used > self._budget and self._entries:
            _, (_, size) = self._entries.popitem(last=False)
            self._used -= size
