"""Should I share? The guide's When?, Who? and How? questions and its consent rules, with
the other tools run inside it where the guide sends a practitioner to them.

Questions are listed in the order they are asked, each with its one routing rule; the
outcomes come last. Words shown to people are the guide's, quoted from the page each
question cites (``when-and-how-to-share.md`` for the five When? questions and their
arrows, ``consent.md`` for consent). Where the guide gives an instruction rather than a
question (the How? list), the legend asks it as a question and the hint quotes the guide.

The order, and where the guide says so:

- When?: a clear and legitimate purpose; identifiable; confidential (the guide's arrows).
- Capacity: where there is a reason to doubt the person's capacity to consent, the Mental
  Capacity Act checklist runs (part ``mca_``). Lacking capacity, sharing follows their best
  interests (Mental Capacity Act 2005 s4); otherwise the consent questions follow.
- Consent: consent that counts is for this purpose (the Privacy Notice), includes the
  agency (partial consent) and, for sensitive information, is explicit (consent.md).
  Without it: urgent, or safeguarding paramount, means share now and record why
  (consent.md#urgent-sharing); otherwise "another reason", where the public interest runs
  the public interest test (part ``pi_``) and another lawful basis can be named
  (consent.md#other-lawful-basis). A refusal is weighed with the other concerns: overriding
  it overrides a duty of confidence without consent, so the public interest test runs
  (part ``pio_``), and where overriding is justifiable the information can and MUST be
  shared (consent.md#consent-refused).
- Who?, then the legal gateways (part ``gw_``) for personal information, then How?.

Why an outcome was reached, and what to watch out for, are worked out from the answers by
``rules.py`` beside this file.
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
    Cite,
    Flow,
    Option,
    Outcome,
    Part,
    Question,
    Route,
)
from fss_logic.flows.capacity import FLOW as CAPACITY_FLOW
from fss_logic.flows.gateways import FLOW as GATEWAYS_FLOW
from fss_logic.flows.public_interest import FLOW as PUBLIC_INTEREST_FLOW

WHEN, CONSENT, WHO, HOW = "When?", "Consent", "Who?", "How?"
SECTIONS = (WHEN, CONSENT, WHO, HOW)

# The guide paragraphs this flow cites. tests/site checks each anchor exists on the site.
PURPOSE = Cite("index.md#purpose", "Introduction")
Q_PURPOSE = Cite(
    "when-and-how-to-share.md#clear-and-legitimate-purpose",
    "Is there a clear and legitimate purpose for sharing information?",
)
Q_IDENTIFIABLE = Cite(
    "when-and-how-to-share.md#identifiable",
    "Does the information enable an individual to be identified?",
)
Q_CONFIDENTIAL = Cite("when-and-how-to-share.md#confidential", "Is the information confidential?")
Q_CONSENT = Cite("when-and-how-to-share.md#do-you-have-consent", "Do you have consent?")
Q_ANOTHER_REASON = Cite(
    "when-and-how-to-share.md#another-reason-to-share",
    "Is there another reason to share information ...?",
)
WHO_SECTION = Cite("when-and-how-to-share.md#who", "Who?")
HOW_SECTION = Cite("when-and-how-to-share.md#how", "How?")
PERSONAL_INFORMATION = Cite(
    "definitions.md#personal-information", "Definitions: Personal Information/Data"
)
SENSITIVE_INFORMATION = Cite(
    "definitions.md#sensitive-personal-information",
    "Definitions: Sensitive Personal Information/Data",
)
CONSENT_TO_SHARE = Cite("consent.md#consent-to-share-information", "Consent to share information")
CONSENT_NOT_OBTAINED = Cite("consent.md#consent-not-obtained", "Consent to share information")
EXPLICIT_CONSENT = Cite("consent.md#explicit-consent", "Consent to share information")
OTHER_LAWFUL_BASIS = Cite("consent.md#other-lawful-basis", "Consent to share information")
CONSIDER_CONSENT = Cite("consent.md#consent", "Consent")
PARTIAL_CONSENT = Cite("consent.md#partial-consent", "Partial Consent")
WITHOUT_CONSENT = Cite("consent.md#sharing-without-consent", "Sharing without consent")
URGENT = Cite("consent.md#urgent-sharing", "Sharing without consent")
CONSENT_REFUSED = Cite(
    "consent.md#consent-refused", "Sharing information when consent has been refused"
)
PUBLIC_INTEREST = Cite("public-interest.md#public-interest", "Public Interest")
DUTY_OF_CONFIDENCE = Cite("legal-framework.md#duty-of-confidence", "Duty of Confidence")
RULE_2 = Cite("golden-rules.md#rule-2", "The seven golden rules to sharing information: rule 2")
RULE_3 = Cite("golden-rules.md#rule-3", "The seven golden rules to sharing information: rule 3")
RULE_4 = Cite("golden-rules.md#rule-4", "The seven golden rules to sharing information: rule 4")
RULE_7 = Cite("golden-rules.md#rule-7", "The seven golden rules to sharing information: rule 7")
WHAT_TO_SHARE = Cite("principles.md#what-information-can-i-share", "What Information can I share?")
ACCURATE = Cite("principles.md#accurate", "Accurate")
SECURE = Cite("principles.md#secure", "Secure")
SECURE_TRANSFER = Cite("appendix-1.md#secure-transfer", "Appendix 1: Seventh Principle")
FAIR_PROCESSING = Cite(
    "legal-framework.md#health-and-social-care-act-2012",
    "The Health and Social Care (health and adult social care services: information) Act 2012",
)
DPA_SECTION_29 = Cite("legal-framework.md#dpa-section-29", "DPA Section 29")
LEGAL_FRAMEWORK = Cite(
    "legal-framework.md#legal-framework",
    "What is the Legal Framework that supports information sharing?",
)
MCA = Cite("legal-framework.md#mental-capacity-act-2005", "The Mental Capacity Act (MCA) 2005")

SHARE, DO_NOT_SHARE = "share", "do_not_share"  # what the tool indicates

# The other tools, run inside this one where the guide sends a practitioner to them.
CAPACITY = Part(
    CAPACITY_FLOW,
    "mca_",
    {
        "act_does_not_apply": "have_consent",
        "capacity_presumed": "have_consent",
        "has_capacity": "have_consent",
        "not_assessed": "have_consent",
        "lacks_capacity_sharing_in_best_interests": "agencies",
        "lacks_capacity_sharing_not_in_best_interests": "do_not_share_best_interests",
    },
)
PUBLIC_INTEREST_REASON = Part(
    PUBLIC_INTEREST_FLOW,
    "pi_",
    {
        "justified": "reason_why",
        "seek_views_first": "public_interest_fell_short",
        "not_justified": "public_interest_fell_short",
    },
)
PUBLIC_INTEREST_OVERRIDE = Part(
    PUBLIC_INTEREST_FLOW,
    "pio_",
    {
        "justified": "override_justified",
        "seek_views_first": "do_not_share_refusal",
        "not_justified": "do_not_share_refusal",
    },
)
GATEWAYS = Part(
    GATEWAYS_FLOW, "gw_", {"gateway_identified": "how_much", "no_gateway_identified": "how_much"}
)
PARTS = (CAPACITY, PUBLIC_INTEREST_REASON, PUBLIC_INTEREST_OVERRIDE, GATEWAYS)

URGENT_OR_PARAMOUNT = ("urgent", "paramount")


def to_who(answers) -> str:
    """On to Who?: the agencies, unless they were asked with the consent questions."""
    return "whose_information" if "consent_agencies" in answers else "agencies"


def to_gateways(answers) -> str:
    """After Who?: the legal gateways for personal information; information that does not
    identify anyone goes straight to How?."""
    return "how_much" if answers.get("identifiable") == NO else GATEWAYS.entry


def _after_agencies(answers) -> str:
    return "other_agency" if OTHER_ORGANISATION in answers["agencies"] else "whose_information"


def _after_consent_agencies(answers) -> str:
    """With consent, the agencies are asked first, so that "does this include the agency?"
    has something to refer to (consent.md#partial-consent)."""
    if OTHER_ORGANISATION in answers["consent_agencies"]:
        return "consent_other_agency"
    return "consent_covers_agency"


def _after_whose_information(answers) -> str:
    """Sensitivity is asked once: with the consent questions (personal information, so
    the gateways follow), or here."""
    return GATEWAYS.entry if "consent_sensitive" in answers else "sensitive"


def _after_sensitive(answers) -> str:
    """Whether we have their consent is asked here only if the consent questions did not
    settle it; if they did, the information is personal, and the gateways follow."""
    return "their_consent" if "have_consent" not in answers else GATEWAYS.entry


def _after_their_consent(answers) -> str:
    return "their_consent_exception" if answers["their_consent"] == NO else to_gateways(answers)


def _after_why_without_consent(answers) -> str:
    """Urgent, or safeguarding paramount: share now and record why (consent.md)."""
    if answers["why_without_consent"] in URGENT_OR_PARAMOUNT:
        return "urgent_reason"
    return "why_without_consent_details"


def _after_which_reason(answers) -> str:
    """The public interest is judged by the public interest test."""
    if "public_interest" in answers["which_reason"]:
        return PUBLIC_INTEREST_REASON.entry
    return "reason_why"


def _after_transfer_method(answers) -> str:
    if answers["transfer_method"] == "other":
        return "other_method"
    return _after_method(answers)


def _after_method(answers) -> str:
    """The Privacy Notice question is for personal information only."""
    return "tell_individual" if answers.get("identifiable") == NO else "privacy_notice"


TO_WHO = (
    "If you have already chosen the agencies, go to {whose_information}. Otherwise go to "
    "{agencies}."
)
TO_GATEWAYS = (
    "If the information does not enable an individual to be identified, go to {how_much}. "
    "Otherwise go to {gw_sharing_organisation}."
)

QUESTIONS = (
    # When? The guide's first three questions, in its order, with its arrows.
    Question(
        id="legitimate_purpose",
        section=WHEN,
        text="Is there a clear and legitimate purpose for sharing information?",
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
        next={YES: "capacity_in_doubt", NO: "agencies"},
    ),
    # Capacity: can the person consent at all?
    Question(
        id="capacity_in_doubt",
        section=CONSENT,
        text=(
            "Is there a reason to doubt that the person has capacity to consent to sharing "
            "this information?"
        ),
        hint=(
            "The starting assumption must always be that an individual has the capacity, "
            "until there is proof that they do not. If there is a reason to doubt it, the "
            "Mental Capacity Act checklist comes next."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(MCA,),
        next={YES: CAPACITY.entry, NO: "have_consent"},
    ),
    Question(
        id="have_consent",
        section=WHEN,
        text="Do you have consent?",
        hint=(
            "Do you have consent to share this information for this purpose? Consent is "
            "particularly important for sensitive personal information."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(Q_CONSENT, CONSIDER_CONSENT),
        next={YES: "consent_for_purpose", NO: "why_no_consent"},
    ),
    # Consent given: is it consent that counts, for this sharing?
    Question(
        id="consent_for_purpose",
        section=CONSENT,
        text="Do you have consent to share this information for this purpose?",
        hint=(
            "The Privacy Notice (a statement that indicates consent to hold and share "
            "information see consent form) relating to the collection of information should "
            "identify the purposes for which it was collected. Does this say it would be "
            "shared? Otherwise consent should be obtained wherever possible before sharing "
            "information."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(CONSIDER_CONSENT,),
        next={YES: "consent_agencies", NO: "why_without_consent"},
    ),
    Question(
        id="consent_agencies",
        section=WHO,
        text="Which agencies need to be involved in the sharing?",
        hint="Select all that apply. Asked here so that the consent can be checked against them.",
        kind=MANY,
        options=signatory_options(),
        cites=(WHO_SECTION, PARTIAL_CONSENT),
        next=Route(
            ("consent_other_agency", "consent_covers_agency"),
            _after_consent_agencies,
            "If you ticked Another organisation, go to {consent_other_agency}. Otherwise go "
            "to {consent_covers_agency}.",
        ),
    ),
    Question(
        id="consent_other_agency",
        section=WHO,
        text="Which other organisation?",
        kind=TEXT,
        max_length=500,
        cites=(WHO_SECTION,),
        next="consent_covers_agency",
    ),
    Question(
        id="consent_covers_agency",
        section=CONSENT,
        text=(
            "Where consent has been given to share information with some, but not all, "
            "agencies, does this include the agency you want to share it with?"
        ),
        hint=(
            "The agencies are the ones you have just chosen. If you do have consent, then "
            "the paragraph above applies. If you do not have consent, then the paragraph "
            "below applies."
        ),
        kind=ONE,
        options=(
            Option(YES, "Yes", "Or the consent covers every agency."),
            Option(NO, "No", "The consent does not include every agency you want to share with."),
        ),
        cites=(PARTIAL_CONSENT,),
        next={YES: "consent_sensitive", NO: "why_without_consent"},
    ),
    Question(
        id="consent_sensitive",
        section=CONSENT,
        text="Is it sensitive personal information?",
        hint=(
            "Sensitive Personal Information/Data is: Physical or mental health, racial or "
            "ethnic origin, political opinions, TU membership, sexual life, criminal "
            "allegations or record."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(SENSITIVE_INFORMATION, EXPLICIT_CONSENT),
        next={YES: "explicit_consent", NO: "whose_information"},
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
        next={
            "written": "whose_information",
            "verbal": "verbal_consent_record",
            NO: "why_without_consent",
        },
    ),
    Question(
        id="verbal_consent_record",
        section=CONSENT,
        text=(
            "The record of verbal consent: the date, time and what information is to be held/shared"
        ),
        kind=TEXT,
        max_length=2000,
        cites=(EXPLICIT_CONSENT,),
        next="whose_information",
    ),
    # No consent, or none that covers this sharing.
    Question(
        id="why_no_consent",
        section=CONSENT,
        text="Why don't you have consent?",
        hint="Where consent has not been obtained, reasons for this must be documented by "
        "the relevant Partner.",
        kind=ONE,
        options=(
            Option("refused", "Consent was sought and refused"),
            Option("not_sought", "Consent has not been sought"),
        ),
        cites=(CONSENT_NOT_OBTAINED, CONSENT_REFUSED),
        next={"refused": "refusal_concerns", "not_sought": "why_without_consent"},
    ),
    Question(
        id="why_without_consent",
        section=CONSENT,
        text="Why are you not seeking consent that covers this sharing?",
        hint=(
            "If you are not seeking consent, the reason must be proportionate and you must "
            "weigh up the important legal duty to seek consent and the damage that might be "
            "caused by sharing the information."
        ),
        kind=ONE,
        options=(
            Option(
                "unsafe",
                "Seeking consent would be unsafe or inappropriate",
                "For example, it would put the child at likelihood of significant harm.",
            ),
            Option(
                "prejudice",
                "Seeking consent would obstruct the work of the Family Safeguarding Service",
                "For some families, the work of the Family Safeguarding Service might be "
                "obstructed if Partners were to seek consent. In such cases the disclosing "
                "Partner must consider other lawful basis for processing the information.",
            ),
            Option(
                "urgent",
                "The need to share is urgent",
                "Seeking consent will lead to unjustified delay in making enquiries about "
                "allegations of significant harm to a child.",
            ),
            Option("paramount", "Safeguarding is paramount"),
            Option("other", "Another reason"),
        ),
        cites=(WITHOUT_CONSENT, URGENT, OTHER_LAWFUL_BASIS, RULE_2),
        next=Route(
            ("urgent_reason", "why_without_consent_details"),
            _after_why_without_consent,
            "If the need to share is urgent, or safeguarding is paramount, go to "
            "{urgent_reason}. Otherwise go to {why_without_consent_details}.",
        ),
    ),
    Question(
        id="urgent_reason",
        section=CONSENT,
        text="Record the reason for the decision to share without consent now",
        hint=(
            "If the need to share is urgent, and seeking consent will lead to unjustified "
            "delay in making enquiries about allegations of significant harm to a child, or "
            "if safeguarding is paramount, take immediate action and share the information "
            "without consent, but remember to record the reason for the decision."
        ),
        kind=TEXT,
        max_length=2000,
        cites=(URGENT,),
        next=Route(("whose_information", "agencies"), to_who, TO_WHO),
    ),
    Question(
        id="why_without_consent_details",
        section=CONSENT,
        text="Record the reason consent has not been obtained",
        hint="If consent is not obtained, the decision should always be reasonable, necessary "
        "and proportionate, and should always be recorded together with the rationale.",
        kind=TEXT,
        max_length=2000,
        cites=(WITHOUT_CONSENT,),
        next="another_reason",
    ),
    Question(
        id="another_reason",
        section=WHEN,
        text=(
            "Is there another reason to share information such as to fulfil a public "
            "function or to protect the vital interests of the individual?"
        ),
        kind=ONE,
        options=YES_NO,
        cites=(Q_ANOTHER_REASON, OTHER_LAWFUL_BASIS),
        next={YES: "which_reason", NO: "do_not_share"},
    ),
    Question(
        id="which_reason",
        section=WHEN,
        text="What is the other reason to share?",
        hint="Select all that apply.",
        kind=MANY,
        options=(
            Option("public_function", "To fulfil a public function"),
            Option("vital_interests", "To protect the vital interests of the individual"),
            Option(
                "other_lawful_basis",
                "Another lawful basis for processing the information",
                "The disclosing Partner must consider other lawful basis for processing the "
                "information.",
            ),
            Option(
                "public_interest",
                "The public interest",
                "It is possible to disclose personal information without consent if this is "
                'in the defined category of "Public Interest". The public interest test '
                "comes next.",
            ),
        ),
        cites=(Q_ANOTHER_REASON, OTHER_LAWFUL_BASIS, PUBLIC_INTEREST),
        next=Route(
            (PUBLIC_INTEREST_REASON.entry, "reason_why"),
            _after_which_reason,
            "If you ticked The public interest, go to {pi_criterion_applies}. "
            "Otherwise go to {reason_why}.",
        ),
    ),
    Question(
        id="public_interest_fell_short",
        section=WHEN,
        text=(
            "The public interest does not justify disclosure. Do the other reasons you chose "
            "still justify sharing without consent?"
        ),
        hint="If the public interest was your only reason, answer No.",
        kind=ONE,
        options=YES_NO,
        cites=(Q_ANOTHER_REASON, PUBLIC_INTEREST),
        next={YES: "reason_why", NO: "do_not_share"},
    ),
    Question(
        id="reason_why",
        section=WHEN,
        text="Why does this reason apply?",
        hint="When you are sharing or requesting personal information from someone, be "
        "certain of the basis upon which you are doing so. Name any other lawful basis.",
        kind=TEXT,
        max_length=2000,
        cites=(RULE_4,),
        next=Route(("whose_information", "agencies"), to_who, TO_WHO),
    ),
    # Consent refused: weighed with the other concerns.
    Question(
        id="refusal_concerns",
        section=CONSENT,
        text="What are the other concerns to weigh with the refusal?",
        hint=(
            "There may be times when consent is sought and refused. This does not mean "
            "that information cannot be shared. The refusal of consent should be considered "
            "in conjunction with other concerns. Overriding it overrides a Duty of "
            "Confidence without consent, so the public interest test comes next."
        ),
        kind=TEXT,
        max_length=2000,
        cites=(CONSENT_REFUSED, DUTY_OF_CONFIDENCE),
        next=PUBLIC_INTEREST_OVERRIDE.entry,
    ),
    Question(
        id="override_justified",
        section=CONSENT,
        text=(
            "Is it justifiable to override the refusal in the interests of the welfare of "
            "the child?"
        ),
        hint=(
            "The refusal of consent should be considered in conjunction with other concerns "
            "and, if it is considered justifiable, then information can and MUST be shared. "
            "This decision must be proportionate to the harm that may be caused by "
            "proceeding without consent."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(CONSENT_REFUSED,),
        next={YES: "override_reasons", NO: "do_not_share_refusal"},
    ),
    Question(
        id="override_reasons",
        section=CONSENT,
        text=(
            "Why is overriding the refusal justifiable, and proportionate to the harm that "
            "may be caused by proceeding without consent?"
        ),
        kind=TEXT,
        max_length=2000,
        cites=(CONSENT_REFUSED,),
        next="agencies",
    ),
    # Who?
    Question(
        id="agencies",
        section=WHO,
        text="Which agencies need to be involved in the sharing?",
        hint="Select all that apply.",
        kind=MANY,
        options=signatory_options(),
        cites=(WHO_SECTION,),
        next=Route(
            ("other_agency", "whose_information"),
            _after_agencies,
            "If you ticked Another organisation, go to {other_agency}. Otherwise go to "
            "{whose_information}.",
        ),
    ),
    Question(
        id="other_agency",
        section=WHO,
        text="Which other organisation?",
        kind=TEXT,
        max_length=500,
        cites=(WHO_SECTION,),
        next="whose_information",
    ),
    Question(
        id="whose_information",
        section=WHO,
        text=(
            "Who do we need information about in order to make the decision – child, "
            "parent, carer, others?"
        ),
        hint="Select all that apply.",
        kind=MANY,
        options=(
            Option("child", "Child"),
            Option("parent", "Parent"),
            Option("carer", "Carer"),
            Option("others", "Others"),
        ),
        cites=(WHO_SECTION,),
        next=Route(
            ("sensitive", GATEWAYS.entry),
            _after_whose_information,
            "If you have not yet answered whether it is sensitive personal information, go "
            "to {sensitive}. Otherwise go to {gw_sharing_organisation}.",
        ),
    ),
    Question(
        id="sensitive",
        section=WHO,
        text="Is it sensitive personal information?",
        hint=(
            "Sensitive Personal Information/Data is: Physical or mental health, racial or "
            "ethnic origin, political opinions, TU membership, sexual life, criminal "
            "allegations or record."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(WHO_SECTION, SENSITIVE_INFORMATION),
        next=Route(
            ("their_consent", GATEWAYS.entry),
            _after_sensitive,
            "If you have not answered Do you have consent?, go to {their_consent}. "
            "Otherwise go to {gw_sharing_organisation}.",
        ),
    ),
    Question(
        id="their_consent",
        section=WHO,
        text="Do we have their consent?",
        hint=(
            "Check you have consent from all people whose information is to be shared "
            "unless the safeguarding concerns put the child at likelihood of significant "
            "harm or would prevent the child from being harmed."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(WHO_SECTION, CONSENT_TO_SHARE),
        next=Route(
            ("their_consent_exception", "how_much", GATEWAYS.entry),
            _after_their_consent,
            "If No, go to {their_consent_exception}. Otherwise: " + TO_GATEWAYS,
        ),
    ),
    Question(
        id="their_consent_exception",
        section=WHO,
        text=(
            "Do the safeguarding concerns put the child at likelihood of significant harm, "
            "or would seeking consent prevent the child from being protected from harm?"
        ),
        hint=(
            "Check you have consent from all people whose information is to be shared "
            "unless the safeguarding concerns put the child at likelihood of significant "
            "harm or would prevent the child from being harmed. If not, go back to the "
            "consent questions: seek consent, or record why you share without it."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(CONSENT_TO_SHARE, WITHOUT_CONSENT),
        next=Route(("how_much", GATEWAYS.entry), to_gateways, TO_GATEWAYS),
    ),
    # How?
    Question(
        id="how_much",
        section=HOW,
        text="How much information will you share?",
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
        next="fact_and_opinion",
    ),
    Question(
        id="fact_and_opinion",
        section=HOW,
        text="Does the information clearly distinguish between fact and opinion?",
        hint=(
            "Distinguish fact from opinion. Information should be accurate and up to date "
            "and should clearly distinguish between fact and opinion. If the information is "
            "historical then this should be explained."
        ),
        kind=ONE,
        options=YES_NO,
        cites=(HOW_SECTION, ACCURATE),
        next="right_person",
    ),
    Question(
        id="right_person",
        section=HOW,
        text="Are you giving the right information to the right person?",
        hint="Ensure that you are giving the right information to the right person.",
        kind=ONE,
        options=(Option(YES, "Yes"), Option("unsure", "I am not sure")),
        cites=(HOW_SECTION, RULE_3),
        next="transfer_method",
    ),
    Question(
        id="transfer_method",
        section=HOW,
        text="How will the information be shared?",
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
        next=Route(
            ("other_method", "privacy_notice", "tell_individual"),
            _after_transfer_method,
            "If you chose Another method, go to {other_method}. Otherwise, if the information "
            "enables an individual to be identified, go to {privacy_notice}; if not, go to "
            "{tell_individual}.",
        ),
    ),
    Question(
        id="other_method",
        section=HOW,
        text="What will be done instead of Secure email or HertsFX, and why?",
        hint=(
            "Personal Data will only be transferred between agencies by Secure email or "
            "HertsFX. Another method departs from the agreement, and the record shows it."
        ),
        kind=TEXT,
        max_length=500,
        cites=(SECURE_TRANSFER, SECURE),
        next=Route(
            ("privacy_notice", "tell_individual"),
            _after_method,
            "If the information enables an individual to be identified, go to "
            "{privacy_notice}. Otherwise go to {tell_individual}.",
        ),
    ),
    Question(
        id="privacy_notice",
        section=HOW,
        text=(
            "Does the Privacy Notice given when the information was collected say it would "
            "be shared?"
        ),
        hint=(
            "The Privacy Notice (a statement that indicates consent to hold and share "
            "information see consent form) relating to the collection of information should "
            "identify the purposes for which it was collected. The obligation to inform "
            "individuals about sharing (known as fair processing) continues to apply."
        ),
        kind=ONE,
        options=(Option(YES, "Yes"), Option(NO, "No"), Option("unsure", "I am not sure")),
        cites=(CONSIDER_CONSENT, FAIR_PROCESSING),
        next="tell_individual",
    ),
    Question(
        id="tell_individual",
        section=HOW,
        text="Will you inform the individual that the information has been shared?",
        hint=(
            "Inform the individual that the information has been shared if they were not "
            "aware of this, as long as this would not create or increase risk of harm."
        ),
        kind=ONE,
        options=(
            Option("aware", "They are already aware"),
            Option(YES, "Yes"),
            Option(NO, "No: telling them would create or increase risk of harm"),
            Option(
                "prejudice",
                "No: telling them would prejudice the prevention or detection of crime, or "
                "the purpose of sharing",
                "For example, telling individuals how their information will be processed or "
                "shared could prejudice the purpose.",
            ),
        ),
        cites=(HOW_SECTION, DPA_SECTION_29),
        next={
            "aware": "share",
            YES: "share",
            NO: "not_told_reason",
            "prejudice": "not_told_reason",
        },
    ),
    Question(
        id="not_told_reason",
        section=HOW,
        text="Why will they not be told?",
        kind=TEXT,
        max_length=2000,
        cites=(HOW_SECTION, DPA_SECTION_29),
        next="share",
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
        summary="You do not have consent that covers this sharing, and there is no other "
        "reason to share that justifies sharing without it.",
        cites=(Q_ANOTHER_REASON, RULE_4, RULE_7),
    ),
    Outcome(
        id="do_not_share_refusal",
        heading="Do not share",
        indication=DO_NOT_SHARE,
        summary="Consent was sought and refused, and overriding the refusal has not been "
        "shown to be justifiable.",
        cites=(CONSENT_REFUSED, DUTY_OF_CONFIDENCE, RULE_4, RULE_7),
    ),
    Outcome(
        id="do_not_share_best_interests",
        heading="Do not share",
        indication=DO_NOT_SHARE,
        summary="The person lacks capacity to consent to this sharing, and sharing is not in "
        "their best interests.",
        cites=(MCA, RULE_7),
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
