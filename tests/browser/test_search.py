"""The built-in search works offline, from the keyboard, and on a tool page waits for
Python to start unless the person goes to it first."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_pages import assert_clean
from tests.browser.tool import BOOT, PYTHON


@pytest.mark.browser
def test_search_finds_a_passage_by_keyboard(page, traffic, base_url, artifacts_dir):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    # The guide's words, on Appendix 1; the training pages' facilitator page names it too.
    search_by_keyboard(page, "HertsFX", found=re.compile(r"^\d+ matching documents?$"))
    texts = " ".join(page.locator(".md-search-result__item").all_inner_texts())
    assert "Secure email or HertsFX" in texts
    page.screenshot(path=artifacts_dir / "search-results.png")
    for _ in range(10):
        page.keyboard.press("ArrowDown")
        if "Appendix 1" in page.evaluate("document.activeElement.textContent"):
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**/appendix-1/**")
    assert_clean(page, traffic)


@pytest.mark.browser
def test_search_says_when_nothing_matches(page, base_url):
    page.goto(base_url + "consent/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    page.keyboard.type("zzqxv")
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="No matching documents").wait_for()


# Notes, when the theme asks for its search index, how far Python had got on the page
# (loading, or <html data-fss-python>: ready or failed), or "no tool" on a page without
# one, on <html data-test-index-asked>.
INDEX_ASKED = """
(() => {
  const { open, send } = XMLHttpRequest.prototype;
  const urls = new WeakMap();
  XMLHttpRequest.prototype.open = function (method, url) {
    urls.set(this, String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if ((urls.get(this) || "").endsWith("/search/search_index.json")) {
      const html = document.documentElement;
      const tool = document.querySelector("[data-fss-tool]");
      html.dataset.testIndexAsked = html.dataset.fssPython || (tool ? "loading" : "no tool");
    }
    return send.apply(this, arguments);
  };
})();
"""
INDEX = re.compile(r".*/search/search_index\.json$")


def index_asked(page) -> str:
    page.locator("html[data-test-index-asked]").wait_for(state="attached", timeout=BOOT)
    return page.get_attribute("html", "data-test-index-asked")


def search_by_keyboard(page, words: str, found: str | re.Pattern) -> None:
    """Search for ``words`` by keyboard, and wait until the results say ``found`` (words, or
    a pattern): the results for the first letters typed come and go on the way."""
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.getAttribute('name')") == "query"
    page.keyboard.type(words)
    meta = page.locator(".md-search-result__meta")
    pattern = found if isinstance(found, re.Pattern) else re.compile(f"^{re.escape(found)}$")
    meta.filter(has_text=pattern).wait_for()
    assert page.locator(".md-search-result__item").count() >= 1


@pytest.mark.browser
def test_on_a_tool_page_the_search_index_waits_for_python(page, traffic, base_url):
    # Building the index takes a core for a moment; on a tool page, Python starts first.
    page.add_init_script(INDEX_ASKED)
    page.goto(base_url + "tools/share/")
    assert index_asked(page) == "ready"
    search_by_keyboard(page, "Caldicott", found="1 matching document")
    # A guide page asks for it at once, as the theme does.
    page.goto(base_url + "consent/")
    assert index_asked(page) == "no tool"
    assert_clean(page, traffic)


@pytest.mark.browser
def test_going_to_search_while_python_loads_asks_for_the_index_at_once(page, traffic, base_url):
    held = []
    page.route(PYTHON, lambda route: held.append(route))  # Python cannot be ready
    page.add_init_script(INDEX_ASKED)
    with page.expect_request(PYTHON, timeout=BOOT):
        page.goto(base_url + "tools/capacity/")
    page.wait_for_load_state("load")  # the theme has started: it would have asked by now
    assert not any(INDEX.match(url) for url in traffic.requests)
    search_by_keyboard(page, "Caldicott", found="1 matching document")
    assert index_asked(page) == "loading"
    assert page.get_attribute("[data-fss-tool]", "data-fss-runtime") == "loading"
    page.evaluate("0")  # one round trip: the held request has reached the route
    held[0].continue_()
    page.locator('[data-fss-tool][data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    assert_clean(page, traffic)


@pytest.mark.browser
def test_when_python_fails_the_search_index_is_asked_for(page, base_url):
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.add_init_script(INDEX_ASKED)
    page.goto(base_url + "tools/gateways/")
    assert index_asked(page) == "failed"
