"""The JSON Schema of each kind's decision record, made from the same field list as the
record itself.

The core (reference, times, decision maker, tool and guide versions, the questions as
asked with their answers, the indicated outcome, the practitioner's decision and reasons,
the digest) is the same for every kind; ``sections`` holds one member per kind, whose
properties are the kind's record fields. The published copies are
``fss_logic/schemas/<kind>-decision-record.schema.json``; ``python -m fss_logic schema
--write`` writes them again and the tests fail when they differ from what this module
makes.
"""

from __future__ import annotations

from fss_logic.kind import ToolKind
from fss_logic.record_form import CHOICE_KINDS, DATE, DATETIME, Field

SCHEMA_VERSION = 3
RECORD_TYPE = "fss-decision-record"
ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
ISO_MINUTE = ISO_DATE + "T[0-9]{2}:[0-9]{2}"
TOP_LEVEL = (
    "schema_version",
    "record_type",
    "tool",
    "guide",
    "reference",
    "created_at",
    "case_reference",
    "manager_name",
    "replaces",
    "decision_maker",
    "answers",
    "indicated_outcome",
    "parts",
    "decision",
    "sections",
    "digest",
)
OPTIONAL = ("case_reference", "manager_name", "replaces")
"""Members a record may lack: a record made before they were added (schema version 3, as
every record since) still opens; ``replaces`` is there only when a record corrects one."""


def _object(properties: dict, required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties) if required is None else required,
        "properties": properties,
    }


def _field_schema(spec: Field) -> dict:
    """What a record keeps for one field: "" when not given."""
    if spec.kind in CHOICE_KINDS:
        return {"enum": ["", *(o.value for o in spec.options)]}
    if spec.kind == DATE:
        return {"type": "string", "pattern": f"^({ISO_DATE})?$"}
    if spec.kind == DATETIME:
        return {"type": "string", "pattern": f"^({ISO_MINUTE})?$"}
    return {"type": "string", "maxLength": spec.max_length}


def section_schema(kind: ToolKind) -> dict:
    """The kind's own fields, every one required; and the facts worked out from the
    answers, which a record made before a fact was added lacks (it still opens)."""
    return _object(
        {
            **{spec.name: _field_schema(spec) for spec in kind.fields},
            **{fact.name: {"type": "string", "maxLength": 2000} for fact in kind.facts},
        },
        [spec.name for spec in kind.fields],
    )


def outcome_schema(kind: ToolKind) -> dict:
    """What a tool indicated: the same for a tool's own outcome and for a part's."""
    return _object(
        {
            "id": {"enum": [o.id for o in kind.flow.outcomes]},
            "indication": {"enum": [i.id for i in kind.indications]},
            "heading": {"$ref": "#/$defs/short"},
            "summary": {"$ref": "#/$defs/long"},
            "reasons": {"$ref": "#/$defs/findings"},
            "cautions": {"$ref": "#/$defs/findings"},
            "cites": {"type": "array", "maxItems": 50, "items": {"$ref": "#/$defs/cite"}},
        }
    )


def record_schema(kind: ToolKind) -> dict:
    """The JSON Schema (2020-12) of ``kind``'s records."""
    flow = kind.flow
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{kind.id.replace('_', '-')}-decision-record.schema.json",
        "title": kind.record_title,
        "description": (
            f"A decision record made by the {flow.title} tool of the Family Safeguarding "
            "Service Guide to information sharing. The digest is the SHA-256 of the record "
            "without its digest, written as canonical JSON (keys sorted, no spaces, UTF-8). "
            "Text not given is kept as an empty string."
        ),
        **_object(
            {
                "schema_version": {"const": SCHEMA_VERSION},
                "record_type": {"const": RECORD_TYPE},
                "tool": _object(
                    {
                        "id": {"const": kind.id},
                        "title": {"$ref": "#/$defs/short"},
                        "version": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"},
                    }
                ),
                "guide": _object(
                    {
                        "title": {"$ref": "#/$defs/short"},
                        "agreement_start": {"$ref": "#/$defs/short"},
                        "review_by": {"$ref": "#/$defs/short"},
                        "site_built": {"type": "string", "pattern": f"^({ISO_DATE})?$"},
                    }
                ),
                "reference": {"$ref": "#/$defs/reference"},
                "created_at": {"$ref": "#/$defs/created_at"},
                "case_reference": {"type": "string", "maxLength": 200},
                "manager_name": {"type": "string", "maxLength": 200},
                "replaces": _object(
                    {
                        "reference": {"$ref": "#/$defs/reference"},
                        "digest": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                        "created_at": {"$ref": "#/$defs/created_at"},
                        "first_made": {"$ref": "#/$defs/created_at"},
                    }
                ),
                "decision_maker": _object(
                    {
                        "name": {"$ref": "#/$defs/short_required"},
                        "role": {"$ref": "#/$defs/short_required"},
                        "organisation": {"$ref": "#/$defs/short_required"},
                    }
                ),
                "answers": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 100,
                    "items": _object(
                        {
                            "id": {"$ref": "#/$defs/id"},
                            "section": {"$ref": "#/$defs/short"},
                            "question": {"$ref": "#/$defs/long"},
                            "answer": {
                                "type": ["string", "array"],
                                "maxLength": 10000,
                                "maxItems": 50,
                                "items": {"type": "string", "maxLength": 100},
                            },
                            "answer_text": {"$ref": "#/$defs/long"},
                        }
                    ),
                },
                "indicated_outcome": outcome_schema(kind),
                "parts": _object({sub.id: outcome_schema(sub) for sub in kind.parts}, []),
                "decision": _object(
                    {
                        "choice": {"enum": [o.value for o in kind.choices]},
                        "choice_text": {"$ref": "#/$defs/short"},
                        "matches_indication": {"type": "boolean"},
                        "reasons": {"$ref": "#/$defs/long_required"},
                        "reasons_required": {
                            "type": "array",
                            "maxItems": 30,
                            "items": {"$ref": "#/$defs/long"},
                        },
                    }
                ),
                "sections": _object({kind.id: section_schema(kind)}),
                "digest": _object(
                    {
                        "algorithm": {"const": "sha256"},
                        "value": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    }
                ),
            },
            [name for name in TOP_LEVEL if name not in OPTIONAL],
        ),
        "$defs": {
            "reference": {"type": "string", "pattern": "^FSS-[0-9]{8}-[0-9A-F]{8}$"},
            "created_at": {
                "type": "string",
                "pattern": f"^{ISO_MINUTE}:[0-9]{{2}}(Z|[+-][0-9]{{2}}:[0-9]{{2}})$",
            },
            "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$", "maxLength": 100},
            "short": {"type": "string", "maxLength": 500},
            "short_required": {"type": "string", "minLength": 1, "maxLength": 500},
            "long": {"type": "string", "maxLength": 10000},
            "long_required": {"type": "string", "minLength": 1, "maxLength": 10000},
            "cite": _object(
                {
                    "anchor": {
                        "type": "string",
                        "pattern": "^[a-z0-9-]+(/[a-z0-9-]+)?\\.md#[a-z0-9-]+$",
                        "maxLength": 200,
                    },
                    "title": {"$ref": "#/$defs/short"},
                }
            ),
            "findings": {
                "type": "array",
                "maxItems": 30,
                "items": _object(
                    {"text": {"$ref": "#/$defs/long"}, "cite": {"$ref": "#/$defs/cite"}}
                ),
            },
        },
    }


def schema_file_name(kind: ToolKind) -> str:
    return f"{kind.id.replace('_', '-')}-decision-record.schema.json"
