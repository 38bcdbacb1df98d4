"""What the share tool's record adds to the core: the request, what was shared, with whom
and when, the lawful basis, and the advice sought (golden rule 7 and the ICO data sharing
code's record of a decision).

The form asks only what the answers do not already say: how it was shared, whether the
individual is told and why not, and the consent position are answers, printed with the
rest; with whom starts from the agencies chosen, and whom it is about from whose
information it is. Twelve fields at most for a decision to share (issue 18).
"""

from __future__ import annotations

from fss_logic.flow import Answers, Option
from fss_logic.flows.share import flow as f
from fss_logic.flows.share import rules
from fss_logic.kind import Fact
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
        "When?",
        DATETIME,
        SHARED,
        required=_IF_SHARED,
        hint="Only if you decided to share. The date and time, for example 20/11/2026 14:30",
        missing="Enter the date and time you shared it",
        record_label="When",
    ),
    *ADVICE_FIELDS,
)

FACTS = (
    Fact("shared_how", "How", LAWFUL, rules.shared_how),
    Fact("individual_told", "The individual", LAWFUL, rules.individual_told),
    Fact("lawful_basis", "Lawful basis under data protection law", LAWFUL, rules.lawful_basis),
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
