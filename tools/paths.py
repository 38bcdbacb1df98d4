"""Named paths through every tool, and what each costs a practitioner: the steps from the
first question to the outcome page, the free-text answers, and the record form's fields.

``make bench`` prints the table against the budgets (issue 18: "Short enough for a real
day"); ``tests/unit/test_paths.py`` holds every path to its budget and its outcome. The
paths are data: answers by question id, as a practitioner would give them.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import TEXT, replay
from fss_logic.flows import KINDS
from fss_logic.record_form import form_fields
from fss_logic.values import value
from fss_logic.web import PageSession

TYPED = "As typed"


@value
class NamedPath:
    """A path through ``tool``, its outcome, and its budgets (None: no budget)."""

    tool: str
    name: str
    answers: Mapping[str, object]
    outcome: str
    decision: str
    max_steps: int | None = None
    max_text: int | None = None
    max_fields: int | None = None
    indication_within: int | None = None  # the indicated outcome shows within this many steps
    indication: str = ""


@value
class Cost:
    steps: int  # question steps, then "Check your answers", then the outcome page
    text: int  # free-text answers
    fields: int  # record form fields shown for the decision
    indication_at: int | None  # the step the indication first shows on (a banner, or the end)
    outcome: str


WHEN = {"legitimate_purpose": "yes", "identifiable": "yes", "confidential": "yes"}
HOW_SECURE = {
    "how_much": "necessary",
    "fact_and_opinion": "yes",
    "right_person": "yes",
    "transfer_method": "secure_email",
    "privacy_notice": "yes",
    "tell_individual": "aware",
}
POLICE_TO_CHILDRENS_SERVICES = {
    "gw_sharing_organisation": "police",
    "gw_receiving_organisation": "la_children",
    "gw_purposes": ["significant_harm"],
    "gw_s16la_facilitate": "yes",
    "gw_s16la_detriment": "no",
    "gw_gateways_relied_on": ["children_act_2004", "police_common_law"],
}
CHARITY_TO_CHILDRENS_SERVICES = {
    "gw_sharing_organisation": "charity",
    "gw_receiving_organisation": "la_children",
    "gw_purposes": ["child_welfare"],
    "gw_s16la_sharer_in_scope": "no",
    "gw_s16la_facilitate": "yes",
    "gw_s16la_detriment": "no",
    "gw_gateways_relied_on": ["none"],
}
"""A charity sharing with children's services for a child's welfare: no statutory gateway
needed (section 16LA's test not met: a charity is not a body it applies to)."""
JUSTIFIED = {
    "which_criteria": ["vulnerable"],
    "represents_holder": "yes",
    "proportionate_to_aim": "yes",
    "another_equally_effective_means": "no",
    "necessary_to_prevent_or_detect_crime": "no",
    "necessary_to_protect_others": "yes",
    "weighing": TYPED,
}


LACKS_CAPACITY = {
    "aged_16_or_over": "yes",
    "why_doubt": TYPED,
    "good_reasons_not_to_assess": "no",
    "help_given": TYPED,
    "all_practicable_steps_taken": "yes",
    "can_understand": "no",
    "can_retain": "no",
    "can_use_or_weigh": "no",
    "can_communicate": "yes",
    "unable_because_of_impairment": "yes",
    "how_impairment_causes_inability": TYPED,
    "attorney_or_deputy": "no",
    "likely_to_have_capacity_later": "no",
    "person_encouraged_to_take_part": "yes",
    "wishes_feelings_beliefs": TYPED,
    "views_of_others": TYPED,
    "less_restrictive_way": "no",
}
"""The Mental Capacity Act checklist up to its best interests question: a person who lacks
capacity after a brain injury (the checklist, alone or inside the share tool)."""


def _prefixed(prefix: str, answers: Mapping[str, object]) -> dict:
    return {prefix + k: v for k, v in answers.items()}


PATHS = (
    NamedPath(
        "share",
        "Consent refused, child at risk of significant harm, override justified, one agency",
        {
            **WHEN,
            "urgent": "no",
            "agencies": ["signatory-1"],
            "whose_information": ["child", "parent"],
            "sensitive": "yes",
            "consent_child": "not_asked",
            "consent_parent": "refused",
            **_prefixed("pio_", JUSTIFIED),
            **POLICE_TO_CHILDRENS_SERVICES,
            "lawful_basis_sensitive": "safeguarding_public_task",
            **HOW_SECURE,
        },
        outcome="must_share",
        decision="share",
        max_steps=20,
        max_text=3,
        max_fields=12,
    ),
    NamedPath(
        "share",
        "Urgent, out of hours: safeguarding is paramount",
        {
            **WHEN,
            "urgent": "paramount",
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
            "sensitive": "yes",
            "consent_child": "not_asked",
            **POLICE_TO_CHILDRENS_SERVICES,
            "lawful_basis_sensitive": "safeguarding_public_task",
            **{**HOW_SECURE, "tell_individual": "no_risk_of_harm"},
            "not_told_reason": TYPED,
        },
        outcome="share_now",
        decision="share",
        indication_within=6,
        indication="share_now",
        max_fields=12,
    ),
    NamedPath(
        "share",
        "Anonymised figures for a report",
        {
            "legitimate_purpose": "yes",
            "identifiable": "no",
            "agencies": ["signatory-1"],
            "how_much": "necessary",
            "fact_and_opinion": "yes",
            "right_person": "yes",
            "transfer_method": "hertsfx",
        },
        outcome="share",
        decision="share",
        max_fields=12,
    ),
    NamedPath(
        "share",
        "Consent from everyone, not sensitive",
        {
            **WHEN,
            "urgent": "no",
            "agencies": ["signatory-7"],
            "whose_information": ["parent"],
            "sensitive": "no",
            "consent_parent": "given",
            "gw_sharing_organisation": "la_children",
            "gw_receiving_organisation": "nhs_trust",
            "gw_purposes": ["child_welfare"],
            "gw_s16la_facilitate": "yes",
            "gw_s16la_detriment": "no",
            "gw_gateways_relied_on": ["children_act_2004"],
            "lawful_basis": "consent",
            **HOW_SECURE,
        },
        outcome="share",
        decision="share",
        max_fields=12,
    ),
    NamedPath(
        "share",
        "Partial consent that leaves out the police: I will seek consent",
        {
            **WHEN,
            "urgent": "no",
            "agencies": ["signatory-1", "signatory-2"],
            "whose_information": ["parent"],
            "sensitive": "no",
            "consent_parent": "partial",
            "why_without_consent": "seek",
        },
        outcome="seek_consent",
        decision="not_yet",
    ),
    NamedPath(
        "share",
        "A parent lacks capacity, sharing not in their best interests, child at risk",
        {
            **WHEN,
            "urgent": "no",
            "agencies": ["signatory-1"],
            "whose_information": ["child", "parent"],
            "sensitive": "yes",
            "consent_child": "not_asked",
            "consent_parent": "capacity",
            **_prefixed("mca_", {**LACKS_CAPACITY, "can_retain": "yes"}),
            "mca_sharing_in_best_interests": "no",
            "why_without_consent": "cannot_consent",
            "another_reason": "public_interest",
            **_prefixed("pi_", JUSTIFIED),
            **POLICE_TO_CHILDRENS_SERVICES,
            "lawful_basis_sensitive": "safeguarding_public_task",
            **HOW_SECURE,
        },
        outcome="share",
        decision="share",
    ),
    NamedPath(
        "share",
        "A parent lacks capacity after a brain injury; sharing in their best interests",
        {
            **WHEN,
            "urgent": "no",
            "agencies": ["signatory-1"],
            "whose_information": ["parent"],
            "sensitive": "yes",
            "consent_parent": "capacity",
            **_prefixed("mca_", LACKS_CAPACITY),
            "mca_sharing_in_best_interests": "yes",
            **POLICE_TO_CHILDRENS_SERVICES,
            "lawful_basis_sensitive": "safeguarding_public_task",
            **HOW_SECURE,
        },
        outcome="share",
        decision="share",
    ),
    NamedPath(
        "share",
        "A charity, consent not sought because it would be unsafe",
        {
            **WHEN,
            "urgent": "no",
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
            "sensitive": "no",
            "consent_child": "not_asked",
            "why_without_consent": "unsafe",
            "another_reason": "public_interest",
            **_prefixed("pi_", JUSTIFIED),
            **CHARITY_TO_CHILDRENS_SERVICES,
            "lawful_basis": "recognised_legitimate_interest",
            **HOW_SECURE,
        },
        outcome="share",
        decision="share",
        max_fields=12,
    ),
    NamedPath(
        "share",
        "A file by personal email",
        {
            "legitimate_purpose": "yes",
            "identifiable": "yes",
            "confidential": "no",
            "agencies": ["signatory-2"],
            "whose_information": ["parent"],
            "sensitive": "no",
            "gw_sharing_organisation": "la_children",
            "gw_receiving_organisation": "police",
            "gw_purposes": ["crime_and_disorder"],
            "gw_necessary_or_expedient": "yes",
            "gw_gateways_relied_on": ["section_115"],
            "lawful_basis": "public_task",
            **{**HOW_SECURE, "transfer_method": "other"},
            "other_method": TYPED,
        },
        outcome="put_right",
        decision="not_yet",
    ),
    NamedPath(
        "share",
        "No clear and legitimate purpose",
        {"legitimate_purpose": "no"},
        outcome="do_not_share_information",
        decision="do_not_share",
        max_fields=12,
    ),
    NamedPath(
        "public_interest",
        "Justified: the practitioner's own organisation holds the information",
        {"overrides_duty_of_confidence": "yes", **JUSTIFIED},
        outcome="justified",
        decision="disclose",
        max_steps=10,
        max_text=3,
    ),
    NamedPath(
        "public_interest",
        "Another organisation's information, its views not yet sought",
        {
            "which_criteria": ["another"],
            "other_public_interest": TYPED,
            "overrides_duty_of_confidence": "yes",
            "represents_holder": "no",
            "holder_views": "not_sought",
        },
        outcome="seek_views_first",
        decision="not_yet",
        max_steps=10,
    ),
    NamedPath(
        "public_interest",
        "Longest path: another public interest, another organisation's information, views "
        "in favour",
        {
            "which_criteria": ["another"],
            "other_public_interest": TYPED,
            "overrides_duty_of_confidence": "yes",
            "represents_holder": "no",
            "holder_views": "in_favour",
            **{
                k: v
                for k, v in JUSTIFIED.items()
                if k not in ("which_criteria", "represents_holder")
            },
        },
        outcome="justified",
        decision="disclose",
        max_steps=10,
    ),
    NamedPath(
        "capacity",
        "All practicable steps not yet taken",
        {
            "aged_16_or_over": "yes",
            "reason_to_doubt": "yes",
            "why_doubt": TYPED,
            "good_reasons_not_to_assess": "no",
            "help_given": TYPED,
            "all_practicable_steps_taken": "no",
        },
        outcome="take_steps_first",
        decision="take_steps_first",
    ),
    NamedPath(
        "capacity",
        "Lacks capacity after a brain injury; sharing in their best interests",
        {
            **LACKS_CAPACITY,
            "reason_to_doubt": "yes",
            "sharing_in_best_interests": "yes",
        },
        outcome="lacks_capacity_sharing_in_best_interests",
        decision="lacks_capacity",
    ),
    NamedPath(
        "gateways",
        "Police to children's services for enquiries about significant harm",
        {k.removeprefix("gw_"): v for k, v in POLICE_TO_CHILDRENS_SERVICES.items()},
        outcome="gateway_identified",
        decision="rely",
    ),
)


def visible_fields(kind_id: str, decision: str, answers: Mapping[str, object]) -> int:
    """The record form's fields a practitioner must fill for ``decision``: a field asked only
    on a condition counts only when it holds (advice not sought; a signatory organisation),
    and an optional one (a case reference, the manager's name) costs nothing and is not
    counted."""
    kind = KINDS[kind_id]
    values = {**kind.defaults(answers), "decision": decision, "advice": "none"}
    values.setdefault("maker_organisation", "signatory-1")
    return sum(1 for spec in form_fields(kind) if _shown(spec, values))


def _shown(spec, values: Mapping[str, str]) -> bool:
    from fss_logic.record_form import When

    if spec.required is False:
        return False
    return not isinstance(spec.required, When) or spec.required.holds(values)


def cost(path: NamedPath) -> Cost:
    """Walk the path as the page would, step by step, and count what it asks."""
    kind = KINDS[path.tool]
    session = PageSession(path.tool)
    steps = session.walk(path.answers)
    state = replay(kind.flow, session.state["answers"] if session.state else {})
    if state.outcome is None:
        raise ValueError(f"{path.name}: the path stops at {state.current.id}")  # type: ignore[union-attr]
    indication_at = None
    replayed = {}
    for number, step in enumerate(steps, 1):
        question = kind.flow.question(step[0])
        if kind.indication_so_far(question, replayed) == path.indication and path.indication:
            indication_at = number
            break
        replayed.update({q: path.answers[q] for q in step})
    if indication_at is None:
        indication_at = len(steps) + 2
    text = sum(1 for question, _ in state.path if question.kind == TEXT)
    return Cost(
        steps=len(steps) + 2,
        text=text,
        fields=visible_fields(path.tool, path.decision, state.answers),
        indication_at=indication_at,
        outcome=state.outcome.id,
    )


def within(path: NamedPath, found: Cost) -> list[str]:
    """What the path's cost exceeds, in words; empty when it meets every budget."""
    over = []
    for label, budget, spent in (
        ("steps", path.max_steps, found.steps),
        ("free-text answers", path.max_text, found.text),
        ("form fields", path.max_fields, found.fields),
        ("steps to the indication", path.indication_within, found.indication_at),
    ):
        if budget is not None and spent is not None and spent > budget:
            over.append(f"{label}: {spent} (budget {budget})")
    if found.outcome != path.outcome:
        over.append(f"outcome {found.outcome}, expected {path.outcome}")
    return over


def table() -> list[dict]:
    """One row per named path: its tool, name, cost and budgets, and what it exceeds."""
    rows = []
    for path in PATHS:
        found = cost(path)
        rows.append(
            {
                "tool": path.tool,
                "path": path.name,
                "steps": found.steps,
                "max_steps": path.max_steps,
                "text": found.text,
                "max_text": path.max_text,
                "fields": found.fields,
                "max_fields": path.max_fields,
                "indication_at": found.indication_at,
                "indication_within": path.indication_within,
                "outcome": found.outcome,
                "over": within(path, found),
            }
        )
    return rows


if __name__ == "__main__":
    for row in table():
        print(row)
