"""The engine: broken graphs fail at definition time; state is replayed from the answers."""

from __future__ import annotations

import pytest

from fss_logic.flow import (
    MANY,
    ONE,
    TEXT,
    Condition,
    Flow,
    FlowDefinitionError,
    Junction,
    Option,
    Page,
    Outcome,
    Part,
    Question,
    Route,
    part_answers,
    replay,
)

YES_NO = (Option("yes", "Yes"), Option("no", "No"))
END = Outcome("end", "End", "go", "Done.")
STOP = Outcome("stop", "Stop", "stop", "Stopped.")


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


SUB = Flow(
    id="sub",
    title="The sub-tool",
    start="s1",
    questions=(
        Question("s1", "Sub", "S1?", ONE, {"yes": "s2", "no": "sub_no"}, YES_NO),
        Question(
            "s2",
            "Sub",
            "S2",
            TEXT,
            Route(
                ("sub_yes", "sub_no"),
                lambda answers: "sub_yes" if answers["s1"] == "yes" else "sub_no",
                "If S1 was Yes, go to {sub_yes}. Otherwise go to {sub_no}.",
            ),
        ),
    ),
    outcomes=(Outcome("sub_yes", "Yes", "go", "Yes."), Outcome("sub_no", "No", "stop", "No.")),
)


def host(exits=None):
    part = Part(SUB, "p_", exits or {"sub_yes": "b", "sub_no": "stop"})
    return Flow(
        id="host",
        title="Host",
        start="a",
        questions=(
            Question("a", "Host", "A?", ONE, {"yes": part.entry, "no": "b"}, YES_NO),
            Question("b", "Host", "B", TEXT, "end"),
        ),
        outcomes=(END, STOP),
        parts=(part,),
    )


def test_a_part_is_spliced_into_one_graph_with_prefixed_ids_and_mapped_exits():
    made = host()
    assert [q.id for q in made.questions] == ["a", "b", "p_s1", "p_s2"]
    assert made.question("p_s1").part == "The sub-tool" and made.question("a").part == ""
    assert made.question("p_s1").next == {"yes": "p_s2", "no": "stop"}
    paper = made.question("p_s2").next.paper
    assert paper == "If S1 was Yes, go to {b}. Otherwise go to {stop}."
    # One replay through host and part: the part's routing reads the part's own answers.
    state = replay(made, {"a": "yes", "p_s1": "yes", "p_s2": "Typed", "b": "Done"})
    assert [q.id for q, _ in state.path] == ["a", "p_s1", "p_s2", "b"]
    assert state.outcome.id == "end"
    assert part_answers(state.answers, made.parts[0]) == {"s1": "yes", "s2": "Typed"}
    assert replay(made, {"a": "yes", "p_s1": "no"}).outcome.id == "stop"
    assert SUB.question("s1").next == {"yes": "s2", "no": "sub_no"}  # the tool itself is unchanged


def test_a_part_needs_an_exit_for_every_outcome():
    with pytest.raises(FlowDefinitionError, match="no exit for the outcomes"):
        host(exits={"sub_yes": "b"})


def test_a_spliced_part_is_checked_with_the_host():
    with pytest.raises(FlowDefinitionError, match="unknown 'nowhere'"):
        host(exits={"sub_yes": "nowhere", "sub_no": "stop"})


def test_a_part_does_not_ask_what_the_host_settled_and_its_rules_see_it_as_given():
    part = Part(SUB, "p_", {"sub_yes": "b", "sub_no": "stop"}, settled={"s1": "yes"})
    made = Flow(
        id="host",
        title="Host",
        start="a",
        questions=(
            Question("a", "Host", "A?", ONE, {"yes": part.entry, "no": "b"}, YES_NO),
            Question("b", "Host", "B", TEXT, "end"),
        ),
        outcomes=(END, STOP),
        parts=(part,),
    )
    assert part.entry == "p_s2"
    assert [q.id for q in made.questions] == ["a", "b", "p_s2"]
    state = replay(made, {"a": "yes", "p_s2": "Typed", "b": "Done"})
    assert [q.id for q, _ in state.path] == ["a", "p_s2", "b"]  # s2 routed on s1 = yes
    assert part_answers(state.answers, part) == {"s1": "yes", "s2": "Typed"}
    assert part_answers({"a": "no"}, part) == {}  # a path that never went through it
    bad = Part(SUB, "q_", {"sub_yes": "end", "sub_no": "stop"}, settled={"s1": "maybe"})
    with pytest.raises(FlowDefinitionError, match="does not answer"):
        Flow(
            id="h2",
            title="H",
            start="a",
            questions=(Question("a", "H", "A", TEXT, "q_s2"),),
            outcomes=(END, STOP),
            parts=(bad,),
        )


def test_a_route_whose_targets_meet_in_the_host_becomes_one_way_on():
    part = Part(SUB, "p_", {"sub_yes": "b", "sub_no": "b"})
    made = Flow(
        id="host",
        title="Host",
        start="a",
        questions=(
            Question("a", "Host", "A", TEXT, part.entry),
            Question("b", "H", "B", TEXT, "end"),
        ),
        outcomes=(END,),
        parts=(part,),
    )
    assert made.question("p_s2").next == "b"  # not "if ..., go to B. Otherwise go to B."
    assert made.question("p_s1").next == {"yes": "p_s2", "no": "b"}


def test_every_answer_leading_to_one_place_is_a_routing_rule_that_changes_nothing():
    with pytest.raises(FlowDefinitionError, match="every answer leads to one place"):
        flow(Question("a", "S", "A?", ONE, {"yes": "end", "no": "end"}, YES_NO), outcomes=(END,))
    with pytest.raises(FlowDefinitionError, match="one target"):
        flow(
            Question("a", "S", "A", TEXT, Route(("end",), lambda a: "end", "{end}")),
            outcomes=(END,),
        )


PG = Page("pg", "The page")
NONE = Option("none", "None of these", exclusive=True)
CHOICES = (Option("x", "X"), Option("y", "Y"), NONE)


def test_an_exclusive_option_is_an_answer_only_on_its_own():
    made = flow(Question("a", "S", "A", MANY, "end", CHOICES), outcomes=(END,))
    assert replay(made, {"a": ["none"]}).outcome.id == "end"
    assert replay(made, {"a": ["x", "y"]}).outcome.id == "end"
    assert replay(made, {"a": ["x", "none"]}).current.id == "a"
    with pytest.raises(FlowDefinitionError, match="many-option"):
        flow(Question("a", "S", "A", ONE, "end", CHOICES), outcomes=(END,))


def _paged():
    return flow(
        Question("a", "S", "Who?", MANY, "p1", (Option("x", "X"), Option("y", "Y"))),
        Question(
            "p1",
            "S",
            "X?",
            ONE,
            "p2",
            YES_NO,
            page=PG,
            ask_if=Condition(lambda answers: "x" in answers["a"], "you ticked X at {a}"),
        ),
        Question(
            "p2",
            "S",
            "Y?",
            ONE,
            "p3",
            YES_NO,
            page=PG,
            ask_if=Condition(lambda answers: "y" in answers["a"], "you ticked Y at {a}"),
        ),
        Question(
            "p3",
            "S",
            "Why?",
            TEXT,
            "j",
            page=PG,
        ),
        Junction(
            "j",
            "S",
            Route(
                ("end", "stop"),
                lambda a: "stop" if "no" in (a.get("p1"), a.get("p2")) else "end",
                "If you answered No on the page, go to {stop}. Otherwise go to {end}.",
            ),
        ),
    )


def test_a_page_shows_the_questions_its_condition_allows_and_a_junction_routes_on():
    made = _paged()
    assert [q.id for q in made.questions] == ["a", "p1", "p2", "p3"]
    assert [n.id for n in made.sequence] == ["a", "p1", "p2", "p3", "j"]
    only_y = {"a": ["y"]}
    shown = made.page_questions(made.question("p1"), only_y)
    assert [q.id for q in shown] == ["p2", "p3"]
    state = replay(made, only_y)
    assert state.current.id == "p2"  # p1 is not asked
    state = replay(made, {**only_y, "p1": "no", "p2": "yes", "p3": "Because"})
    assert [q.id for q, _ in state.path] == ["a", "p2", "p3"] and state.outcome.id == "end"
    both = {"a": ["x", "y"], "p1": "yes", "p2": "no", "p3": "Because"}
    assert replay(made, both).outcome.id == "stop"


def test_the_questions_of_a_page_must_follow_one_another():
    with pytest.raises(FlowDefinitionError, match="must lead to"):
        flow(
            Question("a", "S", "A?", ONE, "b", YES_NO, page=PG),
            Question("b", "S", "B", TEXT, "c"),
            Question("c", "S", "C", TEXT, "end", page=PG),
            outcomes=(END,),
        )


def test_a_condition_needs_one_way_on_and_words_for_the_paper():
    ask = Condition(lambda answers: True, "")
    with pytest.raises(FlowDefinitionError, match="words for the paper"):
        flow(Question("a", "S", "A", TEXT, "end", ask_if=ask), outcomes=(END,))
    with pytest.raises(FlowDefinitionError, match="lead on to one place"):
        flow(
            Question(
                "a",
                "S",
                "A?",
                ONE,
                {"yes": "end", "no": "stop"},
                YES_NO,
                ask_if=Condition(lambda a: True, "always"),
            )
        )
