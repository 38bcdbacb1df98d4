"""How far along a flow a step is: the step's number on the path so far, and how many
steps may be left, for the progress line above every question.

A step is a page of questions, or one question alone. How many are left is counted on the
flow's graph from the step shown, over every way on that later answers could take: the
fewest and the most. A question asked only on a condition may or may not be a step.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import Flow, Junction, Outcome, Question
from fss_logic.values import value

_CACHE: dict[int, dict[str, tuple[int, int]]] = {}


@value
class Progress:
    """Step ``number`` of the path; ``fewest`` to ``most`` steps left after it."""

    number: int
    fewest: int
    most: int
    section: str


def _step_key(question: Question) -> str:
    return question.page.id if question.page else question.id


def _left(flow: Flow) -> dict[str, tuple[int, int]]:
    """For every node: the fewest and most steps from it (itself included) to an outcome."""
    key = id(flow)
    if key in _CACHE:
        return _CACHE[key]
    memo: dict[str, tuple[int, int]] = {}

    def visit(node_id: str) -> tuple[int, int]:
        if node_id in memo:
            return memo[node_id]
        node = flow.nodes[node_id]
        if isinstance(node, Outcome):
            found = (0, 0)
        else:
            ahead = [visit(t) for t in node.targets()]
            fewest, most = min(a for a, _ in ahead), max(b for _, b in ahead)
            if isinstance(node, Junction):
                found = (fewest, most)
            else:
                first = node.page is None or flow.page_members(node)[0].id == node.id
                counts = 1 if first else 0
                optional = node.ask_if is not None and node.page is None
                found = (fewest + (0 if optional else counts), most + counts)
        memo[node_id] = found
        return found

    for node_id in flow.nodes:
        visit(node_id)
    _CACHE[key] = memo
    return memo


def progress(flow: Flow, answers: Mapping[str, object], at: str) -> Progress:
    """Where the step that starts at question ``at`` stands, given the answers on the path."""
    from fss_logic.flow import replay

    question = flow.question(at)
    path = [q for q, _ in replay(flow, answers).path]
    members = {q.id for q in flow.page_members(question)}
    before = []
    for earlier in path:
        if earlier.id in members:
            break
        before.append(_step_key(earlier))
    last = flow.page_members(question)[-1]
    ahead = [_left(flow)[t] for t in last.targets()]
    section = f"{question.part}: {question.section}" if question.part else question.section
    return Progress(
        number=len(dict.fromkeys(before)) + 1,
        fewest=min(a for a, _ in ahead),
        most=max(b for _, b in ahead),
        section=section,
    )
