"""$/progress (work done progress), when the client supports it: one for each long command (optimize, lift)
and one per document while its -Oz baselines are measured."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from lsprotocol import types

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer

_T = TypeVar("_T")


def supports_progress(ls: IrlensServer) -> bool:
    try:
        window = ls.client_capabilities.window
        return bool(window and window.work_done_progress)
    except Exception:
        return False


class CommandProgress:
    """$/progress for one long command."""

    def __init__(self, ls: IrlensServer, title: str) -> None:
        self.ls = ls
        self.title = title
        self.token = f"irlens-{uuid.uuid4().hex[:12]}"
        self.enabled = supports_progress(ls)
        self.loop = asyncio.get_running_loop()

    async def begin(self) -> None:
        if not self.enabled:
            return
        try:
            await self.ls.work_done_progress.create_async(self.token)
        except Exception:
            self.enabled = False
            return
        self.ls.work_done_progress.begin(
            self.token, types.WorkDoneProgressBegin(title=self.title, cancellable=False)
        )

    def report_threadsafe(self, message: str) -> None:
        if self.enabled:
            self.loop.call_soon_threadsafe(
                self.ls.work_done_progress.report, self.token, types.WorkDoneProgressReport(message=message)
            )

    def end(self, message: str) -> None:
        if self.enabled:
            self.ls.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))

    async def run(self, work: Callable[[threading.Event, Callable[[str], None]], _T]) -> _T:
        """`work(cancel, report)` off the event loop with this progress begun; a $/cancelRequest sets
        `cancel`, ends the progress and propagates."""
        cancel = threading.Event()
        await self.begin()
        try:
            return await self.ls.threads.run_long(work, cancel, self.report_threadsafe)
        except asyncio.CancelledError:
            cancel.set()
            self.end("cancelled")
            raise


class MeasureProgress:
    """"irlens: measuring -Oz baselines", per document, from the engine's progress events (on the loop)."""

    def __init__(self, ls: IrlensServer) -> None:
        self.ls = ls
        self._tokens: dict[str, str] = {}  # by URI
        self._counter = 0

    def report(self, uri: str, done: int, total: int) -> None:
        if not supports_progress(self.ls) or total == 0:
            return
        progress = self.ls.work_done_progress
        token = self._tokens.get(uri)
        if token is None:
            if done >= total:
                return
            self._counter += 1
            token = f"irlens-measure-{self._counter}"
            self._tokens[uri] = token
            progress.create(token)
            progress.begin(
                token,
                types.WorkDoneProgressBegin(
                    title="irlens: measuring -Oz baselines",
                    cancellable=False,
                    message=f"{done}/{total} functions",
                    percentage=int(100 * done / total),
                ),
            )
            return
        if done >= total:
            del self._tokens[uri]
            progress.end(token, types.WorkDoneProgressEnd(message=f"{total} functions measured"))
        else:
            progress.report(
                token,
                types.WorkDoneProgressReport(
                    message=f"{done}/{total} functions", percentage=int(100 * done / total)
                ),
            )
