"""Training scenarios as data: fictional cases, each with exercises on one tool, the model
answers with their reasons, and what to record (issue 20).

A scenario is a case told in facts and discussion prompts. An exercise runs one tool on
it: the model answers, in the order the tool asks, each with its reason in the guide's
terms and the guide paragraphs it cites; the outcome of the tool's flow they reach; and
what to record. ``twist`` gives facts told only for that exercise (the same adult's
child at risk, as a second exercise of one scenario).

A trainer gives an exercise at one of three levels (``given``): worked (every model answer),
partly worked (the first ``worked_until``) or unaided (none). ``compare`` replays a
trainee's answers through the tool's flow and sets them beside the model's, row by row.

The model answers are checked against the flows by the tests
(``tests/unit/test_training_scenarios.py``), not at import: importing stays fast, since
it runs in the browser.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import (
    TEXT,
    Answer,
    Cite,
    Finding,
    Flow,
    Outcome,
    Question,
    State,
    normalise,
    replay,
)
from fss_logic.flows import FLOWS, KINDS
from fss_logic.values import value

WORKED = "worked"
PARTLY_WORKED = "partly_worked"
UNAIDED = "unaided"
LEVELS = (WORKED, PARTLY_WORKED, UNAIDED)
"""How much of an exercise is given: every model answer, the first part, or none."""


@value
class ModelAnswer:
    """The model answer to one question of the exercise's tool: ``question`` its id in the
    tool's flow (a spliced part's questions with their prefix, ``gw_purposes``), ``answer``
    as ``replay`` takes it (an option value, a tuple of them for a many-option question,
    words for a free-text question), and why, in the guide's terms, citing the guide."""

    question: str
    answer: Answer
    reason: str
    cites: tuple[Cite, ...] = ()


@value
class Exercise:
    """One tool run on a scenario: the model answers in the order asked, the id of the
    outcome of the tool's flow they reach, what to record (plain sentences), how many of
    the first answers the partly worked level gives, and facts told only for this
    exercise."""

    id: str
    tool: str
    title: str
    answers: tuple[ModelAnswer, ...]
    outcome: str
    record: tuple[str, ...]
    worked_until: int
    twist: tuple[str, ...] = ()


@value
class Scenario:
    """A fictional case: ``id`` a URL slug, ``facts`` paragraphs, ``prompts`` questions for
    discussion, its exercises, and the themes it teaches."""

    id: str
    title: str
    summary: str
    facts: tuple[str, ...]
    prompts: tuple[str, ...]
    exercises: tuple[Exercise, ...]
    themes: tuple[str, ...]


@value
class Row:
    """One question beside the model answer: the question's words, the model's answer and
    the trainee's (as the option labels, or the words typed; None where the trainee's path
    has no answer to it), whether they agree (None where not judged: a free-text question,
    or no answer from the trainee), and the model's reason and cites. An extra row (a
    question the model path does not ask) has an empty ``model`` and ``reason``."""

    question: str
    words: str
    model: str
    trainee: str | None
    agrees: bool | None
    reason: str
    cites: tuple[Cite, ...]


@value
class Comparison:
    """A trainee's attempt at an exercise beside the model: a row per model answer in the
    model's order, the outcome the trainee's answers reached (None: not finished) and the
    model's, and ``extra`` rows for questions the trainee answered that the model path
    does not ask."""

    exercise: str
    rows: tuple[Row, ...]
    reached: str | None
    reached_heading: str
    model_outcome: str
    model_heading: str
    extra: tuple[Row, ...]

    @property
    def same_outcome(self) -> bool:
        return self.reached == self.model_outcome


def given(exercise: Exercise, level: str) -> tuple[ModelAnswer, ...]:
    """The model answers a level gives: all of them, the first ``worked_until``, or none."""
    if level == WORKED:
        return exercise.answers
    if level == PARTLY_WORKED:
        return exercise.answers[: exercise.worked_until]
    if level == UNAIDED:
        return ()
    raise ValueError(f"unknown level {level!r}; one of {LEVELS}")


def flow_of(exercise: Exercise) -> Flow:
    return FLOWS[exercise.tool]


def model_answers(exercise: Exercise) -> dict[str, Answer]:
    return {a.question: a.answer for a in exercise.answers}


def model_state(exercise: Exercise) -> State:
    """The model answers replayed through the exercise's tool."""
    return replay(flow_of(exercise), model_answers(exercise))


def tool_reasons(exercise: Exercise) -> tuple[Finding, ...]:
    """Why the tool says what it says at the model outcome: its own reasons, worked out by
    its rules from the model answers, each citing the guide (as the outcome page shows
    them)."""
    state = model_state(exercise)
    if state.outcome is None:
        return ()
    return tuple(KINDS[exercise.tool].reasons(state.outcome.id, state.answers))


def _outcome(flow: Flow, outcome_id: str) -> Outcome:
    node = flow.nodes[outcome_id]
    if not isinstance(node, Outcome):
        raise KeyError(outcome_id)
    return node


def _agrees(question: Question, model: Answer, trainee: Answer | None) -> bool | None:
    if question.kind == TEXT or trainee is None:
        return None
    return normalise(question, model) == normalise(question, trainee)


def compare(exercise: Exercise, answers: Mapping[str, Answer]) -> Comparison:
    """The trainee's ``answers`` replayed through the exercise's tool, beside the model's."""
    flow = flow_of(exercise)
    state = replay(flow, answers)
    taken = state.answers
    rows = []
    for model in exercise.answers:
        question = flow.question(model.question)
        trainee = taken.get(model.question)
        rows.append(
            Row(
                question=model.question,
                words=question.text,
                model=question.answer_text(model.answer),
                trainee=None if trainee is None else question.answer_text(trainee),
                agrees=_agrees(question, model.answer, trainee),
                reason=model.reason,
                cites=model.cites,
            )
        )
    asked = {a.question for a in exercise.answers}
    extra = tuple(
        Row(
            question=question.id,
            words=question.text,
            model="",
            trainee=question.answer_text(answer),
            agrees=None,
            reason="",
            cites=(),
        )
        for question, answer in state.path
        if question.id not in asked
    )
    model_outcome = _outcome(flow, exercise.outcome)
    return Comparison(
        exercise=exercise.id,
        rows=tuple(rows),
        reached=state.outcome.id if state.outcome else None,
        reached_heading=state.outcome.heading if state.outcome else "",
        model_outcome=model_outcome.id,
        model_heading=model_outcome.heading,
        extra=extra,
    )
