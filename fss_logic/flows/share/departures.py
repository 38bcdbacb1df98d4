"""Departures: answers that change the share tool's headline to "Put this right before you
share" (issue 18, rules 12 and 14).

A How? answer that departs from the agreement (the method, the right person, how much), a
recipient the legal gateways were checked for that none of the agencies chosen is, an
answer that the Mental Capacity Act checklist contradicts, and a lawful basis the answers
rule out: each is something to put right before sharing. The routing (``flow.py``) asks
``put_right`` which outcome comes next; the rules (``rules.py``) give the findings as the
reasons. Words are the guide's and the statutes', with the paragraph they come from.
"""

from __future__ import annotations

from fss_logic.agreement import OTHER_ORGANISATION, signatory_options
from fss_logic.flow import YES, Answers, Finding
from fss_logic.flows.gateways import terms as g
from fss_logic.flows.share import consent as c
from fss_logic.flows.share import terms as t


def basis(answers: Answers) -> str:
    """The lawful basis chosen, by its value; "" where none was asked."""
    return str(answers.get("lawful_basis", answers.get("lawful_basis_sensitive", "")))


def sharer(answers: Answers) -> str:
    """The kind of organisation sharing, as the legal gateways were answered."""
    return str(answers.get(t.GATEWAYS.prefix + "sharing_organisation", ""))


NOT_COMPETENT_AUTHORITIES = (g.CHARITY, g.PRIVATE)
"""Kinds of organisation that are not competent authorities for Part 3 of the Data
Protection Act 2018 (section 30: those in Schedule 7, and others only to the extent that
they have statutory functions for law enforcement purposes)."""

PUBLIC_AUTHORITIES = (
    g.LA_CHILDREN,
    g.LA_ADULTS,
    g.POLICE,
    g.PROBATION,
    g.NHS_TRUST,
    g.ICB,
    g.GP,
    g.SCHOOL,
)
"""Kinds of organisation that are public authorities for data protection law (Data
Protection Act 2018, section 7): a GP practice providing NHS services and a school are
among them."""


# What kind of organisation each signatory is, in the legal gateways' words: the agencies
# chosen in When? and the recipient the gateways were checked for must agree.
# tests/unit/test_share_flow.py fails on a signatory of agreement.json missing here.
SIGNATORY_KINDS = {
    "Hertfordshire County Council": (
        g.LA_CHILDREN,
        g.LA_ADULTS,
        g.CHANNEL_PANEL,
    ),
    "Hertfordshire Constabulary": (g.POLICE,),
    "Bedfordshire Northamptonshire Cambridgeshire & Hertfordshire Community": (
        g.PROBATION,
        g.PRIVATE,
    ),
    "National Probation Service": (g.PROBATION,),
    "CGL": (g.CHARITY,),
    "East of England Probation Service": (g.PROBATION,),
    "East and North Hertfordshire NHS Trust": (g.NHS_TRUST,),
    "Hertfordshire Community NHS Trust": (g.NHS_TRUST,),
    "Hertfordshire Partnership University NHS Foundation Trust": (g.NHS_TRUST,),
    "Princess Alexandra Hospital NHS Trust": (g.NHS_TRUST,),
    "West Hertfordshire Hospitals NHS Trust": (g.NHS_TRUST,),
}


AGENCY_NAMES = {option.value: option.label for option in signatory_options()}
"""The agencies the practitioner may choose, by value: the agreement's signatories."""


def _recipient_disagrees(answers: Answers) -> Finding | None:
    """The agencies chosen are all signatories, and the recipient the legal gateways were
    checked for is of a kind none of them is: what the gateways found is not about this
    sharing."""
    receiving = answers.get(t.GATEWAYS.prefix + "receiving_organisation")
    chosen = answers.get("agencies") or []
    if receiving is None or not chosen or OTHER_ORGANISATION in chosen:
        return None
    names = AGENCY_NAMES
    kinds = [SIGNATORY_KINDS.get(names.get(str(a), "")) for a in chosen]
    if any(k is None for k in kinds) or any(receiving in k for k in kinds if k):
        return None
    label = t.GATEWAYS.flow.question("receiving_organisation").option(str(receiving)).label
    return Finding(
        f"You chose to share with {'; '.join(names[str(a)] for a in chosen)}, but the legal "
        f"gateways were checked for another kind of recipient ({label}): change the answer "
        "that is wrong, so that what the gateways found is about this sharing.",
        t.LEGAL_FRAMEWORK,
    )


TRANSFER_DEPARTURE = "transfer"


def departures(answers: Answers) -> list[Finding]:
    """How? answers that depart from the agreement, and a lawful basis the answers rule out
    (issue 18, rule 14): each one to put right before sharing."""
    found: list[Finding] = []
    if answers.get("transfer_method") == "other":
        instead = answers.get("other_method", "")
        found.append(
            Finding(
                "A departure from the agreement: Personal Data will only be transferred between "
                "agencies by Secure email or HertsFX."
                + (f" What you said will be done instead: {instead}" if instead else ""),
                t.SECURE_TRANSFER,
            )
        )
    if answers.get("right_person") == t.UNSURE:
        found.append(
            Finding(
                "Ensure that you are giving the right information to the right person: you are "
                "not sure that you are. Check, or seek advice from other practitioners, managers "
                "or your own legal teams.",
                t.RULE_3,
            )
        )
    if answers.get("how_much") == "all":
        found.append(
            Finding(
                "Share the information which is necessary for your purpose. It may not be "
                "necessary to give all agencies access to all the information you hold: you "
                "said you would share all of it.",
                t.WHAT_TO_SHARE,
            )
        )
    disagrees = _recipient_disagrees(answers)
    if disagrees is not None:
        found.append(disagrees)
    if answers.get("why_without_consent") == "cannot_consent" and (
        c.capacity_outcome(answers) == "has_capacity"
    ):
        found.append(
            Finding(
                "You said they cannot consent, but the Mental Capacity Act checklist found that "
                "the person has capacity to decide: change the answer that is wrong (why you "
                "are not seeking their consent, or the checklist).",
                t.MCA,
            )
        )
    found += lawful_basis_departures(answers)
    return found


def lawful_basis_departures(answers: Answers) -> list[Finding]:
    """A lawful basis the answers rule out (issue 18, rule 12)."""
    chosen, kind = basis(answers), sharer(answers)
    found: list[Finding] = []
    if chosen == c.CONSENT_BASIS and not c.has_consent(answers):
        if c.lacks_capacity_in_best_interests(answers):
            words = (
                "You chose consent as your lawful basis, but a person who lacks capacity to "
                "decide cannot give consent: sharing in their best interests is not their "
                "consent. Choose the basis you do rely on (for a public authority, usually "
                "public task)."
            )
        elif c.everyone_consents(answers) and answers.get("sensitive") == YES:
            words = (
                "You chose consent as your lawful basis for sensitive personal information, "
                "but the consent is not explicit (UK GDPR Article 9(2)(a)): choose the basis "
                "you do rely on."
            )
        else:
            words = (
                "You chose consent as your lawful basis, but you do not have consent that "
                "covers this sharing from everyone whose information it is: choose the basis "
                "you do rely on."
            )
        found.append(Finding(words, t.LAWFUL_BASIS_PAGE))
    if chosen in (c.RECOGNISED_BASIS, c.LEGITIMATE_BASIS) and kind in PUBLIC_AUTHORITIES:
        found.append(
            Finding(
                "Points (ea) and (f) of UK GDPR Article 6(1) do not apply to processing carried "
                "out by public authorities in the performance of their tasks: your organisation "
                "is a public authority, so choose the basis you do rely on (for sharing in the "
                "course of its tasks, usually Article 6(1)(e), public task).",
                t.LAWFUL_BASIS_PAGE,
            )
        )
    if chosen == c.LAW_ENFORCEMENT_BASIS and kind in NOT_COMPETENT_AUTHORITIES:
        found.append(
            Finding(
                "Part 3 of the Data Protection Act 2018 applies only to competent authorities "
                "(section 30 and Schedule 7, such as the police) processing for law enforcement "
                "purposes: your organisation is not one, so choose the basis you do rely on.",
                t.LAWFUL_BASIS_PAGE,
            )
        )
    if (
        chosen == c.VITAL_INTERESTS_BASIS
        and answers.get("sensitive") == YES
        and not c.incapable_of_consenting(answers)
    ):
        found.append(
            Finding(
                "UK GDPR Article 9(2)(c) allows vital interests for sensitive personal "
                "information only where the person is physically or legally incapable of "
                "giving consent, and your answers do not say that anyone is: choose the basis "
                "you do rely on, or change the answer that says why consent is missing.",
                t.LAWFUL_BASIS_PAGE,
            )
        )
    return found


def put_right(answers: Answers) -> bool:
    """Something to put right before sharing: the headline "Put this right before you share"."""
    return bool(departures(answers))
