"""The share decision tool in Debian's Chromium, as a practitioner uses it.

One page boots Pyodide once for the whole module (answering its first question before
Python is ready); each test starts again from there. Pages that must fail to load get
their own short-lived context.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from fss_logic.flow import replay
from fss_logic.flows import KINDS
from fss_logic.record import verify_record_bytes
from tests.browser.conftest import Traffic, csp_violations, instrument, watch_console
from tests.browser.tool import (
    BOOT,
    PYTHON,
    FIRST,
    FIRST_STEP,
    act,
    answer,
    answer_step,
    axe_clean,
    choose,
    expect_heading,
    heading,
    press,
    revision,
    settle,
    start_again,
    status,
    step,
    walk,
)
from fss_logic.flows.share import flow as share_flow
from fss_logic.render.text import render_case_notes
from tests.unit import test_share_flow as S
from tests.browser.printed import assert_filed, sheets
from tests.browser.test_every_tool import choose_radio, press_button, tab_to
from tests.unit.test_session import HARD, made_record
from tools.paths import CHARITY_TO_CHILDRENS_SERVICES

pytestmark = pytest.mark.browser

HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> & "quotes"'


@pytest.fixture(scope="module")
def tool(browser, base_url, artifacts_dir):
    """The tool page, booted once; a first answer given before Python was ready."""
    traffic = Traffic(origin=base_url.rstrip("/"))
    context = browser.new_context(
        service_workers="block",
        viewport={"width": 1280, "height": 900},
        locale="en-GB",
        accept_downloads=True,
    )
    instrument(context, traffic)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    watch_console(page, traffic)
    held = []
    page.route(PYTHON, lambda route: held.append(route))  # hold Python until answered
    with page.expect_request(PYTHON, timeout=BOOT):
        page.goto(base_url + "tools/share/")
        seen = {
            "status": status(page),
            "heading": heading(page),
            "runtime": page.get_attribute("[data-fss-tool]", "data-fss-runtime"),
        }
        page.screenshot(path=artifacts_dir / "tool-00-before-python.png")
        choose(page, "Yes")
        page.get_by_role("button", name="Continue").click()
        seen["busy"] = page.get_attribute("[data-fss-tool]", "aria-busy")
        page.screenshot(path=artifacts_dir / "tool-00-answer-kept.png")
        seen["queued"] = status(page)
        seen["still"] = heading(page)
    page.evaluate("0")  # one round trip: the route for the request seen has reached us
    assert len(held) == 1
    assert page.get_attribute("[data-fss-tool]", "data-fss-runtime") == "loading"
    held[0].continue_()
    page.unroute(PYTHON)
    settle(page, 1)
    seen["step"] = step(page)
    seen["ready"] = status(page)
    seen["runtime_after"] = page.get_attribute("[data-fss-tool]", "data-fss-runtime")
    expect_heading(page, "Does the information enable an individual to be identified?")
    yield page, traffic, seen
    context.close()


# The commonest hard case (consent refused, a child at risk, the override justified), with
# another organisation, another transfer method and the individual not told: markup typed
# at every text question.
SHARE_PATH = {
    **HARD.answers,
    "agencies": ["signatory-2", "other"],
    "other_agency": HOSTILE,
    "pio_weighing": HOSTILE,
    "transfer_method": "other",
    "other_method": HOSTILE,
    "privacy_notice": "no",
    "tell_individual": "no_risk_of_harm",
    "not_told_reason": HOSTILE,
}

FORM_TEXT = [
    "fss-f-maker_name",
    "fss-f-maker_role",
    "fss-f-requested",
    "fss-f-about",
    "fss-f-information",
    "fss-f-purpose",
    "fss-f-decision_reasons",
    "fss-f-shared_with",
    "fss-f-advice_details",
    "fss-f-maker_organisation_other",
]


def fill_record_form(page, text: str) -> None:
    """Every field of the form, a decision to share, advice sought: each shows as the
    answer it depends on is given."""
    page.select_option("#fss-f-maker_organisation", "other")
    page.check("#fss-f-decision-share")
    page.check("#fss-f-advice-both")
    for field_id in FORM_TEXT:
        page.fill(f"#{field_id}", text)
    page.fill("#fss-f-shared_on", "24/11/2026 10:30")


def test_answers_given_before_python_is_ready_are_kept(tool):
    page, traffic, seen = tool
    assert seen["heading"] == FIRST  # readable before Python has loaded
    assert seen["runtime"] == "loading"
    assert seen["status"] == "The decision tool is loading. You can start answering now."
    assert seen["queued"] == (
        "Your answer is kept. It will be checked as soon as the decision tool has loaded."
    )
    assert seen["busy"] == "true"  # held, and nothing more can be chosen meanwhile
    assert seen["still"] == FIRST
    assert seen["step"] == "question:identifiable"
    assert seen["ready"] == "The decision tool is ready."
    assert seen["runtime_after"] == "ready"
    # The worker's own requests are seen, and every one was to this site.
    assert any(url.endswith("fss-python.zip") for url in traffic.requests)
    assert not any(url.endswith(".whl") for url in traffic.requests)  # the zip has fss_logic
    assert any(url.endswith("pyodide.asm.wasm") for url in traffic.requests)


def test_a_share_path_with_markup_everywhere_makes_a_faithful_record(tool, artifacts_dir):
    page, traffic, _ = tool
    start_again(page)
    assert axe_clean(page) == ""
    assert press(page, "Continue") == FIRST_STEP  # nothing chosen
    assert page.evaluate("document.activeElement.className") == "fss-error-summary"
    assert "Select one answer" in page.locator(".fss-error-summary").inner_text()
    page.screenshot(path=artifacts_dir / "tool-01-error.png")
    assert axe_clean(page) == ""
    steps = walk(page, SHARE_PATH, lambda n, shown: artifacts_dir / f"tool-{n:02d}-{shown[9:]}.png")
    assert len(steps) == 20  # 17 steps, and another organisation, method and why not told
    assert step(page) == "check"
    page.screenshot(path=artifacts_dir / "tool-30-check-answers.png", full_page=True)
    assert axe_clean(page) == ""
    check = page.locator(".fss-step").inner_text()
    assert HOSTILE in check  # shown as typed, not as markup
    press(page, "Continue")
    expect_heading(page, "Put this right before you share")  # another method: a departure
    outcome = page.locator(".fss-step").inner_text()
    assert "Consent: the child has not been asked; the parent was asked and refused." in outcome
    assert "A departure from the agreement" in outcome and HOSTILE in outcome
    page.screenshot(path=artifacts_dir / "tool-31-outcome.png", full_page=True)
    assert axe_clean(page) == ""
    press(page, "Record your decision")
    expect_heading(page, "Record your decision")
    assert page.input_value("#fss-f-shared_with") == f"Hertfordshire Constabulary; {HOSTILE}"
    assert not page.locator("#fss-f-shared_on").is_visible()  # until Share is chosen
    assert press(page, "Make the record") == "form"
    assert "Enter your name" in page.locator(".fss-error-summary").inner_text()
    page.screenshot(path=artifacts_dir / "tool-32-form-errors.png", full_page=True)
    assert axe_clean(page) == ""
    fill_record_form(page, HOSTILE)
    assert press(page, "Make the record") == "record"
    expect_heading(page, "Your decision record is ready")
    page.screenshot(path=artifacts_dir / "tool-33-record.png", full_page=True)
    assert axe_clean(page) == ""
    record = page.locator(".fss-record")
    text = record.inner_text()
    assert text.count(HOSTILE) >= len(FORM_TEXT) + 4
    assert record.locator("img, script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert not [url for url in traffic.requests if url.endswith("/x")]
    assert re.search(r"Reference\s+FSS-\d{8}-[0-9A-F]{8}", text)
    assert "Your decision differs from it" in text  # shared although the tool said put it right
    assert "You are overriding a refusal of consent" in text
    assert "Lawful basis under data protection law" in text and "paragraph 18" in text

    pdf = page.pdf(path=artifacts_dir / "record.pdf", format="A4")
    printed = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    squeezed = re.sub(r"\s+", "", printed)  # the PDF wraps lines wherever it likes
    with page.expect_download() as download:
        press(page, "Download record")
    saved = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert status(page) == (
        f"The record is saved to your downloads as decision-record-{saved['reference']}.json"
    )
    built = page.get_attribute("[data-fss-tool]", "data-fss-built")
    assert saved["guide"]["site_built"] == built and built  # the record knows its edition
    # Copy for case notes: the plain-text summary, on the clipboard in one click.
    page.get_by_role("button", name="Copy for case notes").click()
    page.locator("[data-fss-status]", has_text="copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == render_case_notes(KINDS["share"], saved)
    assert f"Information sharing decision record: {saved['reference']}" in copied
    assert f"With whom: {HOSTILE}" in copied and "Decision: Share the information" in copied
    for item in saved["answers"]:
        assert re.sub(r"\s+", "", item["question"]) in squeezed, item["question"]
        assert re.sub(r"\s+", "", item["answer_text"]) in squeezed, item["answer_text"]
    assert saved["reference"] in printed
    assert "Decision maker:" in printed and "Manager:" in printed
    assert_filed(sheets(pdf), saved["reference"], "Share the information")
    assert "Answer the guide's questions" not in printed  # nothing else of the page
    assert "Open a saved record" not in printed and "Privacy and how this works" not in printed


def to_the_record_form(page) -> None:
    """The shortest way to the record form: no clear and legitimate purpose."""
    start_again(page)
    answer(page, "No", "Check your answers")
    press(page, "Continue")
    expect_heading(page, "Do not share information")
    press(page, "Record your decision")
    expect_heading(page, "Record your decision")


def test_download_and_open_a_saved_record(tool, artifacts_dir, tmp_path):
    page, _, _ = tool
    to_the_record_form(page)
    fill_record_form(page, "Plain words")
    page.check("#fss-f-decision-do_not_share")
    press(page, "Make the record")
    expect_heading(page, "Your decision record is ready")
    with page.expect_download() as download:
        press(page, "Download record")
    assert download.value.suggested_filename.startswith("decision-record-FSS-")
    data = open(download.value.path(), "rb").read()
    checked = verify_record_bytes(data, KINDS)
    assert checked.ok, checked.problems
    reference = checked.record["reference"]
    assert "This record has been saved as a file." in page.locator(".fss-outcome").inner_text()
    saved = tmp_path / "record.json"
    saved.write_bytes(data)

    start_again(page)  # nothing answered: the record opens without asking
    assert act(page, lambda: page.set_input_files("#fss-open-file", str(saved))) == "record"
    expect_heading(page, "Your decision record is ready")
    assert reference in page.locator(".fss-record").inner_text()
    assert "Plain words" in page.locator(".fss-record").inner_text()
    page.screenshot(path=artifacts_dir / "tool-40-opened-record.png")

    # Edited by hand, malformed, oversized: a clear message, and the answers stay.
    start_again(page)
    answer(page, "Yes", "Does the information enable an individual to be identified?")
    page.get_by_label("No", exact=True).check()
    edited = data.replace(b"Plain words", b"Other words", 1)
    cases = [
        (
            {"name": "edited.json", "mimeType": "application/json", "buffer": edited},
            "The record has been changed since it was made, so it cannot be trusted as the record",
        ),
        (
            {"name": "broken.json", "mimeType": "application/json", "buffer": data[:200]},
            "it is not valid JSON",
        ),
        (
            {"name": "huge.json", "mimeType": "application/json", "buffer": b" " * 1_500_000},
            "too large",
        ),
        (
            {"name": "picture.json", "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\n\0\0"},
            "not valid JSON",
        ),
    ]
    for file, message in cases:
        act(page, lambda file=file: page.set_input_files("#fss-open-file", files=[file]))
        notice = page.locator(".fss-notice")
        assert "The file could not be opened" in notice.inner_text()
        assert message in notice.inner_text()
        assert heading(page) == "Does the information enable an individual to be identified?"
        assert page.get_by_label("No", exact=True).is_checked()  # chosen, not yet sent
    page.screenshot(path=artifacts_dir / "tool-41-bad-file.png")
    assert axe_clean(page) == ""
    press(page, "Back")
    expect_heading(page, FIRST)
    assert page.get_by_label("Yes", exact=True).is_checked()


def test_typing_not_yet_sent_survives_any_record_file(tool, tmp_path, artifacts_dir):
    """A bad file leaves the form exactly as it was; a good one asks before replacing it."""
    page, _, _ = tool
    to_the_record_form(page)
    typed = {"#fss-f-maker_name": "Typed, not sent", "#fss-f-decision_reasons": HOSTILE}
    for selector, text in typed.items():
        page.fill(selector, text)
    page.check("#fss-f-decision-do_not_share")

    def unchanged() -> None:
        assert step(page) == "form"
        for selector, text in typed.items():
            assert page.input_value(selector) == text
        assert page.is_checked("#fss-f-decision-do_not_share")

    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(made_record(), "utf-8")
    bad.write_text('{"schema_version": 1', "utf-8")
    act(page, lambda: page.set_input_files("#fss-open-file", str(bad)))
    notice = page.locator(".fss-notice").inner_text()
    assert "The file could not be opened" in notice
    assert "Your answers on this page have not been changed." in notice
    unchanged()

    act(page, lambda: page.set_input_files("#fss-open-file", str(good)))
    notice = page.locator(".fss-notice")
    assert "Replace your answers with the saved record?" in notice.inner_text()
    assert page.evaluate("document.activeElement.classList.contains('fss-notice')")
    unchanged()
    page.screenshot(path=artifacts_dir / "tool-42-ask-to-open.png")
    assert axe_clean(page) == ""
    before = revision(page)
    page.get_by_role("button", name="Keep my answers").click()  # nothing to ask Python
    assert revision(page) == before and notice.count() == 0
    unchanged()

    act(page, lambda: page.set_input_files("#fss-open-file", str(good)))
    assert press_notice(page, "Open the record") == "record"
    expect_heading(page, "Your decision record is ready")
    assert "FSS-20261124-0A1B2C3D" in page.locator(".fss-record").inner_text()
    assert page.locator(".fss-notice").count() == 0


def press_notice(page, name: str) -> str:
    return act(page, lambda: page.locator(".fss-notice").get_by_role("button", name=name).click())


ANONYMISED = {
    "legitimate_purpose": "yes",
    "identifiable": "no",
    "agencies": ["signatory-5"],
    "how_much": "all",
    "fact_and_opinion": "no",
    "right_person": "unsure",
    "transfer_method": "hertsfx",
}


def test_changing_an_answer_drops_what_no_longer_applies(tool):
    page, _, _ = tool
    start_again(page)
    walk(page, ANONYMISED)
    assert step(page) == "check"
    summary = page.locator(".fss-summary")
    assert "Which agencies need to be involved in the sharing?" in summary.inner_text()
    press(
        page, "Change your answer to: Does the information enable an individual to be identified?"
    )
    expect_heading(page, "Does the information enable an individual to be identified?")
    assert page.get_by_label("No", exact=True).is_checked()
    answer(page, "Yes", "Is the information confidential?")
    answer(page, "Yes", "Is the need to share urgent")
    press(page, "Back")
    expect_heading(page, "Is the information confidential?")
    press(page, "Back")
    press(page, "Back")
    expect_heading(page, FIRST)
    answer(page, "No", "Check your answers")
    rows = page.locator(".fss-summary__row")
    assert rows.count() == 1  # everything after the first answer no longer applied
    press(page, "Continue")
    expect_heading(page, "Do not share information")


def test_a_page_of_questions_names_each_problem_and_keeps_what_was_chosen(tool, artifacts_dir):
    page, _, _ = tool
    start_again(page)
    walk(page, {k: v for k, v in ANONYMISED.items() if k not in ("fact_and_opinion",)})
    assert step(page) == "question:how_much"  # the How? page: one question left unanswered
    errors = page.locator(".fss-error-summary").inner_text()
    assert "Select one answer" in errors
    assert page.locator(".fss-error-message").count() == 1
    assert page.is_checked("#fss-q-how_much-all") and page.is_checked("#fss-q-right_person-unsure")
    page.screenshot(path=artifacts_dir / "tool-20-page-error.png", full_page=True)
    assert axe_clean(page) == ""
    answer_step(page, ANONYMISED)
    assert step(page) == "check"


def test_the_whole_tool_by_keyboard_only(tool, artifacts_dir):
    page, _, _ = tool
    start_again(page)

    def tab_to(predicate: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(
                f"(() => {{ const el = document.activeElement; return {predicate}; }})()"
            ):
                return
        pytest.fail(f"Tab never reached: {predicate}")

    def continue_to(text: str) -> None:
        tab_to("el.tagName === 'BUTTON' && el.textContent.trim() === 'Continue'")
        act(page, lambda: page.keyboard.press("Enter"))
        expect_heading(page, text)

    def pick(value: str, name: str = "answer") -> None:
        tab_to(f"el.name === '{name}' && el.type === 'radio'")
        while page.evaluate("document.activeElement.value") != value:
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")

    # Start again said what it did, where the keyboard is: the notice, with its Undo.
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused in (FIRST, "Your answers were cleared.Undo")
    pick("yes")
    continue_to("Does the information enable an individual to be identified?")
    pick("no")
    continue_to("Which agencies need to be involved")
    tab_to("el.value === 'signatory-3'")
    page.keyboard.press("Space")
    continue_to("How will you share it?")  # the How? checklist: one page
    assert "Step 4" in page.locator(".fss-progress").inner_text()
    for name, value in [
        ("how_much", "necessary"),
        ("fact_and_opinion", "yes"),
        ("right_person", "yes"),
        ("transfer_method", "secure_email"),
    ]:
        pick(value, name)
    page.screenshot(path=artifacts_dir / "tool-49-keyboard-how.png", full_page=True)
    continue_to("Check your answers")
    continue_to("You can share but should consider how")
    tab_to("el.textContent.trim() === 'Record your decision'")
    act(page, lambda: page.keyboard.press("Enter"))
    expect_heading(page, "Record your decision")
    typed = {
        "fss-f-maker_name": "Kim",
        "fss-f-maker_role": "Nurse",
        "fss-f-requested": "School nurse, 20/11/2026",
        "fss-f-about": "Children at the school",
        "fss-f-information": "Attendance figures",
        "fss-f-purpose": "Welfare check",
    }
    for field_id, value in typed.items():
        tab_to(f"el.id === '{field_id}'")
        page.keyboard.type(value)
    tab_to("el.id === 'fss-f-maker_organisation'")
    page.keyboard.press("ArrowDown")  # the first organisation
    tab_to("el.id === 'fss-f-decision-share'")
    page.keyboard.press("Space")
    tab_to("el.id === 'fss-f-decision_reasons'")
    page.keyboard.type("Figures only; the nurse needs them")
    tab_to("el.id === 'fss-f-shared_on'")  # shown once Share is chosen
    page.keyboard.type("24/11/2026 10:30")
    pick("none", "advice")
    tab_to("el.textContent.trim() === 'Make the record'")
    act(page, lambda: page.keyboard.press("Enter"))
    expect_heading(page, "Your decision record is ready")
    text = page.locator(".fss-record").inner_text()
    assert "Kim" in text and "School nurse, 20/11/2026" in text
    assert "24 November 2026, 10:30" in text and "Secure email" in text
    page.screenshot(path=artifacts_dir / "tool-50-keyboard-record.png")


def test_dark_scheme_steps_are_accessible(tool):
    page, _, _ = tool
    start_again(page)
    page.locator("label[title='Switch to dark colours']").click()
    try:
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        assert axe_clean(page) == ""
        press(page, "Continue")
        assert "Select one answer" in page.locator(".fss-error-summary").inner_text()
        assert axe_clean(page) == ""
        answer(page, "No", "Check your answers")
        press(page, "Continue")
        expect_heading(page, "Do not share information")
        assert axe_clean(page) == ""
    finally:
        page.locator("label[title='Switch to light colours']").click()


def test_moving_around_the_site_keeps_answers_and_leaving_it_asks_first(tool):
    page, _, _ = tool
    start_again(page)
    answer(page, "Yes", "Does the information enable an individual to be identified?")
    choose(page, "No")  # typing not yet sent
    page.evaluate("window.fssNotReloaded = true")
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        # Another page of the guide is swapped in: nothing asks, nothing is lost.
        page.get_by_role("link", name="Privacy and how this works").first.click()
        page.locator('html[data-fss-path$="/privacy/"]').wait_for()
        assert "Privacy" in page.locator(".md-content h1").inner_text()
        # Back to the tool: the same step, the choice not yet sent still made.
        page.go_back()
        page.locator('html[data-fss-path$="/tools/share/"]').wait_for()
        assert page.evaluate("window.fssNotReloaded") is True
        assert step(page) == "question:identifiable"
        assert page.get_by_label("No", exact=True).is_checked()
        # Leaving the site, or reloading, with answers not saved asks first.
        with page.expect_event("dialog"):
            page.evaluate("setTimeout(() => location.reload(), 0)")
    finally:
        page.remove_listener("dialog", on_dialog)
    assert dialogs == ["beforeunload"]
    assert page.evaluate("window.fssNotReloaded") is True
    assert heading(page) == "Does the information enable an individual to be identified?"
    assert page.get_by_label("No", exact=True).is_checked()


def test_after_a_full_run_nothing_is_stored_and_nothing_left_the_site(tool):
    page, traffic, _ = tool
    stored = page.evaluate(
        """async () => ({
            local: localStorage.length, session: sessionStorage.length,
            cookie: document.cookie, databases: (await indexedDB.databases()).length,
            url: location.href,
        })"""
    )
    assert stored["local"] == stored["session"] == stored["databases"] == 0
    assert stored["cookie"] == ""
    assert stored["url"].endswith("/tools/share/")  # nothing in the address, not even a #
    assert traffic.foreign() == []
    assert traffic.failures == []
    assert csp_violations(page) == []
    assert traffic.console_errors == []


def test_python_failing_to_load_says_so_and_offers_the_paper_version(page, base_url):
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(base_url + "tools/share/")
    choose(page, "Yes")
    page.get_by_role("button", name="Continue").click()  # kept while Python loads
    page.locator('[data-fss-tool][data-fss-runtime="failed"]').wait_for(timeout=BOOT)
    message = page.locator(".fss-status")
    assert "could not start" in message.inner_text()
    assert "Nothing you entered has been sent anywhere." in message.inner_text()
    # Nothing the person chose is lost, and the tool is not left busy.
    assert page.get_attribute("[data-fss-tool]", "aria-busy") == "false"
    assert page.get_by_label("Yes", exact=True).is_checked()
    assert page.get_by_label("Yes", exact=True).is_enabled()
    assert message.get_by_role("link").get_attribute("href") == "../share-paper/"
    assert heading(page) == FIRST


def test_no_webassembly_says_so_at_once(page, base_url):
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(base_url + "tools/share/")
    page.locator('[data-fss-tool][data-fss-runtime="failed"]').wait_for(timeout=5000)
    assert "could not start" in status(page)
    assert "it needs WebAssembly" in status(page)


def test_no_module_workers_says_so_at_once(page, base_url):
    # An older browser's Worker ignores the options, and so never reads "type".
    page.add_init_script(
        "const Real = Worker;globalThis.Worker = function (url) { return new Real(url); };"
    )
    page.goto(base_url + "tools/share/")
    page.locator('[data-fss-tool][data-fss-runtime="failed"]').wait_for(timeout=5000)
    assert "could not start" in status(page)
    assert "it needs module Web Workers" in status(page)


# Issue 18's rules, as a practitioner clicks through them: the answers, the outcome, and
# words the outcome page must show. Rule 8 (a refusal overridden: MUST) is the markup test
# above, and the unit tests hold every rule on every path.
def _part(part, outcome, **given) -> dict:
    return S.prefixed(S.path_to(part.flow, outcome, {**part.settled, **given}), part)


FINISH = {**S.GATEWAY_FOUND, "lawful_basis": "public_task", **S.HOW, "tell_individual": "aware"}
RULE_ROUTES = {
    "1-best-interests-against-sharing": (
        {
            **S.consent(S.NOT_URGENT, child="not_asked", parent="capacity"),
            **_part(share_flow.CAPACITY, "lacks_capacity_sharing_not_in_best_interests"),
            "why_without_consent": "cannot_consent",
            "another_reason": "public_interest",
            **_part(share_flow.PUBLIC_INTEREST_REASON, "justified"),
            **FINISH,
        },
        "share",
        "rules out only their best interests as a basis",
    ),
    "2-public-interest-failed": (
        {
            **S.NOT_ASKED,
            "why_without_consent": "unsafe",
            "another_reason": "public_interest",
            **_part(share_flow.PUBLIC_INTEREST_REASON, "not_justified"),
        },
        "do_not_share",
        "the public interest test does not justify disclosure: do not share",
    ),
    "3-seek-views-first": (
        {**S.REFUSED, **_part(share_flow.PUBLIC_INTEREST_OVERRIDE, "seek_views_first")},
        "seek_views_first",
        "Seek them now",
    ),
    "4-holder-against": (
        {**S.REFUSED, **_part(share_flow.PUBLIC_INTEREST_OVERRIDE, "holder_against")},
        "holder_against",
        "final arbiter",
    ),
    "5-agencies-and-recipient-disagree": (
        {
            **S.ALL_GIVEN,
            "agencies": ["signatory-2"],  # Hertfordshire Constabulary; the gateways: a school
            **{**S.GATEWAY_FOUND, "gw_receiving_organisation": "school"},
            "gw_s16la_recipient_in_scope": "yes",
            "lawful_basis": "public_task",
            **S.HOW,
            "tell_individual": "aware",
        },
        "put_right",
        "You chose to share with Hertfordshire Constabulary, but the legal gateways were",
    ),
    "6-urgent": (
        {**S.consent(S.URGENT, child="refused"), **FINISH},
        "share_now",
        "take immediate action and share the information without consent",
    ),
    "7-partial-consent-seek-it": (
        {**S.consent(S.NOT_URGENT, parent="partial"), "why_without_consent": "seek"},
        "seek_consent",
        "Seek consent that covers this sharing",
    ),
    "7-best-interests-is-not-consent": (
        {
            **S.consent(S.NOT_URGENT, parent="capacity"),
            **_part(share_flow.CAPACITY, "lacks_capacity_sharing_in_best_interests"),
            **FINISH,
            "lawful_basis": "consent",
        },
        "put_right",
        "sharing in their best interests is not their consent",
    ),
    "8-the-law-requires-it": (
        {
            **S.NOT_ASKED,
            "why_without_consent": "unsafe",
            "another_reason": "legal_requirement",
            **FINISH,
        },
        "must_share_by_law",
        "no public interest test is needed",
    ),
    "11-charity-no-gateway-needed": (
        {
            **S.ALL_GIVEN,
            **CHARITY_TO_CHILDRENS_SERVICES,
            "lawful_basis": "recognised_legitimate_interest",
            **S.HOW,
            "tell_individual": "aware",
        },
        "share",
        "No statutory gateway is needed",
    ),
    "14-not-sure-of-the-person": (
        {**S.ALL_GIVEN, **FINISH, "right_person": "unsure"},
        "put_right",
        "you are not sure that you are",
    ),
}


@pytest.mark.parametrize("name", list(RULE_ROUTES))
def test_each_rule_as_a_practitioner_meets_it(tool, name, artifacts_dir):
    page, _, _ = tool
    answers, outcome, words = RULE_ROUTES[name]
    assert replay(share_flow.FLOW, answers).outcome.id == outcome  # the setup is right
    start_again(page)
    steps = walk(page, answers)
    if name.startswith("6"):
        # The share-now indication shows at once: the step after the urgent question.
        assert steps[4] == "question:agencies"
    assert press(page, "Continue") == "outcome"
    expect_heading(page, share_flow.FLOW.nodes[outcome].heading)
    assert words in page.locator(".fss-step").inner_text()
    page.screenshot(path=artifacts_dir / f"tool-rule-{name}.png", full_page=True)
    if name.startswith("2"):
        # Reasons are required for every decision, not to share as well.
        assert press(page, "Record your decision") == "form"
        page.check("#fss-f-decision-do_not_share")
        assert press(page, "Make the record") == "form"
        assert "Enter your reasons" in page.locator(".fss-error-summary").inner_text()


def test_urgent_shows_share_now_above_the_questions_that_complete_the_record(tool, artifacts_dir):
    page, _, _ = tool
    start_again(page)
    for value in ("yes", "yes", "yes"):
        answer_step(
            page, {"legitimate_purpose": value, "identifiable": value, "confidential": value}
        )
    answer_step(page, {"urgent": "paramount"})
    assert step(page) == "question:agencies"
    banner = page.locator(".fss-outcome--so-far").inner_text()
    assert "The tool indicates" in banner and "Share the information now" in banner
    # Said to a screen reader too, once, in the tool's status line.
    assert status(page) == "The tool indicates: Share the information now."
    assert "Step 5" in page.locator(".fss-progress").inner_text()
    page.screenshot(path=artifacts_dir / "tool-60-urgent-banner.png", full_page=True)
    assert axe_clean(page) == ""


def _tab_to(page, predicate: str, limit: int = 200) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {predicate}; }})()"):
            return
    pytest.fail(f"Tab never reached: {predicate}")


def _button_named(name: str) -> str:
    return f"el.tagName === 'BUTTON' && el.textContent.trim() === {name!r}"


def test_start_again_asks_first_then_undo_brings_every_answer_back_by_keyboard(tool, artifacts_dir):
    page, _, _ = tool
    start_again(page)
    walk(page, HARD.answers)
    assert step(page) == "check"
    typed = page.locator(".fss-step").inner_text()
    assert HARD.answers["pio_weighing"] in typed
    _tab_to(page, _button_named("Start again"))
    act(page, lambda: page.keyboard.press("Enter"))
    notice = page.locator("[data-fss-notice]")
    assert "Clear all your answers and start again?" in notice.inner_text()
    assert step(page) == "check"  # nothing cleared yet
    page.screenshot(path=artifacts_dir / "tool-70-start-again-asks.png", full_page=True)
    assert axe_clean(page) == ""
    _tab_to(page, _button_named("Clear my answers"))
    act(page, lambda: page.keyboard.press("Enter"))
    assert step(page) == FIRST_STEP
    assert "Your answers were cleared." in notice.inner_text()
    page.screenshot(path=artifacts_dir / "tool-71-cleared-undo.png", full_page=True)
    assert axe_clean(page) == ""
    _tab_to(page, _button_named("Undo"))
    act(page, lambda: page.keyboard.press("Enter"))
    assert step(page) == "check"
    assert page.locator(".fss-step").inner_text() == typed  # every answer, as it was
    assert "Your answers are back" in notice.inner_text()


def test_changing_an_answer_and_back_keeps_every_answer_and_text(tool, artifacts_dir):
    page, _, _ = tool
    start_again(page)
    walk(page, HARD.answers)
    typed = page.locator(".fss-step").inner_text()
    change = page.locator('.fss-step button[data-fss-event="change"][data-fss-question="urgent"]')
    act(page, change.click)
    answer_step(page, {"urgent": "paramount"})  # share now: the refusal is not weighed
    walk(page, HARD.answers)
    assert step(page) == "check"
    assert HARD.answers["pio_weighing"] not in page.locator(".fss-step").inner_text()
    act(page, change.click)
    answer_step(page, {"urgent": "no"})
    assert step(page) == "check"  # nothing asked again
    assert page.locator(".fss-step").inner_text() == typed
    page.screenshot(path=artifacts_dir / "tool-72-changed-and-back.png", full_page=True)


DO_NOT_SHARE_FIELDS = {
    "maker_name": "Kim Patel",
    "maker_role": "Health visitor",
    "case_reference": "HV-2026-0042",
    "requested": "DC Smith, Hertfordshire Constabulary, 1/12/26",
    "about": "Child A",
    "information": "Health visiting notes",
    "purpose": "A general enquiry",
    "decision_reasons": "No clear and legitimate purpose was given.",
}


def _type_into(page, name: str, text: str) -> None:
    tab_to(page, f"el.id === 'fss-f-{name}'")
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def _record_by_keyboard(page, artifacts_dir, name: str) -> tuple[dict, list[str]]:
    """Make the record, print it to PDF, download it: what was saved, and the PDF's pages."""
    assert press_button(page, "Make the record") == "record", page.locator(
        ".fss-error-summary"
    ).all_inner_texts()
    page.screenshot(path=artifacts_dir / f"{name}.png", full_page=True)
    assert axe_clean(page) == ""
    pdf = page.pdf(path=artifacts_dir / f"{name}.pdf", format="A4")
    with page.expect_download() as download:
        press_button(page, "Download record")
    checked = verify_record_bytes(open(download.value.path(), "rb").read(), KINDS)
    assert checked.ok, checked.problems
    return checked.record, sheets(pdf)


def test_a_do_not_share_record_asks_only_its_fields_then_is_corrected_and_both_print(
    tool, artifacts_dir
):
    """By keyboard: a decision not to share, on a form with only the fields that fit it;
    printed, page 1 is the decision and every page carries the reference, the page number
    and the marking. Then corrected: the new record names the one it replaces and keeps
    the first decision's time, and prints the same way."""
    page, _, _ = tool
    to_the_record_form(page)
    page.evaluate("document.activeElement.blur()")
    for name, text in DO_NOT_SHARE_FIELDS.items():
        if name != "decision_reasons":
            _type_into(page, name, text)
    tab_to(page, "el.id === 'fss-f-maker_organisation'")
    page.keyboard.press("ArrowDown")  # the first signatory
    choose_radio(page, "decision", "do_not_share")
    _type_into(page, "decision_reasons", DO_NOT_SHARE_FIELDS["decision_reasons"])
    choose_radio(page, "advice", "none")
    shown = page.evaluate(
        "[...document.querySelectorAll('.fss-form [name]')]"
        ".filter(el => el.offsetParent !== null).map(el => el.name)"
    )
    assert "shared_with" not in shown and "shared_on" not in shown
    assert page.locator("legend", has_text="What was shared").is_hidden()
    page.screenshot(path=artifacts_dir / "tool-80-do-not-share-form.png", full_page=True)
    first, printed = _record_by_keyboard(page, artifacts_dir, "tool-81-do-not-share-record")
    assert first["decision"]["choice"] == "do_not_share"
    assert first["case_reference"] == "HV-2026-0042" and "replaces" not in first
    text = page.locator(".fss-record").inner_text()
    for absent in ("With whom", "When shared", "How it is shared", "The individual"):
        assert absent not in text, absent
    assert_filed(printed, first["reference"], "Do not share the information")
    assert "HV-2026-0042" in printed[0]

    # Correct it: back to the form, which says what the new record will replace.
    assert press_button(page, "Back") == "form"
    callout = page.locator(".fss-callout", has_text="will replace").inner_text()
    assert f"The record you make will replace {first['reference']}" in callout
    _type_into(
        page, "decision_reasons", "No clear and legitimate purpose: confirmed with DC Smith."
    )
    second, printed = _record_by_keyboard(page, artifacts_dir, "tool-82-corrected-record")
    assert second["replaces"] == {
        "reference": first["reference"],
        "digest": first["digest"]["value"],
        "created_at": first["created_at"],
        "first_made": first["created_at"],
    }
    assert second["reference"] != first["reference"]
    assert_filed(printed, second["reference"], "Do not share the information")
    assert f"This record replaces {first['reference']}" in printed[0]
    assert "The decision was first recorded" in printed[0]
