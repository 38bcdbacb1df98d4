"""Every finding the rules of every kind can make cites the guide or a tool page (collected
for the site's anchor check), and every outcome says why it was reached."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import replay
from fss_logic.flows import KINDS
from fss_logic.record import why_reasons
from tests.unit.routes import finish, routes_of
from tests.unit.strategies import paths

EVERY_KIND = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


def findings_of(kind, answers: dict) -> list:
    state = replay(kind.flow, answers)
    found = []
    if state.outcome:
        found += kind.reasons(state.outcome.id, state.answers)
        found += kind.cautions(state.outcome.id, state.answers)
        for choice in kind.choices:
            found += why_reasons(kind, state, {"decision": choice.value})
    return found


def _all_findings():
    """Findings from a spread of fixed paths, so the site test has a fixed list."""
    found = []
    for kind in KINDS.values():
        for earlier, question, response, _ in routes_of(kind):
            found += findings_of(kind, finish(kind.flow, {**earlier, question: response}))
    return found


FINDINGS = _all_findings()


@EVERY_KIND
@settings(max_examples=100)
@given(data=st.data())
def test_every_outcome_has_reasons_that_cite_the_guide(kind, data):
    answers = data.draw(paths(kind.flow))
    state = replay(kind.flow, answers)
    reasons = kind.reasons(state.outcome.id, state.answers)
    assert reasons, "an outcome always says why"
    for finding in findings_of(kind, answers):
        assert finding.cite.anchor.count(".md#") == 1
        assert finding.text.strip()
