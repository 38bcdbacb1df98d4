"""How far along a flow a step is: the step's number on the path so far, and how many
steps may be left, for the progress line above every question.

A step is a page of questions, or one question alone. How many are left is counted on the
flow's graph from the step shown, over every way on that later answers could take: the
fewest and the most. A question asked only on a condition may or may not be a step.
"""

from __future__ import annotations

from fss_logic.flow import Flow, Junction, Outcome, Question, State
from fss_logic.values import value

_CACHE: dict[int, dict[str, tuple[int, int, float]]] = {}


@value
class Progress:
    """Step ``number`` of the path; ``fewest`` to ``most`` steps left after it."""

    number: int
    fewest: int
    most: int
    typical: int  # the steps left on an average of the ways on, each taken as likely
    section: str


def _step_key(question: Question) -> str:
    return question.page.id if question.page else question.id


def _left(flow: Flow) -> dict[str, tuple[int, int, float]]:
    """For every node: the fewest, most and average steps from it (itself included) to an
    outcome, each way on taken as likely as any other."""
    key = id(flow)
    if key in _CACHE:
        return _CACHE[key]
    memo: dict[str, tuple[int, int, float]] = {}

    def visit(node_id: str) -> tuple[int, int, float]:
        if node_id in memo:
            return memo[node_id]
        node = flow.nodes[node_id]
        if isinstance(node, Outcome):
            found = (0, 0, 0.0)
        else:
            ahead = [visit(t) for t in node.targets()]
            fewest, most = min(a[0] for a in ahead), max(a[1] for a in ahead)
            # The average of the ways on that go on asking: a way that ends the tool at once
            # is the end of a path, not a sign of how long a path is.
            going_on = [
                visit(t)[2] for t in node.targets() if not isinstance(flow.nodes[t], Outcome)
            ]
            mean = sum(going_on) / len(going_on) if going_on else 0.0
            if isinstance(node, Junction):
                found = (fewest, most, mean)
            else:
                first = node.page is None or flow.page_members(node)[0].id == node.id
                counts = 1 if first else 0
                optional = node.ask_if is not None and node.page is None
                found = (fewest + (0 if optional else counts), most + counts, mean + counts)
        memo[node_id] = found
        return found

    for node_id in flow.nodes:
        visit(node_id)
    _CACHE[key] = memo
    return memo


def progress(replayed: State, at: str) -> Progress:
    """Where the step that starts at question ``at`` stands on the path so far (the answers
    replayed: the session works the path out once for each event)."""
    flow = replayed.flow
    question = flow.question(at)
    path = [q for q, _ in replayed.path]
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
        fewest=min(a[0] for a in ahead),
        most=max(a[1] for a in ahead),
        typical=round(max(a[2] for a in ahead)),
        section=section,
    )
