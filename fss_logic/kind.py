"""A tool kind: one decision tool as a bundle, registered in ``fss_logic/flows/``.

A kind is its flow (questions, routing, outcomes), its rules (why an outcome was reached,
cautions, when reasons must say more), what the practitioner may decide, and its own
fields in the record form and the record. Everything after the outcome (the record form,
the record, its schema, its rendering, the paper version) is built from the kind by code
that knows no tool in particular. A kind checks itself when it is made: a broken kind
does not import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fss_logic.values import field, value

from fss_logic.flags import Flag
from fss_logic.flow import Answers, Finding, Flow, FlowDefinitionError, Option, Part, Question
from fss_logic.record_form import (
    ABOUT_YOU,
    CHOICE_KINDS,
    CORE_FIELD_NAMES,
    DECISION,
    FIELD_KINDS,
    Field,
    When,
)

GO, STOP, NEUTRAL = "go", "stop", "neutral"
TONES = (GO, STOP, NEUTRAL)


def no_findings(*_args) -> list[Finding]:
    return []


def no_defaults(_answers: Answers) -> dict[str, str]:
    return {}


def no_part_summary(part_kind_id: str, outcome_id: str, answers: Answers) -> str | None:
    return None


def no_indication(_question: Question, _answers: Answers) -> str | None:
    return None


def no_form_departures(_answers: Answers, _form: Mapping[str, str]) -> list[Finding]:
    return []


def no_review_flags(_record: Mapping) -> tuple[Flag, ...]:
    return ()


@value
class Indication:
    """What a tool can indicate, and which of the practitioner's choices agrees with it.

    ``tone`` colours the outcome panel: ``go``, ``stop`` or ``neutral``."""

    id: str
    agrees_with: str
    tone: str = NEUTRAL


@value
class Fact:
    """A member of the tool's record section worked out from the answers, not typed: the
    lawful basis a question chose, say, as the record prints it. ``compute`` returns "" when
    the path did not ask it."""

    name: str
    label: str
    group: str
    compute: Callable[[Answers], str]
    when: When | None = None  # printed only for the decisions named (how it was shared, say)

    def applies(self, values: Mapping[str, str]) -> bool:
        return self.when is None or self.when.holds(values)


@value
class Register:
    """Which members of a kind's record section the register of records shows in each of
    its columns (``fss_logic/review.py``): the information, with whom it was shared, when,
    how, and the lawful basis; "" where the kind's records have no such member."""

    information: str = ""
    with_whom: str = ""
    when: str = ""
    how: str = ""
    lawful_basis: str = ""

    def names(self) -> tuple[str, ...]:
        return tuple(
            name
            for name in (self.information, self.with_whom, self.when, self.how, self.lawful_basis)
            if name
        )


@value
class ToolKind:
    """One decision tool, everything about it that is not shared by every tool.

    - ``flow``: the questions and outcomes; each outcome's ``indication`` is one of
      ``indications``.
    - ``record_title``: the printed record's heading.
    - ``choices``: what the practitioner may decide; ``indications`` say which choice
      agrees with each indication (the record notes when the decision differs).
    - ``fields``: the kind's own record form fields; ``groups`` orders every group of
      the form and the record, the core ``About you`` and ``Your decision`` included.
      The questions and answers, and the outcome, print just before ``Your decision``.
    - ``reasons(outcome_id, answers)``, ``cautions(outcome_id, answers)``,
      ``reasons_required(answers, indication, choice)``: the rules, as findings that cite
      the guide or a statute.
    - ``defaults(answers)``: starting values of the record form, from the answers.
    - ``empty_groups``: what the record says for a group with nothing in it.
    - ``facts``: members of the record section worked out from the answers (``Fact``).
    - ``parts``: the tools whose flows run inside this one (``Flow.parts``; a tool may run
      in more than one place, but a path goes through it once); what each indicated is
      kept in the record beside this tool's own outcome.
    - ``indication_so_far(question, answers)``: the id of the outcome already decided
      when ``question`` is asked after ``answers``, where the questions left complete the
      record (shown above them).
      ``settled_so_far`` names those outcomes that nothing after can change (the others
      are shown as "so far").
    - ``part_summary(part_kind_id, outcome_id, answers)``: what the record says a part
      indicated, where this tool's own answers put it in another light (None: the part's
      own summary).
    - ``cautions_heading``, ``outcome_note``: words on the outcome step.
    - ``departures(answers)``: where an answer chooses what the tool found does not apply
      (a gateway relied on that it did not find): shown once, on the outcome page and in
      what the record's reasons must address; ``form_departures(answers, form)``: the same
      for a record form value that contradicts an answer (in best interests after the
      checklist found not).
    - ``first_page``: the fields and facts printed with the decision at the head of the
      record (what was shared, with whom, when and how), not again in their groups.
    - ``register``: which fields and facts the register of records shows as what was
      shared, with whom, when, how and on what lawful basis (``Register``).
    - ``review_flags(record)``: the flags (``fss_logic/flags.py``) only this kind can read
      from one of its records as it was made (a refusal overridden, sharing without consent,
      another way of sharing); the register adds those every kind has.
    """

    flow: Flow
    record_title: str
    choices: tuple[Option, ...]
    indications: tuple[Indication, ...]
    fields: tuple[Field, ...]
    groups: tuple[str, ...]
    reasons: Callable[[str, Answers], list[Finding]]
    cautions: Callable[[str, Answers], list[Finding]] = no_findings
    reasons_required: Callable[[Answers, str, str], list[Finding]] = no_findings
    defaults: Callable[[Answers], dict[str, str]] = no_defaults
    empty_groups: Mapping[str, str] = field(default_factory=dict)
    parts: tuple[ToolKind, ...] = ()
    indication_so_far: Callable[[Question, Answers], str | None] = no_indication
    settled_so_far: tuple[str, ...] = ()
    part_summary: Callable[[str, str, Answers], str | None] = no_part_summary
    facts: tuple[Fact, ...] = ()
    first_page: tuple[str, ...] = ()
    departures: Callable[[Answers], list[Finding]] = no_findings
    form_departures: Callable[[Answers, Mapping[str, str]], list[Finding]] = no_form_departures
    register: Register = Register()
    review_flags: Callable[[Mapping], tuple[Flag, ...]] = no_review_flags
    cautions_heading: str = "Before you act"
    outcome_note: str = (
        "The tool indicates; you decide. Keep a record of your decision and the reasons for it."
    )

    def __post_init__(self) -> None:
        check_kind(self)

    def __repr__(self) -> str:
        return f"ToolKind({self.flow.id!r})"

    @property
    def id(self) -> str:
        return self.flow.id

    def indication(self, indication_id: str) -> Indication:
        return next(i for i in self.indications if i.id == indication_id)

    def choice_label(self, value: str) -> str:
        return next(o.label for o in self.choices if o.value == value)

    def part_kind(self, part: Part) -> ToolKind:
        """The tool that runs as ``part`` inside this one."""
        return next(sub for sub in self.parts if sub.flow is part.flow)


def check_kind(kind: ToolKind) -> None:
    """Fail on a kind whose parts do not fit together."""
    name = kind.flow.id

    def fail(message: str) -> None:
        raise FlowDefinitionError(f"{name}: {message}")

    choices = [o.value for o in kind.choices]
    if len(choices) < 2 or len(set(choices)) != len(choices):
        fail("the practitioner needs two or more distinct choices")
    indications = [i.id for i in kind.indications]
    if len(set(indications)) != len(indications):
        fail("an indication is named twice")
    for indication in kind.indications:
        if indication.agrees_with not in choices:
            fail(f"indication {indication.id!r} agrees with no choice")
        if indication.tone not in (*TONES,):
            fail(f"indication {indication.id!r} has an unknown tone")
    for outcome in kind.flow.outcomes:
        if outcome.indication not in indications:
            fail(f"outcome {outcome.id!r} indicates {outcome.indication!r}, which is not named")
    if ABOUT_YOU not in kind.groups or DECISION not in kind.groups:
        fail("its groups must include About you and Your decision")
    names = [f.name for f in kind.fields]
    if len(set(names)) != len(names) or set(names) & set(CORE_FIELD_NAMES):
        fail("a record field is named twice")
    every = {*names, *CORE_FIELD_NAMES}
    for spec in kind.fields:
        if spec.kind not in FIELD_KINDS:
            fail(f"field {spec.name!r} has an unknown kind {spec.kind!r}")
        if spec.group not in kind.groups:
            fail(f"field {spec.name!r} is in a group not in its groups")
        if (spec.kind in CHOICE_KINDS) != bool(spec.options):
            fail(f"field {spec.name!r}: options and kind disagree")
        if not spec.missing and spec.required is not False:
            fail(f"field {spec.name!r} can be required but says nothing when missing")
        if isinstance(spec.required, When) and spec.required.name not in every:
            fail(f"field {spec.name!r} depends on {spec.required.name!r}, which is no field")
    for fact in kind.facts:
        if fact.name in every or fact.group not in kind.groups:
            fail(f"fact {fact.name!r} is named twice or is in a group not in its groups")
    for fact in kind.facts:
        if fact.when is not None and fact.when.name not in every:
            fail(f"fact {fact.name!r} depends on {fact.when.name!r}, which is no field")
    members = {*names, *(fact.name for fact in kind.facts)}
    for name in kind.first_page:
        if name not in members or kind.first_page.count(name) > 1:
            fail(f"first_page names {name!r}, which is not one of its fields or facts")
    for name in kind.register.names():
        if name not in members:
            fail(f"register names {name!r}, which is not one of its fields or facts")
    for group in kind.empty_groups:
        if group not in kind.groups:
            fail(f"empty_groups names {group!r}, which is not a group")
    spliced = {id(p.flow) for p in kind.flow.parts}
    if {id(sub.flow) for sub in kind.parts} != spliced or len(kind.parts) != len(spliced):
        fail("its parts must be the tools whose flows it splices, each named once")
