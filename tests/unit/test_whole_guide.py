"""The whole-guide hook: ids prefixed, headings demoted, links kept working."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("whole_guide", ROOT / "tools" / "whole_guide.py")
whole_guide = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(whole_guide)


@dataclass
class File:
    src_uri: str


@dataclass
class Page:
    file: File
    url: str
    title: str
    content: str


HOME = Page(
    File("index.md"), "", "Home", '<h1 id="intro">Guide</h1><p><a href="consent/#partial">x</a></p>'
)
CONSENT = Page(
    File("consent.md"),
    "consent/",
    "Consent & more",
    '<h1 id="consent">Consent</h1><h3 id="partial">Partial</h3>'
    '<a class="headerlink" href="#partial">¶</a>'
    '<a href="../">home</a> <a href="../privacy/#how">privacy</a>'
    ' <a href="https://example.org/">out</a>',
)


def test_parts_become_prefixed_sections_with_demoted_headings():
    html = whole_guide.render_whole_guide([HOME, CONSENT], "whole-guide/")
    assert '<section class="fss-whole-guide__part" id="home">' in html
    assert '<section class="fss-whole-guide__part" id="consent">' in html
    assert '<h2 id="home--intro">Guide</h2>' in html
    assert '<h4 id="consent--partial">Partial</h4>' in html
    assert "<h1" not in html


def test_links_between_parts_stay_inside_the_page():
    html = whole_guide.render_whole_guide([HOME, CONSENT], "whole-guide/")
    assert 'href="#consent--partial">x</a>' in html
    assert 'href="#consent--partial">¶</a>' in html
    assert 'href="#home">home</a>' in html


def test_other_links_are_made_relative_to_the_whole_guide_page():
    html = whole_guide.render_whole_guide([HOME, CONSENT], "whole-guide/")
    assert 'href="../privacy/#how">privacy</a>' in html
    assert 'href="https://example.org/">out</a>' in html


def test_contents_list_escapes_titles():
    html = whole_guide.render_whole_guide([HOME, CONSENT], "whole-guide/")
    assert '<li><a href="#consent">Consent &amp; more</a></li>' in html
