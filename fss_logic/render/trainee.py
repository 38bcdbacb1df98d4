"""What a training page adds to a decision tool, as HTML: the model answer beside a question
(at the level of help the trainee chose), the comparison with the model once the trainee
reaches an outcome, the footer's choice of level, and a trainer's view of a group's
attempts. Everything here formats values worked out in ``fss_logic/training``; every piece
of text is escaped with ``e``, a trainee's free text included.
"""

from __future__ import annotations

from collections.abc import Sequence

from fss_logic.flow import Cite
from fss_logic.render.record import cite_link, e

LEVEL_WORDS = {
    "worked": "Worked: every model answer shown, with its reason",
    "partly_worked": "Partly worked: the first answers shown",
    "unaided": "Unaided: no model answers until the end",
}
TRAINING_MARKING = "TRAINING: NOT A DECISION RECORD"


def _cites(cites: Sequence[Cite], base: str | None) -> str:
    if not cites:
        return ""
    links = "; ".join(cite_link(c.anchor, c.title, base) for c in cites)
    return f'<p class="fss-model__cites">The guide: {links}</p>'


def model_beside(answer_text: str, reason: str, cites: Sequence[Cite], base: str | None) -> str:
    """The model answer shown beside a question, at a worked or partly worked level."""
    return (
        '<div class="fss-model" role="note" aria-label="Model answer">'
        '<p class="fss-model__caption">Model answer</p>'
        f'<p class="fss-model__answer">{e(answer_text)}</p>'
        f'<p class="fss-model__reason">{e(reason)}</p>{_cites(cites, base)}</div>'
    )


def level_form(level: str) -> str:
    """The footer's choice of how much of the model answer to show."""
    options = "".join(
        f'<option value="{e(value)}"{" selected" if value == level else ""}>{e(words)}</option>'
        for value, words in LEVEL_WORDS.items()
    )
    return (
        '<form class="fss-level" data-fss-event="training_level" novalidate>'
        '<div class="fss-field"><label class="fss-label" for="fss-training-level">'
        "Help from the model answers</label>"
        f'<select class="fss-select" id="fss-training-level" name="level">{options}</select>'
        "</div>"
        '<button type="submit" class="md-button">Show this help</button></form>'
    )


def _agreement(agrees: bool | None, answered: bool) -> str:
    """How an answer that is not simply the model's stands beside it."""
    if not answered:
        return '<p class="fss-compare__mark">Not on your path: your answers went another way.</p>'
    if agrees is None:
        return '<p class="fss-compare__mark">Written answer: compare it with the model.</p>'
    return '<p class="fss-compare__mark fss-compare__mark--differs">Differs from the model</p>'


def _row(row, base: str | None) -> str:
    """One answer beside the model's. Where they agree it is one line, its reason to open
    on request, so that the answers that differ stand out in a long comparison."""
    why = (
        f'<p class="fss-compare__reason"><span class="fss-compare__why">Why: </span>'
        f"{e(row.reason)}</p>{_cites(row.cites, base)}"
    )
    if row.agrees:
        return (
            '<li class="fss-compare__row fss-compare__row--same"><details>'
            f'<summary><span class="fss-compare__question">{e(row.words)}</span> '
            f'<span class="fss-compare__mark fss-compare__mark--same">'
            f"{e(row.model)}: same as the model</span></summary>{why}</details></li>"
        )
    trainee = row.trainee if row.trainee is not None else "Not answered on your path"
    return (
        '<li class="fss-compare__row">'
        f'<p class="fss-compare__question">{e(row.words)}</p>'
        '<dl class="fss-compare__answers">'
        f'<div><dt>Your answer</dt><dd class="fss-user-text">{e(trainee)}</dd></div>'
        f"<div><dt>Model answer</dt><dd>{e(row.model)}</dd></div></dl>"
        f"{_agreement(row.agrees, row.trainee is not None)}{why}</li>"
    )


def comparison(compared, record: Sequence[str], base: str | None) -> str:
    """The trainee's answers against the model's, answer by answer, and the indication each
    reached; then what the model records, and the attempt to download or print."""
    differs = [row for row in compared.rows if row.agrees is False]
    same_outcome = compared.reached == compared.model_outcome
    reached = compared.reached_heading or "No outcome yet"
    summary = (
        f"You reached the model's outcome: {compared.model_heading}."
        if same_outcome
        else f"You reached “{reached}”; the model reaches “{compared.model_heading}”."
    )
    counted = (
        "Every answer you chose is the model's: open one to see why."
        if not differs
        else f"{len(differs)} of your answers {'differs' if len(differs) == 1 else 'differ'} "
        "from the model's: they are marked “Differs from the model” below. The answers you "
        "share with the model are one line each: open one to see why."
    )
    extra = ""
    if compared.extra:
        extra = (
            "<h4>Questions you answered that the model's path does not ask</h4>"
            '<ul class="fss-compare__extra">'
            + "".join(
                f"<li>{e(row.words)} <span class='fss-user-text'>{e(row.trainee or '')}</span></li>"
                for row in compared.extra
            )
            + "</ul>"
        )
    to_record = "".join(f"<li>{e(line)}</li>" for line in record)
    return (
        '<section class="fss-compare" aria-labelledby="fss-compare-heading">'
        '<h3 id="fss-compare-heading">How your answers compare with the model</h3>'
        f'<p class="fss-compare__summary">{e(summary)} {e(counted)}</p>'
        f'<ol class="fss-compare__rows">{"".join(_row(r, base) for r in compared.rows)}</ol>'
        f"{extra}"
        "<h3>What the model records</h3>"
        f"<ul>{to_record}</ul>"
        '<p class="fss-callout">This is training: nothing here is a decision record. Download '
        "your attempt to hand to your trainer; it is marked as training, and no decision tool "
        "opens it as a record.</p>"
        '<form class="fss-actions" data-fss-event="make_attempt" novalidate>'
        '<button type="submit" class="md-button md-button--primary">Download your attempt'
        "</button>"
        '<button type="button" class="md-button" data-fss-event="print">Print</button>'
        "</form></section>"
    )


def group_view(tallies: Sequence, problems: Sequence[str], names: Sequence[str]) -> str:
    """A trainer's view of the attempts opened: per exercise, for each question, how many
    chose each answer (the model's marked), and the outcomes reached."""
    parts = []
    if problems:
        parts.append(
            '<div class="fss-notice fss-notice--error" role="alert"><p>'
            f"{len(problems)} {'file' if len(problems) == 1 else 'files'} could not be opened; "
            "the others are shown.</p><ul>"
            + "".join(f"<li>{e(p)}</li>" for p in problems)
            + "</ul></div>"
        )
    if not tallies:
        parts.append("<p>No attempts are open yet.</p>")
    for tally in tallies:
        parts.append(
            '<section class="fss-group">'
            f"<h2>{e(tally.scenario_title)}: {e(tally.exercise_title)}</h2>"
            f"<p>{len(tally.files)} {'attempt' if len(tally.files) == 1 else 'attempts'}: "
            f'<span class="fss-user-text">{e(", ".join(tally.files))}</span>.</p>'
            "<h3>Outcomes reached</h3>"
            f"{_choices(tally.outcomes)}"
            '<h3>Answer by answer</h3><ol class="fss-group__questions">'
            + "".join(
                f'<li><p class="fss-compare__question">{e(q.words)}</p>'
                f"<p>Model answer: {e(q.model)}</p>{_choices(q.choices)}</li>"
                for q in tally.questions
            )
            + "</ol></section>"
        )
    opened = f"<p>Open: {len(names)} {'file' if len(names) == 1 else 'files'}.</p>" if names else ""
    return "".join([opened, *parts])


def _choices(choices: Sequence) -> str:
    rows = "".join(
        "<li>"
        + ('<span class="fss-group__model">The model’s: </span>' if choice.model else "")
        + f'<span class="fss-user-text">{e(choice.text)}</span>: '
        + (f"{len(choice.files)} ({e(', '.join(choice.files))})" if choice.files else "none")
        + "</li>"
        for choice in choices
    )
    return f'<ul class="fss-group__choices">{rows}</ul>'


def group_footer() -> str:
    """The group page's file chooser and Clear."""
    return (
        '<div class="fss-tool__footer fss-no-print">'
        '<div class="fss-field"><label class="fss-label" for="fss-open-attempts">'
        "Choose the attempt files (.json): several at once</label>"
        '<div class="fss-hint" id="fss-open-attempts-hint">Each is checked before it is '
        "shown. Files open here stay in this tab only, until you close it.</div>"
        '<input class="fss-file" type="file" id="fss-open-attempts" multiple '
        'accept=".json,application/json" aria-describedby="fss-open-attempts-hint" '
        "data-fss-open></div>"
        '<button type="button" class="md-button" data-fss-event="clear_attempts">'
        "Close every attempt</button></div>"
    )
