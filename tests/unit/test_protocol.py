"""The page and Python agree on the events that pass between them."""

from __future__ import annotations

import re
from pathlib import Path

from fss_logic.session import EVENTS, PAGE_ACTIONS, STEP_EVENTS
from tests.unit.test_session import Browser, answer_all, made_record

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
    assert sent and sent <= EVENTS, sent - EVENTS
    assert {"downloaded", "open_record"} <= sent  # the two no button names
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
