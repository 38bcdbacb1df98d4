"""Hypothesis strategies: paths through a flow, and record forms to go with them."""

from __future__ import annotations

from hypothesis import strategies as st

from fss_logic.flow import MANY, ONE, Flow, Question, replay
from fss_logic.flows.share import FLOW
from fss_logic.kind import ToolKind
from fss_logic.record_form import CHOICE_KINDS, DATE, DATETIME, When, form_fields

# Text as people type it, markup and all; never blank.
typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())
hostile = st.sampled_from(
    [
        "<script>window.__pwned = 1</script>",
        '"><img src=x onerror=alert(1)>',
        "&amp; &lt;",
        "O'Brien & Sons <b>",
        "line one\nline two",
        "{{ 7*7 }}",
        "\u202eevil",
    ]
)
user_text = st.one_of(typed, hostile)


def answer_for(question: Question):
    values = [o.value for o in question.options]
    if question.kind == ONE:
        return st.sampled_from(values)
    if question.kind == MANY:
        alone = sorted(question.exclusive_values())
        others = [v for v in values if v not in alone]
        together = st.lists(st.sampled_from(others), min_size=1, unique=True)
        return st.one_of(together, *(st.just([v]) for v in alone)) if alone else together
    return user_text


@st.composite
def paths(draw, flow: Flow = FLOW, given: dict | None = None) -> dict:
    """Answers that walk the flow to an outcome, choosing at random; from its start, or
    from where the answers ``given`` lead."""
    answers: dict = dict(replay(flow, dict(given or {})).answers)
    state = replay(flow, answers)
    while state.current is not None:
        answers[state.current.id] = draw(answer_for(state.current))
        state = replay(flow, answers)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in state.answers.items()}


@st.composite
def every_answer(draw, flow: Flow = FLOW) -> dict:
    """An answer to every question in the flow, whether or not a path reaches it."""
    return {q.id: draw(answer_for(q)) for q in flow.questions}


def _value(draw, spec) -> str:
    if spec.kind in CHOICE_KINDS:
        return draw(st.sampled_from([o.value for o in spec.options]))
    if spec.kind == DATE:
        return draw(st.sampled_from(["2026-11-20", "20/11/2026", "1/2/2026"]))
    if spec.kind == DATETIME:
        return draw(st.sampled_from(["2026-11-24T10:30", "24/11/2026 10:30"]))
    return draw(user_text)


@st.composite
def record_forms(draw, kind: ToolKind) -> dict:
    """A complete, valid record form for ``kind``, reasons always given. A field that is
    required only on a condition is filled when the condition holds, and sometimes when
    it does not (the record then leaves it out)."""
    form: dict[str, str] = {}
    fields = form_fields(kind)
    for spec in fields:
        if not isinstance(spec.required, When):
            wanted = spec.required is True or draw(st.booleans())
            form[spec.name] = _value(draw, spec) if wanted else ""
    for spec in fields:
        if isinstance(spec.required, When):
            wanted = spec.required.holds(form) or draw(st.booleans())
            form[spec.name] = _value(draw, spec) if wanted else ""
    return {spec.name: form[spec.name] for spec in fields}
