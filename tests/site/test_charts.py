"""The built pages carry each tool's flowchart (issue 20): on its page, on the guide's When?
page as an editorial addition, and at the front of its paper version."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin

import pytest

from fss_logic.flows import KINDS
from tests.sitepages import SITE, visible_text

TOOL_PAGES = {
    "share": "tools/share/",
    "public_interest": "tools/public-interest/",
    "capacity": "tools/capacity/",
    "gateways": "tools/gateways/",
}
EDITORIAL = "(editorial note, not part of the agreed text)"


def html_of(url: str) -> str:
    return (SITE / url / "index.html").read_text("utf-8")


def figures(html: str) -> list[tuple[str, str]]:
    """Each chart figure on a page: its tool id and its HTML."""
    return re.findall(
        r'(<figure class="fss-chart[^"]*" data-fss-chart="([^"]+)">.*?</figure>)', html, re.S
    )


def chart_words(figure: str) -> str:
    svg = figure[figure.index("<svg") : figure.index("</svg>")]
    return " ".join(
        " ".join(unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)).split()
    )


def list_words(figure: str) -> str:
    details = figure[figure.index("<details") : figure.index("</details>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", details)).split())


def own_questions(flow):
    return [q for q in flow.questions if not any(p.owns(q.id) for p in flow.parts)]


@pytest.mark.parametrize("tool", sorted(TOOL_PAGES))
def test_each_tool_page_shows_its_chart_below_the_tool(site_dir, tool):
    html = html_of(TOOL_PAGES[tool])
    found = figures(html)
    assert [t for _, t in found] == [tool]
    figure = found[0][0]
    heading = html.index('id="the-tool-as-a-chart"')
    assert html.index('class="fss-tool"') < heading < html.index(figure)
    flow = KINDS[tool].flow
    shown, listed = chart_words(figure), list_words(figure)
    assert f"<title>Flowchart: {flow.title}</title>" in unescape(figure)
    for question in own_questions(flow):
        words = question.page.chart_label if question.page else question.chart_label
        assert " ".join(words.split()) in shown, question.id
        assert question.text in listed, question.id
    for outcome in flow.outcomes:
        assert " ".join(outcome.heading.split()) in shown
        assert outcome.heading in listed
    assert "The chart as a list" in figure


def test_a_tool_run_inside_links_to_its_own_chart(site_dir):
    for url in ("tools/share/", "when-and-how-to-share/", "whole-guide/"):
        figure = figures(html_of(url))[0][0]
        links = re.findall(r'<a href="([^"]+)">([^<]+)</a> runs here', figure)
        assert [name for _, name in links] == [
            "Mental Capacity Act checklist",
            "Public interest test",
            "Public interest test",
            "Legal gateways",
        ]
        for href, _ in links:
            target = urljoin("/" + url, href)
            path, _, anchor = target.partition("#")
            assert anchor == "the-tool-as-a-chart"
            assert f'id="{anchor}"' in html_of(path.strip("/")), target


def test_the_when_page_carries_the_chart_as_an_editorial_addition(site_dir):
    html = html_of("when-and-how-to-share")
    found = figures(html)
    assert [t for _, t in found] == ["share"]
    figure = found[0][0]
    note_at = html.rindex('<div class="admonition note fss-chart-note">', 0, html.index(figure))
    title = visible_text(html[note_at:], "p.admonition-title")
    assert title.endswith(EDITORIAL)
    # After the When? section's guide text, before Who?.
    assert html.index('id="another-reason-to-share"') < note_at < html.index('id="who"')
    assert "Another reason to share?" in chart_words(figure)


@pytest.mark.parametrize("tool", sorted(TOOL_PAGES))
def test_each_paper_version_starts_with_its_chart(site_dir, tool):
    html = html_of(TOOL_PAGES[tool].rstrip("/") + "-paper")
    found = figures(html)
    assert [t for _, t in found] == [tool]
    figure = found[0][0]
    assert 'class="fss-chart fss-chart--overview"' in figure
    assert html.index(figure) < html.index('class="fss-paper__question"')
    assert "fss-chart__list fss-no-print" in figure  # the questions follow in full


def test_charts_keep_to_the_content_security_policy(site_dir):
    for url in [*TOOL_PAGES.values(), "when-and-how-to-share", "whole-guide"]:
        for figure, _ in figures(html_of(url)):
            assert "<style" not in figure and " style=" not in figure
            assert " id=" not in figure[figure.index("<svg") :]  # pages hold several charts
            assert "http://" not in figure.replace("http://www.w3.org/2000/svg", "")
            assert "https://" not in figure


def test_the_chart_as_a_list_prints_open(site_dir):
    css = (site_dir / "assets" / "stylesheets" / "fss.css").read_text("utf-8")
    assert re.search(
        r"@media print[^@]*details\.fss-chart__list::details-content\s*\{[^}]*"
        r"content-visibility:\s*visible",
        css,
    )
