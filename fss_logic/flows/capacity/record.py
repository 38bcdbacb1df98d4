"""What the capacity checklist's record adds to the core: whom the assessment is about,
what sharing it is for, when it was made and who else took part, the best interests
decision where the person lacks capacity (Mental Capacity Act 2005, section 4), and the
advice sought."""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import YES, Answers, Finding, Option
from fss_logic.flows.capacity import flow as f
from fss_logic.record_form import (
    ABOUT_YOU,
    ADVICE,
    ADVICE_FIELDS,
    DATE,
    DECISION,
    LONG,
    RADIOS,
    TEXTAREA,
    Field,
    When,
)

ASSESSMENT, BEST_INTERESTS = "The assessment", "Best interests"
GROUPS = (ABOUT_YOU, ASSESSMENT, DECISION, BEST_INTERESTS, ADVICE)

CHOICES = (
    Option(f.HAS_CAPACITY, "The person has capacity to decide about consent to this sharing"),
    Option(f.LACKS_CAPACITY, "The person lacks capacity to decide about consent to this sharing"),
    Option(f.NOT_ASSESSED, "Capacity has not been assessed, for the reasons recorded"),
    Option(f.ACT_DOES_NOT_APPLY, "The Mental Capacity Act does not apply: the person is under 16"),
    Option(
        f.TAKE_STEPS_FIRST,
        "Not yet decided: all practicable steps to help the person decide will be taken first",
    ),
)

SHARE_IN_BEST_INTERESTS, DO_NOT_SHARE = "share", "do_not_share"

FIELDS = (
    Field(
        "assessment_about",
        "Whom is the assessment about?",
        TEXTAREA,
        ASSESSMENT,
        max_length=LONG,
        hint="Their name, and their role in the family, for example mother or grandfather.",
        missing="Enter whom the assessment is about",
        record_label="Whom the assessment is about",
    ),
    Field(
        "sharing_proposed",
        "What information is to be shared, and with whom?",
        TEXTAREA,
        ASSESSMENT,
        max_length=LONG,
        hint="Capacity is about this decision: be specific.",
        missing="Enter what information is to be shared, and with whom",
        record_label="The information to be shared, and with whom",
    ),
    Field(
        "assessed_on",
        "When was the assessment made?",
        DATE,
        ASSESSMENT,
        hint="If capacity was not assessed, the date of this decision. For example, 20/11/2026",
        missing="Enter the date of the assessment",
        record_label="When the assessment was made",
    ),
    Field(
        "others_involved",
        "Who else was involved or consulted?",
        TEXTAREA,
        ASSESSMENT,
        max_length=LONG,
        required=False,
        hint="Optional. For example an interpreter, an advocate, a carer or a nurse.",
        record_label="Others involved or consulted",
    ),
    Field(
        "best_interests_decision",
        "Is sharing this information in the person's best interests?",
        RADIOS,
        BEST_INTERESTS,
        options=(
            Option(SHARE_IN_BEST_INTERESTS, "Yes: sharing is in their best interests"),
            Option(DO_NOT_SHARE, "No: sharing is not in their best interests"),
        ),
        required=When("decision", (f.LACKS_CAPACITY,)),
        hint=(
            "Only if you decided the person lacks capacity (section 4). Where an attorney or "
            "deputy decides, their decision."
        ),
        missing="Select whether sharing is in the person's best interests",
        record_label="Sharing in their best interests",
    ),
    *ADVICE_FIELDS,
)

EMPTY_GROUPS = {
    BEST_INTERESTS: "Not applicable: the decision is not that the person lacks capacity."
}


def defaults(answers: Answers) -> dict[str, str]:
    """The best interests decision as the checklist's answer gave it."""
    if "sharing_in_best_interests" not in answers:
        return {}
    in_best_interests = answers["sharing_in_best_interests"] == YES
    return {
        "best_interests_decision": SHARE_IN_BEST_INTERESTS if in_best_interests else DO_NOT_SHARE
    }


def form_departures(answers: Answers, form: Mapping[str, str]) -> list[Finding]:
    """A best interests decision in the record that is not the checklist's answer to the
    same question: shown as a departure, and the reasons must say why (section 4)."""
    found = answers.get("sharing_in_best_interests")
    chosen = form.get("best_interests_decision", "")
    if form.get("decision") != f.LACKS_CAPACITY or found is None or not chosen:
        return []
    expected = SHARE_IN_BEST_INTERESTS if found == YES else DO_NOT_SHARE
    if chosen == expected:
        return []
    said = "is" if found == YES else "is not"
    recorded = "is" if chosen == SHARE_IN_BEST_INTERESTS else "is not"
    return [
        Finding(
            f"A departure from your answers: the checklist found sharing {said} in the "
            f"person's best interests, and this record says it {recorded}. Say why, "
            "considering all the relevant circumstances (section 4(2)).",
            f.BEST_INTERESTS_PAGE,
        )
    ]
