"""Helpers for per-question route tables: answers that reach a given node of a flow."""

from __future__ import annotations

from fss_logic.flow import MANY, ONE, Flow, Junction, Outcome, Part, Question, replay


def _answers_for(question: Question) -> list:
    if question.kind == ONE:
        return [o.value for o in question.options]
    if question.kind == MANY:
        return [[o.value] for o in question.options]
    return ["Typed"]


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
    "here",
    "path_to",
    "prefixed",
    "reaching",
]
