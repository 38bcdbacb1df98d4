"""The legal gateways flow, one block per question: given these answers, this response leads
there. Then the rules: which gateways may apply, and the consideration that decided it; and
the tool's page, which says the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import Cite, replay
from fss_logic.flows.gateways import KIND, rules
from fss_logic.flows.gateways import flow as f
from fss_logic.flows.gateways import terms as t
from fss_logic.flows.gateways.flow import FLOW, SECTIONS
from fss_logic.legislation import SECTION_16LA as SECTION_16LA_STATUS
from fss_logic.record_form import validate_form
from tests.unit.strategies import paths

PAGE = Path(__file__).resolve().parents[2] / "docs" / "tools" / "gateways.md"


def orgs(sharer: str, recipient: str, *purposes: str, **more) -> dict:
    """Answers up to and including the purposes."""
    answers = {"sharing_organisation": sharer, "receiving_organisation": recipient}
    if purposes:
        answers["purposes"] = list(purposes)
    return {**answers, **more}


SHARERS = [o.value for o in FLOW.question("sharing_organisation").options]
RECIPIENTS = [o.value for o in FLOW.question("receiving_organisation").options]

# Section 16LA's page: answers to each of its questions. A question its condition skips is
# not asked, and its answer here is not used.
S16LA_IN_SCOPE = {"s16la_sharer_in_scope": "yes", "s16la_recipient_in_scope": "yes"}
S16LA_TO_DETRIMENT = {**S16LA_IN_SCOPE, "s16la_facilitate": "yes"}
S16LA_MET = {**S16LA_TO_DETRIMENT, "s16la_detriment": "no"}
S16LA_NOT_MET = {**S16LA_IN_SCOPE, "s16la_facilitate": "no", "s16la_detriment": "no"}


def child(sharer: str, recipient: str, *purposes: str, **more) -> dict:
    """Answers up to the end of section 16LA's page, on which the duty's test is met."""
    return orgs(sharer, recipient, *purposes, **{**S16LA_MET, **more})


CRIME = orgs("charity", "school", "crime_and_disorder")
KNOWN_AUTHORITY = orgs("police", "la_children", "crime_and_disorder")
SCOPE = orgs("nhs_trust", "charity", "direct_care")
CARE = orgs("nhs_trust", "gp", "direct_care")
CHANNEL = orgs("school", "channel_panel", "prevent")
REFERRAL = orgs("police", "channel_panel", "prevent")
PAGE_ALL_FOUR = orgs("charity", "school", "child_welfare")  # neither is in section 11(1)

# (earlier answers, question, response, where it leads)
ROUTES = [
    *(({}, "sharing_organisation", kind, "receiving_organisation") for kind in SHARERS),
    *(
        ({"sharing_organisation": "police"}, "receiving_organisation", kind, "purposes")
        for kind in RECIPIENTS
    ),
    # The purposes: on to the first limit question that applies.
    (orgs("charity", "police"), "purposes", ["child_welfare"], "s16la_sharer_in_scope"),
    (orgs("police", "school"), "purposes", ["child_in_need"], "s16la_recipient_in_scope"),
    (orgs("police", "la_children"), "purposes", ["significant_harm"], "s16la_facilitate"),
    (orgs("charity", "school"), "purposes", ["crime_and_disorder"], "recipient_relevant_authority"),
    (orgs("police", "la_children"), "purposes", ["crime_and_disorder"], "necessary_or_expedient"),
    (orgs("nhs_trust", "charity"), "purposes", ["direct_care"], "health_care_scope"),
    (orgs("nhs_trust", "gp"), "purposes", ["direct_care"], "best_interests"),
    (orgs("school", "channel_panel"), "purposes", ["prevent"], "channel_partner"),
    (orgs("police", "channel_panel"), "purposes", ["prevent"], "reasonable_grounds"),
    (orgs("police", "la_children"), "purposes", ["law_enforcement"], "gateways_relied_on"),
    # Section 16LA, one page: the scope questions only for kinds not in section 11(1).
    (PAGE_ALL_FOUR, "s16la_sharer_in_scope", "yes", "s16la_recipient_in_scope"),
    (PAGE_ALL_FOUR, "s16la_sharer_in_scope", "no", "s16la_recipient_in_scope"),
    (PAGE_ALL_FOUR, "s16la_sharer_in_scope", "not_sure", "s16la_recipient_in_scope"),
    (
        orgs("charity", "police", "child_welfare"),
        "s16la_sharer_in_scope",
        "yes",
        "s16la_facilitate",
    ),
    *(
        (orgs("police", "school", "child_welfare"), "s16la_recipient_in_scope", answer, to)
        for answer, to in (
            ("yes", "s16la_facilitate"),
            ("no", "s16la_facilitate"),
            ("not_sure", "s16la_facilitate"),
        )
    ),
    (orgs("police", "la_children", "child_welfare"), "s16la_facilitate", "yes", "s16la_detriment"),
    (orgs("police", "la_children", "child_welfare"), "s16la_facilitate", "no", "s16la_detriment"),
    # After section 16LA's page: on to the next limit question that applies.
    *(
        (
            orgs("police", "la_children", "child_welfare", **S16LA_TO_DETRIMENT),
            "s16la_detriment",
            answer,
            "gateways_relied_on",
        )
        for answer in ("yes", "no")
    ),
    *(
        (
            orgs(sharer, recipient, "child_welfare", also, **S16LA_TO_DETRIMENT),
            "s16la_detriment",
            "no",
            to,
        )
        for sharer, recipient, also, to in (
            ("charity", "school", "crime_and_disorder", "recipient_relevant_authority"),
            ("police", "la_children", "crime_and_disorder", "necessary_or_expedient"),
            ("nhs_trust", "charity", "direct_care", "health_care_scope"),
            ("nhs_trust", "gp", "direct_care", "best_interests"),
            ("school", "channel_panel", "prevent", "channel_partner"),
            ("police", "channel_panel", "prevent", "reasonable_grounds"),
        )
    ),
    # Section 115: is the recipient a relevant authority?
    (CRIME, "recipient_relevant_authority", "authority", "necessary_or_expedient"),
    (CRIME, "recipient_relevant_authority", "on_behalf", "necessary_or_expedient"),
    (CRIME, "recipient_relevant_authority", "no", "gateways_relied_on"),
    (CRIME, "recipient_relevant_authority", "not_sure", "gateways_relied_on"),
    (
        orgs("charity", "other", "crime_and_disorder", "direct_care"),
        "recipient_relevant_authority",
        "no",
        "health_care_scope",
    ),
    (
        orgs("gp", "nhs_trust", "crime_and_disorder", "direct_care"),
        "recipient_relevant_authority",
        "no",
        "best_interests",
    ),
    (
        orgs("school", "channel_panel", "crime_and_disorder", "prevent"),
        "recipient_relevant_authority",
        "no",
        "channel_partner",
    ),
    (
        orgs("police", "channel_panel", "crime_and_disorder", "prevent"),
        "recipient_relevant_authority",
        "no",
        "reasonable_grounds",
    ),
    # Section 115: necessary or expedient?
    (KNOWN_AUTHORITY, "necessary_or_expedient", "yes", "gateways_relied_on"),
    (KNOWN_AUTHORITY, "necessary_or_expedient", "no", "gateways_relied_on"),
    (KNOWN_AUTHORITY, "necessary_or_expedient", "not_sure", "gateways_relied_on"),
    (
        orgs("charity", "la_adults", "crime_and_disorder", "direct_care"),
        "necessary_or_expedient",
        "yes",
        "health_care_scope",
    ),
    (
        orgs("nhs_trust", "icb", "crime_and_disorder", "direct_care"),
        "necessary_or_expedient",
        "yes",
        "best_interests",
    ),
    (
        orgs("school", "police", "crime_and_disorder", "prevent"),
        "necessary_or_expedient",
        "no",
        "channel_partner",
    ),
    (
        orgs(
            "police",
            "channel_panel",
            "crime_and_disorder",
            "prevent",
            recipient_relevant_authority="authority",
        ),
        "necessary_or_expedient",
        "yes",
        "reasonable_grounds",
    ),
    # Section 251B: the scope, best interests, and objection.
    (SCOPE, "health_care_scope", "yes", "best_interests"),
    (SCOPE, "health_care_scope", "no", "gateways_relied_on"),
    (SCOPE, "health_care_scope", "not_sure", "gateways_relied_on"),
    (
        orgs("charity", "la_adults", "direct_care", "prevent"),
        "health_care_scope",
        "no",
        "channel_partner",
    ),
    (CARE, "best_interests", "yes", "person_objects"),
    (CARE, "best_interests", "no", "gateways_relied_on"),
    (CARE, "best_interests", "not_sure", "gateways_relied_on"),
    (orgs("gp", "la_adults", "direct_care", "prevent"), "best_interests", "no", "channel_partner"),
    ({**CARE, "best_interests": "yes"}, "person_objects", "objected", "gateways_relied_on"),
    ({**CARE, "best_interests": "yes"}, "person_objects", "likely_to_object", "gateways_relied_on"),
    ({**CARE, "best_interests": "yes"}, "person_objects", "no", "gateways_relied_on"),
    (
        orgs("gp", "la_adults", "direct_care", "prevent", best_interests="yes"),
        "person_objects",
        "no",
        "channel_partner",
    ),
    # Section 38: a partner of the panel?
    (CHANNEL, "channel_partner", "yes", "gateways_relied_on"),
    (CHANNEL, "channel_partner", "no", "gateways_relied_on"),
    (CHANNEL, "channel_partner", "not_sure", "gateways_relied_on"),
    # Section 36: a police referral, on reasonable grounds?
    (REFERRAL, "reasonable_grounds", "yes", "gateways_relied_on"),
    (REFERRAL, "reasonable_grounds", "no", "gateways_relied_on"),
    (REFERRAL, "reasonable_grounds", "not_sure", "gateways_relied_on"),
    # Reliance: the outcome follows what the tool found, not what is relied on.
    (
        orgs("police", "la_children", "law_enforcement"),
        "gateways_relied_on",
        ["police_common_law"],
        "gateway_identified",
    ),
    (
        orgs("charity", "police", "law_enforcement"),
        "gateways_relied_on",
        ["none"],
        "no_gateway_needed",
    ),
    (
        orgs("la_children", "police", "law_enforcement"),
        "gateways_relied_on",
        ["none"],
        "no_gateway_identified",
    ),
    (
        orgs("la_children", "police", "law_enforcement"),
        "gateways_relied_on",
        ["section_115", "another_power"],
        "no_gateway_identified",
    ),
]


def test_outcomes_use_the_expected_words():
    assert {o.id: (o.heading, o.indication) for o in FLOW.outcomes} == {
        "gateway_identified": ("A legal gateway may apply", "gateway_identified"),
        "no_gateway_needed": ("No statutory gateway is needed", "no_gateway_needed"),
        "no_gateway_identified": ("No legal gateway identified", "no_gateway_identified"),
    }
    for outcome in FLOW.outcomes:
        assert "a lawful basis under data protection law" in outcome.summary
        assert "an answer to confidentiality" in outcome.summary
    summary = {o.id: o.summary for o in FLOW.outcomes}
    assert "seek advice" in summary["no_gateway_identified"]
    assert "seek advice" not in summary["no_gateway_needed"].lower()
    assert "needs no statutory power to share" in summary["no_gateway_needed"]
    assert [(i.id, i.agrees_with, i.tone) for i in KIND.indications] == [
        ("gateway_identified", "rely", "go"),
        ("no_gateway_needed", "no_gateway_needed", "go"),
        ("no_gateway_identified", "no_gateway", "stop"),
    ]


def test_every_question_has_a_section_and_cites_something():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id


# The reliance question: one list, with None on its own.


def test_none_is_the_one_exclusive_option_and_cannot_sit_beside_a_gateway():
    question = FLOW.question("gateways_relied_on")
    assert question.exclusive_values() == {"none"}
    assert question.option("none").label == "None: I will not rely on a gateway"
    assert "relying_on_gateway" not in FLOW.nodes
    setup = orgs("police", "la_children", "law_enforcement")
    for answer in (["none", "police_common_law"], ["police_common_law", "none"]):
        state = replay(FLOW, {**setup, "gateways_relied_on": answer})
        assert state.outcome is None and state.current.id == "gateways_relied_on"
    assert replay(FLOW, {**setup, "gateways_relied_on": ["none"]}).done


# The rules.


def finish(answers: dict, *relied: str) -> tuple[str, dict]:
    """Answer the reliance question (None if nothing is relied on) and return the outcome id
    and the answers used."""
    answers = {**answers, "gateways_relied_on": list(relied) or ["none"]}
    state = replay(FLOW, answers)
    assert state.outcome is not None, state.current and state.current.id
    return state.outcome.id, state.answers


def texts(findings) -> str:
    return " ".join(finding.text for finding in findings)


def shown(outcome: str, answers: dict) -> str:
    """Everything the outcome says: its summary, its reasons and its cautions."""
    reasons = KIND.reasons(outcome, answers) + KIND.cautions(outcome, answers)
    return FLOW.nodes[outcome].summary + " " + texts(reasons)


def test_a_listed_body_sharing_about_a_child_may_rely_on_the_children_act_2004():
    outcome, answers = finish(child("nhs_trust", "la_adults", "child_welfare"), "children_act_2004")
    assert outcome == "gateway_identified"
    assert "children_act_2004" in rules.gateways_that_may_apply(answers)
    why = texts(KIND.reasons(outcome, answers))
    assert "Children Act 2004, sections 10 and 11 may apply" in why
    assert "(NHS trust or NHS foundation trust)" in why
    assert "not an express power to share" in why
    assert not KIND.reasons_required(answers, outcome, rules.RELY)


def test_a_charity_has_no_basis_of_its_own_in_the_children_act_2004():
    answers = orgs("charity", "police", "child_welfare", **S16LA_NOT_MET)
    outcome, used = finish(answers, "children_act_2004")
    assert outcome == "no_gateway_needed"
    why = texts(KIND.reasons(outcome, used))
    assert "sections 10 and 11 do not apply" in why
    assert "charities, or private providers" in why
    assert "which the tool did not find applies" not in why  # shown once: a departure
    assert "which the tool did not find applies" in texts(KIND.departures(used))
    required = texts(KIND.reasons_required(used, outcome, rules.RELY))
    assert "Children Act 2004, sections 10 and 11" in required


# The Children Act 1989: sections 17 and 47 are the local authority's.


def test_the_police_share_into_section_47_enquiries_on_their_own_basis():
    outcome, answers = finish(child("police", "la_children", "significant_harm"))
    assert outcome == "gateway_identified"
    found = rules.gateways_that_may_apply(answers)
    assert "section_47" not in found and "section_47_assist" not in found
    assert {"police_common_law", "children_act_2004"} <= set(found)
    why = texts(KIND.reasons(outcome, answers))
    assert "the duty is the local authority's, not yours" in why
    assert "Your organisation (Police) is not one of the bodies section 47(11) lists" in why
    assert "you share into the authority's work on your own power and lawful basis" in why
    assert "Police common law powers may apply" in why
    assert "Children Act 2004, sections 10 and 11 may apply" in why
    assert "Children Act 1989, section 47 may apply" not in why


@pytest.mark.parametrize("sharer", ["police", "probation", "school", "gp", "charity", "private"])
@pytest.mark.parametrize(
    ("purpose", "listed_in"), [("significant_harm", "47(11)"), ("child_in_need", "27(3)")]
)
def test_a_body_the_1989_act_does_not_list_shares_into_childrens_services_work(
    sharer, purpose, listed_in
):
    outcome, answers = finish(child(sharer, "la_children", purpose))
    found = rules.gateways_that_may_apply(answers)
    assert not {"section_17", "section_27", "section_47", "section_47_assist"} & set(found)
    why = texts(KIND.reasons(outcome, answers))
    assert f"is not one of the bodies section {listed_in} lists" in why
    assert "you share into the authority's work on your own power and lawful basis" in why


@pytest.mark.parametrize("sharer", ["la_adults", "nhs_trust", "icb"])
def test_a_body_section_47_11_lists_must_assist_childrens_services_enquiries(sharer):
    outcome, answers = finish(child(sharer, "la_children", "significant_harm"), "section_47_assist")
    assert outcome == "gateway_identified"
    found = rules.gateways_that_may_apply(answers)
    assert "section_47_assist" in found and "section_47" not in found
    why = texts(KIND.reasons(outcome, answers))
    assert "Children Act 1989, section 47(9) may apply" in why
    assert "if called upon, unless that would be unreasonable" in why
    assert "(section 47(9) and (10))" in why
    assert not KIND.reasons_required(answers, outcome, rules.RELY)


def test_a_body_section_27_lists_helps_childrens_services_with_a_child_in_need():
    outcome, answers = finish(child("nhs_trust", "la_children", "child_in_need"), "section_27")
    assert outcome == "gateway_identified"
    found = rules.gateways_that_may_apply(answers)
    assert "section_27" in found and "section_17" not in found
    why = texts(KIND.reasons(outcome, answers))
    assert "Children Act 1989, section 27 may apply" in why
    assert "does not unduly prejudice your functions (section 27(2))" in why


@pytest.mark.parametrize(
    ("purpose", "section"), [("child_in_need", "17"), ("significant_harm", "47")]
)
def test_childrens_services_sharing_find_their_own_1989_act_duty(purpose, section):
    outcome, answers = finish(child("la_children", "police", purpose), f"section_{section}")
    assert outcome == "gateway_identified"
    assert f"section_{section}" in rules.gateways_that_may_apply(answers)
    why = texts(KIND.reasons(outcome, answers))
    assert f"Children Act 1989, section {section} may apply" in why
    assert "the duty is your authority's own" in why
    assert not KIND.reasons_required(answers, outcome, rules.RELY)


def test_the_1989_act_is_not_found_where_childrens_services_are_not_involved():
    outcome, answers = finish(child("nhs_trust", "police", "significant_harm"), "section_47")
    assert "section_47" not in rules.gateways_that_may_apply(answers)
    why = texts(KIND.reasons(outcome, answers))
    assert "local authority children's services are neither sharing nor receiving" in why
    assert "(the recipient is: Police)" in why
    assert "section 47" in texts(KIND.reasons_required(answers, outcome, rules.RELY))


# The police.


@pytest.mark.parametrize(
    "purpose",
    [
        "child_welfare",
        "child_in_need",
        "significant_harm",
        "crime_and_disorder",
        "prevent",
        "law_enforcement",
    ],
)
def test_the_police_may_share_for_a_policing_purpose_on_their_common_law_powers(purpose):
    answers = child("police", "school", purpose, recipient_relevant_authority="no")
    outcome, answers = finish(answers)
    assert outcome == "gateway_identified"
    assert "police_common_law" in rules.gateways_that_may_apply(answers)
    reason = next(r for r in KIND.reasons(outcome, answers) if r.text.startswith("Police common"))
    assert "necessary for a policing purpose" in reason.text
    assert "preventing offences and bringing offenders to justice" in reason.text
    assert reason.cite.anchor == "tools/gateways.md#police-common-law"


@pytest.mark.parametrize("purpose", ["direct_care", "other_purpose"])
def test_police_common_law_is_not_found_outside_a_policing_purpose_or_for_others(purpose):
    outcome, answers = finish(orgs("police", "nhs_trust", purpose))
    assert outcome == "no_gateway_identified"
    assert "Police common law" not in texts(KIND.reasons(outcome, answers))


def test_police_common_law_is_the_polices_alone():
    for sharer in ("probation", "la_children", "charity"):
        _, answers = finish(orgs(sharer, "police", "law_enforcement"))
        assert "police_common_law" not in rules.gateways_that_may_apply(answers)


def test_a_police_referral_to_a_channel_panel_needs_reasonable_grounds():
    assert replay(FLOW, REFERRAL).current.id == "reasonable_grounds"
    question = FLOW.question("reasonable_grounds")
    assert question.text == (
        "Are there reasonable grounds to believe that the individual is vulnerable to being "
        "drawn into terrorism?"
    )
    assert "(section 36(3))" in question.hint

    outcome, answers = finish({**REFERRAL, "reasonable_grounds": "yes"}, "section_36")
    assert outcome == "gateway_identified"
    assert "section_36" in rules.gateways_that_may_apply(answers)
    why = texts(KIND.reasons(outcome, answers))
    assert "Counter-Terrorism and Security Act 2015, section 36 may apply" in why
    assert "(section 36(2) and (3))" in why
    assert "the police are not partners" in why  # section 38 is not theirs
    assert not KIND.reasons_required(answers, outcome, rules.RELY)

    for answer, words in (("no", "that there are not."), ("not_sure", "that you are not sure.")):
        outcome, answers = finish({**REFERRAL, "reasonable_grounds": answer}, "section_36")
        assert "section_36" not in rules.gateways_that_may_apply(answers)
        why = texts(KIND.reasons(outcome, answers))
        assert "section 36 does not apply as answered" in why and words in why
        assert "section 36" in texts(KIND.reasons_required(answers, outcome, rules.RELY))


def test_reasonable_grounds_is_asked_only_of_the_police_referring_to_a_panel():
    for answers in (
        orgs("police", "la_children", "prevent"),
        orgs("school", "channel_panel", "prevent", channel_partner="yes"),
        orgs("police", "channel_panel", "crime_and_disorder", recipient_relevant_authority="no"),
    ):
        _, used = finish(answers)
        assert "reasonable_grounds" not in used


# Section 16LA: its test, on one page, while its commencement cannot be verified.


def test_the_section_16la_page_is_asked_for_a_child_purpose_and_says_the_status():
    state = replay(FLOW, PAGE_ALL_FOUR)
    asked = FLOW.page_questions(state.current, state.answers)
    assert [q.id for q in asked] == [
        "s16la_sharer_in_scope",
        "s16la_recipient_in_scope",
        "s16la_facilitate",
        "s16la_detriment",
    ]
    page = asked[0].page
    assert (
        page.heading
        == "Children Act 2004, section 16LA: the duty to share information about a child"
    )
    assert SECTION_16LA_STATUS.verified in page.hint
    assert f"Checked {SECTION_16LA_STATUS.checked_on}" in page.hint
    assert all(q.cites[0].anchor == "tools/gateways.md#section-16la" for q in asked)
    # Kinds section 11(1) lists are in scope without asking.
    state = replay(FLOW, orgs("police", "la_children", "child_welfare"))
    asked = FLOW.page_questions(state.current, state.answers)
    assert [q.id for q in asked] == ["s16la_facilitate", "s16la_detriment"]
    state = replay(FLOW, orgs("charity", "nhs_trust", "child_in_need"))
    assert [q.id for q in FLOW.page_questions(state.current, state.answers)][0] == (
        "s16la_sharer_in_scope"
    )


@pytest.mark.parametrize(
    "purpose", ["crime_and_disorder", "direct_care", "prevent", "other_purpose"]
)
def test_the_section_16la_page_is_not_asked_without_a_child_purpose(purpose):
    outcome, used = finish(orgs("charity", "school", purpose, recipient_relevant_authority="no"))
    assert not [q for q in used if q.startswith("s16la_")]
    assert "16LA" not in texts(KIND.reasons(outcome, used) + KIND.cautions(outcome, used))


def test_when_its_test_is_met_section_16la_may_apply_and_its_status_is_said():
    outcome, answers = finish(child("charity", "school", "child_welfare"), "section_16la")
    assert outcome == "gateway_identified"
    assert rules.gateways_that_may_apply(answers) == ["section_16la"]
    reason = next(r for r in KIND.reasons(outcome, answers) if "16LA" in r.text)
    assert reason.text.startswith("Children Act 2004, section 16LA may apply")
    assert "you must ensure the information is disclosed (section 16LA(2))" in reason.text
    assert (
        f"Whether it is in force could not be verified on {SECTION_16LA_STATUS.checked_on}"
        in reason.text
    )
    assert SECTION_16LA_STATUS.checked_on == "3 December 2026"
    assert reason.cite.anchor == "tools/gateways.md#section-16la"
    assert not KIND.reasons_required(answers, outcome, rules.RELY)
    hint = FLOW.question("gateways_relied_on").option("section_16la").hint
    assert f"could not be verified on {SECTION_16LA_STATUS.checked_on}" in hint


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (
            {**S16LA_TO_DETRIMENT, "s16la_detriment": "yes"},
            "you consider the disclosure would be more detrimental to the child than not "
            "disclosing, so the duty does not apply (section 16LA(3))",
        ),
        (
            {**S16LA_IN_SCOPE, "s16la_facilitate": "no", "s16la_detriment": "no"},
            "you do not consider the disclosure may facilitate the recipient's functions",
        ),
        (
            {**S16LA_MET, "s16la_recipient_in_scope": "not_sure"},
            "you are not sure that both organisations are ones it applies to (section 16LA(4))",
        ),
        (
            {**S16LA_MET, "s16la_sharer_in_scope": "no"},
            "one of the organisations is not one it applies to (section 16LA(4))",
        ),
    ],
)
def test_section_16la_is_not_found_when_its_test_is_not_met_and_says_why(page, why):
    outcome, answers = finish(orgs("charity", "school", "child_welfare", **page), "section_16la")
    assert outcome == "no_gateway_needed"
    assert "section_16la" not in rules.gateways_that_may_apply(answers)
    reason = next(
        r
        for r in KIND.reasons(outcome, answers)
        if r.text.startswith("Children Act 2004, section 16LA")
    )
    assert reason.text.startswith("Children Act 2004, section 16LA does not apply as answered")
    assert why in reason.text
    assert SECTION_16LA_STATUS.checked_on in reason.text
    required = texts(KIND.reasons_required(answers, outcome, rules.RELY))
    assert "section 16LA" in required


def test_the_old_section_16la_caution_is_gone():
    outcome, answers = finish(child("police", "la_children", "child_welfare"))
    assert not [c for c in KIND.cautions(outcome, answers) if "16LA" in c.text]
    assert "25 November 2026" not in shown(outcome, answers)


# Organisations that need no statutory gateway.


@pytest.mark.parametrize("sharer", ["gp", "charity", "private"])
def test_a_gp_charity_or_private_provider_with_no_gateway_needs_none(sharer):
    outcome, answers = finish(orgs(sharer, "police", "child_welfare", **S16LA_NOT_MET))
    assert outcome == "no_gateway_needed"
    assert rules.gateways_that_may_apply(answers) == []
    words = shown(outcome, answers)
    assert "seek advice" not in words.lower()
    assert "needs no statutory power to share" in words
    assert "Do not share on the basis of a gateway you cannot name" not in words
    reason = next(r for r in KIND.reasons(outcome, answers) if "not a public body" in r.text)
    assert "a lawful basis under data protection law" in reason.text
    assert reason.cite.anchor == "tools/gateways.md#no-statutory-gateway"
    assert not KIND.reasons_required(answers, outcome, rules.NO_GATEWAY_NEEDED)


def test_another_kind_with_no_gateway_is_told_to_seek_advice():
    outcome, answers = finish(orgs("other", "police", "child_welfare", **S16LA_NOT_MET))
    assert outcome == "no_gateway_identified"
    words = shown(outcome, answers)
    assert "Do not share on the basis of a gateway you cannot name: seek advice." in words
    assert "Seek advice from other practitioners, managers or your own legal teams" in words


@settings(max_examples=200)
@given(data=st.data())
def test_no_gp_charity_or_private_provider_reaches_no_gateway_identified(data):
    sharer = data.draw(st.sampled_from(["gp", "charity", "private"]))
    answers = data.draw(paths(FLOW, {"sharing_organisation": sharer}))
    state = replay(FLOW, answers)
    assert state.outcome.id in ("gateway_identified", "no_gateway_needed")
    assert (state.outcome.id == "gateway_identified") == bool(
        rules.gateways_that_may_apply(state.answers)
    )


def test_the_record_asks_for_the_lawful_basis_and_confidentiality_when_none_is_needed():
    choices = {o.value: o.label for o in KIND.choices}
    assert choices["no_gateway_needed"] == (
        "No statutory gateway is needed: I rely on a lawful basis and an answer to confidentiality"
    )
    missing = {"lawful_basis", "confidentiality"}
    for decision, asked in (("rely", True), ("no_gateway_needed", True), ("no_gateway", False)):
        errors = validate_form(KIND, {"decision": decision}, [])
        assert (missing <= set(errors)) == asked, decision
        assert errors["advice"] == "Select whether you sought advice"
        assert "manager_advice" not in errors and "legal_advice" not in errors
    errors = validate_form(KIND, {"decision": "rely", "advice": "legal"}, [])
    assert errors["advice_details"] == "Enter who advised you, when, and what they advised"
    assert "advice_details" not in validate_form(KIND, {"advice": "none"}, [])


# The other gateways, as before.


def test_section_115_needs_a_relevant_authority_and_a_purpose_of_the_act():
    outcome, answers = finish(
        {**CRIME, "recipient_relevant_authority": "on_behalf", "necessary_or_expedient": "yes"}
    )
    assert outcome == "gateway_identified"
    assert "It is a power, not a duty" in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish(
        orgs("la_children", "police", "crime_and_disorder", necessary_or_expedient="no")
    )
    assert outcome == "no_gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "do not consider the disclosure necessary or expedient" in why

    outcome, answers = finish({**CRIME, "recipient_relevant_authority": "no"})
    assert outcome == "no_gateway_needed"
    assert "is not a relevant authority" in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish({**CRIME, "recipient_relevant_authority": "not_sure"})
    assert "Check the list in section 115(2)" in texts(KIND.reasons(outcome, answers))


def test_section_251b_is_a_duty_between_health_and_care_bodies_unless_the_person_objects():
    agreed = {**CARE, "best_interests": "yes", "person_objects": "no"}
    outcome, answers = finish(agreed)
    assert outcome == "gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "section 251B may apply" in why and "Common Law Duty of Confidentiality" in why

    for objection, words in (("objected", "has objected"), ("likely_to_object", "likely to")):
        outcome, answers = finish({**agreed, "person_objects": objection})
        assert outcome == "no_gateway_identified"
        assert words in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish({**CARE, "best_interests": "no"})
    assert "in their best interests" in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish({**SCOPE, "health_care_scope": "no"})
    assert "you answered that they do not" in texts(KIND.reasons(outcome, answers))


@pytest.mark.parametrize("other", ["police", "la_children", "school"])
def test_section_251b_is_not_a_gateway_to_the_police_or_childrens_services(other):
    outcome, answers = finish(orgs("nhs_trust", other, "direct_care"))
    assert outcome == "no_gateway_identified"
    assert "It is not a gateway to or from the police" in texts(KIND.reasons(outcome, answers))


def test_section_38_reaches_panel_partners_and_never_the_police():
    outcome, answers = finish({**CHANNEL, "channel_partner": "yes"})
    assert outcome == "gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "includes the giving of information" in why
    assert "not a power to share" in why  # section 26, alongside

    outcome, answers = finish(orgs("probation", "channel_panel", "prevent"))
    assert outcome == "gateway_identified"

    outcome, answers = finish({**REFERRAL, "reasonable_grounds": "yes"})
    assert "section_38" not in rules.gateways_that_may_apply(answers)
    assert "the police are not partners" in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish({**CHANNEL, "channel_partner": "no"})
    assert "not a partner of the panel" in texts(KIND.reasons(outcome, answers))


def test_section_26_and_the_crime_exemption_are_never_gateways():
    outcome, answers = finish(
        orgs("la_adults", "police", "prevent", "law_enforcement", channel_partner="no"),
        "section_26",
        "crime_exemption",
    )
    assert outcome == "no_gateway_identified"
    departs = texts(KIND.departures(answers))
    assert "not a power to share: it is not a gateway" in departs
    assert "It is not a gateway and not a lawful basis" in departs
    assert "not a power to share: it is not a gateway" not in texts(KIND.reasons(outcome, answers))


def test_part_3_applies_to_the_police_sharing_for_law_enforcement():
    outcome, answers = finish(orgs("police", "la_children", "law_enforcement"))
    assert outcome == "gateway_identified"  # the police's common law powers
    cautions = texts(KIND.cautions(outcome, answers))
    assert "Part 3 of the Data Protection Act 2018 applies, not UK GDPR Article 6" in cautions

    outcome, answers = finish(orgs("la_children", "police", "law_enforcement"))
    assert outcome == "no_gateway_identified"
    cautions = texts(KIND.cautions(outcome, answers))
    assert "Part 3" not in cautions and "crime exemption" in cautions
    assert "None of the gateways the guide names covers" in texts(KIND.reasons(outcome, answers))


def test_every_outcome_reminds_of_article_8_and_the_duty_of_confidence():
    for answers in (
        child("police", "la_children", "child_welfare"),
        orgs("charity", "police", "child_welfare", **S16LA_NOT_MET),
        orgs("la_children", "police", "law_enforcement"),
    ):
        outcome, used = finish(answers)
        anchors = {c.cite.anchor for c in KIND.cautions(outcome, used)}
        assert "legal-framework.md#human-rights-act-1998" in anchors
        assert "legal-framework.md#duty-of-confidence" in anchors


def test_another_purpose_is_named_as_outside_the_guides_gateways():
    outcome, answers = finish(orgs("school", "gp", "other_purpose"), "another_power")
    assert outcome == "no_gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "You chose another purpose" in why
    assert "The tool cannot check it" in texts(KIND.departures(answers))


def test_relying_after_saying_you_would_not_needs_reasons():
    outcome, answers = finish(child("police", "la_children", "child_welfare"))
    assert answers["gateways_relied_on"] == ("none",)
    assert "You said you will not rely on a gateway" in texts(KIND.reasons(outcome, answers))
    required = texts(KIND.reasons_required(answers, outcome, rules.RELY))
    assert "after answering None" in required
    assert not KIND.reasons_required(answers, outcome, rules.NO_GATEWAY)


def test_the_outcome_follows_the_rules():
    for earlier, question, response, _ in ROUTES:
        state = replay(FLOW, {**earlier, question: response})
        if state.outcome:
            assert state.outcome.id == f.indicated(state.answers)
            found = rules.gateways_that_may_apply(state.answers)
            assert (state.outcome.id == "gateway_identified") == bool(found)


# The tool's page says what the tool does.


def page_text() -> str:
    return PAGE.read_text("utf-8")


def section(anchor: str) -> str:
    """The words of the page's section with that heading id, to the next heading."""
    text = page_text()
    start = text.index("{#" + anchor + "}")
    end = text.find("\n## ", start)
    return " ".join(text[start : end if end > 0 else None].split())


def table_rows() -> dict[str, str]:
    """The "Which gateways may apply" table: each row's first cell, as its link text, and the
    row."""
    rows = re.findall(r"^\| \[([^\]]+)\]\([^)]*\)[^|]*\| (.+) \|$", page_text(), re.M)
    return dict(rows)


def test_the_page_keeps_its_front_matter_macro_and_the_anchors_the_tool_cites():
    text = page_text()
    assert text.startswith('---\ntitle: "Decision tool: Legal gateways"\nrender_macros: true\n---')
    assert '{{ decision_tool("gateways", "../gateways-paper/") }}' in text
    cited = {c.anchor for c in vars(t).values() if isinstance(c, Cite)}
    assert "tools/gateways.md#section-36" in cited
    for anchor in (a for a in cited if a.startswith("tools/gateways.md#")):
        assert "{#" + anchor.partition("#")[2] + "}" in text, anchor
    for heading in (
        "## Police common law powers {#police-common-law}",
        "## Counter-Terrorism and Security Act 2015, section 36: a police referral to a Channel "
        "panel {#section-36}",
        "## Organisations that need no statutory gateway {#no-statutory-gateway}",
    ):
        assert heading in text
    for outcome in FLOW.outcomes:
        assert f'"{outcome.heading}"' in section("which-gateways-may-apply")


def test_the_table_has_a_row_for_every_gateway_the_tool_can_find():
    rows = table_rows()
    for gateway, _ in rules.MAY_APPLY:
        label = FLOW.question("gateways_relied_on").option(gateway).label
        assert label.split(": ")[0] in rows, gateway
    assert rows["Section 26 of that Act"].startswith("never")
    assert "*may* apply" in rows["Children Act 2004, section 16LA"]
    assert "never, for now" not in section("which-gateways-may-apply")


def test_the_table_names_the_kinds_the_rules_use():
    rows = table_rows()
    for gateway in ("Children Act 1989, section 27", "Children Act 1989, section 47(9)"):
        assert (
            "local authority adult social care, an NHS trust or NHS foundation trust, or an "
            "integrated care board" in rows[gateway]
        )
    assert {t.LA_ADULTS, t.NHS_TRUST, t.ICB} == set(rules.ASSIST_BODIES) - {t.LA_CHILDREN}
    assert "children's services share" in rows["Children Act 1989, section 47"]
    assert "children's services share" in rows["Children Act 1989, section 17"]
    police = rows["Police common law powers, for a policing purpose"]
    assert "the police share" in police and "Not for the person's own direct care" in police
    assert set(rules.POLICING_PURPOSES) == set(t.CHILD_PURPOSES) | {
        "crime_and_disorder",
        "prevent",
        "law_enforcement",
    }
    assert "reasonable grounds" in rows["Counter-Terrorism and Security Act 2015, section 36"]
    labels = [
        FLOW.question("sharing_organisation").option(k).label for k in t.NEEDS_NO_STATUTORY_GATEWAY
    ]
    assert labels == ["GP practice", "Charity or voluntary organisation", "Private provider"]
    assert "a GP practice, a charity or a private provider" in section("which-gateways-may-apply")
    assert "a GP practice, a charity or a private provider" in section("no-statutory-gateway")


def test_the_section_16la_section_says_what_legislation_py_says():
    words = section("section-16la")
    for sentence in SECTION_16LA_STATUS.verified.split(". "):
        assert sentence.removesuffix(".") in words, sentence
    assert f"Checked {SECTION_16LA_STATUS.checked_on} against legislation.gov.uk" in words
    assert "**may apply**" in words
    assert "never finds" not in words
    assert "more detrimental to the child than not disclosing" in words
    assert "one page" in words


def test_the_sections_on_the_changed_rules_say_what_was_verified():
    section_36 = section("section-36")
    statute = (
        "A chief officer of police may refer an individual to a panel only if there are "
        "reasonable grounds to believe that the individual is vulnerable to being drawn into "
        "terrorism."
    )
    assert f'Section 36(3): "{statute}"' in section_36
    assert statute.removesuffix(".") in FLOW.question("reasonable_grounds").hint
    assert "Checked 3 December 2026 against legislation.gov.uk: section 36(2) and (3)" in section_36
    assert "this site's reading" in section("children-act-1989")
    assert "not re-verified them in full on legislation.gov.uk" in section("children-act-1989")
    police = section("police-common-law")
    assert "protecting life and property, preserving order, preventing offences" in police
    assert "It comes from the common law, not from a statute" in police
