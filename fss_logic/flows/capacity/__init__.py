"""Mental Capacity Act checklist: whether the person can consent to sharing this
information. The questions and outcomes (``flow.py``), the rules that explain an outcome
(``rules.py``) and what the record adds (``record.py``), as one tool kind."""

from __future__ import annotations

from fss_logic.flows.capacity import flow, record, rules
from fss_logic.kind import Indication, Register, ToolKind

FLOW = flow.FLOW

KIND = ToolKind(
    flow=flow.FLOW,
    record_title="Mental capacity assessment record",
    choices=record.CHOICES,
    indications=(
        Indication(flow.HAS_CAPACITY, agrees_with=flow.HAS_CAPACITY),
        Indication(flow.LACKS_CAPACITY, agrees_with=flow.LACKS_CAPACITY),
        Indication(flow.NOT_ASSESSED, agrees_with=flow.NOT_ASSESSED),
        Indication(flow.ACT_DOES_NOT_APPLY, agrees_with=flow.ACT_DOES_NOT_APPLY),
        Indication(flow.TAKE_STEPS_FIRST, agrees_with=flow.TAKE_STEPS_FIRST),
    ),
    fields=record.FIELDS,
    groups=record.GROUPS,
    reasons=rules.outcome_reasons,
    cautions=rules.cautions,
    reasons_required=rules.reasons_required,
    defaults=record.defaults,
    form_departures=record.form_departures,
    first_page=("assessment_about", "sharing_proposed", "best_interests_decision"),
    empty_groups=record.EMPTY_GROUPS,
    register=Register(information="sharing_proposed"),
    cautions_heading="Before you rely on this",
    outcome_note=(
        "The tool indicates; you decide. Capacity is about this decision, at this time: if "
        "things change, assess again. Keep a record of your decision and the reasons for it."
    ),
)

__all__ = ["FLOW", "KIND"]
