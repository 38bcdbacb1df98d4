"""The tool session as the browser drives it: JSON in, HTML and state out."""

from __future__ import annotations

import json

from fss_logic.web import handle, initial_html

BASE = "../../"


class Browser:
    """What the page script does: keep the state, send events, show the HTML."""

    def __init__(self):
        self.state = None
        self.response = None

    def send(self, **event):
        request = {"flow": "share", "base": BASE, "state": self.state, "event": event}
        self.response = json.loads(handle(json.dumps(request)))
        self.state = self.response["state"]
        return self.response

    def answer(self, question, *values):
        return self.send(type="answer", question=question, values={"answer": list(values)})

    @property
    def html(self):
        return self.response["html"]


REFUSED_AND_OVERRIDDEN = [
    ("legitimate_purpose", "yes"),
    ("identifiable", "yes"),
    ("confidential", "yes"),
    ("have_consent", "no"),
    ("why_no_consent", "refused"),
    ("another_reason", "yes"),
    ("which_reason", "vital_interests"),
    ("reason_why", "Risk to life"),
    ("override_justified", "yes"),
    ("agencies", "signatory-2"),
    ("whose_information", "child"),
    ("sensitive", "yes"),
    ("how_much", "necessary"),
    ("fact_and_opinion", "yes"),
    ("right_person", "yes"),
    ("transfer_method", "hertsfx"),
    ("tell_individual", "aware"),
]


def answer_all(browser, answers=REFUSED_AND_OVERRIDDEN):
    for question, value in answers:
        browser.answer(question, value)


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
    assert browser.html.count('data-fss-event="change"') == len(REFUSED_AND_OVERRIDDEN)
    browser.send(type="back")
    assert browser.state == {**browser.state, "step": "question", "at": "tell_individual"}
    browser.send(type="back")
    assert browser.state["at"] == "transfer_method"
    browser.answer("transfer_method", "hertsfx")  # the same answer: on to the next one
    assert browser.state["at"] == "tell_individual"
    browser.answer("tell_individual", "aware")
    assert browser.state["step"] == "check"
    # Change "Do you have consent?" to yes: the no-consent answers no longer apply.
    browser.send(type="change", question="have_consent")
    browser.answer("have_consent", "yes")
    assert browser.state["at"] == "consent_covers_agency"
    assert "why_no_consent" not in browser.state["answers"]
    assert "override_justified" not in browser.state["answers"]
    # As in GOV.UK smart answers, the answers after a changed one are asked again, since
    # what they mean may have changed with it.
    assert "agencies" not in browser.state["answers"]
    browser.answer("consent_covers_agency", "yes")
    browser.answer("consent_sensitive", "no")
    assert browser.state["at"] == "agencies"
    for question, value in REFUSED_AND_OVERRIDDEN[9:]:
        if question != "sensitive":
            browser.answer(question, value)
    assert browser.state["step"] == "check"


def test_outcome_form_and_record():
    browser = Browser()
    answer_all(browser)
    browser.send(type="continue")
    assert "You can share but should consider how" in browser.html
    assert "Consent was sought and refused" in browser.html
    browser.send(type="continue")
    assert browser.state["step"] == "form"
    assert browser.state["form"]["shared_with"] == "Hertfordshire Constabulary"
    assert browser.state["form"]["shared_how"] == "HertsFX"
    values = {
        "maker_name": ["Sam"],
        "maker_role": ["Social worker"],
        "maker_organisation": ["CGL"],
        "requested_by": ["PC Lee"],
        "requested_on": ["2026-11-20"],
        "about": ["Child A"],
        "information": ["Health"],
        "purpose": ["Safeguarding"],
        "decision": ["share"],
        "shared_what": ["Summary"],
        "shared_with": ["Police"],
        "shared_on": ["2026-11-24T10:00"],
        "shared_how": ["HertsFX"],
        "manager_advice": ["no"],
        "legal_advice": ["no"],
        "individual_told": ["yes"],
    }
    browser.send(
        type="submit_record", values=values, now="2026-11-24T16:00:00+00:00", random="deadbeef"
    )
    assert browser.state["step"] == "form"
    assert "You are overriding a refusal of consent" not in browser.html  # first reason shown
    assert "Enter your reasons. You are sharing without consent" in browser.html
    values["decision_reasons"] = ["Risk to life outweighs the refusal"]
    response = browser.send(
        type="submit_record", values=values, now="2026-11-24T16:00:00+00:00", random="deadbeef"
    )
    assert browser.state["step"] == "record"
    assert response["download"]["filename"] == "decision-record-FSS-20261124-DEADBEEF.json"
    assert response["unsaved"] is True
    assert browser.send(type="downloaded")["unsaved"] is False
    record = json.loads(response["download"]["text"])
    assert record["decision"]["reasons_required"] == [
        "You are sharing without consent: the decision should always be recorded together "
        "with the rationale.",
        "You are overriding a refusal of consent: record why it is justifiable and proportionate.",
    ]


def test_opening_a_bad_file_leaves_the_answers_alone():
    browser = Browser()
    browser.answer("legitimate_purpose", "yes")
    before = dict(browser.state)
    browser.send(type="open_record", text='{"schema_version": 1}')
    assert browser.state == before
    assert "The file could not be opened" in browser.html
    assert "Does the information enable an individual to be identified?" in browser.html
    browser.send(type="open_record", too_large=True)
    assert "too large" in browser.html and browser.state == before


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
