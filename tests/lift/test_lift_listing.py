"""The listing translation (lift/listing.py): C functions compiled by the real clang-19 -O0, whose
listing the translation turns back into IR that the real llc compiles to the same instructions; code it
does not read refused with a reason; and its place among the candidates (tried first, an exact one ends
the search before the model is asked)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clang_output import assembly
from irlens.config import Settings
from irlens.ir.asm import parse_asm
from irlens.lift.lifter import (
    LISTING,
    LiftOptions,
    check_round_trip,
    datalayout_for,
    lift_function,
    listing_candidate,
)
from irlens.lift.listing import translate_listing
from irlens.model.service import ModelService
from irlens.toolchain.discovery import discover
from model_fixtures import write_tiny_gguf

TRIPLE = "x86_64-unknown-linux-gnu"

ARITHMETIC = """
int mix(int a, int b, long c) {
    int d = a * 3 + b / 7 - (a % b);
    return (d << 2) ^ (int)(c >> 1) & ~b;
}"""
LOOP = """
int sum(const int *xs, int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        if (xs[i] > 0) total += xs[i];
    return total;
}"""
FIELD = """
struct point { int x; long y; char tag; };
long field(struct point *p, int scale) {
    p->tag = 'q';
    return p->y * scale + p->x;
}"""
STRING_CALL = """
int printf(const char *, ...);
void greet(const char *name, int times) {
    printf("hello %s, %d times\\n", name, times);
}"""
SPILL = """
int next(int);
int twice(int seed) {
    return next(seed) - next(seed + 1) * next(2);
}"""
LOGIC = """
int both(int a, int b) {
    return a > 0 && b < 10;
}"""
MANY = """
int many(int a, int b, int c, int d, int e, int f, int g, long h) {
    if (a) g += 2;
    return g + (int)h + f;
}"""
LEAP = """
int days(int y) {
    return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
}"""
SWITCH = """
int pick(int k) {
    switch (k) { case 1: return 10; case 5: return 50; case 0: return 7; }
    return -1;
}"""


def compiled(source: str, level: str = "-O0") -> str:
    return assembly(source, level, "--target=" + TRIPLE)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (ARITHMETIC, "mix"),
        (LOOP, "sum"),
        (FIELD, "field"),
        (STRING_CALL, "greet"),
        (SPILL, "twice"),
        (LOGIC, "both"),
        (SWITCH, "pick"),
        (MANY, "many"),
        (LEAP, "days"),
    ],
)
def test_a_clang_O0_listing_round_trips_exactly(source: str, name: str) -> None:
    toolchain = discover()
    listing = compiled(source)
    translation = translate_listing(
        listing, name, triple=TRIPLE, datalayout=datalayout_for(toolchain, TRIPLE)
    )
    assert translation.problem is None and translation.ir is not None
    check = check_round_trip(toolchain, listing, name, translation.ir, triple=TRIPLE)
    assert check.round_trip_exact, (check, translation.ir)
    assert check.llc_level == "-O0"


def test_what_the_translation_made_of_a_call_and_a_spill() -> None:
    ir = translate_listing(compiled(SPILL), "twice", triple=TRIPLE, datalayout=None).ir
    assert ir is not None
    assert "define dso_local i32 @twice(i32 noundef %p0)" in ir
    assert ir.count("call i32 @next(") == 3 and "declare i32 @next(i32)" in ir
    assert "alloca" in ir and "Spill" not in ir  # the spill slot is no alloca: the reload is the value
    greet = translate_listing(compiled(STRING_CALL), "greet", triple=TRIPLE, datalayout=None).ir
    # variadic (`movb $0, %al`), the string a private constant; `name` is never dereferenced: i64 or ptr
    assert greet is not None and re.search(
        r"call \w+ \(ptr, (i64|ptr), i32, \.\.\.\) @printf\(ptr noundef @\.str,", greet
    )


def test_code_it_does_not_read_is_refused_with_a_reason() -> None:
    optimized = translate_listing(compiled(LOOP, "-O2"), "sum", triple=TRIPLE, datalayout=None)
    assert optimized.ir is None and "not an x86-64 -O0 listing" in (optimized.problem or "")
    missing = translate_listing(compiled(LOOP), "nothere", triple=TRIPLE, datalayout=None)
    assert missing.ir is None and "no label nothere:" in (missing.problem or "")
    x87 = "f:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tfldt\t16(%rbp)\n\tpopq\t%rbp\n\tretq\n"
    unknown = translate_listing(x87, "f", triple=TRIPLE, datalayout=None)
    assert unknown.ir is None and "does not read: fldt 16(%rbp)" in (unknown.problem or "")
    flags = "f:\n\tpushq\t%rbp\n\tmovq\t%rsp, %rbp\n\tmovl\t$1, %eax\n\tcmovel\t%edi, %eax\n\tretq\n"
    unread = translate_listing(flags, "f", triple=TRIPLE, datalayout=None)
    assert unread.ir is None and "flags no cmp/test set" in (unread.problem or "")


def test_only_x86_64_listings_are_translated() -> None:
    listing = compiled(LOOP)
    assert listing_candidate(discover(), listing, "sum", "aarch64-unknown-linux-gnu", None) is None
    candidate = listing_candidate(discover(), listing, "sum", TRIPLE, datalayout_for(discover(), TRIPLE))
    assert candidate is not None and candidate.sampling == LISTING and candidate.exact


def _garbage_model(tmp_path: Path) -> ModelService:
    model = write_tiny_gguf(tmp_path / "irlens-tiny-test.gguf", context_length=2048)
    service = ModelService(
        Settings(model_path=str(model), n_threads=1, model_max_tokens=8),
        watch=False,
        cache_dir=tmp_path / "cache",
    )
    service.start()
    assert service.wait_until_settled(60).state == "ready"
    return service


def test_an_exact_translation_ends_the_search_before_the_model_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    listing = compiled(FIELD)
    function = next(f for f in parse_asm(listing).functions if f.name == "field")
    service = _garbage_model(tmp_path)
    try:
        result = lift_function(discover(), service, listing, function, options=LiftOptions(candidates=2))
        assert result.choice == "exact" and result.source == "listing"
        assert result.candidates_tried == 0 and [c.sampling for c in result.candidates] == [LISTING]
        assert result.to_json()["source"] == "listing" and "translated from the listing" in result.summary()
        # turned off: the model's (garbage) answers alone
        without = lift_function(
            discover(), service, listing, function, options=LiftOptions(candidates=2, listing=False)
        )
        assert without.candidates_tried == 2 and not any(c.sampling == LISTING for c in without.candidates)
        assert without.choice != "exact"
    finally:
        service.stop()


def test_static_code_reaches_globals_by_absolute_address() -> None:
    source = """
int printf(const char *, ...);
int g; int arr[10]; extern int ext;
int f(int i) { g += arr[i] + ext; printf("x %d\\n", g); return arr[3]; }"""
    listing = assembly(source, "-O0", "-fno-pic", "--target=" + TRIPLE)
    assert "movabsq\t$.L.str" in listing and "arr(,%rax,4)" in listing  # static: no %rip
    toolchain = discover()
    translation = translate_listing(listing, "f", triple=TRIPLE, datalayout=datalayout_for(toolchain, TRIPLE))
    assert translation.ir is not None, translation.problem
    assert check_round_trip(toolchain, listing, "f", translation.ir, triple=TRIPLE).round_trip_exact
