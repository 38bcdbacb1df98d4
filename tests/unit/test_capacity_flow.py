"""The Mental Capacity Act checklist, one block per question: given these answers, this
response leads there; then its rules, the words people see, and its page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import replay
from fss_logic.flows.capacity import KIND
from fss_logic.flows.capacity.flow import ABILITIES, FLOW, SECTIONS
from fss_logic.flows.capacity.rules import (
    cautions,
    lacks_capacity,
    outcome_reasons,
    reasons_required,
)
from fss_logic.record import form_errors, why_reasons
from fss_logic.record_form import ADVICE, form_fields
from tests.unit.strategies import every_answer, paths

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGE = DOCS / "tools" / "capacity.md"

ADULT = {"aged_16_or_over": "yes"}
DOUBT = {**ADULT, "reason_to_doubt": "yes", "why_doubt": "Could not say back what was explained"}
ASSESSING = {**DOUBT, "good_reasons_not_to_assess": "no"}
HELPED = {**ASSESSING, "help_given": "Explained with pictures, in a quiet room"}
STEPS_NOT_TAKEN = {**HELPED, "all_practicable_steps_taken": "no"}
TEST = {**HELPED, "all_practicable_steps_taken": "yes"}
ABLE = {ability: "yes" for ability in ABILITIES}
UNABLE_TO_WEIGH = {**TEST, **ABLE, "can_use_or_weigh": "no"}
IMPAIRED = {
    **UNABLE_TO_WEIGH,
    "unable_because_of_impairment": "yes",
    "how_impairment_causes_inability": "Delirium: cannot hold two options in mind",
}
ATTORNEY = {**IMPAIRED, "attorney_or_deputy": "yes"}
NO_ATTORNEY = {**IMPAIRED, "attorney_or_deputy": "no"}
BEST_INTERESTS = {
    **NO_ATTORNEY,
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
    # Steps not yet taken: take them first (section 1(3)); never a finding either way.
    (HELPED, "all_practicable_steps_taken", "no", "take_steps_first"),
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
        "attorney_or_deputy",
    ),
    # An attorney or deputy with authority decides (sections 6(6), 9 and 16); otherwise,
    # or if that is not known, the best interests steps of section 4.
    (IMPAIRED, "attorney_or_deputy", "yes", "attorney_or_deputy_decides"),
    (IMPAIRED, "attorney_or_deputy", "no", "likely_to_have_capacity_later"),
    (IMPAIRED, "attorney_or_deputy", "not_sure", "likely_to_have_capacity_later"),
    (NO_ATTORNEY, "likely_to_have_capacity_later", "yes", "when_capacity_likely"),
    (NO_ATTORNEY, "likely_to_have_capacity_later", "no", "person_encouraged_to_take_part"),
    (
        {**NO_ATTORNEY, "likely_to_have_capacity_later": "yes"},
        "when_capacity_likely",
        "In a week, after treatment; the decision cannot wait",
        "person_encouraged_to_take_part",
    ),
    (
        {**NO_ATTORNEY, "likely_to_have_capacity_later": "no"},
        "person_encouraged_to_take_part",
        "yes",
        "wishes_feelings_beliefs",
    ),
    (
        {**NO_ATTORNEY, "likely_to_have_capacity_later": "no"},
        "person_encouraged_to_take_part",
        "no",
        "wishes_feelings_beliefs",
    ),
    (
        {
            **NO_ATTORNEY,
            "likely_to_have_capacity_later": "no",
            "person_encouraged_to_take_part": "yes",
        },
        "wishes_feelings_beliefs",
        "Not known",
        "views_of_others",
    ),
    (
        {
            **NO_ATTORNEY,
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


def test_every_question_and_every_answer_has_a_row():
    rows = {(q, r) for _, q, r, _ in ROUTES if isinstance(r, str)}
    reached = {(q, leads_to) for _, q, _, leads_to in ROUTES}
    for question in FLOW.questions:
        assert any(q == question.id for q, _ in rows), question.id
        for option in question.options:  # every option of every one-answer question
            assert (question.id, option.value) in rows, (question.id, option.value)
        for target in question.targets():  # and every place it can lead
            assert (question.id, target) in reached, (question.id, target)


def outcome_of(answers: dict) -> str:
    state = replay(FLOW, answers)
    assert state.outcome is not None, state.current
    return state.outcome.id


def asked(answers: dict) -> list[str]:
    return [q.id for q, _ in replay(FLOW, answers).path]


def texts(findings) -> str:
    return " ".join(finding.text for finding in findings)


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
    assert [a for a in asked(answers) if a in ABILITIES] == list(ABILITIES)


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


def test_without_all_practicable_steps_the_checklist_says_take_them_first():
    """Section 1(3): not treated as unable until all practicable steps have been taken
    without success; nor is capacity found, assessed or presumed, on that path."""
    outcome = FLOW.nodes[outcome_of(STEPS_NOT_TAKEN)]
    assert outcome.id == "take_steps_first"
    assert outcome.indication == "take_steps_first"
    assert outcome.heading == "Take all practicable steps to help the person decide first"
    assert outcome.summary.startswith(
        "A person is not to be treated as unable to make a decision unless all practicable "
        "steps to help him to do so have been taken without success (section 1(3))."
    )
    assert "a lack of capacity is not established" in outcome.summary
    assert "then use this checklist again" in outcome.summary
    assert not {"can_understand", "unable_because_of_impairment"} & set(asked(STEPS_NOT_TAKEN))
    reasons = outcome_reasons(outcome.id, STEPS_NOT_TAKEN)
    assert reasons[0].text.startswith(
        "Not all practicable steps have been taken to help the person make this decision."
    )
    assert "(section 1(3))" in reasons[0].text
    assert "Take those steps, then use this checklist again." in reasons[0].text
    assert reasons[0].cite.anchor == "tools/capacity.md#principles"
    assert [c.text for c in cautions(outcome.id, STEPS_NOT_TAKEN)] == [
        "A person is not to be treated as unable to make a decision merely because he makes an "
        "unwise decision (section 1(4)). A refusal you think unwise is not, by itself, a reason "
        "to doubt capacity."
    ]


STEPS_REMAINING = (
    "Record which practicable steps to help the person decide have not yet been taken, and "
    "when they will be (section 1(3))."
)


@pytest.mark.parametrize(
    ("answers", "indication", "choice"),
    [
        (STEPS_NOT_TAKEN, "take_steps_first", "take_steps_first"),
        (STEPS_NOT_TAKEN, "take_steps_first", "has_capacity"),
        ({**ADULT, "reason_to_doubt": "no"}, "has_capacity", "take_steps_first"),
        ({**TEST, **ABLE}, "has_capacity", "take_steps_first"),
    ],
)
def test_steps_not_yet_taken_need_reasons_saying_which(answers, indication, choice):
    required = [r.text for r in reasons_required(answers, indication, choice)]
    assert STEPS_REMAINING in required


def test_the_record_will_not_be_made_without_reasons_saying_which_steps_remain():
    state = replay(FLOW, STEPS_NOT_TAKEN)
    assert [r.text for r in why_reasons(KIND, state, {"decision": "take_steps_first"})] == [
        STEPS_REMAINING
    ]
    errors = form_errors(KIND, state, {"decision": "take_steps_first", "decision_reasons": ""})
    assert errors["decision_reasons"] == f"Enter your reasons. {STEPS_REMAINING}"
    # Deciding otherwise on that path needs both: the steps, and why it differs.
    other = [r.text for r in why_reasons(KIND, state, {"decision": "has_capacity"})]
    assert other[0] == STEPS_REMAINING and other[-1].startswith("Your decision differs")
    lacks = [r.text for r in why_reasons(KIND, state, {"decision": "lacks_capacity"})]
    assert lacks[0].startswith("A person must be assumed to have capacity unless it is")


@settings(max_examples=300)
@given(data=st.data())
def test_no_path_without_all_practicable_steps_finds_capacity_or_its_lack(data):
    start = data.draw(st.sampled_from([{}, ADULT, DOUBT, ASSESSING, HELPED]))
    answers = data.draw(paths(FLOW, given=start))
    state = replay(FLOW, answers)
    if state.answers.get("all_practicable_steps_taken") == "no":
        assert state.outcome.indication not in ("has_capacity", "lacks_capacity")
        assert state.outcome.id == "take_steps_first"
    if state.outcome.indication == "lacks_capacity":
        assert state.answers["all_practicable_steps_taken"] == "yes"


@settings(max_examples=100)
@given(every_answer(FLOW))
def test_later_answers_cannot_undo_steps_not_yet_taken(answers):
    """Whatever else was answered, and however it was answered before, a No to the steps
    question ends the checklist there."""
    answers = {**answers, **STEPS_NOT_TAKEN}
    assert outcome_of(answers) == "take_steps_first"
    assert not lacks_capacity(replay(FLOW, answers).answers)


def test_no_reason_to_doubt_means_capacity_is_presumed_and_their_decision_stands():
    answers = {**ADULT, "reason_to_doubt": "no"}
    reasons = outcome_reasons(outcome_of(answers), answers)
    assert "There is no reason to doubt" in reasons[0].text
    assert "A person must be assumed to have capacity unless it is established" in reasons[0].text
    assert "No best interests decision is made" in reasons[1].text
    assert reasons[1].cite.anchor == "consent.md#consent-refused"


def test_a_condition_cannot_establish_a_lack_of_capacity_but_can_be_a_reason_to_doubt():
    """Section 2(3) is about establishing a lack of capacity, not about a reason to doubt."""
    hint = FLOW.question("reason_to_doubt").hint
    assert (
        "A lack of capacity cannot be established merely by reference to a person's age or "
        "appearance, a condition of theirs or an aspect of their behaviour (section 2(3), in "
        "short)"
    ) in hint
    assert hint.endswith(
        "but a condition, or how they are behaving, can be a reason to doubt it and to assess."
    )
    assert "by itself, a reason" not in hint  # the old words said it could not be


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


def test_the_attorney_or_deputy_question_comes_only_after_a_lack_of_capacity():
    question = FLOW.question("attorney_or_deputy")
    assert [(o.value, o.label) for o in question.options] == [
        ("yes", "Yes"),
        ("no", "No"),
        ("not_sure", "I am not sure"),
    ]
    assert "(sections 9 and 16)" in question.hint and "(section 6(6))" in question.hint
    assert "Office of the Public Guardian" in question.hint
    for earlier, name, _, _ in ROUTES:
        if name == "attorney_or_deputy":
            assert earlier["unable_because_of_impairment"] == "yes"
            assert earlier["all_practicable_steps_taken"] == "yes"


def test_an_attorney_or_deputy_with_authority_decides_in_best_interests():
    assert outcome_of(ATTORNEY) == "attorney_or_deputy_decides"
    outcome = FLOW.nodes["attorney_or_deputy_decides"]
    assert outcome.indication == "lacks_capacity"
    assert outcome.heading == (
        "The person lacks capacity for this decision: their attorney or deputy decides"
    )
    assert "they must decide in the person's best interests (section 4)" in outcome.summary
    assert "If they refuse, sharing without consent would need another basis" in outcome.summary
    reasons = [r.text for r in outcome_reasons(outcome.id, ATTORNEY)]
    assert reasons[0] == (
        "The person is unable to use or weigh that information as part of the process of "
        "making the decision (section 3(1))."
    )
    assert "because of an impairment of, or a disturbance in the functioning of" in reasons[1]
    assert "All practicable steps" in reasons[2] and "(section 1(3))" in reasons[2]
    assert reasons[3] == (
        "An attorney or a deputy has authority to make this decision for the person (sections 9 "
        "and 16): they decide, in the person's best interests (section 4)."
    )
    # The practitioner makes no best interests decision of their own on this path.
    assert "sharing_in_best_interests" not in asked(ATTORNEY)
    assert "likely_to_have_capacity_later" not in asked(ATTORNEY)
    caution_texts = texts(cautions(outcome.id, ATTORNEY))
    assert "(section 2(3))" in caution_texts and "(section 1(4))" in caution_texts
    assert "Office of the Public Guardian" not in caution_texts
    assert "(section 4(" not in caution_texts


@pytest.mark.parametrize("in_best_interests", ["yes", "no"])
def test_not_sure_of_an_attorney_or_deputy_goes_on_to_best_interests_with_a_caution(
    in_best_interests,
):
    answers = {
        **BEST_INTERESTS,
        "attorney_or_deputy": "not_sure",
        "sharing_in_best_interests": in_best_interests,
    }
    assert "likely_to_have_capacity_later" in asked(answers)
    outcome = outcome_of(answers)
    assert outcome.startswith("lacks_capacity_sharing_")
    found = [c for c in cautions(outcome, answers) if "Office of the Public Guardian" in c.text]
    assert [c.text for c in found] == [
        "You are not sure whether an attorney or a deputy has authority for this decision. "
        "Check with the Office of the Public Guardian: if one has, they decide, and acting for "
        "the person under section 5 does not extend to an act that conflicts with their "
        "decision (section 6(6))."
    ]
    assert found[0].cite.anchor == "tools/capacity.md#best-interests"
    answered_no = {**answers, "attorney_or_deputy": "no"}
    assert "Office of the Public Guardian" not in texts(cautions(outcome, answered_no))


@pytest.mark.parametrize(("in_best_interests", "words"), [("yes", "is in"), ("no", "is not in")])
def test_lacking_capacity_names_the_inability_the_cause_and_the_best_interests_answer(
    in_best_interests, words
):
    answers = {**BEST_INTERESTS, "sharing_in_best_interests": in_best_interests}
    outcome = outcome_of(answers)
    reasons = [r.text for r in outcome_reasons(outcome, answers)]
    assert "The person is unable to use or weigh that information" in reasons[0]
    assert "because of an impairment of, or a disturbance in the functioning of" in reasons[1]
    assert "All practicable steps" in reasons[2]
    assert f"Sharing this information {words} the person's best interests" in reasons[3]
    caution_texts = texts(cautions(outcome, answers))
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
    caution_texts = texts(cautions(outcome_of(answers), answers))
    assert "(section 4(3))" in caution_texts and "(section 4(4))" in caution_texts
    assert "(section 1(6))" in caution_texts
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
    assert reasons_required(ATTORNEY, "lacks_capacity", "lacks_capacity") == []


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
        "take_steps_first": (
            "Take all practicable steps to help the person decide first",
            "take_steps_first",
        ),
        "attorney_or_deputy_decides": (
            "The person lacks capacity for this decision: their attorney or deputy decides",
            "lacks_capacity",
        ),
        "lacks_capacity_sharing_in_best_interests": (
            "The person lacks capacity for this decision: sharing is in their best interests",
            "lacks_capacity",
        ),
        "lacks_capacity_sharing_not_in_best_interests": (
            "The person lacks capacity for this decision: sharing is not in their best interests",
            "lacks_capacity",
        ),
    }


def test_the_choices_match_the_five_indications():
    assert [(c.value, c.label) for c in KIND.choices] == [
        ("has_capacity", "The person has capacity to decide about consent to this sharing"),
        ("lacks_capacity", "The person lacks capacity to decide about consent to this sharing"),
        ("not_assessed", "Capacity has not been assessed, for the reasons recorded"),
        ("act_does_not_apply", "The Mental Capacity Act does not apply: the person is under 16"),
        (
            "take_steps_first",
            "Not yet decided: all practicable steps to help the person decide will be taken first",
        ),
    ]
    assert {i.id: i.agrees_with for i in KIND.indications} == {
        c.value: c.value for c in KIND.choices
    }
    assert {o.indication for o in FLOW.outcomes} == {c.value for c in KIND.choices}


def test_every_question_belongs_to_a_section_and_cites_something():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id
        if question.kind == "text":
            assert question.max_length == 2000, question.id
    for outcome in FLOW.outcomes:
        assert outcome.cites, outcome.id


STATUTE = (
    "A person must be assumed to have capacity unless it is established that he lacks capacity",
    "A person is not to be treated as unable to make a decision unless all practicable steps "
    "to help him to do so have been taken without success",
    "A person is not to be treated as unable to make a decision merely because he makes an "
    "unwise decision",
    "A lack of capacity cannot be established merely by reference to a person's age or "
    "appearance, or a condition of his, or an aspect of his behaviour, which might lead others "
    "to make unjustified assumptions about his capacity",
    "The fact that a person is able to retain the information relevant to a decision for a "
    "short period only does not prevent him from being regarded as able to make the decision",
    "information about the reasonably foreseeable consequences of deciding one way or another, "
    "or failing to make the decision",
    "able to understand an explanation of it given to him in a way that is appropriate to his "
    "circumstances (using simple language, visual aids or any other means)",
    "regard must be had to whether the purpose for which it is needed can be as effectively "
    "achieved in a way that is less restrictive of the person's rights and freedom of action",
)
"""Sections 1(2), 1(3), 1(4), 2(3), 3(3), 3(4), 3(2) and 1(6), word for word."""


@pytest.mark.parametrize("words", STATUTE)
def test_the_statute_is_quoted_as_enacted(words):
    hints = " ".join(q.hint for q in FLOW.questions)
    assert words in hints


def page_text() -> str:
    """The tool's page as one line of prose: list markers and the Act's dashes dropped, so
    that a quotation set out as (a) and (b) reads as the hint quotes it."""
    text = PAGE.read_text("utf-8")
    text = re.sub(r"^\s*(> ?|- |\d+\. )", "", text, flags=re.M)
    text = re.sub(r"—|\([a-d]\)", " ", text)
    return " ".join(text.split())


@pytest.mark.parametrize("words", STATUTE)
def test_the_page_quotes_the_statute_as_the_checklist_does(words):
    assert words.lower() in page_text().lower()


def test_the_guides_words_on_not_assessing_are_quoted_exactly():
    guide = (DOCS / "legal-framework.md").read_text("utf-8")
    hint = FLOW.question("good_reasons_not_to_assess").hint
    assert hint in guide


def test_every_anchor_the_checklist_cites_on_its_page_is_a_heading_there():
    ids = set(re.findall(r"^#+ .*\{#([a-z0-9-]+)\}\s*$", PAGE.read_text("utf-8"), flags=re.M))
    cited = {
        cite.anchor.partition("#")[2]
        for node in (*FLOW.questions, *FLOW.outcomes)
        for cite in node.cites
        if cite.anchor.startswith("tools/capacity.md#")
    }
    assert cited and cited <= ids, cited - ids


def test_the_page_describes_what_the_checklist_now_does():
    text = page_text()
    words = {4: "four", 5: "five", 6: "six"}
    assert f"The checklist indicates one of {words[len(KIND.choices)]} things" in text
    for said in (
        # Steps not taken: take them first, neither presumed nor found lacking.
        "the checklist indicates that all practicable steps must be taken first",
        # The attorney or deputy, and not being sure.
        "an attorney or a deputy",
        "Office of the Public Guardian",
        "(section 6(6))",
        # Section 2(3) is about establishing a lack of capacity, not a reason to doubt.
        "can be a reason to doubt and to assess",
    ):
        assert said in text, said
    assert "the checklist presumes capacity and asks you to take them" not in text


def test_the_record_asks_for_the_best_interests_decision_only_when_lacking_capacity():
    field = next(f for f in KIND.fields if f.name == "best_interests_decision")
    assert field.is_required({"decision": "lacks_capacity"})
    assert not field.is_required({"decision": "has_capacity"})
    assert not field.is_required({"decision": "take_steps_first"})
    assert KIND.defaults({**BEST_INTERESTS, "sharing_in_best_interests": "no"}) == {
        "best_interests_decision": "do_not_share"
    }
    assert KIND.defaults(ADULT) == {}


def test_the_record_asks_once_whether_advice_was_sought_and_what_it_was():
    advice = {spec.name: spec for spec in form_fields(KIND) if spec.group == ADVICE}
    assert list(advice) == ["advice", "advice_details"]
    assert [o.value for o in advice["advice"].options] == ["none", "manager", "legal", "both"]
    assert advice["advice"].is_required({})
    for sought in ("manager", "legal", "both"):
        assert advice["advice_details"].is_required({"advice": sought}), sought
    assert not advice["advice_details"].is_required({"advice": "none"})


@pytest.mark.parametrize(("found", "recorded"), [("no", "share"), ("yes", "do_not_share")])
def test_a_best_interests_decision_against_the_checklist_is_a_departure_that_asks_why(
    found, recorded
):
    from tools.paths import LACKS_CAPACITY

    state = replay(
        FLOW, {**LACKS_CAPACITY, "reason_to_doubt": "yes", "sharing_in_best_interests": found}
    )
    form = {"decision": "lacks_capacity", "best_interests_decision": recorded}
    required = [r.text for r in why_reasons(KIND, state, form)]
    assert len(required) == 1 and required[0].startswith("A departure from your answers: the ")
    said = "is not" if found == "no" else "is"
    assert f"the checklist found sharing {said} in the person's best interests" in required[0]
    errors = form_errors(KIND, state, {**form, "decision_reasons": ""})
    assert "A departure from your answers" in errors["decision_reasons"]
    # As the checklist found it: nothing more to say.
    agreed = {**form, "best_interests_decision": "share" if found == "yes" else "do_not_share"}
    assert why_reasons(KIND, state, agreed) == []
