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
  record form fields, against the budgets of issue 18;
- in Chromium with the page's CPU slowed four times (DevTools' CPU throttling), the 95th
  percentile of the steps of each tool's longest named path, walked until at least 100
  steps are timed: from the press of Continue to the next step shown, measured in the page,
  with where the time goes. ``--only throttled`` runs this measure alone.

Prints the tables and writes ``bench/results.json`` with the machine and browser; exits 1
if a goal is missed. Timings are of this machine: compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from contextlib import contextmanager
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
    # Issue 19: each tool's longest named path, the page's CPU throttled four times.
    "step_ms_p95_throttled_share": 50.0,
    "step_ms_p95_throttled_public_interest": 50.0,
    "step_ms_p95_throttled_capacity": 50.0,
    "step_ms_p95_throttled_gateways": 50.0,
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


@contextmanager
def site_in_chromium():
    """The built site on loopback, counting the bytes it sends (``server.sent``), and one
    Debian Chromium: (server, base address, browser)."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    server = make_server(SITE, port=0, quiet=True, handler_class=CountingHandler)
    server.sent = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield server, f"http://127.0.0.1:{server.server_port}/", chromium
            finally:
                chromium.close()
    finally:
        server.shutdown()


def browser() -> dict:
    """Bytes the server sends (compressed where the browser accepts it) and times, in
    Debian's Chromium: a guide page; a first visit to a tool, with the offline copy; a
    second tool afterwards; cold starts; answers."""
    ready, answers, steps, first_question, loaded, timing = [], [], [], [], {}, {}
    with site_in_chromium() as (server, base, chromium):

        def sent_during(action) -> int:
            before = server.sent  # type: ignore[attr-defined]
            action()
            return server.sent - before  # type: ignore[attr-defined]

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
        throttled = throttled_steps(chromium, base)
    return {
        **loaded,
        "ready_seconds_median": round(statistics.median(ready), 2),
        "first_question_ms_median": round(statistics.median(first_question)),
        "answer_ms_median": round(statistics.median(answers), 1),
        "step_ms_p95": round(statistics.quantiles(steps, n=20)[-1], 1),
        **timing,
        **throttled,
    }


# Issue 19: a slower machine than this one. DevTools' CPU throttling slows the page's main
# thread (its scripts, style, layout and paint) four times. It cannot slow a worker (a
# worker's DevTools target answers "only supported for pages"), so Python, in the tab's
# module worker, runs at this machine's speed: its own time is measured in the worker and
# reported beside, with what the steps would take were Python four times slower too.
THROTTLE = 4
THROTTLED_STEPS = 100  # at least this many steps timed per tool: the path walked again
TOOL_PAGES = {
    "share": "tools/share/",
    "public_interest": "tools/public-interest/",
    "capacity": "tools/capacity/",
    "gateways": "tools/gateways/",
}
# Times, in the page, each press of a button in a tool while fssBench.recording is set: from
# the click (its event time) until the tool shows the reply (aria-busy false again, seen by
# a mutation observer as the page's own script ends), and where the time went: the page
# until it posts the event to Python's worker, Python in the worker (its own times, added
# to the reply by WORKER_TIMES), the reply waiting for the page, the page showing it, and
# the next frame drawn (a task after the next animation frame). fssBench.settled(n) waits
# for the n-th step without polling the page, so that the driver adds no work of its own
# to the page's throttled thread while a step is timed.
RECORD_STEPS = """window.fssBench = { recording: false, steps: [], waiting: null };
(() => {
  const bench = window.fssBench;
  let current = null;
  addEventListener("click", (event) => {
    if (!bench.recording || !(event.target instanceof Element)) return;
    const tool = event.target.closest("[data-fss-tool]");
    if (!tool || !event.target.closest("button")) return;
    current = { pressed: event.timeStamp, from: tool.dataset.fssStep };
  }, true);
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const data = event.data;
        if (!current || !data || data.type !== "response") return;
        current.replied = performance.now();
        if (data.benchPython) {
          current.python = data.benchPython[1] - data.benchPython[0];
          current.pythonEnded = data.benchPython[1] - performance.timeOrigin;
        }
      });
    }
    postMessage(data, ...rest) {
      if (current && data && data.id) current.posted = performance.now();
      return super.postMessage(data, ...rest);
    }
  };
  new MutationObserver(() => {
    const tool = document.querySelector("[data-fss-tool]");
    if (!current || !current.replied || tool.getAttribute("aria-busy") !== "false") return;
    const step = current;
    current = null;
    step.shown = performance.now();
    step.to = tool.dataset.fssStep;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        step.drawn = performance.now();
        bench.steps.push(step);
        if (bench.waiting && bench.steps.length >= bench.waiting.steps) bench.waiting.resolve();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["aria-busy"] });
  bench.settled = (steps) => new Promise((resolve, reject) => {
    if (bench.steps.length >= steps) return resolve();
    bench.waiting = { steps, resolve };
    setTimeout(() => reject(new Error(`step ${steps} not shown within a minute`)), 60000);
  });
})();
"""
NEXT_FRAME = "() => new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn)))"
# Evaluated in Python's worker (through DevTools): each reply carries when the worker
# began and ended the event, in milliseconds since the epoch.
WORKER_TIMES = """(() => {
  const handle = self.onmessage;
  const post = self.postMessage.bind(self);
  let began = 0;
  self.onmessage = (event) => {
    began = performance.timeOrigin + performance.now();
    return handle(event);
  };
  self.postMessage = (data) => {
    if (data && data.type === "response") {
      data.benchPython = [began, performance.timeOrigin + performance.now()];
    }
    return post(data);
  };
})()"""


def longest_paths() -> dict:
    """Each tool's named path with the most steps (tools/paths.py)."""
    from paths import PATHS, cost

    longest: dict = {}
    for path in PATHS:
        steps = cost(path).steps
        if path.tool not in longest or steps > longest[path.tool][1]:
            longest[path.tool] = (path, steps)
    return {tool: path for tool, (path, _) in longest.items()}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def time_python(cdp) -> bool:
    """Have Python's worker add its own times to its replies (WORKER_TIMES), through the
    page's DevTools session; False if the worker could not be reached."""
    attached: list[dict] = []
    cdp.on("Target.attachedToTarget", lambda event: attached.append(event))
    cdp.send(
        "Target.setAutoAttach",
        {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": False},
    )
    cdp.send("Runtime.evaluate", {"expression": "0"})  # the attachments are told by now
    workers = [a for a in attached if a["targetInfo"]["url"].endswith("/fss-worker.mjs")]
    for worker in workers:
        message = {"id": 1, "method": "Runtime.evaluate", "params": {"expression": WORKER_TIMES}}
        cdp.send(
            "Target.sendMessageToTarget",
            {"sessionId": worker["sessionId"], "message": json.dumps(message)},
        )
    return bool(workers)


def walk_timed(page, answers) -> int:
    """Answer the path's steps as a person does (tests/browser/tool.py), pressing Continue
    on each and then on Check your answers, up to the outcome page; the presses."""
    from tests.browser import tool as drive

    presses = 0

    def press_continue(expected: str | None = None) -> None:
        nonlocal presses
        before = drive.step(page)
        presses += 1
        # As a hand presses: the pointer on the button, down, the press drawn, then up (the
        # click, and the time the step is timed from). A click at once would count the
        # pointer's move and press, which a person makes before letting go, in the step.
        page.locator(".fss-step").get_by_role("button", name="Continue").hover()
        page.mouse.down()
        page.evaluate(NEXT_FRAME)
        page.mouse.up()
        page.evaluate("(steps) => fssBench.settled(steps)", presses)
        shown = drive.step(page)
        if shown == before or (expected and shown != expected):
            raise SystemExit(f"Continue on {before} led to {shown}: the path is not walked")

    while drive.step(page).startswith("question:"):
        for question in drive.shown_questions(page):
            if question.id in answers:
                drive.fill_question(page, question, answers[question.id])
        press_continue()
    if drive.step(page) != "check":
        raise SystemExit(f"The path stops at {drive.step(page)}, not Check your answers")
    press_continue("outcome")
    return presses


def throttled_steps(chromium, base: str) -> dict:
    """Each tool's longest named path, walked in one page with its CPU throttled four
    times, up to the outcome page, again until at least THROTTLED_STEPS steps are timed;
    the 95th percentile of the steps, from the press of Continue to the next step shown."""
    import os

    from tests.browser import tool as drive

    def ms(value: float) -> float:
        return round(value, 1)

    def median(steps: list[dict], part) -> float:
        return ms(statistics.median(part(s) for s in steps))

    results: dict = {}
    details: dict = {}
    for kind, path in longest_paths().items():
        context = chromium.new_context(service_workers="block")  # no offline copy meanwhile
        context.add_init_script(RECORD_STEPS)
        page = context.new_page()
        page.goto(base + TOOL_PAGES[kind])
        page.locator('[data-fss-tool][data-fss-runtime="ready"]').wait_for(timeout=180_000)
        # The search index is built in its worker once Python is ready: the theme says so.
        page.locator(".md-search-result__meta:not(:empty)").wait_for(state="attached")
        cdp = context.new_cdp_session(page)
        python_timed = time_python(cdp)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
        load = os.getloadavg()[0]  # and at the end: the higher
        timed: list[dict] = []
        walks = 0
        while len(timed) < THROTTLED_STEPS:
            if walks:  # Start again, and yes, clear the answers (not timed)
                drive.act(page, page.get_by_role("button", name="Start again").click)
                notice = page.locator("[data-fss-notice]")
                drive.act(page, notice.get_by_role("button", name="Clear my answers").click)
            page.evaluate("fssBench.steps = []; fssBench.recording = true")
            presses = walk_timed(page, path.answers)
            page.evaluate("fssBench.recording = false")
            steps = page.evaluate("fssBench.steps")
            if len(steps) != presses:
                raise SystemExit(f"{kind}: {presses} presses, {len(steps)} steps timed")
            timed += steps
            walks += 1
        load = max(load, os.getloadavg()[0])
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        cdp.detach()
        context.close()

        totals = [s["shown"] - s["pressed"] for s in timed]
        slowest = max(timed, key=lambda s: s["shown"] - s["pressed"])
        results[f"step_ms_p95_throttled_{kind}"] = ms(p95(totals))
        row = {
            "path": path.name,
            "walks": walks,
            "steps": len(timed),
            "median_ms": ms(statistics.median(totals)),
            "p95_ms": ms(p95(totals)),
            "max_ms": ms(max(totals)),
            "slowest_step": slowest["from"],
            "load_average": round(load, 1),  # this machine's other work, before or after
            # Medians of each part of a step, in the order they come.
            "page_until_posted_ms": median(timed, lambda s: s["posted"] - s["pressed"]),
            "worker_reply_ms": median(timed, lambda s: s["replied"] - s["posted"]),
            "page_showing_ms": median(timed, lambda s: s["shown"] - s["replied"]),
            "next_frame_ms": median(timed, lambda s: s["drawn"] - s["shown"]),
        }
        if python_timed and all("python" in s for s in timed):
            python = [s["python"] for s in timed]
            row |= {
                "python_ms": ms(statistics.median(python)),
                "python_p95_ms": ms(p95(python)),
                "reply_waiting_for_page_ms": median(
                    timed, lambda s: s["replied"] - s["pythonEnded"]
                ),
                # Were Python four times slower too: each step with its Python time four-fold.
                "p95_python_throttled_too_ms": ms(
                    p95([t + (THROTTLE - 1) * p for t, p in zip(totals, python, strict=True)])
                ),
            }
        details[kind] = row
    return {**results, "throttled": details}


LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_RUNS = 5  # per page; the median run is kept (reports in bench/lighthouse/)
LIGHTHOUSE_PAGES = {"home": "", **TOOL_PAGES}


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


def print_goals(results: dict) -> list[str]:
    """Each measure against its goal; the measures that miss it."""
    print(f"{'measure':38} {'result':>14} {'goal':>14}")
    missed = []
    for name, value in results.items():
        goal = GOALS[name]
        ok = value <= goal
        missed += [] if ok else [name]
        print(f"{name:38} {value:>14,} {goal:>14,}  {'ok' if ok else 'OVER GOAL'}")
    return missed


def print_throttled(details: dict) -> None:
    print(
        f"\nEach tool's longest named path, the page's CPU throttled {THROTTLE}x (Python's"
        " worker is not: DevTools cannot throttle a worker). Milliseconds from the press of"
        " Continue to the next step shown: median, 95th percentile, slowest; then medians of"
        " its parts: the page until it posts the event, Python in the worker, the reply"
        " waiting for the page, the page showing it, and on to the next frame drawn; Python's"
        f" 95th percentile, and the steps' were Python {THROTTLE}x slower too; the load"
        " average meanwhile."
    )
    print(
        f"{'tool':16} {'walks':>5} {'steps':>5} {'median':>7} {'p95':>6} {'max':>6} "
        f"{'posting':>7} {'python':>6} {'waiting':>7} {'showing':>7} {'frame':>6} "
        f"{'py p95':>6} {'p95 4x':>6} {'load':>5}  slowest step"
    )
    for kind, row in details.items():
        print(
            f"{kind:16} {row['walks']:>5} {row['steps']:>5} {row['median_ms']:>7} "
            f"{row['p95_ms']:>6} {row['max_ms']:>6} {row['page_until_posted_ms']:>7} "
            f"{row.get('python_ms', '-'):>6} {row.get('reply_waiting_for_page_ms', '-'):>7} "
            f"{row['page_showing_ms']:>7} {row['next_frame_ms']:>6} "
            f"{row.get('python_p95_ms', '-'):>6} "
            f"{row.get('p95_python_throttled_too_ms', '-'):>6} {row['load_average']:>5}  "
            f"{row['slowest_step']}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        choices=["throttled"],
        help="run one measure alone: prints it and writes bench/<measure>.json",
    )
    only = parser.parse_args().only
    if not (SITE / "index.html").is_file():
        print("No built site: run 'make bench', which builds it first.", file=sys.stderr)
        return 1
    if only == "throttled":
        with site_in_chromium() as (_, base, chromium):
            results = throttled_steps(chromium, base)
        throttled = results.pop("throttled")
        print_throttled(throttled)
        print()
        missed = print_goals(results)
        out = ROOT / "bench" / "throttled.json"
        out.parent.mkdir(exist_ok=True)
        report = {"results": results, "throttled": throttled, "machine": machine()}
        out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
        return 1 if missed else 0
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
    throttled = results.pop("throttled")
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
    missed += print_goals(results)
    print_throttled(throttled)
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
        "throttled": throttled,
        "lighthouse": pages,
        "goals": GOALS,
        "machine": machine(),
    }
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
