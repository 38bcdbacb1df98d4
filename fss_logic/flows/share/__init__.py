"""Should I share information? The guide's When?, Who? and How? questions and its consent
rules (``flow.py``), the rules that explain an outcome (``rules.py``) and what the record
adds (``record.py``), as one tool kind."""

from __future__ import annotations

from fss_logic.flows.share import flow, record, rules
from fss_logic.kind import GO, STOP, Indication, ToolKind

FLOW = flow.FLOW

KIND = ToolKind(
    flow=flow.FLOW,
    record_title="Information sharing decision record",
    choices=record.CHOICES,
    indications=(
        Indication(flow.SHARE, agrees_with=flow.SHARE, tone=GO),
        Indication(flow.DO_NOT_SHARE, agrees_with=flow.DO_NOT_SHARE, tone=STOP),
    ),
    fields=record.FIELDS,
    groups=record.GROUPS,
    reasons=rules.outcome_reasons,
    cautions=rules.cautions,
    reasons_required=rules.reasons_required,
    defaults=record.defaults,
    empty_groups=record.EMPTY_GROUPS,
    cautions_heading="Before you share",
    outcome_note=(
        "The tool indicates; you decide. Keep a record of your decision and the reasons for "
        "it – whether it is to share information or not."
    ),
)
