"""The decision record as data: built from the answers and the record form, written as
canonical JSON, sealed with a SHA-256 digest, and verified when it is opened again.

Golden rule 7: "Keep a record of your decision and the reasons for it – whether it is to
share information or not. If you decide to share, then record what you have shared, with
whom and for what purpose." A decision not to share makes a record too.

The file is JSON with sorted keys (two-space indented, UTF-8, one final newline). The
digest is the SHA-256 of the record without its ``digest`` member, written as canonical
JSON: sorted keys, no spaces, UTF-8. It shows that a record has not been changed since it
was made; it is not a signature, and cannot show who made it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from fss_logic import __version__
from fss_logic.agreement import load_agreement
from fss_logic.flow import MANY, Flow, State, replay
from fss_logic.record_form import OTHER_ORGANISATION, SHARE, parse_date, parse_datetime
from fss_logic.record_form import field as form_field
from fss_logic.rules.sharing import Finding, cautions, outcome_reasons, reasons_required
from fss_logic.schema import load_schema, validate

SCHEMA_VERSION = 1
RECORD_TYPE = "information-sharing-decision"
SCHEMA_FILE = "share-decision-record.schema.json"
MAX_RECORD_BYTES = 1_000_000
_REFERENCE_ENTROPY = re.compile(r"^[0-9a-fA-F]{8}")
_CREATED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def canonical_json(value: object) -> str:
    """Keys sorted, no spaces, non-ASCII kept: the form the digest is taken over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest_of(record: Mapping[str, object]) -> str:
    """SHA-256 (hex) of the record without its digest, as canonical JSON in UTF-8."""
    body = {key: value for key, value in record.items() if key != "digest"}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def seal(record: dict) -> dict:
    """The record with its digest."""
    return {**record, "digest": {"algorithm": "sha256", "value": digest_of(record)}}


def record_file_text(record: Mapping[str, object]) -> str:
    """The bytes of a record file, as text: sorted keys, indented, final newline."""
    return json.dumps(record, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def make_reference(created_at: str, entropy: str) -> str:
    """``FSS-YYYYMMDD-XXXXXXXX``: the date made, and eight random hex digits from the browser."""
    if not _REFERENCE_ENTROPY.match(entropy) or not _CREATED_AT.match(created_at):
        raise ValueError("a reference needs a timestamp and eight random hex digits")
    return f"FSS-{created_at[:10].replace('-', '')}-{entropy[:8].upper()}"


def _finding(item: Finding) -> dict:
    return {"text": item.text, "cite": {"anchor": item.cite.anchor, "title": item.cite.title}}


def _answers(state: State) -> list[dict]:
    return [
        {
            "id": question.id,
            "section": question.section,
            "question": question.text,
            "answer": list(answer) if question.kind == MANY else answer,
            "answer_text": question.answer_text(answer),
        }
        for question, answer in state.path
    ]


def indicated_outcome(state: State) -> dict:
    """The tool's indication for a finished path: heading, reasons, cautions, citations."""
    outcome = state.outcome
    assert outcome is not None, "only a finished path has an outcome"
    answers = state.answers
    return {
        "id": outcome.id,
        "heading": outcome.heading,
        "share": outcome.share,
        "summary": outcome.summary,
        "reasons": [_finding(r) for r in outcome_reasons(outcome.id, answers)],
        "cautions": [_finding(c) for c in cautions(answers)] if outcome.share else [],
        "cites": [{"anchor": c.anchor, "title": c.title} for c in outcome.cites],
    }


def build_record(
    flow: Flow, state: State, form: Mapping[str, str], created_at: str, entropy: str
) -> dict:
    """A sealed record from a finished path and a valid record form."""
    agreement = load_agreement()
    indication = indicated_outcome(state)
    decided_share = form["decision"] == SHARE
    organisation = (
        form["maker_organisation_other"]
        if form["maker_organisation"] == OTHER_ORGANISATION
        else form["maker_organisation"]
    )
    told = form_field("individual_told").options
    record = {
        "schema_version": SCHEMA_VERSION,
        "record_type": RECORD_TYPE,
        "tool": {"id": flow.id, "title": flow.title, "version": __version__},
        "guide": {
            "title": agreement.title,
            "agreement_start": agreement.start,
            "review_by": agreement.review_by,
        },
        "reference": make_reference(created_at, entropy),
        "created_at": created_at,
        "decision_maker": {
            "name": form["maker_name"],
            "role": form["maker_role"],
            "organisation": organisation,
        },
        "request": {
            "requested_by": form["requested_by"],
            "requested_on": parse_date(form["requested_on"]),
        },
        "about": form["about"],
        "information": form["information"],
        "purpose": form["purpose"],
        "answers": _answers(state),
        "indicated_outcome": indication,
        "decision": {
            "share": decided_share,
            "matches_indication": decided_share == indication["share"],
            "reasons": form["decision_reasons"],
            "reasons_required": [
                r.text for r in reasons_required(state.answers, indication["share"], decided_share)
            ],
        },
        "shared": {
            "what": form["shared_what"],
            "with_whom": form["shared_with"],
            "when": parse_datetime(form["shared_on"]),
            "how": form["shared_how"],
        }
        if decided_share
        else None,
        "advice": {
            "manager": {
                "sought": form["manager_advice"] == "yes",
                "details": form["manager_advice_details"],
            },
            "legal": {
                "sought": form["legal_advice"] == "yes",
                "details": form["legal_advice_details"],
            },
        },
        "individual_told": {
            "answer": form["individual_told"],
            "answer_text": next(o.label for o in told if o.value == form["individual_told"]),
            "reason": form["individual_not_told_reason"],
        },
    }
    return seal(record)


@dataclass
class Verification:
    """What opening a record file found: the record, or what is wrong with it."""

    record: dict | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.record is not None and not self.problems


def verify_record_bytes(data: bytes, flows: Mapping[str, Flow]) -> Verification:
    """Check a record file: size, JSON, schema, digest, and that its answers lead to its outcome."""
    if len(data) > MAX_RECORD_BYTES:
        return Verification(
            problems=[
                f"The file is too large to be a decision record: it is {len(data):,} bytes, and "
                f"a record is at most {MAX_RECORD_BYTES:,} bytes."
            ]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Verification(problems=["The file is not a decision record: it is not UTF-8 text."])
    return verify_record_text(text, flows)


def verify_record_text(text: str, flows: Mapping[str, Flow]) -> Verification:
    """As ``verify_record_bytes``, for text already read."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RECORD_BYTES:
        return Verification(
            problems=[
                f"The file is too large to be a decision record: a record is at most "
                f"{MAX_RECORD_BYTES:,} bytes."
            ]
        )
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as error:
        where = (
            f" (line {error.lineno}, column {error.colno})"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        return Verification(
            problems=[f"The file is not a decision record: it is not valid JSON{where}."]
        )
    if not isinstance(record, dict):
        return Verification(problems=["The file is not a decision record: it holds no record."])
    version = record.get("schema_version")
    if version != SCHEMA_VERSION:
        return Verification(
            problems=[
                f"The file is not a decision record this tool can read: its schema version is "
                f"{json.dumps(version)}, and this tool reads version {SCHEMA_VERSION}."
            ]
        )
    problems = validate(record, load_schema(SCHEMA_FILE))
    if problems:
        shown = problems[:5]
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        return Verification(
            problems=[
                "The file is not a decision record in the expected form: "
                + "; ".join(shown)
                + more
                + "."
            ]
        )
    if record["digest"]["value"] != digest_of(record):
        return Verification(
            problems=[
                "The record has been changed since it was made: its digest does not match its "
                "contents."
            ]
        )
    flow = flows.get(record["tool"]["id"])
    answers = {item["id"]: item["answer"] for item in record["answers"]}
    state = replay(flow, answers) if flow else None
    if (
        state is None
        or state.outcome is None
        or state.outcome.id != record["indicated_outcome"]["id"]
        or [q.id for q, _ in state.path] != [item["id"] for item in record["answers"]]
    ):
        return Verification(
            problems=[
                "The record's answers do not lead to the outcome it records, so it cannot be "
                "opened."
            ]
        )
    return Verification(record=record)
