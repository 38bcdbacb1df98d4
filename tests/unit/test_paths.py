"""The named paths of ``tools/paths.py``: each reaches its outcome within its budgets
(issue 18, "Short enough for a real day"). ``make bench`` prints the same table."""

from __future__ import annotations

import pytest

from fss_logic.flow import replay
from fss_logic.flows import KINDS
from tools.paths import PATHS, cost, table, within


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_each_named_path_reaches_its_outcome_within_its_budgets(path):
    found = cost(path)
    assert within(path, found) == []


def test_the_commonest_hard_case_is_short_enough():
    """Consent refused, a child at risk of significant harm, the override justified,
    personal information, one agency: 20 steps or fewer from the first question to the
    outcome page, at most 3 free-text answers, then at most 12 form fields."""
    hard = PATHS[0]
    assert hard.name.startswith("Consent refused, child at risk")
    assert (hard.max_steps, hard.max_text, hard.max_fields) == (20, 3, 12)
    found = cost(hard)
    assert found.outcome == "must_share"
    assert found.steps <= 20 and found.text <= 3 and found.fields <= 12


def test_urgent_shows_share_now_within_six_steps():
    urgent = next(p for p in PATHS if p.name.startswith("Urgent"))
    assert urgent.indication_within == 6 and cost(urgent).indication_at <= 6


def test_the_public_interest_test_alone_takes_ten_steps_at_most():
    for path in (p for p in PATHS if p.tool == "public_interest"):
        assert path.max_steps == 10 and cost(path).steps <= 10, path.name


def test_a_budget_that_is_exceeded_is_named():
    from fss_logic.values import replace

    hard = replace(PATHS[0], max_steps=5, max_text=0)
    over = within(hard, cost(hard))
    assert over[0].startswith("steps: ") and over[0].endswith("(budget 5)")
    assert over[1].startswith("free-text answers: 1")


def test_the_table_has_a_row_for_every_path_and_every_tool():
    rows = table()
    assert [r["path"] for r in rows] == [p.name for p in PATHS]
    assert {r["tool"] for r in rows} == {"share", "public_interest", "capacity", "gateways"}


def test_no_named_path_departs_from_the_agreement_unless_that_is_its_point():
    """A named path is a case a practitioner would bring: its answers agree with each other
    (the agencies and the recipient the gateways checked, the lawful basis and the consent)."""
    from fss_logic.flows.share.rules import departures

    for path in PATHS:
        if path.tool == "share" and path.outcome != "put_right":
            state = replay(KINDS["share"].flow, path.answers)
            assert departures(state.answers) == [], path.name
