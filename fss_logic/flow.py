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
A part can be told answers the host has already settled (``Part.settled``): those questions
are not asked again, and the part's rules see the settled answers as given.

A step is usually one question. Where the guide gives a list of closely related questions
(the How? checklist, the public interest considerations), the questions share a ``page``
and are shown and answered together; a question on a page may be asked only on a condition
of the answers given before the page (``ask_if``). A ``Junction`` is a point where the path
goes on by the answers so far, with nothing asked: a part's outcomes can lead to one.
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
    """One answer a question allows. An ``exclusive`` option of a many-option question
    ("None of these") can only be chosen on its own."""

    value: str
    label: str
    hint: str = ""
    exclusive: bool = False
    short: str = ""  # the label on the flowchart's arrow, where ``label`` is long

    @property
    def chart_label(self) -> str:
        """The words on the flowchart's arrow for this answer."""
        return self.short or self.label


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
class Condition:
    """When a question is asked: ``test`` reads the answers given before its page (or, for a
    question on a page of its own, before it). ``paper`` says the same in words, naming
    questions as ``{node_id}``: "Answer this only if <paper>"."""

    test: Callable[[Answers], bool]
    paper: str


@value
class Page:
    """Questions shown and answered together, where the guide gives them as a list: the
    page's own heading, and words that introduce them."""

    id: str
    heading: str
    hint: str = ""


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
    page: Page | None = None  # questions that share a page are shown and answered together
    ask_if: Condition | None = None  # asked only when this holds; else on to ``next``
    short: str = ""  # the words in the question's box on the flowchart, where ``text`` is long

    @property
    def chart_label(self) -> str:
        """The words in the question's box on the flowchart (its full words are in the list
        beside the chart)."""
        return self.short or self.text

    def option(self, value: str) -> Option:
        return next(o for o in self.options if o.value == value)

    def targets(self) -> tuple[str, ...]:
        """Every node this question can lead to."""
        if isinstance(self.next, str):
            return (self.next,)
        if isinstance(self.next, Route):
            return self.next.targets
        return tuple(dict.fromkeys(self.next.values()))

    def exclusive_values(self) -> frozenset[str]:
        return frozenset(o.value for o in self.options if o.exclusive)

    def answer_text(self, answer: Answer) -> str:
        """The answer as the person chose it: option labels, or their own words."""
        if self.kind == TEXT:
            return str(answer)
        values = (answer,) if isinstance(answer, str) else answer
        return "; ".join(self.option(v).label for v in values)


@value
class Junction:
    """A point where the path goes on by the answers so far, with nothing asked: where a
    part's outcomes meet, or where the host's own answers decide the next step."""

    id: str
    section: str
    next: Route
    part: str = ""

    def targets(self) -> tuple[str, ...]:
        return self.next.targets


Node = Question | Junction


@value
class Outcome:
    """Where a path ends: what the tool indicates (``indication``, an id the tool's kind
    names, such as ``share`` or ``lacks_capacity``), in the guide's words."""

    id: str
    heading: str
    indication: str
    summary: str
    cites: tuple[Cite, ...] = ()
    short: str = ""  # its words on the arrow out of a part's box, in a host tool's flowchart

    @property
    def chart_label(self) -> str:
        return self.short or self.heading


@value
class Part:
    """Another flow run inside this one: its questions join the host's with ``prefix`` on
    their ids, and each of its outcomes leads on to the host node ``exits`` names.
    ``settled`` are answers the host has already given to questions of the part: they are
    not asked again, and the part's rules read them as if given."""

    flow: Flow
    prefix: str
    exits: Mapping[str, str]
    settled: Mapping[str, Answer] = field(default_factory=dict)

    @property
    def entry(self) -> str:
        """The id of the part's first question asked, as the host routes to it."""
        return self.rename(self.flow.start)

    def owns(self, node_id: str) -> bool:
        return node_id.startswith(self.prefix)

    def rename(self, target: str) -> str:
        """A node of the part as the host names it: past any settled questions, an outcome
        as the exit it leads to, anything else with the prefix."""
        seen = set()
        while target in self.settled:
            if target in seen:
                raise FlowDefinitionError(f"{self.flow.id}: settled answers loop at {target}")
            seen.add(target)
            question = self.flow.question(target)
            rule = question.next
            if isinstance(rule, str):
                target = rule
            elif isinstance(rule, Mapping):
                target = rule[self.settled[target]]  # type: ignore[index]
            else:
                raise FlowDefinitionError(
                    f"{self.flow.id}: {target} is settled, so it must route without a rule"
                )
        if target in self.exits:
            return self.exits[target]
        return self.prefix + target


class PartAnswers(Mapping):
    """A host's answers as a part's own rules see them: its ids without the prefix, and
    the answers the host settled."""

    def __init__(
        self,
        answers: Mapping[str, Answer],
        prefix: str,
        settled: Mapping[str, Answer] | None = None,
    ):
        self._answers, self._prefix, self._settled = answers, prefix, settled or {}

    def __getitem__(self, key: str) -> Answer:
        if key in self._settled:
            return self._settled[key]
        return self._answers[self._prefix + key]

    def __iter__(self) -> Iterator[str]:
        own = (k[len(self._prefix) :] for k in self._answers if k.startswith(self._prefix))
        return iter((*self._settled, *(k for k in own if k not in self._settled)))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def part_answers(answers: Mapping[str, Answer], part: Part) -> dict[str, Answer]:
    """The answers to one part's questions, by the part's own ids, with the answers the
    host settled; empty when the path did not go through the part."""
    if not any(part.owns(k) for k in answers):
        return {}
    return dict(PartAnswers(answers, part.prefix, part.settled))


def splice(part: Part) -> tuple[Node, ...]:
    """The part's questions as the host asks them: ids prefixed, settled questions left out,
    routes to the part's outcomes sent to the host's exits, and routing rules reading the
    part's own answers."""
    sub = part.flow
    ends = {o.id for o in sub.outcomes}
    missing = ends - set(part.exits)
    if missing:
        raise FlowDefinitionError(f"{sub.id}: no exit for the outcomes {sorted(missing)}")
    for question_id, answer in part.settled.items():
        question = sub.question(question_id)
        if not valid_answer(question, answer):
            raise FlowDefinitionError(f"{sub.id}: {answer!r} does not answer {question_id}")

    def paper_words(text: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: "{" + part.rename(m.group(1)) + "}", text)

    def view(answers: Answers) -> PartAnswers:
        return PartAnswers(answers, part.prefix, part.settled)

    def routed(rule: Next) -> Next:
        if isinstance(rule, str):
            return part.rename(rule)
        if isinstance(rule, Route):
            targets = tuple(dict.fromkeys(part.rename(t) for t in rule.targets))
            if len(targets) == 1:
                return targets[0]
            choose = rule.choose
            return Route(
                targets=targets,
                choose=lambda answers: part.rename(choose(view(answers))),
                paper=paper_words(rule.paper),
            )
        renamed = {value: part.rename(target) for value, target in rule.items()}
        return next(iter(renamed.values())) if len(set(renamed.values())) == 1 else renamed

    def condition(rule: Condition | None) -> Condition | None:
        if rule is None:
            return None
        test = rule.test
        return Condition(lambda answers: test(view(answers)), paper_words(rule.paper))

    spliced: list[Node] = []
    for node in sub.sequence:
        if node.id in part.settled:
            continue
        common = {"id": part.prefix + node.id, "next": routed(node.next)}
        common["part"] = node.part or sub.title
        if isinstance(node, Question):
            common["page"] = (
                replace(node.page, id=part.prefix + node.page.id) if node.page else None
            )
            common["ask_if"] = condition(node.ask_if)
        spliced.append(replace(node, **common))
    return tuple(spliced)


@value
class Flow:
    """A decision tool: its questions (and junctions) in the order asked, then its
    outcomes. ``parts`` are other flows run inside it; their questions follow the host's
    own. ``questions`` holds the questions only; ``sequence`` every question and junction
    in order, as the paper version lists them."""

    id: str
    title: str
    start: str
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    parts: tuple[Part, ...] = ()
    sequence: tuple[Node, ...] = field(init=False, repr=False, compare=False)
    nodes: Mapping[str, Node | Outcome] = field(init=False, repr=False, compare=False)
    pages: Mapping[str, tuple[Question, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sequence = tuple(self.questions) + tuple(n for p in self.parts for n in splice(p))
        object.__setattr__(self, "sequence", sequence)
        questions = tuple(n for n in sequence if isinstance(n, Question))
        object.__setattr__(self, "questions", questions)
        nodes: dict[str, Node | Outcome] = {}
        for node in (*sequence, *self.outcomes):
            if node.id in nodes:
                raise FlowDefinitionError(f"{self.id}: the id {node.id!r} is used twice")
            nodes[node.id] = node
        object.__setattr__(self, "nodes", MappingProxyType(nodes))
        pages: dict[str, list[Question]] = {}
        for question in questions:
            if question.page:
                pages.setdefault(question.page.id, []).append(question)
        object.__setattr__(self, "pages", MappingProxyType({k: tuple(v) for k, v in pages.items()}))
        check_graph(self)

    def question(self, question_id: str) -> Question:
        node = self.nodes.get(question_id)
        if not isinstance(node, Question):
            raise KeyError(question_id)
        return node

    def next_node(self, node: Node, answers: Answers) -> str:
        """The node that follows ``node``, given the answers so far (its own included)."""
        rule = node.next
        if isinstance(rule, str):
            return rule
        if isinstance(rule, Route):
            target = rule.choose(answers)
            if target not in rule.targets:
                raise FlowDefinitionError(f"{node.id} routed to undeclared {target!r}")
            return target
        return rule[answers[node.id]]  # type: ignore[index]

    def page_members(self, question: Question) -> tuple[Question, ...]:
        """Every question on ``question``'s page, in order (itself alone if it has none)."""
        return self.pages[question.page.id] if question.page else (question,)

    def asks(self, question: Question, answers: Answers) -> bool:
        """Whether ``question`` is asked, given the answers on the path so far: a question
        with ``ask_if`` is asked only when it holds of the answers before its page."""
        if question.ask_if is None:
            return True
        members = {q.id for q in self.page_members(question)}
        before = {k: v for k, v in answers.items() if k not in members}
        return bool(question.ask_if.test(before))

    def page_questions(self, question: Question, answers: Answers) -> tuple[Question, ...]:
        """The questions shown on ``question``'s page, given the answers before the page."""
        return tuple(q for q in self.page_members(question) if self.asks(q, answers))


def check_graph(flow: Flow) -> None:
    """Fail on a broken graph: a dangling route, an unreachable node, a path with no end,
    a page whose questions do not follow one another, a routing rule that cannot choose."""
    if flow.start not in flow.nodes or isinstance(flow.nodes[flow.start], Outcome):
        raise FlowDefinitionError(f"{flow.id}: the start {flow.start!r} is not a question")
    for node in flow.sequence:
        if isinstance(node, Question):
            _check_question(flow, node)
        for target in node.targets():
            if target not in flow.nodes:
                raise FlowDefinitionError(f"{node.id} leads to unknown {target!r}")
        if isinstance(node.next, Route):
            named = set(re.findall(r"\{(\w+)\}", node.next.paper))
            if named != set(node.next.targets):
                raise FlowDefinitionError(
                    f"{node.id}: its paper routing must name each target exactly"
                )
            if len(node.next.targets) < 2:
                raise FlowDefinitionError(f"{node.id}: a routing rule with one target")
    for page, members in flow.pages.items():
        if len({q.page for q in members}) != 1:
            raise FlowDefinitionError(f"{flow.id}: the page {page!r} is described twice")
        for earlier, later in zip(members, members[1:], strict=False):
            if earlier.next != later.id:
                raise FlowDefinitionError(
                    f"{flow.id}: on the page {page!r}, {earlier.id} must lead to {later.id}"
                )
    reachable = _reachable(flow, flow.start)
    unreachable = [n for n in flow.nodes if n not in reachable]
    if unreachable:
        raise FlowDefinitionError(f"{flow.id}: nobody can reach {unreachable}")
    _check_ends(flow)


def _check_question(flow: Flow, question: Question) -> None:
    if question.kind not in KINDS:
        raise FlowDefinitionError(f"{question.id}: unknown kind {question.kind!r}")
    if (question.kind == TEXT) == bool(question.options):
        raise FlowDefinitionError(f"{question.id}: options and kind disagree")
    values = [o.value for o in question.options]
    if len(values) != len(set(values)):
        raise FlowDefinitionError(f"{question.id}: an option value is used twice")
    if question.exclusive_values() and question.kind != MANY:
        raise FlowDefinitionError(f"{question.id}: only a many-option question has a 'none'")
    if isinstance(question.next, Mapping):
        if question.kind != ONE or set(question.next) != set(values):
            raise FlowDefinitionError(
                f"{question.id}: routing by answer must name each option exactly"
            )
        if len(set(question.next.values())) < 2:
            raise FlowDefinitionError(f"{question.id}: every answer leads to one place")
    if question.ask_if is not None:
        if not isinstance(question.next, str):
            raise FlowDefinitionError(
                f"{question.id}: a question asked on a condition must "
                "lead on to one place, where it is skipped to"
            )
        named = set(re.findall(r"\{(\w+)\}", question.ask_if.paper))
        if not question.ask_if.paper or not named <= set(flow.nodes):
            raise FlowDefinitionError(f"{question.id}: its condition needs words for the paper")


def _reachable(flow: Flow, start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        node_id = todo.pop()
        if node_id in seen:
            continue
        seen.add(node_id)
        node = flow.nodes[node_id]
        if not isinstance(node, Outcome):
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
        if not isinstance(node, Outcome):
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
        and (len(answer) == 1 or not question.exclusive_values() & set(answer))
    )


def normalise(question: Question, answer: Answer) -> Answer:
    """Many-option answers are kept in the order the options are listed."""
    if question.kind == MANY:
        order = [o.value for o in question.options]
        return tuple(sorted(answer, key=order.index))
    return answer


def replay(flow: Flow, answers: Answers) -> State:
    """Rebuild the state from the answers: a pure function of the two. Junctions, and
    questions whose condition does not hold, are passed through without an answer."""
    path: list[tuple[Question, Answer]] = []
    taken: dict[str, Answer] = {}
    node = flow.nodes[flow.start]
    while not isinstance(node, Outcome):
        if isinstance(node, Question):
            if not flow.asks(node, taken):
                node = flow.nodes[node.next]  # type: ignore[index]
                continue
            answer = answers.get(node.id)
            if answer is None or not valid_answer(node, answer):
                return State(flow, tuple(path), node, None)
            answer = normalise(node, answer)
            taken[node.id] = answer
            path.append((node, answer))
        node = flow.nodes[flow.next_node(node, taken)]
    return State(flow, tuple(path), None, node)
