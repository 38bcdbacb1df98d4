"""The share flow, one block per question: given these answers, this response leads there."""

from __future__ import annotations

import pytest

from fss_logic.flow import replay
from fss_logic.flows.share.flow import FLOW, SECTIONS

START = {"legitimate_purpose": "yes"}
CONFIDENTIAL = {**START, "identifiable": "yes", "confidential": "yes"}
CONSENT = {**CONFIDENTIAL, "have_consent": "yes"}
NO_CONSENT = {**CONFIDENTIAL, "have_consent": "no"}
REFUSED = {**NO_CONSENT, "why_no_consent": "refused"}
NOT_SOUGHT = {**NO_CONSENT, "why_no_consent": "not_sought"}
WHO = {**START, "identifiable": "no"}
HOW = {
    **WHO,
    "agencies": ["signatory-1"],
    "whose_information": ["child"],
    "sensitive": "no",
    "their_consent": "yes",
}

# (earlier answers, question, response, where it leads)
ROUTES = [
    ({}, "legitimate_purpose", "yes", "identifiable"),
    ({}, "legitimate_purpose", "no", "do_not_share_information"),
    (START, "identifiable", "yes", "confidential"),
    (START, "identifiable", "no", "agencies"),
    ({**START, "identifiable": "yes"}, "confidential", "yes", "have_consent"),
    ({**START, "identifiable": "yes"}, "confidential", "no", "agencies"),
    (CONFIDENTIAL, "have_consent", "yes", "consent_covers_agency"),
    (CONFIDENTIAL, "have_consent", "no", "why_no_consent"),
    (CONSENT, "consent_covers_agency", "yes", "consent_sensitive"),
    (CONSENT, "consent_covers_agency", "no", "why_not_obtained"),
    ({**CONSENT, "consent_covers_agency": "yes"}, "consent_sensitive", "yes", "explicit_consent"),
    ({**CONSENT, "consent_covers_agency": "yes"}, "consent_sensitive", "no", "agencies"),
    (
        {**CONSENT, "consent_covers_agency": "yes", "consent_sensitive": "yes"},
        "explicit_consent",
        "written",
        "agencies",
    ),
    (
        {**CONSENT, "consent_covers_agency": "yes", "consent_sensitive": "yes"},
        "explicit_consent",
        "verbal",
        "verbal_consent_record",
    ),
    (
        {**CONSENT, "consent_covers_agency": "yes", "consent_sensitive": "yes"},
        "explicit_consent",
        "no",
        "why_not_obtained",
    ),
    (
        {
            **CONSENT,
            "consent_covers_agency": "yes",
            "consent_sensitive": "yes",
            "explicit_consent": "verbal",
        },
        "verbal_consent_record",
        "Phone, 3 May 10:00",
        "agencies",
    ),
    (NO_CONSENT, "why_no_consent", "refused", "another_reason"),
    (NO_CONSENT, "why_no_consent", "not_sought", "why_not_obtained"),
    (NOT_SOUGHT, "why_not_obtained", "urgent", "why_not_obtained_details"),
    (NOT_SOUGHT, "why_not_obtained", "other", "why_not_obtained_details"),
    (
        {**NOT_SOUGHT, "why_not_obtained": "unsafe"},
        "why_not_obtained_details",
        "Risk",
        "another_reason",
    ),
    (REFUSED, "another_reason", "yes", "which_reason"),
    (REFUSED, "another_reason", "no", "do_not_share"),
    ({**REFUSED, "another_reason": "yes"}, "which_reason", ["public_interest"], "reason_why"),
    (
        {**REFUSED, "another_reason": "yes", "which_reason": ["vital_interests"]},
        "reason_why",
        "Risk to life",
        "override_justified",
    ),
    (
        {
            **NOT_SOUGHT,
            "why_not_obtained": "urgent",
            "why_not_obtained_details": "Now",
            "another_reason": "yes",
            "which_reason": ["public_function"],
        },
        "reason_why",
        "Duty",
        "agencies",
    ),
    (
        {
            **REFUSED,
            "another_reason": "yes",
            "which_reason": ["vital_interests"],
            "reason_why": "Risk",
        },
        "override_justified",
        "yes",
        "agencies",
    ),
    (
        {
            **REFUSED,
            "another_reason": "yes",
            "which_reason": ["vital_interests"],
            "reason_why": "Risk",
        },
        "override_justified",
        "no",
        "do_not_share",
    ),
    (WHO, "agencies", ["signatory-1"], "whose_information"),
    (WHO, "agencies", ["signatory-1", "other"], "other_agency"),
    ({**WHO, "agencies": ["other"]}, "other_agency", "A school", "whose_information"),
    ({**WHO, "agencies": ["signatory-1"]}, "whose_information", ["child"], "sensitive"),
    (
        {
            **CONSENT,
            "consent_covers_agency": "yes",
            "consent_sensitive": "no",
            "agencies": ["signatory-1"],
        },
        "whose_information",
        ["parent"],
        "how_much",
    ),
    (
        {**WHO, "agencies": ["signatory-1"], "whose_information": ["child"]},
        "sensitive",
        "yes",
        "their_consent",
    ),
    (
        {
            **NOT_SOUGHT,
            "why_not_obtained": "urgent",
            "why_not_obtained_details": "Now",
            "another_reason": "yes",
            "which_reason": ["public_function"],
            "reason_why": "Duty",
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
        },
        "sensitive",
        "no",
        "how_much",
    ),
    (
        {**WHO, "agencies": ["signatory-1"], "whose_information": ["child"], "sensitive": "no"},
        "their_consent",
        "no",
        "how_much",
    ),
    (HOW, "how_much", "necessary", "fact_and_opinion"),
    (HOW, "how_much", "all", "fact_and_opinion"),
    ({**HOW, "how_much": "all"}, "fact_and_opinion", "no", "right_person"),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no"},
        "right_person",
        "unsure",
        "transfer_method",
    ),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no", "right_person": "yes"},
        "transfer_method",
        "hertsfx",
        "tell_individual",
    ),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no", "right_person": "yes"},
        "transfer_method",
        "other",
        "other_method",
    ),
    (
        {
            **HOW,
            "how_much": "all",
            "fact_and_opinion": "no",
            "right_person": "yes",
            "transfer_method": "other",
        },
        "other_method",
        "Post",
        "tell_individual",
    ),
    # Every answer to every question, including those that all lead the same way.
    (NOT_SOUGHT, "why_not_obtained", "unsafe", "why_not_obtained_details"),
    (NOT_SOUGHT, "why_not_obtained", "prejudice", "why_not_obtained_details"),
    ({k: v for k, v in HOW.items() if k != "their_consent"}, "their_consent", "yes", "how_much"),
    ({**HOW, "how_much": "all"}, "fact_and_opinion", "yes", "right_person"),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no"},
        "right_person",
        "yes",
        "transfer_method",
    ),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no", "right_person": "yes"},
        "transfer_method",
        "secure_email",
        "tell_individual",
    ),
]
TELL = {
    **HOW,
    "how_much": "necessary",
    "fact_and_opinion": "yes",
    "right_person": "yes",
    "transfer_method": "secure_email",
}
ROUTES += [
    (TELL, "tell_individual", "aware", "share"),
    (TELL, "tell_individual", "yes", "share"),
    (TELL, "tell_individual", "no", "not_told_reason"),
    ({**TELL, "tell_individual": "no"}, "not_told_reason", "Would alert the parent", "share"),
]


@pytest.mark.parametrize(
    ("earlier", "question", "response", "leads_to"),
    ROUTES,
    ids=[f"{q}={r}" for _, q, r, _ in ROUTES],
)
def test_response_leads_there(earlier, question, response, leads_to):
    before = replay(FLOW, earlier)
    assert before.current is not None and before.current.id == question, "setup reaches it"
    after = replay(FLOW, {**earlier, question: response})
    reached = after.outcome.id if after.outcome else after.current.id
    assert reached == leads_to


def test_every_question_and_every_answer_has_a_row():
    covered = {(q, r if isinstance(r, str) else None) for _, q, r, _ in ROUTES}
    for question in FLOW.questions:
        assert any(q == question.id for q, _ in covered), question.id
        if isinstance(question.next, dict):  # routed by answer: each answer has a row
            for option in question.options:
                assert (question.id, option.value) in covered, (question.id, option.value)


def test_the_five_when_questions_use_the_guides_words_in_its_order():
    assert [
        q.text
        for q in FLOW.questions
        if q.id
        in (
            "legitimate_purpose",
            "identifiable",
            "confidential",
            "have_consent",
            "another_reason",
        )
    ] == [
        "Is there a clear and legitimate purpose for sharing information?",
        "Does the information enable an individual to be identified?",
        "Is the information confidential?",
        "Do you have consent?",
        "Is there another reason to share information such as to fulfil a public function "
        "or to protect the vital interests of the individual?",
    ]


def test_outcomes_use_the_guides_words():
    headings = {o.id: o.heading for o in FLOW.outcomes}
    assert headings == {
        "do_not_share_information": "Do not share information",
        "do_not_share": "Do not share",
        "share": "You can share but should consider how",
    }


def test_every_question_belongs_to_a_section_and_cites_the_guide():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id


def test_agencies_are_the_signatories_and_another_organisation():
    from fss_logic.agreement import load_agreement

    labels = [o.label for o in FLOW.question("agencies").options]
    assert labels == [*load_agreement().signatories, "Another organisation"]
