"""The IR text layer (irlens.ir): function boundaries, names and instruction counts (ir.scan), the
document index behind hover, code lens, symbols and navigation, and its incremental re-scan (ir.index),
and the assembly index (ir.asm)."""

from __future__ import annotations

import random
import re

import pytest
from models.recipe import tools as recipe_tools

from conftest import REPO
from irlens.engine.documents import indexed, revised
from irlens.ir.asm import asm_operands, parse_asm, referenced_symbols
from irlens.ir.index import IRIndex, TextChange, changed_functions, parse_ir
from irlens.ir.scan import after_parameters, entities, instruction_count, scan_functions
from irlens.toolchain.measure import count_ir_instructions

ROOT = REPO
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"
SIZES_LL = (EXAMPLES / "sizes.ll").read_text()
SIZES_S = (EXAMPLES / "sizes.s").read_text()
ODD_NAMES_LL = (FIXTURES / "odd_names.ll").read_text()
REAL_IR = [SIZES_LL, ODD_NAMES_LL, *(p.read_text() for p in sorted((FIXTURES / "targets").glob("*.ll")))]


def _position(text: str, needle: str, occurrence: int = 0, offset: int = 0) -> tuple[int, int]:
    """0-based (line, column) of the n-th occurrence of needle, plus offset columns."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return line, column + offset


def test_functions_have_their_define_and_closing_lines() -> None:
    index = parse_ir(SIZES_LL)
    names = [f.name for f in index.functions]
    assert names == ["sum_array", "checksum", "manhattan", "fibonacci", "bubble_sort", "main",
                     "llvm.memcpy.p0.p0.i64"]
    lines = SIZES_LL.splitlines()
    for function in index.defined_functions:
        assert lines[function.define_line].startswith("define ")
        assert f"@{function.name}(" in lines[function.define_line]
        assert lines[function.end_line] == "}"
    memcpy = index.functions[-1]
    assert memcpy.is_declaration and memcpy.define_line == memcpy.end_line


def test_instruction_count_counts_instructions_not_labels_or_comments() -> None:
    index = parse_ir(SIZES_LL)
    # sum_array: 9 in the entry block, then 4 + 8 + 4 + 2 (counted by hand from examples/sizes.ll).
    assert index.function_named("sum_array").instruction_count == 27  # type: ignore[union-attr]
    fibonacci = index.function_named("fibonacci")
    assert fibonacci is not None and fibonacci.instruction_count == 23


def test_function_at_covers_define_line_and_body_only() -> None:
    index = parse_ir(SIZES_LL)
    checksum = index.function_named("checksum")
    assert checksum is not None
    assert index.function_at(checksum.define_line) is checksum
    assert index.function_at(checksum.define_line + 5) is checksum
    assert index.function_at(checksum.end_line) is checksum
    assert index.function_at(0) is None
    assert index.function_at(checksum.end_line + 1) is None


def test_globals_and_their_references() -> None:
    index = parse_ir(SIZES_LL)
    assert [g.name for g in index.globals] == ["table", "__const.main.values", "__const.main.a",
                                               "__const.main.b"]
    table = index.global_symbols["table"]
    assert table.definition is not None and table.definition.line == _position(SIZES_LL, "@table")[0]
    assert [r.line for r in table.references] == [_position(SIZES_LL, "ptr @table")[0]]
    fibonacci = index.global_symbols["fibonacci"]
    assert fibonacci.kind == "function" and len(fibonacci.references) == 3  # two recursive calls + main


def test_locals_labels_and_arguments_per_function() -> None:
    index = parse_ir(SIZES_LL)
    function = index.function_named("fibonacci")
    assert function is not None
    locals_ = index.locals_of(function)
    assert locals_["0"].kind == "argument" and locals_["0"].definition is not None
    assert locals_["6"].kind == "label"
    label_line = _position(SIZES_LL, "\n6:")[0] + 1
    assert locals_["6"].definition.line == label_line  # type: ignore[union-attr]
    # `br i1 %5, label %6, label %11` uses label 6 once.
    assert len(locals_["6"].references) == 1
    # %3 is defined by an alloca, stored to once and loaded four times.
    assert locals_["3"].kind == "local" and len(locals_["3"].references) == 5
    # %struct.point is a type, not a local.
    assert "struct.point" not in index.locals_of(index.function_named("manhattan"))  # type: ignore[arg-type]
    assert len(index.types["struct.point"].references) >= 6


def test_symbol_at_finds_names_under_the_cursor() -> None:
    index = parse_ir(SIZES_LL)
    line, column = _position(SIZES_LL, "@table, i64 0", offset=2)
    found = index.symbol_at(line, column)
    assert found is not None and found[0] == "@" and found[1].name == "table"
    line, column = _position(SIZES_LL, "label %11", occurrence=0, offset=7)
    found = index.symbol_at(line, column)
    assert found is not None and found[0] == "%" and found[1].kind == "label" and found[1].name == "11"
    line, column = _position(SIZES_LL, "!llvm.loop !5", offset=12)
    found = index.symbol_at(line, column)
    assert found is not None and found[0] == "!" and found[1].name == "5"
    assert index.symbol_at(0, 0) is None


def test_attribute_groups_and_metadata() -> None:
    index = parse_ir(SIZES_LL)
    assert len(index.attribute_groups["0"].references) == 6
    assert index.metadata["6"].definition is not None
    assert len(index.metadata["6"].references) == 4
    assert "wchar_size" not in index.metadata  # !"wchar_size" is a string


def test_quoted_names_comments_and_strings() -> None:
    text = (
        '@"a b" = global i32 0\n'
        '@s = constant [6 x i8] c"x;@y%z\\00"\n'
        'define i32 @"odd name"(i32 %x) {\n'
        'entry:\n'
        '  %v = load i32, ptr @"a b" ; uses @not_a_ref\n'
        '  br label %"exit block"\n'
        '"exit block":\n'
        '  ret i32 %v\n'
        '}\n'
    )
    index = parse_ir(text)
    assert index.functions[0].name == "odd name"
    assert index.functions[0].instruction_count == 3
    assert {g.name for g in index.globals} == {"a b", "s"}
    assert len(index.global_symbols["a b"].references) == 1
    assert "not_a_ref" not in index.global_symbols and "y" not in index.global_symbols
    locals_ = index.locals_of(index.functions[0])
    assert locals_["exit block"].kind == "label" and len(locals_["exit block"].references) == 1
    assert locals_["x"].kind == "argument"


def test_sigils_inside_quoted_names_are_part_of_the_name() -> None:
    text = ('%"T@x" = type { i32 }\n%T = type { i8 }\n@x = global i32 0\n@"g%T" = global i32 0\n'
            'define void @f(ptr %"T@x") {\n  %a = alloca %"T@x"\n  %b = alloca %T\n  ret void\n}\n')
    index = parse_ir(text)
    assert index.global_symbols["x"].references == []
    assert [r.line for r in index.types["T"].references] == [6]
    assert [r.line for r in index.types["T@x"].references] == [4, 5]


def test_switch_case_lines_are_not_instructions() -> None:
    text = (
        "define i32 @f(i32 %x) {\n"
        "  switch i32 %x, label %d [\n"
        "    i32 0, label %a\n"
        "    i32 1, label %a\n"
        "  ]\n"
        "a:\n"
        "  ret i32 1\n"
        "d:\n"
        "  ret i32 0\n"
        "}\n"
    )
    assert parse_ir(text).functions[0].instruction_count == 3


@pytest.mark.parametrize("text", ["", "garbage \x00\x01 { } define", "define i32 @f() {\n  ret i32 0\n",
                                  "}\n}\n@x =", "define @ {\n}\n"])
def test_malformed_text_never_raises(text: str) -> None:
    index = parse_ir(text)
    for function in index.functions:
        assert function.define_line <= function.end_line < max(1, index.line_count)
        index.locals_of(function)
    index.symbol_at(0, 0)
    assert index.global_symbols is not None


def test_unterminated_function_ends_before_the_next() -> None:
    text = "define void @a() {\n  ret void\ndefine void @b() {\n  ret void\n}\n"
    index = parse_ir(text)
    assert [(f.name, f.define_line, f.end_line) for f in index.functions] == [("a", 0, 1), ("b", 2, 4)]


def test_asm_functions_from_type_directives() -> None:
    index = parse_asm(SIZES_S)
    assert [f.name for f in index.functions] == ["sum_array", "checksum", "manhattan", "fibonacci",
                                                 "bubble_sort", "main"]
    lines = SIZES_S.splitlines()
    for function in index.functions:
        assert lines[function.start_line].startswith(f"{function.name}:")
        assert lines[function.end_line].strip().startswith(f".size\t{function.name},")
    first = index.functions[0]
    assert index.function_at(first.start_line + 3) is first
    assert index.function_at(0) is None


def test_asm_without_type_directives_uses_globl_labels() -> None:
    text = ".text\n.globl f\nf:\n  ret\n.globl g\ng:\n  nop\n  ret\n"
    index = parse_asm(text)
    assert [(f.name, f.start_line, f.end_line) for f in index.functions] == [("f", 2, 4), ("g", 5, 7)]


# --- ir.scan: one definition of a function, a name, an instruction ---------------------------------


def test_symbols_an_att_function_calls_and_addresses() -> None:
    text = ("f:\n\tmovq\tg_180+40, %rax\n\tmovl\t$4, %esi  # g_fake in a comment\n\tcallq\tsafe_add@PLT\n"
            "\tmovabsq\t$g_272, %rax\n\tleaq\t.LCPI0_0(%rip), %rax\n\tjmp\t.LBB0_1\n"
            "\tmovq\tx@GOTPCREL(%rip), %rax\n\tcallq\tsafe_add@PLT\n\tjmp\tbar\n\tjmpq\t*hooks+8(%rip)\n")
    assert referenced_symbols(text) == [("g_180", False, True), ("safe_add", True, False),
                                        ("g_272", False, True), ("x", False, False), ("bar", True, True),
                                        ("hooks", False, True)]  # a call through the pointer it holds


def test_symbols_and_constants_of_an_aarch64_function() -> None:
    text = ("f:\n\tsub\tsp, sp, #32  // frame: not a constant of the code\n\tadrp\tx0, :got:ext\n"
            "\tldr\tx0, [x0, :got_lo12:ext]\n\tmov\tw2, #300\n\tbl\tlookup\n\tadrp\tx8, .Lhooks$local\n"
            "\tadd\tx8, x8, :lo12:.Lhooks$local\n\tldr\tx8, [x8, #16]\n\tb.eq\t.LBB0_2\n\tb\tdone\n")
    assert referenced_symbols(text, "aarch64") == [("ext", False, False), ("lookup", True, True),
                                                   ("hooks", False, True), ("done", True, True)]
    assert asm_operands(text, "aarch64") == ([300, 16], [("hooks", 16)], [])


def test_odd_names_are_found_with_their_spans_and_counts() -> None:
    index = parse_ir(ODD_NAMES_LL)
    counts = {f.name: f.instruction_count for f in index.functions}
    assert counts == {"my func é": 10, "\x01weird": 6, "0": 5, 'with "quote" and \\': 5, "dollar$and.dot": 10}
    lines = ODD_NAMES_LL.splitlines()
    for function in index.functions:
        span = function.name_span
        assert lines[span.line][span.start - 1] == "@"
        token = lines[span.line][span.start:span.end]
        assert token in ('"my func é"', '"\\01weird"', "0", '"with \\22quote\\22 and \\5C"', "dollar$and.dot")
        assert lines[function.end_line] == "}"
    assert [g.name for g in index.globals] == ["table é"]
    assert index.function_named("\x01weird") is index.functions[1]
    # The object file's names: `\01` means "use the rest as it is".
    assert count_ir_instructions(ODD_NAMES_LL) == {"my func é": 10, "weird": 6, "0": 5,
                                                   'with "quote" and \\': 5, "dollar$and.dot": 10}
    assert recipe_tools.defined_functions(ODD_NAMES_LL)[:2] == ['"my func é"', '"\\01weird"']


def test_unicode_and_non_utf8_escapes_in_quoted_names() -> None:
    text = ('define void @"ü λ"() {\n  ret void\n}\n'
            'define void @"\\FF\\FEraw"() {\n  ret void\n}\n'
            'declare void @"a\\5C"(ptr)\n')
    names = [f.name for f in parse_ir(text).functions]
    assert names[0] == "ü λ"
    assert names[1].encode("utf-8", "surrogateescape") == b"\xff\xferaw"
    assert names[2] == "a\\"


def test_what_an_instruction_is() -> None:
    body = "\n".join([
        "entry:",                                   # label
        "  %x = landingpad { ptr, i32 }",           # 1
        "          catch ptr null",                 # landingpad clause
        "          filter [0 x ptr] zeroinitializer",
        "          cleanup",
        "    #dbg_value(i32 %a, !12, !DIExpression(), !14)",  # a debug record
        "  indented.label:",                        # a hand-indented label
        "ret void",                                 # 2: an instruction without indentation
        "  uselistorder ptr %a, { 1, 0 }",          # a directive
        "  indirectbr ptr %p, [label %a,",          # 3
        "                      label %b]",
        "  cleanupret from %c unwind to caller",    # 4 (cleanupret is not the `cleanup` clause)
        '"quoted label":',
        "  ; comment",
        "",
        "  store i32 0, ptr %p ; trailing comment",  # 5
    ])
    assert instruction_count(body) == 5


def test_counters_agree_on_real_ir() -> None:
    for text in REAL_IR:
        index = parse_ir(text)
        defined = index.defined_functions
        assert recipe_tools.ir_instruction_count(text) == sum(f.instruction_count for f in defined)
        assert sorted(count_ir_instructions(text).values()) == sorted(f.instruction_count for f in defined)


def test_one_line_definitions_and_attribute_tails() -> None:
    text = 'define void @f() { ret void }\ndefine i32 @g(ptr %s) #0 {\n  ret i32 0\n}\n'
    index = parse_ir(text)
    assert [(f.name, f.define_line, f.end_line) for f in index.functions] == [("f", 0, 0), ("g", 1, 3)]
    assert after_parameters('define void @"a(b"(ptr noundef %x, { i32, i32 } %y) unnamed_addr #3 {') == \
        " unnamed_addr #3 {"
    assert after_parameters("define void @f") == ""


def test_module_entities() -> None:
    text = ('%"struct.a b" = type { i32 }\n$c = comdat any\n@g = global i32 0\n'
            'attributes #7 = { nounwind }\n!llvm.ident = !{!0}\n!0 = !{!"x"}\n')
    found = [(e.kind, e.name, e.line, e.value) for e in entities(text)]
    assert found == [("type", "struct.a b", 0, "type { i32 }"), ("comdat", "c", 1, "comdat any"),
                     ("global", "g", 2, "global i32 0"), ("attributes", "7", 3, "{ nounwind }"),
                     ("metadata", "llvm.ident", 4, "!{!0}"), ("metadata", "0", 5, '!{!"x"}')]


# --- ir.index: revisions and the incremental re-scan -----------------------------------------------


def _assert_same_index(incremental: IRIndex, full: IRIndex) -> None:
    assert incremental.text == full.text
    assert incremental.line_count == full.line_count
    assert incremental.functions == full.functions
    assert incremental.globals == full.globals
    for line in (0, full.line_count // 2, max(0, full.line_count - 1)):
        assert incremental.function_at(line) == full.function_at(line)
    if len(full.text) < 200_000:  # what the features read lazily, all of it
        assert incremental.global_symbols == full.global_symbols
        assert incremental.types == full.types and incremental.metadata == full.metadata
        assert incremental.attribute_groups == full.attribute_groups


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1)


def _random_edit(rng: random.Random, text: str) -> TextChange:
    """An edit as an editor sends it: mostly inside a function body, sometimes across functions,
    sometimes adding or removing a define line or a closing brace, sometimes garbage."""
    kind = rng.choice(["insert_line", "insert_line", "delete", "delete", "garbage", "garbage", "type",
                       "define", "brace", "remove_brace", "rename", "span", "empty"])
    starts = [m.start() for m in re.finditer(r"(?m)^", text)] or [0]
    at = rng.randrange(len(text) + 1)
    end = at
    inserted = ""
    if kind == "insert_line":
        at = rng.choice(starts)
        end = at
        inserted = rng.choice(["  %t = add i32 1, 2\n", "  ret void\n", "next:\n", "  ; comment\n", "\n",
                               "    i32 7, label %x\n", "          cleanup\n"])
    elif kind == "delete":
        end = min(len(text), at + rng.randint(1, 80))
    elif kind == "garbage":
        inserted = "".join(rng.choice(['\x00', '\x01', "{", "}", '"', ";", "\r", "é", "😀", "@", "%",
                                       "\n", " ", "define", "x"]) for _ in range(rng.randint(1, 12)))
    elif kind == "type":
        inserted = rng.choice(["a", "1", " ", "%", ",", "\n", "  "])
    elif kind == "define":
        at = end = rng.choice(starts)
        inserted = rng.choice(["define void @new() {\n", "declare i32 @ext(i32)\n",
                               "define i32 @\"q é\"(i32 %x) {\n  ret i32 %x\n}\n"])
    elif kind == "brace":
        at = end = rng.choice(starts)
        inserted = "}\n"
    elif kind == "remove_brace":
        braces = [m.start() for m in re.finditer(r"(?m)^\}", text)]
        if braces:
            at = rng.choice(braces)
            end = at + 1
    elif kind == "rename":
        names = [m.start(1) for m in re.finditer(r"(?m)^define[^@\n]*@([-\w.$]+)", text)]
        if names:
            at = rng.choice(names)
            end = at + 1
            inserted = rng.choice(["z", "renamed_", ""])
    elif kind == "span":
        end = min(len(text), at + rng.randint(100, 3000))
        inserted = rng.choice(["", "\n", "  %y = mul i32 3, 4\n"])
    start_line, start_column = _line_column(text, at)
    end_line, end_column = _line_column(text, end)
    return TextChange(start_line, start_column, end_line, end_column, inserted)


@pytest.mark.parametrize("seed", range(6))
def test_incremental_rescan_equals_a_full_parse_after_every_random_edit(seed: int) -> None:
    rng = random.Random(seed)
    text = REAL_IR[seed % len(REAL_IR)] * 3  # several copies: edits land between and inside functions
    incremental = 0
    for edit in range(60):
        if edit % 20 == 0:  # twenty edits in a row leave little of the functions: start again
            index = parse_ir(text)
        previous = index
        previous_functions = previous.functions
        index = index.apply_change(_random_edit(rng, index.text))
        full = parse_ir(index.text)
        _assert_same_index(index, full)
        incremental += index.incremental
        # The previous revision is untouched: readers holding it see what they saw.
        assert previous.functions == previous_functions
        assert parse_ir(previous.text).functions == previous_functions
        changed = changed_functions(previous, index)
        if index.incremental:
            assert len(changed) <= 1
        for function in changed:
            assert index.locals_of(function) == full.locals_of(function)
    assert incremental >= 10  # the re-scan path itself was exercised, not only the fallback


@pytest.mark.parametrize("seed", range(3))
def test_definition_at_after_random_edits_is_that_of_a_full_parse(seed: int) -> None:
    """Go-to-definition reads the module's pieces, taken from the previous revision where their text
    is unchanged: at every name of every line, it finds what the full parse's symbol table does."""
    rng = random.Random(100 + seed)
    text = REAL_IR[seed % len(REAL_IR)] * 2
    index = parse_ir(text)
    index.definition_at(0, 0)  # pieces made: the next revisions inherit them
    checked = 0
    for _ in range(25):
        index = index.apply_change(_random_edit(rng, index.text))
        full = parse_ir(index.text)
        for line, line_text in enumerate(index.text.split("\n")):
            for match in re.finditer(r"[@%#!]", line_text):
                column = match.start() + 1
                expected = full.symbol_at(line, column)
                found = index.definition_at(line, column)
                assert found == (None if expected is None else (expected[0], expected[1].definition)), \
                    (line, line_text)
                checked += 1
    assert checked > 500


@pytest.mark.parametrize("seed", range(4))
def test_assembly_edits_inside_a_body_rescan_that_function_only(seed: int) -> None:
    """An edit of a .s file inside one function's body moves the functions after it; the index equals
    a full parse, and edits that decide where functions are (.size, labels, .type) parse in full."""
    rng = random.Random(seed)
    text = (REPO / "examples" / "sizes.s").read_text()
    snapshot = indexed("file:///x.s", 1, text, "asm")
    rescanned = 0
    for version in range(2, 60):
        lines = snapshot.text.split("\n")
        line = rng.randrange(len(lines))
        inserted = rng.choice(["\tnop\n", "\taddl\t$1, %eax\n", "", "x", "\t.size\tmain, 4\n", "main:\n",
                               "\t.type\tzz,@function\n", "\n\n"])
        end = min(len(lines) - 1, line + rng.choice([0, 0, 1, 3]))
        change = TextChange(line, rng.randint(0, len(lines[line])), end, len(lines[end]) if end > line else
                            len(lines[line]), inserted)
        snapshot = revised(snapshot, version, [change])
        assert snapshot.index == parse_asm(snapshot.text), (version, change)
        rescanned += snapshot.incremental
    assert rescanned >= 10


def test_changes_in_utf16_columns_and_past_the_end() -> None:
    text = 'define void @f() {\n  %a = add i32 1, 2 ; 😀 x\n  ret void\n}\n'
    index = parse_ir(text)
    # "😀" is 2 UTF-16 code units: column 27 in UTF-16 is just after "x" ... the character after 😀 + " ".
    line = text.splitlines()[1]
    column_utf16 = len(line[:line.index("x")].encode("utf-16-le")) // 2
    edited = index.apply_change(TextChange(1, column_utf16, 1, column_utf16 + 1, "y"), encoding="utf-16")
    assert edited.text.splitlines()[1].endswith("😀 y") and edited.incremental
    appended = index.apply_change(TextChange(99, 0, 99, 5, "declare void @g()\n"))
    assert appended.text == text + "declare void @g()\n"
    given = index.apply_change(TextChange(99, 0, 99, 5, "declare void @g()\n"), text=appended.text)
    assert given.text is appended.text and given.functions == appended.functions
    _assert_same_index(appended, parse_ir(appended.text))


def test_content_hashes_say_which_functions_an_edit_changed() -> None:
    index = parse_ir(SIZES_LL)
    checksum = index.function_named("checksum")
    assert checksum is not None
    inside = checksum.define_line + 3
    edited = index.apply_change(TextChange(inside, 0, inside, 0, "  %unused = add i32 1, 2\n"))
    assert edited.incremental
    assert [f.name for f in changed_functions(index, edited)] == ["checksum"]
    moved = edited.function_named("fibonacci")
    original = index.function_named("fibonacci")
    assert moved is not None and original is not None
    assert moved.define_line == original.define_line + 1 and moved.content_hash == original.content_hash
    assert edited.function_named("checksum").instruction_count == checksum.instruction_count + 1  # type: ignore[union-attr]
    assert changed_functions(None, index) == list(index.functions)


def test_edits_to_a_define_line_or_a_brace_fall_back_to_a_full_scan() -> None:
    index = parse_ir(SIZES_LL)
    checksum = index.function_named("checksum")
    assert checksum is not None
    renamed = index.apply_change(TextChange(checksum.define_line, checksum.name_span.start,
                                            checksum.define_line, checksum.name_span.end, "sum2"))
    assert renamed.incremental and renamed.function_named("sum2") is not None
    unclosed = index.apply_change(TextChange(checksum.end_line, 0, checksum.end_line, 1, ""))
    assert not unclosed.incremental
    _assert_same_index(unclosed, parse_ir(unclosed.text))
    split = index.apply_change(TextChange(checksum.define_line + 2, 0, checksum.define_line + 2, 0,
                                          "}\ndefine void @inner() {\n"))
    assert not split.incremental and split.function_named("inner") is not None


# --- a sqlite3-sized module --------------------------------------------------------------------------

_RENAMED = re.compile(r'@("[^"]*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*|\d+)|#(\d+)\b|!(\d+)\b')


def large_module(min_bytes: int = 10_500_000, min_functions: int = 2_100) -> str:
    """Renamed copies of the real -O0 IR of tests/fixtures and examples, concatenated: every copy's
    functions, globals, attribute groups and metadata get names and numbers of their own."""
    parts: list[str] = []
    size = functions = copy = 0
    while size < min_bytes or functions < min_functions:
        source = REAL_IR[copy % len(REAL_IR)]
        base = copy * 100

        def rename(match: re.Match[str], copy: int = copy, base: int = base) -> str:
            if match.group(1) is not None:
                name = match.group(1)
                if name.startswith("llvm."):
                    return match.group(0)
                return f'@"{name[1:-1]}.{copy}"' if name.startswith('"') else f'@"{name}.{copy}"'
            if match.group(2) is not None:
                return f"#{int(match.group(2)) + base}"
            return f"!{int(match.group(3)) + base}"

        lines = [line for line in source.splitlines()
                 if not copy or not line.startswith(("target ", "source_filename", "declare"))]
        part = _RENAMED.sub(rename, "\n".join(lines)) + "\n"
        parts.append(part)
        size += len(part)
        functions += part.count("\ndefine ")
        copy += 1
    return "".join(parts)


@pytest.fixture(scope="module")
def large() -> str:
    return large_module()


def test_a_module_of_more_than_2000_functions_and_10_mb(large: str) -> None:
    index = parse_ir(large)
    defined = index.defined_functions
    assert len(large) > 10_000_000 and len(defined) > 2_000
    assert len({f.name for f in index.functions}) == len(index.functions)
    assert len(scan_functions(large)) == len(index.functions)
    middle = defined[len(defined) // 2]
    assert index.function_at(middle.define_line + 1) is middle
    assert large.splitlines()[middle.end_line] == "}"
    assert sum(count_ir_instructions(large).values()) == sum(f.instruction_count for f in defined)
    line = middle.define_line + 2
    edited = index.apply_change(TextChange(line, 0, line, 0, "  %extra = add i32 1, 2\n"))
    assert edited.incremental
    assert [f.name for f in changed_functions(index, edited)] == [middle.name]
    _assert_same_index(edited, parse_ir(edited.text))
