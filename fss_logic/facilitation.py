"""What a trainer runs a session with: the 90-minute plan and the seven-minute briefings.

Data only, like a flow: the training pages (``fss_logic/render/training.py``, through
``tools/macros.py``) format it with the scenario library (``fss_logic/training``) and the
flows. Nothing here repeats a model answer or a tool's question: a briefing names the
questions by their ids, and its case by the scenario's id, and the pages read the words
from there. A briefing's quotations are the agreed text's own words, and
``tests/unit/test_facilitation.py`` holds them to it, word for word.

The plan follows issue 20: health staff's safeguarding training must be largely
participatory (the Intercollegiate Document counts e-learning as non-participatory), and
the learning research favours worked examples with feedback for newcomers, then partly
worked and unaided cases, then reflection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from fss_logic.flow import Cite
from fss_logic.values import value

SESSION_MINUTES = 90

WHOLE_GROUP = "Whole group"
SMALL_GROUPS = "Small groups"


@value
class Activity:
    """One part of the session: how long, who works (the whole group or small groups), and
    what happens. ``level`` names the kind of exercise worked (``training.WORKED`` and so
    on), where one is."""

    minutes: int
    title: str
    grouping: str
    what: str
    level: str = ""

    @property
    def group_work(self) -> bool:
        return self.grouping == SMALL_GROUPS


SESSION_PLAN: tuple[Activity, ...] = (
    Activity(
        5,
        "Framing",
        WHOLE_GROUP,
        "Why information sharing matters, in the guide's words (its Introduction); how the "
        "session runs; the tools indicate, the practitioner decides and records.",
    ),
    Activity(
        15,
        "A worked example, together",
        WHOLE_GROUP,
        "On the projector (the presenter view), the facilitator reads the facts, asks each "
        "question in the tool's words, takes answers from the room, then shows the model "
        "answer and its reason. Name the guide paragraph each time.",
        level="worked",
    ),
    Activity(
        25,
        "Group work: a partly worked case",
        SMALL_GROUPS,
        "Groups of three to five, mixing agencies. Each group opens the trainee page of "
        "another scenario: the first answers are given, the group answers the rest in the "
        "tool and agrees what it would record. The facilitator moves between groups.",
        level="partly_worked",
    ),
    Activity(
        25,
        "Group work: an unaided case",
        SMALL_GROUPS,
        "Each group takes a new scenario, or the twist of the one it has just worked, with "
        "nothing given, and works it to a decision and a record.",
        level="unaided",
    ),
    Activity(
        12,
        "Comparison",
        WHOLE_GROUP,
        "Each group gives its decision and what it recorded; the facilitator shows the model "
        "answers where the groups differ and asks which guide paragraph decides it.",
    ),
    Activity(
        8,
        "Reflection",
        WHOLE_GROUP,
        "Each person writes one thing they will do differently in their own agency, and one "
        "question to take to their manager or safeguarding lead. Point to the briefing "
        "sheets for team meetings.",
    ),
)
"""The session, in order. The minutes add up to ``SESSION_MINUTES``; group work is most
of it (a test holds both)."""


@value
class Quote:
    """The agreed text's own words (emphasis left out), and the paragraph they are in."""

    text: str
    cite: Cite


@value
class Note:
    """A Legislation update note of the site, by the guide anchor it sits under and the
    words of its title after "Legislation update: ", so that a briefing points to it and
    never restates the law."""

    anchor: str  # "consent.md#consent-refused"
    title: str

    @property
    def page(self) -> str:
        return self.anchor.partition("#")[0]


@value
class CaseAnswer:
    """What makes an exercise a briefing's case: its model answer to a tool's question is one
    of ``values`` (any answer, when there are none). A briefing lists them best first."""

    tool: str
    question: str
    values: tuple[str, ...] = ()


CONSENT = tuple(f"consent_{who}" for who in ("child", "parent", "carer", "others"))


@value
class Briefing:
    """A seven-minute briefing sheet for a team meeting. ``questions`` are the questions a
    tool asks about it, as ``(tool, question id)``; ``cases`` say which exercises of the
    library make its case (``case_for``: the first found); ``team_questions`` are three
    questions for the team to discuss."""

    id: str
    title: str
    cases: tuple[CaseAnswer, ...]
    quotes: tuple[Quote, ...]
    questions: tuple[tuple[str, str], ...]
    team_questions: tuple[str, str, str]
    notes: tuple[Note, ...] = ()


CONSENT_REFUSED = Cite(
    "consent.md#consent-refused", "Sharing information when consent has been refused"
)
URGENT = Cite("consent.md#urgent-sharing", "Sharing without consent")
TIMELY = Cite("principles.md#timely", "Timely")
RECORD = Cite("principles.md#record", "Record")
RULE_4 = Cite("golden-rules.md#rule-4", "The seven golden rules to sharing information: rule 4")
MCA = Cite("legal-framework.md#mental-capacity-act-2005", "The Mental Capacity Act (MCA) 2005")
PUBLIC_INTEREST = Cite("public-interest.md#public-interest", "Public Interest")
PROPORTIONALITY = Cite("public-interest.md#rule-of-proportionality", "Public Interest")
DUTY_OF_CONFIDENCE = Cite("legal-framework.md#duty-of-confidence", "Duty of Confidence")
OTHER_LAWFUL_BASIS = Cite("consent.md#other-lawful-basis", "Consent to share information")
DPA_1998 = Cite("legal-framework.md#data-protection-act-1998", "Data Protection Act (DPA) 1998")

BRIEFINGS: tuple[Briefing, ...] = (
    Briefing(
        id="consent-refused",
        title="Consent refused",
        cases=tuple(CaseAnswer("share", q, ("refused",)) for q in CONSENT),
        quotes=(
            Quote(
                "There may be times when consent is sought and refused. This does not mean "
                "that information cannot be shared.",
                CONSENT_REFUSED,
            ),
            Quote(
                "The refusal of consent should be considered in conjunction with other "
                "concerns and, if it is considered justifiable, then information can and "
                "MUST be shared.",
                CONSENT_REFUSED,
            ),
            Quote(
                "This decision must be proportionate to the harm that may be caused by "
                "proceeding without consent.",
                CONSENT_REFUSED,
            ),
        ),
        questions=(
            ("share", "why_without_consent"),
            ("share", "another_reason"),
            ("public_interest", "proportionate_to_aim"),
            ("public_interest", "another_equally_effective_means"),
        ),
        team_questions=(
            "When did a refusal last stop us sharing, and would the tool have agreed?",
            "What harm would proceeding without consent cause this family, and how do we "
            "weigh it against the harm to the child?",
            "Who tells the person that their refusal has been overridden, and what do we record?",
        ),
        notes=(Note("consent.md#consent-refused", "when consent is refused"),),
    ),
    Briefing(
        id="urgent-sharing",
        title="Urgent sharing",
        cases=(CaseAnswer("share", "urgent", ("urgent", "paramount")),),
        quotes=(
            Quote(
                "If the need to share is urgent, and seeking consent will lead to unjustified "
                "delay in making enquiries about allegations of significant harm to a child, "
                "or if safeguarding is paramount, take immediate action and share the "
                "information without consent, but remember to record the reason for the "
                "decision.",
                URGENT,
            ),
            Quote(
                "Timeliness is key in emergency situations and it may not be appropriate to "
                "seek consent for information sharing if it could cause delays and therefore "
                "harm to a child.",
                TIMELY,
            ),
            Quote(
                "Information sharing decisions should be recorded whether or not the decision "
                "is taken to share.",
                RECORD,
            ),
        ),
        questions=(
            ("share", "urgent"),
            ("share", "transfer_method"),
            ("share", "tell_individual"),
        ),
        team_questions=(
            "What would make a delay 'unjustified' in our work? Give an example from the "
            "last month.",
            "Out of hours, who do we share with, and by what secure route?",
            "After an urgent share, what do we record, and by when?",
        ),
        notes=(
            Note(
                "consent.md#sharing-without-consent",
                "the law does not require consent before sharing",
            ),
        ),
    ),
    Briefing(
        id="capacity",
        title="Capacity",
        cases=(
            CaseAnswer("capacity", "sharing_in_best_interests"),
            CaseAnswer("capacity", "can_understand"),
            CaseAnswer("capacity", "reason_to_doubt", ("yes",)),
            *(CaseAnswer("share", q, ("capacity",)) for q in CONSENT),
        ),
        quotes=(
            Quote(
                "The starting assumption must always be that an individual has the capacity, "
                "until there is proof that they do not.",
                MCA,
            ),
            Quote(
                "it is important to balance people's right to make a decision with their "
                "right to safety and protection when they can't make decisions to protect "
                "themselves.",
                MCA,
            ),
            Quote(
                "Under the Mental Capacity Act 2005 there would have to be good reasons for "
                "not undertaking an assessment of mental capacity regarding the decision to "
                "share information without consent, and these would need to be documented "
                "carefully.",
                MCA,
            ),
        ),
        questions=(
            ("capacity", "reason_to_doubt"),
            ("capacity", "all_practicable_steps_taken"),
            ("capacity", "can_understand"),
            ("capacity", "can_use_or_weigh"),
            ("capacity", "sharing_in_best_interests"),
        ),
        team_questions=(
            "What has made us doubt a parent's capacity to consent, and was it about this "
            "decision or about the person?",
            "What practicable steps could we take to help someone decide (an interpreter, a "
            "quieter time, a simpler explanation)?",
            "A person lacks capacity and sharing is not in their best interests: what else "
            "can still justify sharing to protect a child?",
        ),
    ),
    Briefing(
        id="public-interest",
        title="The public interest",
        cases=(
            CaseAnswer("public_interest", "holder_views"),
            CaseAnswer("public_interest", "which_criteria"),
            CaseAnswer("share", "another_reason", ("public_interest",)),
        ),
        quotes=(
            Quote(
                "It is possible to disclose personal information without consent if this is "
                'in the defined category of "Public Interest".',
                PUBLIC_INTEREST,
            ),
            Quote(
                "A Duty of Confidence is not an absolute bar to disclosure, as information can "
                "be shared where there is a strong enough public interest to do so.",
                DUTY_OF_CONFIDENCE,
            ),
            Quote(
                "The rule of proportionality should be applied to ensure that a fair balance "
                "is achieved between the public interest and the rights of the individual's "
                "information.",
                PROPORTIONALITY,
            ),
        ),
        questions=(
            ("public_interest", "which_criteria"),
            ("public_interest", "holder_views"),
            ("public_interest", "proportionate_to_aim"),
            ("public_interest", "necessary_to_protect_others"),
        ),
        team_questions=(
            "Which of the public interest criteria do we meet most often, and which never?",
            "Whose views do we seek when we override a Duty of Confidence held by another "
            "organisation?",
            "Is there an equally effective way to reach the same aim that shares less?",
        ),
        notes=(
            Note(
                "public-interest.md#public-interest",
                "disclosing in the public interest, Article 6(1)(e) and 9(2)(g)",
            ),
        ),
    ),
    Briefing(
        id="lawful-basis",
        title="The lawful basis",
        cases=(
            CaseAnswer("gateways", "gateways_relied_on"),
            CaseAnswer("share", "lawful_basis"),
            CaseAnswer("share", "lawful_basis_sensitive"),
        ),
        quotes=(
            Quote(
                "When you are sharing or requesting personal information from someone, be "
                "certain of the basis upon which you are doing so.",
                RULE_4,
            ),
            Quote(
                "For some families, the work of the Family Safeguarding Service might be "
                "obstructed if Partners were to seek consent. In such cases the disclosing "
                "Partner must consider other lawful basis for processing the information.",
                OTHER_LAWFUL_BASIS,
            ),
            Quote(
                "Partner agencies must obtain their own assurance and be satisfied that they "
                "have a lawful basis for sharing the information they hold.",
                DPA_1998,
            ),
        ),
        questions=(
            ("share", "lawful_basis"),
            ("share", "lawful_basis_sensitive"),
            ("gateways", "sharing_organisation"),
            ("gateways", "purposes"),
        ),
        team_questions=(
            "What lawful basis does our agency rely on for sharing in Family Safeguarding, "
            "and where is it written down?",
            "When is consent the wrong basis to rely on, even when the person agrees?",
            "Which legal gateway would we name for the last case we shared?",
        ),
        notes=(
            Note(
                "consent.md#consent-to-share-information",
                "consent is not usually the lawful basis for safeguarding",
            ),
            Note(
                "consent.md#other-lawful-basis",
                "the other lawful bases, and Article 6(1)(ea) since February 2026",
            ),
            Note(
                "legal-framework.md#data-protection-act-1998",
                "the lawful basis and the principles are now in the UK GDPR",
            ),
        ),
    ),
)
"""The five briefing sheets issue 20 asks for, in the order the facilitator page lists them."""

BRIEFING_MINUTES = 7


def briefing(briefing_id: str) -> Briefing:
    return next(b for b in BRIEFINGS if b.id == briefing_id)


def hosts_of(kinds: Mapping) -> dict[str, list[tuple[str, str]]]:
    """Where each tool's questions are asked inside another, and with which prefix, from
    the registry of kinds (``fss_logic.flows.KINDS``): the share tool runs the other three."""
    hosts: dict[str, list[tuple[str, str]]] = {}
    for host in kinds.values():
        for part in host.flow.parts:
            hosts.setdefault(part.flow.id, []).append((host.id, part.prefix))
    return hosts


def _answers(case: CaseAnswer, answer) -> bool:
    given = (answer,) if isinstance(answer, str) else tuple(answer)
    return not case.values or any(value in case.values for value in given)


def _places(case: CaseAnswer, hosts: Mapping | None) -> set[tuple[str, str]]:
    """Where a question is asked: in its own tool, and inside any tool that runs it."""
    places = {(case.tool, case.question)}
    return places | {(h, p + case.question) for h, p in (hosts or {}).get(case.tool, ())}


def key_answers(briefing: Briefing, exercise, hosts: Mapping | None = None) -> tuple:
    """The exercise's model answers to the questions the briefing's ``cases`` name, in the
    order asked: what the briefing's case turns on."""
    places = set().union(*(_places(case, hosts) for case in briefing.cases))
    return tuple(m for m in exercise.answers if (exercise.tool, m.question) in places)


def case_for(
    briefing: Briefing,
    scenarios: Sequence,
    hosts: Mapping | None = None,
    avoid: Set[str] = frozenset(),
) -> tuple | None:
    """The briefing's case as ``(scenario, exercise)``: for its first ``cases`` entry that
    any exercise of the library answers as it says, the first such exercise, in a scenario
    not in ``avoid`` where there is one; None if no exercise answers any. ``hosts`` says
    where a tool's questions are also asked, inside another tool, with which prefix
    (``{"capacity": [("share", "mca_")]}``: the share tool runs the checklist)."""
    for case in briefing.cases:
        places = {(case.tool, case.question)}
        places |= {
            (host, prefix + case.question) for host, prefix in (hosts or {}).get(case.tool, ())
        }
        found = [
            (scenario, exercise)
            for scenario in scenarios
            for exercise in scenario.exercises
            if any(
                (exercise.tool, model.question) in places and _answers(case, model.answer)
                for model in exercise.answers
            )
        ]
        if found:
            return next(((s, x) for s, x in found if s.id not in avoid), found[0])
    return None


def cases_for(briefings: Sequence[Briefing], scenarios: Sequence, hosts: Mapping) -> dict:
    """Each briefing's case, by briefing id, in order: a scenario another briefing has
    already taken is used again only where no other fits."""
    chosen: dict[str, tuple | None] = {}
    used: set[str] = set()
    for briefing in briefings:
        chosen[briefing.id] = found = case_for(briefing, scenarios, hosts, used)
        if found:
            used.add(found[0].id)
    return chosen
