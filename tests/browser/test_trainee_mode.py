"""A trainee works a scenario in the real tool, by keyboard alone, and sees where they
differed from the model; the attempt they download is marked as training, no decision tool
opens it, and the trainer opens a group's attempts together.

Every wait is on a state the page shows (tests/browser/tool.py), never on a time.
"""

from __future__ import annotations

import json

import pytest

from fss_logic.flow import ONE, TEXT
from fss_logic.flows import KINDS
from fss_logic.record import TRAINING_ATTEMPT
from fss_logic.training.attempt import open_attempt
from fss_logic.training.scenarios import SCENARIOS
from tests.browser.conftest import csp_violations
from tests.browser.printed import sheets
from tests.browser.test_every_tool import choose_radio, focused, press_button, tab_to
from tests.browser.tool import BOOT, TOOL, act, axe_clean, shown_questions, step

pytestmark = pytest.mark.browser

TYPED = 'A trainee typed this: <b>not bold</b> & "quoted"'


def _changeable(exercise):
    """The exercise's last one-option model answer that has another option to choose (the
    answers before it agree with the model's)."""
    flow = KINDS[exercise.tool].flow
    for model in reversed(exercise.answers):
        question = flow.nodes[model.question]
        if question.kind == ONE and len(question.options) > 1:
            other = next(o for o in question.options if o.value != model.answer)
            return question, model, other
    return None


def _exercise():
    """A short exercise (not the share tool's: its own tests walk it at length) with an
    answer a trainee can get wrong."""
    for tool in ("public_interest", "gateways", "capacity", "share"):
        for scenario in SCENARIOS:
            for exercise in scenario.exercises:
                if exercise.tool == tool and _changeable(exercise):
                    return scenario, exercise
    raise AssertionError("no exercise has a one-option answer to change")


def answer_by_keyboard(page, question, value, name: str) -> None:
    if question.kind == ONE:
        choose_radio(page, name, value)
    elif question.kind == TEXT:
        tab_to(page, f"el.tagName === 'TEXTAREA' && el.name === '{name}'")
        page.keyboard.type(value)
    else:
        for option in question.options:
            if option.value in value:
                box = f"el.name === '{name}' && el.value === '{option.value}'"
                tab_to(page, f"el.type === 'checkbox' && {box}")
                page.keyboard.press("Space")


def test_a_trainee_works_a_scenario_by_keyboard_and_sees_where_they_differed(
    context, page, traffic, base_url, artifacts_dir
):
    scenario, exercise = _exercise()
    changed, model, other = _changeable(exercise)
    page.goto(base_url + f"training/{scenario.id}/{exercise.id}/")
    page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    assert page.get_attribute(TOOL, "data-fss-training") == f"{scenario.id}/{exercise.id}"
    assert scenario.facts[0][:40] in " ".join(page.locator("main").inner_text().split())
    assert axe_clean(page) == ""

    # The worked level, by keyboard: the model answer shows beside the first question.
    page.evaluate("document.activeElement.blur()")
    tab_to(page, "el.id === 'fss-training-level'")
    for _ in range(3):
        if focused(page, "el.value === 'worked'"):
            break
        page.keyboard.press("ArrowUp")
    assert press_button(page, "Show this help").startswith("question:")
    beside = page.locator(".fss-model").first
    assert beside.is_visible()
    first = exercise.answers[0]
    assert first.reason in " ".join(beside.inner_text().split())
    page.screenshot(path=artifacts_dir / "trainee-worked.png", full_page=True)
    assert axe_clean(page) == ""

    # Every answer as the model's, but one; any question the model does not ask, its first.
    given = {m.question: m.answer for m in exercise.answers}
    given[changed.id] = other.value
    page.evaluate("document.activeElement.blur()")
    while step(page).startswith("question:"):
        shown = shown_questions(page)
        for question in shown:
            value = given.get(question.id)
            if value is None:
                value = TYPED if question.kind == TEXT else question.options[0].value
            if question.kind == TEXT and question.id in given:
                value = given[question.id]
            answer_by_keyboard(page, question, value, "answer" if len(shown) == 1 else question.id)
        press_button(page, "Continue")
    assert step(page) == "check"
    assert press_button(page, "Continue") == "outcome"

    # The comparison: the changed answer differs, with the model's answer and its reason.
    compare = page.locator(".fss-compare")
    assert compare.get_by_role("heading", name="How your answers compare with the model").count()
    row = compare.locator(".fss-compare__row", has_text=changed.text).first
    words = " ".join(row.inner_text().split())
    assert "Differs from the model" in words
    assert other.label in words and changed.answer_text(model.answer) in words
    assert model.reason in words
    assert page.get_by_role("button", name="Record your decision").count() == 0
    page.screenshot(path=artifacts_dir / "trainee-compared.png", full_page=True)
    assert axe_clean(page) == ""
    # Printed, every page says it is training, so no print of it is filed as a record.
    printed = sheets(page.pdf(path=artifacts_dir / "trainee-compared.pdf", format="A4"))
    assert all("TRAINING: NOT A DECISION RECORD" in sheet for sheet in printed)
    assert all(f"Page {n} of {len(printed)}" in s for n, s in enumerate(printed, 1))
    assert "How your answers compare with the model" in " ".join(printed)
    agreed = exercise.answers[0]  # before the changed answer: one line on screen, closed
    assert agreed.question != changed.id
    assert compare.locator(".fss-compare__row--same details").first.get_attribute("open") is None
    flat = " ".join(" ".join(sheet.split()) for sheet in printed)
    assert " ".join(agreed.reason.split()[:8]) in flat  # a closed reason prints open

    # The attempt, downloaded by keyboard: marked as training, and it opens as an attempt.
    with page.expect_download() as download:
        press_button(page, "Download your attempt")
    name = download.value.suggested_filename
    assert name.startswith(f"training-attempt-{scenario.id}-") and name.endswith(".json")
    text = open(download.value.path(), encoding="utf-8").read()
    attempt = json.loads(text)
    assert attempt["file_type"] == TRAINING_ATTEMPT and attempt["level"] == "worked"
    assert open_attempt(name, text).ok
    assert (
        page.locator("[data-fss-status]").inner_text()
        == f"Your attempt is saved to your downloads as {name}"
    )

    # The trainer's page: this attempt, a changed copy of it and a record-shaped file.
    tampered = json.loads(text)
    tampered["level"] = "unaided"
    files = [
        {"name": name, "mimeType": "application/json", "buffer": text.encode()},
        {
            "name": "edited.json",
            "mimeType": "application/json",
            "buffer": json.dumps(tampered).encode(),
        },
    ]
    page.goto(base_url + "training/group/")
    page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    act(page, lambda: page.set_input_files("#fss-open-attempts", files))
    view = " ".join(page.locator("[data-fss-view]").inner_text().split())
    assert "1 file could not be opened; the others are shown." in view
    assert "edited.json: it has been changed since it was made" in view
    assert f"1 attempt: {name}." in view
    assert f"{other.label}: 1 ({name})" in view
    page.screenshot(path=artifacts_dir / "trainer-group.png", full_page=True)
    assert axe_clean(page) == ""
    assert traffic.foreign() == [] and csp_violations(page) == []
