"""fss_logic.values behaves as the dataclasses it stands in for, and refuses what it
does not support; the HTML escape behaves as html.escape."""

from __future__ import annotations

import dataclasses
import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fss_logic.flow import Option
from fss_logic.render.record import e
from fss_logic.values import FrozenInstanceError, field, replace, value


@value
class Pair:
    name: str
    size: int = 1
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class DataPair:
    name: str
    size: int = 1
    tags: tuple[str, ...] = ()


@value(frozen=False)
class Box:
    items: list[str] = field(default_factory=list)
    note: str = ""


@value
class Counted:
    words: tuple[str, ...]
    count: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "count", len(self.words))


def test_fields_are_given_by_position_or_name_with_defaults():
    assert (Pair("a").name, Pair("a").size, Pair("a").tags) == ("a", 1, ())
    pair = Pair("b", tags=("x",), size=3)
    assert (pair.name, pair.size, pair.tags) == ("b", 3, ("x",))


@pytest.mark.parametrize(
    "make",
    [
        lambda cls: cls(),
        lambda cls: cls("a", 1, (), 4),
        lambda cls: cls("a", name="b"),
        lambda cls: cls("a", colour="red"),
    ],
    ids=["missing", "too many", "twice", "unknown"],
)
def test_wrong_arguments_fail_as_they_do_for_a_dataclass(make):
    with pytest.raises(TypeError):
        make(DataPair)
    with pytest.raises(TypeError) as caught:
        make(Pair)
    assert "Pair()" in str(caught.value)


def test_repr_eq_and_hash_match_a_frozen_dataclass():
    assert repr(Pair("a", 2, ("t",))) == repr(DataPair("a", 2, ("t",))).replace("DataPair", "Pair")
    assert Pair("a", 2) == Pair("a", 2)
    assert Pair("a", 2) != Pair("a", 3)
    assert Pair("a") != DataPair("a")  # another class is never equal, as for dataclasses
    assert hash(Pair("a", 2, ("t",))) == hash(Pair("a", 2, ("t",)))
    assert len({Pair("a"), Pair("a"), Pair("b")}) == 2
    assert Pair.__match_args__ == ("name", "size", "tags")


def test_a_frozen_value_cannot_be_changed():
    pair = Pair("a")
    with pytest.raises(FrozenInstanceError):
        pair.size = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del pair.name  # type: ignore[misc]
    assert pair.size == 1


def test_a_changeable_value_gets_a_fresh_default_and_no_hash():
    first, second = Box(), Box()
    first.items.append("x")
    assert second.items == []
    first.note = "changed"
    assert first == Box(["x"], "changed")
    with pytest.raises(TypeError):
        hash(first)


def test_post_init_runs_and_fields_left_out_of_init_repr_and_comparison():
    counted = Counted(("a", "b"))
    assert counted.count == 2
    assert repr(counted) == "Counted(words=('a', 'b'))"
    with pytest.raises(TypeError):
        Counted(("a",), count=5)  # type: ignore[call-arg]


def test_replace_makes_a_new_value_and_runs_post_init_again():
    pair = Pair("a", 2)
    assert replace(pair, size=5) == Pair("a", 5)
    assert pair == Pair("a", 2)
    assert replace(Counted(("a",)), words=("a", "b", "c")).count == 3
    with pytest.raises(ValueError):
        replace(Counted(("a",)), count=9)
    with pytest.raises(TypeError):
        replace(pair, colour="red")


def test_a_class_that_writes_its_own_repr_keeps_it():
    @value
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Named("x")) == "<x>"


@pytest.mark.parametrize(
    "source, problem",
    [
        ("class Bad:\n    items: list = []\n", ValueError),  # a shared mutable default
        ("class Bad:\n    a: int = 1\n    b: int\n", TypeError),  # no default after one
        ("class Bad:\n    every: ClassVar[int] = 1\n", TypeError),
        ("class Bad(Pair):\n    more: int = 1\n", TypeError),  # inherited fields
    ],
    ids=["mutable default", "order", "ClassVar", "inheritance"],
)
def test_a_definition_it_does_not_support_fails_when_the_class_is_made(source, problem):
    namespace = {"Pair": Pair, "__name__": __name__}
    exec("from __future__ import annotations\n" + source, namespace)  # noqa: S102
    with pytest.raises(problem):
        value(namespace["Bad"])


def test_the_package_uses_no_dataclasses():
    """The reason values.py exists: nothing in fss_logic makes a dataclass."""
    from fss_logic.flow import Flow, Question, State
    from fss_logic.kind import ToolKind
    from fss_logic.record import Verification
    from fss_logic.session import Step

    for cls in (Flow, Question, State, ToolKind, Verification, Step, Option):
        assert not dataclasses.is_dataclass(cls), cls
        assert cls.__value_fields__


@given(st.text())
def test_escape_is_html_escape(text):
    assert e(text) == html.escape(text, quote=True)


def test_escape_every_character_html_escapes():
    assert e("<a href=\"x\" title='y'>&amp;</a>") == (
        "&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;amp;&lt;/a&gt;"
    )
    assert e(3) == "3"
