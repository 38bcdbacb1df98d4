"""What the share tool's record adds to the core: the request, what was shared, with whom
and when, the lawful basis, and the advice sought (golden rule 7 and the ICO data sharing
code's record of a decision).

The form asks only what the answers do not already say: how it was shared, whether the
individual is told and why not, and the consent position are answers, printed with the
rest; with whom starts from the agencies chosen, and whom it is about from whose
information it is. Twelve fields at most for a decision to share (issue 18).
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flags import (
    OTHER_TRANSFER,
    REFUSAL_OVERRIDDEN,
    WITHOUT_CONSENT,
    Flag,
    recorded_answers,
)
from fss_logic.flow import Answers, Option
from fss_logic.flows.gateways.terms import OBJECTED
from fss_logic.flows.public_interest.flow import AGAINST
from fss_logic.flows.share import consent as c
from fss_logic.flows.share import flow as f
from fss_logic.flows.share import rules
from fss_logic.flows.share import terms as t
from fss_logic.kind import Fact, Register
from fss_logic.record_form import (
    ABOUT_YOU,
    ADVICE,
    ADVICE_FIELDS,
    DATETIME,
    DECISION,
    LONG,
    REQUEST,
    TEXT,
    TEXTAREA,
    Field,
    When,
)

SHARED, LAWFUL = "What was shared", "How it is shared, and the lawful basis"
GROUPS = (ABOUT_YOU, REQUEST, DECISION, SHARED, LAWFUL, ADVICE)

CHOICES = (
    Option(f.SHARE, "Share the information"),
    Option(f.DO_NOT_SHARE, "Do not share the information"),
    Option(f.NOT_YET, "Not yet: I will first do what the tool indicates, then decide"),
)

_IF_SHARED = When("decision", (f.SHARE,))

FIELDS = (
    Field(
        "requested",
        "Who asked for the information, and when?",
        TEXT,
        REQUEST,
        hint=(
            "Their name, role and organisation, and the date. If no one asked, say so: for "
            "example, shared on my own initiative."
        ),
        missing="Enter who asked for the information, and when",
        record_label="Who asked, and when",
    ),
    Field(
        "about",
        "Whom is the information about?",
        TEXTAREA,
        REQUEST,
        max_length=LONG,
        hint="Their names, and their role in the family.",
        missing="Enter whom the information is about",
        record_label="Whom the information is about",
    ),
    Field(
        "information",
        "What information is it?",
        TEXTAREA,
        REQUEST,
        max_length=LONG,
        hint="What was asked for, and, if you share, exactly what you share.",
        missing="Enter what information it is",
        record_label="What information",
    ),
    Field(
        "purpose",
        "What is the purpose of sharing it?",
        TEXTAREA,
        REQUEST,
        max_length=LONG,
        missing="Enter the purpose of sharing it",
        record_label="Purpose",
    ),
    Field(
        "shared_with",
        "With whom?",
        TEXTAREA,
        SHARED,
        max_length=LONG,
        hint="Only if you decided to share. Their names, roles and organisations.",
        required=_IF_SHARED,
        missing="Enter whom you shared it with",
        record_label="With whom",
    ),
    Field(
        "shared_on",
        "When did you share it?",
        DATETIME,
        SHARED,
        required=_IF_SHARED,
        hint="Only if you decided to share. The date and time, for example 1/12/2026 14:30",
        missing="Enter the date and time you shared it",
        record_label="When shared",
    ),
    *ADVICE_FIELDS,
)


def consent_position(answers: Answers) -> str:
    """The consent position as a case note needs it: what each person said, why consent is
    not sought, and what answers a refusal or its absence (a lack of capacity with sharing
    in their best interests, the public interest, a legal requirement)."""
    people = c.statuses(answers)
    if not people:
        return ""
    said = "; ".join(
        f"{rules.PERSON_WORDS[person]} {rules.STATUS_WORDS[status]}"
        for person, status in people.items()
    )
    found = [said[0].upper() + said[1:]]
    if t.urgent(answers) and not c.everyone_consents(answers):
        urgent = f.FLOW.question("urgent").option(str(answers["urgent"])).label
        found.append(f"Shared without waiting for consent: {urgent.removeprefix('Yes: ')}")
    if "why_without_consent" in answers:
        why = f.FLOW.question("why_without_consent").option(str(answers["why_without_consent"]))
        found.append(f"Consent not sought: {why.label}")
    if c.lacks_capacity_in_best_interests(answers):
        found.append(
            "The Mental Capacity Act checklist found that a person lacks capacity for this "
            "decision and that sharing is in their best interests"
        )
        if c.attorney_not_known(answers):
            found.append(
                "You are not sure whether an attorney or a deputy has authority for this "
                "decision: if one has, they decide"
            )
    for part in (t.PUBLIC_INTEREST_REASON, t.PUBLIC_INTEREST_OVERRIDE):
        reached = t.part_outcome(answers, part)
        if reached is not None:
            heading = part.flow.nodes[reached].heading  # type: ignore[union-attr]
            found.append(f"The public interest test: {heading}")
    if t.required_by_law(answers):
        found.append("The law requires the information to be shared")
    return ". ".join(found) + "."


RELIED_ON = t.GATEWAYS.prefix + "gateways_relied_on"


def gateways_relied_on(answers: Answers) -> str:
    """The legal gateways relied on, by name, as the gateways' question names them."""
    if RELIED_ON not in answers:
        return ""
    question = f.FLOW.question(RELIED_ON)
    return "; ".join(question.option(v).label for v in answers[RELIED_ON])  # type: ignore[union-attr]


FACTS = (
    Fact("consent", "Consent", LAWFUL, consent_position),
    Fact("shared_how", "How it is shared", LAWFUL, rules.shared_how, when=_IF_SHARED),
    Fact("individual_told", "The individual", LAWFUL, rules.individual_told, when=_IF_SHARED),
    Fact(
        "lawful_basis",
        "Lawful basis under data protection law",
        LAWFUL,
        rules.lawful_basis,
        when=_IF_SHARED,
    ),
    Fact("gateways", "Legal gateway relied on", LAWFUL, gateways_relied_on, when=_IF_SHARED),
)
"""Worked out from the answers. All but the consent position print only for a decision to
share: a record of a decision not to share says nothing of how it was shared or who was
told."""

FIRST_PAGE = (
    "information",
    "shared_with",
    "shared_on",
    "shared_how",
    "consent",
    "lawful_basis",
    "gateways",
)

EMPTY_GROUPS = {
    SHARED: "Nothing: the decision was not to share.",
    LAWFUL: "Not asked: the path did not reach How? or the lawful basis.",
}


def defaults(answers: Answers) -> dict[str, str]:
    """Starting values taken from the answers: with whom, whom it is about, and why."""
    values: dict[str, str] = {}
    if "agencies" in answers:
        question = f.FLOW.question("agencies")
        names = [question.option(v).label for v in answers["agencies"] if v != "other"]
        if "other_agency" in answers:
            names.append(str(answers["other_agency"]))
        values["shared_with"] = "; ".join(names)
    if "whose_information" in answers:
        question = f.FLOW.question("whose_information")
        values["about"] = "; ".join(question.option(v).label for v in answers["whose_information"])
    purposes = f.GATEWAYS.prefix + "purposes"
    if purposes in answers:
        question = f.FLOW.question(purposes)
        values["purpose"] = "; ".join(question.option(v).label for v in answers[purposes])
    return values


REGISTER = Register(
    information="information",
    with_whom="shared_with",
    when="shared_on",
    how="shared_how",
    lawful_basis="lawful_basis",
)

PERSON_OBJECTS = t.GATEWAYS.prefix + "person_objects"
HOLDER_VIEWS = t.PUBLIC_INTEREST_REASON.prefix + "holder_views"
HOLDER_VIEWS_ON_OVERRIDE = t.PUBLIC_INTEREST_OVERRIDE.prefix + "holder_views"


def review_flags(record: Mapping) -> tuple[Flag, ...]:
    """What a reviewer looks for in a record of a decision to share, from its answers as
    recorded: a refusal of consent (or an objection) overridden, sharing without everyone's
    consent (consent.md: "Check you have consent from all people whose information is to be
    shared"), and a way of sharing other than Secure email or HertsFX (the guide, How?)."""
    if record["decision"]["choice"] != f.SHARE:
        return ()
    answers = recorded_answers(record)
    # Besides a refusal of consent: the person has objected (the legal gateways, section
    # 251B), or the organisation that holds the Duty of Confidence is against disclosure.
    objected = (
        answers.get(PERSON_OBJECTS) == OBJECTED
        or answers.get(HOLDER_VIEWS) == AGAINST
        or answers.get(HOLDER_VIEWS_ON_OVERRIDE) == AGAINST
    )
    found = {
        REFUSAL_OVERRIDDEN: c.anyone_refused(answers) or objected,
        WITHOUT_CONSENT: bool(c.statuses(answers)) and not c.everyone_consents(answers),
        OTHER_TRANSFER: answers.get("transfer_method") == "other",
    }
    return tuple(flag for flag, holds in found.items() if holds)
