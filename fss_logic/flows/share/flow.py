"""Should I share? The guide's When?, Who? and How? questions and its consent rules, with
the other tools run inside it where the guide sends a practitioner to them.

Questions are listed in the order they are asked, each with its one routing rule; the
outcomes come last. Words shown to people are the guide's, quoted from the page each
question cites (``when-and-how-to-share.md`` for the When? questions and their arrows,
``consent.md`` for consent). Where the guide gives an instruction rather than a question
(the How? list), the question asks it and the hint quotes the guide.

The order, and where the guide says so (``docs/tools/share.md#the-rules`` sets out each
rule with the guide's and the statutes' words):

- When?: a clear and legitimate purpose; identifiable; confidential (the guide's arrows).
- Urgent, or safeguarding paramount: "take immediate action and share the information
  without consent, but remember to record the reason" (consent.md#urgent-sharing). It is
  asked before consent, so the share-now indication shows at once; what follows is for
  the record.
- Who?: the agencies; whose information, and whether it is sensitive (one page: the
  guide's Who? list); then "Do you have consent?", asked of each person ticked, on one
  page ("Check you have consent from all people whose information is to be shared").
- Capacity: where there is a reason to doubt that someone can decide, the Mental Capacity
  Act checklist runs (part ``mca_``), its doubt already given. In their best interests,
  sharing their information is covered; not in their best interests rules out only that
  basis, and the other reasons to share follow (MCA 2005 s4 governs acts done for the
  person, not the protection of others).
- Consent refused: weighed as the guide says, by the public interest test (part ``pio_``),
  with the Duty of Confidence already known to be overridden without consent. Justified:
  the information "can and MUST be shared".
- Consent missing or falling short: why not seeking it ("I will seek consent that covers
  this" is an answer); then "another reason", where overriding the Duty of Confidence
  without consent runs the public interest test (part ``pi_``), unless the reason is the
  vital interests of the individual (legal-framework.md#duty-of-confidence). A reason whose
  test fails leads to "Do not share".
- The legal gateways (part ``gw_``), the lawful basis under data protection law (one
  page), then the How? checklist (one page). How? answers that depart from the agreement
  change the headline: "Put this right before you share".

Why an outcome was reached, and what to watch out for, are worked out from the answers by
``rules.py`` beside this file; ``consent.py`` reads the consent position, ``departures.py``
what to put right before sharing, and ``terms.py`` holds the paragraphs cited, the parts and
the tests of the answers that the routing and the rules share (none of them imports this
file, so the routing can ask them).
"""

from __future__ import annotations

from fss_logic.agreement import OTHER_ORGANISATION, signatory_options
from fss_logic.flow import (
    MANY,
    NO,
    ONE,
    TEXT,
    YES,
    YES_NO,
    Condition,
    Flow,
    Junction,
    Option,
    Outcome,
    Page,
    Question,
    Route,
)
from fss_logic.flows.share import consent as c
from fss_logic.flows.share.departures import put_right
from fss_logic.flows.share.terms import (
    ACCURATE,
    CAPACITY,
    CONSENT_NOT_OBTAINED,
    CONSENT_REFUSED,
    CONSENT_TO_SHARE,
    CONSIDER_CONSENT,
    DO_NOT_SHARE,
    DPA_SECTION_29,
    DUTY_OF_CONFIDENCE,
    EXPLICIT_CONSENT,
    FAIR_PROCESSING,
    GATEWAYS,
    HOW_SECTION,
    LAWFUL_BASIS_PAGE,
    LEGAL_FRAMEWORK,
    LEGAL_REQUIREMENT,
    NOT_YET,
    OTHER_LAWFUL_BASIS,
    PARTIAL_CONSENT,
    PARTS,
    PERSONAL_INFORMATION,
    PUBLIC_INTEREST_OVERRIDE,
    PUBLIC_INTEREST_REASON,
    PUBLIC_INTEREST,
    PURPOSE,
    Q_ANOTHER_REASON,
    Q_CONFIDENTIAL,
    Q_CONSENT,
    Q_IDENTIFIABLE,
    Q_PURPOSE,
    RULE_2,
    RULE_3,
    RULE_4,
    RULE_7,
    SECURE_TRANSFER,
    SECURE,
    SENSITIVE_INFORMATION,
    SHARE,
    UNSURE,
    URGENT,
    WHAT_TO_SHARE,
    WHO_SECTION,
    WITHOUT_CONSENT,
    no_gateway_for_a_public_body,
    required_by_law,
    urgent,
)

WHEN, CONSENT, WHO, LAWFUL, HOW = "When?", "Consent", "Who?", "Lawful basis", "How?"
SECTIONS = (WHEN, CONSENT, WHO, LAWFUL, HOW)


def _after_agencies(answers) -> str:
    if OTHER_ORGANISATION in answers["agencies"]:
        return "other_agency"
    return _after_other_agency(answers)


def _after_other_agency(answers) -> str:
    """Information that identifies no one goes straight to How?."""
    return "how_much" if answers.get("identifiable") == NO else "whose_information"


def _after_sensitive(answers) -> str:
    """Whether they consent is asked where the information is confidential; information that
    is not confidential can be shared, and the legal gateways follow."""
    return "consent_child" if answers.get("confidential") == YES else GATEWAYS.entry


def consent_route(answers) -> str:
    """Where the consent position leads (consent.md): a refusal is weighed by the public
    interest test; consent missing or falling short asks why; consent from everyone goes on
    (asking whether it is explicit, where the information is sensitive)."""
    if c.anyone_refused(answers):
        return PUBLIC_INTEREST_OVERRIDE.entry
    if c.cannot_consent_as_found(answers):
        return "another_reason"
    if c.consent_missing(answers):
        return "why_without_consent"
    if answers.get("sensitive") == YES and c.anyone_gave_consent(answers):
        return "explicit_consent"
    return GATEWAYS.entry


def _at_consent_position(answers) -> str:
    if urgent(answers):
        return _urgent_consent(answers)
    if c.capacity_in_doubt(answers):
        return CAPACITY.entry
    return consent_route(answers)


def _urgent_consent(answers) -> str:
    """Urgent: share now whatever the reason consent is missing. Where everyone consents and
    the information is sensitive, whether the consent is explicit is still asked (it decides
    whether consent can be the lawful basis); nothing else about consent is."""
    if answers.get("sensitive") == YES and c.everyone_consents(answers):
        return "explicit_consent"
    return GATEWAYS.entry


def _after_explicit(answers) -> str:
    """Consent that is not explicit falls short: ask why, unless the need is urgent."""
    given = answers["explicit_consent"]
    if given == "verbal":
        return "verbal_consent_record"
    if given == NO and not urgent(answers):
        return "why_without_consent"
    return GATEWAYS.entry


def _after_how(answers) -> str:
    if answers.get("transfer_method") == "other":
        return "other_method"
    return _after_method(answers)


def _after_method(answers) -> str:
    if answers.get("tell_individual") in c.NOT_TOLD:
        return "not_told_reason"
    return "indicated"


def indicated(answers) -> str:
    """The outcome of a path that goes on to share (``rules.py`` says why):

    - urgent, or safeguarding paramount: share now (consent.md#urgent-sharing);
    - a How? answer that departs from the agreement, or a lawful basis the answers rule out:
      put it right before you share;
    - the law requires it (a court order, an Act): the information MUST be shared;
    - a public body with no legal gateway identified: seek advice before you share;
    - a refusal overridden as justifiable: the information can and MUST be shared;
    - otherwise: you can share but should consider how.
    """
    if urgent(answers):
        return "share_now"
    if put_right(answers):
        return "put_right"
    if required_by_law(answers):
        return "must_share_by_law"
    if no_gateway_for_a_public_body(answers):
        return "seek_advice"
    if c.anyone_refused(answers):
        return "must_share"
    return "share"


INDICATED = (
    "If you said the need to share is urgent, or safeguarding is paramount, go to "
    "{share_now}. Otherwise, if any of these holds, go to {put_right}: a How? answer departs "
    "from the agreement (another method than Secure email or HertsFX, not sure it is the "
    "right person, or all the information held); the lawful basis you chose is one your "
    "answers rule out (consent without consent from everyone, explicit for sensitive "
    "information; (ea) or (f) for a public authority; vital interests for sensitive "
    "information where no one is unable to consent; Part 3 for a charity or private "
    "provider); the agencies you chose and the recipient the gateways were checked for are "
    "different kinds of organisation; or you said they cannot consent where the checklist "
    "found capacity. Otherwise, if you said the law requires you to share it, go to "
    "{must_share_by_law}. Otherwise, if no legal gateway was identified for a public body, "
    "go to {seek_advice}. Otherwise, if consent was refused, go to {must_share}; if not, go "
    "to {share}."
)

PEOPLE_HINT = {
    "child": (
        "A child who is competent to decide (Gillick competence) decides for themselves; "
        "otherwise a person with parental responsibility decides for them."
    ),
    "parent": "",
    "carer": "",
    "others": "Answer for everyone else whose information is shared.",
}

CONSENT_OPTIONS = (
    Option(
        c.GIVEN,
        "Yes: they consent to this sharing",
        "To sharing this information for this purpose, with the agencies you chose.",
    ),
    Option(
        c.PARTIAL,
        "They consented, but not to all of this sharing",
        "Partial consent: it leaves out an agency you want to share with, or it was given for "
        "another purpose.",
    ),
    Option(c.REFUSED, "No: consent was sought and refused"),
    Option(c.NOT_ASKED, "No: consent has not been sought"),
    Option(
        c.CAPACITY,
        "There is a reason to doubt that they can decide",
        "The Mental Capacity Act checklist comes next (for a child under 16, whether they are "
        "competent to decide), unless the need to share is urgent.",
    ),
)

WHO_PAGE = Page(
    "who",
    "Who do we need information about?",
    "Who do we need information about in order to make the decision – child, parent, carer, "
    "others? Is it sensitive personal information?",
)
CONSENT_PAGE = Page(
    "consent",
    "Do you have consent?",
    "Check you have consent from all people whose information is to be shared unless the "
    "safeguarding concerns put the child at likelihood of significant harm or would prevent "
    "the child from being harmed. Do you have consent to share this information for this "
    "purpose? Where consent has been given to share information with some, but not all, "
    "agencies, does this include the agency you want to share it with?",
)
LAWFUL_PAGE = Page(
    "lawful_basis",
    "What is your lawful basis under data protection law?",
    "When you are sharing or requesting personal information from someone, be certain of the "
    "basis upon which you are doing so. Partner agencies must obtain their own assurance and "
    "be satisfied that they have a lawful basis for sharing the information they hold.",
)
HOW_PAGE = Page(
    "how",
    "How will you share it?",
    "If the decision is taken to share, you should consider how best to effectively share "
    "the information. Ensure you are giving the right information to the right person, and "
    "that it is shared securely.",
)


def _consent_question(person: str, label: str) -> Question:
    question_id = c.PEOPLE[person]
    following = list(c.PEOPLE.values())
    at = following.index(question_id)
    return Question(
        id=question_id,
        section=CONSENT,
        text=f"{label}: do we have their consent to share this information for this purpose?",
        short=f"{label}: consent?",
        hint=PEOPLE_HINT[person],
        kind=ONE,
        options=CONSENT_OPTIONS,
        cites=(Q_CONSENT, CONSENT_TO_SHARE, CONSIDER_CONSENT, PARTIAL_CONSENT),
        page=CONSENT_PAGE,
        ask_if=Condition(
            lambda answers, person=person: person in answers.get("whose_information", ()),
            f"you ticked {label} at {{whose_information}}",
        ),
        next=following[at + 1] if at + 1 < len(following) else "consent_position",
    )


LAWFUL_BASES = (
    Option(c.CONSENT_BASIS, "Consent: UK GDPR Article 6(1)(a)"),
    Option(
        "legal_obligation",
        "Legal obligation: Article 6(1)(c)",
        "A law requires you to share it: for example a court order, or a duty to share.",
    ),
    Option(
        c.VITAL_INTERESTS_BASIS, "Vital interests: Article 6(1)(d)", "To protect someone's life."
    ),
    Option(
        "public_task",
        "Public task: Article 6(1)(e)",
        "A task in the public interest, or in the exercise of official authority, with a basis "
        "in law (Article 6(3)): for example your organisation's functions under the Children "
        "Acts.",
    ),
    Option(
        c.RECOGNISED_BASIS,
        "Recognised legitimate interest, safeguarding: Article 6(1)(ea) and Annex 1, paragraph 6",
        "Safeguarding a vulnerable individual: a child, or an adult at risk. Not for a public "
        "authority performing its tasks.",
    ),
    Option(
        c.LEGITIMATE_BASIS,
        "Legitimate interests: Article 6(1)(f)",
        "Not for a public authority performing its tasks. Your interest must not be overridden "
        "by the individual's interests or rights.",
    ),
    Option(
        c.LAW_ENFORCEMENT_BASIS,
        "The police, for law enforcement: Data Protection Act 2018, Part 3, section 35",
    ),
)
SENSITIVE_BASES = (
    Option(c.CONSENT_BASIS, "Explicit consent: UK GDPR Article 6(1)(a) and Article 9(2)(a)"),
    Option(
        "safeguarding_public_task",
        "Public task, and the safeguarding condition: Article 6(1)(e), Article 9(2)(g) and "
        "Data Protection Act 2018, Schedule 1, paragraph 18",
        "Paragraph 18, safeguarding of children and of individuals at risk: necessary to "
        "protect them from neglect or harm, or to protect their well-being, for reasons of "
        "substantial public interest, and without consent because it cannot be given, cannot "
        "reasonably be obtained, or seeking it would prejudice the protection. It also meets "
        "Article 10 for criminal offence data (section 10(5)).",
    ),
    Option(
        c.RECOGNISED_BASIS,
        "Recognised legitimate interest, and the safeguarding condition: Article 6(1)(ea), "
        "Annex 1 paragraph 6, and Schedule 1, paragraph 18",
        "Not for a public authority performing its tasks.",
    ),
    Option(
        c.VITAL_INTERESTS_BASIS,
        "Vital interests: Article 6(1)(d) and Article 9(2)(c)",
        "Only where the person is physically or legally incapable of giving consent.",
    ),
    Option(
        "health_care",
        "Health or social care: Article 6(1)(e), Article 9(2)(h) and Schedule 1, paragraph 2",
        "For the person's own health or social care, by or under the responsibility of a "
        "professional who owes a duty of confidentiality.",
    ),
    Option(
        c.LAW_ENFORCEMENT_BASIS,
        "The police, for law enforcement: Data Protection Act 2018, Part 3, sections 35 and "
        "42, and Schedule 8",
    ),
)

QUESTIONS = (
    # When? The guide's first three questions, in its order, with its arrows.
    Question(
        id="legitimate_purpose",
        section=WHEN,
        text="Is there a clear and legitimate purpose for sharing information?",
        short="A clear and legitimate purpose?",
        hint=(
            "Information should only be shared by partners for the purposes of safeguarding "
            "and promoting the welfare of children and vulnerable adults and for the "
            "prevention and detection of related crime."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(Q_PURPOSE, PURPOSE),
        next={YES: "identifiable", NO: "do_not_share_information"},
    ),
    Question(
        id="identifiable",
        section=WHEN,
        text="Does the information enable an individual to be identified?",
        short="Does it identify an individual?",
        hint=(
            "Personal Information/Data is information/data which relates to a living, "
            "individual who can be identified from the data or other data/information that "
            "HCC holds."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(Q_IDENTIFIABLE, PERSONAL_INFORMATION),
        next={YES: "confidential", NO: "agencies"},
    ),
    Question(
        id="confidential",
        section=WHEN,
        text="Is the information confidential?",
        hint=(
            "Information held by agencies that will be shared as part of the Family "
            "Safeguarding Team's work is likely to have been gathered where a Duty of "
            "Confidence is owed."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(Q_CONFIDENTIAL, DUTY_OF_CONFIDENCE),
        next={YES: "urgent", NO: "agencies"},
    ),
    Question(
        id="urgent",
        section=CONSENT,
        text=(
            "Is the need to share urgent, so that seeking consent would lead to unjustified "
            "delay in making enquiries about allegations of significant harm to a child, or is "
            "safeguarding paramount?"
        ),
        short="Urgent, or safeguarding paramount?",
        hint=(
            "If the need to share is urgent, and seeking consent will lead to unjustified delay "
            "in making enquiries about allegations of significant harm to a child, or if "
            "safeguarding is paramount, take immediate action and share the information "
            "without consent, but remember to record the reason for the decision."
        ),
        kind=ONE,
        options=(
            Option("urgent", "Yes: the need to share is urgent"),
            Option("paramount", "Yes: safeguarding is paramount"),
            Option(NO, "No"),
        ),
        cites=(URGENT, WITHOUT_CONSENT),
        next="agencies",
    ),
    # Who?
    Question(
        id="agencies",
        section=WHO,
        text="Which agencies need to be involved in the sharing?",
        short="Which agencies?",
        hint="Select all that apply.",
        kind=MANY,
        options=signatory_options(),
        cites=(WHO_SECTION, PARTIAL_CONSENT),
        next=Route(
            ("other_agency", "how_much", "whose_information"),
            _after_agencies,
            "If you ticked Another organisation, go to {other_agency}. Otherwise, if the "
            "information does not enable an individual to be identified, go to {how_much}; if "
            "it does, go to {whose_information}.",
        ),
    ),
    Question(
        id="other_agency",
        section=WHO,
        text="Which other organisation?",
        kind=TEXT,
        max_length=500,
        cites=(WHO_SECTION,),
        next=Route(
            ("how_much", "whose_information"),
            _after_other_agency,
            "If the information does not enable an individual to be identified, go to "
            "{how_much}. Otherwise go to {whose_information}.",
        ),
    ),
    Question(
        id="whose_information",
        section=WHO,
        text=(
            "Who do we need information about in order to make the decision – child, parent, "
            "carer, others?"
        ),
        short="Whose information?",
        hint="Select all that apply.",
        kind=MANY,
        options=(
            Option("child", "Child"),
            Option("parent", "Parent"),
            Option("carer", "Carer"),
            Option("others", "Others"),
        ),
        cites=(WHO_SECTION,),
        page=WHO_PAGE,
        next="sensitive",
    ),
    Question(
        id="sensitive",
        section=WHO,
        text="Is it sensitive personal information?",
        short="Sensitive personal information?",
        hint=(
            "Sensitive Personal Information/Data is: Physical or mental health, racial or "
            "ethnic origin, political opinions, TU membership, sexual life, criminal "
            "allegations or record."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(WHO_SECTION, SENSITIVE_INFORMATION),
        page=WHO_PAGE,
        next=Route(
            ("consent_child", GATEWAYS.entry),
            _after_sensitive,
            "If the information is confidential, go to {consent_child}. Otherwise go to "
            "{gw_sharing_organisation}.",
        ),
    ),
    # Do you have consent? Asked of each person whose information is to be shared.
    _consent_question("child", "The child"),
    _consent_question("parent", "The parent"),
    _consent_question("carer", "The carer"),
    _consent_question("others", "Others"),
    Junction(
        id="consent_position",
        section=CONSENT,
        next=Route(
            (
                GATEWAYS.entry,
                CAPACITY.entry,
                PUBLIC_INTEREST_OVERRIDE.entry,
                "why_without_consent",
                "explicit_consent",
            ),
            _at_consent_position,
            "If you said the need to share is urgent or safeguarding is paramount: if everyone "
            "consents and the information is sensitive, go to {explicit_consent}; otherwise go "
            "to {gw_sharing_organisation}. Otherwise, if there is a reason to doubt that someone "
            "can decide, go to {mca_aged_16_or_over}. Otherwise, if anyone refused consent, go "
            "to {pio_which_criteria}; if anyone's consent is missing or falls short, go to "
            "{why_without_consent}; if everyone consents and the information is sensitive, go "
            "to {explicit_consent}; otherwise go to {gw_sharing_organisation}.",
        ),
    ),
    Junction(
        id="after_capacity",
        section=CONSENT,
        next=Route(
            (
                PUBLIC_INTEREST_OVERRIDE.entry,
                "another_reason",
                "why_without_consent",
                "explicit_consent",
                GATEWAYS.entry,
            ),
            consent_route,
            "A person who lacks capacity, where sharing is in their best interests, counts as "
            "covered; anyone else the checklist was about has not consented yet. Then: if "
            "anyone refused consent, go to {pio_which_criteria}; if the only person without "
            "consent is the one the checklist found lacks capacity (sharing not in their best "
            "interests), they cannot consent: go to {another_reason}; if anyone else's consent "
            "is missing or falls short, go to {why_without_consent}; if everyone consents and the "
            "information is sensitive, go to {explicit_consent}; otherwise go to "
            "{gw_sharing_organisation}.",
        ),
    ),
    Question(
        id="explicit_consent",
        section=CONSENT,
        text="Is the consent explicit?",
        hint=(
            "Where sensitive personal information is being shared explicit consent is "
            "expected, this may be written e.g. consent form or a clear record of verbal "
            "consent obtained stating the date, time and what information is to be "
            "held/shared."
        ),
        kind=ONE,
        options=(
            Option("written", "Yes: written consent", "For example a consent form."),
            Option(
                "verbal",
                "Yes: verbal consent, with a clear record",
                "The record states the date, time and what information is to be held/shared.",
            ),
            Option(NO, "No"),
        ),
        cites=(EXPLICIT_CONSENT,),
        next=Route(
            (GATEWAYS.entry, "verbal_consent_record", "why_without_consent"),
            _after_explicit,
            "If written, go to {gw_sharing_organisation}; if verbal, go to "
            "{verbal_consent_record}. If No: where you said the need to share is urgent or "
            "safeguarding is paramount, go to {gw_sharing_organisation}; otherwise go to "
            "{why_without_consent}.",
        ),
    ),
    Question(
        id="verbal_consent_record",
        section=CONSENT,
        text=(
            "The record of verbal consent: the date, time and what information is to be held/shared"
        ),
        short="The record of verbal consent",
        kind=TEXT,
        max_length=2000,
        cites=(EXPLICIT_CONSENT,),
        next=GATEWAYS.entry,
    ),
    # Consent missing, or falling short of this sharing.
    Question(
        id="why_without_consent",
        section=CONSENT,
        text="Why are you not seeking consent that covers this sharing?",
        short="Why not seek consent?",
        hint=(
            "Where consent has not been obtained, reasons for this must be documented. If you "
            "are not seeking consent, the reason must be proportionate and you must weigh up "
            "the important legal duty to seek consent and the damage that might be caused by "
            "sharing the information."
        ),
        kind=ONE,
        options=(
            Option(
                c.SEEK,
                "I will seek consent that covers this sharing",
                "Then decide again once you have it, or it is refused.",
                short="I will seek consent",
            ),
            Option(
                "unsafe",
                "Seeking consent would be unsafe or inappropriate",
                "For example, it would put the child at likelihood of significant harm, or "
                "prevent the child being protected from harm.",
                short="Unsafe or inappropriate",
            ),
            Option(
                "obstruct",
                "Seeking consent would obstruct the work of the Family Safeguarding Service",
                "For some families, the work of the Family Safeguarding Service might be "
                "obstructed if Partners were to seek consent. In such cases the disclosing "
                "Partner must consider other lawful basis for processing the information.",
                short="It would obstruct the work",
            ),
            Option(
                "cannot_consent",
                "They cannot consent",
                "For example, they cannot be reached, or cannot communicate at all: they are "
                "physically or legally incapable of giving consent.",
            ),
        ),
        cites=(CONSENT_NOT_OBTAINED, WITHOUT_CONSENT, PARTIAL_CONSENT, RULE_2),
        next={
            c.SEEK: "seek_consent",
            "unsafe": "another_reason",
            "obstruct": "another_reason",
            "cannot_consent": "another_reason",
        },
    ),
    Question(
        id="another_reason",
        section=WHEN,
        text=(
            "Is there another reason to share information such as to fulfil a public "
            "function or to protect the vital interests of the individual?"
        ),
        short="Another reason to share?",
        hint=(
            "If more than one applies, choose the one you rely on and name the others in your "
            "reasons. Sharing confidential information without consent overrides a Duty of "
            "Confidence, which needs a strong enough public interest: the public interest test "
            "comes next, unless the reason is to protect the individual's life."
        ),
        kind=ONE,
        options=(
            Option(
                "public_function", "Yes: to fulfil a public function", short="A public function"
            ),
            Option(
                LEGAL_REQUIREMENT,
                "Yes: the law requires me to share it",
                "A court order, or an Act that puts a duty on you to disclose it. A Duty of "
                "Confidence gives way to a legal requirement to disclose: name the order, or "
                "the Act and section, in your reasons.",
                short="The law requires it",
            ),
            Option(
                "vital_interests",
                "Yes: to protect the vital interests of the individual",
                "Life or death: to protect the life of the individual.",
                short="Vital interests",
            ),
            Option(
                "other_lawful_basis",
                "Yes: another lawful basis for processing the information",
                "The disclosing Partner must consider other lawful basis for processing the "
                "information.",
                short="Another lawful basis",
            ),
            Option(
                "public_interest",
                "Yes: the public interest",
                "It is possible to disclose personal information without consent if this is "
                'in the defined category of "Public Interest".',
                short="The public interest",
            ),
            Option(NO, "No"),
        ),
        cites=(Q_ANOTHER_REASON, OTHER_LAWFUL_BASIS, PUBLIC_INTEREST, DUTY_OF_CONFIDENCE),
        next={
            "public_function": PUBLIC_INTEREST_REASON.entry,
            LEGAL_REQUIREMENT: GATEWAYS.entry,
            "vital_interests": GATEWAYS.entry,
            "other_lawful_basis": PUBLIC_INTEREST_REASON.entry,
            "public_interest": PUBLIC_INTEREST_REASON.entry,
            NO: "do_not_share",
        },
    ),
    # The lawful basis under data protection law: asked once, on one page.
    Question(
        id="lawful_basis",
        section=LAWFUL,
        text="Which lawful basis do you rely on?",
        hint="UK GDPR Article 6(1), or, for the police sharing for law enforcement, Part 3.",
        kind=ONE,
        options=LAWFUL_BASES,
        cites=(LAWFUL_BASIS_PAGE, OTHER_LAWFUL_BASIS),
        page=LAWFUL_PAGE,
        ask_if=Condition(
            lambda answers: answers.get("sensitive") != YES,
            "the information is not sensitive personal information",
        ),
        next="lawful_basis_sensitive",
    ),
    Question(
        id="lawful_basis_sensitive",
        section=LAWFUL,
        text="Which lawful basis and condition do you rely on?",
        short="Which lawful basis and condition?",
        hint=(
            "Sensitive personal information needs a lawful basis in UK GDPR Article 6(1) and "
            "a condition in Article 9(2) (or, for criminal allegations or record, Article 10)."
        ),
        kind=ONE,
        options=SENSITIVE_BASES,
        cites=(LAWFUL_BASIS_PAGE, EXPLICIT_CONSENT),
        page=LAWFUL_PAGE,
        ask_if=Condition(
            lambda answers: answers.get("sensitive") == YES,
            "the information is sensitive personal information",
        ),
        next="how_much",
    ),
    # How? The guide's list, on one page.
    Question(
        id="how_much",
        section=HOW,
        text="How much information will you share?",
        short="How much information?",
        hint=(
            "Identify how much information to share. Share the information which is "
            "necessary for your purpose. It may not be necessary to give all agencies access "
            "to all the information you hold."
        ),
        kind=ONE,
        options=(
            Option("necessary", "Only the information necessary for the purpose"),
            Option("all", "All the information we hold"),
        ),
        cites=(HOW_SECTION, WHAT_TO_SHARE),
        page=HOW_PAGE,
        next="fact_and_opinion",
    ),
    Question(
        id="fact_and_opinion",
        section=HOW,
        text="Does the information clearly distinguish between fact and opinion?",
        short="Fact and opinion distinguished?",
        hint=(
            "Distinguish fact from opinion. If the information is historical then this should "
            "be explained."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(HOW_SECTION, ACCURATE),
        page=HOW_PAGE,
        next="right_person",
    ),
    Question(
        id="right_person",
        section=HOW,
        text="Are you giving the right information to the right person?",
        short="The right information, the right person?",
        kind=ONE,
        options=(Option(YES, "Yes"), Option(UNSURE, "I am not sure")),
        cites=(HOW_SECTION, RULE_3),
        page=HOW_PAGE,
        next="transfer_method",
    ),
    Question(
        id="transfer_method",
        section=HOW,
        text="How will the information be shared?",
        short="How will it be shared?",
        hint="Personal Data will only be transferred between agencies by Secure email or HertsFX.",
        kind=ONE,
        options=(
            Option("secure_email", "Secure email"),
            Option("hertsfx", "HertsFX"),
            Option(
                "other",
                "Another method",
                "A departure from the agreement: you will be asked what will be done instead.",
            ),
        ),
        cites=(HOW_SECTION, SECURE_TRANSFER),
        page=HOW_PAGE,
        next="privacy_notice",
    ),
    Question(
        id="privacy_notice",
        section=HOW,
        text=(
            "Does the Privacy Notice given when the information was collected say it would "
            "be shared?"
        ),
        short="Does the Privacy Notice say so?",
        hint="The obligation to inform individuals about sharing (known as fair processing) "
        "continues to apply.",
        kind=ONE,
        options=(Option(YES, "Yes"), Option(NO, "No"), Option(UNSURE, "I am not sure")),
        cites=(CONSIDER_CONSENT, FAIR_PROCESSING),
        page=HOW_PAGE,
        ask_if=Condition(
            lambda answers: answers.get("identifiable") == YES,
            "the information enables an individual to be identified",
        ),
        next="tell_individual",
    ),
    Question(
        id="tell_individual",
        section=HOW,
        text="Will you inform the individual that the information has been shared?",
        short="Will you inform the individual?",
        hint=(
            "Inform the individual that the information has been shared if they were not "
            "aware of this, as long as this would not create or increase risk of harm."
        ),
        kind=ONE,
        options=(
            Option("aware", "They are already aware"),
            Option(YES, "Yes"),
            Option(c.NOT_TOLD_HARM, "No: telling them would create or increase risk of harm"),
            Option(
                c.NOT_TOLD_CRIME,
                "No: telling them would be likely to prejudice the prevention or detection of "
                "crime, or the apprehension or prosecution of offenders",
                "The crime exemption: Data Protection Act 2018, Schedule 2, Part 1, paragraph 2.",
            ),
        ),
        cites=(HOW_SECTION, DPA_SECTION_29),
        page=HOW_PAGE,
        ask_if=Condition(
            lambda answers: answers.get("identifiable") == YES,
            "the information enables an individual to be identified",
        ),
        next="after_how",
    ),
    Junction(
        id="after_how",
        section=HOW,
        next=Route(
            ("other_method", "not_told_reason", "indicated"),
            _after_how,
            "If you chose Another method, go to {other_method}. Otherwise, if they will not be "
            "told, go to {not_told_reason}; if they will, go to {indicated}.",
        ),
    ),
    Question(
        id="other_method",
        section=HOW,
        text="What will be done instead of Secure email or HertsFX, and why?",
        short="What instead, and why?",
        hint=(
            "Personal Data will only be transferred between agencies by Secure email or "
            "HertsFX. Another method departs from the agreement, and the record shows it."
        ),
        kind=TEXT,
        max_length=500,
        cites=(SECURE_TRANSFER, SECURE),
        next=Route(
            ("not_told_reason", "indicated"),
            _after_method,
            "If they will not be told, go to {not_told_reason}. Otherwise go to {indicated}.",
        ),
    ),
    Question(
        id="not_told_reason",
        section=HOW,
        text="Why will they not be told?",
        hint="Say what the harm or the prejudice would be.",
        kind=TEXT,
        max_length=2000,
        cites=(HOW_SECTION, DPA_SECTION_29),
        next="indicated",
    ),
    Junction(
        id="indicated",
        section=HOW,
        next=Route(
            ("share_now", "put_right", "must_share_by_law", "seek_advice", "must_share", "share"),
            indicated,
            INDICATED,
        ),
    ),
)

OUTCOMES = (
    Outcome(
        id="do_not_share_information",
        heading="Do not share information",
        indication=DO_NOT_SHARE,
        summary="There is no clear and legitimate purpose for sharing information.",
        cites=(Q_PURPOSE, PURPOSE, RULE_7),
    ),
    Outcome(
        id="do_not_share",
        heading="Do not share",
        indication=DO_NOT_SHARE,
        summary=(
            "You do not have consent that covers this sharing, and no other reason to share "
            "justifies sharing without it. If another reason applies, change your answer to "
            "the question about it."
        ),
        cites=(Q_ANOTHER_REASON, RULE_4, RULE_7),
    ),
    Outcome(
        id="do_not_share_refusal",
        heading="Do not share",
        indication=DO_NOT_SHARE,
        summary=(
            "Consent was sought and refused, and the public interest test does not show that "
            "overriding the refusal is justifiable."
        ),
        cites=(CONSENT_REFUSED, DUTY_OF_CONFIDENCE, RULE_4, RULE_7),
    ),
    Outcome(
        id="holder_against",
        heading=(
            "Do not share: the organisation that holds the Duty of Confidence is against disclosure"
        ),
        indication=DO_NOT_SHARE,
        summary=(
            "The originating Partner will be the final arbiter as to whether information is "
            "disclosed or not. The Partner may wish to seek specialist or legal advice if "
            "there is lack of clarity around justifiable disclosure of information."
        ),
        cites=(DUTY_OF_CONFIDENCE, RULE_3, RULE_7),
    ),
    Outcome(
        id="seek_views_first",
        heading=(
            "Seek the views of the organisation that holds the Duty of Confidence, then decide"
        ),
        indication=NOT_YET,
        summary=(
            "When overriding the Duty of Confidence in the absence of consent, Partners must "
            "seek the views of the person representing the organisation that holds it and take "
            "these into account. Seek them now, then change your answer about them: the tool "
            "then asks the rest of the public interest test."
        ),
        cites=(DUTY_OF_CONFIDENCE, RULE_7),
    ),
    Outcome(
        id="seek_consent",
        heading="Seek consent that covers this sharing, then decide",
        indication=NOT_YET,
        summary=(
            "Always seek their consent, unless it is unsafe or inappropriate to do so. Seek "
            "consent that covers this sharing (this purpose, these agencies, and everyone "
            "whose information is shared), then change your answer about it."
        ),
        cites=(RULE_2, CONSENT_TO_SHARE, PARTIAL_CONSENT, RULE_7),
    ),
    Outcome(
        id="seek_advice",
        heading="Seek advice before you share: no legal gateway identified",
        indication=NOT_YET,
        summary=(
            "A public body can share only where the law gives it a power or a duty to do so. "
            "The tool has not found one among those the guide names. Seek advice from other "
            "practitioners, managers or your own legal teams, then decide."
        ),
        cites=(LEGAL_FRAMEWORK, RULE_3, RULE_7),
    ),
    Outcome(
        id="put_right",
        heading="Put this right before you share",
        indication=NOT_YET,
        summary=(
            "Some of your answers depart from the agreement or the law: they are listed below. "
            "Put them right, change your answers, and the tool will say whether you can share."
        ),
        cites=(HOW_SECTION, SECURE_TRANSFER, RULE_7),
    ),
    Outcome(
        id="share_now",
        heading="Share the information now",
        indication=SHARE,
        summary=(
            "Take immediate action and share the information without consent, but remember "
            "to record the reason for the decision. Share what is necessary, with those who "
            "need it."
        ),
        cites=(URGENT, RULE_7),
    ),
    Outcome(
        id="must_share",
        heading="The information can and MUST be shared",
        indication=SHARE,
        summary=(
            "Overriding the refusal of consent is justifiable, so the information can and MUST "
            "be shared. This decision must be proportionate to the harm that may be caused by "
            "proceeding without consent: share what is necessary, securely, with those who "
            "need it."
        ),
        cites=(CONSENT_REFUSED, RULE_7),
    ),
    Outcome(
        id="must_share_by_law",
        heading="The information MUST be shared: the law requires it",
        indication=SHARE,
        summary=(
            "A legal requirement to disclose (a court order, or a duty an Act puts on you) "
            "overrides the Duty of Confidence. Share what it requires, and no more, securely, "
            "with those it names, and record the order, or the Act and section."
        ),
        cites=(Q_ANOTHER_REASON, OTHER_LAWFUL_BASIS, RULE_7),
    ),
    Outcome(
        id="share",
        heading="You can share but should consider how",
        indication=SHARE,
        summary="Share the information which is necessary for your purpose, securely, "
        "with those who need it.",
        cites=(WHO_SECTION, HOW_SECTION, RULE_7),
    ),
)

FLOW = Flow(
    id="share",
    title="Should I share information?",
    start="legitimate_purpose",
    questions=QUESTIONS,
    outcomes=OUTCOMES,
    parts=PARTS,
)
