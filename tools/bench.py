"""Speed and size of the site and its decision tools: ``make bench``.

Measures, against goals a practitioner on an ordinary office PC would notice:
- the bytes the server sends (compressed as the browser accepts): a guide page; a first
  visit to a tool, with the offline copy; a second tool reached by a link in the site;
- the runtime's and the wheel's size, and how long ``mkdocs build`` takes again;
- in Chromium, measured in the page: when the first question is painted, when Python is
  ready (median of five cold starts), how long an answer takes (Continue to the next
  question), the 95th percentile of 220 steps, and the second tool's first answer;
- Python ready on the tool page against a bare ``loadPyodide`` page on the same server
  and headers, cold and warm, medians of nine, side by side;
- Lighthouse 12 (mobile defaults) on the home page and every tool page;
- how long fss_logic takes per event in CPython (the same code Pyodide runs);
- for the named paths of every tool (``tools/paths.py``), the steps, free-text answers and
  record form fields, against the budgets of issue 18.

Prints the tables and writes ``bench/results.json`` with the machine and browser; exits 1
if a goal is missed. Timings are of this machine: compare runs on the same machine.
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from serve import SiteRequestHandler, make_server  # noqa: E402


class CountingHandler(SiteRequestHandler):
    """Counts the bytes of every response body the server sends (its Content-Length)."""

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "content-length":
            self.server.sent += int(value)  # type: ignore[attr-defined]
        super().send_header(keyword, value)


SITE = ROOT / "site"
GOALS = {
    "guide_page_load_bytes": 500_000,
    "guide_page_first_visit_bytes": 1_000_000,
    "tool_first_visit_bytes": 6_000_000,
    "second_tool_page_bytes": 200_000,
    "runtime_bytes": 16_000_000,
    "wheel_bytes": 200_000,
    "ready_seconds_median": 30.0,
    "first_question_ms_median": 300.0,
    "answer_ms_median": 300.0,
    "step_ms_p95": 50.0,
    "second_tool_answer_ms": 100.0,
    "cpython_event_ms_median": 20.0,
    "mkdocs_build_seconds": 10.0,
    "ready_vs_bare_cold": 0.5,
    "ready_vs_bare_warm": 0.5,
    # Lighthouse: performance at least 0.98, accessibility and best practices 1.0.
    "lighthouse_performance_shortfall": 0.02,
    "lighthouse_accessibility_shortfall": 0.0,
    "lighthouse_best_practices_shortfall": 0.0,
}


def machine() -> dict:
    """What the figures were measured on."""
    import os
    import platform
    import subprocess

    from tests.browser.conftest import CHROMIUM

    version = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout
    return {
        "cpus": os.cpu_count(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "browser": version.strip(),
    }


# A bare Pyodide page, for comparison: loadPyodide with its whole standard library, in a
# module worker, on the same server and headers, beside the tool's runtime in a copy of the
# built site. Both pages mark when Python is ready (performance.now(), from the start of
# the navigation), read in the page so that the browser driver's own time is not counted.
BARE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
<script type="module" src="bare.mjs"></script></head><body><p>Bare Pyodide</p></body></html>
"""
BARE_SCRIPT = """const url = new URL("bare-worker.mjs", import.meta.url);
const worker = new Worker(url, { type: "module" });
worker.onmessage = () => { document.documentElement.dataset.ready = "yes"; };
"""
BARE_WORKER = """import { loadPyodide } from "./pyodide.mjs";
await loadPyodide({ indexURL: new URL("./", import.meta.url).href });
postMessage("ready");
"""
# Notes the moment the page shows Python is ready: the tool's data-fss-runtime="ready", or
# the bare page's data-ready="yes".
READY_OBSERVER = """new MutationObserver(() => {
  const tool = document.querySelector('[data-fss-tool][data-fss-runtime="ready"]');
  if (!window.fssReadyAt && (tool || document.documentElement.dataset.ready === "yes")) {
    window.fssReadyAt = performance.now();
    document.documentElement.dataset.benchReady = "yes";
  }
}).observe(document, { attributes: true, subtree: true });
"""


def build_time() -> dict:
    """How long ``mkdocs build`` takes, again, on this machine (its caches warm)."""
    import os
    import subprocess
    import tempfile

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", scratch],
            cwd=ROOT,
            env=env,
            check=True,
        )
    return {"mkdocs_build_seconds": round(time.perf_counter() - started, 2)}


def sizes() -> dict:
    (runtime,) = (SITE / "assets" / "runtime").iterdir()
    runtime_bytes = sum(
        p.stat().st_size
        for p in runtime.rglob("*")
        if p.is_file() and p.suffix not in (".gz", ".br")  # the compressed copies aside
    )
    wheel = next(runtime.glob("fss_logic-*.whl"))
    return {"runtime_bytes": runtime_bytes, "wheel_bytes": wheel.stat().st_size}


def cpython_events() -> dict:
    from fss_logic.web import PageSession
    from paths import PATHS

    hard = PATHS[0].answers  # the commonest hard case, step by step as the page sends it
    timings = []
    for _ in range(20):
        page = PageSession("share", "../../")
        while page.shown() and any(q.id in hard for q in page.shown()):
            started = time.perf_counter()
            page.answer_with(hard)
            timings.append((time.perf_counter() - started) * 1000)
    return {"cpython_event_ms_median": round(statistics.median(timings), 2)}


def path_table() -> list[dict]:
    """Steps, free-text answers and form fields of every named path (tools/paths.py)."""
    from paths import table

    return table()


# Each page, cold then warm, in turn with the other: nine, not five, as a cold start on a
# two-core machine varies by a tenth of a second from one run to the next, and a median of
# five moved the ratio by 0.05 between runs of the same build.
SIDE_BY_SIDE_RUNS = 9


def bare_comparison() -> dict:
    """Python ready on the tool page against a bare loadPyodide page, cold (a new browser
    profile) and warm (the same page again), medians of nine, measured in the page."""
    import shutil
    import tempfile

    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        shutil.copytree(SITE, site)
        (runtime,) = (site / "assets" / "runtime").iterdir()
        (runtime / "bench-bare.html").write_text(BARE_PAGE, "utf-8")
        (runtime / "bare.mjs").write_text(BARE_SCRIPT, "utf-8")
        (runtime / "bare-worker.mjs").write_text(BARE_WORKER, "utf-8")
        stdlib = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
        shutil.copyfile(stdlib, runtime / "python_stdlib.zip")
        # Sent compressed, as the tool's own zip is, so that only what is in them differs.
        from compress import compressed_copies

        compressed_copies(runtime / "python_stdlib.zip")
        server = make_server(site, port=0, quiet=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/"
        pages = {
            "tool": "tools/share/",
            "bare": f"assets/runtime/{runtime.name}/bench-bare.html",
        }
        times: dict[str, dict[str, list[float]]] = {
            name: {"cold": [], "warm": []} for name in pages
        }
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(SIDE_BY_SIDE_RUNS):
                for name, path in pages.items():
                    context = chromium.new_context(service_workers="block")
                    context.add_init_script(READY_OBSERVER)
                    page = context.new_page()
                    for visit in ("cold", "warm"):
                        page.goto(base + path)
                        page.locator("html[data-bench-ready]").wait_for(timeout=180_000)
                        times[name][visit].append(page.evaluate("window.fssReadyAt") / 1000)
                    context.close()
            chromium.close()
        server.shutdown()
    medians = {
        f"{name}_{visit}_seconds": round(statistics.median(values), 2)
        for name, visits in times.items()
        for visit, values in visits.items()
    }
    return {
        "ready_vs_bare_cold": round(medians["tool_cold_seconds"] / medians["bare_cold_seconds"], 2),
        "ready_vs_bare_warm": round(medians["tool_warm_seconds"] / medians["bare_warm_seconds"], 2),
        "details": medians,
    }


STEPS = [
    ("Yes", "question:identifiable"),
    ("Yes", "question:confidential"),
    ("Yes", "question:urgent"),
    ("No", "question:agencies"),
]


def answer_step(page, label: str, then: str) -> None:
    """Choose ``label``, press Continue, and wait until the step ``then`` is shown."""
    page.get_by_label(label, exact=True).check()
    page.get_by_role("button", name="Continue").click()
    page.locator(f'[data-fss-tool][aria-busy="false"][data-fss-step="{then}"]').wait_for()


COLD_STARTS = 5  # of the share tool, each in a new profile: medians of five, as the goals ask


def browser() -> dict:
    """Bytes the server sends (compressed where the browser accepts it) and times, in
    Debian's Chromium: a guide page; a first visit to a tool, with the offline copy; a
    second tool afterwards; cold starts; answers."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    server = make_server(SITE, port=0, quiet=True, handler_class=CountingHandler)
    server.sent = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    ready, answers, steps, first_question, loaded, timing = [], [], [], [], {}, {}

    def sent_during(action) -> int:
        before = server.sent  # type: ignore[attr-defined]
        action()
        return server.sent - before  # type: ignore[attr-defined]

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for offline_copy, name in (
            (False, "guide_page_load_bytes"),
            (True, "guide_page_first_visit_bytes"),
        ):
            context = chromium.new_context(service_workers="allow" if offline_copy else "block")
            page = context.new_page()

            def visit_guide_page(page=page, offline_copy=offline_copy):
                page.goto(base + "consent/")
                page.wait_for_load_state("networkidle")
                if offline_copy:
                    page.locator('html[data-fss-offline="site"]').wait_for(timeout=60_000)

            loaded[name] = sent_during(visit_guide_page)
            context.close()
        context = chromium.new_context()
        context.add_init_script(READY_OBSERVER)
        page = context.new_page()

        def first_tool_visit():
            page.goto(base + "tools/share/")
            page.locator('[data-fss-tool][data-fss-runtime="ready"]').wait_for(timeout=180_000)
            page.locator('html[data-fss-offline="ready"]').wait_for(timeout=180_000)

        def second_tool_page():
            # By a link in the site's navigation, as a person moves: the page is swapped in
            # and the tab's Python is already running.
            page.evaluate("window.fssLinkAt = performance.now()")
            page.locator(".md-sidebar--primary .md-nav").get_by_role(
                "link", name="Mental Capacity Act checklist"
            ).first.click()
            page.locator('html[data-fss-path$="/tools/capacity/"]').wait_for()
            page.locator('[data-fss-tool][data-fss-runtime="ready"]').wait_for()

        loaded["tool_first_visit_bytes"] = sent_during(first_tool_visit)
        loaded["second_tool_page_bytes"] = sent_during(second_tool_page)
        # The second tool's first answer, from the press to the next question shown.
        page.evaluate("performance.clearMeasures('fss-step')")
        page.get_by_label("Yes", exact=True).check()
        page.get_by_role("button", name="Continue").click()
        page.locator('[data-fss-tool][aria-busy="false"][data-fss-revision="1"]').wait_for()
        timing["second_tool_answer_ms"] = round(
            page.evaluate("performance.getEntriesByName('fss-step')[0].duration"), 1
        )
        context.close()
        for _ in range(COLD_STARTS):
            context = chromium.new_context(service_workers="block")
            context.add_init_script(READY_OBSERVER)
            page = context.new_page()
            page.goto(base + "tools/share/")
            page.locator("html[data-bench-ready]").wait_for(timeout=180_000)
            ready.append(page.evaluate("window.fssReadyAt") / 1000)
            first_question.append(
                page.evaluate(
                    """() => new Promise((resolve) => new PerformanceObserver((list) => {
                        const entry = list.getEntries()
                            .find((e) => e.identifier === "fss-question");
                        if (entry) resolve(entry.renderTime || entry.loadTime);
                    }).observe({ type: "element", buffered: true }))"""
                )
            )
            for label, then in STEPS:
                started = time.perf_counter()
                answer_step(page, label, then)
                answers.append((time.perf_counter() - started) * 1000)
            # Back and forth through the answers given: many steps, measured in the page.
            for _ in range(5):
                for _ in STEPS:
                    before = page.get_attribute("[data-fss-tool]", "data-fss-revision")
                    page.locator(".fss-step").get_by_role("button", name="Back").click()
                    page.locator(
                        f'[data-fss-tool][aria-busy="false"]:not([data-fss-revision="{before}"])'
                    ).wait_for()
                for label, then in STEPS:
                    answer_step(page, label, then)
            steps.extend(
                page.evaluate(
                    "performance.getEntriesByName('fss-step').map((entry) => entry.duration)"
                )
            )
            context.close()
        chromium.close()
    server.shutdown()
    return {
        **loaded,
        "ready_seconds_median": round(statistics.median(ready), 2),
        "first_question_ms_median": round(statistics.median(first_question)),
        "answer_ms_median": round(statistics.median(answers), 1),
        "step_ms_p95": round(statistics.quantiles(steps, n=20)[-1], 1),
        **timing,
    }


LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_RUNS = 5  # per page; the median run is kept (reports in bench/lighthouse/)
LIGHTHOUSE_PAGES = {
    "home": "",
    "share": "tools/share/",
    "public_interest": "tools/public-interest/",
    "capacity": "tools/capacity/",
    "gateways": "tools/gateways/",
}


def lighthouse() -> dict:
    """Lighthouse 12 on the home page and every tool page, with its mobile defaults
    (simulated slow 4G and a 4x slower CPU), in Debian's Chromium, served by make serve's
    server: the median of five runs per page. The lowest score of each category, and each
    page's scores."""
    import os
    import subprocess

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    server = make_server(SITE, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    scores: dict[str, dict[str, float]] = {}
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    kept = ROOT / "bench" / "lighthouse"
    kept.mkdir(parents=True, exist_ok=True)
    for name, path in LIGHTHOUSE_PAGES.items():
        runs = []
        for run in range(LIGHTHOUSE_RUNS):
            out = kept / f"{name}-{run + 1}.json"
            for _attempt in range(3):  # Lighthouse now and then fails to record a trace
                done = subprocess.run(
                    [
                        str(LIGHTHOUSE),
                        base + path,
                        "--quiet",
                        "--output=json",
                        f"--output-path={out}",
                        "--only-categories=performance,accessibility,best-practices",
                        f"--chrome-flags={flags}",
                    ],
                    env={**os.environ, "CHROME_PATH": CHROMIUM},
                    timeout=300,
                )
                report = json.loads(out.read_text("utf-8")) if out.is_file() else {}
                audits = report.get("audits", {})
                if done.returncode == 0 and "numericValue" in audits.get("total-blocking-time", {}):
                    break
            else:
                raise SystemExit(f"Lighthouse could not measure {base + path}")
            runs.append(
                {
                    **{
                        category: report["categories"][category]["score"]
                        for category in ("performance", "accessibility", "best-practices")
                    },
                    "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
                    "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
                    "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
                }
            )
        # The run with the median performance score, as Lighthouse's own advice has it.
        runs.sort(key=lambda run: run["performance"])
        scores[name] = runs[len(runs) // 2]
    server.shutdown()
    lowest = {
        category: min(page[category] for page in scores.values())
        for category in ("performance", "accessibility", "best-practices")
    }
    return {
        # Shortfalls from a perfect score, so that every goal reads "at most".
        "lighthouse_performance_shortfall": round(1 - lowest["performance"], 2),
        "lighthouse_accessibility_shortfall": round(1 - lowest["accessibility"], 2),
        "lighthouse_best_practices_shortfall": round(1 - lowest["best-practices"], 2),
        "pages": scores,
    }


def main() -> int:
    if not (SITE / "index.html").is_file():
        print("No built site: run 'make bench', which builds it first.", file=sys.stderr)
        return 1
    comparison = bare_comparison()
    details = comparison.pop("details")
    audits = lighthouse()
    pages = audits.pop("pages")
    results = {
        **sizes(),
        **build_time(),
        **cpython_events(),
        **browser(),
        **comparison,
        **audits,
    }
    paths = path_table()
    missed = [row["path"] for row in paths if row["over"]]
    print("Named paths (tools/paths.py): steps to the outcome page, free-text answers, form")
    print("fields, and the step the indication shows on; budgets in brackets, - for none.")
    print(f"{'tool':16} {'steps':>9} {'text':>7} {'fields':>8} {'shown at':>9}  path")
    for row in paths:

        def cell(value, budget):
            return f"{value} ({'-' if budget is None else budget})"

        print(
            f"{row['tool']:16} {cell(row['steps'], row['max_steps']):>9} "
            f"{cell(row['text'], row['max_text']):>7} {cell(row['fields'], row['max_fields']):>8} "
            f"{cell(row['indication_at'], row['indication_within']):>9}  {row['path']}"
            + (f"  OVER: {'; '.join(row['over'])}" if row["over"] else "")
        )
    print()
    print(f"{'measure':32} {'result':>14} {'goal':>14}")
    for name, value in results.items():
        goal = GOALS[name]
        ok = value <= goal
        missed += [] if ok else [name]
        print(f"{name:32} {value:>14,} {goal:>14,}  {'ok' if ok else 'OVER GOAL'}")
    print("\nSide by side (medians of nine, seconds until Python is ready):")
    print(f"{'':12} {'tool page':>10} {'bare Pyodide':>13} {'ratio':>6}")
    for visit in ("cold", "warm"):
        tool, bare = details[f"tool_{visit}_seconds"], details[f"bare_{visit}_seconds"]
        print(f"{visit:12} {tool:>10} {bare:>13} {results[f'ready_vs_bare_{visit}']:>6}")
    print(
        "\nLighthouse 12, mobile defaults (scores out of 1; simulated first and largest paint"
        " and total blocking time):"
    )
    print(
        f"{'page':16} {'performance':>11} {'accessibility':>13} {'best practices':>14} "
        f"{'FCP ms':>7} {'LCP ms':>7} {'TBT ms':>7}"
    )
    for name, page in pages.items():
        print(
            f"{name:16} {page['performance']:>11} {page['accessibility']:>13} "
            f"{page['best-practices']:>14} {page['fcp_ms']:>7} {page['lcp_ms']:>7} "
            f"{page['tbt_ms']:>7}"
        )
    out = ROOT / "bench" / "results.json"
    out.parent.mkdir(exist_ok=True)
    report = {
        "paths": paths,
        "results": results,
        "side_by_side": details,
        "lighthouse": pages,
        "goals": GOALS,
        "machine": machine(),
    }
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
