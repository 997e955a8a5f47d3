"""The model in hover and code lens over stdio: predictions labelled as such beside the measured
numbers, the model's state in hover, an unusable answer reported as such, and nothing waits on it.

The tiny GGUF (random weights, loaded through settings) writes garbage: "model gave no usable answer".
A stand-in completions server that answers like a trained model shows how a usable prediction reads."""

from __future__ import annotations

import time
from pathlib import Path

from lsprotocol import types

from conftest import (
    EXAMPLES,
    function_facts,
    hover_text,
    line_of,
    lsp_session,
    open_document,
    poll_hover,
    standin_model_server,
    tiny_model_session,
)
from polling import wait_for

SIZES = (EXAMPLES / "sizes.ll").read_text()
BROKEN = SIZES.replace("%17 = add nsw i32 %16, %15", "%17 = add nsw i32 %16, %nope", 1)


async def test_tiny_model_never_blocks_hover_or_diagnostics(tmp_path: Path) -> None:
    async with tiny_model_session(tmp_path, max_tokens=1024) as client:
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        line = line_of(SIZES, "%17 = add nsw i32 %16, %15")
        slowest = 0.0

        async def timed_hover() -> str:
            nonlocal slowest
            started = time.monotonic()
            text = await hover_text(client, uri, line) or ""
            slowest = max(slowest, time.monotonic() - started)
            return text

        first = await timed_hover()
        assert "@sum_array" in first and "_model" in first  # the model's state: loading or ready

        await wait_for(timed_hover, 120, "the model ready", interval_s=0.2,
                       until=lambda text: "model irlens-tiny-test.gguf: ready" in text)
        # The model now generates for the six functions; a broken document still gets its diagnostics
        # meanwhile (compiler work has its own queue) and the hover answers at once.
        broken = open_document(client, tmp_path / "broken.ll", BROKEN)
        diagnostics = await wait_for(lambda: client.diagnostics.get(broken), 60)
        assert "%nope" in diagnostics[0].message
        busy = [name for name in ("sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main")
                if "model prediction" in ((await function_facts(client, uri, name)) or {}).get("pending", [])]
        assert busy, "the model had already finished: nothing shows that diagnostics did not wait"
        text = await wait_for(timed_hover, 180, "the model's answer", interval_s=0.2,
                              until=lambda text: "model gave no usable answer" in text)
        assert "bytes (llc -O2)" in text or "still computing" in text
        assert "model irlens-tiny-test.gguf: ready" in text
        assert "*predicted by the model*" not in text
        facts = await function_facts(client, uri, "sum_array")
        assert facts is not None and facts["prediction"] is None and facts["prediction_problem"]
        assert slowest < 5, slowest  # a hover never waited for a generation
        print(f"functions still waiting for the model when diagnostics landed: {busy}; slowest hover "
              f"{slowest * 1000:.0f} ms")


def trained_like_answer(prompt: str) -> str:
    if "optimize this LLVM-IR for object file size" in prompt:
        return "Run opt -p 'module(default<Oz>)' to get instruction count 9 and binary size 52 bytes."
    return "no"


async def test_usable_prediction_is_labelled_beside_measured_numbers(tmp_path: Path) -> None:
    with standin_model_server(trained_like_answer) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens"}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            uri = open_document(client, tmp_path / "sizes.ll", SIZES)
            line = line_of(SIZES, "define dso_local i32 @fibonacci")
            hover = await poll_hover(client, uri, line, lambda text: "predicted by the model" in text
                                     and "bytes (llc -O2)" in text)
            assert "- *predicted by the model* (not measured) after `opt -p 'module(default<Oz>)'`: " \
                   "9 IR instructions, 52 bytes" in hover
            assert "- measured: " in hover  # the measured numbers stay, separately
            assert "_model irlens-standin: ready" in hover
            facts = await function_facts(client, uri, "fibonacci")
            assert facts is not None
            assert facts["prediction"] == {"ir_instructions": 9, "binary_bytes": 52,
                                           "pipeline": "module(default<Oz>)"}
            lenses = await client.text_document_code_lens_async(
                types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri)))
            titles = [lens.command.title for lens in lenses or [] if lens.command]
            assert any("model predicts 52 B" in title for title in titles), titles


async def test_model_state_is_pushed_to_the_client(tmp_path: Path) -> None:
    """`irlens/status` notifications follow the model, so a status bar need not poll."""
    async with lsp_session() as client:  # model off by the tests' defaults
        disabled = await wait_for(lambda: client.model_statuses, 30)
        assert disabled[0].state == "disabled"
    async with tiny_model_session(tmp_path, max_tokens=8) as client:
        await wait_for(lambda: any(s.state == "ready" for s in client.model_statuses), 120)
        states = [s.state for s in client.model_statuses]
        assert states.index("loading") < states.index("ready"), states
        ready = next(s for s in client.model_statuses if s.state == "ready")
        assert ready.name == "irlens-tiny-test.gguf"
