"""The tool session as the browser drives it: JSON in, HTML and state out."""

from __future__ import annotations

import json
import re

import pytest

from fss_logic.flow import replay
from fss_logic.flows import KINDS
from fss_logic.web import PageSession, initial_html
from tools.paths import PATHS

BASE = "../../"


class Browser(PageSession):
    """What the page script does: keep the state, send events, show the HTML."""

    def __init__(self):
        super().__init__("share", BASE)

    def send(self, event=None, **fields):
        return super().send({**(event or {}), **fields})

    def answer(self, question, *values):
        return self.send(type="answer", question=question, values={"answer": list(values)})

    @property
    def html(self):
        return self.response["html"]


HARD = next(p for p in PATHS if p.name.startswith("Consent refused, child at risk"))
"""The commonest hard case: consent refused, a child at risk, the override justified."""
REFUSED_AND_OVERRIDDEN = list(HARD.answers.items())
WHEN_REFUSED = REFUSED_AND_OVERRIDDEN[: list(HARD.answers).index("agencies")]


def answer_all(browser, answers=HARD.answers):
    browser.walk(dict(answers))


def test_the_first_step_is_the_same_before_and_after_python_loads():
    browser = Browser()
    browser.send(type="start_again")
    assert browser.html == initial_html("share", BASE)
    assert "Is there a clear and legitimate purpose for sharing information?" in browser.html
    assert browser.response["unsaved"] is False


def test_an_unanswered_question_says_what_to_do_and_stays():
    browser = Browser()
    browser.send(type="answer", question="legitimate_purpose", values={})
    assert "There is a problem" in browser.html and "Select one answer" in browser.html
    assert browser.state["at"] == "legitimate_purpose"


def test_back_and_check_your_answers_and_change():
    browser = Browser()
    answer_all(browser)
    assert browser.state["step"] == "check"
    assert "Check your answers" in browser.html
    path = replay(KINDS["share"].flow, browser.state["answers"]).path
    assert browser.html.count('data-fss-event="change"') == len(path)
    # Back from the check goes to the last step: the How? page, all of it.
    browser.send(type="back")
    assert browser.state == {**browser.state, "step": "question", "at": "how_much"}
    assert "How will you share it?" in browser.html
    assert browser.html.count('class="fss-page__question"') == 6
    browser.send(type="back")
    assert browser.state["at"] == "lawful_basis_sensitive"  # the page's one question shown
    browser.answer_with(HARD.answers)  # the same answer: on to the next step
    assert browser.state["at"] == "how_much"
    browser.answer_with(HARD.answers)
    assert browser.state["step"] == "check"
    # Change the parent's consent: the page it is on opens; only what the change opens up
    # is asked, and the refusal's answers are kept aside, off the path.
    browser.send(type="change", question="consent_parent")
    assert browser.state["at"] == "consent_child"
    browser.answer_with({**HARD.answers, "consent_child": "given", "consent_parent": "given"})
    assert browser.state["at"] == "explicit_consent"  # sensitive, and everyone consents
    pio = {k: v for k, v in HARD.answers.items() if k.startswith("pio_")}
    assert not [k for k in browser.state["answers"] if k.startswith("pio_")]
    assert all(browser.state["kept"][k] == v for k, v in pio.items())
    assert browser.state["answers"]["agencies"] == ["signatory-1"]  # asked before: kept
    browser.answer_with({"explicit_consent": "written"})
    # The gateways, the lawful basis and How? are still asked: their answers stand.
    assert browser.state["step"] == "check"
    assert {k: v for k, v in browser.state["answers"].items() if k.startswith("gw_")} == {
        k: v for k, v in HARD.answers.items() if k.startswith("gw_")
    }
    # And back: the refusal's answers come back with it, and nothing is asked again.
    browser.send(type="change", question="consent_parent")
    browser.answer_with(HARD.answers)
    assert browser.state["step"] == "check"
    assert browser.state["answers"] == {**HARD.answers}
    assert browser.state["kept"] == {"explicit_consent": "written"}


FORM = {
    "maker_name": ["Sam"],
    "maker_role": ["Social worker"],
    "maker_organisation": ["signatory-5"],
    "requested": ["PC Lee, 20/11/2026"],
    "about": ["Child A; Parent B"],
    "information": ["Health"],
    "purpose": ["Safeguarding"],
    "decision": ["share"],
    "shared_with": ["Police"],
    "shared_on": ["2026-11-24T10:00"],
    "advice": ["none"],
}


def test_outcome_form_and_record():
    browser = Browser()
    answer_all(browser)
    browser.send(type="continue")
    assert "The information can and MUST be shared" in browser.html
    assert "Consent: the child has not been asked; the parent was asked and refused." in (
        browser.html
    )
    browser.send(type="continue")
    assert browser.state["step"] == "form"
    form = browser.state["form"]
    assert form["shared_with"] == "Hertfordshire County Council"
    assert form["about"] == "Child; Parent"
    assert form["purpose"].startswith("Enquiries into whether a child is suffering")
    browser.send(
        type="submit_record", values=FORM, now="2026-11-24T16:00:00+00:00", random="deadbeef"
    )
    assert browser.state["step"] == "form"
    assert "You are overriding a refusal of consent" not in browser.html  # first reason shown
    assert "Enter your reasons. You are sharing without consent" in browser.html
    values = {**FORM, "decision_reasons": ["Risk to life outweighs the refusal"]}
    response = browser.send(
        type="submit_record", values=values, now="2026-11-24T16:00:00+00:00", random="deadbeef"
    )
    assert browser.state["step"] == "record"
    assert response["download"]["filename"] == "decision-record-FSS-20261124-DEADBEEF.json"
    assert response["unsaved"] is True
    assert browser.send(type="downloaded")["unsaved"] is False
    record = json.loads(response["download"]["text"])
    assert record["decision"]["reasons_required"] == [
        "You are sharing without consent: record why consent has not been obtained, and the "
        "rationale for the decision.",
        "You are overriding a refusal of consent: record why it is justifiable and proportionate.",
    ]
    assert record["sections"]["share"]["lawful_basis"] == (
        "Public task, and the safeguarding condition: Article 6(1)(e), Article 9(2)(g) and "
        "Data Protection Act 2018, Schedule 1, paragraph 18"
    )
    assert (
        "Lawful basis under data protection law: Public task"
        in (response["download"]["case_notes"])
    )


def test_opening_a_bad_file_leaves_the_page_exactly_as_it_is():
    browser = Browser()
    browser.answer("legitimate_purpose", "yes")
    before = dict(browser.state)
    for event, message in [
        ({"text": '{"schema_version": 1}'}, "The file could not be opened."),
        ({"too_large": True}, "it is too large to be a decision record"),
        ({}, "it could not be read"),
    ]:
        response = browser.send(type="open_record", **event)
        assert browser.state == before
        assert response["html"] is None  # the page keeps what it shows, typing and all
        assert message in response["notice"] and 'role="alert"' in response["notice"]
        assert "Your answers on this page have not been changed." in response["notice"]
        assert response["step"] == "question:identifiable"


def made_record() -> str:
    browser = Browser()
    browser.answer("legitimate_purpose", "no")
    browser.send(type="continue")
    browser.send(type="continue")
    values = {
        **FORM,
        "decision": ["do_not_share"],
        "decision_reasons": ["No clear purpose"],
        "shared_with": [""],
        "shared_on": [""],
    }
    response = browser.send(
        type="submit_record", values=values, now="2026-11-24T16:00:00+00:00", random="0a1b2c3d"
    )
    assert browser.state["step"] == "record", response["html"]
    return response["download"]["text"]


def test_a_good_file_asks_before_it_replaces_unsaved_answers_or_typing():
    record = made_record()
    browser = Browser()
    # Nothing to lose: it opens at once.
    response = browser.send(type="open_record", text=record, dirty=False)
    assert browser.state["step"] == "record" and response["notice"] == ""
    # Typing not yet sent, or answers not saved as a record: it asks first.
    for setup in ("typing", "answers"):
        browser = Browser()
        if setup == "answers":
            browser.answer("legitimate_purpose", "yes")
        answers, step = (browser.state or {}).get("answers", {}), browser.step
        response = browser.send(type="open_record", text=record, dirty=setup == "typing")
        assert browser.state["answers"] == answers and browser.step == step
        assert response["html"] is None
        assert "Replace your answers with the saved record?" in response["notice"]
        assert 'data-fss-event="open_confirmed"' in response["notice"]
        assert 'data-fss-event="open_cancelled"' in response["notice"]
        response = browser.send(type="open_record", text=record, dirty=True, replace=True)
        assert browser.state["step"] == "record" and response["step"] == "record"
        assert "FSS-20261124-0A1B2C3D" in response["html"] and response["notice"] == ""


def test_an_event_for_a_step_no_longer_shown_changes_nothing():
    """A double click, a Back pressed twice: the repeat is for a step already left."""
    browser = Browser()
    browser.answer("legitimate_purpose", "yes")
    first = browser.response
    after_first = dict(browser.state)
    repeat = {
        "type": "answer",
        "question": "legitimate_purpose",
        "values": {"answer": ["no"]},
        "step": "question:legitimate_purpose",
    }
    response = browser.send(**repeat)
    assert browser.state == after_first
    assert response["html"] is None and response["notice"] == ""  # no redraw, no error
    assert response["step"] == first["step"] == "question:identifiable"
    # Back twice on the same step goes back once.
    browser.answer("identifiable", "yes")
    browser.send(type="back", step="question:confidential")
    browser.send(type="back", step="question:confidential")
    assert browser.step == "question:identifiable"
    # Continue twice on "Check your answers" moves on once.
    browser = Browser()
    browser.answer("legitimate_purpose", "no")
    browser.send(type="continue", step="check")
    browser.send(type="continue", step="check")
    assert browser.step == "outcome"
    # An event that names no step, or a made-up one, changes nothing.
    for step in (None, "question:nowhere", 3):
        response = browser.send(type="continue", step=step)
        assert browser.step == "outcome" and response["html"] is None
    # Start again is not tied to a step, and twice is the same as once: it asks first,
    # and clearing twice keeps what the first cleared, to be brought back.
    response = browser.send(type="start_again", step="check")
    assert "Clear all your answers and start again?" in response["notice"]
    assert response["html"] is None and browser.state["answers"]  # nothing cleared yet
    browser.send(type="start_again", step="outcome", confirmed=True)
    browser.send(type="start_again", step="outcome", confirmed=True)
    assert browser.state["answers"] == {} and browser.step == "question:legitimate_purpose"
    assert browser.state["cleared"]["answers"] == {"legitimate_purpose": "no"}


def test_every_step_names_itself_in_its_html():
    browser = Browser()
    assert 'data-fss-step="question:legitimate_purpose"' in initial_html("share", BASE)
    browser.answer("legitimate_purpose", "yes")
    assert 'data-fss-step="question:identifiable"' in browser.html
    browser.send(type="back")
    browser.answer("legitimate_purpose", "no")
    assert browser.step == "check" and 'data-fss-step="check"' in browser.html
    browser.send(type="continue")
    assert browser.step == "outcome" and 'data-fss-step="outcome"' in browser.html


def test_a_tampered_state_from_the_page_is_made_safe():
    browser = Browser()
    browser.state = {
        "flow": "share",
        "answers": {"legitimate_purpose": "maybe", "identifiable": "yes"},
        "step": "record",
        "at": "nowhere",
        "form": {"about": ["x"]},
    }
    browser.send(type="noop")
    assert browser.state["answers"] == {}
    assert browser.state["step"] == "question" and browser.state["at"] == "legitimate_purpose"
    # A record in the state is shown only if it checks out like a record file.
    browser.state = {
        "flow": "share",
        "answers": {"legitimate_purpose": "no"},
        "step": "record",
        "record": {"reference": "<script>"},
    }
    browser.send(type="noop")
    assert browser.state["record"] is None and browser.state["step"] == "form"


def test_a_record_of_another_tool_is_not_opened_here_and_says_where_it_belongs():
    from fss_logic.flows import KINDS
    from fss_logic.record import record_file_text
    from tests.unit.test_record import first_answers, full_form, make

    capacity = KINDS["capacity"]
    text = record_file_text(make(capacity, first_answers(capacity.flow), full_form(capacity)))
    browser = Browser()
    response = browser.send(type="open_record", text=text)
    assert response["html"] is None and browser.step == "question:legitimate_purpose"
    assert "it is a record of the tool “Mental Capacity Act checklist”" in response["notice"]
    assert "Open it on that tool&#x27;s page." in response["notice"]


def test_every_step_says_which_it_is_and_roughly_how_many_are_left():
    from fss_logic.progress import progress

    flow = KINDS["share"].flow
    browser = Browser()
    browser.send(type="start_again")
    numbers, said = [], []
    while browser.shown() and any(q.id in HARD.answers for q in browser.shown()):
        at = browser.shown()[0].id
        found = progress(replay(flow, browser.state["answers"] if browser.state else {}), at)
        numbers.append(found.number)
        line = browser.html.split('class="fss-progress"')[1].split("</p>")[0]
        said.append(line)
        assert found.fewest <= found.typical <= found.most
        browser.answer_with(HARD.answers)
    assert numbers == list(range(1, len(numbers) + 1))  # a page of questions is one step
    assert "Step 1." in said[0] and "more steps, then check your answers" in said[0]
    assert "Step 17." in said[-1] and "then check your answers." in said[-1]


def test_the_banner_says_so_far_where_a_later_answer_can_still_change_it():
    """Urgent: share now, settled. Elsewhere the lawful basis and How? may still put it right."""
    browser = Browser()
    browser.walk({k: v for k, v in HARD.answers.items() if k != "lawful_basis_sensitive"})
    assert browser.step == "question:lawful_basis_sensitive"
    assert "So far, the tool indicates" in browser.html
    assert "can still change this" in browser.html
    urgent = next(p for p in PATHS if p.name.startswith("Urgent"))
    browser = Browser()
    browser.walk({k: v for k, v in urgent.answers.items() if k != "agencies"})
    assert browser.step == "question:agencies"
    assert "So far" not in browser.html
    assert "The tool indicates</p>" in browser.html and "Share the information now" in browser.html


def test_changing_an_early_answer_and_back_loses_nothing_typed():
    """Every answer, free text included, comes back when an early answer is changed back."""
    browser = Browser()
    browser.walk(HARD.answers)
    assert browser.state["step"] == "check"
    before = dict(browser.state["answers"])
    typed = before["pio_weighing"]
    browser.send(type="change", question="legitimate_purpose")
    browser.answer_with({"legitimate_purpose": "no"})  # the path ends at once
    assert browser.state["step"] == "check"
    assert browser.state["answers"] == {"legitimate_purpose": "no"}
    assert browser.state["kept"]["pio_weighing"] == typed  # off the path, kept in the tab
    browser.send(type="change", question="legitimate_purpose")
    browser.answer_with({"legitimate_purpose": "yes"})
    assert browser.state["step"] == "check"  # nothing asked again
    assert browser.state["answers"] == before and browser.state["kept"] == {}
    # Only the answers on the path go into the record.
    browser.send(type="change", question="legitimate_purpose")
    browser.answer_with({"legitimate_purpose": "no"})
    browser.send(type="continue")
    browser.send(type="continue")
    browser.send(
        type="submit_record",
        values={**FORM, "decision": ["do_not_share"], "decision_reasons": ["No purpose"]},
        now="2026-12-03T10:00:00+00:00",
        random="0a1b2c3d",
    )
    made = json.loads(browser.response["download"]["text"])
    assert [a["id"] for a in made["answers"]] == ["legitimate_purpose"]
    assert typed not in browser.response["download"]["text"]


def test_start_again_asks_first_and_can_be_undone_while_the_tab_is_open():
    browser = Browser()
    browser.walk(HARD.answers)
    answered = dict(browser.state["answers"])
    asked = browser.send(type="start_again")
    assert asked["html"] is None  # the page stays as it is, typing and all
    assert "Clear all your answers and start again?" in asked["notice"]
    assert 'data-fss-event="start_again_confirmed"' in asked["notice"]
    cleared = browser.send(type="start_again", confirmed=True)
    assert browser.state["answers"] == {} and browser.step == "question:legitimate_purpose"
    assert "Your answers were cleared." in cleared["notice"]
    assert 'data-fss-event="undo_start_again"' in cleared["notice"]
    assert "Bring back the answers you cleared" in cleared["html"]
    # Answer something new, then bring the cleared answers back: the new ones are kept too.
    browser.answer_with({"legitimate_purpose": "no"})
    assert "Bring back the answers you cleared" in browser.html  # still offered
    back = browser.send(type="undo_start_again")
    assert browser.state["answers"] == answered and browser.state["step"] == "check"
    assert "Your answers are back, as they were." in back["notice"]
    assert browser.state["cleared"]["answers"] == {"legitimate_purpose": "no"}
    # With nothing to lose, Start again asks nothing.
    fresh = Browser()
    response = fresh.send(type="start_again")
    assert response["notice"] == "" and response["html"]
    # Typing not yet sent is something to lose: the page says so (dirty), and it asks.
    assert "Clear all" in fresh.send(type="start_again", dirty=True)["notice"]


def test_kept_answers_from_the_browser_are_checked_like_any_answer():
    browser = Browser()
    browser.answer_with({"legitimate_purpose": "yes"})
    state = {
        **browser.state,
        "kept": {
            "confidential": "maybe",  # not one of its options
            "nowhere": "yes",  # no such question
            "pio_weighing": "<b>typed</b>",  # a text answer: kept as typed
            "legitimate_purpose": "no",  # on the path already: the path's answer stands
        },
        "cleared": {"flow": "share", "answers": {"legitimate_purpose": "no"}, "cleared": {}},
    }
    browser.state = state
    browser.send(type="back")
    assert browser.state["kept"] == {"pio_weighing": "<b>typed</b>"}
    assert browser.state["answers"] == {"legitimate_purpose": "yes"}
    assert browser.state["cleared"]["cleared"] is None  # one level, no more


def test_fields_in_error_carry_aria_invalid_and_no_others_do():
    browser = Browser()
    browser.walk(HARD.answers)
    browser.send(type="continue")
    browser.send(type="continue")
    browser.send(type="submit_record", values={}, now="2026-12-03T10:00:00+00:00", random="0")
    assert browser.step == "form"
    invalid = re.findall(r'<(?:input|textarea|select)[^>]*aria-invalid="true"[^>]*>', browser.html)
    names = {re.search(r'name="([a-z_]+)"', tag).group(1) for tag in invalid}
    assert {"maker_name", "maker_role", "decision_reasons"} <= names
    assert "advice_details" not in names  # not in error: not marked
    # A text question left empty, on its own step.
    text = Browser()
    text.walk(HARD.answers)
    text.send(type="change", question="pio_weighing")
    text.answer_with({**HARD.answers, "pio_weighing": " "})
    marked = re.findall(r'<textarea[^>]*aria-invalid="true"[^>]*>', text.html)
    assert len(marked) == 1 and 'name="pio_weighing"' in marked[0]


def _make(browser, values, now, random):
    response = browser.send(type="submit_record", values=values, now=now, random=random)
    assert browser.state["step"] == "record", response["html"]
    return json.loads(response["download"]["text"]), response


def test_correcting_a_record_makes_a_new_one_that_names_the_one_it_replaces():
    original = json.loads(made_record())  # a decision not to share, made 24 November
    browser = Browser()
    browser.send(type="open_record", text=record_text(original))
    browser.send(type="back")  # from the record to its form
    assert browser.state["step"] == "form"
    assert "The record you make will replace <strong>FSS-20261124-0A1B2C3D</strong>" in (
        browser.html
    )
    values = {**FORM, "decision": ["do_not_share"], "decision_reasons": ["No purpose: checked"]}
    values.update(shared_with=[""], shared_on=[""], case_reference=["CMS 123"])
    corrected, response = _make(browser, values, "2026-12-01T09:30:00+00:00", "11112222")
    assert corrected["replaces"] == {
        "reference": "FSS-20261124-0A1B2C3D",
        "digest": original["digest"]["value"],
        "created_at": "2026-11-24T16:00:00+00:00",
        "first_made": "2026-11-24T16:00:00+00:00",
    }
    assert corrected["case_reference"] == "CMS 123"
    html = browser.html
    assert "This record replaces FSS-20261124-0A1B2C3D</strong>, made 24 November 2026, 16:00" in (
        html
    )
    assert "The decision was first recorded 24 November 2026, 16:00 UTC." in html
    assert (
        "This record replaces FSS-20261124-0A1B2C3D, made 24 November 2026"
        in (response["download"]["case_notes"])
    )
    # Kept as a file, then corrected again: the next names it, and the first decision's time.
    browser.send(type="downloaded")
    browser.send(type="back")
    again, _ = _make(browser, values, "2026-12-02T10:00:00+00:00", "33334444")
    assert again["replaces"]["reference"] == "FSS-20261201-11112222"
    assert again["replaces"]["first_made"] == "2026-11-24T16:00:00+00:00"
    # Start again: a new decision, which replaces nothing.
    browser.send(type="start_again", confirmed=True)
    assert browser.state["replaces"] is None


def test_a_record_made_before_case_references_and_corrections_still_opens():
    from fss_logic.record import seal, verify_record_text

    record = json.loads(made_record())
    for name in ("case_reference", "manager_name"):
        del record[name]
    del record["digest"]
    checked = verify_record_text(record_text(seal(record)), KINDS)
    assert checked.ok, checked.problems


def test_a_replaced_record_from_the_page_is_checked():
    browser = Browser()
    browser.answer("legitimate_purpose", "yes")
    state = {**browser.state, "replaces": {"reference": "<b>", "digest": "x"}}
    browser.state = state
    browser.answer("identifiable", "no")
    assert browser.state["replaces"] is None


def record_text(record):
    from fss_logic.record import record_file_text

    return record_file_text(record)


def _with_cleared_answers():
    """A session with answers, and answers an earlier Start again cleared: what is read
    from the page and checked on every event is at its largest."""
    browser = Browser()
    browser.answer("legitimate_purpose", "no")
    browser.send(type="start_again", confirmed=True)
    browser.answer("legitimate_purpose", "yes")
    return browser


def _on_the_record_step():
    browser = _with_cleared_answers()
    browser.walk(HARD.answers)
    browser.send(type="continue")
    browser.send(type="continue")
    values = {**FORM, "decision_reasons": ["Risk to life outweighs the refusal"]}
    browser.send(
        type="submit_record", values=values, now="2026-11-24T16:00:00+00:00", random="0000aaaa"
    )
    assert browser.step == "record"
    return browser


def _on(step: str):
    def setup():
        browser = _with_cleared_answers()
        browser.walk(HARD.answers)
        for _ in range(("check", "outcome", "form").index(step)):
            browser.send(type="continue")
        assert browser.step == step
        return browser

    return setup


def _cleared():
    browser = _with_cleared_answers()
    browser.send(type="start_again", confirmed=True)
    return browser


ONE_OF_EACH = {
    "answer": (_with_cleared_answers, {"type": "answer", "question": "identifiable"}),
    "back": (_with_cleared_answers, {"type": "back"}),
    "change": (_on("check"), {"type": "change", "question": "consent_parent"}),
    "continue": (_on("outcome"), {"type": "continue"}),
    "submit_record": (
        _on("form"),
        {
            "type": "submit_record",
            "values": {**FORM, "decision_reasons": ["Risk to life outweighs the refusal"]},
            "now": "2026-11-24T16:00:00+00:00",
            "random": "deadbeef",
        },
    ),
    "downloaded": (_on_the_record_step, {"type": "downloaded"}),
    "open_record": (_with_cleared_answers, {"type": "open_record", "replace": True}),
    "start_again": (_on_the_record_step, {"type": "start_again", "confirmed": True}),
    "undo_start_again": (_cleared, {"type": "undo_start_again"}),
}


@pytest.mark.parametrize("event_type", sorted(ONE_OF_EACH))
def test_one_event_replays_the_answers_once(event_type, monkeypatch):
    """The session works the path out once for each event and hands it to the renderers
    (STYLE.md): reading the page's state, the event, keeping the step consistent and drawing
    it take one replay between them. (Checking a record replays its own answers: that is
    the record's check, fss_logic.record.verify_record_text.)"""
    import fss_logic.progress
    import fss_logic.render.tool
    import fss_logic.session

    setup, event = ONE_OF_EACH[event_type]
    browser = setup()
    if event_type == "answer":
        event = {**event, "values": {"answer": ["yes"]}}
    if event_type == "open_record":
        event = {**event, "text": made_record()}
    replayed = []
    real = fss_logic.session.replay
    monkeypatch.setattr(
        fss_logic.session,
        "replay",
        lambda flow, answers: replayed.append(flow.id) or real(flow, answers),
    )
    before = browser.step
    response = browser.send(event)
    assert response["html"] and browser.step != before or event_type == "downloaded"
    assert replayed == ["share"]
    # Nothing else on the way replays the flow or works out the progress line itself.
    assert not hasattr(fss_logic.render.tool, "replay")
    assert not hasattr(fss_logic.progress, "replay")
