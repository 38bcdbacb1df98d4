""" "I am not sure" is recorded as not sure, with its caution, never as "No" (issue 19).

Every question of every tool that lets the practitioner answer that they are not sure, on a
path that reaches it: the record's words (the outcome, its reasons and cautions, what each
tool run inside it indicated and why, what the reasons must address, the facts worked out
from the answers and the form's starting values) for "not sure" are not those for "No", and
say "not sure", wherever the answer shows in the record at all; and the words for "Yes" and
"No" never say "not sure". Then the cases once worded as if "No" (or "Yes") had been said.
"""

from __future__ import annotations

import html
import random

import pytest

from fss_logic.flow import MANY, ONE, Question, replay
from fss_logic.flows import KINDS
from fss_logic.flows.capacity import KIND as CAPACITY
from fss_logic.flows.gateways import KIND as GATEWAYS
from fss_logic.flows.share import KIND as SHARE
from fss_logic.record import build_record, facts, indicated_outcome, part_results, why_reasons
from fss_logic.render.record import render_record_html
from fss_logic.render.text import render_case_notes
from tests.unit.routes import path_to
from tests.unit.test_record import full_form
from tools.paths import PATHS

NOT_SURE = ("not_sure", "unsure")
"""The values of the options that say the practitioner is not sure."""
SAYS_NOT_SURE = ("not sure", "unsure", "not known")
SEEDS = range(12)
"""Ways on from each question: each a fixed choice of a sure answer to every later one."""

CASES = [
    (kind, question)
    for kind in KINDS.values()
    for question in kind.flow.questions
    if question.kind == ONE and any(o.value in NOT_SURE for o in question.options)
]


def says_not_sure(text: str) -> bool:
    return any(words in text.lower() for words in SAYS_NOT_SURE)


def _sure_answer(question: Question, seed: int):
    """An answer other than "not sure", the same for this question whatever came before."""
    rng = random.Random(f"{seed}:{question.id}")
    if question.kind == ONE:
        return rng.choice([o.value for o in question.options if o.value not in NOT_SURE])
    if question.kind == MANY:
        return [rng.choice([o.value for o in question.options if not o.exclusive])]
    return "Typed"


def _on_to_the_end(kind, answers: dict, seed: int):
    answers = dict(answers)
    state = replay(kind.flow, answers)
    while state.current is not None:
        answers[state.current.id] = _sure_answer(state.current, seed)
        state = replay(kind.flow, answers)
    return state


def record_words(kind, state) -> list[str]:
    """Everything the record says that the rules make of the answers, for the decision that
    follows what the tool indicated."""
    outcome = indicated_outcome(kind, state)
    words = [outcome["heading"], outcome["summary"]]
    for result in (outcome, *part_results(kind, state).values()):
        words += [result["heading"], result["summary"]]
        words += [f["text"] for f in (*result["reasons"], *result["cautions"])]
    decision = kind.indication(state.outcome.indication).agrees_with
    words += [f.text for f in why_reasons(kind, state, {"decision": decision})]
    words += [*facts(kind, state).values(), *kind.defaults(state.answers).values()]
    return words


@pytest.mark.parametrize(("kind", "question"), CASES, ids=[f"{k.id}:{q.id}" for k, q in CASES])
def test_not_sure_is_recorded_as_not_sure_and_never_as_no(kind, question):
    unsure = next(o.value for o in question.options if o.value in NOT_SURE)
    sure = [o.value for o in question.options if o.value not in NOT_SURE]
    before = path_to(kind.flow, question.id)
    assert not any(v in NOT_SURE for v in before.values() if isinstance(v, str))
    shown = 0
    for seed in SEEDS:
        said = {
            answer: record_words(kind, _on_to_the_end(kind, {**before, question.id: answer}, seed))
            for answer in (*sure, unsure)
        }
        for answer in sure:
            assert not [w for w in said[answer] if says_not_sure(w)], (seed, answer)
        if len(sure) > 1 and all(said[a] == said[sure[0]] for a in sure):
            continue  # the answer does not show in the record on this way on
        shown += 1
        for answer in sure:
            assert said[unsure] != said[answer], (seed, answer)
        only_unsure = [w for w in said[unsure] if all(w not in said[a] for a in sure)]
        assert [w for w in only_unsure if says_not_sure(w)], (seed, only_unsure)
    assert shown, f"{question.id}: no way on from it shows its answer in the record"


# Each case once worded as if the practitioner had said No (or Yes).


def _path(tool: str, starts: str) -> dict:
    return dict(next(p for p in PATHS if p.tool == tool and p.name.startswith(starts)).answers)


def _record(kind, answers: dict, decision: str) -> dict:
    form = {**full_form(kind), "decision": decision}
    return build_record(
        kind, replay(kind.flow, answers), form, "2026-11-24T16:05:09+00:00", "a1b2c3d4"
    )


def _texts(findings) -> list[str]:
    return [f["text"] if isinstance(f, dict) else f.text for f in findings]


BEST_INTERESTS = _path("share", "A parent lacks capacity after a brain injury")


def test_share_not_sure_of_an_attorney_is_not_recorded_as_covered_by_best_interests():
    """Sharing in the person's best interests covers their information only where no attorney
    or deputy has authority for the decision: if one has, they decide (Mental Capacity Act
    2005, section 6(6); docs/tools/capacity.md#attorney-or-deputy)."""
    record = _record(SHARE, {**BEST_INTERESTS, "mca_attorney_or_deputy": "not_sure"}, "share")
    reasons = _texts(record["indicated_outcome"]["reasons"])
    checklist = next(r for r in reasons if r.startswith("The Mental Capacity Act checklist"))
    assert "their information is covered on that basis." not in checklist
    assert "You are not sure whether an attorney or a deputy has authority" in checklist
    assert "covered on that basis only if none has" in checklist
    consent = record["sections"]["share"]["consent"]
    assert "You are not sure whether an attorney or a deputy has authority" in consent
    shown = html.unescape(render_record_html(SHARE, record))
    assert "covered on that basis only if none has" in shown
    assert "You are not sure whether an attorney or a deputy" in render_case_notes(SHARE, record)

    said_no = _record(SHARE, {**BEST_INTERESTS, "mca_attorney_or_deputy": "no"}, "share")
    reasons = _texts(said_no["indicated_outcome"]["reasons"])
    assert any(r.endswith("their information is covered on that basis.") for r in reasons)
    assert "not sure" not in said_no["sections"]["share"]["consent"]


HOW = _path("share", "Consent from everyone, not sensitive")


def test_share_not_sure_what_the_privacy_notice_says_gives_the_guides_caution():
    """consent.md, "Consider the following before sharing information - if in doubt seek
    advice from a manager": the Privacy Notice "should identify the purposes for which it
    was collected. Does this say it would be shared?"."""
    record = _record(SHARE, {**HOW, "privacy_notice": "unsure"}, "share")
    cautions = record["indicated_outcome"]["cautions"]
    check = next(c for c in cautions if "Privacy Notice" in c["text"])
    assert check["text"] == (
        "You are not sure whether the Privacy Notice given when the information was collected "
        "says it would be shared: check it. If in doubt, seek advice from a manager."
    )
    assert check["cite"]["anchor"] == "consent.md#consider-before-sharing"
    assert "known as fair processing" in " ".join(_texts(cautions))

    said_no = _record(SHARE, {**HOW, "privacy_notice": "no"}, "share")
    cautions = _texts(said_no["indicated_outcome"]["cautions"])
    assert (
        "The Privacy Notice given when the information was collected does not say it would be "
        "shared: the obligation to inform individuals about sharing (known as fair processing) "
        "continues to apply."
    ) in cautions
    assert not [c for c in cautions if says_not_sure(c)]


def _gateways(answers: dict, outcome: str | None = None) -> tuple[list[str], dict]:
    state = replay(GATEWAYS.flow, answers)
    assert state.current is None, state.current
    if outcome:
        assert state.outcome.id == outcome
    return _texts(GATEWAYS.reasons(state.outcome.id, state.answers)), state.answers


SECTION_16LA_MET = {
    "sharing_organisation": "charity",
    "receiving_organisation": "school",
    "purposes": ["child_welfare"],
    "s16la_sharer_in_scope": "yes",
    "s16la_recipient_in_scope": "yes",
    "s16la_facilitate": "yes",
    "s16la_detriment": "no",
    "gateways_relied_on": ["none"],
}


def test_gateways_a_no_that_rules_out_section_16la_is_recorded_as_no_not_as_not_sure():
    """Section 16LA(4): both organisations must be ones it applies to. Where you said yours
    is not, that is why it does not apply, whatever you said of the recipient."""
    reasons, _ = _gateways(
        {**SECTION_16LA_MET, "s16la_sharer_in_scope": "no", "s16la_recipient_in_scope": "not_sure"}
    )
    why = next(r for r in reasons if r.startswith("Children Act 2004, section 16LA"))
    assert "one of the organisations is not one it applies to (section 16LA(4))" in why
    assert "not sure" not in why


REFERRAL = {
    "sharing_organisation": "police",
    "receiving_organisation": "channel_panel",
    "purposes": ["prevent"],
    "gateways_relied_on": ["none"],
}


def test_gateways_not_sure_of_reasonable_grounds_names_the_point_to_check():
    """Section 36(3): "A chief officer of police may refer an individual to a panel only if
    there are reasonable grounds to believe that the individual is vulnerable to being drawn
    into terrorism" (docs/tools/gateways.md#section-36)."""
    reasons, _ = _gateways({**REFERRAL, "reasonable_grounds": "not_sure"})
    why = next(r for r in reasons if "section 36 does not apply" in r)
    assert why.endswith(
        "you answered that you are not sure. The referral can be made only on reasonable "
        "grounds: establish whether there are, or seek advice from other practitioners, "
        "managers or your own legal teams."
    )
    reasons, _ = _gateways({**REFERRAL, "reasonable_grounds": "no"})
    assert not [r for r in reasons if says_not_sure(r) or "establish whether" in r]


DIRECT_CARE = {"purposes": ["direct_care"], "gateways_relied_on": ["none"]}


def test_gateways_not_sure_the_organisations_are_health_or_care_names_section_251c():
    """Section 251C(2): a charity, private provider or other organisation counts only so far as
    it provides health services or adult social care under arrangements made with a public
    body (docs/tools/gateways.md#section-251b)."""
    answers = {
        **DIRECT_CARE,
        "sharing_organisation": "charity",
        "receiving_organisation": "nhs_trust",
        "health_care_scope": "not_sure",
    }
    reasons, _ = _gateways(answers)
    why = next(r for r in reasons if "section 251B does not apply" in r)
    assert why.endswith(
        "you are not sure both organisations commission or provide health services or adult "
        "social care in England. A charity, private provider or other organisation counts only "
        "so far as it provides such care under arrangements made with a public body (section "
        "251C(2)): check the arrangements, or seek advice."
    )


def test_gateways_not_sure_sharing_is_in_their_best_interests_names_the_point_to_check():
    """Section 251B applies only so far as the organisation considers the disclosure likely to
    facilitate the person's care and in their best interests (docs/tools/gateways.md)."""
    answers = {
        **DIRECT_CARE,
        "sharing_organisation": "nhs_trust",
        "receiving_organisation": "gp",
        "best_interests": "not_sure",
    }
    reasons, _ = _gateways(answers)
    why = next(r for r in reasons if "section 251B does not apply" in r)
    assert why.endswith(
        "you answered that you are not sure. The duty applies only so far as you consider that "
        "it is: form a view, or seek advice."
    )
    reasons, _ = _gateways({**answers, "best_interests": "no"})
    assert not [r for r in reasons if says_not_sure(r) or "form a view" in r]


def test_capacity_not_sure_of_an_attorney_is_a_caution_and_not_a_no():
    """The checklist's own record: not sure of an attorney goes on to best interests, as No
    does, with the caution to check with the Office of the Public Guardian (section 6(6))."""
    answers = _path("capacity", "Lacks capacity after a brain injury")
    unsure = _record(CAPACITY, {**answers, "attorney_or_deputy": "not_sure"}, "lacks_capacity")
    said_no = _record(CAPACITY, {**answers, "attorney_or_deputy": "no"}, "lacks_capacity")
    cautions = _texts(unsure["indicated_outcome"]["cautions"])
    assert any(c.startswith("You are not sure whether an attorney or a deputy") for c in cautions)
    assert "Office of the Public Guardian" in " ".join(cautions)
    assert not [c for c in _texts(said_no["indicated_outcome"]["cautions"]) if says_not_sure(c)]
