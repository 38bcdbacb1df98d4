"""The public interest test: the guide's Public Interest Criteria, the Duty of Confidence,
and the six questions the guide says to consider when judging the public interest.

Questions are listed in the order they are asked, each with its one routing rule; the
outcomes come last. Words shown to people are the guide's, quoted from the page each
question cites (``public-interest.md`` for the criteria and the six questions,
``legal-framework.md`` for the Duty of Confidence and Article 8).

The Duty of Confidence comes before the considerations: where a duty would be overridden
without consent and you do not represent the organisation that holds it, its views come
first, because "Partners must seek the views of the person representing the organisation
that holds the Duty of Confidence and take these into account", and "The originating
Partner will be the final arbiter as to whether information is disclosed or not". Not yet
sought, the test stops there (seek them, then come back); against disclosure, it is not
justified. The four yes/no considerations are one page, with one box for the weighing
(the vulnerability of those at risk, and the impact on the individual); the last answer
routes to the outcome ``considerations.py`` works out.

Why an outcome was reached, and what to watch out for, are worked out by ``rules.py``.
"""

from __future__ import annotations

from fss_logic.flow import (
    MANY,
    NO,
    ONE,
    TEXT,
    YES,
    YES_NO,
    Flow,
    Option,
    Outcome,
    Page,
    Question,
    Route,
)
from fss_logic.flows.public_interest import considerations
from fss_logic.flows.public_interest.cites import (
    CRITERIA,
    DUTY_OF_CONFIDENCE,
    HUMAN_RIGHTS,
    JUDGING,
    PROPORTIONALITY,
    PUBLIC_INTEREST,
    RECORD_AT_THE_TIME,
    THE_RULE,
)
from fss_logic.flows.public_interest.considerations import (
    HOLDER_AGAINST,
    JUSTIFIED,
    NOT_JUSTIFIED,
    SEEK_VIEWS,
    SEEK_VIEWS_FIRST,
)

CRITERIA_SECTION = "Public interest criteria"
CONFIDENCE_SECTION = "Duty of Confidence"
JUDGING_SECTION = "Judging the public interest"
SECTIONS = (CRITERIA_SECTION, CONFIDENCE_SECTION, JUDGING_SECTION)

SHORT_REASON = 2000
"""The longest answer a short reason may have, in characters."""

ANOTHER_PUBLIC_INTEREST, NO_CRITERION = "another", "none"
IN_FAVOUR, AGAINST, NOT_SOUGHT = "in_favour", "against", "not_sought"

RULE_OF_PROPORTIONALITY = (
    "The rule of proportionality should be applied to ensure that a fair balance is achieved "
    "between the public interest and the rights of the individual's information."
)

JUDGING_PAGE = Page(
    "judging",
    "Judging the public interest",
    "When judging the public interest, it is necessary to consider the following.",
)


def _after_which_criteria(answers) -> str:
    """None of the criteria: not justified. Another public interest must be described."""
    chosen = answers["which_criteria"]
    if NO_CRITERION in chosen:
        return NOT_JUSTIFIED
    if ANOTHER_PUBLIC_INTEREST in chosen:
        return "other_public_interest"
    return "overrides_duty_of_confidence"


QUESTIONS = (
    # The guide's Public Interest Criteria, or none of them.
    Question(
        id="which_criteria",
        section=CRITERIA_SECTION,
        text="Which of the public interest criteria apply?",
        short="Which public interest criteria apply?",
        hint=(
            "Select all that apply. The guide says the criteria include these, so another "
            "public interest may apply: you can describe it next."
        ),
        kind=MANY,
        options=(
            Option("vulnerable", "Protection of vulnerable members of the community"),
            Option("justice", "Administration of justice"),
            Option("public_safety", "Maintaining of public safety"),
            Option("apprehension", "Apprehension of offenders"),
            Option("crime_and_disorder", "Prevention of crime and disorder"),
            Option("detection", "Detection of crime"),
            Option(ANOTHER_PUBLIC_INTEREST, "Another public interest"),
            Option(
                NO_CRITERION,
                "None of these",
                "Then the public interest does not justify disclosure.",
                exclusive=True,
            ),
        ),
        cites=(CRITERIA, PUBLIC_INTEREST),
        next=Route(
            (NOT_JUSTIFIED, "other_public_interest", "overrides_duty_of_confidence"),
            _after_which_criteria,
            "If you ticked None of these, go to {not_justified}. If you ticked Another public "
            "interest, go to {other_public_interest}. Otherwise go to "
            "{overrides_duty_of_confidence}.",
        ),
    ),
    Question(
        id="other_public_interest",
        section=CRITERIA_SECTION,
        text="What is the other public interest?",
        hint="Describe it in a sentence or two.",
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(CRITERIA,),
        next="overrides_duty_of_confidence",
    ),
    # The Duty of Confidence: whose it is, and what the organisation that holds it says.
    Question(
        id="overrides_duty_of_confidence",
        section=CONFIDENCE_SECTION,
        text="Would disclosing the information override a Duty of Confidence, without consent?",
        short="Would it override a Duty of Confidence?",
        hint=(
            "Information held by agencies that will be shared as part of the Family "
            "Safeguarding Team's work is likely to have been gathered where a Duty of "
            "Confidence is owed. A Duty of Confidence is not an absolute bar to disclosure, as "
            "information can be shared where there is a strong enough public interest to do so."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(DUTY_OF_CONFIDENCE,),
        next={YES: "represents_holder", NO: "proportionate_to_aim"},
    ),
    Question(
        id="represents_holder",
        section=CONFIDENCE_SECTION,
        text=(
            "Are you the person representing the organisation that holds the Duty of Confidence?"
        ),
        short="Do you represent the organisation that holds it?",
        hint=(
            "Answer Yes if the information is your own organisation's and you represent it in "
            "this decision. The originating Partner will be the final arbiter as to whether "
            "information is disclosed or not."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(DUTY_OF_CONFIDENCE,),
        next={YES: "proportionate_to_aim", NO: "holder_views"},
    ),
    Question(
        id="holder_views",
        section=CONFIDENCE_SECTION,
        text=(
            "Have you sought the views of the person representing the organisation that holds "
            "the Duty of Confidence, and what are they?"
        ),
        short="Their views?",
        hint=(
            "When overriding the Duty of Confidence in the absence of consent, Partners must "
            "seek the views of the person representing the organisation that holds the Duty of "
            "Confidence and take these into account in relation to breaching the confidence. "
            "You can say whose views they were in your weighing."
        ),
        kind=ONE,
        options=(
            Option(IN_FAVOUR, "Yes: they agree to the disclosure", short="They agree"),
            Option(
                AGAINST,
                "Yes: they are against the disclosure",
                "The originating Partner will be the final arbiter as to whether information "
                "is disclosed or not.",
                short="They are against it",
            ),
            Option(NOT_SOUGHT, "No, not yet", short="Not yet"),
        ),
        cites=(DUTY_OF_CONFIDENCE,),
        next={
            IN_FAVOUR: "proportionate_to_aim",
            AGAINST: HOLDER_AGAINST,
            NOT_SOUGHT: SEEK_VIEWS_FIRST,
        },
    ),
    # The guide's considerations: four yes/no answers and one box for the weighing.
    Question(
        id="proportionate_to_aim",
        section=JUDGING_SECTION,
        text="Is the intended disclosure proportionate to the intended aim?",
        short="Proportionate to the aim?",
        hint=RULE_OF_PROPORTIONALITY,
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING, PROPORTIONALITY),
        page=JUDGING_PAGE,
        next="another_equally_effective_means",
    ),
    Question(
        id="another_equally_effective_means",
        section=JUDGING_SECTION,
        text="Is there another equally effective means of achieving the same aim?",
        short="Another equally effective means?",
        hint=(
            "For example, disclosing less information, disclosing it without identifying the "
            "individual, or a way that does not breach the confidence."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING,),
        page=JUDGING_PAGE,
        next="necessary_to_prevent_or_detect_crime",
    ),
    Question(
        id="necessary_to_prevent_or_detect_crime",
        section=JUDGING_SECTION,
        text=(
            "Is the disclosure necessary to prevent or detect crime and uphold the rights and "
            "freedoms of the public?"
        ),
        short="Necessary to prevent or detect crime?",
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING, HUMAN_RIGHTS),
        page=JUDGING_PAGE,
        next="necessary_to_protect_others",
    ),
    Question(
        id="necessary_to_protect_others",
        section=JUDGING_SECTION,
        text="Is it necessary to disclose the information, to protect others?",
        short="Necessary to protect others?",
        hint=(
            "It is the responsibility of the disclosing agency to ensure that the protection of "
            "children or other vulnerable persons would fulfil a public interest test before "
            "passing the information to a Partner."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING, DUTY_OF_CONFIDENCE),
        page=JUDGING_PAGE,
        next="weighing",
    ),
    Question(
        id="weighing",
        section=JUDGING_SECTION,
        text=(
            "Your weighing: what is the vulnerability of those who are at risk, and what is the "
            "impact of disclosure likely to be on the individual to whom the shared information "
            "pertains?"
        ),
        short="Your weighing",
        hint=(
            "In your own words: who is at risk, of what, and why they cannot protect "
            "themselves; the likely impact on the individual (their privacy, safety, "
            "relationships, trust in the service); and why your answers above hold. If you "
            "sought the views of the organisation that holds the Duty of Confidence, say whose "
            "they were and how you took them into account. " + RULE_OF_PROPORTIONALITY
        ),
        kind=TEXT,
        max_length=SHORT_REASON * 2,
        cites=(JUDGING, PROPORTIONALITY, RECORD_AT_THE_TIME),
        page=JUDGING_PAGE,
        next=Route(
            (JUSTIFIED, NOT_JUSTIFIED),
            considerations.indicated,
            "If the disclosure is proportionate to the intended aim, there is no other "
            "equally effective means of achieving the same aim, and the disclosure is necessary "
            "to prevent or detect crime or to protect others (Yes to either), go to "
            "{justified}. Otherwise go to {not_justified}.",
        ),
    ),
)

OUTCOMES = (
    Outcome(
        id=JUSTIFIED,
        short="Justified",
        heading="Disclosure in the public interest is justified",
        indication=JUSTIFIED,
        summary=(
            "On your answers, the public interest justifies disclosing the information without "
            "consent. Disclose only what is relevant and proportionate to the intended aim, "
            "and record your decision at the time."
        ),
        cites=(JUDGING, PROPORTIONALITY, THE_RULE, RECORD_AT_THE_TIME),
    ),
    Outcome(
        id=SEEK_VIEWS_FIRST,
        short="Seek their views first",
        heading=(
            "Seek the views of the organisation that holds the Duty of Confidence, then decide"
        ),
        indication=SEEK_VIEWS,
        summary=(
            "Partners must seek the views of the person representing the organisation that "
            "holds the Duty of Confidence, and take them into account, before overriding it. "
            "Seek their views now. Then change your answer to the question about them: the "
            "tool asks the rest of the test."
        ),
        cites=(DUTY_OF_CONFIDENCE, THE_RULE),
    ),
    Outcome(
        id=HOLDER_AGAINST,
        short="They are against it",
        heading=(
            "Not justified: the organisation that holds the Duty of Confidence is against "
            "disclosure"
        ),
        indication=NOT_JUSTIFIED,
        summary=(
            "The originating Partner will be the final arbiter as to whether information is "
            "disclosed or not. The Partner may wish to seek specialist or legal advice if there "
            "is lack of clarity around justifiable disclosure of information."
        ),
        cites=(DUTY_OF_CONFIDENCE, THE_RULE),
    ),
    Outcome(
        id=NOT_JUSTIFIED,
        short="Not justified",
        heading="The public interest does not justify disclosure",
        indication=NOT_JUSTIFIED,
        summary=(
            "On your answers, the public interest does not justify disclosing the information "
            "without consent. The reasons below name the answer that decided it."
        ),
        cites=(CRITERIA, JUDGING, THE_RULE),
    ),
)

FLOW = Flow(
    id="public_interest",
    title="Public interest test",
    start="which_criteria",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
)
