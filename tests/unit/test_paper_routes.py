"""The paper versions follow the flows: no instruction whose branches all go to the same
place ("If a gateway may apply, go to question 30. Otherwise go to question 30.")."""

from __future__ import annotations

import html
import re

import pytest

from fss_logic.flows import KINDS
from fss_logic.render.paper import render_paper

GOES = re.compile(r"go to (question \d+|the instructions at \d+|the outcome “[^”]+”)")


def instructions(flow_id: str) -> list[str]:
    page = render_paper(KINDS[flow_id])
    found = re.findall(r"<strong>(.*?)</strong>", page, flags=re.S)
    found += re.findall(r"<li>☐ (.*?)</li>", page, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in found]


@pytest.mark.parametrize("flow_id", list(KINDS))
def test_no_instruction_sends_every_branch_to_the_same_place(flow_id):
    for text in instructions(flow_id):
        targets = GOES.findall(text)
        if len(targets) > 1 and ("If " in text or "Otherwise" in text):
            assert len(set(targets)) > 1, text


@pytest.mark.parametrize("flow_id", list(KINDS))
def test_every_question_the_paper_names_exists_on_it(flow_id):
    page = render_paper(KINDS[flow_id])
    count = len(KINDS[flow_id].flow.sequence)
    for number in re.findall(r"go to (?:question|the instructions at) (\d+)", page):
        assert 1 <= int(number) <= count


def test_the_check_can_fail():
    text = "If a gateway may apply, go to question 30. Otherwise go to question 30."
    assert len(set(GOES.findall(text))) == 1
