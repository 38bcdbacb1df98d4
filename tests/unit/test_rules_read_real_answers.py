"""A caution that silently stops firing is the worst failure a safeguarding tool can have.

This reads each tool's rules, flow and record code with ``ast`` (issue 18, safety nets):
every answer the code looks up (``answers["x"]``, ``answers.get("x")``) is a question of
that tool, and every value it compares such an answer with (``==``, ``!=``, ``in``, or
"value in answers.get(...)") is one of that question's options. A renamed question or
option then fails here, not quietly in the field.

Keys and values are read as written or, where they are names, from the module (``f.YES``,
``RELIANCE_START``); a key worked out at run time (a loop variable) cannot be checked here
and is counted, so that the count cannot grow unnoticed.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from fss_logic.flow import TEXT
from fss_logic.flows import KINDS

ROOT = Path(__file__).resolve().parents[2] / "fss_logic" / "flows"
MODULES = {
    "share": ("terms", "consent", "departures", "flow", "rules", "record"),
    "public_interest": ("flow", "rules", "record", "considerations"),
    "capacity": ("flow", "rules", "record"),
    "gateways": ("terms", "flow", "rules", "record"),
}
RECEIVERS = {"answers", "taken", "before", "own"}
"""The names the code gives to a mapping of answers."""
WRAPPERS = {"chose": "purposes", "_chose": "purposes"}
"""Helpers that look an answer up for their caller: (function, the question it reads)."""
UNCHECKED = {"share": 3, "public_interest": 0, "capacity": 2, "gateways": 1}
"""Lookups whose key is worked out at run time, by tool: keep this count honest."""


def _value(node: ast.AST, module):
    """A key or value as written, or from the module's names; None if worked out at run time."""
    try:
        return eval(compile(ast.Expression(node), "<rule>", "eval"), vars(module))  # noqa: S307
    except Exception:  # noqa: BLE001 - a name local to the function: not knowable here
        return None


def _lookup(node: ast.AST):
    """The key node of ``answers[...]`` or ``answers.get(...)``, else None."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        if node.value.id in RECEIVERS:
            return node.slice
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in RECEIVERS
        and node.args
    ):
        return node.args[0]
    return None


def _values(node: ast.AST, module) -> list | None:
    found = _value(node, module)
    if found is None:
        return None
    if isinstance(found, (tuple, list, set, frozenset)):
        return list(found)
    return [found]


def lookups(tool: str):
    """(module, line, key, values compared or None) for every answer the tool's code reads."""
    for name in MODULES[tool]:
        module = importlib.import_module(f"fss_logic.flows.{tool}.{name}")
        tree = ast.parse((ROOT / tool / f"{name}.py").read_text("utf-8"))
        compared: dict[int, list] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and len(node.ops) == 1:
                left, right = node.left, node.comparators[0]
                if _lookup(left) is not None and isinstance(
                    node.ops[0], (ast.Eq, ast.NotEq, ast.In, ast.NotIn)
                ):
                    compared[id(left)] = _values(right, module)
                elif _lookup(right) is not None and isinstance(node.ops[0], (ast.In, ast.NotIn)):
                    compared[id(right)] = _values(left, module)
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in WRAPPERS
                and len(node.args) == 2
            ):
                yield name, node.lineno, WRAPPERS[node.func.id], _values(node.args[1], module)
        for node in ast.walk(tree):
            key = _lookup(node)
            if key is not None:
                yield name, node.lineno, _value(key, module), compared.get(id(node))


@pytest.mark.parametrize("tool", list(MODULES))
def test_every_answer_the_rules_read_is_a_question_and_every_value_an_option(tool):
    flow = KINDS[tool].flow
    questions = {q.id: q for q in flow.questions}
    unknown, wrong, unchecked = [], [], 0
    for module, line, key, values in lookups(tool):
        if key is None:
            unchecked += 1
            continue
        if key not in questions:
            unknown.append(f"{module}.py:{line} reads {key!r}")
            continue
        question = questions[key]
        if values is None or question.kind == TEXT:
            continue
        allowed = {o.value for o in question.options}
        for value in values:
            if value is not None and value not in allowed:
                wrong.append(f"{module}.py:{line} compares {key} with {value!r}")
    assert unknown == [], unknown
    assert wrong == [], wrong
    assert unchecked == UNCHECKED[tool], f"{tool}: {unchecked} lookups worked out at run time"


def test_the_check_can_fail():
    """A lookup of a question that does not exist, and a value that is not an option, are
    both found (the reading above is not vacuous)."""
    import types

    module = types.ModuleType("fake")
    tree = ast.parse('answers.get("nowhere") == "maybe"\n"x" in answers.get("purposes", ())')
    found = []
    for node in ast.walk(tree):
        key = _lookup(node)
        if key is not None:
            found.append(_value(key, module))
    assert found == ["nowhere", "purposes"]
    assert _values(ast.parse('("a", "b")', mode="eval").body, module) == ["a", "b"]
