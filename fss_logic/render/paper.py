"""The paper version of a decision tool, generated from the same flow as the online one.

For when the browser can't run the tool (no WebAssembly, no module workers, Python
failing to load) and for induction sessions: every question in order with its options
and where each leads, the outcomes, and the record to fill in by hand and sign.
"""

from __future__ import annotations

import re

from fss_logic.flow import MANY, ONE, Flow, Junction, Outcome, Question, Route
from fss_logic.kind import ToolKind
from fss_logic.record_form import SELECT, form_fields
from fss_logic.render.record import SIGNATURES, e


SELECT_ALL = "Select all that apply."


def _numbers(flow: Flow) -> dict[str, str]:
    """How the paper names each node: "question 3", "the instructions at 4" (a junction,
    where nothing is asked), or the outcome's heading."""
    names = {
        node.id: f"question {n}" if isinstance(node, Question) else f"the instructions at {n}"
        for n, node in enumerate(flow.sequence, 1)
    }
    names.update({o.id: f"the outcome “{o.heading}”" for o in flow.outcomes})
    return names


def _words(text: str, names: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: names[m.group(1)], text)


def _junction(number: int, junction: Junction, names: dict[str, str]) -> str:
    anchor = f"paper-{junction.id.replace('_', '-')}"
    return (
        f'<section class="fss-paper__question fss-paper__junction" id="{e(anchor)}">'
        f'<h2 id="{e(anchor)}-heading"><span class="fss-caption">{e(junction.section)}</span> '
        f"{number}. Where to go next</h2><p>Nothing is asked here.</p>"
        f"<p><strong>{e(_words(junction.next.paper, names))}</strong></p></section>"
    )


def _goto(target: str, names: dict[str, str]) -> str:
    return f"go to {names[target]}"


def _question(number: int, question: Question, flow: Flow, names: dict[str, str]) -> str:
    box = "☐"
    parts = [
        f'<section class="fss-paper__question" id="paper-{e(question.id.replace("_", "-"))}">',
        f'<h2 id="paper-{e(question.id.replace("_", "-"))}-heading">'
        f'<span class="fss-caption">{e(question.section)}</span> {number}. {e(question.text)}</h2>',
    ]
    if question.page and flow.page_members(question)[0].id == question.id:
        count = len(flow.page_members(question))
        parts.append(
            f'<p class="fss-paper__page"><strong>{e(question.page.heading)}</strong> '
            f"(questions {number} to {number + count - 1} are one page on screen). "
            f"{e(question.page.hint)}</p>"
        )
    if question.ask_if is not None:
        parts.append(
            f"<p><strong>Answer this only if {e(_words(question.ask_if.paper, names))}. "
            f"Otherwise {e(_goto(question.next, names))}.</strong></p>"  # type: ignore[arg-type]
        )
    # On paper, "Tick all that apply" stands in for the screen's "Select all that apply".
    hint = question.hint.replace(SELECT_ALL, "").strip() if question.kind == MANY else question.hint
    if hint:
        parts.append(f'<p class="fss-hint">{e(hint)}</p>')
    if question.kind == MANY:
        parts.append("<p>Tick all that apply.</p>")
    if question.kind in (ONE, MANY):
        items = []
        for option in question.options:
            route = ""
            if question.kind == ONE and isinstance(question.next, dict):
                route = f" → {e(_goto(question.next[option.value], names))}"
            hint = f' <span class="fss-hint">{e(option.hint)}</span>' if option.hint else ""
            items.append(f"<li>{box} {e(option.label)}{hint}{route}</li>")
        parts.append(f'<ul class="fss-paper__options">{"".join(items)}</ul>')
    else:
        parts.append('<div class="fss-paper__write-in" aria-hidden="true"></div>')
    if isinstance(question.next, str):
        parts.append(f"<p><strong>Then {e(_goto(question.next, names))}.</strong></p>")
    elif isinstance(question.next, Route):
        parts.append(f"<p><strong>{e(_words(question.next.paper, names))}</strong></p>")
    parts.append("</section>")
    return "".join(parts)


def _outcome(outcome: Outcome) -> str:
    anchor = f"paper-outcome-{outcome.id.replace('_', '-')}"
    return (
        f'<section class="fss-paper__outcome"><h3 id="{e(anchor)}">{e(outcome.heading)}</h3>'
        f"<p>{e(outcome.summary)}</p></section>"
    )


def render_paper(kind: ToolKind) -> str:
    """The paper version of a tool ``kind`` as HTML, for a page of the site. The caller
    hands over the kind (``fss_logic.flows.KINDS[tool]``): the renderers know no tool."""
    flow = kind.flow
    names = _numbers(flow)
    questions = "".join(
        _question(n, node, flow, names) if isinstance(node, Question) else _junction(n, node, names)
        for n, node in enumerate(flow.sequence, 1)
    )
    outcomes = "".join(_outcome(o) for o in flow.outcomes)
    fields = "".join(
        f'<div class="fss-paper__field"><p><strong>{e(spec.label)}</strong>'
        + (f' <span class="fss-hint">{e(spec.hint)}</span>' if spec.hint else "")
        + "</p>"
        + (
            "<p>" + "   ".join(f"☐ {e(o.label)}" for o in spec.options) + "</p>"
            if spec.options and spec.kind != SELECT
            else '<div class="fss-paper__write-in" aria-hidden="true"></div>'
        )
        + "</div>"
        for spec in form_fields(kind)
    )
    return (
        '<div class="fss-paper">'
        f"<p>Start at question 1. Each answer says where to go next. {len(flow.questions)} "
        "questions in all; most paths use only some of them. Where the instructions say "
        "so, nothing is asked: go where they send you.</p>"
        f"{questions}"
        '<h2 id="paper-outcomes">Outcomes</h2>'
        "<p>The tool indicates; you decide. Whatever you decide, complete the record below.</p>"
        f"{outcomes}"
        '<h2 id="paper-record">Decision record</h2>'
        f"<p>{e(kind.outcome_note)} Reasons are required for every decision.</p>"
        f"<p><strong>Reference</strong></p>"
        '<div class="fss-paper__write-in fss-paper__write-in--short" aria-hidden="true"></div>'
        f"{fields}"
        f"{SIGNATURES}</div>"
    )
