"""Part of the fault corpus (issue 21): position encodings. A client that offers
`general.positionEncodings: [X]` gets X (utf-8, utf-16 or utf-32) and every position it sends or
receives counts X's code units: ranged edits of lines with é, 😀 and CJK text over real stdio, then
what the server answers from its own copy of the text (the optimize action's WorkspaceEdit carries the
whole copy, diagnostics, references, document symbols, semantic tokens) is compared with the client's
copy, column by column in X. Positions inside a character (a UTF-8 sequence, a surrogate pair) are
that character's start; past the end of a line, its end. Each case is bounded by CASE_S.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from conftest import line_of
from polling import wait_for
from raw_lsp import RawClient, raw_session
from unicode_document import OPTIMIZE_LINE, TEXT, without_sum_array

CASE_S = 90.0  # one server: open, two batches of edits, a suggestion search of one small function (~5 s)
CODECS = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}


def _units(text: str, encoding: str) -> int:
    """Code units of `text` in a position encoding, by Python's codecs (not the server's code)."""
    codec, width = CODECS[encoding]
    return len(text.encode(codec)) // width


class ClientCopy:
    """The client's text and the ranged edits it sends, in one encoding's units."""

    def __init__(self, text: str, encoding: str) -> None:
        self.lines = text.split("\n")
        self.encoding = encoding

    def column(self, line: int, before: str) -> int:
        """The column just after the first `before` on `line`."""
        text = self.lines[line]
        return _units(text[:text.index(before) + len(before)], self.encoding)

    def replace(self, line: int, old: str, new: str) -> dict[str, Any]:
        """Replace the first `old` on `line` by `new`: here, and as the change to send."""
        text = self.lines[line]
        at = text.index(old)
        start, end = _units(text[:at], self.encoding), _units(text[:at + len(old)], self.encoding)
        self.lines[line] = text[:at] + new + text[at + len(old):]
        return _change(line, start, line, end, new)


def _change(start_line: int, start: int, end_line: int, end: int, text: str) -> dict[str, Any]:
    return {"range": {"start": {"line": start_line, "character": start},
                      "end": {"line": end_line, "character": end}}, "text": text}


def _send(client: RawClient, uri: str, version: int, changes: list[dict[str, Any]]) -> None:
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                             "contentChanges": changes})


async def _diagnostics_of(client: RawClient, uri: str, version: int,
                          timeout_s: float) -> list[dict[str, Any]]:
    def published() -> list[dict[str, Any]] | None:
        for message in reversed(client.notifications):
            params = message.get("params") or {}
            if message["method"] == "textDocument/publishDiagnostics" and params.get("uri") == uri \
                    and params.get("version") == version:
                return list(params["diagnostics"])
        return None
    found = await wait_for(published, timeout_s, f"diagnostics for version {version}",
                           until=lambda found: found is not None)
    assert found is not None
    return found


async def _result(client: RawClient, method: str, params: dict[str, Any]) -> Any:
    response, _ = await client.request(method, params, 30)
    assert "error" not in response, response
    return response["result"]


async def _optimize_edit(client: RawClient, uri: str, timeout_s: float) -> dict[str, Any]:
    """The optimize action's WorkspaceEdit, once the search has found a verified pipeline."""
    def edit_in(actions: list[dict[str, Any]] | None) -> dict[str, Any] | None:
        for action in actions or []:
            if action["title"].startswith("Optimize @sum_array") and "edit" in action:
                return dict(action["edit"])
        return None
    actions = await wait_for(lambda: _result(client, "textDocument/codeAction", {
        "textDocument": {"uri": uri}, "context": {"diagnostics": []},
        "range": {"start": {"line": OPTIMIZE_LINE, "character": 2},
                  "end": {"line": OPTIMIZE_LINE, "character": 2}}}),
        timeout_s, "the optimize action with its edit", until=edit_in, interval_s=0.3)
    edit = edit_in(actions)
    assert edit is not None
    return edit


def _absolute_tokens(data: list[int]) -> list[tuple[int, int, int]]:
    """(line, start, length) of each semantic token from LSP's relative encoding."""
    tokens, line, start = [], 0, 0
    for index in range(0, len(data), 5):
        delta_line, delta_start, length = data[index:index + 3]
        line += delta_line
        start = start + delta_start if delta_line == 0 else delta_start
        tokens.append((line, start, length))
    return tokens


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
async def test_every_position_counts_the_negotiated_encoding(tmp_path: Path, encoding: str) -> None:
    await asyncio.wait_for(_edits_and_answers(tmp_path, encoding), CASE_S)


async def _edits_and_answers(tmp_path: Path, encoding: str) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    offered = {"general": {"positionEncodings": [encoding]}}
    async with raw_session({"maxCandidates": 2}, env, offered) as client:
        assert client.initialize_result["capabilities"]["positionEncoding"] == encoding
        uri = client.open(tmp_path / "encodings.ll", TEXT)
        copy = ClientCopy(TEXT, encoding)
        assert await _diagnostics_of(client, uri, 1, 60) == []

        # The cases: a ranged delete and replace on the line with é, an insert after 😀.
        first = [copy.replace(0, "résumé ", ""), copy.replace(0, "DRAFT", "FINAL"),
                 copy.replace(1, "FINAL ", "FINAL really ")]
        _send(client, uri, 2, first)
        assert copy.lines[0] == "; … café: FINAL keep this exact text"
        # CJK; a constant after é and 😀 on a code line; the end of the last line.
        last = len(copy.lines) - 1
        second = [copy.replace(2, "注释", ""), copy.replace(line_of(TEXT, '%"é😀" = add'), ", 1 ;", ", 41 ;"),
                  copy.replace(last, "😀é", "😀é ✓")]
        emoji = copy.column(1, "; ")  # where 😀 starts
        if encoding == "utf-32":  # no position is inside a character: one past the line's end is its end
            second.append(_change(1, 999, 1, 999, "<"))
            copy.lines[1] += "<"
        else:  # inside 😀 (a UTF-8 sequence, a surrogate pair): at its start
            second.append(_change(1, emoji + 1, 1, emoji + 1, "<"))
            copy.lines[1] = copy.lines[1].replace("😀", "<😀")
        _send(client, uri, 3, second)
        assert await _diagnostics_of(client, uri, 3, 60) == []  # the server's copy is still valid IR

        # The WorkspaceEdit replaces the server's whole copy: every line but @sum_array's is the client's.
        edit = await _optimize_edit(client, uri, 60)
        (change,) = edit["documentChanges"]
        assert change["textDocument"]["version"] == 3
        (text_edit,) = change["edits"]
        assert text_edit["range"] == {"start": {"line": 0, "character": 0},
                                      "end": {"line": last, "character": _units(copy.lines[last], encoding)}}
        kept = without_sum_array(copy.lines)  # the optimized module may add an attribute group after it
        assert without_sum_array(text_edit["newText"].split("\n"))[:len(kept)] == kept
        assert copy.lines[0] == "; … café: FINAL keep this exact text" and copy.lines[-1] == "; fin 😀é ✓"
        function = copy.lines.index('define i32 @"naïve_中"(i32 %x) {')

        # References of %"é😀" asked for at its last use; each range is the name in the client's copy.
        use_line = function + 2
        use = copy.lines[use_line]
        at = _units(use[:use.rindex('%"é😀"') + 2], encoding)
        locations = await _result(client, "textDocument/references", {
            "textDocument": {"uri": uri}, "position": {"line": use_line, "character": at},
            "context": {"includeDeclaration": True}})
        found = [(location["range"]["start"], location["range"]["end"]) for location in locations]

        def position(line: int, before: str) -> dict[str, int]:
            return {"line": line, "character": _units(before, encoding)}

        name_start = [position(function + 1, "  %"), position(use_line, "  %y = mul i32 %"),
                      position(use_line, '  %y = mul i32 %"é😀", %')]  # the name after its sigil
        assert [start for start, _ in found] == name_start
        assert all(end["character"] - start["character"] == _units('"é😀"', encoding) for start, end in found)

        # Document symbols: the quoted global's name; semantic tokens: the comment lines.
        global_line = copy.lines.index('@"café😀" = global i32 7')
        symbols = await _result(client, "textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        global_symbol = next(symbol for symbol in symbols if symbol["name"] == '@"café😀"')
        assert global_symbol["selectionRange"] == {"start": position(global_line, "@"),
                                                   "end": position(global_line, '@"café😀"')}
        tokens = _absolute_tokens((await _result(client, "textDocument/semanticTokens/full", {
            "textDocument": {"uri": uri}}))["data"])
        assert {(line, 0, _units(copy.lines[line], encoding)) for line in (0, 1)} <= set(tokens)

        # An error after é and 😀 on its line: llvm-as's byte column, in the client's units.
        _send(client, uri, 4, [copy.replace(global_line, "i32 7", "i32 %bad")])
        (error,) = await _diagnostics_of(client, uri, 4, 60)
        assert error["range"]["start"] == position(global_line, '@"café😀" = global i32 ')
        assert error["range"]["end"] == position(global_line, '@"café😀" = global i32 %bad')
