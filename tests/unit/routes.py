"""Helpers for per-question route tables: answers that reach a given node of a flow.

Each tool's tests/unit/test_<tool>_flow.py holds its ``ROUTES`` table, rows of
``(earlier answers, question, response, where it leads)``: the earlier answers reach the
question, and the response then leads to the question or outcome named (past any junction).
test_flow_properties.py walks every row of every tool's table.
"""

from __future__ import annotations

import importlib

from fss_logic.flow import MANY, ONE, Flow, Junction, Outcome, Part, Question, replay


def _answers_for(question: Question) -> list:
    if question.kind == ONE:
        return [o.value for o in question.options]
    if question.kind == MANY:
        return [[o.value] for o in question.options]
    return ["Typed"]


def routes_of(kind) -> list[tuple]:
    """A tool's route table: ``ROUTES`` in its own tests/unit/test_<tool>_flow.py."""
    return importlib.import_module(f"tests.unit.test_{kind.id}_flow").ROUTES


def route_id(kind, question_id: str, response, leads_to: str) -> str:
    """A route row's test id, ``tool:question=response->where it leads``: a many-answer
    response as its values joined by ``+``, typed words cut short."""
    if isinstance(response, (list, tuple)):
        said = "+".join(map(str, response))
    else:
        said = str(response)
        question = kind.flow.nodes.get(question_id)
        options = {o.value for o in question.options} if isinstance(question, Question) else ()
        if said not in options and len(said) > 24:
            said = said[:21] + "..."
    return f"{kind.id}:{question_id}={said}->{leads_to}"


def finish(flow: Flow, answers: dict | None = None) -> dict:
    """On to an outcome from ``answers`` (from the start if none): the answers given kept
    where they still answer, then the first option of each question asked (or some typed
    words; a many-answer question its first option alone). ``answers`` is not changed."""
    answers = dict(answers or {})
    state = replay(flow, answers)
    while state.current is not None:
        question = state.current
        first = question.options[0].value if question.options else "Typed"
        answers[question.id] = [first] if question.kind == MANY else first
        state = replay(flow, answers)
    return answers


def reaching(flow: Flow, target: str) -> set[str]:
    """Every node from which ``target`` can be reached on the flow's graph (itself too)."""
    back: dict[str, set[str]] = {}
    for node in flow.sequence:
        for following in node.targets():
            back.setdefault(following, set()).add(node.id)
    found, todo = set(), [target]
    while todo:
        node_id = todo.pop()
        if node_id not in found:
            found.add(node_id)
            todo.extend(back.get(node_id, ()))
    return found


def here(state) -> str:
    return state.current.id if state.current else state.outcome.id


def path_to(flow: Flow, target: str, given: dict | None = None) -> dict:
    """Answers that lead from the start (or from ``given``) to the node ``target``: a depth
    first search over each question's answers, trying only answers after which the target
    can still be reached on the graph. Fails if nothing reaches it."""
    can_reach = reaching(flow, target)
    seen: set[tuple] = set()

    def search(answers: dict) -> dict | None:
        state = replay(flow, answers)
        if here(state) == target:
            return answers
        if state.current is None:
            return None
        key = (here(state), tuple(sorted((k, str(v)) for k, v in state.answers.items())))
        if key in seen:
            return None
        seen.add(key)
        for answer in _answers_for(state.current):
            tried = {**answers, state.current.id: answer}
            if here(replay(flow, tried)) not in can_reach:
                continue
            found = search(tried)
            if found is not None:
                return found
        return None

    found = search(dict(given or {}))
    assert found is not None, f"nothing in {flow.id} reaches {target}"
    return found


def prefixed(answers: dict, part: Part) -> dict:
    return {part.prefix + k: v for k, v in answers.items() if k not in part.settled}


def exit_rows(flow: Flow, part: Part, host_setup: dict) -> list[tuple]:
    """A route row for each outcome of a part of ``flow``: the last answer of a path to it,
    leading to where the part's exit takes the host (through any junction)."""
    rows = []
    for outcome in part.flow.outcomes:
        answers = path_to(part.flow, outcome.id, dict(part.settled))
        last = next(reversed(answers))
        before = {k: v for k, v in answers.items() if k != last}
        setup = {**host_setup, **prefixed(before, part)}
        leads = here(replay(flow, {**setup, part.prefix + last: answers[last]}))
        rows.append((setup, part.prefix + last, answers[last], leads))
    return rows


def expanded_targets(flow: Flow, node) -> set[str]:
    """Where a node can lead, with junctions replaced by where they can lead."""
    found: set[str] = set()
    for target in node.targets():
        following = flow.nodes[target]
        if isinstance(following, Junction):
            found |= expanded_targets(flow, following)
        else:
            found.add(target)
    return found


__all__ = [
    "Outcome",
    "exit_rows",
    "expanded_targets",
    "finish",
    "here",
    "path_to",
    "prefixed",
    "reaching",
    "route_id",
    "routes_of",
]
