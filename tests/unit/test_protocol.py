"""The page and Python agree on the events that pass between them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fss_logic.flows import KINDS
from fss_logic.session import EVENTS, PAGE_ACTIONS, STEP_EVENTS, Session
from fss_logic.training.page import GROUP_EVENTS, TRAINEE_EVENTS
from tests.unit.test_session import FORM, HARD, Browser, answer_all, made_record

TOOL_JS = Path(__file__).resolve().parents[2] / "overrides/assets/javascripts/fss-tool.js"


def buttons_and_forms(html: str) -> set[str]:
    return set(re.findall(r'data-fss-event="([a-z_]+)"', html))


def test_every_button_and_form_python_draws_names_an_event_or_a_page_action():
    seen: set[str] = set()
    browser = Browser()
    seen |= buttons_and_forms(browser.send(type="start_again")["html"])
    answer_all(browser)
    for _ in range(2):
        seen |= buttons_and_forms(browser.html)
        browser.send(type="continue")
    seen |= buttons_and_forms(browser.html)
    response = browser.send(type="open_record", text=made_record())  # asks first
    seen |= buttons_and_forms(response["notice"])
    response = browser.send(type="open_record", text=made_record(), replace=True)
    seen |= buttons_and_forms(response["html"])
    response = browser.send(type="start_again")  # asks first
    seen |= buttons_and_forms(response["notice"])
    response = browser.send(type="start_again", confirmed=True)  # then offers Undo
    seen |= buttons_and_forms(response["notice"]) | buttons_and_forms(response["html"])
    assert seen == (EVENTS | PAGE_ACTIONS) - {"downloaded", "open_record"}


def test_the_page_script_sends_only_these_events_and_handles_every_page_action():
    script = TOOL_JS.read_text("utf-8")
    sent = set(re.findall(r'type: "([a-z_]+)"', script))
    training = TRAINEE_EVENTS | GROUP_EVENTS  # training pages' (fss_logic/training/page.py)
    assert sent and sent <= EVENTS | training, sent - EVENTS - training
    assert {"downloaded", "open_record", "open_attempts"} <= sent  # those no button names
    handled = set(re.findall(r'action === "([a-z_]+)"', script))
    # The page adds one thing to one event: whether it holds typing not yet sent.
    assert handled == PAGE_ACTIONS | {"start_again"}
    assert STEP_EVENTS < EVENTS


def test_the_page_script_shows_only_words_kept_in_python():
    from fss_logic.words import PAGE_WORDS

    script = TOOL_JS.read_text("utf-8")
    used = set(re.findall(r"(?:this|self)\.words\.([A-Za-z]+)", script))
    assert used == set(PAGE_WORDS) - {"loading"}  # "loading" is in the page before the script
    # No sentence of its own: every string literal is a name, a selector or punctuation.
    literals = re.findall(r'"([^"\\]*)"', script)
    sentences = [text for text in literals if re.search(r"[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}", text)]
    assert sentences == []


STATE_KEYS = [
    "flow",
    "answers",
    "kept",
    "step",
    "at",
    "returning",
    "form",
    "record",
    "saved",
    "cleared",
    "replaces",
]
RESPONSE_KEYS = ["state", "step", "html", "notice", "unsaved", "download"]


def _states_of_a_whole_session():
    """Every response of a session that goes everywhere: answers, a change and back, the
    outcome, the form in error, a record, downloaded, Start again and Undo."""
    browser = Browser()
    responses = [browser.send(type="start_again")]
    browser.walk(dict(HARD.answers))
    responses.append(browser.response)
    responses.append(browser.send(type="change", question="legitimate_purpose"))
    responses.append(browser.answer("legitimate_purpose", "no"))
    responses.append(browser.send(type="change", question="legitimate_purpose"))
    responses.append(browser.answer("legitimate_purpose", "yes"))
    responses.append(browser.send(type="continue"))
    responses.append(browser.send(type="continue"))
    responses.append(browser.send(type="submit_record", values={}, now="x", random="y"))
    values = {**FORM, "decision_reasons": ["Risk to life outweighs the refusal"]}
    now = "2026-11-24T16:00:00+00:00"
    responses.append(browser.send(type="submit_record", values=values, now=now, random="0a1b2c3d"))
    responses.append(browser.send(type="downloaded"))
    responses.append(browser.send(type="start_again", confirmed=True))
    responses.append(browser.answer("legitimate_purpose", "no"))
    responses.append(browser.send(type="undo_start_again"))
    return responses


def test_the_page_and_python_pass_the_same_json_shape():
    """What fss-tool.js keeps and sends back: the response's keys, the state's keys in this
    order, one level of what Start again cleared, and a download once a record is made."""
    responses = _states_of_a_whole_session()
    for response in responses:
        assert list(response) == RESPONSE_KEYS
        state = response["state"]
        assert list(state) == STATE_KEYS
        assert response["step"] == (
            f"question:{state['at']}" if state["step"] == "question" else state["step"]
        )
        assert isinstance(state["answers"], dict) and isinstance(state["kept"], dict)
        assert all(not isinstance(v, tuple) for v in state["answers"].values())
        if state["cleared"] is not None:
            assert list(state["cleared"]) == STATE_KEYS and state["cleared"]["cleared"] is None
        assert (response["download"] is not None) == (state["step"] == "record")
        if response["download"]:
            assert list(response["download"]) == ["filename", "text", "case_notes", "print"]
    assert {r["state"]["step"] for r in responses} == {
        "question",
        "check",
        "outcome",
        "form",
        "record",
    }
    assert any(r["state"]["cleared"] for r in responses)


def test_a_state_python_wrote_reads_back_as_itself():
    """Session.from_json and Session.to_json are one another's inverse on every state the
    session hands the page: nothing is lost or changed between events."""
    kind = KINDS["share"]
    for response in _states_of_a_whole_session():
        state = response["state"]
        session = Session.from_json(kind, json.loads(json.dumps(state)))
        assert session.to_json() == state
        assert Session.from_json(kind, session.to_json()) == session


def test_a_state_that_is_not_a_session_of_this_tool_is_a_new_one():
    kind = KINDS["share"]
    fresh = Session.new(kind.flow)
    for raw in (None, [], "share", {"flow": "capacity", "answers": {"x": "y"}}, {}):
        assert Session.from_json(kind, raw) == fresh
    assert fresh.to_json() == {
        "flow": "share",
        "answers": {},
        "kept": {},
        "step": "question",
        "at": "legitimate_purpose",
        "returning": False,
        "form": {},
        "record": None,
        "saved": False,
        "cleared": None,
        "replaces": None,
    }
