"""The share flow, one block per question: given these answers, this response leads there.

The numbered routes are those the guide requires (issue 9): each is a row here and a test
below that names the guide's words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import replay
from fss_logic.flows.share import KIND
from fss_logic.flows.share import flow as f
from fss_logic.flows.share.flow import FLOW, SECTIONS
from fss_logic.flows.share.rules import cautions, outcome_reasons, reasons_required
from fss_logic.record import why_reasons
from tests.unit.routes import exit_rows, path_to, prefixed
from tests.unit.strategies import paths

START = {"legitimate_purpose": "yes"}
CONFIDENTIAL = {**START, "identifiable": "yes", "confidential": "yes"}
NO_DOUBT = {**CONFIDENTIAL, "capacity_in_doubt": "no"}
CONSENT = {**NO_DOUBT, "have_consent": "yes"}
FOR_PURPOSE = {**CONSENT, "consent_for_purpose": "yes"}
AGENCIES_FIRST = {**FOR_PURPOSE, "consent_agencies": ["signatory-1"]}
COVERED = {**AGENCIES_FIRST, "consent_covers_agency": "yes"}
SENSITIVE = {**COVERED, "consent_sensitive": "yes"}
NO_CONSENT = {**NO_DOUBT, "have_consent": "no"}
REFUSED = {**NO_CONSENT, "why_no_consent": "refused"}
NOT_SOUGHT = {**NO_CONSENT, "why_no_consent": "not_sought"}
UNSAFE = {**NOT_SOUGHT, "why_without_consent": "unsafe", "why_without_consent_details": "Risk"}
ANOTHER = {**UNSAFE, "another_reason": "yes"}
WHO = {**START, "identifiable": "no"}
WHOSE = {**WHO, "agencies": ["signatory-1"], "whose_information": ["child"]}
HOW = {**WHOSE, "sensitive": "no", "their_consent": "yes"}
TRANSFER = {**HOW, "how_much": "all", "fact_and_opinion": "no", "right_person": "yes"}
TELL = {**TRANSFER, "transfer_method": "hertsfx"}
PERSONAL_WHO = {**START, "identifiable": "yes", "confidential": "no"}
PERSONAL_HOW = {
    **PERSONAL_WHO,
    "agencies": ["signatory-1"],
    "whose_information": ["child"],
    "sensitive": "no",
    "their_consent": "yes",
}
GATEWAYS_DONE = {
    **PERSONAL_HOW,
    **prefixed(path_to(f.GATEWAYS.flow, "gateway_identified"), f.GATEWAYS),
}
PERSONAL_TRANSFER = {
    **GATEWAYS_DONE,
    "how_much": "necessary",
    "fact_and_opinion": "yes",
    "right_person": "yes",
}
PI_JUSTIFIED = path_to(f.PUBLIC_INTEREST_REASON.flow, "justified")
OVERRIDE = {
    **REFUSED,
    "refusal_concerns": "Risk to the child",
    **prefixed(PI_JUSTIFIED, f.PUBLIC_INTEREST_OVERRIDE),
}
IN_BEST_INTERESTS = prefixed(
    path_to(f.CAPACITY.flow, "lacks_capacity_sharing_in_best_interests"), f.CAPACITY
)

# (earlier answers, question, response, where it leads)
ROUTES = [
    # When?
    ({}, "legitimate_purpose", "yes", "identifiable"),
    ({}, "legitimate_purpose", "no", "do_not_share_information"),
    (START, "identifiable", "yes", "confidential"),
    (START, "identifiable", "no", "agencies"),
    ({**START, "identifiable": "yes"}, "confidential", "yes", "capacity_in_doubt"),
    ({**START, "identifiable": "yes"}, "confidential", "no", "agencies"),
    # Capacity: the Mental Capacity Act checklist runs inside, where there is doubt.
    (CONFIDENTIAL, "capacity_in_doubt", "yes", f.CAPACITY.entry),
    (CONFIDENTIAL, "capacity_in_doubt", "no", "have_consent"),
    *exit_rows(f.CAPACITY, {**CONFIDENTIAL, "capacity_in_doubt": "yes"}),
    # Consent that counts: for this purpose, covering the agency, explicit where sensitive.
    (NO_DOUBT, "have_consent", "yes", "consent_for_purpose"),
    (NO_DOUBT, "have_consent", "no", "why_no_consent"),
    (CONSENT, "consent_for_purpose", "yes", "consent_agencies"),
    (CONSENT, "consent_for_purpose", "no", "why_without_consent"),
    (FOR_PURPOSE, "consent_agencies", ["signatory-1"], "consent_covers_agency"),
    (FOR_PURPOSE, "consent_agencies", ["other"], "consent_other_agency"),
    (
        {**FOR_PURPOSE, "consent_agencies": ["other"]},
        "consent_other_agency",
        "A charity",
        "consent_covers_agency",
    ),
    (AGENCIES_FIRST, "consent_covers_agency", "yes", "consent_sensitive"),
    (AGENCIES_FIRST, "consent_covers_agency", "no", "why_without_consent"),
    (COVERED, "consent_sensitive", "yes", "explicit_consent"),
    (COVERED, "consent_sensitive", "no", "whose_information"),
    (SENSITIVE, "explicit_consent", "written", "whose_information"),
    (SENSITIVE, "explicit_consent", "verbal", "verbal_consent_record"),
    (SENSITIVE, "explicit_consent", "no", "why_without_consent"),
    (
        {**SENSITIVE, "explicit_consent": "verbal"},
        "verbal_consent_record",
        "3 May, 10:00, school report",
        "whose_information",
    ),
    # No consent that covers this sharing.
    (NO_CONSENT, "why_no_consent", "refused", "refusal_concerns"),
    (NO_CONSENT, "why_no_consent", "not_sought", "why_without_consent"),
    (NOT_SOUGHT, "why_without_consent", "unsafe", "why_without_consent_details"),
    (NOT_SOUGHT, "why_without_consent", "prejudice", "why_without_consent_details"),
    (NOT_SOUGHT, "why_without_consent", "other", "why_without_consent_details"),
    # 1. Urgent, or safeguarding paramount: share now, recording the reason.
    (NOT_SOUGHT, "why_without_consent", "urgent", "urgent_reason"),
    (NOT_SOUGHT, "why_without_consent", "paramount", "urgent_reason"),
    (
        {**NOT_SOUGHT, "why_without_consent": "paramount"},
        "urgent_reason",
        "Immediate risk",
        "agencies",
    ),
    (
        {**AGENCIES_FIRST, "consent_covers_agency": "no", "why_without_consent": "urgent"},
        "urgent_reason",
        "Immediate risk",
        "whose_information",
    ),
    (
        {**NOT_SOUGHT, "why_without_consent": "unsafe"},
        "why_without_consent_details",
        "Risk",
        "another_reason",
    ),
    (UNSAFE, "another_reason", "yes", "which_reason"),
    (UNSAFE, "another_reason", "no", "do_not_share"),
    # 6. The public interest runs the public interest test; another lawful basis is named.
    (ANOTHER, "which_reason", ["public_interest"], f.PUBLIC_INTEREST_REASON.entry),
    (ANOTHER, "which_reason", ["other_lawful_basis"], "reason_why"),
    (ANOTHER, "which_reason", ["public_function", "vital_interests"], "reason_why"),
    *exit_rows(f.PUBLIC_INTEREST_REASON, {**ANOTHER, "which_reason": ["public_interest"]}),
    (
        {
            **ANOTHER,
            "which_reason": ["public_interest"],
            **prefixed(
                path_to(f.PUBLIC_INTEREST_REASON.flow, "not_justified"), f.PUBLIC_INTEREST_REASON
            ),
        },
        "public_interest_fell_short",
        "no",
        "do_not_share",
    ),
    (
        {
            **ANOTHER,
            "which_reason": ["vital_interests", "public_interest"],
            **prefixed(
                path_to(f.PUBLIC_INTEREST_REASON.flow, "not_justified"), f.PUBLIC_INTEREST_REASON
            ),
        },
        "public_interest_fell_short",
        "yes",
        "reason_why",
    ),
    ({**ANOTHER, "which_reason": ["vital_interests"]}, "reason_why", "Risk to life", "agencies"),
    (
        {
            **AGENCIES_FIRST,
            "consent_covers_agency": "no",
            "why_without_consent": "unsafe",
            "why_without_consent_details": "Risk",
            "another_reason": "yes",
            "which_reason": ["vital_interests"],
        },
        "reason_why",
        "Risk to life",
        "whose_information",
    ),
    # 2. A refusal is weighed: the public interest test, then "is it justifiable?".
    (REFUSED, "refusal_concerns", "Risk to the child", f.PUBLIC_INTEREST_OVERRIDE.entry),
    *exit_rows(f.PUBLIC_INTEREST_OVERRIDE, {**REFUSED, "refusal_concerns": "Risk"}),
    (OVERRIDE, "override_justified", "yes", "override_reasons"),
    (OVERRIDE, "override_justified", "no", "do_not_share_refusal"),
    ({**OVERRIDE, "override_justified": "yes"}, "override_reasons", "Proportionate", "agencies"),
    # Who?
    (WHO, "agencies", ["signatory-1"], "whose_information"),
    (WHO, "agencies", ["signatory-1", "other"], "other_agency"),
    ({**WHO, "agencies": ["other"]}, "other_agency", "A charity", "whose_information"),
    ({**WHO, "agencies": ["signatory-1"]}, "whose_information", ["child"], "sensitive"),
    (
        {**COVERED, "consent_sensitive": "no"},
        "whose_information",
        ["child"],
        f.GATEWAYS.entry,
    ),
    (WHOSE, "sensitive", "no", "their_consent"),
    (
        {**WHOSE, "sensitive": "no", "their_consent": "no"},
        "their_consent_exception",
        "yes",
        "how_much",
    ),
    (
        {
            **PERSONAL_WHO,
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
            "sensitive": "yes",
        },
        "their_consent",
        "no",
        "their_consent_exception",
    ),
    (
        {
            **PERSONAL_WHO,
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
            "sensitive": "yes",
        },
        "their_consent",
        "yes",
        f.GATEWAYS.entry,
    ),
    (
        {
            **PERSONAL_WHO,
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
            "sensitive": "yes",
            "their_consent": "no",
        },
        "their_consent_exception",
        "no",
        f.GATEWAYS.entry,
    ),
    (WHOSE, "sensitive", "yes", "their_consent"),
    ({**WHOSE, "sensitive": "no"}, "their_consent", "yes", "how_much"),
    (
        {
            **OVERRIDE,
            "override_justified": "yes",
            "override_reasons": "x",
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
        },
        "sensitive",
        "yes",
        f.GATEWAYS.entry,
    ),
    (
        {
            **CONFIDENTIAL,
            "capacity_in_doubt": "yes",
            **IN_BEST_INTERESTS,
            "agencies": ["signatory-1"],
            "whose_information": ["child"],
        },
        "sensitive",
        "no",
        "their_consent",
    ),
    # The legal gateways run inside, for personal information, before How?.
    *exit_rows(f.GATEWAYS, PERSONAL_HOW),
    # How?
    (HOW, "how_much", "necessary", "fact_and_opinion"),
    (HOW, "how_much", "all", "fact_and_opinion"),
    ({**HOW, "how_much": "all"}, "fact_and_opinion", "yes", "right_person"),
    ({**HOW, "how_much": "all"}, "fact_and_opinion", "no", "right_person"),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no"},
        "right_person",
        "yes",
        "transfer_method",
    ),
    (
        {**HOW, "how_much": "all", "fact_and_opinion": "no"},
        "right_person",
        "unsure",
        "transfer_method",
    ),
    (TRANSFER, "transfer_method", "secure_email", "tell_individual"),
    (TRANSFER, "transfer_method", "hertsfx", "tell_individual"),
    (PERSONAL_TRANSFER, "transfer_method", "hertsfx", "privacy_notice"),
    # 9. Another method: what will be done instead, shown as a departure.
    (TRANSFER, "transfer_method", "other", "other_method"),
    ({**TRANSFER, "transfer_method": "other"}, "other_method", "Fax", "tell_individual"),
    (
        {**PERSONAL_TRANSFER, "transfer_method": "other"},
        "other_method",
        "Fax",
        "privacy_notice",
    ),
    # 7. Fair processing: the Privacy Notice.
    (
        {**PERSONAL_TRANSFER, "transfer_method": "hertsfx"},
        "privacy_notice",
        "yes",
        "tell_individual",
    ),
    (
        {**PERSONAL_TRANSFER, "transfer_method": "hertsfx"},
        "privacy_notice",
        "no",
        "tell_individual",
    ),
    (
        {**PERSONAL_TRANSFER, "transfer_method": "hertsfx"},
        "privacy_notice",
        "unsure",
        "tell_individual",
    ),
    (TELL, "tell_individual", "aware", "share"),
    (TELL, "tell_individual", "yes", "share"),
    (TELL, "tell_individual", "no", "not_told_reason"),
    # 8. The other reason not to tell: it would prejudice crime prevention or the purpose.
    (TELL, "tell_individual", "prejudice", "not_told_reason"),
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


def finish(answers: dict) -> dict:
    """On to the outcome from ``answers``, by first options."""
    return path_to(FLOW, "share", answers) if replay(FLOW, answers).current else answers


def reasons_text(answers: dict) -> str:
    state = replay(FLOW, answers)
    return " ".join(r.text for r in outcome_reasons(state.outcome.id, state.answers))


def test_1_urgent_or_paramount_shares_now_and_never_ends_in_do_not_share():
    for why in ("urgent", "paramount"):
        answers = finish({**NOT_SOUGHT, "why_without_consent": why, "urgent_reason": "Now"})
        state = replay(FLOW, answers)
        assert state.outcome.id == "share"
        assert "take immediate action and share the information without consent" in (
            reasons_text(answers)
        )
    assert "safeguarding is paramount" in reasons_text(
        finish({**NOT_SOUGHT, "why_without_consent": "paramount", "urgent_reason": "Now"})
    )


@settings(max_examples=200)
@given(data=st.data())
def test_no_path_after_urgent_or_paramount_reaches_do_not_share(data):
    start = data.draw(
        st.sampled_from([NOT_SOUGHT, {**AGENCIES_FIRST, "consent_covers_agency": "no"}])
    )
    why = data.draw(st.sampled_from(["urgent", "paramount"]))
    answers = data.draw(paths(FLOW, given={**start, "why_without_consent": why}))
    assert replay(FLOW, answers).outcome.indication == f.SHARE


@settings(max_examples=300)
@given(paths(FLOW))
def test_no_share_indication_without_a_recorded_reason(answers):
    """A share indication without consent that counts always asked for the reason in the
    person's own words, and sharing requires reasons in the record (the core requires them
    for every decision)."""
    state = replay(FLOW, answers)
    asked = set(state.answers)
    if state.outcome.indication == f.SHARE and answers.get("confidential") == "yes":
        from fss_logic.flows.share.rules import has_consent, lacks_capacity_in_best_interests

        if not has_consent(state.answers) and not lacks_capacity_in_best_interests(state.answers):
            written = {"urgent_reason", "reason_why", "override_reasons"}
            assert asked & written, sorted(asked)
            assert why_reasons(KIND, state, f.SHARE), "the reasons must say why"


def test_2_a_refusal_asks_whether_overriding_is_justifiable_and_says_must():
    question = FLOW.question("override_justified")
    assert "information can and MUST be shared" in question.hint
    answers = finish({**OVERRIDE, "override_justified": "yes", "override_reasons": "x"})
    state = replay(FLOW, answers)
    assert state.outcome.id == "share"
    assert "can and MUST be shared" in reasons_text(answers)
    required = [r.text for r in reasons_required(state.answers, f.SHARE, f.SHARE)]
    assert any("overriding a refusal of consent" in text for text in required)


def test_3_when_overriding_is_not_justified_the_summary_does_not_speak_of_another_reason():
    answers = {**OVERRIDE, "override_justified": "no"}
    state = replay(FLOW, answers)
    assert state.outcome.id == "do_not_share_refusal"
    assert "no other reason" not in state.outcome.summary
    assert "another reason" not in reasons_text(answers).lower()
    assert "Overriding the refusal is not considered justifiable" in reasons_text(answers)


def test_4_consent_that_falls_short_is_not_treated_as_consent_never_sought():
    question = FLOW.question("why_without_consent")
    assert question.text == "Why are you not seeking consent that covers this sharing?"
    answers = {**AGENCIES_FIRST, "consent_covers_agency": "no", "why_without_consent": "unsafe"}
    answers = finish({**answers, "why_without_consent_details": "x", "another_reason": "no"})
    text = reasons_text(answers)
    assert "does not include the agency you want to share with" in text
    # The agencies are chosen before "does this include the agency?" is asked.
    order = [q.id for q, _ in replay(FLOW, answers).path]
    assert order.index("consent_agencies") < order.index("consent_covers_agency")


def test_5_who_without_their_consent_cautions_and_points_back_to_the_consent_rules():
    answers = {**PERSONAL_WHO, "agencies": ["signatory-1"], "whose_information": ["child"]}
    answers.update(sensitive="yes", their_consent="no", their_consent_exception="no")
    answers = finish(answers)
    state = replay(FLOW, answers)
    found = " ".join(c.text for c in cautions(state.outcome.id, state.answers))
    assert "go back to the consent questions" in found


def test_6_public_interest_with_no_criterion_does_not_justify_and_another_lawful_basis_exists():
    options = [o.value for o in FLOW.question("which_reason").options]
    assert "other_lawful_basis" in options
    no_criterion = prefixed({"criterion_applies": "no"}, f.PUBLIC_INTEREST_REASON)
    answers = {**ANOTHER, "which_reason": ["public_interest"], **no_criterion}
    assert replay(FLOW, answers).current.id == "public_interest_fell_short"
    final = {**answers, "public_interest_fell_short": "no"}
    assert replay(FLOW, final).outcome.id == "do_not_share"
    assert "does not justify disclosure" in reasons_text(final)


def test_7_duty_of_confidence_and_fair_processing_are_asked():
    assert FLOW.question("pio_holder_views_sought")
    assert "fair processing" in FLOW.question("privacy_notice").hint
    answers = finish({**PERSONAL_TRANSFER, "transfer_method": "hertsfx", "privacy_notice": "no"})
    state = replay(FLOW, answers)
    found = " ".join(c.text for c in cautions(state.outcome.id, state.answers))
    assert "fair processing" in found


def test_8_not_telling_because_it_would_prejudice_crime_or_the_purpose():
    labels = [o.label for o in FLOW.question("tell_individual").options]
    assert (
        "No: telling them would prejudice the prevention or detection of crime, or the purpose "
        "of sharing" in labels
    )


def test_9_another_transfer_method_is_a_departure_with_what_is_done_instead():
    answers = finish({**TRANSFER, "transfer_method": "other", "other_method": "By hand"})
    state = replay(FLOW, answers)
    found = " ".join(c.text for c in cautions(state.outcome.id, state.answers))
    assert "A departure from the agreement" in found and "By hand" in found
    required = " ".join(r.text for r in reasons_required(state.answers, f.SHARE, f.SHARE))
    assert "other than Secure email or HertsFX" in required


def test_lacking_capacity_follows_best_interests():
    answers = finish({**CONFIDENTIAL, "capacity_in_doubt": "yes", **IN_BEST_INTERESTS})
    assert replay(FLOW, answers).outcome.id == "share"
    assert "sharing is in their best interests" in reasons_text(answers)


def test_the_indication_is_shown_as_soon_as_the_when_questions_decide_it():
    from fss_logic.flows.share.rules import indication_so_far

    assert indication_so_far(FLOW.question("agencies"), {}) == "share"
    assert indication_so_far(FLOW.question(f.GATEWAYS.entry), {}) == "share"
    assert indication_so_far(FLOW.question("consent_agencies"), {}) is None
    assert indication_so_far(FLOW.question("have_consent"), {}) is None


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
        "do_not_share_refusal": "Do not share",
        "do_not_share_best_interests": "Do not share",
        "share": "You can share but should consider how",
    }


def test_every_question_belongs_to_a_section_and_cites_the_guide():
    for question in FLOW.questions:
        assert question.section in SECTIONS or question.part, question.id
        assert question.cites, question.id


def test_agencies_are_the_signatories_and_another_organisation():
    from fss_logic.agreement import load_agreement

    labels = [o.label for o in FLOW.question("agencies").options]
    assert labels == [*load_agreement().signatories, "Another organisation"]


GUIDE_WHEN = (
    __import__("pathlib").Path(__file__).resolve().parents[2] / "docs" / "when-and-how-to-share.md"
)
WHEN_SETUP = {
    "legitimate_purpose": {},
    "identifiable": START,
    "confidential": {**START, "identifiable": "yes"},
    "have_consent": NO_DOUBT,
    "another_reason": UNSAFE,
}
CONSENT_THAT_COUNTS = {
    "consent_for_purpose": "yes",
    "consent_agencies": ["signatory-1"],
    "consent_covers_agency": "yes",
    "consent_sensitive": "no",
}


def guide_when_arrows() -> list[tuple[str, str, str]]:
    """(question, Yes or No, where the guide's arrow points) from the guide's When? part."""
    import re

    text = GUIDE_WHEN.read_text("utf-8").split("## Who?")[0]
    arrows = []
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        question = block.splitlines()[0].split(" {#")[0]
        for answer, where in re.findall(r"^- (Yes|No) – (.+)$", block, flags=re.M):
            arrows.append((question, answer, where))
    return arrows


def test_the_when_questions_follow_the_guides_arrows():
    """The guide's When? page and the tool agree, arrow by arrow: "see next question" asks
    the guide's next question (the consent rules may come between), and each end is the
    outcome the guide names."""
    arrows = guide_when_arrows()
    assert len(arrows) == 10
    by_text = {q.text: q.id for q in FLOW.questions}
    when_ids = [by_text[question] for question, _, _ in arrows[::2]]
    for number, (question, answer, where) in enumerate(arrows):
        question_id = by_text[question]
        answers = {**WHEN_SETUP[question_id], question_id: answer.lower()}
        if question_id == "have_consent" and answer == "Yes":
            answers.update(CONSENT_THAT_COUNTS)
        if where == "see next question":
            following = when_ids[when_ids.index(question_id) + 1]
            if question_id == "have_consent":  # the consent rules come between
                answers.update(why_no_consent="not_sought", why_without_consent="unsafe")
                answers.update(why_without_consent_details="Risk")
            elif question_id == "confidential":  # and capacity, where there is no doubt
                answers.update(capacity_in_doubt="no")
            assert replay(FLOW, answers).current.id == following, (question, answer)
            continue
        state = replay(FLOW, finish(answers))
        heading = {
            "you can share but should consider how": "You can share but should consider how",
            "then do not share information": "Do not share information",
            "do not share": "Do not share",
        }[where]
        assert state.outcome.heading == heading, (question, answer, number)
