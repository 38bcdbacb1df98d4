"""Why the Mental Capacity Act checklist reached its outcome, and what to check before
relying on it, as small pure functions of the answers.

Each finding quotes the Mental Capacity Act 2005 (and names the section) or the guide,
and cites the paragraph of the guide or of this tool's page where the rule is stated.
"""

from __future__ import annotations

from fss_logic.flow import NO, YES, Answers, Finding
from fss_logic.flows.capacity import flow as f

ABILITY_WORDS = {
    "can_understand": "understand the information relevant to the decision",
    "can_retain": "retain that information",
    "can_use_or_weigh": "use or weigh that information as part of the process of making "
    "the decision",
    "can_communicate": "communicate their decision",
}
"""Section 3(1)(a) to (d), as the Act words each ability."""

CONSENT_STANDS = Finding(
    "The person's own decision about consent stands. No best interests decision is made for "
    "a person who has capacity. If they refuse, the refusal is weighed under the guide's "
    "rules on refused consent: it may be overridden only where that is considered "
    "justifiable, and proportionate to the harm that may be caused by proceeding without "
    "consent.",
    f.CONSENT_REFUSED,
)
UNWISE = Finding(
    "A person is not to be treated as unable to make a decision merely because he makes an "
    "unwise decision (section 1(4)). A refusal you think unwise is not, by itself, a reason "
    "to doubt capacity.",
    f.PRINCIPLES,
)
NO_ASSUMPTIONS = Finding(
    "A lack of capacity cannot be established merely by reference to a person's age or "
    "appearance, or a condition of his, or an aspect of his behaviour, which might lead "
    "others to make unjustified assumptions about his capacity (section 2(3)). Check that "
    "your conclusion rests on what the person can and cannot do.",
    f.IMPAIRMENT,
)


def inabilities(answers: Answers) -> list[str]:
    """The abilities of section 3(1) the person lacks, in the Act's words and order."""
    return [words for ability, words in ABILITY_WORDS.items() if answers.get(ability) == NO]


def _joined(phrases: list[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``: the abilities the person lacks, as one phrase."""
    return phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} or {phrases[-1]}"


def lacks_capacity(answers: Answers) -> bool:
    """Section 2(1): unable to make the decision (section 3(1)) because of an impairment
    of, or a disturbance in the functioning of, the mind or brain, after all practicable
    steps to help (section 1(3))."""
    return (
        answers.get("all_practicable_steps_taken") == YES
        and f.unable_in_any_way(answers)
        and answers.get("unable_because_of_impairment") == YES
    )


def outcome_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    """Why the path reached its outcome, naming the answer that decided it."""
    if outcome_id == "act_does_not_apply":
        return [
            Finding(
                "The person is under 16. The powers the Mental Capacity Act 2005 gives to act "
                "for a person who lacks capacity cannot be used for a person under 16 "
                "(section 2(5)).",
                f.UNDER_16,
            ),
            Finding(
                "Whether a child under 16 can consent depends on whether they have "
                "sufficient understanding and intelligence to understand fully what is "
                "proposed (Gillick competence). If they do not, someone with parental "
                "responsibility for them may be able to decide.",
                f.UNDER_16,
            ),
        ]
    if outcome_id == "not_assessed":
        return [
            Finding(
                "You have recorded good reasons for not assessing the person's capacity. "
                "Under the Mental Capacity Act 2005 there would have to be good reasons for "
                "not undertaking an assessment of mental capacity regarding the decision to "
                "share information without consent, and these would need to be documented "
                "carefully.",
                f.GUIDE_MCA,
            )
        ]
    if outcome_id == "capacity_presumed":
        return [_why_presumed(answers), CONSENT_STANDS]
    if outcome_id == f.TAKE_STEPS_FIRST:
        return [
            Finding(
                "Not all practicable steps have been taken to help the person make this "
                "decision. A person is not to be treated as unable to make a decision unless all "
                "practicable steps to help him to do so have been taken without success "
                "(section 1(3)). Take those steps, then use this checklist again.",
                f.PRINCIPLES,
            ),
            CONSENT_STANDS,
        ]
    if outcome_id == "has_capacity":
        return [
            Finding(
                "The person can understand the information relevant to the decision, retain "
                "it, use or weigh it as part of the process of making the decision, and "
                "communicate their decision (section 3(1)). They can make this decision for "
                "themselves.",
                f.FUNCTIONAL_TEST,
            ),
            CONSENT_STANDS,
        ]
    return _why_lacks_capacity(outcome_id, answers)


def _why_presumed(answers: Answers) -> Finding:
    """Which of the three ways to the presumption this path took."""
    if answers.get("reason_to_doubt") == NO:
        return Finding(
            "There is no reason to doubt that the person can decide about consent to this "
            "sharing. A person must be assumed to have capacity unless it is established "
            "that he lacks capacity (section 1(2)).",
            f.PRINCIPLES,
        )
    return Finding(
        f"The person is unable to {_joined(inabilities(answers))}, but not because of an "
        "impairment of, or a disturbance in the functioning of, the mind or brain. That is "
        "not a lack of capacity under the Act (section 2(1)). Give them the support you "
        "have recorded, so that they can decide.",
        f.IMPAIRMENT,
    )


def _why_lacks_capacity(outcome_id: str, answers: Answers) -> list[Finding]:
    in_best_interests = outcome_id == "lacks_capacity_sharing_in_best_interests"
    if outcome_id == "attorney_or_deputy_decides":
        decision = Finding(
            "An attorney or a deputy has authority to make this decision for the person "
            "(sections 9 and 16): they decide, in the person's best interests (section 4).",
            f.BEST_INTERESTS_PAGE,
        )
    else:
        decision = Finding(
            "Sharing this information is in the person's best interests (sections 1(5) and 4)."
            if in_best_interests
            else "Sharing this information is not in the person's best interests (sections "
            "1(5) and 4).",
            f.BEST_INTERESTS_PAGE,
        )
    return [
        Finding(
            f"The person is unable to {_joined(inabilities(answers))} (section 3(1)).",
            f.FUNCTIONAL_TEST,
        ),
        Finding(
            "They are unable to make the decision because of an impairment of, or a "
            "disturbance in the functioning of, the mind or brain (section 2(1)).",
            f.IMPAIRMENT,
        ),
        Finding(
            "All practicable steps to help the person make this decision have been taken "
            "without success (section 1(3)).",
            f.PRINCIPLES,
        ),
        decision,
    ]


def cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What to check before relying on the outcome."""
    indication = f.FLOW.nodes[outcome_id].indication  # type: ignore[union-attr]
    if indication in (f.HAS_CAPACITY, f.TAKE_STEPS_FIRST):
        return [UNWISE]
    if indication == f.NOT_ASSESSED:
        return [
            Finding(
                "Without an assessment a lack of capacity is not established, and a person "
                "must be assumed to have capacity unless it is established that he lacks "
                "capacity (section 1(2)). If you share without their consent, it must be on "
                "another basis, under the guide's rules on sharing without consent.",
                f.WITHOUT_CONSENT,
            )
        ]
    if indication != f.LACKS_CAPACITY:
        return []
    found = [NO_ASSUMPTIONS, UNWISE, *answer_cautions(outcome_id, answers)]
    if outcome_id not in ("attorney_or_deputy_decides", "lacks_capacity_sharing_in_best_interests"):
        found.append(
            Finding(
                "Sharing is not in the person's best interests. If there is another reason "
                "to share, such as the welfare of a child, weigh it under the guide's rules "
                "on sharing without consent.",
                f.WITHOUT_CONSENT,
            )
        )
    return found


def answer_cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What particular answers of the best interests checklist say to watch: shown by this
    tool, and by a tool that runs it inside itself."""
    found: list[Finding] = []
    if answers.get("attorney_or_deputy") == f.NOT_SURE:
        found.append(
            Finding(
                "You are not sure whether an attorney or a deputy has authority for this "
                "decision. Check with the Office of the Public Guardian: if one has, they "
                "decide, and acting for the person under section 5 does not extend to an act "
                "that conflicts with their decision (section 6(6)).",
                f.BEST_INTERESTS_PAGE,
            )
        )
    if outcome_id == "attorney_or_deputy_decides":
        return found
    if answers.get("likely_to_have_capacity_later") == YES:
        found.append(
            Finding(
                "The person is likely to have capacity to make this decision at some time. "
                "If the decision can wait until then, consider waiting, so that they can make "
                "it themselves (section 4(3)).",
                f.BEST_INTERESTS_PAGE,
            )
        )
    if answers.get("person_encouraged_to_take_part") == NO:
        found.append(
            Finding(
                "The person has not been permitted and encouraged to take part as fully as "
                "possible. So far as reasonably practicable, this must be done (section "
                "4(4)).",
                f.BEST_INTERESTS_PAGE,
            )
        )
    if outcome_id == "lacks_capacity_sharing_in_best_interests" and (
        answers.get("less_restrictive_way") == YES
    ):
        found.append(
            Finding(
                "The purpose can be as effectively achieved in a way that is less "
                "restrictive of the person's rights and freedom of action: use that way "
                "(section 1(6)). Share only what is necessary.",
                f.PRINCIPLES,
            )
        )
    return found


def reasons_required(answers: Answers, indication: str, choice: str) -> list[Finding]:
    """What the practitioner's reasons must address, for the choice made."""
    required: list[Finding] = []
    if choice == f.LACKS_CAPACITY and not lacks_capacity(answers):
        required.append(
            Finding(
                "A person must be assumed to have capacity unless it is established that he "
                "lacks capacity (section 1(2)): record how it is established for this "
                "decision, ability by ability, and what impairment causes the inability.",
                f.PRINCIPLES,
            )
        )
    if choice == f.LACKS_CAPACITY and answers.get("person_encouraged_to_take_part") == NO:
        required.append(
            Finding(
                "Record why it was not reasonably practicable to permit and encourage the "
                "person to take part in the decision (section 4(4)).",
                f.BEST_INTERESTS_PAGE,
            )
        )
    if choice == f.NOT_ASSESSED and indication != f.NOT_ASSESSED:
        required.append(
            Finding(
                "Under the Mental Capacity Act 2005 there would have to be good reasons for "
                "not undertaking an assessment of mental capacity regarding the decision to "
                "share information without consent, and these would need to be documented "
                "carefully: record them.",
                f.GUIDE_MCA,
            )
        )
    if indication == f.TAKE_STEPS_FIRST and choice == f.LACKS_CAPACITY:
        required.append(
            Finding(
                "A person is not to be treated as unable to make a decision unless all "
                "practicable steps to help him to do so have been taken without success (section "
                "1(3)): record that they have now been taken, and what they were.",
                f.PRINCIPLES,
            )
        )
    elif f.TAKE_STEPS_FIRST in (indication, choice):
        required.append(
            Finding(
                "Record which practicable steps to help the person decide have not yet been "
                "taken, and when they will be (section 1(3)).",
                f.PRINCIPLES,
            )
        )
    if choice == f.ACT_DOES_NOT_APPLY and indication != f.ACT_DOES_NOT_APPLY:
        required.append(
            Finding(
                "The Act's powers cannot be used for a person under 16 (section 2(5)): "
                "record the person's age.",
                f.UNDER_16,
            )
        )
    return required
