"""No question that cannot change anything (issue 18, rule 9).

For every question of every tool, each answer it allows must, in some situation the flow
can reach, change something a practitioner or a reader of the record would see, compared
with each other answer: where the path goes, the outcome and what it indicates, a reason or
a caution, what the reasons must cover, a starting value of the record form, or a value the
record works out from the answers. Typed answers are their own content and are not compared.

The situations are the answers before the question on the named paths of ``tools/paths.py``
and on paths drawn (a fixed seed, so every run draws the same: half at random, half guided
to what has been seen least), continued the same way after it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping

import pytest

from fss_logic.flow import MANY, ONE, Flow, Question, replay
from fss_logic.flows import KINDS
from fss_logic.kind import ToolKind
from fss_logic.record import part_results
from tests.unit.routes import finish
from tools.paths import PATHS

WALKS = {"share": 2000, "public_interest": 300, "capacity": 300, "gateways": 800}
SITUATIONS = 30  # the most kept for each question


def _choose(rng: random.Random, question: Question):
    values = [o.value for o in question.options]
    if question.kind == ONE:
        return rng.choice(values)
    if question.kind == MANY:
        alone = sorted(question.exclusive_values())
        others = [v for v in values if v not in alone]
        if alone and rng.random() < 0.2:
            return [rng.choice(alone)]
        return rng.sample(others, rng.randint(1, min(2, len(others))))
    return "Typed"


def _walk(flow: Flow, rng: random.Random) -> dict:
    answers: dict = {}
    state = replay(flow, answers)
    while state.current is not None:
        answers[state.current.id] = _choose(rng, state.current)
        state = replay(flow, answers)
    return dict(state.answers)


def _guided_walk(flow: Flow, rng: random.Random, visits: dict) -> dict:
    """A walk that, at each question with options, takes the answer whose next step has
    been seen least and that has itself been taken least (the two counted together): it
    reaches the far ends of the parts (the end of the Mental Capacity Act checklist inside
    the share tool, a police referral to a Channel panel) that walks at random seldom reach."""
    answers: dict = {}
    state = replay(flow, answers)
    while state.current is not None:
        question = state.current
        if question.kind in (ONE, MANY):
            ahead = []
            for option in question.options:
                value = option.value if question.kind == ONE else [option.value]
                then = replay(flow, {**answers, question.id: value})
                node = then.current.id if then.current else then.outcome.id
                taken = visits.get((question.id, option.value), 0)
                ahead.append((visits.get(node, 0) + taken, rng.random(), option.value, node))
            _, _, chosen, node = min(ahead)
            visits[node] = visits.get(node, 0) + 1
            visits[(question.id, chosen)] = visits.get((question.id, chosen), 0) + 1
            answers[question.id] = chosen if question.kind == ONE else [chosen]
        else:
            answers[question.id] = "Typed"
        state = replay(flow, answers)
    return dict(state.answers)


def situations(kind: ToolKind) -> dict[str, list[tuple[dict, dict]]]:
    """For each question: (the answers before it, the answers after it) on drawn paths, half
    of them guided to what has been seen least."""
    rng = random.Random(18)
    found: dict[str, list[tuple[dict, dict]]] = {}
    visits: dict[str, int] = {}
    named = [dict(p.answers) for p in PATHS if p.tool == kind.id]
    drawn = (
        _walk(kind.flow, rng) if walk % 2 else _guided_walk(kind.flow, rng, visits)
        for walk in range(WALKS[kind.id])
    )
    for answers in [*(dict(replay(kind.flow, a).answers) for a in named), *drawn]:
        order = list(answers)
        for at, question_id in enumerate(order):
            kept = found.setdefault(question_id, [])
            if len(kept) < SITUATIONS:
                before = {k: answers[k] for k in order[:at]}
                after = {k: answers[k] for k in order[at + 1 :]}
                if (before, after) not in kept:
                    kept.append((before, after))
    return found


def effect(kind: ToolKind, before: Mapping, question: Question, answer, after: Mapping):
    """What a practitioner or a reader of the record would see change, for one answer."""
    flow = kind.flow
    given = {**before, question.id: answer}
    following = replay(flow, given)
    where = following.current.id if following.current else following.outcome.id
    state = replay(flow, finish(flow, {**given, **after}))
    outcome = state.outcome
    answers = state.answers
    return (
        where,
        outcome.id,
        tuple(r.text for r in kind.reasons(outcome.id, answers)),
        tuple(c.text for c in kind.cautions(outcome.id, answers)),
        tuple(
            tuple(r.text for r in kind.reasons_required(answers, outcome.indication, o.value))
            for o in kind.choices
        ),
        tuple(sorted(kind.defaults(answers).items())),
        tuple(fact.compute(answers) for fact in kind.facts),
        json.dumps(part_results(kind, state), sort_keys=True),  # each part as the record has it
    )


def _answers(question: Question) -> list:
    if question.kind == ONE:
        return [o.value for o in question.options]
    return [[o.value] for o in question.options]


CASES = [
    (kind, question)
    for kind in KINDS.values()
    for question in kind.flow.questions
    if question.kind in (ONE, MANY)
]


@pytest.fixture(scope="module")
def drawn():
    return {kind.id: situations(kind) for kind in KINDS.values()}


@pytest.mark.parametrize(("kind", "question"), CASES, ids=[f"{k.id}:{q.id}" for k, q in CASES])
def test_every_answer_changes_something(kind, question, drawn):
    seen = drawn[kind.id].get(question.id)
    assert seen, f"no drawn path asks {question.id}: draw more paths"
    answers = _answers(question)
    alike = []
    for a, first in enumerate(answers):
        for second in answers[a + 1 :]:
            if not any(
                effect(kind, before, question, first, after)
                != effect(kind, before, question, second, after)
                for before, after in seen
            ):
                alike.append((first, second))
    assert alike == [], f"{question.id}: these answers change nothing between them: {alike}"
