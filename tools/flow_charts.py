"""Build step: each tool's flowchart, laid out by Graphviz from its flow.

``fss_logic/chart.py`` writes a tool's chart in DOT; ``tools/chart.mjs`` lays every chart out
with the npm package ``@viz-js/viz`` (Graphviz compiled to WebAssembly) under Node, once a
build, and nothing is fetched. The same flow gives the same DOT and the same SVG, byte for
byte, and the SVG is kept in ``.cache/fss-build/`` by the DOT's digest and Graphviz's
version. If Node or the package is missing, or Graphviz fails, the build stops and says why:
a page is never built without its chart.

Imports only the standard library, ``fss_logic`` and ``build_cache`` (beside it), so that
``tools/macros.py`` can import it without ever failing for want of an installed package.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path

from build_cache import CACHE, cached, key

from fss_logic.chart import Chart, chart, dot
from fss_logic.kind import ToolKind

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "chart.mjs"
VIZ_PACKAGE = ROOT / "node_modules" / "@viz-js" / "viz" / "package.json"


class ChartBuildError(RuntimeError):
    """A flowchart could not be laid out: the build must stop."""


def _viz_version() -> bytes:
    if not VIZ_PACKAGE.is_file():
        raise ChartBuildError(
            "The flowcharts need the npm package @viz-js/viz, which is missing: run "
            "'npm ci' (make build does), then build again."
        )
    return json.loads(VIZ_PACKAGE.read_text("utf-8"))["version"].encode()


def layout(dots: list[str]) -> list[str]:
    """The SVG Graphviz lays out for each DOT text, in one run of Node."""
    try:
        result = subprocess.run(
            ["node", str(SCRIPT)],
            input=json.dumps(dots),
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ChartBuildError(f"Laying out the flowcharts with Node failed: {error}") from error
    if result.returncode != 0:
        raise ChartBuildError(
            "Laying out the flowcharts with Node failed (tools/chart.mjs):\n"
            + result.stderr[-3000:]
        )
    svgs = json.loads(result.stdout)
    if len(svgs) != len(dots) or not all(s.lstrip().startswith("<?xml") for s in svgs):
        raise ChartBuildError("tools/chart.mjs did not return one SVG for each chart")
    return svgs


def chart_svgs(kinds: Mapping[str, ToolKind]) -> dict[str, tuple[Chart, str]]:
    """Each tool's chart and its SVG, by tool id: laid out in one run of Node, or taken
    from the cache where the DOT and Graphviz's version are unchanged."""
    charts = {tool: chart(kind) for tool, kind in kinds.items()}
    dots = {tool: dot(c) for tool, c in charts.items()}
    version = _viz_version()
    inputs = {tool: (text.encode("utf-8"), version) for tool, text in dots.items()}
    missing = [t for t in dots if not (CACHE / f"chart-{key(*inputs[t])}").is_file()]
    laid_out = dict(zip(missing, layout([dots[t] for t in missing]), strict=True))
    return {
        tool: (
            charts[tool],
            cached("chart", inputs[tool], lambda t=tool: laid_out[t].encode("utf-8")).decode(),
        )
        for tool in dots
    }
