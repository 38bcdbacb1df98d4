"""Driving a decision tool as a person does, waiting only on the state the page shows.

The tool's container says which step it shows (``data-fss-step``), how many replies from
Python it has shown (``data-fss-revision``), whether an event is being answered
(``aria-busy``) and whether Python has loaded (``data-fss-runtime``). Every action here
waits for the reply it causes, by revision, never for a heading that may already be on
screen and never for a fixed time.
"""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe

BOOT = 120_000  # ms: Pyodide's first start on a slow machine
PYTHON = re.compile(r".*/fss-python\.zip$")  # the compiled Python the worker loads
TOOL = "[data-fss-tool]"
FIRST = "Is there a clear and legitimate purpose for sharing information?"
FIRST_STEP = "question:legitimate_purpose"
AXE = Axe()


def revision(page) -> int:
    """How many replies from Python the tool has shown."""
    return int(page.get_attribute(TOOL, "data-fss-revision"))


def step(page) -> str:
    return page.get_attribute(TOOL, "data-fss-step")


def settle(page, replies: int, timeout: int = BOOT) -> None:
    """Wait until the tool has shown exactly ``replies`` replies and is not busy."""
    try:
        page.locator(f'{TOOL}[aria-busy="false"][data-fss-revision="{replies}"]').wait_for(
            timeout=timeout
        )
    except Exception as error:
        shown = page.locator("[data-fss-view]").inner_text()[:600]
        state = page.evaluate(
            f"(() => {{ const t = document.querySelector('{TOOL}');"
            " return [t.dataset.fssRevision, t.getAttribute('aria-busy'), t.dataset.fssStep]; })()"
        )
        raise AssertionError(
            f"Waited for reply {replies}; the tool is at (revision, busy, step) {state}, "
            f"showing:\n{shown}"
        ) from error


def act(page, action, timeout: int = BOOT) -> str:
    """Do ``action`` (which sends one event), wait for Python's reply; the step shown."""
    before = revision(page)
    action()
    settle(page, before + 1, timeout)
    return step(page)


def status(page) -> str:
    return page.locator("[data-fss-status]").inner_text().strip()


def heading(page) -> str:
    return page.locator(".fss-step h2").first.inner_text().strip()


def expect_heading(page, text: str) -> None:
    """The step shown (the tool is settled) has ``text`` in its heading."""
    shown = heading(page)
    assert text in shown, f"Expected a heading with {text!r}; the tool shows {shown!r}"


def press(page, name: str) -> str:
    """Press the button called ``name`` on the step and wait for the reply."""
    return act(page, lambda: page.locator(".fss-step").get_by_role("button", name=name).click())


def start_again(page) -> None:
    """Start again, saying yes when the tool asks first (it does, where there are answers)."""
    button = page.get_by_role("button", name="Start again")
    if button.count():
        act(page, button.click)
        clear = page.locator("[data-fss-notice]").get_by_role("button", name="Clear my answers")
        if clear.count():
            act(page, clear.click)
    assert step(page) == FIRST_STEP
    expect_heading(page, FIRST)


def choose(page, label: str | list[str]) -> None:
    """Choose option(s) by label, or type the text, on the step shown."""
    labels = [label] if isinstance(label, str) else label
    textarea = page.locator(".fss-step textarea")
    if textarea.count():
        textarea.fill(labels[0])
    else:
        for text in labels:
            page.locator(".fss-step").get_by_label(text, exact=True).check()


def answer(page, label: str | list[str], then: str) -> None:
    """Choose option(s) by label (or type text), Continue, and see the heading ``then``."""
    choose(page, label)
    press(page, "Continue")
    expect_heading(page, then)


def axe_clean(page) -> str:
    """axe-core's violations on the page, with where they are: empty when there are none."""
    results = AXE.run(page)
    return "\n".join(
        f"{v['id']}: {node['target']} {node['failureSummary']}"
        for v in results.response["violations"]
        for node in v["nodes"]
    )


def answer_by_id(page, question_id: str, value) -> str:
    """On the question ``question_id`` (checked), give ``value`` (an option's value, a list
    of them, or text) and Continue; the step that follows."""
    from fss_logic.flows import KINDS

    kind = KINDS[page.get_attribute(TOOL, "data-fss-tool")]
    question = kind.flow.question(question_id)
    assert step(page) == f"question:{question_id}"
    shown = page.locator(".fss-step .fss-question-heading").inner_text().strip()
    assert " ".join(shown.split()) == " ".join(question.text.split())
    if question.kind == "text":
        page.fill(f"#fss-q-{question_id}-input", value)
    else:
        for option in question.options:
            box = page.locator(f"#fss-q-{question_id}-{option.value}")
            wanted = option.value in (value if isinstance(value, list) else [value])
            if question.kind == "many":
                box.set_checked(wanted)
            elif wanted:
                box.check()
    return press(page, "Continue")


def shown_questions(page) -> list:
    """The questions on the step shown: one, or every question on its page."""
    from fss_logic.flows import KINDS

    kind = KINDS[page.get_attribute(TOOL, "data-fss-tool")]
    ids = set(
        page.evaluate(
            "Array.from(document.querySelectorAll('.fss-step form [id^=\"fss-q-\"]'),"
            " (el) => el.id)"
        )
    )
    return [
        q
        for q in kind.flow.questions
        if f"fss-q-{q.id}-input" in ids or any(f"fss-q-{q.id}-{o.value}" in ids for o in q.options)
    ]


def fill_question(page, question, value) -> None:
    """Give ``value`` (an option's value, a list of them, or text) to one question shown."""
    if question.kind == "text":
        page.fill(f"#fss-q-{question.id}-input", value)
        return
    wanted = value if isinstance(value, list) else [value]
    for option in question.options:
        box = page.locator(f"#fss-q-{question.id}-{option.value}")
        if question.kind == "many":
            box.set_checked(option.value in wanted)
        elif option.value in wanted:
            box.check()


def answer_step(page, answers: dict) -> str:
    """Answer every question on the step shown from ``answers`` (by question id), as a
    person would, and Continue; the step that follows."""
    shown = shown_questions(page)
    assert shown, f"no question on the step {step(page)}"
    assert step(page) == f"question:{shown[0].id}"
    for question in shown:
        if question.id in answers:
            fill_question(page, question, answers[question.id])
    return press(page, "Continue")


def walk(page, answers: dict, screenshots=None) -> list[str]:
    """Answer step after step from ``answers`` until the path leaves the questions; the
    steps shown, in order. ``screenshots`` (a folder) keeps a picture of each step."""
    seen = []
    while step(page).startswith("question:"):
        seen.append(step(page))
        if screenshots is not None:
            page.screenshot(path=screenshots(len(seen), step(page)), full_page=True)
        if answer_step(page, answers) == seen[-1]:
            break  # the step asks something ``answers`` does not give: the caller looks
    return seen
