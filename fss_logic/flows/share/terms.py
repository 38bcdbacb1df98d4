"""The share tool's terms: the guide paragraphs it cites, what it indicates, the other tools
it runs inside it (its parts), and the small tests of the answers that the routing
(``flow.py``), the consent position (``consent.py``), the departures (``departures.py``) and
the rules (``rules.py``) all read.

This module imports only the engine and the other tools; nothing in this package, so each
of those can import it without a circle.
"""

from __future__ import annotations

from fss_logic.flow import YES, Answers, Cite, Part, part_answers, replay
from fss_logic.flows.capacity import FLOW as CAPACITY_FLOW
from fss_logic.flows.gateways import FLOW as GATEWAYS_FLOW
from fss_logic.flows.gateways.terms import NO_GATEWAY_IDENTIFIED
from fss_logic.flows.public_interest import FLOW as PUBLIC_INTEREST_FLOW

# The guide paragraphs this tool cites. tests/site checks each anchor exists on the site.
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
CONSIDER_BEFORE_SHARING = Cite(
    "consent.md#consider-before-sharing",
    "Consider the following before sharing information - if in doubt seek advice from a manager",
)
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
MOST_IMPORTANT = Cite("principles.md#principles", "Principles")
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
LAWFUL_BASIS_PAGE = Cite(
    "tools/share.md#lawful-basis", "The lawful basis under data protection law"
)
THE_RULES = Cite("tools/share.md#the-rules", "The rules this tool applies")

# What the tool indicates. "Not yet" is a step to take first (seek consent, seek the views
# of the organisation that holds the Duty of Confidence, seek advice, put something right):
# it is not a refusal.
SHARE, DO_NOT_SHARE, NOT_YET = "share", "do_not_share", "not_yet"

# The other tools, run inside this one where the guide sends a practitioner to them.
# Information found confidential, shared without consent, overrides a Duty of Confidence
# without consent: the public interest test does not ask it again. A capacity doubt given
# here is not asked again by the checklist.
CONFIDENCE_OVERRIDDEN = {"overrides_duty_of_confidence": YES}
CAPACITY = Part(
    CAPACITY_FLOW,
    "mca_",
    {outcome.id: "after_capacity" for outcome in CAPACITY_FLOW.outcomes},
    settled={"reason_to_doubt": YES},
)
PUBLIC_INTEREST_REASON = Part(
    PUBLIC_INTEREST_FLOW,
    "pi_",
    {
        "justified": "gw_sharing_organisation",
        "not_justified": "do_not_share",
        "seek_views_first": "seek_views_first",
        "holder_against": "holder_against",
    },
    settled=CONFIDENCE_OVERRIDDEN,
)
PUBLIC_INTEREST_OVERRIDE = Part(
    PUBLIC_INTEREST_FLOW,
    "pio_",
    {
        "justified": "gw_sharing_organisation",
        "not_justified": "do_not_share_refusal",
        "seek_views_first": "seek_views_first",
        "holder_against": "holder_against",
    },
    settled=CONFIDENCE_OVERRIDDEN,
)
GATEWAYS = Part(
    GATEWAYS_FLOW,
    "gw_",
    {outcome.id: "lawful_basis" for outcome in GATEWAYS_FLOW.outcomes},
)
PARTS = (CAPACITY, PUBLIC_INTEREST_REASON, PUBLIC_INTEREST_OVERRIDE, GATEWAYS)

UNSURE = "unsure"
"""The answer "I am not sure" (the right person; what the Privacy Notice says)."""
URGENT_OR_PARAMOUNT = ("urgent", "paramount")
LEGAL_REQUIREMENT = "legal_requirement"


def required_by_law(answers: Answers) -> bool:
    """The reason relied on is a legal requirement to disclose (a court order, an Act)."""
    return answers.get("another_reason") == LEGAL_REQUIREMENT


def urgent(answers: Answers) -> bool:
    """consent.md#urgent-sharing: urgent, or safeguarding paramount: share now."""
    return answers.get("urgent") in URGENT_OR_PARAMOUNT


def part_outcome(answers: Answers, part: Part) -> str | None:
    """The id of the outcome a part reached, or None if the path did not go through it."""
    own = part_answers(answers, part)
    if not own:
        return None
    reached = replay(part.flow, own).outcome
    return reached.id if reached else None


def no_gateway_for_a_public_body(answers: Answers) -> bool:
    """The legal gateways found none, for an organisation that needs one: a public body acts
    only where the law gives it a power or duty (a GP practice, a charity or a private
    provider needs none: the gateways tool says so). A legal requirement to disclose is
    itself the duty: its reasons name it."""
    return part_outcome(answers, GATEWAYS) == NO_GATEWAY_IDENTIFIED and not required_by_law(answers)
