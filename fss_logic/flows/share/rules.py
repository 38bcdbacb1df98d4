"""The guide's consent and sharing rules, as small pure functions of the answers.

Each function reads the answers of the share flow (``flow.py`` beside this file) and
returns findings in the guide's words, with the paragraph they come from.
"""

from __future__ import annotations

from fss_logic.flow import Answers, Finding
from fss_logic.flows.share import flow as f


def has_consent(answers: Answers) -> bool:
    """Consent that covers this agency and, for sensitive information, is explicit.

    consent.md: partial consent must include the agency; "Where sensitive personal
    information is being shared explicit consent is expected".
    """
    return (
        answers.get("have_consent") == f.YES
        and answers.get("consent_covers_agency") == f.YES
        and (
            answers.get("consent_sensitive") == f.NO
            or answers.get("explicit_consent") in ("written", "verbal")
        )
    )


def sharing_without_consent(answers: Answers) -> bool:
    """The When? path reached consent, and there is no consent that counts."""
    return "have_consent" in answers and not has_consent(answers)


def consent_refused(answers: Answers) -> bool:
    return answers.get("why_no_consent") == "refused"


def is_sensitive(answers: Answers) -> bool | None:
    """Whether the information is sensitive personal information; None if not asked."""
    value = answers.get("consent_sensitive", answers.get("sensitive"))
    return None if value is None else value == f.YES


def outcome_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    """Why the path reached its outcome, in the guide's words."""
    reasons: list[Finding] = []
    if outcome_id == "do_not_share_information":
        reasons.append(
            Finding(
                "There is no clear and legitimate purpose for sharing information: do not share "
                "information.",
                f.Q_PURPOSE,
            )
        )
        return reasons
    if answers.get("identifiable") == f.NO:
        reasons.append(
            Finding(
                "The information does not enable an individual to be identified: you can share "
                "but should consider how.",
                f.Q_IDENTIFIABLE,
            )
        )
    elif answers.get("confidential") == f.NO:
        reasons.append(
            Finding(
                "The information is not confidential: you can share but should consider how.",
                f.Q_CONFIDENTIAL,
            )
        )
    elif has_consent(answers):
        reasons.append(
            Finding("You have consent: you can share but should consider how.", f.Q_CONSENT)
        )
        if answers.get("explicit_consent") in ("written", "verbal"):
            reasons.append(
                Finding(
                    "Where sensitive personal information is being shared explicit consent is "
                    "expected: it has been given.",
                    f.EXPLICIT_CONSENT,
                )
            )
    else:
        reasons += _without_consent_reasons(outcome_id, answers)
    return reasons


def _without_consent_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    reasons: list[Finding] = []
    if answers.get("consent_covers_agency") == f.NO:
        reasons.append(
            Finding(
                "The consent given does not include the agency you want to share with: if you "
                "do not have consent, then the paragraph below applies.",
                f.PARTIAL_CONSENT,
            )
        )
    if answers.get("explicit_consent") == f.NO:
        reasons.append(
            Finding(
                "The information is sensitive personal information and the consent is not "
                "explicit: explicit consent is expected.",
                f.EXPLICIT_CONSENT,
            )
        )
    if consent_refused(answers):
        reasons.append(
            Finding(
                "Consent was sought and refused. This does not mean that information cannot be "
                "shared.",
                f.CONSENT_REFUSED,
            )
        )
    if answers.get("why_not_obtained") == "urgent":
        reasons.append(
            Finding(
                "If the need to share is urgent, take immediate action and share the information "
                "without consent, but remember to record the reason for the decision.",
                f.URGENT,
            )
        )
    if answers.get("another_reason") == f.NO:
        reasons.append(
            Finding(
                "There is no other reason to share information, such as to fulfil a public "
                "function or to protect the vital interests of the individual: do not share.",
                f.Q_ANOTHER_REASON,
            )
        )
        reasons.append(
            Finding(
                "Where possible, respect the wishes of those who do not consent to share "
                "confidential information.",
                f.RULE_4,
            )
        )
        return reasons
    chosen = answers.get("which_reason", ())
    named = [f.FLOW.question("which_reason").option(v).label.lower() for v in chosen]
    if named:
        reasons.append(
            Finding(
                f"There is another reason to share information: {'; '.join(named)}.",
                f.Q_ANOTHER_REASON,
            )
        )
    if answers.get("override_justified") == f.NO:
        reasons.append(
            Finding(
                "Overriding the refusal is not considered justifiable: where possible, respect "
                "the wishes of those who do not consent to share confidential information.",
                f.RULE_4,
            )
        )
    elif answers.get("override_justified") == f.YES:
        reasons.append(
            Finding(
                "Overriding the refusal is considered justifiable in the interests of the "
                "welfare of the child. This decision must be proportionate to the harm that may "
                "be caused by proceeding without consent.",
                f.CONSENT_REFUSED,
            )
        )
    if outcome_id == "share":
        reasons.append(
            Finding(
                "If consent is not obtained, the decision should always be reasonable, necessary "
                "and proportionate, and should always be recorded together with the rationale.",
                f.WITHOUT_CONSENT,
            )
        )
    return reasons


def cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What the answers say should be put right before sharing (nothing, if not sharing)."""
    found: list[Finding] = []
    if f.FLOW.nodes[outcome_id].indication != f.SHARE:  # type: ignore[union-attr]
        return found
    if answers.get("how_much") == "all":
        found.append(
            Finding(
                "It may not be necessary to give all agencies access to all the information you "
                "hold. Share the information which is necessary for your purpose.",
                f.WHAT_TO_SHARE,
            )
        )
    if answers.get("fact_and_opinion") == f.NO:
        found.append(
            Finding(
                "Information should be accurate and up to date and should clearly distinguish "
                "between fact and opinion.",
                f.ACCURATE,
            )
        )
    if answers.get("right_person") == "unsure":
        found.append(
            Finding(
                "Seek advice from other practitioners, managers or your own legal teams if you "
                "are in any doubt.",
                f.RULE_3,
            )
        )
    if answers.get("transfer_method") == "other":
        found.append(
            Finding(
                "Personal Data will only be transferred between agencies by Secure email or "
                "HertsFX: the method chosen is not one of these.",
                f.SECURE_TRANSFER,
            )
        )
    if answers.get("which_reason") and "public_interest" in answers["which_reason"]:
        found.append(
            Finding(
                "The rule of proportionality should be applied to ensure that a fair balance is "
                "achieved between the public interest and the rights of the individual's "
                "information.",
                f.PUBLIC_INTEREST,
            )
        )
    return found


def reasons_required(answers: Answers, indication: str, choice: str) -> list[Finding]:
    """Why the practitioner's reasons must say more than usual, for the choice made."""
    required: list[Finding] = []
    if choice == f.SHARE and sharing_without_consent(answers):
        required.append(
            Finding(
                "You are sharing without consent: the decision should always be recorded "
                "together with the rationale.",
                f.WITHOUT_CONSENT,
            )
        )
    if choice == f.SHARE and consent_refused(answers):
        required.append(
            Finding(
                "You are overriding a refusal of consent: record why it is justifiable and "
                "proportionate.",
                f.CONSENT_REFUSED,
            )
        )
    return required
