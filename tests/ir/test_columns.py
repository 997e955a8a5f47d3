"""Columns between code points and each LSP position encoding (irlens.ir.columns), both ways."""

from __future__ import annotations

import pytest

from irlens.ir.columns import ENCODINGS, Encoding, to_code_points, to_units, units_of

LINE = "; résumé 😀 中文 x"  # 1-, 2-, 3- and 4-byte characters; 😀 is a surrogate pair in UTF-16


def _reference_units(text: str, encoding: Encoding) -> int:
    codec = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}[encoding]
    return len(text.encode(codec[0])) // codec[1]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_character_boundary_converts_both_ways(encoding: Encoding) -> None:
    for column in range(len(LINE) + 1):
        units = to_units(LINE, column, encoding)
        assert units == _reference_units(LINE[:column], encoding)
        assert to_code_points(LINE, units, encoding) == column
    assert units_of(LINE, encoding) == _reference_units(LINE, encoding)


def test_known_columns_of_x() -> None:
    x = LINE.index("x")  # 14 code points before it, among them é twice, 😀, 中 and 文
    assert {encoding: to_units(LINE, x, encoding) for encoding in ENCODINGS} == {
        "utf-8": 23, "utf-16": 15, "utf-32": 14}


@pytest.mark.parametrize(("encoding", "inside", "character"), [
    ("utf-8", 1, "é"),  # the second byte of é (2 bytes from column 3)
    ("utf-8", 2, "😀"),  # among 😀's 4 bytes
    ("utf-8", 1, "中"),
    ("utf-16", 1, "😀"),  # between the halves of the surrogate pair
])
def test_a_position_inside_a_character_is_its_start(encoding: Encoding, inside: int, character: str) -> None:
    column = LINE.index(character)
    start = to_units(LINE, column, encoding)
    assert to_code_points(LINE, start + inside, encoding) == column


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_out_of_range_columns_are_clamped(encoding: Encoding) -> None:
    assert to_code_points(LINE, 10_000, encoding) == len(LINE)
    assert to_code_points(LINE, -5, encoding) == 0
    assert to_code_points("", 3, encoding) == 0
    assert to_code_points("ascii", 99, encoding) == 5
    assert to_units(LINE, 10_000, encoding) == units_of(LINE, encoding)
    assert to_units(LINE, -1, encoding) == 0


def test_lone_surrogates_are_counted_not_raised() -> None:
    line = "a\ud800b"  # what JSON's "\ud800" decodes to
    assert to_units(line, 3, "utf-16") == 3
    assert to_units(line, 3, "utf-8") == 5
    assert to_code_points(line, 4, "utf-8") == 2
