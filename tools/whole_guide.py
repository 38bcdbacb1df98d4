"""MkDocs hook: the whole guide on one page, for printing (induction packs).

Every page whose front matter says ``guide_part: true`` is copied, in navigation order,
into ``whole-guide.md``. Each part becomes a ``<section>``: its headings move one level
down, its ids gain the part's prefix (``consent--partial-consent``) so that no id is used
twice, and links between parts point inside the page. Nothing here is inline script or
style, so the page keeps to the site's Content-Security-Policy.
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import urljoin, urlsplit

WHOLE_GUIDE = "whole-guide.md"

_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]*)"')
_HEADING = re.compile(r"<(/?)h([1-5])\b")


def part_prefix(page) -> str:
    """The id prefix of a part: its source file name without ``.md`` (``home`` for index)."""
    stem = posixpath.splitext(page.file.src_uri)[0].replace("/", "-")
    return "home" if stem == "index" else stem


def _rewrite_part(page, prefixes: dict[str, str], here: str) -> str:
    """One part's HTML with ids prefixed, headings demoted and links re-pointed."""
    prefix = prefixes["/" + page.url]
    content = _HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", page.content)
    content = _ID.sub(lambda m: f'id="{prefix}--{m.group(1)}"', content)

    def relink(match: re.Match) -> str:
        href = html.unescape(match.group(1))
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            return match.group(0)
        target = urlsplit(urljoin("/" + page.url, href))
        if target.path in prefixes:
            anchor = prefixes[target.path]
            if target.fragment:
                anchor = f"{anchor}--{target.fragment}"
            return f'href="#{html.escape(anchor)}"'
        relative = posixpath.relpath(target.path, here)
        if target.path.endswith("/"):
            relative += "/"
        if target.fragment:
            relative += "#" + target.fragment
        return f'href="{html.escape(relative)}"'

    return _HREF.sub(relink, content)


def render_whole_guide(parts: list, whole_guide_url: str) -> str:
    """The contents list and every part, as HTML for the end of the whole-guide page."""
    prefixes = {"/" + page.url: part_prefix(page) for page in parts}
    here = "/" + whole_guide_url
    contents = "".join(
        f'<li><a href="#{part_prefix(page)}">{html.escape(page.title)}</a></li>' for page in parts
    )
    sections = "".join(
        f'<section class="fss-whole-guide__part" id="{part_prefix(page)}">'
        f"{_rewrite_part(page, prefixes, here)}</section>"
        for page in parts
    )
    return (
        '<nav class="fss-whole-guide__contents" aria-labelledby="fss-whole-guide-contents">'
        '<h2 id="fss-whole-guide-contents">Contents</h2>'
        f"<ol>{contents}</ol></nav>{sections}"
    )


def on_page_context(context, page, config, nav):
    """Append the whole guide to its page; every page's HTML exists by now."""
    if page.file.src_uri != WHOLE_GUIDE:
        return context
    parts = [p for p in nav.pages if p.meta.get("guide_part") is True]
    page.content += render_whole_guide(parts, page.url)
    return context
