import { loadPyodide } from "pyodide";
const py = await loadPyodide();
console.log(py.runPython(`
from __future__ import annotations
import cProfile, pstats, io, dataclasses, time
from dataclasses import dataclass, field
def make():
    @dataclass(frozen=True)
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
for i in range(3): make()
t=time.perf_counter()
for i in range(20): make()
per=(time.perf_counter()-t)/20*1000
pr = cProfile.Profile(); pr.enable()
for i in range(20): make()
pr.disable()
s = io.StringIO(); pstats.Stats(pr, stream=s).sort_stats('tottime').print_stats(14)
f"{per:.2f} ms per class\\n" + s.getvalue()
`));
