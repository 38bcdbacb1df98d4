"""A printed record read back from its PDF: its pages as text, and what a manager files."""

from __future__ import annotations

import io

from pypdf import PdfReader

from fss_logic.agreement import load_agreement


def sheets(pdf: bytes) -> list[str]:
    """Each printed page's text, its whitespace made single spaces."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def assert_filed(pages: list[str], reference: str, decision: str) -> None:
    """Page 1 holds the decision, who made it, when and the reference; the signatures and
    the digest are on one page, before the questions; every page carries the reference,
    "Page N of M" and the protective marking."""
    first = pages[0]
    for words in ("The decision", decision, "Decided by", "Recorded", reference):
        assert words in first, words
    signed = next(n for n, page in enumerate(pages) if "Manager:" in page)
    assert "Digest (SHA-256" in pages[signed], "the digest is not with the signatures"
    assert not any("Questions and answers" in page for page in pages[: signed + 1])
    marking = load_agreement().marking
    for number, page in enumerate(pages, 1):
        assert reference in page, f"page {number} has no reference"
        assert f"Page {number} of {len(pages)}" in page, f"page {number} has no page number"
        assert marking in page, f"page {number} has no protective marking"
