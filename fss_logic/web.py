"""The browser's one entry point: JSON in, JSON out, across the Web Worker boundary.

    handle('{"flow": "share", "base": "../../", "state": null, "event": {...}}')

returns ``{"state", "step", "html", "notice", "unsaved", "download"}`` as a JSON string.
The page keeps the state only in memory, shows ``html`` as it is (or, when it is null,
leaves what it shows untouched), shows ``notice`` above it, says which step is shown
(``step``), asks before leaving while ``unsaved`` is true, and offers ``download`` (a
file name, its text, the summary for case notes, and the CSS values every printed page
carries: its reference and protective marking) when a record is ready. It holds no
rules of its own: those are all here, in Python.

This module puts the parts together: it is where the session (which knows no tool) is
handed the tools (``fss_logic.flows.KINDS``). A training page's request (one that names
its exercise, ``training``, or the trainer's page of a group's attempts) goes to
``fss_logic/training/page.py``: its response has the same members, and ``save`` where the
file offered (a trainee's attempt) is to be saved at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from fss_logic.flow import replay
from fss_logic.flows import KINDS
from fss_logic.record import record_file_text
from fss_logic.render.record import print_marks
from fss_logic.render.text import render_case_notes
from fss_logic.render.tool import render_notice, render_step
from fss_logic.session import RECORD, Session, Step, apply, first_step, step_id

# The trainer's page of a group's attempts runs the tool script with this tool id.
GROUP = "training-attempts"


def respond(flow_id: str, step: Step, base: str) -> dict:
    """What the page needs after an event."""
    kind = KINDS[flow_id]
    session = step.session
    record = session.record if session.step == RECORD else None
    return {
        "state": session.to_json(),
        "step": step_id(session),
        "html": None if step.keep_view else render_step(kind, step, base),
        "notice": render_notice(step),
        "unsaved": step.unsaved,
        "download": {
            "filename": f"decision-record-{record['reference']}.json",
            "text": record_file_text(record),
            "case_notes": render_case_notes(kind, record),
            "print": print_marks(record),
        }
        if record
        else None,
    }


def handle(request_json: str) -> str:
    """Apply one event to the state the page sent, and say what to show next."""
    request = json.loads(request_json)
    flow_id = request.get("flow")
    if flow_id == GROUP or (flow_id in KINDS and request.get("training") is not None):
        return json.dumps(_training(flow_id, request), ensure_ascii=False)
    if flow_id not in KINDS:
        raise ValueError(f"no decision tool called {flow_id!r}")
    base = request.get("base") if isinstance(request.get("base"), str) else ""
    event = request.get("event") if isinstance(request.get("event"), dict) else {}
    step = apply(KINDS[flow_id], request.get("state"), event, kinds=KINDS)
    return json.dumps(respond(flow_id, step, base), ensure_ascii=False)


def initial_html(flow_id: str, base: str, training: str = "") -> str:
    """The first step, as the page shows it before Python has loaded (built into the page);
    on a training page, as trainee mode shows it."""
    kind = KINDS[flow_id]
    if training:
        request = {"training": training, "base": base, "state": None, "event": {"type": "show"}}
        return _training(flow_id, request)["html"]
    return render_step(kind, first_step(kind), base)


def _training(flow_id: str, request: Mapping) -> dict:
    """A training page's request: trainee mode, or the group page. The scenario library is
    imported on the first such request, not with the tools: a tool's page never loads it."""
    import fss_logic.training.page as page

    if flow_id == GROUP:
        return page.respond_group(request)
    return page.respond_trainee(KINDS[flow_id], request)


def initial_step(flow_id: str) -> str:
    """The step shown before Python has loaded: the flow's first question."""
    return step_id(Session.new(KINDS[flow_id].flow))


class PageSession:
    """What the page script does, without a browser: keep the state, send each event with
    the step it was made on, and keep the reply; on a trainee page, name its exercise
    (``training``, ``scenario/exercise``). For scripts, tests and the benchmark."""

    def __init__(self, flow_id: str, base: str = "", training: str | None = None):
        self.flow_id, self.base, self.training = flow_id, base, training
        self.state: object = None
        self.step = initial_step(flow_id)
        self.response: dict = {}
        self._shown: tuple | None = None

    def shown(self) -> tuple:
        """The questions on the step shown (one, or those on its page); () off a question."""
        if self._shown is None:
            self._shown = ()
            if self.step.startswith("question:"):
                flow = KINDS[self.flow_id].flow
                session = self.state if isinstance(self.state, dict) else {}
                if self.training is not None:  # a trainee page holds the session inside
                    session = session.get("session") or {}
                answers = session.get("answers", {})
                question = flow.question(self.step.removeprefix("question:"))
                self._shown = flow.page_questions(question, replay(flow, answers).answers)
        return self._shown

    def answer_with(self, answers: Mapping[str, object]) -> dict:
        """Answer the step shown from ``answers`` (by question id), as a person would: every
        question on its page at once."""
        shown = self.shown()
        values = {q.id: _as_list(answers[q.id]) for q in shown if q.id in answers}
        if len(shown) == 1:
            values = {"answer": values.get(shown[0].id, [])}
        return self.send({"type": "answer", "question": shown[0].id, "values": values})

    def walk(self, answers: Mapping[str, object]) -> list[tuple]:
        """Answer step after step from ``answers`` until a step asks something they do not
        answer, or the path ends; the questions of each step answered, in order."""
        steps = []
        while (shown := self.shown()) and any(q.id in answers for q in shown):
            steps.append(tuple(q.id for q in shown))
            before = self.step
            self.answer_with(answers)
            if (
                self.step == before
                and self.response.get("html")
                and "There is a problem" in (self.response["html"])
            ):
                raise ValueError(f"the answers do not answer {before}: {self.response['html']}")
        return steps

    def send(self, event: dict) -> dict:
        """Send ``event`` as if made on the step shown (unless it names a step itself)."""
        request = {
            "flow": self.flow_id,
            "base": self.base,
            "state": self.state,
            "event": {"step": self.step, **event},
        }
        if self.training is not None:
            request["training"] = self.training
        self.response = json.loads(handle(json.dumps(request)))
        self.state, self.step = self.response["state"], self.response["step"]
        self._shown = None
        return self.response


def _as_list(value: object) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]
