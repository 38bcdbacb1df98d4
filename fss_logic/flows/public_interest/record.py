"""What the public interest test's record adds to the core: the request, what was disclosed,
to whom, when and how, and the advice sought (legal-framework.md, Duty of Confidence: "The
Partner may wish to seek specialist or legal advice ..." and disclosures "must be fully
documented")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from fss_logic.flags import (
    OTHER_TRANSFER,
    REFUSAL_OVERRIDDEN,
    WITHOUT_CONSENT,
    Flag,
    recorded_answers,
)
from fss_logic.flow import YES, Option
from fss_logic.flows.public_interest.flow import AGAINST
from fss_logic.flows.public_interest.rules import DISCLOSE, DO_NOT_DISCLOSE, NOT_YET
from fss_logic.kind import Register
from fss_logic.record_form import (
    ABOUT_YOU,
    ADVICE,
    ADVICE_FIELDS,
    DATETIME,
    DECISION,
    LONG,
    REQUEST,
    REQUEST_FIELDS,
    TEXT,
    TEXTAREA,
    Field,
    When,
)

DISCLOSED = "What was disclosed"
GROUPS = (ABOUT_YOU, REQUEST, DECISION, DISCLOSED, ADVICE)

CHOICES = (
    Option(DISCLOSE, "Disclose in the public interest"),
    Option(DO_NOT_DISCLOSE, "Do not disclose"),
    Option(
        NOT_YET,
        "Not yet: I will seek the views of the organisation that holds the Duty of "
        "Confidence first",
    ),
)

_IF_DISCLOSED = When("decision", (DISCLOSE,))

FIELDS = (
    *REQUEST_FIELDS,
    Field(
        "disclosed_what",
        "What did you disclose?",
        TEXTAREA,
        DISCLOSED,
        max_length=LONG,
        hint="Only if you decided to disclose.",
        required=_IF_DISCLOSED,
        missing="Enter what you disclosed",
        record_label="What was disclosed",
    ),
    Field(
        "disclosed_to",
        "To whom?",
        TEXTAREA,
        DISCLOSED,
        max_length=LONG,
        hint="Their name, role and organisation.",
        required=_IF_DISCLOSED,
        missing="Enter whom you disclosed it to",
        record_label="Disclosed to",
    ),
    Field(
        "disclosed_on",
        "When?",
        DATETIME,
        DISCLOSED,
        hint="The date and time, for example 1/12/2026 14:30",
        required=_IF_DISCLOSED,
        missing="Enter the date and time you disclosed it",
        record_label="When disclosed",
    ),
    Field(
        "disclosed_how",
        "How?",
        TEXT,
        DISCLOSED,
        hint="For example, secure email.",
        required=_IF_DISCLOSED,
        missing="Enter how you disclosed it",
        record_label="How disclosed",
    ),
    *ADVICE_FIELDS,
)

EMPTY_GROUPS = {DISCLOSED: "Nothing: the decision was not to disclose."}

REGISTER = Register(
    information="disclosed_what",
    with_whom="disclosed_to",
    when="disclosed_on",
    how="disclosed_how",
)

_AGREED_WAYS = re.compile(r"secure\s*e-?mail|herts\s*fx", re.IGNORECASE)
"""The agreement's ways of sharing, as someone may type them in "How?": "Personal Data will
only be transferred between agencies by Secure email or HertsFX" (the guide, How?)."""


def review_flags(record: Mapping) -> tuple[Flag, ...]:
    """What a reviewer looks for in a record of a disclosure in the public interest: it
    overrides a Duty of Confidence without consent, where the answers say so; the
    organisation that holds the duty was against it; and "How?" (typed, not chosen) names
    neither Secure email nor HertsFX."""
    if record["decision"]["choice"] != DISCLOSE:
        return ()
    answers = recorded_answers(record)
    how = record["sections"]["public_interest"]["disclosed_how"]
    found = {
        REFUSAL_OVERRIDDEN: answers.get("holder_views") == AGAINST,
        WITHOUT_CONSENT: answers.get("overrides_duty_of_confidence") == YES,
        OTHER_TRANSFER: not _AGREED_WAYS.search(how),
    }
    return tuple(flag for flag, holds in found.items() if holds)
