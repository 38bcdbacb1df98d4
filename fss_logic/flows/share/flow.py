"""Should I share? The guide's When?, Who? and How? questions and its consent rules.

Questions are listed in the order they are asked, each with its one routing rule; the
outcomes come last. Words shown to people are the guide's, quoted from the page each
question cites (``when-and-how-to-share.md`` for the five When? questions and their
arrows, ``consent.md`` for consent). Where the guide gives an instruction rather than a
question (the How? list), the legend asks it as a question and the hint quotes the guide.

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
    Question,
    Route,
)

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

SHARE, DO_NOT_SHARE = "share", "do_not_share"  # what the tool indicates


def _after_reason_why(answers) -> str:
    """A refusal of consent may be overridden only where that is justifiable."""
    return "override_justified" if answers.get("why_no_consent") == "refused" else "agencies"


def _after_agencies(answers) -> str:
    return "other_agency" if OTHER_ORGANISATION in answers["agencies"] else "whose_information"


def _after_whose_information(answers) -> str:
    """Sensitivity is asked once: in the consent questions (which follow "Do you have
    consent?", so consent is answered too), or here."""
    return "how_much" if "consent_sensitive" in answers else "sensitive"


def _after_sensitive(answers) -> str:
    """Whether we have their consent is asked here only if the When? path did not ask."""
    return "how_much" if "have_consent" in answers else "their_consent"


def _after_transfer_method(answers) -> str:
    return "other_method" if answers["transfer_method"] == "other" else "tell_individual"


QUESTIONS = (
    # When? The guide's five questions, in its order, with its arrows.
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
        next={YES: "have_consent", NO: "agencies"},
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
        next={YES: "consent_covers_agency", NO: "why_no_consent"},
    ),
    # Consent given: does it cover this agency, and is it explicit where it must be?
    Question(
        id="consent_covers_agency",
        section=CONSENT,
        text=(
            "Where consent has been given to share information with some, but not all, "
            "agencies, does this include the agency you want to share it with?"
        ),
        hint="If you do have consent, then the paragraph above applies. If you do not have "
        "consent, then the paragraph below applies.",
        kind=ONE,
        options=(
            Option(YES, "Yes", "Or the consent covers every agency."),
            Option(NO, "No", "The consent does not include the agency you want to share with."),
        ),
        cites=(PARTIAL_CONSENT,),
        next={YES: "consent_sensitive", NO: "why_not_obtained"},
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
        next={YES: "explicit_consent", NO: "agencies"},
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
        next={"written": "agencies", "verbal": "verbal_consent_record", NO: "why_not_obtained"},
    ),
    Question(
        id="verbal_consent_record",
        section=CONSENT,
        text=(
            "The record of verbal consent: the date, time and what information is to be held/shared"
        ),
        kind=TEXT,
        cites=(EXPLICIT_CONSENT,),
        next="agencies",
    ),
    # No consent: why not?
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
        next={"refused": "another_reason", "not_sought": "why_not_obtained"},
    ),
    Question(
        id="why_not_obtained",
        section=CONSENT,
        text="Why is consent not being sought?",
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
                "Seeking consent would prejudice the purpose",
                "The work of the Family Safeguarding Service might be obstructed if Partners "
                "were to seek consent.",
            ),
            Option(
                "urgent",
                "The need to share is urgent",
                "Seeking consent will lead to unjustified delay in making enquiries about "
                "allegations of significant harm to a child.",
            ),
            Option("other", "Another reason"),
        ),
        cites=(WITHOUT_CONSENT, OTHER_LAWFUL_BASIS, URGENT, RULE_2),
        next="why_not_obtained_details",
    ),
    Question(
        id="why_not_obtained_details",
        section=CONSENT,
        text="Record the reason consent has not been obtained",
        hint="If consent is not obtained, the decision should always be reasonable, necessary "
        "and proportionate, and should always be recorded together with the rationale.",
        kind=TEXT,
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
                "public_interest",
                "The public interest",
                "It is possible to disclose personal information without consent if this is "
                'in the defined category of "Public Interest".',
            ),
        ),
        cites=(Q_ANOTHER_REASON, PUBLIC_INTEREST),
        next="reason_why",
    ),
    Question(
        id="reason_why",
        section=WHEN,
        text="Why does this reason apply?",
        hint="When you are sharing or requesting personal information from someone, be "
        "certain of the basis upon which you are doing so.",
        kind=TEXT,
        cites=(RULE_4,),
        next=Route(
            ("override_justified", "agencies"),
            _after_reason_why,
            "If consent was sought and refused, go to {override_justified}. "
            "Otherwise go to {agencies}.",
        ),
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
        next={YES: "agencies", NO: "do_not_share"},
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
            "If you ticked Another organisation, go to {other_agency}. "
            "Otherwise go to {whose_information}.",
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
            ("sensitive", "how_much"),
            _after_whose_information,
            "If you have already answered whether it is sensitive personal "
            "information, go to {how_much}. Otherwise go to {sensitive}.",
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
            ("their_consent", "how_much"),
            _after_sensitive,
            "If you have already answered Do you have consent?, go to {how_much}. "
            "Otherwise go to {their_consent}.",
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
        next="how_much",
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
            Option("other", "Another method"),
        ),
        cites=(HOW_SECTION, SECURE_TRANSFER),
        next=Route(
            ("other_method", "tell_individual"),
            _after_transfer_method,
            "If you chose Another method, go to {other_method}. Otherwise go to {tell_individual}.",
        ),
    ),
    Question(
        id="other_method",
        section=HOW,
        text="Which other method?",
        kind=TEXT,
        max_length=500,
        cites=(SECURE_TRANSFER, SECURE),
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
        ),
        cites=(HOW_SECTION,),
        next={"aware": "share", YES: "share", NO: "not_told_reason"},
    ),
    Question(
        id="not_told_reason",
        section=HOW,
        text="Why would telling them create or increase risk of harm?",
        kind=TEXT,
        cites=(HOW_SECTION,),
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
        summary="You do not have consent, and there is no other reason to share that "
        "justifies sharing without it.",
        cites=(Q_ANOTHER_REASON, RULE_4, RULE_7),
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
)
