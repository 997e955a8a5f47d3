"""Bad input and broken tools: the server reports, never dies, and answers the next request."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from lsprotocol import types

from conftest import (
    EXAMPLES,
    hover_text,
    line_of,
    lsp_session,
    open_document,
    poll_hover,
    wrapped_toolchain,
)
from polling import wait_for

SIZES = (EXAMPLES / "sizes.ll").read_text()


async def _still_serving(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    uri = open_document(client, tmp_path / "after.ll", SIZES)
    hover = await hover_text(client, uri, line_of(SIZES, "define dso_local i32 @main"))
    assert hover is not None and "@main" in hover


async def test_malformed_binary_and_non_utf8_input(tmp_path: Path) -> None:
    async with lsp_session() as client:
        malformed = open_document(client, tmp_path / "bad.ll", "define i32 @f( {\n  ret i32\n}\n")
        binary = open_document(client, tmp_path / "garbage.ll", "\x00\x01\x02BC\xc0\xde" * 200)
        latin1 = (b"; caf\xe9\n" + SIZES.encode()).decode("utf-8", "replace")
        non_utf8 = open_document(client, tmp_path / "latin1.ll", latin1)
        for uri in (malformed, binary):
            await wait_for(lambda uri=uri: client.diagnostics.get(uri))
        await wait_for(lambda: non_utf8 in client.diagnostics)
        assert await hover_text(client, binary, 0) is None
        hover = await hover_text(client, non_utf8, line_of(latin1, "define dso_local i32 @main"))
        assert hover is not None and "@main" in hover
        await _still_serving(client, tmp_path)


async def test_ten_megabyte_file_and_a_100k_instruction_function(tmp_path: Path) -> None:
    body = SIZES.split("; Function Attrs", 1)[1].split("declare void")[0]
    copies = [body.replace("@sum_array(", f"@sum_array_{i}(").replace("@checksum(", f"@checksum_{i}(")
              .replace("@manhattan(", f"@manhattan_{i}(").replace("@fibonacci(", f"@fibonacci_{i}(")
              .replace("@bubble_sort(", f"@bubble_sort_{i}(").replace("@main(", f"@main_{i}(")
              for i in range(10_000_000 // len(body) + 1)]
    big = "\n".join(copies)
    assert len(big) >= 10_000_000
    huge_function = ("define i32 @huge(i32 %x) {\n"
                     + "".join(f"  %v{i} = add i32 %x, {i}\n" for i in range(100_000)) + "  ret i32 %x\n}\n")
    async with lsp_session() as client:
        started = time.monotonic()
        big_uri = open_document(client, tmp_path / "big.ll", big)
        symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri=big_uri)))
        assert len(symbols) == 6 * len(copies)
        hover = await hover_text(client, big_uri, line_of(big, "@fibonacci_3("))
        assert hover is not None and "@fibonacci_3" in hover
        assert time.monotonic() - started < 120
        huge_uri = open_document(client, tmp_path / "huge.ll", huge_function)
        hover = await poll_hover(client, huge_uri, 5, lambda text: "bytes (llc -O2)" in text, timeout_s=180)
        assert "100001 IR instructions" in hover
        await _still_serving(client, tmp_path)


async def test_crashing_llc_becomes_a_message(tmp_path: Path) -> None:
    tools = wrapped_toolchain(tmp_path / "tools", {"llc": "crash_segv.sh", "opt": "crash_assert.sh"})
    async with lsp_session({"llvmBin": str(tools)}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        line = line_of(SIZES, "define dso_local i32 @main")
        hover = await poll_hover(client, uri, line, lambda text: "measuring failed" in text)
        assert "crash" in hover
        await _still_serving(client, tmp_path)


async def test_hanging_opt_times_out(tmp_path: Path) -> None:
    tools = wrapped_toolchain(tmp_path / "tools", {"opt": "hang.sh"})
    async with lsp_session({"llvmBin": str(tools), "toolTimeoutS": 2.0}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        line = line_of(SIZES, "define dso_local i32 @main")
        hover = await poll_hover(client, uri, line, lambda text: "-Oz baseline failed" in text)
        assert "timed out" in hover
        assert "bytes (llc -O2)" in hover  # llc still works: measured numbers are shown
        await _still_serving(client, tmp_path)


def test_native_writes_to_stdout_never_reach_the_protocol_stream() -> None:
    """llama-cpp-python points fd 1 at /dev/null while it loads a model, and native libraries may print:
    `irlens serve` writes the protocol to its own copy of stdout, so neither swallows nor corrupts it."""
    script = (
        "import os, sys\n"
        "from irlens.cli.serve import _private_stdout\n"
        "out = _private_stdout()\n"
        "os.write(1, b'native chatter\\n')\n"
        "devnull = os.open(os.devnull, os.O_WRONLY); os.dup2(devnull, 1)  # what llama.cpp's loader does\n"
        "out.write(b'Content-Length: 2\\r\\n\\r\\n{}'); out.flush()\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout == b"Content-Length: 2\r\n\r\n{}"
    assert b"native chatter" in run.stderr
