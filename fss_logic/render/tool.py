"""The steps of a decision tool as HTML: question, check your answers, outcome, record form
and record. The browser puts this HTML in the page as it is and adds no words of its own.
Everything here formats a ``Step`` the session has worked out (its path, and the ``View``
of the step shown): nothing here replays the answers or calls a tool's rules.

Conventions from GOV.UK smart answers: one question at a time in a fieldset with a
legend; Back; an error summary that names each problem; "Check your answers" with a
Change button for each; Start again. Buttons carry ``data-fss-event`` for the page's
script; nothing here is an inline script or style, and nothing links to a URL fragment
that would change the address bar. Every piece of text is escaped with ``e``.
"""

from __future__ import annotations

from collections.abc import Mapping

from fss_logic.flow import ONE, TEXT, Finding, Flow, Question
from fss_logic.kind import ToolKind
from fss_logic.progress import Progress
from fss_logic.values import field, replace, value
from fss_logic.record_form import (
    DATE,
    DATETIME,
    RADIOS,
    SELECT,
    TEXTAREA,
    Field,
    When,
    form_fields,
)
from fss_logic.render.record import (
    by_part,
    cite_link,
    e,
    findings_list,
    human_date,
    render_record_html,
)
from fss_logic.render.text import render_case_notes
from fss_logic.session import CHECK, FORM, OUTCOME, QUESTION, RECORD, SoFar, Step, step_id

AUTOFOCUS = 'tabindex="-1" data-fss-autofocus'


@value
class Extras:
    """What a page adds to the tool's steps, as HTML (a training page: see
    ``fss_logic/training/page.py``): beside a question, by its id (the model answer);
    on the outcome page, what follows the guide's references instead of "Record your
    decision" (the comparison with the model); the footer's own control instead of "Open
    a saved record" (the level of help)."""

    beside: Mapping[str, str] = field(default_factory=dict)
    after_outcome: str | None = None
    footer: str | None = None


NO_EXTRAS = Extras()
# The question's heading; "elementtiming" lets make bench see when the first one is painted.
QUESTION_HEADING = '<h2 class="fss-question-heading" elementtiming="fss-question"'


def _button(
    label: str, event: str, *, primary: bool = False, extra: str = "", hidden: str = ""
) -> str:
    kind = "md-button md-button--primary" if primary else "md-button"
    hidden_text = f'<span class="fss-visually-hidden">{e(hidden)}</span>' if hidden else ""
    return (
        f'<button type="button" class="{kind}" data-fss-event="{e(event)}"{extra}>'
        f"{e(label)}{hidden_text}</button>"
    )


def _back() -> str:
    return (
        '<p class="fss-back"><button type="button" class="fss-link-button" '
        'data-fss-event="back">Back</button></p>'
    )


def _error_summary(errors: Mapping[str, str], targets: Mapping[str, str]) -> str:
    if not errors:
        return ""
    items = "".join(
        f'<li><a href="#{e(target)}" data-fss-focus="{e(target)}">{e(message)}</a></li>'
        for target, message in ((targets.get(n, n), m) for n, m in errors.items())
    )
    return (
        '<div class="fss-error-summary" role="alert" aria-labelledby="fss-error-summary-title" '
        f'{AUTOFOCUS}><h2 class="fss-error-summary__title" id="fss-error-summary-title">'
        f'There is a problem</h2><ul class="fss-error-summary__list">{items}</ul></div>'
    )


def render_notice(step: Step) -> str:
    """What the page shows above the step, outside it: a notice, or the question whether
    an opened record may replace what is on the page. Empty when there is nothing to say."""
    if step.ask_to_open:
        return (
            '<div class="fss-notice fss-notice--warning" role="alert" '
            f'aria-labelledby="fss-ask-to-open" {AUTOFOCUS}>'
            '<h2 class="fss-notice__title" id="fss-ask-to-open">Replace your answers with the '
            "saved record?</h2><p>The record checks out and can be opened. Opening it replaces "
            "your answers and anything you have typed on this page, which have not been saved "
            "as a record.</p>"
            '<div class="fss-actions">'
            f"{_button('Open the record', 'open_confirmed', primary=True)}"
            f"{_button('Keep my answers', 'open_cancelled')}</div></div>"
        )
    if step.ask_to_start_again:
        return (
            '<div class="fss-notice fss-notice--warning" role="alert" '
            f'aria-labelledby="fss-ask-to-start-again" {AUTOFOCUS}>'
            '<h2 class="fss-notice__title" id="fss-ask-to-start-again">Clear all your answers '
            "and start again?</h2><p>This clears every answer you have given in this tool, and "
            "anything you have typed on this page. You can bring your answers back while this tab "
            "is open.</p>"
            '<div class="fss-actions">'
            f"{_button('Clear my answers', 'start_again_confirmed', primary=True)}"
            f"{_button('Keep my answers', 'start_again_cancelled')}</div></div>"
        )
    if step.cleared:
        return (
            f'<div class="fss-notice fss-notice--warning" role="status" {AUTOFOCUS}>'
            "<p>Your answers were cleared.</p>"
            f'<div class="fss-actions">{_button("Undo", "undo_start_again")}</div></div>'
        )
    if step.undone:
        return (
            f'<div class="fss-notice fss-notice--warning" role="status" {AUTOFOCUS}>'
            "<p>Your answers are back, as they were.</p></div>"
        )
    if not step.notice:
        return ""
    return (
        f'<div class="fss-notice fss-notice--error" role="alert" {AUTOFOCUS}>'
        f"<p>{e(step.notice)}</p></div>"
    )


def _field_parts(field_id: str, hint: str, error: str) -> tuple[str, str, str, str]:
    """A field's hint, error message, aria-describedby and wrapper class, GOV.UK-style."""
    hint_html = f'<div class="fss-hint" id="{e(field_id)}-hint">{e(hint)}</div>' if hint else ""
    error_html = (
        f'<p class="fss-error-message" id="{e(field_id)}-error">'
        f'<span class="fss-visually-hidden">Error: </span>{e(error)}</p>'
        if error
        else ""
    )
    ids = ([f"{field_id}-hint"] if hint else []) + ([f"{field_id}-error"] if error else [])
    described = f' aria-describedby="{e(" ".join(ids))}"' if ids else ""
    group = "fss-field fss-field--error" if error else "fss-field"
    return hint_html, error_html, described, group


def _invalid(error: str) -> str:
    """A control in error says so to assistive technology, as its message says it on screen.
    (Radio buttons and checkboxes carry it on their group's message instead: a fieldset
    cannot take aria-invalid.)"""
    return ' aria-invalid="true"' if error else ""


def _choices(name: str, field_id: str, kind: str, options, chosen: set[str]) -> str:
    input_type = "radio" if kind == ONE else "checkbox"
    items = []
    for option in options:
        option_id = f"{field_id}-{option.value}"
        hint = (
            (
                f'<div class="fss-hint fss-choice__hint" id="{e(option_id)}-hint">'
                f"{e(option.hint)}</div>"
            )
            if option.hint
            else ""
        )
        described = f' aria-describedby="{e(option_id)}-hint"' if option.hint else ""
        checked = " checked" if option.value in chosen else ""
        items.append(
            f'<div class="fss-choice"><input class="fss-choice__input" type="{input_type}" '
            f'id="{e(option_id)}" name="{e(name)}" value="{e(option.value)}"{checked}{described}>'
            f'<label class="fss-choice__label" for="{e(option_id)}">{e(option.label)}</label>'
            f"{hint}</div>"
        )
    return f'<div class="fss-choices fss-choices--{input_type}">{"".join(items)}</div>'


def _guide_links(question: Question, base: str) -> str:
    if not question.cites:
        return ""
    links = "".join(f"<li>{cite_link(c.anchor, c.title, base)}</li>" for c in question.cites)
    return f'<div class="fss-guide-links"><p>In the guide:</p><ul>{links}</ul></div>'


def _progress_line(found: Progress) -> str:
    """The step's number, and roughly how many are left (``fss_logic/progress.py``)."""
    if found.most == 0:
        left = "This is the last question. Then check your answers."
    elif found.typical == 0:
        left = "This may be the last step. Then check your answers."
    else:
        left = f"About {found.typical} more {_steps(found.typical)}, then check your answers."
    return (
        f'<p class="fss-progress"><span class="fss-progress__step">Step {found.number}.'
        f"</span> <span>{e(left)}</span></p>"
    )


def _steps(count: int) -> str:
    return "step" if count == 1 else "steps"


def _first_input(question: Question) -> str:
    field_id = f"fss-q-{question.id}"
    return (
        f"{field_id}-input" if question.kind == TEXT else f"{field_id}-{question.options[0].value}"
    )


def _question_body(question: Question, answer: object, error: str, name: str, alone: bool) -> str:
    """One question's control: a fieldset and legend for options, a label for text. Alone on
    its step, the question is the step's heading; on a page, the page has the heading."""
    field_id = f"fss-q-{question.id}"
    hint, error_html, described, group = _field_parts(field_id, question.hint, error)
    if alone:
        where = f"{question.part}: {question.section}" if question.part else question.section
        caption = f'<span class="fss-caption">{e(where)}</span>'
        opening = f"{caption}{QUESTION_HEADING} {AUTOFOCUS if not error else ''}>"
        closing = "</h2>"
    else:
        opening, closing = '<span class="fss-page__question">', "</span>"
    if question.kind == TEXT:
        value = answer if isinstance(answer, str) else ""
        return (
            f'<div class="{group}">{opening}'
            f'<label for="{e(field_id)}-input">{e(question.text)}</label>{closing}'
            f"{hint}{error_html}"
            f'<textarea class="fss-textarea" id="{e(field_id)}-input" name="{e(name)}" rows="5" '
            f'spellcheck="true"{described}{_invalid(error)}>{e(value)}</textarea></div>'
        )
    chosen = {answer} if isinstance(answer, str) else set(answer or ())
    return (
        f'<div class="{group}"><fieldset class="fss-fieldset"{described}>'
        f'<legend class="fss-fieldset__legend">{opening}'
        f"{e(question.text)}{closing}</legend>{hint}{error_html}"
        f"{_choices(name, field_id, question.kind, question.options, chosen)}"
        "</fieldset></div>"
    )


def render_question(
    flow: Flow,
    questions: tuple[Question, ...],
    answers: Mapping[str, object],
    errors: Mapping[str, str],
    base: str,
    can_go_back: bool,
    so_far: str = "",
    progress_line: str = "",
    beside: Mapping[str, str] | None = None,
) -> str:
    """The step's form: one question, or the questions shown on its page, each with its
    answer (``answers``) and any error; ``so_far`` is what the tool already indicates."""
    first = questions[0]
    page = first.page
    parts = [
        _back() if can_go_back else "",
        _error_summary(
            {q.id: errors[q.id] for q in questions if q.id in errors},
            {q.id: _first_input(q) for q in questions},
        ),
        so_far,
        progress_line,
    ]
    if page is None:
        body = _question_body(
            first, answers.get(first.id), errors.get(first.id, ""), "answer", True
        ) + (beside or {}).get(first.id, "")
        links = _guide_links(first, base)
    else:
        where = f"{first.part}: {first.section}" if first.part else first.section
        intro = f'<div class="fss-hint fss-page__hint">{e(page.hint)}</div>' if page.hint else ""
        body = (
            f'<span class="fss-caption">{e(where)}</span>'
            f"{QUESTION_HEADING} {AUTOFOCUS if not errors else ''}>{e(page.heading)}</h2>"
            f"{intro}"
            + "".join(
                _question_body(q, answers.get(q.id), errors.get(q.id, ""), q.id, False)
                + (beside or {}).get(q.id, "")
                for q in questions
            )
        )
        cites = tuple(dict.fromkeys(c for q in questions for c in q.cites))
        links = _guide_links(replace(first, cites=cites), base)
    parts.append(
        f'<form class="fss-form" data-fss-event="answer" data-fss-question="{e(first.id)}" '
        f"novalidate>{body}{links}"
        '<div class="fss-actions"><button type="submit" class="md-button md-button--primary">'
        "Continue</button></div></form>"
    )
    return "".join(parts)


def render_check_answers(flow: Flow, step: Step) -> str:
    """Every answer on the path, grouped by the tool each question comes from, with a
    Change button for each."""

    def row(question, answer) -> str:
        return (
            f'<div class="fss-summary__row"><dt class="fss-summary__key">'
            f'<span class="fss-record__section">{e(question.section)}</span> '
            f"{e(question.text)}</dt>"
            f'<dd class="fss-summary__value"><span class="fss-user-text">'
            f"{e(question.answer_text(answer))}</span></dd>"
            f'<dd class="fss-summary__actions"><button type="button" class="fss-link-button" '
            f'data-fss-event="change" data-fss-question="{e(question.id)}">Change'
            f'<span class="fss-visually-hidden"> your answer to: {e(question.text)}</span>'
            "</button></dd></div>"
        )

    groups = "".join(
        (f'<h3 class="fss-summary__part">{e(title)}</h3>' if title else "")
        + f'<dl class="fss-summary fss-summary--answers">{"".join(row(q, a) for q, a in rows)}</dl>'
        for title, rows in by_part(flow, step.replayed.path)
    )
    return (
        f'{_back()}<h2 class="fss-step-heading" {AUTOFOCUS}>Check your answers</h2>'
        f"{groups}"
        f'<div class="fss-actions">{_button("Continue", "continue", primary=True)}</div>'
    )


def _findings(items: tuple[Finding, ...]) -> list[dict]:
    return [
        {"text": i.text, "cite": {"anchor": i.cite.anchor, "title": i.cite.title}} for i in items
    ]


def render_outcome(kind: ToolKind, step: Step, base: str, after: str | None = None) -> str:
    view = step.view
    assert view is not None and view.indicated is not None
    outcome, tone = view.indicated, view.tone

    parts = [
        _back(),
        f'<div class="fss-outcome fss-outcome--{tone}">'
        '<p class="fss-outcome__caption">The tool indicates</p>'
        f'<h2 class="fss-outcome__heading" {AUTOFOCUS}>{e(outcome["heading"])}</h2>'
        f"<p>{e(outcome['summary'])}</p></div>",
        "<h3>Why</h3>",
        findings_list(outcome["reasons"], base),
    ]
    if view.departures:
        parts += [
            "<h3>Where your answers depart from what the tool found</h3>",
            "<p>If you rely on it, your reasons must say why. The record shows it.</p>",
            findings_list(_findings(view.departures), base),
        ]
    if outcome["cautions"]:
        parts += [f"<h3>{e(kind.cautions_heading)}</h3>", findings_list(outcome["cautions"], base)]
    parts += [
        "<h3>Read the guide</h3><ul>",
        "".join(f"<li>{cite_link(c['anchor'], c['title'], base)}</li>" for c in outcome["cites"]),
        "</ul>",
    ]
    if after is not None:
        return "".join([*parts, after])
    parts += [
        f'<p class="fss-callout">{e(kind.outcome_note)}</p>',
        f'<div class="fss-actions">'
        f"{_button('Record your decision', 'continue', primary=True)}</div>",
    ]
    return "".join(parts)


def _when(spec: Field, values: Mapping[str, str]) -> str:
    """A field asked only on a condition names it, and starts hidden unless it holds (the
    page script shows or hides it as the answer it depends on changes)."""
    if not isinstance(spec.required, When):
        return ""
    hidden = "" if spec.required.holds(values) else " hidden"
    wanted = " ".join(spec.required.values)
    return f' data-fss-when="{e(spec.required.name)}" data-fss-when-values="{e(wanted)}"{hidden}'


def _form_field(spec: Field, value: str, error: str, values: Mapping[str, str]) -> str:
    field_id = f"fss-f-{spec.name}"
    hint, error_html, described, group = _field_parts(field_id, spec.hint, error)
    when = _when(spec, values)
    if spec.kind == RADIOS:
        return (
            f'<div class="{group}"{when}><fieldset class="fss-fieldset"{described}>'
            f'<legend class="fss-fieldset__legend fss-fieldset__legend--small">{e(spec.label)}'
            f"</legend>{hint}{error_html}"
            f"{_choices(spec.name, field_id, ONE, spec.options, {value})}</fieldset></div>"
        )
    label = f'<label class="fss-label" for="{e(field_id)}">{e(spec.label)}</label>'
    if spec.kind == SELECT:
        options = '<option value="">Select one</option>' + "".join(
            f'<option value="{e(o.value)}"{" selected" if o.value == value else ""}>'
            f"{e(o.label)}</option>"
            for o in spec.options
        )
        control = (
            f'<select class="fss-select" id="{e(field_id)}" name="{e(spec.name)}"'
            f"{described}{_invalid(error)}>{options}</select>"
        )
    elif spec.kind == TEXTAREA:
        control = (
            f'<textarea class="fss-textarea" id="{e(field_id)}" name="{e(spec.name)}" '
            f'rows="4" spellcheck="true"{described}{_invalid(error)}>{e(value)}</textarea>'
        )
    else:
        # Dates are typed as text (20/11/2026), as on GOV.UK: a browser's date picker
        # follows its own locale and is hard to use by keyboard and screen reader.
        width = " fss-input--date" if spec.kind in (DATE, DATETIME) else ""
        control = (
            f'<input class="fss-input{width}" type="text" id="{e(field_id)}" '
            f'name="{e(spec.name)}" value="{e(value)}" spellcheck="false" '
            f'autocomplete="off"{described}{_invalid(error)}>'
        )
    return f'<div class="{group}"{when}>{label}{hint}{error_html}{control}</div>'


def _form_target(spec: Field) -> str:
    field_id = f"fss-f-{spec.name}"
    return f"{field_id}-{spec.options[0].value}" if spec.kind == RADIOS else field_id


def _replacing(earlier: Mapping | None) -> str:
    """On the form, where the record will correct a kept one: which, and how not to."""
    if not earlier:
        return ""
    return (
        f'<div class="fss-callout"><p>The record you make will replace '
        f"<strong>{e(earlier['reference'])}</strong>, made {human_date(earlier['created_at'])}, "
        "and say so. Keep both. For a different decision, about other people or other "
        "information, use Start again instead.</p></div>"
    )


def render_form(kind: ToolKind, step: Step) -> str:
    outcome = step.replayed.outcome
    assert outcome is not None
    values, errors = step.session.form, step.errors
    fields = form_fields(kind)
    groups: dict[str, list[str]] = {}
    shown: dict[str, bool] = {}
    for spec in fields:
        groups.setdefault(spec.group, []).append(
            _form_field(spec, values.get(spec.name, ""), errors.get(spec.name, ""), values)
        )
        holds = not isinstance(spec.required, When) or spec.required.holds(values)
        shown[spec.group] = shown.get(spec.group, False) or holds
    fieldsets = "".join(
        f'<fieldset class="fss-fieldset fss-form-group"{"" if shown[group] else " hidden"}>'
        f'<legend class="fss-fieldset__legend"><h3>{e(group)}</h3></legend>{"".join(fields)}'
        "</fieldset>"
        for group, fields in groups.items()
    )
    targets = {spec.name: _form_target(spec) for spec in fields}
    heading_focus = "" if errors else AUTOFOCUS
    return (
        f"{_back()}{_error_summary(errors, targets)}"
        f'<h2 class="fss-step-heading" {heading_focus}>Record your decision</h2>'
        f"<p>The tool indicated: <strong>{e(outcome.heading)}</strong>. Record what you have "
        "decided and why. Your answers to the questions go into the record with it.</p>"
        f"{_replacing(step.session.replaces)}"
        f'<form class="fss-form" data-fss-event="submit_record" novalidate>{fieldsets}'
        '<div class="fss-actions"><button type="submit" class="md-button md-button--primary">'
        "Make the record</button></div></form>"
    )


def render_record_step(kind: ToolKind, step: Step, base: str) -> str:
    record = step.session.record
    assert record is not None
    saved = (
        "This record has been saved as a file."
        if step.session.saved
        else "Download the record to keep it: nothing is kept in this browser."
    )
    return (
        f'<div class="fss-no-print">{_back()}'
        f'<div class="fss-outcome fss-outcome--record"><h2 class="fss-outcome__heading" '
        f"{AUTOFOCUS}>Your decision record is ready</h2><p>{e(saved)}</p></div>"
        '<div class="fss-actions">'
        f"{_button('Print record', 'print', primary=True)}"
        f"{_button('Download record', 'download', hidden=' (JSON file)')}"
        f"{_button('Copy for case notes', 'copy_notes')}"
        "</div>"
        '<details class="fss-case-notes"><summary>The summary for case notes</summary>'
        '<p class="fss-hint">Copy for case notes puts this text on the clipboard, to paste '
        "into your case management system. You can also select it here.</p>"
        f'<pre class="fss-case-notes__text" tabindex="0">{e(render_case_notes(kind, record))}</pre>'
        "</details></div>"
        f"{render_record_html(kind, record, base=base, level=2)}"
    )


def _footer(step: Step, own: str | None = None) -> str:
    start_again = _button("Start again", "start_again") if step.session.anything_to_lose else ""
    if step.session.cleared:
        start_again += _button("Bring back the answers you cleared", "undo_start_again")
    if own is not None:
        return f'<div class="fss-tool__footer fss-no-print">{start_again}{own}</div>'
    return (
        f'<div class="fss-tool__footer fss-no-print">{start_again}'
        '<details class="fss-open"><summary>Open a saved record</summary>'
        '<div class="fss-field"><label class="fss-label" for="fss-open-file">'
        "Choose a decision record file (.json)</label>"
        '<div class="fss-hint" id="fss-open-file-hint">It is checked before it is opened. '
        "If it would replace answers or typing you have not saved, you are asked first.</div>"
        '<input class="fss-file" type="file" id="fss-open-file" accept=".json,application/json" '
        'aria-describedby="fss-open-file-hint" data-fss-open></div></details></div>'
    )


def _indication_so_far(so_far: SoFar | None) -> str:
    """What the tool already indicates, while the questions left complete the record."""
    if so_far is None:
        return ""
    outcome, tone = so_far.outcome, so_far.tone
    if so_far.settled:
        caption, note = (
            "The tool indicates",
            "Answer the questions that follow to complete the record.",
        )
    else:
        caption = "So far, the tool indicates"
        note = (
            "Answer the questions that follow to complete the record: an answer that departs "
            "from the agreement or the law can still change this."
        )
    return (
        f'<div class="fss-outcome fss-outcome--{tone} fss-outcome--so-far">'
        f'<p class="fss-outcome__caption">{caption}</p>'
        f'<p class="fss-outcome__heading">{e(outcome.heading)}</p>'
        f"<p>{note}</p></div>"
    )


def render_step(kind: ToolKind, step: Step, base: str, extras: Extras = NO_EXTRAS) -> str:
    """The HTML for the session's step, naming the step, with the tool's footer below, and
    what the page adds to it (``extras``)."""
    flow = kind.flow
    session, view = step.session, step.view
    assert view is not None, "a step the page keeps as it is is not drawn"
    if session.step == QUESTION:
        assert view.progress is not None
        answers = {**session.answers, **step.drafts} if step.errors else session.answers
        body = render_question(
            flow,
            view.questions,
            answers,
            step.errors,
            base,
            view.can_go_back,
            _indication_so_far(view.so_far),
            _progress_line(view.progress),
            extras.beside,
        )
    elif session.step == CHECK:
        body = render_check_answers(flow, step)
    elif session.step == OUTCOME:
        body = render_outcome(kind, step, base, extras.after_outcome)
    elif session.step == FORM:
        body = render_form(kind, step)
    elif session.step == RECORD:
        body = render_record_step(kind, step, base)
    else:
        raise ValueError(f"unknown step {session.step!r}")
    shown = e(step_id(session))
    footer = _footer(step, extras.footer)
    return f'<div class="fss-step" data-fss-step="{shown}">{body}</div>{footer}'
