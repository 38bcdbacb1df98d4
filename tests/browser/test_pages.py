"""Every page: offline, within its CSP, accessible, usable by keyboard, storage untouched."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import csp_violations
from tests.sitepages import all_pages

PAGES = all_pages()
AXE = Axe()


def assert_clean(page, traffic):
    assert traffic.foreign() == [], "Requests to another origin"
    assert traffic.failures == [], "Failed requests"
    assert csp_violations(page) == [], "Content-Security-Policy violations"
    assert traffic.console_errors == [], "Console errors"


def axe_report(page) -> str:
    results = AXE.run(page)
    return "" if results.violations_count == 0 else results.generate_report()


# A stand-in for the tools' Web Worker that never starts Python. The pages' own checks
# (offline, CSP, axe-core, storage) don't need Python, and booting it on every tool page,
# twice, costs half a minute; each tool's real start-up, with its requests and console,
# is checked once in tests/browser/test_every_tool.py.
IDLE_WORKER = "onmessage = () => {};\n"


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("guide_page", PAGES, ids=[p.source for p in PAGES])
def test_page_is_offline_and_accessible(page, traffic, base_url, guide_page, scheme, artifacts_dir):
    page.route(
        "**/fss-worker.mjs",
        lambda route: route.fulfill(body=IDLE_WORKER, content_type="text/javascript"),
    )
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + guide_page.url)
    page.wait_for_load_state("networkidle")
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert axe_report(page) == ""
    assert_clean(page, traffic)
    assert len(traffic.requests) > 3
    page.screenshot(path=artifacts_dir / f"{guide_page.source[:-3]}-{scheme}.png")


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_tool_chart_and_its_list_read_in_both_schemes(
    page, traffic, base_url, scheme, artifacts_dir
):
    """The share tool's chart with the chart as a list opened: axe-core finds nothing, the
    chart's lines and words take the scheme's text colour, and the keyboard reaches it."""
    page.route(
        "**/fss-worker.mjs",
        lambda route: route.fulfill(body=IDLE_WORKER, content_type="text/javascript"),
    )
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + "tools/share/")
    figure = page.locator("figure.fss-chart")
    chart = figure.locator("svg[role=img]")
    assert chart.locator("title").text_content() == "Flowchart: Should I share information?"
    figure.locator("summary", has_text="The chart as a list").click()
    assert figure.locator("details").get_attribute("open") is not None
    first = figure.locator(".fss-chart__steps > li").first
    assert first.inner_text().startswith("1. Is there a clear and legitimate purpose")
    colours = page.evaluate(
        """() => {
          const svg = document.querySelector("figure.fss-chart svg");
          const text = getComputedStyle(svg.querySelector("text")).fill;
          const line = getComputedStyle(svg.querySelector(".edge path")).stroke;
          const body = getComputedStyle(document.querySelector(".md-typeset")).color;
          return [text, line, body];
        }"""
    )
    assert colours[0] == colours[1] == colours[2], colours
    figure.locator(".fss-chart__picture").focus()
    assert page.evaluate("document.activeElement.className") == "fss-chart__picture"
    results = AXE.run(page, context="figure.fss-chart")
    assert results.violations_count == 0, results.generate_report()
    assert axe_report(page) == ""
    assert_clean(page, traffic)
    figure.screenshot(path=artifacts_dir / f"share-chart-{scheme}.png")


@pytest.mark.browser
def test_skip_link_is_the_first_thing_the_keyboard_reaches(page, base_url):
    page.goto(base_url + "consent/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#consent-to-share-information"


@pytest.mark.browser
def test_keyboard_reaches_the_next_page_link(page, base_url):
    page.goto(base_url + "golden-rules/")
    for _ in range(200):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
        if label.startswith("Next:"):
            break
    else:
        pytest.fail("Tab never reached the footer's Next link")
    page.keyboard.press("Enter")
    # The address changes before the page is swapped in: wait for the page shown.
    page.locator('html[data-fss-path="/definitions/"]').wait_for()
    assert page.locator("h1").inner_text().rstrip("¶").strip() == "Definitions"


@pytest.mark.browser
def test_nothing_is_kept_in_browser_storage(page, traffic, base_url):
    page.goto(base_url)
    page.locator("label[title='Switch to dark colours']").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.goto(base_url + "consent/")
    stored = page.evaluate(
        """async () => ({
            local: localStorage.length,
            session: sessionStorage.length,
            cookie: document.cookie,
            databases: (await indexedDB.databases()).length,
        })"""
    )
    assert stored == {"local": 0, "session": 0, "cookie": "", "databases": 0}
    assert_clean(page, traffic)


@pytest.mark.browser
def test_the_not_found_page_works_under_a_sub_path(browser, tmp_path_factory, artifacts_dir):
    """Published at /guide/, a missing page shows the site's own 404 page, styled, with
    links that stay under /guide/ (built with BASE_PATH=/guide/, tools/not_found.py)."""
    import os
    import subprocess
    import sys
    import threading
    from pathlib import Path

    from tests.browser.conftest import Traffic, instrument
    from tools.serve import make_server

    root = Path(__file__).resolve().parents[2]
    built = tmp_path_factory.mktemp("sub") / "site"
    env = {**os.environ, "FSS_BASE_PATH": "/guide/", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(built)],
        cwd=root,
        env=env,
        check=True,
    )
    server = make_server(built, port=0, quiet=True, prefix="/guide/")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_port}"
    traffic = Traffic(origin=origin)
    context = browser.new_context(service_workers="block")
    instrument(context, traffic)
    try:
        page = context.new_page()
        response = page.goto(f"{origin}/guide/no/such/page/")
        assert response.status == 404
        page.wait_for_load_state("networkidle")
        assert "Page not found" in page.locator("article").inner_text()
        assert axe_report(page) == ""
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
        assert page.evaluate("document.styleSheets.length") >= 3  # the site's own, loaded
        home = page.get_by_role("link", name="home page of the guide").get_attribute("href")
        # The home page, under the path (Material's instant navigation makes it absolute).
        assert home in ("/guide/", "/guide/.", f"{origin}/guide/")
        assert [f for f in traffic.failures if "/no/such/page/" not in f] == []
        assert traffic.foreign() == []
        page.screenshot(path=artifacts_dir / "404-under-a-sub-path.png")
        # From there, and within the site under its path, pages are swapped in place.
        page.evaluate("window.fssSameTab = true")
        page.get_by_role("link", name="home page of the guide").click()
        page.locator('html[data-fss-path="/guide/"]').wait_for()
        page.locator(".md-sidebar--primary .md-nav").get_by_role(
            "link", name="Consent", exact=True
        ).first.click()
        page.locator('html[data-fss-path="/guide/consent/"]').wait_for()
        assert "Consent to share information" in page.locator(".md-content h1").inner_text()
        assert page.evaluate("window.fssSameTab") is True
        assert traffic.foreign() == []
    finally:
        context.close()
        server.shutdown()
        server.server_close()
