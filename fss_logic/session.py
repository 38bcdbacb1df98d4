"""A tool session in the browser, as pure transitions: ``apply(state, event) -> Step``.

The browser holds the state (plain JSON) and sends it back with each event; nothing else
remembers anything. The state keeps the answers, which step is shown, the record form's
values and the record once made. Which questions apply is always worked out again by
replaying the answers through the flow.

Events: ``answer`` (a question's values), ``back``, ``change`` (a question),
``continue``, ``submit_record`` (the form's values, the time and eight random hex digits
from the browser), ``downloaded``, ``open_record`` (a file's text), ``start_again``
(asked first where there is anything to lose; ``confirmed`` once the person has said so)
and ``undo_start_again``.

Nothing a person answered is lost while the tab is open. Answers to questions the path no
longer asks (an earlier answer changed) are kept (``kept``), so that changing it back
brings them back; every later answer whose question is still asked stays on the path.
Only the answers on the path count, and only they go into a record. Start again keeps
what it cleared (``cleared``) until it is undone or cleared again.

Every event made on a step of the tool names that step (``"step": "question:consent"``,
see ``step_id``). An event for a step that is no longer shown, such as the second click
of a double click or a Back pressed twice while the first was being answered, changes
nothing: repeating an event is harmless. ``start_again`` and ``open_record`` are not tied
to a step.
"""

from __future__ import annotations

from collections.abc import Mapping
from fss_logic.values import field, value

from fss_logic.flow import ONE, TEXT, Flow, Question, State, replay
from fss_logic.flows import KINDS
from fss_logic.kind import ToolKind
from fss_logic.record import (
    MAX_RECORD_BYTES,
    build_record,
    form_errors,
    form_from_record,
    read_replacing,
    record_file_text,
    replacing,
    verify_record_text,
)
from fss_logic.record_form import clean

QUESTION, CHECK, OUTCOME, FORM, RECORD = "question", "check", "outcome", "form", "record"
UNCHANGED = "Your answers on this page have not been changed."
# Events made on a step, which must name the step they were made on.
STEP_EVENTS = frozenset({"answer", "back", "change", "continue", "submit_record", "downloaded"})
# Every event the page may send (tests check fss-tool.js sends no other).
EVENTS = STEP_EVENTS | {"start_again", "undo_start_again", "open_record"}
# Buttons the page handles itself, sending nothing or an event above.
PAGE_ACTIONS = frozenset(
    {
        "print",
        "download",
        "copy_notes",
        "open_confirmed",
        "open_cancelled",
        "start_again_confirmed",
        "start_again_cancelled",
    }
)


def plain(answers: Mapping[str, object]) -> dict:
    """Answers as JSON has them: many-option answers as lists."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}


def step_id(state: Mapping[str, object]) -> str:
    """Which step is shown: ``question:<id>``, ``check``, ``outcome``, ``form`` or ``record``.

    The page shows it on the tool (``data-fss-step``) and sends it with every event made
    on that step."""
    return f"{QUESTION}:{state['at']}" if state["step"] == QUESTION else str(state["step"])


def new_state(flow: Flow) -> dict:
    """A session before any answer."""
    return {
        "flow": flow.id,
        "answers": {},
        "kept": {},  # answers to questions the path does not ask now
        "step": QUESTION,
        "at": flow.start,
        "returning": False,
        "form": {},
        "record": None,
        "saved": False,
        "cleared": None,  # what Start again cleared, until it is undone
        "replaces": None,  # the kept record a new one corrects (fss_logic.record.replacing)
    }


@value(frozen=False)
class Step:
    """The state after an event, and what to show once: errors, a notice, a typed value.

    ``keep_view`` says the page should leave what it shows exactly as it is (with anything
    typed and not yet sent) and show only the notice: a stale event, a file that could not
    be opened, or a record waiting for the person to say it may replace their answers
    (``ask_to_open``)."""

    state: dict
    errors: dict[str, str] = field(default_factory=dict)
    notice: str = ""
    drafts: dict = field(default_factory=dict)  # a page's answers as typed, when one failed
    keep_view: bool = False
    ask_to_open: bool = False
    ask_to_start_again: bool = False
    cleared: bool = False  # Start again has just cleared answers: say so, and offer Undo
    undone: bool = False  # Undo has just brought them back

    def replayed(self, flow: Flow) -> State:
        return replay(flow, self.state["answers"])

    @property
    def unsaved(self) -> bool:
        """Answers given and no record kept: leaving the page should ask first."""
        state = self.state
        return bool(state["answers"]) and not (state["step"] == RECORD and state["saved"])


def anything_to_lose(state: Mapping[str, object]) -> bool:
    """Answers, kept answers or the record form's typing that Start again would clear."""
    return bool(state["answers"] or state["kept"] or state["form"])


def _kept(flow: Flow, raw: object, answers: Mapping[str, object]) -> dict:
    """Kept answers from the browser: only answers a question of the flow could take."""
    if not isinstance(raw, Mapping):
        return {}
    kept = {}
    for question_id, given in raw.items():
        if question_id in answers or question_id not in flow.nodes:
            continue
        question = flow.nodes[question_id]
        if not isinstance(question, Question):
            continue
        taken, error = read_answer(question, {"answer": given})
        if not error:
            kept[question_id] = taken
    return kept


def restore(kind: ToolKind, raw: object, depth: int = 0) -> dict:
    """A state from the browser, made safe: unknown or malformed parts are reset."""
    flow = kind.flow
    if not isinstance(raw, Mapping) or raw.get("flow") != flow.id:
        return new_state(flow)
    state = new_state(flow)
    answers = raw.get("answers")
    if isinstance(answers, Mapping):
        state["answers"] = plain(replay(flow, answers).answers)
    state["kept"] = plain(_kept(flow, raw.get("kept"), state["answers"]))
    form = raw.get("form")
    if isinstance(form, Mapping):
        state["form"] = {name: value for name, value in clean(kind, form).items() if value}
    if raw.get("step") in (QUESTION, CHECK, OUTCOME, FORM, RECORD):
        state["step"] = raw["step"]
    if isinstance(raw.get("at"), str) and raw["at"] in flow.nodes:
        state["at"] = raw["at"]
    state["returning"] = raw.get("returning") is True
    state["saved"] = raw.get("saved") is True
    state["replaces"] = read_replacing(raw.get("replaces"))
    if isinstance(raw.get("record"), Mapping):
        checked = verify_record_text(record_file_text(raw["record"]), {kind.id: kind})
        state["record"] = checked.record if checked.ok else None
    if depth == 0 and isinstance(raw.get("cleared"), Mapping):
        cleared = restore(kind, raw["cleared"], depth + 1)
        state["cleared"] = cleared if anything_to_lose(cleared) else None
    return _settle(flow, state)


def page_start(flow: Flow, answers: Mapping[str, object], question_id: str) -> str:
    """The question a step starts at: the first question shown on ``question_id``'s page."""
    question = flow.question(question_id)
    shown = flow.page_questions(question, answers)
    return shown[0].id if shown else question_id


def _settle(flow: Flow, state: dict) -> dict:
    """Keep the step consistent with the answers: no outcome before the path ends."""
    replayed = replay(flow, state["answers"])
    state["answers"] = plain(replayed.answers)
    asked = {q.id for q, _ in replayed.path}
    if state["step"] == QUESTION:
        if state["at"] not in asked and (
            replayed.current is None or state["at"] != replayed.current.id
        ):
            state["at"] = replayed.current.id if replayed.current else flow.start
            if replayed.done:
                state["step"] = CHECK
    elif not replayed.done:
        state["step"], state["at"] = QUESTION, replayed.current.id  # type: ignore[union-attr]
    if state["step"] == QUESTION and state["at"] in flow.nodes:
        state["at"] = page_start(flow, replayed.answers, state["at"])
    if state["step"] == RECORD and not state["record"]:
        state["step"] = FORM
    return state


def read_answer(
    question: Question, values: Mapping[str, object], alone: bool = True
) -> tuple[object, str]:
    """The answer from a submitted form, and an error message if it can't be taken. On a
    page of several questions each is named by its id; a question alone is ``answer``."""
    raw = values.get(question.id, values.get("answer", []) if alone else [])
    if isinstance(raw, str):
        raw = [raw]
    raw = [v for v in raw if isinstance(v, str)] if isinstance(raw, list) else []
    if question.kind == TEXT:
        text = raw[0] if raw else ""
        if not text.strip():
            return text, "Enter your answer"
        if len(text) > question.max_length:
            return text, (
                f"Your answer must be {question.max_length:,} characters or fewer (it is "
                f"{len(text):,}). Nothing has been cut: shorten it and try again."
            )
        return text, ""
    allowed = {o.value for o in question.options}
    chosen = [v for v in dict.fromkeys(raw) if v in allowed]
    if question.kind == ONE:
        return (chosen[0], "") if len(chosen) == 1 else (None, "Select one answer")
    if not chosen:
        return [], "Select at least one answer"
    alone = [o.label for o in question.options if o.exclusive and o.value in chosen]
    if alone and len(chosen) > 1:
        return chosen, f"Select “{alone[0]}” on its own, or only the answers that apply"
    return chosen, ""


def apply(kind: ToolKind, raw_state: object, event: Mapping[str, object]) -> Step:
    """The next state, given the current one and what the person did."""
    flow = kind.flow
    state = restore(kind, raw_state) if raw_state is not None else new_state(flow)
    kind_of = event.get("type")
    if kind_of in STEP_EVENTS and event.get("step") != step_id(state):
        return Step(state, keep_view=True)  # made on a step no longer shown: a repeat
    if kind_of == "start_again":
        return _start_again(flow, state, event)
    if kind_of == "undo_start_again":
        return _undo_start_again(flow, state)
    if kind_of == "answer":
        return _answer(flow, state, event)
    if kind_of == "back":
        return Step(_back(flow, state))
    if kind_of == "change":
        question = event.get("question")
        if isinstance(question, str) and question in state["answers"]:
            at = page_start(flow, replay(flow, state["answers"]).answers, question)
            state.update(step=QUESTION, at=at, returning=True)
        return Step(state)
    if kind_of == "continue":
        return Step(_continue(kind, state))
    if kind_of == "submit_record":
        return _submit_record(kind, state, event)
    if kind_of == "downloaded":
        state["saved"] = state["record"] is not None
        if state["record"] is not None:  # kept as a file: a new record would correct it
            state["replaces"] = replacing(state["record"])
        return Step(state)
    if kind_of == "open_record":
        return _open_record(kind, state, event)
    return Step(state)


def _answer(flow: Flow, state: dict, event: Mapping[str, object]) -> Step:
    """The answers to the step shown: one question, or every question shown on its page."""
    if state["step"] != QUESTION or event.get("question") != state["at"]:
        return Step(state, keep_view=True)
    before = state["answers"]
    shown = flow.page_questions(flow.question(state["at"]), replay(flow, before).answers)
    values = event.get("values")
    values = values if isinstance(values, Mapping) else {}
    read = {question.id: read_answer(question, values, len(shown) == 1) for question in shown}
    errors = {qid: error for qid, (_, error) in read.items() if error}
    if errors:
        return Step(state, errors=errors, drafts={qid: value for qid, (value, _) in read.items()})
    given = {**state["kept"], **before, **{qid: value for qid, (value, _) in read.items()}}
    replayed = replay(flow, given)  # later answers still asked stay on the path
    if plain(replayed.answers) != plain(before):
        state.update(record=None, saved=False)
    state["answers"] = plain(replayed.answers)
    state["kept"] = plain({k: v for k, v in given.items() if k not in replayed.answers})
    order = [q.id for q, _ in replayed.path]
    last = shown[-1].id
    if state["returning"]:
        # Changing an answer from "Check your answers": ask only what the change opened up.
        if replayed.done:
            state.update(step=CHECK, at=None, returning=False)
        else:
            state.update(step=QUESTION, at=replayed.current.id)  # type: ignore[union-attr]
    elif last in order and order.index(last) + 1 < len(order):
        state.update(step=QUESTION, at=order[order.index(last) + 1])  # on through earlier answers
    elif replayed.done:
        state.update(step=CHECK, at=None)
    else:
        state.update(step=QUESTION, at=replayed.current.id)  # type: ignore[union-attr]
    if state["step"] == QUESTION:
        state["at"] = page_start(flow, replayed.answers, state["at"])
    return Step(state)


def _start_again(flow: Flow, state: dict, event: Mapping[str, object]) -> Step:
    """Clear the answers, asking first where there is anything to lose (answers, or the
    page's typing not yet sent: ``dirty``); what was cleared can be brought back."""
    at_risk = anything_to_lose(state) or event.get("dirty") is True
    if not at_risk:  # nothing to clear: what an earlier Start again cleared stays undoable
        return Step({**new_state(flow), "cleared": state["cleared"]})
    if event.get("confirmed") is not True:
        return Step(state, keep_view=True, ask_to_start_again=True)
    fresh = new_state(flow)
    if anything_to_lose(state):
        fresh["cleared"] = {**state, "cleared": None}
    return Step(fresh, cleared=fresh["cleared"] is not None)


def _undo_start_again(flow: Flow, state: dict) -> Step:
    """Bring back what Start again cleared; anything answered since is kept in its place,
    so that undoing is itself undone the same way."""
    cleared = state["cleared"]
    if not cleared:
        return Step(state, keep_view=True)
    now = {**state, "cleared": None}
    back = {**cleared, "cleared": now if anything_to_lose(now) else None}
    return Step(_settle(flow, back), undone=True)


def _back(flow: Flow, state: dict) -> dict:
    replayed = replay(flow, state["answers"])
    order = [q.id for q, _ in replayed.path]
    step = state["step"]
    if step == QUESTION:
        position = order.index(state["at"]) if state["at"] in order else len(order)
        if position > 0:
            state["at"] = page_start(flow, replayed.answers, order[position - 1])
    elif step == CHECK:
        state.update(step=QUESTION, at=page_start(flow, replayed.answers, order[-1]))
    elif step == OUTCOME:
        state["step"] = CHECK
    elif step == FORM:
        state["step"] = OUTCOME
    elif step == RECORD:
        state["step"] = FORM
    state["returning"] = False
    return state


def _continue(kind: ToolKind, state: dict) -> dict:
    replayed = replay(kind.flow, state["answers"])
    if not replayed.done:
        return state
    if state["step"] == CHECK:
        state["step"] = OUTCOME
    elif state["step"] == OUTCOME:
        state["form"] = {
            **kind.defaults(replayed.answers),
            **{k: v for k, v in state["form"].items() if v},
        }
        state["step"] = FORM
    return state


def _submit_record(kind: ToolKind, state: dict, event: Mapping[str, object]) -> Step:
    replayed = replay(kind.flow, state["answers"])
    if not replayed.done:
        return Step(_settle(kind.flow, state))
    values = event.get("values")
    form = clean(kind, values if isinstance(values, Mapping) else {})
    state["form"] = form
    errors = form_errors(kind, replayed, form)
    if errors:
        state["step"] = FORM
        return Step(state, errors=errors)
    clock, entropy = event.get("now"), event.get("random")
    if not isinstance(clock, str) or not isinstance(entropy, str):
        return Step(state, notice="The record could not be made: the browser gave no time.")
    try:
        built = event.get("built")
        record = build_record(
            kind,
            replayed,
            form,
            clock,
            entropy,
            built if isinstance(built, str) else "",
            replaces=state["replaces"],
        )
    except ValueError:
        return Step(state, notice="The record could not be made: the browser gave no time.")
    state.update(step=RECORD, record=record, saved=False)
    return Step(state)


def _open_record(kind: ToolKind, state: dict, event: Mapping[str, object]) -> Step:
    """Open a record file, never losing what is on the page: a file that can't be opened
    leaves the page exactly as it is, and a good one replaces answers or typing that have
    not been saved only once the person has said it may (``replace``). The page says
    whether it has typing not yet sent (``dirty``)."""
    text = event.get("text")
    if event.get("too_large") is True:
        return Step(
            state,
            notice="The file could not be opened: it is too large to be a "
            f"decision record (a record is at most {MAX_RECORD_BYTES:,} bytes). {UNCHANGED}",
            keep_view=True,
        )
    if not isinstance(text, str):
        return Step(
            state,
            notice=f"The file could not be opened: it could not be read. {UNCHANGED}",
            keep_view=True,
        )
    checked = verify_record_text(text, KINDS)
    other = checked.record["tool"] if checked.ok and checked.record else None
    if other and other["id"] != kind.id:
        return Step(
            state,
            notice=f"The file could not be opened here: it is a record of the tool "
            f"“{other['title']}”. Open it on that tool's page. {UNCHANGED}",
            keep_view=True,
        )
    if not checked.ok:
        return Step(
            state,
            notice=" ".join(["The file could not be opened.", *checked.problems, UNCHANGED]),
            keep_view=True,
        )
    at_risk = Step(state).unsaved or event.get("dirty") is True
    if at_risk and event.get("replace") is not True:
        return Step(state, keep_view=True, ask_to_open=True)
    record = checked.record
    assert record is not None
    answers = {item["id"]: item["answer"] for item in record["answers"]}
    opened = new_state(kind.flow)
    opened.update(
        answers=plain(replay(kind.flow, answers).answers),
        step=RECORD,
        at=None,
        form=form_from_record(kind, record),
        record=record,
        saved=True,
        replaces=replacing(record),
    )
    return Step(opened, notice="")
