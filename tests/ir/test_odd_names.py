"""Names as LLVM allows them (tests/fixtures/odd_names.ll): `@"my func é"`, `@"\\01weird"` (no
mangling: the object symbol is `weird`), `@"with \\22quote\\22 and \\5C"`, `@0`, `@dollar$and.dot`.
They work in the index, extract, optimize, splice, hover, the Optimize code action and lift; where
LLVM gives a name no handle (a numbered function), the hover says so instead of "still computing"."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from lsprotocol import types

from conftest import TESTS, code_actions, lift, lsp_session, open_document, poll_hover, standin_model_server
from irlens.config import Settings
from irlens.engine.candidates import candidate_pipelines
from irlens.engine.optimizer import function_definition, optimize_function
from irlens.engine.splice import splice_function
from irlens.ir.asm import parse_asm
from irlens.ir.index import parse_ir
from irlens.ir.names import decode_ir_name, display_token, object_symbol, printed_token
from irlens.toolchain.discovery import Toolchain, discover
from irlens.toolchain.measure import extract_function, measure_ir, oz_function_bytes
from irlens.toolchain.runner import run_tool

FIXTURE = TESTS / "fixtures" / "odd_names.ll"
TEXT = FIXTURE.read_text()
NAMED = ["my func é", "\x01weird", 'with "quote" and \\', "dollar$and.dot"]


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return discover(Settings())


def _verifies(toolchain: Toolchain, text: str) -> None:
    run_tool(toolchain, "opt", ["-passes=verify", "-disable-output"], stdin=text.encode()).check()


def test_the_fixture_assembles_with_llvm_19() -> None:
    run = subprocess.run(["llvm-as-19", str(FIXTURE), "-o", "/dev/null"], capture_output=True, timeout=60,
                         check=False)
    assert run.returncode == 0, run.stderr


def test_names_are_held_as_llvm_holds_them() -> None:
    assert [f.name for f in parse_ir(TEXT).defined_functions] == ["my func é", "\x01weird", "0",
                                                                  'with "quote" and \\', "dollar$and.dot"]
    assert decode_ir_name('"my func \\C3\\A9"') == decode_ir_name('"my func é"') == "my func é"
    assert printed_token("my func é") == '"my func \\C3\\A9"' and display_token("my func é") == '"my func é"'
    assert printed_token("\x01weird") == display_token("\x01weird") == '"\\01weird"'
    assert printed_token('with "quote" and \\') == '"with \\22quote\\22 and \\\\"'
    assert printed_token("dollar$and.dot") == '"dollar$and.dot"' and display_token("dollar$and.dot") == \
        "dollar$and.dot"
    assert object_symbol("\x01weird") == "weird"


@pytest.mark.parametrize("name", NAMED)
def test_extract_optimize_and_splice(toolchain: Toolchain, name: str) -> None:
    extracted = extract_function(toolchain, TEXT, name)
    assert function_definition(extracted, name)
    assert oz_function_bytes(toolchain, TEXT, name) > 0
    result = optimize_function(toolchain, TEXT, name, candidate_pipelines())
    assert result.function_text
    spliced = splice_function(TEXT, name, result.optimized_module_text)
    _verifies(toolchain, spliced)
    after = measure_ir(toolchain, spliced)
    assert after.functions[object_symbol(name)].bytes == result.size_bytes
    assert len(parse_ir(spliced).defined_functions) == 5  # replaced, nothing added twice


async def test_hover_and_the_optimize_action(tmp_path: Path, toolchain: Toolchain) -> None:
    index = parse_ir(TEXT)
    async with lsp_session() as client:
        uri = open_document(client, tmp_path / "odd_names.ll", TEXT)
        for function in index.defined_functions:
            line = function.define_line + 1
            hover = await poll_hover(client, uri, line, lambda text: "still computing" not in text)
            assert f"**@{display_token(function.name)}**" in hover
            if function.name == "0":
                assert "numbered function" in hover and "-Oz baseline failed" in hover
                continue
            assert "bytes (llc -O2)" in hover and "-Oz:" in hover and "best verified" in hover, hover
            actions = await code_actions(client, uri, line)
            optimize = [a for a in actions if a.title.startswith(f"Optimize @{display_token(function.name)}")]
            assert optimize, [a.title for a in actions]
            edit = optimize[0].edit
            assert edit is not None and edit.document_changes
            change = edit.document_changes[0]
            assert isinstance(change, types.TextDocumentEdit)
            new_text = change.edits[0].new_text
            _verifies(toolchain, new_text)
            assert parse_ir(new_text).function_named(function.name) is not None


async def test_lift_names_a_free_file(tmp_path: Path, toolchain: Toolchain) -> None:
    """`"my func é"` from llc's assembly: the lifted document is named after it, and a file of that
    name that exists already gets a numbered sibling instead of being replaced."""
    compiled = run_tool(toolchain, "llc", ["-O2", "-o", "-"], stdin=TEXT.encode()).check()
    asm = compiled.stdout_text
    assert [f.name for f in parse_asm(asm).functions][:2] == ["my func é", "weird"]

    def answer(prompt: str) -> str:
        return f"<code>{extract_function(toolchain, TEXT, 'my func é')}</code>"

    with standin_model_server(answer) as url:
        options = {"modelEnabled": True, "remoteUrl": url, "modelFormat": "irlens"}
        async with lsp_session(options, env={"XDG_CACHE_HOME": str(tmp_path / "cache")}) as client:
            source = tmp_path / "odd.s"
            uri = open_document(client, source, asm)
            line = next(f.start_line for f in parse_asm(asm).functions if f.name == "my func é") + 2
            existing = tmp_path / "odd.my_func_é.lifted.ll"
            existing.write_text("; the user's own file\n")
            result = await lift(client, uri, line, "my func é")
            assert result["created"] is True
            target = Path(unquote(urlparse(result["uri"]).path))
            assert target == tmp_path / "odd.my_func_é.lifted.1.ll"
            create = client.applied_edits[-1].edit.document_changes[0]
            assert isinstance(create, types.CreateFile)
            assert not (create.options and create.options.overwrite)
            assert existing.read_text() == "; the user's own file\n"
