"""The code keeps one style, so the next person reads one way of writing (ruff, pyproject.toml)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from fss_logic.kind import ToolKind

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "fss_logic", "tools", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_is_formatted():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "fss_logic", "tools", "tests"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# Imports: every one at the top of its module, and the arrows one way (STYLE.md, "The shape").

PACKAGE = ROOT / "fss_logic"
CORE = (
    *sorted((PACKAGE / "render").glob("*.py")),
    PACKAGE / "session.py",
    PACKAGE / "progress.py",
    PACKAGE / "record.py",
    PACKAGE / "review.py",
    PACKAGE / "flags.py",
    PACKAGE / "kind.py",
    PACKAGE / "flow.py",
)
"""The core: it never imports ``fss_logic.flows``; it is handed the registry of kinds."""
IMPORTS_IN_FUNCTIONS = {
    ("fss_logic/record.py", "hashlib"): (
        "in the browser, importing hashlib first looks for OpenSSL's module on every path of "
        "the Python path: imported when a record is first sealed or checked, so the first "
        "question need not wait for it"
    ),
    ("fss_logic/web.py", "fss_logic.training.page"): (
        "the scenario library (some 120 KB of source, tens of milliseconds to import in the "
        "browser) is needed on training pages only: imported on a training page's first "
        "request, so that a decision tool's page starts without it"
    ),
}
"""Imports inside a function, each with why it cannot be at the top of its module."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test) in (
        "TYPE_CHECKING",
        "typing.TYPE_CHECKING",
    )


def _imports(node: ast.AST, *, typing_only: bool = True):
    """Every import statement under ``node``; without ``typing_only``, not those under
    ``if TYPE_CHECKING:``, which never run."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child
        if typing_only or not _is_type_checking(child):
            yield from _imports(child, typing_only=typing_only)


def _imported(statement: ast.Import | ast.ImportFrom, importer: str) -> set[str]:
    """The modules an import statement loads, by name: ``from a import b`` loads ``a.b``
    where that is a module, else ``a``."""
    if isinstance(statement, ast.Import):
        return {alias.name for alias in statement.names}
    base = statement.module or ""
    if statement.level:
        package = importer.split(".")
        if MODULES[importer].name != "__init__.py":
            package = package[:-1]
        package = package[: len(package) - statement.level + 1]
        base = ".".join([*package, base] if base else package)
    return {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in statement.names}


def _graph() -> dict[str, set[str]]:
    """Which modules of fss_logic each one imports when it runs."""
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text("utf-8"))
        loads = set().union(*(_imported(s, name) for s in _imports(tree, typing_only=False)))
        graph[name] = {module for module in loads if module in MODULES}
    return graph


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_import_is_at_the_top_of_its_module():
    """An import inside a function hides what a module needs, and hides a circle."""
    found = []
    for path in MODULES.values():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for statement in _imports(node):
                names = _imported(statement, _module_name(path))
                if not all((_relative(path), n) in IMPORTS_IN_FUNCTIONS for n in names):
                    found.append(f"{_relative(path)}:{statement.lineno}: {ast.unparse(statement)}")
    assert found == [], "Move these imports to the top of the module:\n" + "\n".join(found)


def test_the_allowed_imports_in_functions_are_still_there():
    for (where, name), why in IMPORTS_IN_FUNCTIONS.items():
        assert f"import {name}" in (ROOT / where).read_text("utf-8"), (where, name, why)


def test_the_core_never_imports_a_tool():
    """The renderers, the session, the record core, the tool kind and the engine know no
    tool: where they need the tools, they are handed the registry (``fss_logic.flows.KINDS``,
    by ``fss_logic/web.py``)."""
    found = []
    for path in CORE:
        tree = ast.parse(path.read_text("utf-8"))
        for statement in _imports(tree):
            names = _imported(statement, _module_name(path))
            if any(n == "fss_logic.flows" or n.startswith("fss_logic.flows.") for n in names):
                found.append(f"{_relative(path)}:{statement.lineno}: {ast.unparse(statement)}")
    assert found == [], "The core imports a tool:\n" + "\n".join(found)


def test_the_core_reaches_no_tool_through_another_module():
    graph = _graph()
    for path in CORE:
        reached, todo = set(), [_module_name(path)]
        while todo:
            for module in graph[todo.pop()] - reached:
                reached.add(module)
                todo.append(module)
        tools = sorted(m for m in reached if m.startswith("fss_logic.flows"))
        assert tools == [], f"{_relative(path)} reaches {tools}"


# What a renderer may not do: work the state out (the session does, once per event, and
# hands it over) or apply a tool's rules (STYLE.md, "State is replayed, never mutated, and
# worked out once").
WORKED_OUT = {"replay", "progress", "indicated_outcome", "part_results", "why_reasons"}
RULES = {name for name, annotation in ToolKind.__annotations__.items() if "Callable" in annotation}


def test_a_renderer_only_formats():
    """No renderer replays the answers, works out progress or an outcome, or calls a rule
    of a tool (a ``ToolKind`` field that is a function: ``reasons``, ``departures``...)."""
    assert {"reasons", "departures", "indication_so_far"} <= RULES
    found = []
    for path in sorted((PACKAGE / "render").glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = set()
            if isinstance(node, ast.ImportFrom):
                names = {alias.name for alias in node.names} & WORKED_OUT
            elif isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
                called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                names = {called} & (WORKED_OUT | RULES)
            found += [f"{_relative(path)}:{node.lineno}: {name}" for name in sorted(names)]
    assert found == [], "A renderer works something out:\n" + "\n".join(found)


def test_no_module_imports_itself_in_a_circle():
    """Following the imports each module runs, none leads back to where it started. (An
    import under ``if TYPE_CHECKING:`` never runs, so it is not followed.)"""
    graph = _graph()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        for imported in sorted(graph[module]):
            circle = visit(imported, [*path, module])
            if circle:
                return circle
        done.add(module)
        return None

    for module in MODULES:
        circle = visit(module, [])
        assert circle is None, "An import circle: " + " -> ".join(circle)


IMPORT_EACH_FRESH = """
import importlib, sys
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m.split(".")[0] == "fss_logic"]:
        del sys.modules[loaded]
    importlib.import_module(name)
"""


def test_every_module_imports_first_in_a_fresh_interpreter():
    """Each module imported first, with nothing of fss_logic loaded before it, imports: no
    module works only when another was imported before it."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH_FRESH, *MODULES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_the_import_checks_can_fail():
    inside = ast.parse("def f():\n    import json\n")
    assert [ast.unparse(s) for s in _imports(inside.body[0])] == ["import json"]
    guarded = ast.parse("if TYPE_CHECKING:\n    from fss_logic.flows import KINDS\n")
    assert list(_imports(guarded, typing_only=False)) == []
    assert len(list(_imports(guarded))) == 1
    (statement,) = ast.parse("from fss_logic import flows").body
    assert _imported(statement, "fss_logic.record") == {"fss_logic.flows"}
