"""Training: fictional scenarios for induction sessions, each with exercises on the tools,
model answers with their reasons, and a comparison of a trainee's answers with the model
(issue 20). Core modules never import this package; it imports the engine and the tools."""

from __future__ import annotations

from fss_logic.training.model import (
    LEVELS,
    PARTLY_WORKED,
    UNAIDED,
    WORKED,
    Comparison,
    Exercise,
    ModelAnswer,
    Row,
    Scenario,
    compare,
    given,
    model_state,
    tool_reasons,
)
from fss_logic.training.scenarios import SCENARIOS

__all__ = [
    "LEVELS",
    "PARTLY_WORKED",
    "SCENARIOS",
    "UNAIDED",
    "WORKED",
    "Comparison",
    "Exercise",
    "ModelAnswer",
    "Row",
    "Scenario",
    "compare",
    "exercise",
    "given",
    "model_state",
    "scenario",
    "tool_reasons",
]

_BY_ID = {s.id: s for s in SCENARIOS}


def scenario(scenario_id: str) -> Scenario:
    """The scenario with this id (KeyError if none)."""
    return _BY_ID[scenario_id]


def exercise(scenario_id: str, exercise_id: str) -> Exercise:
    """One exercise of a scenario, by their ids (KeyError if none)."""
    for found in scenario(scenario_id).exercises:
        if found.id == exercise_id:
            return found
    raise KeyError(f"{scenario_id}/{exercise_id}")
