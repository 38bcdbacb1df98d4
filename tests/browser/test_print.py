"""Printing: a guide page prints without the site's chrome; the whole guide prints in order."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from fss_logic.flows import KINDS
from tests.site.test_guide_text import find_in_order, source_blocks
from tests.sitepages import guide_pages, words

CHROME = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
]


# Editorial notes and their titles: admonitions, and collapsible ones (<details>).
NOTES = ".admonition, details.legislation"
NOTE_TITLES = ".admonition-title, details.legislation > summary"


def pdf_pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.browser
def test_a_guide_page_prints_without_navigation_header_or_footer(page, base_url, artifacts_dir):
    page.goto(base_url + "legal-framework/")
    page.emulate_media(media="print")
    for selector in CHROME:
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator("article h1").is_visible()
    pdf = page.pdf(path=artifacts_dir / "legal-framework.pdf", format="A4")
    first = pdf_pages(pdf)[0]
    assert first.lstrip().startswith("What is the Legal Framework")
    assert "Table of contents" not in first and "Agreement review by date" not in first


@pytest.mark.browser
def test_the_whole_guide_prints_every_part_in_order(page, base_url, artifacts_dir):
    page.goto(base_url + "whole-guide/")
    pdf = page.pdf(path=artifacts_dir / "whole-guide.pdf", format="A4", print_background=False)
    sheets = pdf_pages(pdf)
    # Text extraction puts admonition titles out of reading order, and the printed list
    # numbers are text in a PDF: leave both out of the comparison, on both sides. The notes
    # themselves (editorial, some inside the guide's lists) are taken out word for word.
    text = "\n".join(sheets)
    # Notes are admonitions, or <details> when long: read them as printed (opened).
    page.emulate_media(media="print")
    notes, titles = page.locator(NOTES), page.locator(NOTE_TITLES)
    for title in set(titles.all_inner_texts()):  # as wrapped on paper, in any whitespace
        text = re.sub(r"\s+".join(map(re.escape, title.split())), " ", text)

    def comparable(value: str) -> list[str]:
        return [word for word in words(value) if not word.isdigit()]

    printed = comparable(text)
    for note in notes.all_inner_texts():
        body = comparable(note)
        for title in titles.all_inner_texts():
            if body[: len(comparable(title))] == comparable(title):
                body = body[len(comparable(title)) :]
                break
        for at in range(len(printed) - len(body) + 1):
            if body and printed[at : at + len(body)] == body:
                del printed[at : at + len(body)]
                break
    missing = find_in_order([comparable(b) for b in source_blocks()], printed)
    assert missing == [], "The printed guide lacks:\n" + "\n".join(missing)
    # Each part starts a new sheet: its heading is the first line of some sheet.
    firsts = [sheet.strip().splitlines()[0] for sheet in sheets if sheet.strip()]
    for guide_page in guide_pages()[1:]:
        heading = page.locator(f"#{guide_page.source[:-3]} h2").first.inner_text()
        heading = heading.rstrip("¶").strip()
        assert any(first.startswith(heading[:40]) for first in firsts), heading


# A long legislation note is a <details>, closed when the page loads
# (tests/site/test_editorial_notes.py); the tests use the first.


@pytest.mark.browser
@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_a_closed_legislation_note_prints_in_full(browser, base_url, artifacts_dir, scripts):
    """Chromium prints a closed <details> closed. The theme's script opens them all before
    printing; fss.css's print rules show them without it (scripts off, or not yet run), and
    the note is still closed on screen afterwards."""
    context = browser.new_context(java_script_enabled=scripts, service_workers="block")
    try:
        page = context.new_page()
        page.goto(base_url + "consent/")
        notes = page.locator("article details.legislation")
        note = notes.nth(notes.evaluate_all("all => all.findIndex(note => !note.open)"))
        body = note.locator(":scope > p").first
        assert not body.is_visible()
        words_of_body = [word for word in words(body.text_content()) if not word.isdigit()]
        assert len(words_of_body) > 30
        name = f"consent-{'scripts' if scripts else 'no-scripts'}.pdf"
        pdf = page.pdf(path=artifacts_dir / name, format="A4")
        printed = [word for word in words("\n".join(pdf_pages(pdf))) if not word.isdigit()]
        text = " " + " ".join(printed) + " "
        assert " " + " ".join(words_of_body) + " " in text, "the closed note is not printed"
        assert " ".join(words(note.locator("summary").inner_text())) in text
        assert note.evaluate("details => details.open") is False
        page.emulate_media(media="print")
        assert body.is_visible()
        page.emulate_media(media="screen")
        assert not body.is_visible()
    finally:
        context.close()


def summary_as_announced(page, index: int) -> tuple[str, bool]:
    """The accessible name of the index-th note's summary, and whether it is announced as
    expanded, from Chromium's accessibility tree (what a screen reader is told)."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    found = cdp.send(
        "DOM.querySelectorAll",
        {"nodeId": root, "selector": "article details.legislation > summary"},
    )
    node = cdp.send(
        "Accessibility.getPartialAXTree",
        {"nodeId": found["nodeIds"][index], "fetchRelatives": False},
    )["nodes"][0]
    expanded = {p["name"]: p["value"]["value"] for p in node.get("properties", [])}["expanded"]
    cdp.detach()
    return node["name"]["value"], expanded


@pytest.mark.browser
def test_the_keyboard_opens_a_closed_legislation_note(page, base_url):
    """Tab reaches a closed note's summary, announced with what the note is about, that it
    is editorial, and that it is collapsed; Enter opens it, and Enter again closes it."""
    page.goto(base_url + "consent/")
    notes = page.locator("article details.legislation")
    index = notes.evaluate_all("all => all.findIndex(note => !note.open)")
    note = notes.nth(index)
    summary = note.locator("summary")
    for _ in range(100):
        page.keyboard.press("Tab")
        if summary.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first legislation note's summary")
    assert summary.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    name, expanded = summary_as_announced(page, index)
    assert name.startswith("Legislation update: ")
    assert name.endswith(" (editorial note, not part of the agreed text)")
    assert expanded is False
    body = note.locator(":scope > p").first
    assert not body.is_visible()
    page.keyboard.press("Enter")
    assert note.evaluate("details => details.open") is True
    assert body.is_visible()
    assert summary_as_announced(page, index)[1] is True
    page.keyboard.press("Enter")
    assert note.evaluate("details => details.open") is False
    assert not body.is_visible()


PAPER_VERSIONS = ["share", "public-interest", "capacity", "gateways"]


@pytest.mark.browser
@pytest.mark.parametrize("tool", PAPER_VERSIONS)
def test_a_paper_version_starts_with_its_chart_on_one_sheet(page, base_url, artifacts_dir, tool):
    """The first A4 sheet is the heading and the chart, whole: every outcome on it, and no
    question yet; the questions begin on the second."""
    flow = KINDS[tool.replace("-", "_")].flow
    page.goto(base_url + f"tools/{tool}-paper/")
    pdf = page.pdf(path=artifacts_dir / f"{tool}-paper.pdf", format="A4")
    sheets = [" ".join(text.split()) for text in pdf_pages(pdf)]
    first = " ".join(words(sheets[0]))
    for outcome in flow.outcomes:
        assert " ".join(words(outcome.heading)) in first, outcome.id
    start = "Start at question 1 Each answer says where to go next"  # the paper's first words
    assert start not in first
    assert start in " ".join(words(sheets[1]))


@pytest.mark.browser
def test_the_chart_as_a_list_prints_open(page, base_url, artifacts_dir):
    page.goto(base_url + "tools/public-interest/")
    listed = page.locator("figure.fss-chart details")
    assert listed.evaluate("details => details.open") is False
    pdf = page.pdf(path=artifacts_dir / "public-interest-tool.pdf", format="A4")
    printed = " ".join(words("\n".join(pdf_pages(pdf))))
    assert "The chart as a list" in printed
    assert " ".join(words("No, not yet: go to the outcome")) in printed
