"""`irlens.sizeReport`: the HTML size report (as `irlens report` writes it) of the open .ll/.s documents,
as the editor has them, or of the paths/URIs given, else of the workspace folders (never the filesystem
root or the home folder as a whole); the client shows it in a webview and asks again when the server
says sizes changed (`irlens/sizesChanged`). With the compileCommands setting off (the VS Code client's
untrusted workspaces) no compile_commands.json entry is compiled."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from irlens.engine.workspace import Engine
from irlens.lsp.commands import COMMAND_SIZE_REPORT
from irlens.lsp.server import IrlensServer  # at run time: pygls resolves annotations
from irlens.report.fanout import ResultCache, default_cache_dir
from irlens.report.html import render_html
from irlens.report.report import ModuleKind, RunOptions, build_report, report_totals


def register(server: IrlensServer) -> None:
    @server.command(COMMAND_SIZE_REPORT)
    async def size_report(ls: IrlensServer, *args: Any) -> dict[str, Any]:
        paths = [_path_of(str(arg)) for arg in _flatten(args)]
        if not paths:
            await ls.documents_settled()  # the edits sent before this request are in the report
        texts = [] if paths else _open_documents(ls.engine)
        if not paths and not texts:
            paths = [Path(unquote(urlparse(folder.uri).path)) for folder in
                     (ls.workspace.folders or {}).values()]
        too_broad = [path for path in paths if _too_broad(path)]
        options = RunOptions(compile_commands=ls.settings.compile_commands, workers=1,
                             cache=ResultCache(default_cache_dir()), progress=False, log=lambda message: None,
                             max_input_mb=ls.settings.max_input_mb)
        report = await ls.threads.run_long(build_report, [p for p in paths if p not in too_broad],
                                         ls.engine.toolchain, options, texts)
        report["problems"][:0] = [{"path": str(path), "problem": "not searched: a report walks every file "
                                   "of a folder, and this is the filesystem root or your whole home folder"}
                                  for path in too_broad]
        totals = report_totals(report)
        html = await ls.threads.run_long(render_html, report)
        return {"html": html, "modules": len(report["modules"]), "functions": totals["functions"]}


def _too_broad(path: Path) -> bool:
    """The filesystem root or the home folder itself: an editor opened there (or a client's bad
    argument) must not make a report read every file below it."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return False
    return resolved == Path(resolved.anchor) or resolved == Path.home().resolve()


def _flatten(args: tuple[Any, ...]) -> list[Any]:
    flat: list[Any] = []
    for arg in args:
        flat.extend(arg if isinstance(arg, list) else [arg])
    return [arg for arg in flat if arg]


def _path_of(value: str) -> Path:
    return Path(unquote(urlparse(value).path)) if value.startswith("file:") else Path(value)


def _open_documents(engine: Engine) -> list[tuple[str, str, ModuleKind]]:
    """The documents the editor synchronizes (the client's selector: .ll and .s) as the engine has them,
    unsaved edits included."""
    return [(_path_of(document.uri).as_posix(), document.text, "asm" if document.language == "asm" else "ir")
            for document in engine.snapshots()]
