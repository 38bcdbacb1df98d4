"""Properties of every tool's flow over every answer sequence hypothesis can find."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import replay
from fss_logic.flows import KINDS
from fss_logic.session import CHECK, apply, new_state, plain
from tests.unit.routes import here, route_id, routes_of
from tests.unit.strategies import answer_for, every_answer, paths

EVERY_KIND = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


def _every_route_row() -> list:
    """Every row of every tool's route table, with the tool, as test cases: ids such as
    ``share:legitimate_purpose=yes->identifiable``, a number added to a repeated one."""
    cases, seen = [], Counter()
    for kind in KINDS.values():
        for earlier, question, response, leads_to in routes_of(kind):
            name = route_id(kind, question, response, leads_to)
            seen[name] += 1
            if seen[name] > 1:
                name += f"#{seen[name]}"
            cases.append(pytest.param(kind, earlier, question, response, leads_to, id=name))
    return cases


@pytest.mark.parametrize(
    ("kind", "earlier", "question", "response", "leads_to"), _every_route_row()
)
def test_each_route_row_leads_where_it_says(kind, earlier, question, response, leads_to):
    """A row of a tool's ROUTES: the earlier answers reach the question, and with the
    response (a list for a many-answer question) the tool is then at the question or the
    outcome the row names, past any junction."""
    before = replay(kind.flow, earlier)
    assert before.current is not None and before.current.id == question, "setup reaches it"
    after = replay(kind.flow, {**earlier, question: response})
    assert here(after) == leads_to, (question, response)


@EVERY_KIND
@given(data=st.data())
def test_every_answer_sequence_ends_in_exactly_one_outcome(kind, data):
    answers = data.draw(paths(kind.flow))
    state = replay(kind.flow, answers)
    assert state.outcome is not None and state.current is None
    asked = [q.id for q, _ in state.path]
    assert len(asked) == len(set(asked)) == len(answers)


@EVERY_KIND
@given(data=st.data())
def test_answering_everything_always_reaches_an_outcome(kind, data):
    answers = data.draw(every_answer(kind.flow))
    state = replay(kind.flow, answers)
    assert state.outcome in kind.flow.outcomes
    assert set(state.answers) <= set(answers)


@EVERY_KIND
@settings(max_examples=100)
@given(data=st.data())
def test_changing_an_answer_drops_exactly_the_answers_that_no_longer_apply(kind, data):
    flow = kind.flow
    answers = data.draw(paths(flow))
    state = new_state(flow)
    state.update(answers=plain(answers), step=CHECK, at=None)
    before = replay(flow, answers)
    question, old = data.draw(st.sampled_from(before.path))
    new = data.draw(answer_for(question).filter(lambda v: v not in (old, list(old))))
    step = apply(kind, state, {"type": "change", "question": question.id, "step": CHECK})
    at = step.state["at"]
    shown = flow.page_questions(flow.question(at), before.answers)
    assert question in shown, "the change opens the page the question is on"
    given = {**plain(before.answers), question.id: new}
    values = {q.id: _listed(given[q.id]) for q in shown}
    step = apply(
        kind,
        step.state,
        {"type": "answer", "question": at, "step": f"question:{at}", "values": values},
    )
    after = replay(flow, step.state["answers"])
    kept = {q.id for q, _ in after.path}
    # What stays is exactly what the new path still asks, with the answers given before.
    assert set(step.state["answers"]) == kept
    given_before = plain(before.answers)
    for question_id in kept - {question.id}:
        assert step.state["answers"][question_id] == given_before[question_id]
    dropped = set(answers) - set(step.state["answers"])
    assert all(q not in kept for q in dropped)
    # The person is taken to the first question the change opened, or back to the check.
    if after.done:
        assert step.state["step"] == CHECK
    else:
        expected = flow.page_questions(after.current, after.answers)[0].id
        assert step.state["at"] == expected


def _listed(value):
    return list(value) if isinstance(value, (list, tuple)) else [value]


@EVERY_KIND
def test_every_tool_has_a_route_row_for_every_answer_and_every_branch(kind):
    """Each tool's tests/unit/test_<tool>_flow.py says where each answer leads: every
    option of every one-answer question, and every target of every question (each row is
    checked by test_each_route_row_leads_where_it_says). A target that is a junction counts
    where it leads; a target asked only on a condition counts where it leads when skipped;
    every way out of a junction is taken."""
    from fss_logic.flow import ONE, Junction, Question

    routes = routes_of(kind)
    flow = kind.flow
    rows = {
        (question, response) for _, question, response, _ in routes if isinstance(response, str)
    }
    reached = {(question, leads_to) for _, question, _, leads_to in routes}

    def arrivals(target: str) -> set[str]:
        """Where a row shows a route to ``target`` arriving."""
        node = flow.nodes[target]
        if isinstance(node, Junction):
            return set().union(*(arrivals(t) for t in node.targets()))
        if isinstance(node, Question) and node.ask_if is not None:
            return {target} | arrivals(node.next)  # type: ignore[arg-type]
        return {target}

    for question in flow.questions:
        if question.part:  # a tool run inside this one: its own tests cover its questions
            continue
        if question.kind == ONE:
            for option in question.options:
                assert (question.id, option.value) in rows, (question.id, option.value)
        for target in question.targets():
            assert any((question.id, t) in reached for t in arrivals(target)), (question.id, target)
    for junction in (n for n in flow.sequence if isinstance(n, Junction)):
        for target in junction.targets():
            assert any(to in arrivals(target) for _, to in reached), (junction.id, target)
    for part in flow.parts:  # every exit from a tool run inside this one
        for target in set(part.exits.values()):
            assert any(part.owns(q) and to in arrivals(target) for _, q, _, to in routes), (
                part,
                target,
            )
