"""`irlens bench optimize`: how much smaller than -Oz `irlens optimize` makes held-out modules.

For each baseline (clang: what clang -Oz gives; paper: opt -Oz on the IR as given) and every module of
the held-out set for a target (`--target T`: models/eval/modules-T, or models/eval/modules for x86_64:
whole translation units of the held-out packages and csmith seeds, clang -O0 for T; see
models/eval/make_modules.sh), by the standard definition (text+data of `llc -O2 -filetype=obj` for the
module's own triple, llvm-size):

- whole-module search: `irlens optimize` with composition off (the best single pipeline, -Oz floor);
- composed search: `irlens optimize` with its defaults (each function's own winner composed into the
  -Oz module, or the whole-module winner, whichever is smaller);
- autotuner: the best of N random, correctly nested whole-module pipelines (the potential), never
  worse than -Oz.

Each row: total bytes, % under -Oz in total, modules worse than -Oz (must be 0), compilations and
seconds per module, and the share of the autotuner's gain. The search rows use the candidate set only
(`--no-model` is implied): the model's part is measured by `irlens bench quality`. The report also
counts the winning pipelines (each module's whole-module winner, each function's own winner in the
composed search, each module's best autotuner trial), so that a set of candidates that wins on one
target is measured, not assumed, on another.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from irlens.bench.autotuner import random_pipelines
from irlens.options import add_toolchain_options, output_file, settings_from_args, write_output
from irlens.toolchain.baseline import BASELINES, Baseline, module_triple

EVAL_DIR = Path(__file__).resolve().parents[3] / "models" / "eval"
DEFAULT_TARGET = "x86_64"
DEFAULT_MODULES = EVAL_DIR / "modules"
TOP_WINNERS = 8  # winning pipelines listed per kind in the report


def target_modules(target: str) -> Path:
    """The held-out modules compiled for `target` (make_modules.sh TARGET)."""
    return DEFAULT_MODULES if target == DEFAULT_TARGET else EVAL_DIR / f"modules-{target}"


def known_targets() -> list[str]:
    return [DEFAULT_TARGET, *sorted(p.name.removeprefix("modules-") for p in EVAL_DIR.glob("modules-*")
                                    if p.is_dir())]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("optimize", help="irlens optimize vs -Oz and a random-search autotuner "
                                                    "on held-out modules, under both baselines")
    parser.add_argument("modules", nargs="*", type=Path,
                        help=".ll files or directories (default: the held-out modules of --target)")
    parser.add_argument("--target", default=DEFAULT_TARGET, metavar="T",
                        help="the held-out modules compiled for T: x86_64 (default: models/eval/modules), "
                             "thumbv7m-none-eabi, riscv32-unknown-elf, aarch64-linux-gnu "
                             "(models/eval/modules-T)")
    parser.add_argument("--trials", type=int, default=100, help="autotuner trials per module (default 100)")
    parser.add_argument("--baseline", choices=BASELINES, action="append",
                        help="only this baseline (repeatable; default: both)")
    parser.add_argument("--json", dest="json_out", type=output_file, metavar="PATH",
                        help="also write the figures as JSON")
    add_toolchain_options(parser)
    parser.set_defaults(run=run)


@dataclass
class Row:
    bytes: int = 0
    oz: int = 0
    worse: int = 0
    compilations: int = 0
    seconds: float = 0.0
    modules: int = 0

    def add(self, size: int, oz: int, compilations: int, seconds: float) -> None:
        self.bytes += size
        self.oz += oz
        self.worse += int(size > oz)
        self.compilations += compilations
        self.seconds += seconds
        self.modules += 1

    def summary(self, potential: int | None) -> dict[str, Any]:
        gain = self.oz - self.bytes
        return {
            "modules": self.modules, "bytes": self.bytes, "oz_bytes": self.oz,
            "under_oz_pct": round(100.0 * gain / self.oz, 2) if self.oz else None,
            "worse_than_oz": self.worse,
            "compilations_per_module": round(self.compilations / self.modules, 1) if self.modules else None,
            "seconds_per_module": round(self.seconds / self.modules, 2) if self.modules else None,
            "of_potential_pct": round(100.0 * gain / potential, 1) if potential else None,
        }


def _module_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.ll")) if path.is_dir() else [path]
    return files


def autotune(toolchain: Any, text: str, baseline: Baseline, pipelines: list[str]) -> tuple[int, str, int]:
    """(best text+data of -Oz and the trials, the pipeline that gave it, compilations) for one module:
    the optimizer's whole-module search over exactly the trials (its -Oz floor, its exported-symbol
    check, refused or failing trials skipped), so the autotuner measures modules as the search does."""
    from irlens.optimize.optimizer import SearchOptions, optimize_module

    options = SearchOptions(baseline=baseline, budget=len(pipelines) + 2, compose=False)
    result = optimize_module(toolchain, text, pipelines, options=options)
    return result.size_bytes, result.pipeline, result.compilations


def run(args: argparse.Namespace) -> int:
    from irlens.optimize.candidates import candidate_pipelines
    from irlens.optimize.optimizer import SearchOptions, optimize_module
    from irlens.toolchain.discovery import discover
    from irlens.toolchain.runner import ToolFailure

    settings = settings_from_args(args)
    toolchain = discover(settings)
    if not args.modules and not target_modules(args.target).is_dir():
        print(f"irlens bench optimize: no held-out modules for {args.target} (known: "
              f"{', '.join(known_targets())}; models/eval/make_modules.sh TARGET makes them)",
              file=sys.stderr)
        return 1
    files = _module_files(args.modules or [target_modules(args.target)])
    if not files:
        print("irlens bench optimize: no .ll modules found", file=sys.stderr)
        return 1
    texts = {path: path.read_text(encoding="utf-8", errors="surrogateescape") for path in files}
    candidates = candidate_pipelines()
    trials = random_pipelines(args.trials)
    report: dict[str, Any] = {"target": None if args.modules else args.target,
                              "triples": sorted({module_triple(t) or "(none)" for t in texts.values()}),
                              "modules": [f.name for f in files], "trials": args.trials,
                              "candidates": len(candidates), "baselines": {}}
    for baseline in args.baseline or BASELINES:
        rows = {"whole-module search": Row(), "composed search (default)": Row(),
                f"autotuner ({args.trials} trials)": Row()}
        winners: dict[str, Counter[str]] = {"whole-module": Counter(), "per-function (composed)": Counter(),
                                            "autotuner": Counter()}
        per_module: dict[str, dict[str, Any]] = {}
        failed: list[str] = []
        for path, text in texts.items():
            try:
                sizes: dict[str, Any] = {}
                for name, compose in (("whole-module search", False), ("composed search (default)", True)):
                    started = time.monotonic()
                    result = optimize_module(toolchain, text, candidates,
                                             options=SearchOptions(baseline=baseline, compose=compose))
                    rows[name].add(result.size_bytes, result.oz_bytes, result.compilations,
                                   time.monotonic() - started)
                    sizes[name] = result.size_bytes
                    if not compose:
                        winners["whole-module"][result.pipeline] += 1
                winners["per-function (composed)"].update(
                    choice.pipeline for choice in result.functions if choice.changed)
                started = time.monotonic()
                best, best_pipeline, compilations = autotune(toolchain, text, baseline, trials)
                winners["autotuner"][best_pipeline] += 1
                rows[f"autotuner ({args.trials} trials)"].add(best, result.oz_bytes, compilations,
                                                              time.monotonic() - started)
                per_module[path.name] = {"oz_bytes": result.oz_bytes, **sizes, "strategy": result.strategy,
                                         "autotuner": best}
            except ToolFailure as failure:
                failed.append(f"{path.name}: {failure}")
                continue
            composed = rows["composed search (default)"]
            print(f"  [{baseline}] {path.name}: -Oz {result.oz_bytes} B, composed {result.size_bytes} B "
                  f"({result.strategy}), {composed.seconds / composed.modules:.1f} s/module so far",
                  file=sys.stderr)
        autotuner = rows[f"autotuner ({args.trials} trials)"]
        potential = autotuner.oz - autotuner.bytes
        report["baselines"][baseline] = {
            "rows": {name: row.summary(potential) for name, row in rows.items()},
            "winners": {kind: [{"pipeline": p, "count": n} for p, n in counter.most_common(TOP_WINNERS)]
                        for kind, counter in winners.items()},
            "per_module": per_module,
            "failed": failed}
    print_table(report)
    if args.json_out and not write_output(args.json_out, json.dumps(report, indent=1) + "\n"):
        return 2
    return 0


def print_table(report: dict[str, Any]) -> None:
    print(f"target: {report['target'] or 'the modules given'} ({', '.join(report['triples'])}); "
          f"held-out modules: {len(report['modules'])}; candidates: {report['candidates']}; "
          f"sizes: text+data of llc -O2 -filetype=obj")
    for baseline, figures in report["baselines"].items():
        rows = figures["rows"]
        oz = next(iter(rows.values()))["oz_bytes"]
        print(f"\nbaseline {baseline} -Oz: {oz} bytes in total")
        print(f"{'':<28} {'bytes':>9} {'% under -Oz':>12} {'worse':>6} {'compiles/mod':>13} {'s/mod':>7} "
              f"{'% of potential':>15}")
        for name, row in rows.items():
            potential = "-" if row["of_potential_pct"] is None else f"{row['of_potential_pct']:.1f}"
            print(f"{name:<28} {row['bytes']:>9} {row['under_oz_pct']:>12.2f} {row['worse_than_oz']:>6} "
                  f"{row['compilations_per_module']:>13} {row['seconds_per_module']:>7} {potential:>15}")
        for kind, listed in figures["winners"].items():
            print(f"  most frequent {kind} winners: "
                  + ("; ".join(f"{w['pipeline']} ({w['count']})" for w in listed[:3]) or "-"))
        for failure in figures["failed"]:
            print(f"  failed: {failure}")
