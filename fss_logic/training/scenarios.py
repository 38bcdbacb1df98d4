"""The scenario library (issue 20): fictional cases, each with exercises on the tools.

Every name and place here is made up: the town of Brackenbury and its villages
(Hollowmere, Ashcombe Green, Wrenfold), its schools and its charities are fictional, and so
is everyone in them. The agencies are the agreement's signatories, by their place in
the list (``agencies``), because the share tool asks for them.

Each exercise's model answers are in the order its tool asks them, each with its reason in
the guide's terms and the paragraphs it cites (the Cites the flows and rules already use).
``tests/unit/test_training_scenarios.py`` replays every exercise through its tool, and
checks that between them they reach every outcome of every tool.
"""

from __future__ import annotations

from fss_logic.flow import Cite
from fss_logic.flows import KINDS
from fss_logic.flows.capacity import flow as mca
from fss_logic.flows.gateways import terms as gw
from fss_logic.flows.public_interest import cites as pi
from fss_logic.flows.share import terms as t
from fss_logic.legislation import SECTION_16LA
from fss_logic.training.model import Answer, Exercise, ModelAnswer, Scenario
from fss_logic.values import replace

EIGHTH_PRINCIPLE = Cite("appendix-1.md#eighth-principle", "Appendix 1: Eighth Principle")
"""The agreement's rule on sending information abroad: no tool asks it, so the scenario on
a request from outside the UK cites it itself."""

HCC, POLICE, PROBATION = "signatory-1", "signatory-2", "signatory-6"
HEALTH_VISITING = "signatory-8"  # Hertfordshire Community NHS Trust
MENTAL_HEALTH_TRUST = "signatory-9"  # Hertfordshire Partnership University NHS Foundation Trust
ACUTE_TRUST = "signatory-7"  # East and North Hertfordshire NHS Trust
OTHER = "other"


def M(question: str, answer: Answer, reason: str, *cites: Cite) -> ModelAnswer:
    """A model answer, its reason, and the paragraphs it cites."""
    return ModelAnswer(question, answer, reason, tuple(cites))


def prefixed(prefix: str, answers: tuple[ModelAnswer, ...]) -> tuple[ModelAnswer, ...]:
    """A part's model answers as the share tool asks them: their ids with the part's prefix."""
    return tuple(replace(a, question=prefix + a.question) for a in answers)


def when(purpose: str, identifiable: str, confidential: str) -> tuple[ModelAnswer, ...]:
    """The guide's first three When? questions, each answered Yes, with its reason."""
    return (
        M("legitimate_purpose", "yes", purpose, t.Q_PURPOSE, t.PURPOSE),
        M("identifiable", "yes", identifiable, t.Q_IDENTIFIABLE, t.PERSONAL_INFORMATION),
        M("confidential", "yes", confidential, t.Q_CONFIDENTIAL, t.DUTY_OF_CONFIDENCE),
    )


NOT_URGENT = M(
    "urgent",
    "no",
    "There is time to seek consent, or to weigh sharing without it: nothing here needs "
    "immediate action before the working day.",
    t.URGENT,
)


def how(
    *,
    right: str,
    method: str = "secure_email",
    method_reason: str = (
        "Personal Data will only be transferred between agencies by Secure email or HertsFX."
    ),
    privacy: str = "yes",
    privacy_reason: str = (
        "The partner's Privacy Notice says information is shared with Family Safeguarding "
        "partners to safeguard children."
    ),
    tell: str = "aware",
    tell_reason: str = "They know what is being shared, with whom and why.",
    how_much: str = "necessary",
    how_much_reason: str = (
        "Share the information which is necessary for your purpose, not the whole file."
    ),
    fact: str = "yes",
    fact_reason: str = (
        "What was seen and said is set down as fact; the practitioner's view is marked as opinion."
    ),
    right_answer: str = "yes",
    privacy_cites: tuple[Cite, ...] = (t.CONSIDER_CONSENT,),
    after: tuple[ModelAnswer, ...] = (),
) -> tuple[ModelAnswer, ...]:
    """The How? checklist, one page, in the order the tool asks it; ``after`` are the
    free-text answers that follow it (another method, why they will not be told). A
    Privacy Notice is the guide's Consent paragraph; a health body's adds the paragraph on
    fair processing (``privacy_cites``)."""
    return (
        M("how_much", how_much, how_much_reason, t.HOW_SECTION, t.WHAT_TO_SHARE),
        M("fact_and_opinion", fact, fact_reason, t.HOW_SECTION, t.ACCURATE),
        M("right_person", right_answer, right, t.HOW_SECTION, t.RULE_3),
        M("transfer_method", method, method_reason, t.HOW_SECTION, t.SECURE_TRANSFER),
        M("privacy_notice", privacy, privacy_reason, *privacy_cites),
        M("tell_individual", tell, tell_reason, *tell_cites(tell)),
        *after,
    )


def tell_cites(tell: str) -> tuple[Cite, ...]:
    """The paragraphs a decision to tell, or not to tell, the individual rests on: the How?
    list ("as long as this would not create or increase risk of harm"); the crime exemption
    (DPA Section 29) only where telling would prejudice the prevention or detection of crime."""
    if tell == "no_crime_exemption":
        return (t.HOW_SECTION, t.DPA_SECTION_29)
    return (t.HOW_SECTION,)


def not_told(reason: str, tell: str = "no_risk_of_harm") -> ModelAnswer:
    """Why they will not be told, as the tool asks it after the How? page."""
    return M("not_told_reason", reason, "Say what the harm would be.", *tell_cites(tell))


def judging(
    *,
    proportionate: tuple[str, str],
    other_means: tuple[str, str],
    crime: tuple[str, str],
    others: tuple[str, str],
    weighing: str,
    weighing_reason: str = (
        "The weighing is the record of the judgement: who is at risk and how vulnerable "
        "they are, against the impact on the individual."
    ),
) -> tuple[ModelAnswer, ...]:
    """The public interest test's considerations (one page): each (answer, reason)."""
    return (
        M("proportionate_to_aim", *proportionate, pi.JUDGING, pi.PROPORTIONALITY),
        M("another_equally_effective_means", *other_means, pi.JUDGING),
        M("necessary_to_prevent_or_detect_crime", *crime, pi.JUDGING, pi.HUMAN_RIGHTS),
        M("necessary_to_protect_others", *others, pi.JUDGING, pi.DUTY_OF_CONFIDENCE),
        M("weighing", weighing, weighing_reason, pi.JUDGING, pi.RECORD_AT_THE_TIME),
    )


OWN_INFORMATION = M(
    "represents_holder",
    "yes",
    "The information is the practitioner's own organisation's, and they represent it in this "
    "decision: the originating Partner is the final arbiter.",
    pi.DUTY_OF_CONFIDENCE,
)
OVERRIDES = M(
    "overrides_duty_of_confidence",
    "yes",
    "The information was gathered where a Duty of Confidence is owed, and it would be shared "
    "without consent.",
    pi.DUTY_OF_CONFIDENCE,
)


def capacity_checklist(
    *,
    why_doubt: str,
    help_given: str,
    abilities: tuple[tuple[str, str], tuple[str, str], tuple[str, str], tuple[str, str]],
    how_impairment: str,
    attorney: tuple[str, str] = (
        "no",
        "There is no lasting power of attorney for health and welfare and no deputy: the "
        "decision is for whoever is acting, in the person's best interests.",
    ),
    later: tuple[ModelAnswer, ...] = (),
    wishes: str = "",
    views: str = "",
    less_restrictive: tuple[str, str] = ("no", ""),
    best_interests: tuple[str, str] | None = None,
    settled_doubt: bool = False,
) -> tuple[ModelAnswer, ...]:
    """The Mental Capacity Act checklist for a person 16 or over who may lack capacity
    because of an impairment, up to the best interests decision. ``settled_doubt``: run
    inside the share tool, which has already given the reason to doubt. ``abilities`` are
    the four functional abilities (understand, retain, use or weigh, communicate), each an
    answer with its reason: each ability is judged on what the facts say, after the help
    given, for this decision."""
    understand, retain, weigh, communicate = abilities
    found: list[ModelAnswer] = [
        M("aged_16_or_over", "yes", "The person is an adult: the Act applies.", mca.UNDER_16),
    ]
    if not settled_doubt:
        found.append(
            M(
                "reason_to_doubt",
                "yes",
                "What the person does and says gives a reason to doubt they can decide this, "
                "now: that is a reason to assess, not a finding.",
                mca.PRINCIPLES,
                mca.GUIDE_MCA,
            )
        )
    found += [
        M(
            "why_doubt",
            why_doubt,
            "Describe what was seen or said about how they decide, not a diagnosis.",
            mca.PRINCIPLES,
        ),
        M(
            "good_reasons_not_to_assess",
            "no",
            "There is time, and the decision matters: there are no good reasons not to assess.",
            mca.GUIDE_MCA,
            mca.NOT_ASSESSED_PAGE,
        ),
        M(
            "help_given",
            help_given,
            "All practicable steps to help them decide must be taken first (section 1(3)).",
            mca.PRINCIPLES,
            mca.FUNCTIONAL_TEST,
        ),
        M(
            "all_practicable_steps_taken",
            "yes",
            "The help recorded is all that could practicably be given, without success.",
            mca.PRINCIPLES,
        ),
        M("can_understand", *understand, mca.FUNCTIONAL_TEST, mca.ORDER),
        M("can_retain", *retain, mca.FUNCTIONAL_TEST),
        M("can_use_or_weigh", *weigh, mca.FUNCTIONAL_TEST, mca.PRINCIPLES),
        M("can_communicate", *communicate, mca.FUNCTIONAL_TEST),
        M(
            "unable_because_of_impairment",
            "yes",
            "The inability is because of an impairment of, or a disturbance in the functioning "
            "of, the mind or brain (section 2(1)), not a language barrier or a want of support.",
            mca.IMPAIRMENT,
            mca.ORDER,
        ),
        M(
            "how_impairment_causes_inability",
            how_impairment,
            "Say what links the impairment to the inability, for this decision, now.",
            mca.IMPAIRMENT,
            mca.ORDER,
        ),
        M("attorney_or_deputy", *attorney, mca.BEST_INTERESTS_PAGE),
    ]
    if attorney[0] == "yes":
        return tuple(found)
    found += [
        *later,
        M(
            "person_encouraged_to_take_part",
            "yes",
            "They were told, in short simple words, what was being decided and asked what they "
            "wanted (section 4(4)).",
            mca.BEST_INTERESTS_PAGE,
        ),
        M(
            "wishes_feelings_beliefs",
            wishes,
            "Section 4(6): their past and present wishes and feelings, beliefs and values.",
            mca.BEST_INTERESTS_PAGE,
        ),
        M(
            "views_of_others",
            views,
            "Section 4(7): those caring for them or interested in their welfare, where it is "
            "practicable and appropriate to consult them.",
            mca.BEST_INTERESTS_PAGE,
        ),
        M("less_restrictive_way", *less_restrictive, mca.PRINCIPLES, mca.BEST_INTERESTS_PAGE),
    ]
    if best_interests is not None:
        found.append(
            M("sharing_in_best_interests", *best_interests, mca.BEST_INTERESTS_PAGE, mca.PRINCIPLES)
        )
    return tuple(found)


def relied_on(answer: tuple[str, ...], reason: str, *cites: Cite) -> ModelAnswer:
    """Which gateways are relied on, in the legal gateways tool, and any further paragraphs
    the reason rests on."""
    return M("gateways_relied_on", answer, reason, gw.ALL_THREE, gw.WHICH_MAY_APPLY, *cites)


def gw_relied_on(answer: tuple[str, ...], reason: str, *cites: Cite) -> ModelAnswer:
    """The same, inside the share tool."""
    return replace(relied_on(answer, reason, *cites), question="gw_gateways_relied_on")


S16LA_NOT_RELIED = (
    "Section 16LA may apply on these answers, but its commencement could not be verified "
    f"on {SECTION_16LA.checked_on}: check legislation.gov.uk before relying on it, and share "
    "under the existing law meanwhile."
)


# 1. Anonymised figures for a report.

ANONYMISED_FIGURES = Scenario(
    id="anonymised-figures",
    title="Figures for the partnership's annual report",
    summary="A manager is asked for numbers, not names: is that sharing personal information?",
    facts=(
        "Priya Wendover manages a Family Safeguarding team in the fictional town of "
        "Brackenbury. The partnership board asks for the number of families the team worked "
        "with last year where domestic abuse, parental mental health or substance misuse was "
        "a factor, to go in its annual report.",
        "She can give totals for the whole town, by quarter. No figure is under ten, and no "
        "family, street or school is named.",
    ),
    prompts=(
        "Could anyone be identified from these figures, alone or with other information the "
        "board holds? What if one quarter's figure were 2, for one village?",
        "If no one can be identified, which of the How? questions still matter, and why?",
    ),
    exercises=(
        Exercise(
            id="anonymised-figures-share",
            tool="share",
            title="Should I share the figures?",
            answers=(
                M(
                    "legitimate_purpose",
                    "yes",
                    "The board reports on how the partnership safeguards children: a clear and "
                    "legitimate purpose.",
                    t.Q_PURPOSE,
                ),
                M(
                    "identifiable",
                    "no",
                    "Town-wide totals, none of them small, name no one and cannot single anyone "
                    "out: the information does not enable an individual to be identified.",
                    t.Q_IDENTIFIABLE,
                    t.PERSONAL_INFORMATION,
                ),
                M(
                    "agencies",
                    (HCC,),
                    "The figures go to the partnership board, through the council.",
                    t.WHO_SECTION,
                ),
                M(
                    "how_much",
                    "necessary",
                    "Only the totals the board asked for, by quarter, for the whole town.",
                    t.HOW_SECTION,
                    t.WHAT_TO_SHARE,
                ),
                M(
                    "fact_and_opinion",
                    "yes",
                    "The figures are counts from the case system: facts, with how they were "
                    "counted explained.",
                    t.HOW_SECTION,
                    t.ACCURATE,
                ),
                M(
                    "right_person",
                    "yes",
                    "The board's business manager asked for them for the report.",
                    t.HOW_SECTION,
                    t.RULE_3,
                ),
                M(
                    "transfer_method",
                    "hertsfx",
                    "Share in the most secure way available: HertsFX.",
                    t.SECURE,
                    t.SECURE_TRANSFER,
                ),
            ),
            outcome="share",
            record=(
                "What was shared (totals by quarter for the town), with whom, when and why.",
                "Why no one can be identified from them: no small numbers, no place smaller "
                "than the town.",
            ),
            worked_until=2,
        ),
    ),
    themes=("anonymised information", "personal information"),
)

# 2. Consent refused while a child is at risk of significant harm.

JUSTIFIED_OVERRIDE = (
    M(
        "which_criteria",
        ("vulnerable",),
        "Two young children who saw their mother assaulted: the protection of vulnerable "
        "members of the community.",
        pi.CRITERIA,
        pi.PUBLIC_INTEREST,
    ),
)
REFUSAL_JUDGING = judging(
    proportionate=(
        "yes",
        "Sharing the incident, the previous call-outs and the children's presence with "
        "children's services is proportionate to protecting the children.",
    ),
    other_means=(
        "no",
        "Nothing short of telling children's services lets them assess the risk to the children.",
    ),
    crime=(
        "yes",
        "The main aim is the children's protection, but telling children's services also "
        "helps prevent further assaults in the home (the police investigate this one "
        "themselves).",
    ),
    others=("yes", "It is necessary to protect the two children from further harm."),
    weighing=(
        "Ruby (7) and Alfie (4) saw the assault; it is the third call-out in two months and "
        "the violence is escalating. They cannot protect themselves. Ms Ashdown fears "
        "children's services will remove them: the impact on her is real, but it is "
        "outweighed by the risk of significant harm to the children."
    ),
)
POLICE_GATEWAYS = (
    M(
        "gw_sharing_organisation",
        "police",
        "The police hold the information and would share it.",
        gw.LEGAL_FRAMEWORK,
        gw.WHICH_MAY_APPLY,
    ),
    M(
        "gw_receiving_organisation",
        "la_children",
        "Children's services would receive it.",
        gw.WHICH_MAY_APPLY,
    ),
    M(
        "gw_purposes",
        ("significant_harm",),
        "So that children's services can decide whether to make enquiries under section 47 "
        "of the Children Act 1989.",
        gw.LEGAL_FRAMEWORK,
        gw.CHILDREN_ACT_1989,
    ),
    M(
        "gw_s16la_facilitate",
        "yes",
        "The information would help children's services carry out their functions for these "
        "children.",
        gw.SECTION_16LA,
    ),
    M(
        "gw_s16la_detriment",
        "no",
        "Sharing is not more detrimental to the children than not sharing: the reverse.",
        gw.SECTION_16LA,
    ),
    M(
        "gw_gateways_relied_on",
        ("children_act_2004", "police_common_law"),
        "The police's duty under section 11 of the Children Act 2004, and their common law "
        "power to share for a policing purpose (protecting life). " + S16LA_NOT_RELIED,
        gw.CHILDREN_ACT_2004,
        gw.POLICE_POWERS,
        gw.SECTION_16LA,
    ),
)
SAFEGUARDING_BASIS = M(
    "lawful_basis_sensitive",
    "safeguarding_public_task",
    "A public authority sharing criminal allegations to protect children without consent: "
    "public task, with the safeguarding condition (Schedule 1, paragraph 18), which also "
    "meets Article 10 for the criminal allegations (section 10(5)).",
    t.LAWFUL_BASIS_PAGE,
    t.OTHER_LAWFUL_BASIS,
)

CONSENT_REFUSED = Scenario(
    id="consent-refused-child-at-risk",
    title="Consent refused, two children at risk of significant harm",
    summary="A mother refuses consent after a third domestic abuse call-out: can and must the "
    "police still share?",
    facts=(
        "PC Owen Garside attends a flat in Hollowmere, near the fictional town of Brackenbury, "
        "at 7pm. Kerry Ashdown has a cut above her eye; her partner, Dean Mallory, has left. "
        "Her children, Ruby (7) and Alfie (4), whose father does not live with them, were "
        "in the room. It is the third call-out to "
        "the address in two months.",
        "PC Garside explains that he wants to tell children's services. Ms Ashdown refuses: "
        "she says they will take the children, and that she can keep them safe.",
        "Mr Mallory is arrested nearby an hour later and held in custody overnight. PC "
        "Garside's domestic abuse risk assessment is that the children are safe tonight: Mr "
        "Mallory is in custody, and Ms Ashdown's sister has come to stay with them. The "
        "referral can reach children's services' front door first thing in the morning.",
    ),
    prompts=(
        "Does Ms Ashdown's refusal mean the information cannot be shared? What does the guide "
        "say the refusal should be considered with?",
        "A colleague says she is not thinking straight. Is that a reason to doubt her capacity?",
        "What must PC Garside record, and should he tell her that he has shared it?",
    ),
    exercises=(
        Exercise(
            id="consent-refused-share",
            tool="share",
            title="Should PC Garside share with children's services?",
            answers=(
                *when(
                    "To safeguard two children: a clear and legitimate purpose.",
                    "The information names the family and the address.",
                    "What Ms Ashdown told the police, and the call-out records, are held in "
                    "confidence.",
                ),
                M(
                    "urgent",
                    "no",
                    "PC Garside's risk assessment is that the children are safe tonight, with "
                    "Mr Mallory in custody and their aunt staying: this is for the morning, not "
                    "immediate action out of hours.",
                    t.URGENT,
                ),
                M(
                    "agencies",
                    (HCC,),
                    "Children's services are the council's.",
                    t.WHO_SECTION,
                ),
                M(
                    "whose_information",
                    ("child", "parent", "others"),
                    "The children's, their mother's, and Mr Mallory's: he is named in the "
                    "allegation, and is not the children's father.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "yes",
                    "Criminal allegations are sensitive personal information.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_child",
                    "refused",
                    "At 7 and 4 the children are too young to decide: their mother, who has "
                    "parental responsibility, decides for them, and she refused.",
                    t.Q_CONSENT,
                    t.CONSENT_TO_SHARE,
                ),
                M(
                    "consent_parent",
                    "refused",
                    "Consent was sought and refused.",
                    t.Q_CONSENT,
                    t.CONSENT_REFUSED,
                ),
                M(
                    "consent_others",
                    "not_asked",
                    "Mr Mallory is not asked: seeking the consent of the man alleged to have "
                    "assaulted her would be unsafe for Ms Ashdown and the children.",
                    t.Q_CONSENT,
                    t.WITHOUT_CONSENT,
                ),
                *prefixed("pio_", (*JUSTIFIED_OVERRIDE, OWN_INFORMATION, *REFUSAL_JUDGING)),
                *POLICE_GATEWAYS,
                SAFEGUARDING_BASIS,
                *how(
                    right="The children's services front door team, by its secure address.",
                    tell="yes",
                    tell_reason="Be open and honest: PC Garside tells Ms Ashdown that he has "
                    "shared it, and why, as telling her does not increase the risk. Mr Mallory "
                    "is not told by the police now: children's services decide when, as "
                    "telling him could increase the risk to her and the children.",
                    privacy_reason="The police's Privacy Notice says information is shared "
                    "with partners to protect children.",
                ),
            ),
            outcome="must_share",
            record=(
                "That consent was sought and refused, and why overriding the refusal is "
                "justifiable and proportionate to the harm.",
                "What was shared (this incident, the two earlier call-outs, the children's "
                "presence), with whom, when, and for what purpose.",
                "That Ms Ashdown was told it had been shared, and why Mr Mallory was not asked "
                "or told.",
                "The risk assessment that made it a referral for the morning, not tonight.",
            ),
            worked_until=9,
        ),
        Exercise(
            id="consent-refused-public-interest",
            tool="public_interest",
            title="Does the public interest justify overriding the refusal?",
            answers=(
                *JUSTIFIED_OVERRIDE,
                OVERRIDES,
                OWN_INFORMATION,
                *REFUSAL_JUDGING,
            ),
            outcome="justified",
            record=(
                "The public interest criterion, and each consideration with the answer given.",
                "The weighing: the children's vulnerability against the impact on Ms Ashdown.",
            ),
            worked_until=3,
        ),
        Exercise(
            id="consent-refused-capacity",
            tool="capacity",
            title="Is there a reason to doubt Ms Ashdown can decide?",
            answers=(
                M("aged_16_or_over", "yes", "Ms Ashdown is an adult.", mca.UNDER_16),
                M(
                    "reason_to_doubt",
                    "no",
                    "She understands what would be shared and why, and gives her reasons. A "
                    "person is not to be treated as unable to decide merely because the "
                    "decision is unwise.",
                    mca.PRINCIPLES,
                ),
            ),
            outcome="capacity_presumed",
            record=(
                "That capacity is assumed: there is no reason to doubt it, and her refusal "
                "was weighed under the rules on refused consent.",
            ),
            worked_until=1,
        ),
    ),
    themes=("consent refused", "significant harm", "public interest", "domestic abuse"),
)

# 3. Urgent sharing out of hours.

URGENT_OUT_OF_HOURS = Scenario(
    id="urgent-out-of-hours",
    title="A child alone at 2am",
    summary="Out of hours, a toddler is found alone and her father is drunk: share now, and "
    "record why.",
    facts=(
        "At 2am PC Dana Whitlow is called to a house in Wrenfold, a fictional village near "
        "Brackenbury, by a neighbour who heard a child crying for an hour. Three-year-old "
        "Maisie Crane is alone downstairs. Her father, Lewis Crane, who has parental "
        "responsibility for her, returns from the pub ten minutes later, very drunk, and "
        "cannot say where Maisie's mother is.",
        "PC Whitlow wants to tell the council's Emergency Duty Team now, so that a social "
        "worker can decide tonight where Maisie sleeps. Mr Crane is in no state to discuss "
        "consent: he slurs and sways, cannot follow what PC Whitlow tells him about why she is "
        "there, and a minute later cannot say back what she has just told him.",
    ),
    prompts=(
        "What makes this urgent in the guide's sense? Would waiting for consent cause "
        "unjustified delay?",
        "Must PC Whitlow assess Mr Crane's capacity before sharing?",
        "The guide says Secure email or HertsFX. What about a phone call at 2am?",
    ),
    exercises=(
        Exercise(
            id="urgent-out-of-hours-share",
            tool="share",
            title="Should PC Whitlow share tonight?",
            answers=(
                *when(
                    "To protect a three-year-old found alone at night.",
                    "The information names Maisie and her father.",
                    "What the police saw in the family's home is held in confidence.",
                ),
                M(
                    "urgent",
                    "urgent",
                    "Seeking consent now would lead to unjustified delay in making enquiries "
                    "about significant harm to a child: take immediate action and share, and "
                    "record the reason.",
                    t.URGENT,
                    t.WITHOUT_CONSENT,
                ),
                M("agencies", (HCC,), "The Emergency Duty Team is the council's.", t.WHO_SECTION),
                M(
                    "whose_information",
                    ("child", "parent"),
                    "Maisie's, and her father's.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "yes",
                    "Mr Crane's state, and a possible offence of child neglect, are sensitive "
                    "personal information.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_child",
                    "not_asked",
                    "At three, Maisie cannot decide; a person with parental responsibility "
                    "decides for her, here her father (answered next).",
                    t.Q_CONSENT,
                ),
                M(
                    "consent_parent",
                    "not_asked",
                    "There is no time, and he is in no state: the urgent rule applies.",
                    t.Q_CONSENT,
                    t.URGENT,
                ),
                *POLICE_GATEWAYS,
                SAFEGUARDING_BASIS,
                *how(
                    right="The Emergency Duty Team's duty social worker, on its published number.",
                    method="other",
                    method_reason="A phone call now, because a child's safety cannot wait; "
                    "this departs from the agreement, so the record says so.",
                    tell="yes",
                    tell_reason="PC Whitlow tells Mr Crane, once he can follow it, that "
                    "children's services have been told.",
                    privacy_reason="The police's Privacy Notice says information is shared "
                    "with partners to protect children.",
                    after=(
                        M(
                            "other_method",
                            "By phone to the Emergency Duty Team at once, because Maisie's "
                            "safety tonight cannot wait; the written referral follows by "
                            "Secure email before the end of the shift.",
                            "Say what was done instead of Secure email or HertsFX, and why.",
                            t.SECURE_TRANSFER,
                            t.SECURE,
                        ),
                    ),
                ),
            ),
            outcome="share_now",
            record=(
                "Why it was urgent: a three-year-old alone at night, a father unable to care "
                "for her, and no time to seek consent.",
                "What was shared by phone, with whom and at what time, and that the written "
                "referral followed by Secure email.",
            ),
            worked_until=4,
        ),
        Exercise(
            id="urgent-out-of-hours-capacity",
            tool="capacity",
            title="Must PC Whitlow assess Mr Crane's capacity first?",
            answers=(
                M("aged_16_or_over", "yes", "Mr Crane is an adult.", mca.UNDER_16),
                M(
                    "reason_to_doubt",
                    "yes",
                    "He is too drunk to follow what is said to him: a reason to doubt he can "
                    "decide now.",
                    mca.PRINCIPLES,
                ),
                M(
                    "why_doubt",
                    "He could not follow what PC Whitlow told him about why she was there, and "
                    "a minute later could not say it back; he was slurring and swaying.",
                    "Describe what was seen and said, not a label.",
                    mca.PRINCIPLES,
                ),
                M(
                    "good_reasons_not_to_assess",
                    "yes",
                    "Sharing cannot wait and does not rest on his consent: the urgent rule "
                    "applies. There would have to be good reasons not to assess, documented "
                    "carefully: these are they.",
                    mca.GUIDE_MCA,
                    mca.NOT_ASSESSED_PAGE,
                ),
                M(
                    "reasons_not_to_assess",
                    "Intoxication is temporary and the decision cannot wait for it to pass; "
                    "the information is shared under the urgent rule, not on his consent or "
                    "in his best interests.",
                    "These would need to be documented carefully.",
                    mca.GUIDE_MCA,
                    mca.NOT_ASSESSED_PAGE,
                ),
            ),
            outcome="not_assessed",
            record=(
                "The good reasons for not assessing his capacity tonight.",
                "That he is not treated as lacking capacity: he is told what was shared once "
                "sober.",
            ),
            worked_until=2,
        ),
    ),
    themes=("urgent sharing", "out of hours", "secure transfer"),
)

# 4. Partial consent that leaves out the police.

PARTIAL_WHEN = (
    *when(
        "Mr Fenwick's drug use bears on his children's welfare, which the Family Safeguarding "
        "team is working to protect.",
        "It is about Mr Fenwick, by name.",
        "He told his CGL worker in confidence.",
    ),
    NOT_URGENT,
    M(
        "agencies",
        (HCC, POLICE),
        "The group case discussion includes children's services and the police officer who "
        "sits with the team.",
        t.WHO_SECTION,
        t.PARTIAL_CONSENT,
    ),
    M("whose_information", ("parent",), "It is Mr Fenwick's information.", t.WHO_SECTION),
    M(
        "sensitive",
        "yes",
        "Drug use is physical or mental health information, and may be a criminal matter.",
        t.WHO_SECTION,
        t.SENSITIVE_INFORMATION,
    ),
)
NOT_FOR_THE_POLICE = (
    M(
        "which_criteria",
        ("vulnerable", "detection"),
        "Two criteria could be in play: the protection of his children, who are vulnerable; "
        "and, because possessing cannabis is an offence, the detection of crime. Weigh both.",
        pi.CRITERIA,
    ),
)
NOT_FOR_THE_POLICE_JUDGING = judging(
    proportionate=(
        "no",
        "For the children: telling the police adds nothing to their protection, which the "
        "plan, the testing and children's services already provide. For the detection of "
        "crime: a father's personal cannabis use, with no supply, does not warrant breaching "
        "his confidence. Not proportionate to either aim.",
    ),
    other_means=(
        "yes",
        "The team can protect the children without the police: the child in need plan and "
        "the monthly drug testing, shared with children's services, address the risk.",
    ),
    crime=(
        "no",
        "Disclosure is not necessary to prevent or detect crime: personal possession, with no "
        "supply.",
    ),
    others=("no", "No one needs the police to know this to be protected."),
    weighing=(
        "The children (5 and 8) are on a child in need plan; they are well cared for, he uses "
        "after they are in bed with their mother at home, and the risk is managed by the plan "
        "and monthly testing. Telling the police would breach his trust, and could end his "
        "engagement with CGL, which protects the children most. Review if the tests or the "
        "children's care change."
    ),
)
PARTIAL_CONSENT = Scenario(
    id="partial-consent-police",
    title="Consent for some agencies, not the police",
    summary="A father agrees that his drug worker can share with children's services and "
    "health, but not the police, who sit in the group case discussion.",
    facts=(
        "Marcus Fenwick, of Ashcombe Green near the fictional town of Brackenbury, is "
        "supported by a CGL drug and alcohol worker, Hana Pryce, in a Family Safeguarding "
        "team. His children, aged 5 and 8, are on a child in need plan, which includes his "
        "agreement to monthly drug testing through CGL, with the results shared with "
        "children's services. He has agreed in writing that Ms Pryce may share his progress "
        "with children's services and his GP.",
        "He uses cannabis most evenings, after the children are in bed; their mother, his "
        "partner, who does not use, is at home. The children are well cared for and at "
        "school every day, and the tests show no other drugs. There is no sign of supply. "
        "Ms Pryce wants to discuss this at the weekly group case discussion, where a police "
        "officer sits with the team. Mr Fenwick said, when he signed, that he did not want "
        "the police to know anything.",
    ),
    prompts=(
        "Does his consent cover the agency you want to share with? What does the guide say "
        "to do when it does not?",
        "Could the discussion go ahead without the police officer present for this family?",
        "If he is asked and says no to the police, does the public interest justify telling "
        "them anyway?",
    ),
    exercises=(
        Exercise(
            id="partial-consent-share",
            tool="share",
            title="Can Ms Pryce share at the group case discussion?",
            answers=(
                *PARTIAL_WHEN,
                M(
                    "consent_parent",
                    "partial",
                    "He consented to children's services and his GP, not to the police: "
                    "partial consent that leaves out an agency you want to share with.",
                    t.Q_CONSENT,
                    t.PARTIAL_CONSENT,
                ),
                M(
                    "why_without_consent",
                    "seek",
                    "Always seek consent unless it is unsafe or inappropriate: nothing here "
                    "makes asking him unsafe, so ask him about the police first.",
                    t.CONSENT_NOT_OBTAINED,
                    t.PARTIAL_CONSENT,
                    t.RULE_2,
                ),
            ),
            outcome="seek_consent",
            record=(
                "That his consent covers children's services and his GP but not the police.",
                "That consent for the police will be sought, and what was shared meanwhile "
                "(with the police officer out of the room for his case).",
            ),
            worked_until=6,
        ),
        Exercise(
            id="partial-consent-refused-share",
            tool="share",
            title="He is asked, and says no to the police",
            twist=(
                "Ms Pryce asks Mr Fenwick. He says no: the police are not to be told. Nothing "
                "else has changed.",
            ),
            answers=(
                *PARTIAL_WHEN,
                M(
                    "consent_parent",
                    "refused",
                    "Consent to the police knowing was sought and refused.",
                    t.Q_CONSENT,
                    t.CONSENT_REFUSED,
                ),
                *prefixed(
                    "pio_", (*NOT_FOR_THE_POLICE, OWN_INFORMATION, *NOT_FOR_THE_POLICE_JUDGING)
                ),
            ),
            outcome="do_not_share_refusal",
            record=(
                "That consent for the police was sought and refused, and that the refusal is "
                "respected because overriding it is not proportionate.",
                "That his information is discussed with children's services and health only.",
            ),
            worked_until=7,
        ),
        Exercise(
            id="partial-consent-refused-public-interest",
            tool="public_interest",
            title="Does the public interest justify telling the police?",
            twist=("Mr Fenwick has refused consent to the police being told.",),
            answers=(*NOT_FOR_THE_POLICE, OVERRIDES, OWN_INFORMATION, *NOT_FOR_THE_POLICE_JUDGING),
            outcome="not_justified",
            record=("Which consideration failed, and why: the disclosure is not proportionate.",),
            worked_until=3,
        ),
    ),
    themes=("partial consent", "police", "public interest", "substance misuse"),
)

# 5. An adult who may lack capacity after a brain injury, and the same adult's child at risk.

THORNBURY_LATER = (
    M(
        "likely_to_have_capacity_later",
        "yes",
        "His consultant expects some recovery over the next six to twelve months (section 4(3)).",
        mca.BEST_INTERESTS_PAGE,
    ),
)


def _thornbury_rehabilitation(best_interests: tuple[str, str]) -> tuple[ModelAnswer, ...]:
    """The checklist for sharing his assessment with adult social care, for his
    rehabilitation: the facts as the scenario gives them, ability by ability."""
    return capacity_checklist(
        why_doubt="When the nurse first explained it, once, in the clinic, Mr Thornbury could "
        "not say back a few minutes later what would be shared or with whom.",
        help_given="Explained twice more, in short sentences, with a one-page picture summary, "
        "in the quiet room at home in the morning when he is least tired, with his sister "
        "Claire there.",
        abilities=(
            (
                "yes",
                "With the picture summary he can say that 'my report' would go to 'the people "
                "who help at home', to arrange that help: he understands the explanation given "
                "in a way that suits him (section 3(2)).",
            ),
            (
                "yes",
                "He still says so at the end of the twenty-minute conversation. Retaining it "
                "for a short period only does not stop him deciding (section 3(3)): his first "
                "failure to say it back was before any help was given.",
            ),
            (
                "no",
                "He cannot use it: he says there is nothing wrong with him, and asked what the "
                "support would do, or what would happen without it, he comes back each time to "
                "'I'm fine'. He cannot bring his own difficulties into the decision, so cannot "
                "weigh the consequences of sharing or not (section 3(4)).",
            ),
            ("yes", "He says clearly, in words, what he wants: the inability is elsewhere."),
        ),
        how_impairment="His consultant's letter says the injury to the front of his brain in "
        "March has left him with little awareness of his difficulties: that is why he cannot "
        "weigh what support at home would mean for him. The inability is in using or weighing, "
        "for this decision, now.",
        later=(
            *THORNBURY_LATER,
            M(
                "when_capacity_likely",
                "Perhaps in six to twelve months. The decision cannot wait: his support at home "
                "is being arranged now. Review it as he recovers.",
                "Say when, and whether the decision can wait until then.",
                mca.BEST_INTERESTS_PAGE,
            ),
        ),
        wishes="Before his injury he was a private man who kept his health to himself, but he "
        "was close to Lily and proud of being a good father; now he says he wants to 'get back "
        "to normal'.",
        views="His sister Claire, who visits daily, and his partner Jo: both want him to have "
        "the rehabilitation he needs at home.",
        less_restrictive=(
            "no",
            "Sharing only the assessment, with only the team arranging his support, is already "
            "the least restrictive way: without it they cannot arrange the help.",
        ),
        best_interests=best_interests,
    )


def _thornbury_referral(
    best_interests: tuple[str, str], settled_doubt: bool = False
) -> tuple[ModelAnswer, ...]:
    """The checklist for a different decision: telling children's services about Lily.
    Capacity is decision-specific, so it is assessed again, on the twist's facts."""
    return capacity_checklist(
        why_doubt="Told, once, that Mr Okafor wants to tell children's services what he saw "
        "with Lily, Mr Thornbury asked two minutes later why the nurse had come.",
        help_given="A separate conversation about this decision: explained in short sentences "
        "with a written summary, at home in the morning with Claire there, and again the next "
        "day.",
        abilities=(
            (
                "yes",
                "While it is being explained, with the summary, he can say who would be told "
                "(children's services), what (what Mr Okafor saw him do) and why (to check "
                "that Lily is safe).",
            ),
            (
                "no",
                "Within two or three minutes, both days, he has lost it: he asks again why "
                "children's services would be involved and is surprised and upset each time. "
                "A short period is enough (section 3(3)), but this is not long enough to use it "
                "in deciding.",
            ),
            (
                "no",
                "Because he cannot hold on to it, he cannot weigh telling children's services, "
                "or not, for himself or for Lily.",
            ),
            ("yes", "He says what he wants, in words: the inability is elsewhere."),
        ),
        how_impairment="The injury has damaged his short-term memory for new and upsetting "
        "information: he loses it within minutes, too soon to use it for this decision. For "
        "the rehabilitation decision, about information he had heard many times, he could "
        "retain it: capacity is about one decision at a time.",
        later=(
            *THORNBURY_LATER,
            M(
                "when_capacity_likely",
                "Perhaps in six to twelve months. Lily's safety cannot wait that long.",
                "Say when, and whether the decision can wait until then.",
                mca.BEST_INTERESTS_PAGE,
            ),
        ),
        wishes="Before his injury he was a private man who kept his health to himself; he was "
        "close to Lily and proud of being a good father. He has not said what he would want "
        "children's services to know.",
        views="Jo, who has seen it happen before and wants children's services told; his "
        "sister Claire, who is worried for Lily and for him.",
        less_restrictive=(
            "no",
            "Only what Mr Okafor saw and how the injury affects his behaviour would be shared, "
            "with children's services only: nothing less would let them check Lily is safe.",
        ),
        best_interests=best_interests,
        settled_doubt=settled_doubt,
    )


REFERRAL_TWIST = (
    "On a home visit Mr Okafor sees Mr Thornbury grab Lily by the arms and shout in her face "
    "when she is noisy. Lily flinches, and later tells Mr Okafor she is frightened of her "
    "father. Jo, who has parental responsibility for Lily, says privately that it has happened "
    "once before, agrees to a referral for Lily, and is afraid of how he would react if he "
    "learned that she had said so. Mr Okafor wants to refer to children's services.",
    "Mr Okafor assesses separately whether Mr Thornbury can decide about this referral. He "
    "explains it in short sentences with a written summary, at home in the morning with "
    "Claire there, and again the next day. While it is being explained Mr Thornbury can say "
    "who would be told, what and why; within two or three minutes, both days, he asks again "
    "why children's services would be involved, and is surprised and upset each time. Jo "
    "wants children's services told; Claire is worried for Lily and for him.",
)

BRAIN_INJURY_CHILD_WHEN = (
    *when(
        "To protect a nine-year-old child from harm at home.",
        "It is about Mr Thornbury and his daughter, by name.",
        "The brain injury team hold his health information in confidence.",
    ),
    NOT_URGENT,
    M("agencies", (HCC,), "Children's services are the council's.", t.WHO_SECTION),
    M(
        "whose_information",
        ("child", "parent"),
        "Lily's, and her parents': her father's health and behaviour, and what Jo said.",
        t.WHO_SECTION,
    ),
    M(
        "sensitive",
        "yes",
        "His brain injury and its effects are health information: sensitive.",
        t.WHO_SECTION,
        t.SENSITIVE_INFORMATION,
    ),
    M(
        "consent_child",
        "given",
        "At nine Lily is not asked to decide this alone; her mother, Jo, who has parental "
        "responsibility, agrees to the referral for her.",
        t.Q_CONSENT,
        t.CONSENT_TO_SHARE,
    ),
    M(
        "consent_parent",
        "capacity",
        "There is a reason to doubt that Mr Thornbury can decide: the checklist comes next. "
        "The tool asks one question for both parents: Jo agrees to what she said being "
        "shared, so record her consent, with the date and time, separately.",
        t.Q_CONSENT,
        t.MCA,
    ),
)
BRAIN_INJURY = Scenario(
    id="brain-injury-capacity",
    title="A father after a brain injury, and his daughter",
    summary="Can a man who may lack capacity after a brain injury consent to sharing, and "
    "what changes when his daughter may be at risk?",
    facts=(
        "Adam Thornbury, 41, of the fictional town of Brackenbury, had a traumatic brain "
        "injury in a fall in March. He lives with his partner, Jo, and their daughter Lily, "
        "9; his sister Claire visits daily. A nurse in the community brain injury team (part "
        "of an NHS trust), Femi Okafor, wants to share his assessment with the adult social "
        "care team who will arrange his rehabilitation support at home. There is no lasting "
        "power of attorney and no deputy. His consultant expects some recovery over the next "
        "six to twelve months.",
        "When Mr Okafor first explains it, once, in the clinic, Mr Thornbury cannot say back "
        "a few minutes later what would be shared or with whom.",
        "Mr Okafor then explains it twice more, in short sentences, with a one-page picture "
        "summary, in the quiet room at home in the morning, when Mr Thornbury is least tired, "
        "with Claire there. With the summary Mr Thornbury can say that 'my report' would go "
        "to 'the people who help at home', and he still says so at the end of the "
        "twenty-minute conversation. But he says there is nothing wrong with him; asked what "
        "the support would do, or what would happen without it, he comes back each time to "
        "'I'm fine'. His consultant's letter says the injury to the front of his brain has "
        "left him with little awareness of his difficulties. He says clearly what he wants.",
        "Before his injury he was a private man who kept his health to himself, but close to "
        "Lily and proud of being a good father; now he says he wants to 'get back to normal'. "
        "Claire and Jo both want him to have the rehabilitation he needs.",
    ),
    prompts=(
        "What must be done to help him decide before he can be treated as unable to? Was the "
        "first conversation in the clinic enough?",
        "He can hold the information only for a short time. Does that alone mean he cannot "
        "decide (section 3(3))? Which ability is he unable to use, and why?",
        "Capacity is about one decision at a time: is the answer the same for telling "
        "children's services as for his rehabilitation?",
        "If sharing is not in his best interests, is that the end of it when a child may be "
        "at risk? Should he be told that children's services have been told, and when?",
        "Best interests is wider than his health: would he, before his injury, have wanted "
        "his daughter protected? Does that change the answer, and does it matter here?",
    ),
    exercises=(
        Exercise(
            id="brain-injury-rehabilitation-capacity",
            tool="capacity",
            title="Sharing his assessment for his rehabilitation",
            answers=_thornbury_rehabilitation(
                (
                    "yes",
                    "The support he needs at home depends on it, and Claire and Jo want him to "
                    "have it; he wants to 'get back to normal'. Sharing only the assessment "
                    "with those arranging his care is in his best interests.",
                )
            ),
            outcome="lacks_capacity_sharing_in_best_interests",
            record=(
                "How it is established that he lacks capacity for this decision, ability by "
                "ability, after the help given, and how the injury causes the inability.",
                "The help given to him to decide, and whose views were taken into account.",
                "Why sharing is in his best interests, and that only the assessment is shared "
                "(what, with whom, when).",
            ),
            worked_until=5,
        ),
        Exercise(
            id="brain-injury-child-capacity",
            tool="capacity",
            title="Sharing his information with children's services",
            twist=REFERRAL_TWIST,
            answers=_thornbury_referral(
                (
                    "no",
                    "A referral about his behaviour towards his daughter is made to protect "
                    "her, not for his benefit, and as a private man he would not have wanted "
                    "his health shared with children's services: it is not in his best "
                    "interests. That rules out only this basis: the protection of Lily is "
                    "weighed next.",
                )
            ),
            outcome="lacks_capacity_sharing_not_in_best_interests",
            record=(
                "That he was assessed again for this decision, with the help given, and lacks "
                "capacity for it, ability by ability; and why sharing is not in his best "
                "interests.",
                "That another reason to share is weighed: the protection of his daughter.",
            ),
            worked_until=5,
        ),
        Exercise(
            id="brain-injury-child-share",
            tool="share",
            title="Should Mr Okafor refer to children's services?",
            twist=(
                *REFERRAL_TWIST,
                "The checklist's answers are those of the previous exercise.",
            ),
            answers=(
                *BRAIN_INJURY_CHILD_WHEN,
                *prefixed(
                    "mca_",
                    _thornbury_referral(
                        (
                            "no",
                            "Done to protect Lily, not for his benefit, and not what he would "
                            "have wanted: not in his best interests. The other reasons to share "
                            "still apply.",
                        ),
                        settled_doubt=True,
                    ),
                ),
                M(
                    "another_reason",
                    "public_interest",
                    "The most important consideration is whether sharing is likely to "
                    "safeguard and protect a child: the public interest in protecting Lily.",
                    t.Q_ANOTHER_REASON,
                    t.PUBLIC_INTEREST,
                    t.MOST_IMPORTANT,
                ),
                *prefixed(
                    "pi_",
                    (
                        M(
                            "which_criteria",
                            ("vulnerable",),
                            "A frightened nine-year-old: the protection of vulnerable members "
                            "of the community.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "yes",
                                "Sharing what Mr Okafor saw, what Jo reported and how his "
                                "injury affects his behaviour is proportionate to protecting "
                                "Lily.",
                            ),
                            other_means=(
                                "no",
                                "Only children's services can assess the risk to Lily and "
                                "plan with the family.",
                            ),
                            crime=("no", "This is about protecting Lily, not about a crime."),
                            others=("yes", "It is necessary to protect Lily."),
                            weighing="Lily, 9, was grabbed in front of Mr Okafor, it has "
                            "happened before, and she is frightened; her father's "
                            "disinhibition after his injury makes it likely to happen again. "
                            "The impact on him is a loss of privacy about his injury, which "
                            "is outweighed by the risk to Lily.",
                        ),
                    ),
                ),
                M(
                    "gw_sharing_organisation",
                    "nhs_trust",
                    "The community brain injury team is part of an NHS trust.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_receiving_organisation",
                    "la_children",
                    "Children's services would receive it.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("child_welfare",),
                    "To safeguard and promote Lily's welfare.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_s16la_facilitate",
                    "yes",
                    "It would help children's services carry out their functions for Lily.",
                    gw.SECTION_16LA,
                ),
                M(
                    "gw_s16la_detriment",
                    "no",
                    "Sharing is not more detrimental to Lily than not sharing.",
                    gw.SECTION_16LA,
                ),
                gw_relied_on(
                    ("children_act_2004",),
                    "An NHS trust is among the bodies section 11 of the Children Act 2004 "
                    "lists. " + S16LA_NOT_RELIED,
                ),
                M(
                    "lawful_basis_sensitive",
                    "safeguarding_public_task",
                    "An NHS trust sharing a father's health information to protect his child, "
                    "without his consent because he cannot give it: public task, with the "
                    "safeguarding condition (Schedule 1, paragraph 18).",
                    t.LAWFUL_BASIS_PAGE,
                    t.OTHER_LAWFUL_BASIS,
                ),
                *how(
                    right="The children's services front door team.",
                    privacy_reason="The trust's Privacy Notice says information is shared to "
                    "protect children.",
                    privacy_cites=(t.CONSIDER_CONSENT, t.FAIR_PROCESSING),
                    tell="no_risk_of_harm",
                    tell_reason="Not now: telling him could create or increase the risk of "
                    "harm to Lily and to Jo. Jo is aware. When and how he is told is agreed "
                    "with children's services, simply and with Claire there.",
                    after=(
                        not_told(
                            "He grabbed Lily twice, his injury leaves him disinhibited, and Jo "
                            "fears how he would react if he learned of the referral: news of it "
                            "now could lead to another outburst at home. Children's services "
                            "and Mr Okafor will agree when and how he is told."
                        ),
                    ),
                ),
            ),
            outcome="share",
            record=(
                "The capacity finding for this decision, and why sharing is not in his best "
                "interests.",
                "The public interest weighing: the risk to Lily against the impact on him.",
                "What was shared, with whom and when; Jo's consent for Lily, with the date and "
                "time; that he was not told, why, and what was agreed with children's services "
                "about when he will be.",
            ),
            worked_until=9,
        ),
    ),
    themes=("mental capacity", "best interests", "child at risk", "public interest"),
)

# 6. A 15-year-old who asks that nothing is told to a parent.

EXPLOITATION_TWIST = (
    "Ellie later tells Ms Tallis that her boyfriend is not 16 but 23. He picks her up from "
    "school in his car, has given her a phone her mother does not know about, and takes her "
    "to parties where she is given alcohol. She still asks that no one is told.",
)

TEENAGER = Scenario(
    id="fifteen-year-old-confidentiality",
    title="A 15-year-old asks the school nurse to tell no one",
    summary="A competent 15-year-old seeks sexual health advice and refuses to let her "
    "mother, or her school, be told.",
    facts=(
        "Ellie Pargeter, 15, a pupil at the fictional Brackenbury Heath Academy, sees the school "
        "nurse, Gwen Tallis (Hertfordshire Community NHS Trust), for contraception advice. "
        "She has a boyfriend of 16 from her year group. She asks that nothing is told to her "
        "mother, or to the school.",
        "Ms Tallis assesses her carefully, against the Fraser guidelines for contraception "
        "advice and for her competence to decide about sharing: Ellie understands the advice "
        "and its implications, there are no signs of pressure, exploitation or an older "
        "partner, and she will not be persuaded to tell her mother. When Ms Tallis asks "
        "whether she may tell the school anything, Ellie says no. The school's safeguarding "
        "lead has heard rumours and asks Ms Tallis what Ellie said, so that the school can "
        "call her mother.",
    ),
    prompts=(
        "Who decides about consent for a 15-year-old? Does the Mental Capacity Act apply?",
        "What would change the answer: an older partner, gifts, missing school, alcohol?",
        "What should Ms Tallis say to the safeguarding lead, and what should she record?",
    ),
    exercises=(
        Exercise(
            id="fifteen-year-old-capacity",
            tool="capacity",
            title="Does the Mental Capacity Act apply to Ellie's decision?",
            answers=(
                M(
                    "aged_16_or_over",
                    "no",
                    "Ellie is 15: the Act's powers cannot be used for a person under 16. "
                    "Whether she is competent to decide for herself (Gillick competence) is "
                    "the question.",
                    mca.UNDER_16,
                    mca.GUIDE_MCA,
                ),
            ),
            outcome="act_does_not_apply",
            record=(
                "That Ellie was assessed as competent to decide, and how (Gillick competence; "
                "the Fraser guidelines for the contraception advice).",
            ),
            worked_until=0,
        ),
        Exercise(
            id="fifteen-year-old-share",
            tool="share",
            title="Should Ms Tallis tell the school what Ellie said?",
            answers=(
                *when(
                    "The school says it wants to safeguard Ellie: a purpose the guide "
                    "recognises, so weigh it.",
                    "It is about Ellie, by name.",
                    "A young person's consultation with a nurse is confidential.",
                ),
                NOT_URGENT,
                M(
                    "agencies",
                    (OTHER,),
                    "The school is not a signatory of the agreement.",
                    t.WHO_SECTION,
                ),
                M(
                    "other_agency",
                    "Brackenbury Heath Academy (its designated safeguarding lead).",
                    "Name the organisation.",
                    t.WHO_SECTION,
                ),
                M(
                    "whose_information",
                    ("child", "others"),
                    "Ellie's, and her boyfriend's: what she said is about him too.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "yes",
                    "Sexual health is sensitive personal information.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_child",
                    "refused",
                    "Ellie is competent to decide (Gillick competence; the Fraser guidelines "
                    "for the advice itself) and refused, for her mother and for the school: "
                    "consent was sought and refused.",
                    t.Q_CONSENT,
                    t.CONSENT_REFUSED,
                ),
                M(
                    "consent_others",
                    "not_asked",
                    "Her boyfriend has not been asked, and would not be unless Ellie's refusal "
                    "were overridden.",
                    t.Q_CONSENT,
                ),
                *prefixed(
                    "pio_",
                    (
                        M(
                            "which_criteria",
                            ("vulnerable",),
                            "Ellie is a child, so the protection of the vulnerable is the "
                            "criterion to weigh.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "no",
                                "Breaching a competent young person's confidence, with no sign "
                                "of harm, is not proportionate to any aim.",
                            ),
                            other_means=(
                                "yes",
                                "Ms Tallis keeps supporting Ellie, and keeps encouraging her to "
                                "talk to her mother.",
                            ),
                            crime=(
                                "no",
                                "A consensual relationship between two pupils of similar age, "
                                "with no sign of exploitation.",
                            ),
                            others=("no", "No one else is at risk."),
                            weighing="Ellie is competent, there is no sign of pressure, "
                            "exploitation or an older partner, and she is seeking advice to "
                            "keep herself safe. Telling the school, and so her mother, would "
                            "breach her trust and could stop her seeking help at all.",
                        ),
                    ),
                ),
            ),
            outcome="do_not_share_refusal",
            record=(
                "The assessment of Ellie's competence, and that there were no signs of harm or "
                "exploitation.",
                "That she refused consent and the refusal is respected; what was said to the "
                "safeguarding lead (no details), and why.",
                "To review if anything changes: an older partner, gifts, missing school.",
            ),
            worked_until=8,
        ),
        Exercise(
            id="fifteen-year-old-exploitation-share",
            tool="share",
            title="Her boyfriend is 23",
            twist=EXPLOITATION_TWIST,
            answers=(
                *when(
                    "To protect Ellie from sexual exploitation.",
                    "It is about Ellie, by name.",
                    "What she told the nurse is confidential.",
                ),
                M(
                    "urgent",
                    "no",
                    "She is at school and safe today: refer this morning, without waiting for "
                    "consent she has already refused.",
                    t.URGENT,
                ),
                M(
                    "agencies",
                    (HCC,),
                    "A referral goes to children's services, and through them to the police.",
                    t.WHO_SECTION,
                ),
                M("whose_information", ("child",), "It is Ellie's information.", t.WHO_SECTION),
                M(
                    "sensitive",
                    "yes",
                    "Her sexual life, and criminal allegations against the man, are sensitive.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_child",
                    "refused",
                    "She was asked and refused.",
                    t.Q_CONSENT,
                    t.CONSENT_REFUSED,
                ),
                *prefixed(
                    "pio_",
                    (
                        M(
                            "which_criteria",
                            ("vulnerable", "crime_and_disorder"),
                            "A child being groomed by an adult: the protection of the "
                            "vulnerable, and the prevention of crime.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "yes",
                                "Referring what she said about the man is proportionate to "
                                "protecting her from exploitation.",
                            ),
                            other_means=(
                                "no",
                                "Only children's services and the police can protect her from him.",
                            ),
                            crime=(
                                "yes",
                                "An adult of 23 in a sexual relationship with a 15-year-old "
                                "commits an offence: disclosure is necessary to prevent it.",
                            ),
                            others=("yes", "It is necessary to protect Ellie."),
                            weighing="Ellie is 15; a man of 23 gives her gifts, alcohol and "
                            "a secret phone: the signs of grooming and exploitation. Her wish "
                            "for confidentiality matters, and she should be told what will "
                            "happen and why, but it is outweighed by the risk of significant "
                            "harm.",
                        ),
                    ),
                ),
                M(
                    "gw_sharing_organisation",
                    "nhs_trust",
                    "The school nursing service is part of an NHS trust.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_receiving_organisation",
                    "la_children",
                    "Children's services would receive it.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("child_welfare",),
                    "To safeguard Ellie.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_s16la_facilitate",
                    "yes",
                    "It would help children's services protect Ellie.",
                    gw.SECTION_16LA,
                ),
                M(
                    "gw_s16la_detriment",
                    "no",
                    "Referring is not more detrimental to Ellie than not referring.",
                    gw.SECTION_16LA,
                ),
                gw_relied_on(
                    ("children_act_2004",),
                    "The trust's duty under section 11 of the Children Act 2004. "
                    + S16LA_NOT_RELIED,
                ),
                SAFEGUARDING_BASIS,
                *how(
                    right="The children's services front door team.",
                    privacy_reason="The trust's Privacy Notice says information is shared to "
                    "protect children.",
                    tell="yes",
                    tell_reason="Be open and honest with Ellie: tell her what will be shared, "
                    "with whom and why, before it is sent.",
                ),
            ),
            outcome="must_share",
            record=(
                "What Ellie said, in her words, and the signs of exploitation.",
                "That she refused consent, why overriding it is justifiable and "
                "proportionate, and that she was told.",
            ),
            worked_until=7,
        ),
    ),
    themes=("young people", "Gillick competence", "confidentiality", "consent refused"),
)

# 7. A concern about radicalisation.

RADICALISATION = Scenario(
    id="radicalisation-concern",
    title="A pupil drawn to extremist material",
    summary="A school's safeguarding lead is worried a 14-year-old is being drawn into "
    "terrorism: which power lets the school share, and with whom?",
    facts=(
        "Tariq Selby, 14, at the fictional Brackenbury Heath Academy, has been sharing videos from "
        "an extreme right-wing group in a class chat, saying that 'something has to be done' "
        "about a mosque in town, and has asked a friend how to make a smoke bomb. His "
        "behaviour has changed: he has dropped old friends and spends nights online.",
        "The school's designated safeguarding lead, Ruth Amberley, wants to make a Prevent "
        "referral to the police, who assess referrals for the local Channel panel.",
    ),
    prompts=(
        "The Prevent duty (section 26) is a duty of due regard. Is it a power to share?",
        "Is a school a partner of a Channel panel? What does section 38 let a partner do?",
        "Should Tariq's parents be told about the referral, and who decides?",
        "What if he said he meant to use a smoke bomb this week? (Immediate risk: call 999, "
        "and refer to children's services.)",
    ),
    exercises=(
        Exercise(
            id="radicalisation-gateways",
            tool="gateways",
            title="Which gateway lets the school make the referral?",
            answers=(
                M(
                    "sharing_organisation",
                    "school",
                    "The school holds the information.",
                    gw.LEGAL_FRAMEWORK,
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "receiving_organisation",
                    "police",
                    "Prevent referrals go to the police, who assess them for the Channel panel.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "purposes",
                    ("child_welfare", "prevent"),
                    "To prevent Tariq being drawn into terrorism, and to safeguard him.",
                    gw.LEGAL_FRAMEWORK,
                    gw.COUNTER_TERRORISM,
                ),
                M(
                    "s16la_sharer_in_scope",
                    "not_sure",
                    "A school is within section 16LA only as a designated childcare or "
                    "education agency under section 16E: check whether the local safeguarding "
                    "arrangements name it.",
                    gw.SECTION_16LA,
                ),
                M(
                    "s16la_facilitate",
                    "yes",
                    "The referral would help the police carry out their functions.",
                    gw.SECTION_16LA,
                ),
                M(
                    "s16la_detriment",
                    "no",
                    "Referring is not more detrimental to Tariq than not referring.",
                    gw.SECTION_16LA,
                ),
                M(
                    "channel_partner",
                    "yes",
                    "Schedule 7 lists the proprietors of schools among the partners of a "
                    "Channel panel.",
                    gw.COUNTER_TERRORISM,
                    gw.SECTION_38,
                ),
                relied_on(
                    ("children_act_2004", "section_38"),
                    "The school's duty to co-operate under section 10 of the Children Act "
                    "2004, and section 38 of the Counter-Terrorism and Security Act 2015. "
                    "Section 26 is a duty of due regard, not a power to share: it is not "
                    "relied on.",
                ),
            ),
            outcome="gateway_identified",
            record=(
                "The concerns, as fact and opinion, and the gateways relied on.",
                "The lawful basis and how confidentiality is answered: a gateway alone is "
                "not enough.",
                "What was shared, with whom (the police Prevent team), when and how.",
                "Whether his parents were told, and if not, why.",
                "If at any point the risk is immediate, call 999 and refer to children's "
                "services: do not wait for the Prevent referral.",
            ),
            worked_until=3,
        ),
    ),
    themes=("Prevent", "Channel", "radicalisation", "legal gateways"),
)

# 8. Health information and the duty to share for direct care.

DIRECT_CARE_START = (
    M(
        "sharing_organisation",
        "nhs_trust",
        "The mental health trust holds the information.",
        gw.LEGAL_FRAMEWORK,
    ),
    M(
        "receiving_organisation",
        "gp",
        "Her GP practice would receive it.",
        gw.WHICH_MAY_APPLY,
    ),
    M(
        "purposes",
        ("direct_care",),
        "Her GP prescribes her medication: this is her own direct care.",
        gw.HEALTH_AND_SOCIAL_CARE,
        gw.SECTION_251B,
    ),
    M(
        "best_interests",
        "yes",
        "Her GP needs to know of the new medication to prescribe safely: likely to help "
        "provide her care, and in her best interests.",
        gw.HEALTH_AND_SOCIAL_CARE,
        gw.SECTION_251B,
    ),
)
DIRECT_CARE = Scenario(
    id="health-direct-care",
    title="A mother's new medication, and her GP",
    summary="A mental health trust wants to tell a mother's GP about a change of medication: "
    "the duty to share for direct care, and what happens if she objects.",
    facts=(
        "Sadie Harrow, 29, of the fictional town of Brackenbury, has two young children and "
        "is supported by the Family Safeguarding team's mental health practitioner. After a "
        "relapse her psychiatrist at the mental health trust changes her medication.",
        "Her care coordinator, Tom Achebe, wants to send the change, and the reasons for it, "
        "to her GP practice, which prescribes for her. He tells her what he will send and why, "
        "and she agrees that her GP should know.",
    ),
    prompts=(
        "What does the duty in section 251B add to what was already good practice?",
        "What if she objects? Does the duty set aside the duty of confidence?",
        "Is the GP practice a Family Safeguarding partner? Does it matter here?",
    ),
    exercises=(
        Exercise(
            id="health-direct-care-gateways",
            tool="gateways",
            title="Is there a gateway to share with her GP?",
            answers=(
                *DIRECT_CARE_START,
                M(
                    "person_objects",
                    "no",
                    "Mr Achebe told her what he will send and why, and she agrees that her GP "
                    "should know.",
                    gw.HEALTH_AND_SOCIAL_CARE,
                    gw.SECTION_251B,
                ),
                relied_on(
                    ("section_251b",),
                    "The duty to share for direct care between health bodies: whenever it "
                    "would be lawful and would facilitate care in her best interests, "
                    "relevant information must be shared.",
                ),
            ),
            outcome="gateway_identified",
            record=(
                "What was shared with the GP, and that it was for her direct care.",
                "That she was told, and did not object.",
            ),
            worked_until=3,
        ),
        Exercise(
            id="health-direct-care-objection-gateways",
            tool="gateways",
            title="She objects",
            twist=(
                "Instead, when Mr Achebe tells her, Ms Harrow says she does not want her GP to "
                "know about the relapse: the receptionist there is her neighbour. She is well "
                "enough to decide, and there is no risk to her children or anyone else from the "
                "GP not knowing for now.",
            ),
            answers=(
                *DIRECT_CARE_START,
                M(
                    "person_objects",
                    "objected",
                    "She has objected: the duty need not be complied with, and her informed "
                    "refusal must be respected unless an overriding consideration exists.",
                    gw.HEALTH_AND_SOCIAL_CARE,
                    gw.SECTION_251B,
                ),
                relied_on(
                    ("none",),
                    "No gateway is relied on while she objects: seek advice if the risk changes.",
                ),
            ),
            outcome="no_gateway_identified",
            record=(
                "Her objection, and that it is respected because nothing overrides it now.",
                "The risks of the GP not knowing, explained to her, and when to review.",
            ),
            worked_until=3,
        ),
    ),
    themes=("health", "direct care", "section 251B", "objection"),
)

# 9. A request with no legitimate purpose.

NO_PURPOSE = Scenario(
    id="no-legitimate-purpose",
    title="A letting agent asks whether a tenant is known to social services",
    summary="A request to check a prospective tenant: is there a clear and legitimate purpose?",
    facts=(
        "A letting agent in the fictional town of Brackenbury emails a Family Safeguarding "
        "social worker, Nadia Forde. A mother she supports, Chantelle Brook, has applied for "
        "a flat. The agent asks whether Ms Brook 'has any involvement with social services or "
        "the police', as part of its tenant referencing.",
    ),
    prompts=(
        "What does the guide say information should only be shared for?",
        "Should Ms Forde even confirm that she knows Ms Brook?",
        "What should she record, and say to the agent?",
    ),
    exercises=(
        Exercise(
            id="no-legitimate-purpose-share",
            tool="share",
            title="Should Ms Forde answer the letting agent?",
            answers=(
                M(
                    "legitimate_purpose",
                    "no",
                    "Information should only be shared for safeguarding and promoting the "
                    "welfare of children and vulnerable adults and the prevention and "
                    "detection of related crime: tenant referencing is none of these.",
                    t.Q_PURPOSE,
                    t.PURPOSE,
                ),
            ),
            outcome="do_not_share_information",
            record=(
                "The request, the decision not to share (not even to confirm that Ms Brook is "
                "known), and the reason.",
                "That the reason was explained to the agent.",
            ),
            worked_until=0,
        ),
    ),
    themes=("legitimate purpose", "recording a decision not to share"),
)

# 10. A charity with no statutory gateway.

CHARITY_CONSENT = (
    M(
        "consent_child",
        "given",
        "Mia understood what would be shared, with whom and why, said it back in her own words "
        "and asked about the consequences for her mother, then agreed: at 12 she is competent "
        "to decide this (Gillick competence).",
        t.Q_CONSENT,
        t.CONSENT_TO_SHARE,
    ),
    M(
        "consent_parent",
        "not_asked",
        "Her mother has not been asked.",
        t.Q_CONSENT,
    ),
    M(
        "consent_others",
        "not_asked",
        "Her mother's partner, named in the allegation, is not asked: that would put Mia and "
        "her mother at risk.",
        t.Q_CONSENT,
        t.WITHOUT_CONSENT,
    ),
)
CHARITY_GATEWAYS = (
    M(
        "sharing_organisation",
        "charity",
        "The Trust is a registered charity.",
        gw.LEGAL_FRAMEWORK,
        gw.WHICH_MAY_APPLY,
    ),
    M(
        "receiving_organisation",
        "la_children",
        "Children's services would receive it.",
        gw.WHICH_MAY_APPLY,
    ),
    M(
        "purposes",
        ("child_welfare",),
        "To safeguard Mia and promote her welfare.",
        gw.LEGAL_FRAMEWORK,
    ),
    M(
        "s16la_sharer_in_scope",
        "no",
        "The Trust is not a body section 11 lists, is not a designated agency, and provides "
        "no services under arrangements with one: section 16LA does not apply to it.",
        gw.SECTION_16LA,
    ),
    M(
        "s16la_facilitate",
        "yes",
        "It would help children's services carry out their functions for Mia.",
        gw.SECTION_16LA,
    ),
    M(
        "s16la_detriment",
        "no",
        "Sharing is not more detrimental to Mia than not sharing.",
        gw.SECTION_16LA,
    ),
    relied_on(
        ("none",),
        "A charity is not a public body that can act only under statute: it needs no "
        "statutory gateway, but a lawful basis and an answer to confidentiality.",
    ),
)
CHARITY = Scenario(
    id="charity-no-gateway",
    title="A young carers' charity and a disclosure of violence",
    summary="A charity worker hears that a young carer's mother is being hurt: a charity "
    "needs no statutory gateway, but it still needs a lawful basis.",
    facts=(
        "Mia Dunmore, 12, cares for her mother, who has multiple sclerosis. She goes to the "
        "fictional Brackenbury Young Carers' Trust, a registered charity funded by donations "
        "and a lottery grant, with no contract with the council.",
        "Mia tells her support worker, Leon Hartigan, that her mother's partner hits her "
        "mother when he drinks, and that she hides in her room. Her mother's partner reads "
        "her mother's phone messages.",
        "Mr Hartigan tells Mia that he needs to tell children's services, and explains what he "
        "would tell them, who they are and what they might do. She can say it back in her own "
        "words, asks what would happen to her mum, and agrees, 'so it stops', as long as her "
        "mum's partner does not find out it came from her.",
    ),
    prompts=(
        "Which Acts in the guide give a charity a power to share? Does it need one?",
        "Why would asking Mia's mother for consent be unsafe here?",
        "Which lawful basis can a charity use that a council cannot?",
    ),
    exercises=(
        Exercise(
            id="charity-gateways",
            tool="gateways",
            title="Does the charity need a gateway?",
            answers=CHARITY_GATEWAYS,
            outcome="no_gateway_needed",
            record=(
                "That the Trust needs no statutory gateway, and the lawful basis it relies on.",
            ),
            worked_until=3,
        ),
        Exercise(
            id="charity-share",
            tool="share",
            title="Should Mr Hartigan share with children's services?",
            answers=(
                *when(
                    "To safeguard Mia, who lives with domestic abuse.",
                    "It is about Mia and her mother, by name.",
                    "Mia told her support worker in confidence.",
                ),
                NOT_URGENT,
                M("agencies", (HCC,), "Children's services are the council's.", t.WHO_SECTION),
                M(
                    "whose_information",
                    ("child", "parent", "others"),
                    "Mia's, her mother's, and her mother's partner's: he is named in the "
                    "allegation.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "yes",
                    "Her mother's health, and criminal allegations against the partner, are "
                    "sensitive personal information.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                *CHARITY_CONSENT,
                M(
                    "why_without_consent",
                    "unsafe",
                    "The partner reads her mother's messages: asking her mother, or him, would "
                    "put Mia and her mother at risk of harm.",
                    t.CONSENT_NOT_OBTAINED,
                    t.WITHOUT_CONSENT,
                ),
                M(
                    "another_reason",
                    "public_interest",
                    "The public interest in protecting Mia and her mother.",
                    t.Q_ANOTHER_REASON,
                    t.PUBLIC_INTEREST,
                ),
                *prefixed(
                    "pi_",
                    (
                        M(
                            "which_criteria",
                            ("vulnerable",),
                            "A child living with domestic abuse: the protection of "
                            "vulnerable members of the community.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "yes",
                                "Telling children's services what Mia said is proportionate "
                                "to protecting her.",
                            ),
                            other_means=(
                                "no",
                                "The charity cannot protect Mia itself.",
                            ),
                            crime=("no", "The purpose is Mia's safety."),
                            others=("yes", "It is necessary to protect Mia and her mother."),
                            weighing="Mia is 12, frightened, and a carer; her mother is being "
                            "hurt. The impact on the mother is that children's services learn "
                            "of the abuse before she chooses to tell them, which is outweighed "
                            "by the risk to both.",
                        ),
                    ),
                ),
                *prefixed("gw_", CHARITY_GATEWAYS),
                M(
                    "lawful_basis_sensitive",
                    "recognised_legitimate_interest",
                    "A charity is not a public authority: recognised legitimate interest "
                    "(safeguarding), with the safeguarding condition in Schedule 1, paragraph "
                    "18.",
                    t.LAWFUL_BASIS_PAGE,
                ),
                *how(
                    right="The children's services front door team.",
                    privacy_reason="The Trust's Privacy Notice says it will share information "
                    "to keep children safe.",
                    tell="no_risk_of_harm",
                    tell_reason="Telling her mother now would, through the partner, increase "
                    "the risk of harm.",
                    after=(
                        not_told(
                            "Her mother's partner reads her messages; children's services "
                            "will decide how and when she is told safely. He is not told."
                        ),
                    ),
                ),
            ),
            outcome="share",
            record=(
                "Mia's consent, and why consent was not sought from her mother or her mother's "
                "partner: it would be unsafe.",
                "The public interest weighing, and the lawful basis relied on.",
                "What was shared, with whom and when, and why her mother was not told.",
            ),
            worked_until=8,
        ),
    ),
    themes=("charity", "no statutory gateway", "lawful basis", "domestic abuse"),
)

# 11. A request to send information outside the UK.

OUTSIDE_UK = Scenario(
    id="outside-uk-request",
    title="A grandmother abroad, and a request for the children's file",
    summary="A child welfare agency outside the UK asks for information to assess the "
    "children's grandmother as a carer: what does the agreement say about sending it abroad?",
    facts=(
        "Jamal and Noor Rahimi, 8 and 6, of the fictional town of Brackenbury, are in the "
        "care of the council under a care order made last year: the council has parental "
        "responsibility for them, and may limit how their parents exercise theirs (Children "
        "Act 1989, section 33(3)(b)). The children's assessment was filed in those care "
        "proceedings.",
        "Their father, Karim, wants his mother, who lives outside the UK and the European "
        "Economic Area, in a country for which the UK has made no adequacy regulations, to be "
        "assessed as their carer. The council could arrange for the children to live abroad "
        "only with the court's approval (Children Act 1989, Schedule 2, paragraph 19).",
        "An email arrives from an address in the name of the city's child welfare agency, "
        "asking the social worker, Beth Lomax, to send the children's assessment and the "
        "parents' history. Mr Rahimi has signed a consent form. Ms Lomax has explained the "
        "request separately to the children's mother, Layla Rahimi, whose history is in the "
        "file, and she has signed one too. Ms Lomax has not been able to confirm who sent the "
        "email, or whether the agency can receive it securely.",
    ),
    prompts=(
        "What does the agreement's Eighth Principle say about information leaving the UK? "
        "Who makes that decision?",
        "What has to be true before a transfer outside the UK is lawful now (UK GDPR Chapter "
        "V)? Why might legal advice be necessary?",
        "How can Ms Lomax be sure she is giving the right information to the right person? "
        "Who could confirm the agency (the Central Authority under the 1996 Hague Convention, "
        "or a body such as Children and Families Across Borders)?",
        "Both parents have signed. Why is their consent still not the council's lawful basis, "
        "and why can it not make the transfer abroad lawful (UK GDPR Articles 7(4) and 49(3))?",
        "The assessment was filed in the care proceedings. What does that mean before it goes "
        "to anyone outside them?",
        "The tool does not ask where the recipient is. What does that mean for how you use it?",
    ),
    exercises=(
        Exercise(
            id="outside-uk-share",
            tool="share",
            title="Can Ms Lomax send the file?",
            answers=(
                *when(
                    "To find the children a safe family placement: safeguarding and promoting "
                    "their welfare.",
                    "The file names the children and their parents.",
                    "The children's assessment and the parents' history are held in confidence.",
                ),
                NOT_URGENT,
                M(
                    "agencies",
                    (OTHER,),
                    "The agency abroad is not a signatory of the agreement.",
                    t.WHO_SECTION,
                ),
                M(
                    "other_agency",
                    "The child welfare agency of the city where the children's grandmother "
                    "lives, outside the UK and the European Economic Area.",
                    "Name the organisation, and where it is.",
                    t.WHO_SECTION,
                    EIGHTH_PRINCIPLE,
                ),
                M(
                    "whose_information",
                    ("child", "parent"),
                    "The children's, and their parents'.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "yes",
                    "The parents' history includes health and criminal allegations.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_child",
                    "given",
                    "At 8 and 6 the children cannot decide; those with parental responsibility "
                    "decide for them. Under the care order that is the council, which may limit "
                    "how the parents exercise theirs (section 33(3)(b)), and both parents agree. "
                    "Find out and record the children's own wishes and feelings (section "
                    "22(4)).",
                    t.Q_CONSENT,
                    t.CONSENT_TO_SHARE,
                ),
                M(
                    "consent_parent",
                    "given",
                    "Each parent has signed for their own information: Mr Rahimi asked for the "
                    "assessment; Ms Rahimi, whose history is in the file, agreed when it was "
                    "explained to her separately. The tool asks one question for both parents: "
                    "record each parent's consent.",
                    t.Q_CONSENT,
                    t.CONSENT_TO_SHARE,
                ),
                M(
                    "explicit_consent",
                    "written",
                    "Signed consent forms from both parents: explicit, as the guide expects for "
                    "sensitive personal information. They answer the duty of confidence and "
                    "fairness; they are not the council's lawful basis (below).",
                    t.EXPLICIT_CONSENT,
                ),
                M(
                    "gw_sharing_organisation",
                    "la_children",
                    "Children's services hold the file.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_receiving_organisation",
                    "other",
                    "An agency abroad is none of the kinds the tool lists.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("child_welfare",),
                    "To promote the children's welfare by assessing a family carer.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_s16la_recipient_in_scope",
                    "no",
                    "An agency abroad is not a body section 16LA applies to.",
                    gw.SECTION_16LA,
                ),
                M(
                    "gw_s16la_facilitate",
                    "yes",
                    "The assessment of the grandmother depends on it.",
                    gw.SECTION_16LA,
                ),
                M(
                    "gw_s16la_detriment",
                    "no",
                    "Sharing is not more detrimental to the children than not sharing.",
                    gw.SECTION_16LA,
                ),
                gw_relied_on(
                    ("children_act_2004", "another_power"),
                    "The council's functions for children in its care: its duty to safeguard "
                    "and promote their welfare (Children Act 1989, section 22(3)) and to place "
                    "them, with a relative where that is consistent with their welfare "
                    "(section 22C). The tool has no option for these: another power, named. "
                    "Section 11 of the Children Act 2004 is a duty to have regard; the tool "
                    "finds it may apply whoever receives the information, even an agency "
                    "abroad, so do not rest on it alone.",
                    gw.CHILDREN_ACT_1989,
                    gw.OTHER_POWERS,
                ),
                M(
                    "lawful_basis_sensitive",
                    "safeguarding_public_task",
                    "Not consent: parents cannot freely refuse a council that holds a care "
                    "order for their children, so their consent is not freely given (UK GDPR "
                    "Articles 4(11) and 7(4), recital 43). Public task, Article 6(1)(e), with its "
                    "basis in law in the Children Act 1989, sections 22 and 22C; and Article "
                    "9(2)(g) with a Schedule 1 condition. Paragraph 6 (statutory functions) "
                    "fits an assessment for a placement best; the tool's option names only "
                    "paragraph 18, which is the nearest: record paragraph 6 (and Article 10, "
                    "through section 10(5), for the criminal allegations). Whether the transfer "
                    "abroad is lawful is a further question the tool does not ask (UK GDPR "
                    "Chapter V).",
                    t.LAWFUL_BASIS_PAGE,
                    t.OTHER_LAWFUL_BASIS,
                    EIGHTH_PRINCIPLE,
                ),
                *how(
                    right="Not yet: no one has confirmed who sent the email, or who at the "
                    "agency would receive the file. Before anything is sent: confirm the agency "
                    "through the Central Authority (for England, the ICACU; Article 33 of the "
                    "1996 Hague Convention, if that country is a party) or a body such as "
                    "Children and Families Across Borders; ask the court's permission to "
                    "disclose the assessment filed in the care proceedings (Family Procedure "
                    "Rules, rule 12.73 and Practice Direction 12G; Administration of Justice "
                    "Act 1960, section 12); and seek legal advice on the transfer outside the "
                    "UK.",
                    right_answer="unsure",
                    method="hertsfx",
                    method_reason="If it is sent, HertsFX, to a confirmed address.",
                    privacy="no",
                    privacy_reason="The council's Privacy Notice does not say information is "
                    "sent abroad: tell both parents what would be sent, where and why. Their "
                    "consent cannot make the transfer lawful: a public authority exercising "
                    "its public powers cannot use the consent derogation (Article 49(1)(a), "
                    "excluded by Article 49(3)). The routes are appropriate safeguards (Article "
                    "46) or important reasons of public interest (Article 49(1)(d)), usually "
                    "through the Central Authority: the legal advice decides which.",
                    privacy_cites=(t.CONSIDER_CONSENT, EIGHTH_PRINCIPLE),
                    tell_reason="Both parents asked for or agreed to the assessment, and know "
                    "what would be sent.",
                ),
            ),
            outcome="put_right",
            record=(
                "The request, who it came from and how that was confirmed (the Central "
                "Authority, or the body used).",
                "That the decision to send information outside the UK is the council's, for a "
                "particular reason in relation to the children's safeguarding; the lawful "
                "basis (public task, not consent); the legal advice on the transfer (Article "
                "46 or 49(1)(d)); and the court's permission for the assessment filed in the "
                "proceedings.",
                "Each parent's consent, and the children's wishes and feelings.",
                "What was sent, to whom, how, and when. Any placement abroad needs the court's "
                "approval (Schedule 2, paragraph 19).",
            ),
            worked_until=10,
        ),
    ),
    themes=("transfers outside the UK", "right person", "consent", "legal advice"),
)

# 12. A practitioner who wants to send a file by personal email.

PERSONAL_EMAIL = Scenario(
    id="personal-email",
    title="A Sunday evening, a broken laptop, and a personal email account",
    summary="A family support worker wants to send a support plan from her own email: the "
    "agreement's rule on how to send.",
    facts=(
        "Gemma Rowntree, a family support worker with the council in the fictional town of "
        "Brackenbury, has agreed with Amy Castell that the family's support plan (housing, "
        "debts, a nursery place for her two-year-old son) goes to the health visitor before "
        "Monday's visit. Ms Castell has agreed to this.",
        "It is Sunday evening and Ms Rowntree's work laptop will not connect. She has the "
        "plan on her phone and suggests sending it from her personal email account. The "
        "health visitor's visit is at 2pm on Monday; the council's IT service desk opens at "
        "8am, and the team office has working computers.",
    ),
    prompts=(
        "What does the agreement say about how personal data is transferred between agencies?",
        "Is the plan urgent enough to justify another method? What else could she do?",
        "Try her proposal in the tool: answer the method as Another method (personal email). "
        "What does the tool say, and why? Then answer what she should do instead.",
        "If it had been sent from her personal account, what would have to happen next? (It "
        "is a personal data breach to report to the information governance team at once.)",
    ),
    exercises=(
        Exercise(
            id="personal-email-share",
            tool="share",
            title="How should Ms Rowntree send the plan?",
            answers=(
                *when(
                    "To support the family and the child's welfare: a clear and legitimate "
                    "purpose.",
                    "The plan names Ms Castell and her son.",
                    "The plan was made with the family in confidence.",
                ),
                M(
                    "urgent",
                    "no",
                    "Monday's visit can go ahead if it arrives on Monday morning: nothing "
                    "needs immediate action.",
                    t.URGENT,
                ),
                M(
                    "agencies",
                    (HEALTH_VISITING,),
                    "The health visitor works for the community NHS trust.",
                    t.WHO_SECTION,
                ),
                M(
                    "whose_information",
                    ("child", "parent"),
                    "Ms Castell's, and her son's.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "no",
                    "Housing, debts and a nursery place are personal information, but not "
                    "sensitive.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_child",
                    "given",
                    "At two he cannot decide; his mother decides for him, and agrees.",
                    t.Q_CONSENT,
                ),
                M(
                    "consent_parent",
                    "given",
                    "Ms Castell agreed to this sharing, for this purpose, with the health visitor.",
                    t.Q_CONSENT,
                    t.CONSENT_TO_SHARE,
                ),
                M(
                    "gw_sharing_organisation",
                    "la_children",
                    "The council's children's services hold the plan.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_receiving_organisation",
                    "nhs_trust",
                    "The health visitor's NHS trust would receive it.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("child_welfare",),
                    "To promote the child's welfare.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_s16la_facilitate",
                    "yes",
                    "It helps the health visitor's work with the family.",
                    gw.SECTION_16LA,
                ),
                M(
                    "gw_s16la_detriment",
                    "no",
                    "Sharing is not more detrimental to the child.",
                    gw.SECTION_16LA,
                ),
                gw_relied_on(
                    ("children_act_2004",),
                    "The council's duties under sections 10 and 11 of the Children Act 2004.",
                ),
                M(
                    "lawful_basis",
                    "public_task",
                    "The council shares in the course of its functions: public task. Consent "
                    "is not usually the lawful basis for safeguarding, though she has it.",
                    t.LAWFUL_BASIS_PAGE,
                    t.OTHER_LAWFUL_BASIS,
                ),
                *how(
                    right="The family's named health visitor.",
                    method="secure_email",
                    method_reason="Not from her personal account: Personal Data will only be "
                    "transferred between agencies by Secure email or HertsFX, and nothing here "
                    "is urgent. She sends it by Secure email on Monday morning, from a working "
                    "council computer in the team office (or once the IT service desk has "
                    "fixed her laptop), in good time for the 2pm visit.",
                    privacy_reason="The council's Privacy Notice says support plans are shared "
                    "with health visitors.",
                    tell_reason="Ms Castell agreed to it.",
                ),
            ),
            outcome="share",
            record=(
                "What was shared (the support plan), with whom (the named health visitor), "
                "when and how (Secure email, on Monday morning).",
                "That it was not sent from a personal account. If anything had gone by "
                "personal email, report it to the information governance team at once.",
            ),
            worked_until=8,
        ),
    ),
    themes=("secure transfer", "Secure email and HertsFX", "departures"),
)

# 13. The new duty to share, section 16LA, as its status stands.

S16LA = Scenario(
    id="section-16la-duty",
    title="The new duty to share: a health visitor, and a GP",
    summary="Section 16LA of the Children Act 2004 may now require sharing: who it applies "
    "to, its test, and why its commencement matters.",
    facts=(
        "A health visitor, Ifeoma Blake (Hertfordshire Community NHS Trust), notices that "
        "baby Harley Quentin, 4 months, of the fictional village of Wrenfold, has missed two "
        "weighing appointments and his mother seems low and isolated. It is not a child "
        "protection concern, but she thinks children's services' early help team should know, "
        "to offer the family support. She has not yet asked the mother, Kayleigh Quentin.",
        "Section 16LA of the Children Act 2004, inserted by the Children's Wellbeing and "
        f"Schools Act 2026, sets out a duty to share. {SECTION_16LA.verified}",
    ),
    prompts=(
        "Who does section 16LA apply to? Is a GP practice one of them (it provides NHS "
        "services under arrangements made by NHS England or an integrated care board)?",
        "Early help is offered with the family's agreement. Whatever the duty says, what do "
        "golden rules 2 and 4 ask the health visitor to do first?",
        "What is its test? When does the duty not apply?",
        "Its commencement could not be verified. What should you rely on meanwhile, and what "
        "should you check before relying on it?",
    ),
    exercises=(
        Exercise(
            id="section-16la-health-visitor-gateways",
            tool="gateways",
            title="Does the duty apply to the health visitor?",
            answers=(
                M(
                    "sharing_organisation",
                    "nhs_trust",
                    "The health visitor works for an NHS trust.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "receiving_organisation",
                    "la_children",
                    "The early help team is part of the council's children's services.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "purposes",
                    ("child_welfare",),
                    "To promote Harley's welfare through early help.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "s16la_facilitate",
                    "yes",
                    "It may help the early help team offer the family support: one of its "
                    "functions.",
                    gw.SECTION_16LA,
                ),
                M(
                    "s16la_detriment",
                    "no",
                    "Sharing would not be more detrimental to Harley than not sharing.",
                    gw.SECTION_16LA,
                ),
                relied_on(
                    ("children_act_2004",),
                    "The trust's duty under section 11 of the Children Act 2004. "
                    + S16LA_NOT_RELIED
                    + " A gateway is not the end of it: with no child protection concern, an "
                    "early help referral rests on the family's agreement. Be open with Ms "
                    "Quentin and seek her consent first (golden rules 2 and 4); nothing here "
                    "makes asking unsafe.",
                    gw.RULE_3,
                ),
            ),
            outcome="gateway_identified",
            record=(
                "That section 16LA's test is met on these answers, and whether it was checked "
                "to be in force on the day (and where).",
                "The gateway relied on meanwhile, the lawful basis, and that Ms Quentin's "
                "consent to the early help referral was sought first, and what she said.",
                "If shared: what was shared, with whom (the early help team), when and how.",
            ),
            worked_until=3,
        ),
        Exercise(
            id="section-16la-gp-gateways",
            tool="gateways",
            title="The same concern, from the GP practice",
            twist=(
                "The concern comes instead from the family's GP practice, the fictional "
                "Wrenfold Surgery, a partnership providing NHS services under contract.",
            ),
            answers=(
                M(
                    "sharing_organisation",
                    "gp",
                    "A GP practice.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "receiving_organisation",
                    "la_children",
                    "The early help team is part of the council's children's services.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "purposes",
                    ("child_welfare",),
                    "To promote Harley's welfare through early help.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "s16la_sharer_in_scope",
                    "yes",
                    "A GP practice is not listed in section 11(1), but section 16LA(4) also "
                    "covers a person who provides services under arrangements made by a listed "
                    "body in connection with its functions. NHS England and integrated care "
                    "boards are listed bodies, and the surgery provides NHS services under its "
                    "contract with them: it is in scope.",
                    gw.SECTION_16LA,
                ),
                M(
                    "s16la_facilitate",
                    "yes",
                    "It may help the early help team offer the family support.",
                    gw.SECTION_16LA,
                ),
                M(
                    "s16la_detriment",
                    "no",
                    "Sharing would not be more detrimental to Harley.",
                    gw.SECTION_16LA,
                ),
                relied_on(
                    ("none",),
                    "Section 16LA may apply on these answers, but its commencement could not be "
                    f"verified on {SECTION_16LA.checked_on}: check legislation.gov.uk before "
                    "relying on it. Meanwhile a GP practice needs no statutory gateway: it "
                    "needs a lawful basis (as a public authority providing NHS services, public "
                    "task) and an answer to confidentiality. With no child protection concern, "
                    "that answer is Ms Quentin's consent: seek it first (golden rules 2 and 4).",
                    gw.NO_GATEWAY_NEEDED_PAGE,
                    gw.SECTION_16LA,
                    gw.RULE_3,
                ),
            ),
            outcome="gateway_identified",
            record=(
                "That section 16LA's test is met on these answers (the surgery provides "
                "services under arrangements with NHS England or the integrated care board), "
                "and whether it was checked to be in force on the day.",
                "That no other statutory gateway is needed, the lawful basis, and that Ms "
                "Quentin's consent was sought first, and what she said.",
                "If shared: what was shared, with whom, when and how.",
            ),
            worked_until=3,
        ),
    ),
    themes=("section 16LA", "duty to share", "legislation updates", "legal gateways"),
)

# 14. A court order.

COURT_ORDER = Scenario(
    id="court-order",
    title="A court orders the council to disclose a father's address",
    summary="A legal requirement to disclose: the Duty of Confidence gives way, but only as "
    "far as the order goes.",
    facts=(
        "The family court hearing care proceedings about Oscar Pennick, 6, of the fictional "
        "town of Brackenbury, cannot serve his father, Rhys Pennick, whose whereabouts are "
        "unknown. It orders the council to disclose to the court Mr Pennick's last known "
        "address, which the council's school admissions team holds from an application last "
        "year.",
    ),
    prompts=(
        "Does the order leave any choice? What does it require, and no more?",
        "Can Mr Pennick be asked for consent? Does it matter, when the order requires "
        "disclosure? (The tool asks why consent is not sought before it asks for the legal "
        "requirement.)",
        "Which lawful basis fits a court order?",
    ),
    exercises=(
        Exercise(
            id="court-order-share",
            tool="share",
            title="Must the council disclose the address?",
            answers=(
                *when(
                    "Oscar's care proceedings need his father served: the welfare of a child.",
                    "An address identifies Mr Pennick.",
                    "The address was given to the admissions team in confidence.",
                ),
                NOT_URGENT,
                M(
                    "agencies",
                    (OTHER,),
                    "The court is not a signatory of the agreement.",
                    t.WHO_SECTION,
                ),
                M(
                    "other_agency",
                    "The family court hearing Oscar's care proceedings, as the order names it.",
                    "Name the organisation.",
                    t.WHO_SECTION,
                ),
                M("whose_information", ("parent",), "Mr Pennick's address.", t.WHO_SECTION),
                M(
                    "sensitive",
                    "no",
                    "An address alone is personal information, but not sensitive.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_parent",
                    "not_asked",
                    "His whereabouts are unknown.",
                    t.Q_CONSENT,
                ),
                M(
                    "why_without_consent",
                    "unsafe",
                    "Inappropriate: the order requires disclosure whatever he would say, so "
                    "his consent is not what the sharing rests on (and he cannot be found). "
                    "The tool asks this before the legal requirement, although the order makes "
                    "consent irrelevant: answer it so, and rely on the order next.",
                    t.CONSENT_NOT_OBTAINED,
                    t.WITHOUT_CONSENT,
                ),
                M(
                    "another_reason",
                    "legal_requirement",
                    "A court order requires it: a Duty of Confidence gives way to a legal "
                    "requirement to disclose.",
                    t.Q_ANOTHER_REASON,
                    t.OTHER_LAWFUL_BASIS,
                ),
                M(
                    "gw_sharing_organisation",
                    "la_children",
                    "The council holds the address.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_receiving_organisation",
                    "other",
                    "A court is none of the kinds listed.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("other_purpose",),
                    "Complying with a court order.",
                    gw.LEGAL_FRAMEWORK,
                    gw.OTHER_POWERS,
                ),
                gw_relied_on(
                    ("another_power",),
                    "The order itself, made by the court in the proceedings: name it, with its "
                    "date, in the reasons.",
                ),
                M(
                    "lawful_basis",
                    "legal_obligation",
                    "A court order requires the council to disclose it: legal obligation.",
                    t.LAWFUL_BASIS_PAGE,
                ),
                *how(
                    right="The court office named in the order, by its secure email address.",
                    how_much_reason="The address and the date it was given: nothing else "
                    "the order does not require.",
                    fact_reason="The address as recorded, with the date it was recorded.",
                    privacy_reason="The admissions Privacy Notice says information may be "
                    "disclosed where the law requires it.",
                    tell="yes",
                    tell_reason="He will be told by the court's service; the council tells "
                    "him too if he makes contact.",
                ),
            ),
            outcome="must_share_by_law",
            record=(
                "The order (court, date, what it requires), and that only that was disclosed.",
                "What was sent, to whom, how and when.",
            ),
            worked_until=10,
        ),
    ),
    themes=("legal requirement", "court order", "lawful basis"),
)

# 15. Another organisation's Duty of Confidence.

THIRD_PARTY_WHEN = (
    *when(
        "To assess the risk to the children and others from Mr Voss's threats.",
        "It is about Mr Voss, by name.",
        "The psychiatrist's letter was written in confidence, by the mental health trust.",
    ),
    NOT_URGENT,
    M("agencies", (POLICE,), "The police would receive it.", t.WHO_SECTION),
    M("whose_information", ("parent",), "It is Mr Voss's information.", t.WHO_SECTION),
    M(
        "sensitive",
        "yes",
        "Mental health is sensitive personal information.",
        t.WHO_SECTION,
        t.SENSITIVE_INFORMATION,
    ),
    M(
        "consent_parent",
        "refused",
        "He was asked and refused.",
        t.Q_CONSENT,
        t.CONSENT_REFUSED,
    ),
)
THIRD_PARTY_CRITERIA = M(
    "which_criteria",
    ("vulnerable", "public_safety"),
    "His threats were against a neighbour: maintaining public safety. The police also ask what "
    "bears on the risk to his two children, who are on a child protection plan: the "
    "protection of vulnerable members of the community.",
    pi.CRITERIA,
)
NOT_THE_HOLDER = M(
    "represents_holder",
    "no",
    "The letter is the mental health trust's: it holds the Duty of Confidence, not the council.",
    pi.DUTY_OF_CONFIDENCE,
)
VIEWS_NOT_SOUGHT = M(
    "holder_views",
    "not_sought",
    "Partners must seek the views of the person representing the organisation that holds the "
    "Duty of Confidence: not yet done.",
    pi.DUTY_OF_CONFIDENCE,
)
HOLDER_SAYS_NO = M(
    "holder_views",
    "against",
    "The trust's consultant is against it, and the originating Partner is the final arbiter.",
    pi.DUTY_OF_CONFIDENCE,
)
HOLDER_TWIST = (
    "Ms Quayle asks the trust. Its consultant psychiatrist says no: the threats were made "
    "during an acute episode that is now treated, and the trust has its own risk plan with "
    "the police.",
)
THIRD_PARTY = Scenario(
    id="another-organisations-confidence",
    title="A psychiatrist's letter on a social worker's file",
    summary="A council social worker holds a letter from the mental health trust: whose Duty "
    "of Confidence is it, and who decides?",
    facts=(
        "Anton Voss, 38, of the fictional town of Brackenbury, is the father of two children "
        "on a child protection plan. The council's social worker, Imogen Quayle, holds a "
        "letter from his psychiatrist at the mental health trust saying that, when unwell in "
        "the spring, he made threats against a neighbour.",
        "The police, who are part of the children's child protection plan, ask Ms Quayle for "
        "anything that bears on the risk he poses, to the neighbour and to his children. Mr "
        "Voss refuses consent to the letter being shared.",
    ),
    prompts=(
        "Whose Duty of Confidence is it? Who is the final arbiter?",
        "What must Ms Quayle do before overriding the Duty of Confidence?",
        "If the trust says no, what can she still do?",
    ),
    exercises=(
        Exercise(
            id="another-organisations-confidence-share",
            tool="share",
            title="Can Ms Quayle give the police the letter?",
            answers=(
                *THIRD_PARTY_WHEN,
                *prefixed("pio_", (THIRD_PARTY_CRITERIA, NOT_THE_HOLDER, VIEWS_NOT_SOUGHT)),
            ),
            outcome="seek_views_first",
            record=("That consent was refused, and that the trust's views are being sought.",),
            worked_until=7,
        ),
        Exercise(
            id="another-organisations-confidence-holder-share",
            tool="share",
            title="The trust is against it",
            twist=HOLDER_TWIST,
            answers=(
                *THIRD_PARTY_WHEN,
                *prefixed("pio_", (THIRD_PARTY_CRITERIA, NOT_THE_HOLDER, HOLDER_SAYS_NO)),
            ),
            outcome="holder_against",
            record=(
                "The trust's view and its reasons, and that the letter is not shared.",
                "That the police were told to ask the trust directly.",
            ),
            worked_until=7,
        ),
        Exercise(
            id="another-organisations-confidence-public-interest",
            tool="public_interest",
            title="The public interest test, before asking the trust",
            answers=(THIRD_PARTY_CRITERIA, OVERRIDES, NOT_THE_HOLDER, VIEWS_NOT_SOUGHT),
            outcome="seek_views_first",
            record=("That the trust's views are being sought, and when.",),
            worked_until=2,
        ),
        Exercise(
            id="another-organisations-confidence-holder-public-interest",
            tool="public_interest",
            title="The public interest test, once the trust has said no",
            twist=HOLDER_TWIST,
            answers=(THIRD_PARTY_CRITERIA, OVERRIDES, NOT_THE_HOLDER, HOLDER_SAYS_NO),
            outcome="holder_against",
            record=("The trust's view, and that the originating Partner decides.",),
            worked_until=2,
        ),
    ),
    themes=("Duty of Confidence", "third-party information", "public interest"),
)

# 16. An adult at risk: probation's power to tell adult social care.

ADULT_AT_RISK = Scenario(
    id="adult-at-risk-probation",
    title="A probation officer and an older mother's savings",
    summary="A man on probation may be taking his mother's money: which power lets probation "
    "tell adult social care, and what about her own wishes?",
    facts=(
        "Des Hollins, 44, of the fictional town of Brackenbury, is supervised by the "
        "Probation Service after a prison sentence for fraud. He lives with his mother, June, "
        "82, who has dementia. No children live in or visit the household.",
        "His probation officer, Kofi Brennan, learns that Mr Hollins has been using his "
        "mother's bank card, and that her rent is unpaid. He wants to tell adult social care, "
        "who can make adult safeguarding enquiries (Care Act 2014, section 42).",
        "Mr Brennan has met Mrs Hollins only on home visits, with her son in the room. He "
        "cannot speak to her alone without her son knowing, and he does not know her well "
        "enough to judge what she understands about her money.",
    ),
    prompts=(
        "Which of the guide's gateways lets probation tell adult social care about a likely "
        "fraud against an adult at risk? What does section 115 of the Crime and Disorder Act "
        "1998 need?",
        "The tool has no purpose for adult safeguarding (Care Act 2014, sections 42 to 45). "
        "What does that mean for how you answer it?",
        "Why not ask Mr Hollins for consent? What about Mrs Hollins's own wishes, and her "
        "capacity: who should find them out, and when?",
        "The tool's lawful bases have no option for Schedule 1, paragraph 19 (economic "
        "well-being of an individual at risk) or paragraph 10 (unlawful acts). What would you "
        "record?",
    ),
    exercises=(
        Exercise(
            id="adult-at-risk-share",
            tool="share",
            title="Can Mr Brennan tell adult social care?",
            answers=(
                *when(
                    "To protect a vulnerable adult from financial abuse, and to prevent a "
                    "related crime.",
                    "It is about Mr Hollins and his mother, by name.",
                    "Probation holds it in confidence.",
                ),
                NOT_URGENT,
                M("agencies", (HCC,), "Adult social care is the council's.", t.WHO_SECTION),
                M(
                    "whose_information",
                    ("others",),
                    "Mr Hollins's and his mother's: neither is a child's parent or carer here.",
                    t.WHO_SECTION,
                ),
                M(
                    "sensitive",
                    "yes",
                    "His criminal record, the suspected fraud, and her dementia are sensitive "
                    "personal information.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_others",
                    "not_asked",
                    "Neither has been asked (the tool asks one question for everyone under "
                    "Others). Her dementia is a reason to doubt that Mrs Hollins can decide, "
                    "but there are good reasons not to assess her capacity now, recorded: Mr "
                    "Brennan can see her only with her son there, the referral rests on the "
                    "public interest, not on her consent or her best interests, and adult "
                    "social care will see her alone, find out her wishes and assess her capacity "
                    "for the decisions their enquiry raises.",
                    t.Q_CONSENT,
                    t.MCA,
                ),
                M(
                    "why_without_consent",
                    "unsafe",
                    "Asking Mr Hollins would warn him and could put his mother at more risk; "
                    "asking her could not be done without him knowing.",
                    t.CONSENT_NOT_OBTAINED,
                    t.WITHOUT_CONSENT,
                ),
                M(
                    "another_reason",
                    "public_interest",
                    "The public interest in protecting a vulnerable adult and preventing a "
                    "crime against her.",
                    t.Q_ANOTHER_REASON,
                    t.PUBLIC_INTEREST,
                ),
                *prefixed(
                    "pi_",
                    (
                        M(
                            "which_criteria",
                            ("vulnerable", "crime_and_disorder"),
                            "An 82-year-old with dementia, and a likely fraud against her: the "
                            "protection of vulnerable members of the community, and the "
                            "prevention of crime and disorder.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "yes",
                                "Telling adult social care what probation knows of the bank "
                                "card and the rent is proportionate to protecting her.",
                            ),
                            other_means=(
                                "no",
                                "Only adult social care can make safeguarding enquiries and "
                                "arrange support for her.",
                            ),
                            crime=("yes", "It is necessary to prevent further fraud."),
                            others=("yes", "It is necessary to protect Mrs Hollins."),
                            weighing="Mrs Hollins, 82, has dementia and depends on her son; "
                            "her money is being taken and her tenancy is at risk. The impact "
                            "on Mr Hollins is that his conviction is known to adult social "
                            "care, which is outweighed by the risk to her.",
                        ),
                    ),
                ),
                M(
                    "gw_sharing_organisation",
                    "probation",
                    "The Probation Service holds the information.",
                    gw.LEGAL_FRAMEWORK,
                ),
                M(
                    "gw_receiving_organisation",
                    "la_adults",
                    "Adult social care would receive it.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("crime_and_disorder", "other_purpose"),
                    "Preventing crime against her (a likely fraud): preventing or reducing "
                    "crime and disorder. And adult safeguarding enquiries (Care Act 2014, "
                    "section 42), for which the tool has no option: another purpose.",
                    gw.LEGAL_FRAMEWORK,
                    gw.CRIME_AND_DISORDER,
                ),
                M(
                    "gw_necessary_or_expedient",
                    "yes",
                    "Expedient for the purposes of section 17 of the 1998 Act: the council, "
                    "adult social care included, must exercise its functions with due regard to "
                    "the need to do all it reasonably can to prevent crime in its area. Stopping "
                    "an ongoing fraud against Mrs Hollins is that.",
                    gw.CRIME_AND_DISORDER,
                    gw.SECTION_115,
                ),
                gw_relied_on(
                    ("section_115",),
                    "Section 115 of the Crime and Disorder Act 1998: a power (not a duty) to "
                    "disclose to a relevant authority (the council) where it is necessary or "
                    "expedient for the purposes of the Act. The Act names Probation and Local "
                    "Authorities among the relevant authorities.",
                ),
                M(
                    "lawful_basis_sensitive",
                    "safeguarding_public_task",
                    "Probation shares in the course of its functions: public task, Article "
                    "6(1)(e). The condition that fits financial abuse best is Schedule 1, "
                    "paragraph 19 (safeguarding the economic well-being of an individual at "
                    "economic risk), or paragraph 10 (preventing or detecting unlawful acts): "
                    "the tool offers neither. Paragraph 18 (an individual at risk) is the "
                    "nearest it offers; name paragraph 19 in the record. His conviction and "
                    "the suspected fraud are criminal offence data: Article 10, met through "
                    "section 10(5) and a Part 2 condition.",
                    t.LAWFUL_BASIS_PAGE,
                    t.OTHER_LAWFUL_BASIS,
                ),
                *how(
                    right="The adult social care safeguarding team.",
                    privacy_reason="The Probation Service's Privacy Notice says information "
                    "may be shared to protect others.",
                    tell="no_risk_of_harm",
                    tell_reason="Not now: telling Mr Hollins would increase the risk to his "
                    "mother. Adult social care will decide how and when she is told.",
                    after=(
                        not_told(
                            "He would be warned, and could take more money or stop his mother "
                            "seeing anyone, before adult social care can act. Mrs Hollins "
                            "cannot be told without her son knowing: adult social care will "
                            "see her alone."
                        ),
                    ),
                ),
            ),
            outcome="share",
            record=(
                "The concern, why consent was not sought from either of them, and the good "
                "reasons for not assessing Mrs Hollins's capacity now.",
                "The public interest weighing; the gateway relied on (section 115) and the "
                "lawful basis, with the condition that fits best (Schedule 1, paragraph 19).",
                "What was shared, with whom and when; that neither was told, and why.",
            ),
            worked_until=9,
        ),
    ),
    themes=("adults at risk", "legal gateways", "crime and disorder"),
)

# 20. A housing association: no power the guide names, and advice needed.

HOUSING_ASSOCIATION = Scenario(
    id="housing-association-hoarding",
    title="A housing association, a tenant who will not answer the door, and a fire risk",
    summary="A tenancy officer wants to tell adult social care about a tenant who is not "
    "coping: is a housing association a body that needs a power to share? Seek advice.",
    facts=(
        "Neville Dunstan, 71, rents a flat in a block owned by Brackenbury Vale Homes, a "
        "fictional housing association: a registered provider of social housing, neither a "
        "council nor a charity, and not a signatory of the agreement. No children live in or "
        "visit the flat.",
        "His tenancy officer, Grace Oyelaran, has written twice, phoned and called at the flat "
        "over three weeks: he does not answer. Through the window she can see rubbish piled "
        "to the ceiling, and he looks much thinner than in the spring. Neighbours say he has "
        "not been out for weeks. The fire service, after a visit to the block, has warned the "
        "association that the rubbish blocking his hallway is a fire risk to the other "
        "flats. There is no sign that anyone is taking advantage of him.",
        "She wants to tell adult social care what she has seen, so that they can consider "
        "whether he has care and support needs and whether to make enquiries. Her manager "
        "is not sure whether the association is a public body that needs a statutory power to "
        "share, or what its lawful basis would be.",
    ),
    prompts=(
        "Is a housing association a public body that can act only under statute, like the "
        "council, or an organisation that needs no statutory gateway, like a charity? Why "
        "might the answer be unclear (some of its functions may be public)?",
        "Which purpose is this: a crime, a child, his own care, adult safeguarding? Which of "
        "them does the tool offer?",
        "Who should Ms Oyelaran ask for advice, and can she ask without naming him?",
        "What would change if the fire risk or his health became an immediate danger?",
    ),
    exercises=(
        Exercise(
            id="housing-association-share",
            tool="share",
            title="Can Ms Oyelaran tell adult social care?",
            answers=(
                *when(
                    "To safeguard an adult who may be neglecting himself, and the neighbours "
                    "at risk from the fire hazard.",
                    "It is about Mr Dunstan, by name and address.",
                    "What the association knows of a tenant, and sees at his home, is held in "
                    "confidence.",
                ),
                NOT_URGENT,
                M(
                    "agencies",
                    (HCC,),
                    "Adult social care is the council's.",
                    t.WHO_SECTION,
                ),
                M("whose_information", ("others",), "Mr Dunstan's.", t.WHO_SECTION),
                M(
                    "sensitive",
                    "yes",
                    "What she has seen of his health (his weight, not coping) is health "
                    "information: sensitive.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M(
                    "consent_others",
                    "not_asked",
                    "She has tried for three weeks, by letter, phone and at the door, and "
                    "could not ask him.",
                    t.Q_CONSENT,
                ),
                M(
                    "why_without_consent",
                    "cannot_consent",
                    "He cannot be reached: three weeks of letters, calls and visits have had no "
                    "answer. She keeps trying, and tells him when she can.",
                    t.CONSENT_NOT_OBTAINED,
                    t.WITHOUT_CONSENT,
                ),
                M(
                    "another_reason",
                    "public_interest",
                    "The public interest in protecting him, and the other residents of the block.",
                    t.Q_ANOTHER_REASON,
                    t.PUBLIC_INTEREST,
                ),
                *prefixed(
                    "pi_",
                    (
                        M(
                            "which_criteria",
                            ("vulnerable", "public_safety"),
                            "An older man who appears not to be coping: the protection of "
                            "vulnerable members of the community; and a fire risk to the "
                            "block: maintaining public safety.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "yes",
                                "Telling adult social care what she has seen, and the fire "
                                "service's warning, and no more, is proportionate.",
                            ),
                            other_means=(
                                "no",
                                "The association cannot assess his needs or make enquiries: "
                                "only adult social care can.",
                            ),
                            crime=("no", "There is no sign of a crime."),
                            others=(
                                "yes",
                                "It is necessary to protect the other residents from the fire "
                                "risk, as well as him.",
                            ),
                            weighing="Mr Dunstan is 71, much thinner, not going out, and his "
                            "flat is a fire risk to the block. The impact on him is that adult "
                            "social care learn of his home without his agreement, which is "
                            "outweighed by the risk to him and to his neighbours.",
                        ),
                    ),
                ),
                M(
                    "gw_sharing_organisation",
                    "other",
                    "A housing association is none of the kinds the tool lists. Whether it is "
                    "a public body for this purpose, needing a power to share, is the unclear "
                    "question: the tool treats another kind of organisation as one that may "
                    "need a power.",
                    gw.LEGAL_FRAMEWORK,
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_receiving_organisation",
                    "la_adults",
                    "Adult social care would receive it.",
                    gw.WHICH_MAY_APPLY,
                ),
                M(
                    "gw_purposes",
                    ("other_purpose",),
                    "Whether he has care and support needs and whether to make adult "
                    "safeguarding enquiries (Care Act 2014, sections 9 and 42): the tool has no "
                    "option for either. It is not his direct care by a health or care provider, "
                    "not about a child, and there is no sign of a crime.",
                    gw.LEGAL_FRAMEWORK,
                    gw.OTHER_POWERS,
                ),
                gw_relied_on(
                    ("none",),
                    "None the tool can name: whether the association needs a power at all, and "
                    "which, is the question for advice.",
                ),
                M(
                    "lawful_basis_sensitive",
                    "recognised_legitimate_interest",
                    "If, as advice may confirm, the association is not a public authority for "
                    "data protection law: recognised legitimate interest (safeguarding), with "
                    "the safeguarding condition (Schedule 1, paragraph 18: an individual at "
                    "risk of neglect who cannot protect himself). If advice says it is a "
                    "public authority here, public task instead: part of the advice sought.",
                    t.LAWFUL_BASIS_PAGE,
                    t.OTHER_LAWFUL_BASIS,
                ),
                *how(
                    right="The council's adult social care safeguarding team.",
                    privacy_reason="The association's tenancy Privacy Notice says it may share "
                    "information with the council where a tenant's or others' safety is at "
                    "risk.",
                    tell="yes",
                    tell_reason="She will tell him, by letter and at the door, that adult "
                    "social care have been told and why: that does not increase any risk.",
                ),
            ),
            outcome="seek_advice",
            record=(
                "The concern, the attempts to reach him, and the public interest weighing.",
                "The advice sought today (from the association's safeguarding lead or legal "
                "team, without naming him where possible) on whether it needs a power to "
                "share and its lawful basis, from whom, and what it was.",
                "If his life or the neighbours' safety is in immediate danger, call 999: no "
                "advice is needed for that. Once shared: what, with whom, when, and that he "
                "was told.",
            ),
            worked_until=9,
        ),
    ),
    themes=("adults at risk", "legal gateways", "seeking advice", "housing"),
)

# 17. A mother with a learning disability: help her decide.


def _chloe_start(help_given: str, steps: tuple[str, str]) -> tuple[ModelAnswer, ...]:
    return (
        M("aged_16_or_over", "yes", "Chloe is 23.", mca.UNDER_16),
        M(
            "reason_to_doubt",
            "yes",
            "She could not say back what would be shared or with whom: a reason to doubt, and "
            "to assess, not a finding.",
            mca.PRINCIPLES,
        ),
        M(
            "why_doubt",
            "After the letter was read to her, she could not say what the parenting "
            "assessment service would be told, or why.",
            "Describe what was seen and said, not a diagnosis.",
            mca.PRINCIPLES,
        ),
        M(
            "good_reasons_not_to_assess",
            "no",
            "There is time: the assessment starts next month.",
            mca.GUIDE_MCA,
            mca.NOT_ASSESSED_PAGE,
        ),
        M(
            "help_given",
            help_given,
            "All practicable steps to help her decide must be taken first (section 1(3)).",
            mca.PRINCIPLES,
            mca.FUNCTIONAL_TEST,
        ),
        M("all_practicable_steps_taken", *steps, mca.PRINCIPLES),
    )


LEARNING_DISABILITY = Scenario(
    id="learning-disability-consent",
    title="A mother with a learning disability, and a standard letter",
    summary="Before anyone is treated as unable to decide, all practicable steps must be "
    "taken to help them: easy read, time, an advocate.",
    facts=(
        "Chloe Barraclough, 23, of the fictional town of Brackenbury, has a mild learning "
        "disability and a baby daughter. Her social worker, Sunil Ward, wants her consent to "
        "share her history with a specialist parenting assessment service.",
        "He read her the council's standard consent letter once, at a busy family centre. She "
        "signed it, but could not say afterwards what would be shared or why. The parenting "
        "assessment starts next month; she has an advocate from a local advocacy service.",
    ),
    prompts=(
        "Is a learning disability a reason to doubt capacity? Is it enough to establish a lack "
        "of it?",
        "What practicable steps could help Chloe decide?",
        "If she can decide, and says no, what then?",
    ),
    exercises=(
        Exercise(
            id="learning-disability-first-capacity",
            tool="capacity",
            title="After one reading of a standard letter",
            answers=_chloe_start(
                "The standard letter was read to her once, at the family centre.",
                (
                    "no",
                    "An easy read version, more time, a quiet place and her advocate have not "
                    "been tried.",
                ),
            ),
            outcome="take_steps_first",
            record=(
                "The steps still to take (easy read, a quiet place, her advocate), and when.",
                "That her signature is not relied on as consent until she can say what it means.",
            ),
            worked_until=3,
        ),
        Exercise(
            id="learning-disability-helped-capacity",
            tool="capacity",
            title="With an easy read leaflet and her advocate",
            twist=(
                "Mr Ward meets Chloe at home with her advocate, with an easy read leaflet, and "
                "comes back the next day. She explains in her own words what would be shared "
                "and why, and says she agrees, 'so they can see I can look after her'.",
            ),
            answers=(
                *_chloe_start(
                    "An easy read leaflet, two short meetings at home, her advocate present, "
                    "and time to ask questions.",
                    ("yes", "Every practicable step has been taken."),
                ),
                M(
                    "can_understand",
                    "yes",
                    "She can say what would be shared, with whom and why.",
                    mca.FUNCTIONAL_TEST,
                    mca.ORDER,
                ),
                M(
                    "can_retain",
                    "yes",
                    "She remembered it the next day; retaining it for a short period is enough.",
                    mca.FUNCTIONAL_TEST,
                ),
                M(
                    "can_use_or_weigh",
                    "yes",
                    "She weighed it: 'so they can see I can look after her'.",
                    mca.FUNCTIONAL_TEST,
                    mca.PRINCIPLES,
                ),
                M(
                    "can_communicate",
                    "yes",
                    "She says what she wants, in her own words.",
                    mca.FUNCTIONAL_TEST,
                ),
            ),
            outcome="has_capacity",
            record=(
                "The help given, and her answers in her own words, ability by ability.",
                "That she consents, and her consent is recorded with the date and time.",
            ),
            worked_until=6,
        ),
    ),
    themes=("mental capacity", "learning disability", "supported decision-making"),
)

# 18. A grandmother with dementia, and her attorney.

ATTORNEY = Scenario(
    id="grandmother-attorney",
    title="A grandmother with dementia, and her daughter's lasting power of attorney",
    summary="Where an attorney has authority for the decision, they decide, in the person's "
    "best interests.",
    facts=(
        "Rose Kilbride, 79, of the fictional village of Hollowmere, looks after her two "
        "grandsons, the sons of her daughter Siobhan, three days a week while Siobhan works. "
        "Children's services are assessing the arrangement and ask her memory clinic for her "
        "diagnosis and prognosis.",
        "The memory clinic diagnosed moderate dementia last year. Two years ago Mrs Kilbride "
        "made a lasting power of attorney for health and welfare, registered with the Office "
        "of the Public Guardian, naming Siobhan.",
        "The memory nurse, Dev Anand, first asks her about the request once, at the clinic; a "
        "few minutes later she cannot say who has asked for the information, or what about.",
        "He then visits her at home in the morning with a one-page written summary, explains "
        "it in short sentences with her friend Pat there, as she asked, and comes back the "
        "next day. Each time, even with the summary in front of her, she cannot say what the "
        "clinic would tell children's services or why they are asking; within a few minutes "
        "she does not recall that anyone has asked for anything; and asked what might follow "
        "from sharing or not, for her or for the boys, she says only that 'the boys are no "
        "bother'. She speaks clearly and says what she wants.",
    ),
    prompts=(
        "Who decides whether her health information is shared, if she cannot?",
        "Does her diagnosis tell you she cannot decide? In which order does the assessment "
        "go: what she can and cannot do, or the diagnosis?",
        "How would you check that an attorney has authority for this decision?",
        "Siobhan is the boys' mother and relies on the arrangement. How do you check that she "
        "decides in her mother's best interests, not her own? What can you do if she does not?",
        "If the attorney refuses, is that the end of it when children's safety is in question?",
    ),
    exercises=(
        Exercise(
            id="grandmother-attorney-capacity",
            tool="capacity",
            title="Can Mrs Kilbride consent, and if not, who decides?",
            answers=capacity_checklist(
                why_doubt="When the memory nurse first asked her, once, at the clinic, she "
                "could not say a few minutes later who had asked for the information, or what "
                "about.",
                help_given="A one-page written summary, explained in short sentences at home "
                "in the morning, with her friend Pat there as she asked, and again the next day.",
                abilities=(
                    (
                        "no",
                        "Even with the summary in front of her, both days, she cannot say what "
                        "the clinic would tell children's services, or why they are asking.",
                    ),
                    (
                        "no",
                        "Within a few minutes she does not recall that anyone has asked for "
                        "anything: a short period would be enough (section 3(3)), but she "
                        "cannot hold it long enough to decide.",
                    ),
                    (
                        "no",
                        "Asked what might follow from sharing or not, for her or for the boys, "
                        "she says only that 'the boys are no bother': she cannot use the "
                        "information to decide.",
                    ),
                    ("yes", "She can tell the social worker what she wants, in her own words."),
                ),
                how_impairment="The inability was found first, ability by ability, after the "
                "help given. It is because of her dementia, diagnosed by the memory clinic, "
                "which affects her memory and understanding: she loses new information within "
                "minutes and cannot follow what the request is for. The diagnosis explains the "
                "inability; it does not establish it (section 2(3)).",
                attorney=(
                    "yes",
                    "The registered lasting power of attorney for health and welfare gives "
                    "Siobhan authority, now that her mother lacks capacity for it, to decide "
                    "about sharing her health information: check the registered instrument for "
                    "any restriction. Siobhan must decide in her mother's best interests "
                    "(section 4), not her own: as the boys' mother she has an interest in the "
                    "arrangement, so record how her decision meets section 4; if it appears not "
                    "to, seek advice (the Office of the Public Guardian can investigate).",
                ),
            ),
            outcome="attorney_or_deputy_decides",
            record=(
                "The capacity assessment, ability by ability, after the help given, and then "
                "how the dementia causes the inability.",
                "That the attorney's authority was checked (the registered instrument), and "
                "her decision, made in her mother's best interests.",
                "That Siobhan is the boys' mother, with an interest of her own in the "
                "arrangement, and how her decision was checked against section 4.",
            ),
            worked_until=5,
        ),
    ),
    themes=("mental capacity", "lasting power of attorney", "kinship care"),
)

# 19. A police request for a whole file.

WHOLE_FILE = Scenario(
    id="police-request-whole-file",
    title="The police ask for a mother's whole file",
    summary="A request to help a criminal investigation: the public interest test asks "
    "whether the disclosure is proportionate, and whether there is another way.",
    facts=(
        "A detective investigating a burglary in the fictional town of Brackenbury emails the "
        "social worker of Stacey Lund, 31, who has two children on a child in need plan. Her "
        "new partner is a suspect; she has said he was with her that night. The detective "
        "asks for Ms Lund's whole case file, 'to check her account'.",
        "There is nothing in the file about the night of the burglary. The detective has not "
        "asked Ms Lund for a statement, and asks that she is not told of the request while "
        "the police check her account.",
    ),
    prompts=(
        "Does the crime exemption (Data Protection Act 2018, Schedule 2, Part 1, paragraph 2) "
        "oblige the council to disclose, or only let it?",
        "Is the whole file proportionate to the aim? Is there another equally effective means?",
        "What should the social worker say to the detective, and record?",
    ),
    exercises=(
        Exercise(
            id="police-request-whole-file-share",
            tool="share",
            title="Should the social worker send the file?",
            answers=(
                *when(
                    "The detection of crime can be a legitimate purpose: weigh the request.",
                    "The file names Ms Lund and her children.",
                    "A case file is held in confidence.",
                ),
                NOT_URGENT,
                M("agencies", (POLICE,), "The police would receive it.", t.WHO_SECTION),
                M("whose_information", ("parent",), "It is Ms Lund's file.", t.WHO_SECTION),
                M(
                    "sensitive",
                    "yes",
                    "The file holds health information and allegations.",
                    t.WHO_SECTION,
                    t.SENSITIVE_INFORMATION,
                ),
                M("consent_parent", "not_asked", "Ms Lund has not been asked.", t.Q_CONSENT),
                M(
                    "why_without_consent",
                    "unsafe",
                    "Inappropriate: the detective has asked that she is not told of the "
                    "request while the police check her account.",
                    t.CONSENT_NOT_OBTAINED,
                    t.WITHOUT_CONSENT,
                ),
                M(
                    "another_reason",
                    "public_interest",
                    "The reason put forward is the public interest in the detection of crime: "
                    "helping the police is not one of the council's own functions. The crime "
                    "exemption (Schedule 2, Part 1, paragraph 2) would let the council disclose "
                    "without some data protection rules getting in the way; it does not oblige "
                    "it to. Overriding the Duty of Confidence needs a strong enough public "
                    "interest.",
                    t.Q_ANOTHER_REASON,
                    t.PUBLIC_INTEREST,
                    t.DUTY_OF_CONFIDENCE,
                ),
                *prefixed(
                    "pi_",
                    (
                        M(
                            "which_criteria",
                            ("detection",),
                            "The detection of crime.",
                            pi.CRITERIA,
                        ),
                        OWN_INFORMATION,
                        *judging(
                            proportionate=(
                                "no",
                                "A whole file, about her family's life, is far more than "
                                "checking one night needs.",
                            ),
                            other_means=(
                                "yes",
                                "The police can ask Ms Lund for a statement, or ask the "
                                "council a specific question about that night. Beyond that, a "
                                "court order or a witness summons: social work records are "
                                "likely to be excluded material (Police and Criminal Evidence "
                                "Act 1984, sections 11 and 12), out of reach of an ordinary "
                                "production order.",
                            ),
                            crime=(
                                "no",
                                "Nothing in the file is about the night: it is not necessary "
                                "to detect the crime.",
                            ),
                            others=("no", "No one needs it to be protected."),
                            weighing="No one is at risk from the burglary inquiry. Disclosing "
                            "the file would expose Ms Lund's and her children's private lives "
                            "and damage her trust in the plan that protects them.",
                        ),
                    ),
                ),
            ),
            outcome="do_not_share",
            record=(
                "The request, the decision not to share and why (not proportionate; other "
                "means exist), and that it was explained to the detective.",
                "That the police may ask again with a specific question, or a court order.",
            ),
            worked_until=8,
        ),
    ),
    themes=("police requests", "proportionality", "public interest", "crime exemption"),
)

SCENARIOS: tuple[Scenario, ...] = (
    ANONYMISED_FIGURES,
    CONSENT_REFUSED,
    URGENT_OUT_OF_HOURS,
    PARTIAL_CONSENT,
    BRAIN_INJURY,
    TEENAGER,
    RADICALISATION,
    DIRECT_CARE,
    NO_PURPOSE,
    CHARITY,
    OUTSIDE_UK,
    PERSONAL_EMAIL,
    S16LA,
    COURT_ORDER,
    THIRD_PARTY,
    ADULT_AT_RISK,
    HOUSING_ASSOCIATION,
    LEARNING_DISABILITY,
    ATTORNEY,
    WHOLE_FILE,
)


def _check(scenarios: tuple[Scenario, ...]) -> None:
    """Cheap checks at import: ids unique, tools known, the partly worked level within the
    answers. The replay of every model answer is left to the tests."""
    ids = [s.id for s in scenarios]
    if len(ids) != len(set(ids)):
        raise ValueError(f"a scenario id is used twice: {sorted(ids)}")
    exercise_ids = [e.id for s in scenarios for e in s.exercises]
    if len(exercise_ids) != len(set(exercise_ids)):
        raise ValueError(f"an exercise id is used twice: {sorted(exercise_ids)}")
    for found in scenarios:
        if not found.exercises:
            raise ValueError(f"{found.id}: no exercise")
        for exercise in found.exercises:
            if exercise.tool not in KINDS:
                raise ValueError(f"{exercise.id}: unknown tool {exercise.tool!r}")
            if not 0 <= exercise.worked_until <= len(exercise.answers):
                raise ValueError(f"{exercise.id}: worked_until beyond the answers")


_check(SCENARIOS)
