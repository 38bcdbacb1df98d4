"""The legal gateways flow, one block per question: given these answers, this response leads
there. Then the rules: which gateways may apply, and the consideration that decided it."""

from __future__ import annotations

import pytest

from fss_logic.flow import ONE, Route, replay
from fss_logic.flows.gateways import KIND, rules
from fss_logic.flows.gateways.flow import FLOW, SECTIONS


def orgs(sharer: str, recipient: str, *purposes: str, **more) -> dict:
    """Answers up to and including the purposes."""
    answers = {"sharing_organisation": sharer, "receiving_organisation": recipient}
    if purposes:
        answers["purposes"] = list(purposes)
    return {**answers, **more}


SHARERS = [o.value for o in FLOW.question("sharing_organisation").options]
RECIPIENTS = [o.value for o in FLOW.question("receiving_organisation").options]

CRIME = orgs("charity", "school", "crime_and_disorder")
KNOWN_AUTHORITY = orgs("police", "la_children", "crime_and_disorder")
SCOPE = orgs("nhs_trust", "charity", "direct_care")
CARE = orgs("nhs_trust", "gp", "direct_care")
CHANNEL = orgs("school", "channel_panel", "prevent")
CHILD = orgs("police", "la_children", "child_welfare")
CHILD_FROM_CHARITY = orgs("charity", "police", "child_welfare")

# (earlier answers, question, response, where it leads)
ROUTES = [
    *(({}, "sharing_organisation", kind, "receiving_organisation") for kind in SHARERS),
    *(
        ({"sharing_organisation": "police"}, "receiving_organisation", kind, "purposes")
        for kind in RECIPIENTS
    ),
    # The purposes: on to the first limit question that applies.
    (orgs("charity", "school"), "purposes", ["crime_and_disorder"], "recipient_relevant_authority"),
    (orgs("police", "la_children"), "purposes", ["crime_and_disorder"], "necessary_or_expedient"),
    (orgs("nhs_trust", "charity"), "purposes", ["direct_care"], "health_care_scope"),
    (orgs("nhs_trust", "gp"), "purposes", ["direct_care"], "best_interests"),
    (orgs("school", "channel_panel"), "purposes", ["prevent"], "channel_partner"),
    (orgs("police", "la_children"), "purposes", ["child_welfare"], "relying_on_gateway"),
    # Section 115: is the recipient a relevant authority?
    (CRIME, "recipient_relevant_authority", "authority", "necessary_or_expedient"),
    (CRIME, "recipient_relevant_authority", "on_behalf", "necessary_or_expedient"),
    (CRIME, "recipient_relevant_authority", "no", "relying_on_gateway"),
    (CRIME, "recipient_relevant_authority", "not_sure", "relying_on_gateway"),
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
    # Section 115: necessary or expedient?
    (KNOWN_AUTHORITY, "necessary_or_expedient", "yes", "relying_on_gateway"),
    (KNOWN_AUTHORITY, "necessary_or_expedient", "no", "relying_on_gateway"),
    (KNOWN_AUTHORITY, "necessary_or_expedient", "not_sure", "relying_on_gateway"),
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
    # Section 251B: the scope, best interests, and objection.
    (SCOPE, "health_care_scope", "yes", "best_interests"),
    (SCOPE, "health_care_scope", "no", "relying_on_gateway"),
    (SCOPE, "health_care_scope", "not_sure", "relying_on_gateway"),
    (
        orgs("charity", "la_adults", "direct_care", "prevent"),
        "health_care_scope",
        "no",
        "channel_partner",
    ),
    (CARE, "best_interests", "yes", "person_objects"),
    (CARE, "best_interests", "no", "relying_on_gateway"),
    (CARE, "best_interests", "not_sure", "relying_on_gateway"),
    (orgs("gp", "la_adults", "direct_care", "prevent"), "best_interests", "no", "channel_partner"),
    ({**CARE, "best_interests": "yes"}, "person_objects", "objected", "relying_on_gateway"),
    ({**CARE, "best_interests": "yes"}, "person_objects", "likely_to_object", "relying_on_gateway"),
    ({**CARE, "best_interests": "yes"}, "person_objects", "no", "relying_on_gateway"),
    (
        orgs("gp", "la_adults", "direct_care", "prevent", best_interests="yes"),
        "person_objects",
        "no",
        "channel_partner",
    ),
    # Section 38: a partner of the panel?
    (CHANNEL, "channel_partner", "yes", "relying_on_gateway"),
    (CHANNEL, "channel_partner", "no", "relying_on_gateway"),
    (CHANNEL, "channel_partner", "not_sure", "relying_on_gateway"),
    # Reliance.
    (CHILD, "relying_on_gateway", "yes", "gateways_relied_on"),
    (CHILD, "relying_on_gateway", "no", "gateway_identified"),
    (CHILD_FROM_CHARITY, "relying_on_gateway", "no", "no_gateway_identified"),
    (
        {**CHILD, "relying_on_gateway": "yes"},
        "gateways_relied_on",
        ["children_act_2004"],
        "gateway_identified",
    ),
    (
        {**CHILD_FROM_CHARITY, "relying_on_gateway": "yes"},
        "gateways_relied_on",
        ["children_act_2004"],
        "no_gateway_identified",
    ),
]


@pytest.mark.parametrize(
    ("earlier", "question", "response", "leads_to"),
    ROUTES,
    ids=[f"{q}={r}->{n}" for _, q, r, n in ROUTES],
)
def test_response_leads_there(earlier, question, response, leads_to):
    before = replay(FLOW, earlier)
    assert before.current is not None and before.current.id == question, "setup reaches it"
    after = replay(FLOW, {**earlier, question: response})
    reached = after.outcome.id if after.outcome else after.current.id
    assert reached == leads_to


def test_every_option_and_every_branch_has_a_row():
    for question in FLOW.questions:
        rows = [(r, n) for _, q, r, n in ROUTES if q == question.id]
        assert rows, question.id
        if question.kind == ONE:
            answered = {r for r, _ in rows}
            assert answered == {o.value for o in question.options}, question.id
        if isinstance(question.next, Route):
            assert {n for _, n in rows} == set(question.next.targets), question.id


def test_outcomes_use_the_expected_words():
    assert {o.id: o.heading for o in FLOW.outcomes} == {
        "gateway_identified": "A legal gateway may apply",
        "no_gateway_identified": "No legal gateway identified",
    }
    for outcome in FLOW.outcomes:
        assert "all three" in outcome.summary
        assert "a lawful basis under data protection law" in outcome.summary
        assert "an answer to confidentiality" in outcome.summary


def test_every_question_has_a_section_and_cites_something():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id


def test_the_reliance_question_cannot_contradict_itself():
    """The choice of no gateway is a separate Yes/No before the list, so "none" cannot sit
    beside a ticked gateway."""
    labels = [o.label.lower() for o in FLOW.question("gateways_relied_on").options]
    assert not any(label.startswith("none") for label in labels)
    assert FLOW.question("relying_on_gateway").next.targets[0] == "gateways_relied_on"


# The rules.


def finish(answers: dict, *relied: str) -> tuple[str, dict]:
    """Answer the reliance questions and return the outcome id and the answers used."""
    answers = {**answers, "relying_on_gateway": "yes" if relied else "no"}
    if relied:
        answers["gateways_relied_on"] = list(relied)
    state = replay(FLOW, answers)
    assert state.outcome is not None, state.current and state.current.id
    return state.outcome.id, state.answers


def texts(findings) -> str:
    return " ".join(finding.text for finding in findings)


def test_a_listed_body_sharing_about_a_child_may_rely_on_the_children_act_2004():
    outcome, answers = finish(CHILD, "children_act_2004")
    assert outcome == "gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "Children Act 2004, sections 10 and 11 may apply" in why
    assert "(Police)" in why
    assert "not an express power to share" in why


def test_a_charity_has_no_basis_of_its_own_in_the_children_act_2004():
    outcome, answers = finish(CHILD_FROM_CHARITY, "children_act_2004")
    assert outcome == "no_gateway_identified"
    reasons = KIND.reasons(outcome, answers)
    why = texts(reasons)
    assert "sections 10 and 11 do not apply" in why
    assert "charities, or private providers" in why
    assert "which the tool did not find applies" in why
    required = texts(KIND.reasons_required(answers, outcome, rules.RELY))
    assert "Children Act 2004, sections 10 and 11" in required


def test_section_16la_status_is_shown_with_the_date_checked_and_its_reach():
    outcome, answers = finish(CHILD_FROM_CHARITY)
    caution = next(c for c in KIND.cautions(outcome, answers) if "16LA" in c.text)
    assert "29 April 2026" in caution.text and "25 November 2026" in caution.text
    assert "could not verify that it is in force" in caution.text
    assert "commissioned provider" in caution.text
    assert caution.cite.anchor == "tools/gateways.md#section-16la"


def test_relying_on_section_16la_is_never_found_and_needs_reasons():
    outcome, answers = finish(CHILD, "section_16la")
    assert outcome == "gateway_identified"  # sections 10 and 11 may apply
    why = texts(KIND.reasons(outcome, answers))
    assert "could not verify that it is in force" in why
    assert KIND.reasons_required(answers, outcome, rules.RELY)
    assert not KIND.reasons_required(answers, outcome, rules.NO_GATEWAY)


@pytest.mark.parametrize(
    ("purpose", "section"), [("child_in_need", "17"), ("significant_harm", "47")]
)
def test_children_act_1989_applies_when_childrens_services_share_or_receive(purpose, section):
    outcome, answers = finish(orgs("charity", "la_children", purpose))
    assert outcome == "gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert f"Children Act 1989, section {section} may apply" in why
    assert "receiving" in why
    outcome, answers = finish(orgs("charity", "police", purpose))
    assert outcome == "no_gateway_identified"
    assert f"section {section} does not apply" in texts(KIND.reasons(outcome, answers))


def test_section_115_needs_a_relevant_authority_and_a_purpose_of_the_act():
    outcome, answers = finish(
        {**CRIME, "recipient_relevant_authority": "on_behalf", "necessary_or_expedient": "yes"}
    )
    assert outcome == "gateway_identified"
    assert "It is a power, not a duty" in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish({**KNOWN_AUTHORITY, "necessary_or_expedient": "no"})
    assert outcome == "no_gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "do not consider the disclosure necessary or expedient" in why

    outcome, answers = finish({**CRIME, "recipient_relevant_authority": "no"})
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

    outcome, answers = finish(orgs("police", "channel_panel", "prevent"))
    assert outcome == "no_gateway_identified"
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
    why = texts(KIND.reasons(outcome, answers))
    assert "not a power to share: it is not a gateway" in why
    assert "It is not a gateway and not a lawful basis" in why


def test_part_3_applies_to_the_police_sharing_for_law_enforcement():
    outcome, answers = finish(orgs("police", "la_children", "law_enforcement"))
    assert outcome == "no_gateway_identified"
    cautions = texts(KIND.cautions(outcome, answers))
    assert "Part 3 of the Data Protection Act 2018 applies, not UK GDPR Article 6" in cautions
    assert "None of the gateways the guide names covers" in texts(KIND.reasons(outcome, answers))

    outcome, answers = finish(orgs("la_children", "police", "law_enforcement"))
    cautions = texts(KIND.cautions(outcome, answers))
    assert "Part 3" not in cautions and "crime exemption" in cautions


def test_every_outcome_reminds_of_article_8_and_the_duty_of_confidence():
    for answers in (CHILD, CHILD_FROM_CHARITY):
        outcome, used = finish(answers)
        anchors = {c.cite.anchor for c in KIND.cautions(outcome, used)}
        assert "legal-framework.md#human-rights-act-1998" in anchors
        assert "legal-framework.md#duty-of-confidence" in anchors


def test_another_purpose_is_named_as_outside_the_guides_gateways():
    outcome, answers = finish(orgs("gp", "school", "other_purpose"), "another_power")
    assert outcome == "no_gateway_identified"
    why = texts(KIND.reasons(outcome, answers))
    assert "You chose another purpose" in why and "The tool cannot check it" in why


def test_relying_after_saying_you_would_not_needs_reasons():
    outcome, answers = finish(CHILD)
    assert "You said you will not rely on a gateway" in texts(KIND.reasons(outcome, answers))
    assert KIND.reasons_required(answers, outcome, rules.RELY)
    assert not KIND.reasons_required(answers, outcome, rules.NO_GATEWAY)


def test_the_outcome_follows_the_rules():
    for earlier, question, response, _ in ROUTES:
        state = replay(FLOW, {**earlier, question: response})
        if state.outcome:
            found = rules.gateways_that_may_apply(state.answers)
            assert (state.outcome.id == "gateway_identified") == bool(found)
