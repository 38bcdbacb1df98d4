"""Working without a network after the first visit, and keeping nothing but the site.

One visit to a tool page online; then, with the network cut, two tools, a decision made
and printed, a guide page and search. The offline copy (Cache Storage) is then read whole:
it holds the site's own files and not one word the practitioner typed.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser.conftest import Traffic, csp_violations, instrument, watch_console
from tests.browser.tool import BOOT, TOOL, press

from offline import site_files  # noqa: E402  (tools/, on the path from conftest)

pytestmark = pytest.mark.browser

TYPED = "Typed-offline-7f3a9c"  # text no file of the site contains


def test_after_one_visit_the_tools_and_the_guide_work_offline(
    browser, base_url, site_dir, artifacts_dir
):
    traffic = Traffic(origin=base_url.rstrip("/"))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    instrument(context, traffic)
    page = context.new_page()
    watch_console(page, traffic)
    try:
        page.goto(base_url + "tools/share/")
        page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
        page.locator('html[data-fss-offline="ready"]').wait_for(timeout=BOOT)

        context.set_offline(True)
        page.goto(base_url + "tools/capacity/")
        page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
        page.get_by_label("Yes", exact=True).check()
        assert press(page, "Continue") == "question:reason_to_doubt"

        page.goto(base_url + "tools/share/")
        page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
        page.get_by_label("No", exact=True).check()
        assert press(page, "Continue") == "check"
        assert press(page, "Continue") == "outcome"
        assert press(page, "Record your decision") == "form"
        for field in ("maker_name", "maker_role", "requested", "about", "information"):
            page.fill(f"#fss-f-{field}", TYPED)
        page.fill("#fss-f-purpose", TYPED)
        page.fill("#fss-f-decision_reasons", TYPED)
        page.select_option("#fss-f-maker_organisation", "signatory-1")
        page.check("#fss-f-decision-do_not_share")
        page.check("#fss-f-advice-none")
        assert press(page, "Make the record") == "record"
        pdf = page.pdf(path=artifacts_dir / "offline-record.pdf", format="A4")
        printed = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "Information sharing decision record" in printed and TYPED in printed

        page.goto(base_url + "consent/")
        assert "Consent to share information" in page.locator("h1").inner_text()
        page.keyboard.press("/")
        page.keyboard.type("HertsFX")
        page.locator(".md-search-result__item").first.wait_for()
        page.screenshot(path=artifacts_dir / "offline-search.png")

        kept = page.evaluate(
            """async (typed) => {
                const found = [];
                for (const name of await caches.keys()) {
                    const cache = await caches.open(name);
                    for (const request of await cache.keys()) {
                        const body = await (await cache.match(request)).arrayBuffer();
                        const text = new TextDecoder("utf-8", {fatal: false}).decode(body);
                        found.push({name, url: request.url, typed: text.includes(typed)});
                    }
                }
                return found;
            }""",
            TYPED,
        )
        violations = csp_violations(page)
    finally:
        context.set_offline(False)
        context.close()
    origin = base_url.rstrip("/")
    assert kept, "nothing was kept for offline use"
    assert {entry["name"] for entry in kept} == {kept[0]["name"]}  # one copy, of one build
    assert all(entry["url"].startswith(origin + "/") for entry in kept)
    assert not [entry["url"] for entry in kept if entry["typed"]]
    listed = set(site_files(site_dir))
    assert {entry["url"][len(origin) + 1 :] or "./" for entry in kept} <= listed
    assert any(entry["url"].endswith("pyodide.asm.wasm") for entry in kept)
    assert traffic.foreign() == [] and violations == []


def test_nothing_is_stored_in_a_normal_visit_but_the_sites_own_files(browser, base_url):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + "consent/")
        page.locator('html[data-fss-offline="site"]').wait_for(timeout=BOOT)
        stored = page.evaluate(
            """async () => ({
                local: localStorage.length, session: sessionStorage.length,
                cookie: document.cookie, databases: (await indexedDB.databases()).length,
                caches: await Promise.all((await caches.keys()).map(async (name) =>
                    (await (await caches.open(name)).keys()).map((r) => r.url))),
            })"""
        )
        assert stored["local"] == stored["session"] == stored["databases"] == 0
        assert stored["cookie"] == ""
        urls = [url for names in stored["caches"] for url in names]
        assert urls and all(url.startswith(base_url) for url in urls)
        assert not [url for url in urls if "/assets/runtime/" in url]  # no runtime for a reader
    finally:
        context.close()
