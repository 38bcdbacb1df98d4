"""Every finding the rules can make cites the guide (collected for the site's anchor check)."""

from __future__ import annotations

from hypothesis import given, settings

from fss_logic.flow import replay
from fss_logic.flows.share import FLOW
from fss_logic.rules.sharing import cautions, outcome_reasons, reasons_required
from tests.unit.strategies import paths


def _all_findings():
    """Findings from a spread of fixed paths, so the site test has a fixed list."""
    from tests.unit.test_share_flow import ROUTES

    found = []
    for earlier, question, response, _ in ROUTES:
        state = replay(FLOW, {**earlier, question: response})
        answers = state.answers
        if state.outcome:
            found += outcome_reasons(state.outcome.id, answers)
        found += cautions(answers)
        for share in (True, False):
            found += reasons_required(answers, indicated_share=not share, decided_share=share)
    return found


FINDINGS = _all_findings()


@settings(max_examples=100)
@given(paths())
def test_every_outcome_has_reasons_that_cite_the_guide(answers):
    state = replay(FLOW, answers)
    reasons = outcome_reasons(state.outcome.id, state.answers)
    assert reasons, "an outcome always says why"
    for finding in reasons + cautions(state.answers):
        assert finding.cite.anchor.count(".md#") == 1
        assert finding.text.strip()
