"""A decision tool as a flowchart: boxes and arrows drawn from its flow, never by hand.

``chart(kind)`` extracts the chart once, as plain values (``Chart``, ``Box``, ``Arrow``);
``dot(chart)`` writes it in Graphviz's DOT language for the build to lay out, and
``fss_logic/render/chart.py`` writes the same chart as a list, its text alternative. Both
read the one ``Chart``, so the picture and the list cannot disagree, and both are made from
the flow the tool runs, so neither can disagree with the tool.

What a box is:

- a question (its short words, ``Question.chart_label``), numbered as the paper version
  numbers it;
- the questions that share a ``Page``, as one box: the page's heading, with each
  question's short words under it;
- a ``Junction``, where the answers so far decide the way on: a small diamond;
- a ``Part`` (another tool run inside this one), as one box naming that tool: its own
  questions are in its own chart;
- an outcome, shaped by its indication's tone (``kind.py``): a double border where the tool
  indicates going ahead, an octagon where it indicates not to, a dashed border otherwise.

An arrow is an answer, or the answers that lead to the same place, labelled with their
words (``Option.chart_label``); an arrow the answers so far decide (a ``Route``) is dashed
and unlabelled, and the list says in words which way it goes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from fss_logic.flow import (
    Answer,
    Flow,
    Junction,
    Outcome,
    Part,
    Question,
    Route,
)
from fss_logic.kind import GO, STOP, ToolKind
from fss_logic.values import value

QUESTION, PAGE, JUNCTION, PART, OUTCOME = "question", "page", "junction", "part", "outcome"
BOX_KINDS = (QUESTION, PAGE, JUNCTION, PART, OUTCOME)


@value
class Arrow:
    """From one box to another: the answers (their chart labels) that lead there, or none
    where every answer does; ``routed`` where the answers so far decide (a ``Route``)."""

    source: str
    target: str
    answers: tuple[str, ...] = ()
    routed: bool = False


@value
class Box:
    """One box of the chart. ``id`` is the DOT node name; ``nodes`` the flow's nodes it
    stands for, in order (one question; a page's questions; a part's questions; one
    outcome); ``numbers`` the paper version's numbers of its first and last node."""

    id: str
    kind: str
    label: str
    nodes: tuple[str, ...]
    numbers: tuple[int, int] = (0, 0)
    lines: tuple[str, ...] = ()  # a page's questions, by their short words
    tone: str = ""  # an outcome's tone (kind.py: go, stop, neutral)
    part_tool: str = ""  # a part's tool id, whose own chart has its questions

    @property
    def number(self) -> str:
        """ "3", or "7 to 8" for a page or a part; "" for an outcome."""
        first, last = self.numbers
        if not first:
            return ""
        return str(first) if first == last else f"{first} to {last}"


@value
class Chart:
    """A flow as boxes (in the order the paper version lists them, outcomes last) and
    arrows (in the order of their boxes and answers)."""

    flow: Flow
    boxes: tuple[Box, ...]
    arrows: tuple[Arrow, ...]
    box_of: Mapping[str, str]  # every node of the flow -> the id of the box that shows it
    numbers: Mapping[str, int]  # every question and junction -> its number on paper

    def box(self, box_id: str) -> Box:
        return next(b for b in self.boxes if b.id == box_id)


def part_of(flow: Flow, node_id: str) -> Part | None:
    """The part of ``flow`` a node was spliced in from, if any."""
    return next((p for p in flow.parts if p.owns(node_id)), None)


def part_exits(part: Part) -> dict[str, str]:
    """Each outcome of the part that a path can reach, given the answers the host settled,
    and the host node it leads on to (``Part.exits``), in the part's order of outcomes."""
    sub = part.flow
    seen: set[str] = set()
    todo = [sub.start]
    while todo:
        node_id = todo.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        node = sub.nodes[node_id]
        if isinstance(node, Outcome):
            continue
        if node_id in part.settled and isinstance(node, Question):
            rule = node.next
            answer: Answer = part.settled[node_id]
            todo.append(rule if isinstance(rule, str) else rule[answer])  # type: ignore[index]
        else:
            todo.extend(node.targets())
    return {o.id: part.exits[o.id] for o in sub.outcomes if o.id in seen}


def _box_id(flow: Flow, node_id: str) -> str:
    part = part_of(flow, node_id)
    if part is not None:
        return "part_" + part.prefix.rstrip("_")
    node = flow.nodes[node_id]
    if isinstance(node, Outcome):
        return "outcome_" + node_id
    if isinstance(node, Question) and node.page:
        return "page_" + node.page.id
    return ("junction_" if isinstance(node, Junction) else "question_") + node_id


def chart(kind: ToolKind) -> Chart:
    """The chart of a tool: its flow's boxes and arrows, outcomes shaped by their tone."""
    flow = kind.flow
    numbers = {node.id: n for n, node in enumerate(flow.sequence, 1)}
    box_of = {node_id: _box_id(flow, node_id) for node_id in flow.nodes}
    members: dict[str, list[str]] = {}
    for node_id in flow.nodes:
        members.setdefault(box_of[node_id], []).append(node_id)

    boxes = []
    for box_id, nodes in members.items():
        first = flow.nodes[nodes[0]]
        span = (numbers.get(nodes[0], 0), numbers.get(nodes[-1], 0))
        part = part_of(flow, nodes[0])
        if part is not None:
            sub_kind = kind.part_kind(part)
            boxes.append(
                Box(box_id, PART, part.flow.title, tuple(nodes), span, part_tool=sub_kind.id)
            )
        elif isinstance(first, Outcome):
            tone = kind.indication(first.indication).tone
            boxes.append(Box(box_id, OUTCOME, first.heading, tuple(nodes), tone=tone))
        elif isinstance(first, Junction):
            boxes.append(Box(box_id, JUNCTION, "", tuple(nodes), span))
        elif first.page:
            lines = tuple(flow.question(n).chart_label for n in nodes)
            boxes.append(Box(box_id, PAGE, first.page.heading, tuple(nodes), span, lines))
        else:
            boxes.append(Box(box_id, QUESTION, first.chart_label, tuple(nodes), span))

    arrows: list[Arrow] = []
    for box in boxes:
        arrows.extend(_arrows(flow, box, box_of))
    return Chart(flow, tuple(boxes), tuple(arrows), box_of, numbers)


def _arrows(flow: Flow, box: Box, box_of: Mapping[str, str]) -> list[Arrow]:
    """The arrows out of a box: to every box its nodes lead to, outside itself."""
    if box.kind == OUTCOME:
        return []
    if box.kind == PART:
        part = part_of(flow, box.nodes[0])
        exits = part_exits(part)  # type: ignore[arg-type]
        by_target: dict[str, list[str]] = {}
        for outcome_id, target in exits.items():
            label = part.flow.nodes[outcome_id].chart_label  # type: ignore[union-attr]
            by_target.setdefault(box_of[target], []).append(label)
        single = len(by_target) == 1
        return [Arrow(box.id, t, () if single else tuple(h)) for t, h in by_target.items()]
    last = flow.nodes[box.nodes[-1]]
    rule = last.next  # a page's questions lead one to the next: its last one leads out
    if isinstance(rule, str):
        return [Arrow(box.id, box_of[rule])]
    if isinstance(rule, Route):
        targets = dict.fromkeys(box_of[t] for t in rule.targets)
        return [Arrow(box.id, t, routed=True) for t in targets]
    by_answer: dict[str, list[str]] = {}
    for option in last.options:  # type: ignore[union-attr]
        by_answer.setdefault(box_of[rule[option.value]], []).append(option.chart_label)
    return [Arrow(box.id, t, tuple(labels)) for t, labels in by_answer.items()]


# DOT, for Graphviz (laid out at build time by tools/chart.mjs).

FONT, ARROW_FONT = 18, 15  # points: large beside the fixed spacing, so the chart is compact
WRAP = 22  # characters a line, in a box
WRAP_ARROW = 28

_SHAPES = {
    QUESTION: 'shape=box style="rounded"',
    PAGE: 'shape=box style="rounded"',
    JUNCTION: "shape=diamond width=0.7 height=0.45 fixedsize=true",
    PART: "shape=box3d",
    OUTCOME + GO: 'shape=box style="rounded,bold" peripheries=2',
    OUTCOME + STOP: 'shape=box style="bold,diagonals"',
    OUTCOME: 'shape=box style="rounded,dashed"',
}


def _quote(text: str) -> str:
    """A DOT string: backslashes and quotes escaped, lines broken with ``\\n``."""
    lines = text.split("\n")
    escaped = (line.replace("\\", "\\\\").replace('"', '\\"') for line in lines)
    return '"' + "\\n".join(escaped) + '"'


def wrap(text: str, width: int = WRAP) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def box_label(box: Box) -> str:
    """The words in a box, as the chart shows them (lines joined by newlines)."""
    number = box.number
    if box.kind == JUNCTION:
        return number
    if box.kind == PART:
        return f"{number}. {wrap(box.label + ' (its own chart)')}"
    if box.kind == PAGE:
        return f"{number}. {wrap(box.label + ' (one page)')}"
    if box.kind == OUTCOME:
        return wrap(box.label)
    return f"{number}. {wrap(box.label)}"


def arrow_label(arrow: Arrow) -> str:
    return wrap("; ".join(arrow.answers), WRAP_ARROW)


def dot(chart: Chart) -> str:
    """The chart in the DOT language: the same text for the same flow, byte for byte."""
    flow = chart.flow
    lines = [
        f"digraph {_quote(flow.id)} {{",
        f'  graph [rankdir=TB nodesep=0.1 ranksep=0.06 fontname="Helvetica" fontsize={FONT} '
        'bgcolor="transparent" pad=0.1]',
        f'  node [fontname="Helvetica" fontsize={FONT} margin="0.2,0.06" color="black" '
        'fontcolor="black" fillcolor="white" penwidth=1.5]',
        f'  edge [fontname="Helvetica" fontsize={ARROW_FONT} color="black" fontcolor="black" '
        "arrowsize=0.9 penwidth=1.3]",
    ]
    for box in chart.boxes:
        shape = _SHAPES.get(box.kind + box.tone, _SHAPES.get(box.kind))
        css = f"fss-chart__{box.kind}" + (f" fss-chart__outcome--{box.tone}" if box.tone else "")
        lines.append(f"  {box.id} [{shape} label={_quote(box_label(box))} class={_quote(css)}]")
    for arrow in chart.arrows:
        attributes = [f"class={_quote('fss-chart__arrow')}"]
        if arrow.answers:
            attributes.append(f"label={_quote(arrow_label(arrow))}")
        if arrow.routed:
            attributes.append('style="dashed"')
        lines.append(f"  {arrow.source} -> {arrow.target} [{' '.join(attributes)}]")
    lines.append("}")
    return "\n".join(lines) + "\n"
