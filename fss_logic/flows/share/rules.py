"""The guide's consent and sharing rules, as small pure functions of the answers.

Each function reads the answers of the share flow (``flow.py`` beside this file) and
returns findings in the guide's words, with the paragraph they come from. Where another
tool ran inside this one (the Mental Capacity Act checklist, the public interest test,
the legal gateways), what it indicated is read through its own flow and named here.
"""

from __future__ import annotations

from fss_logic.flow import NO, YES, Answers, Finding, Part, Question, part_answers, replay
from fss_logic.flows.share import flow as f


def part_outcome(answers: Answers, part: Part) -> str | None:
    """The id of the outcome a part reached, or None if the path did not go through it."""
    own = part_answers(answers, part)
    if not own:
        return None
    reached = replay(part.flow, own).outcome
    return reached.id if reached else None


def has_consent(answers: Answers) -> bool:
    """Consent that counts for this sharing: for this purpose (the Privacy Notice), covering
    the agency (partial consent) and, for sensitive information, explicit (consent.md)."""
    return (
        answers.get("have_consent") == YES
        and answers.get("consent_for_purpose") == YES
        and answers.get("consent_covers_agency") == YES
        and (
            answers.get("consent_sensitive") == NO
            or answers.get("explicit_consent") in ("written", "verbal")
        )
    )


def lacks_capacity_in_best_interests(answers: Answers) -> bool:
    return part_outcome(answers, f.CAPACITY) == "lacks_capacity_sharing_in_best_interests"


def urgent_or_paramount(answers: Answers) -> bool:
    """consent.md#urgent-sharing: urgent, or safeguarding paramount: share now."""
    return answers.get("why_without_consent") in f.URGENT_OR_PARAMOUNT


def consent_refused(answers: Answers) -> bool:
    return answers.get("why_no_consent") == "refused"


def sharing_without_consent(answers: Answers) -> bool:
    """Personal, confidential information shared without consent that counts."""
    return answers.get("confidential") == YES and not has_consent(answers)


def is_sensitive(answers: Answers) -> bool | None:
    """Whether the information is sensitive personal information; None if not asked."""
    value = answers.get("consent_sensitive", answers.get("sensitive"))
    return None if value is None else value == YES


def indication_so_far(question: Question, answers: Answers) -> str | None:
    """Once Who? starts, the When? questions have decided that the information can be
    shared: the rest completes the record (the guide: "If the decision is taken to share,
    you should consider how best to effectively share the information"). The agencies asked
    with the consent questions come before that decision."""
    after_when = question.section in (f.WHO, f.HOW) and not question.id.startswith("consent_")
    return "share" if after_when or f.GATEWAYS.owns(question.id) else None


def outcome_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    """Why the path reached its outcome, in the guide's words."""
    if outcome_id == "do_not_share_information":
        return [
            Finding(
                "There is no clear and legitimate purpose for sharing information: do not share "
                "information.",
                f.Q_PURPOSE,
            )
        ]
    if outcome_id == "do_not_share_best_interests":
        return [
            Finding(
                "The Mental Capacity Act checklist found that the person lacks capacity to "
                "consent to this sharing, and that sharing is not in their best interests.",
                f.MCA,
            )
        ]
    if outcome_id == "do_not_share_refusal":
        return _refusal_reasons(answers)
    reasons: list[Finding] = []
    if answers.get("identifiable") == NO:
        reasons.append(
            Finding(
                "The information does not enable an individual to be identified: you can share "
                "but should consider how.",
                f.Q_IDENTIFIABLE,
            )
        )
    elif answers.get("confidential") == NO:
        reasons.append(
            Finding(
                "The information is not confidential: you can share but should consider how.",
                f.Q_CONFIDENTIAL,
            )
        )
    elif lacks_capacity_in_best_interests(answers):
        reasons.append(
            Finding(
                "The Mental Capacity Act checklist found that the person lacks capacity to "
                "consent to this sharing, and that sharing is in their best interests.",
                f.MCA,
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


def _consent_shortfall(answers: Answers) -> list[Finding]:
    """Why consent that was given does not count for this sharing."""
    found = []
    if answers.get("consent_for_purpose") == NO:
        found.append(
            Finding(
                "The consent is not for sharing this information for this purpose: otherwise "
                "consent should be obtained wherever possible before sharing information.",
                f.CONSIDER_CONSENT,
            )
        )
    if answers.get("consent_covers_agency") == NO:
        found.append(
            Finding(
                "The consent given does not include the agency you want to share with: if you "
                "do not have consent, then the paragraph below applies.",
                f.PARTIAL_CONSENT,
            )
        )
    if answers.get("explicit_consent") == NO:
        found.append(
            Finding(
                "The information is sensitive personal information and the consent is not "
                "explicit: explicit consent is expected.",
                f.EXPLICIT_CONSENT,
            )
        )
    return found


def _without_consent_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    reasons = _consent_shortfall(answers)
    if consent_refused(answers):
        return reasons + _refusal_reasons(answers)
    if urgent_or_paramount(answers):
        which = (
            "safeguarding is paramount"
            if answers.get("why_without_consent") == "paramount"
            else "the need to share is urgent, and seeking consent will lead to unjustified "
            "delay in making enquiries about allegations of significant harm to a child"
        )
        reasons.append(
            Finding(
                f"You said {which}: take immediate action and share the information without "
                "consent, but remember to record the reason for the decision.",
                f.URGENT,
            )
        )
        return reasons
    if answers.get("why_without_consent") == "prejudice":
        reasons.append(
            Finding(
                "Seeking consent would obstruct the work of the Family Safeguarding Service: "
                "the disclosing Partner must consider other lawful basis for processing the "
                "information.",
                f.OTHER_LAWFUL_BASIS,
            )
        )
    if answers.get("another_reason") == NO:
        reasons += [
            Finding(
                "There is no other reason to share information, such as to fulfil a public "
                "function or to protect the vital interests of the individual: do not share.",
                f.Q_ANOTHER_REASON,
            ),
            Finding(
                "Where possible, respect the wishes of those who do not consent to share "
                "confidential information.",
                f.RULE_4,
            ),
        ]
        return reasons
    public_interest = part_outcome(answers, f.PUBLIC_INTEREST_REASON)
    if public_interest is not None:
        reasons.append(
            Finding(
                "The public interest test indicates that disclosure is justified."
                if public_interest == "justified"
                else "The public interest test indicates that the public interest does not "
                "justify disclosure.",
                f.PUBLIC_INTEREST,
            )
        )
    if answers.get("public_interest_fell_short") == NO:
        reasons.append(
            Finding(
                "No other reason you chose justifies sharing without consent: do not share.",
                f.Q_ANOTHER_REASON,
            )
        )
        return reasons
    chosen = [
        v
        for v in answers.get("which_reason", ())
        if not (v == "public_interest" and public_interest != "justified")
    ]
    named = [f.FLOW.question("which_reason").option(v).label.lower() for v in chosen]
    if named:
        reasons.append(
            Finding(
                f"There is another reason to share information: {'; '.join(named)}.",
                f.Q_ANOTHER_REASON,
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


def _refusal_reasons(answers: Answers) -> list[Finding]:
    reasons = [
        Finding(
            "Consent was sought and refused. This does not mean that information cannot be shared.",
            f.CONSENT_REFUSED,
        )
    ]
    public_interest = part_outcome(answers, f.PUBLIC_INTEREST_OVERRIDE)
    if public_interest == "justified":
        reasons.append(
            Finding(
                "The public interest test indicates that disclosure is justified, so a Duty of "
                "Confidence can be overridden.",
                f.DUTY_OF_CONFIDENCE,
            )
        )
    elif public_interest is not None:
        reasons.append(
            Finding(
                "The public interest test does not show a strong enough public interest to "
                "override the Duty of Confidence without consent: where possible, respect the "
                "wishes of those who do not consent to share confidential information.",
                f.DUTY_OF_CONFIDENCE,
            )
        )
    if answers.get("override_justified") == NO:
        reasons.append(
            Finding(
                "Overriding the refusal is not considered justifiable: where possible, respect "
                "the wishes of those who do not consent to share confidential information.",
                f.RULE_4,
            )
        )
    elif answers.get("override_justified") == YES:
        reasons.append(
            Finding(
                "Overriding the refusal is considered justifiable in the interests of the "
                "welfare of the child: the information can and MUST be shared. This decision "
                "must be proportionate to the harm that may be caused by proceeding without "
                "consent.",
                f.CONSENT_REFUSED,
            )
        )
    return reasons


def cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What the answers say should be put right, or watched, before sharing (nothing, if
    not sharing)."""
    found: list[Finding] = []
    if f.FLOW.nodes[outcome_id].indication != f.SHARE:  # type: ignore[union-attr]
        return found
    if part_outcome(answers, f.GATEWAYS) == "no_gateway_identified":
        found.append(
            Finding(
                "No legal gateway was identified. Sharing needs a gateway, a lawful basis "
                "under data protection law and an answer to the duty of confidence: seek "
                "advice before you share.",
                f.LEGAL_FRAMEWORK,
            )
        )
    if answers.get("their_consent") == NO:
        if answers.get("their_consent_exception") == YES:
            found.append(
                Finding(
                    "You do not have the consent of everyone whose information is to be shared: "
                    "you said the safeguarding concerns justify going ahead. Record why.",
                    f.CONSENT_TO_SHARE,
                )
            )
        else:
            found.append(
                Finding(
                    "Check you have consent from all people whose information is to be shared "
                    "unless the safeguarding concerns put the child at likelihood of significant "
                    "harm or would prevent the child from being harmed: seek their consent, or "
                    "go back to the consent questions and record why you share without it.",
                    f.CONSENT_TO_SHARE,
                )
            )
    if answers.get("sensitive") == YES and answers.get("their_consent") == YES:
        found.append(
            Finding(
                "Where sensitive personal information is being shared explicit consent is "
                "expected: make sure the consent is written, or a clear record of verbal "
                "consent.",
                f.EXPLICIT_CONSENT,
            )
        )
    if answers.get("how_much") == "all":
        found.append(
            Finding(
                "It may not be necessary to give all agencies access to all the information you "
                "hold. Share the information which is necessary for your purpose.",
                f.WHAT_TO_SHARE,
            )
        )
    if answers.get("fact_and_opinion") == NO:
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
        instead = answers.get("other_method", "")
        found.append(
            Finding(
                "A departure from the agreement: Personal Data will only be transferred between "
                f"agencies by Secure email or HertsFX. What will be done instead: {instead}",
                f.SECURE_TRANSFER,
            )
        )
    if answers.get("privacy_notice") in (NO, "unsure"):
        found.append(
            Finding(
                "The Privacy Notice does not say the information would be shared: the "
                "obligation to inform individuals about sharing (known as fair processing) "
                "continues to apply.",
                f.FAIR_PROCESSING,
            )
        )
    if part_outcome(answers, f.PUBLIC_INTEREST_REASON) or part_outcome(
        answers, f.PUBLIC_INTEREST_OVERRIDE
    ):
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
    """What the practitioner's reasons must address, for the choice made."""
    required: list[Finding] = []
    if choice != f.SHARE:
        return required
    if sharing_without_consent(answers):
        required.append(
            Finding(
                "You are sharing without consent: the decision should always be recorded "
                "together with the rationale.",
                f.WITHOUT_CONSENT,
            )
        )
    if consent_refused(answers):
        required.append(
            Finding(
                "You are overriding a refusal of consent: record why it is justifiable and "
                "proportionate.",
                f.CONSENT_REFUSED,
            )
        )
    if answers.get("transfer_method") == "other":
        required.append(
            Finding(
                "You are transferring the information by a method other than Secure email or "
                "HertsFX: say why, and what will keep it secure.",
                f.SECURE_TRANSFER,
            )
        )
    if part_outcome(answers, f.GATEWAYS) == "no_gateway_identified":
        required.append(
            Finding(
                "No legal gateway was identified: say what power or duty allows you to share.",
                f.LEGAL_FRAMEWORK,
            )
        )
    return required
