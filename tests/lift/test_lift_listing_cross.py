"""The riscv32 and thumbv7m listing translations (lift/listing_riscv.py, listing_thumb.py): C functions
compiled by the real clang-19 -O0 for riscv32-unknown-elf (rv32imac) and thumbv7m-none-eabi (cortex-m3),
with newlib's headers as the recipe compiles them, whose listing the translation turns back into IR that
the real llc compiles to the same instructions; what it does not read refused with a reason; and the
lifter trying it first for those targets."""

from __future__ import annotations

import pytest

from clang_output import assembly
from irlens.lift.lifter import check_round_trip, datalayout_for, listing_candidate
from irlens.lift.listing_riscv import translate_riscv_listing
from irlens.lift.listing_thumb import translate_thumb_listing
from irlens.toolchain.discovery import discover

TRIPLE = "riscv32-unknown-elf"
THUMB = "thumbv7m-none-eabi"
NEWLIB = ("-nostdlibinc", "-isystem", "/usr/include/newlib")
FLAGS = {  # as models/recipe/tools.LIFT_TARGETS
    TRIPLE: ("--target=riscv32-unknown-elf", *NEWLIB),
    THUMB: ("--target=thumbv7m-none-eabi", "-mcpu=cortex-m3", "-mthumb", *NEWLIB),
}
TRANSLATE = {TRIPLE: translate_riscv_listing, THUMB: translate_thumb_listing}

ARITHMETIC = """
unsigned mix(int a, unsigned b, short c) {
    int d = a * 3 + (int)b / a - (a >> 2);
    return (d << 2) ^ (b >> 3) & ~(unsigned)c;
}"""
LOOP = """
int sum(const int *xs, int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        if (xs[i] > 0) total += xs[i];
    return total;
}"""
CALL = """
int next(int);
int twice(int seed) {
    return next(seed) - next(seed + 1) * next(2);
}"""
GLOBAL = """
extern int counter;
extern const char *names[4];
const char *bump(int k) {
    counter += k;
    return names[k & 3];
}"""
WIDE = """
double scale(double);
double keep(double *out, double x) {
    double y = scale(x);
    *out = y;
    return y;
}"""
BYTES = """
struct entry { char tag; short count; int value; };
int tally(struct entry *e, unsigned char c) {
    char buffer[12];
    buffer[c & 7] = e->tag;
    e->count += c;
    return buffer[3] + e->value;
}"""


def compiled(source: str, level: str = "-O0", triple: str = TRIPLE) -> str:
    return assembly(source, level, *FLAGS[triple])


@pytest.mark.parametrize("triple", [TRIPLE, THUMB])
@pytest.mark.parametrize(
    ("source", "name"),
    [(ARITHMETIC, "mix"), (LOOP, "sum"), (CALL, "twice"), (GLOBAL, "bump"), (WIDE, "keep"),
     (BYTES, "tally")],
)
def test_an_O0_listing_round_trips_exactly(source: str, name: str, triple: str) -> None:
    toolchain = discover()
    listing = compiled(source, triple=triple)
    translation = TRANSLATE[triple](
        listing, name, triple=triple, datalayout=datalayout_for(toolchain, triple)
    )
    assert translation.problem is None and translation.ir is not None
    features = '"target-features"="+32bit' if triple == TRIPLE else '"target-features"="+armv7-m'
    assert f'target triple = "{triple}"' in translation.ir and features in translation.ir
    check = check_round_trip(toolchain, listing, name, translation.ir, triple=triple)
    assert check.round_trip_exact, (check, translation.ir)
    assert check.llc_level == "-O0"


def test_what_the_translation_made_of_calls_and_a_64_bit_result() -> None:
    ir = translate_riscv_listing(compiled(CALL), "twice", triple=TRIPLE, datalayout=None).ir
    assert ir is not None
    assert "define dso_local i32 @twice(i32 noundef %p0)" in ir
    assert ir.count("call i32 @next(") == 3 and "Spill" not in ir
    # a soft-float double: an i64 in a0:a1 (the same registers, the same code)
    wide = translate_riscv_listing(compiled(WIDE), "keep", triple=TRIPLE, datalayout=None).ir
    assert wide is not None and "call i64 @scale(ptr" not in wide
    assert "call i64 @scale(i32 noundef %" in wide and "ret i64" in wide


def test_code_it_does_not_read_is_refused_with_a_reason() -> None:
    optimized = translate_riscv_listing(
        compiled(LOOP, "-O2"), "sum", triple=TRIPLE, datalayout=None
    )
    assert optimized.ir is None and "prologue" in (optimized.problem or "")
    dense = "int pick(int k) { switch (k) { case 0: return 4; case 1: return 9; case 2: return 1;\n" \
        "case 3: return 7; case 4: return 2; } return -1; }"
    # a jump table (`lui %hi(.LJTI0_0)`): refused, never guessed
    refused = translate_riscv_listing(compiled(dense), "pick", triple=TRIPLE, datalayout=None)
    assert refused.ir is None and "jump table" in (refused.problem or "")
    missing = translate_riscv_listing(compiled(LOOP), "nothere", triple=TRIPLE, datalayout=None)
    assert missing.ir is None and "no label nothere" in (missing.problem or "")


@pytest.mark.parametrize("triple", [TRIPLE, THUMB])
def test_the_lifter_tries_the_listing_first(triple: str) -> None:
    toolchain = discover()
    listing = compiled(LOOP, triple=triple)
    candidate = listing_candidate(toolchain, listing, "sum", triple, datalayout_for(toolchain, triple))
    assert candidate is not None and candidate.exact and candidate.sampling == "listing"
    assert listing_candidate(toolchain, listing, "sum", "riscv64-unknown-elf", None) is None


def test_thumb_refusals_say_why() -> None:
    pushed = translate_thumb_listing(
        "twice:\n\tpush\t{r4, lr}\n\tpop\t{r4, pc}\n", "twice", triple=THUMB, datalayout=None
    )
    assert pushed.ir is None and "prologue" in (pushed.problem or "")
    # an `ite` block (two predicated instructions): only `it` and one mov are read
    ite = "twice:\n\tsub\tsp, #8\n\tcmp\tr0, #1\n\tite\tgt\n\tmovgt\tr0, #1\n\tmovle\tr0, #2\n"
    refused = translate_thumb_listing(ite, "twice", triple=THUMB, datalayout=None)
    assert refused.ir is None and "ite" in (refused.problem or "")


def test_a_thumb_compare_as_a_value_round_trips() -> None:
    # `movs r0, #0; cmp; it gt; movgt r0, #1`: the compare's 0 or 1
    toolchain = discover()
    listing = compiled("int more(int a, int b) { return (a > 2) + (a < b); }", triple=THUMB)
    assert "it\tgt" in listing
    layout = datalayout_for(toolchain, THUMB)
    translation = translate_thumb_listing(listing, "more", triple=THUMB, datalayout=layout)
    assert translation.ir is not None and "icmp sgt i32" in translation.ir
    assert check_round_trip(toolchain, listing, "more", translation.ir, triple=THUMB).round_trip_exact
