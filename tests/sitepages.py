"""Reading the built site: its pages, their front matter and their visible text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
DOCS = ROOT / "docs"

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def front_matter(source: Path) -> dict[str, str]:
    """The flat ``key: value`` pairs of a Markdown page's front matter."""
    text = source.read_text("utf-8")
    if not text.startswith("---\n"):
        return {}
    block = text[4 : text.index("\n---", 4)]
    pairs = (line.split(":", 1) for line in block.splitlines() if re.match(r"^\w+:", line))
    return {key.strip(): value.strip() for key, value in pairs}


@dataclass(frozen=True)
class GuidePage:
    """A page of the guide: its Markdown source and the HTML the build made of it."""

    source: str  # "consent.md"
    url: str  # "consent/" ("" for the home page)

    @property
    def html_path(self) -> Path:
        return SITE / self.url / "index.html"

    def html(self) -> str:
        return self.html_path.read_text("utf-8")


def _page(source: str) -> GuidePage:
    stem = source[: -len(".md")].removesuffix("index")
    return GuidePage(source, f"{stem.rstrip('/')}/" if stem else "")


def nav_sources() -> list[str]:
    """Markdown sources in navigation order, read from mkdocs.yml."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    nav = text[text.index("\nnav:\n") :]
    nav = nav[: nav.index("\n\n")]
    return re.findall(r":\s*([\w/-]+\.md)\s*$", nav, flags=re.M)


def guide_pages() -> list[GuidePage]:
    """The pages of the agreed text (front matter ``guide_part: true``), in nav order."""
    return [_page(s) for s in nav_sources() if front_matter(DOCS / s).get("guide_part") == "true"]


def all_pages() -> list[GuidePage]:
    """Every page in the navigation, in order."""
    return [_page(s) for s in nav_sources()]


class _TextExtractor(HTMLParser):
    """Text of the first element matching ``root``, skipping subtrees matched by ``skip``."""

    def __init__(self, root: str, skip: tuple[str, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.root, self.skip = root, skip
        self.depth = 0  # depth inside root; 0 = not inside
        self.skipping = 0  # depth inside a skipped subtree
        self.done = False
        self.parts: list[str] = []

    def _matches(self, tag: str, attrs: dict, selector: str) -> bool:
        name, _, cls = selector.partition(".")
        classes = (attrs.get("class") or "").split()
        return (not name or name == tag) and all(c in classes for c in cls.split(".") if c)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        void = tag in _VOID
        if self.done:
            return
        if not self.depth:
            if self._matches(tag, attrs, self.root) and not void:
                self.depth = 1
            return
        if void:
            return
        self.depth += 1
        if self.skipping:
            self.skipping += 1
        elif any(self._matches(tag, attrs, s) for s in self.skip):
            self.skipping = 1
        if tag in {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "br"}:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if not self.depth or self.done or tag in _VOID:
            return
        self.depth -= 1
        if self.skipping:
            self.skipping -= 1
        if self.depth == 0:
            self.done = True

    def handle_data(self, data):
        if self.depth and not self.skipping and not self.done:
            self.parts.append(data)


def visible_text(html: str, root: str = "article", skip: tuple[str, ...] = ()) -> str:
    """The text inside ``root`` (``tag``, ``.class`` or ``tag.class``), without ``skip``."""
    parser = _TextExtractor(root, skip)
    parser.feed(html)
    return "".join(parser.parts)


def agreed_text(html: str) -> str:
    """A page's article text without editorial notes (admonitions, open or collapsible:
    ``!!!`` makes a ``div.admonition``, ``???`` a ``details``) or permalink marks."""
    return visible_text(html, "article", skip=("div.admonition", "details", "a.headerlink"))


def words(text: str) -> list[str]:
    """The words of a text, in order: letters and digits only, case kept."""
    return re.findall(r"\w+", text)
