"""The engine: broken graphs fail at definition time; state is replayed from the answers."""

from __future__ import annotations

import pytest

from fss_logic.flow import (
    MANY,
    ONE,
    TEXT,
    Flow,
    FlowDefinitionError,
    Option,
    Outcome,
    Question,
    Route,
    replay,
)

YES_NO = (Option("yes", "Yes"), Option("no", "No"))
END = Outcome("end", "End", True, "Done.")
STOP = Outcome("stop", "Stop", False, "Stopped.")


def flow(*questions, outcomes=(END, STOP), start="a"):
    return Flow(id="t", title="T", start=start, questions=questions, outcomes=outcomes)


def test_a_sound_flow_imports():
    made = flow(
        Question("a", "S", "A?", ONE, {"yes": "b", "no": "stop"}, YES_NO),
        Question("b", "S", "B", TEXT, "end"),
    )
    assert replay(made, {}).current.id == "a"


def test_a_dangling_route_fails():
    with pytest.raises(FlowDefinitionError, match="unknown 'nowhere'"):
        flow(
            Question("a", "S", "A?", ONE, {"yes": "nowhere", "no": "stop"}, YES_NO),
            outcomes=(STOP,),
        )


def test_an_unreachable_question_fails():
    with pytest.raises(FlowDefinitionError, match=r"nobody can reach \['b'\]"):
        flow(
            Question("a", "S", "A?", ONE, {"yes": "end", "no": "stop"}, YES_NO),
            Question("b", "S", "B", TEXT, "end"),
        )


def test_an_unreachable_outcome_fails():
    with pytest.raises(FlowDefinitionError, match="nobody can reach"):
        flow(Question("a", "S", "A", TEXT, "end"))


def test_a_loop_fails():
    with pytest.raises(FlowDefinitionError, match="loops"):
        flow(
            Question("a", "S", "A?", ONE, {"yes": "b", "no": "stop"}, YES_NO),
            Question("b", "S", "B?", ONE, {"yes": "a", "no": "end"}, YES_NO),
        )


def test_routing_must_name_every_option():
    with pytest.raises(FlowDefinitionError, match="each option exactly"):
        flow(Question("a", "S", "A?", ONE, {"yes": "end"}, YES_NO), outcomes=(END,))


def test_an_id_used_twice_fails():
    with pytest.raises(FlowDefinitionError, match="used twice"):
        flow(Question("end", "S", "A", TEXT, "end"), start="end")


def test_a_route_must_say_each_target_on_paper():
    with pytest.raises(FlowDefinitionError, match="paper routing"):
        flow(Question("a", "S", "A", TEXT, Route(("end", "stop"), lambda a: "end", "Go to {end}.")))


def test_a_route_to_an_undeclared_target_fails_when_taken():
    made = flow(
        Question(
            "a", "S", "A", TEXT, Route(("end", "stop"), lambda a: "elsewhere", "{end} or {stop}")
        )
    )
    with pytest.raises(FlowDefinitionError, match="undeclared"):
        replay(made, {"a": "x"})


def test_replay_drops_answers_off_the_path_and_invalid_ones():
    made = flow(
        Question("a", "S", "A?", ONE, {"yes": "b", "no": "c"}, YES_NO),
        Question("b", "S", "B", TEXT, "end"),
        Question("c", "S", "C", MANY, "end", (Option("x", "X"), Option("y", "Y"))),
        outcomes=(END,),
    )
    state = replay(made, {"a": "no", "b": "kept?", "c": ["y", "x"]})
    assert state.answers == {"a": "no", "c": ("x", "y")}
    assert state.outcome.id == "end"
    state = replay(made, {"a": "maybe", "b": "x"})
    assert state.answers == {} and state.current.id == "a"
    assert replay(made, {"a": "yes", "b": "   "}).current.id == "b"
