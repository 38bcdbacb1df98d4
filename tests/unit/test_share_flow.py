"""The share flow, one block per question: given these answers, this response leads there.
Then the rules issue 18 asks every path to keep, each as a test that names the guide's or
the statute's words, and a property test where the rule is general."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fss_logic.flow import replay
from fss_logic.flows.share import KIND
from fss_logic.flows.share import consent as c
from fss_logic.flows.share import flow as f
from fss_logic.flows.share import terms as t
from fss_logic.flows.share.flow import FLOW, SECTIONS
from fss_logic.flows.share.rules import (
    cautions,
    indication_so_far,
    outcome_reasons,
    part_outcome,
    reasons_required,
)
from fss_logic.record import part_results, why_reasons
from tests.unit.routes import exit_rows, finish, here, path_to, prefixed
from tests.unit.strategies import paths
from tools.paths import CHARITY_TO_CHILDRENS_SERVICES

START = {"legitimate_purpose": "yes"}
IDENT = {**START, "identifiable": "yes"}
CONF = {**IDENT, "confidential": "yes"}
PLAIN = {**IDENT, "confidential": "no"}
ANON = {**START, "identifiable": "no"}
NOT_URGENT = {**CONF, "urgent": "no"}
URGENT = {**CONF, "urgent": "urgent"}
ONE_AGENCY = {"agencies": ["signatory-1"]}


def who(base: dict, people=("child",), sensitive="no") -> dict:
    return {**base, **ONE_AGENCY, "whose_information": list(people), "sensitive": sensitive}


def consent(base: dict, sensitive: str = "no", **said) -> dict:
    """``who`` with each person's consent, as ``child="given"`` and so on."""
    answers = who(base, tuple(said), sensitive)
    return {**answers, **{c.PEOPLE[person]: status for person, status in said.items()}}


GATEWAY_FOUND = {
    "gw_sharing_organisation": "police",
    "gw_receiving_organisation": "la_children",
    "gw_purposes": ["significant_harm"],
    "gw_s16la_facilitate": "yes",
    "gw_s16la_detriment": "no",
    "gw_gateways_relied_on": ["children_act_2004"],
}
NO_GATEWAY = {
    "gw_sharing_organisation": "police",
    "gw_receiving_organisation": "la_children",
    "gw_purposes": ["other_purpose"],
    "gw_gateways_relied_on": ["none"],
}
HOW = {
    "how_much": "necessary",
    "fact_and_opinion": "yes",
    "right_person": "yes",
    "transfer_method": "secure_email",
    "privacy_notice": "yes",
}
ALL_GIVEN = consent(NOT_URGENT, child="given")
REFUSED = consent(NOT_URGENT, child="not_asked", parent="refused")
NOT_ASKED = consent(NOT_URGENT, child="not_asked")
PI_JUSTIFIED = prefixed(
    path_to(t.PUBLIC_INTEREST_FLOW, "justified", {"overrides_duty_of_confidence": "yes"}),
    f.PUBLIC_INTEREST_OVERRIDE,
)
OVERRIDDEN = {**REFUSED, **PI_JUSTIFIED}
NOT_IN_BEST_INTERESTS = prefixed(
    path_to(
        t.CAPACITY_FLOW, "lacks_capacity_sharing_not_in_best_interests", {"reason_to_doubt": "yes"}
    ),
    f.CAPACITY,
)
IN_BEST_INTERESTS = prefixed(
    path_to(
        t.CAPACITY_FLOW, "lacks_capacity_sharing_in_best_interests", {"reason_to_doubt": "yes"}
    ),
    f.CAPACITY,
)


def lawful(answers: dict, basis="public_task", sensitive_basis="safeguarding_public_task") -> dict:
    key = "lawful_basis_sensitive" if answers.get("sensitive") == "yes" else "lawful_basis"
    return {**answers, key: sensitive_basis if key.endswith("sensitive") else basis}


def ready_to_tell(answers: dict, gateways=GATEWAY_FOUND, **how) -> dict:
    """On to the last How? question, from a path that has reached the gateways."""
    done = lawful({**answers, **gateways})
    return {**done, **HOW, **how}


def single(person: str, status: str, base=NOT_URGENT, sensitive="no") -> dict:
    return who(base, (person,), sensitive)


# (earlier answers, question, response, where it leads)
ROUTES = [
    # When? The guide's three first questions, with its arrows.
    ({}, "legitimate_purpose", "yes", "identifiable"),
    ({}, "legitimate_purpose", "no", "do_not_share_information"),
    (START, "identifiable", "yes", "confidential"),
    (START, "identifiable", "no", "agencies"),
    (IDENT, "confidential", "yes", "urgent"),
    (IDENT, "confidential", "no", "agencies"),
    # Urgent, or safeguarding paramount: asked before consent, so share now shows at once.
    (CONF, "urgent", "urgent", "agencies"),
    (CONF, "urgent", "paramount", "agencies"),
    (CONF, "urgent", "no", "agencies"),
    # Who?
    (NOT_URGENT, "agencies", ["signatory-1"], "whose_information"),
    (NOT_URGENT, "agencies", ["signatory-1", "other"], "other_agency"),
    (ANON, "agencies", ["signatory-1"], "how_much"),
    ({**NOT_URGENT, "agencies": ["other"]}, "other_agency", "A charity", "whose_information"),
    ({**ANON, "agencies": ["other"]}, "other_agency", "A charity", "how_much"),
    ({**NOT_URGENT, **ONE_AGENCY}, "whose_information", ["child"], "sensitive"),
    (
        {**NOT_URGENT, **ONE_AGENCY, "whose_information": ["child"]},
        "sensitive",
        "yes",
        "consent_child",
    ),
    (
        {**NOT_URGENT, **ONE_AGENCY, "whose_information": ["child"]},
        "sensitive",
        "no",
        "consent_child",
    ),
    ({**PLAIN, **ONE_AGENCY, "whose_information": ["child"]}, "sensitive", "no", f.GATEWAYS.entry),
    # Do you have consent? Each person ticked is asked; the next person on the page follows.
    *[
        (who(NOT_URGENT, (person, following)), c.PEOPLE[person], "given", c.PEOPLE[following])
        for person, following in (("child", "parent"), ("parent", "carer"), ("carer", "others"))
    ],
    # The consent position: each status, for one person alone.
    *[
        (single(person, status), c.PEOPLE[person], status, leads)
        for person in c.PEOPLE
        for status, leads in (
            ("given", f.GATEWAYS.entry),
            ("partial", "why_without_consent"),
            ("refused", f.PUBLIC_INTEREST_OVERRIDE.entry),
            ("not_asked", "why_without_consent"),
            ("capacity", f.CAPACITY.entry),
        )
    ],
    (single("others", "given", sensitive="yes"), "consent_others", "given", "explicit_consent"),
    (single("others", "refused", base=URGENT), "consent_others", "refused", f.GATEWAYS.entry),
    # Capacity: the checklist's outcomes, for a parent whose capacity is in doubt.
    *exit_rows(FLOW, f.CAPACITY, {**consent(NOT_URGENT, parent="capacity")}),
    (
        {
            **who(NOT_URGENT, ("child", "parent")),
            "consent_child": "refused",
            "consent_parent": "capacity",
            **{k: v for k, v in IN_BEST_INTERESTS.items() if k != "mca_sharing_in_best_interests"},
        },
        "mca_sharing_in_best_interests",
        "yes",
        f.PUBLIC_INTEREST_OVERRIDE.entry,
    ),
    (
        {
            **who(NOT_URGENT, ("child", "parent"), "yes"),
            "consent_child": "given",
            "consent_parent": "capacity",
            **{k: v for k, v in IN_BEST_INTERESTS.items() if k != "mca_sharing_in_best_interests"},
        },
        "mca_sharing_in_best_interests",
        "yes",
        "explicit_consent",
    ),
    # Consent from everyone, sensitive information: explicit?
    (
        consent(NOT_URGENT, child="given", sensitive="yes"),
        "explicit_consent",
        "written",
        f.GATEWAYS.entry,
    ),
    (
        consent(NOT_URGENT, child="given", sensitive="yes"),
        "explicit_consent",
        "verbal",
        "verbal_consent_record",
    ),
    (
        consent(NOT_URGENT, child="given", sensitive="yes"),
        "explicit_consent",
        "no",
        "why_without_consent",
    ),
    (
        {**consent(NOT_URGENT, child="given", sensitive="yes"), "explicit_consent": "verbal"},
        "verbal_consent_record",
        "3 May, 10:00, the school report",
        f.GATEWAYS.entry,
    ),
    # Consent missing, or falling short.
    (NOT_ASKED, "why_without_consent", "seek", "seek_consent"),
    (NOT_ASKED, "why_without_consent", "unsafe", "another_reason"),
    (NOT_ASKED, "why_without_consent", "obstruct", "another_reason"),
    (NOT_ASKED, "why_without_consent", "cannot_consent", "another_reason"),
    *[
        ({**NOT_ASKED, "why_without_consent": "unsafe"}, "another_reason", reason, leads)
        for reason, leads in (
            ("public_function", f.PUBLIC_INTEREST_REASON.entry),
            ("legal_requirement", f.GATEWAYS.entry),
            ("vital_interests", f.GATEWAYS.entry),
            ("other_lawful_basis", f.PUBLIC_INTEREST_REASON.entry),
            ("public_interest", f.PUBLIC_INTEREST_REASON.entry),
            ("no", "do_not_share"),
        )
    ],
    # The public interest test, for another reason and to weigh a refusal.
    *exit_rows(
        FLOW,
        f.PUBLIC_INTEREST_REASON,
        {**NOT_ASKED, "why_without_consent": "unsafe", "another_reason": "public_interest"},
    ),
    *exit_rows(FLOW, f.PUBLIC_INTEREST_OVERRIDE, REFUSED),
    # The legal gateways, then the lawful basis page.
    *exit_rows(FLOW, f.GATEWAYS, consent(NOT_URGENT, child="given")),
    *[
        ({**ALL_GIVEN, **GATEWAY_FOUND}, "lawful_basis", option.value, "how_much")
        for option in FLOW.question("lawful_basis").options
    ],
    *[
        (
            {
                **consent(NOT_URGENT, child="given", sensitive="yes"),
                "explicit_consent": "written",
                **GATEWAY_FOUND,
            },
            "lawful_basis_sensitive",
            option.value,
            "how_much",
        )
        for option in FLOW.question("lawful_basis_sensitive").options
    ],
    # How? one page.
    (lawful({**ALL_GIVEN, **GATEWAY_FOUND}), "how_much", "necessary", "fact_and_opinion"),
    (lawful({**ALL_GIVEN, **GATEWAY_FOUND}), "how_much", "all", "fact_and_opinion"),
    *[
        (
            lawful({**ALL_GIVEN, **GATEWAY_FOUND, "how_much": "necessary"}),
            "fact_and_opinion",
            v,
            "right_person",
        )
        for v in ("yes", "no")
    ],
    *[
        (
            lawful(
                {**ALL_GIVEN, **GATEWAY_FOUND, "how_much": "necessary", "fact_and_opinion": "yes"}
            ),
            "right_person",
            v,
            "transfer_method",
        )
        for v in ("yes", "unsure")
    ],
    *[
        (
            lawful(
                {
                    **ALL_GIVEN,
                    **GATEWAY_FOUND,
                    **{k: HOW[k] for k in ("how_much", "fact_and_opinion", "right_person")},
                }
            ),
            "transfer_method",
            v,
            "privacy_notice",
        )
        for v in ("secure_email", "hertsfx", "other")
    ],
    *[
        (
            {
                **ANON,
                **ONE_AGENCY,
                "how_much": "necessary",
                "fact_and_opinion": "yes",
                "right_person": "yes",
            },
            "transfer_method",
            v,
            leads,
        )
        for v, leads in (("secure_email", "share"), ("hertsfx", "share"), ("other", "other_method"))
    ],
    *[
        (
            lawful(
                {
                    **ALL_GIVEN,
                    **GATEWAY_FOUND,
                    **{
                        k: HOW[k]
                        for k in ("how_much", "fact_and_opinion", "right_person", "transfer_method")
                    },
                }
            ),
            "privacy_notice",
            v,
            "tell_individual",
        )
        for v in ("yes", "no", "unsure")
    ],
    # Where the path ends: each outcome, from the last How? answer.
    (ready_to_tell(ALL_GIVEN), "tell_individual", "aware", "share"),
    (ready_to_tell(ALL_GIVEN), "tell_individual", "yes", "share"),
    (ready_to_tell(ALL_GIVEN), "tell_individual", "no_risk_of_harm", "not_told_reason"),
    (ready_to_tell(ALL_GIVEN), "tell_individual", "no_crime_exemption", "not_told_reason"),
    (ready_to_tell(ALL_GIVEN, transfer_method="other"), "tell_individual", "aware", "other_method"),
    (ready_to_tell(consent(URGENT, child="not_asked")), "tell_individual", "aware", "share_now"),
    (ready_to_tell(ALL_GIVEN, how_much="all"), "tell_individual", "aware", "put_right"),
    (ready_to_tell(ALL_GIVEN, gateways=NO_GATEWAY), "tell_individual", "aware", "seek_advice"),
    (ready_to_tell(OVERRIDDEN), "tell_individual", "aware", "must_share"),
    (
        ready_to_tell(
            {**NOT_ASKED, "why_without_consent": "unsafe", "another_reason": "legal_requirement"}
        ),
        "tell_individual",
        "aware",
        "must_share_by_law",
    ),
    (
        {**ready_to_tell(ALL_GIVEN, transfer_method="other"), "tell_individual": "no_risk_of_harm"},
        "other_method",
        "By hand, sealed",
        "not_told_reason",
    ),
    (
        {**ready_to_tell(ALL_GIVEN, transfer_method="other"), "tell_individual": "aware"},
        "other_method",
        "By hand, sealed",
        "put_right",
    ),
    (
        {**ready_to_tell(ALL_GIVEN), "tell_individual": "no_risk_of_harm"},
        "not_told_reason",
        "It would alert the father",
        "share",
    ),
]


def ended(answers: dict):
    state = replay(FLOW, answers)
    assert state.done, state.current
    return state


def words(answers: dict) -> str:
    state = ended(answers)
    found = outcome_reasons(state.outcome.id, state.answers) + cautions(
        state.outcome.id, state.answers
    )
    return " ".join(r.text for r in found)


# Rule 1: a person's best interests never decide a child's protection.


def test_1_best_interests_against_sharing_rules_out_only_that_basis():
    not_in_interests = NOT_IN_BEST_INTERESTS
    answers = {**consent(NOT_URGENT, child="not_asked", parent="capacity"), **not_in_interests}
    state = replay(FLOW, answers)
    assert state.current.id == "why_without_consent", "the other reasons to share follow"
    finished = ended(
        {
            **answers,
            "why_without_consent": "cannot_consent",
            "another_reason": "public_interest",
            **prefixed(
                path_to(
                    t.PUBLIC_INTEREST_FLOW, "justified", {"overrides_duty_of_confidence": "yes"}
                ),
                f.PUBLIC_INTEREST_REASON,
            ),
            **lawful({"sensitive": "no"} | GATEWAY_FOUND),
            **HOW,
            "tell_individual": "aware",
        }
    )
    assert finished.outcome.indication == f.SHARE
    assert "rules out only their best interests as a basis" in words(finished.answers)
    assert (
        "The most important consideration is whether sharing information is likely to safeguard"
        in words(finished.answers)
    )


@settings(max_examples=150)
@given(data=st.data())
def test_1_no_path_where_best_interests_are_against_sharing_stops_there(data):
    not_in_interests = NOT_IN_BEST_INTERESTS
    start = {**consent(NOT_URGENT, child="not_asked", parent="capacity"), **not_in_interests}
    answers = data.draw(paths(FLOW, given=start))
    state = replay(FLOW, answers)
    assert "why_without_consent" in state.answers, "the route went on to the other reasons"
    assert state.outcome.id not in ("do_not_share_refusal",)


# Rule 2: a reason whose own test failed cannot lead to "share".


@settings(max_examples=300)
@given(paths(FLOW))
def test_2_no_share_indication_whose_reason_failed_its_own_test(answers):
    state = replay(FLOW, answers)
    if state.outcome.indication != f.SHARE:
        return
    for part in (f.PUBLIC_INTEREST_REASON, f.PUBLIC_INTEREST_OVERRIDE):
        reached = part_outcome(state.answers, part)
        assert reached in (None, "justified"), (part.prefix, reached)
    if c.capacity_outcome(state.answers) == "lacks_capacity_sharing_not_in_best_interests":
        assert state.answers.get("another_reason") not in (None, "no")
    if state.answers.get("confidential") == "yes" and not f.urgent(state.answers):
        if not c.has_consent(state.answers):
            # Without consent: a public interest found justified, or the individual's life.
            justified = "justified" in (
                part_outcome(state.answers, f.PUBLIC_INTEREST_REASON),
                part_outcome(state.answers, f.PUBLIC_INTEREST_OVERRIDE),
            )
            # Or the law requires it; or sharing is in the best interests of the one person
            # (lacking capacity) whose consent is missing.
            assert (
                justified
                or state.answers.get("another_reason") in ("vital_interests", "legal_requirement")
                or not c.consent_missing(state.answers)
            )


def test_2_the_public_interest_failing_as_the_only_reason_indicates_do_not_share():
    failed = prefixed(
        path_to(t.PUBLIC_INTEREST_FLOW, "not_justified", {"overrides_duty_of_confidence": "yes"}),
        f.PUBLIC_INTEREST_REASON,
    )
    answers = {
        **NOT_ASKED,
        "why_without_consent": "unsafe",
        "another_reason": "public_interest",
        **failed,
    }
    state = ended(answers)
    assert state.outcome.id == "do_not_share"
    assert "the public interest test does not justify disclosure: do not share" in words(answers)
    assert "change your answer to the question about it" in state.outcome.summary


# Rule 3: seek the views first is a step, not a refusal.


@pytest.mark.parametrize("part", [f.PUBLIC_INTEREST_REASON, f.PUBLIC_INTEREST_OVERRIDE])
def test_3_views_not_sought_is_its_own_indication_not_do_not_share(part):
    setup = (
        REFUSED
        if part is f.PUBLIC_INTEREST_OVERRIDE
        else {**NOT_ASKED, "why_without_consent": "unsafe", "another_reason": "public_interest"}
    )
    views = prefixed(
        path_to(
            t.PUBLIC_INTEREST_FLOW, "seek_views_first", {"overrides_duty_of_confidence": "yes"}
        ),
        part,
    )
    state = ended({**setup, **views})
    assert state.outcome.id == "seek_views_first"
    assert state.outcome.indication == f.NOT_YET != f.DO_NOT_SHARE
    assert state.outcome.heading.startswith(
        "Seek the views of the organisation that holds the Duty"
    )
    assert KIND.indication(f.NOT_YET).agrees_with == "not_yet"


# Rule 4: the originating Partner is the final arbiter.


def test_4_the_holder_against_disclosure_is_never_justified():
    against = prefixed(
        path_to(t.PUBLIC_INTEREST_FLOW, "holder_against", {"overrides_duty_of_confidence": "yes"}),
        f.PUBLIC_INTEREST_OVERRIDE,
    )
    state = ended({**REFUSED, **against})
    assert state.outcome.id == "holder_against" and state.outcome.indication == f.DO_NOT_SHARE
    assert "final arbiter" in state.outcome.summary and "legal advice" in state.outcome.summary
    required = " ".join(r.text for r in reasons_required(state.answers, f.DO_NOT_SHARE, f.SHARE))
    assert "final arbiter" in required


# Rule 5: nothing already answered is asked again.


def test_5_the_parts_do_not_ask_what_the_host_settled():
    ids = {q.id for q in FLOW.questions}
    assert "pio_overrides_duty_of_confidence" not in ids  # confidential, without consent
    assert "pi_overrides_duty_of_confidence" not in ids
    assert "mca_reason_to_doubt" not in ids  # the doubt was given with the consent question
    assert f.PUBLIC_INTEREST_OVERRIDE.entry == "pio_which_criteria"
    # "Do you have consent?" and "... for this purpose?" are one question, asked per person.
    texts = [q.text for q in FLOW.questions if not q.part]
    assert not any(t == "Do you have consent?" for t in texts)
    assert FLOW.question("consent_child").text == (
        "The child: do we have their consent to share this information for this purpose?"
    )
    assert FLOW.question("consent_child").page.heading == "Do you have consent?"


# Rule 6: urgent means share now, whatever the reason consent is missing.


@settings(max_examples=200)
@given(data=st.data())
def test_6_urgent_always_shares_now_and_never_says_seek_advice_before_you_share(data):
    why = data.draw(st.sampled_from(["urgent", "paramount"]))
    answers = data.draw(paths(FLOW, given={**CONF, "urgent": why}))
    state = replay(FLOW, answers)
    assert state.outcome.id == "share_now" and state.outcome.indication == f.SHARE
    said = " ".join(
        r.text
        for r in outcome_reasons(state.outcome.id, state.answers)
        + cautions(state.outcome.id, state.answers)
        + reasons_required(state.answers, f.SHARE, f.SHARE)
    )
    parts = " ".join(r["summary"] for r in part_results(KIND, state).values())
    assert "seek advice before you share" not in said.lower()
    assert "do not share" not in parts.lower()  # what the gateways found holds nothing up
    if c.consent_missing(state.answers):
        assert "take immediate action and share the information without consent" in said
    else:  # everyone consents: nothing says "without consent"
        assert "take immediate action and share the information." in said
        assert "without consent" not in said


def test_6_the_share_now_indication_shows_at_once_after_the_urgent_question():
    assert indication_so_far(FLOW.question("agencies"), URGENT) == "share_now"
    assert indication_so_far(FLOW.question("consent_child"), URGENT) == "share_now"
    assert indication_so_far(FLOW.question("urgent"), CONF) is None
    assert indication_so_far(FLOW.question("agencies"), NOT_URGENT) is None
    state = replay(FLOW, URGENT)
    assert state.current.id == "agencies" and len(state.path) == 4


# Rule 7: consent from everyone whose information is shared.


def test_7_each_person_ticked_is_asked_and_anyone_without_consent_takes_the_without_consent_rules():
    answers = who(NOT_URGENT, ("child", "carer"))
    shown = FLOW.page_questions(FLOW.question("consent_child"), replay(FLOW, answers).answers)
    assert [q.id for q in shown] == ["consent_child", "consent_carer"]
    partly = {**answers, "consent_child": "given", "consent_carer": "not_asked"}
    assert replay(FLOW, partly).current.id == "why_without_consent"
    state = ended({**partly, "why_without_consent": "seek"})
    assert state.outcome.id == "seek_consent" and state.outcome.indication == f.NOT_YET
    assert "Consent: the child consents to this sharing; the carer has not been asked." in words(
        state.answers
    )


def test_7_partial_consent_offers_to_seek_consent_that_covers_it():
    state = ended({**consent(NOT_URGENT, parent="partial"), "why_without_consent": "seek"})
    assert state.outcome.heading == "Seek consent that covers this sharing, then decide"


# Rule 8: MUST where the guide says must.


def test_8_a_justified_override_says_the_information_can_and_must_be_shared():
    state = ended(
        finish(
            FLOW,
            {
                **OVERRIDDEN,
                **lawful({"sensitive": "no"} | GATEWAY_FOUND),
                **HOW,
                "tell_individual": "aware",
            },
        )
    )
    assert state.outcome.heading == "The information can and MUST be shared"
    assert state.outcome.indication == f.SHARE
    assert "can and MUST be shared" in words(state.answers)
    required = " ".join(r.text for r in reasons_required(state.answers, f.SHARE, f.SHARE))
    assert "overriding a refusal of consent" in required


@settings(max_examples=150)
@given(data=st.data())
def test_8_every_share_after_a_justified_refusal_override_says_must(data):
    answers = data.draw(paths(FLOW, given=OVERRIDDEN))
    state = replay(FLOW, answers)
    if state.outcome.indication == f.SHARE:
        assert "MUST" in state.outcome.heading


# Rule 10 and 11 inside the share tool.


def test_10_steps_not_taken_leave_the_persons_own_decision_to_be_sought():
    steps = prefixed(
        path_to(t.CAPACITY_FLOW, "take_steps_first", {"reason_to_doubt": "yes"}), f.CAPACITY
    )
    state = replay(FLOW, {**consent(NOT_URGENT, parent="capacity"), **steps})
    assert state.current.id == "why_without_consent"


def test_11_a_charity_needs_no_gateway_and_is_not_told_to_seek_advice_before_sharing():
    charity = CHARITY_TO_CHILDRENS_SERVICES
    state = ended(
        {
            **lawful({**ALL_GIVEN, **charity}, basis="recognised_legitimate_interest"),
            **HOW,
            "tell_individual": "aware",
        }
    )
    assert state.outcome.id == "share"
    assert "seek advice before you share" not in words(state.answers).lower()
    assert "No statutory gateway is needed" in words(state.answers)


def test_11_a_public_body_with_no_gateway_seeks_advice_first():
    state = ended({**lawful({**ALL_GIVEN, **NO_GATEWAY}), **HOW, "tell_individual": "aware"})
    assert state.outcome.id == "seek_advice" and state.outcome.indication == f.NOT_YET


# Rule 12: the lawful basis in every share record.


@settings(max_examples=200)
@given(paths(FLOW))
def test_12_every_path_to_share_personal_information_asked_the_lawful_basis(answers):
    state = replay(FLOW, answers)
    if state.outcome.indication == f.SHARE and state.answers.get("identifiable") == "yes":
        assert {"lawful_basis", "lawful_basis_sensitive"} & set(state.answers)
        fact = next(fact for fact in KIND.facts if fact.name == "lawful_basis")
        assert fact.compute(state.answers).startswith(
            tuple(o.label.split(":")[0] for o in FLOW.question("lawful_basis").options)
            + tuple(o.label.split(":")[0] for o in FLOW.question("lawful_basis_sensitive").options)
        )


def test_12_the_public_authority_limit_on_ea_and_f_is_said():
    police_ea = lawful({**ALL_GIVEN, **GATEWAY_FOUND}, basis="recognised_legitimate_interest")
    state = ended({**police_ea, **HOW, "tell_individual": "aware"})
    assert "do not apply to processing carried out by public authorities" in words(state.answers)
    required = " ".join(r.text for r in reasons_required(state.answers, f.SHARE, f.SHARE))
    assert "public authorities" in required


def test_12_consent_as_the_basis_without_consent_is_put_right_first():
    answers = {
        **lawful({**OVERRIDDEN, **GATEWAY_FOUND}, basis="consent"),
        **HOW,
        "tell_individual": "aware",
    }
    state = ended(answers)
    assert state.outcome.id == "put_right"
    assert "You chose consent as your lawful basis" in words(answers)


def test_12_vital_interests_for_sensitive_information_needs_the_person_unable_to_consent():
    answers = lawful(
        {
            **consent(NOT_URGENT, child="not_asked", sensitive="yes"),
            "why_without_consent": "unsafe",
            "another_reason": "vital_interests",
            **GATEWAY_FOUND,
        },
        sensitive_basis="vital_interests",
    )
    state = ended({**answers, **HOW, "tell_individual": "aware"})
    assert "only where the person is physically or legally incapable of giving consent" in words(
        state.answers
    )


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        (  # a public authority relying on (ea)
            lawful({**ALL_GIVEN, **GATEWAY_FOUND}, basis="recognised_legitimate_interest"),
            "do not apply to processing carried out by public authorities",
        ),
        (  # vital interests for sensitive information, refused by someone able to decide
            lawful(
                {
                    **consent(NOT_URGENT, child="refused", sensitive="yes"),
                    **PI_JUSTIFIED,
                    **GATEWAY_FOUND,
                },
                sensitive_basis="vital_interests",
            ),
            "only where the person is physically or legally incapable of giving consent",
        ),
        (  # Part 3 of the DPA 2018 for a charity
            lawful(
                {
                    **NOT_ASKED,
                    "why_without_consent": "unsafe",
                    "another_reason": "vital_interests",
                    **CHARITY_TO_CHILDRENS_SERVICES,
                },
                basis="law_enforcement",
            ),
            "applies only to competent authorities",
        ),
    ],
)
def test_12_a_lawful_basis_the_answers_rule_out_is_put_right_not_shared(answers, said):
    state = ended({**answers, **HOW, "tell_individual": "aware"})
    assert state.outcome.id == "put_right"
    assert said in words(state.answers)


def test_12_best_interests_is_not_consent_so_not_a_lawful_basis():
    """A person who lacks capacity cannot consent (UK GDPR Article 4(11)): sharing in their
    best interests covers their information for the consent rules, not as consent."""
    answers = {
        **consent(NOT_URGENT, child="capacity", sensitive="yes"),
        **IN_BEST_INTERESTS,
        **GATEWAY_FOUND,
    }
    assert not c.has_consent(answers) and not c.consent_missing(answers)
    as_consent = ended(
        {**answers, "lawful_basis_sensitive": "consent", **HOW, "tell_individual": "aware"}
    )
    assert as_consent.outcome.id == "put_right"
    said = words(as_consent.answers)
    assert "sharing in their best interests is not their consent" in said
    assert "You have consent" not in said
    as_task = ended(
        {
            **answers,
            "lawful_basis_sensitive": "safeguarding_public_task",
            **HOW,
            "tell_individual": "aware",
        }
    )
    assert as_task.outcome.id == "share"
    assert "You have consent" not in words(as_task.answers)


def test_5_why_consent_is_missing_is_not_asked_of_the_person_found_to_lack_capacity():
    not_in_interests = NOT_IN_BEST_INTERESTS
    alone = {**consent(NOT_URGENT, parent="capacity"), **not_in_interests}
    assert here(replay(FLOW, alone)) == "another_reason"
    # Someone else has not been asked: why is still asked, about them.
    with_child = {**consent(NOT_URGENT, child="not_asked", parent="capacity"), **not_in_interests}
    assert here(replay(FLOW, with_child)) == "why_without_consent"


def test_6_urgent_with_everyone_consenting_asks_whether_sensitive_consent_is_explicit():
    answers = consent(URGENT, child="given", sensitive="yes")
    assert indication_so_far(FLOW.question("explicit_consent"), answers) == "share_now"
    assert here(replay(FLOW, answers)) == "explicit_consent"
    assert here(replay(FLOW, {**answers, "explicit_consent": "no"})) == f.GATEWAYS.entry
    explicit = {**answers, "explicit_consent": "written", **GATEWAY_FOUND}
    state = ended(
        {**explicit, "lawful_basis_sensitive": "consent", **HOW, "tell_individual": "aware"}
    )
    assert state.outcome.id == "share_now"
    said = words(state.answers)
    assert "Everyone whose information it is consents to this sharing." in said
    assert "without consent" not in said and "put" not in said.lower()


def test_6_urgent_with_no_gateway_found_records_no_hold_up():
    answers = {
        **consent(URGENT, child="not_asked"),
        "gw_sharing_organisation": "school",
        "gw_receiving_organisation": "police",
        "gw_purposes": ["law_enforcement"],
        "gw_gateways_relied_on": ["none"],
        "lawful_basis": "public_task",
        **HOW,
        "tell_individual": "aware",
    }
    state = ended(answers)
    assert state.outcome.id == "share_now"
    gateways = part_results(KIND, state)["gateways"]
    assert gateways["id"] == "no_gateway_identified"
    assert gateways["summary"].endswith("If you cannot name it, seek advice after sharing.")
    assert "Do not share" not in gateways["summary"]
    # On its own, the legal gateways tool still says: do not share on a gateway you cannot name.
    assert "Do not share on the basis of a gateway you cannot name" in (
        f.GATEWAYS.flow.nodes["no_gateway_identified"].summary
    )


def test_a_reason_never_says_you_can_share_under_a_headline_that_says_otherwise():
    answers = {
        **who(PLAIN, ("parent",)),
        **NO_GATEWAY,
        "lawful_basis": "public_task",
        **HOW,
        "tell_individual": "aware",
    }
    state = ended(answers)
    assert state.outcome.id == "seek_advice"
    assert "you can share" not in words(state.answers).lower()


# Rule 14: How? answers that depart from the agreement change the headline.


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"transfer_method": "other", "other_method": "Personal email"}, "Secure email or HertsFX"),
        ({"right_person": "unsure"}, "right information to the right person"),
        ({"how_much": "all"}, "all the information you hold"),
    ],
)
def test_14_a_departure_says_put_this_right_before_you_share(change, said):
    answers = {**ready_to_tell(ALL_GIVEN), **change, "tell_individual": "aware"}
    state = ended(answers)
    assert state.outcome.heading == "Put this right before you share"
    assert said in words(answers)
    # Urgent: a departure does not hold up the sharing, but it is shown, and asked about.
    urgent = {
        **ready_to_tell(consent(URGENT, child="not_asked")),
        **change,
        "tell_individual": "aware",
    }
    assert ended(urgent).outcome.id == "share_now" and said in words(urgent)


def test_14_not_telling_the_individual_is_limited_to_harm_and_the_crime_exemption():
    options = FLOW.question("tell_individual").options
    assert [o.value for o in options] == ["aware", "yes", "no_risk_of_harm", "no_crime_exemption"]
    assert "Schedule 2, Part 1, paragraph 2" in options[3].hint
    assert "purpose of sharing" not in " ".join(o.label for o in options)


# The guide's words and arrows.


def test_outcomes_use_the_guides_words():
    headings = {o.id: o.heading for o in FLOW.outcomes}
    assert headings["do_not_share_information"] == "Do not share information"
    assert headings["do_not_share"] == "Do not share"
    assert headings["share"] == "You can share but should consider how"
    assert headings["must_share"] == "The information can and MUST be shared"


def test_every_question_belongs_to_a_section_and_cites_the_guide():
    for question in FLOW.questions:
        assert question.section in SECTIONS or question.part, question.id
        assert question.cites, question.id


def test_agencies_are_the_signatories_and_another_organisation():
    from fss_logic.agreement import load_agreement

    labels = [o.label for o in FLOW.question("agencies").options]
    assert labels == [*load_agreement().signatories, "Another organisation"]


GUIDE_WHEN = Path(__file__).resolve().parents[2] / "docs" / "when-and-how-to-share.md"


def guide_when_arrows() -> list[tuple[str, str, str]]:
    """(question, Yes or No, where the guide's arrow points) from the guide's When? part."""
    text = GUIDE_WHEN.read_text("utf-8").split("## Who?")[0]
    arrows = []
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        question = block.splitlines()[0].split(" {#")[0]
        for answer, where in re.findall(r"^- (Yes|No) – (.+)$", block, flags=re.M):
            arrows.append((question, answer, where))
    return arrows


# Where each of the guide's When? questions is asked in the tool, and an answer of Yes or No.
WHEN_IN_THE_TOOL = {
    "Is there a clear and legitimate purpose for sharing information?": (
        {},
        "legitimate_purpose",
        {"Yes": "yes", "No": "no"},
    ),
    "Does the information enable an individual to be identified?": (
        START,
        "identifiable",
        {"Yes": "yes", "No": "no"},
    ),
    "Is the information confidential?": (IDENT, "confidential", {"Yes": "yes", "No": "no"}),
    "Do you have consent?": (who(NOT_URGENT), "consent_child", {"Yes": "given", "No": "not_asked"}),
    FLOW.question("another_reason").text: (
        {**NOT_ASKED, "why_without_consent": "unsafe"},
        "another_reason",
        {"Yes": "vital_interests", "No": "no"},
    ),
}


def test_the_when_questions_follow_the_guides_arrows():
    """The guide's When? page and the tool agree, arrow by arrow. "See next question" asks
    the guide's next question (the urgent question, Who? and the consent rules may come
    between); "you can share but should consider how" ends in a share outcome after How?;
    the guide's "do not share" ends there."""
    arrows = guide_when_arrows()
    assert len(arrows) == 10
    order = list(WHEN_IN_THE_TOOL)
    for question, answer, where in arrows:
        setup, question_id, values = WHEN_IN_THE_TOOL[question]
        assert replay(FLOW, setup).current.id == question_id, question
        answers = {**setup, question_id: values[answer]}
        if where == "see next question":
            following = WHEN_IN_THE_TOOL[order[order.index(question) + 1]][1]
            assert path_to(FLOW, following, answers), (question, answer)
            continue
        state = replay(FLOW, finish(FLOW, answers))
        if where == "you can share but should consider how":
            assert state.outcome.indication == f.SHARE or state.outcome.indication == f.NOT_YET, (
                question,
                answer,
            )
            assert "how_much" in state.answers, "How? is asked"
        else:
            assert (
                state.outcome.heading
                == {
                    "then do not share information": "Do not share information",
                    "do not share": "Do not share",
                }[where]
            )


def test_reasons_for_sharing_without_consent_are_required():
    state = ended(
        {
            **ready_to_tell(
                {**NOT_ASKED, "why_without_consent": "unsafe", "another_reason": "vital_interests"}
            ),
            "tell_individual": "aware",
        }
    )
    assert state.outcome.indication == f.SHARE
    required = [r.text for r in why_reasons(KIND, state, {"decision": f.SHARE})]
    assert any("You are sharing without consent" in text for text in required)


def test_every_signatory_has_a_kind_of_organisation_for_the_gateways():
    from fss_logic.agreement import load_agreement
    from fss_logic.flows.share.departures import SIGNATORY_KINDS

    assert sorted(SIGNATORY_KINDS) == sorted(load_agreement().signatories)
    kinds = {o.value for o in f.GATEWAYS.flow.question("receiving_organisation").options}
    assert all(set(k) <= kinds for k in SIGNATORY_KINDS.values())


def test_5_the_agencies_chosen_and_the_recipient_the_gateways_checked_must_agree():
    police = {"agencies": ["signatory-2"]}  # Hertfordshire Constabulary
    to_a_school = {
        **GATEWAY_FOUND,
        "gw_receiving_organisation": "school",
        "gw_s16la_recipient_in_scope": "yes",
    }
    answers = {**lawful({**ALL_GIVEN, **police, **to_a_school}), **HOW, "tell_individual": "aware"}
    state = ended(answers)
    assert state.outcome.id == "put_right"
    assert "You chose to share with Hertfordshire Constabulary, but the legal gateways were " in (
        words(state.answers)
    )
    to_the_police = {**answers, "gw_receiving_organisation": "police"}
    assert "You chose to share with" not in words(to_the_police)
    # Another organisation: nothing to check it against.
    other = {**to_a_school, "agencies": ["other"], "other_agency": "A school"}
    assert "You chose to share with" not in words({**answers, **other})


def test_8_a_legal_requirement_to_disclose_must_be_shared_without_a_public_interest_test():
    required = {**NOT_ASKED, "why_without_consent": "unsafe", "another_reason": "legal_requirement"}
    assert here(replay(FLOW, required)) == f.GATEWAYS.entry  # no public interest test
    # The order or the Act is the duty: no gateway found among the guide's is not "seek advice".
    state = ended(ready_to_tell(required, gateways=NO_GATEWAY, tell_individual="aware"))
    assert state.outcome.id == "must_share_by_law"
    assert state.outcome.heading == "The information MUST be shared: the law requires it"
    asked = " ".join(r.text for r in reasons_required(state.answers, f.SHARE, f.SHARE))
    assert "name the court order, or the Act and section" in asked
    assert "seek advice" not in words(state.answers).lower()


def test_5_cannot_consent_contradicts_a_finding_of_capacity():
    has_capacity = prefixed(
        path_to(t.CAPACITY_FLOW, "has_capacity", {"reason_to_doubt": "yes"}), f.CAPACITY
    )
    answers = {
        **consent(NOT_URGENT, parent="capacity"),
        **has_capacity,
        "why_without_consent": "cannot_consent",
        "another_reason": "vital_interests",
        **GATEWAY_FOUND,
    }
    state = ended({**lawful(answers), **HOW, "tell_individual": "aware"})
    assert state.outcome.id == "put_right"
    assert "the Mental Capacity Act checklist found that the person has capacity" in words(
        state.answers
    )
    unsafe = {**answers, "why_without_consent": "unsafe", "another_reason": "public_interest"}
    assert "found that the person has capacity" not in words(finish(FLOW, unsafe))
