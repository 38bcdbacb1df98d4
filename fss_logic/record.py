"""The record core: a decision record of any kind, built from the answers and the record
form, written as canonical JSON, sealed with a SHA-256 digest, and verified when it is
opened again. It knows no tool: each kind (``fss_logic/kind.py``) brings its own rules and
the fields of its own section, ``sections.<kind>``.

Golden rule 7: "Keep a record of your decision and the reasons for it – whether it is to
share information or not. If you decide to share, then record what you have shared, with
whom and for what purpose." Every decision makes a record, with reasons.

The file is JSON with sorted keys (two-space indented, UTF-8, one final newline). The
digest is the SHA-256 of the record without its ``digest`` member, written as canonical
JSON: sorted keys, no spaces, UTF-8. It shows that a record has not been changed since it
was made; it is not a signature, and cannot show who made it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from fss_logic.values import field, value

from fss_logic import __version__
from fss_logic.agreement import load_agreement
from fss_logic.flow import MANY, Cite, Finding, State, part_answers, replay
from fss_logic.kind import ToolKind
from fss_logic.record_form import (
    applies,
    clean,
    organisation_name,
    organisation_values,
    stored,
    typed,
    validate_form,
)
from fss_logic.record_schema import RECORD_TYPE, SCHEMA_VERSION, record_schema
from fss_logic.schema import validate

MAX_RECORD_BYTES = 1_000_000
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REFERENCE_ENTROPY = re.compile(r"^[0-9a-fA-F]{8}")
_CREATED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
RULE_7 = Cite("golden-rules.md#rule-7", "The seven golden rules to sharing information: rule 7")
# A trainee's attempt at a training scenario (fss_logic/training/attempt.py) says so in this
# member, so that no tool, and no one filing records, can take it for a decision record.
TRAINING_ATTEMPT = "fss-training-attempt"
NOT_A_RECORD_BUT_TRAINING = (
    "The file is a training attempt, not a decision record: it records no decision about "
    "anyone. A trainer opens it on the training pages (Compare a group's attempts)."
)
DIFFERENT = "Your decision differs from the outcome the tool indicated: record your reasons."


def canonical_json(value: object) -> str:
    """Keys sorted, no spaces, non-ASCII kept: the form the digest is taken over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest_of(record: Mapping[str, object]) -> str:
    """SHA-256 (hex) of the record without its digest, as canonical JSON in UTF-8."""
    # Imported when a record is first sealed or checked rather than when the tools start:
    # in the browser, importing hashlib first looks for OpenSSL's module on every path of
    # the Python path, about a hundredth of a second that the first question need not wait.
    import hashlib

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


def indicated_outcome(kind: ToolKind, state: State) -> dict:
    """The tool's indication for a finished path: what it indicates, why, and what to watch."""
    outcome = state.outcome
    assert outcome is not None, "only a finished path has an outcome"
    answers = state.answers
    return {
        "id": outcome.id,
        "indication": outcome.indication,
        "heading": outcome.heading,
        "summary": outcome.summary,
        "reasons": [_finding(r) for r in kind.reasons(outcome.id, answers)],
        "cautions": [_finding(c) for c in kind.cautions(outcome.id, answers)],
        "cites": [{"anchor": c.anchor, "title": c.title} for c in outcome.cites],
    }


def part_results(kind: ToolKind, state: State) -> dict[str, dict]:
    """What each tool run inside this one indicated, for the parts the path went through."""
    results: dict[str, dict] = {}
    for part in kind.flow.parts:
        answers = part_answers(state.answers, part)
        if answers:
            sub = kind.part_kind(part)
            assert sub.id not in results, f"a path went through {sub.id} twice"
            result = indicated_outcome(sub, replay(sub.flow, answers))
            summary = kind.part_summary(sub.id, result["id"], state.answers)
            results[sub.id] = result if summary is None else {**result, "summary": summary}
    return results


def why_reasons(kind: ToolKind, state: State, form: Mapping[str, str]) -> list[Finding]:
    """Why the reasons for the decision in ``form`` must say more: the kind's rules, a form
    value that contradicts the answers, and a decision that differs from what the tool
    indicated (golden rule 7)."""
    choice = form.get("decision", "")
    indication = kind.indication(state.outcome.indication)  # type: ignore[union-attr]
    found = list(kind.reasons_required(state.answers, indication.id, choice))
    found += kind.form_departures(state.answers, form)
    if choice and choice != indication.agrees_with:
        found.append(Finding(DIFFERENT, RULE_7))
    return found


def form_errors(kind: ToolKind, state: State, form: Mapping[str, str]) -> dict[str, str]:
    """What is missing or wrong in the record form, for the decision it records."""
    return validate_form(kind, form, why_reasons(kind, state, form))


def build_record(
    kind: ToolKind,
    state: State,
    form: Mapping[str, str],
    created_at: str,
    entropy: str,
    site_built: str = "",
    replaces: Mapping | None = None,
) -> dict:
    """A sealed record from a finished path and a valid record form; ``site_built`` is the
    day the site that made it was built (an ISO date, or "" when unknown); ``replaces`` is
    what this one says of the record it corrects, if any (``replacing``)."""
    if site_built and not _ISO_DAY.match(site_built):
        site_built = ""
    agreement = load_agreement()
    indication = indicated_outcome(kind, state)
    choice = form["decision"]
    record = {
        "schema_version": SCHEMA_VERSION,
        "record_type": RECORD_TYPE,
        "tool": {"id": kind.id, "title": kind.flow.title, "version": __version__},
        "guide": {
            "title": agreement.title,
            "agreement_start": agreement.start,
            "review_by": agreement.review_by,
            "site_built": site_built,
        },
        "reference": make_reference(created_at, entropy),
        "created_at": created_at,
        "decision_maker": {
            "name": form["maker_name"],
            "role": form["maker_role"],
            "organisation": organisation_name(form),
        },
        "case_reference": form.get("case_reference", ""),
        "manager_name": form.get("manager_name", ""),
        "answers": _answers(state),
        "indicated_outcome": indication,
        "parts": part_results(kind, state),
        "decision": {
            "choice": choice,
            "choice_text": kind.choice_label(choice),
            "matches_indication": choice == kind.indication(indication["indication"]).agrees_with,
            "reasons": form["decision_reasons"],
            "reasons_required": [r.text for r in why_reasons(kind, state, form)],
        },
        "sections": {
            kind.id: {
                **{
                    spec.name: stored(spec, form[spec.name]) if applies(spec, form) else ""
                    for spec in kind.fields
                },
                **facts(kind, state),
            }
        },
    }
    if replaces:
        record["replaces"] = dict(replaces)
    return seal(record)


def replacing(record: Mapping) -> dict:
    """What a corrected record says of the one it replaces: its reference, digest and time,
    and when the decision was first recorded (the earliest record in the chain)."""
    earlier = record.get("replaces")
    return {
        "reference": record["reference"],
        "digest": record["digest"]["value"],
        "created_at": record["created_at"],
        "first_made": earlier["first_made"] if earlier else record["created_at"],
    }


_REPLACES = {
    "reference": re.compile(r"^FSS-\d{8}-[0-9A-F]{8}$"),
    "digest": re.compile(r"^[0-9a-f]{64}$"),
    "created_at": _CREATED_AT,
    "first_made": _CREATED_AT,
}


def read_replacing(raw: object) -> dict | None:
    """``replacing``'s value as the browser sent it back, or None if it is not one."""
    if not isinstance(raw, Mapping) or set(raw) != set(_REPLACES):
        return None
    if all(isinstance(raw[k], str) and rule.match(raw[k]) for k, rule in _REPLACES.items()):
        return {k: raw[k] for k in _REPLACES}
    return None


def facts(kind: ToolKind, state: State) -> dict[str, str]:
    """The members of the kind's section worked out from the answers."""
    return {fact.name: fact.compute(state.answers) for fact in kind.facts}


def form_from_record(kind: ToolKind, record: Mapping) -> dict[str, str]:
    """The record form's values, as they were when the record was made."""
    section = record["sections"][kind.id]
    form = {
        "maker_name": record["decision_maker"]["name"],
        "maker_role": record["decision_maker"]["role"],
        "case_reference": record.get("case_reference", ""),
        "manager_name": record.get("manager_name", ""),
        **organisation_values(record["decision_maker"]["organisation"]),
        "decision": record["decision"]["choice"],
        "decision_reasons": record["decision"]["reasons"],
        **{spec.name: typed(spec, section[spec.name]) for spec in kind.fields},
    }
    return clean(kind, form)


@value(frozen=False)
class Verification:
    """What opening a record file found: the record, or what is wrong with it."""

    record: dict | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.record is not None and not self.problems


def verify_record_bytes(data: bytes, kinds: Mapping[str, ToolKind]) -> Verification:
    """Check a record file: size, JSON, schema, digest, that its answers lead to its
    outcome, and that its record form is complete for the decision it records."""
    if len(data) > MAX_RECORD_BYTES:
        return Verification(
            problems=[
                f"The file is too large to be a decision record: it is {len(data):,} bytes, and "
                f"a record is at most {MAX_RECORD_BYTES:,} bytes."
            ]
        )
    try:
        text = data.decode("utf-8-sig")  # as the browser reads a file: a BOM is not text
    except UnicodeDecodeError:
        return Verification(problems=["The file is not a decision record: it is not UTF-8 text."])
    return verify_record_text(text, kinds)


_SCHEMAS: dict[str, dict] = {}


def schema_of(kind: ToolKind) -> dict:
    """``kind``'s record schema, made once."""
    if kind.id not in _SCHEMAS:
        _SCHEMAS[kind.id] = record_schema(kind)
    return _SCHEMAS[kind.id]


def _problem(text: str) -> Verification:
    return Verification(problems=[text])


def verify_record_text(text: str, kinds: Mapping[str, ToolKind]) -> Verification:
    """As ``verify_record_bytes``, for text already read."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RECORD_BYTES:
        return _problem(
            "The file is too large to be a decision record: a record is at most "
            f"{MAX_RECORD_BYTES:,} bytes."
        )
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as error:
        where = (
            f" (line {error.lineno}, column {error.colno})"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        return _problem(f"The file is not a decision record: it is not valid JSON{where}.")
    if not isinstance(record, dict):
        return _problem("The file is not a decision record: it holds no record.")
    if record.get("file_type") == TRAINING_ATTEMPT:
        return _problem(NOT_A_RECORD_BUT_TRAINING)
    version = record.get("schema_version")
    if version is None:
        return _problem(
            "The file is not a decision record this tool can read: it has no schema version."
        )
    if isinstance(version, int) and not isinstance(version, bool) and 0 < version < SCHEMA_VERSION:
        return _problem(
            "The file is a decision record made by an earlier version of these tools (schema "
            f"version {version}); this version reads version {SCHEMA_VERSION}, so it cannot be "
            "opened here. Its printed copy stands as it is."
        )
    if version != SCHEMA_VERSION:
        return _problem(
            "The file is not a decision record this tool can read: its schema version is "
            f"{json.dumps(version)}, and this tool reads version {SCHEMA_VERSION}."
        )
    tool = record.get("tool")
    kind = kinds.get(tool.get("id")) if isinstance(tool, dict) else None  # type: ignore[arg-type]
    if not isinstance(kind, ToolKind):
        names = ", ".join(f"“{k.flow.title}”" for k in kinds.values())
        return _problem(f"The file is not a record of a tool that can open it here ({names}).")
    problems = validate(record, schema_of(kind))
    if problems:
        shown = problems[:5]
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        return _problem(
            "The file is not a decision record in the expected form: "
            + "; ".join(shown)
            + more
            + "."
        )
    if record["digest"]["value"] != digest_of(record):
        return _problem(
            "The record has been changed since it was made, so it cannot be trusted as the "
            "record of the decision (its digest does not match its contents). Open the "
            "original file instead, or make a new record."
        )
    answers = {item["id"]: item["answer"] for item in record["answers"]}
    state = replay(kind.flow, answers)
    if (
        state.outcome is None
        or state.outcome.id != record["indicated_outcome"]["id"]
        or state.outcome.indication != record["indicated_outcome"]["indication"]
        or [q.id for q, _ in state.path] != [item["id"] for item in record["answers"]]
        or {k: (v["id"], v["indication"]) for k, v in part_results(kind, state).items()}
        != {k: (v["id"], v["indication"]) for k, v in record["parts"].items()}
        or any(record["sections"][kind.id].get(k, v) != v for k, v in facts(kind, state).items())
    ):
        return _problem(
            "The record's answers do not lead to the outcome it records, so it cannot be opened."
        )
    errors = form_errors(kind, state, form_from_record(kind, record))
    if errors:
        return _problem(
            "The record is not complete, so it cannot be opened: " + "; ".join(errors.values())
        )
    return Verification(record=record)
