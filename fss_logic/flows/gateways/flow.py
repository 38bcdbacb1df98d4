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
only asks it which question comes next. Words shown to people are the guide's where it has
them, the statute's where a statute is the source, and are kept in this file.
"""

from __future__ import annotations

from fss_logic.flow import (
    MANY,
    NO,
    ONE,
    YES,
    YES_NO,
    Answers,
    Cite,
    Condition,
    Flow,
    Option,
    Outcome,
    Page,
    Question,
    Route,
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

# The guide's paragraphs. tests/site checks each anchor exists and its title fits.
LEGAL_FRAMEWORK = Cite(
    "legal-framework.md#legal-framework",
    "What is the Legal Framework that supports information sharing?",
)
CHILDREN_ACT_2004 = Cite("legal-framework.md#children-act-2004", "Children Act 2004")
CHILDREN_ACT_1989 = Cite("legal-framework.md#children-act-1989", "Children Act 1989")
CRIME_AND_DISORDER = Cite(
    "legal-framework.md#crime-and-disorder-act-1998", "Crime and Disorder Act 1998"
)
HUMAN_RIGHTS = Cite("legal-framework.md#human-rights-act-1998", "Human Rights Act 1998")
HEALTH_AND_SOCIAL_CARE = Cite(
    "legal-framework.md#health-and-social-care-act-2012",
    "The Health and Social Care (health and adult social care services: information) Act 2012",
)
COUNTER_TERRORISM = Cite(
    "legal-framework.md#counter-terrorism-and-security-act-2015",
    "Counter-Terrorism and Security Act 2015",
)
CRIME_EXEMPTION = Cite("legal-framework.md#dpa-section-29", "DPA Section 29")
DUTY_OF_CONFIDENCE = Cite("legal-framework.md#duty-of-confidence", "Duty of Confidence")
RULE_3 = Cite("golden-rules.md#rule-3", "The seven golden rules to sharing information: rule 3")

# This tool's page, for what the guide does not say (docs/tools/gateways.md).
ALL_THREE = Cite(
    "tools/gateways.md#all-three",
    "A gateway, a lawful basis and an answer to confidentiality: all three",
)
WHICH_MAY_APPLY = Cite("tools/gateways.md#which-gateways-may-apply", "Which gateways may apply")
SECTION_16LA = Cite(
    "tools/gateways.md#section-16la", "Children Act 2004, section 16LA: the duty to share"
)
SECTION_115 = Cite("tools/gateways.md#section-115", "Crime and Disorder Act 1998, section 115")
SECTION_251B = Cite(
    "tools/gateways.md#section-251b", "Health and Social Care Act 2012, section 251B"
)
SECTION_38 = Cite(
    "tools/gateways.md#section-38", "Counter-Terrorism and Security Act 2015, section 38"
)
PART_3 = Cite(
    "tools/gateways.md#part-3",
    "Police sharing for law enforcement: Part 3 of the Data Protection Act 2018",
)
OTHER_POWERS = Cite("tools/gateways.md#other-powers", "Powers this tool does not cover")

POLICE_POWERS = Cite("tools/gateways.md#police-common-law", "Police common law powers")
SECTION_36 = Cite(
    "tools/gateways.md#section-36", "Counter-Terrorism and Security Act 2015, section 36"
)
NO_GATEWAY_NEEDED_PAGE = Cite(
    "tools/gateways.md#no-statutory-gateway", "Organisations that need no statutory gateway"
)

GATEWAY_IDENTIFIED, NO_GATEWAY_IDENTIFIED = "gateway_identified", "no_gateway_identified"
NO_GATEWAY_NEEDED = "no_gateway_needed"

NOT_SURE = "not_sure"
YES_NO_NOT_SURE = (*YES_NO, Option(NOT_SURE, "Not sure"))

# Kinds of organisation. The recipient may also be a Channel panel.
LA_CHILDREN, LA_ADULTS, POLICE, PROBATION, NHS_TRUST, ICB = (
    "la_children",
    "la_adults",
    "police",
    "probation",
    "nhs_trust",
    "icb",
)
GP, SCHOOL, CHARITY, PRIVATE, OTHER, CHANNEL_PANEL = (
    "gp",
    "school",
    "charity",
    "private",
    "other",
    "channel_panel",
)
ORGANISATION_KINDS = (
    Option(LA_CHILDREN, "Local authority children's services"),
    Option(LA_ADULTS, "Local authority adult social care"),
    Option(POLICE, "Police"),
    Option(PROBATION, "Probation"),
    Option(NHS_TRUST, "NHS trust or NHS foundation trust"),
    Option(ICB, "Integrated care board", "These replaced clinical commissioning groups (CCGs)."),
    Option(GP, "GP practice"),
    Option(SCHOOL, "School"),
    Option(CHARITY, "Charity or voluntary organisation"),
    Option(PRIVATE, "Private provider", "For example, a private care provider."),
    Option(OTHER, "Another kind of organisation"),
)
RECIPIENT_KINDS = (
    *ORGANISATION_KINDS[:-1],
    Option(CHANNEL_PANEL, "A Channel panel", "The panel a local authority runs under section 36."),
    ORGANISATION_KINDS[-1],
)

# Purposes.
CHILD_WELFARE, CHILD_IN_NEED, SIGNIFICANT_HARM, CRIME_AND_DISORDER_PURPOSE = (
    "child_welfare",
    "child_in_need",
    "significant_harm",
    "crime_and_disorder",
)
DIRECT_CARE, PREVENT, LAW_ENFORCEMENT, OTHER_PURPOSE = (
    "direct_care",
    "prevent",
    "law_enforcement",
    "other_purpose",
)
PURPOSES = (
    Option(CHILD_WELFARE, "Safeguarding or promoting the welfare of a child"),
    Option(
        CHILD_IN_NEED,
        "Assessing or meeting the needs of a child in need",
        "Children Act 1989, section 17.",
    ),
    Option(
        SIGNIFICANT_HARM,
        "Enquiries into whether a child is suffering, or is likely to suffer, significant harm",
        "Children Act 1989, section 47.",
    ),
    Option(CRIME_AND_DISORDER_PURPOSE, "Preventing or reducing crime and disorder"),
    Option(DIRECT_CARE, "The person's own direct health care or adult social care"),
    Option(
        PREVENT,
        "Preventing a person being drawn into terrorism",
        "Prevent, or a Channel panel.",
    ),
    Option(
        LAW_ENFORCEMENT,
        "Law enforcement",
        "Preventing, investigating, detecting or prosecuting criminal offences.",
    ),
    Option(OTHER_PURPOSE, "Another purpose"),
)

# The relevant authority question's answers.
IS_AUTHORITY, ON_BEHALF = "authority", "on_behalf"
# The objection question's answers.
OBJECTED, LIKELY_TO_OBJECT = "objected", "likely_to_object"

# Gateways, as the practitioner may rely on them.
CHILDREN_ACT_2004_GATEWAY, SECTION_16LA_GATEWAY = "children_act_2004", "section_16la"
SECTION_17_GATEWAY, SECTION_47_GATEWAY = "section_17", "section_47"
SECTION_27_GATEWAY, SECTION_47_ASSIST_GATEWAY = "section_27", "section_47_assist"
SECTION_115_GATEWAY, SECTION_251B_GATEWAY = "section_115", "section_251b"
POLICE_COMMON_LAW_GATEWAY, SECTION_36_GATEWAY = "police_common_law", "section_36"
SECTION_38_GATEWAY, SECTION_26, CRIME_EXEMPTION_RELIED, ANOTHER_POWER = (
    "section_38",
    "section_26",
    "crime_exemption",
    "another_power",
)
NO_GATEWAY_RELIED = "none"
GATEWAYS = (
    Option(
        CHILDREN_ACT_2004_GATEWAY,
        "Children Act 2004, sections 10 and 11",
        "Duties on the bodies the Act lists to co-operate to improve children's well-being and "
        "to have regard to the need to safeguard and promote their welfare. Not an express "
        "power to share, and no basis for a charity or private provider of its own.",
    ),
    Option(
        SECTION_16LA_GATEWAY,
        "Children Act 2004, section 16LA: the duty to share information about a child",
        "Inserted by the Children's Wellbeing and Schools Act 2026. Its commencement could "
        f"not be verified on {SECTION_16LA_STATUS.checked_on}: check it is in force before "
        "relying on it.",
    ),
    Option(
        SECTION_17_GATEWAY,
        "Children Act 1989, section 17: children in need",
        "The local authority's duty to safeguard and promote the welfare of children in need "
        "in its area: for the local authority itself.",
    ),
    Option(
        SECTION_27_GATEWAY,
        "Children Act 1989, section 27: helping the local authority with children in need",
        "The bodies section 27(3) lists must comply with the local authority's request for "
        "help, if it is compatible with their own duties and does not unduly prejudice their "
        "functions.",
    ),
    Option(
        SECTION_47_GATEWAY,
        "Children Act 1989, section 47: enquiries about significant harm",
        "The local authority's duty to make enquiries where it has reasonable cause to suspect "
        "that a child is suffering, or is likely to suffer, significant harm: for the local "
        "authority itself.",
    ),
    Option(
        SECTION_47_ASSIST_GATEWAY,
        "Children Act 1989, section 47(9): the duty to assist the local authority's enquiries",
        "The bodies section 47(11) lists must assist the enquiries, in particular by "
        "providing relevant information, if called upon, unless that would be unreasonable "
        "(section 47(10)).",
    ),
    Option(
        SECTION_115_GATEWAY,
        "Crime and Disorder Act 1998, section 115",
        "A power, not a duty: to a relevant authority or a person acting on its behalf, where "
        "the disclosure is necessary or expedient for the purposes of any provision of the Act.",
    ),
    Option(
        SECTION_251B_GATEWAY,
        "Health and Social Care Act 2012, section 251B: the duty to share for direct care",
        "Between health and adult social care commissioners and providers, to help provide the "
        "person's care, in their best interests. It need not be complied with if the person "
        "objects, or would be likely to object.",
    ),
    Option(
        POLICE_COMMON_LAW_GATEWAY,
        "Police common law powers, for a policing purpose",
        "Protecting life and property, preserving order, preventing offences and bringing "
        "offenders to justice.",
    ),
    Option(
        SECTION_36_GATEWAY,
        "Counter-Terrorism and Security Act 2015, section 36: a police referral to a Channel panel",
        "A chief officer of police may refer an individual to a panel only if there are "
        "reasonable grounds to believe that the individual is vulnerable to being drawn into "
        "terrorism (section 36(3)).",
    ),
    Option(
        SECTION_38_GATEWAY,
        "Counter-Terrorism and Security Act 2015, section 38: Channel panel partners",
        "A partner's co-operation with the panel includes giving information, but nothing in "
        "section 38 requires or authorises a disclosure that would contravene data protection "
        "legislation.",
    ),
    Option(
        SECTION_26,
        "Counter-Terrorism and Security Act 2015, section 26: the Prevent duty",
        "A duty to have due regard to the need to prevent people from being drawn into "
        "terrorism: not a power to share.",
    ),
    Option(
        CRIME_EXEMPTION_RELIED,
        "Data Protection Act 2018, Schedule 2, Part 1, paragraph 2: the crime exemption",
        "An exemption from some data protection provisions, to the extent that applying them "
        "would be likely to prejudice the prevention or detection of crime: not a gateway and "
        "not a lawful basis.",
    ),
    Option(
        ANOTHER_POWER,
        "Another power or duty to share",
        "Name it, with its Act and section, in your reasons. The tool cannot check it.",
    ),
    Option(
        NO_GATEWAY_RELIED,
        "None: I will not rely on a gateway",
        "For example, because your organisation needs none: a GP practice, a charity or a "
        "private provider needs a lawful basis and an answer to confidentiality instead.",
        exclusive=True,
    ),
)

# Kinds the rules and routing need. Which gateway each reaches is in rules.py.
KNOWN_RELEVANT_AUTHORITIES = (POLICE, PROBATION, LA_CHILDREN, LA_ADULTS, ICB)
"""Recipients the guide names as relevant authorities under section 115: "Police,
Probation, Local Authorities, CCGs" (integrated care boards replaced CCGs)."""
HEALTH_OR_CARE_BODIES = (NHS_TRUST, ICB, GP, LA_ADULTS)
"""Commissioners or providers of health services or adult social care in England."""
MAY_BE_HEALTH_OR_CARE = (CHARITY, PRIVATE, OTHER)
"""Within section 251B only so far as they provide health services or adult social care in
England under arrangements made with a public body (section 251C(2))."""
CHANNEL_RECIPIENTS = (CHANNEL_PANEL, POLICE, LA_CHILDREN, LA_ADULTS)
"""Section 38(1): partners co-operate with the panel, and with the police and local
authorities in carrying out their functions in connection with section 36."""
KNOWN_CHANNEL_PARTNERS = (PROBATION,)
"""Schedule 7 names "a provider of probation services"; other kinds are asked."""
SECTION_11_BODIES = (LA_CHILDREN, LA_ADULTS, POLICE, PROBATION, NHS_TRUST, ICB)
"""Kinds listed in section 11(1) of the Children Act 2004 (the local authority, or its
relevant partners under section 10(4)): a local authority in England, an integrated care
board, an NHS trust, an NHS foundation trust, the local policing body and chief officer of
police, and probation (the Secretary of State's functions under sections 2 and 3 of the
Offender Management Act 2007). Section 16LA(4)(a) applies to the same list."""
CHILD_PURPOSES = ("child_welfare", "child_in_need", "significant_harm")


def _chose(answers: Answers, purpose: str) -> bool:
    return purpose in answers.get("purposes", ())


def asks_relevant_authority(answers: Answers) -> bool:
    """Crime and disorder, and a recipient the guide does not name as a relevant authority."""
    return (
        _chose(answers, CRIME_AND_DISORDER_PURPOSE)
        and answers.get("receiving_organisation") not in KNOWN_RELEVANT_AUTHORITIES
    )


def recipient_is_relevant_authority(answers: Answers) -> bool:
    """Section 115(1): "to a relevant authority; or to a person acting on behalf of such an
    authority"."""
    return answers.get("receiving_organisation") in KNOWN_RELEVANT_AUTHORITIES or answers.get(
        "recipient_relevant_authority"
    ) in (IS_AUTHORITY, ON_BEHALF)


def asks_necessary_or_expedient(answers: Answers) -> bool:
    return _chose(answers, CRIME_AND_DISORDER_PURPOSE) and recipient_is_relevant_authority(answers)


def _health_or_care_possible(kind: object) -> bool:
    return kind in HEALTH_OR_CARE_BODIES or kind in MAY_BE_HEALTH_OR_CARE


def asks_health_care_scope(answers: Answers) -> bool:
    """Direct care, both kinds possibly within section 251C(2), at least one of them only if
    commissioned."""
    sharer, recipient = answers.get("sharing_organisation"), answers.get("receiving_organisation")
    return (
        _chose(answers, DIRECT_CARE)
        and _health_or_care_possible(sharer)
        and _health_or_care_possible(recipient)
        and (sharer in MAY_BE_HEALTH_OR_CARE or recipient in MAY_BE_HEALTH_OR_CARE)
    )


def both_health_or_care(answers: Answers) -> bool:
    """Both organisations are relevant health or adult social care commissioners or providers
    (section 251C(2)): known from their kinds, or answered."""
    sharer, recipient = answers.get("sharing_organisation"), answers.get("receiving_organisation")
    known = sharer in HEALTH_OR_CARE_BODIES and recipient in HEALTH_OR_CARE_BODIES
    return known or answers.get("health_care_scope") == YES


def asks_best_interests(answers: Answers) -> bool:
    return _chose(answers, DIRECT_CARE) and both_health_or_care(answers)


def asks_channel_partner(answers: Answers) -> bool:
    """Prevent, a recipient section 38(1) names, and a sharer that may be a partner."""
    return (
        _chose(answers, PREVENT)
        and answers.get("sharing_organisation") not in (POLICE, *KNOWN_CHANNEL_PARTNERS)
        and answers.get("receiving_organisation") in CHANNEL_RECIPIENTS
    )


def asks_reasonable_grounds(answers: Answers) -> bool:
    """The police referring someone to a Channel panel (section 36(2) and (3))."""
    return (
        _chose(answers, PREVENT)
        and answers.get("sharing_organisation") == POLICE
        and answers.get("receiving_organisation") == CHANNEL_PANEL
    )


def for_a_child(answers: Answers) -> bool:
    return any(_chose(answers, purpose) for purpose in CHILD_PURPOSES)


def asks_section_16la(answers: Answers) -> bool:
    """Section 16LA's test, for a purpose about a child: its status is not verified either
    way (``fss_logic/legislation.py``), so it is asked."""
    return for_a_child(answers) and SECTION_16LA_STATUS.in_force is not False


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
RELIANCE_START = "gateways_relied_on"


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


NEEDS_NO_STATUTORY_GATEWAY = (GP, CHARITY, PRIVATE)
"""Organisations that are not public bodies acting only under statute: they need a lawful
basis and an answer to confidentiality, not a statutory power to share."""


def indicated(answers: Answers) -> str:
    """The outcome: a gateway identified; none needed; or none identified
    (``rules.gateways_that_may_apply``)."""
    from fss_logic.flows.gateways.rules import gateways_that_may_apply

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
