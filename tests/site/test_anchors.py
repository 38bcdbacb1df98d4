"""Every heading has a stable, readable anchor; the tools and records cite them."""

from __future__ import annotations

import re
from pathlib import Path

from tests.sitepages import all_pages

# Pages written in Markdown, whose headings are the site's citable anchors. The tool pages'
# headings are made by fss_logic as the tool runs; the whole guide's and the legislation
# updates' are derived from the other pages; the training pages' from the scenario library.
DERIVED = ("whole-guide.md", "legislation-updates.md")
MADE = ("tools/", "training/")
WRITTEN = [p for p in all_pages() if not p.source.startswith(MADE) and p.source not in DERIVED]

MANIFEST = Path(__file__).with_name("guide_anchors.txt")
READABLE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def manifest() -> set[str]:
    """The anchors cited or citable, as ``page.md#id``, one per line."""
    lines = MANIFEST.read_text("utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def built_anchors() -> dict[str, list[str]]:
    """Ids inside each page's article (not the whole-guide page, whose ids are derived)."""
    found = {}
    for page in WRITTEN:
        html = page.html()
        article = html[html.index("<article") : html.index("</article>")]
        found[page.source] = re.findall(r'\bid="([^"]+)"', article)
    return found


def test_no_anchor_has_disappeared_and_none_is_unlisted(site_dir):
    built = {f"{source}#{anchor}" for source, ids in built_anchors().items() for anchor in ids}
    disappeared = sorted(manifest() - built)
    unlisted = sorted(built - manifest())
    assert disappeared == [], f"Anchors cited by the tools have gone: {disappeared}"
    assert unlisted == [], (
        f"New anchors: give each heading a readable id and list it in {MANIFEST.name}: {unlisted}"
    )


def test_anchors_are_readable_and_unique_on_their_page(site_dir):
    for source, ids in built_anchors().items():
        assert len(ids) == len(set(ids)), f"{source} uses an id twice"
        for anchor in ids:
            assert READABLE.match(anchor), f"{source}#{anchor} is not a readable anchor"
            assert not re.search(r"_\d+$", anchor), f"{source}#{anchor} was numbered"


def test_every_heading_has_an_anchor(site_dir):
    for page in WRITTEN:
        html = page.html()
        article = html[html.index("<article") : html.index("</article>")]
        headings = re.findall(r"<h[1-6]([^>]*)>", article)
        assert headings, page.source
        for attributes in headings:
            assert 'id="' in attributes, f"{page.source}: a heading has no anchor"


def test_the_whole_guide_keeps_every_anchor_under_its_part(site_dir):
    html = (site_dir / "whole-guide" / "index.html").read_text("utf-8")
    for entry in manifest():
        source, anchor = entry.split("#")
        if source == "privacy.md":
            continue
        part = "home" if source == "index.md" else source[: -len(".md")]
        assert f'id="{part}--{anchor}"' in html, entry
