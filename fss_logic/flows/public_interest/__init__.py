"""Public interest test: the guide's Public Interest Criteria, the Duty of Confidence and
the six questions to consider when judging the public interest (``flow.py``), the test
they add up to (``considerations.py``), the reasons and cautions (``rules.py``) and what
the record adds (``record.py``), as one tool kind."""

from __future__ import annotations

from fss_logic.flows.public_interest import considerations, flow, record, rules
from fss_logic.kind import GO, NEUTRAL, STOP, Indication, ToolKind

FLOW = flow.FLOW

KIND = ToolKind(
    flow=flow.FLOW,
    record_title="Public interest decision record",
    choices=record.CHOICES,
    indications=(
        Indication(considerations.JUSTIFIED, agrees_with=rules.DISCLOSE, tone=GO),
        Indication(considerations.NOT_JUSTIFIED, agrees_with=rules.DO_NOT_DISCLOSE, tone=STOP),
        Indication(considerations.SEEK_VIEWS, agrees_with=rules.NOT_YET, tone=NEUTRAL),
    ),
    fields=record.FIELDS,
    groups=record.GROUPS,
    reasons=rules.outcome_reasons,
    cautions=rules.cautions,
    reasons_required=rules.reasons_required,
    first_page=("disclosed_what", "disclosed_to", "disclosed_on", "disclosed_how"),
    empty_groups=record.EMPTY_GROUPS,
    register=record.REGISTER,
    review_flags=record.review_flags,
    cautions_heading="Before you decide",
    outcome_note=(
        "The tool indicates; you decide. Keep a record of your decision and the reasons for "
        "it – whether it is to disclose information or not."
    ),
)

__all__ = ["FLOW", "KIND"]
