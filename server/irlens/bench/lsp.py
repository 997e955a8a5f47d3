"""`irlens bench lsp`: the language server on a large module, through the real stdio protocol.

Generates a C file with N functions, compiles it with clang -O0 (-disable-O0-optnone, as the examples),
starts `irlens serve`, opens the module and measures: hover latency (p50/p99) while background work
runs, time until every function has its object bytes and -Oz size (the code lens fully populated),
the first hover and a go-to-definition right after a one-line edit, and the server's peak resident
memory (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from irlens.config import Settings
from irlens.engine.documents import apply_edit
from irlens.ir.columns import to_units
from irlens.ir.index import FunctionDef, TextChange, parse_ir
from irlens.lsp.commands import COMMAND_FUNCTION_FACTS
from irlens.lsp.server import SIZES_CHANGED_NOTIFICATION, STATUS_NOTIFICATION


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lsp", help="hover latency, edits, time to measure everything, memory")
    parser.add_argument("--functions", type=int, default=2000, help="functions in the generated module")
    parser.add_argument("--large", action="store_true",
                        help="larger functions (about 5 KB of IR each: 2,400 functions make 12 MB)")
    parser.add_argument("--hovers", type=int, default=200, help="hover requests to time, during and after")
    parser.add_argument("--edit-samples", type=int, default=5, help="one-line edits to time")
    parser.add_argument("--edits", type=int, default=1000, help="random edits the server must survive")
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


def generate_large_c(functions: int, seed: int = 11) -> str:
    """Functions of 1 to 6 statement blocks (loops, branches, switches, calls; about 5 KB of -O0 IR
    each on average, as in a large C program), so that 2,400 of them make a 12 MB module."""
    rng = random.Random(seed)
    parts = ["int table[64];", "struct point { int x, y; long w; };",
             "static int helper(int x) { return x * 3 + 1; }"]
    for index in range(functions):
        blocks = []
        for block in range(rng.randint(1, 6)):
            constant = rng.randint(2, 97)
            kind = rng.randrange(5)
            if kind == 0:
                blocks.append(f"for (int i{block} = 0; i{block} < n; i{block}++)"
                              f" s += a[i{block}] * {constant};")
            elif kind == 1:
                blocks.append(f"if (s > {constant}) s -= helper(s) ^ {constant}; else if (s < 0) s = -s;"
                              f" else s += table[(s + {block}) & 63];")
            elif kind == 2:
                blocks.append(f"for (int j{block} = 0; j{block} + 1 < n; j{block}++) if (a[j{block}] > "
                              f"a[j{block} + 1]) {{ int t = a[j{block}]; a[j{block}] = a[j{block} + 1];"
                              f" a[j{block} + 1] = t; }}")
            elif kind == 3:
                blocks.append(f"switch ((s + {constant}) & 7) {{ case 0: s += {constant}; break; case 1: "
                              f"s ^= n; break; case 3: s = helper(s); break; case 5: s -= {block}; break;"
                              f" default: s *= 3; }}")
            else:
                blocks.append(f"{{ struct point p = {{ s, n, {constant} }}; p.w += p.x * p.y; "
                              f"s = (int)(p.w >> 2) + table[{constant} & 63]; }}")
        parts.append(f"int f{index}(int *a, int n) {{ int s = {index}; {' '.join(blocks)} return s; }}")
    return "\n".join(parts) + "\n"


def build_module(functions: int, workdir: Path, *, large: bool = False) -> Path:
    return compile_c_at_o0(generate_large_c(functions) if large else generate_c(functions), workdir)


class _TreeMemory:
    """Samples the resident memory of a process and its descendants (the LLVM tools it runs) and
    keeps the peak of their sum."""

    def __init__(self, pid: int, interval_s: float = 0.1) -> None:
        self.pid = pid
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval_s,), daemon=True)
        self._thread.start()

    def _sample(self, interval_s: float) -> None:
        while not self._stop.wait(interval_s):
            self.peak_mb = max(self.peak_mb, _tree_rss_mb(self.pid))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb


def _tree_rss_mb(root: int) -> float:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21])  # pages
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in tree) * os.sysconf("SC_PAGE_SIZE") / 2**20


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


class _Session:
    """The bench's client: the server over stdio, and the text the client holds."""

    def __init__(self, client: LanguageClient, uri: str, text: str) -> None:
        self.client, self.uri, self.text, self.version = client, uri, text, 1

    def edit(self, change: TextChange) -> None:
        """One incremental didChange (UTF-16 columns, as editors send them)."""
        self.version += 1
        self.text = apply_edit(self.text, change)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(change.start_line, change.start_character),
                                  types.Position(change.end_line, change.end_character)),
                text=change.text)]))

    async def hover_ms(self, line: int) -> float:
        return (await self.timed_hover(line))[0]

    async def timed_hover(self, line: int) -> tuple[float, types.Hover | None]:
        started = time.perf_counter()
        answer = await self.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri), position=types.Position(line, 2)))
        return (time.perf_counter() - started) * 1000.0, answer

    async def timed_definition(self, line: int, character: int) -> tuple[float, int | None]:
        """(ms, the line of the definition found) of a go-to-definition request."""
        started = time.perf_counter()
        answer = await self.client.text_document_definition_async(types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri),
            position=types.Position(line, character)))
        elapsed = (time.perf_counter() - started) * 1000.0
        location = answer[0] if isinstance(answer, list) and answer else answer
        return elapsed, location.range.start.line if isinstance(location, types.Location) else None

    async def hovers(self, lines: list[int], count: int, rng: random.Random) -> list[float]:
        latencies = []
        for _ in range(count):
            latencies.append(await self.hover_ms(rng.choice(lines) + 1))
            await asyncio.sleep(0.01)
        return latencies

    async def facts(self, name: str) -> dict[str, Any]:
        return await self.client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=COMMAND_FUNCTION_FACTS, arguments=[self.uri, name])) or {}

    async def lens_counts(self) -> tuple[int, int, int]:
        """(functions, with object bytes, with bytes and -Oz size) from the code lenses."""
        lenses = await self.client.text_document_code_lens_async(types.CodeLensParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri))) or []
        titles = [lens.command.title for lens in lenses if lens.command]
        with_bytes = sum(1 for title in titles if "… B" not in title)
        measured = sum(1 for title in titles if "… B" not in title and "-Oz" in title)
        return len(titles), with_bytes, measured


def random_edit(rng: random.Random, text: str) -> TextChange:
    """An insertion, a deletion (up to a few lines) or garbage bytes, in UTF-16 columns."""
    lines = text.split("\n")
    line = rng.randrange(len(lines))

    def units(number: int, column: int) -> int:
        return to_units(lines[number], column, "utf-16")

    column = rng.randint(0, len(lines[line]))
    kind = rng.choice(["insert", "delete", "garbage"])
    if kind == "delete":
        end_line = min(len(lines) - 1, line + rng.choice([0, 0, 0, 1, 4]))
        end_column = rng.randint(0, len(lines[end_line])) if end_line > line else \
            rng.randint(column, len(lines[line]))
        return TextChange(line, units(line, column), end_line, units(end_line, end_column), "")
    if kind == "insert":
        inserted = rng.choice(["  %bench = add i32 1, 2\n", "x", "\n", "}", "define i32 @g() {\n", "; note"])
    else:
        inserted = "".join(chr(rng.choice([0x00, 0x07, 0x7F, 0xE9, 0x2028, 0x1F600, 0x22, 0x40, 0x25, 0x7B]))
                           for _ in range(rng.randint(1, 8)))
    return TextChange(line, units(line, column), line, units(line, column), inserted)


async def _all_measured(session: _Session, opened: float,
                        timeout_s: float) -> tuple[float | None, float | None, int, int]:
    all_bytes_s: float | None = None
    total = measured = 0
    while time.perf_counter() - opened < timeout_s:
        total, with_bytes, measured = await session.lens_counts()
        now = time.perf_counter() - opened
        if all_bytes_s is None and total and with_bytes == total:
            all_bytes_s = now
        if total and measured == total:
            return all_bytes_s, now, total, measured
        await asyncio.sleep(1.0)
    return all_bytes_s, None, total, measured


def _edit_line(session: _Session, function: FunctionDef) -> TextChange:
    """One instruction typed as the first line of `function`'s body."""
    line = function.define_line + 1
    return TextChange(line, 0, line, 0, f"  %bench.edit.{session.version} = add i32 1, 2\n")


async def _one_line_edit(session: _Session, function: FunctionDef, hover_line: int, debounce_s: float,
                         timeout_s: float) -> tuple[float, bool, float | None]:
    """Types one instruction into `function`; (first hover after it in ms, whether it answered, seconds
    until the function's facts show the new text measured, counted from the end of the debounce)."""
    before = await session.facts(function.name)
    expected = int(before.get("ir_instructions") or function.instruction_count) + 1
    session.edit(_edit_line(session, function))
    edited = time.perf_counter()
    first_hover, answer = await session.timed_hover(hover_line)
    while time.perf_counter() - edited < timeout_s:
        facts = await session.facts(function.name)
        if facts.get("ir_instructions") == expected and facts.get("bytes") is not None:
            return first_hover, answer is not None, time.perf_counter() - edited - debounce_s
        await asyncio.sleep(0.02)
    return first_hover, answer is not None, None


async def _definition_after_edit(session: _Session, edited: FunctionDef, caller: FunctionDef,
                                 rng: random.Random) -> tuple[float, bool]:
    """Types one instruction into `edited`, then at once asks where a name `caller` uses (a call or a
    global) is defined; (ms, whether the answer is the line a full parse of the new text gives)."""
    session.edit(_edit_line(session, edited))
    index = parse_ir(session.text)
    moved = index.function_named(caller.name)
    assert moved is not None
    uses = [(number, match.start() + 1)
            for number, text in enumerate(session.text.split("\n")[moved.define_line + 1:moved.end_line],
                                          start=moved.define_line + 1)
            for match in re.finditer(r"@[\w.]+", text)]
    line, column = rng.choice(uses)
    symbol = index.symbol_at(line, column)
    expected = symbol[1].definition.line if symbol and symbol[1].definition else None
    elapsed, found = await session.timed_definition(line, column)
    return elapsed, found is not None and found == expected


async def measure(module: Path, hovers: int, timeout_s: float, *, edit_samples: int = 5,
                  edits: int = 1000) -> dict[str, Any]:
    text = module.read_text()
    client = LanguageClient("irlens-bench", "1")
    client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(lambda params: None)
    client.feature(STATUS_NOTIFICATION)(lambda params: None)
    client.feature(SIZES_CHANGED_NOTIFICATION)(lambda params: None)
    await client.start_io(sys.executable, "-m", "irlens", "serve")
    server = client._server
    assert server is not None
    memory = _TreeMemory(server.pid)
    settings = Settings()
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), process_id=None,
        initialization_options={"modelEnabled": False}))
    client.initialized(types.InitializedParams())
    uri = module.resolve().as_uri()
    opened = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="llvm", version=1, text=text)))
    session = _Session(client, uri, text)
    index = parse_ir(text)
    functions = index.defined_functions
    define_lines = [function.define_line for function in functions]
    rng = random.Random(1)

    while_measuring = await session.hovers(define_lines, hovers, rng)
    all_bytes_s, all_measured_s, total, measured = await _all_measured(session, opened, timeout_s)
    after_measuring = await session.hovers(define_lines, hovers, rng)

    first_hovers: list[float] = []
    hovers_answered = 0
    edit_to_bytes: list[float | None] = []
    definitions: list[float] = []
    definitions_right = 0
    for _ in range(edit_samples):
        index = parse_ir(session.text)
        candidates = [f for f in index.defined_functions if f.end_line - f.define_line > 3]
        function, hovered = rng.choice(candidates), rng.choice(index.defined_functions)
        first_hover, answered, seconds = await _one_line_edit(session, function, hovered.define_line + 1,
                                                              settings.debounce_ms / 1000.0, 60.0)
        first_hovers.append(first_hover)
        hovers_answered += answered
        edit_to_bytes.append(seconds)
        index = parse_ir(session.text)  # the edit moved the functions after it
        edited = rng.choice([f for f in index.defined_functions if f.end_line - f.define_line > 3])
        callers = [f for f in index.defined_functions if "@" in index.function_text(f).split("\n", 1)[-1]]
        elapsed, right = await _definition_after_edit(session, edited, rng.choice(callers), rng)
        definitions.append(elapsed)
        definitions_right += right

    alive_checks = 0
    for number in range(edits):
        session.edit(random_edit(rng, session.text))
        await asyncio.sleep(0.002)
        if number % 100 == 99:  # the server still answers (within 30 s) while edits pour in
            await asyncio.wait_for(session.hover_ms(rng.randrange(len(session.text.split("\n")))), 30)
            alive_checks += 1
    await asyncio.sleep(2.0)
    survived = server.returncode is None
    if survived:
        await asyncio.wait_for(session.hover_ms(1), 60)
        survived = server.returncode is None
    peak_server_mb = _peak_rss_mb(server.pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    measured_ok = [s for s in edit_to_bytes if s is not None]
    return {
        "module": str(module), "module_bytes": len(text.encode()), "functions": len(define_lines),
        "hovers": len(while_measuring),
        "hover_while_measuring_ms": {"p50": statistics.median(while_measuring),
                                     "p99": _percentile(while_measuring, 0.99), "max": max(while_measuring)},
        "hover_after_measuring_ms": {"p50": statistics.median(after_measuring),
                                     "p99": _percentile(after_measuring, 0.99), "max": max(after_measuring)},
        "seconds_until_all_bytes": all_bytes_s, "seconds_until_all_measured": all_measured_s,
        "functions_measured_at_end": measured, "functions_with_lenses": total,
        "edit_samples": edit_samples,
        "first_hover_after_edit_ms": {"median": statistics.median(first_hovers), "max": max(first_hovers)},
        "first_hovers_after_edit_answered": hovers_answered,
        "definition_after_edit_ms": {"median": statistics.median(definitions), "max": max(definitions)},
        "definitions_after_edit_right": definitions_right,
        "edited_function_bytes_after_debounce_s": {
            "median": statistics.median(measured_ok) if measured_ok else None,
            "max": max(measured_ok) if measured_ok else None,
            "not_shown": edit_to_bytes.count(None)},
        "debounce_ms": settings.debounce_ms,
        "random_edits": edits, "alive_checks": alive_checks, "server_survived": survived,
        "server_peak_rss_mb": peak_server_mb, "peak_rss_server_and_tools_mb": memory.stop(),
    }


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="irlens-bench-") as workdir:
        module = Path(args.input) if args.input else build_module(args.functions, Path(workdir),
                                                                   large=args.large)
        figures = asyncio.run(measure(module, args.hovers, args.timeout, edit_samples=args.edit_samples,
                                      edits=args.edits))
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0 if figures["server_survived"] else 1

    def show(value: Any, unit: str = "") -> str:
        if value is None:
            return "not reached"
        return f"{value:.1f}{unit}" if isinstance(value, float) else str(value)

    during, after = figures["hover_while_measuring_ms"], figures["hover_after_measuring_ms"]
    first, shown = figures["first_hover_after_edit_ms"], figures["edited_function_bytes_after_debounce_s"]
    definition = figures["definition_after_edit_ms"]
    rows = [
        ("module", f"{figures['functions']} functions, {figures['module_bytes'] / 1e6:.1f} MB"),
        ("hover p50 / p99 while measuring", f"{show(during['p50'], ' ms')} / {show(during['p99'], ' ms')}"),
        ("hover p50 / p99 after measuring", f"{show(after['p50'], ' ms')} / {show(after['p99'], ' ms')}"),
        ("all functions have object bytes", show(figures["seconds_until_all_bytes"], " s")),
        ("all functions measured (bytes + -Oz)", show(figures["seconds_until_all_measured"], " s")),
        ("first hover after a one-line edit", f"median {show(first['median'], ' ms')}, "
                                              f"max {show(first['max'], ' ms')}"),
        ("go-to-definition after a one-line edit", f"median {show(definition['median'], ' ms')}, "
                                                    f"max {show(definition['max'], ' ms')} "
                                                    f"({figures['definitions_after_edit_right']} right)"),
        ("edited function's bytes after the debounce", f"median {show(shown['median'], ' s')}, "
                                                        f"max {show(shown['max'], ' s')} "
                                                        f"({shown['not_shown']} not shown)"),
        ("random edits survived", f"{figures['random_edits']}: {figures['server_survived']}"),
        ("peak RSS, server / server and tools", f"{show(figures['server_peak_rss_mb'], ' MB')} / "
                                                f"{show(figures['peak_rss_server_and_tools_mb'], ' MB')}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0 if figures["server_survived"] else 1
