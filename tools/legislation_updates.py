"""MkDocs hook: the "Legislation updates" page, made from the notes themselves.

Every "Legislation update" note on the guide's pages (``!!! legislation`` admonitions, or
``??? legislation`` for a long one, which opens on request) is listed on
``legislation-updates.md`` as it is on its page, in the guide's order, under the part it is
on, with a link to the heading it sits under and the date it was last checked (its
"Checked ..." line). Nothing is written twice: a note is changed on its own page, and this
page follows.
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import urljoin, urlsplit

UPDATES = "legislation-updates.md"

# An open note is a <div>; a collapsible one (pymdownx.details) is a <details>.
_NOTE = re.compile(
    r'<(div) class="admonition legislation">(.*?)</div>'
    r'|<(details) class="legislation">(.*?)</details>',
    re.S,
)
_HEADING = re.compile(r'<h([1-6])[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_HREF = re.compile(r'\bhref="([^"]*)"')
_ID = re.compile(r'\s\bid="[^"]*"')
_TAGS = re.compile(r"<[^>]+>")
CHECKED = re.compile(r"Checked (\d{1,2} [A-Z][a-z]+ \d{4})")


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAGS.sub("", fragment)).replace("¶", "").split())


def _wrap(tag: str, inner: str) -> str:
    """A note's HTML, in the element it came in."""
    if tag == "details":
        return f'<details class="legislation">{inner}</details>'
    return f'<div class="admonition legislation">{inner}</div>'


def notes_of(content: str) -> list[tuple[str, str, str, str, str]]:
    """Each note in a page's HTML: (heading id, heading text, its element, its inner HTML,
    date checked)."""
    found = []
    for match in _NOTE.finditer(content):
        tag = match.group(1) or match.group(3)
        inner = match.group(2) if match.group(1) else match.group(4)
        headings = list(_HEADING.finditer(content, 0, match.start()))
        anchor, title = (
            (headings[-1].group(2), _text(headings[-1].group(3))) if headings else ("", "")
        )
        checked = CHECKED.search(_text(inner))
        found.append((anchor, title, tag, inner, checked.group(1) if checked else ""))
    return found


def _relink(fragment: str, source_url: str, here: str) -> str:
    """Links in a note, made to work from this page."""

    def relink(match: re.Match) -> str:
        href = html.unescape(match.group(1))
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            return match.group(0)
        target = urlsplit(urljoin("/" + source_url, href))
        relative = posixpath.relpath(target.path, here)
        if target.path.endswith("/"):
            relative += "/"
        if target.fragment:
            relative += "#" + target.fragment
        return f'href="{html.escape(relative)}"'

    return _HREF.sub(relink, fragment)


def render_updates(parts: list, updates_url: str) -> str:
    """Every note of every part, as HTML for the end of the updates page."""
    here = "/" + updates_url
    sections = []
    total = 0
    for page in parts:
        notes = notes_of(page.content)
        if not notes:
            continue
        items = []
        for anchor, title, tag, note, checked in notes:
            total += 1
            link = posixpath.relpath("/" + page.url, here) + "/" + (f"#{anchor}" if anchor else "")
            when = f"Checked {checked}" if checked else "Not yet re-checked"
            items.append(
                '<li class="fss-updates__item">'
                f'<p class="fss-updates__where">Beside <a href="{html.escape(link)}">'
                f"{html.escape(title or page.title)}</a> · {html.escape(when)}</p>"
                f"{_wrap(tag, _ID.sub('', _relink(note, page.url, here)))}</li>"
            )
        sections.append(
            f'<section class="fss-updates__part"><h2 id="updates-{html.escape(_slug(page))}">'
            f"{html.escape(page.title)}</h2>"
            f'<ol class="fss-updates__list">{"".join(items)}</ol></section>'
        )
    return f'<p class="fss-updates__count">{total} notes.</p>' + "".join(sections)


def _slug(page) -> str:
    stem = posixpath.splitext(page.file.src_uri)[0].replace("/", "-")
    return "home" if stem == "index" else stem


def on_page_context(context, page, config, nav):
    """Append every note to the updates page; every page's HTML exists by now."""
    if page.file.src_uri != UPDATES:
        return context
    parts = [p for p in nav.pages if p.meta.get("guide_part") is True]
    page.content += render_updates(parts, page.url)
    return context
