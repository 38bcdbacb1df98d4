"""Records of every kind: canonical JSON, the digest, the published schemas, verification,
the form read back from a record, and rendering. The schema, the builder, the form reader
and the renderer are each made from the kind's field list; these tests hold them to each
other so that they cannot drift."""

from __future__ import annotations

import copy
import html
import json
import re
from html.parser import HTMLParser

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fss_logic.__main__ import SCHEMAS, schema_text
from fss_logic.flow import replay
from fss_logic.flows import KINDS
from fss_logic.flows.share import KIND as SHARE
from fss_logic.record import (
    MAX_RECORD_BYTES,
    build_record,
    canonical_json,
    digest_of,
    form_errors,
    form_from_record,
    record_file_text,
    schema_of,
    verify_record_bytes,
    verify_record_text,
)
from fss_logic.record_form import DATE, DATETIME, applies, clean, form_fields, stored, typed
from fss_logic.record_schema import schema_file_name
from fss_logic.render.record import render_record_document, render_record_html
from fss_logic.schema import load_schema, validate
from tests.unit.routes import finish
from tests.unit.strategies import paths, record_forms

NOW, RANDOM = "2026-11-24T16:05:09+00:00", "a1b2c3d4"
EVERY_KIND = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


def make(kind, answers, form):
    return build_record(kind, replay(kind.flow, answers), form, NOW, RANDOM)


@st.composite
def records(draw, kind):
    """A record of ``kind`` from a random path and a random, complete form."""
    answers = draw(paths(kind.flow))
    form = draw(record_forms(kind))
    return make(kind, answers, form), form


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


@EVERY_KIND
def test_a_sample_record_of_every_kind_is_valid_by_its_own_schema(kind):
    """A kind whose records fail its own schema is caught here, not as a blank page."""
    state = replay(kind.flow, {})
    assert state.current is not None
    sample = settings(max_examples=20, derandomize=True, database=None)(
        given(records(kind))(lambda made: _valid(kind, made[0]))
    )
    sample()


def _valid(kind, record):
    schema = schema_of(kind)
    assert validate(record, schema) == []
    jsonschema.Draft202012Validator(schema).validate(record)


@EVERY_KIND
def test_the_published_schema_files_are_the_ones_the_code_makes(kind):
    assert load_schema(schema_file_name(kind)) == schema_of(kind)
    assert (SCHEMAS / schema_file_name(kind)).read_text("utf-8") == schema_text(kind), (
        "run: python -m fss_logic schema --write"
    )
    jsonschema.Draft202012Validator.check_schema(schema_of(kind))


@EVERY_KIND
@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_record_round_trips_verifies_and_gives_back_its_form(kind, data):
    record, form = data.draw(records(kind))
    text = record_file_text(record)
    assert json.loads(text) == record
    assert canonical_json(json.loads(canonical_json(record))) == canonical_json(record)
    checked = verify_record_bytes(text.encode("utf-8"), KINDS)
    assert checked.ok, checked.problems
    assert checked.record == record
    _valid(kind, record)
    # The form read back from the record is the form it was made from, less what did
    # not apply, dates as the form shows them.
    back = form_from_record(kind, record)
    for spec in kind.fields:
        expected = stored(spec, form[spec.name]) if applies(spec, form) else ""
        assert back[spec.name] == typed(spec, expected), spec.name
    assert set(back) == set(clean(kind, form))
    answers = {item["id"]: item["answer"] for item in record["answers"]}
    assert form_errors(kind, replay(kind.flow, answers), back) == {}


@EVERY_KIND
@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_digest_changes_when_any_field_changes(kind, data):
    record, _ = data.draw(records(kind))
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


@EVERY_KIND
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_piece_of_user_text_is_escaped(kind, data):
    """User text adds no markup: the record's tags are those of the same record with plain
    text, and each piece of text is there, escaped."""
    record, _ = data.draw(records(kind))
    plain = with_plain_text(record)
    for render in (
        lambda r: render_record_html(kind, r, base="../../"),
        lambda r: render_record_document(kind, r),
    ):
        rendered = render(record)
        assert Markup(rendered).tags == Markup(render(plain)).tags
        for path, value in leaves(record):
            if isinstance(value, str) and any(c in value for c in "<>&"):
                assert html.escape(value, quote=True) in rendered, path
        assert "<script>" not in rendered


@EVERY_KIND
@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_printed_record_shows_every_field_given_by_its_label(kind, data):
    record, _ = data.draw(records(kind))
    rendered = render_record_html(kind, record)
    section = record["sections"][kind.id]
    values = {**section, "decision": record["decision"]["choice"]}
    for spec in kind.fields:
        label = html.escape(spec.record_label or spec.label, quote=True)
        row = f'<dt class="fss-summary__key">{label}</dt>'
        fits = applies(spec, values)  # a decision not to share prints nothing of sharing
        assert (row in rendered) == (bool(section[spec.name]) and fits), spec.name
    for fact in kind.facts:
        row = f'<dt class="fss-summary__key">{html.escape(fact.label, quote=True)}</dt>'
        shown = bool(section.get(fact.name)) and fact.applies(values)
        assert (row in rendered) == shown, fact.name
    assert html.escape(record["decision"]["choice_text"]) in rendered
    assert html.escape(record["decision_maker"]["name"], quote=True) in rendered


def first_answers(flow) -> dict:
    """The first option of every question (or some typed words), all the way to an outcome."""
    return finish(flow)


def full_form(kind) -> dict:
    """Every field of the form filled, the first option of each choice."""
    return {
        spec.name: spec.options[0].value
        if spec.options
        else {DATE: "2026-11-20", DATETIME: "2026-11-20T10:00"}.get(spec.kind, "Typed")
        for spec in form_fields(kind)
    }


@EVERY_KIND
def test_our_validator_agrees_with_jsonschema_on_damaged_records(kind):
    answers, form = first_answers(kind.flow), full_form(kind)
    record = make(kind, answers, form)
    schema = schema_of(kind)
    full = jsonschema.Draft202012Validator(schema)
    section = record["sections"][kind.id]
    first = kind.fields[0].name
    damaged = [
        {**record, "extra": 1},
        {**record, "schema_version": True},
        {**record, "reference": "FSS-1"},
        {**record, "answers": []},
        {**record, "sections": {}},
        {**record, "sections": {kind.id: {**section, "extra": ""}}},
        {**record, "sections": {kind.id: {**section, first: None}}},
        {**record, "decision": {**record["decision"], "choice": "maybe"}},
        {**record, "decision": {**record["decision"], "reasons": ""}},
        {**record, "indicated_outcome": {**record["indicated_outcome"], "indication": "x"}},
        {key: value for key, value in record.items() if key != "decision_maker"},
    ]
    assert validate(record, schema) == [] and full.is_valid(record)
    for bad in damaged:
        assert validate(bad, schema) != [], bad
        assert not full.is_valid(bad)


RECORD_FORM = {
    "maker_name": "Sam Jones",
    "maker_role": "Social worker",
    "maker_organisation": "signatory-1",
    "maker_organisation_other": "",
    "requested": "DC Smith, Hertfordshire Constabulary, 20/11/2026",
    "about": "Child A",
    "information": "School attendance",
    "purpose": "Safeguarding",
    "decision": "do_not_share",
    "decision_reasons": "No clear purpose",
    "shared_with": "",
    "shared_on": "",
    "advice": "none",
    "advice_details": "",
}


@pytest.fixture
def record_text():
    return record_file_text(make(SHARE, {"legitimate_purpose": "no"}, RECORD_FORM))


def test_a_decision_not_to_share_makes_a_record(record_text):
    record = json.loads(record_text)
    assert record["tool"]["id"] == "share" and record["schema_version"] == 3
    assert record["indicated_outcome"]["heading"] == "Do not share information"
    assert record["indicated_outcome"]["indication"] == "do_not_share"
    assert record["decision"] == {
        "choice": "do_not_share",
        "choice_text": "Do not share the information",
        "matches_indication": True,
        "reasons": "No clear purpose",
        "reasons_required": [],
    }
    assert record["decision_maker"]["organisation"] == "Hertfordshire County Council"
    assert record["sections"]["share"]["shared_with"] == ""
    assert record["sections"]["share"]["lawful_basis"] == ""  # not asked on this path
    assert record["reference"] == "FSS-20261124-A1B2C3D4"
    rendered = render_record_html(SHARE, record)
    assert "Information sharing decision record" in rendered
    # A decision not to share prints nothing of what was shared, how, or who was told.
    for absent in ("What was shared", "With whom", "When shared", "How it is shared"):
        assert absent not in rendered, absent
    assert rendered.index("The decision") < rendered.index("Questions and answers")
    assert rendered.index("Do not share the information") < rendered.index("Decided by")
    assert rendered.index("Digest") < rendered.index("How the tool reached its indication")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.replace('"Child A"', '"Child B"'), "has been changed since it was made"),
        (lambda t: t[:-20], "not valid JSON"),
        (lambda t: "[]", "holds no record"),
        (
            lambda t: t.replace('"schema_version": 3', '"schema_version": 2'),
            "made by an earlier version of these tools (schema version 2)",
        ),
        (lambda t: t.replace('"schema_version": 3', '"schema_version": 9'), "schema version is 9"),
        (lambda t: re.sub(r'\s*"schema_version": 3,', "", t), "it has no schema version."),
        (lambda t: '{"nonsense": "<b>"}', "it has no schema version."),
        (
            lambda t: t.replace('"about": "Child A",', '"about": "Child A", "x": 1,'),
            "'x' is not part",
        ),
        (lambda t: t.replace('"answer": "no"', '"answer": "yes"'), "has been changed"),
        (lambda t: t.replace('"id": "share"', '"id": "nothing"'), "not a record of a tool"),
    ],
)
def test_a_damaged_record_is_refused_with_a_clear_message(record_text, damage, message):
    checked = verify_record_text(damage(record_text), KINDS)
    assert not checked.ok
    assert message in " ".join(checked.problems)


def test_answers_that_do_not_lead_to_the_recorded_outcome_are_refused(record_text):
    record = json.loads(record_text)
    record["answers"][0]["answer"] = "yes"
    record["digest"]["value"] = digest_of(record)  # re-sealed by someone who edited it
    checked = verify_record_text(record_file_text(record), KINDS)
    assert checked.problems == [
        "The record's answers do not lead to the outcome it records, so it cannot be opened."
    ]


def test_a_resealed_record_missing_what_its_decision_needs_is_refused(record_text):
    record = json.loads(record_text)
    record["decision"]["choice"] = "share"  # no with whom or when
    record["decision"]["choice_text"] = "Share the information"
    record["digest"]["value"] = digest_of(record)
    checked = verify_record_text(record_file_text(record), KINDS)
    assert not checked.ok
    assert checked.problems[0].startswith("The record is not complete, so it cannot be opened")
    assert "Enter whom you shared it with" in checked.problems[0]


def test_oversized_and_non_text_files_are_refused():
    big = verify_record_bytes(b" " * (MAX_RECORD_BYTES + 1), KINDS)
    assert "too large" in big.problems[0]
    assert "not UTF-8 text" in verify_record_bytes(b"\xff\xfe\x00", KINDS).problems[0]
    deep = verify_record_text("[" * 100_000 + "]" * 100_000, KINDS)
    assert not deep.ok


def test_reasons_are_required_for_every_decision_and_say_why_where_the_guide_asks():
    from tests.unit.test_share_flow import REFUSED, prefixed

    none = prefixed({"which_criteria": ["none"]}, SHARE.flow.parts[2])
    state = replay(SHARE.flow, {**REFUSED, **none})
    assert state.outcome.id == "do_not_share_refusal"
    share = {
        **RECORD_FORM,
        "decision": "share",
        "decision_reasons": "",
        "shared_with": "y",
        "shared_on": "2026-11-24T10:00",
    }
    errors = form_errors(SHARE, state, share)
    assert list(errors) == ["decision_reasons"]
    assert errors["decision_reasons"] == (
        "Enter your reasons. You are sharing without consent: record why consent has not been "
        "obtained, and the rationale for the decision."
    )
    assert form_errors(SHARE, state, {**share, "decision_reasons": "Risk"}) == {}
    # Not sharing, as the tool indicated: reasons are still required, with nothing added.
    plain = {**RECORD_FORM, "decision_reasons": ""}
    assert form_errors(SHARE, state, plain) == {"decision_reasons": "Enter your reasons"}
    assert form_errors(SHARE, state, RECORD_FORM) == {}


def test_a_decision_that_differs_from_the_indication_says_so():
    state = replay(SHARE.flow, {"legitimate_purpose": "no"})
    share = {
        **RECORD_FORM,
        "decision": "share",
        "shared_with": "y",
        "shared_on": "24/11/2026 10:00",
    }
    record = build_record(SHARE, state, share, NOW, RANDOM)
    assert record["decision"]["matches_indication"] is False
    assert record["decision"]["reasons_required"] == [
        "Your decision differs from the outcome the tool indicated: record your reasons."
    ]
    assert record["sections"]["share"]["shared_on"] == "2026-11-24T10:00"


def test_a_huge_text_gets_a_message_and_is_kept():
    form = {**RECORD_FORM, "about": "x" * 20_000}
    errors = form_errors(SHARE, replay(SHARE.flow, {"legitimate_purpose": "no"}), form)
    assert errors == {
        "about": "Whom is the information about? must be 10,000 characters or "
        "fewer (it is 20,000). Nothing has been cut: shorten it and "
        "try again."
    }
    assert len(form["about"]) == 20_000


@pytest.mark.parametrize(
    "typed",
    [
        "1/12/26",
        "1/12/2026",
        "01/12/2026",
        "01.12.2026",
        "1-12-2026",
        "1 December 2026",
        "1st December 2026",
        "1 Dec 2026",
        "1 dec 26",
        "2026-12-01",
        " 1 December, 2026 ",
    ],
)
def test_a_date_is_read_as_people_write_one_in_the_uk(typed):
    from fss_logic.record_form import parse_date

    assert parse_date(typed) == "2026-12-01"


@pytest.mark.parametrize(
    "typed",
    [
        "1/12/26 14:30",
        "1/12/2026 14.30",
        "1 December 2026, 2:30pm",
        "1 Dec 2026 at 2.30 pm",
        "2026-12-01T14:30",
        "01.12.2026 14:30",
    ],
)
def test_a_date_and_time_is_read_as_people_write_one(typed):
    from fss_logic.record_form import parse_datetime

    assert parse_datetime(typed) == "2026-12-01T14:30"


def test_dates_that_are_not_real_are_refused_and_shown_back_in_full():
    from fss_logic.record_form import parse_date, parse_datetime, uk_date

    assert parse_date("31/02/2026") is None and parse_date("11/20/2026") is None
    assert parse_date("20112026") is None and parse_date("") is None
    assert parse_date("1 Smarch 2026") is None and parse_date("1/12") is None
    assert parse_datetime("24/11/2026 25:00") is None
    assert parse_datetime("24/11/2026") is None and parse_datetime("24/11/2026 14") is None
    assert parse_datetime("24/11/2026 13pm") is None
    assert uk_date("2026-11-24T10:30") == "24 November 2026 10:30"
    assert uk_date("2026-02-01") == "1 February 2026"
    assert parse_datetime(uk_date("2026-11-24T10:30")) == "2026-11-24T10:30"


def test_a_date_in_error_names_its_field():
    state = replay(SHARE.flow, {"legitimate_purpose": "no"})
    form = {**RECORD_FORM, "decision": "share", "shared_with": "Nurse", "shared_on": "31/2/26 9am"}
    errors = form_errors(SHARE, state, form)
    assert errors == {
        "shared_on": "When shared: enter a real date and time, for example 1/12/2026 14:30 "
        "or 1 December 2026 2:30pm"
    }


def test_the_summary_for_case_notes_is_plain_text_with_what_a_case_note_needs():
    from fss_logic.render.text import render_case_notes

    state = replay(SHARE.flow, {"legitimate_purpose": "no"})
    form = {
        **RECORD_FORM,
        "maker_name": "Sam <b>Jones</b>",
        "decision": "share",
        "decision_reasons": "Line one\nline two",
        "shared_with": "School nurse",
        "shared_on": "24/11/2026 10:00",
    }
    record = build_record(SHARE, state, form, NOW, RANDOM)
    assert render_case_notes(SHARE, record) == (
        "Information sharing decision record: FSS-20261124-A1B2C3D4\n"
        "Decision: Share the information\n"
        "The tool indicated: Do not share information (the decision differs from it)\n"
        "Decided by: Sam <b>Jones</b>, Social worker, Hertfordshire County Council, "
        "24 November 2026, 16:05 UTC\n"
        "Reasons: Line one\nline two\n"
        "What information: School attendance\n"
        "With whom: School nurse\n"
        "When shared: 24 November 2026, 10:00\n"
        "Who asked, and when: DC Smith, Hertfordshire Constabulary, 20/11/2026\n"
        "Whom the information is about: Child A\n"
        "Purpose: Safeguarding\n"
        "Advice sought: No\n"
        "Guide references: Is there a clear and legitimate purpose for sharing information? "
        "(the guide, When and how to share); Introduction (the guide, Home); The seven "
        "golden rules to sharing information: rule 7 (the guide)\n"
    )
    assert "Digest" not in render_case_notes(SHARE, record)


def test_a_record_page_of_its_own_marks_every_printed_page(record_text):
    from fss_logic.render.record import css_string, print_marks

    record = json.loads(record_text)
    document = render_record_document(SHARE, record)
    assert '<html lang="en-GB" class="fss-printing-record">' in document
    assert ':root{--fss-print-marking:"OFFICIAL-SENSITIVE";' in document
    assert '--fss-print-reference:"FSS-20261124-A1B2C3D4";}' in document
    assert print_marks(record)["--fss-print-reference"] == '"FSS-20261124-A1B2C3D4"'
    # A marking the partnership sets is written as a CSS string that cannot end early.
    assert css_string('A "B" \\ </style>\n') == '"A \\22 B\\22  \\5c  \\3c /style\\3e \\a "'
