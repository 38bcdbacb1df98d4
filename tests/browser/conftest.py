"""One Chromium and one site server for the whole session; a fresh context per test.

Contexts block service workers (the site's offline copy), so that every request is
seen, routed and counted as it is made; tests/browser/test_offline.py lets them run.

Chromium is Debian's (``make test`` installs it). Every host but loopback is made
unresolvable, and each page records every request, failure, console error and
Content-Security-Policy violation so that tests can insist there are none.
"""

from __future__ import annotations

import shutil
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from serve import make_server  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

# Runs in every page before its own scripts: note CSP violations as they happen.
RECORD_VIOLATIONS = """
window.__fssViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__fssViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


@pytest.fixture(scope="session")
def base_url(site_dir):
    server = make_server(site_dir, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run the tests with 'make test'.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Traffic:
    """What one browser context asked for, and what went wrong."""

    origin: str
    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        """Requests to any origin but the site's own (data: and blob: are local)."""
        return [
            url
            for url in self.requests
            if not url.startswith(self.origin) and not url.startswith(("data:", "blob:"))
        ]


@pytest.fixture
def traffic(base_url) -> Traffic:
    return Traffic(origin=base_url.rstrip("/"))


def instrument(context, traffic: Traffic) -> None:
    """Record every request, failure and CSP violation in a browser context."""
    context.add_init_script(RECORD_VIOLATIONS)
    context.on("request", lambda request: traffic.requests.append(request.url))
    context.on(
        "requestfailed",
        lambda request: traffic.failures.append(f"{request.url}: {request.failure}"),
    )

    def on_response(response):
        if response.status >= 400:
            traffic.failures.append(f"{response.url}: HTTP {response.status}")

    context.on("response", on_response)


def watch_console(page, traffic: Traffic) -> None:
    page.on(
        "console",
        lambda message: message.type == "error" and traffic.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: traffic.console_errors.append(str(error)))


@pytest.fixture
def context(browser, traffic):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", service_workers="block"
    )
    instrument(context, traffic)
    yield context
    context.close()


@pytest.fixture
def page(context, traffic):
    page = context.new_page()
    watch_console(page, traffic)
    yield page


def csp_violations(page) -> list[str]:
    return page.evaluate("window.__fssViolations")
