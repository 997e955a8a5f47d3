"""`irlens-cc --summary`: what the launcher did in a build, from its log (one JSON line per compile).

The latest line for each object counts (a rebuild replaces the earlier one): bytes saved per object and
in total, the objects whose plain compile stayed and why, and the compiles that passed through.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from irlens.launcher.cache import log_path
from irlens.launcher.flow import describe_record

USAGE = "usage: irlens-cc --summary [--json] [--clear]"


def read_log(path: str) -> list[dict[str, Any]]:
    """The latest record per object file (by its absolute path), in the order they were last written;
    lines that are not records (a damaged log) are skipped."""
    latest: dict[str, dict[str, Any]] = {}
    try:
        lines = Path(path).read_bytes().splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict) or not isinstance(record.get("status"), str):
            continue
        where = os.path.normpath(os.path.join(str(record.get("cwd") or ""), str(record.get("output") or "?")))
        latest.pop(where, None)
        latest[where] = record
    return list(latest.values())


def reason_kind(reason: str) -> str:
    """A reason with its symbols and figures left out, so that reasons of one kind count together."""
    kind = re.sub(r"@[\w.$]+", "@F", reason)
    return re.sub(r"(?<![\d/])\d+(?:\.\d+)?(?![\d/])", "N", kind)  # a ratio (1/10) stays


def kept_reasons(records: list[dict[str, Any]]) -> dict[str, int]:
    """How many objects stayed plain (kept or fallen back) for each kind of reason, most first."""
    counts: dict[str, int] = {}
    for record in records:
        if record["status"] in ("kept", "fallback"):
            kind = reason_kind(str(record.get("reason") or "no reason given"))
            counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    searched = [r for r in records if r["status"] in ("smaller", "kept")]
    plain = sum(int(r.get("plain_bytes") or 0) for r in searched)
    final = sum(int(r.get("irlens_bytes" if r["status"] == "smaller" else "plain_bytes") or 0)
                for r in searched)
    return {"objects": len(searched), "smaller": sum(r["status"] == "smaller" for r in records),
            "plain_bytes": plain, "irlens_bytes": final, "saved_bytes": plain - final,
            "saved_percent": round(100 * (plain - final) / plain, 2) if plain else 0.0,
            "fallbacks": sum(r["status"] == "fallback" for r in records),
            "passed": sum(r["status"] == "passed" for r in records), "kept_reasons": kept_reasons(records)}


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a not in ("--json", "--clear")]
    if unknown:
        print(f"irlens-cc: unknown option {unknown[0]}\n{USAGE}", file=sys.stderr)
        return 2
    path = log_path()
    records = read_log(path)
    totals = summarize(records)
    if "--json" in argv:
        print(json.dumps({"log": str(path), "total": totals, "files": records}, indent=2))
    else:
        print(f"irlens-cc: {len(records)} compiles in {path}")
        for status, heading in (("smaller", "smaller objects"), ("kept", "clang's object kept"),
                                ("fallback", "fell back to clang's object"), ("passed", "passed through")):
            chosen = [r for r in records if r["status"] == status]
            if chosen:
                print(f"{heading} ({len(chosen)}):")
                for record in chosen:
                    print(f"  {describe_record(record)}")
        for kind, count in totals["kept_reasons"].items():
            print(f"  kept plain {count}x: {kind}")
        print(f"total: {totals['plain_bytes']} -> {totals['irlens_bytes']} bytes over {totals['objects']} "
              f"objects, {totals['saved_bytes']} bytes saved ({totals['saved_percent']:.2f}%)")
    if "--clear" in argv:
        try:
            Path(path).unlink(missing_ok=True)
        except OSError as error:
            print(f"irlens-cc: cannot clear {path}: {error.strerror}", file=sys.stderr)
            return 1
    return 0
