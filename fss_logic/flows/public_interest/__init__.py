"""Public interest test: a placeholder kind, to be replaced by the tool itself."""

from __future__ import annotations

from fss_logic.flow import YES, YES_NO, Cite, Flow, Option, Outcome, Question
from fss_logic.kind import Indication, ToolKind
from fss_logic.record_form import ABOUT_YOU, DECISION

PAGE = Cite("tools/public-interest.md#public-interest", "Public interest test")
FLOW = Flow(
    id="public_interest",
    title="Public interest test",
    start="placeholder",
    questions=(
        Question(
            id="placeholder",
            section="Public interest test",
            text="Placeholder?",
            kind="one",
            options=YES_NO,
            next={YES: "done", "no": "done"},
            cites=(PAGE,),
        ),
    ),
    outcomes=(
        Outcome(id="done", heading="Done", indication="done", summary="Done.", cites=(PAGE,)),
    ),
)
KIND = ToolKind(
    flow=FLOW,
    record_title="Public interest decision record",
    choices=(Option("a", "A"), Option("b", "B")),
    indications=(Indication("done", agrees_with="a"),),
    fields=(),
    groups=(ABOUT_YOU, DECISION),
    reasons=lambda outcome_id, answers: [],
)
