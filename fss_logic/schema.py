"""A small JSON Schema validator: the subset our published record schemas use.

The schema files in ``fss_logic/schemas/`` are the one description of a record; this
module checks a record against them with the standard library alone, so the same check
runs in CPython and in Pyodide. Supported keywords: ``type``, ``const``, ``enum``,
``properties``, ``required``, ``additionalProperties: false``, ``items``, ``minItems``,
``maxItems``, ``minLength``, ``maxLength``, ``pattern`` and local ``$ref``. The tests
check the schemas against the full JSON Schema 2020-12 validator as well.
"""

from __future__ import annotations

import json
import re
from functools import cache

from fss_logic.data import read_text

KNOWN = {
    "$schema",
    "$id",
    "$defs",
    "title",
    "description",
    "type",
    "const",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "$ref",
}
_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


@cache
def load_schema(name: str) -> dict:
    """A schema from ``fss_logic/schemas/``, by file name."""
    text = read_text("schemas", name)
    return json.loads(text)


def _is_type(value: object, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    expected = _TYPES[name]
    if expected is dict or expected is list or expected is str or expected is type(None):
        return type(value) is expected
    return isinstance(value, expected)


def _describe(value: object) -> str:
    for name, kind in _TYPES.items():
        if type(value) is kind:
            return {
                "object": "an object",
                "array": "a list",
                "string": "text",
                "boolean": "true or false",
                "null": "null",
            }[name]
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


def validate(
    instance: object, schema: dict, root: dict | None = None, path: str = "record"
) -> list[str]:
    """Problems with ``instance``, each naming where it is; empty when it is valid."""
    root = root or schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref}")
        return validate(instance, root["$defs"][ref.split("/")[-1]], root, path)
    unknown = set(schema) - KNOWN
    if unknown:
        raise ValueError(f"unsupported schema keywords {sorted(unknown)}")
    if "const" in schema and (
        instance != schema["const"] or type(instance) is not type(schema["const"])
    ):
        return [f"{path}: must be {json.dumps(schema['const'])}"]
    if "enum" in schema and instance not in schema["enum"]:
        return [f"{path}: must be one of {', '.join(json.dumps(v) for v in schema['enum'])}"]
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(instance, t) for t in types):
            wanted = " or ".join(types)
            return [f"{path}: must be {wanted}, not {_describe(instance)}"]
    problems: list[str] = []
    if isinstance(instance, dict):
        for key in schema.get("required", []):
            if key not in instance:
                problems.append(f"{path}: {key} is missing")
        properties = schema.get("properties", {})
        for key, value in instance.items():
            if key in properties:
                problems += validate(value, properties[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{path}: {key!r} is not part of a record")
    elif isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0):
            problems.append(f"{path}: must have at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(instance) > schema["maxItems"]:
            problems.append(f"{path}: must have at most {schema['maxItems']} items")
        if "items" in schema:
            for index, item in enumerate(instance):
                problems += validate(item, schema["items"], root, f"{path}[{index}]")
    elif isinstance(instance, str):
        if len(instance) < schema.get("minLength", 0):
            problems.append(f"{path}: must not be empty")
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            problems.append(f"{path}: must be {schema['maxLength']:,} characters or fewer")
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            problems.append(f"{path}: is not in the expected form")
    return problems
