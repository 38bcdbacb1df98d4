"""One Python for the tab: moving between the site's pages swaps them in place (Material's
instant navigation, driven by fss-tool.js), so a second tool is ready at once, and a tool
left for another page is as it was on coming back. Every way of moving is tried, both ways:
links in the navigation, a link by keyboard, the Back and Forward buttons, search, and a
page printed after a swap.

Each test waits on what the page shows: ``html[data-fss-path]`` (the page shown, set on
every swap), the tool's ``data-fss-runtime`` and ``data-fss-revision``.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser.conftest import csp_violations
from tests.browser.tool import BOOT, TOOL, answer_by_id, axe_clean, step

pytestmark = pytest.mark.browser


def shown(page, path: str) -> None:
    """Wait until the page at ``path`` (from the site's root) is the one shown."""
    page.locator(f'html[data-fss-path="/{path}"]').wait_for()


def runtime_loads(traffic) -> dict[str, int]:
    """How often the runtime's files were asked for."""
    ends = ("fss-worker.mjs", "pyodide.asm.wasm", "fss-python.zip")
    return {end: sum(url.endswith(end) for url in traffic.requests) for end in ends}


def test_one_python_for_the_tab_across_tools_guide_pages_and_back(page, traffic, base_url):
    page.goto(base_url)
    shown(page, "")
    page.evaluate("window.fssSameTab = true")  # gone if the browser loads a page afresh
    assert runtime_loads(traffic) == {
        "fss-worker.mjs": 0,
        "pyodide.asm.wasm": 0,
        "fss-python.zip": 0,
    }  # a reader starts no Python

    # Guide page -> tool: Python starts on the tool's page.
    page.locator(".md-content").get_by_role(
        "link", name="Check a decision to share information"
    ).click()
    shown(page, "tools/share/")
    page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    assert page.evaluate("document.activeElement.tagName") == "H1"  # as a page load reads
    assert answer_by_id(page, "legitimate_purpose", "yes") == "question:identifiable"

    # Tool -> another tool: the same Python, ready at once.
    nav = page.locator(".md-sidebar--primary .md-nav")
    nav.get_by_role("link", name="Mental Capacity Act checklist").first.click()
    shown(page, "tools/capacity/")
    assert page.get_attribute(TOOL, "data-fss-runtime") == "ready"
    assert page.get_attribute(TOOL, "data-fss-tool") == "capacity"
    assert answer_by_id(page, "aged_16_or_over", "yes") != "question:aged_16_or_over"
    left_at = step(page)
    assert runtime_loads(traffic) == {
        "fss-worker.mjs": 1,
        "pyodide.asm.wasm": 1,
        "fss-python.zip": 1,
    }
    assert axe_clean(page) == ""

    # Back to the first tool, as it was; back again to the home page; forward twice.
    page.go_back()
    shown(page, "tools/share/")
    assert step(page) == "question:identifiable"
    assert page.get_attribute(TOOL, "data-fss-runtime") == "ready"
    page.go_back()
    shown(page, "")
    page.go_forward()
    shown(page, "tools/share/")
    page.go_forward()
    shown(page, "tools/capacity/")
    assert step(page) == left_at

    # Tool -> guide page, by keyboard: a link focused and Enter pressed.
    page.locator(".md-nav").get_by_role("link", name="Consent", exact=True).first.focus()
    page.keyboard.press("Enter")
    shown(page, "consent/")
    assert "Consent to share information" in page.locator(".md-content h1").inner_text()
    assert axe_clean(page) == ""

    # Search, and one of its results.
    page.keyboard.press("/")
    page.keyboard.type("public interest test")
    result = page.locator(".md-search-result__item a").first
    result.wait_for()
    result.click()
    page.locator('html:not([data-fss-path="/consent/"])').wait_for()
    assert page.locator(".md-content h1").count() == 1

    # A page printed after a swap prints that page, with the site's edition.
    page.locator(".md-nav").get_by_role("link", name="The seven golden rules").first.click()
    shown(page, "golden-rules/")
    printed = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert "The seven golden rules to sharing information" in printed
    assert "Site version" in printed and "Consent to share information" not in printed

    assert page.evaluate("window.fssSameTab") is True  # no page was loaded afresh
    assert runtime_loads(traffic)["pyodide.asm.wasm"] == 1
    assert traffic.foreign() == [] and traffic.failures == []
    assert traffic.console_errors == [] and csp_violations(page) == []


def test_a_tool_page_loaded_directly_works_after_guide_pages_and_back(page, traffic, base_url):
    page.goto(base_url + "tools/public-interest/")
    page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    first = step(page)
    page.evaluate("window.fssSameTab = true")
    page.locator(".md-nav").get_by_role("link", name="Public interest", exact=True).first.click()
    page.locator('html:not([data-fss-path="/tools/public-interest/"])').wait_for()
    page.go_back()
    shown(page, "tools/public-interest/")
    assert step(page) == first
    assert page.get_attribute(TOOL, "data-fss-runtime") == "ready"
    question = first.split(":", 1)[1]
    from fss_logic.flows import KINDS

    value = KINDS["public_interest"].flow.question(question).options[0].value
    assert answer_by_id(page, question, value) != first
    assert page.evaluate("window.fssSameTab") is True
    assert runtime_loads(traffic)["pyodide.asm.wasm"] == 1
    assert traffic.foreign() == [] and traffic.console_errors == []
