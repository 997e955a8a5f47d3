"""`irlens bench report`: the size report at scale.

- render: a generated module of N functions (bench/lsp.py's generator, clang -O0) is measured, written
  as HTML, and opened in headless Chromium: the HTML's size and the time until every chart is drawn
  (the page's own performance.now() when its last plotly figure resolved). Targets: < 5 MB, < 3 s.
- --ray-modules M: M generated modules measured on the local process pool and on a Ray cluster (a
  1-node head on loopback started here, unless --ray ADDRESS names one), both without the cache.
  Target: Ray within 20 % of the local wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from irlens.bench.chromium import HeadlessChromium
from irlens.bench.lsp import compile_c_at_o0, generate_c
from irlens.config import Settings
from irlens.report.html import render_html
from irlens.report.report import RunOptions, build_report
from irlens.toolchain.discovery import discover

DRAWN = "document.body.dataset.rendered || document.getElementById('status').textContent"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help="report HTML size and render time; Ray vs local wall time")
    parser.add_argument("--functions", type=int, default=2400, help="functions in the rendered module")
    parser.add_argument("--ray-modules", type=int, default=0, metavar="M",
                        help="also time M modules locally and on Ray (0: skip)")
    parser.add_argument("--ray", metavar="ADDRESS",
                        help="an existing Ray cluster (default: start a local head)")
    parser.add_argument("--renders", type=int, default=3, help="times the page is drawn (the fastest counts)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the HTML and a screenshot here")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def render_figures(functions: int, workdir: Path, keep: Path | None, renders: int) -> dict[str, Any]:
    toolchain = discover(Settings.from_env())
    module = compile_c_at_o0(generate_c(functions), workdir)
    started = time.perf_counter()
    report = build_report([module], toolchain, RunOptions(progress=False))
    measured_s = time.perf_counter() - started
    started = time.perf_counter()
    page = render_html(report)
    html_s = time.perf_counter() - started
    out_dir = keep or workdir
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / "report.html"
    html_path.write_text(page, encoding="utf-8")
    render_ms: list[float] = []
    with HeadlessChromium() as browser:
        for _ in range(renders):  # on a shared machine the fastest of a few is the page's own cost
            browser.open(html_path)
            browser.wait_for(DRAWN, timeout_s=120)
            render_ms.append(float(browser.evaluate("document.body.dataset.renderMs || 'NaN'")))
        labelled = browser.evaluate("[...document.querySelectorAll('#treemap g.slice text')]"
                                    ".filter(t => t.textContent.trim()).length")
        if keep:
            browser.screenshot(out_dir / "report.png")
    measured_functions = sum(len(m["functions"]) for m in report["modules"])
    return {"functions": measured_functions, "measure_s": round(measured_s, 2), "html_s": round(html_s, 2),
            "html_bytes": html_path.stat().st_size, "render_s": round(min(render_ms) / 1000.0, 2),
            "render_median_s": round(statistics.median(render_ms) / 1000.0, 2), "treemap_labels": labelled,
            "load_average": round(os.getloadavg()[0], 1)}


def ray_figures(modules: int, workdir: Path, address: str | None) -> dict[str, Any]:
    toolchain = discover(Settings.from_env())
    paths = [compile_c_at_o0(generate_c(12, seed=index), workdir, stem=f"m{index}")
             for index in range(modules)]
    started = time.perf_counter()
    local = build_report(paths, toolchain, RunOptions(progress=False))
    local_s = time.perf_counter() - started
    head = None if address else _start_local_head()
    try:
        started = time.perf_counter()
        on_ray = build_report(paths, toolchain, RunOptions(progress=False, ray_address=address or head))
        ray_s = time.perf_counter() - started
    finally:
        if head:
            subprocess.run([_ray_command(), "stop", "--force"], capture_output=True, check=False)
    return {"load_average": round(os.getloadavg()[0], 1), "modules": modules, "local_s": round(local_s, 2),
            "ray_s": round(ray_s, 2),
            "ray_over_local": round(ray_s / local_s, 3),
            "same_results": local["modules"] == on_ray["modules"]}


def _ray_command() -> str:
    beside = Path(sys.executable).parent / "ray"
    return str(beside) if beside.exists() else (shutil.which("ray") or "ray")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_local_head() -> str:
    port = free_port()
    subprocess.run([_ray_command(), "start", "--head", "--node-ip-address=127.0.0.1", f"--port={port}",
                    "--include-dashboard=false", "--disable-usage-stats"], check=True, capture_output=True,
                   # Ray's workers run at the niceness the local pool runs at, so the two compare.
                   env={**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_worker_niceness": "0"})
    return f"127.0.0.1:{port}"


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="irlens-bench-report-") as scratch:
        render = render_figures(args.functions, Path(scratch), args.keep, args.renders)
        figures: dict[str, Any] = {"render": render}
        if args.ray_modules:
            figures["ray"] = ray_figures(args.ray_modules, Path(scratch), args.ray)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"report of {render['functions']} functions: measured in {render['measure_s']} s, HTML written in "
          f"{render['html_s']} s, {render['html_bytes'] / 1e6:.2f} MB (target < 5 MB), drawn in Chromium in "
          f"{render['render_s']} s (fastest of {args.renders}, median {render['render_median_s']} s; "
          f"target < 3 s); "
          f"{render['treemap_labels']} labelled tiles; load average {render['load_average']}")
    if "ray" in figures:
        ray = figures["ray"]
        print(f"{ray['modules']} modules: local {ray['local_s']} s, Ray {ray['ray_s']} s "
              f"({100 * (ray['ray_over_local'] - 1):+.0f}%, target within 20%); "
              f"same results: {ray['same_results']}; load average {ray['load_average']}")
    return 0
