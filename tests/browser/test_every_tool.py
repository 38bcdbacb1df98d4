"""Every decision tool, by keyboard alone, from its first question to a printed record.

For each registered tool: open its page, answer along a path (chosen from the flow's own
data with a fixed seed, so each run takes the same path), check the answers, read the
outcome, fill the record form, make the record, print it to PDF and find every question
and answer in the PDF's text, download the record and verify it. axe-core runs on each
kind of step. Only the keyboard is used: Tab, arrow keys, Space, Enter and typing.
"""

from __future__ import annotations

import io
import random
import re

import pytest
from pypdf import PdfReader

from fss_logic.flow import MANY, ONE, TEXT
from fss_logic.flows import KINDS
from fss_logic.record import verify_record_bytes
from fss_logic.record_form import CHOICE_KINDS, DATE, DATETIME, RADIOS, SELECT, When, form_fields
from tests.browser.conftest import csp_violations
from tests.browser.printed import assert_filed, sheets
from tests.browser.tool import BOOT, TOOL, act, axe_clean, shown_questions, step

pytestmark = pytest.mark.browser

PAGES = {kind_id: f"tools/{kind_id.replace('_', '-')}/" for kind_id in KINDS}
TYPED = 'Typed by keyboard: <b>not bold</b> & "quoted"'


def focused(page, predicate: str) -> bool:
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {predicate}; }})()")


def tab_to(page, predicate: str, limit: int = 150) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page, predicate):
            return
    pytest.fail(f"Tab never reached: {predicate}")


def choose_radio(page, name: str, value: str) -> None:
    """Tab into a radio group, arrow to the value, and select it with Space."""
    tab_to(page, f"el.type === 'radio' && el.name === '{name}'")
    for _ in range(30):
        if focused(page, f"el.value === '{value}'"):
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    assert focused(page, f"el.value === '{value}' && el.checked")


def press_button(page, label: str) -> str:
    text = "el.textContent.trim()"
    tab_to(
        page,
        f"el.tagName === 'BUTTON' && ({text} === '{label}' || {text}.startsWith('{label} ('))",
    )
    return act(page, lambda: page.keyboard.press("Enter"))


def answer_by_keyboard(page, question, rng, name: str = "answer") -> None:
    """One question, by keyboard; ``name`` is its controls' name (its id on a page of
    several, ``answer`` alone)."""
    if question.kind == ONE:
        choose_radio(page, name, rng.choice(question.options).value)
    elif question.kind == MANY:
        choices = [o.value for o in question.options if not o.exclusive]
        chosen = rng.sample(choices, k=min(2, len(choices)))
        for value in chosen:
            tab_to(
                page, f"el.type === 'checkbox' && el.name === '{name}' && el.value === '{value}'"
            )
            page.keyboard.press("Space")
    else:
        assert question.kind == TEXT
        tab_to(page, f"el.tagName === 'TEXTAREA' && el.name === '{name}'")
        page.keyboard.type(TYPED)


def fill_form_by_keyboard(page, kind) -> None:
    """Every field a record needs, by keyboard: the first choice of each, dates typed."""
    values: dict[str, str] = {}
    fields = form_fields(kind)
    for spec in fields:
        if isinstance(spec.required, When) and not spec.required.holds(values):
            assert not page.locator(f"#fss-f-{spec.name}").is_visible(), spec.name  # hidden
            continue
        if spec.required is False:
            continue
        field_id = f"fss-f-{spec.name}"
        if spec.kind == RADIOS:
            value = spec.options[0].value
            choose_radio(page, spec.name, value)
        elif spec.kind == SELECT:
            tab_to(page, f"el.id === '{field_id}'")
            page.keyboard.press("ArrowDown")
            value = page.evaluate("document.activeElement.value")
        else:
            tab_to(page, f"el.id === '{field_id}'")
            page.keyboard.press("Control+A")
            value = {DATE: "20/11/2026", DATETIME: "24/11/2026 10:30"}.get(spec.kind, TYPED)
            page.keyboard.type(value)
        values[spec.name] = value
    assert all(spec.kind not in CHOICE_KINDS or values.get(spec.name, "x") for spec in fields)


# The share tool has its own keyboard-only test and its own printed-record test
# (tests/browser/test_share_tool.py); every other tool is driven here.
@pytest.mark.parametrize("kind_id", [kind_id for kind_id in KINDS if kind_id != "share"])
def test_a_tool_by_keyboard_alone_to_a_printed_record(
    kind_id, context, page, traffic, base_url, artifacts_dir
):
    kind = KINDS[kind_id]
    rng = random.Random(f"{kind_id}-keyboard")
    page.goto(base_url + PAGES[kind_id])
    page.locator(f'{TOOL}[data-fss-runtime="ready"]').wait_for(timeout=BOOT)
    assert axe_clean(page) == ""
    # The first question has the focus a person lands on; Tab from the top of the page.
    page.evaluate("document.activeElement.blur()")
    while step(page).startswith("question:"):
        shown = shown_questions(page)
        for question in shown:
            answer_by_keyboard(page, question, rng, "answer" if len(shown) == 1 else question.id)
        press_button(page, "Continue")
    assert step(page) == "check"
    page.screenshot(path=artifacts_dir / f"every-{kind_id}-check.png", full_page=True)
    assert axe_clean(page) == ""
    assert press_button(page, "Continue") == "outcome"
    page.screenshot(path=artifacts_dir / f"every-{kind_id}-outcome.png", full_page=True)
    assert axe_clean(page) == ""
    assert press_button(page, "Record your decision") == "form"
    assert press_button(page, "Make the record") == "form"  # nothing filled: errors, named
    assert page.locator(".fss-error-summary").count() == 1
    assert axe_clean(page) == ""
    fill_form_by_keyboard(page, kind)
    assert press_button(page, "Make the record") == "record", page.locator(
        ".fss-error-summary"
    ).all_inner_texts()
    assert axe_clean(page) == ""
    page.screenshot(path=artifacts_dir / f"every-{kind_id}-record.png", full_page=True)

    pdf = page.pdf(path=artifacts_dir / f"every-{kind_id}-record.pdf", format="A4")
    printed = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    squeezed = re.sub(r"\s+", "", printed)
    with page.expect_download() as download:
        press_button(page, "Download record")
    checked = verify_record_bytes(open(download.value.path(), "rb").read(), KINDS)
    assert checked.ok, checked.problems
    record = checked.record
    assert record["tool"]["id"] == kind_id
    assert kind.record_title in printed and record["reference"] in printed
    assert_filed(sheets(pdf), record["reference"], record["decision"]["choice_text"])
    for item in record["answers"]:
        assert re.sub(r"\s+", "", item["question"]) in squeezed, item["question"]
        assert re.sub(r"\s+", "", item["answer_text"]) in squeezed, item["answer_text"]
    assert re.sub(r"\s+", "", record["indicated_outcome"]["heading"]) in squeezed
    assert "Open a saved record" not in printed  # the record prints alone
    assert page.evaluate("document.querySelectorAll('.fss-record b').length") == 0
    assert traffic.foreign() == [] and traffic.failures == []
    assert csp_violations(page) == [] and traffic.console_errors == []
