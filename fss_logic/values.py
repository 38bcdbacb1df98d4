"""Value types: classes made of named fields, given once and compared by them.

``@value`` makes a class as ``@dataclasses.dataclass(frozen=True)`` would, and
``@value(frozen=False)`` as ``@dataclasses.dataclass`` would, for the part of dataclasses
fss_logic uses: fields from the class's annotations, in order; defaults, as class
attributes or ``field(default_factory=...)``; ``field(init=False, repr=False,
compare=False)``; ``__post_init__``; ``__init__``, ``__repr__``, ``__eq__`` and (frozen)
``__hash__``, each kept where the class writes its own; and ``replace``.

Why not dataclasses itself: it writes each class's methods out as Python source and
compiles that source when the class is made. In the browser, on a cold start, that was
about 1 to 5 ms a class, and a third of the time importing fss_logic took (16 classes;
measured under Pyodide, 26 November 2026; issue 11, Python ready against bare Pyodide).
The methods here are written once, below, and read the fields each class lists.

Anything else dataclasses can do (inheriting fields, ``ClassVar``, ``InitVar``,
``kw_only``, ``slots``, ordering) is refused when the class is made, not half-done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, dataclass_transform

_MISSING: Any = object()
_UNSUPPORTED = re.compile(r"\b(ClassVar|InitVar|KW_ONLY)\b")


class FrozenInstanceError(AttributeError):
    """A field of a frozen value was assigned to or deleted."""


class _FieldSpec:
    """A field's settings (``field``, or a plain default)."""

    __slots__ = ("name", "default", "default_factory", "init", "repr", "compare")

    def __init__(self, default, default_factory, init, repr, compare):  # noqa: A002
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def has_default(self) -> bool:
        return self.default is not _MISSING or self.default_factory is not _MISSING

    def default_value(self) -> object:
        if self.default_factory is not _MISSING:
            return self.default_factory()
        return self.default


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] = _MISSING,
    init: bool = True,
    repr: bool = True,  # noqa: A002 (dataclasses' name for it)
    compare: bool = True,
) -> Any:
    """A field with a default made fresh for each value, or left out of ``__init__``,
    ``__repr__`` or comparison."""
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("a field cannot have both a default and a default_factory")
    return _FieldSpec(default, default_factory, init, repr, compare)


def _fields_of(cls: type) -> tuple[_FieldSpec, ...]:
    """The class's fields, from its own annotations; a definition dataclasses would
    treat differently is refused."""
    for base in cls.__mro__[1:]:
        if hasattr(base, "__value_fields__"):
            raise TypeError(f"{cls.__name__}: a value type cannot inherit fields")
    annotations = cls.__annotations__  # the class's own (Python 3.10 on), {} if none
    fields = []
    seen_default = False
    for name, annotation in annotations.items():
        if not isinstance(annotation, str):
            raise TypeError(f"{cls.__name__}: write 'from __future__ import annotations'")
        if _UNSUPPORTED.search(annotation):
            raise TypeError(f"{cls.__name__}.{name}: {annotation} is not supported")
        declared = cls.__dict__.get(name, _MISSING)
        if isinstance(declared, _FieldSpec):
            spec = declared
            # As dataclasses: the class attribute is the plain default, or not there.
            if spec.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)
        else:
            spec = _FieldSpec(declared, _MISSING, True, True, True)
        if spec.default is not _MISSING and type(spec.default).__hash__ is None:
            raise ValueError(
                f"{cls.__name__}.{name}: a mutable default is shared by every value; "
                "use field(default_factory=...)"
            )
        if spec.init:
            if spec.has_default():
                seen_default = True
            elif seen_default:
                raise TypeError(f"{cls.__name__}.{name}: a field with no default follows a default")
        spec.name = name
        fields.append(spec)
    return tuple(fields)


def _frozen_setattr(self, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _make_init(cls: type, fields: tuple[_FieldSpec, ...]) -> Callable[..., None]:
    given = tuple(f for f in fields if f.init)
    names = tuple(f.name for f in given)
    later = tuple(f for f in fields if not f.init and f.has_default())
    post_init = hasattr(cls, "__post_init__")
    set_field = object.__setattr__
    title = cls.__qualname__

    def __init__(self, *args: object, **kwargs: object) -> None:
        if len(args) > len(names):
            raise TypeError(f"{title}() takes {len(names)} arguments but {len(args)} were given")
        for name, given_value in zip(names, args, strict=False):  # the rest are by name
            set_field(self, name, given_value)
        for spec in given[len(args) :]:
            if spec.name in kwargs:
                given_value = kwargs.pop(spec.name)
            elif spec.has_default():
                given_value = spec.default_value()
            else:
                raise TypeError(f"{title}() missing required argument: {spec.name!r}")
            set_field(self, spec.name, given_value)
        if kwargs:
            name = next(iter(kwargs))
            problem = "multiple values for" if name in names else "an unexpected keyword"
            raise TypeError(f"{title}() got {problem} argument {name!r}")
        for spec in later:
            set_field(self, spec.name, spec.default_value())
        if post_init:
            self.__post_init__()

    return __init__


def _make_methods(cls: type, fields: tuple[_FieldSpec, ...]) -> dict[str, Callable]:
    shown = tuple(f.name for f in fields if f.repr)
    compared = tuple(f.name for f in fields if f.compare)
    title = cls.__qualname__

    def key(obj: object) -> tuple:
        return tuple([getattr(obj, name) for name in compared])

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{title}({inner})"

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return key(self) == key(other)

    def __hash__(self) -> int:
        return hash(key(self))

    return {"__repr__": __repr__, "__eq__": __eq__, "__hash__": __hash__}


def _make(cls: type, frozen: bool) -> type:
    fields = _fields_of(cls)
    own = cls.__dict__
    methods = _make_methods(cls, fields)
    if "__init__" not in own:
        cls.__init__ = _make_init(cls, fields)
    if "__repr__" not in own:
        cls.__repr__ = methods["__repr__"]
    if "__eq__" not in own:
        cls.__eq__ = methods["__eq__"]
        # As dataclasses: a frozen value hashes by its fields; a changeable one cannot be
        # hashed, since its hash would change with it.
        if "__hash__" not in own:
            cls.__hash__ = methods["__hash__"] if frozen else None
    if frozen:
        if "__setattr__" in own or "__delattr__" in own:
            raise TypeError(f"{cls.__name__}: a frozen value cannot define __setattr__")
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    cls.__match_args__ = tuple(f.name for f in fields if f.init)
    cls.__value_fields__ = fields
    return cls


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def value(cls: type | None = None, /, *, frozen: bool = True) -> Any:
    """Make ``cls`` a value type (see the module's docstring)."""
    if cls is None:
        return lambda cls: _make(cls, frozen)
    return _make(cls, frozen)


def replace(obj: Any, /, **changes: object) -> Any:
    """A copy of ``obj`` with some of its fields changed (``__post_init__`` runs again)."""
    fields = obj.__value_fields__
    for spec in fields:
        if not spec.init and spec.name in changes:
            raise ValueError(f"{spec.name!r} is not given to __init__, so cannot be replaced")
    arguments = {spec.name: getattr(obj, spec.name) for spec in fields if spec.init}
    for name in changes:
        if name not in arguments:
            raise TypeError(f"{type(obj).__qualname__} has no field {name!r}")
    arguments.update(changes)
    return obj.__class__(**arguments)
