"""The consent position, read from the share flow's answers: whose information is shared,
and what each of them said (consent.md: "Check you have consent from all people whose
information is to be shared").

These are the values and small functions the flow's routing (``flow.py``) and the rules
(``rules.py``) both read, so that where a path goes and why the tool says so cannot
disagree; the checklist run inside the flow is one of its parts (``terms.py``). A person
is covered by their own consent, or, where they lack capacity for this decision, by sharing
being in their best interests (Mental Capacity Act 2005 s4). A refusal, consent not sought,
consent that falls short, and a person the capacity checklist did not find covered all
count as consent missing: that person takes the rules for sharing without consent.
"""

from __future__ import annotations

from fss_logic.flow import YES, Answers
from fss_logic.flows.capacity.flow import NOT_SURE as CAPACITY_NOT_SURE
from fss_logic.flows.share import terms as t

PEOPLE = {
    "child": "consent_child",
    "parent": "consent_parent",
    "carer": "consent_carer",
    "others": "consent_others",
}
"""Each option of "Who do we need information about?" and the question asking for their
consent."""

GIVEN, PARTIAL, REFUSED, NOT_ASKED, CAPACITY = (
    "given",
    "partial",
    "refused",
    "not_asked",
    "capacity",
)
SEEK = "seek"  # "I will seek consent that covers this sharing"
NOT_TOLD_HARM, NOT_TOLD_CRIME = "no_risk_of_harm", "no_crime_exemption"
NOT_TOLD = (NOT_TOLD_HARM, NOT_TOLD_CRIME)

CONSENT_BASIS, VITAL_INTERESTS_BASIS = "consent", "vital_interests"
RECOGNISED_BASIS, LEGITIMATE_BASIS = "recognised_legitimate_interest", "legitimate_interests"
LAW_ENFORCEMENT_BASIS = "law_enforcement"
BEST_INTERESTS = "lacks_capacity_sharing_in_best_interests"


def statuses(answers: Answers) -> dict[str, str]:
    """What each person whose information is shared said, by person, as answered."""
    return {
        person: str(answers[question]) for person, question in PEOPLE.items() if question in answers
    }


def capacity_outcome(answers: Answers) -> str | None:
    """The outcome the Mental Capacity Act checklist reached, if the path went through it."""
    return t.part_outcome(answers, t.CAPACITY)


def covered(answers: Answers, person: str) -> bool:
    """The person's own consent, or sharing in their best interests where they lack capacity."""
    status = statuses(answers).get(person)
    if status == GIVEN:
        return True
    return status == CAPACITY and capacity_outcome(answers) == BEST_INTERESTS


def capacity_in_doubt(answers: Answers) -> bool:
    return CAPACITY in statuses(answers).values()


def anyone_refused(answers: Answers) -> bool:
    """Consent was sought and refused by someone whose information is to be shared."""
    return REFUSED in statuses(answers).values()


def anyone_gave_consent(answers: Answers) -> bool:
    return GIVEN in statuses(answers).values()


def consent_missing(answers: Answers) -> bool:
    """Someone whose information is to be shared is not covered."""
    return any(not covered(answers, person) for person in statuses(answers))


def lacks_capacity_in_best_interests(answers: Answers) -> bool:
    return capacity_outcome(answers) == BEST_INTERESTS


def attorney_not_known(answers: Answers) -> bool:
    """The checklist was told "I am not sure" whether an attorney or a deputy has authority
    for this decision: if one has, they decide (Mental Capacity Act 2005, section 6(6))."""
    return answers.get(t.CAPACITY.prefix + "attorney_or_deputy") == CAPACITY_NOT_SURE


def has_consent(answers: Answers) -> bool:
    """Consent that counts for this sharing, from everyone whose information it is: given
    for this purpose, with these agencies, and explicit where the information is sensitive
    (consent.md). Sharing in the best interests of someone who lacks capacity covers their
    information (``covered``), but it is not their consent: a person who cannot decide
    cannot consent (UK GDPR Article 4(11))."""
    people = statuses(answers)
    if not people or answers.get("confidential") != YES:
        return False
    if any(status != GIVEN for status in people.values()):
        return False
    if answers.get("sensitive") == YES:
        return answers.get("explicit_consent") in ("written", "verbal")
    return True


NOT_IN_BEST_INTERESTS = "lacks_capacity_sharing_not_in_best_interests"
LACKS_CAPACITY = (BEST_INTERESTS, NOT_IN_BEST_INTERESTS)


def cannot_consent_as_found(answers: Answers) -> bool:
    """Everyone not covered is the person the Mental Capacity Act checklist found lacks
    capacity to decide: why consent is missing is already answered (they cannot consent),
    so it is not asked again."""
    missing = [p for p, status in statuses(answers).items() if not covered(answers, p)]
    return (
        bool(missing)
        and all(statuses(answers)[p] == CAPACITY for p in missing)
        and list(statuses(answers).values()).count(CAPACITY) == 1
        and capacity_outcome(answers) == NOT_IN_BEST_INTERESTS
    )


def incapable_of_consenting(answers: Answers) -> bool:
    """The answers show someone is physically or legally incapable of giving consent (UK GDPR
    Article 9(2)(c)): the checklist found they lack capacity, or you said they cannot
    consent."""
    return (
        capacity_outcome(answers) in LACKS_CAPACITY
        or answers.get("why_without_consent") == "cannot_consent"
    )


def everyone_consents(answers: Answers) -> bool:
    """Everyone whose information is to be shared gave consent to this sharing."""
    people = statuses(answers)
    return bool(people) and all(status == GIVEN for status in people.values())
