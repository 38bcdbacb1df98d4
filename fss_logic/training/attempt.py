"""A trainee's attempt at a scenario's exercise, as a file to hand to the trainer.

It is the same kind of file as a decision record (canonical JSON, sorted keys, sealed with
a SHA-256 digest, checked when opened) and says at its head that it is a training attempt
(``file_type``: ``fss_logic.record.TRAINING_ATTEMPT``), so that no decision tool opens it
and ``python -m fss_logic verify`` refuses it as a record. It holds the answers the trainee
gave on their path, the outcome they reached, and which exercise and level they worked;
never a name, unless the trainee typed one in a free-text answer.

A trainer opens several attempts together (``fss_logic/training/group.py``): each is
checked here first, and one that fails says why, by its file's name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from fss_logic import __version__
from fss_logic.flow import MANY, Question, State, normalise, replay, valid_answer
from fss_logic.flows import KINDS
from fss_logic.record import (
    TRAINING_ATTEMPT,
    digest_of,
    record_file_text,
    seal,
)
from fss_logic.training.model import LEVELS, Exercise, Scenario, model_state
from fss_logic.training.scenarios import SCENARIOS
from fss_logic.values import value

ATTEMPT_VERSION = 1
MAX_ATTEMPT_BYTES = 200_000  # an attempt holds answers only: a few kilobytes
NOTICE = (
    "Training attempt: not a decision record. It was made on a training page of the Family "
    "Safeguarding information-sharing site, for a fictional scenario."
)
_MEMBERS = {
    "file_type",
    "attempt_version",
    "notice",
    "scenario",
    "exercise",
    "tool",
    "level",
    "made_at",
    "site_version",
    "answers",
    "reached",
    "model_outcome",
    "digest",
}


@value
class Opened:
    """An attempt file checked: the attempt and what it refers to, or why it failed."""

    name: str
    attempt: Mapping | None = None
    scenario: Scenario | None = None
    exercise: Exercise | None = None
    state: State | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.attempt is not None and not self.problem


def find(scenario_id: object, exercise_id: object) -> tuple[Scenario, Exercise] | None:
    """The scenario and exercise these ids name, if the library has them."""
    for scenario in SCENARIOS:
        if scenario.id == scenario_id:
            for exercise in scenario.exercises:
                if exercise.id == exercise_id:
                    return scenario, exercise
    return None


def _outcome(state: State) -> dict | None:
    outcome = state.outcome
    return {"id": outcome.id, "heading": outcome.heading} if outcome else None


def make_attempt(
    scenario: Scenario, exercise: Exercise, level: str, state: State, made_at: str
) -> dict:
    """The attempt file's contents, sealed: the trainee's path (``state``) at ``made_at``."""
    model = model_state(exercise)
    attempt = {
        "file_type": TRAINING_ATTEMPT,
        "attempt_version": ATTEMPT_VERSION,
        "notice": NOTICE,
        "scenario": {"id": scenario.id, "title": scenario.title},
        "exercise": {"id": exercise.id, "title": exercise.title},
        "tool": {"id": exercise.tool, "title": KINDS[exercise.tool].flow.title},
        "level": level,
        "made_at": made_at,
        "site_version": __version__,
        "answers": [
            {"id": q.id, "answer": list(a) if q.kind == MANY else a} for q, a in state.path
        ],
        "reached": _outcome(state),
        "model_outcome": _outcome(model),
    }
    return seal(attempt)


def attempt_filename(scenario: Scenario, made_at: str) -> str:
    """``training-attempt-<scenario>-<YYYYMMDD-HHMMSS>.json``: never taken for a record's."""
    stamp = made_at[:19].replace("-", "").replace(":", "").replace("T", "-")
    return f"training-attempt-{scenario.id}-{stamp}.json"


def attempt_text(attempt: Mapping) -> str:
    return record_file_text(attempt)


def _fail(name: str, problem: str) -> Opened:
    return Opened(name, problem=f"{name}: {problem}")


def open_attempt(name: str, text: object, *, too_large: bool = False) -> Opened:
    """Check one attempt file's text (named ``name`` in what is said of it)."""
    if too_large or (
        isinstance(text, str) and len(text.encode("utf-8", "surrogatepass")) > MAX_ATTEMPT_BYTES
    ):
        return _fail(
            name,
            f"it is too large to be a training attempt (at most {MAX_ATTEMPT_BYTES:,} bytes).",
        )
    if not isinstance(text, str):
        return _fail(name, "it could not be read.")
    try:
        attempt = json.loads(text.removeprefix("\ufeff"))
    except (ValueError, RecursionError):
        return _fail(name, "it is not a training attempt: it is not valid JSON.")
    if not isinstance(attempt, dict) or attempt.get("file_type") != TRAINING_ATTEMPT:
        if isinstance(attempt, dict) and "schema_version" in attempt:
            return _fail(
                name,
                "it is a decision record, not a training attempt. Open it on its tool's page.",
            )
        return _fail(name, "it is not a training attempt.")
    if attempt.get("attempt_version") != ATTEMPT_VERSION:
        return _fail(
            name,
            f"it is a training attempt in a form this site does not read (version "
            f"{json.dumps(attempt.get('attempt_version'))}; this site reads {ATTEMPT_VERSION}).",
        )
    if set(attempt) != _MEMBERS:
        return _fail(name, "it is not a training attempt in the expected form.")
    digest = attempt.get("digest")
    if not isinstance(digest, dict) or digest.get("value") != digest_of(attempt):
        return _fail(
            name,
            "it has been changed since it was made, so it cannot be trusted as the trainee's "
            "attempt. Ask for the original file.",
        )
    scenario, exercise = (attempt.get("scenario"), attempt.get("exercise"))
    found = find(
        scenario.get("id") if isinstance(scenario, dict) else None,
        exercise.get("id") if isinstance(exercise, dict) else None,
    )
    if found is None:
        return _fail(name, "it is an attempt at a scenario this site no longer has.")
    scenario_found, exercise_found = found
    kind = KINDS[exercise_found.tool]
    answers = _answers(kind.flow, attempt.get("answers"))
    if answers is None or attempt.get("level") not in LEVELS:
        return _fail(name, "it is not a training attempt in the expected form.")
    state = replay(kind.flow, answers)
    reached = attempt.get("reached")
    if [q.id for q, _ in state.path] != list(answers) or _outcome(state) != reached:
        return _fail(
            name,
            "its answers no longer lead where they did: the tool has changed since it was "
            "made. Ask for the scenario to be worked again.",
        )
    return Opened(name, attempt, scenario_found, exercise_found, state)


def _answers(flow, raw: object) -> dict | None:
    """The attempt's answers by question id, each one its question allows; None if not."""
    if not isinstance(raw, list):
        return None
    answers: dict = {}
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"id", "answer"}:
            return None
        question = flow.nodes.get(item["id"]) if isinstance(item["id"], str) else None
        answer = item["answer"]
        if isinstance(answer, list):
            answer = tuple(answer)
        if (
            not isinstance(question, Question)
            or item["id"] in answers
            or not valid_answer(question, answer)
        ):
            return None
        answers[item["id"]] = normalise(question, answer)
    return answers
