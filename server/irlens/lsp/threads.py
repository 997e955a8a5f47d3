"""Which thread a handler's work runs on, so that the event loop keeps answering:

- readers (`off_loop`, READER_THREADS): language features that read the engine's state and can take more
  than ~20 ms on a large document (code lenses, symbols, references);
- updates (`update_documents`, one thread): opening, changing and closing documents and new settings, in
  arrival order (indexing a 10 MB module takes seconds). Readers wait for the opens, closes and settings
  sent before them; an edit they wait for briefly (READER_EDIT_WAIT_S), then answer from the previous
  snapshot until the new one is ready. Edits (code actions, commands) wait for every update;
- long work (`run_long`, asyncio's default executor): what may take seconds to minutes (a command waiting
  for a search or a lift, a verified edit, a size report, semantic tokens of a large document), so that it
  never holds up the readers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

# An edit inside one function is applied in ~20 ms even on a 12 MB module; readers wait that long
# for it, not for a full re-index.
READER_EDIT_WAIT_S = 0.05
READER_THREADS = 2


class HandlerThreads:
    def __init__(self) -> None:
        self._readers = ThreadPoolExecutor(READER_THREADS, thread_name_prefix="irlens-read")
        self._updates = ThreadPoolExecutor(1, thread_name_prefix="irlens-documents")
        self._last_update: asyncio.Future[None] | None = None
        self._last_structural_update: asyncio.Future[None] | None = None

    async def off_loop(self, function: Callable[..., T], *args: Any) -> T:
        """A reader's work on a reader thread (its snapshot taken first: IrlensServer.snapshot)."""
        return await asyncio.get_running_loop().run_in_executor(self._readers, function, *args)

    async def run_long(self, function: Callable[..., T], *args: Any) -> T:
        """Work that may take seconds to minutes, on the default executor (not the readers')."""
        return await asyncio.get_running_loop().run_in_executor(None, function, *args)

    async def documents_settled(self, *, edits: bool = True) -> None:
        """Waits until the document and settings updates received so far are applied (`edits` False:
        edits of open documents are waited for at most READER_EDIT_WAIT_S, then readers answer from
        the previous snapshot)."""
        structural = self._last_structural_update
        if structural is not None and not structural.done():
            await asyncio.wait([structural])
        pending = self._last_update
        if pending is not None and not pending.done():
            await asyncio.wait([pending], timeout=None if edits else READER_EDIT_WAIT_S)

    def update_documents(self, function: Callable[..., object], *args: Any, edit: bool = False) -> None:
        """Queues a document or settings update (on the event loop); a failure is logged, not raised."""

        def guarded() -> None:
            try:
                function(*args)
            except Exception:
                log.exception("document update failed")

        self._last_update = asyncio.get_running_loop().run_in_executor(self._updates, guarded)
        if not edit:
            self._last_structural_update = self._last_update

    def shutdown(self) -> None:
        self._readers.shutdown(wait=False, cancel_futures=True)
        self._updates.shutdown(wait=False, cancel_futures=True)
