"""The register of decision records (issue 21): many files checked together, one row per
record with the flags a reviewer looks for, a summary, the CSV, and ``python -m fss_logic
review``. The set is made as the page makes records (``tools/records.py``): every tool,
corrections, and among them a tampered record, a training attempt and a file that is not
a record."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from fss_logic.__main__ import main as cli
from fss_logic.flags import (
    DIFFERS,
    FLAGS,
    OTHER_TRANSFER,
    REFUSAL_OVERRIDDEN,
    REPLACED,
    REPLACED_NOT_IN_SET,
    REPLACES,
    WITHOUT_CONSENT,
)
from fss_logic.flow import FlowDefinitionError
from fss_logic.flows import KINDS
from fss_logic.kind import Register
from fss_logic.record import NOT_A_RECORD_BUT_TRAINING, record_file_text, seal
from fss_logic.review import (
    COLUMNS,
    Failure,
    csv_cell,
    csv_text,
    read_day,
    review,
    summary_text,
    table_text,
)
from fss_logic.training.attempt import attempt_text, make_attempt
from fss_logic.training.model import UNAIDED, model_state
from fss_logic.training.scenarios import SCENARIOS
from fss_logic.values import replace
from tools.paths import PATHS
from tools.records import make_record

PATH = {path.name: path for path in PATHS}
OBJECTED = {
    "sharing_organisation": "la_adults",
    "receiving_organisation": "la_adults",
    "purposes": ["direct_care"],
    "best_interests": "yes",
    "person_objects": "objected",
    "gateways_relied_on": ["section_251b"],
}
"""Adult care sharing for direct care, the person has objected, and section 251B relied on
all the same: the tool finds no gateway (the objection), so the decision differs."""

TAMPERED = (
    "The record has been changed since it was made, so it cannot be trusted as the record of "
    "the decision (its digest does not match its contents). Open the original file instead, "
    "or make a new record."
)
NOT_JSON = "The file is not a decision record: it is not valid JSON (line 1, column 1)."


def _records() -> dict[str, dict]:
    """The set's records by file name, each made as the page makes it."""
    share, disclose = "share", "disclose"
    refused = make_record(
        "share",
        PATH[
            "Consent refused, child at risk of significant harm, override justified, one agency"
        ].answers,
        {
            "decision": share,
            "decision_reasons": "The risk of harm outweighs the refusal",
            "maker_organisation": "signatory-1",
            "case_reference": "CMS 1001",
            "shared_with": "DC Jones, Hertfordshire Constabulary",
            "shared_on": "24/11/2026 15:30",
        },
        "2026-11-24T16:00:00+00:00",
        "a1a1a1a1",
    )
    email = make_record(
        "share",
        {**PATH["A file by personal email"].answers, "other_method": "Personal email"},
        {
            "decision": share,
            "decision_reasons": "No other way in time",
            "maker_organisation": "signatory-2",
            "maker_name": "=1+1",
            "maker_role": "+44 1992 555555",
            "case_reference": "@SUM(A1)",
            "information": "\tSchool reports",
            "shared_with": "-PC Lee",
            "shared_on": "25/11/2026 08:45",
        },
        "2026-11-25T09:00:00+00:00",
        "b2b2b2b2",
    )
    no_purpose = PATH["No clear and legitimate purpose"].answers
    first = make_record(
        "share",
        no_purpose,
        {
            "decision": "do_not_share",
            "decision_reasons": "No clear purpose",
            "maker_organisation": "signatory-7",
        },
        "2026-11-26T10:00:00+00:00",
        "c3c3c3c3",
    )
    corrected = make_record(
        "share",
        {},
        {
            "decision": "do_not_share",
            "decision_reasons": "No clear purpose: checked with the requester",
            "maker_organisation": "signatory-7",
        },
        "2026-11-27T10:00:00+00:00",
        "d4d4d4d4",
        replaces=first,
    )
    not_in_the_set = make_record(
        "share",
        no_purpose,
        {
            "decision": "do_not_share",
            "decision_reasons": "No purpose given",
            "maker_organisation": "signatory-1",
        },
        "2026-11-20T10:00:00+00:00",
        "eeeeeeee",
    )
    corrects_it = make_record(
        "share",
        {},
        {
            "decision": "do_not_share",
            "decision_reasons": "No purpose given, as the requester confirmed",
            "maker_organisation": "signatory-1",
        },
        "2026-11-28T08:00:00+00:00",
        "e5e5e5e5",
        replaces=not_in_the_set,
    )
    by_hand = make_record(
        "public_interest",
        PATH["Justified: the practitioner's own organisation holds the information"].answers,
        {
            "decision": disclose,
            "decision_reasons": "Justified to protect her",
            "maker_organisation": "other",
            "maker_organisation_other": "Herts Women's Aid",
            "disclosed_what": "Her new address",
            "disclosed_to": "DS Green, Hertfordshire Constabulary",
            "disclosed_on": "28/11/2026 11:00",
            "disclosed_how": "By hand, at the station",
        },
        "2026-11-28T12:00:00+00:00",
        "f6f6f6f6",
    )
    securely = make_record(
        "public_interest",
        PATH[
            "Longest path: another public interest, another organisation's information, views "
            "in favour"
        ].answers,
        {
            "decision": disclose,
            "decision_reasons": "Justified; the holder agrees",
            "maker_organisation": "signatory-2",
            "disclosed_what": "Address history",
            "disclosed_to": "Hertfordshire County Council",
            "disclosed_on": "29/11/2026 08:30",
            "disclosed_how": "Secure e-mail",
        },
        "2026-11-29T09:00:00+00:00",
        "a7a7a7a7",
    )
    capacity = make_record(
        "capacity",
        PATH["Lacks capacity after a brain injury; sharing in their best interests"].answers,
        {
            "decision": "lacks_capacity",
            "decision_reasons": "As the checklist found",
            "best_interests_decision": "share",
            "maker_organisation": "signatory-8",
        },
        "2026-12-01T09:30:00+01:00",  # 08:30 UTC: made before the two at 09:00 UTC
        "b8b8b8b8",
    )
    gateway = make_record(
        "gateways",
        PATH["Police to children's services for enquiries about significant harm"].answers,
        {
            "decision": "rely",
            "decision_reasons": "The gateways found apply",
            "lawful_basis": "Data Protection Act 2018, Part 3",
            "confidentiality": "The public interest",
            "maker_organisation": "signatory-2",
        },
        "2026-12-01T09:00:00+00:00",
        "c9c9c9c9",
    )
    objected = make_record(
        "gateways",
        OBJECTED,
        {
            "decision": "rely",
            "decision_reasons": "Section 251B, the objection notwithstanding",
            "sharing_organisation_name": "Hertfordshire County Council Adult Care Services",
            "receiving_organisation_name": "Hertfordshire Community NHS Trust",
            "information": "Care needs",
            "lawful_basis": "UK GDPR Article 6(1)(e)",
            "confidentiality": "Direct care",
            "maker_organisation": "signatory-9",
        },
        "2026-12-01T09:00:00+00:00",  # the same time as the other: by reference, 0A... first
        "0a0a0a0a",
    )
    return {
        "refused.json": refused,
        "personal-email.json": email,
        "no-purpose.json": first,
        "no-purpose-corrected.json": corrected,
        "corrects-a-missing-record.json": corrects_it,
        "disclosed-by-hand.json": by_hand,
        "disclosed-securely.json": securely,
        "capacity.json": capacity,
        "gateway.json": gateway,
        "gateway-objected.json": objected,
    }


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return _records()


@pytest.fixture(scope="module")
def files(records) -> list[tuple[str, bytes]]:
    """The set as files, in name order (as a folder is read), with the three bad ones."""
    refused = records["refused.json"]
    tampered = {**refused, "decision": {**refused["decision"], "reasons": "Changed afterwards"}}
    scenario = SCENARIOS[0]
    exercise = scenario.exercises[0]
    attempt = make_attempt(
        scenario, exercise, UNAIDED, model_state(exercise), "2026-12-03T10:15:00+00:00"
    )
    texts = {name: record_file_text(record) for name, record in records.items()}
    texts |= {
        "tampered.json": record_file_text(tampered),
        "training-attempt.json": attempt_text(attempt),
        "notes.json": "Meeting notes, not a record\n",
    }
    return sorted((name, text.encode("utf-8")) for name, text in texts.items())


HEADER = (
    "File,Reference,Case reference,Date made,Tool,Decision maker,Role,Organisation,Decision,"
    "The tool indicated,Follows the indication,Information,With whom,When,How,Lawful basis,"
    "Replaces,Replaced by,Flags"
)
SHARE, PI = "Should I share information?", "Public interest test"
CAPACITY, GATEWAYS = "Mental Capacity Act checklist", "Legal gateways"
SAM = "Sam Patel,Social worker"
SHARE_BASIS = (
    '"Public task, and the safeguarding condition: Article 6(1)(e), Article 9(2)(g) and Data '
    'Protection Act 2018, Schedule 1, paragraph 18"'
)
INFORMATION = "School attendance and health visits"
NOT_SHARED = "Do not share the information,Do not share information,Yes"
ROWS = (
    # file, then the rest of the row
    (
        "refused.json",
        f"FSS-20261124-A1A1A1A1,CMS 1001,2026-11-24T16:00:00+00:00,{SHARE},{SAM},"
        "Hertfordshire County Council,Share the information,"
        f"The information can and MUST be shared,Yes,{INFORMATION},"
        f'"DC Jones, Hertfordshire Constabulary",2026-11-24T15:30,Secure email,{SHARE_BASIS},,,'
        "A refusal overridden; Shared without consent",
    ),
    (
        "personal-email.json",
        f"FSS-20261125-B2B2B2B2,'@SUM(A1),2026-11-25T09:00:00+00:00,{SHARE},'=1+1,"
        "'+44 1992 555555,Hertfordshire Constabulary,Share the information,"
        "Put this right before you share,No,'\tSchool reports,'-PC Lee,2026-11-25T08:45,"
        "Another method: Personal email,Public task: Article 6(1)(e),,,"
        "Not by Secure email or HertsFX; The decision differs from the indication",
    ),
    (
        "no-purpose.json",
        f"FSS-20261126-C3C3C3C3,,2026-11-26T10:00:00+00:00,{SHARE},{SAM},"
        f"East and North Hertfordshire NHS Trust,{NOT_SHARED},{INFORMATION},,,,,,"
        "FSS-20261127-D4D4D4D4,Replaced by a later record in the set",
    ),
    (
        "no-purpose-corrected.json",
        f"FSS-20261127-D4D4D4D4,,2026-11-27T10:00:00+00:00,{SHARE},{SAM},"
        f"East and North Hertfordshire NHS Trust,{NOT_SHARED},{INFORMATION},,,,,"
        "FSS-20261126-C3C3C3C3,,Replaces another record",
    ),
    (
        "corrects-a-missing-record.json",
        f"FSS-20261128-E5E5E5E5,,2026-11-28T08:00:00+00:00,{SHARE},{SAM},"
        f"Hertfordshire County Council,{NOT_SHARED},{INFORMATION},,,,,FSS-20261120-EEEEEEEE,,"
        "Replaces another record; The record it replaces is not in the set",
    ),
    (
        "disclosed-by-hand.json",
        f"FSS-20261128-F6F6F6F6,,2026-11-28T12:00:00+00:00,{PI},{SAM},Herts Women's Aid,"
        "Disclose in the public interest,Disclosure in the public interest is justified,Yes,"
        'Her new address,"DS Green, Hertfordshire Constabulary",2026-11-28T11:00,'
        '"By hand, at the station",,,,Shared without consent; Not by Secure email or HertsFX',
    ),
    (
        "disclosed-securely.json",
        f"FSS-20261129-A7A7A7A7,,2026-11-29T09:00:00+00:00,{PI},{SAM},"
        "Hertfordshire Constabulary,Disclose in the public interest,"
        "Disclosure in the public interest is justified,Yes,Address history,"
        "Hertfordshire County Council,2026-11-29T08:30,Secure e-mail,,,,Shared without consent",
    ),
    (
        "capacity.json",
        f"FSS-20261201-B8B8B8B8,,2026-12-01T09:30:00+01:00,{CAPACITY},{SAM},"
        "Hertfordshire Community NHS Trust,"
        "The person lacks capacity to decide about consent to this sharing,"
        "The person lacks capacity for this decision: sharing is in their best interests,Yes,"
        '"Medical history, with the GP",,,,,,,',
    ),
    (
        "gateway-objected.json",
        f"FSS-20261201-0A0A0A0A,,2026-12-01T09:00:00+00:00,{GATEWAYS},{SAM},"
        "Hertfordshire Partnership University NHS Foundation Trust,"
        "Rely on the gateways I have chosen,No legal gateway identified,No,Care needs,"
        "Hertfordshire Community NHS Trust,,,UK GDPR Article 6(1)(e),,,"
        "A refusal overridden; The decision differs from the indication",
    ),
    (
        "gateway.json",
        f"FSS-20261201-C9C9C9C9,,2026-12-01T09:00:00+00:00,{GATEWAYS},{SAM},"
        "Hertfordshire Constabulary,Rely on the gateways I have chosen,"
        "A legal gateway may apply,Yes,Police call-outs to the home,"
        "Hertfordshire County Council Children's Services,,,"
        '"Data Protection Act 2018, Part 3",,,',
    ),
)
"""The register of the set, in its order (by date made, then reference), as CSV lines."""


def expected_csv(folder: str = "", since: str = "") -> str:
    """The CSV of the set, its files named as in ``folder``; only rows made on or after
    ``since``."""
    lines = [HEADER]
    for name, rest in ROWS:
        made = rest.split(",")[2][:10]
        if made >= since:
            lines.append(f"{folder}{name},{rest}")
    return "".join(line + "\r\n" for line in lines)


TABLE = """\
Reference              Date        Tool                           Decision                                                           Follows  Flags
FSS-20261124-A1A1A1A1  2026-11-24  Should I share information?    Share the information                                              Yes      A refusal overridden; Shared without consent
FSS-20261125-B2B2B2B2  2026-11-25  Should I share information?    Share the information                                              No       Not by Secure email or HertsFX; The decision differs from the indication
FSS-20261126-C3C3C3C3  2026-11-26  Should I share information?    Do not share the information                                       Yes      Replaced by a later record in the set
FSS-20261127-D4D4D4D4  2026-11-27  Should I share information?    Do not share the information                                       Yes      Replaces another record
FSS-20261128-E5E5E5E5  2026-11-28  Should I share information?    Do not share the information                                       Yes      Replaces another record; The record it replaces is not in the set
FSS-20261128-F6F6F6F6  2026-11-28  Public interest test           Disclose in the public interest                                    Yes      Shared without consent; Not by Secure email or HertsFX
FSS-20261129-A7A7A7A7  2026-11-29  Public interest test           Disclose in the public interest                                    Yes      Shared without consent
FSS-20261201-B8B8B8B8  2026-12-01  Mental Capacity Act checklist  The person lacks capacity to decide about consent to this sharing  Yes
FSS-20261201-0A0A0A0A  2026-12-01  Legal gateways                 Rely on the gateways I have chosen                                 No       A refusal overridden; The decision differs from the indication
FSS-20261201-C9C9C9C9  2026-12-01  Legal gateways                 Rely on the gateways I have chosen                                 Yes
"""  # noqa: E501

SUMMARY = """\
10 records made 2026-11-24 to 2026-12-01; 3 files failed their check.

By tool
  Should I share information?    5
  Public interest test           2
  Mental Capacity Act checklist  1
  Legal gateways                 2

By decision
  Should I share information?: Share the information                                                2
  Should I share information?: Do not share the information                                         3
  Public interest test: Disclose in the public interest                                             2
  Mental Capacity Act checklist: The person lacks capacity to decide about consent to this sharing  1
  Legal gateways: Rely on the gateways I have chosen                                                2

By flag
  A refusal overridden                      2
  Shared without consent                    3
  Not by Secure email or HertsFX            2
  The decision differs from the indication  2
  Replaces another record                   2
  The record it replaces is not in the set  1
  Replaced by a later record in the set     1

By organisation
  East and North Hertfordshire NHS Trust                     2
  Hertfordshire Community NHS Trust                          1
  Hertfordshire Constabulary                                 3
  Hertfordshire County Council                               2
  Hertfordshire Partnership University NHS Foundation Trust  1
  Herts Women's Aid                                          1
"""  # noqa: E501


def test_every_tool_is_in_the_set(records):
    assert {record["tool"]["id"] for record in records.values()} == set(KINDS)


def test_the_failed_files_are_named_with_why_and_the_rest_still_load(files):
    result = review(files, KINDS)
    assert not result.ok
    assert result.failures == (
        Failure("notes.json", (NOT_JSON,)),
        Failure("tampered.json", (TAMPERED,)),
        Failure("training-attempt.json", (NOT_A_RECORD_BUT_TRAINING,)),
    )
    assert len(result.rows) == 10


def test_the_rows_are_by_date_made_then_reference_and_read_as_the_record_words_them(files):
    rows = review(files, KINDS).rows
    assert [row.file for row in rows] == [name for name, _ in ROWS]
    refused = rows[0]
    assert (refused.reference, refused.case_reference) == ("FSS-20261124-A1A1A1A1", "CMS 1001")
    assert (refused.tool_id, refused.tool) == ("share", SHARE)
    assert (refused.maker, refused.role, refused.organisation) == (
        "Sam Patel",
        "Social worker",
        "Hertfordshire County Council",
    )
    assert refused.decision == "Share the information"
    assert refused.indication == "The information can and MUST be shared" and refused.follows
    assert (refused.with_whom, refused.when, refused.how) == (
        "DC Jones, Hertfordshire Constabulary",
        "2026-11-24T15:30",
        "Secure email",
    )
    assert refused.lawful_basis.startswith("Public task, and the safeguarding condition")
    assert refused.made_on == date(2026, 11, 24)
    assert refused.record["reference"] == refused.reference
    not_shared = rows[2]
    assert (not_shared.with_whom, not_shared.when, not_shared.how) == ("", "", "")
    assert not_shared.replaced_by == ("FSS-20261127-D4D4D4D4",)


def test_each_flag_is_read_from_the_record(files):
    flags = {row.file: row.flags for row in review(files, KINDS).rows}
    assert flags == {
        "refused.json": (REFUSAL_OVERRIDDEN, WITHOUT_CONSENT),
        "personal-email.json": (OTHER_TRANSFER, DIFFERS),
        "no-purpose.json": (REPLACED,),
        "no-purpose-corrected.json": (REPLACES,),
        "corrects-a-missing-record.json": (REPLACES, REPLACED_NOT_IN_SET),
        "disclosed-by-hand.json": (WITHOUT_CONSENT, OTHER_TRANSFER),
        "disclosed-securely.json": (WITHOUT_CONSENT,),
        "capacity.json": (),
        "gateway-objected.json": (REFUSAL_OVERRIDDEN, DIFFERS),
        "gateway.json": (),
    }
    assert len({flag.id for flag in FLAGS}) == len(FLAGS)


def test_a_tool_reads_its_flags_only_for_a_decision_to_share(records):
    """The same answers, decided otherwise: nothing was shared, so nothing is flagged."""
    for name, choice in (
        ("refused.json", "do_not_share"),
        ("personal-email.json", "not_yet"),
        ("disclosed-by-hand.json", "do_not_disclose"),
        ("gateway-objected.json", "no_gateway"),
    ):
        record = records[name]
        kind = KINDS[record["tool"]["id"]]
        assert kind.review_flags(record), name
        other = {**record, "decision": {**record["decision"], "choice": choice}}
        assert kind.review_flags(other) == (), name


def test_a_way_typed_in_how_is_read_for_secure_email_or_hertsfx(records):
    record = records["disclosed-by-hand.json"]
    kind = KINDS["public_interest"]
    for how, flagged in (
        ("By hand, at the station", True),
        ("Secure email", False),
        ("secure e-mail to DS Green", False),
        ("HertsFX", False),
        ("Herts FX", False),
        ("Phone", True),
    ):
        section = {**record["sections"]["public_interest"], "disclosed_how": how}
        found = kind.review_flags({**record, "sections": {"public_interest": section}})
        assert (OTHER_TRANSFER in found) is flagged, how


def test_a_replaced_record_is_in_the_set_only_by_its_reference_and_digest(files):
    without_the_first = [(n, data) for n, data in files if n != "no-purpose.json"]
    rows = {row.file: row for row in review(without_the_first, KINDS).rows}
    assert rows["no-purpose-corrected.json"].flags == (REPLACES, REPLACED_NOT_IN_SET)


def test_a_copy_of_a_correction_names_it_once(files):
    copy = next(data for name, data in files if name == "no-purpose-corrected.json")
    rows = review([*files, ("copy.json", copy)], KINDS).rows
    first = next(row for row in rows if row.file == "no-purpose.json")
    assert first.replaced_by == ("FSS-20261127-D4D4D4D4",)
    assert [row.file for row in rows].count("copy.json") == 1  # each file is a row


def test_the_table_and_the_summary_to_the_byte(files):
    result = review(files, KINDS)
    assert table_text(result) == TABLE
    assert summary_text(result.summary) == SUMMARY
    summary = result.summary
    assert (summary.records, summary.failures) == (10, 3)
    assert summary.by_flag[0] == (REFUSAL_OVERRIDDEN, 2)


def test_the_csv_to_the_byte(files):
    text = csv_text(review(files, KINDS))
    assert text == expected_csv()
    assert [cells[0] for cells in csv.reader(io.StringIO(text, newline=""))][1:] == [
        name for name, _ in ROWS
    ]
    assert len(COLUMNS) == len(HEADER.split(","))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_starts_as_a_formula_is_prefixed(start):
    assert csv_cell(start + "1+1") == "'" + start + "1+1"


def test_a_cell_that_does_not_is_as_it_is():
    for text in ("", "Sam", "1+1", " =1", "FSS-20261124-A1A1A1A1", "2026-11-24"):
        assert csv_cell(text) == text


def test_the_csv_quotes_a_line_break_and_a_quote_and_guards_the_cell(records):
    record = records["refused.json"]
    maker = {**record["decision_maker"], "name": '\r=HYPERLINK("http://x")\nSam'}
    name = "a,b.json"
    altered = record_file_text({**record, "decision_maker": maker})
    rows = list(csv.reader(io.StringIO(csv_text(_review_unsealed(name, altered)), newline="")))
    assert rows[1][0] == name
    assert rows[1][5] == "'" + maker["name"]


def _review_unsealed(name: str, text: str):
    """The register of one record changed in a test, sealed again so that it checks out."""
    body = json.loads(text)
    del body["digest"]
    return review([(name, record_file_text(seal(body)).encode())], KINDS)


def test_since_keeps_records_made_on_or_after_the_day(files):
    result = review(files, KINDS, since=date(2026, 11, 28))
    assert [row.reference[-8:] for row in result.rows] == [
        "E5E5E5E5",
        "F6F6F6F6",
        "A7A7A7A7",
        "B8B8B8B8",
        "0A0A0A0A",
        "C9C9C9C9",
    ]
    assert result.summary.since == date(2026, 11, 28) and result.summary.records == 6
    assert result.summary.first == date(2026, 11, 28)
    assert len(result.failures) == 3  # a failed file has no date: it is always named
    # The record a kept one replaces is in the set even when made before the day.
    kept = review(files, KINDS, since=date(2026, 11, 27)).rows
    assert kept[0].flags == (REPLACES,)
    assert csv_text(result) == expected_csv(since="2026-11-28")


def test_a_day_is_read_in_iso_or_as_written_in_the_uk():
    for text in ("2026-11-28", "28/11/2026", "28/11/26", "28 November 2026", "28th Nov 26"):
        assert read_day(text) == date(2026, 11, 28), text
    assert read_day("31/02/2026") is None and read_day("soon") is None


def test_a_register_column_must_be_a_field_or_fact_of_the_tool():
    with pytest.raises(FlowDefinitionError, match="register names 'shared_by'"):
        replace(KINDS["share"], register=Register(with_whom="shared_by"))


def _folder(tmp_path, files) -> None:
    (tmp_path / "records").mkdir()
    for name, data in files:
        (tmp_path / "records" / name).write_bytes(data)


def test_the_command_line_checks_a_folder_and_names_each_failure(
    files, tmp_path, monkeypatch, capsys
):
    _folder(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    assert cli(["review", "records", "--csv", "register.csv"]) == 1
    out, err = capsys.readouterr()
    assert out == TABLE + "\n" + SUMMARY + "wrote register.csv\n"
    assert err == (
        f"records/notes.json: {NOT_JSON}\n"
        f"records/tampered.json: {TAMPERED}\n"
        f"records/training-attempt.json: {NOT_A_RECORD_BUT_TRAINING}\n"
    )
    assert (tmp_path / "register.csv").read_bytes() == expected_csv("records/").encode("utf-8")


def test_the_command_line_keeps_records_since_a_day_written_in_the_uk(
    files, tmp_path, monkeypatch, capsys
):
    _folder(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    assert cli(["review", "records", "--since", "28/11/2026", "--csv", "since.csv"]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines()[1].startswith("FSS-20261128-E5E5E5E5  2026-11-28")
    assert len(out.split("\n\n")[0].splitlines()) == 1 + 6
    assert (
        "6 records made 2026-11-28 to 2026-12-01 (made on or after 2026-11-28); 3 files "
        "failed their check.\n"
    ) in out
    assert (tmp_path / "since.csv").read_bytes() == expected_csv(
        "records/", since="2026-11-28"
    ).encode("utf-8")


def test_the_command_line_exits_0_when_every_file_checks_out(files, tmp_path, capsys):
    _folder(tmp_path, files)
    good = [str(tmp_path / "records" / name) for name in ("gateway.json", "refused.json")]
    assert cli(["review", *good]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "2 records made 2026-11-24 to 2026-12-01.\n" in out
    assert out.index("FSS-20261124-A1A1A1A1") < out.index("FSS-20261201-C9C9C9C9")


def test_the_command_line_names_a_missing_file_and_an_empty_folder(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    missing, empty = str(tmp_path / "missing.json"), str(tmp_path / "empty")
    assert cli(["review", missing, empty]) == 1
    out, err = capsys.readouterr()
    assert err == (
        f"{missing}: The file could not be read: No such file or directory.\n"
        f"{empty}: The folder holds no .json files.\n"
    )
    assert out.startswith("No records.\n\n0 records; 2 files failed their check.\n")


def test_the_command_line_refuses_a_day_that_is_not_real(capsys):
    with pytest.raises(SystemExit) as exited:
        cli(["review", ".", "--since", "31/02/2026"])
    assert exited.value.code == 2
    assert "'31/02/2026' is not a date" in capsys.readouterr().err
