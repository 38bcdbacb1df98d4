"""A tool's flowchart on a page: the figure, the chart laid out by Graphviz, and the chart as
a list (its text alternative), both from the one ``Chart`` (``fss_logic/chart.py``).

The list names every question of the chart with its full words, each answer and where it
leads (the next question by its number and words, or the outcome by its heading), what a
tool run inside leads to from each of its outcomes, and every outcome heading. The SVG comes
from the build (``tools/flow_charts.py``); here it is only made fit for the page: Graphviz's
comments, titles and ids taken out (a page holds more than one chart, and the whole guide
copies pages into one), ``role="img"`` and a ``<title>`` that names it put in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from fss_logic.chart import FONT, JUNCTION, OUTCOME, PAGE, PART, Box, Chart, part_exits, part_of
from fss_logic.flow import MANY, TEXT, Junction, Question
from fss_logic.kind import GO, NEUTRAL, STOP
from fss_logic.render.record import e

LIST_SUMMARY = "The chart as a list"
SCROLL = "The chart: scroll to see all of it"

TONE_LEGEND = {
    GO: "a double border where the tool indicates you can go ahead",
    STOP: "a bold border with cut corners where it indicates you should not",
    NEUTRAL: "a dashed border where it indicates something else",
}


def _names(chart: Chart) -> dict[str, str]:
    """How the list names each node it can send you to."""
    flow = chart.flow
    names: dict[str, str] = {}
    for box in chart.boxes:
        for node_id in box.nodes:
            node = flow.nodes[node_id]
            if box.kind == OUTCOME:
                names[node_id] = f"the outcome “{node.heading}”"  # type: ignore[union-attr]
            elif box.kind == PART:
                names[node_id] = f"the {box.label} (questions {box.number})"
            elif isinstance(node, Junction):
                names[node_id] = f"the instructions at {box.number}"
            else:
                number = chart.numbers[node_id]
                page = f" (on the page “{node.page.heading}”)" if node.page else ""
                names[node_id] = f"question {number}, “{node.text}”{page}"
    return names


def _words(text: str, names: Mapping[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: names[m.group(1)], text)


def _routing(rule, names: Mapping[str, str]) -> str:
    if isinstance(rule, str):
        return f"Then go to {names[rule]}."
    return _words(rule.paper, names)


def _question_item(chart: Chart, question: Question, names: Mapping[str, str]) -> str:
    number = chart.numbers[question.id]
    answers = []
    if question.ask_if is not None:
        answers.append(
            f"<li>Asked only if {e(_words(question.ask_if.paper, names))}; otherwise go to "
            f"{e(names[question.next])}.</li>"  # type: ignore[index]
        )
    if isinstance(question.next, Mapping):
        answers.extend(
            f"<li>{e(o.label)}: go to {e(names[question.next[o.value]])}.</li>"
            for o in question.options
        )
    else:
        if question.kind == TEXT:
            given = "Answered in your own words."
        else:
            labels = "; ".join(o.label for o in question.options)
            given = ("Tick all that apply: " if question.kind == MANY else "Answers: ") + labels
            given += "."
        answers.append(f"<li>{e(given)} {e(_routing(question.next, names))}</li>")
    return (
        f'<li><p><span class="fss-chart__number">{number}.</span> {e(question.text)}</p>'
        f"<ul>{''.join(answers)}</ul></li>"
    )


def _box_item(chart: Chart, box: Box, names: Mapping[str, str], chart_urls) -> str:
    flow = chart.flow
    number = f'<span class="fss-chart__number">{e(box.number)}.</span>'
    if box.kind == PART:
        part = part_of(flow, box.nodes[0])
        url = chart_urls.get(box.part_tool)
        tool = f'<a href="{e(url)}">{e(box.label)}</a>' if url else e(box.label)
        settled = "".join(
            f" Already answered here, so not asked: “{e(part.flow.question(q).text)}” "
            f"{e(part.flow.question(q).answer_text(a))}."
            for q, a in part.settled.items()  # type: ignore[union-attr]
        )
        exits = "".join(
            f"<li>Its outcome “{e(part.flow.nodes[o].heading)}”: go to {e(names[t])}.</li>"  # type: ignore[union-attr]
            for o, t in part_exits(part).items()  # type: ignore[arg-type]
        )
        return (
            f"<li><p>{number} The {tool} runs here: its questions are in its own chart."
            f"{settled}</p><ul>{exits}</ul></li>"
        )
    if box.kind == JUNCTION:
        junction = flow.nodes[box.nodes[0]]
        return (
            f"<li><p>{number} Nothing is asked here.</p>"
            f"<ul><li>{e(_routing(junction.next, names))}</li></ul></li>"  # type: ignore[union-attr]
        )
    questions = "".join(_question_item(chart, flow.question(n), names) for n in box.nodes)
    if box.kind == PAGE:
        page = flow.question(box.nodes[0]).page
        return (
            f"<li><p>{number} One page, “{e(page.heading)}”, of {len(box.nodes)} "  # type: ignore[union-attr]
            f"questions:</p><ul>{questions}</ul></li>"
        )
    return questions


def chart_list_html(chart: Chart, chart_urls: Mapping[str, str] | None = None) -> str:
    """The chart as a list: every box in order, with where each answer leads, then every
    outcome. ``chart_urls`` links a tool run inside this one to its own chart."""
    names = _names(chart)
    urls = chart_urls or {}
    steps = "".join(
        _box_item(chart, box, names, urls) for box in chart.boxes if box.kind != OUTCOME
    )
    outcomes = "".join(
        f"<li>{e(chart.flow.nodes[box.nodes[0]].heading)}</li>"  # type: ignore[union-attr]
        for box in chart.boxes
        if box.kind == OUTCOME
    )
    return (
        f'<ul class="fss-chart__steps">{steps}</ul>'
        f'<p>The outcomes:</p><ul class="fss-chart__outcomes">{outcomes}</ul>'
    )


def chart_caption(chart: Chart) -> str:
    """What the chart shows and how to read it, in words."""
    tones = dict.fromkeys(box.tone for box in chart.boxes if box.kind == OUTCOME)
    legend = "; ".join(TONE_LEGEND[t] for t in (GO, STOP, NEUTRAL) if t in tones)
    parts = any(box.kind == PART for box in chart.boxes)
    return (
        f"The flowchart of “{chart.flow.title}”, drawn from the tool itself. Each box is a "
        "question, numbered as in the paper version, or a page of questions asked together"
        + (", or another tool run inside this one" if parts else "")
        + ". Each arrow is an answer; a dashed arrow goes where your answers so far decide. "
        f"The outcomes have {legend}."
    )


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TITLE = re.compile(r"<title>.*?</title>", re.S)
_ID = re.compile(r'\s(id|xmlns:xlink)="[^"]*"')
_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
SCREEN_SCALE = 14 / FONT
"""Pixels a Graphviz point on screen: the boxes' words at 14 pixels; a chart wider than
``SCREEN_WIDE`` points at 12, so that less of it needs scrolling."""
SCREEN_WIDE = 1000
SCREEN_SCALE_WIDE = 12 / FONT


def page_svg(svg: str, title: str) -> str:
    """Graphviz's SVG made fit for a page: one image named by its ``<title>``, no ids."""
    svg = svg[svg.index("<svg") :]
    svg = _TITLE.sub("", _COMMENT.sub("", svg))
    svg = _ID.sub("", svg)
    size = _SIZE.search(svg)
    if size is None:
        raise ValueError("Graphviz's SVG has no size in points")
    scale = SCREEN_SCALE if float(size.group(1)) <= SCREEN_WIDE else SCREEN_SCALE_WIDE
    width, height = (round(float(v) * scale) for v in size.groups())
    svg = _SIZE.sub(
        f'<svg class="fss-chart__svg" role="img" focusable="false" width="{width}" '
        f'height="{height}"',
        svg,
        count=1,
    )
    opening = svg.index(">") + 1
    svg = svg[:opening] + f"<title>{e(title)}</title>" + svg[opening:]
    return re.sub(r">\s+<", "><", svg).strip()


def chart_figure_html(
    chart: Chart,
    svg: str,
    chart_urls: Mapping[str, str] | None = None,
    *,
    overview: bool = False,
) -> str:
    """The chart as a figure: the caption, the chart, and the chart as a list in a
    ``<details>`` (printed open). ``overview``: the one-page overview at the front of a paper
    version, which prints the chart alone (the questions follow it in full)."""
    title = f"Flowchart: {chart.flow.title}"
    classes = "fss-chart fss-chart--overview" if overview else "fss-chart"
    details = "fss-chart__list fss-no-print" if overview else "fss-chart__list"
    return (
        f'<figure class="{classes}" data-fss-chart="{e(chart.flow.id)}">'
        f"<figcaption>{e(chart_caption(chart))}</figcaption>"
        f'<div class="fss-chart__picture" tabindex="0" role="group" aria-label="{e(SCROLL)}">'
        f"{page_svg(svg, title)}</div>"
        f'<details class="{details}"><summary>{e(LIST_SUMMARY)}</summary>'
        f"{chart_list_html(chart, chart_urls)}</details></figure>"
    )


__all__ = [
    "LIST_SUMMARY",
    "chart_caption",
    "chart_figure_html",
    "chart_list_html",
    "page_svg",
]
