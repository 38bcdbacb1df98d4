"""Legislation notes sit beside the passages they update, visibly apart from the agreed text."""

from __future__ import annotations

import re

import pytest

from tests.sitepages import agreed_text, guide_pages, visible_text

# Page, then phrases its "Legislation update" notes must name between them.
REQUIRED_NOTES = {
    "golden-rules.md": [
        "UK GDPR",
        "Data Protection Act 2018",
        "Information sharing: advice for practitioners providing safeguarding services",
        "2018, updated May 2024",
    ],
    "definitions.md": ["special category data", "Article 9", "criminal offence data"],
    "principles.md": ["UK GDPR", "Data Protection Act 2018"],
    "public-interest.md": ["Article 6(1)(e)", "Article 9(2)(g)", "paragraph 18"],
    "legal-framework.md": [
        "UK GDPR",
        "Data Protection Act 2018",
        "Schedule 2, Part 1, paragraph 2",
        "crime and taxation",
        "eight Caldicott principles",
        "December 2020",
    ],
    "appendix-1.md": [
        "Article 6(1)",
        "Article 9(2)",
        "Schedule 1",
        "Paragraph 18",
        "safeguarding of children and of individuals at risk",
        "Chapter V",
    ],
}


def legislation_notes(html: str) -> list[str]:
    """The text of each legislation note on a page."""
    notes = re.split(r'<div class="admonition legislation">', html)[1:]
    texts = [
        visible_text('<div class="admonition legislation">' + n, "div.admonition") for n in notes
    ]
    return [" ".join(text.split()) for text in texts]


def page(source: str):
    return next(p for p in guide_pages() if p.source == source)


@pytest.mark.parametrize("source", sorted(REQUIRED_NOTES))
def test_required_legislation_notes(site_dir, source):
    notes = " ".join(legislation_notes(page(source).html()))
    for phrase in REQUIRED_NOTES[source]:
        assert phrase in notes, f"{source}: no legislation note names {phrase!r}"


def test_every_page_citing_the_1998_act_carries_a_note(site_dir):
    for guide_page in guide_pages():
        html = guide_page.html()
        if re.search(r"Data Protection Act 1998|DPA 1998", agreed_text(html)):
            notes = " ".join(legislation_notes(html))
            assert "UK GDPR" in notes, guide_page.source


def test_notes_are_titled_and_styled_apart(site_dir):
    count = 0
    for guide_page in guide_pages():
        for note in legislation_notes(guide_page.html()):
            count += 1
            assert note.strip().startswith("Legislation update"), note[:80]
    assert count >= 15
    css = (site_dir / "assets" / "stylesheets" / "fss.css").read_text("utf-8")
    assert ".admonition.legislation" in css and "dashed" in css


def test_home_page_says_the_text_is_as_signed_and_notes_are_editorial(site_dir):
    home = visible_text(page("index.md").html(), "div.info")  # "About this site"
    assert "reproduced on these pages as signed" in home
    assert "Legislation update" in home and "editorial" in home
