"""Trainee mode and the trainer's page of a group's attempts, as the browser drives them:
JSON in, HTML and state out (fss_logic/training/page.py through fss_logic/web.py)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

import fss_logic

from fss_logic.__main__ import main as cli
from fss_logic.flow import ONE, TEXT
from fss_logic.flows import KINDS
from fss_logic.record import NOT_A_RECORD_BUT_TRAINING, TRAINING_ATTEMPT, verify_record_text
from fss_logic.render.trainee import TRAINING_MARKING
from fss_logic.training.attempt import open_attempt
from fss_logic.training.model import PARTLY_WORKED, UNAIDED, WORKED
from fss_logic.training.scenarios import SCENARIOS
from fss_logic.web import GROUP, PageSession, handle, initial_html

BASE = "../../../../"
NOW = "2026-12-03T10:15:00+00:00"
EXERCISES = [(s, x) for s in SCENARIOS for x in s.exercises]


def text_of(html: str) -> str:
    """The words a person sees, without tags."""
    spaced = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    return unescape(re.sub(r" ([.,:;)])", r"\1", spaced)).strip()


class Trainee(PageSession):
    """What the trainee page's script does: the tool, in trainee mode for one exercise."""

    def __init__(self, scenario, exercise):
        super().__init__(exercise.tool, BASE, f"{scenario.id}/{exercise.id}")
        self.scenario, self.exercise = scenario, exercise

    def finish(self, answers: dict) -> None:
        """Answer every step from ``answers``, any other question with its first option (or
        some text), then Check your answers, up to the outcome page."""
        while self.step.startswith("question:"):
            given = {}
            for question in self.shown():
                if question.id in answers:
                    given[question.id] = answers[question.id]
                elif question.kind == TEXT:
                    given[question.id] = "Written by a trainee <b>&</b>"
                else:
                    given[question.id] = question.options[0].value
            self.answer_with(given)
        if self.step == "check":
            self.send({"type": "continue"})
        assert self.step == "outcome", self.response["html"]

    @property
    def html(self) -> str:
        return self.response["html"]


def model_answers(exercise) -> dict:
    return {m.question: m.answer for m in exercise.answers}


@pytest.fixture(scope="module")
def attempts():
    """Three attempts at one exercise, and the exercise: two as the model answers, one with
    its first one-option answer changed."""
    scenario, exercise = next(
        (s, x)
        for s, x in EXERCISES
        if any(
            KINDS[x.tool].flow.nodes[m.question].kind == ONE
            and len(KINDS[x.tool].flow.nodes[m.question].options) > 1
            for m in x.answers
        )
    )
    files = []
    for changed in (False, False, True):
        trainee = Trainee(scenario, exercise)
        answers = model_answers(exercise)
        if changed:
            flow = KINDS[exercise.tool].flow
            first = next(
                m
                for m in exercise.answers
                if flow.nodes[m.question].kind == ONE and len(flow.nodes[m.question].options) > 1
            )
            other = next(
                o.value for o in flow.nodes[first.question].options if o.value != first.answer
            )
            answers[first.question] = other
        trainee.finish(answers)
        response = trainee.send({"type": "make_attempt", "now": NOW})
        files.append(response["download"])
    return scenario, exercise, files


@pytest.mark.parametrize("scenario,exercise", EXERCISES, ids=lambda x: getattr(x, "id", ""))
def test_the_model_answers_worked_in_trainee_mode_agree_at_every_answer(scenario, exercise):
    trainee = Trainee(scenario, exercise)
    trainee.finish(model_answers(exercise))
    words = text_of(trainee.html)
    assert "How your answers compare with the model" in words
    assert "You reached the model's outcome" in words
    assert "Differs from the model" not in words
    assert "Record your decision" not in words  # no decision record from a training page
    rows = len(re.findall(r'<li class="fss-compare__row[ "]', trainee.html))
    assert rows == len(exercise.answers)
    for line in exercise.record:
        assert text_of(line) in words


def test_an_answer_other_than_the_model_is_marked_and_the_reason_given(attempts):
    scenario, exercise, _ = attempts
    flow = KINDS[exercise.tool].flow
    first = next(
        m
        for m in exercise.answers
        if flow.nodes[m.question].kind == ONE and len(flow.nodes[m.question].options) > 1
    )
    question = flow.nodes[first.question]
    other = next(o for o in question.options if o.value != first.answer)
    trainee = Trainee(scenario, exercise)
    trainee.finish({**model_answers(exercise), first.question: other.value})
    rows = [
        text_of(r)
        for r in re.findall(r'<li class="fss-compare__row">(.*?)</li>', trainee.html, re.S)
    ]
    row = next(r for r in rows if r.startswith(question.text))
    assert "Differs from the model" in row
    assert f"Your answer {other.label}" in row
    assert f"Model answer {question.answer_text(first.answer)}" in row
    assert f"Why: {first.reason}" in row
    assert "of your answers" in text_of(trainee.html)


@pytest.mark.parametrize("scenario,exercise", EXERCISES[:3], ids=lambda x: getattr(x, "id", ""))
def test_the_level_of_help_shows_the_model_answer_beside_the_question(scenario, exercise):
    trainee = Trainee(scenario, exercise)
    trainee.send({"type": "start_again"})
    assert "Model answer" not in text_of(trainee.html)  # unaided, to start with
    assert 'value="unaided" selected' in trainee.html
    first = exercise.answers[0]
    trainee.send({"type": "training_level", "values": {"level": [WORKED]}})
    assert trainee.state["level"] == WORKED
    assert "Model answer" in text_of(trainee.html) and first.reason in text_of(trainee.html)
    trainee.send({"type": "training_level", "values": {"level": [PARTLY_WORKED]}})
    shown = "Model answer" in text_of(trainee.html)
    assert shown == (exercise.worked_until > 0)
    trainee.send({"type": "training_level", "values": {"level": ["everything"]}})
    assert trainee.state["level"] == PARTLY_WORKED  # an unknown level changes nothing
    trainee.send({"type": "training_level", "values": {"level": [UNAIDED]}})
    assert "Model answer" not in text_of(trainee.html)


def test_a_training_page_makes_no_decision_record(attempts):
    scenario, exercise, _ = attempts
    trainee = Trainee(scenario, exercise)
    trainee.finish(model_answers(exercise))
    for event in ({"type": "continue"}, {"type": "submit_record", "values": {}, "now": NOW}):
        response = trainee.send(event)
        assert response["html"] is None and response["download"] is None
        assert trainee.step == "outcome"
    assert trainee.response["unsaved"] is True


def test_an_attempt_is_a_sealed_file_marked_as_training(attempts):
    scenario, exercise, files = attempts
    download = files[0]
    assert download["filename"] == f"training-attempt-{scenario.id}-20261203-101500.json"
    attempt = json.loads(download["text"])
    assert attempt["file_type"] == TRAINING_ATTEMPT
    assert attempt["notice"].startswith("Training attempt: not a decision record.")
    assert attempt["exercise"]["id"] == exercise.id and attempt["level"] == UNAIDED
    assert attempt["reached"]["id"] == exercise.outcome
    assert download["print"] is None  # not a record: the page prints as it is, marked
    css = (Path(fss_logic.__file__).parent / "render" / "record.css").read_text("utf-8")
    assert f'--fss-print-marking: "{TRAINING_MARKING}";' in css
    assert open_attempt(download["filename"], download["text"]).ok


def test_downloading_an_attempt_saves_it_and_the_page_stops_warning(attempts):
    scenario, exercise, _ = attempts
    trainee = Trainee(scenario, exercise)
    trainee.finish(model_answers(exercise))
    assert trainee.response["unsaved"] is True
    response = trainee.send({"type": "make_attempt", "now": NOW})
    assert response["save"] is True and response["html"] is None
    assert response["unsaved"] is False
    trainee.send({"type": "back"})
    assert trainee.response["unsaved"] is False  # the answers are those downloaded
    assert trainee.send({"type": "make_attempt", "now": NOW})["download"] is None


def test_no_tool_opens_an_attempt_as_a_record_and_verify_refuses_it(attempts, tmp_path, capsys):
    _, exercise, files = attempts
    text = files[0]["text"]
    checked = verify_record_text(text, KINDS)
    assert not checked.ok and checked.problems == [NOT_A_RECORD_BUT_TRAINING]
    tool = PageSession(exercise.tool, "../../")
    response = tool.send({"type": "open_record", "text": text})
    assert "The file is a training attempt, not a decision record" in text_of(response["notice"])
    assert response["html"] is None
    path = tmp_path / files[0]["filename"]
    path.write_text(text, "utf-8")
    assert cli(["verify", str(path)]) == 1
    assert "training attempt, not a decision record" in capsys.readouterr().err


def group(state, event) -> dict:
    return json.loads(
        handle(json.dumps({"flow": GROUP, "base": "../../", "state": state, "event": event}))
    )


def test_a_trainer_sees_where_a_group_differed_and_every_bad_file_by_name(attempts):
    scenario, exercise, files = attempts
    tampered = json.loads(files[2]["text"])
    tampered["level"] = "worked"
    sent = [
        {"name": "ana.json", "text": files[0]["text"]},
        {"name": "ben.json", "text": files[1]["text"]},
        {"name": "cy <b>.json", "text": files[2]["text"]},
        {"name": "edited.json", "text": json.dumps(tampered)},
        {"name": "notes.txt", "text": "not JSON"},
        {"name": "huge.json", "too_large": True},
    ]
    response = group(None, {"type": "open_attempts", "files": sent})
    words = text_of(response["html"])
    assert "3 files could not be opened; the others are shown." in words
    assert "edited.json: it has been changed since it was made" in words
    assert "notes.txt: it is not a training attempt: it is not valid JSON." in words
    assert "huge.json: it is too large to be a training attempt" in words
    assert "cy &lt;b&gt;.json" in response["html"] and "cy <b>.json" not in response["html"]
    assert f"{scenario.title}: {exercise.title}" in words
    assert "3 attempts: ana.json, ben.json, cy <b>.json." in words
    assert [f["name"] for f in response["state"]["files"]] == [
        "ana.json",
        "ben.json",
        "cy <b>.json",
    ]
    assert re.search(r"The model’s: .*?: 2 \(ana\.json, ben\.json\)", words)
    # The model's answer is listed even where no one gave it.
    alone = group(None, {"type": "open_attempts", "files": sent[2:3]})
    changed = next(
        m for m in exercise.answers if KINDS[exercise.tool].flow.nodes[m.question].kind == ONE
    )
    model_text = KINDS[exercise.tool].flow.nodes[changed.question].answer_text(changed.answer)
    assert f"The model’s: {model_text}: none" in text_of(alone["html"])
    # Adding a file adds to those open; Close every attempt closes them all.
    more = group(response["state"], {"type": "open_attempts", "files": sent[:1]})
    assert [f["name"] for f in more["state"]["files"]] == ["ben.json", "cy <b>.json", "ana.json"]
    closed = group(more["state"], {"type": "clear_attempts"})
    assert closed["state"]["files"] == [] and "No attempts are open yet." in closed["html"]


@pytest.mark.parametrize("scenario,exercise", EXERCISES[:2], ids=lambda x: getattr(x, "id", ""))
def test_a_trainee_page_shows_the_same_first_step_before_and_after_python_loads(scenario, exercise):
    trainee = Trainee(scenario, exercise)
    trainee.send({"type": "start_again"})
    assert trainee.html == initial_html(exercise.tool, BASE, trainee.training)
    assert "Help from the model answers" in trainee.html
    assert "Open a saved record" not in trainee.html


def test_every_button_and_form_a_training_page_draws_names_an_event_it_handles(attempts):
    from fss_logic.session import EVENTS, PAGE_ACTIONS
    from fss_logic.training.page import GROUP_EVENTS, TRAINEE_EVENTS

    scenario, exercise, files = attempts
    trainee = Trainee(scenario, exercise)
    trainee.finish(model_answers(exercise))
    seen = set(re.findall(r'data-fss-event="([a-z_]+)"', trainee.html))
    response = group(
        None, {"type": "open_attempts", "files": [{"name": "a", "text": files[0]["text"]}]}
    )
    seen |= set(re.findall(r'data-fss-event="([a-z_]+)"', response["html"]))
    assert {"training_level", "make_attempt", "clear_attempts", "print"} <= seen
    assert seen <= EVENTS | PAGE_ACTIONS | TRAINEE_EVENTS | GROUP_EVENTS
