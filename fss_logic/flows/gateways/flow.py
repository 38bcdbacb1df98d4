"""Legal gateways: which power or duty to share may apply, from who shares, with whom, and why.

The guide's legal framework (``legal-framework.md``) names the Acts that give public bodies
"express or implied statutory powers to share information under some circumstances". This
flow asks what kind of organisation is sharing, what kind would receive the information,
and the purpose; then only the questions a gateway's limits need (a relevant authority and
"necessary or expedient" for section 115 of the Crime and Disorder Act 1998; the scope, best
interests and any objection for section 251B of the Health and Social Care Act 2012;
Channel panel partners for section 38, and reasonable grounds for a police referral under
section 36, of the Counter-Terrorism and Security Act 2015; and section 16LA's test, on one
page, for a purpose about a child); then which gateways the practitioner relies on.

Which gateways may apply is worked out by ``rules.py`` beside this file; the routing here
only asks it which outcome the answers reach. The answers each question takes, the guide's
paragraphs, and the tests of the answers that decide which question comes next are in
``terms.py``, which the rules read too. Words shown to people are the guide's where it has
them, the statute's where a statute is the source, and are kept in this file and, for the
options the rules name as well, in ``terms.py``.
"""

from __future__ import annotations

from fss_logic.flow import (
    MANY,
    NO,
    ONE,
    YES,
    YES_NO,
    Answers,
    Condition,
    Flow,
    Option,
    Outcome,
    Page,
    Question,
    Route,
)
from fss_logic.flows.gateways.rules import gateways_that_may_apply
from fss_logic.flows.gateways.terms import (
    ALL_THREE,
    COUNTER_TERRORISM,
    CRIME_AND_DISORDER,
    GATEWAYS,
    GATEWAY_IDENTIFIED,
    HEALTH_AND_SOCIAL_CARE,
    IS_AUTHORITY,
    LEGAL_FRAMEWORK,
    LIKELY_TO_OBJECT,
    NEEDS_NO_STATUTORY_GATEWAY,
    NOT_SURE,
    NO_GATEWAY_IDENTIFIED,
    NO_GATEWAY_NEEDED,
    NO_GATEWAY_NEEDED_PAGE,
    OBJECTED,
    ON_BEHALF,
    ORGANISATION_KINDS,
    OTHER_POWERS,
    PURPOSES,
    RECIPIENT_KINDS,
    RELIANCE_START,
    RULE_3,
    SECTION_115,
    SECTION_11_BODIES,
    SECTION_16LA,
    SECTION_251B,
    SECTION_36,
    SECTION_38,
    WHICH_MAY_APPLY,
    YES_NO_NOT_SURE,
    asks_best_interests,
    asks_channel_partner,
    asks_health_care_scope,
    asks_necessary_or_expedient,
    asks_reasonable_grounds,
    asks_relevant_authority,
    asks_section_16la,
)
from fss_logic.legislation import SECTION_16LA as SECTION_16LA_STATUS

ORGANISATIONS, PURPOSE, DUTY_TO_SHARE, CRIME, HEALTH, CHANNEL, RELIANCE = (
    "The organisations",
    "The purpose",
    "Children Act 2004, section 16LA",
    "Crime and Disorder Act 1998",
    "Health and Social Care Act 2012",
    "Counter-Terrorism and Security Act 2015",
    "Your gateway",
)
SECTIONS = (ORGANISATIONS, PURPOSE, DUTY_TO_SHARE, CRIME, HEALTH, CHANNEL, RELIANCE)


# The limit questions, in the order asked: (first question, last question, when it is
# asked, the same in words for the paper). Section 16LA's test is one page.
LIMIT_QUESTIONS = (
    (
        "s16la_sharer_in_scope",
        "s16la_detriment",
        asks_section_16la,
        "the purpose is about a child (safeguarding or promoting their welfare, a child in "
        "need, or enquiries about significant harm)",
    ),
    (
        "recipient_relevant_authority",
        "recipient_relevant_authority",
        asks_relevant_authority,
        "you chose crime and disorder and the recipient is not the police, probation, a local "
        "authority or an integrated care board",
    ),
    (
        "necessary_or_expedient",
        "necessary_or_expedient",
        asks_necessary_or_expedient,
        "you chose crime and disorder and the recipient is a relevant authority or acts on "
        "behalf of one",
    ),
    (
        "reasonable_grounds",
        "reasonable_grounds",
        asks_reasonable_grounds,
        "you are the police and you chose Prevent, referring someone to a Channel panel",
    ),
    (
        "health_care_scope",
        "health_care_scope",
        asks_health_care_scope,
        "you chose direct care, and a charity, private provider or another kind of "
        "organisation is sharing with, or receiving from, an NHS body, a GP practice, adult "
        "social care or another such organisation",
    ),
    (
        "best_interests",
        "best_interests",
        asks_best_interests,
        "you chose direct care and both organisations commission or provide health services or "
        "adult social care in England",
    ),
    (
        "channel_partner",
        "channel_partner",
        asks_channel_partner,
        "you chose Prevent, the recipient is a Channel panel, the police or a local authority, "
        "and your organisation is neither the police nor probation",
    ),
)


def _later(after: str | None) -> tuple:
    """The limit questions after the one whose last question is ``after``."""
    lasts = [last for _, last, _, _ in LIMIT_QUESTIONS]
    return LIMIT_QUESTIONS[lasts.index(after) + 1 :] if after else LIMIT_QUESTIONS


def _next_limit_question(after: str | None, answers: Answers) -> str:
    """The first limit question after ``after`` that applies, else the reliance question."""
    for first, _, asked, _ in _later(after):
        if asked(answers):
            return first
    return RELIANCE_START


def _route_after(after: str | None) -> Route | str:
    """Route to the next limit question that applies, in words for the paper as well; after
    the last, straight on to the reliance question."""
    later = _later(after)
    if not later:
        return RELIANCE_START
    paper = (
        "Go to the first of these that applies: "
        + "; ".join(f"{{{first}}} if {when}" for first, _, _, when in later)
        + f". Otherwise go to {{{RELIANCE_START}}}."
    )
    return Route(
        targets=(*(first for first, _, _, _ in later), RELIANCE_START),
        choose=lambda answers: _next_limit_question(after, answers),
        paper=paper,
    )


def _after_best_interests() -> Route:
    """Yes: ask about objection. Otherwise on to the next limit question that applies."""
    later = _route_after("best_interests")
    assert isinstance(later, Route), "the Channel question comes after best interests"
    return Route(
        targets=("person_objects", *later.targets),
        choose=lambda answers: (
            "person_objects" if answers["best_interests"] == YES else later.choose(answers)
        ),
        paper="If Yes, go to {person_objects}. Otherwise, g" + later.paper.removeprefix("G"),
    )


def _sharer_not_listed(answers: Answers) -> bool:
    return answers.get("sharing_organisation") not in SECTION_11_BODIES


def _recipient_not_listed(answers: Answers) -> bool:
    return answers.get("receiving_organisation") not in SECTION_11_BODIES


SECTION_16LA_PAGE = Page(
    "section_16la",
    "Children Act 2004, section 16LA: the duty to share information about a child",
    f"{SECTION_16LA_STATUS.verified} Checked {SECTION_16LA_STATUS.checked_on}. The tool asks "
    "its test, so that you know whether the duty may apply.",
)
IN_SCOPE_HINT = (
    "Section 16LA applies to the bodies listed in section 11(1) (local authorities, integrated "
    "care boards, NHS trusts and foundation trusts, the police, probation), to a designated "
    "childcare or education agency under section 16E (for example a school the local "
    "safeguarding arrangements name), and to a person who provides services under "
    "arrangements made by one of those in connection with its functions (a commissioned "
    "provider)."
)
NOT_SURE_OPTION = Option(NOT_SURE, "Not sure")


def indicated(answers: Answers) -> str:
    """The outcome: a gateway identified; none needed; or none identified
    (``rules.gateways_that_may_apply``)."""
    if gateways_that_may_apply(answers):
        return GATEWAY_IDENTIFIED
    if answers.get("sharing_organisation") in NEEDS_NO_STATUTORY_GATEWAY:
        return NO_GATEWAY_NEEDED
    return NO_GATEWAY_IDENTIFIED


def _to_outcome() -> Route:
    return Route(
        targets=(GATEWAY_IDENTIFIED, NO_GATEWAY_NEEDED, NO_GATEWAY_IDENTIFIED),
        choose=indicated,
        paper="If a gateway may apply (see “Which gateways may apply” on the tool's page), go "
        "to {gateway_identified}. If not, and your organisation is a GP practice, a charity or "
        "a private provider, go to {no_gateway_needed}. Otherwise go to "
        "{no_gateway_identified}.",
    )


QUESTIONS = (
    Question(
        id="sharing_organisation",
        section=ORGANISATIONS,
        text="What kind of organisation is sharing the information?",
        short="Who is sharing?",
        hint=(
            "The organisation that holds the information. Partner agencies must obtain their "
            "own assurance and be satisfied that they have a lawful basis for sharing the "
            "information they hold."
        ),
        kind=ONE,
        options=ORGANISATION_KINDS,
        cites=(LEGAL_FRAMEWORK, WHICH_MAY_APPLY),
        next="receiving_organisation",
    ),
    Question(
        id="receiving_organisation",
        section=ORGANISATIONS,
        text="What kind of organisation would receive it?",
        short="Who would receive it?",
        hint="Some gateways reach only some recipients.",
        kind=ONE,
        options=RECIPIENT_KINDS,
        cites=(WHICH_MAY_APPLY,),
        next="purposes",
    ),
    Question(
        id="purposes",
        section=PURPOSE,
        text="What is the purpose of sharing it?",
        short="The purpose?",
        hint=(
            "Select all that apply. Data should only be shared between Family Safeguarding "
            "team members for the purposes of safeguarding children; promoting the welfare of "
            "children and vulnerable adults who are part of their family and for the "
            "prevention and detection of related crime."
        ),
        kind=MANY,
        options=PURPOSES,
        cites=(LEGAL_FRAMEWORK, WHICH_MAY_APPLY),
        next=_route_after(None),
    ),
    # Section 16LA's test, one page: its subsections (1) to (4) as questions.
    Question(
        id="s16la_sharer_in_scope",
        section=DUTY_TO_SHARE,
        text="Is your organisation one that section 16LA applies to?",
        short="Your organisation in scope?",
        hint=IN_SCOPE_HINT,
        kind=ONE,
        options=(*YES_NO, NOT_SURE_OPTION),
        cites=(SECTION_16LA,),
        page=SECTION_16LA_PAGE,
        ask_if=Condition(
            _sharer_not_listed,
            "your organisation is not a local authority, the police, probation, an NHS trust or "
            "an integrated care board",
        ),
        next="s16la_recipient_in_scope",
    ),
    Question(
        id="s16la_recipient_in_scope",
        section=DUTY_TO_SHARE,
        text="Is the organisation that would receive it one that section 16LA applies to?",
        short="The recipient in scope?",
        hint=IN_SCOPE_HINT,
        kind=ONE,
        options=(*YES_NO, NOT_SURE_OPTION),
        cites=(SECTION_16LA,),
        page=SECTION_16LA_PAGE,
        ask_if=Condition(
            _recipient_not_listed,
            "the recipient is not a local authority, the police, probation, an NHS trust or an "
            "integrated care board",
        ),
        next="s16la_facilitate",
    ),
    Question(
        id="s16la_facilitate",
        section=DUTY_TO_SHARE,
        text=(
            "Do you consider that the disclosure may facilitate the recipient's exercise of "
            "its relevant functions, or the services it provides under arrangements with such "
            "a body?"
        ),
        short="May it facilitate the recipient's functions?",
        hint="Section 16LA(2).",
        kind=ONE,
        options=YES_NO,
        cites=(SECTION_16LA,),
        page=SECTION_16LA_PAGE,
        next="s16la_detriment",
    ),
    Question(
        id="s16la_detriment",
        section=DUTY_TO_SHARE,
        text=(
            "Do you consider that the disclosure would be more detrimental to the child than not "
            "disclosing the information?"
        ),
        short="More detrimental to the child?",
        hint="If so, the duty does not apply (section 16LA(3)).",
        kind=ONE,
        options=YES_NO,
        cites=(SECTION_16LA,),
        page=SECTION_16LA_PAGE,
        next=_route_after("s16la_detriment"),
    ),
    Question(
        id="recipient_relevant_authority",
        section=CRIME,
        text=(
            "Is the recipient a relevant authority under section 115 of the Crime and Disorder "
            "Act 1998, or a person acting on behalf of one?"
        ),
        short="Recipient a relevant authority (s115)?",
        hint=(
            "Relevant authorities include: Police, Probation, Local Authorities, CCGs and "
            "certain NHS statutory bodies. Integrated care boards replaced CCGs. If in doubt, "
            "check the list in section 115(2)."
        ),
        kind=ONE,
        options=(
            Option(IS_AUTHORITY, "Yes: it is a relevant authority"),
            Option(ON_BEHALF, "Yes: it is acting on behalf of a relevant authority"),
            Option(NO, "No"),
            Option(NOT_SURE, "Not sure"),
        ),
        cites=(CRIME_AND_DISORDER, SECTION_115),
        next=_route_after("recipient_relevant_authority"),
    ),
    Question(
        id="necessary_or_expedient",
        section=CRIME,
        text=(
            "Is the disclosure necessary or expedient for the purposes of any provision of the "
            "Crime and Disorder Act 1998?"
        ),
        short="Necessary or expedient for the 1998 Act?",
        hint=(
            "Section 115 gives a power to share only in that case: for example, for the local "
            "strategy for reducing crime and disorder, or for youth justice work."
        ),
        kind=ONE,
        options=YES_NO_NOT_SURE,
        cites=(CRIME_AND_DISORDER, SECTION_115),
        next=_route_after("necessary_or_expedient"),
    ),
    Question(
        id="reasonable_grounds",
        section=CHANNEL,
        text=(
            "Are there reasonable grounds to believe that the individual is vulnerable to being "
            "drawn into terrorism?"
        ),
        short="Vulnerable to being drawn into terrorism?",
        hint=(
            "A chief officer of police may refer an individual to a panel only if there are "
            "reasonable grounds to believe that the individual is vulnerable to being drawn into "
            "terrorism (section 36(3))."
        ),
        kind=ONE,
        options=YES_NO_NOT_SURE,
        cites=(COUNTER_TERRORISM, SECTION_36),
        next=RELIANCE_START,
    ),
    Question(
        id="health_care_scope",
        section=HEALTH,
        text=(
            "Do both organisations commission or provide health services or adult social care "
            "in England?"
        ),
        short="Both in health services or adult social care?",
        hint=(
            "A charity, private provider or other organisation counts only so far as it "
            "provides health services or adult social care in England under arrangements made "
            "with a public body: for example, a commissioned care provider."
        ),
        kind=ONE,
        options=YES_NO_NOT_SURE,
        cites=(HEALTH_AND_SOCIAL_CARE, SECTION_251B),
        next=_route_after("health_care_scope"),
    ),
    Question(
        id="best_interests",
        section=HEALTH,
        text=(
            "Is sharing likely to help provide the person's health services or adult social "
            "care, and in their best interests?"
        ),
        short="Helps their care, in their best interests?",
        hint=(
            "Best interests has its ordinary meaning here, not the meaning in the Mental "
            "Capacity Act 2005."
        ),
        kind=ONE,
        options=YES_NO_NOT_SURE,
        cites=(HEALTH_AND_SOCIAL_CARE, SECTION_251B),
        next=_after_best_interests(),
    ),
    Question(
        id="person_objects",
        section=HEALTH,
        text="Has the person objected, or would they be likely to object, to the sharing?",
        short="Has the person objected?",
        hint=(
            "If so, the duty to share in section 251B need not be complied with. The guide: "
            "where someone “has made an informed decision to refuse consent to share data that "
            "must be respected except where an overriding consideration exists”."
        ),
        kind=ONE,
        options=(
            Option(OBJECTED, "Yes: they have objected"),
            Option(LIKELY_TO_OBJECT, "Yes: they would be likely to object"),
            Option(NO, "No"),
        ),
        cites=(HEALTH_AND_SOCIAL_CARE, SECTION_251B),
        next=_route_after("best_interests"),
    ),
    Question(
        id="channel_partner",
        section=CHANNEL,
        text=(
            "Is your organisation a partner of the Channel panel, listed in Schedule 7 to the "
            "Counter-Terrorism and Security Act 2015?"
        ),
        short="A partner of the Channel panel?",
        hint=(
            "Schedule 7 lists, among others: a local authority (other than one that is a member "
            "of the panel), providers of probation services, youth offending teams, and the "
            "proprietors of schools. The police are not partners: they refer people to the "
            "panel."
        ),
        kind=ONE,
        options=YES_NO_NOT_SURE,
        cites=(COUNTER_TERRORISM, SECTION_38),
        next=_route_after("channel_partner"),
    ),
    Question(
        id=RELIANCE_START,
        section=RELIANCE,
        text="Which gateways will you rely on to share this information?",
        short="Which gateways will you rely on?",
        hint=(
            "Select all that you rely on, or None. A gateway is a power or a duty to share. "
            "Sharing also needs a lawful basis under data protection law and an answer to "
            "confidentiality: all three. The outcome says whether the tool found that each "
            "gateway may apply."
        ),
        kind=MANY,
        options=GATEWAYS,
        cites=(ALL_THREE, WHICH_MAY_APPLY, LEGAL_FRAMEWORK),
        next=_to_outcome(),
    ),
)

OUTCOMES = (
    Outcome(
        id=GATEWAY_IDENTIFIED,
        heading="A legal gateway may apply",
        indication=GATEWAY_IDENTIFIED,
        summary=(
            "At least one gateway may apply, within the limits set out below. A gateway alone "
            "is not enough: sharing needs all three – a gateway (a power or duty to share), a "
            "lawful basis under data protection law, and an answer to confidentiality."
        ),
        cites=(ALL_THREE, WHICH_MAY_APPLY, LEGAL_FRAMEWORK),
    ),
    Outcome(
        id=NO_GATEWAY_NEEDED,
        heading="No statutory gateway is needed",
        indication=NO_GATEWAY_NEEDED,
        summary=(
            "A GP practice, a charity or a private provider is not a public body that can act "
            "only under statute, so it needs no statutory power to share. It needs a lawful "
            "basis under data protection law (a GP practice providing NHS services, as a public "
            "authority, Article 6(1)(e); others, Article 6(1)(f), or 6(1)(ea) with the "
            "safeguarding condition in Annex 1) and an answer to confidentiality."
        ),
        cites=(NO_GATEWAY_NEEDED_PAGE, ALL_THREE),
    ),
    Outcome(
        id=NO_GATEWAY_IDENTIFIED,
        heading="No legal gateway identified",
        indication=NO_GATEWAY_IDENTIFIED,
        summary=(
            "From your answers, the tool has not found a gateway among those the guide names. "
            "Sharing needs all three – a gateway (a power or duty to share), a lawful basis "
            "under data protection law, and an answer to confidentiality. Do not share on the "
            "basis of a gateway you cannot name: seek advice."
        ),
        cites=(ALL_THREE, OTHER_POWERS, RULE_3),
    ),
)

FLOW = Flow(
    id="gateways",
    title="Legal gateways",
    start="sharing_organisation",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
)
