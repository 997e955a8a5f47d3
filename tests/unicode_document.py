"""The document of the position-encoding cases (tests/fault_corpus/test_fault_corpus_encodings.py, and
Neovim's utf-8 edits in tests/lsp/test_neovim.py): examples/sizes.ll's @sum_array among lines with é, 😀
and CJK text, in names, comments and strings."""

from __future__ import annotations

from conftest import EXAMPLES, line_of

_SIZES = (EXAMPLES / "sizes.ll").read_text()
# @sum_array alone (its loop metadata left out): the one function whose suggestion is searched for
SUM_ARRAY = _SIZES[_SIZES.index("define dso_local i32 @sum_array("):].split("\n}\n", 1)[0].replace(
    ", !llvm.loop !5", "") + "\n}"
ATTRIBUTES = next(line for line in _SIZES.splitlines() if line.startswith("attributes #0"))
HEADER = "\n".join(line for line in _SIZES.splitlines() if line.startswith(("target datalayout",
                                                                               "target triple")))
# The lines first; the last line has no newline, so that the document's end has a column.
TEXT = f"""; résumé … café: DRAFT keep this exact text
; 😀: FINAL keep
; 中文注释: 保持原样
{HEADER}

@"café😀" = global i32 7

{SUM_ARRAY}

define i32 @"naïve_中"(i32 %x) {{
  %"é😀" = add i32 %x, 1 ; 😀 é
  %y = mul i32 %"é😀", %"é😀"
  ret i32 %y
}}

{ATTRIBUTES}
; fin 😀é"""
OPTIMIZE_LINE = line_of(TEXT, "%17 = add nsw i32 %16, %15")


def without_sum_array(lines: list[str]) -> list[str]:
    start = next(n for n, line in enumerate(lines) if line.startswith("define dso_local i32 @sum_array("))
    end = lines.index("}", start)
    return lines[:start] + lines[end + 1:]
