"""The function as the user receives it: spliced into their module (ir/splice.py), then measured there,
since the search measured it in its extracted module."""

from __future__ import annotations

from dataclasses import dataclass

from irlens.ir.splice import splice_function
from irlens.toolchain.discovery import Toolchain
from irlens.toolchain.measure import function_bytes


@dataclass(frozen=True)
class SplicedFunction:
    text: str  # the module with the function replaced
    function_bytes: int  # the function's bytes when that text is compiled (llc -O2 -filetype=obj)


def spliced_function(toolchain: Toolchain, module_text: str, name: str,
                     optimized_module_text: str) -> SplicedFunction:
    """The module with @name replaced by its optimized body, and the function's bytes measured in it:
    the search measured the function in its extracted module; this is what the user receives."""
    text = splice_function(module_text, name, optimized_module_text)
    return SplicedFunction(text, function_bytes(toolchain, text, name))
