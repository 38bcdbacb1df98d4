"""A tool session in the browser, as pure transitions: ``apply(kind, state, event) -> Step``.

The browser holds the state (plain JSON) and sends it back with each event; nothing else
remembers anything. Here the state is a value, ``Session``: the answers, which step is
shown, the record form's values and the record once made. It is read from the page's JSON
and written back in one place (``Session.from_json``, ``Session.to_json``), and each event
makes a new one. Which questions apply is always worked out again by replaying the answers
through the flow, once per event: ``apply`` replays, keeps the step consistent with the
path, and works out what the step shown needs (``View``), so that a renderer only formats.

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

The session knows no tool: it is handed the tool (``kind``) and, to open a record of any
tool, the registry of tools (``kinds``).
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import (
    ONE,
    TEXT,
    Answers,
    Finding,
    Flow,
    Outcome,
    Question,
    State,
    normalise,
    replay,
    valid_answer,
)
from fss_logic.kind import ToolKind
from fss_logic.progress import Progress, progress
from fss_logic.record import (
    MAX_RECORD_BYTES,
    build_record,
    form_errors,
    form_from_record,
    indicated_outcome,
    read_replacing,
    record_file_text,
    replacing,
    verify_record_text,
)
from fss_logic.record_form import clean
from fss_logic.values import field, replace, value

QUESTION, CHECK, OUTCOME, FORM, RECORD = "question", "check", "outcome", "form", "record"
STEPS = (QUESTION, CHECK, OUTCOME, FORM, RECORD)
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


@value
class Session:
    """The session the page holds between events, as a value: each event makes a new one.

    - ``answers``: the answers on the path, in order; only these count and go into a record.
    - ``kept``: answers to questions the path does not ask now (an earlier answer changed).
    - ``step``, ``at``: the step shown, and on a question step the first question shown
      (None on any other step).
    - ``returning``: a question step opened from "Check your answers" (``change``).
    - ``form``: the record form's values filled in; ``record``: the record once made, and
      ``saved`` once it has been kept as a file; ``replaces``: what a new record says of
      the kept one it corrects (``fss_logic.record.replacing``).
    - ``cleared``: what Start again cleared, until it is undone (itself with nothing cleared).

    Answers are held as the flow has them (many-option answers as tuples); the page has
    them as JSON (``to_json``, ``from_json``)."""

    flow: str
    answers: Answers = field(default_factory=dict)
    kept: Answers = field(default_factory=dict)
    step: str = QUESTION
    at: str | None = None
    returning: bool = False
    form: Mapping[str, str] = field(default_factory=dict)
    record: Mapping | None = None
    saved: bool = False
    cleared: Session | None = None
    replaces: Mapping | None = None

    @classmethod
    def new(cls, flow: Flow) -> Session:
        """A session before any answer."""
        return cls(flow.id, at=flow.start)

    @classmethod
    def from_json(cls, kind: ToolKind, raw: object) -> Session:
        """The session the page sent, made safe: anything unknown or malformed is reset, and
        every part checked on its own: each answer and kept answer as the question checks
        it, the record as a record file is checked, what Start again cleared one level
        deep. Which answers are on the path, and a step consistent with them, are worked out
        when the event replays them (``apply``)."""
        return _read(kind, raw, outer=True)

    def to_json(self) -> dict:
        """The session as the page holds it: the one place it is written."""
        return {
            "flow": self.flow,
            "answers": plain(self.answers),
            "kept": plain(self.kept),
            "step": self.step,
            "at": self.at,
            "returning": self.returning,
            "form": dict(self.form),
            "record": self.record,
            "saved": self.saved,
            "cleared": self.cleared.to_json() if self.cleared else None,
            "replaces": self.replaces,
        }

    @property
    def anything_to_lose(self) -> bool:
        """Answers, kept answers or the record form's typing that Start again would clear."""
        return bool(self.answers or self.kept or self.form)

    @property
    def unsaved(self) -> bool:
        """Answers given and no record kept: leaving the page should ask first."""
        return bool(self.answers) and not (self.step == RECORD and self.saved)


def new_state(flow: Flow) -> dict:
    """A session before any answer, as the page holds it."""
    return Session.new(flow).to_json()


def step_id(session: Session) -> str:
    """Which step is shown: ``question:<id>``, ``check``, ``outcome``, ``form`` or ``record``.

    The page shows it on the tool (``data-fss-step``) and sends it with every event made
    on that step."""
    return f"{QUESTION}:{session.at}" if session.step == QUESTION else session.step


def _answers(flow: Flow, raw: object) -> dict:
    """Answers from the page, each checked as the path checks it (``replay``): a question
    of the flow, and an answer it allows."""
    if not isinstance(raw, Mapping):
        return {}
    answers = {}
    for question_id, given in raw.items():
        question = flow.nodes.get(question_id)
        if isinstance(question, Question) and valid_answer(question, given):
            answers[question_id] = normalise(question, given)
    return answers


def _filled(form: Mapping[str, str]) -> dict:
    """The record form's values the person has filled in (the session keeps no empty one)."""
    return {name: text for name, text in form.items() if text}


def _kept(flow: Flow, raw: object, answers: Mapping[str, object]) -> dict:
    """Kept answers from the page: only answers a question of the flow could take."""
    if not isinstance(raw, Mapping):
        return {}
    kept = {}
    for question_id, given in raw.items():
        question = flow.nodes.get(question_id)
        if question_id in answers or not isinstance(question, Question):
            continue
        taken, error = read_answer(question, {"answer": given})
        if not error:
            kept[question_id] = normalise(question, taken)  # type: ignore[arg-type]
    return kept


def _read(kind: ToolKind, raw: object, outer: bool) -> Session:
    """``Session.from_json``; what Start again cleared is read only in the outer session."""
    flow = kind.flow
    if not isinstance(raw, Mapping) or raw.get("flow") != flow.id:
        return Session.new(flow)
    answers = _answers(flow, raw.get("answers"))
    form = raw.get("form")
    record = None
    if isinstance(raw.get("record"), Mapping):
        checked = verify_record_text(record_file_text(raw["record"]), {kind.id: kind})
        record = checked.record if checked.ok else None
    step = raw["step"] if raw.get("step") in STEPS else QUESTION
    at = raw.get("at")
    if not (isinstance(at, str) and isinstance(flow.nodes.get(at), Question)):
        at = flow.start if step == QUESTION else None
    cleared = None
    if outer and isinstance(raw.get("cleared"), Mapping):
        cleared = _read(kind, raw["cleared"], outer=False)
    return Session(
        flow.id,
        answers=answers,
        kept=_kept(flow, raw.get("kept"), answers),
        step=step,
        at=at,
        returning=raw.get("returning") is True,
        form=_filled(clean(kind, form)) if isinstance(form, Mapping) else {},
        record=record,
        saved=raw.get("saved") is True,
        cleared=cleared if cleared and cleared.anything_to_lose else None,
        replaces=read_replacing(raw.get("replaces")),
    )


def page_start(flow: Flow, answers: Mapping[str, object], question_id: str) -> str:
    """The question a step starts at: the first question shown on ``question_id``'s page."""
    question = flow.question(question_id)
    shown = flow.page_questions(question, answers)
    return shown[0].id if shown else question_id


def _settle(flow: Flow, session: Session, replayed: State) -> Session:
    """The session kept consistent with its path (``replayed``, its answers replayed): only
    the path's answers, no outcome before the path ends, a question step starting at its
    page's first question shown (and no question named off a question step), and no record
    step without a record."""
    step, at = session.step, session.at
    asked = {q.id for q, _ in replayed.path}
    if step == QUESTION:
        if at not in asked and (replayed.current is None or at != replayed.current.id):
            at = replayed.current.id if replayed.current else flow.start
            if replayed.done:
                step = CHECK
    elif not replayed.done:
        step, at = QUESTION, replayed.current.id  # type: ignore[union-attr]
    answers = replayed.answers
    at = page_start(flow, answers, at) if step == QUESTION else None  # type: ignore[arg-type]
    if step == RECORD and not session.record:
        step = FORM
    return replace(session, answers=answers, step=step, at=at)


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


@value
class SoFar:
    """What the tool already indicates above a question, while the questions left complete
    the record (``ToolKind.indication_so_far``); ``settled`` when nothing after can change
    it (``ToolKind.settled_so_far``)."""

    outcome: Outcome
    tone: str
    settled: bool


@value
class View:
    """What the step shown needs beyond the session and its path, worked out by the session
    once per event; the renderers (``fss_logic/render/tool.py``) only format it.

    On a question step: the questions shown on its page, whether Back is offered, where the
    step stands (``progress``) and what the tool indicates so far. On the outcome step: the
    indicated outcome (``fss_logic.record.indicated_outcome``), its tone, and where the
    answers depart from what the tool found (``ToolKind.departures``)."""

    questions: tuple[Question, ...] = ()
    can_go_back: bool = False
    progress: Progress | None = None
    so_far: SoFar | None = None
    indicated: Mapping | None = None
    tone: str = ""
    departures: tuple[Finding, ...] = ()


@value
class Step:
    """The session after an event, its path, and what to show once: errors, a notice, the
    answers as typed when they could not be taken (``drafts``).

    ``replayed`` is the session's answers replayed: the one replay of the event. ``view`` is
    what the step shown needs (``View``); there is none when ``keep_view`` says the page
    should leave what it shows exactly as it is (with anything typed and not yet sent) and
    show only the notice: a stale event, a file that could not be opened, or a record
    waiting for the person to say it may replace their answers (``ask_to_open``)."""

    session: Session
    replayed: State
    errors: Mapping[str, str] = field(default_factory=dict)
    notice: str = ""
    drafts: Mapping = field(default_factory=dict)  # a page's answers as typed, when one failed
    keep_view: bool = False
    ask_to_open: bool = False
    ask_to_start_again: bool = False
    cleared: bool = False  # Start again has just cleared answers: say so, and offer Undo
    undone: bool = False  # Undo has just brought them back
    view: View | None = None

    @property
    def state(self) -> dict:
        """The session as the page holds it (JSON)."""
        return self.session.to_json()

    @property
    def unsaved(self) -> bool:
        """Answers given and no record kept: leaving the page should ask first."""
        return self.session.unsaved


def _as_it_is(flow: Flow, session: Session, **shown: object) -> Step:
    """The session with its answers as they are, and what to show once."""
    return Step(session, replay(flow, session.answers), **shown)  # type: ignore[arg-type]


def first_step(kind: ToolKind) -> Step:
    """The step before any answer: the flow's first question."""
    return _finish(kind, _as_it_is(kind.flow, Session.new(kind.flow)))


def apply(
    kind: ToolKind,
    raw_state: object,
    event: Mapping[str, object],
    *,
    kinds: Mapping[str, ToolKind] | None = None,
) -> Step:
    """The next step, given the state the page sent and what the person did. ``kinds`` are
    the tools a record may be opened of, to say which a record of another tool belongs to
    (by default, this one alone).

    The answers are replayed once: the state is read without a replay (``from_json``),
    the event works out the answers it leaves and replays them, and that one replay keeps
    the step consistent with the path and gives the step shown what it needs (``View``)."""
    flow = kind.flow
    session = Session.from_json(kind, raw_state) if raw_state is not None else Session.new(flow)
    kind_of = event.get("type")
    if kind_of in STEP_EVENTS and event.get("step") != step_id(session):
        step = _as_it_is(flow, session, keep_view=True)  # made on a step no longer shown
    elif kind_of == "answer":
        step = _answer(flow, session, event)
    elif kind_of == "start_again":
        step = _start_again(flow, session, event)
    elif kind_of == "undo_start_again":
        step = _undo_start_again(flow, session)
    elif kind_of == "open_record":
        step = _open_record(kind, session, event, kinds or {kind.id: kind})
    else:
        # These keep the answers: one replay serves before the event and after it.
        replayed = replay(flow, session.answers)
        session = _settle(flow, session, replayed)
        if kind_of == "back":
            session = _back(flow, session, replayed)
        elif kind_of == "change":
            session = _change(flow, session, replayed, event.get("question"))
        elif kind_of == "continue":
            session = _continue(kind, session, replayed)
        elif kind_of == "downloaded":
            session = _downloaded(session)
        if kind_of == "submit_record":
            step = _submit_record(kind, session, replayed, event)
        else:
            step = Step(session, replayed)
    return _finish(kind, step)


def _finish(kind: ToolKind, step: Step) -> Step:
    """The step with its session consistent with its path, and what the step shown needs."""
    session = _settle(kind.flow, step.session, step.replayed)
    view = None if step.keep_view else _view(kind, session, step.replayed)
    return replace(step, session=session, view=view)


def _view(kind: ToolKind, session: Session, replayed: State) -> View:
    """What the step shown needs, from the path (``replayed``): see ``View``."""
    flow = kind.flow
    if session.step == QUESTION:
        question = flow.question(session.at)  # type: ignore[arg-type]
        outcome_id = kind.indication_so_far(question, replayed.answers)
        so_far = None
        if outcome_id:
            outcome = flow.nodes[outcome_id]
            assert isinstance(outcome, Outcome)
            tone = kind.indication(outcome.indication).tone
            so_far = SoFar(outcome, tone, outcome_id in kind.settled_so_far)
        return View(
            questions=flow.page_questions(question, replayed.answers),
            can_go_back=question.id != flow.start and bool(replayed.path),
            progress=progress(replayed, question.id),
            so_far=so_far,
        )
    if session.step == OUTCOME:
        indicated = indicated_outcome(kind, replayed)
        return View(
            indicated=indicated,
            tone=kind.indication(indicated["indication"]).tone,
            departures=tuple(kind.departures(replayed.answers)),
        )
    return View()


def _answer(flow: Flow, session: Session, event: Mapping[str, object]) -> Step:
    """The answers to the step shown: one question, or every question shown on its page."""
    if session.step != QUESTION or event.get("question") != session.at:
        return _as_it_is(flow, session, keep_view=True)
    before = session.answers
    shown = flow.page_questions(flow.question(session.at), before)  # type: ignore[arg-type]
    if not shown:  # a state from the page whose step its answers do not reach
        return _as_it_is(flow, session, keep_view=True)
    values = event.get("values")
    values = values if isinstance(values, Mapping) else {}
    read = {question.id: read_answer(question, values, len(shown) == 1) for question in shown}
    errors = {qid: error for qid, (_, error) in read.items() if error}
    if errors:
        drafts = {qid: value for qid, (value, _) in read.items()}
        return _as_it_is(flow, session, errors=errors, drafts=drafts)
    given = {**session.kept, **before, **{qid: value for qid, (value, _) in read.items()}}
    replayed = replay(flow, given)  # later answers still asked stay on the path
    answers = replayed.answers
    order = [q.id for q, _ in replayed.path]
    last = shown[-1].id
    returning = session.returning
    if returning:
        # Changing an answer from "Check your answers": ask only what the change opened up.
        returning = not replayed.done
        step, at = (CHECK, None) if replayed.done else (QUESTION, replayed.current.id)  # type: ignore[union-attr]
    elif last in order and order.index(last) + 1 < len(order):
        step, at = QUESTION, order[order.index(last) + 1]  # on through earlier answers
    elif replayed.done:
        step, at = CHECK, None
    else:
        step, at = QUESTION, replayed.current.id  # type: ignore[union-attr]
    changed = answers != before
    answered = replace(
        session,
        answers=answers,
        kept={k: v for k, v in given.items() if k not in answers},
        step=step,
        at=at,
        returning=returning,
        record=None if changed else session.record,
        saved=False if changed else session.saved,
    )
    return Step(answered, replayed)


def _start_again(flow: Flow, session: Session, event: Mapping[str, object]) -> Step:
    """Clear the answers, asking first where there is anything to lose (answers, or the
    page's typing not yet sent: ``dirty``); what was cleared can be brought back."""
    if not session.anything_to_lose and event.get("dirty") is not True:
        # Nothing to clear: what an earlier Start again cleared stays undoable.
        return _as_it_is(flow, replace(Session.new(flow), cleared=session.cleared))
    if event.get("confirmed") is not True:
        return _as_it_is(flow, session, keep_view=True, ask_to_start_again=True)
    cleared = replace(session, cleared=None) if session.anything_to_lose else None
    return _as_it_is(flow, replace(Session.new(flow), cleared=cleared), cleared=bool(cleared))


def _undo_start_again(flow: Flow, session: Session) -> Step:
    """Bring back what Start again cleared; anything answered since is kept in its place,
    so that undoing is itself undone the same way."""
    cleared = session.cleared
    if not cleared:
        return _as_it_is(flow, session, keep_view=True)
    now = replace(session, cleared=None)
    back = replace(cleared, cleared=now if now.anything_to_lose else None)
    return _as_it_is(flow, back, undone=True)


def _back(flow: Flow, session: Session, replayed: State) -> Session:
    order = [q.id for q, _ in replayed.path]
    step, at = session.step, session.at
    if step == QUESTION:
        position = order.index(at) if at in order else len(order)
        if position > 0:
            at = page_start(flow, replayed.answers, order[position - 1])
    elif step == CHECK:
        step, at = QUESTION, page_start(flow, replayed.answers, order[-1])
    elif step == OUTCOME:
        step = CHECK
    elif step == FORM:
        step = OUTCOME
    elif step == RECORD:
        step = FORM
    return replace(session, step=step, at=at, returning=False)


def _change(flow: Flow, session: Session, replayed: State, question: object) -> Session:
    """Open the page a question on the path is on, from "Check your answers"."""
    if not isinstance(question, str) or question not in session.answers:
        return session
    at = page_start(flow, replayed.answers, question)
    return replace(session, step=QUESTION, at=at, returning=True)


def _continue(kind: ToolKind, session: Session, replayed: State) -> Session:
    if not replayed.done:
        return session
    if session.step == CHECK:
        return replace(session, step=OUTCOME)
    if session.step == OUTCOME:
        form = _filled({**kind.defaults(replayed.answers), **session.form})
        return replace(session, step=FORM, form=form)
    return session


def _downloaded(session: Session) -> Session:
    """The record kept as a file: a new record would correct it."""
    if session.record is None:
        return replace(session, saved=False)
    return replace(session, saved=True, replaces=replacing(session.record))


def _submit_record(
    kind: ToolKind, session: Session, replayed: State, event: Mapping[str, object]
) -> Step:
    if not replayed.done:
        return Step(session, replayed)
    values = event.get("values")
    form = clean(kind, values if isinstance(values, Mapping) else {})
    typed = replace(session, form=_filled(form))
    errors = form_errors(kind, replayed, form)
    if errors:
        return Step(replace(typed, step=FORM), replayed, errors=errors)
    no_time = "The record could not be made: the browser gave no time."
    clock, entropy = event.get("now"), event.get("random")
    if not isinstance(clock, str) or not isinstance(entropy, str):
        return Step(typed, replayed, notice=no_time)
    try:
        built = event.get("built")
        record = build_record(
            kind,
            replayed,
            form,
            clock,
            entropy,
            built if isinstance(built, str) else "",
            replaces=session.replaces,
        )
    except ValueError:
        return Step(typed, replayed, notice=no_time)
    made = replace(typed, step=RECORD, record=record, saved=False)
    return Step(made, replayed)


def _open_record(
    kind: ToolKind, session: Session, event: Mapping[str, object], kinds: Mapping[str, ToolKind]
) -> Step:
    """Open a record file, never losing what is on the page: a file that can't be opened
    leaves the page exactly as it is, and a good one replaces answers or typing that have
    not been saved only once the person has said it may (``replace``). The page says
    whether it has typing not yet sent (``dirty``)."""
    flow = kind.flow
    text = event.get("text")
    if event.get("too_large") is True:
        return _as_it_is(
            flow,
            session,
            notice="The file could not be opened: it is too large to be a "
            f"decision record (a record is at most {MAX_RECORD_BYTES:,} bytes). {UNCHANGED}",
            keep_view=True,
        )
    if not isinstance(text, str):
        return _as_it_is(
            flow,
            session,
            notice=f"The file could not be opened: it could not be read. {UNCHANGED}",
            keep_view=True,
        )
    checked = verify_record_text(text, kinds)
    other = checked.record["tool"] if checked.ok and checked.record else None
    if other and other["id"] != kind.id:
        return _as_it_is(
            flow,
            session,
            notice=f"The file could not be opened here: it is a record of the tool "
            f"“{other['title']}”. Open it on that tool's page. {UNCHANGED}",
            keep_view=True,
        )
    if not checked.ok:
        return _as_it_is(
            flow,
            session,
            notice=" ".join(["The file could not be opened.", *checked.problems, UNCHANGED]),
            keep_view=True,
        )
    if (session.unsaved or event.get("dirty") is True) and event.get("replace") is not True:
        return _as_it_is(flow, session, keep_view=True, ask_to_open=True)
    record = checked.record
    assert record is not None
    opened = Session(
        flow.id,
        answers={item["id"]: item["answer"] for item in record["answers"]},
        step=RECORD,
        form=_filled(form_from_record(kind, record)),
        record=record,
        saved=True,
        replaces=replacing(record),
    )
    return _as_it_is(flow, opened)
