"""The agreed text is published whole and unchanged, in the guide's order."""

from __future__ import annotations

import re

import pytest

from tests.sitepages import DOCS, ROOT, agreed_text, guide_pages, visible_text, words

SOURCE = ROOT / "tests" / "fixtures" / "information-sharing-guide.md"
SHARED_SOURCE = ROOT.parent / "shared" / "source" / "information-sharing-guide.md"


def source_blocks() -> list[str]:
    """The agreed text as plain-text blocks (paragraphs, list items, headings), in order.

    Appendix 2 is empty in the source and is left out of the site. Markdown markup is
    dropped; a list item's own number is kept when it is written out in the text.
    """
    text = SOURCE.read_text("utf-8")
    text = text[: text.index("## Appendix 2")]
    blocks = []
    for raw in re.split(r"\n\s*\n", text):
        lines = []
        for line in raw.splitlines():
            line = re.sub(r"^\s*#+\s*", "", line)
            if re.match(r"^\d+\.\s", line):  # an ordered list: the site numbers it
                line = re.sub(r"^\d+\.\s+", "", line)
            else:  # a bullet: its text may start with a clause number, which is kept
                line = re.sub(r"^\s*-\s+", "", line)
            line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).replace("*", "")
            lines.append(line)
        block = " ".join(lines).strip()
        if words(block):
            blocks.append(block)
    return blocks


def find_in_order(needles: list[list[str]], haystack: list[str]) -> list[str]:
    """Each word sequence found in ``haystack`` after the one before; the ones that aren't."""
    text = " " + " ".join(haystack) + " "
    position, missing = 0, []
    for needle in needles:
        at = text.find(" " + " ".join(needle) + " ", position)
        if at < 0:
            missing.append(" ".join(needle))
        else:
            position = at + 1
    return missing


def test_fixture_is_the_agreed_text():
    """tests/fixtures holds the agreed text byte for byte (checked where shared/ exists)."""
    if not SHARED_SOURCE.is_file():
        pytest.skip("the shared source is not beside this checkout")
    assert SOURCE.read_bytes() == SHARED_SOURCE.read_bytes()


def test_source_reading_sees_the_whole_guide():
    blocks = source_blocks()
    assert blocks[0] == "Hertfordshire Family Safeguarding Service: Guide to information sharing"
    assert blocks[-1].startswith("Where any information systems are hosted externally")
    assert len(blocks) > 150


def test_every_sentence_appears_unchanged_and_in_order(site_dir):
    """Reading the guide pages in navigation order gives every block of the agreed text."""
    haystack = []
    for page in guide_pages():
        haystack += words(agreed_text(page.html()))
    missing = find_in_order([words(b) for b in source_blocks()], haystack)
    assert missing == [], "Agreed text missing, altered or out of order:\n" + "\n".join(missing)


def test_the_whole_guide_page_has_every_sentence_in_order(site_dir):
    html = (site_dir / "whole-guide" / "index.html").read_text("utf-8")
    haystack = words(agreed_text(html))
    missing = find_in_order([words(b) for b in source_blocks()], haystack)
    assert missing == [], "Whole guide lacks:\n" + "\n".join(missing)


def test_a_changed_word_is_caught(site_dir):
    """The check can fail: one altered word in one block is reported."""
    haystack = []
    for page in guide_pages():
        haystack += words(agreed_text(page.html()))
    blocks = [words(b) for b in source_blocks()]
    blocks[40] = [w if w != "information" else "data" for w in blocks[40]]
    assert blocks[40] != words(source_blocks()[40])
    assert find_in_order(blocks, haystack) == [" ".join(blocks[40])]


def test_appendix_2_is_left_out(site_dir):
    for page in guide_pages():
        assert "Appendix 2" not in visible_text(page.html())


def test_no_empty_list_items(site_dir):
    for page in guide_pages():
        assert not re.search(r"<li>\s*</li>", page.html()), page.source


def test_every_guide_page_is_in_the_whole_guide(site_dir):
    html = (site_dir / "whole-guide" / "index.html").read_text("utf-8")
    contents = visible_text(html, "nav.fss-whole-guide__contents")
    titles = [line.strip() for line in contents.splitlines() if line.strip()][1:]
    expected = [visible_text(p.html(), "h1").replace("¶", "").strip() for p in guide_pages()]
    assert len(titles) == len(expected) == 9
    assert titles[0] == "Home" and titles[-1] == "Appendix 1: DPA principles"
    for expected_h1 in expected:
        assert expected_h1 in visible_text(html, "article")


def test_guide_pages_are_the_expected_parts():
    assert [p.source for p in guide_pages()] == [
        "index.md",
        "golden-rules.md",
        "definitions.md",
        "principles.md",
        "when-and-how-to-share.md",
        "consent.md",
        "public-interest.md",
        "legal-framework.md",
        "appendix-1.md",
    ]
    assert all((DOCS / p.source).is_file() for p in guide_pages())
