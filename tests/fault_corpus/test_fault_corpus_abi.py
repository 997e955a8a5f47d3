"""Part of the fault corpus (issue 21): a model that answers pipelines which change an exported
function's ABI. `internalize,deadargelim` turns `define dso_local i32 @api(i32 %x, i32 %y)` into an
internal `void @api` of one byte ("-92% vs clang -Oz"), `internalize,globaldce` deletes it. Neither may
be written by `irlens optimize --function api -o` nor offered as the editor's code action: the search
rejects them with the reason, and what is written or offered keeps `i32 @api(i32, i32)`.

The model is the stand-in OpenAI-compatible server of conftest (the real remote backend talks to it),
opt and llc are real. Each case has a time bound far above what it takes (a few seconds) on a 2-core
CI machine.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types

from conftest import code_actions, function_facts, line_of, lsp_session, open_document, standin_model_server
from polling import wait_for

API_LL = """\
define dso_local i32 @api(i32 %x, i32 %y) {
entry:
  %s = add i32 %x, %y
  %m = mul i32 %s, %x
  ret i32 %m
}

define dso_local i32 @caller(i32 %a) {
entry:
  %r = call i32 @api(i32 %a, i32 3)
  ret i32 %r
}
"""
KEPT = "define dso_local i32 @api(i32 %x, i32 %y)"
CLI_S = 60.0  # one small function: -Oz, the model's answers and the budget of candidates take ~3 s
LSP_S = 120.0  # the same search in the server's background, behind the module's measurements


def answering(pipeline: str):  # type: ignore[no-untyped-def]
    """A model that proposes `pipeline` for any function (and knows nothing else)."""

    def answer(prompt: str) -> str:
        if "optimize this LLVM-IR for object file size" in prompt:
            return f"Run opt -p '{pipeline}' to get instruction count 1 and binary size 1 bytes."
        return "no"

    return answer


@pytest.mark.parametrize(("pipeline", "rejection"), [
    ("internalize,deadargelim",
     "the result changes the ABI of @api: linkage external became internal; return type i32 became void"),
    ("internalize,globaldce", "the result no longer defines @api"),
])
def test_cli_writes_the_function_with_its_abi(tmp_path: Path, pipeline: str, rejection: str) -> None:
    source, out = tmp_path / "api.ll", tmp_path / "out.ll"
    source.write_text(API_LL)
    with standin_model_server(answering(pipeline)) as url:
        completed = subprocess.run(
            [sys.executable, "-m", "irlens", "optimize", str(source), "--function", "api", "--remote", url,
             "--format", "irlens", "--json", "-o", str(out)],
            capture_output=True, text=True, timeout=CLI_S,
            env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert report["model"]["proposals"] == [pipeline]  # the model's answer was tried...
    errors = {c["pipeline"]: c["error"] for c in report["candidates"]}
    assert errors[pipeline] == rejection  # ...and rejected, with the reason
    assert report["pipeline"] != pipeline and report["size_bytes"] <= report["oz_size_bytes"]
    written = out.read_text()
    assert KEPT in written and "void @api" not in written
    assert "call i32 @api(i32 %a, i32 3)" in written


async def test_editor_never_offers_a_body_that_changes_the_abi(tmp_path: Path) -> None:
    with standin_model_server(answering("internalize,deadargelim")) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens"}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            # Ready before the document opens: its functions go to the model before the search.
            await wait_for(lambda: any(s.state == "ready" for s in client.model_statuses), LSP_S)
            uri = open_document(client, tmp_path / "api.ll", API_LL)

            facts = await wait_for(lambda: function_facts(client, uri, "api"), LSP_S, "the search for @api",
                                   until=lambda facts: facts is not None and facts["suggestion"],
                                   interval_s=0.2)
            assert facts["prediction"]["pipeline"] == "internalize,deadargelim"  # the model was asked
            assert facts["suggestion"]["pipeline"] != "internalize,deadargelim"
            actions = await asyncio.wait_for(code_actions(client, uri, line_of(API_LL, "%m = mul")), LSP_S)
            for action in actions:
                for change in action.edit.document_changes or [] if action.edit else []:
                    assert isinstance(change, types.TextDocumentEdit)
                    for text_edit in change.edits:
                        assert KEPT in text_edit.new_text and "void @api" not in text_edit.new_text
