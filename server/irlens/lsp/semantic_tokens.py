"""Semantic tokens (full document) from pygments' LLVM and GAS lexers, for clients without an LLVM
grammar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types
from pygments.lexer import Lexer
from pygments.lexers import GasLexer, LlvmLexer
from pygments.token import _TokenType

from irlens.ir.columns import Encoding, to_units
from irlens.lsp.positions import lines_of
from irlens.lsp.protocol import JsonResult

if TYPE_CHECKING:
    from irlens.lsp.server import IrlensServer

TOKEN_TYPES = [
    "keyword",
    "type",
    "variable",
    "function",
    "parameter",
    "number",
    "string",
    "comment",
    "macro",
    "namespace",
    "operator",
]
LEGEND = types.SemanticTokensLegend(token_types=TOKEN_TYPES, token_modifiers=["declaration"])
# Tokenizing is linear but slow in pure Python; past this size the client's own highlighting has to do.
MAX_CHARS = 4_000_000

_LLVM_MAP = {  # most specific pygments token type first
    "Token.Name.Variable.Global": "function",
    "Token.Name.Variable.Anonymous": "variable",
    "Token.Name.Variable": "variable",
    "Token.Name.Label": "namespace",
    "Token.Keyword.Type": "type",
    "Token.Keyword": "keyword",
    "Token.Literal.Number": "number",
    "Token.Literal.String": "string",
    "Token.Comment": "comment",
}
_GAS_MAP = {
    "Token.Name.Attribute": "macro",  # directives
    "Token.Name.Function": "keyword",  # mnemonics
    "Token.Name.Label": "namespace",
    "Token.Name.Variable": "variable",  # registers
    "Token.Name.Constant": "parameter",  # symbols used as operands
    "Token.Literal.Number": "number",
    "Token.Literal.String": "string",
    "Token.Comment": "comment",
}


def _token_type(token: _TokenType, mapping: dict[str, str]) -> int | None:
    while token is not None:
        name = mapping.get(str(token))
        if name is not None:
            return TOKEN_TYPES.index(name)
        token = token.parent
    return None


def encode(text: str, language: str, encoding: Encoding) -> list[int]:
    """LSP's relative encoding: (delta line, delta start, length, type, modifiers) per token; starts and
    lengths in `encoding`'s code units."""
    if len(text) > MAX_CHARS:
        return []
    lexer: Lexer = GasLexer() if language == "asm" else LlvmLexer()
    mapping = _GAS_MAP if language == "asm" else _LLVM_MAP
    data: list[int] = []
    line = column = 0
    previous_line = previous_start = 0
    line_text = ""
    lines = lines_of(text)
    for token, value in _tokens(lexer, text):
        token_type = _token_type(token, mapping)
        for part_index, part in enumerate(value.split("\n")):
            if part_index > 0:
                line += 1
                column = 0
            line_text = lines[line] if line < len(lines) else ""
            if part and token_type is not None and not part.isspace():
                start = to_units(line_text, column, encoding)
                length = to_units(line_text, column + len(part), encoding) - start
                delta_line = line - previous_line
                delta_start = start - previous_start if delta_line == 0 else start
                data += [delta_line, delta_start, length, token_type, 0]
                previous_line, previous_start = line, start
            column += len(part)
    return data


def _tokens(lexer: Lexer, text: str) -> list[tuple[_TokenType, str]]:
    # get_tokens would normalise newlines and strip a trailing one; positions must match the text.
    lexer.stripnl = False
    lexer.ensurenl = False
    return [(token, value) for _, token, value in lexer.get_tokens_unprocessed(text)]


def register(server: IrlensServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL, LEGEND)
    async def semantic_tokens(ls: IrlensServer, params: types.SemanticTokensParams) -> JsonResult:
        document = await ls.snapshot(params.text_document.uri, edits=True)
        if document is None:
            return JsonResult({"data": []})
        data = await ls.threads.run_long(encode, document.text, document.language, ls.position_encoding)
        return JsonResult({"data": data})  # a million ints: no per-item conversion on the event loop
