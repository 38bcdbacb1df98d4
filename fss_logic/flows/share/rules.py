"""The guide's consent and sharing rules, as small pure functions of the answers.

Each function reads the answers of the share flow (``flow.py`` beside this file) and
returns findings in the guide's words (or the statute's), with the paragraph they come
from. Where another tool ran inside this one (the Mental Capacity Act checklist, the public
interest test, the legal gateways), what it indicated is read through its own flow and
named here. The consent position is read by ``consent.py``, and what to put right before
sharing by ``departures.py``, which the routing reads too; the paragraphs cited and the
parts are in ``terms.py``.
"""

from __future__ import annotations

from fss_logic.flow import NO, YES, Answers, Finding, Question, part_answers
from fss_logic.flows.capacity import rules as capacity
from fss_logic.flows.gateways import terms as gateways
from fss_logic.flows.gateways.rules import gateways_that_may_apply
from fss_logic.flows.share import consent as c
from fss_logic.flows.share import departures as d
from fss_logic.flows.share import flow as f
from fss_logic.flows.share import terms as t
from fss_logic.flows.share.departures import departures, put_right
from fss_logic.flows.share.terms import no_gateway_for_a_public_body, part_outcome


has_consent = c.has_consent
lacks_capacity_in_best_interests = c.lacks_capacity_in_best_interests
urgent_or_paramount = t.urgent


def consent_refused(answers: Answers) -> bool:
    return c.anyone_refused(answers)


def sharing_without_consent(answers: Answers) -> bool:
    """Personal, confidential information shared without consent that counts."""
    return answers.get("confidential") == YES and not has_consent(answers)


def is_sensitive(answers: Answers) -> bool | None:
    """Whether the information is sensitive personal information; None if not asked."""
    value = answers.get("sensitive")
    return None if value is None else value == YES


def lawful_basis(answers: Answers) -> str:
    """The lawful basis chosen, as its option names it; "" where none was asked."""
    for question_id in ("lawful_basis", "lawful_basis_sensitive"):
        if question_id in answers:
            return f.FLOW.question(question_id).option(str(answers[question_id])).label
    return ""


def shared_how(answers: Answers) -> str:
    """How the information is shared, as the record says it: the method chosen, or what
    will be done instead."""
    method = answers.get("transfer_method")
    if method is None:
        return ""
    if method == "other":
        return f"Another method: {answers.get('other_method', '')}".rstrip(": ")
    return f.FLOW.question("transfer_method").option(str(method)).label


TOLD = {
    "aware": "They are already aware",
    YES: "They will be told that the information has been shared",
    c.NOT_TOLD_HARM: "They will not be told: telling them would create or increase risk of harm",
    c.NOT_TOLD_CRIME: (
        "They will not be told: telling them would be likely to prejudice the prevention or "
        "detection of crime (Data Protection Act 2018, Schedule 2, Part 1, paragraph 2)"
    ),
}


def individual_told(answers: Answers) -> str:
    """Whether the individual is told that the information has been shared, and why not."""
    told = answers.get("tell_individual")
    if told is None:
        return ""
    reason = answers.get("not_told_reason")
    return TOLD[str(told)] + (f". Why: {reason}" if reason else "")


# The banner above the questions that complete the record.

WHEN_QUESTIONS = ("legitimate_purpose", "identifiable", "confidential", "urgent")
RECORD_QUESTIONS = ("lawful_basis", "lawful_basis_sensitive", "other_method", "not_told_reason")


def indication_so_far(question: Question, answers: Answers) -> str | None:
    """The outcome already decided when ``question`` is asked, where the questions left
    complete the record (shown above them). Urgent: share now, at once, whatever follows
    (consent.md#urgent-sharing). Otherwise, from the lawful basis on, once the consent rules
    and the gateways have decided: you can (or can and MUST) share, subject to How?."""
    if t.urgent(answers):
        return None if question.id in WHEN_QUESTIONS else "share_now"
    on_how = question.page is not None and question.page.id == f.HOW_PAGE.id
    if question.id not in RECORD_QUESTIONS and not on_how:
        return None
    if no_gateway_for_a_public_body(answers) or put_right(answers):
        return None
    if t.required_by_law(answers):
        return "must_share_by_law"
    return "must_share" if consent_refused(answers) else "share"


SETTLED_SO_FAR = ("share_now",)
"""Urgent: share now, whatever follows (a departure is a caution there, not a headline)."""


def part_summary(part_kind_id: str, outcome_id: str, answers: Answers) -> str | None:
    """Urgent sharing: the legal gateways finding none does not hold up sharing now
    (consent.md#urgent-sharing); the record says what to do about it, afterwards."""
    if (
        t.urgent(answers)
        and part_kind_id == t.GATEWAYS.flow.id
        and outcome_id == gateways.NO_GATEWAY_IDENTIFIED
    ):
        return (
            "From your answers, the tool has not found a gateway among those the guide names. "
            "The need to share is urgent, or safeguarding is paramount: share now, and record "
            "the power or duty you relied on. If you cannot name it, seek advice after sharing."
        )
    return None


# Why an outcome was reached.

PERSON_WORDS = {
    "child": "the child",
    "parent": "the parent",
    "carer": "the carer",
    "others": "others",
}
STATUS_WORDS = {
    c.GIVEN: "consents to this sharing",
    c.PARTIAL: "consented, but not to all of this sharing",
    c.REFUSED: "was asked and refused",
    c.NOT_ASKED: "has not been asked",
    c.CAPACITY: "may not be able to decide",
}
WHY_WITHOUT = {
    "unsafe": "seeking consent would be unsafe or inappropriate",
    "obstruct": "seeking consent would obstruct the work of the Family Safeguarding Service: the "
    "disclosing Partner must consider other lawful basis for processing the information",
    "cannot_consent": "they cannot consent",
}


def _consent_position(answers: Answers) -> list[Finding]:
    people = c.statuses(answers)
    if not people:
        return []
    said = "; ".join(
        f"{PERSON_WORDS[person]} {STATUS_WORDS[status]}" for person, status in people.items()
    )
    return [Finding(f"Consent: {said}.", t.CONSENT_TO_SHARE)]


def _capacity(answers: Answers) -> list[Finding]:
    reached = c.capacity_outcome(answers)
    if reached is None:
        return []
    if reached == c.BEST_INTERESTS and c.attorney_not_known(answers):
        return [
            Finding(
                "The Mental Capacity Act checklist found that the person lacks capacity to "
                "consent to this sharing, and that sharing is in their best interests. You are "
                "not sure whether an attorney or a deputy has authority for this decision: "
                "their information is covered on that basis only if none has, for if one has, "
                "they decide.",
                t.MCA,
            )
        ]
    if reached == c.BEST_INTERESTS:
        return [
            Finding(
                "The Mental Capacity Act checklist found that the person lacks capacity to "
                "consent to this sharing, and that sharing is in their best interests: their "
                "information is covered on that basis.",
                t.MCA,
            )
        ]
    if reached == "lacks_capacity_sharing_not_in_best_interests":
        return [
            Finding(
                "The Mental Capacity Act checklist found that the person lacks capacity, and "
                "that sharing is not in their best interests. That rules out only their best "
                "interests as a basis (section 4 governs acts done for the person): the other "
                "reasons to share still apply. The most important consideration is whether "
                "sharing information is likely to safeguard and protect a child.",
                t.MOST_IMPORTANT,
            )
        ]
    heading = t.CAPACITY.flow.nodes[reached].heading  # type: ignore[union-attr]
    return [
        Finding(
            f"The Mental Capacity Act checklist indicated: {heading}. Their consent has not been "
            "given, so the rules for sharing without consent apply to their information.",
            t.MCA,
        )
    ]


def _public_interest(answers: Answers) -> list[Finding]:
    found: list[Finding] = []
    for part in (t.PUBLIC_INTEREST_REASON, t.PUBLIC_INTEREST_OVERRIDE):
        reached = part_outcome(answers, part)
        if reached is None:
            continue
        heading = part.flow.nodes[reached].heading  # type: ignore[union-attr]
        found.append(
            Finding(
                f"The public interest test indicates: {heading}. The Duty of Confidence is "
                "overridden without consent only where there is a strong enough public interest.",
                t.PUBLIC_INTEREST,
            )
        )
    return found


def _gateways(answers: Answers) -> list[Finding]:
    reached = part_outcome(answers, t.GATEWAYS)
    if reached is None:
        return []
    found = gateways_that_may_apply(part_answers(answers, t.GATEWAYS))
    question = t.GATEWAYS.flow.question("gateways_relied_on")
    if reached == gateways.GATEWAY_IDENTIFIED:
        names = "; ".join(question.option(g).label for g in found)
        return [Finding(f"Legal gateways that may apply: {names}.", t.LEGAL_FRAMEWORK)]
    if reached == gateways.NO_GATEWAY_NEEDED:
        return [
            Finding(
                "No statutory gateway is needed for your organisation: it needs a lawful basis "
                "and an answer to confidentiality.",
                t.LEGAL_FRAMEWORK,
            )
        ]
    return [
        Finding(
            "The legal gateways found none among those the guide names for your organisation.",
            t.LEGAL_FRAMEWORK,
        )
    ]


def _lawful_basis(answers: Answers) -> list[Finding]:
    chosen = lawful_basis(answers)
    return [Finding(f"Your lawful basis: {chosen}.", t.LAWFUL_BASIS_PAGE)] if chosen else []


def _when(answers: Answers) -> list[Finding]:
    if answers.get("identifiable") == NO:
        return [
            Finding(
                "The information does not enable an individual to be identified: you can share "
                "but should consider how.",
                t.Q_IDENTIFIABLE,
            )
        ]
    if answers.get("confidential") == NO:
        return [
            Finding(
                "The information is not confidential: no duty of confidence stands in the way "
                "of sharing it.",
                t.Q_CONFIDENTIAL,
            )
        ]
    if t.urgent(answers):
        which = (
            "safeguarding is paramount"
            if answers.get("urgent") == "paramount"
            else "the need to share is urgent, and seeking consent will lead to unjustified "
            "delay in making enquiries about allegations of significant harm to a child"
        )
        if not c.consent_missing(answers):
            return [
                Finding(
                    f"You said {which}: take immediate action and share the information. "
                    "Everyone whose information it is consents to this sharing.",
                    t.URGENT,
                )
            ]
        return [
            Finding(
                f"You said {which}: take immediate action and share the information without "
                "consent, but remember to record the reason for the decision.",
                t.URGENT,
            )
        ]
    return []


def _without_consent(answers: Answers) -> list[Finding]:
    found: list[Finding] = []
    if answers.get("explicit_consent") == NO:
        found.append(
            Finding(
                "The information is sensitive personal information and the consent is not "
                "explicit: explicit consent is expected.",
                t.EXPLICIT_CONSENT,
            )
        )
    if answers.get("explicit_consent") in ("written", "verbal"):
        found.append(
            Finding(
                "Where sensitive personal information is being shared explicit consent is "
                "expected: it has been given.",
                t.EXPLICIT_CONSENT,
            )
        )
    why = answers.get("why_without_consent")
    if why in WHY_WITHOUT:
        found.append(
            Finding(
                f"You are not seeking consent that covers this sharing because {WHY_WITHOUT[why]}.",
                t.WITHOUT_CONSENT,
            )
        )
    reason = answers.get("another_reason")
    if reason == NO:
        found += [
            Finding(
                "There is no other reason to share information, such as to fulfil a public "
                "function or to protect the vital interests of the individual: do not share.",
                t.Q_ANOTHER_REASON,
            ),
            Finding(
                "Where possible, respect the wishes of those who do not consent to share "
                "confidential information.",
                t.RULE_4,
            ),
        ]
    elif reason is not None:
        label = f.FLOW.question("another_reason").option(str(reason)).label
        found.append(
            Finding(
                f"The other reason to share you rely on: {label.removeprefix('Yes: ')}.",
                t.Q_ANOTHER_REASON,
            )
        )
    return found


def _outcome_specific(outcome_id: str, answers: Answers) -> list[Finding]:
    if outcome_id == "do_not_share" and answers.get("another_reason") not in (None, NO):
        return [
            Finding(
                "The reason you rely on needs the public interest to override the Duty of "
                "Confidence, and the public interest test does not justify disclosure: do not "
                "share.",
                t.Q_ANOTHER_REASON,
            )
        ]
    if outcome_id == "do_not_share_refusal":
        return [
            Finding(
                "Consent was sought and refused. This does not mean that information cannot be "
                "shared, but the public interest test does not show a strong enough public "
                "interest to override the Duty of Confidence: where possible, respect the wishes "
                "of those who do not consent to share confidential information.",
                t.CONSENT_REFUSED,
            )
        ]
    if outcome_id == "holder_against":
        return [
            Finding(
                "The organisation that holds the Duty of Confidence is against the disclosure. "
                "The originating Partner will be the final arbiter as to whether information is "
                "disclosed or not. The Partner may wish to seek specialist or legal advice.",
                t.DUTY_OF_CONFIDENCE,
            )
        ]
    if outcome_id == "seek_views_first":
        return [
            Finding(
                "You have not yet sought the views of the person representing the organisation "
                "that holds the Duty of Confidence: seek them and take them into account, then "
                "decide.",
                t.DUTY_OF_CONFIDENCE,
            )
        ]
    if outcome_id == "seek_consent":
        return [
            Finding(
                "You will seek consent that covers this sharing: seek it, then change your "
                "answer and decide.",
                t.RULE_2,
            )
        ]
    if outcome_id == "seek_advice":
        return [
            Finding(
                "Sharing needs a gateway (a power or a duty to share), a lawful basis under data "
                "protection law and an answer to the duty of confidence: seek advice on the "
                "power your organisation would rely on, before you share.",
                t.RULE_3,
            )
        ]
    if outcome_id == "put_right":
        return departures(answers)
    if outcome_id == "must_share_by_law":
        return [
            Finding(
                "You said the law requires you to share it: a Duty of Confidence gives way to a "
                "legal requirement to disclose, so no public interest test is needed. The "
                "information MUST be shared, as far as the requirement goes.",
                t.Q_ANOTHER_REASON,
            )
        ]
    if outcome_id == "must_share":
        return [
            Finding(
                "Consent was sought and refused. The refusal has been considered with the other "
                "concerns, and overriding it is justifiable: the information can and MUST be "
                "shared. This decision must be proportionate to the harm that may be caused by "
                "proceeding without consent.",
                t.CONSENT_REFUSED,
            )
        ]
    if outcome_id == "share" and has_consent(answers):
        return [Finding("You have consent: you can share but should consider how.", t.Q_CONSENT)]
    if outcome_id == "share" and sharing_without_consent(answers):
        return [
            Finding(
                "If consent is not obtained, the decision should always be reasonable, necessary "
                "and proportionate, and should always be recorded together with the rationale.",
                t.WITHOUT_CONSENT,
            )
        ]
    return []


def outcome_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    """Why the path reached its outcome, in the guide's words, in the order it was decided."""
    if outcome_id == "do_not_share_information":
        return [
            Finding(
                "There is no clear and legitimate purpose for sharing information: do not share "
                "information.",
                t.Q_PURPOSE,
            )
        ]
    return [
        *_when(answers),
        *_consent_position(answers),
        *_capacity(answers),
        *_without_consent(answers),
        *_public_interest(answers),
        *_outcome_specific(outcome_id, answers),
        *_gateways(answers),
        *_lawful_basis(answers),
    ]


# What to watch, and what the reasons must cover.


def _lawful_basis_cautions(answers: Answers) -> list[Finding]:
    """A lawful basis to check, though the answers do not rule it out."""
    chosen, kind = d.basis(answers), d.sharer(answers)
    if (
        chosen == c.LAW_ENFORCEMENT_BASIS
        and kind
        and kind not in d.NOT_COMPETENT_AUTHORITIES
        and kind not in (gateways.POLICE, gateways.PROBATION)
    ):
        return [
            Finding(
                "Part 3 of the Data Protection Act 2018 applies to competent authorities "
                "processing for law enforcement purposes: the police and probation are among "
                "them (Schedule 7); another body is one only to the extent that it has "
                "statutory functions for those purposes (section 30(1)(b)). Check that yours "
                "does for this sharing.",
                t.LAWFUL_BASIS_PAGE,
            )
        ]
    return []


def _privacy_notice(answers: Answers) -> list[Finding]:
    """The Privacy Notice "should identify the purposes for which it was collected. Does
    this say it would be shared?" (consent.md, under "Consider the following before sharing
    information - if in doubt seek advice from a manager"); where it does not, the
    obligation to inform individuals about sharing (fair processing) continues to apply."""
    said = answers.get("privacy_notice")
    if said == NO:
        return [
            Finding(
                "The Privacy Notice given when the information was collected does not say it "
                "would be shared: the obligation to inform individuals about sharing (known as "
                "fair processing) continues to apply.",
                t.FAIR_PROCESSING,
            )
        ]
    if said == t.UNSURE:
        return [
            Finding(
                "You are not sure whether the Privacy Notice given when the information was "
                "collected says it would be shared: check it. If in doubt, seek advice from a "
                "manager.",
                t.CONSIDER_BEFORE_SHARING,
            ),
            Finding(
                "Where the Privacy Notice does not say the information would be shared, the "
                "obligation to inform individuals about sharing (known as fair processing) "
                "continues to apply.",
                t.FAIR_PROCESSING,
            ),
        ]
    return []


def cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What the answers say should be put right, or watched, before sharing (nothing, if
    not sharing)."""
    found: list[Finding] = []
    indication = f.FLOW.nodes[outcome_id].indication  # type: ignore[union-attr]
    if indication == t.DO_NOT_SHARE:
        return found
    if t.urgent(answers):
        found += departures(answers)  # a departure does not hold up urgent sharing: record it
    found += _lawful_basis_cautions(answers)
    if answers.get("fact_and_opinion") == NO:
        found.append(
            Finding(
                "Information should be accurate and up to date and should clearly distinguish "
                "between fact and opinion.",
                t.ACCURATE,
            )
        )
    found += _privacy_notice(answers)
    reached = c.capacity_outcome(answers)
    if reached is not None:  # what the checklist's answers say to watch, here too
        found += capacity.answer_cautions(reached, part_answers(answers, t.CAPACITY))
    if sum(1 for s in c.statuses(answers).values() if s == c.CAPACITY) > 1:
        found.append(
            Finding(
                "There is a reason to doubt that more than one person can decide: the checklist "
                "here is about one of them. Use the Mental Capacity Act checklist for each.",
                t.MCA,
            )
        )
    if part_outcome(answers, t.PUBLIC_INTEREST_REASON) or part_outcome(
        answers, t.PUBLIC_INTEREST_OVERRIDE
    ):
        found.append(
            Finding(
                "The rule of proportionality should be applied to ensure that a fair balance is "
                "achieved between the public interest and the rights of the individual's "
                "information.",
                t.PUBLIC_INTEREST,
            )
        )
    return found


def reasons_required(answers: Answers, indication: str, choice: str) -> list[Finding]:
    """What the practitioner's reasons must address, for the choice made."""
    required: list[Finding] = []
    if choice != t.SHARE:
        return required
    if t.urgent(answers):
        required.append(
            Finding(
                "You are sharing now because the need is urgent or safeguarding is paramount: "
                "record the reason for the decision.",
                t.URGENT,
            )
        )
    elif sharing_without_consent(answers):
        required.append(
            Finding(
                "You are sharing without consent: record why consent has not been obtained, and "
                "the rationale for the decision.",
                t.WITHOUT_CONSENT,
            )
        )
    if consent_refused(answers):
        required.append(
            Finding(
                "You are overriding a refusal of consent: record why it is justifiable and "
                "proportionate.",
                t.CONSENT_REFUSED,
            )
        )
    if t.required_by_law(answers):
        required.append(
            Finding(
                "You share because the law requires it: name the court order, or the Act and "
                "section, that requires you to, and share only what it requires.",
                t.Q_ANOTHER_REASON,
            )
        )
    if c.lacks_capacity_in_best_interests(answers) and (
        answers.get(t.CAPACITY.prefix + "person_encouraged_to_take_part") == NO
    ):
        required.append(
            Finding(
                "You share in the best interests of a person who lacks capacity, who was not "
                "permitted and encouraged to take part: record why that was not reasonably "
                "practicable (Mental Capacity Act 2005, section 4(4)).",
                t.MCA,
            )
        )
    if answers.get("transfer_method") == "other":
        required.append(
            Finding(
                "You are transferring the information by a method other than Secure email or "
                "HertsFX: say why, and what will keep it secure.",
                t.SECURE_TRANSFER,
            )
        )
    if no_gateway_for_a_public_body(answers) and not t.urgent(answers):
        required.append(
            Finding(
                "No legal gateway was identified: say what power or duty allows you to share.",
                t.LEGAL_FRAMEWORK,
            )
        )
    for part in (t.PUBLIC_INTEREST_REASON, t.PUBLIC_INTEREST_OVERRIDE):
        reached = part_outcome(answers, part)
        if reached == "seek_views_first":
            required.append(
                Finding(
                    "You have not sought the views of the person representing the organisation "
                    "that holds the Duty of Confidence: say why, as Partners must seek their "
                    "views and take these into account.",
                    t.DUTY_OF_CONFIDENCE,
                )
            )
        if reached == "holder_against":
            required.append(
                Finding(
                    "The organisation that holds the Duty of Confidence is against the "
                    "disclosure, and the originating Partner will be the final arbiter: say on "
                    "what authority you share, and what specialist or legal advice you sought.",
                    t.DUTY_OF_CONFIDENCE,
                )
            )
    required += [
        r
        for r in _lawful_basis_cautions(answers) + d.lawful_basis_departures(answers)
        if r not in required
    ]
    return required
