"""Helpers for per-question route tables: answers that reach a given node of a flow."""

from __future__ import annotations

from fss_logic.flow import MANY, ONE, Flow, Part, Question, replay


def _answers_for(question: Question) -> list:
    if question.kind == ONE:
        return [o.value for o in question.options]
    if question.kind == MANY:
        return [[o.value] for o in question.options]
    return ["Typed"]


def path_to(flow: Flow, target: str, given: dict | None = None) -> dict:
    """Answers that lead from the start (or from ``given``) to the node ``target``: a depth
    first search over each question's answers. Fails if nothing reaches it."""
    seen: set[tuple] = set()

    def search(answers: dict) -> dict | None:
        state = replay(flow, answers)
        here = state.current.id if state.current else state.outcome.id  # type: ignore[union-attr]
        if here == target:
            return answers
        if state.current is None:
            return None
        key = (here, tuple(sorted((k, str(v)) for k, v in state.answers.items())))
        if key in seen:
            return None
        seen.add(key)
        for answer in _answers_for(state.current):
            found = search({**answers, state.current.id: answer})
            if found is not None:
                return found
        return None

    found = search(dict(given or {}))
    assert found is not None, f"nothing in {flow.id} reaches {target}"
    return found


def prefixed(answers: dict, part: Part) -> dict:
    return {part.prefix + k: v for k, v in answers.items()}


def exit_rows(part: Part, host_setup: dict) -> list[tuple]:
    """A route row for each outcome of a part: the last answer of a path to it, leading to
    the host node the part's exit names."""
    rows = []
    for outcome in part.flow.outcomes:
        answers = path_to(part.flow, outcome.id)
        last = next(reversed(answers))
        before = {k: v for k, v in answers.items() if k != last}
        rows.append(
            (
                {**host_setup, **prefixed(before, part)},
                part.prefix + last,
                answers[last],
                part.exits[outcome.id],
            )
        )
    return rows
