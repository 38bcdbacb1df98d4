"""The public interest test, one block per question: given these answers, this response leads
there. Then its rules: each outcome names the answer that decided it; the Duty of
Confidence comes before the considerations; and the tool, its page and the guide agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given

from fss_logic.flow import ONE, TEXT, Route, replay
from fss_logic.flows.public_interest import KIND
from fss_logic.flows.public_interest.flow import FLOW, RULE_OF_PROPORTIONALITY, SECTIONS
from fss_logic.flows.public_interest.rules import cautions, outcome_reasons, reasons_required
from fss_logic.record import build_record, form_errors, why_reasons
from fss_logic.web import PageSession
from tests.unit.strategies import paths

DOCS = Path(__file__).resolve().parents[2] / "docs"

CHOSEN = {"which_criteria": ["vulnerable"]}
DUTY = {**CHOSEN, "overrides_duty_of_confidence": "yes"}
HOLDER = {**DUTY, "represents_holder": "yes"}
NOT_HOLDER = {**DUTY, "represents_holder": "no"}
IN_FAVOUR = {**NOT_HOLDER, "holder_views": "in_favour"}
AGAINST = {**NOT_HOLDER, "holder_views": "against"}
NOT_SOUGHT = {**NOT_HOLDER, "holder_views": "not_sought"}
NO_DUTY = {**CHOSEN, "overrides_duty_of_confidence": "no"}
ANOTHER = {
    "which_criteria": ["justice", "another"],
    "other_public_interest": "Protecting patients at a care home",
    "overrides_duty_of_confidence": "no",
}

# The considerations page, in order, answered so that every consideration is met.
JUDGING_ORDER = (
    ("proportionate_to_aim", "yes"),
    ("another_equally_effective_means", "no"),
    ("necessary_to_prevent_or_detect_crime", "yes"),
    ("necessary_to_protect_others", "yes"),
    ("weighing", "Two children under five live with him; he may lose trust in his GP."),
)
CONSIDERATIONS = [question for question, _ in JUDGING_ORDER]


def judged(confidence=NO_DUTY, upto=None, **changes) -> dict:
    """Answers from ``confidence`` through the considerations page, changed as named, up to
    (not including) the question ``upto``."""
    answers = dict(confidence)
    for question, answer in JUDGING_ORDER:
        if question == upto:
            break
        answers[question] = changes.get(question, answer)
    return answers


def before_last(confidence=NO_DUTY, **changes) -> dict:
    return judged(confidence, upto="weighing", **changes)


LAST = JUDGING_ORDER[-1]

# (earlier answers, question, response, where it leads)
ROUTES = [
    # The criteria: none of them ends the test; another public interest is described.
    ({}, "which_criteria", ["none"], "not_justified"),
    ({}, "which_criteria", ["vulnerable", "detection"], "overrides_duty_of_confidence"),
    ({}, "which_criteria", ["another"], "other_public_interest"),
    ({}, "which_criteria", ["justice", "another"], "other_public_interest"),
    (
        {"which_criteria": ["another"]},
        "other_public_interest",
        "Protecting patients at a care home",
        "overrides_duty_of_confidence",
    ),
    # The Duty of Confidence, before the considerations.
    (CHOSEN, "overrides_duty_of_confidence", "yes", "represents_holder"),
    (CHOSEN, "overrides_duty_of_confidence", "no", "proportionate_to_aim"),
    (DUTY, "represents_holder", "yes", "proportionate_to_aim"),
    (DUTY, "represents_holder", "no", "holder_views"),
    (NOT_HOLDER, "holder_views", "in_favour", "proportionate_to_aim"),
    (NOT_HOLDER, "holder_views", "against", "holder_against"),
    (NOT_HOLDER, "holder_views", "not_sought", "seek_views_first"),
    # The considerations page, replayed one question at a time.
    (NO_DUTY, "proportionate_to_aim", "yes", "another_equally_effective_means"),
    (NO_DUTY, "proportionate_to_aim", "no", "another_equally_effective_means"),
    *(
        (judged(upto=question), question, answer, following)
        for question, following in zip(CONSIDERATIONS[1:4], CONSIDERATIONS[2:], strict=True)
        for answer in ("yes", "no")
    ),
    # The weighing routes to the outcome the considerations add up to.
    (before_last(), *LAST, "justified"),
    (before_last(HOLDER), *LAST, "justified"),
    (before_last(IN_FAVOUR), *LAST, "justified"),
    (before_last(ANOTHER), *LAST, "justified"),
    (before_last(necessary_to_prevent_or_detect_crime="no"), *LAST, "justified"),
    (before_last(necessary_to_protect_others="no"), *LAST, "justified"),
    (before_last(proportionate_to_aim="no"), *LAST, "not_justified"),
    (before_last(another_equally_effective_means="yes"), *LAST, "not_justified"),
    (
        before_last(necessary_to_prevent_or_detect_crime="no", necessary_to_protect_others="no"),
        *LAST,
        "not_justified",
    ),
    (before_last(IN_FAVOUR, proportionate_to_aim="no"), *LAST, "not_justified"),
]


def test_every_question_every_answer_and_every_branch_has_a_row():
    covered = {(q, r) for _, q, r, _ in ROUTES if isinstance(r, str)}
    reached = {(q, to) for _, q, _, to in ROUTES}
    for question in FLOW.questions:
        if question.kind == ONE:
            for option in question.options:
                assert (question.id, option.value) in covered, (question.id, option.value)
        for target in question.targets():
            assert (question.id, target) in reached, (question.id, target)
    assert isinstance(FLOW.question("weighing").next, Route)


def answers_to(outcome_id: str, confidence=NO_DUTY, **changes) -> dict:
    answers = {**before_last(confidence, **changes), LAST[0]: LAST[1]}
    assert replay(FLOW, answers).outcome.id == outcome_id
    return answers


def texts(findings) -> list[str]:
    return [finding.text for finding in findings]


NOT_JUSTIFIED = "the public interest does not justify disclosure."


def test_none_of_these_is_not_justified_and_says_so():
    state = replay(FLOW, {"which_criteria": ["none"]})
    assert state.outcome.id == "not_justified" and len(state.path) == 1
    assert state.outcome.heading == "The public interest does not justify disclosure"
    assert KIND.indication(state.outcome.indication).agrees_with == "do_not_disclose"
    assert texts(outcome_reasons("not_justified", state.answers)) == [
        "None of the public interest criteria applies: " + NOT_JUSTIFIED
    ]


@pytest.mark.parametrize("chosen", [["none", "vulnerable"], ["another", "none"]])
def test_none_of_these_with_another_criterion_is_not_an_answer(chosen):
    state = replay(FLOW, {"which_criteria": chosen, "overrides_duty_of_confidence": "no"})
    assert state.current.id == "which_criteria" and state.path == () and state.outcome is None
    page = PageSession("public_interest")
    page.answer_with({"which_criteria": chosen})
    assert page.step == "question:which_criteria"
    alone = "Select “None of these” on its own, or only the answers that apply"
    assert alone in page.response["html"]


def test_views_not_sought_is_a_step_to_take_not_a_refusal():
    state = replay(FLOW, NOT_SOUGHT)
    outcome = state.outcome
    assert outcome.id == "seek_views_first" and outcome.indication == "seek_views"
    assert outcome.heading == (
        "Seek the views of the organisation that holds the Duty of Confidence, then decide"
    )
    indication = KIND.indication("seek_views")
    assert (indication.agrees_with, indication.tone) == ("not_yet", "neutral")
    assert [q.id for q, _ in state.path][-1] == "holder_views"  # no consideration is asked
    reasons = texts(outcome_reasons("seek_views_first", state.answers))
    assert reasons[0].startswith("The public interest criteria that apply: Protection of")
    assert reasons[-1].startswith("You have not yet sought the views of the person representing")
    assert reasons[-1].endswith("seek them, then decide.")
    assert not any(NOT_JUSTIFIED in text for text in reasons)
    assert why_reasons(KIND, state, {"decision": "not_yet"}) == []


ADVICE = (
    "The Partner may wish to seek specialist or legal advice if there is lack of clarity "
    "around justifiable disclosure of information."
)
FINAL_ARBITER = (
    "The originating Partner will be the final arbiter as to whether information is disclosed "
    "or not"
)


def test_the_holder_against_disclosure_is_not_justified_and_final():
    state = replay(FLOW, AGAINST)
    outcome = state.outcome
    assert (outcome.id, outcome.indication) == ("holder_against", "not_justified")
    assert outcome.summary.startswith(FINAL_ARBITER) and ADVICE in outcome.summary
    assert [q.id for q, _ in state.path][-1] == "holder_views"
    reasons = texts(outcome_reasons("holder_against", state.answers))
    assert reasons[-1].startswith("The organisation that holds the Duty of Confidence is against")
    assert FINAL_ARBITER in reasons[-1]
    found = texts(cautions("holder_against", state.answers))
    assert any(text.startswith(ADVICE) for text in found)


def test_disclosing_against_the_holder_must_say_why_with_the_final_arbiter_and_advice():
    state = replay(FLOW, AGAINST)
    required = texts(reasons_required(state.answers, "not_justified", "disclose"))
    assert any("final arbiter" in text and "legal advice" in text for text in required)
    assert reasons_required(state.answers, "not_justified", "do_not_disclose") == []
    errors = form_errors(KIND, state, {"decision": "disclose"})
    assert errors["decision_reasons"].startswith("Enter your reasons. ")
    assert errors["disclosed_what"] == "Enter what you disclosed"
    record = build_record(KIND, state, FORM, "2026-12-03T10:00:00+00:00", "a1b2c3d4")
    shown = record["decision"]["reasons_required"]
    assert any("final arbiter" in text and "legal advice" in text for text in shown)
    assert (
        shown[-1]
        == "Your decision differs from the outcome the tool indicated: record your reasons."
    )


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
    failing = [r for r in reasons if r.endswith(NOT_JUSTIFIED)]
    assert len(failing) == 1 and failing[0].startswith(named)
    assert reasons[0].startswith("The public interest criteria that apply: Protection of")


def test_every_failing_consideration_is_named():
    answers = answers_to(
        "not_justified",
        IN_FAVOUR,
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
        "they agree to the disclosure",
    ):
        assert named in reasons


def test_the_considerations_are_one_page_with_one_box_for_the_weighing():
    first = FLOW.question("proportionate_to_aim")
    assert [q.id for q in FLOW.page_questions(first, NO_DUTY)] == CONSIDERATIONS
    assert [q.kind for q in FLOW.page_members(first)] == [ONE, ONE, ONE, ONE, TEXT]
    assert {q.id for q in FLOW.questions if q.kind == TEXT} == {"other_public_interest", "weighing"}
    page = PageSession("public_interest")
    steps = page.walk(answers_to("justified", IN_FAVOUR))
    assert steps[-1] == tuple(CONSIDERATIONS) and len(steps) == 5
    assert page.step == "check"


def test_every_consideration_is_asked_even_after_one_fails():
    answers = answers_to("not_justified", proportionate_to_aim="no")
    asked = [q.id for q, _ in replay(FLOW, answers).path]
    assert asked[-len(CONSIDERATIONS) :] == CONSIDERATIONS


@pytest.mark.parametrize(
    ("confidence", "named"),
    [
        (NO_DUTY, "No Duty of Confidence would be overridden without consent."),
        (HOLDER, "You represent the organisation that holds the Duty of Confidence."),
        (
            IN_FAVOUR,
            "The views of the person representing the organisation that holds the Duty of "
            "Confidence were sought: they agree to the disclosure. Take them into account.",
        ),
    ],
)
def test_justified_names_every_consideration_met_and_the_duty_of_confidence(confidence, named):
    answers = answers_to("justified", confidence)
    reasons = texts(outcome_reasons("justified", answers))
    assert named in reasons
    assert "The intended disclosure is proportionate to the intended aim." in reasons
    assert "There is no other equally effective means of achieving the same aim." in reasons
    assert (
        "The disclosure is necessary to prevent or detect crime and uphold the rights and "
        "freedoms of the public." in reasons
    )
    assert "It is necessary to disclose the information, to protect others." in reasons
    assert reasons[-1].startswith("On this site's reading of the guide")
    assert not any(NOT_JUSTIFIED in text for text in reasons)


def test_justified_names_only_the_necessity_answered_yes():
    answers = answers_to("justified", necessary_to_prevent_or_detect_crime="no")
    reasons = " ".join(texts(outcome_reasons("justified", answers)))
    assert "It is necessary to disclose the information, to protect others." in reasons
    assert "necessary to prevent or detect crime" not in reasons


def test_another_public_interest_is_named_as_described():
    answers = answers_to("justified", ANOTHER)
    assert texts(outcome_reasons("justified", answers))[0] == (
        "The public interest criteria that apply: Administration of justice; another public "
        "interest (Protecting patients at a care home)."
    )


def test_cautions_show_proportionality_the_final_arbiter_and_advice():
    justified = texts(cautions("justified", answers_to("justified", HOLDER)))
    assert RULE_OF_PROPORTIONALITY in justified
    assert FINAL_ARBITER + "." in justified
    assert any("also needs a lawful basis under data protection law" in t for t in justified)
    not_justified = texts(cautions("not_justified", {"which_criteria": ["none"]}))
    seek = texts(cautions("seek_views_first", NOT_SOUGHT))
    for found in (justified, not_justified, seek):
        assert any(text.startswith(ADVICE) for text in found)
    assert RULE_OF_PROPORTIONALITY not in not_justified
    assert FINAL_ARBITER + "." in seek
    assert FINAL_ARBITER + "." not in texts(cautions("justified", answers_to("justified")))


DAMAGES = (
    "must be fully documented as an unjustified disclosure could lead to a claim for damages "
    "against the disclosing party"
)


def test_overriding_a_duty_of_confidence_must_be_fully_documented():
    for confidence in (HOLDER, IN_FAVOUR):
        answers = answers_to("justified", confidence)
        required = texts(reasons_required(answers, "justified", "disclose"))
        assert len(required) == 1 and DAMAGES in required[0]
        assert reasons_required(answers, "justified", "do_not_disclose") == []
    assert reasons_required(answers_to("justified"), "justified", "disclose") == []
    state = replay(FLOW, answers_to("justified", HOLDER))
    assert DAMAGES in form_errors(KIND, state, {"decision": "disclose"})["decision_reasons"]


def test_disclosing_without_the_holders_views_must_say_why():
    required = texts(reasons_required(NOT_SOUGHT, "seek_views", "disclose"))
    assert len(required) == 2 and DAMAGES in required[0]
    assert required[1].startswith("You have not sought the views of the person representing")


def test_the_record_has_three_choices_each_matching_an_indication():
    assert [(o.value, o.label) for o in KIND.choices] == [
        ("disclose", "Disclose in the public interest"),
        ("do_not_disclose", "Do not disclose"),
        (
            "not_yet",
            "Not yet: I will seek the views of the organisation that holds the Duty of "
            "Confidence first",
        ),
    ]
    assert [(i.id, i.agrees_with, i.tone) for i in KIND.indications] == [
        ("justified", "disclose", "go"),
        ("not_justified", "do_not_disclose", "stop"),
        ("seek_views", "not_yet", "neutral"),
    ]


FORM = {
    "maker_name": "Sam Jones",
    "maker_role": "Health visitor",
    "maker_organisation": "signatory-1",
    "maker_organisation_other": "",
    "requested_by": "DC Smith, Hertfordshire Constabulary",
    "requested_on": "2026-12-01",
    "about": "Adult B",
    "information": "Injuries seen at a home visit",
    "purpose": "An investigation of assault",
    "decision": "disclose",
    "decision_reasons": "The children are at risk; the final arbiter was asked.",
    "disclosed_what": "The injuries seen",
    "disclosed_to": "DC Smith",
    "disclosed_on": "2026-12-02T10:00",
    "disclosed_how": "Secure email",
    "advice": "legal",
    "advice_details": "Children Litigation Unit, 1 December",
}
NOT_DISCLOSED = {"disclosed_what", "disclosed_to", "disclosed_on", "disclosed_how"}


def test_the_record_asks_what_was_disclosed_only_when_disclosing():
    state = replay(FLOW, answers_to("justified"))
    assert form_errors(KIND, state, FORM) == {}
    errors = form_errors(KIND, state, {**FORM, **dict.fromkeys(NOT_DISCLOSED, "")})
    assert set(errors) == NOT_DISCLOSED
    quiet = {**FORM, **dict.fromkeys(NOT_DISCLOSED, ""), "decision": "do_not_disclose"}
    assert form_errors(KIND, state, quiet) == {}
    # Not disclosing differs from the indication, so the reasons must say why.
    assert form_errors(KIND, state, {**quiet, "decision_reasons": ""})["decision_reasons"] == (
        "Enter your reasons. Your decision differs from the outcome the tool indicated: record "
        "your reasons."
    )


def test_not_yet_is_the_choice_that_matches_seeking_the_views_first():
    state = replay(FLOW, NOT_SOUGHT)
    form = {**FORM, **dict.fromkeys(NOT_DISCLOSED, ""), "decision": "not_yet"}
    assert form_errors(KIND, state, form) == {}
    assert form_errors(KIND, state, {**form, "decision_reasons": ""}) == {
        "decision_reasons": "Enter your reasons"
    }
    assert form_errors(KIND, state, {**form, "decision": "maybe"})["decision"]


def test_outcome_headings():
    assert {o.id: (o.heading, o.indication) for o in FLOW.outcomes} == {
        "justified": ("Disclosure in the public interest is justified", "justified"),
        "seek_views_first": (
            "Seek the views of the organisation that holds the Duty of Confidence, then decide",
            "seek_views",
        ),
        "holder_against": (
            "Not justified: the organisation that holds the Duty of Confidence is against "
            "disclosure",
            "not_justified",
        ),
        "not_justified": ("The public interest does not justify disclosure", "not_justified"),
    }


def expected_outcome(answers) -> str:
    """The rule as the tool's page states it (docs/tools/public-interest.md#the-rule and
    #duty-of-confidence), written out again from the answers."""
    if list(answers["which_criteria"]) == ["none"]:
        return "not_justified"
    if answers["overrides_duty_of_confidence"] == "yes" and answers["represents_holder"] == "no":
        if answers["holder_views"] == "not_sought":
            return "seek_views_first"
        if answers["holder_views"] == "against":
            return "holder_against"
    necessary = "yes" in (
        answers["necessary_to_prevent_or_detect_crime"],
        answers["necessary_to_protect_others"],
    )
    met = (
        answers["proportionate_to_aim"] == "yes"
        and answers["another_equally_effective_means"] == "no"
        and necessary
    )
    return "justified" if met else "not_justified"


@given(answers=paths(FLOW))
def test_no_path_is_justified_without_the_holders_agreement_or_with_a_consideration_failing(
    answers,
):
    state = replay(FLOW, answers)
    assert state.done
    given_answers = state.answers
    if state.outcome.id == "justified":
        assert given_answers.get("holder_views") not in ("against", "not_sought")
        assert given_answers["proportionate_to_aim"] == "yes"
        assert given_answers["another_equally_effective_means"] == "no"
        assert "yes" in (
            given_answers["necessary_to_prevent_or_detect_crime"],
            given_answers["necessary_to_protect_others"],
        )
    if given_answers.get("holder_views") in ("against", "not_sought"):
        assert not set(CONSIDERATIONS) & set(given_answers)
    assert state.outcome.id == expected_outcome(given_answers)


def test_every_question_belongs_to_a_section_and_cites_something():
    for question in FLOW.questions:
        assert question.section in SECTIONS, question.id
        assert question.cites, question.id


def _guide_text(page: str) -> str:
    text = (DOCS / page).read_text("utf-8")
    return " ".join(re.sub(r"\*\*\*|\{:[^}]*\}", "", text).split())


GUIDE = _guide_text("public-interest.md") + " " + _guide_text("legal-framework.md")


def _guide_sentence(starting: str) -> str:
    """The guide's sentence that starts with ``starting``, as the guide has it."""
    return re.search(re.escape(starting) + r"[^.]*\.", GUIDE).group(0)


def _judging_list() -> list[str]:
    """The guide's six questions for judging the public interest, in its order."""
    text = (DOCS / "public-interest.md").read_text("utf-8")
    after = text.split("it is necessary to consider the following:", 1)[1]
    return re.findall(r"^- (.+)$", after.split("\n\n", 2)[1], re.MULTILINE)


def test_the_criteria_and_the_considerations_are_the_guides_words_in_its_order():
    options = FLOW.question("which_criteria").options
    labels = [o.label for o in options if o.value != "another" and not o.exclusive]
    assert "- " + " - ".join(labels) in GUIDE
    six = _judging_list()
    assert len(six) == 6
    asked = [FLOW.question(q).text for q in CONSIDERATIONS[:4]]
    assert asked == [six[0], six[3], six[4], six[5]]
    weighing = FLOW.question("weighing").text
    for question in (six[1], six[2]):  # asked in the one box, in the guide's order
        assert question[0].lower() + question[1:].rstrip("?") in weighing
    assert FLOW.question("proportionate_to_aim").page.hint.rstrip(".") in GUIDE
    assert RULE_OF_PROPORTIONALITY in GUIDE


def test_words_that_quote_the_guide_quote_it_word_for_word():
    for question_id in (
        "overrides_duty_of_confidence",
        "proportionate_to_aim",
        "necessary_to_protect_others",
    ):
        assert FLOW.question(question_id).hint in GUIDE, question_id
    must_seek = _guide_sentence("When overriding the Duty of Confidence")
    assert FLOW.question("holder_views").hint.startswith(must_seek)
    final = _guide_sentence("The originating Partner")
    assert final in FLOW.question("represents_holder").hint
    assert FLOW.question("holder_views").option("against").hint == final
    summary = FLOW.nodes["holder_against"].summary
    assert summary == final + " " + _guide_sentence("The Partner may wish")


def _tool_page() -> str:
    return (DOCS / "tools" / "public-interest.md").read_text("utf-8")


def _section(anchor: str) -> str:
    """The tool page's section ``anchor`` as written, up to the next section."""
    text = _tool_page()
    start = text.index("{#" + anchor + "}")
    following = text.find("\n## ", start)
    return text[start : following if following > 0 else None]


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_tools_page_has_the_sections_the_tool_cites():
    page = _tool_page()
    assert page.startswith('---\ntitle: "Decision tool: Public interest test"\n')
    assert "render_macros: true" in page.split("---", 2)[1]
    assert '{{ decision_tool("public_interest", "../public-interest-paper/") }}' in page
    for anchor in (
        "public-interest",
        "the-rule",
        "duty-of-confidence",
        "the-law",
        "common-law-duty-of-confidence",
        "article-8",
        "data-protection",
    ):
        assert page.count("{#" + anchor + "}") == 1, anchor
    assert "this site's reading" in _section("the-rule")
    assert "This site reads it as the organisation that holds the Duty of Confidence" in (
        _words(_section("duty-of-confidence"))
    )


def test_the_pages_quotes_in_its_rule_are_the_guides_words():
    for anchor in ("the-rule", "duty-of-confidence"):
        section = _section(anchor)
        quotes = re.findall(r"^> .*(?:\n> .*)*", section, re.MULTILINE)
        quoted = [_words(re.sub(r"^> |\*\*\*", "", q, flags=re.MULTILINE)) for q in quotes]
        quoted += [_words(q) for q in re.findall(r'"([^"]+)"', section)]
        assert len(quotes) == 1 and len(quoted) >= 3, anchor
        for words in quoted:
            assert words in GUIDE, (anchor, words)


def test_the_page_describes_the_tool_in_its_own_words():
    rule, confidence = _words(_section("the-rule")), _words(_section("duty-of-confidence"))
    for question_id in CONSIDERATIONS[:4]:
        assert FLOW.question(question_id).text in rule, question_id
    criteria = FLOW.question("which_criteria")
    for value in ("another", "none"):
        assert f"**{criteria.option(value).label}**" in rule
    page = rule + " " + confidence
    for outcome in FLOW.outcomes:
        assert f"**{outcome.heading}**" in page, outcome.id
    for option in FLOW.question("holder_views").options:
        assert f"**{option.label}**" in confidence, option.value
    assert f"**{KIND.choice_label('not_yet')}**" in confidence
