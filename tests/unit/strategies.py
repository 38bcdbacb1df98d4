"""Hypothesis strategies: paths through a flow, and record forms to go with them."""

from __future__ import annotations

from hypothesis import strategies as st

from fss_logic.flow import MANY, ONE, Flow, Question
from fss_logic.flows.share import FLOW
from fss_logic.record_form import FIELDS, field

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
        return st.lists(st.sampled_from(values), min_size=1, unique=True)
    return user_text


@st.composite
def paths(draw, flow: Flow = FLOW) -> dict:
    """Answers that walk the flow from its start to an outcome, choosing at random."""
    answers: dict = {}
    node = flow.nodes[flow.start]
    while isinstance(node, Question):
        answers[node.id] = draw(answer_for(node))
        node = flow.nodes[flow.next_node(node, answers)]
    return answers


@st.composite
def every_answer(draw, flow: Flow = FLOW) -> dict:
    """An answer to every question in the flow, whether or not a path reaches it."""
    return {q.id: draw(answer_for(q)) for q in flow.questions}


@st.composite
def record_forms(draw) -> dict:
    """A complete, valid record form (reasons always given, so always allowed)."""
    decision = draw(st.sampled_from(["share", "do_not_share"]))
    organisation = draw(st.sampled_from([o.value for o in field("maker_organisation").options]))
    form = {spec.name: "" for spec in FIELDS}
    form.update(
        maker_name=draw(user_text),
        maker_role=draw(user_text),
        maker_organisation=organisation,
        maker_organisation_other=draw(user_text) if organisation == "other" else "",
        requested_by=draw(user_text),
        requested_on="2026-11-20",
        about=draw(user_text),
        information=draw(user_text),
        purpose=draw(user_text),
        decision=decision,
        decision_reasons=draw(user_text),
        manager_advice="yes",
        manager_advice_details=draw(user_text),
        legal_advice="no",
        individual_told=draw(st.sampled_from(["yes", "not_yet", "no"])),
    )
    if form["individual_told"] == "no":
        form["individual_not_told_reason"] = draw(user_text)
    if decision == "share":
        form.update(
            shared_what=draw(user_text),
            shared_with=draw(user_text),
            shared_on="2026-11-24T10:30",
            shared_how=draw(user_text),
        )
    return form
