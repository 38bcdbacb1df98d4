"""The training pages (issue 20) as HTML: the facilitator page and its printable pack, a
trainee page's facts, a handout, a briefing sheet and the presenter view.

Everything is read from the scenario library (``fss_logic/training``) and the flows, handed
over by the caller (``tools/macros.py``): a model answer, a question's words, an outcome
are written once, there, and every page shows them from there. Like every renderer this
one only formats: it knows no tool and works nothing out.

``base`` is the relative path from the page to the site's root (``../../``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from fss_logic.facilitation import (
    BRIEFING_MINUTES,
    SESSION_MINUTES,
    SESSION_PLAN,
    Briefing,
)
from fss_logic.flow import Cite, Outcome, Question
from fss_logic.kind import ToolKind
from fss_logic.render.record import PAGE_TITLES, cite_link, e

FACILITATOR = "training/"
PACK = "training/pack/"
GROUP = "training/group/"


def exercise_url(scenario_id: str, exercise_id: str) -> str:
    """The trainee page of an exercise, from the site's root."""
    return f"training/{scenario_id}/{exercise_id}/"


def handout_url(scenario_id: str) -> str:
    return f"training/{scenario_id}/handout/"


def presenter_url(scenario_id: str) -> str:
    return f"training/{scenario_id}/present/"


def briefing_url(briefing_id: str) -> str:
    return f"training/briefings/{briefing_id}/"


def tool_url(tool: str) -> str:
    return f"tools/{tool.replace('_', '-')}/"


def paper_url(tool: str) -> str:
    return f"tools/{tool.replace('_', '-')}-paper/"


def scenario_anchor(scenario_id: str) -> str:
    return f"scenario-{scenario_id}"


def _full_load(base: str, url: str, words: str, cls: str = "") -> str:
    """A link to a presenter view. The presenter is a page template of its own, with its own
    script, so it is loaded whole: ``target="_self"`` tells the site's instant navigation
    (``fss-tool.js``) to leave the link to the browser."""
    classes = f' class="{e(cls)}"' if cls else ""
    return f'<a href="{e(base + url)}" target="_self"{classes}>{e(words)}</a>'


def _list(items: Iterable[str], tag: str = "ul", cls: str = "") -> str:
    classes = f' class="{e(cls)}"' if cls else ""
    return f"<{tag}{classes}>" + "".join(f"<li>{e(item)}</li>" for item in items) + f"</{tag}>"


def _paragraphs(items: Iterable[str]) -> str:
    return "".join(f"<p>{e(item)}</p>" for item in items)


def twist_html(exercise, cls: str = "fss-training__twist") -> str:
    """The facts told only for this exercise, after the scenario's own."""
    twist = _lines(exercise.twist)
    if not twist:
        return ""
    return (
        f'<div class="{e(cls)}"><p class="fss-training__label">For this exercise:</p>'
        f"{_paragraphs(twist)}</div>"
    )


def _lines(value: Any) -> tuple[str, ...]:
    """Words given as one string or as several."""
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _question(kind: ToolKind, question_id: str) -> Question:
    return kind.flow.question(question_id)


def _outcome_of(kind: ToolKind, outcome_id: str) -> Outcome:
    return next(o for o in kind.flow.outcomes if o.id == outcome_id)


def _cites(cites: Sequence, base: str) -> str:
    if not cites:
        return ""
    return (
        '<p class="fss-training__cites">The guide: '
        + "; ".join(cite_link(c.anchor, c.title, base) for c in cites)
        + "</p>"
    )


def _inline_cites(cites: Sequence, base: str) -> str:
    if not cites:
        return ""
    links = "; ".join(cite_link(c.anchor, c.title, base) for c in cites)
    return f' <span class="fss-training__cites">The guide: {links}.</span>'


def facts_html(scenario, exercise=None, heading: int = 2) -> str:
    """A scenario's facts, and an exercise's twist (what has changed) after them."""
    h = f"h{heading}"
    twist = twist_html(exercise) if exercise is not None else ""
    return (
        f'<{h} id="facts-{e(scenario.id)}">Facts</{h}>'
        f'<p class="fss-training__summary"><strong>{e(scenario.summary)}</strong></p>'
        f'<div class="fss-training__facts">{_paragraphs(_lines(scenario.facts))}</div>{twist}'
    )


def prompts_html(scenario, heading: int = 2) -> str:
    h = f"h{heading}"
    return (
        f'<{h} id="prompts-{e(scenario.id)}">Prompts for discussion</{h}>'
        f"{_list(_lines(scenario.prompts), 'ol', 'fss-training__prompts')}"
    )


def model_answers_html(exercise, kind: ToolKind, base: str) -> str:
    """Every model answer of an exercise: the question in the tool's words, the answer as
    the tool shows it, the reason, and the guide paragraphs it rests on."""
    items = []
    for model in exercise.answers:
        question = _question(kind, model.question)
        items.append(
            '<li class="fss-training__answer">'
            f'<p class="fss-training__question">{e(question.text)}</p>'
            f'<p><span class="fss-training__label">Model answer:</span> '
            f"<strong>{e(question.answer_text(model.answer))}</strong>. "
            f'<span class="fss-training__label">Why:</span> {e(model.reason)}'
            f"{_inline_cites(model.cites, base)}</p></li>"
        )
    return f'<ol class="fss-training__answers">{"".join(items)}</ol>'


def outcome_html(exercise, kind: ToolKind, base: str) -> str:
    outcome = _outcome_of(kind, exercise.outcome)
    record = _lines(exercise.record)
    return (
        '<div class="fss-training__outcome">'
        f'<p><span class="fss-training__label">The tool indicates:</span> '
        f"<strong>{e(outcome.heading)}</strong></p><p>{e(outcome.summary)}</p>"
        f"{_cites(outcome.cites, base)}</div>"
        + (
            '<p class="fss-training__label">What to record</p>'
            + _list(record, cls="fss-training__record")
            if record
            else ""
        )
    )


def _exercise_section(
    scenario, exercise, kinds: Mapping[str, ToolKind], base: str, links: bool
) -> str:
    kind = kinds[exercise.tool]
    anchor = f"{scenario.id}-{exercise.id}"
    twist = twist_html(exercise)
    trainee = (
        f'<p class="fss-no-print"><a href="{e(base + exercise_url(scenario.id, exercise.id))}">'
        f"Trainee page for this exercise</a> (the facts beside the {e(kind.flow.title)} tool)</p>"
        if links
        else ""
    )
    return (
        f'<section class="fss-training__exercise" aria-labelledby="{e(anchor)}">'
        f'<h3 id="{e(anchor)}">{e(exercise.title)} <span class="fss-caption">'
        f"({e(kind.flow.title)})</span></h3>{trainee}{twist}"
        f"{model_answers_html(exercise, kind, base)}{outcome_html(exercise, kind, base)}</section>"
    )


def scenario_section(scenario, kinds: Mapping[str, ToolKind], base: str, links: bool = True) -> str:
    """A scenario for the facilitator: facts, prompts, each exercise's model answers, the
    outcome and what to record. With ``links``, the links to its trainee pages, handout
    and presenter view (the facilitator page; the printed pack has none)."""
    anchor = scenario_anchor(scenario.id)
    views = ""
    if links:
        views = (
            '<ul class="fss-training__views fss-no-print">'
            f"<li>{_full_load(base, presenter_url(scenario.id), 'Presenter view (projector)')}</li>"
            f'<li><a href="{e(base + handout_url(scenario.id))}">Handout (facts and prompts, '
            "no answers)</a></li></ul>"
        )
    exercises = "".join(
        _exercise_section(scenario, x, kinds, base, links) for x in scenario.exercises
    )
    return (
        f'<section class="fss-training__scenario" aria-labelledby="{e(anchor)}">'
        f'<h2 id="{e(anchor)}">{e(scenario.title)}</h2>{views}'
        f"{facts_html(scenario, heading=3)}{prompts_html(scenario, heading=3)}"
        f'<h3 id="{e(anchor)}-exercises">Exercises and model answers</h3>{exercises}</section>'
    )


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def session_plan_html(scenarios: Sequence) -> str:
    """The 90-minute session: each part with its times, who works, and what happens (a
    list, not a table, so that it reads on a phone as well as on paper)."""
    items, start = [], 0
    for activity in SESSION_PLAN:
        end = start + activity.minutes
        kind = " fss-training__part--groups" if activity.group_work else ""
        items.append(
            f'<li class="fss-training__part{kind}">'
            f'<p class="fss-training__when"><strong>{_clock(start)} to {_clock(end)}</strong> '
            f"({activity.minutes} minutes) · {e(activity.grouping)}</p>"
            f"<p><strong>{e(activity.title)}.</strong> {e(activity.what)}</p></li>"
        )
        start = end
    group = sum(a.minutes for a in SESSION_PLAN if a.group_work)
    return (
        '<div class="fss-training__plan">'
        f"<p>{SESSION_MINUTES} minutes, {group} of them group work. Newcomers learn most from "
        "a worked example with feedback, then cases they work partly and then wholly "
        "themselves, then reflection; so the session moves from the facilitator's worked "
        "example to groups working on their own.</p>"
        f'<ol class="fss-training__parts">{"".join(items)}</ol>'
        f'<p class="fss-training__plan-total">Total: {start} minutes; group work '
        f"{group} minutes; the whole group together {start - group} minutes.</p></div>"
    )


def _briefing_links(briefings: Sequence[Briefing], base: str) -> str:
    return (
        '<ul class="fss-training__briefings">'
        + "".join(
            f'<li><a href="{e(base + briefing_url(b.id))}">{e(b.title)}</a></li>' for b in briefings
        )
        + "</ul>"
    )


def facilitator_html(
    scenarios: Sequence, kinds: Mapping[str, ToolKind], briefings: Sequence[Briefing], base: str
) -> str:
    """The facilitator page: how to run the session, then every scenario in full."""
    first = scenarios[0] if scenarios else None
    worked = (
        "<li>For the worked example, put the "
        f"{_full_load(base, presenter_url(first.id), 'presenter view of ' + first.title)} "
        "on the projector.</li>"
        if first
        else ""
    )
    contents = "".join(
        f'<li><a href="#{e(scenario_anchor(s.id))}">{e(s.title)}</a></li>' for s in scenarios
    )
    return (
        '<div class="fss-training">'
        "<p>For facilitators of induction sessions on information sharing: new social "
        "workers, police and probation officers, health visitors and school staff. The "
        "sessions are participatory: most of the time is spent in small groups working "
        "cases with the site's own decision tools.</p>"
        f'<p class="fss-no-print"><a href="{e(base + PACK)}">'
        "The facilitator pack, for printing</a> "
        "(this page without the links, each scenario on a new sheet).</p>"
        '<h2 id="running-a-session">Running a session</h2>'
        '<h3 id="before-the-session">Before the session</h3><ul>'
        "<li>Print a handout of each scenario for every group, and the pack for yourself.</li>"
        f"{worked}"
        "<li>Each group needs one laptop or tablet on this site: the trainee page of each "
        "exercise puts the facts beside the real tool.</li>"
        "<li>Groups of three to five, each with people from different agencies.</li>"
        "<li>For the comparison, each group downloads its attempt from the trainee page; "
        f'<a href="{e(base + GROUP)}">Compare a group\'s attempts</a> opens them together, '
        "question by question.</li></ul>"
        '<h3 id="session-plan">The 90-minute session</h3>'
        f"{session_plan_html(scenarios)}"
        '<h3 id="presenter-keys">The presenter view</h3>'
        "<p>One slide at a time, in large type: the facts, then each question in the tool's "
        "own words. <kbd>→</kbd>, <kbd>Page Down</kbd> or <kbd>Space</kbd> goes on; "
        "<kbd>←</kbd> or <kbd>Page Up</kbd> goes back; <kbd>A</kbd> (or the button) shows "
        "the model answer and its reason. Nothing is kept: reloading starts again.</p>"
        '<h3 id="briefing-sheets">Seven-minute briefings</h3>'
        f"<p>For team meetings after the session: one sheet each, about {BRIEFING_MINUTES} "
        "minutes to read and discuss.</p>"
        f"{_briefing_links(briefings, base)}"
        '<h2 id="scenarios">Scenarios</h2>'
        f'<nav aria-labelledby="scenarios"><ol>{contents}</ol></nav>'
        + "".join(scenario_section(s, kinds, base) for s in scenarios)
        + "</div>"
    )


def pack_html(
    scenarios: Sequence, kinds: Mapping[str, ToolKind], briefings: Sequence[Briefing], base: str
) -> str:
    """The facilitator pack for printing: the plan, then each scenario on a new sheet."""
    contents = "".join(f"<li>{e(s.title)}</li>" for s in scenarios)
    return (
        '<div class="fss-training fss-training--pack">'
        '<p class="fss-no-print"><a href="../">Back to the facilitator page</a>. Print this '
        "page (Ctrl+P): each scenario starts a new sheet.</p>"
        '<h2 id="pack-session-plan">The 90-minute session</h2>'
        f"{session_plan_html(scenarios)}"
        '<h2 id="pack-scenarios">Scenarios in this pack</h2>'
        f"<ol>{contents}</ol>"
        '<h2 id="pack-briefings">Seven-minute briefings</h2>'
        "<p>Printed separately, one for each of: "
        + "; ".join(e(b.title) for b in briefings)
        + ".</p>"
        + "".join(scenario_section(s, kinds, base, links=False) for s in scenarios)
        + "</div>"
    )


def exercise_aside_html(scenario, exercise, kinds: Mapping[str, ToolKind], base: str) -> str:
    """A trainee page's facts (and the twist) and its prompts, collapsed: beside the real
    tool on a wide screen, above it on a narrow one (``fss.css``). The tool follows it on
    the page (``decision_tool`` with ``training=``); trainee mode inside it is the tool's."""
    kind = kinds[exercise.tool]
    return (
        f'<aside class="fss-training__aside" aria-labelledby="facts-{e(scenario.id)}">'
        f"{facts_html(scenario, exercise)}"
        '<details class="fss-training__prompts-box">'
        "<summary>Prompts for discussion</summary>"
        f"{_list(_lines(scenario.prompts), 'ol', 'fss-training__prompts')}</details>"
        f'<p class="fss-training__more">Work it through in the {e(kind.flow.title)} tool. '
        f'<a href="{e(base + handout_url(scenario.id))}">Handout</a> · '
        f'<a href="{e(base + FACILITATOR)}">Training</a></p></aside>'
    )


def handout_html(scenario, kinds: Mapping[str, ToolKind], base: str) -> str:
    """A handout for a scenario: its facts and prompts, what each exercise asks, and room
    to write. No model answer, reason or outcome (a test holds it to that)."""
    tasks = []
    for exercise in scenario.exercises:
        kind = kinds[exercise.tool]
        twist = twist_html(exercise)
        tasks.append(
            f"<li><p><strong>{e(exercise.title)}</strong>: work it through with the "
            f"{e(kind.flow.title)} tool (online, or its paper version), then agree what you "
            f"would record.</p>{twist}</li>"
        )
    return (
        '<div class="fss-training fss-training--handout">'
        f"{facts_html(scenario)}{prompts_html(scenario)}"
        '<h2 id="your-task">Your task</h2>'
        f'<ol class="fss-training__tasks">{"".join(tasks)}</ol>'
        '<h2 id="your-notes">Your notes</h2>'
        '<div class="fss-paper__write-in fss-training__notes" aria-hidden="true"></div>'
        f'<p class="fss-no-print"><a href="{e(base + FACILITATOR)}">Training</a></p></div>'
    )


def _note_link(note, base: str) -> str:
    return (
        f'<li><a href="{e(base + Cite(note.anchor, note.title).url)}">Legislation update: '
        f"{e(note.title)}</a> (on the page {e(PAGE_TITLES[note.page])})</li>"
    )


def _quotes(briefing: Briefing, base: str) -> str:
    """The quotations, those from one paragraph of the guide together, each group with it."""
    groups: list[list] = []
    for quote in briefing.quotes:
        if groups and groups[-1][0].cite == quote.cite:
            groups[-1].append(quote)
        else:
            groups.append([quote])
    return "".join(
        '<figure class="fss-briefing__quote"><blockquote>'
        + "".join(f"<p>{e(q.text)}</p>" for q in group)
        + f"</blockquote><figcaption>The guide: "
        f"{cite_link(group[0].cite.anchor, group[0].cite.title, base)}</figcaption></figure>"
        for group in groups
    )


def briefing_html(
    briefing: Briefing, kinds: Mapping[str, ToolKind], case, answers: Sequence, base: str
) -> str:
    """A seven-minute briefing sheet. ``case`` is ``(scenario, exercise)`` or None;
    ``answers`` the exercise's model answers the case turns on."""
    quotes = _quotes(briefing, base)
    asked = "".join(
        f'<li>{e(_question(kinds[tool], qid).text)} <span class="fss-briefing__tool">'
        f'(<a href="{e(base + tool_url(tool))}">{e(kinds[tool].flow.title)}</a>)</span></li>'
        for tool, qid in briefing.questions
    )
    case_html = ""
    if case is not None:
        scenario, exercise = case
        kind = kinds[exercise.tool]
        outcome = _outcome_of(kind, exercise.outcome)
        case_html = (
            '<h2 id="a-case">A case</h2>'
            f"<p><strong>{e(scenario.title)}.</strong> {e(scenario.summary)}</p>"
            f"{_paragraphs(_lines(scenario.facts))}{twist_html(exercise)}"
            + "".join(
                f"<p><strong>{e(_question(kind, m.question).text)}</strong> The model answer: "
                f"{e(_question(kind, m.question).answer_text(m.answer))}. {e(m.reason)}</p>"
                for m in answers
            )
            + f"<p>Worked through the {e(kind.flow.title)} tool, the model answers end at "
            f"<strong>{e(outcome.heading)}</strong>.</p>" + '<p class="fss-no-print">'
            f'<a href="{e(base + exercise_url(scenario.id, exercise.id))}">'
            "Work the case in the tool</a></p>"
        )
    notes = ""
    if briefing.notes:
        notes = (
            '<div class="admonition legislation fss-briefing__law">'
            '<p class="admonition-title">The law since the guide was agreed '
            '<span class="fss-legislation__editorial">(editorial note, not part of the agreed '
            "text)</span></p><p>The site's Legislation update notes beside these passages say "
            "what has changed:</p><ul>"
            + "".join(_note_link(n, base) for n in briefing.notes)
            + "</ul></div>"
        )
    return (
        '<div class="fss-training fss-briefing">'
        f'<p class="fss-briefing__intro">A briefing for a team meeting: about {BRIEFING_MINUTES} '
        "minutes. Read the guide's words, look at what the tool asks and at the case, then "
        "talk through the three questions. The quotations are the agreed text; the rest of "
        "this sheet is editorial, not part of the agreed text.</p>"
        f'<h2 id="what-the-guide-says">What the guide says</h2>{quotes}'
        f'<h2 id="what-the-tool-asks">What the tool asks</h2><ul>{asked}</ul>'
        f"{case_html}"
        '<h2 id="for-the-team">Three questions for the team</h2>'
        f"{_list(briefing.team_questions, 'ol')}{notes}"
        f'<p class="fss-no-print"><a href="{e(base + FACILITATOR)}">Training</a></p></div>'
    )


def _slide(number: int, heading: str, body: str, answer: str = "") -> str:
    sid = f"slide-{number}"
    reveal = ""
    if answer:
        reveal = (
            f'<button type="button" class="md-button md-button--primary fss-present__reveal" '
            f'data-fss-reveal aria-expanded="true" aria-controls="{sid}-answer" hidden>'
            "Show the model answer <kbd>A</kbd></button>"
            f'<div class="fss-present__answer" id="{sid}-answer" data-fss-answer>{answer}</div>'
        )
    return (
        f'<section class="fss-present__slide" id="{sid}" tabindex="-1" '
        f'aria-labelledby="{sid}-heading" data-fss-slide>'
        f'<h2 id="{sid}-heading">{heading}</h2>{body}{reveal}</section>'
    )


def presenter_html(scenario, kinds: Mapping[str, ToolKind], base: str) -> str:
    """The presenter view: slides in order (the facts, then each question of each exercise
    in the tool's words, its model answer and reason ready to show, then the outcome and the
    prompts). Without a script it reads as one page; ``fss-present.js`` shows one slide
    at a time."""
    slides = [
        (e(scenario.title), f'<p class="fss-present__lead">{e(scenario.summary)}</p>', ""),
        ("Facts", _paragraphs(_lines(scenario.facts)), ""),
    ]
    for exercise in scenario.exercises:
        kind = kinds[exercise.tool]
        intro = (
            f"{twist_html(exercise)}<p>Work it through as the {e(kind.flow.title)} tool "
            "asks: one question at a time.</p>"
        )
        slides.append((e(exercise.title), intro, ""))
        for model in exercise.answers:
            question = _question(kind, model.question)
            options = ""
            if question.options:
                options = _list((o.label for o in question.options), cls="fss-present__options")
            answer = (
                f'<p><span class="fss-training__label">Model answer:</span> '
                f"<strong>{e(question.answer_text(model.answer))}</strong></p>"
                f'<p><span class="fss-training__label">Why:</span> {e(model.reason)}</p>'
                f"{_cites(model.cites, base)}"
            )
            slides.append((e(question.text), options, answer))
        outcome = _outcome_of(kind, exercise.outcome)
        record = _lines(exercise.record)
        slides.append(
            (
                "What does the tool indicate?",
                "<p>And what would you record?</p>",
                f"<p><strong>{e(outcome.heading)}</strong></p><p>{e(outcome.summary)}</p>"
                + (
                    '<p class="fss-training__label">What to record</p>' + _list(record)
                    if record
                    else ""
                ),
            )
        )
    slides.append(("Prompts for discussion", _list(_lines(scenario.prompts), "ol"), ""))
    sections = "".join(_slide(n, h, b, a) for n, (h, b, a) in enumerate(slides, 1))
    return (
        '<div class="fss-present" data-fss-present>'
        '<div class="fss-present__bar">'
        '<p class="fss-present__back">'
        f'<a href="{e(base + FACILITATOR)}#{e(scenario_anchor(scenario.id))}" '
        'target="_self">Leave the presenter view</a></p>'
        '<p class="fss-present__keys" id="fss-present-keys">Keys: <kbd>→</kbd> or '
        "<kbd>Page Down</kbd> or <kbd>Space</kbd> next, <kbd>←</kbd> or <kbd>Page Up</kbd> "
        "back, <kbd>A</kbd> the model answer.</p>"
        '<p class="fss-present__status" role="status" aria-live="polite" '
        "data-fss-present-status></p>"
        '<p class="fss-present__controls" hidden data-fss-present-controls>'
        '<button type="button" class="md-button" data-fss-present-go="previous">Previous</button> '
        '<button type="button" class="md-button" data-fss-present-go="next">Next</button></p>'
        "</div>"
        f'<div class="fss-present__slides" aria-describedby="fss-present-keys">{sections}</div>'
        "</div>"
    )
