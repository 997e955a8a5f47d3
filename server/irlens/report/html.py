"""The size report as one self-contained HTML page (works offline, no CDN).

Charts are plotly figures (a treemap of every function: area = bytes, colour = the share of its
bytes that the best known verified version saves; a before/after bar chart of the whole set).
plotly.js (4.8 MB minified) is embedded once, gzip-compressed and base64-encoded (~1.9 MB), and
unpacked in the page with the browser's DecompressionStream: that keeps a 2,400-function report
under 5 MB, where a plain inline copy alone would be 4.8 MB. The tables (functions, sortable by any
column; module totals; inputs that were not measured) are rendered from embedded JSON by a short
script, so the page stays small for thousands of rows.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from functools import cache
from pathlib import Path
from typing import Any

import plotly
import plotly.graph_objects as go

from irlens.report.report import best_known_bytes, report_totals
from irlens.toolchain.baseline import EXACT_BASELINE_HINT, BaselineExactness

LABELLED_TILES = 300


@cache
def plotly_js_gzip_base64() -> str:
    source = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return base64.b64encode(gzip.compress(source.read_bytes(), compresslevel=9, mtime=0)).decode("ascii")


def saving_fraction(function: dict[str, Any]) -> float:
    size = function.get("bytes") or 0
    return (size - best_known_bytes(function)) / size if size else 0.0


def treemap_figure(report: dict[str, Any]) -> go.Figure:
    # Laying out a label costs the browser a text measurement per tile (3 of the 4 s of a 2,400-function
    # treemap): the largest LABELLED_TILES functions get one, the others are named on hover only.
    ranked = sorted(((f["bytes"], index, f["name"]) for index, m in enumerate(report["modules"])
                     for f in m["functions"] if f.get("bytes")), reverse=True)
    labelled = {(index, name) for _size, index, name in ranked[:LABELLED_TILES]}
    ids: list[str] = []
    texts: list[str] = []
    labels: list[str] = []
    parents: list[str] = []
    values: list[int] = []
    colors: list[float] = []
    hover: list[str] = []
    for index, module in enumerate(report["modules"]):
        functions = [f for f in module["functions"] if f.get("bytes")]
        if not functions:
            continue
        module_id = f"m{index}"
        total = sum(f["bytes"] for f in functions)
        best = sum(best_known_bytes(f) for f in functions)
        ids.append(module_id)
        labels.append(Path(module["module"]).name)
        texts.append(labels[-1])
        parents.append("")
        values.append(0)  # branchvalues "remainder": a module's area is its functions'
        colors.append((total - best) / total if total else 0.0)
        hover.append(f"{html.escape(module['module'])}<br>{total} bytes, best known {best}")
        for function in functions:
            ids.append(f"{module_id}/{function['name']}")
            labels.append(function["name"])
            texts.append(function["name"] if (index, function["name"]) in labelled else "")
            parents.append(module_id)
            values.append(function["bytes"])
            colors.append(saving_fraction(function))
            hover.append(_function_hover(function))
    figure = go.Figure(go.Treemap(
        ids=ids, labels=labels, parents=parents, values=values, branchvalues="remainder",
        marker={"colors": colors, "colorscale": "YlOrRd", "cmin": 0.0, "cmax": 0.6,
                "colorbar": {"title": {"text": "saving"}, "tickformat": ".0%"}},
        text=texts, hovertext=hover, hoverinfo="label+text", textinfo="text", maxdepth=3,
    ))
    figure.update_layout(margin={"t": 30, "l": 5, "r": 5, "b": 5}, height=640,
                         title={"text": "Functions by bytes; colour: saving (best verified or clang -Oz)",
                                "font": {"size": 14}})
    return figure


def _function_hover(function: dict[str, Any]) -> str:
    parts = [f"{function['bytes']} bytes"]
    if function.get("oz_bytes") is not None:
        parts.append(f"clang -Oz {function['oz_bytes']}")
    if function.get("best_bytes") is not None:
        parts.append(f"best verified {function['best_bytes']} with {html.escape(function['pipeline'] or '')}")
    return ", ".join(parts)


def before_after_figure(totals: dict[str, int]) -> go.Figure:
    stages = ["as given", "clang -Oz", "best verified"]
    figure = go.Figure([
        go.Bar(name="function bytes (sum)", x=stages,
               y=[totals["bytes"], totals["oz_bytes"], totals["best_bytes"]], texttemplate="%{y}"),
        go.Bar(name="module text+data (sum)", x=stages[:2],
               y=[totals["text_data_bytes"], totals["oz_text_data_bytes"]], texttemplate="%{y}"),
    ])
    figure.update_layout(barmode="group", height=360, margin={"t": 40, "l": 50, "r": 10, "b": 30},
                         title={"text": f"The whole set: {totals['functions']} functions",
                                "font": {"size": 14}},
                         yaxis={"title": {"text": "bytes"}})
    return figure


def function_rows(report: dict[str, Any]) -> list[list[Any]]:
    return [[module["module"], f["name"], f["ir_instructions"], f["bytes"], f["oz_bytes"], f["best_bytes"],
             f["pipeline"] or ""]
            for module in report["modules"] for f in module["functions"]]


def module_rows(report: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for module in report["modules"]:
        functions = [f for f in module["functions"] if f["bytes"] is not None]
        rows.append([module["module"], len(module["functions"]), sum(f["bytes"] for f in functions),
                     sum(f["oz_bytes"] for f in functions if f["oz_bytes"] is not None),
                     sum(best_known_bytes(f) for f in functions), module["text_data_bytes"],
                     module["oz_text_data_bytes"], module["error"] or ""])
    return rows


def problem_rows(report: dict[str, Any]) -> list[list[str]]:
    return [*([m["module"], m["error"]] for m in report["modules"] if m["error"]),
            *([p["path"], p["problem"]] for p in report["problems"])]


def _json_for_script(value: Any) -> str:
    return json.dumps(value, separators=(",", ":")).replace("</", "<\\/")


def estimated_note(report: dict[str, Any]) -> str:
    """Which modules' clang -Oz figures are estimated, in the words hover, lens and tables use
    (toolchain/baseline.BaselineExactness), with how to get exact ones; "" when every figure is exact."""
    counts: dict[str, int] = {}
    measured = [m for m in report["modules"] if not m["error"] and m.get("input_kind")]
    for module in measured:
        note = BaselineExactness.of(module["input_kind"], "clang").note
        if note:
            counts[note] = counts.get(note, 0) + 1
    if not counts:
        return ""
    parts = "; ".join(f"{note} for {count} of {len(measured)} modules" for note, count in counts.items())
    return f" ({parts}: {EXACT_BASELINE_HINT})"


def render_html(report: dict[str, Any], title: str = "irlens size report") -> str:
    totals = report_totals(report)
    figures = {"treemap": treemap_figure(report).to_plotly_json(),
               "beforeafter": before_after_figure(totals).to_plotly_json()}
    data = {
        "figures": figures,
        "functions": function_rows(report),
        "modules": module_rows(report),
        "problems": problem_rows(report),
    }
    figures_json = json.dumps(data, cls=plotly.utils.PlotlyJSONEncoder, separators=(",", ":"))
    modules_ok = sum(1 for m in report["modules"] if not m["error"])
    summary = (f"{modules_ok} module(s), {totals['functions']} functions measured with LLVM "
               f"{report.get('llvm_version')}: {totals['bytes']} bytes as given, {totals['oz_bytes']} "
               f"after clang -Oz{estimated_note(report)}, {totals['best_bytes']} best known"
               + ("" if report.get("suggest") else " (verified search off: run with --suggest)")
               + f"; {len(data['problems'])} input(s) not measured.")
    return (_PAGE.replace("{{title}}", html.escape(title))
            .replace("{{summary}}", html.escape(summary))
            .replace("{{data}}", figures_json.replace("</", "<\\/"))
            .replace("{{plotly}}", plotly_js_gzip_base64()))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 13px system-ui, sans-serif; margin: 12px; color: #222; background: #fff; }
h1 { font-size: 18px; margin: 4px 0; } h2 { font-size: 15px; margin: 18px 0 6px; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: right; white-space: nowrap; }
th { cursor: pointer; background: #f3f3f3; position: sticky; top: 0; user-select: none; }
td.t, th.t { text-align: left; } td.p { font-family: monospace; text-align: left; white-space: normal; }
.scroll { max-height: 480px; overflow: auto; border: 1px solid #ddd; }
#status { color: #a33; }
</style></head><body>
<h1>{{title}}</h1><p id="summary">{{summary}}</p><p id="status"></p>
<div id="treemap"></div><div id="beforeafter"></div>
<h2>Functions</h2><div class="scroll"><table id="functions"></table></div>
<h2>Modules</h2><div class="scroll"><table id="modules"></table></div>
<h2>Not measured</h2><div class="scroll"><table id="problems"></table></div>
<script type="application/json" id="report-data">{{data}}</script>
<script type="application/octet-stream" id="plotly-gz">{{plotly}}</script>
<script>
"use strict";
const marks = [["start", performance.now()]];
const data = JSON.parse(document.getElementById("report-data").textContent);
const entities = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};
const escape = (v) => String(v).replace(/[&<>"]/g, (c) => entities[c]);
function table(id, headers, rows, textColumns, wrapColumn) {
  const element = document.getElementById(id);
  let order = {column: -1, descending: false};
  const cellClass = (i) => (i === wrapColumn ? "p" : textColumns.includes(i) ? "t" : "");
  const arrow = (i) => (order.column === i ? (order.descending ? " \\u25bc" : " \\u25b2") : "");
  function draw() {
    const head = "<thead><tr>" + headers.map((h, i) => `<th data-i="${i}" class="${cellClass(i)}">`
      + escape(h) + arrow(i) + "</th>").join("") + "</tr></thead>";
    const body = rows.map((r) => "<tr>" + r.map((v, i) => `<td class="${cellClass(i)}">`
      + (v === null ? "-" : escape(v)) + "</td>").join("") + "</tr>").join("");
    element.innerHTML = head + "<tbody>" + body + "</tbody>";
  }
  element.addEventListener("click", (event) => {
    const th = event.target.closest("th"); if (!th) return;
    const column = Number(th.dataset.i);
    order = {column, descending: order.column === column ? !order.descending : !textColumns.includes(column)};
    const sign = order.descending ? -1 : 1;
    rows.sort((a, b) => {
      const x = a[column], y = b[column];
      if (x === y) return 0; if (x === null) return 1; if (y === null) return -1;
      return sign * (typeof x === "number" ? x - y : String(x).localeCompare(String(y)));
    });
    draw();
  });
  draw();
}
table("functions", ["module", "function", "IR instructions", "bytes", "clang -Oz bytes",
                   "best verified bytes", "pipeline"], data.functions, [0, 1, 6], 6);
table("modules", ["module", "functions", "bytes", "clang -Oz bytes", "best known bytes", "text+data",
                 "clang -Oz text+data", "error"], data.modules, [0, 7], 7);
table("problems", ["input", "problem"], data.problems, [0, 1], 1);
async function loadPlotly() {
  const packed = document.getElementById("plotly-gz").textContent;
  const bytes = Uint8Array.fromBase64 ? new Blob([Uint8Array.fromBase64(packed)])
    : await (await fetch("data:application/octet-stream;base64," + packed)).blob();
  marks.push(["base64", performance.now()]);
  const source = await new Response(bytes.stream().pipeThrough(new DecompressionStream("gzip"))).text();
  marks.push(["gunzip", performance.now()]);
  const url = URL.createObjectURL(new Blob([source], {type: "text/javascript"}));
  await new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = resolve;
    script.onerror = () => reject(new Error("plotly.js did not load"));
    document.head.appendChild(script);
  });
}
marks.push(["tables", performance.now()]);
loadPlotly().then(async () => {
  marks.push(["plotly", performance.now()]);
  for (const [id, figure] of Object.entries(data.figures)) {
    await Plotly.newPlot(id, figure.data, figure.layout, {displaylogo: false, responsive: true});
    marks.push([id, performance.now()]);
  }
  document.body.dataset.marks = JSON.stringify(marks);
  document.body.dataset.renderMs = String(Math.round(performance.now()));
  document.body.dataset.rendered = "true";
}).catch((error) => { document.getElementById("status").textContent = "charts unavailable: " + error; });
</script></body></html>
"""
