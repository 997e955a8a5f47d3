"""Settings through initializationOptions and workspace/didChangeConfiguration."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from conftest import EXAMPLES, line_of, lsp_session, open_document, poll_hover, wrapped_toolchain

SIZES = (EXAMPLES / "sizes.ll").read_text()


async def test_llvm_bin_from_initialization_options_then_changed(tmp_path: Path) -> None:
    tools = wrapped_toolchain(tmp_path / "tools", {"llc": "crash_segv.sh"})
    async with lsp_session({"irlens": {"llvmBin": str(tools), "modelEnabled": False}}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        line = line_of(SIZES, "define dso_local i32 @main")
        await poll_hover(client, uri, line, lambda text: "measuring failed" in text)
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
            settings={"irlens": {"llvmBin": None}}))
        hover = await poll_hover(client, uri, line, lambda text: "bytes (llc -O2)" in text)
        assert "measuring failed" not in hover


async def test_unknown_and_mistyped_settings_are_ignored(tmp_path: Path) -> None:
    async with lsp_session({"debounceMs": "fast", "noSuchSetting": 1}) as client:
        uri = open_document(client, tmp_path / "sizes.ll", SIZES)
        hover = await poll_hover(client, uri, line_of(SIZES, "define dso_local i32 @main"),
                                 lambda text: "bytes (llc -O2)" in text)
        assert "@main" in hover


async def test_model_info_without_a_model(tmp_path: Path) -> None:
    async with lsp_session() as client:
        info = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="irlens.modelInfo", arguments=[]))
        assert info["state"] == "disabled"
        assert "LLVM 19" in info["toolchain"]
