"""Dev loop for the listing translation (irlens.lift.listing, listing_riscv): translate each function's -O0
listing of a JSONL split (fields asm_o0, function) and judge it with lifter.check_round_trip; print the
exact / differing / refused counts and the commonest reasons. Tune on realcode_dev and the dev
packages' own functions (listing_corpus.py) only, never on the measuring splits."""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import subprocess
import sys
import time

from irlens.lift.lifter import check_round_trip, datalayout_for, instructions, listing_translator
from irlens.toolchain.discovery import discover

TRIPLES = {  # by --target
    "x86_64": "x86_64-unknown-linux-gnu",
    "riscv32": "riscv32-unknown-elf",
    "thumbv7m": "thumbv7m-none-eabi",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jsonl")
    parser.add_argument("--show", default="", help="print the IR and diff of this function")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--target", choices=sorted(TRIPLES), default="x86_64")
    args = parser.parse_args()
    triple = TRIPLES[args.target]
    translate = listing_translator(triple)
    assert translate is not None
    toolchain = discover()
    layout = datalayout_for(toolchain, triple)
    counts: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    started = time.monotonic()
    with open(args.jsonl) as jsonl:
        rows = [json.loads(line) for line in jsonl]
    for row in rows:
        asm, name = row["asm_o0"], row["function"]
        if args.show and name != args.show:
            continue
        result = translate(asm, name, triple=triple, datalayout=layout)
        if result.ir is None:
            counts["refused"] += 1
            reasons[(result.problem or "").split("(")[0][:70]] += 1
            if args.verbose or args.show:
                print(name, "REFUSED", result.problem)
            continue
        check = check_round_trip(toolchain, asm, name, result.ir, triple=triple)
        kind = "exact" if check.round_trip_exact else "differs" if check.compiles else "no-compile"
        counts[kind] += 1
        if not check.compiles:
            reasons["error: " + (check.error or "")[:70]] += 1
        if args.verbose or args.show:
            print(name, kind, check.instructions_differing, check.error or "", check.original_instructions)
        if args.show:
            print(result.ir)
            listing = subprocess.run(
                ["llc-19", "-O0", f"-mtriple={triple}", "-o", "-"],
                input=result.ir,
                capture_output=True,
                text=True,
            ).stdout
            print(
                "\n".join(
                    difflib.unified_diff(
                        instructions(asm, name), instructions(listing, name), lineterm="", n=2
                    )
                )
            )
    total = sum(counts.values())
    print(
        f"{total} functions: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()),
        f"({time.monotonic() - started:.1f} s)",
    )
    for reason, n in reasons.most_common(15):
        print(f"  {n:4d} {reason}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
