"""LLVM IR names: as written (`@foo`, `@"my func é"`, `@"\\01weird"`, `@0`), as LLVM holds them, as
the object file names them, and as LLVM's printer writes them.

One spelling per use: the engine keys functions by the name LLVM holds (quotes removed, `\\XX` and
`\\\\` escapes decoded to their bytes, read as UTF-8, bytes that are not UTF-8 kept as surrogates so they
round-trip into a tool's argv), so that the user's `@"my func é"` and opt's `@"my func \\C3\\A9"` are the
same function. Tools get that name (`llvm-extract --func=`), symbol tables are searched for
`object_symbol(name)`, and text printed by opt is searched for `printed_token(name)`.
"""

from __future__ import annotations

import re

_BARE = re.compile(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*")
_PRINTER_BARE = re.compile(r"[-a-zA-Z._][-a-zA-Z._0-9]*")  # the printer quotes a name with `$`
_ESCAPE = re.compile(rb"\\([0-9A-Fa-f]{2}|\\)")


def decode_ir_name(token: str) -> str:
    """The name LLVM holds for a token written after a sigil: `foo`, `"foo bar"`, `"\\01foo"`, `0`."""
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        return token
    raw = _bytes(token[1:-1])
    decoded = _ESCAPE.sub(lambda m: b"\\" if m.group(1) == b"\\" else bytes([int(m.group(1), 16)]), raw)
    return decoded.decode("utf-8", "surrogateescape")


def is_numbered(name: str) -> bool:
    """`@0`, `@12`: an unnamed value, which has no name of its own for llvm-extract or the object file."""
    return name.isdigit()


def object_symbol(name: str) -> str:
    """The symbol an object file gives the function: a leading `\\01` means "use the rest verbatim"."""
    return name.removeprefix("\x01")


def printed_token(name: str) -> str:
    """The name as LLVM's printer (opt -S, llvm-dis, llvm-extract -S) writes it after the sigil."""
    if is_numbered(name) or _PRINTER_BARE.fullmatch(name):
        return name
    out = []
    for byte in _bytes(name):
        if byte == 0x5C:
            out.append("\\\\")
        elif 0x20 <= byte < 0x7F and byte != 0x22:
            out.append(chr(byte))
        else:
            out.append(f"\\{byte:02X}")
    return '"' + "".join(out) + '"'


def display_token(name: str) -> str:
    """The name for people (hover, titles): bare when LLVM's lexer takes it bare, otherwise quoted,
    with printable characters (é included) kept and control characters, quotes and backslashes escaped."""
    if is_numbered(name) or _BARE.fullmatch(name):
        return name
    out = []
    for char in name:
        if char == "\\":
            out.append("\\\\")
        elif char == '"' or not char.isprintable():
            out.append("".join(f"\\{b:02X}" for b in _bytes(char)))
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _bytes(text: str) -> bytes:
    """The bytes a name stands for: its UTF-8, with surrogateescape'd bytes back as themselves (a
    lone surrogate from a client's JSON, which stands for no byte, is encoded as it is)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
