"""Mental Capacity Act checklist: can the person consent to sharing this information?

One decision only: whether the person has capacity to decide whether to consent to the
sharing of this information, now. The questions follow the Mental Capacity Act 2005 in
the order a practitioner meets it: does the Act apply (section 2(5)); is there a reason
to doubt capacity (section 1(2)); are there good reasons not to assess (the guide,
``legal-framework.md#mental-capacity-act-2005``); have all practicable steps been taken
to help (section 1(3)); the four abilities of section 3(1), each asked; and only for an
inability, whether it is because of an impairment of, or a disturbance in the functioning
of, the mind or brain (section 2(1)). That order, abilities before impairment, is the
Supreme Court's in A Local Authority v JB [2021] UKSC 52. A person who lacks capacity
goes on to the best interests checklist of section 4 and principle 5 (section 1(6)).

Statute text is quoted from the Act; where the guide says it, the guide's words. Why an
outcome was reached is worked out by ``rules.py`` beside this file.
"""

from __future__ import annotations

from fss_logic.flow import (
    NO,
    ONE,
    TEXT,
    YES,
    YES_NO,
    Cite,
    Flow,
    Option,
    Outcome,
    Page,
    Question,
    Route,
)

AGE = "Does the Act apply?"
PRESUME = "Principle 1: assume capacity"
ASSESS = "Assessing capacity"
HELP = "Principle 2: help the person decide"
TEST = "The functional test"
CAUSE = "Impairment of the mind or brain"
BEST_INTERESTS = "Best interests"
SECTIONS = (AGE, PRESUME, ASSESS, HELP, TEST, CAUSE, BEST_INTERESTS)

# The guide's paragraphs and the sections of this tool's page that state the law.
# tests/site checks that each anchor exists and that each title fits its heading.
GUIDE_MCA = Cite(
    "legal-framework.md#mental-capacity-act-2005", "The Mental Capacity Act (MCA) 2005"
)
CONSENT = Cite("consent.md#consent", "Consent")
CONSENT_REFUSED = Cite(
    "consent.md#consent-refused", "Sharing information when consent has been refused"
)
WITHOUT_CONSENT = Cite("consent.md#sharing-without-consent", "Sharing without consent")
PAGE = "tools/capacity.md"
UNDER_16 = Cite(f"{PAGE}#under-16s", "People under 16")
PRINCIPLES = Cite(f"{PAGE}#principles", "The five principles (section 1)")
NOT_ASSESSED_PAGE = Cite(f"{PAGE}#not-assessed", "Good reasons for not assessing")
FUNCTIONAL_TEST = Cite(f"{PAGE}#functional-test", "The functional test (section 3)")
IMPAIRMENT = Cite(f"{PAGE}#impairment", "Impairment of the mind or brain (section 2)")
ORDER = Cite(f"{PAGE}#order-of-the-test", "The order of the questions")
BEST_INTERESTS_PAGE = Cite(f"{PAGE}#best-interests", "Best interests (section 4)")
HAS_CAPACITY_PAGE = Cite(f"{PAGE}#has-capacity", "A person who has capacity")

# What the tool indicates: the practitioner's five choices match these.
HAS_CAPACITY = "has_capacity"
LACKS_CAPACITY = "lacks_capacity"
NOT_ASSESSED = "not_assessed"
ACT_DOES_NOT_APPLY = "act_does_not_apply"
TAKE_STEPS_FIRST = "take_steps_first"

NOT_SURE = "not_sure"

ABILITIES = ("can_understand", "can_retain", "can_use_or_weigh", "can_communicate")

# The Act's own lists, each asked on one page: the four abilities of section 3(1), and the
# things section 4 says whoever decides a person's best interests must consider.
ABILITIES_PAGE = Page(
    "abilities",
    "Can the person make this decision?",
    "A person is unable to make a decision for himself if he is unable to understand the "
    "information relevant to the decision, to retain that information, to use or weigh that "
    "information as part of the process of making the decision, or to communicate his "
    "decision (section 3(1)). Answer each for this decision, now.",
)
CHECKLIST_PAGE = Page(
    "best_interests_checklist",
    "What you must consider in their best interests",
    "Whoever decides what is in the person's best interests must consider all the relevant "
    "circumstances (section 4(2)), including these.",
)
"""The four abilities of section 3(1), in the Act's order: each is asked."""


def unable_in_any_way(answers) -> bool:
    """Section 3(1): a person is unable to make a decision if unable to do any one of the
    four things it lists."""
    return any(answers.get(ability) == NO for ability in ABILITIES)


def _after_abilities(answers) -> str:
    """Only an inability leads to the impairment question (s2(1)), as JB orders it."""
    return "unable_because_of_impairment" if unable_in_any_way(answers) else "has_capacity"


QUESTIONS = (
    Question(
        id="aged_16_or_over",
        section=AGE,
        text="Is the person 16 or over?",
        hint=(
            "The powers the Mental Capacity Act 2005 gives to act for a person who lacks "
            "capacity cannot be used for a person under 16 (section 2(5)). For a child "
            "under 16, the question is whether they "
            "are competent to decide for themselves."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(UNDER_16, GUIDE_MCA),
        next={YES: "reason_to_doubt", NO: "act_does_not_apply"},
    ),
    Question(
        id="reason_to_doubt",
        section=PRESUME,
        text=(
            "Is there a reason to doubt that the person can decide, now, whether to consent "
            "to sharing this information?"
        ),
        short="A reason to doubt they can decide?",
        hint=(
            "A person must be assumed to have capacity unless it is established that he "
            "lacks capacity (section 1(2)). A person is not to be treated as unable to make "
            "a decision merely because he makes an unwise decision (section 1(4)). A lack of "
            "capacity cannot be established merely by reference to a person's age or "
            "appearance, a condition of theirs or an aspect of their behaviour (section "
            "2(3), in short); but a condition, or how they are behaving, can be a reason to "
            "doubt it and to assess."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(PRINCIPLES, GUIDE_MCA),
        next={YES: "why_doubt", NO: "capacity_presumed"},
    ),
    Question(
        id="why_doubt",
        section=PRESUME,
        text="What gives you reason to doubt it?",
        hint=(
            "Describe what you have seen or been told about how the person understands or "
            "decides this, not a diagnosis or a label. For example: they could not say "
            "back what would be shared, or with whom, when it was explained an hour ago."
        ),
        kind=TEXT,
        max_length=2000,
        cites=(PRINCIPLES,),
        next="good_reasons_not_to_assess",
    ),
    Question(
        id="good_reasons_not_to_assess",
        section=ASSESS,
        text=(
            "Are there good reasons for not assessing the person's capacity to decide "
            "about consent to this sharing?"
        ),
        short="Good reasons not to assess?",
        hint=(
            "Under the Mental Capacity Act 2005 there would have to be good reasons for not "
            "undertaking an assessment of mental capacity regarding the decision to share "
            "information without consent, and these would need to be documented carefully."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(GUIDE_MCA, NOT_ASSESSED_PAGE),
        next={YES: "reasons_not_to_assess", NO: "help_given"},
    ),
    Question(
        id="reasons_not_to_assess",
        section=ASSESS,
        text="What are the good reasons for not assessing the person's capacity?",
        short="The good reasons",
        hint="These would need to be documented carefully.",
        kind=TEXT,
        max_length=2000,
        cites=(GUIDE_MCA, NOT_ASSESSED_PAGE),
        next="not_assessed",
    ),
    Question(
        id="help_given",
        section=HELP,
        text="What has been done to help the person make this decision?",
        short="What has been done to help?",
        hint=(
            "For example: explaining the information in a way that suits them (using simple "
            "language, visual aids or any other means); choosing a time and place where "
            "they can think best; an interpreter or other communication support; someone "
            "they trust being there."
        ),
        kind=TEXT,
        max_length=2000,
        cites=(PRINCIPLES, FUNCTIONAL_TEST),
        next="all_practicable_steps_taken",
    ),
    Question(
        id="all_practicable_steps_taken",
        section=HELP,
        text=("Have all practicable steps been taken to help the person make this decision?"),
        short="All practicable steps taken?",
        hint=(
            "A person is not to be treated as unable to make a decision unless all "
            "practicable steps to help him to do so have been taken without success "
            "(section 1(3))."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(PRINCIPLES,),
        next={YES: "can_understand", NO: TAKE_STEPS_FIRST},
    ),
    Question(
        id="can_understand",
        section=TEST,
        text="Can the person understand the information relevant to the decision?",
        short="Understand the information?",
        hint=(
            "Here: what would be shared, with whom and why. The information relevant to a "
            "decision includes information about the reasonably foreseeable consequences "
            "of deciding one way or another, or failing to make the decision (section "
            "3(4)). A person is not to be regarded as unable to understand the information "
            "relevant to a decision if he is able to understand an explanation of it given "
            "to him in a way that is appropriate to his circumstances (using simple "
            "language, visual aids or any other means) (section 3(2))."
        ),
        page=ABILITIES_PAGE,
        kind=ONE,
        options=YES_NO,
        cites=(FUNCTIONAL_TEST, ORDER),
        next="can_retain",
    ),
    Question(
        id="can_retain",
        section=TEST,
        text="Can the person retain that information?",
        short="Retain it?",
        hint=(
            "The fact that a person is able to retain the information relevant to a "
            "decision for a short period only does not prevent him from being regarded as "
            "able to make the decision (section 3(3))."
        ),
        page=ABILITIES_PAGE,
        kind=ONE,
        options=YES_NO,
        cites=(FUNCTIONAL_TEST,),
        next="can_use_or_weigh",
    ),
    Question(
        id="can_use_or_weigh",
        section=TEST,
        text=(
            "Can the person use or weigh that information as part of the process of making "
            "the decision?"
        ),
        short="Use or weigh it?",
        hint=(
            "A person is not to be treated as unable to make a decision merely because he "
            "makes an unwise decision (section 1(4)). What matters is whether they can use "
            "or weigh the information, not whether you agree with what they decide."
        ),
        page=ABILITIES_PAGE,
        kind=ONE,
        options=YES_NO,
        cites=(FUNCTIONAL_TEST, PRINCIPLES),
        next="can_communicate",
    ),
    Question(
        id="can_communicate",
        section=TEST,
        text=(
            "Can the person communicate their decision (whether by talking, using sign "
            "language or any other means)?"
        ),
        short="Communicate their decision?",
        page=ABILITIES_PAGE,
        kind=ONE,
        options=YES_NO,
        cites=(FUNCTIONAL_TEST,),
        next=Route(
            ("has_capacity", "unable_because_of_impairment"),
            _after_abilities,
            "If you answered Yes to all four abilities (understand, retain, use or weigh, "
            "communicate), go to {has_capacity}. Otherwise go to "
            "{unable_because_of_impairment}.",
        ),
    ),
    Question(
        id="unable_because_of_impairment",
        section=CAUSE,
        text=(
            "Is the person unable to make this decision because of an impairment of, or a "
            "disturbance in the functioning of, the mind or brain?"
        ),
        short="Because of an impairment of the mind or brain?",
        hint=(
            "It does not matter whether the impairment or disturbance is permanent or "
            "temporary (section 2(2)). A lack of capacity cannot be established merely by "
            "reference to a person's age or appearance, or a condition of his, or an aspect "
            "of his behaviour, which might lead others to make unjustified assumptions about "
            "his capacity (section 2(3)). An inability with another cause, such as a "
            "language barrier, is not a lack of capacity under the Act."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(IMPAIRMENT, ORDER),
        next={YES: "how_impairment_causes_inability", NO: "support_that_would_help"},
    ),
    Question(
        id="support_that_would_help",
        section=CAUSE,
        text="What support would help the person to make this decision?",
        short="What support would help?",
        hint="For example an interpreter, a hearing loop, or more time.",
        kind=TEXT,
        max_length=2000,
        cites=(IMPAIRMENT, PRINCIPLES),
        next="capacity_presumed",
    ),
    Question(
        id="how_impairment_causes_inability",
        section=CAUSE,
        text=(
            "What is the impairment or disturbance, and how does it make the person unable "
            "to make this decision?"
        ),
        short="The impairment, and how it makes them unable",
        hint=(
            "The inability must be because of it. Say what links the two, for this decision, now."
        ),
        kind=TEXT,
        max_length=2000,
        cites=(IMPAIRMENT, ORDER),
        next="attorney_or_deputy",
    ),
    Question(
        id="attorney_or_deputy",
        section=BEST_INTERESTS,
        text=(
            "Has an attorney (under a lasting power of attorney) or a deputy appointed by the "
            "Court of Protection authority to make this decision for the person?"
        ),
        short="An attorney or deputy with authority?",
        hint=(
            "A health and welfare attorney, or a deputy, may make decisions for the person "
            "within the scope of their authority (sections 9 and 16). Acting for the person "
            "under section 5 does not extend to an act that conflicts with a decision they "
            "make within that scope (section 6(6)). If you are not sure, the Office of the "
            "Public Guardian keeps the registers."
        ),
        kind=ONE,
        options=(*YES_NO, Option(NOT_SURE, "I am not sure")),
        cites=(BEST_INTERESTS_PAGE,),
        next={
            YES: "attorney_or_deputy_decides",
            NO: "likely_to_have_capacity_later",
            NOT_SURE: "likely_to_have_capacity_later",
        },
    ),
    Question(
        id="likely_to_have_capacity_later",
        section=BEST_INTERESTS,
        text=(
            "Is it likely that the person will at some time have capacity to make this decision?"
        ),
        short="Likely to have capacity later?",
        hint=(
            "Whoever decides what is in the person's best interests must consider whether "
            "it is likely that the person will at some time have capacity in relation to the "
            "matter in question, and if it appears likely that he will, when that is likely "
            "to be (section 4(3))."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(BEST_INTERESTS_PAGE,),
        next={YES: "when_capacity_likely", NO: "person_encouraged_to_take_part"},
    ),
    Question(
        id="when_capacity_likely",
        section=BEST_INTERESTS,
        text="When is that likely to be, and can the decision wait until then?",
        short="When, and can it wait?",
        kind=TEXT,
        max_length=2000,
        cites=(BEST_INTERESTS_PAGE,),
        next="person_encouraged_to_take_part",
    ),
    Question(
        id="person_encouraged_to_take_part",
        section=BEST_INTERESTS,
        text=(
            "Has the person been permitted and encouraged to take part as fully as possible "
            "in this decision?"
        ),
        short="Encouraged to take part?",
        hint=(
            "Whoever decides what is in the person's best interests must, so far as "
            "reasonably practicable, permit and encourage the person to participate, or to "
            "improve his ability to participate, as fully as possible in any act done for him "
            "and any decision affecting him (section 4(4))."
        ),
        page=CHECKLIST_PAGE,
        kind=ONE,
        options=YES_NO,
        cites=(BEST_INTERESTS_PAGE,),
        next="wishes_feelings_beliefs",
    ),
    Question(
        id="wishes_feelings_beliefs",
        section=BEST_INTERESTS,
        text=(
            "What are the person's past and present wishes and feelings, beliefs and "
            "values, and the other factors they would be likely to consider?"
        ),
        short="Their wishes, feelings, beliefs and values",
        hint=(
            "So far as is reasonably ascertainable: their past and present wishes and "
            "feelings (in particular any relevant written statement made when they had "
            "capacity), the beliefs and values that would be likely to influence their "
            "decision if they had capacity, and the other factors they would be likely to "
            "consider (section 4(6)). If these cannot be found out, say so."
        ),
        page=CHECKLIST_PAGE,
        kind=TEXT,
        max_length=2000,
        cites=(BEST_INTERESTS_PAGE,),
        next="views_of_others",
    ),
    Question(
        id="views_of_others",
        section=BEST_INTERESTS,
        text="Whose views have you taken into account, and what are they?",
        short="Whose views, and what are they?",
        hint=(
            "If it is practicable and appropriate to consult them: anyone named by the "
            "person as someone to be consulted; anyone engaged in caring for the person or "
            "interested in their welfare; any donee of a lasting power of attorney; any "
            "deputy appointed by the court (section 4(7)). It may not be appropriate to "
            "consult someone, for example where that would put the person or a child at "
            "risk: say who was not consulted, and why."
        ),
        page=CHECKLIST_PAGE,
        kind=TEXT,
        max_length=2000,
        cites=(BEST_INTERESTS_PAGE,),
        next="less_restrictive_way",
    ),
    Question(
        id="less_restrictive_way",
        section=BEST_INTERESTS,
        text=(
            "Can the purpose of sharing be as effectively achieved in a way that is less "
            "restrictive of the person's rights and freedom of action?"
        ),
        short="A less restrictive way?",
        hint=(
            "Before the act is done, or the decision is made, regard must be had to "
            "whether the purpose for which it is needed can be as effectively achieved in a "
            "way that is less restrictive of the person's rights and freedom of action "
            "(section 1(6)). For example, by sharing less information, or with fewer "
            "people. Share only what is necessary."
        ),
        page=CHECKLIST_PAGE,
        kind=ONE,
        options=YES_NO,
        cites=(PRINCIPLES, BEST_INTERESTS_PAGE),
        next="sharing_in_best_interests",
    ),
    Question(
        id="sharing_in_best_interests",
        section=BEST_INTERESTS,
        text="Is sharing this information in the person's best interests?",
        short="In their best interests?",
        hint=(
            "Consider all the relevant circumstances (section 4(2)). Do not decide merely "
            "on the basis of the person's age or appearance, or a condition of theirs or an "
            "aspect of their behaviour which might lead others to make unjustified "
            "assumptions about what might be in their best interests (section 4(1))."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(BEST_INTERESTS_PAGE, PRINCIPLES),
        next={
            YES: "lacks_capacity_sharing_in_best_interests",
            NO: "lacks_capacity_sharing_not_in_best_interests",
        },
    ),
)

OUTCOMES = (
    Outcome(
        id="act_does_not_apply",
        heading="The Mental Capacity Act does not apply: the person is under 16",
        indication=ACT_DOES_NOT_APPLY,
        summary=(
            "Do not use this checklist. Consider whether the child is competent to decide "
            "for themselves about consent to this sharing (Gillick competence). If they "
            "are not, someone with parental responsibility for them may be able to decide. "
            "The guide's consent rules apply either way."
        ),
        cites=(UNDER_16, CONSENT),
    ),
    Outcome(
        id="capacity_presumed",
        heading="Assume the person has capacity for this decision",
        indication=HAS_CAPACITY,
        summary=(
            "A person must be assumed to have capacity unless it is established that he "
            "lacks capacity. It has not been established here, so the person's own decision "
            "about consent stands. No best interests decision is made for them. If they "
            "refuse, the guide's rules on refused consent apply."
        ),
        cites=(PRINCIPLES, HAS_CAPACITY_PAGE, CONSENT_REFUSED),
    ),
    Outcome(
        id="has_capacity",
        heading="The person has capacity for this decision",
        indication=HAS_CAPACITY,
        summary=(
            "The person can understand, retain, use or weigh the information and "
            "communicate their decision, so they can decide for themselves whether to "
            "consent to this sharing. No best interests decision is made for them. If they "
            "refuse, the guide's rules on refused consent apply."
        ),
        cites=(FUNCTIONAL_TEST, HAS_CAPACITY_PAGE, CONSENT_REFUSED),
    ),
    Outcome(
        id="not_assessed",
        heading="Capacity not assessed: record the reasons",
        indication=NOT_ASSESSED,
        summary=(
            "Under the Mental Capacity Act 2005 there would have to be good reasons for not "
            "undertaking an assessment of mental capacity regarding the decision to share "
            "information without consent, and these would need to be documented carefully. "
            "Without an assessment, a lack of capacity is not established: do not treat the "
            "person as lacking capacity."
        ),
        cites=(GUIDE_MCA, NOT_ASSESSED_PAGE, WITHOUT_CONSENT),
    ),
    Outcome(
        id=TAKE_STEPS_FIRST,
        heading="Take all practicable steps to help the person decide first",
        indication=TAKE_STEPS_FIRST,
        summary=(
            "A person is not to be treated as unable to make a decision unless all practicable "
            "steps to help him to do so have been taken without success (section 1(3)). Until "
            "they have been taken, a lack of capacity is not established: take them, record "
            "what you did, then use this checklist again. Meanwhile the person's own decision "
            "about consent stands."
        ),
        cites=(PRINCIPLES, HAS_CAPACITY_PAGE),
    ),
    Outcome(
        id="attorney_or_deputy_decides",
        heading="The person lacks capacity for this decision: their attorney or deputy decides",
        indication=LACKS_CAPACITY,
        summary=(
            "The person cannot make this decision because of an impairment of, or a "
            "disturbance in the functioning of, the mind or brain, and an attorney or deputy "
            "has authority to make it. Ask them: they must decide in the person's best "
            "interests (section 4). If they refuse, sharing without consent would need another "
            "basis under the guide's rules on sharing without consent, such as the protection "
            "of a child."
        ),
        cites=(IMPAIRMENT, BEST_INTERESTS_PAGE, WITHOUT_CONSENT),
    ),
    Outcome(
        id="lacks_capacity_sharing_in_best_interests",
        heading="The person lacks capacity for this decision: sharing is in their best interests",
        indication=LACKS_CAPACITY,
        summary=(
            "The person cannot make this decision because of an impairment of, or a "
            "disturbance in the functioning of, the mind or brain. Sharing is in their best "
            "interests: share only what is necessary, in the least restrictive way."
        ),
        cites=(IMPAIRMENT, BEST_INTERESTS_PAGE, PRINCIPLES),
    ),
    Outcome(
        id="lacks_capacity_sharing_not_in_best_interests",
        heading=(
            "The person lacks capacity for this decision: sharing is not in their best interests"
        ),
        indication=LACKS_CAPACITY,
        summary=(
            "The person cannot make this decision because of an impairment of, or a "
            "disturbance in the functioning of, the mind or brain. Sharing is not in their "
            "best interests. Any sharing without their consent would need another basis "
            "under the guide's rules on sharing without consent."
        ),
        cites=(IMPAIRMENT, BEST_INTERESTS_PAGE, WITHOUT_CONSENT),
    ),
)

FLOW = Flow(
    id="capacity",
    title="Mental Capacity Act checklist",
    start="aged_16_or_over",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
)
