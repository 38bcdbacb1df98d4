"""Printing: a guide page prints without the site's chrome; the whole guide prints in order."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.site.test_guide_text import find_in_order, source_blocks
from tests.sitepages import guide_pages, words

CHROME = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
]


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
    for title in set(page.locator(".admonition-title").all_inner_texts()):
        text = text.replace(title.strip(), " ")

    def comparable(value: str) -> list[str]:
        return [word for word in words(value) if not word.isdigit()]

    printed = comparable(text)
    for note in page.locator(".admonition").all_inner_texts():
        body = comparable(note)
        for title in page.locator(".admonition-title").all_inner_texts():
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
