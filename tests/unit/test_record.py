"""Records: canonical JSON, the digest, the published schema, verification and rendering."""

from __future__ import annotations

import copy
import html
import json
from html.parser import HTMLParser

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from fss_logic.flow import replay
from fss_logic.flows import FLOWS
from fss_logic.flows.share import FLOW
from fss_logic.record import (
    MAX_RECORD_BYTES,
    build_record,
    canonical_json,
    digest_of,
    record_file_text,
    verify_record_bytes,
    verify_record_text,
)
from fss_logic.record_form import validate_form
from fss_logic.render.record import render_record_document, render_record_html
from fss_logic.schema import load_schema, validate
from tests.unit.strategies import paths, record_forms

NOW, RANDOM = "2026-11-24T16:05:09+00:00", "a1b2c3d4"
SCHEMA = load_schema("share-decision-record.schema.json")


def make(answers, form):
    return build_record(FLOW, replay(FLOW, answers), form, NOW, RANDOM)


def leaves(value, path=()):
    """Every scalar in a record, with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    else:
        yield path, value


def changed(record, path):
    copied = copy.deepcopy(record)
    target = copied
    for key in path[:-1]:
        target = target[key]
    old = target[path[-1]]
    target[path[-1]] = (
        not old
        if isinstance(old, bool)
        else old + 1
        if isinstance(old, int)
        else "x"
        if old is None
        else old + "x"
    )
    return copied


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(paths(), record_forms())
def test_a_record_round_trips_and_verifies(answers, form):
    record = make(answers, form)
    text = record_file_text(record)
    assert json.loads(text) == record
    assert canonical_json(json.loads(canonical_json(record))) == canonical_json(record)
    checked = verify_record_bytes(text.encode("utf-8"), FLOWS)
    assert checked.ok, checked.problems
    assert checked.record == record
    assert validate(record, SCHEMA) == []
    jsonschema.Draft202012Validator(SCHEMA).validate(record)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(paths(), record_forms())
def test_the_digest_changes_when_any_field_changes(answers, form):
    record = make(answers, form)
    for path, _ in leaves(record):
        if path[0] == "digest":
            continue
        assert digest_of(changed(record, path)) != record["digest"]["value"], path


class Markup(HTMLParser):
    """The tags of an HTML text, in order, with their attributes' names."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(name for name, _ in attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag,))


def with_plain_text(value):
    """The record with every piece of text that could be markup made plain."""
    if isinstance(value, dict):
        return {k: with_plain_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_plain_text(v) for v in value]
    if isinstance(value, str) and any(c in value for c in "<>&"):
        return "x"
    return value


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(paths(), record_forms())
def test_every_piece_of_user_text_is_escaped(answers, form):
    """User text adds no markup: the record's tags are those of the same record with plain
    text, and each piece of text is there, escaped."""
    record = make(answers, form)
    plain = with_plain_text(record)
    for render in (lambda r: render_record_html(r, base="../../"), render_record_document):
        rendered = render(record)
        assert Markup(rendered).tags == Markup(render(plain)).tags
        for path, value in leaves(record):
            if isinstance(value, str) and any(c in value for c in "<>&"):
                assert html.escape(value, quote=True) in rendered, path
        assert "<script>" not in rendered


def test_the_schema_is_valid_json_schema_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_our_validator_agrees_with_jsonschema_on_damaged_records():
    record = make({"legitimate_purpose": "no"}, RECORD_FORM)
    full = jsonschema.Draft202012Validator(SCHEMA)
    damaged = [
        {**record, "extra": 1},
        {**record, "schema_version": True},
        {**record, "reference": "FSS-1"},
        {**record, "answers": []},
        {**record, "about": ""},
        {**record, "about": "x" * 10_001},
        {**record, "shared": {"what": "x"}},
        {**record, "decision": {**record["decision"], "share": "yes"}},
        {**record, "individual_told": {**record["individual_told"], "answer": "maybe"}},
        {key: value for key, value in record.items() if key != "purpose"},
    ]
    assert validate(record, SCHEMA) == [] and full.is_valid(record)
    for bad in damaged:
        assert validate(bad, SCHEMA) != [], bad
        assert not full.is_valid(bad)


RECORD_FORM = {
    "maker_name": "Sam Jones",
    "maker_role": "Social worker",
    "maker_organisation": "Hertfordshire County Council",
    "maker_organisation_other": "",
    "requested_by": "DC Smith, Hertfordshire Constabulary",
    "requested_on": "2026-11-20",
    "about": "Child A",
    "information": "School attendance",
    "purpose": "Safeguarding",
    "decision": "do_not_share",
    "decision_reasons": "",
    "shared_what": "",
    "shared_with": "",
    "shared_on": "",
    "shared_how": "",
    "manager_advice": "no",
    "manager_advice_details": "",
    "legal_advice": "no",
    "legal_advice_details": "",
    "individual_told": "not_applicable",
    "individual_not_told_reason": "",
}


@pytest.fixture
def record_text():
    return record_file_text(make({"legitimate_purpose": "no"}, RECORD_FORM))


def test_a_decision_not_to_share_makes_a_record(record_text):
    record = json.loads(record_text)
    assert record["indicated_outcome"]["heading"] == "Do not share information"
    assert record["decision"] == {
        "share": False,
        "matches_indication": True,
        "reasons": "",
        "reasons_required": [],
    }
    assert record["shared"] is None
    assert record["reference"] == "FSS-20261124-A1B2C3D4"


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.replace('"Child A"', '"Child B"'), "has been changed since it was made"),
        (lambda t: t[:-20], "not valid JSON"),
        (lambda t: "[]", "holds no record"),
        (lambda t: t.replace('"schema_version": 1', '"schema_version": 2'), "schema version is 2"),
        (
            lambda t: t.replace('"about": "Child A",', '"about": "Child A", "x": 1,'),
            "'x' is not part",
        ),
        (lambda t: t.replace('"answer": "no"', '"answer": "yes"'), "has been changed"),
    ],
)
def test_a_damaged_record_is_refused_with_a_clear_message(record_text, damage, message):
    checked = verify_record_text(damage(record_text), FLOWS)
    assert not checked.ok
    assert message in " ".join(checked.problems)


def test_answers_that_do_not_lead_to_the_recorded_outcome_are_refused(record_text):
    record = json.loads(record_text)
    record["answers"][0]["answer"] = "yes"
    record["digest"]["value"] = digest_of(record)  # re-sealed by someone who edited it
    checked = verify_record_text(record_file_text(record), FLOWS)
    assert checked.problems == [
        "The record's answers do not lead to the outcome it records, so it cannot be opened."
    ]


def test_oversized_and_non_text_files_are_refused():
    big = verify_record_bytes(b" " * (MAX_RECORD_BYTES + 1), FLOWS)
    assert "too large" in big.problems[0]
    assert "not UTF-8 text" in verify_record_bytes(b"\xff\xfe\x00", FLOWS).problems[0]
    deep = verify_record_text("[" * 100_000 + "]" * 100_000, FLOWS)
    assert not deep.ok


def test_form_reasons_are_required_where_the_guide_asks():
    answers = replay(
        FLOW,
        {
            "legitimate_purpose": "yes",
            "identifiable": "yes",
            "confidential": "yes",
            "have_consent": "no",
            "why_no_consent": "refused",
            "another_reason": "no",
        },
    ).answers
    share = {
        **RECORD_FORM,
        "decision": "share",
        "shared_what": "x",
        "shared_with": "y",
        "shared_on": "2026-11-24T10:00",
        "shared_how": "HertsFX",
    }
    errors = validate_form(share, answers, indicated_share=False)
    assert list(errors) == ["decision_reasons"]
    assert "sharing without consent" in errors["decision_reasons"]
    assert validate_form({**share, "decision_reasons": "Risk"}, answers, False) == {}
    assert validate_form(RECORD_FORM, answers, indicated_share=False) == {}


def test_a_huge_text_gets_a_message_and_is_kept():
    form = {**RECORD_FORM, "about": "x" * 20_000}
    errors = validate_form(form, {"legitimate_purpose": "no"}, indicated_share=False)
    assert errors == {
        "about": "Whom is the information about? must be 10,000 characters or "
        "fewer (it is 20,000). Nothing has been cut: shorten it and "
        "try again."
    }
    assert len(form["about"]) == 20_000


def test_dates_are_typed_the_uk_way_and_checked():
    from fss_logic.record_form import parse_date, parse_datetime, uk_date

    assert parse_date("20/11/2026") == parse_date(" 2026-11-20 ") == "2026-11-20"
    assert parse_date("1/2/2026") == "2026-02-01"
    assert parse_date("31/02/2026") is None and parse_date("11/20/2026") is None
    assert parse_date("20112026") is None and parse_date("") is None
    assert parse_datetime("24/11/2026 10:30") == "2026-11-24T10:30"
    assert parse_datetime("2026-11-24T10:30") == "2026-11-24T10:30"
    assert parse_datetime("24/11/2026 25:00") is None
    assert parse_datetime("24/11/2026") is None
    assert (
        uk_date("2026-11-24T10:30") == "24/11/2026 10:30" and uk_date("2026-02-01") == "01/02/2026"
    )
