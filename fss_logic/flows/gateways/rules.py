"""Which legal gateways may apply, and why, as small pure functions of the answers.

Each gateway's test reads the answers of the gateways flow (``flow.py`` beside this file),
in its terms (``terms.py``); the flow asks these rules which outcome its answers reach.
The tests are this site's reading of the guide's legal framework (``legal-framework.md``)
and of the statutes it names, set out on the tool's page (``docs/tools/gateways.md``,
"Which gateways may apply"). Findings quote the guide where it has the words and the
statute where the statute is the source, and cite the paragraph or the page section.
"""

from __future__ import annotations

from collections.abc import Callable

from fss_logic.flow import NO, YES, Answers, Finding, Option
from fss_logic.flows.gateways import terms as t
from fss_logic.flows.gateways.terms import SECTION_11_BODIES, chose, for_a_child
from fss_logic.legislation import SECTION_16LA as SECTION_16LA_STATUS

RELY, NO_GATEWAY, NO_GATEWAY_NEEDED = "rely", "no_gateway", "no_gateway_needed"
"""What the practitioner may decide (``record.CHOICES``)."""

ASSIST_BODIES = (t.LA_CHILDREN, t.LA_ADULTS, t.NHS_TRUST, t.ICB)
"""Kinds among the persons section 47(11) of the Children Act 1989 lists, who must assist
the local authority's enquiries if called upon (section 47(9)): any local authority, any
local housing authority, NHS England, any integrated care board, Local Health Board, Special
Health Authority, NHS trust or NHS foundation trust, and any person the Secretary of State
authorises. Section 27(3) lists the same bodies for help with a child in need. The police,
probation, schools, GP practices, charities and private providers are not among them."""
POLICING_PURPOSES = (
    t.CHILD_WELFARE,
    t.CHILD_IN_NEED,
    t.SIGNIFICANT_HARM,
    t.CRIME_AND_DISORDER_PURPOSE,
    t.PREVENT,
    t.LAW_ENFORCEMENT,
)
"""Purposes within the police's common law powers: protecting life and property,
preserving order, preventing offences and bringing offenders to justice."""
SECTION_10_ONLY = (t.SCHOOL,)
"""Relevant partners under section 10(4) (maintained schools, Academies, further education
institutions), not listed in section 11(1)."""
NO_BASIS_OF_THEIR_OWN = (t.GP, t.CHARITY, t.PRIVATE)
"""The guide: the Act "does not provide a basis for processing by non-Public Sector bodies,
i.e. healthcare providers that are not NHS Trusts or NHS Foundation Trusts, charities, or
private providers"."""
NOT_HEALTH_OR_CARE = (t.POLICE, t.PROBATION, t.SCHOOL, t.LA_CHILDREN, t.CHANNEL_PANEL)
"""Section 251B is a duty between health and adult social care commissioners and providers:
not a gateway to the police or children's services."""


def sharer(answers: Answers) -> str:
    return str(answers.get("sharing_organisation", ""))


def recipient(answers: Answers) -> str:
    return str(answers.get("receiving_organisation", ""))


def children_services_involved(answers: Answers) -> bool:
    return t.LA_CHILDREN in (sharer(answers), recipient(answers))


def children_act_2004_applies(answers: Answers) -> bool:
    """Sections 10 and 11 of the Children Act 2004: a purpose about a child's welfare, and a
    sharer the Act lists (legal-framework.md, "Children Act 2004")."""
    return for_a_child(answers) and sharer(answers) in (*SECTION_11_BODIES, *SECTION_10_ONLY)


def section_17_applies(answers: Answers) -> bool:
    """Section 17 of the Children Act 1989: a child in need, and the local authority's
    children's services sharing: the duty is the authority's own. The guide: "If the
    information to be shared does fall within these sections of the 1989 Act, then these
    will be the main legal gateway"."""
    return chose(answers, t.CHILD_IN_NEED) and sharer(answers) == t.LA_CHILDREN


def section_27_applies(answers: Answers) -> bool:
    """Section 27 of the Children Act 1989: a body it lists helping children's services with
    a child in need, at their request."""
    return (
        chose(answers, t.CHILD_IN_NEED)
        and recipient(answers) == t.LA_CHILDREN
        and sharer(answers) in ASSIST_BODIES
        and sharer(answers) != t.LA_CHILDREN
    )


def section_47_applies(answers: Answers) -> bool:
    """Section 47 of the Children Act 1989: enquiries about significant harm, and the local
    authority's children's services sharing: the enquiries are the authority's own."""
    return chose(answers, t.SIGNIFICANT_HARM) and sharer(answers) == t.LA_CHILDREN


def section_47_assist_applies(answers: Answers) -> bool:
    """Section 47(9) to (11): a body section 47(11) lists, called upon to assist the local
    authority's enquiries, must do so unless that would be unreasonable."""
    return (
        chose(answers, t.SIGNIFICANT_HARM)
        and recipient(answers) == t.LA_CHILDREN
        and sharer(answers) in ASSIST_BODIES
        and sharer(answers) != t.LA_CHILDREN
    )


def police_common_law_applies(answers: Answers) -> bool:
    """The police's common law powers to share for a policing purpose. A referral to a
    Channel panel rests on section 36 instead: "only if there are reasonable grounds"."""
    if recipient(answers) == t.CHANNEL_PANEL and answers.get("reasonable_grounds") != YES:
        return False
    return sharer(answers) == t.POLICE and any(chose(answers, p) for p in POLICING_PURPOSES)


def section_36_applies(answers: Answers) -> bool:
    """Section 36(2) and (3) of the Counter-Terrorism and Security Act 2015: the police refer
    an individual to a Channel panel on reasonable grounds to believe the individual is
    vulnerable to being drawn into terrorism."""
    return t.asks_reasonable_grounds(answers) and answers.get("reasonable_grounds") == YES


def _in_16la_scope(answers: Answers, kind: str, asked: str) -> bool:
    return kind in SECTION_11_BODIES or answers.get(asked) == YES


def section_16la_applies(answers: Answers) -> bool:
    """Section 16LA of the Children Act 2004, as enacted (subsections (1) to (4)): both
    organisations within subsection (4); information about a child, relevant to their
    safeguarding or welfare (the purpose); a disclosure that may facilitate the recipient's
    relevant functions; and not more detrimental to the child than not disclosing. Whether
    it is in force could not be verified (``fss_logic/legislation.py``): it may apply."""
    return (
        t.asks_section_16la(answers)
        and _in_16la_scope(answers, sharer(answers), "s16la_sharer_in_scope")
        and _in_16la_scope(answers, recipient(answers), "s16la_recipient_in_scope")
        and answers.get("s16la_facilitate") == YES
        and answers.get("s16la_detriment") == NO
    )


def section_115_applies(answers: Answers) -> bool:
    """Section 115(1) of the Crime and Disorder Act 1998: a recipient that is a relevant
    authority or acts on behalf of one, and a disclosure "necessary or expedient for the
    purposes of any provision of this Act"."""
    return (
        chose(answers, t.CRIME_AND_DISORDER_PURPOSE)
        and t.recipient_is_relevant_authority(answers)
        and answers.get("necessary_or_expedient") == YES
    )


def section_251b_applies(answers: Answers) -> bool:
    """Section 251B of the Health and Social Care Act 2012: both organisations within section
    251C(2); sharing likely to facilitate the person's care and in their best interests
    (subsection (3)); and no objection, actual or likely (subsection (4)(a))."""
    return (
        chose(answers, t.DIRECT_CARE)
        and t.both_health_or_care(answers)
        and answers.get("best_interests") == YES
        and answers.get("person_objects") == NO
    )


def channel_partner(answers: Answers) -> bool:
    """A partner of the panel (Schedule 7): known from its kind, or answered."""
    return sharer(answers) in t.KNOWN_CHANNEL_PARTNERS or answers.get("channel_partner") == YES


def section_38_applies(answers: Answers) -> bool:
    """Section 38 of the Counter-Terrorism and Security Act 2015: a partner of the panel,
    giving information to the panel, the police or a local authority (subsections (1), (3))."""
    return (
        chose(answers, t.PREVENT)
        and channel_partner(answers)
        and recipient(answers) in t.CHANNEL_RECIPIENTS
    )


MAY_APPLY: tuple[tuple[str, Callable[[Answers], bool]], ...] = (
    (t.CHILDREN_ACT_2004_GATEWAY, children_act_2004_applies),
    (t.SECTION_16LA_GATEWAY, section_16la_applies),
    (t.SECTION_17_GATEWAY, section_17_applies),
    (t.SECTION_27_GATEWAY, section_27_applies),
    (t.SECTION_47_GATEWAY, section_47_applies),
    (t.SECTION_47_ASSIST_GATEWAY, section_47_assist_applies),
    (t.SECTION_115_GATEWAY, section_115_applies),
    (t.SECTION_251B_GATEWAY, section_251b_applies),
    (t.POLICE_COMMON_LAW_GATEWAY, police_common_law_applies),
    (t.SECTION_36_GATEWAY, section_36_applies),
    (t.SECTION_38_GATEWAY, section_38_applies),
)
"""Every gateway the tool can find applies, with its test. Section 16LA "may apply" where
its test is met, with its status said (it could not be verified in force); section 26,
the crime exemption and other powers are never found: they are not gateways, or the tool
cannot check them."""


def gateways_that_may_apply(answers: Answers) -> list[str]:
    """The gateways whose tests the answers meet, in the order of the guide's framework."""
    return [gateway for gateway, applies in MAY_APPLY if applies(answers)]


def relied_on(answers: Answers) -> tuple[str, ...]:
    """The gateways the practitioner will rely on (none if they said None)."""
    return tuple(g for g in answers.get(t.RELIANCE_START, ()) if g != t.NO_GATEWAY_RELIED)


def relied_on_but_not_found(answers: Answers) -> list[str]:
    """Gateways relied on that the tool did not find may apply."""
    found = gateways_that_may_apply(answers)
    return [gateway for gateway in relied_on(answers) if gateway not in found]


def _label(options: tuple[Option, ...], value: str) -> str:
    """The words of the option ``value``, as its question shows them."""
    return next(option.label for option in options if option.value == value)


def _gateway(value: str) -> str:
    return _label(t.GATEWAYS, value)


def _sharer_label(answers: Answers) -> str:
    return _label(t.ORGANISATION_KINDS, sharer(answers))


def _recipient_label(answers: Answers) -> str:
    return _label(t.RECIPIENT_KINDS, recipient(answers))


# Each gateway: why it may apply, and the consideration that failed when it does not.


def _children_act_2004(answers: Answers) -> Finding:
    kind = _sharer_label(answers)
    if sharer(answers) in SECTION_11_BODIES:
        return Finding(
            f"Children Act 2004, sections 10 and 11 may apply: your organisation ({kind}) is "
            "one of the bodies the Act lists, and the purpose concerns a child's welfare. They "
            "place obligations on those bodies to co-operate to improve the well-being of "
            "children and to ensure that their functions are discharged having regard to the "
            "need to safeguard and promote the welfare of children. They are duties, not an "
            "express power to share: the guide calls them a 'permissive gateway', and the "
            "sharing must take place in accordance with data protection law, the Human Rights "
            "Act 1998 and the common law duty of confidentiality.",
            t.CHILDREN_ACT_2004,
        )
    if sharer(answers) in SECTION_10_ONLY:
        return Finding(
            "Children Act 2004, section 10 may apply: maintained schools, Academies and "
            "further education institutions are relevant partners of the local authority under "
            "section 10(4), with a duty to co-operate to improve the well-being of children. "
            "Schools are not listed in section 11(1). Check that your kind of school is listed "
            "(“if in doubt check”). It is a duty, not an express power to share.",
            t.CHILDREN_ACT_2004,
        )
    if sharer(answers) in NO_BASIS_OF_THEIR_OWN:
        return Finding(
            f"Children Act 2004, sections 10 and 11 do not apply: your organisation ({kind}) "
            "is not one of the bodies the Act lists. The Act “does not provide a basis for "
            "processing by non-Public Sector bodies, i.e. healthcare providers that are not NHS "
            "Trusts or NHS Foundation Trusts, charities, or private providers”.",
            t.CHILDREN_ACT_2004,
        )
    return Finding(
        "Children Act 2004, sections 10 and 11: the tool cannot tell whether your organisation "
        "is one of the bodies the Act lists, so it has not found that they apply. “The Act "
        "sets out the specific agencies for s10 and s11 – if in doubt check.”",
        t.CHILDREN_ACT_2004,
    )


def _children_act_1989(answers: Answers, purpose: str) -> Finding:
    """Sections 17 and 47 are the local authority's: another body helps (sections 27 and
    47(9), for the bodies they list) or shares into them on its own basis."""
    section, what, helping = (
        ("17", "a child in need", "27")
        if purpose == t.CHILD_IN_NEED
        else ("47", "enquiries about significant harm to a child", "47(9)")
    )
    if sharer(answers) == t.LA_CHILDREN:
        return Finding(
            f"Children Act 1989, section {section} may apply: the purpose is {what}, and the "
            "duty is your authority's own (local authority children's services). “If the "
            "information to be shared does fall within these sections of the 1989 Act, then "
            "these will be the main legal gateway.”",
            t.CHILDREN_ACT_1989,
        )
    if recipient(answers) != t.LA_CHILDREN:
        return Finding(
            f"Children Act 1989, section {section} does not apply as the tool reads it: the "
            "duty is the local authority's, and local authority children's services are neither "
            "sharing nor receiving the information (the recipient is: "
            f"{_recipient_label(answers)}).",
            t.CHILDREN_ACT_1989,
        )
    kind = _sharer_label(answers)
    if sharer(answers) in ASSIST_BODIES:
        duty = (
            "must comply with the local authority's request for help if it is compatible with "
            "your own duties and does not unduly prejudice your functions (section 27(2))"
            if purpose == t.CHILD_IN_NEED
            else "must assist the local authority's enquiries, in particular by providing "
            "relevant information, if called upon, unless that would be unreasonable in all "
            "the circumstances (section 47(9) and (10))"
        )
        return Finding(
            f"Children Act 1989, section {helping} may apply: the purpose is {what}, which is "
            f"the local authority's function (section {section}), and your organisation ({kind}) "
            f"is one of the bodies the Act lists, so it {duty}. You share into the authority's "
            "work on your own lawful basis.",
            t.CHILDREN_ACT_1989,
        )
    return Finding(
        f"Children Act 1989, section {section}: the purpose is {what}, but the duty is the local "
        f"authority's, not yours. Your organisation ({kind}) is not one of the bodies section "
        f"{'27(3)' if purpose == t.CHILD_IN_NEED else '47(11)'} lists, so you share into the "
        "authority's work on your own power and lawful basis (see the other gateways here), "
        "and tell the authority so.",
        t.CHILDREN_ACT_1989,
    )


def _police_common_law(answers: Answers) -> Finding:
    return Finding(
        "Police common law powers may apply: the police may share information where it is "
        "necessary for a policing purpose (protecting life and property, preserving order, "
        "preventing offences and bringing offenders to justice). Data protection law and the "
        "duty of confidence still apply.",
        t.POLICE_POWERS,
    )


def _section_36(answers: Answers) -> Finding:
    answer = answers.get("reasonable_grounds")
    if answer == YES:
        return Finding(
            "Counter-Terrorism and Security Act 2015, section 36 may apply: a chief officer of "
            "police may refer an individual to a Channel panel, and you consider there are "
            "reasonable grounds to believe that the individual is vulnerable to being drawn into "
            "terrorism (section 36(2) and (3)). Share what the referral needs.",
            t.SECTION_36,
        )
    return Finding(
        "Counter-Terrorism and Security Act 2015, section 36 does not apply as answered: a chief "
        "officer of police may refer an individual to a panel only if there are reasonable "
        "grounds to believe that the individual is vulnerable to being drawn into terrorism "
        "(section 36(3)), and you answered "
        + (
            "that you are not sure. The referral can be made only on reasonable grounds: "
            "establish whether there are, or seek advice from other practitioners, managers or "
            "your own legal teams."
            if answer == t.NOT_SURE
            else "that there are not."
        ),
        t.SECTION_36,
    )


def _section_16la(answers: Answers) -> Finding:
    status = (
        f"Whether it is in force could not be verified on {SECTION_16LA_STATUS.checked_on}: "
        "check legislation.gov.uk before relying on it."
    )
    if section_16la_applies(answers):
        return Finding(
            "Children Act 2004, section 16LA may apply: both organisations are ones it applies "
            "to, the information is relevant to the child's safeguarding or welfare, you "
            "consider the disclosure may facilitate the recipient's functions, and you do not "
            "consider it more detrimental to the child than not disclosing. Where it is in "
            "force, you must ensure the information is disclosed (section 16LA(2)). " + status,
            t.SECTION_16LA,
        )
    in_scope = (answers.get("s16la_sharer_in_scope"), answers.get("s16la_recipient_in_scope"))
    if answers.get("s16la_detriment") == YES:
        why = "you consider the disclosure would be more detrimental to the child than not "
        why += "disclosing, so the duty does not apply (section 16LA(3))"
    elif answers.get("s16la_facilitate") == NO:
        why = "you do not consider the disclosure may facilitate the recipient's functions"
    elif t.NOT_SURE in in_scope and NO not in in_scope:
        why = (
            "you are not sure that both organisations are ones it applies to (section 16LA(4)): "
            "check whether yours, or the recipient, is a designated childcare or education "
            "agency or provides services under arrangements with one of the listed bodies"
        )
    else:  # a No decides it, whatever else was said
        why = "one of the organisations is not one it applies to (section 16LA(4))"
    return Finding(
        f"Children Act 2004, section 16LA does not apply as answered: {why}. " + status,
        t.SECTION_16LA,
    )


def _section_115(answers: Answers) -> Finding:
    if not t.recipient_is_relevant_authority(answers):
        unsure = answers.get("recipient_relevant_authority") == t.NOT_SURE
        return Finding(
            "Crime and Disorder Act 1998, section 115 does not apply as answered: "
            + (
                "you are not sure whether the recipient is a relevant authority or acts on "
                "behalf of one. Check the list in section 115(2), or seek advice."
                if unsure
                else "the recipient is not a relevant authority and does not act on behalf of "
                "one. Section 115 is a power to disclose only to them."
            ),
            t.SECTION_115,
        )
    answer = answers.get("necessary_or_expedient")
    if answer == YES:
        return Finding(
            "Crime and Disorder Act 1998, section 115 may apply: the recipient "
            + (
                "acts on behalf of a relevant authority"
                if answers.get("recipient_relevant_authority") == t.ON_BEHALF
                else "is a relevant authority"
            )
            + ", and you consider the disclosure necessary or expedient for the purposes of a "
            "provision of the Act. It is a power, not a duty: you may share, but need not, and "
            "data protection law and confidentiality still apply.",
            t.CRIME_AND_DISORDER,
        )
    return Finding(
        "Crime and Disorder Act 1998, section 115 does not apply as answered: "
        + (
            "you are not sure the disclosure is necessary or expedient for the purposes of a "
            "provision of the Act. Seek advice."
            if answer == t.NOT_SURE
            else "you do not consider the disclosure necessary or expedient for the purposes "
            "of a provision of the Act."
        ),
        t.SECTION_115,
    )


def _section_251b(answers: Answers) -> Finding:
    if sharer(answers) in NOT_HEALTH_OR_CARE or recipient(answers) in NOT_HEALTH_OR_CARE:
        return Finding(
            "Health and Social Care Act 2012, section 251B does not apply: it is a duty between "
            "commissioners and providers of health services or adult social care, for the "
            "person's own care. It is not a gateway to or from the police, probation, schools "
            f"or children's services (you answered: {_sharer_label(answers)}, sharing with "
            f"{_recipient_label(answers)}).",
            t.SECTION_251B,
        )
    if not t.both_health_or_care(answers):
        return Finding(
            "Health and Social Care Act 2012, section 251B does not apply as answered: "
            + (
                "you are not sure both organisations commission or provide health services or "
                "adult social care in England. A charity, private provider or other "
                "organisation counts only so far as it provides such care under arrangements "
                "made with a public body (section 251C(2)): check the arrangements, or seek "
                "advice."
                if answers.get("health_care_scope") == t.NOT_SURE
                else "both organisations must commission or provide health services or adult "
                "social care in England, and you answered that they do not."
            ),
            t.SECTION_251B,
        )
    interests = answers.get("best_interests")
    if interests != YES:
        return Finding(
            "Health and Social Care Act 2012, section 251B does not apply as answered: the duty "
            "applies only so far as sharing is likely to help provide the person's health "
            "services or adult social care and is in their best interests, and you answered "
            + (
                "that you are not sure. The duty applies only so far as you consider that it is: "
                "form a view, or seek advice."
                if interests == t.NOT_SURE
                else "that it is not."
            ),
            t.SECTION_251B,
        )
    objection = answers.get("person_objects")
    if objection in (t.OBJECTED, t.LIKELY_TO_OBJECT):
        said = "has objected" if objection == t.OBJECTED else "would be likely to object"
        return Finding(
            f"Health and Social Care Act 2012, section 251B does not apply as answered: the "
            f"person {said}, so the duty need not be complied with. Where someone “has made an "
            "informed decision to refuse consent to share data that must be respected except "
            "where an overriding consideration exists”.",
            t.HEALTH_AND_SOCIAL_CARE,
        )
    return Finding(
        "Health and Social Care Act 2012, section 251B may apply: both organisations commission "
        "or provide health services or adult social care in England, sharing is likely to help "
        "provide the person's care and is in their best interests, and the person has not "
        "objected and would not be likely to object. It is a duty to share. It “does not "
        "provide the authority to set aside Common Law Duty of Confidentiality requirements, "
        "nor does it remove the requirements” of data protection law.",
        t.HEALTH_AND_SOCIAL_CARE,
    )


def _section_38(answers: Answers) -> Finding:
    if sharer(answers) == t.POLICE:
        return Finding(
            "Counter-Terrorism and Security Act 2015, section 38 does not apply: the police are "
            "not partners of a panel. Section 38 places the duty to co-operate on the partners, "
            "with the panel and with the police.",
            t.SECTION_38,
        )
    if recipient(answers) not in t.CHANNEL_RECIPIENTS:
        return Finding(
            "Counter-Terrorism and Security Act 2015, section 38 does not apply: partners "
            "co-operate with the panel, and with the police and local authorities in "
            "connection with section 36. The recipient you named is: "
            f"{_recipient_label(answers)}.",
            t.SECTION_38,
        )
    if not channel_partner(answers):
        unsure = answers.get("channel_partner") == t.NOT_SURE
        return Finding(
            "Counter-Terrorism and Security Act 2015, section 38 does not apply as answered: "
            + (
                "you are not sure your organisation is a partner of the panel. Check Schedule 7."
                if unsure
                else "your organisation is not a partner of the panel (Schedule 7)."
            ),
            t.SECTION_38,
        )
    return Finding(
        "Counter-Terrorism and Security Act 2015, section 38 may apply: your organisation is a "
        "partner of the panel, and the recipient is the panel, the police or a local authority. "
        "The duty to co-operate includes the giving of information, so far as appropriate and "
        "reasonably practicable; nothing in section 38 requires or authorises a disclosure "
        "that would contravene the data protection legislation.",
        t.SECTION_38,
    )


PREVENT_DUTY = Finding(
    "Counter-Terrorism and Security Act 2015, section 26 places a duty on specified "
    "authorities to have “due regard to the need to prevent people from being drawn into "
    "terrorism”. It is not a power to share: “Information sharing must be assessed on a "
    "case-by-case basis and is governed by legislation.”",
    t.COUNTER_TERRORISM,
)
OTHER_PURPOSE = Finding(
    "You chose another purpose: the gateways the guide names do not cover it. Name the power "
    "or duty you would rely on, with its Act and section, and seek advice.",
    t.OTHER_POWERS,
)
OTHER_PURPOSE_NO_GATEWAY_NEEDED = Finding(
    "You chose another purpose: the gateways the guide names do not cover it. Your "
    "organisation needs no statutory gateway: name your lawful basis for this purpose, and how "
    "the duty of confidence is answered.",
    t.NO_GATEWAY_NEEDED_PAGE,
)
NOTHING_IN_PLAY = Finding(
    "None of the gateways the guide names covers the purpose you chose, for these "
    "organisations. Your organisation may have another power to share: name it, with its Act "
    "and section, and seek advice.",
    t.OTHER_POWERS,
)


def considered(answers: Answers) -> list[Finding]:
    """For each gateway the purposes bring into play: why it may apply, or what failed. The
    gateways that may apply come first, each group in the order of the guide's framework."""
    weighed: list[tuple[bool, Finding]] = []
    if for_a_child(answers):
        weighed.append((children_act_2004_applies(answers), _children_act_2004(answers)))
        weighed.append((section_16la_applies(answers), _section_16la(answers)))
    if chose(answers, t.CHILD_IN_NEED):
        found = section_17_applies(answers) or section_27_applies(answers)
        weighed.append((found, _children_act_1989(answers, t.CHILD_IN_NEED)))
    if chose(answers, t.SIGNIFICANT_HARM):
        found = section_47_applies(answers) or section_47_assist_applies(answers)
        weighed.append((found, _children_act_1989(answers, t.SIGNIFICANT_HARM)))
    if police_common_law_applies(answers):
        weighed.append((True, _police_common_law(answers)))
    if t.asks_reasonable_grounds(answers):
        weighed.append((section_36_applies(answers), _section_36(answers)))
    if chose(answers, t.CRIME_AND_DISORDER_PURPOSE):
        weighed.append((section_115_applies(answers), _section_115(answers)))
    if chose(answers, t.DIRECT_CARE):
        weighed.append((section_251b_applies(answers), _section_251b(answers)))
    if chose(answers, t.PREVENT):
        weighed += [(section_38_applies(answers), _section_38(answers)), (False, PREVENT_DUTY)]
    if chose(answers, t.OTHER_PURPOSE):
        needs_none = sharer(answers) in t.NEEDS_NO_STATUTORY_GATEWAY
        weighed.append((False, OTHER_PURPOSE_NO_GATEWAY_NEEDED if needs_none else OTHER_PURPOSE))
    return [finding for applies, finding in weighed if applies] + [
        finding for applies, finding in weighed if not applies
    ]


NOT_A_GATEWAY = {
    t.SECTION_16LA_GATEWAY: Finding(
        "You rely on section 16LA of the Children Act 2004, but on your answers its test is "
        f"not met (see why above); and on {SECTION_16LA_STATUS.checked_on} we could not verify "
        "that it is in force. Say in your reasons that it is in force and why its test is met.",
        t.SECTION_16LA,
    ),
    t.SECTION_26: Finding(
        "You rely on section 26 of the Counter-Terrorism and Security Act 2015. It is a duty "
        "to have due regard to the need to prevent people from being drawn into terrorism, not "
        "a power to share: it is not a gateway.",
        t.COUNTER_TERRORISM,
    ),
    t.CRIME_EXEMPTION_RELIED: Finding(
        "You rely on the crime exemption in the Data Protection Act 2018 (Schedule 2, Part 1, "
        "paragraph 2). It disapplies some data protection provisions to the extent that "
        "applying them would be likely to prejudice the prevention or detection of crime, or "
        "the apprehension or prosecution of offenders. It is not a gateway and not a lawful "
        "basis.",
        t.CRIME_EXEMPTION,
    ),
    t.ANOTHER_POWER: Finding(
        "You rely on another power or duty. The tool cannot check it: name it, with its Act "
        "and section, in your reasons, and say why it applies.",
        t.OTHER_POWERS,
    ),
}


def departures(answers: Answers) -> list[Finding]:
    """Each gateway relied on that the tool did not find applies: a departure from what it
    found, shown once (on the outcome page, and in what the record's reasons must
    address), asking why."""
    return [
        NOT_A_GATEWAY.get(gateway)
        or Finding(
            f"You rely on {_gateway(gateway)}, which the tool did not find applies to your "
            "answers (see why above): say why it applies to this sharing, or name the power "
            "or duty you rely on instead.",
            t.WHICH_MAY_APPLY,
        )
        for gateway in relied_on_but_not_found(answers)
    ]


def _relied_on_findings(answers: Answers) -> list[Finding]:
    found = []
    if not relied_on(answers) and t.RELIANCE_START in answers:
        found.append(
            Finding("You said you will not rely on a gateway to share.", t.WHICH_MAY_APPLY)
        )
    return found


NO_STATUTORY_GATEWAY = Finding(
    "Your organisation is not a public body that can act only under statute, so it needs no "
    "statutory power to share. What it needs is a lawful basis under data protection law and "
    "an answer to the duty of confidence (consent, a public interest strong enough to justify "
    "disclosure, or a legal requirement).",
    t.NO_GATEWAY_NEEDED_PAGE,
)


def outcome_reasons(outcome_id: str, answers: Answers) -> list[Finding]:
    """Why the answers reached the outcome: each gateway in play, and what was relied on."""
    reasons = considered(answers)
    if outcome_id == t.NO_GATEWAY_NEEDED:
        reasons.append(NO_STATUTORY_GATEWAY)
    elif outcome_id == t.NO_GATEWAY_IDENTIFIED and not any(
        finding not in (PREVENT_DUTY, OTHER_PURPOSE, OTHER_PURPOSE_NO_GATEWAY_NEEDED)
        for finding in reasons
    ):
        reasons.append(NOTHING_IN_PLAY)
    return reasons + _relied_on_findings(answers)


PART_3 = Finding(
    "For the police sharing for law enforcement purposes, Part 3 of the Data Protection Act "
    "2018 applies, not UK GDPR Article 6. The processing is lawful only if and to the extent "
    "that it is based on law and either the person consents or it is necessary for the "
    "performance of a task carried out for that purpose by a competent authority (section "
    "35); sensitive processing needs more (section 35(3) to (5) and Schedule 8).",
    t.PART_3,
)
CRIME_EXEMPTION_NOTE = Finding(
    "For law enforcement, the guide names no gateway for organisations other than the police. "
    "The crime exemption (Data Protection Act 2018, Schedule 2, Part 1, paragraph 2) can "
    "disapply some data protection provisions where applying them would be likely to "
    "prejudice the prevention or detection of crime, but it is not a gateway or a lawful "
    "basis. Seek advice on the power you rely on.",
    t.CRIME_EXEMPTION,
)
CRIME_EXEMPTION_NO_GATEWAY_NEEDED = Finding(
    "For law enforcement, the crime exemption (Data Protection Act 2018, Schedule 2, Part 1, "
    "paragraph 2) can disapply some data protection provisions where applying them would be "
    "likely to prejudice the prevention or detection of crime, but it is not a lawful basis: "
    "your organisation needs no statutory gateway, but it needs a lawful basis and an answer to "
    "the duty of confidence.",
    t.CRIME_EXEMPTION,
)
ARTICLE_8 = Finding(
    "Human Rights Act 1998, Article 8: “There needs to be a balance between the desire to "
    "share, and a person's right to privacy”. A public authority may interfere with the right "
    "only “such as is in accordance with the law and is necessary in a democratic society”, "
    "for an aim Article 8(2) names, such as the prevention of disorder or crime, the "
    "protection of health, or the protection of the rights and freedoms of others.",
    t.HUMAN_RIGHTS,
)
CONFIDENCE = Finding(
    "Duty of confidence: a gateway does not by itself answer it. “A Duty of Confidence is not "
    "an absolute bar to disclosure, as information can be shared where there is a strong "
    "enough public interest to do so.” “All disclosures must be relevant and proportionate to "
    "the intended aim of the disclosure and must be fully documented.”",
    t.DUTY_OF_CONFIDENCE,
)
OTHER_POWERS_CAUTION = Finding(
    "This tool covers the gateways the guide names. Your organisation may have other powers "
    "or duties to share (for example, under the Act that sets up its functions). Seek advice "
    "from other practitioners, managers or your own legal teams if you are in any doubt.",
    t.RULE_3,
)


def cautions(outcome_id: str, answers: Answers) -> list[Finding]:
    """What every decision about a gateway must still answer, and the law that changed."""
    found: list[Finding] = []
    if chose(answers, t.LAW_ENFORCEMENT):
        if sharer(answers) == t.POLICE:
            found.append(PART_3)
        elif sharer(answers) in t.NEEDS_NO_STATUTORY_GATEWAY:
            found.append(CRIME_EXEMPTION_NO_GATEWAY_NEEDED)
        else:
            found.append(CRIME_EXEMPTION_NOTE)
    found += [ARTICLE_8, CONFIDENCE]
    if outcome_id == t.NO_GATEWAY_IDENTIFIED:
        found.append(OTHER_POWERS_CAUTION)
    return found


def reasons_required(answers: Answers, indication: str, choice: str) -> list[Finding]:
    """Why the practitioner's reasons must say more: a gateway relied on that the tool did
    not find, whenever the decision is to share (relying on it, or needing none: the answers
    still name it); or relying on a gateway after saying they would not."""
    required: list[Finding] = []
    if choice not in (RELY, NO_GATEWAY_NEEDED):
        return required
    required += departures(answers)
    if choice == RELY and not relied_on(answers):
        required.append(
            Finding(
                "You decided to rely on a gateway after answering None: name the gateway, with "
                "its Act and section, and say why it applies.",
                t.WHICH_MAY_APPLY,
            )
        )
    return required
