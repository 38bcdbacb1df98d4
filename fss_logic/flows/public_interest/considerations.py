"""The public interest test as plain functions of the answers: which of the guide's
considerations are met, and so which outcome the answers lead to.

The guide lists considerations, not a formula (public-interest.md, "When judging the
public interest, it is necessary to consider the following"). This site reads them as a
test, shown on the tool's page (docs/tools/public-interest.md#the-rule): disclosure is
justified only when a public interest criterion applies, the disclosure is proportionate
to the intended aim, there is no other equally effective means of achieving the same aim,
and it is necessary to prevent or detect crime or to protect others; and, where a Duty of
Confidence would be overridden without consent, only once the views of the person
representing the organisation that holds it have been sought and taken into account, and
they are not against disclosure: "The originating Partner will be the final arbiter as to
whether information is disclosed or not" (legal-framework.md, Duty of Confidence).

The routing (``flow.py``) and the reasons (``rules.py``) both use these functions, so the
outcome and the reasons given for it cannot disagree.
"""

from __future__ import annotations

from fss_logic.flow import YES, Answers

JUSTIFIED, NOT_JUSTIFIED, SEEK_VIEWS_FIRST = "justified", "not_justified", "seek_views_first"
HOLDER_AGAINST = "holder_against"
"""The outcomes: justified; not justified (by a consideration, or by the organisation that
holds the Duty of Confidence being against it); and not yet, until its views are sought."""
SEEK_VIEWS = "seek_views"
"""What ``seek_views_first`` indicates: a step to take, not a refusal."""


def criterion_applies(answers: Answers) -> bool:
    """One or more of the Public Interest Criteria, or another public interest, applies."""
    chosen = answers.get("which_criteria", ())
    return bool(chosen) and "none" not in chosen


def proportionate(answers: Answers) -> bool:
    """Yes to "Is the intended disclosure proportionate to the intended aim?"."""
    return answers.get("proportionate_to_aim") == YES


def another_equally_effective_means(answers: Answers) -> bool:
    """Yes to "Is there another equally effective means of achieving the same aim?"."""
    return answers.get("another_equally_effective_means") == YES


def necessary_to_prevent_or_detect_crime(answers: Answers) -> bool:
    return answers.get("necessary_to_prevent_or_detect_crime") == YES


def necessary_to_protect_others(answers: Answers) -> bool:
    return answers.get("necessary_to_protect_others") == YES


def necessary(answers: Answers) -> bool:
    """The disclosure is necessary to prevent or detect crime, or to protect others."""
    return necessary_to_prevent_or_detect_crime(answers) or necessary_to_protect_others(answers)


def considerations_met(answers: Answers) -> bool:
    """A criterion applies and the disclosure passes every consideration that can fail it."""
    return (
        criterion_applies(answers)
        and proportionate(answers)
        and not another_equally_effective_means(answers)
        and necessary(answers)
    )


def overrides_duty_of_confidence(answers: Answers) -> bool:
    """Disclosing would override a Duty of Confidence without consent."""
    return answers.get("overrides_duty_of_confidence") == YES


def represents_holder(answers: Answers) -> bool:
    """The person answering represents the organisation that holds the Duty of Confidence."""
    return overrides_duty_of_confidence(answers) and answers.get("represents_holder") == YES


def holder_views(answers: Answers) -> str | None:
    """What the organisation that holds the Duty of Confidence said (``in_favour``,
    ``against``, ``not_sought``), or None where its views were not needed."""
    if not overrides_duty_of_confidence(answers) or represents_holder(answers):
        return None
    value = answers.get("holder_views")
    return str(value) if value is not None else None


def holder_views_not_sought(answers: Answers) -> bool:
    """A Duty of Confidence would be overridden and its holder's views have not been sought.

    legal-framework.md, Duty of Confidence: "When overriding the Duty of Confidence in the
    absence of consent, Partners must seek the views of the person representing the
    organisation that holds the Duty of Confidence and take these into account in relation
    to breaching the confidence."
    """
    return holder_views(answers) == "not_sought"


def holder_against(answers: Answers) -> bool:
    """The organisation that holds the Duty of Confidence is against disclosure: "The
    originating Partner will be the final arbiter as to whether information is disclosed
    or not"."""
    return holder_views(answers) == "against"


def indicated(answers: Answers) -> str:
    """The outcome the considerations lead to. The holder's views come before them (the
    flow routes there first), so only the considerations decide here."""
    return JUSTIFIED if considerations_met(answers) else NOT_JUSTIFIED
