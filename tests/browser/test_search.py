"""The built-in search works offline, from the keyboard."""

from __future__ import annotations

import pytest

from tests.browser.test_pages import assert_clean


@pytest.mark.browser
def test_search_finds_a_passage_by_keyboard(page, traffic, base_url, artifacts_dir):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.getAttribute('name')") == "query"
    page.keyboard.type("HertsFX")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    meta = page.locator(".md-search-result__meta").inner_text()
    assert "matching document" in meta
    texts = " ".join(results.all_inner_texts())
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
