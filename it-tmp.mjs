import { loadPyodide } from "pyodide";
const py = await loadPyodide({ stdLibURL: "/work/main/site/assets/runtime/e0893857b831/fss-python.zip" });
console.log(py.runPython(`
from __future__ import annotations
import time
from dataclasses import dataclass, field
def make(**kw):
    @dataclass(**kw)
    class Question:
        """Doc."""
        id: str
        text: str
        kind: str = "one"
        options: tuple = ()
        help: str = ""
        next: object = None
        hint: str = ""
        cites: tuple = ()
        extra: dict = field(default_factory=dict)
    return Question
out = []
for kw in ({"frozen": True}, {"frozen": True, "repr": False}, {"frozen": True, "repr": False, "eq": False}, {}, {"frozen": True, "slots": True}):
    make(**kw)
    ts = []
    for r in range(5):
        t = time.perf_counter()
        for i in range(10): make(**kw)
        ts.append((time.perf_counter() - t) / 10 * 1000)
    out.append(f"{kw}: {min(ts):.2f} ms")
"\\n".join(out)
`));
