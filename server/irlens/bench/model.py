"""`irlens bench model`: what the model costs, measured on this machine.

Per function of the input (default examples/sizes.ll, each function extracted into its own module as
the FTD models were trained): prompt-processing and generation tokens/s of the flag-tuning prompt,
and the time to the first VERIFIED suggestion (model pipelines one by one, each validated, run
through opt with the verifier and llc, until one compiles). With a GPU build of llama.cpp the same
rows are measured with n_gpu_layers=-1; otherwise it says "no GPU".
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

from irlens.config import Settings
from irlens.options import add_model_options, settings_from_args
from irlens.toolchain.discovery import Toolchain, ToolMissing, discover

DEFAULT_INPUT = Path(__file__).resolve().parents[3] / "examples" / "sizes.ll"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("model", help="model tokens/s and time to first verified suggestion")
    parser.add_argument("input", nargs="?", default=str(DEFAULT_INPUT),
                        help="LLVM IR file (default: %(default)s)")
    parser.add_argument("--max-tokens", type=int, default=128,
                        help="generated tokens per function (speed rows)")
    parser.add_argument("--suggestions", type=int, default=4, help="model pipelines tried per function")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_model_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from irlens.model.llama_backend import gpu_offload_supported
    from irlens.toolchain.measure import defined_function_names, extract_function

    settings = settings_from_args(args)
    settings.model_max_tokens = args.max_tokens
    try:
        toolchain = discover(settings)
        module_text = Path(args.input).read_text(encoding="utf-8")
        functions = {name: extract_function(toolchain, module_text, name)
                     for name in defined_function_names(module_text)}
    except (OSError, ToolMissing) as exc:
        print(f"irlens bench model: {exc}", file=sys.stderr)
        return 1
    configurations = [("cpu", settings)]
    gpu_note = ""
    if settings.remote_url:
        configurations = [("remote", settings)]
    elif gpu_offload_supported():
        configurations.append(("gpu", dataclasses.replace(settings, n_gpu_layers=-1)))
    else:
        gpu_note = "no GPU: this llama.cpp build has no GPU backend, n_gpu_layers=-1 row skipped"
    report: dict[str, Any] = {"input": args.input, "runs": [], "gpu": gpu_note or "measured"}
    for label, config in configurations:
        result = _bench_configuration(label, config, toolchain, functions, args.suggestions)
        if result is None:
            return 2
        report["runs"].append(result)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_report(report)
    return 0


def _bench_configuration(label: str, settings: Settings, toolchain: Toolchain, functions: dict[str, str],
                         suggestions: int) -> dict[str, Any] | None:
    import tempfile

    from irlens.model.prompts import Task, flag_tuning_prompt
    from irlens.model.service import ModelService
    from irlens.optimize.optimizer import optimize_function
    from irlens.toolchain.pipeline import PipelineRejected, validate_pipeline

    with tempfile.TemporaryDirectory(prefix="irlens-bench-") as cache:  # fresh cache: measure the model
        service = ModelService(settings, cache_dir=Path(cache), watch=False)
        started = time.monotonic()
        service.start()
        status = service.wait_until_settled(1800)
        load_s = time.monotonic() - started
        if status.state != "ready":
            print(f"irlens bench model: no model ({status.state}): {status.detail}", file=sys.stderr)
            service.stop()
            return None
        rows = []
        for name, ir in functions.items():
            row: dict[str, Any] = {"function": name}
            generation = service.generate_raw(Task.FLAG_TUNING, flag_tuning_prompt(ir))
            if generation is None:
                row["error"] = service.last_problem()
                rows.append(row)
                continue
            decode_s = generation.total_s - generation.first_token_s
            row.update(
                prompt_tokens=generation.prompt_tokens,
                prompt_tokens_per_s=_rate(generation.prompt_tokens, generation.first_token_s),
                generated_tokens=generation.generated_tokens,
                generation_tokens_per_s=_rate(max(0, generation.generated_tokens - 1), decode_s),
            )
            # time to the first verified suggestion: model pipelines one at a time through the compiler
            t0 = time.monotonic()
            verified = None
            tried = 0
            for attempt in range(suggestions):
                pipelines = service.propose_pipelines(ir, k=attempt + 1)
                if len(pipelines) <= attempt:
                    break
                tried += 1
                try:
                    pipeline = validate_pipeline(pipelines[attempt], toolchain)
                except PipelineRejected:
                    continue
                result = optimize_function(toolchain, ir, name, [pipeline])
                if any(o.pipeline == pipeline and o.size_bytes is not None for o in result.outcomes):
                    verified = pipeline
                    break
            row.update(suggestions_tried=tried, first_verified_pipeline=verified,
                       first_verified_s=round(time.monotonic() - t0, 3) if verified else None,
                       model_problem=service.last_problem() if verified is None else "")
            rows.append(row)
        service.stop()
    return {"configuration": label, "model": status.name, "detail": status.detail, "load_s": round(load_s, 2),
            "functions": rows}


def _rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 1) if seconds > 0 and count > 0 else None


def _print_report(report: dict[str, Any]) -> None:
    print(f"input: {report['input']}")
    for run in report["runs"]:
        print(f"\n[{run['configuration']}] {run['model']}: {run['detail']}; loaded in {run['load_s']} s")
        print(f"{'function':<14}{'prompt tok':>11}{'pp tok/s':>10}{'gen tok':>9}{'gen tok/s':>10}"
              f"{'tried':>7}  first verified suggestion")
        for row in run["functions"]:
            if "error" in row:
                print(f"{row['function']:<14} {row['error']}")
                continue
            verified = (f"{row['first_verified_s']} s ({row['first_verified_pipeline']})"
                        if row["first_verified_pipeline"] else f"none ({row['model_problem'] or 'rejected'})")
            print(f"{row['function']:<14}{row['prompt_tokens']:>11}{row['prompt_tokens_per_s'] or '-':>10}"
                  f"{row['generated_tokens']:>9}{row['generation_tokens_per_s'] or '-':>10}"
                  f"{row['suggestions_tried']:>7}  {verified}")
    if report["gpu"] != "measured":
        print(f"\n{report['gpu']}")
