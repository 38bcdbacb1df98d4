"""Properties of the share flow over every answer sequence hypothesis can find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import replay
from fss_logic.flows.share import FLOW
from fss_logic.session import CHECK, apply, new_state, plain
from tests.unit.strategies import answer_for, every_answer, paths


@given(paths())
def test_every_answer_sequence_ends_in_exactly_one_outcome(answers):
    state = replay(FLOW, answers)
    assert state.outcome is not None and state.current is None
    asked = [q.id for q, _ in state.path]
    assert len(asked) == len(set(asked)) == len(answers)


@given(every_answer())
def test_answering_everything_always_reaches_an_outcome(answers):
    state = replay(FLOW, answers)
    assert state.outcome in FLOW.outcomes
    assert set(state.answers) <= set(answers)


@settings(max_examples=150)
@given(paths(), st.data())
def test_changing_an_answer_drops_exactly_the_answers_that_no_longer_apply(answers, data):
    state = new_state(FLOW)
    state.update(answers=plain(answers), step=CHECK, at=None)
    before = replay(FLOW, answers)
    question, old = data.draw(st.sampled_from(before.path))
    new = data.draw(answer_for(question).filter(lambda v: v not in (old, list(old))))
    step = apply(FLOW, state, {"type": "change", "question": question.id})
    step = apply(
        FLOW,
        step.state,
        {
            "type": "answer",
            "question": question.id,
            "values": {"answer": new if isinstance(new, list) else [new]},
        },
    )
    after = replay(FLOW, step.state["answers"])
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
        assert step.state["at"] == after.current.id
