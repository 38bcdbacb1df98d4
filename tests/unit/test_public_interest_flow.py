"""The public interest test, one block per question: given these answers, this response leads
there. Then its rules: each outcome names the answer that decided it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fss_logic.flow import ONE, Route, replay
from fss_logic.flows.public_interest import KIND
from fss_logic.flows.public_interest.flow import FLOW, RULE_OF_PROPORTIONALITY, SECTIONS
from fss_logic.flows.public_interest.rules import cautions, outcome_reasons, reasons_required
from fss_logic.record import form_errors

DOCS = Path(__file__).resolve().parents[2] / "docs"

CRITERIA = {"criterion_applies": "yes"}
CHOSEN = {**CRITERIA, "which_criteria": ["vulnerable"]}
DUTY = {**CHOSEN, "overrides_duty_of_confidence": "yes"}
NOT_HOLDER = {**DUTY, "represents_holder": "no"}
NO_DUTY = {**CHOSEN, "overrides_duty_of_confidence": "no"}

JUDGING_ORDER = (
    ("proportionate_to_aim", "yes"),
    ("proportionate_reason", "It is limited to what the police asked for."),
    ("vulnerability_of_those_at_risk", "Two children under five."),
    ("impact_on_individual", "Loss of trust in the health visitor."),
    ("another_equally_effective_means", "no"),
    ("other_means_reason", "Asking for consent would alert him."),
    ("necessary_to_prevent_or_detect_crime", "yes"),
    ("prevent_or_detect_crime_reason", "The police are investigating an assault."),
    ("necessary_to_protect_others", "yes"),
    ("protect_others_reason", "The children live with him."),
)


def judged(confidence=NO_DUTY, upto=None, **changes) -> dict:
    """Answers from ``confidence`` through the six considerations, changed as named, up to
    (not including) the question ``upto``."""
    answers = dict(confidence)
    for question, answer in JUDGING_ORDER:
        if question == upto:
            break
        answers[question] = changes.get(question, answer)
    return answers


def before_last(confidence=NO_DUTY, **changes) -> dict:
    return judged(confidence, upto="protect_others_reason", **changes)


LAST = ("protect_others_reason", "The children live with him.")

# (earlier answers, question, response, where it leads)
ROUTES = [
    ({}, "criterion_applies", "yes", "which_criteria"),
    ({}, "criterion_applies", "no", "not_justified"),
    (CRITERIA, "which_criteria", ["vulnerable", "detection"], "overrides_duty_of_confidence"),
    (CRITERIA, "which_criteria", ["another"], "other_public_interest"),
    (CRITERIA, "which_criteria", ["justice", "another"], "other_public_interest"),
    (
        {**CRITERIA, "which_criteria": ["another"]},
        "other_public_interest",
        "Protecting patients at a care home",
        "overrides_duty_of_confidence",
    ),
    (CHOSEN, "overrides_duty_of_confidence", "yes", "represents_holder"),
    (CHOSEN, "overrides_duty_of_confidence", "no", "proportionate_to_aim"),
    (DUTY, "represents_holder", "yes", "proportionate_to_aim"),
    (DUTY, "represents_holder", "no", "holder_views_sought"),
    (NOT_HOLDER, "holder_views_sought", "yes", "holder_views"),
    (NOT_HOLDER, "holder_views_sought", "no", "proportionate_to_aim"),
    (
        {**NOT_HOLDER, "holder_views_sought": "yes"},
        "holder_views",
        "The GP practice manager, 3 May: agrees, if limited to the injuries.",
        "proportionate_to_aim",
    ),
    (NO_DUTY, "proportionate_to_aim", "yes", "proportionate_reason"),
    (NO_DUTY, "proportionate_to_aim", "no", "proportionate_reason"),
    (
        judged(upto="proportionate_reason"),
        "proportionate_reason",
        "Limited",
        "vulnerability_of_those_at_risk",
    ),
    (
        judged(upto="vulnerability_of_those_at_risk"),
        "vulnerability_of_those_at_risk",
        "A baby",
        "impact_on_individual",
    ),
    (
        judged(upto="impact_on_individual"),
        "impact_on_individual",
        "Some",
        "another_equally_effective_means",
    ),
    (
        judged(upto="another_equally_effective_means"),
        "another_equally_effective_means",
        "yes",
        "other_means_reason",
    ),
    (
        judged(upto="another_equally_effective_means"),
        "another_equally_effective_means",
        "no",
        "other_means_reason",
    ),
    (
        judged(upto="other_means_reason"),
        "other_means_reason",
        "None",
        "necessary_to_prevent_or_detect_crime",
    ),
    (
        judged(upto="necessary_to_prevent_or_detect_crime"),
        "necessary_to_prevent_or_detect_crime",
        "yes",
        "prevent_or_detect_crime_reason",
    ),
    (
        judged(upto="necessary_to_prevent_or_detect_crime"),
        "necessary_to_prevent_or_detect_crime",
        "no",
        "prevent_or_detect_crime_reason",
    ),
    (
        judged(upto="prevent_or_detect_crime_reason"),
        "prevent_or_detect_crime_reason",
        "An assault",
        "necessary_to_protect_others",
    ),
    (
        judged(upto="necessary_to_protect_others"),
        "necessary_to_protect_others",
        "yes",
        "protect_others_reason",
    ),
    (
        judged(upto="necessary_to_protect_others"),
        "necessary_to_protect_others",
        "no",
        "protect_others_reason",
    ),
    # The last question routes to the outcome the considerations add up to.
    (before_last(), *LAST, "justified"),
    (before_last({**DUTY, "represents_holder": "yes"}), *LAST, "justified"),
    (
        before_last({**NOT_HOLDER, "holder_views_sought": "yes", "holder_views": "Agreed"}),
        *LAST,
        "justified",
    ),
    (before_last(necessary_to_prevent_or_detect_crime="no"), *LAST, "justified"),
    (before_last({**NOT_HOLDER, "holder_views_sought": "no"}), *LAST, "seek_views_first"),
    (before_last(proportionate_to_aim="no"), *LAST, "not_justified"),
    (before_last(another_equally_effective_means="yes"), *LAST, "not_justified"),
    (
        before_last(necessary_to_prevent_or_detect_crime="no", necessary_to_protect_others="no"),
        *LAST,
        "not_justified",
    ),
    (
        before_last({**NOT_HOLDER, "holder_views_sought": "no"}, proportionate_to_aim="no"),
        *LAST,
        "not_justified",
    ),
]


@pytest.mark.parametrize(
    ("earlier", "question", "response", "leads_to"),
    ROUTES,
    ids=[f"{q}={r}->{to}" for _, q, r, to in ROUTES],
)
def test_response_leads_there(earlier, question, response, leads_to):
    before = replay(FLOW, earlier)
    assert before.current is not None and before.current.id == question, "setup reaches it"
    after = replay(FLOW, {**earlier, question: response})
    reached = after.outcome.id if after.outcome else after.current.id
    assert reached == leads_to


def test_every_question_every_answer_and_every_branch_has_a_row():
    covered = {(q, r) for _, q, r, _ in ROUTES if isinstance(r, str)}
    reached = {(q, to) for _, q, _, to in ROUTES}
    for question in FLOW.questions:
        assert any(q == question.id for q, _ in reached), question.id
        if question.kind == ONE:
            for option in question.options:
                assert (question.id, option.value) in covered, (question.id, option.value)
        if isinstance(question.next, Route):
            for target in question.next.targets:
                assert (question.id, target) in reached, (question.id, target)


def answers_to(outcome_id: str, confidence=NO_DUTY, **changes) -> dict:
    answers = {**before_last(confidence, **changes), LAST[0]: LAST[1]}
    assert replay(FLOW, answers).outcome.id == outcome_id
    return answers


def texts(findings) -> list[str]:
    return [finding.text for finding in findings]


def test_no_criterion_is_not_justified_and_says_so():
    reasons = texts(outcome_reasons("not_justified", {"criterion_applies": "no"}))
    assert reasons == [
        "None of the public interest criteria applies: the public interest does not justify "
        "disclosure."
    ]


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        (
            {"proportionate_to_aim": "no"},
            "The intended disclosure is not proportionate to the intended aim",
        ),
        (
            {"another_equally_effective_means": "yes"},
            "There is another equally effective means of achieving the same aim",
        ),
        (
            {"necessary_to_prevent_or_detect_crime": "no", "necessary_to_protect_others": "no"},
            "The disclosure is not necessary to prevent or detect crime",
        ),
    ],
)
def test_the_failing_consideration_is_named_and_only_it(changes, named):
    answers = answers_to("not_justified", **changes)
    reasons = texts(outcome_reasons("not_justified", answers))
    failing = [r for r in reasons if r.endswith("the public interest does not justify disclosure.")]
    assert len(failing) == 1 and failing[0].startswith(named)
    assert reasons[0].startswith("The public interest criteria that apply: Protection of")


def test_every_failing_consideration_is_named():
    answers = answers_to(
        "not_justified",
        confidence={**NOT_HOLDER, "holder_views_sought": "no"},
        proportionate_to_aim="no",
        another_equally_effective_means="yes",
        necessary_to_prevent_or_detect_crime="no",
        necessary_to_protect_others="no",
    )
    reasons = " ".join(texts(outcome_reasons("not_justified", answers)))
    for named in (
        "not proportionate",
        "another equally effective means",
        "not necessary to prevent or detect crime",
        "You have not sought the views",
    ):
        assert named in reasons


def test_every_consideration_is_asked_even_after_one_fails():
    answers = answers_to("not_justified", proportionate_to_aim="no")
    asked = [q.id for q, _ in replay(FLOW, answers).path]
    assert asked[-len(JUDGING_ORDER) :] == [q for q, _ in JUDGING_ORDER]


def test_views_not_sought_is_not_justified_yet_with_that_reason():
    answers = answers_to("seek_views_first", {**NOT_HOLDER, "holder_views_sought": "no"})
    outcome = replay(FLOW, answers).outcome
    assert KIND.indication(outcome.indication).agrees_with == "do_not_disclose"
    reasons = texts(outcome_reasons("seek_views_first", answers))
    assert any(
        r.startswith("You have not sought the views of the person representing") for r in reasons
    )
    assert any("disclosure is not justified until they have" in r for r in reasons)


@pytest.mark.parametrize(
    ("confidence", "named"),
    [
        (NO_DUTY, "No Duty of Confidence would be overridden without consent."),
        (
            {**DUTY, "represents_holder": "yes"},
            "You represent the organisation that holds the Duty of Confidence.",
        ),
        (
            {**NOT_HOLDER, "holder_views_sought": "yes", "holder_views": "Agreed"},
            "The views of the person representing the organisation that holds the Duty of "
            "Confidence were sought and taken into account.",
        ),
    ],
)
def test_justified_names_every_consideration_met_and_the_duty_of_confidence(confidence, named):
    answers = answers_to("justified", confidence)
    reasons = texts(outcome_reasons("justified", answers))
    assert named in reasons
    assert "The intended disclosure is proportionate to the intended aim." in reasons
    assert "There is no other equally effective means of achieving the same aim." in reasons
    assert "It is necessary to disclose the information, to protect others." in reasons
    assert reasons[-1].startswith("On this site's reading of the guide")


def test_another_public_interest_is_named_as_described():
    answers = {
        "criterion_applies": "yes",
        "which_criteria": ["justice", "another"],
        "other_public_interest": "Protecting patients at a care home",
    }
    answers = answers_to("justified", {**answers, "overrides_duty_of_confidence": "no"})
    assert texts(outcome_reasons("justified", answers))[0] == (
        "The public interest criteria that apply: Administration of justice; another public "
        "interest (Protecting patients at a care home)."
    )


def test_cautions_show_proportionality_the_final_arbiter_and_advice():
    justified = texts(
        cautions("justified", answers_to("justified", {**DUTY, "represents_holder": "yes"}))
    )
    assert RULE_OF_PROPORTIONALITY in justified
    assert (
        "The originating Partner will be the final arbiter as to whether information is "
        "disclosed or not." in justified
    )
    advice = (
        "The Partner may wish to seek specialist or legal advice if there is lack of clarity "
        "around justifiable disclosure of information."
    )
    not_justified = texts(cautions("not_justified", {"criterion_applies": "no"}))
    for found in (justified, not_justified):
        assert any(text.startswith(advice) for text in found)
    assert RULE_OF_PROPORTIONALITY not in not_justified


DAMAGES = (
    "must be fully documented as an unjustified disclosure could lead to a claim for damages "
    "against the disclosing party"
)


def test_overriding_a_duty_of_confidence_must_be_fully_documented():
    answers = answers_to("justified", {**DUTY, "represents_holder": "yes"})
    required = texts(reasons_required(answers, "justified", "disclose"))
    assert any(DAMAGES in text for text in required)
    assert reasons_required(answers, "justified", "do_not_disclose") == []
    assert reasons_required(answers_to("justified"), "justified", "disclose") == []


def test_disclosing_without_the_holders_views_must_say_why():
    answers = answers_to("seek_views_first", {**NOT_HOLDER, "holder_views_sought": "no"})
    required = texts(reasons_required(answers, "not_justified", "disclose"))
    assert len(required) == 2 and DAMAGES in required[0]


def test_the_record_asks_what_was_disclosed_only_when_disclosing():
    state = replay(FLOW, answers_to("justified"))
    form = {"decision": "disclose", "decision_reasons": ""}
    errors = form_errors(KIND, state, form)
    for name in ("disclosed_what", "disclosed_to", "disclosed_on", "disclosed_how"):
        assert name in errors
    errors = form_errors(KIND, state, {**form, "decision": "do_not_disclose"})
    assert not {"disclosed_what", "disclosed_to", "disclosed_on", "disclosed_how"} & set(errors)
    for name in ("requested_by", "manager_advice", "legal_advice"):
        assert name in errors


def test_outcome_headings():
    assert {o.id: (o.heading, o.indication) for o in FLOW.outcomes} == {
        "justified": ("Disclosure in the public interest is justified", "justified"),
        "seek_views_first": (
            "Not justified yet: seek the views of the organisation that holds the Duty of "
            "Confidence",
            "not_justified",
        ),
        "not_justified": ("The public interest does not justify disclosure", "not_justified"),
    }
    assert [(i.id, i.agrees_with, i.tone) for i in KIND.indications] == [
        ("justified", "disclose", "go"),
        ("not_justified", "do_not_disclose", "stop"),
    ]


def test_every_question_belongs_to_a_section_and_cites_something():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id


def _guide_text(page: str) -> str:
    text = (DOCS / page).read_text("utf-8")
    return " ".join(re.sub(r"\*\*\*|\{:[^}]*\}", "", text).split())


def test_the_criteria_and_the_six_questions_are_the_guides_words_in_its_order():
    guide = _guide_text("public-interest.md")
    labels = [o.label for o in FLOW.question("which_criteria").options]
    assert labels[-1] == "Another public interest"
    assert "- " + " - ".join(labels[:-1]) in guide
    six = [
        FLOW.question(q).text
        for q in (
            "proportionate_to_aim",
            "vulnerability_of_those_at_risk",
            "impact_on_individual",
            "another_equally_effective_means",
            "necessary_to_prevent_or_detect_crime",
            "necessary_to_protect_others",
        )
    ]
    assert "- " + " - ".join(six) in guide
    assert RULE_OF_PROPORTIONALITY in guide


def test_hints_that_quote_the_guide_quote_it_word_for_word():
    guide = _guide_text("public-interest.md") + " " + _guide_text("legal-framework.md")
    for question_id in (
        "overrides_duty_of_confidence",
        "holder_views_sought",
        "proportionate_to_aim",
        "necessary_to_prevent_or_detect_crime",
        "necessary_to_protect_others",
    ):
        assert FLOW.question(question_id).hint in guide, question_id
    assert "The originating Partner will be the final arbiter" in guide


def test_the_tools_page_has_the_sections_the_tool_cites():
    page = (DOCS / "tools" / "public-interest.md").read_text("utf-8")
    assert '{{ decision_tool("public_interest", "../public-interest-paper/") }}' in page
    for anchor in ("the-rule", "data-protection"):
        assert "{#" + anchor + "}" in page
    assert "this site's reading" in page
