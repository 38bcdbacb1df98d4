"""One set of scenarios through fss_logic in CPython and in Pyodide: byte-identical records."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from fss_logic.web import PageSession
from tests.parity.run_scenarios import run_scenarios
from fss_logic.flows import KINDS
from tests.unit.test_record import first_answers, full_form
from tests.unit.test_session import REFUSED_AND_OVERRIDDEN
from tools.paths import PATHS

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert('x')</script> & “quotes” — ünïcödé 🙂\nsecond line"

FORM = {
    "maker_name": ["Sam O'Brien"],
    "maker_role": ["Social worker"],
    "maker_organisation": ["other"],
    "maker_organisation_other": [HOSTILE],
    "requested": [HOSTILE],
    "about": [HOSTILE],
    "information": ["x" * 9_999],
    "purpose": ["Safeguarding"],
    "decision": ["share"],
    "decision_reasons": [HOSTILE],
    "shared_with": ["Police"],
    "shared_on": ["2026-11-24T10:00"],
    "advice": ["manager"],
    "advice_details": [HOSTILE],
}


class Recorder(PageSession):
    """A page session that keeps every event it sends, as the browser would send them."""

    def __init__(self, tool: str):
        super().__init__(tool, "../../")
        self.events: list[dict] = []

    def send(self, event: dict) -> dict:
        self.events.append(event)
        return super().send(event)


def events(answers: dict, tool: str = "share") -> list[dict]:
    """The events a person sends answering ``answers`` page by page, as far as they go."""
    page = Recorder(tool)
    page.walk(answers)
    return page.events


def finish(form, now="2026-11-24T16:00:00+01:00", random="0a1b2c3d"):
    return [
        {"type": "continue"},
        {"type": "continue"},
        {"type": "submit_record", "values": form, "now": now, "random": random},
    ]


def path(start: str) -> dict:
    return dict(next(p for p in PATHS if p.tool == "share" and p.name.startswith(start)).answers)


SCENARIOS = [
    events(path("No clear and legitimate purpose"))
    + finish({**FORM, "decision": ["do_not_share"]}),
    events({**path("A charity"), "pi_weighing": HOSTILE})
    + finish({**FORM, "decision": ["do_not_share"]}),
    events(dict(REFUSED_AND_OVERRIDDEN)) + finish(FORM, now="2026-06-01T09:30:00+01:00"),
    events({**path("A file by personal email"), "other_method": HOSTILE}) + finish(FORM),
    # Stopped part-way: the HTML of the step shown, a question still to answer.
    events({k: v for k, v in path("Partial consent").items() if k != "why_without_consent"}),
]


def every_kind_scenarios() -> list[dict]:
    """For each tool, a path of first answers (typed answers hostile) to a record whose
    every field is filled, hostile text in each."""
    scenarios = []
    for kind in KINDS.values():
        answers = {
            question: HOSTILE if value == "Typed" else value
            for question, value in first_answers(kind.flow).items()
        }
        form = {
            name: [HOSTILE if value == "Typed" else value]
            for name, value in full_form(kind).items()
        }
        scenarios.append({"tool": kind.id, "events": events(answers, kind.id) + finish(form)})
    return scenarios


def test_records_are_byte_identical_in_cpython_and_pyodide(site_dir, tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed to run Pyodide for this test")
    (runtime,) = (site_dir / "assets" / "runtime").iterdir()
    manifest = json.loads((runtime / "fss-runtime.json").read_text())
    every = [{"tool": "share", "events": events} for events in SCENARIOS]
    every += every_kind_scenarios()
    scenarios = tmp_path / "scenarios.json"
    scenarios.write_text(json.dumps(every), "utf-8")

    in_cpython = json.loads(run_scenarios(scenarios.read_text("utf-8")))
    # As the browser runs it: the site's compiled standard library and fss_logic only.
    in_pyodide = run_in_pyodide(node, scenarios, "--python", runtime / manifest["python"])

    assert len(in_cpython) == len(every)
    assert all(text.startswith("{\n") for text in in_cpython[:4])  # four records...
    assert not in_cpython[4].startswith("{")  # ...and one step's HTML, asking why
    assert 'data-fss-step="question:why_without_consent"' in in_cpython[4]
    made = [json.loads(text) for text in in_cpython[len(SCENARIOS) :]]
    assert [record["tool"]["id"] for record in made] == list(KINDS)  # a record of each kind
    for made_here, made_there in zip(in_cpython, in_pyodide, strict=True):
        assert made_here.encode("utf-8") == made_there.encode("utf-8")


def run_in_pyodide(node: str, scenarios: Path, how: str, file: Path) -> list[str]:
    result = subprocess.run(
        [
            node,
            str(ROOT / "tests" / "parity" / "run_in_pyodide.mjs"),
            str(scenarios),
            how,
            str(file),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_published_wheel_installs_in_pyodide_and_makes_the_same_record(site_dir, tmp_path):
    """The wheel in the site is the package as published: a plain ``python -m build`` wheel,
    installed in Pyodide on its own standard library, makes the same bytes."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed to run Pyodide for this test")
    (runtime,) = (site_dir / "assets" / "runtime").iterdir()
    manifest = json.loads((runtime / "fss-runtime.json").read_text())
    scenarios = tmp_path / "scenarios.json"
    scenarios.write_text(json.dumps([{"tool": "share", "events": SCENARIOS[0]}]), "utf-8")
    in_cpython = json.loads(run_scenarios(scenarios.read_text("utf-8")))
    in_pyodide = run_in_pyodide(node, scenarios, "--wheel", runtime / manifest["wheel"])
    assert in_cpython[0].startswith("{\n")
    assert in_pyodide == in_cpython
