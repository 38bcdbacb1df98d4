"""Each tool's flowchart, and the chart as a list, say what the tool does (issue 20).

The chart is read here the way a person reads it: the words in its boxes and on its arrows,
and the list's sentences. What they must say is worked out from the flow itself
(``Question.targets``, the answers' routing, ``Part.exits``), never from the chart code, so
a chart that disagreed with the tool would fail.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fss_logic.chart import OUTCOME, PART, box_label, chart, dot
from fss_logic.flow import YES_NO, Flow, Junction, Option, Outcome, Question
from fss_logic.flows import KINDS
from fss_logic.kind import Indication, ToolKind
from fss_logic.render.chart import LIST_SUMMARY, chart_figure_html, chart_list_html, page_svg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from flow_charts import ChartBuildError, chart_svgs, layout  # noqa: E402

TOOLS = sorted(KINDS)


def spaced(text: str) -> str:
    return " ".join(text.split())


def own_questions(flow: Flow) -> list[Question]:
    """The questions a chart draws itself: all but those of the tools run inside it."""
    return [q for q in flow.questions if not any(p.owns(q.id) for p in flow.parts)]


class Tree(HTMLParser):
    """Just enough of an HTML tree: each element's tag, class, children and text."""

    def __init__(self, html: str):
        super().__init__()
        self.root = {"tag": "", "attrs": {}, "children": [], "text": []}
        self.stack = [self.root]
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = {"tag": tag, "attrs": dict(attrs), "children": [], "text": []}
        self.stack[-1]["children"].append(node)
        self.stack.append(node)

    def handle_endtag(self, tag):
        while self.stack[-1]["tag"] != tag:
            self.stack.pop()
        self.stack.pop()

    def handle_data(self, data):
        for node in self.stack:
            node["text"].append(data)


def text_of(node) -> str:
    return spaced("".join(node["text"]))


def walk(node):
    yield node
    for child in node["children"]:
        yield from walk(child)


def answers_in_list(html: str) -> dict[str, list[str]]:
    """The list's question items: each question's words (after its number) and the sentences
    of the items under it."""
    found = {}
    for node in walk(Tree(html).root):
        if node["tag"] != "li":
            continue
        paragraphs = [c for c in node["children"] if c["tag"] == "p"]
        lists = [c for c in node["children"] if c["tag"] == "ul"]
        if paragraphs and lists:
            heading = re.sub(r"^[\d to]+\.\s*", "", text_of(paragraphs[0]))
            found[heading] = [text_of(li) for li in lists[0]["children"] if li["tag"] == "li"]
    return found


def svg_words(svg: str) -> str:
    """Every word the chart shows, lines joined, as a person reads it."""
    return spaced(" ".join(unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)))


def destination_words(flow: Flow, target: str, numbers: Mapping[str, int]) -> str:
    """What the list must say a route leads to, from the flow: a question's words, an
    outcome's heading, the tool run inside, or the junction's number."""
    part = next((p for p in flow.parts if p.owns(target)), None)
    if part is not None:
        spliced = [numbers[n.id] for n in flow.sequence if part.owns(n.id)]
        return f"the {part.flow.title} (questions {min(spliced)} to {max(spliced)})"
    node = flow.nodes[target]
    if isinstance(node, Outcome):
        return f"the outcome “{node.heading}”"
    if isinstance(node, Junction):
        return f"the instructions at {numbers[target]}"
    return f"question {numbers[target]}, “{node.text}”"


@pytest.fixture(scope="module")
def laid_out():
    """Every tool's chart and SVG, as the build makes them (Node and Graphviz)."""
    return chart_svgs(KINDS)


@pytest.mark.parametrize("tool", TOOLS)
def test_every_question_and_outcome_is_in_the_chart(tool, laid_out):
    drawn, svg = laid_out[tool]
    words = svg_words(svg)
    flow = KINDS[tool].flow
    for question in own_questions(flow):
        shown = question.page.chart_label if question.page else question.chart_label
        assert spaced(shown) in words, (tool, question.id)
    for outcome in flow.outcomes:
        assert spaced(outcome.heading) in words, (tool, outcome.id)
    for part in flow.parts:
        # A tool run inside is one box naming it; its own chart has its questions.
        assert part.flow.title in words
        own_words = svg_words(laid_out[KINDS[tool].part_kind(part).id][1])
        for question in own_questions(part.flow):
            if question.id not in part.settled:
                shown = question.page.chart_label if question.page else question.chart_label
                assert spaced(shown) in own_words, (part.flow.id, question.id)


@pytest.mark.parametrize("tool", TOOLS)
def test_every_answer_in_the_list_leads_where_the_tool_goes(tool):
    kind = KINDS[tool]
    flow = kind.flow
    drawn = chart(kind)
    listed = answers_in_list(chart_list_html(drawn))
    for question in own_questions(flow):
        assert question.text in listed, (tool, question.id)
        items = listed[question.text]
        if isinstance(question.next, Mapping):
            assert len([i for i in items if ": go to " in i]) == len(question.options)
            for option in question.options:
                where = destination_words(flow, question.next[option.value], drawn.numbers)
                assert f"{option.label}: go to {where}" in " ".join(items), (question.id, option)
        else:
            said = " ".join(items)
            for target in question.targets():
                assert destination_words(flow, target, drawn.numbers) in said, (question.id, target)
            headings = {
                flow.nodes[t].heading
                for t in question.targets()
                if isinstance(flow.nodes[t], Outcome)
            }
            assert set(re.findall(r"the outcome “(.*?)”", said)) <= headings, question.id


@pytest.mark.parametrize("tool", TOOLS)
def test_every_outcome_is_listed_and_every_part_says_where_its_outcomes_lead(tool):
    kind = KINDS[tool]
    flow = kind.flow
    drawn = chart(kind)
    html = chart_list_html(drawn, {k: f"../{k}/" for k in KINDS})
    tree = Tree(html).root
    outcomes = next(n for n in walk(tree) if n["attrs"].get("class") == "fss-chart__outcomes")
    assert [text_of(li) for li in outcomes["children"]] == [o.heading for o in flow.outcomes]
    text = spaced(unescape(re.sub(r"<[^>]+>", " ", html)))
    for part in flow.parts:
        assert f"The {part.flow.title} runs here" in text
        assert f'<a href="../{kind.part_kind(part).id}/">{part.flow.title}</a>' in html
        # Where each of the part's outcomes leads, from the spliced questions themselves.
        leaving = {
            t for n in flow.sequence if part.owns(n.id) for t in n.targets() if not part.owns(t)
        }
        for target in leaving:
            assert f"go to {destination_words(flow, target, drawn.numbers)}" in text


@pytest.mark.parametrize("tool", TOOLS)
def test_the_arrows_are_the_flows_routes(tool):
    """Every arrow leads where a question, a page, a junction or a tool run inside leads,
    and every route has its arrow; an answer's arrow carries its words."""
    kind = KINDS[tool]
    flow = kind.flow
    drawn = chart(kind)
    for box in drawn.boxes:
        if box.kind == OUTCOME:
            continue
        inside = set(box.nodes)
        expected = {
            drawn.box_of[t]
            for n in box.nodes
            for t in flow.nodes[n].targets()  # type: ignore[union-attr]
            if t not in inside
        }
        arrows = [a for a in drawn.arrows if a.source == box.id]
        assert {a.target for a in arrows} == expected, box.id
        assert len(arrows) == len(expected), f"{box.id}: two arrows to one place"
        last = flow.nodes[box.nodes[-1]]
        if box.kind != PART and isinstance(last.next, Mapping):
            for option in last.options:  # type: ignore[union-attr]
                arrow = next(a for a in arrows if a.target == drawn.box_of[last.next[option.value]])
                assert option.chart_label in arrow.answers


def test_the_share_tool_is_drawn_at_a_level_a_person_can_read():
    """80 questions and 12 outcomes: each tool run inside is one box, and each page one box."""
    drawn = chart(KINDS["share"])
    flow = KINDS["share"].flow
    assert len(flow.questions) == 80 and len(flow.outcomes) == 12
    parts = [b for b in drawn.boxes if b.kind == PART]
    assert [b.label for b in parts] == [
        "Mental Capacity Act checklist",
        "Public interest test",
        "Public interest test",
        "Legal gateways",
    ]
    assert len(drawn.boxes) < 40
    assert box_label(drawn.box("page_how")).startswith("21 to 26. How will you share it?")


@pytest.mark.parametrize("tool", TOOLS)
def test_words_in_the_boxes_are_short(tool):
    for box in chart(KINDS[tool]).boxes:
        if box.kind != OUTCOME:
            assert len(box.label) <= 60, (tool, box.id, box.label)


def test_the_chart_is_the_same_for_the_same_flow(laid_out):
    for tool in TOOLS:
        assert dot(chart(KINDS[tool])) == dot(chart(KINDS[tool]))
    dots = [dot(chart(KINDS[t])) for t in TOOLS]
    assert layout(dots) == layout(dots)
    assert [laid_out[t][1] for t in TOOLS] == layout(dots)


def test_a_graphviz_failure_stops_the_build():
    with pytest.raises(ChartBuildError, match="Graphviz could not lay it out"):
        layout(["digraph { a -> }"])


def hostile_kind() -> ToolKind:
    words = '<script>alert("x")</script> & "quotes" \\N'
    flow = Flow(
        id="hostile",
        title=words,
        start="first",
        questions=(
            Question(
                "first",
                "S",
                words,
                "one",
                {"yes": "go", "no": "stop"},
                options=(Option("yes", words), YES_NO[1]),
            ),
        ),
        outcomes=(Outcome("go", words, "go", "s"), Outcome("stop", "Stop", "stop", "s")),
    )
    return ToolKind(
        flow=flow,
        record_title="r",
        choices=(Option("go", "Go"), Option("stop", "Stop")),
        indications=(Indication("go", "go", "go"), Indication("stop", "stop", "stop")),
        fields=(),
        groups=("About you", "Your decision"),
        reasons=lambda *_: [],
    )


def test_every_word_is_escaped_in_the_chart_and_the_list():
    drawn = chart(hostile_kind())
    (svg,) = layout([dot(drawn)])
    figure = chart_figure_html(drawn, svg)
    assert "<script" not in figure
    assert "&lt;script&gt;" in figure
    assert '<script>alert("x")</script>' in svg_words(svg)  # shown as words, not run
    assert svg_words(svg).count("\\N") == 3  # a box, an answer, an outcome: not DOT escapes


def test_the_svg_is_one_image_with_a_name_and_no_ids(laid_out):
    drawn, svg = laid_out["share"]
    page = page_svg(svg, "Flowchart: Should I share information?")
    assert page.startswith('<svg class="fss-chart__svg" role="img"')
    assert re.search(r"<svg[^>]*><title>Flowchart: Should I share information\?</title>", page)
    assert page.count("<title>") == 1
    assert " id=" not in page and "<!--" not in page and "style=" not in page
    figure = chart_figure_html(drawn, svg)
    assert figure.startswith('<figure class="fss-chart" data-fss-chart="share"><figcaption>')
    assert f'<details class="fss-chart__list"><summary>{LIST_SUMMARY}</summary>' in figure
    assert "<style" not in figure and "style=" not in figure
    overview = chart_figure_html(drawn, svg, overview=True)
    assert 'class="fss-chart fss-chart--overview"' in overview
