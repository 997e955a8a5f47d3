"""Settings that bound the background suggestion search (large modules): `backgroundSuggestions` off
searches nothing until asked; `maxBackgroundFunctions` N searches the N largest functions only; a
change through workspace/didChangeConfiguration applies to the open documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types

from conftest import EXAMPLES, code_actions, function_facts, hover_text, lsp_session, open_document
from irlens.ir.index import parse_ir
from polling import wait_for

SIZES = (EXAMPLES / "sizes.ll").read_text()
FUNCTIONS = sorted(parse_ir(SIZES).defined_functions, key=lambda f: -f.instruction_count)


async def all_facts(client: Any, uri: str) -> dict[str, dict[str, Any]]:
    return {f.name: await function_facts(client, uri, f.name) or {} for f in FUNCTIONS}


def searched(facts: dict[str, Any]) -> bool:
    return facts.get("suggestion") is not None or (
        not facts.get("suggestion_deferred") and "verified suggestion" not in facts.get("pending", []))


async def until(client: Any, uri: str, done: Any, timeout_s: float = 240) -> dict[str, dict[str, Any]]:
    return await wait_for(lambda: all_facts(client, uri), timeout_s, "the facts", until=done, interval_s=0.5)


async def test_background_search_off_then_capped_to_the_largest(tmp_path: Path) -> None:
    assert FUNCTIONS[1].instruction_count > FUNCTIONS[2].instruction_count  # a clear top two
    async with lsp_session({"backgroundSuggestions": False}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        facts = await until(client, uri, lambda facts: all(f.get("oz_bytes") for f in facts.values()))
        assert all(f["suggestion_deferred"] and f["suggestion"] is None for f in facts.values()), facts
        smallest = FUNCTIONS[-1]
        hover = await hover_text(client, uri, smallest.define_line + 1) or ""
        assert "not searched in the background" in hover and "still computing" not in hover

        # Asked for (the code action), the smallest function is searched although the rest are not.
        actions = await code_actions(client, uri, smallest.define_line + 1)
        find = f"Find a smaller verified version of @{smallest.name}"
        assert any(a.title.startswith(find) for a in actions)

        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"irlens": {"backgroundSuggestions": True, "maxBackgroundFunctions": 2}}))
        wanted = {FUNCTIONS[0].name, FUNCTIONS[1].name, smallest.name}
        facts = await until(client, uri, lambda facts: all(searched(facts[name]) for name in wanted))
        assert facts[FUNCTIONS[0].name]["suggestion"] is not None  # the largest gets a verified pipeline
        for function in FUNCTIONS[2:-1]:
            assert facts[function.name]["suggestion_deferred"], function.name
            assert facts[function.name]["suggestion"] is None
