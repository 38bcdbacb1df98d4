"""The browser's one entry point: JSON in, JSON out, across the Web Worker boundary.

    handle('{"flow": "share", "base": "../../", "state": null, "event": {...}}')

returns ``{"state", "html", "unsaved", "download"}`` as a JSON string. The page keeps the
state only in memory, shows the HTML as it is, asks before leaving while ``unsaved`` is
true, and offers ``download`` (a file name and its text) when a record is ready. It
holds no rules of its own: those are all here, in Python.
"""

from __future__ import annotations

import json

from fss_logic.flows import FLOWS
from fss_logic.record import record_file_text
from fss_logic.render.tool import render_step
from fss_logic.session import RECORD, Step, apply, new_state


def respond(flow_id: str, step: Step, base: str) -> dict:
    """What the page needs after an event."""
    flow = FLOWS[flow_id]
    state = step.state
    record = state["record"] if state["step"] == RECORD else None
    return {
        "state": state,
        "html": render_step(flow, step, base),
        "unsaved": step.unsaved,
        "download": {
            "filename": f"decision-record-{record['reference']}.json",
            "text": record_file_text(record),
        }
        if record
        else None,
    }


def handle(request_json: str) -> str:
    """Apply one event to the state the page sent, and say what to show next."""
    request = json.loads(request_json)
    flow_id = request.get("flow")
    if flow_id not in FLOWS:
        raise ValueError(f"no decision tool called {flow_id!r}")
    base = request.get("base") if isinstance(request.get("base"), str) else ""
    event = request.get("event") if isinstance(request.get("event"), dict) else {}
    step = apply(FLOWS[flow_id], request.get("state"), event)
    return json.dumps(respond(flow_id, step, base), ensure_ascii=False)


def initial_html(flow_id: str, base: str) -> str:
    """The first step, as the page shows it before Python has loaded (built into the page)."""
    flow = FLOWS[flow_id]
    return render_step(flow, Step(new_state(flow)), base)
