"""The training scenarios (issue 20): every model answer runs through its tool and reaches
the exercise's outcome; between them the exercises reach every outcome of every tool; every
cited anchor exists; every case the issue names is there; and ``compare`` sets a trainee's
answers beside the model's.

A change to a flow that changes a model outcome, a model answer to a question that is no
longer asked, or a cited anchor that is gone fails here.

Coverage counts only the exercises run on each tool itself: an outcome the share tool
reaches inside one of its parts (the public interest test, the checklist, the gateways) is
not counted for the part's tool, so each tool's outcomes are taught on that tool.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given as hypothesis_given
from hypothesis import settings
from hypothesis import strategies as st

import fss_logic.flows as flows_package
from fss_logic.flow import ONE, TEXT, Cite, normalise, replay
from fss_logic.flows import FLOWS
from fss_logic.training import (
    LEVELS,
    PARTLY_WORKED,
    SCENARIOS,
    UNAIDED,
    WORKED,
    compare,
    exercise,
    given,
    model_state,
    scenario,
    tool_reasons,
)
from fss_logic.training.scenarios import EIGHTH_PRINCIPLE
from tests.unit.strategies import paths

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
MANIFEST = ROOT / "tests" / "site" / "guide_anchors.txt"

EXERCISES = [(s, e) for s in SCENARIOS for e in s.exercises]
EVERY_EXERCISE = pytest.mark.parametrize(
    ("owner", "ex"), EXERCISES, ids=[e.id for _, e in EXERCISES]
)


def model_answers(ex) -> dict:
    return {a.question: a.answer for a in ex.answers}


# Every model answer runs through its tool.


@EVERY_EXERCISE
def test_the_model_answers_reach_the_exercise_outcome(owner, ex):
    state = model_state(ex)
    stopped = state.current.id if state.current else None
    assert state.outcome is not None, f"{ex.id}: the model answers stop at {stopped}"
    assert state.outcome.id == ex.outcome, f"{ex.id}: reached {state.outcome.id}"


@EVERY_EXERCISE
def test_every_model_answer_is_asked_and_used_in_the_order_asked(owner, ex):
    state = model_state(ex)
    asked = [question.id for question, _ in state.path]
    given_ids = [a.question for a in ex.answers]
    assert len(given_ids) == len(set(given_ids)), f"{ex.id}: a question answered twice"
    unused = [q for q in given_ids if q not in asked]
    assert unused == [], f"{ex.id}: model answers to questions not asked: {unused}"
    assert given_ids == asked, f"{ex.id}: the model answers are not in the order asked"
    for (question, taken), model in zip(state.path, ex.answers, strict=True):
        assert taken == normalise(question, model.answer), f"{ex.id}: {question.id} changed"


@EVERY_EXERCISE
def test_every_exercise_is_complete(owner, ex):
    assert ex.title.strip() and ex.record, ex.id
    assert all(a.reason.strip() for a in ex.answers), f"{ex.id}: a model answer has no reason"
    assert 0 <= ex.worked_until <= len(ex.answers), ex.id
    assert owner.facts and owner.prompts and owner.themes, owner.id
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", owner.id), owner.id


def test_every_outcome_of_every_tool_is_reached_by_an_exercise_on_it():
    reached = {tool: set() for tool in FLOWS}
    for _, ex in EXERCISES:
        reached[ex.tool].add(model_state(ex).outcome.id)
    missing = {
        tool: sorted({o.id for o in flow.outcomes} - reached[tool]) for tool, flow in FLOWS.items()
    }
    missing = {tool: ids for tool, ids in missing.items() if ids}
    assert missing == {}, f"Outcomes no exercise reaches: {missing}"


def test_the_coverage_check_can_fail():
    """It counts outcomes by tool: the share tool's outcomes are not the gateways'."""
    share = {o.id for o in FLOWS["share"].outcomes}
    assert len(share) == 12
    assert {o.id for o in FLOWS["public_interest"].outcomes} == {
        "justified",
        "seek_views_first",
        "holder_against",
        "not_justified",
    }
    assert len(FLOWS["capacity"].outcomes) == 8 and len(FLOWS["gateways"].outcomes) == 3


@EVERY_EXERCISE
def test_the_tools_own_reasons_are_given_for_the_model_outcome(owner, ex):
    found = tool_reasons(ex)
    assert found, f"{ex.id}: the tool gives no reason"
    for finding in found:
        assert finding.text.strip() and finding.cite.anchor.count(".md#") == 1


# Every cited anchor exists.


def _guide_anchors() -> set[str]:
    lines = MANIFEST.read_text("utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _tool_page_anchors() -> set[str]:
    found = set()
    for page in (DOCS / "tools").glob("*.md"):
        for anchor in re.findall(r"\{#([a-z0-9-]+)\}", page.read_text("utf-8")):
            found.add(f"tools/{page.name}#{anchor}")
    return found


def _known_cites() -> dict[str, str]:
    """Every Cite the tools' modules name, anchor to title: the scenarios reuse them."""
    known = {}
    for module in _modules(flows_package):
        for item in vars(module).values():
            if isinstance(item, Cite):
                known[item.anchor] = item.title
    return known


def _modules(package):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        yield importlib.import_module(info.name)


VALID_ANCHORS = _guide_anchors() | _tool_page_anchors()
KNOWN_CITES = _known_cites()


@EVERY_EXERCISE
def test_every_cite_is_an_anchor_that_exists(owner, ex):
    for answer in ex.answers:
        assert answer.cites, f"{ex.id}: {answer.question} cites nothing"
        for cite in answer.cites:
            assert cite.anchor in VALID_ANCHORS, f"{ex.id}: {cite.anchor} is not on the site"
            if cite.anchor in KNOWN_CITES:
                assert cite.title == KNOWN_CITES[cite.anchor], cite


def test_the_anchor_check_can_fail():
    assert "consent.md#consent-refused" in VALID_ANCHORS
    assert "tools/gateways.md#section-16la" in VALID_ANCHORS
    assert "consent.md#no-such-heading" not in VALID_ANCHORS
    assert EIGHTH_PRINCIPLE.anchor in VALID_ANCHORS


# Every case the issue names is there.

ISSUE_CASES = (
    (
        "anonymised figures for a report",
        "anonymised-figures",
        lambda s: _answered(s, "identifiable", "no"),
    ),
    (
        "consent refused while a child is at risk of significant harm",
        "consent-refused-child-at-risk",
        lambda s: "must_share" in _outcomes(s) and _answered(s, "consent_parent", "refused"),
    ),
    (
        "urgent sharing out of hours",
        "urgent-out-of-hours",
        lambda s: "share_now" in _outcomes(s),
    ),
    (
        "partial consent that leaves out the police",
        "partial-consent-police",
        lambda s: (
            _answered(s, "consent_parent", "partial") and _answered(s, "agencies", "signatory-2")
        ),
    ),
    (
        "an adult who may lack capacity after a brain injury, and the same adult's child",
        "brain-injury-capacity",
        lambda s: (
            "lacks_capacity_sharing_in_best_interests" in _outcomes(s)
            and any(e.twist for e in s.exercises)
        ),
    ),
    (
        "a 15-year-old who asks that nothing is told to a parent",
        "fifteen-year-old-confidentiality",
        lambda s: "act_does_not_apply" in _outcomes(s),
    ),
    (
        "a concern about radicalisation",
        "radicalisation-concern",
        lambda s: _answered(s, "purposes", "prevent"),
    ),
    (
        "health information and the duty to share for direct care",
        "health-direct-care",
        lambda s: _answered(s, "gateways_relied_on", "section_251b"),
    ),
    (
        "a request with no legitimate purpose",
        "no-legitimate-purpose",
        lambda s: "do_not_share_information" in _outcomes(s),
    ),
    (
        "a charity with no statutory gateway",
        "charity-no-gateway",
        lambda s: (
            "no_gateway_needed" in _outcomes(s) and _answered(s, "sharing_organisation", "charity")
        ),
    ),
    (
        "a request to send information outside the UK",
        "outside-uk-request",
        lambda s: any(EIGHTH_PRINCIPLE in a.cites for e in s.exercises for a in e.answers),
    ),
    (
        "a practitioner who wants to send a file by personal email",
        "personal-email",
        lambda s: (
            "share" in _outcomes(s)
            and _answered(s, "transfer_method", "secure_email")
            and any("personal email" in words for words in (*s.facts, *s.prompts))
        ),
    ),
    (
        "the new duty to share under section 16LA as its status stands",
        "section-16la-duty",
        lambda s: (
            _answered(s, "s16la_facilitate", "yes") and "could not be verified" in s.facts[-1]
        ),
    ),
)


PART_PREFIXES = ("mca_", "pio_", "pi_", "gw_")


def _unprefixed(question_id: str) -> str:
    """A question's id in its own tool: without the prefix of a part of the share tool."""
    for prefix in PART_PREFIXES:
        if question_id.startswith(prefix):
            return question_id.removeprefix(prefix)
    return question_id


def _outcomes(found) -> set[str]:
    return {e.outcome for e in found.exercises}


def _answered(found, question: str, value: str) -> bool:
    """Some exercise answers ``question`` (in a tool, or a part of the share tool) with
    ``value``, or with a list of answers that includes it."""
    for ex in found.exercises:
        for answer in ex.answers:
            if _unprefixed(answer.question) == question:
                chosen = (answer.answer,) if isinstance(answer.answer, str) else answer.answer
                if value in chosen:
                    return True
    return False


def test_there_are_at_least_fourteen_scenarios():
    assert len(SCENARIOS) >= 14


def test_every_scenario_says_its_people_and_places_are_fictional():
    for found in SCENARIOS:
        assert "fictional" in " ".join(found.facts), found.id


@pytest.mark.parametrize(
    ("case", "scenario_id", "holds"), ISSUE_CASES, ids=[c[1] for c in ISSUE_CASES]
)
def test_every_case_the_issue_names_is_a_scenario(case, scenario_id, holds):
    found = scenario(scenario_id)
    assert holds(found), f"{scenario_id} no longer teaches {case!r}"


def test_scenarios_and_exercises_are_found_by_id():
    first = SCENARIOS[0]
    assert scenario(first.id) is first
    assert exercise(first.id, first.exercises[0].id) is first.exercises[0]
    with pytest.raises(KeyError):
        scenario("no-such-scenario")
    with pytest.raises(KeyError):
        exercise(first.id, "no-such-exercise")


# The levels.


@EVERY_EXERCISE
def test_each_level_gives_all_the_first_part_or_none(owner, ex):
    assert given(ex, WORKED) == ex.answers
    assert given(ex, PARTLY_WORKED) == ex.answers[: ex.worked_until]
    assert given(ex, UNAIDED) == ()
    assert set(LEVELS) == {WORKED, PARTLY_WORKED, UNAIDED}


def test_an_unknown_level_is_refused():
    with pytest.raises(ValueError):
        given(EXERCISES[0][1], "half")


# compare: a trainee's answers beside the model's.


@EVERY_EXERCISE
def test_the_models_own_answers_agree_on_every_row(owner, ex):
    found = compare(ex, model_answers(ex))
    flow = FLOWS[ex.tool]
    assert found.exercise == ex.id
    assert found.reached == found.model_outcome == ex.outcome and found.same_outcome
    assert found.reached_heading == found.model_heading == flow.nodes[ex.outcome].heading
    assert found.extra == ()
    assert [r.question for r in found.rows] == [a.question for a in ex.answers]
    for row, model in zip(found.rows, ex.answers, strict=True):
        question = flow.question(model.question)
        assert row.words == question.text
        assert row.model == row.trainee == question.answer_text(model.answer)
        assert row.agrees is (None if question.kind == TEXT else True)
        assert (row.reason, row.cites) == (model.reason, model.cites)


@EVERY_EXERCISE
def test_a_changed_answer_disagrees_and_shows_the_trainees_words(owner, ex):
    flow = FLOWS[ex.tool]
    for at, model in enumerate(ex.answers):
        question = flow.question(model.question)
        if question.kind != ONE:
            continue
        other = next(o for o in question.options if o.value != model.answer)
        found = compare(ex, {**model_answers(ex), model.question: other.value})
        row = found.rows[at]
        assert row.agrees is False and row.trainee == other.label
        assert row.model == question.answer_text(model.answer)
        assert all(r.agrees is not False for r in found.rows[:at])
        return
    pytest.skip("no one-option question")


@EVERY_EXERCISE
def test_an_unfinished_attempt_reaches_nothing(owner, ex):
    found = compare(ex, {})
    assert found.reached is None and found.reached_heading == "" and not found.same_outcome
    assert all(r.trainee is None and r.agrees is None for r in found.rows)
    half = {a.question: a.answer for a in ex.answers[:-1]}
    found = compare(ex, half)
    assert found.reached is None
    assert found.rows[-1].trainee is None and found.rows[-1].agrees is None


def test_a_question_the_model_path_does_not_ask_is_an_extra_row():
    ex = exercise("anonymised-figures", "anonymised-figures-share")
    found = compare(ex, {"legitimate_purpose": "yes", "identifiable": "yes", "confidential": "no"})
    identifiable = found.rows[1]
    assert identifiable.question == "identifiable" and identifiable.agrees is False
    assert [r.question for r in found.extra] == ["confidential"]
    extra = found.extra[0]
    assert extra.trainee == "No" and extra.model == "" and extra.agrees is None
    assert extra.words == FLOWS["share"].question("confidential").text


def test_free_text_is_shown_not_judged():
    ex = exercise("urgent-out-of-hours", "urgent-out-of-hours-capacity")
    answers = {**model_answers(ex), "why_doubt": "He was slurring and swaying."}
    found = compare(ex, answers)
    row = next(r for r in found.rows if r.question == "why_doubt")
    assert row.agrees is None and row.trainee == "He was slurring and swaying."
    assert found.reached == ex.outcome


def test_answers_the_path_no_longer_reaches_are_not_shown():
    """As in the tool: an answer off the trainee's path no longer applies."""
    ex = exercise("consent-refused-child-at-risk", "consent-refused-share")
    found = compare(ex, {**model_answers(ex), "legitimate_purpose": "no"})
    assert found.reached == "do_not_share_information"
    assert found.rows[0].agrees is False
    assert all(r.trainee is None for r in found.rows[1:]) and found.extra == ()


TOOLS_EXERCISES = [e for _, e in EXERCISES]


@settings(max_examples=60, deadline=None)
@hypothesis_given(data=st.data())
def test_compare_agrees_exactly_where_the_trainee_gave_the_model_answer(data):
    ex = data.draw(st.sampled_from(TOOLS_EXERCISES))
    flow = FLOWS[ex.tool]
    answers = data.draw(paths(flow))
    found = compare(ex, answers)
    state = replay(flow, answers)
    taken = state.answers
    assert found.reached == state.outcome.id
    assert len(found.rows) == len(ex.answers)
    for row, model in zip(found.rows, ex.answers, strict=True):
        question = flow.question(model.question)
        if model.question not in taken:
            assert row.trainee is None and row.agrees is None
        elif question.kind == TEXT:
            assert row.agrees is None
        else:
            assert row.agrees == (taken[model.question] == normalise(question, model.answer))
    model_ids = {a.question for a in ex.answers}
    assert [r.question for r in found.extra] == [q for q in taken if q not in model_ids]


# The training package stays out of the core and the tools.


# fss_logic/web.py, the browser's entry point, hands a training page's request to
# fss_logic/training/page.py: the one place that imports training, on that first request.
COMPOSES_TRAINING = {"fss_logic/web.py"}


def test_nothing_in_the_core_or_the_tools_imports_training():
    found = []
    for path in (ROOT / "fss_logic").rglob("*.py"):
        if "training" in path.parts or path.relative_to(ROOT).as_posix() in COMPOSES_TRAINING:
            continue
        if re.search(r"^\s*(from|import) fss_logic\.training", path.read_text("utf-8"), re.M):
            found.append(path.relative_to(ROOT).as_posix())
    assert found == [], f"Training is imported by: {found}"
