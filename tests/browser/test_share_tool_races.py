"""The share tool under fast hands and on slow machines: nothing chosen is lost, nothing
is answered twice, and no error is shown for an answer that was given.

One page boots Pyodide once for the module. Its worker is the site's own with one change
made by the test on the way in: it can be told to wait before each answer, so that a
slow machine's long gap between a click and the next question can be made on purpose.
Nothing here sleeps: each step waits on the state the page shows (see tests/browser/tool.py).
"""

from __future__ import annotations

import random

import pytest

from fss_logic.flow import MANY, ONE, TEXT, replay
from fss_logic.flows.share import FLOW
from fss_logic.web import PageSession
from tests.browser.conftest import Traffic, csp_violations, instrument, watch_console
from tests.browser.tool import (
    BOOT,
    FIRST_STEP,
    TOOL,
    act,
    choose,
    expect_heading,
    press,
    revision,
    settle,
    start_again,
    step,
)

pytestmark = pytest.mark.browser

HANDLER = "onmessage = async ({ data }) => {"
SLOWABLE = (
    "let testDelay = 0;\n"
    "onmessage = async ({ data }) => {\n"
    "  if (data.testDelay !== undefined) { testDelay = data.testDelay; return; }\n"
    "  if (testDelay) await new Promise((resume) => setTimeout(resume, testDelay));\n"
)


@pytest.fixture(scope="module")
def racing(browser, base_url):
    """The tool page with a worker that can be slowed down; Python ready."""
    traffic = Traffic(origin=base_url.rstrip("/"))
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", service_workers="block"
    )
    instrument(context, traffic)

    def slowable(route):
        response = route.fetch()
        source = response.text()
        assert source.count(HANDLER) == 1, "the worker's message handler has changed"
        route.fulfill(response=response, body=source.replace(HANDLER, SLOWABLE))

    context.route("**/fss-worker.mjs", slowable)
    page = context.new_page()
    watch_console(page, traffic)
    page.goto(base_url + "tools/share/")
    page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    yield page
    assert traffic.failures == [] and traffic.console_errors == []
    assert traffic.foreign() == [] and csp_violations(page) == []
    context.close()


@pytest.fixture
def tool(racing):
    """The racing page, started again, at full speed unless a test slows it."""
    set_delay(racing, 0)
    start_again(racing)
    yield racing
    set_delay(racing, 0)


def set_delay(page, ms: int) -> None:
    """Make the worker wait ``ms`` before answering each event, as on a slow machine."""
    page.evaluate(
        "ms => document.querySelector('[data-fss-tool]').fssTool.worker.postMessage("
        "{testDelay: ms})",
        ms,
    )


def no_errors(page) -> None:
    """Nothing on the page says an answer was missing or for another question."""
    assert page.locator(".fss-error-summary").count() == 0
    assert page.locator(".fss-notice").count() == 0


def busy(page) -> str:
    return page.get_attribute(TOOL, "aria-busy")


def button(page, name: str):
    return page.locator(".fss-step").get_by_role("button", name=name)


@pytest.mark.parametrize("delay", [0, 400], ids=["fast", "slow-worker"])
def test_a_double_click_presses_a_button_once(tool, delay):
    page = tool
    set_delay(page, delay)
    choose(page, "Yes")
    assert act(page, lambda: button(page, "Continue").dblclick()) == "question:identifiable"
    no_errors(page)
    choose(page, "No")
    assert act(page, lambda: button(page, "Continue").dblclick()) == "question:agencies"
    no_errors(page)
    assert act(page, lambda: button(page, "Back").dblclick()) == "question:identifiable"
    assert page.get_by_label("No", exact=True).is_checked()
    assert act(page, lambda: button(page, "Back").dblclick()) == FIRST_STEP
    choose(page, "No")
    assert act(page, lambda: button(page, "Continue").dblclick()) == "check"
    assert act(page, lambda: button(page, "Continue").dblclick()) == "outcome"
    expect_heading(page, "Do not share information")
    assert act(page, lambda: button(page, "Record your decision").dblclick()) == "form"
    no_errors(page)  # a second press would have tried to make the record: "Enter your name"


def test_the_second_click_of_a_double_click_never_answers_the_next_question(tool):
    """A person's double click is two clicks some 100 ms apart: the next question may be on
    screen by the second one, under the pointer."""
    page = tool
    choose(page, "Yes")
    button(page, "Continue").scroll_into_view_if_needed()  # as a person scrolls to it
    box = button(page, "Continue").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    act(page, lambda: (page.mouse.down(), page.mouse.up()))
    assert step(page) == "question:identifiable"
    button(page, "Continue").scroll_into_view_if_needed()
    box = button(page, "Continue").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    before = revision(page)
    page.mouse.down(click_count=2)
    page.mouse.up(click_count=2)
    assert busy(page) == "false" and revision(page) == before  # nothing was sent
    no_errors(page)
    assert step(page) == "question:identifiable"


def test_keys_pressed_twice_in_a_hurry_move_on_once(tool):
    page = tool
    choose(page, "Yes")
    button(page, "Continue").focus()
    before = revision(page)
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    settle(page, before + 1)
    assert step(page) == "question:identifiable"
    no_errors(page)


def test_on_a_slow_laptop_an_answer_chosen_at_once_is_kept(tool):
    """CPU slowed six times, as on an old council laptop, and a worker slower still: the
    person clicks Continue and at once chooses the next answer. The choice waits for the
    next question; nothing is lost and no error is shown."""
    page = tool
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 6})
    try:
        for delay in (0, 300):
            set_delay(page, delay)
            start_again(page)
            before = revision(page)
            choose(page, "Yes")
            button(page, "Continue").click()
            choose(page, "No")  # the next question's "No": waits until it is shown
            button(page, "Continue").click()
            settle(page, before + 2)
            assert step(page) == "question:agencies"
            no_errors(page)
            assert press(page, "Back") == "question:identifiable"
            assert page.get_by_label("No", exact=True).is_checked()
            # A human-speed double click on the slow machine moves on once too.
            page.get_by_label("Yes", exact=True).check()
            assert act(page, lambda: button(page, "Continue").dblclick(delay=60)) == (
                "question:confidential"
            )
            no_errors(page)
    finally:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        cdp.detach()


@pytest.mark.parametrize("delay", [0, 400], ids=["fast", "slow-worker"])
def test_start_again_then_at_once_an_answer_is_kept(tool, delay):
    page = tool
    choose(page, "Yes")
    press(page, "Continue")
    choose(page, "Yes")
    press(page, "Continue")
    assert step(page) == "question:confidential"
    set_delay(page, delay)
    before = revision(page)
    page.get_by_role("button", name="Start again").click()
    page.get_by_role("button", name="Clear my answers").click()  # waits for it to be asked
    choose(page, "Yes")  # waits for the first question to be shown again
    button(page, "Continue").click()
    settle(page, before + 3)
    assert step(page) == "question:identifiable"
    no_errors(page)
    assert page.get_by_label("Yes", exact=True).is_checked() is False  # not answered yet


@pytest.mark.parametrize("delay", [0, 400], ids=["fast", "slow-worker"])
def test_continue_then_back_at_once_comes_back_to_the_answer(tool, delay):
    page = tool
    set_delay(page, delay)
    before = revision(page)
    choose(page, "Yes")
    button(page, "Continue").click()
    button(page, "Back").click()  # the next question's Back: waits until it is shown
    settle(page, before + 2)
    assert step(page) == FIRST_STEP
    assert page.get_by_label("Yes", exact=True).is_checked()
    no_errors(page)


RANDOM_TEXT = ["Risk to a child", '<b>bold</b> & "quoted"', "ünïcödé 🙂", "two\nlines"]


class Walk:
    """A person clicking as fast as Playwright can, and what they have chosen: the same
    events sent to fss_logic directly (the oracle), in the same order."""

    def __init__(self, page, seed: int):
        self.page = page
        self.rng = random.Random(seed)
        self.oracle = PageSession("share", "../../")
        self.sent = 0

    def can_go_back(self) -> bool:
        return 'data-fss-event="back"' in self.oracle.response.get("html", "")

    def answer(self) -> None:
        """Every question on the step shown (one, or a page of them), at random."""
        shown = self.oracle.shown()
        values = {question.id: self.fill(question) for question in shown}
        submit = self.page.locator(".fss-step form button[type=submit]")
        submit.dblclick() if self.rng.random() < 0.1 else submit.click()
        if len(shown) == 1:
            values = {"answer": values[shown[0].id]}
        self.send(type="answer", question=shown[0].id, values=values)

    def fill(self, question) -> list[str]:
        page, rng = self.page, self.rng
        if question.kind == ONE:
            values = [rng.choice(question.options).value]
            page.check(f"#fss-q-{question.id}-{values[0]}")
        elif question.kind == MANY:
            choices = [o.value for o in question.options if not o.exclusive]
            values = [v for v in choices if rng.random() < 0.3] or [rng.choice(choices)]
            boxes = page.locator(f"[id^='fss-q-{question.id}-']")
            boxes.first.wait_for()  # the question's own boxes: the new step is shown
            checked = boxes.evaluate_all("els => els.filter(e => e.checked).map(e => e.value)")
            for value in set(checked) ^ set(values):  # only the boxes that must change
                page.set_checked(f"#fss-q-{question.id}-{value}", value in values)
        else:
            assert question.kind == TEXT
            values = [rng.choice(RANDOM_TEXT)]
            page.fill(f"#fss-q-{question.id}-input", values[0])
        return values

    def press(self, selector: str, **event) -> None:
        self.page.click(selector)
        self.send(**event)

    def send(self, **event) -> None:
        self.oracle.send(event)
        self.sent += 1

    def random_step(self) -> None:
        at, roll = self.oracle.step, self.rng.random()
        if at.startswith("question:"):
            if roll < 0.3 and self.can_go_back():
                self.press(".fss-step .fss-back button", type="back")
            else:
                self.answer()
        elif at == "check":
            if roll < 0.3:
                self.press(".fss-step .fss-back button", type="back")
            elif roll < 0.4:
                self.press('.fss-step button[data-fss-event="continue"]', type="continue")
            else:
                asked = [q.id for q, _ in replay(FLOW, self.oracle.state["answers"]).path]
                question = self.rng.choice(asked)
                self.press(
                    f'button[data-fss-event="change"][data-fss-question="{question}"]',
                    type="change",
                    question=question,
                )
        else:
            assert at == "outcome", at
            self.press(".fss-step .fss-back button", type="back")


def test_two_hundred_random_steps_as_fast_as_playwright_can(tool, artifacts_dir):
    page = tool
    walk = Walk(page, seed=20261125)
    start = revision(page)
    for _ in range(200):
        walk.random_step()
    settle(page, start + walk.sent)
    assert step(page) == walk.oracle.step
    no_errors(page)
    while walk.oracle.step != "check":  # on to "Check your answers"
        if walk.oracle.step == "outcome":
            walk.press(".fss-step .fss-back button", type="back")
        else:
            walk.answer()
    settle(page, start + walk.sent)
    assert step(page) == "check"
    page.screenshot(path=artifacts_dir / "tool-60-after-random-walk.png", full_page=True)
    rows = page.locator(".fss-summary__row")
    shown = [
        (
            rows.nth(i).locator(".fss-summary__key").inner_text(),
            rows.nth(i).locator(".fss-summary__value").inner_text(),
        )
        for i in range(rows.count())
    ]
    chosen = replay(FLOW, walk.oracle.state["answers"]).path
    assert len(shown) == len(chosen)
    for (key, value), (question, answer) in zip(shown, chosen, strict=True):
        assert key.endswith(question.text)
        assert value == question.answer_text(answer)
