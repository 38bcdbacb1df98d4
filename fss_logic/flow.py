"""The decision-tool engine: a flow is data, and its state is replayed from the answers.

A flow holds questions (an id, the guide's words, help text, the answers allowed and one
routing rule each) and outcomes (a heading in the guide's words, what the tool indicates
there, and the guide paragraphs it cites). ``Flow`` checks its own graph when it is
made: a flow with a dangling route, a question nobody can reach or a path that never ends
in an outcome does not import.

``replay(flow, answers)`` is a pure function: it walks the flow from the start, taking
each stored answer that is still valid, and stops at the first question without one. Any
answer it did not use no longer applies and is dropped.

A flow can run another inside itself (``Part``): at definition time the other flow's
questions are added to it with their ids prefixed and their outcomes sent on to nodes of
the host. The result is still one graph, with the same checks, the same replay and one
"Check your answers" page; the part's own rules read its answers through ``part_answers``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from fss_logic.values import field, replace, value
from types import MappingProxyType

Answer = str | tuple[str, ...]
Answers = Mapping[str, Answer]

ONE = "one"  # radios: one option
MANY = "many"  # checkboxes: one or more options
TEXT = "text"  # free text
KINDS = (ONE, MANY, TEXT)


class FlowDefinitionError(ValueError):
    """A flow's graph is broken: it must not import."""


@value
class Cite:
    """A paragraph of the guide: ``page.md#anchor`` and the words of its heading."""

    anchor: str
    title: str

    @property
    def url(self) -> str:
        """The anchor as a site URL relative to the site root (``consent/#partial-consent``)."""
        page, _, fragment = self.anchor.partition("#")
        stem = page.removesuffix(".md")
        path = "" if stem == "index" else f"{stem}/"
        return f"{path}#{fragment}" if fragment else path


@value
class Finding:
    """A reason for an outcome, a caution, or a requirement, citing the guide or a statute."""

    text: str
    cite: Cite


@value
class Option:
    """One answer a question allows."""

    value: str
    label: str
    hint: str = ""


YES, NO = "yes", "no"
YES_NO = (Option(YES, "Yes"), Option(NO, "No"))
"""The one Yes/No option list, for questions and record fields alike."""


@value
class Route:
    """Routing that depends on earlier answers: ``choose`` names one of ``targets``.

    ``choose`` receives the answers on the path so far, this question's included.
    ``paper`` says the same in words for the paper version, naming targets as
    ``{node_id}``.
    """

    targets: tuple[str, ...]
    choose: Callable[[Answers], str]
    paper: str


Next = str | Mapping[str, str] | Route


@value
class Question:
    """One question, asked in a fieldset whose legend is ``text``."""

    id: str
    section: str
    text: str
    kind: str
    next: Next
    options: tuple[Option, ...] = ()
    hint: str = ""
    cites: tuple[Cite, ...] = ()
    max_length: int = 5000
    part: str = ""  # the title of the tool it comes from, when spliced into another

    def option(self, value: str) -> Option:
        return next(o for o in self.options if o.value == value)

    def targets(self) -> tuple[str, ...]:
        """Every node this question can lead to."""
        if isinstance(self.next, str):
            return (self.next,)
        if isinstance(self.next, Route):
            return self.next.targets
        return tuple(dict.fromkeys(self.next.values()))

    def answer_text(self, answer: Answer) -> str:
        """The answer as the person chose it: option labels, or their own words."""
        if self.kind == TEXT:
            return str(answer)
        values = (answer,) if isinstance(answer, str) else answer
        return "; ".join(self.option(v).label for v in values)


@value
class Outcome:
    """Where a path ends: what the tool indicates (``indication``, an id the tool's kind
    names, such as ``share`` or ``lacks_capacity``), in the guide's words."""

    id: str
    heading: str
    indication: str
    summary: str
    cites: tuple[Cite, ...] = ()


@value
class Part:
    """Another flow run inside this one: its questions join the host's with ``prefix`` on
    their ids, and each of its outcomes leads on to the host node ``exits`` names."""

    flow: Flow
    prefix: str
    exits: Mapping[str, str]

    @property
    def entry(self) -> str:
        """The id of the part's first question, as the host routes to it."""
        return self.prefix + self.flow.start

    def owns(self, node_id: str) -> bool:
        return node_id.startswith(self.prefix)


class PartAnswers(Mapping):
    """A host's answers as a part's own rules see them: its ids without the prefix."""

    def __init__(self, answers: Mapping[str, Answer], prefix: str):
        self._answers, self._prefix = answers, prefix

    def __getitem__(self, key: str) -> Answer:
        return self._answers[self._prefix + key]

    def __iter__(self) -> Iterator[str]:
        return (k[len(self._prefix) :] for k in self._answers if k.startswith(self._prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def part_answers(answers: Mapping[str, Answer], part: Part) -> dict[str, Answer]:
    """The answers to one part's questions, by the part's own ids."""
    return dict(PartAnswers(answers, part.prefix))


def splice(part: Part) -> tuple[Question, ...]:
    """The part's questions as the host asks them: ids prefixed, routes to the part's
    outcomes sent to the host's exits, and routing rules reading the part's own answers."""
    sub = part.flow
    ends = {o.id for o in sub.outcomes}
    missing = ends - set(part.exits)
    if missing:
        raise FlowDefinitionError(f"{sub.id}: no exit for the outcomes {sorted(missing)}")

    def rename(target: str) -> str:
        return part.exits[target] if target in ends else part.prefix + target

    def routed(question: Question) -> Next:
        rule = question.next
        if isinstance(rule, str):
            return rename(rule)
        if isinstance(rule, Route):
            choose = rule.choose
            return Route(
                targets=tuple(dict.fromkeys(rename(t) for t in rule.targets)),
                choose=lambda answers: rename(choose(PartAnswers(answers, part.prefix))),
                paper=re.sub(r"\{(\w+)\}", lambda m: "{" + rename(m.group(1)) + "}", rule.paper),
            )
        return {value: rename(target) for value, target in rule.items()}

    return tuple(
        replace(q, id=part.prefix + q.id, next=routed(q), part=q.part or sub.title)
        for q in sub.questions
    )


@value
class Flow:
    """A decision tool: its questions in order, then its outcomes. ``parts`` are other
    flows run inside it; their questions follow the host's own in ``questions``."""

    id: str
    title: str
    start: str
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    parts: tuple[Part, ...] = ()
    nodes: Mapping[str, Question | Outcome] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.parts:
            spliced = tuple(q for part in self.parts for q in splice(part))
            object.__setattr__(self, "questions", (*self.questions, *spliced))
        nodes: dict[str, Question | Outcome] = {}
        for node in (*self.questions, *self.outcomes):
            if node.id in nodes:
                raise FlowDefinitionError(f"{self.id}: the id {node.id!r} is used twice")
            nodes[node.id] = node
        object.__setattr__(self, "nodes", MappingProxyType(nodes))
        check_graph(self)

    def question(self, question_id: str) -> Question:
        node = self.nodes.get(question_id)
        if not isinstance(node, Question):
            raise KeyError(question_id)
        return node

    def next_node(self, question: Question, answers: Answers) -> str:
        """The node that follows ``question``, given the answers so far (its own included)."""
        answer = answers[question.id]
        if isinstance(question.next, str):
            return question.next
        if isinstance(question.next, Route):
            target = question.next.choose(answers)
            if target not in question.next.targets:
                raise FlowDefinitionError(f"{question.id} routed to undeclared {target!r}")
            return target
        return question.next[answer]  # type: ignore[index]


def check_graph(flow: Flow) -> None:
    """Fail on a broken graph: a dangling route, an unreachable node, a path with no end."""
    if flow.start not in flow.nodes or not isinstance(flow.nodes[flow.start], Question):
        raise FlowDefinitionError(f"{flow.id}: the start {flow.start!r} is not a question")
    for question in flow.questions:
        if question.kind not in KINDS:
            raise FlowDefinitionError(f"{question.id}: unknown kind {question.kind!r}")
        if (question.kind == TEXT) == bool(question.options):
            raise FlowDefinitionError(f"{question.id}: options and kind disagree")
        values = [o.value for o in question.options]
        if len(values) != len(set(values)):
            raise FlowDefinitionError(f"{question.id}: an option value is used twice")
        if isinstance(question.next, Mapping):
            if question.kind != ONE or set(question.next) != set(values):
                raise FlowDefinitionError(
                    f"{question.id}: routing by answer must name each option exactly"
                )
        for target in question.targets():
            if target not in flow.nodes:
                raise FlowDefinitionError(f"{question.id} leads to unknown {target!r}")
        if isinstance(question.next, Route):
            named = set(re.findall(r"\{(\w+)\}", question.next.paper))
            if named != set(question.next.targets):
                raise FlowDefinitionError(
                    f"{question.id}: its paper routing must name each target exactly"
                )
    reachable = _reachable(flow, flow.start)
    unreachable = [n for n in flow.nodes if n not in reachable]
    if unreachable:
        raise FlowDefinitionError(f"{flow.id}: nobody can reach {unreachable}")
    _check_ends(flow)


def _reachable(flow: Flow, start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        node_id = todo.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        node = flow.nodes[node_id]
        if isinstance(node, Question):
            todo.extend(node.targets())
    return seen


def _check_ends(flow: Flow) -> None:
    """Every path ends in an outcome: the graph has no cycle, and questions all lead on."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node_id: str, path: tuple[str, ...]) -> None:
        if state.get(node_id) == 2:
            return
        if state.get(node_id) == 1:
            raise FlowDefinitionError(f"{flow.id}: a path loops: {' -> '.join(path)}")
        state[node_id] = 1
        node = flow.nodes[node_id]
        if isinstance(node, Question):
            for target in node.targets():
                visit(target, (*path, target))
        state[node_id] = 2

    visit(flow.start, (flow.start,))


@value
class State:
    """Where the answers lead: the questions answered in order, and what comes next."""

    flow: Flow
    path: tuple[tuple[Question, Answer], ...]
    current: Question | None
    outcome: Outcome | None

    @property
    def answers(self) -> dict[str, Answer]:
        """The answers that still apply, in the order they were asked."""
        return {question.id: answer for question, answer in self.path}

    @property
    def done(self) -> bool:
        return self.outcome is not None


def valid_answer(question: Question, answer: object) -> bool:
    """Whether a stored answer is one this question allows."""
    if question.kind == TEXT:
        return isinstance(answer, str) and 0 < len(answer.strip()) <= question.max_length
    values = {o.value for o in question.options}
    if question.kind == ONE:
        return isinstance(answer, str) and answer in values
    return (
        isinstance(answer, (list, tuple))
        and len(answer) > 0
        and len(set(answer)) == len(answer)
        and all(isinstance(v, str) and v in values for v in answer)
    )


def normalise(question: Question, answer: Answer) -> Answer:
    """Many-option answers are kept in the order the options are listed."""
    if question.kind == MANY:
        order = [o.value for o in question.options]
        return tuple(sorted(answer, key=order.index))
    return answer


def replay(flow: Flow, answers: Answers) -> State:
    """Rebuild the state from the answers: a pure function of the two."""
    path: list[tuple[Question, Answer]] = []
    taken: dict[str, Answer] = {}
    node = flow.nodes[flow.start]
    while isinstance(node, Question):
        answer = answers.get(node.id)
        if answer is None or not valid_answer(node, answer):
            return State(flow, tuple(path), node, None)
        answer = normalise(node, answer)
        taken[node.id] = answer
        path.append((node, answer))
        node = flow.nodes[flow.next_node(node, taken)]
    return State(flow, tuple(path), None, node)
