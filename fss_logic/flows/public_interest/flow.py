"""The public interest test: the guide's Public Interest Criteria, the Duty of Confidence,
and the six questions the guide says to consider when judging the public interest.

Questions are listed in the order they are asked, each with its one routing rule; the
outcomes come last. Words shown to people are the guide's, quoted from the page each
question cites (``public-interest.md`` for the criteria and the six questions,
``legal-framework.md`` for the Duty of Confidence and Article 8). The Duty of Confidence
comes before the six questions, so that the views of the organisation that holds it are in
hand when the public interest is judged. Every consideration is asked even after one has
failed, so that the record shows all of them; the last question routes to the outcome that
``considerations.py`` works out.

Why an outcome was reached, and what to watch out for, are worked out by ``rules.py``.
"""

from __future__ import annotations

from fss_logic.flow import MANY, NO, ONE, TEXT, YES, YES_NO, Flow, Option, Outcome, Question, Route
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
    JUSTIFIED,
    NOT_JUSTIFIED,
    SEEK_VIEWS_FIRST,
)

CRITERIA_SECTION = "Public interest criteria"
CONFIDENCE_SECTION = "Duty of Confidence"
JUDGING_SECTION = "Judging the public interest"
SECTIONS = (CRITERIA_SECTION, CONFIDENCE_SECTION, JUDGING_SECTION)

SHORT_REASON = 2000
"""The longest answer a short reason may have, in characters."""

ANOTHER_PUBLIC_INTEREST = "another"

RULE_OF_PROPORTIONALITY = (
    "The rule of proportionality should be applied to ensure that a fair balance is achieved "
    "between the public interest and the rights of the individual's information."
)


def _after_which_criteria(answers) -> str:
    """Another public interest must be described."""
    if ANOTHER_PUBLIC_INTEREST in answers["which_criteria"]:
        return "other_public_interest"
    return "overrides_duty_of_confidence"


QUESTIONS = (
    # The guide's Public Interest Criteria: first whether any applies, then which.
    Question(
        id="criterion_applies",
        section=CRITERIA_SECTION,
        text="Do any of the public interest criteria apply?",
        hint=(
            "The Public Interest Criteria include the: Protection of vulnerable members of the "
            "community; Administration of justice; Maintaining of public safety; Apprehension "
            "of offenders; Prevention of crime and disorder; Detection of crime. Another public "
            "interest may also apply: you can describe it on the next question."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(CRITERIA, PUBLIC_INTEREST),
        next={YES: "which_criteria", NO: NOT_JUSTIFIED},
    ),
    Question(
        id="which_criteria",
        section=CRITERIA_SECTION,
        text="Which of the public interest criteria apply?",
        hint="Select all that apply.",
        kind=MANY,
        options=(
            Option("vulnerable", "Protection of vulnerable members of the community"),
            Option("justice", "Administration of justice"),
            Option("public_safety", "Maintaining of public safety"),
            Option("apprehension", "Apprehension of offenders"),
            Option("crime_and_disorder", "Prevention of crime and disorder"),
            Option("detection", "Detection of crime"),
            Option(
                ANOTHER_PUBLIC_INTEREST,
                "Another public interest",
                "The guide says the criteria include those above, so there may be others. "
                "You will be asked to describe it.",
            ),
        ),
        cites=(CRITERIA,),
        next=Route(
            ("other_public_interest", "overrides_duty_of_confidence"),
            _after_which_criteria,
            "If you selected Another public interest, go to {other_public_interest}. "
            "Otherwise go to {overrides_duty_of_confidence}.",
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
    # The Duty of Confidence: whose it is, and whether the holder's views have been sought.
    Question(
        id="overrides_duty_of_confidence",
        section=CONFIDENCE_SECTION,
        text="Would disclosing the information override a Duty of Confidence, without consent?",
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
        hint=(
            "Answer Yes if your own organisation holds the Duty of Confidence and you represent "
            "it in this decision. The originating Partner will be the final arbiter as to "
            "whether information is disclosed or not."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(DUTY_OF_CONFIDENCE,),
        next={YES: "proportionate_to_aim", NO: "holder_views_sought"},
    ),
    Question(
        id="holder_views_sought",
        section=CONFIDENCE_SECTION,
        text=(
            "Have you sought the views of the person representing the organisation that holds "
            "the Duty of Confidence, and taken them into account?"
        ),
        hint=(
            "When overriding the Duty of Confidence in the absence of consent, Partners must "
            "seek the views of the person representing the organisation that holds the Duty of "
            "Confidence and take these into account in relation to breaching the confidence."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(DUTY_OF_CONFIDENCE,),
        next={YES: "holder_views", NO: "proportionate_to_aim"},
    ),
    Question(
        id="holder_views",
        section=CONFIDENCE_SECTION,
        text="Whose views did you seek, what were they, and how have you taken them into account?",
        hint="Their name, role and organisation, when you asked them, and what they said.",
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(DUTY_OF_CONFIDENCE, RECORD_AT_THE_TIME),
        next="proportionate_to_aim",
    ),
    # The six questions to consider when judging the public interest, in the guide's order.
    Question(
        id="proportionate_to_aim",
        section=JUDGING_SECTION,
        text="Is the intended disclosure proportionate to the intended aim?",
        hint=RULE_OF_PROPORTIONALITY,
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING, PROPORTIONALITY),
        next="proportionate_reason",
    ),
    Question(
        id="proportionate_reason",
        section=JUDGING_SECTION,
        text="Why is the disclosure proportionate, or not proportionate, to the intended aim?",
        hint=(
            "A short reason in your own words: what you would disclose, to whom, and what it "
            "would achieve."
        ),
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(JUDGING, PROPORTIONALITY),
        next="vulnerability_of_those_at_risk",
    ),
    Question(
        id="vulnerability_of_those_at_risk",
        section=JUDGING_SECTION,
        text="What is the vulnerability of those who are at risk?",
        hint=(
            "In your own words: who is at risk, of what, and why they cannot protect "
            "themselves. For example, a baby living with an adult who has a history of "
            "violence."
        ),
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(JUDGING,),
        next="impact_on_individual",
    ),
    Question(
        id="impact_on_individual",
        section=JUDGING_SECTION,
        text=(
            "What is the impact of disclosure likely to be on the individual to whom the shared "
            "information pertains?"
        ),
        hint=(
            "In your own words: for example, on their privacy, their safety, their "
            "relationships, or their trust in the services that hold the information."
        ),
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(JUDGING, HUMAN_RIGHTS),
        next="another_equally_effective_means",
    ),
    Question(
        id="another_equally_effective_means",
        section=JUDGING_SECTION,
        text="Is there another equally effective means of achieving the same aim?",
        hint=(
            "For example, disclosing less information, disclosing it without identifying the "
            "individual, or a way that does not breach the confidence. If there is, answer Yes."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING,),
        next="other_means_reason",
    ),
    Question(
        id="other_means_reason",
        section=JUDGING_SECTION,
        text="What other means is there, or why is there none that is equally effective?",
        hint="A short reason in your own words.",
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(JUDGING,),
        next="necessary_to_prevent_or_detect_crime",
    ),
    Question(
        id="necessary_to_prevent_or_detect_crime",
        section=JUDGING_SECTION,
        text=(
            "Is the disclosure necessary to prevent or detect crime and uphold the rights and "
            "freedoms of the public?"
        ),
        hint=(
            "There needs to be a balance between the desire to share, and a person's right to "
            'privacy under "The right to respect private and family life, home and '
            'correspondence". The local authority cannot interfere with this right except '
            "such as is necessary in the interests of national security, public safety or for "
            "the prevention of disorder or crime, for the protection of health or morals, or "
            "for the protection of the rights and freedoms of others."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING, HUMAN_RIGHTS),
        next="prevent_or_detect_crime_reason",
    ),
    Question(
        id="prevent_or_detect_crime_reason",
        section=JUDGING_SECTION,
        text=(
            "Why is the disclosure necessary, or not necessary, to prevent or detect crime and "
            "uphold the rights and freedoms of the public?"
        ),
        hint="A short reason in your own words.",
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(JUDGING,),
        next="necessary_to_protect_others",
    ),
    Question(
        id="necessary_to_protect_others",
        section=JUDGING_SECTION,
        text="Is it necessary to disclose the information, to protect others?",
        hint=(
            "It is the responsibility of the disclosing agency to ensure that the protection of "
            "children or other vulnerable persons would fulfil a public interest test before "
            "passing the information to a Partner."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(JUDGING, DUTY_OF_CONFIDENCE),
        next="protect_others_reason",
    ),
    Question(
        id="protect_others_reason",
        section=JUDGING_SECTION,
        text=(
            "Why is it necessary, or not necessary, to disclose the information to protect others?"
        ),
        hint="A short reason in your own words.",
        kind=TEXT,
        max_length=SHORT_REASON,
        cites=(JUDGING, THE_RULE),
        next=Route(
            (JUSTIFIED, SEEK_VIEWS_FIRST, NOT_JUSTIFIED),
            considerations.indicated,
            "If the disclosure is proportionate to the intended aim, there is no other "
            "equally effective means of achieving the same aim, the disclosure is necessary to "
            "prevent or detect crime or to protect others (Yes to either), and either no Duty "
            "of Confidence would be overridden, or you represent the organisation that holds "
            "it, or you have sought the views of the person representing it and taken them "
            "into account, go to {justified}. If all of that holds except that you have not "
            "sought those views, go to {seek_views_first}. "
            "Otherwise go to {not_justified}.",
        ),
    ),
)

OUTCOMES = (
    Outcome(
        id=JUSTIFIED,
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
        heading=(
            "Not justified yet: seek the views of the organisation that holds the Duty of "
            "Confidence"
        ),
        indication=NOT_JUSTIFIED,
        summary=(
            "Partners must seek the views of the person representing the organisation that "
            "holds the Duty of Confidence, and take them into account, before overriding it. "
            "Seek their views, then change your answer to the question about them."
        ),
        cites=(DUTY_OF_CONFIDENCE, THE_RULE),
    ),
    Outcome(
        id=NOT_JUSTIFIED,
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
    start="criterion_applies",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
)
