"""What the share tool's record adds to the core: the request, what was shared, with whom,
when and how, the advice sought, and whether the individual was told (golden rule 7 and
the ICO data sharing code's record of a decision)."""

from __future__ import annotations

from fss_logic.flow import Answers, Option
from fss_logic.flows.share import flow as f
from fss_logic.record_form import (
    ABOUT_YOU,
    ADVICE,
    ADVICE_FIELDS,
    DATETIME,
    DECISION,
    LONG,
    RADIOS,
    REQUEST,
    REQUEST_FIELDS,
    TEXT,
    TEXTAREA,
    Field,
    When,
)

SHARED, TOLD = "What was shared", "The individual"
GROUPS = (ABOUT_YOU, REQUEST, DECISION, SHARED, ADVICE, TOLD)

CHOICES = (
    Option(f.SHARE, "Share the information"),
    Option(f.DO_NOT_SHARE, "Do not share the information"),
)

_IF_SHARED = When("decision", (f.SHARE,))

FIELDS = (
    *REQUEST_FIELDS,
    Field(
        "shared_what",
        "What did you share?",
        TEXTAREA,
        SHARED,
        max_length=LONG,
        hint="Only if you decided to share.",
        required=_IF_SHARED,
        missing="Enter what you shared",
        record_label="What",
    ),
    Field(
        "shared_with",
        "With whom?",
        TEXTAREA,
        SHARED,
        max_length=LONG,
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
        hint="The date and time, for example 20/11/2026 14:30",
        missing="Enter the date and time you shared it",
        record_label="When",
    ),
    Field(
        "shared_how",
        "How?",
        TEXT,
        SHARED,
        required=_IF_SHARED,
        missing="Enter how you shared it",
        record_label="How",
    ),
    *ADVICE_FIELDS,
    Field(
        "individual_told",
        "Has the individual been told that the information has been shared?",
        RADIOS,
        TOLD,
        options=(
            Option("yes", "Yes"),
            Option("not_yet", "Not yet: they will be told"),
            Option("no", "No: telling them would create or increase risk of harm"),
            Option(
                "prejudice",
                "No: telling them would prejudice the prevention or detection of crime, or the "
                "purpose of sharing",
            ),
            Option("not_applicable", "Not applicable: nothing has been shared"),
        ),
        missing="Select whether the individual has been told",
        record_label="Told that the information has been shared",
    ),
    Field(
        "individual_not_told_reason",
        "Why have they not been told?",
        TEXTAREA,
        TOLD,
        max_length=LONG,
        required=When("individual_told", ("no", "prejudice")),
        hint="Only if they have not been told because of the risk of harm, or because it "
        "would prejudice the prevention or detection of crime or the purpose of sharing.",
        missing="Enter why they have not been told",
        record_label="Why not",
    ),
)

EMPTY_GROUPS = {SHARED: "Nothing: the decision was not to share."}


def defaults(answers: Answers) -> dict[str, str]:
    """Starting values taken from the answers: with whom, how, and whether told."""
    values: dict[str, str] = {}
    for agencies, other in (
        ("agencies", "other_agency"),
        ("consent_agencies", "consent_other_agency"),
    ):
        if agencies in answers:
            question = f.FLOW.question(agencies)
            names = [question.option(v).label for v in answers[agencies] if v != "other"]
            if other in answers:
                names.append(str(answers[other]))
            values["shared_with"] = "; ".join(names)
    if "transfer_method" in answers:
        values["shared_how"] = (
            str(answers["other_method"])
            if answers["transfer_method"] == "other"
            else f.FLOW.question("transfer_method").option(str(answers["transfer_method"])).label
        )
    told = {"aware": "yes", "yes": "not_yet", "no": "no", "prejudice": "prejudice"}.get(
        str(answers.get("tell_individual"))
    )
    if told:
        values["individual_told"] = told
    if "not_told_reason" in answers:
        values["individual_not_told_reason"] = str(answers["not_told_reason"])
    return values
