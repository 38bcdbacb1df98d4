"""The scenario library (issue 20): fictional cases, each with exercises on the tools.

Every name and place here is made up (the town of Brackenbury and its villages, in no real
county). The model answers are in the order each tool asks; the reasons are the tool's own
in the guide's terms, and the cites are the guide's anchors the flows already cite.
``tests/unit/test_training_scenarios.py`` replays every exercise through its tool.
"""

from __future__ import annotations

from fss_logic.flows import KINDS
from fss_logic.flows.share import terms as share
from fss_logic.training.model import Exercise, ModelAnswer, Scenario

M = ModelAnswer

ANONYMISED_FIGURES = Scenario(
    id="anonymised-figures",
    title="Figures for the partnership's annual report",
    summary="A manager is asked for numbers, not names: is that sharing personal information?",
    facts=(
        "Priya Wendover manages the Family Safeguarding team for the fictional town of "
        "Brackenbury. The partnership board asks each agency for the number of families "
        "the team worked with last year where domestic abuse, parental mental health or "
        "substance misuse was a factor, to go in its annual report.",
        "She can give totals for the whole town by quarter. None of the figures is under "
        "ten, and no family, street or school is named.",
    ),
    prompts=(
        "Could anyone be identified from these figures, alone or with other information "
        "the board holds? What if one figure were 2?",
        "Does the guide still apply when no one can be identified? Which of the How? "
        "questions still matter?",
    ),
    exercises=(
        Exercise(
            id="anonymised-figures-share",
            tool="share",
            title="Should I share the figures?",
            answers=(
                M(
                    "legitimate_purpose",
                    "yes",
                    "The board reports on the partnership's work: a clear and legitimate purpose.",
                    (share.Q_PURPOSE,),
                ),
                M(
                    "identifiable",
                    "no",
                    "Town-wide totals, none small, name no one and cannot single anyone out: "
                    "the information does not enable an individual to be identified.",
                    (share.Q_IDENTIFIABLE, share.PERSONAL_INFORMATION),
                ),
                M(
                    "agencies",
                    ("signatory-1",),
                    "The figures go to the partnership board.",
                    (share.WHO_SECTION,),
                ),
                M(
                    "how_much",
                    "necessary",
                    "Only the totals the board asked for.",
                    (share.WHAT_TO_SHARE,),
                ),
                M(
                    "fact_and_opinion",
                    "yes",
                    "The figures are counts from the case system: facts.",
                    (share.ACCURATE,),
                ),
                M(
                    "right_person",
                    "yes",
                    "The board's business manager asked for them.",
                    (share.HOW_SECTION,),
                ),
                M(
                    "transfer_method",
                    "hertsfx",
                    "Even figures go by a secure route the guide names.",
                    (share.SECURE, share.SECURE_TRANSFER),
                ),
            ),
            outcome="share",
            record=(
                "What was shared (totals by quarter), with whom and when.",
                "Why no one can be identified from them.",
            ),
            worked_until=2,
        ),
    ),
    themes=("anonymised information", "identifiable"),
)

SCENARIOS: tuple[Scenario, ...] = (ANONYMISED_FIGURES,)


def _check(scenarios: tuple[Scenario, ...]) -> None:
    """Cheap checks at import: ids unique, tools known, the partly worked level within the
    answers. The replay of every model answer is left to the tests."""
    ids = [s.id for s in scenarios]
    if len(ids) != len(set(ids)):
        raise ValueError(f"a scenario id is used twice: {sorted(ids)}")
    exercise_ids = [e.id for s in scenarios for e in s.exercises]
    if len(exercise_ids) != len(set(exercise_ids)):
        raise ValueError(f"an exercise id is used twice: {sorted(exercise_ids)}")
    for found in scenarios:
        if not found.exercises:
            raise ValueError(f"{found.id}: no exercise")
        for exercise in found.exercises:
            if exercise.tool not in KINDS:
                raise ValueError(f"{exercise.id}: unknown tool {exercise.tool!r}")
            if not 0 <= exercise.worked_until <= len(exercise.answers):
                raise ValueError(f"{exercise.id}: worked_until beyond the answers")


_check(SCENARIOS)
