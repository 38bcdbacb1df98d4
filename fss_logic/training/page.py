"""The training pages' side of the browser's entry point (``fss_logic/web.py`` hands their
requests here): a decision tool in trainee mode, and a trainer's view of a group's attempts.

Trainee mode is the real tool, with its real questions, routes and outcomes, and three
differences: beside each question the model answer shows at the level of help the trainee
chose; the outcome page compares the trainee's answers with the model's instead of offering
the record form; and what can be downloaded is an attempt marked as training
(``fss_logic/training/attempt.py``), never a decision record. The page holds, as the tool's
state, the session (``fss_logic/session.py``), the level, and the answers last downloaded.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.kind import ToolKind
from fss_logic.render.tool import Extras, render_notice, render_step
from fss_logic.render.trainee import (
    comparison,
    group_footer,
    group_view,
    level_form,
    model_beside,
)
from fss_logic.session import OUTCOME, QUESTION, Session, Step, apply, plain, step_id
from fss_logic.training.attempt import (
    attempt_filename,
    attempt_text,
    find,
    make_attempt,
    open_attempt,
)
from fss_logic.training.group import tally
from fss_logic.training.model import LEVELS, UNAIDED, compare, given

TRAINEE_EVENTS = frozenset({"training_level", "make_attempt"})
GROUP_EVENTS = frozenset({"open_attempts", "clear_attempts"})
# What a trainee's page does not do: make, open or keep a decision record.
_NOT_IN_TRAINING = frozenset({"submit_record", "open_record", "downloaded"})
MAX_ATTEMPTS = 200  # files opened at once on the group page


def training_exercise(kind: ToolKind, training: object):
    """The scenario and exercise a trainee page names (``scenario/exercise``), of this tool."""
    if not isinstance(training, str) or "/" not in training:
        raise ValueError(f"no training exercise called {training!r}")
    found = find(*training.split("/", 1))
    if found is None or found[1].tool != kind.id:
        raise ValueError(f"no training exercise called {training!r} for {kind.id}")
    return found


def _state(raw: object) -> tuple[object, str, object]:
    """The session, level and answers last downloaded, from the state the page holds."""
    if not isinstance(raw, Mapping):
        return None, UNAIDED, None
    level = raw.get("level") if raw.get("level") in LEVELS else UNAIDED
    return raw.get("session"), level, raw.get("downloaded")


def _extras(kind: ToolKind, step: Step, exercise, level: str, base: str) -> Extras:
    session, view = step.session, step.view
    beside: dict[str, str] = {}
    after = None
    if session.step == QUESTION and view is not None:
        shown = {q.id: q for q in view.questions}
        for model in given(exercise, level):
            if model.question in shown:
                words = shown[model.question].answer_text(model.answer)
                beside[model.question] = model_beside(words, model.reason, model.cites, base)
    if session.step == OUTCOME:
        after = comparison(compare(exercise, step.replayed.answers), exercise.record, base)
    return Extras(beside=beside, after_outcome=after, footer=level_form(level))


def respond_trainee(kind: ToolKind, request: Mapping) -> dict:
    """A trainee page's event: see the module's docstring."""
    scenario, exercise = training_exercise(kind, request.get("training"))
    base = request.get("base") if isinstance(request.get("base"), str) else ""
    event = request.get("event") if isinstance(request.get("event"), Mapping) else {}
    raw, level, downloaded = _state(request.get("state"))
    kind_of = event.get("type")
    before = Session.from_json(kind, raw) if raw is not None else None
    download = None
    if kind_of == "training_level":
        values = event.get("values")
        chosen = values.get("level") if isinstance(values, Mapping) else None
        chosen = chosen[0] if isinstance(chosen, list) and chosen else chosen
        level = chosen if chosen in LEVELS else level
        step = apply(kind, raw, {"type": "show"})
    elif kind_of in _NOT_IN_TRAINING or (
        kind_of == "continue" and before is not None and before.step == OUTCOME
    ):
        step = apply(kind, raw, {"type": "show"})
        step = Step(step.session, step.replayed, keep_view=True)
    elif kind_of == "make_attempt":
        step = apply(kind, raw, {"type": "show"})
        made_at = event.get("now")
        if step.session.step == OUTCOME and step.replayed.done and isinstance(made_at, str):
            attempt = make_attempt(scenario, exercise, level, step.replayed, made_at)
            download = {
                "filename": attempt_filename(scenario, made_at),
                "text": attempt_text(attempt),
                "case_notes": "",
                "said": "Your attempt is saved to your downloads as",
                "print": None,  # not a record: the page prints as it is (record.css)
            }
            downloaded = plain(step.replayed.answers)
            step = Step(step.session, step.replayed, keep_view=True)
        else:
            step = Step(
                step.session,
                step.replayed,
                notice="The attempt could not be made: finish the questions first.",
                keep_view=True,
            )
    else:
        step = apply(kind, raw, event, kinds={kind.id: kind})
    session = step.session
    extras = None if step.keep_view else _extras(kind, step, exercise, level, base)
    answers = plain(session.answers)
    return {
        "state": {"session": session.to_json(), "level": level, "downloaded": downloaded},
        "step": step_id(session),
        "html": None if extras is None else render_step(kind, step, base, extras),
        "notice": render_notice(step),
        "unsaved": bool(answers) and answers != downloaded,
        "download": download,
        "save": download is not None,
    }


def _opened(raw: object) -> list[dict]:
    """The attempts the page holds, as it sent them back: name and text of each."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("files"), list):
        return []
    return [
        {"name": f["name"], "text": f["text"]}
        for f in raw["files"][:MAX_ATTEMPTS]
        if isinstance(f, Mapping)
        and isinstance(f.get("name"), str)
        and isinstance(f.get("text"), str)
    ]


def respond_group(request: Mapping) -> dict:
    """The group page's event: open attempt files (adding to those open), or close them all.
    The page holds the files that opened (name and text); each event checks them again."""
    event = request.get("event") if isinstance(request.get("event"), Mapping) else {}
    files = _opened(request.get("state"))
    problems: list[str] = []
    if event.get("type") == "clear_attempts":
        files = []
    elif event.get("type") == "open_attempts":
        new = event.get("files") if isinstance(event.get("files"), list) else []
        room = max(0, MAX_ATTEMPTS - len(files))
        if len(new) > room:
            problems.append(
                f"At most {MAX_ATTEMPTS} attempts open at once: {len(new) - room} "
                "files were left unopened."
            )
        for item in new[:room]:
            if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
                continue
            opened = open_attempt(
                item["name"], item.get("text"), too_large=item.get("too_large") is True
            )
            if opened.ok:
                files = [f for f in files if f["name"] != item["name"]]
                files.append({"name": item["name"], "text": item["text"]})
            else:
                problems.append(opened.problem)
    opened = [open_attempt(f["name"], f["text"]) for f in files]
    html = (
        '<div class="fss-step" data-fss-step="attempts">'
        f"{group_view(tally(opened), problems, [f['name'] for f in files])}</div>"
        f"{group_footer()}"
    )
    return {
        "state": {"files": files},
        "step": "attempts",
        "html": html,
        "notice": "",
        "unsaved": False,
        "download": None,
    }


def group_initial_html() -> str:
    """The group page before Python has loaded (built into the page)."""
    return (
        '<div class="fss-step" data-fss-step="attempts">'
        f"{group_view((), (), ())}</div>{group_footer()}"
    )
