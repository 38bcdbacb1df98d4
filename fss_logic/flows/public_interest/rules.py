"""Why the public interest test reached its outcome, what to watch out for, and what the
practitioner's reasons must cover, as small pure functions of the answers.

Each finding is in the guide's words where the guide has them, and cites the paragraph
it comes from (``cites.py``). Which considerations are met is worked out once, in
``considerations.py``, so the reasons always name the answer that decided the outcome.
"""

from __future__ import annotations

from fss_logic.flow import Answers, Finding
from fss_logic.flows.public_interest import considerations as c
from fss_logic.flows.public_interest import flow as f
from fss_logic.flows.public_interest.cites import (
    CRITERIA,
    DUTY_OF_CONFIDENCE,
    JUDGING,
    LAWFUL_BASIS,
    PROPORTIONALITY,
    RECORD_AT_THE_TIME,
    THE_RULE,
)

DISCLOSE, DO_NOT_DISCLOSE, NOT_YET = "disclose", "do_not_disclose", "not_yet"
"""What the practitioner may decide (``record.py`` labels them)."""

_NOT_JUSTIFIED = "the public interest does not justify disclosure."


def _criteria_named(answers: Answers) -> str:
    """The criteria chosen, as the guide names them; another public interest as described."""
    question = f.FLOW.question("which_criteria")
    named = [
        question.option(value).label
        for value in answers.get("which_criteria", ())
        if value != f.ANOTHER_PUBLIC_INTEREST
    ]
    if "other_public_interest" in answers:
        named.append(f"another public interest ({answers['other_public_interest']})")
    return "; ".join(named)


def _criteria_reasons(answers: Answers) -> list[Finding]:
    if not c.criterion_applies(answers):
        return [
            Finding(f"None of the public interest criteria applies: {_NOT_JUSTIFIED}", CRITERIA)
        ]
    return [
        Finding(f"The public interest criteria that apply: {_criteria_named(answers)}.", CRITERIA)
    ]


def _failed_considerations(answers: Answers) -> list[Finding]:
    """Each consideration the answers fail, named."""
    failed: list[Finding] = []
    if not c.proportionate(answers):
        failed.append(
            Finding(
                "The intended disclosure is not proportionate to the intended aim: "
                + _NOT_JUSTIFIED,
                JUDGING,
            )
        )
    if c.another_equally_effective_means(answers):
        failed.append(
            Finding(
                "There is another equally effective means of achieving the same aim: "
                + _NOT_JUSTIFIED,
                JUDGING,
            )
        )
    if not c.necessary(answers):
        failed.append(
            Finding(
                "The disclosure is not necessary to prevent or detect crime and uphold the "
                "rights and freedoms of the public, and it is not necessary to disclose the "
                "information to protect others: " + _NOT_JUSTIFIED,
                JUDGING,
            )
        )
    return failed


def _met_considerations(answers: Answers) -> list[Finding]:
    """Each consideration the answers meet, for an outcome that depends on all of them."""
    met = [
        Finding("The intended disclosure is proportionate to the intended aim.", JUDGING),
        Finding("There is no other equally effective means of achieving the same aim.", JUDGING),
    ]
    if c.necessary_to_prevent_or_detect_crime(answers):
        met.append(
            Finding(
                "The disclosure is necessary to prevent or detect crime and uphold the rights "
                "and freedoms of the public.",
                JUDGING,
            )
        )
    if c.necessary_to_protect_others(answers):
        met.append(
            Finding("It is necessary to disclose the information, to protect others.", JUDGING)
        )
    return met


def _views_not_sought() -> Finding:
    return Finding(
        "You have not yet sought the views of the person representing the organisation that "
        "holds the Duty of Confidence. When overriding the Duty of Confidence in the absence of "
        "consent, Partners must seek their views and take these into account in relation to "
        "breaching the confidence: seek them, then decide.",
        DUTY_OF_CONFIDENCE,
    )


def _holder_against() -> Finding:
    return Finding(
        "The organisation that holds the Duty of Confidence is against the disclosure. The "
        "originating Partner will be the final arbiter as to whether information is disclosed "
        "or not: the public interest test cannot find disclosure justified against its view.",
        DUTY_OF_CONFIDENCE,
    )


def _duty_of_confidence_reasons(answers: Answers) -> list[Finding]:
    """Where the Duty of Confidence stands, for an outcome where the considerations count."""
    if not c.overrides_duty_of_confidence(answers):
        return [
            Finding(
                "No Duty of Confidence would be overridden without consent.", DUTY_OF_CONFIDENCE
            )
        ]
    if c.represents_holder(answers):
        return [
            Finding(
                "You represent the organisation that holds the Duty of Confidence.",
                DUTY_OF_CONFIDENCE,
            )
        ]
    return [
        Finding(
            "The views of the person representing the organisation that holds the Duty of "
            "Confidence were sought: they agree to the disclosure. Take them into account.",
            DUTY_OF_CONFIDENCE,
        )
    ]


def outcome_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    """Why the path reached its outcome, naming the answers that decided it."""
    reasons = _criteria_reasons(answers)
    if not c.criterion_applies(answers):
        return reasons
    if outcome_id == c.SEEK_VIEWS_FIRST:
        return [*reasons, _views_not_sought()]
    if outcome_id == c.HOLDER_AGAINST:
        return [*reasons, _holder_against()]
    reasons += _duty_of_confidence_reasons(answers)
    if outcome_id == c.NOT_JUSTIFIED:
        return reasons + _failed_considerations(answers)
    reasons += _met_considerations(answers)
    reasons.append(
        Finding(
            "On this site's reading of the guide, every consideration that can fail is met: "
            "the public interest justifies disclosure.",
            THE_RULE,
        )
    )
    return reasons


ADVICE = Finding(
    "The Partner may wish to seek specialist or legal advice if there is lack of clarity "
    "around justifiable disclosure of information. If you seek advice, record it in the "
    "Advice part of the decision record.",
    DUTY_OF_CONFIDENCE,
)
FINAL_ARBITER = Finding(
    "The originating Partner will be the final arbiter as to whether information is disclosed "
    "or not.",
    DUTY_OF_CONFIDENCE,
)
RECORD_NOW = Finding(
    "All information sharing decisions and the reason for that decision must be recorded at "
    "the time of the decision.",
    RECORD_AT_THE_TIME,
)


def cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What to keep in mind before deciding, whatever the outcome."""
    found: list[Finding] = []
    if outcome_id == c.JUSTIFIED:
        found += [
            Finding(f.RULE_OF_PROPORTIONALITY, PROPORTIONALITY),
            Finding(
                "All disclosures must be relevant and proportionate to the intended aim of the "
                "disclosure: disclose only the information needed for that aim.",
                DUTY_OF_CONFIDENCE,
            ),
            Finding(
                "This test is about the Duty of Confidence and proportionality. Disclosing "
                "personal information also needs a lawful basis under data protection law.",
                LAWFUL_BASIS,
            ),
        ]
    if c.overrides_duty_of_confidence(answers) and outcome_id != c.HOLDER_AGAINST:
        found.append(FINAL_ARBITER)
    found += [ADVICE, RECORD_NOW]
    return found


def reasons_required(answers: Answers, indication: str, choice: str) -> list[Finding]:
    """Why the practitioner's reasons must say more than usual, for the choice made."""
    required: list[Finding] = []
    if choice != DISCLOSE:
        return required
    if c.holder_against(answers):
        required.append(
            Finding(
                "The organisation that holds the Duty of Confidence is against the disclosure, "
                "and the originating Partner will be the final arbiter: say on what authority "
                "you disclose, and what specialist or legal advice you sought.",
                DUTY_OF_CONFIDENCE,
            )
        )
    if c.overrides_duty_of_confidence(answers):
        required.append(
            Finding(
                "You are overriding a Duty of Confidence without consent: the disclosure must be "
                "fully documented as an unjustified disclosure could lead to a claim for damages "
                "against the disclosing party.",
                DUTY_OF_CONFIDENCE,
            )
        )
    if c.holder_views_not_sought(answers):
        required.append(
            Finding(
                "You have not sought the views of the person representing the organisation that "
                "holds the Duty of Confidence: say why, as Partners must seek their views and "
                "take these into account.",
                DUTY_OF_CONFIDENCE,
            )
        )
    return required
