"""`irlens bench lsp`: the language server on a large module, through the real stdio protocol.

Generates a C file with N functions, compiles it with clang -O0 (-disable-O0-optnone, as the examples),
starts `irlens serve`, opens the module and measures: hover latency (p50/p99) while background work
runs, time until every function has its object bytes and -Oz size (the code lens fully populated),
and the server's peak resident memory (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from irlens.lsp.server import STATUS_NOTIFICATION


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lsp", help="hover latency, time to measure everything, peak memory")
    parser.add_argument("--functions", type=int, default=2000, help="functions in the generated module")
    parser.add_argument("--hovers", type=int, default=200, help="hover requests to time")
    parser.add_argument("--timeout", type=float, default=900.0, help="give up waiting after S seconds")
    parser.add_argument("--input", metavar="FILE.ll", help="measure this module instead of a generated one")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def generate_c(functions: int, seed: int = 7) -> str:
    """Functions of varied shape (loops, branches, arithmetic, calls) so sizes and -Oz savings vary."""
    rng = random.Random(seed)
    parts = ["int table[64];", "static int helper(int x) { return x * 3 + 1; }"]
    for index in range(functions):
        kind = index % 4
        constant = rng.randint(2, 97)
        if kind == 0:
            body = f"int s = 0; for (int i = 0; i < n; i++) s += a[i] * {constant}; return s;"
            parts.append(f"int f{index}(int *a, int n) {{ {body} }}")
        elif kind == 1:
            parts.append(f"int f{index}(int x, int y) {{ if (x > y) return x - y + {constant};"
                         f" else if (x < 0) return -x; return helper(y) ^ {constant}; }}")
        elif kind == 2:
            parts.append(f"void f{index}(int *a, int n) {{ for (int i = 0; i + 1 < n; i++)"
                         f" if (a[i] > a[i + 1]) {{ int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t; }} }}")
        else:
            parts.append(f"int f{index}(int k) {{ int acc = {constant}; while (k-- > 0)"
                         f" acc = (acc << 1) ^ table[k & 63]; return acc; }}")
    return "\n".join(parts) + "\n"


def compile_c_at_o0(c_source: str, workdir: Path, stem: str = "bench") -> Path:
    """workdir/<stem>.ll: `c_source` compiled by clang -O0 with optnone off, as the examples are."""
    clang = shutil.which("clang-19") or shutil.which("clang")
    if clang is None:
        raise SystemExit("irlens bench lsp: clang-19 generates the module (apt-get install clang-19)")
    source = workdir / f"{stem}.c"
    source.write_text(c_source)
    output = workdir / f"{stem}.ll"
    subprocess.run([clang, "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm", "-o", str(output),
                    str(source)], check=True)
    return output


def build_module(functions: int, workdir: Path) -> Path:
    return compile_c_at_o0(generate_c(functions), workdir)


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def measure(module: Path, hovers: int, timeout_s: float) -> dict[str, Any]:
    text = module.read_text()
    client = LanguageClient("irlens-bench", "1")
    client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(lambda params: None)
    client.feature(STATUS_NOTIFICATION)(lambda params: None)
    await client.start_io(sys.executable, "-m", "irlens", "serve")
    server_pid = client._server.pid if client._server else 0
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), process_id=None,
        initialization_options={"modelEnabled": False}))
    client.initialized(types.InitializedParams())
    uri = module.resolve().as_uri()
    opened = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="llvm", version=1, text=text)))
    define_lines = [n for n, line in enumerate(text.splitlines()) if line.startswith("define ")]

    rng = random.Random(1)
    latencies: list[float] = []
    for _ in range(hovers):
        line = rng.choice(define_lines) + 1
        started = time.perf_counter()
        await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, 2)))
        latencies.append((time.perf_counter() - started) * 1000.0)
        await asyncio.sleep(0.01)

    all_bytes_s: float | None = None
    all_measured_s: float | None = None
    lenses_measured = 0
    while time.perf_counter() - opened < timeout_s:
        lenses = await client.text_document_code_lens_async(types.CodeLensParams(
            text_document=types.TextDocumentIdentifier(uri=uri))) or []
        titles = [lens.command.title for lens in lenses if lens.command]
        with_bytes = sum(1 for title in titles if "… B" not in title)
        lenses_measured = sum(1 for title in titles if "… B" not in title and "-Oz" in title)
        now = time.perf_counter() - opened
        if all_bytes_s is None and titles and with_bytes == len(titles):
            all_bytes_s = now
        if titles and lenses_measured == len(titles):
            all_measured_s = now
            break
        await asyncio.sleep(0.5)

    peak_mb = _peak_rss_mb(server_pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "module": str(module), "module_bytes": len(text.encode()), "functions": len(define_lines),
        "hovers": len(latencies), "hover_p50_ms": statistics.median(latencies),
        "hover_p99_ms": _percentile(latencies, 0.99), "hover_max_ms": max(latencies),
        "seconds_until_all_bytes": all_bytes_s, "seconds_until_all_measured": all_measured_s,
        "functions_measured_at_end": lenses_measured, "server_peak_rss_mb": peak_mb,
    }


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="irlens-bench-") as workdir:
        module = Path(args.input) if args.input else build_module(args.functions, Path(workdir))
        figures = asyncio.run(measure(module, args.hovers, args.timeout))
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0

    def show(value: Any, unit: str = "") -> str:
        if value is None:
            return "not reached"
        return f"{value:.1f}{unit}" if isinstance(value, float) else str(value)

    rows = [
        ("module", f"{figures['functions']} functions, {figures['module_bytes'] / 1e6:.1f} MB"),
        ("hover p50", show(figures["hover_p50_ms"], " ms")),
        ("hover p99", show(figures["hover_p99_ms"], " ms")),
        ("all functions have object bytes", show(figures["seconds_until_all_bytes"], " s")),
        ("all functions measured (bytes + -Oz)", show(figures["seconds_until_all_measured"], " s")),
        ("server peak RSS", show(figures["server_peak_rss_mb"], " MB")),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0
