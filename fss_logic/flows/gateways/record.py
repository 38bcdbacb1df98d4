"""What the legal gateways record adds to the core: the organisations, the information and
its purpose, the lawful basis under data protection law and how confidentiality is answered
(required when relying on a gateway: sharing needs all three), and the advice sought."""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.values import replace

from fss_logic.flags import REFUSAL_OVERRIDDEN, Flag, recorded_answers
from fss_logic.flow import Option
from fss_logic.flows.gateways.rules import NO_GATEWAY, NO_GATEWAY_NEEDED, RELY
from fss_logic.flows.gateways.terms import OBJECTED
from fss_logic.kind import Register
from fss_logic.record_form import (
    ABOUT_YOU,
    ADVICE,
    ADVICE_FIELDS,
    DECISION,
    LONG,
    REQUEST_FIELDS,
    TEXT,
    TEXTAREA,
    Field,
    When,
)

SHARING, ALL_THREE = "The sharing", "Lawful basis and confidentiality"
GROUPS = (ABOUT_YOU, SHARING, DECISION, ALL_THREE, ADVICE)

CHOICES = (
    Option(RELY, "Rely on the gateways I have chosen"),
    Option(
        NO_GATEWAY_NEEDED,
        "No statutory gateway is needed: I rely on a lawful basis and an answer to confidentiality",
    ),
    Option(NO_GATEWAY, "No gateway applies: do not share on this basis"),
)

_IF_RELYING = When("decision", (RELY, NO_GATEWAY_NEEDED))
_REQUEST = {spec.name: spec for spec in REQUEST_FIELDS}

FIELDS = (
    Field(
        "sharing_organisation_name",
        "Which organisation is sharing the information?",
        TEXT,
        SHARING,
        missing="Enter the name of the organisation sharing the information",
        record_label="Sharing organisation",
    ),
    Field(
        "receiving_organisation_name",
        "Which organisation would receive it?",
        TEXT,
        SHARING,
        missing="Enter the name of the organisation that would receive it",
        record_label="Receiving organisation",
    ),
    replace(_REQUEST["about"], group=SHARING),
    replace(_REQUEST["information"], group=SHARING),
    replace(_REQUEST["purpose"], group=SHARING),
    Field(
        "lawful_basis",
        "What is your lawful basis under data protection law?",
        TEXTAREA,
        ALL_THREE,
        max_length=LONG,
        required=_IF_RELYING,
        hint=(
            "Only if you share. For example, UK GDPR Article 6(1)(e) and, for "
            "special category data, Article 9(2)(g) with a condition in Schedule 1 to the Data "
            "Protection Act 2018. For the police sharing for law enforcement purposes, Part 3 "
            "of the Data Protection Act 2018 applies instead (section 35)."
        ),
        missing="Enter your lawful basis under data protection law",
        record_label="Lawful basis under data protection law",
    ),
    Field(
        "confidentiality",
        "How is the duty of confidence answered?",
        TEXTAREA,
        ALL_THREE,
        max_length=LONG,
        required=_IF_RELYING,
        hint=(
            "Only if you share. For example: consent; a public interest strong "
            "enough to justify disclosure; or a legal requirement to share. Or say why the "
            "information is not confidential."
        ),
        missing="Enter how the duty of confidence is answered",
        record_label="How confidentiality is answered",
    ),
    *ADVICE_FIELDS,
)

EMPTY_GROUPS = {ALL_THREE: "Not recorded: the decision was not to share on this basis."}

REGISTER = Register(
    information="information",
    with_whom="receiving_organisation_name",
    lawful_basis="lawful_basis",
)


def review_flags(record: Mapping) -> tuple[Flag, ...]:
    """What a reviewer looks for in a gateways record: relying on a gateway, or on none
    being needed, though the person has objected (section 251B: "an informed decision to
    refuse consent to share data that must be respected except where an overriding
    consideration exists"). How confidentiality is answered is typed, so whether there was
    consent is not read from it."""
    if record["decision"]["choice"] not in (RELY, NO_GATEWAY_NEEDED):
        return ()
    objected = recorded_answers(record).get("person_objects") == OBJECTED
    return (REFUSAL_OVERRIDDEN,) if objected else ()
