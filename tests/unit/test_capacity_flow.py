"""The Mental Capacity Act checklist, one block per question: given these answers, this
response leads there; then its rules, outcome headings and citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from fss_logic.flow import replay
from fss_logic.flows.capacity import KIND
from fss_logic.flows.capacity.flow import ABILITIES, FLOW, SECTIONS
from fss_logic.flows.capacity.rules import cautions, outcome_reasons, reasons_required

ADULT = {"aged_16_or_over": "yes"}
DOUBT = {**ADULT, "reason_to_doubt": "yes", "why_doubt": "Could not say back what was explained"}
ASSESSING = {**DOUBT, "good_reasons_not_to_assess": "no"}
HELPED = {**ASSESSING, "help_given": "Explained with pictures, in a quiet room"}
TEST = {**HELPED, "all_practicable_steps_taken": "yes"}
ABLE = {ability: "yes" for ability in ABILITIES}
UNABLE_TO_WEIGH = {**TEST, **ABLE, "can_use_or_weigh": "no"}
IMPAIRED = {
    **UNABLE_TO_WEIGH,
    "unable_because_of_impairment": "yes",
    "how_impairment_causes_inability": "Delirium: cannot hold two options in mind",
}
BEST_INTERESTS = {
    **IMPAIRED,
    "likely_to_have_capacity_later": "no",
    "person_encouraged_to_take_part": "yes",
    "wishes_feelings_beliefs": "Has always wanted her daughter's school kept informed",
    "views_of_others": "Her son, her named contact: in favour",
    "less_restrictive_way": "no",
}

# (earlier answers, question, response, where it leads)
ROUTES = [
    ({}, "aged_16_or_over", "yes", "reason_to_doubt"),
    ({}, "aged_16_or_over", "no", "act_does_not_apply"),
    (ADULT, "reason_to_doubt", "yes", "why_doubt"),
    (ADULT, "reason_to_doubt", "no", "capacity_presumed"),
    ({**ADULT, "reason_to_doubt": "yes"}, "why_doubt", "Confused", "good_reasons_not_to_assess"),
    (DOUBT, "good_reasons_not_to_assess", "yes", "reasons_not_to_assess"),
    (DOUBT, "good_reasons_not_to_assess", "no", "help_given"),
    (
        {**DOUBT, "good_reasons_not_to_assess": "yes"},
        "reasons_not_to_assess",
        "Sharing under the public interest; consent is not being relied on",
        "not_assessed",
    ),
    (ASSESSING, "help_given", "Explained slowly", "all_practicable_steps_taken"),
    (HELPED, "all_practicable_steps_taken", "yes", "can_understand"),
    (HELPED, "all_practicable_steps_taken", "no", "capacity_presumed"),
    (TEST, "can_understand", "yes", "can_retain"),
    (TEST, "can_understand", "no", "can_retain"),
    ({**TEST, "can_understand": "yes"}, "can_retain", "yes", "can_use_or_weigh"),
    ({**TEST, "can_understand": "yes"}, "can_retain", "no", "can_use_or_weigh"),
    (
        {**TEST, "can_understand": "yes", "can_retain": "yes"},
        "can_use_or_weigh",
        "yes",
        "can_communicate",
    ),
    (
        {**TEST, "can_understand": "yes", "can_retain": "yes"},
        "can_use_or_weigh",
        "no",
        "can_communicate",
    ),
    # All four abilities: capacity. Any one missing: then, and only then, the cause.
    (
        {**TEST, "can_understand": "yes", "can_retain": "yes", "can_use_or_weigh": "yes"},
        "can_communicate",
        "yes",
        "has_capacity",
    ),
    (
        {**TEST, "can_understand": "yes", "can_retain": "yes", "can_use_or_weigh": "yes"},
        "can_communicate",
        "no",
        "unable_because_of_impairment",
    ),
    (
        {**TEST, "can_understand": "no", "can_retain": "yes", "can_use_or_weigh": "yes"},
        "can_communicate",
        "yes",
        "unable_because_of_impairment",
    ),
    (
        UNABLE_TO_WEIGH,
        "unable_because_of_impairment",
        "yes",
        "how_impairment_causes_inability",
    ),
    (UNABLE_TO_WEIGH, "unable_because_of_impairment", "no", "support_that_would_help"),
    (
        {**UNABLE_TO_WEIGH, "unable_because_of_impairment": "no"},
        "support_that_would_help",
        "An interpreter",
        "capacity_presumed",
    ),
    (
        {**UNABLE_TO_WEIGH, "unable_because_of_impairment": "yes"},
        "how_impairment_causes_inability",
        "Delirium",
        "likely_to_have_capacity_later",
    ),
    (IMPAIRED, "likely_to_have_capacity_later", "yes", "when_capacity_likely"),
    (IMPAIRED, "likely_to_have_capacity_later", "no", "person_encouraged_to_take_part"),
    (
        {**IMPAIRED, "likely_to_have_capacity_later": "yes"},
        "when_capacity_likely",
        "In a week, after treatment; the decision cannot wait",
        "person_encouraged_to_take_part",
    ),
    (
        {**IMPAIRED, "likely_to_have_capacity_later": "no"},
        "person_encouraged_to_take_part",
        "yes",
        "wishes_feelings_beliefs",
    ),
    (
        {**IMPAIRED, "likely_to_have_capacity_later": "no"},
        "person_encouraged_to_take_part",
        "no",
        "wishes_feelings_beliefs",
    ),
    (
        {
            **IMPAIRED,
            "likely_to_have_capacity_later": "no",
            "person_encouraged_to_take_part": "yes",
        },
        "wishes_feelings_beliefs",
        "Not known",
        "views_of_others",
    ),
    (
        {
            **IMPAIRED,
            "likely_to_have_capacity_later": "no",
            "person_encouraged_to_take_part": "yes",
            "wishes_feelings_beliefs": "Not known",
        },
        "views_of_others",
        "Her carer: in favour",
        "less_restrictive_way",
    ),
    (
        {k: v for k, v in BEST_INTERESTS.items() if k != "less_restrictive_way"},
        "less_restrictive_way",
        "yes",
        "sharing_in_best_interests",
    ),
    (
        {k: v for k, v in BEST_INTERESTS.items() if k != "less_restrictive_way"},
        "less_restrictive_way",
        "no",
        "sharing_in_best_interests",
    ),
    (
        BEST_INTERESTS,
        "sharing_in_best_interests",
        "yes",
        "lacks_capacity_sharing_in_best_interests",
    ),
    (
        BEST_INTERESTS,
        "sharing_in_best_interests",
        "no",
        "lacks_capacity_sharing_not_in_best_interests",
    ),
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
        for option in question.options:  # every option of every one-answer question
            assert (question.id, option.value) in covered, (question.id, option.value)


def outcome_of(answers: dict) -> str:
    state = replay(FLOW, answers)
    assert state.outcome is not None, state.current
    return state.outcome.id


def test_every_outcome_is_reached():
    reached = {leads_to for *_, leads_to in ROUTES if leads_to in {o.id for o in FLOW.outcomes}}
    assert reached == {o.id for o in FLOW.outcomes}


def test_the_impairment_question_is_never_asked_before_all_four_abilities():
    """JB [2021] UKSC 52: the functional question first, then the cause."""
    order = [q.id for q in FLOW.questions]
    assert order.index("unable_because_of_impairment") > max(order.index(a) for a in ABILITIES)
    for earlier, question, _, _ in ROUTES:
        if question == "unable_because_of_impairment":
            assert all(a in earlier for a in ABILITIES)


def test_all_four_abilities_are_asked_even_after_an_inability():
    answers = {**TEST, "can_understand": "no"}
    state = replay(FLOW, answers)
    assert state.current.id == "can_retain"
    answers = {**answers, "can_retain": "no", "can_use_or_weigh": "no", "can_communicate": "no"}
    asked = [q.id for q, _ in replay(FLOW, answers).path]
    assert [a for a in asked if a in ABILITIES] == list(ABILITIES)


def test_an_inability_with_another_cause_is_not_a_lack_of_capacity():
    answers = {
        **UNABLE_TO_WEIGH,
        "unable_because_of_impairment": "no",
        "support_that_would_help": "An interpreter",
    }
    assert outcome_of(answers) == "capacity_presumed"
    reasons = outcome_reasons("capacity_presumed", replay(FLOW, answers).answers)
    assert "unable to use or weigh that information" in reasons[0].text
    assert "not a lack of capacity under the Act (section 2(1))" in reasons[0].text


def test_without_all_practicable_steps_the_tool_never_indicates_a_lack_of_capacity():
    answers = {**HELPED, "all_practicable_steps_taken": "no"}
    assert outcome_of(answers) == "capacity_presumed"
    reasons = outcome_reasons("capacity_presumed", answers)
    assert "Not all practicable steps have been taken" in reasons[0].text
    assert "(section 1(3))" in reasons[0].text


def test_no_reason_to_doubt_means_capacity_is_presumed_and_their_decision_stands():
    answers = {**ADULT, "reason_to_doubt": "no"}
    reasons = outcome_reasons(outcome_of(answers), answers)
    assert "There is no reason to doubt" in reasons[0].text
    assert "A person must be assumed to have capacity unless it is established" in reasons[0].text
    assert "No best interests decision is made" in reasons[1].text
    assert reasons[1].cite.anchor == "consent.md#consent-refused"


def test_has_capacity_names_the_four_abilities_and_the_consent_rules():
    answers = {**TEST, **ABLE}
    assert outcome_of(answers) == "has_capacity"
    reasons = outcome_reasons("has_capacity", answers)
    assert "(section 3(1))" in reasons[0].text
    assert reasons[1].cite.anchor == "consent.md#consent-refused"
    assert [c.text for c in cautions("has_capacity", answers)][0].startswith(
        "A person is not to be treated as unable to make a decision merely because he makes "
        "an unwise decision"
    )


def test_under_16_points_to_competence_and_parental_responsibility():
    answers = {"aged_16_or_over": "no"}
    reasons = outcome_reasons(outcome_of(answers), answers)
    assert "(section 2(5))" in reasons[0].text
    assert "Gillick competence" in reasons[1].text
    assert "parental responsibility" in reasons[1].text


def test_not_assessed_quotes_the_guide_and_warns_that_capacity_is_still_assumed():
    answers = {**DOUBT, "good_reasons_not_to_assess": "yes", "reasons_not_to_assess": "Urgent"}
    outcome = outcome_of(answers)
    assert outcome == "not_assessed"
    assert (
        "these would need to be documented carefully" in outcome_reasons(outcome, answers)[0].text
    )
    caution = cautions(outcome, answers)[0]
    assert "a lack of capacity is not established" in caution.text
    assert caution.cite.anchor == "consent.md#sharing-without-consent"


@pytest.mark.parametrize(("in_best_interests", "words"), [("yes", "is in"), ("no", "is not in")])
def test_lacking_capacity_names_the_inability_the_cause_and_the_best_interests_answer(
    in_best_interests, words
):
    answers = {**BEST_INTERESTS, "sharing_in_best_interests": in_best_interests}
    outcome = outcome_of(answers)
    texts = [r.text for r in outcome_reasons(outcome, answers)]
    assert "The person is unable to use or weigh that information" in texts[0]
    assert "because of an impairment of, or a disturbance in the functioning of" in texts[1]
    assert "All practicable steps" in texts[2]
    assert f"Sharing this information {words} the person's best interests" in texts[3]
    caution_texts = " ".join(c.text for c in cautions(outcome, answers))
    assert "(section 2(3))" in caution_texts and "(section 1(4))" in caution_texts


def test_several_inabilities_are_named_together():
    answers = {**BEST_INTERESTS, "can_understand": "no", "sharing_in_best_interests": "yes"}
    text = outcome_reasons(outcome_of(answers), answers)[0].text
    assert text == (
        "The person is unable to understand the information relevant to the decision or use "
        "or weigh that information as part of the process of making the decision (section 3(1))."
    )


def test_best_interests_cautions_follow_the_answers():
    answers = {
        **BEST_INTERESTS,
        "likely_to_have_capacity_later": "yes",
        "when_capacity_likely": "Next week",
        "person_encouraged_to_take_part": "no",
        "less_restrictive_way": "yes",
        "sharing_in_best_interests": "yes",
    }
    texts = " ".join(c.text for c in cautions(outcome_of(answers), answers))
    assert "(section 4(3))" in texts and "(section 4(4))" in texts and "(section 1(6))" in texts
    required = reasons_required(answers, "lacks_capacity", "lacks_capacity")
    assert [r.text for r in required] == [
        "Record why it was not reasonably practicable to permit and encourage the person to "
        "take part in the decision (section 4(4))."
    ]


def test_deciding_a_lack_of_capacity_the_checklist_did_not_find_needs_reasons():
    required = reasons_required(
        {**ADULT, "reason_to_doubt": "no"}, "has_capacity", "lacks_capacity"
    )
    assert "record how it is established for this decision" in required[0].text
    assert reasons_required({}, "lacks_capacity", "not_assessed")[0].cite.anchor == (
        "legal-framework.md#mental-capacity-act-2005"
    )
    assert reasons_required({}, "has_capacity", "act_does_not_apply")[0].text.startswith(
        "The Act's powers cannot be used for a person under 16"
    )
    assert (
        reasons_required({**ADULT, "reason_to_doubt": "no"}, "has_capacity", "has_capacity") == []
    )


def test_outcome_headings():
    assert {o.id: (o.heading, o.indication) for o in FLOW.outcomes} == {
        "act_does_not_apply": (
            "The Mental Capacity Act does not apply: the person is under 16",
            "act_does_not_apply",
        ),
        "capacity_presumed": (
            "Assume the person has capacity for this decision",
            "has_capacity",
        ),
        "has_capacity": ("The person has capacity for this decision", "has_capacity"),
        "not_assessed": ("Capacity not assessed: record the reasons", "not_assessed"),
        "lacks_capacity_sharing_in_best_interests": (
            "The person lacks capacity for this decision: sharing is in their best interests",
            "lacks_capacity",
        ),
        "lacks_capacity_sharing_not_in_best_interests": (
            "The person lacks capacity for this decision: sharing is not in their best interests",
            "lacks_capacity",
        ),
    }


def test_the_choices_match_the_four_indications():
    assert [c.value for c in KIND.choices] == [
        "has_capacity",
        "lacks_capacity",
        "not_assessed",
        "act_does_not_apply",
    ]
    assert {i.id: i.agrees_with for i in KIND.indications} == {
        c.value: c.value for c in KIND.choices
    }


def test_every_question_belongs_to_a_section_and_cites_something():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id
        if question.kind == "text":
            assert question.max_length == 2000, question.id
    for outcome in FLOW.outcomes:
        assert outcome.cites, outcome.id


def test_the_statute_is_quoted_as_enacted():
    hints = " ".join(q.hint for q in FLOW.questions)
    for words in (
        "A person must be assumed to have capacity unless it is established that he lacks capacity",
        "A person is not to be treated as unable to make a decision unless all practicable "
        "steps to help him to do so have been taken without success",
        "A person is not to be treated as unable to make a decision merely because he makes "
        "an unwise decision",
        "A lack of capacity cannot be established merely by reference to a person's age or "
        "appearance, or a condition of his, or an aspect of his behaviour, which might lead "
        "others to make unjustified assumptions about his capacity",
        "The fact that a person is able to retain the information relevant to a decision for "
        "a short period only does not prevent him from being regarded as able to make the "
        "decision",
        "information about the reasonably foreseeable consequences of deciding one way or "
        "another, or failing to make the decision",
        "able to understand an explanation of it given to him in a way that is appropriate to "
        "his circumstances (using simple language, visual aids or any other means)",
        "regard must be had to whether the purpose for which it is needed can be as "
        "effectively achieved in a way that is less restrictive of the person's rights and "
        "freedom of action",
    ):
        assert words in hints, words


def test_the_guides_words_on_not_assessing_are_quoted_exactly():
    guide = (Path(__file__).resolve().parents[2] / "docs/legal-framework.md").read_text("utf-8")
    hint = FLOW.question("good_reasons_not_to_assess").hint
    assert hint in guide


def test_the_record_asks_for_the_best_interests_decision_only_when_lacking_capacity():
    field = next(f for f in KIND.fields if f.name == "best_interests_decision")
    assert field.is_required({"decision": "lacks_capacity"})
    assert not field.is_required({"decision": "has_capacity"})
    assert KIND.defaults({**BEST_INTERESTS, "sharing_in_best_interests": "no"}) == {
        "best_interests_decision": "do_not_share"
    }
    assert KIND.defaults(ADULT) == {}
