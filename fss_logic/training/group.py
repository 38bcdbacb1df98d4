"""A trainer's view of a group's attempts: for each exercise worked, how many trainees gave
each answer to each question (the model's answer marked) and which outcomes they reached,
each counted with the names of the files that gave it, so that the trainer can see where
the group differed and ask why.
"""

from __future__ import annotations

from collections.abc import Sequence

from fss_logic.flow import Question
from fss_logic.flows import KINDS
from fss_logic.training.attempt import Opened
from fss_logic.training.model import model_state
from fss_logic.values import value

NOT_ANSWERED = "Not answered on their path"
NOT_ASKED = "Not asked on the model's path"


@value
class Choice:
    """One answer (or outcome) given, whether it is the model's, and by which files."""

    text: str
    model: bool
    files: tuple[str, ...]


@value
class QuestionTally:
    question: str
    words: str
    model: str
    choices: tuple[Choice, ...]


@value
class ExerciseTally:
    scenario: str
    scenario_title: str
    exercise: str
    exercise_title: str
    files: tuple[str, ...]
    outcomes: tuple[Choice, ...]
    questions: tuple[QuestionTally, ...]


def _tally(texts: dict[str, list[str]], model: str) -> tuple[Choice, ...]:
    """Choices with the model's first (given by no one, it is listed with none), then by
    how many gave them, then as written."""
    if model and model != NOT_ASKED:
        texts = {model: [], **texts}
    ordered = sorted(texts.items(), key=lambda item: (item[0] != model, -len(item[1]), item[0]))
    return tuple(Choice(text, text == model, tuple(files)) for text, files in ordered)


def tally(opened: Sequence[Opened]) -> tuple[ExerciseTally, ...]:
    """The attempts that opened, grouped by exercise in the order first opened."""
    groups: dict[tuple[str, str], list[Opened]] = {}
    for item in opened:
        if item.ok:
            assert item.scenario is not None and item.exercise is not None
            groups.setdefault((item.scenario.id, item.exercise.id), []).append(item)
    result = []
    for attempts in groups.values():
        scenario, exercise = attempts[0].scenario, attempts[0].exercise
        assert scenario is not None and exercise is not None
        flow = KINDS[exercise.tool].flow
        model = model_state(exercise)
        model_answers = model.answers
        outcomes: dict[str, list[str]] = {}
        for item in attempts:
            assert item.state is not None
            heading = item.state.outcome.heading if item.state.outcome else "No outcome reached"
            outcomes.setdefault(heading, []).append(item.name)
        asked: list[str] = list(model_answers)
        for item in attempts:
            assert item.state is not None
            asked += [q.id for q, _ in item.state.path if q.id not in asked]
        questions = []
        for question_id in asked:
            question = flow.nodes[question_id]
            assert isinstance(question, Question)
            model_text = (
                question.answer_text(model_answers[question_id])
                if question_id in model_answers
                else NOT_ASKED
            )
            texts: dict[str, list[str]] = {}
            for item in attempts:
                assert item.state is not None
                given = item.state.answers
                text = (
                    question.answer_text(given[question_id])
                    if question_id in given
                    else NOT_ANSWERED
                )
                texts.setdefault(text, []).append(item.name)
            questions.append(
                QuestionTally(question_id, question.text, model_text, _tally(texts, model_text))
            )
        model_heading = model.outcome.heading if model.outcome else ""
        result.append(
            ExerciseTally(
                scenario.id,
                scenario.title,
                exercise.id,
                exercise.title,
                tuple(item.name for item in attempts),
                _tally(outcomes, model_heading),
                tuple(questions),
            )
        )
    return tuple(result)
