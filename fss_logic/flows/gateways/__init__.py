"""Legal gateways: which power or duty to share may apply, from who shares, with whom and
why (``flow.py``), the rules that say which gateways may apply and within what limits
(``rules.py``), and what the record adds (``record.py``), as one tool kind."""

from __future__ import annotations

from fss_logic.flows.gateways import flow, record, rules
from fss_logic.kind import GO, STOP, Indication, ToolKind

FLOW = flow.FLOW

KIND = ToolKind(
    flow=flow.FLOW,
    record_title="Legal gateways record",
    choices=record.CHOICES,
    indications=(
        Indication(flow.GATEWAY_IDENTIFIED, agrees_with=rules.RELY, tone=GO),
        Indication(flow.NO_GATEWAY_NEEDED, agrees_with=rules.NO_GATEWAY_NEEDED, tone=GO),
        Indication(flow.NO_GATEWAY_IDENTIFIED, agrees_with=rules.NO_GATEWAY, tone=STOP),
    ),
    fields=record.FIELDS,
    groups=record.GROUPS,
    reasons=rules.outcome_reasons,
    cautions=rules.cautions,
    reasons_required=rules.reasons_required,
    departures=rules.departures,
    first_page=("sharing_organisation_name", "receiving_organisation_name", "information"),
    empty_groups=record.EMPTY_GROUPS,
    register=record.REGISTER,
    review_flags=record.review_flags,
    cautions_heading="Before you decide",
    outcome_note=(
        "The tool indicates; you decide. A gateway is one of three things sharing needs, with "
        "a lawful basis under data protection law and an answer to confidentiality. Keep a "
        "record of your decision and the reasons for it."
    ),
)
