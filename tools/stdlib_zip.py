"""Run inside Pyodide (under Node, by tools/stdlib.mjs) at build time: the standard library
the decision tools use, and fss_logic itself, compiled, in a zip of their own.

Pyodide ships its whole standard library as Python source (9.6 MB; 2.5 MB zipped), and
compiles what it imports on every start. The tools use about a sixth of it. After every
tool has been exercised from its first question to a record opened again (so that every
module they import is imported), this writes a zip of just those modules, each compiled to
bytecode: less to download, and nothing to compile when Python starts. fss_logic's modules
are compiled into the same zip beside its data files (schemas, stylesheet), so the worker
needs no wheel: it passes the zip to ``loadPyodide`` as ``stdLibURL`` and imports from it.
"""

from __future__ import annotations

import importlib._bootstrap_external as external
import importlib.util
import json
import sys
import zipfile

STDLIB = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip"
WHOLE_PACKAGES = ("encodings",)  # codecs are looked up by name, when first needed


def exercise() -> None:
    """Every tool, every step, the way the page drives it: answers to an outcome, the
    record made, downloaded, opened again; a bad file; a stale event."""
    from fss_logic.flows import KINDS
    from fss_logic.record_form import DATE, DATETIME, form_fields
    from fss_logic.web import PageSession

    for kind in KINDS.values():
        page = PageSession(kind.id, "../../")
        page.send({"type": "answer", "question": kind.flow.start, "values": {}})  # an error
        for _ in range(len(kind.flow.questions)):  # each step answered: never more steps
            shown = page.shown()
            if not shown:
                break
            page.answer_with(
                {q.id: q.options[0].value if q.options else "Typed <b>&" for q in shown}
            )
        page.send({"type": "back"})
        page.send({"type": "continue"})
        page.send({"type": "continue"})
        page.send({"type": "continue"})
        form = {
            spec.name: [
                spec.options[0].value
                if spec.options
                else {DATE: "20/11/2026", DATETIME: "20/11/2026 10:00"}.get(spec.kind, "Typed")
            ]
            for spec in form_fields(kind)
        }
        page.send({"type": "submit_record", "values": {}, "now": "x", "random": "y"})
        response = page.send(
            {
                "type": "submit_record",
                "values": form,
                "now": "2026-11-24T16:00:00+00:00",
                "random": "0a1b2c3d",
                "built": "2026-11-25",
            }
        )
        page.send({"type": "downloaded"})
        text = response["download"]["text"]
        page.send({"type": "open_record", "text": text, "dirty": True})
        page.send({"type": "open_record", "text": text, "replace": True})
        page.send({"type": "open_record", "text": text.replace("Typed", "Edited", 1)})
        page.send({"type": "open_record", "text": "{"})
        page.send({"type": "open_record", "too_large": True})
        page.send({"type": "start_again"})
    exercise_training()


def exercise_training() -> None:
    """A trainee page, from its first question to the comparison and the attempt file, and
    the trainer's page opening it (fss_logic/training/page.py, through fss_logic.web)."""
    import json

    from fss_logic.training import SCENARIOS
    from fss_logic.web import GROUP, PageSession, handle

    scenario = SCENARIOS[0]
    exercise = scenario.exercises[0]
    page = PageSession(exercise.tool, "../", f"{scenario.id}/{exercise.id}")
    page.send({"type": "training_level", "values": {"level": ["worked"]}})
    page.walk({m.question: m.answer for m in exercise.answers})
    page.send({"type": "continue"})
    made = page.send({"type": "make_attempt", "now": "2026-12-03T10:00:00+00:00"})
    if not made["download"]:
        raise SystemExit(f"the training exercise {exercise.id} made no attempt")
    files = [{"name": "a.json", "text": made["download"]["text"]}]
    event = {"type": "open_attempts", "files": files}
    handle(json.dumps({"flow": GROUP, "base": "../", "state": None, "event": event}))


def wanted_files() -> list[str]:
    """The files of the standard library zip that hold every module imported so far."""
    with zipfile.ZipFile(STDLIB) as stdlib:
        names = set(stdlib.namelist())
    wanted = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(STDLIB + "/"):
            wanted.add(path[len(STDLIB) + 1 :])
    for package in WHOLE_PACKAGES:
        wanted |= {n for n in names if n.startswith(package + "/") and n.endswith(".py")}
    return sorted(n for n in wanted if n in names)


def compiled(source: bytes, filename: str) -> bytes:
    """A module's bytecode, as a .pyc that Python uses without looking for its source."""
    code = compile(source, filename, "exec", dont_inherit=True)
    return external._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)


def entry(name: str) -> zipfile.ZipInfo:
    return zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # the same bytes each build


def write_zip(out: str, wheel: str) -> dict:
    """Compile the wanted modules and fss_logic and write them to ``out``; a summary."""
    files = wanted_files()
    # Stored, not deflated: Python reads it without inflating, and the server sends it
    # Brotli-compressed (tools/compress.py), which is smaller than deflate.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        with zipfile.ZipFile(STDLIB) as stdlib:
            for name in files:
                zf.writestr(entry(name + "c"), compiled(stdlib.read(name), f"{STDLIB}/{name}"))
        package = 0
        with zipfile.ZipFile(wheel) as source:
            for name in sorted(source.namelist()):
                if not name.startswith("fss_logic/"):
                    continue
                data = source.read(name)
                if name.endswith(".py"):
                    zf.writestr(entry(name + "c"), compiled(data, name))
                    package += 1
                else:
                    zf.writestr(entry(name), data)
    return {"modules": len(files), "fss_logic_modules": package, "python": sys.version.split()[0]}


def main(out: str, wheel: str) -> str:
    exercise()
    return json.dumps(write_zip(out, wheel))
