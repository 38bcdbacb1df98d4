"""The legal gateways tool's terms: the answers its questions take, the guide's paragraphs it
cites, and the small tests of the answers that both the routing (``flow.py``) and the rules
(``rules.py``) read, so that which question is asked and why a gateway may apply cannot
disagree.

The options' words are here because the rules name them too (who shares, with whom, the
gateway relied on): the guide's words where it has them, the statute's where a statute is
the source. This module imports only the engine (``fss_logic/flow.py``) and the
legislation's status, never the flow or the rules.
"""

from __future__ import annotations

from fss_logic.flow import YES, YES_NO, Answers, Cite, Option
from fss_logic.legislation import SECTION_16LA as SECTION_16LA_STATUS

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
CHILD_PURPOSES = (CHILD_WELFARE, CHILD_IN_NEED, SIGNIFICANT_HARM)


def chose(answers: Answers, purpose: str) -> bool:
    """Whether the practitioner chose ``purpose``."""
    return purpose in answers.get("purposes", ())


def asks_relevant_authority(answers: Answers) -> bool:
    """Crime and disorder, and a recipient the guide does not name as a relevant authority."""
    return (
        chose(answers, CRIME_AND_DISORDER_PURPOSE)
        and answers.get("receiving_organisation") not in KNOWN_RELEVANT_AUTHORITIES
    )


def recipient_is_relevant_authority(answers: Answers) -> bool:
    """Section 115(1): "to a relevant authority; or to a person acting on behalf of such an
    authority"."""
    return answers.get("receiving_organisation") in KNOWN_RELEVANT_AUTHORITIES or answers.get(
        "recipient_relevant_authority"
    ) in (IS_AUTHORITY, ON_BEHALF)


def asks_necessary_or_expedient(answers: Answers) -> bool:
    return chose(answers, CRIME_AND_DISORDER_PURPOSE) and recipient_is_relevant_authority(answers)


def _health_or_care_possible(kind: object) -> bool:
    return kind in HEALTH_OR_CARE_BODIES or kind in MAY_BE_HEALTH_OR_CARE


def asks_health_care_scope(answers: Answers) -> bool:
    """Direct care, both kinds possibly within section 251C(2), at least one of them only if
    commissioned."""
    sharer, recipient = answers.get("sharing_organisation"), answers.get("receiving_organisation")
    return (
        chose(answers, DIRECT_CARE)
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
    return chose(answers, DIRECT_CARE) and both_health_or_care(answers)


def asks_channel_partner(answers: Answers) -> bool:
    """Prevent, a recipient section 38(1) names, and a sharer that may be a partner."""
    return (
        chose(answers, PREVENT)
        and answers.get("sharing_organisation") not in (POLICE, *KNOWN_CHANNEL_PARTNERS)
        and answers.get("receiving_organisation") in CHANNEL_RECIPIENTS
    )


def asks_reasonable_grounds(answers: Answers) -> bool:
    """The police referring someone to a Channel panel (section 36(2) and (3))."""
    return (
        chose(answers, PREVENT)
        and answers.get("sharing_organisation") == POLICE
        and answers.get("receiving_organisation") == CHANNEL_PANEL
    )


def for_a_child(answers: Answers) -> bool:
    return any(chose(answers, purpose) for purpose in CHILD_PURPOSES)


def asks_section_16la(answers: Answers) -> bool:
    """Section 16LA's test, for a purpose about a child: its status is not verified either
    way (``fss_logic/legislation.py``), so it is asked."""
    return for_a_child(answers) and SECTION_16LA_STATUS.in_force is not False


RELIANCE_START = "gateways_relied_on"
"""The question that asks which gateways the practitioner relies on."""

NEEDS_NO_STATUTORY_GATEWAY = (GP, CHARITY, PRIVATE)
"""Organisations that are not public bodies acting only under statute: they need a lawful
basis and an answer to confidentiality, not a statutory power to share."""
