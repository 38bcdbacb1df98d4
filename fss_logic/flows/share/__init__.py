"""Should I share information? The guide's When?, Who? and How? questions and its consent
rules (``flow.py``), with the Mental Capacity Act checklist, the public interest test and
the legal gateways run inside it; the rules that explain an outcome (``rules.py``) and
what the record adds (``record.py``), as one tool kind."""

from __future__ import annotations

from fss_logic.flows.capacity import KIND as CAPACITY
from fss_logic.flows.gateways import KIND as GATEWAYS
from fss_logic.flows.public_interest import KIND as PUBLIC_INTEREST
from fss_logic.flows.share import flow, record, rules
from fss_logic.kind import GO, NEUTRAL, STOP, Indication, ToolKind

FLOW = flow.FLOW

KIND = ToolKind(
    flow=flow.FLOW,
    record_title="Information sharing decision record",
    choices=record.CHOICES,
    indications=(
        Indication(flow.SHARE, agrees_with=flow.SHARE, tone=GO),
        Indication(flow.DO_NOT_SHARE, agrees_with=flow.DO_NOT_SHARE, tone=STOP),
        Indication(flow.NOT_YET, agrees_with=flow.NOT_YET, tone=NEUTRAL),
    ),
    fields=record.FIELDS,
    groups=record.GROUPS,
    reasons=rules.outcome_reasons,
    cautions=rules.cautions,
    reasons_required=rules.reasons_required,
    defaults=record.defaults,
    empty_groups=record.EMPTY_GROUPS,
    facts=record.FACTS,
    first_page=record.FIRST_PAGE,
    register=record.REGISTER,
    review_flags=record.review_flags,
    parts=(CAPACITY, PUBLIC_INTEREST, GATEWAYS),
    indication_so_far=rules.indication_so_far,
    settled_so_far=rules.SETTLED_SO_FAR,
    part_summary=rules.part_summary,
    cautions_heading="Before you share",
    outcome_note=(
        "The tool indicates; you decide. Keep a record of your decision and the reasons for "
        "it – whether it is to share information or not."
    ),
)
