"""Typed, immutable records that flow between the stages of the pipeline."""
from __future__ import annotations

import sys
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from types import FunctionType
from typing import TYPE_CHECKING, Any, TypeVar

from newsbrief.record_inits import CODES

# Type checkers see a record as the frozen dataclass it behaves as (its __init__ is built
# with exec, which they cannot read). typing has dataclass_transform from 3.11; on 3.10 the
# marker is left off at run time, where it does nothing anyway, and type checkers take it
# from typing_extensions' stubs, which they ship, so nothing is added to install_requires.
if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
elif sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:
    def dataclass_transform(**_kwargs: object):
        return lambda decorator: decorator

_Class = TypeVar("_Class", bound=type)


@dataclass_transform(frozen_default=True)
def record(cls: _Class) -> _Class:
    """``@dataclass(frozen=True, slots=True)``, with less code compiled at every start.

    dataclass compiles ``__init__``, ``__setattr__``, ``__delattr__``, ``__eq__``,
    ``__hash__`` and ``__repr__`` anew for every class (~1 ms a class here, at every
    start). A record compiles only its ``__init__`` (as dataclass writes it for frozen
    classes); the others are shared, and compare, hash, show, refuse assignment and
    pickle exactly as dataclass's do (tests/test_records.py). One difference: the class's
    ``__dataclass_params__`` says ``frozen=False``.
    """
    # Any: the class is patched in place, which a type checker cannot follow.
    built: Any = dataclass(slots=True, init=False, eq=False, repr=False)(cls)
    found = fields(built)
    names = tuple(f.name for f in found)
    get = attrgetter(*names)
    built.__init__ = _init(built, found)
    built._record_values = get if len(names) > 1 else lambda record: (get(record),)
    built._record_names = names
    built.__eq__, built.__hash__, built.__repr__ = _eq, _hash, _repr
    built.__setattr__, built.__delattr__ = _refuse_set, _refuse_delete
    built.__getstate__, built.__setstate__ = _getstate, _setstate
    return built


# The field names of every record made in this process (tools/build_record_inits.py)
made: dict[tuple[str, ...], None] = {}


def _init(cls, found) -> object:
    """The ``__init__`` of a frozen dataclass with fields ``found`` (plain defaults only).

    Its code comes from newsbrief.record_inits, written by tools/build_record_inits.py and
    so compiled once with the package's other modules (Python keeps the bytecode); only a
    record whose fields that table lacks compiles its own (~80 microseconds a class at
    every start, more than the rest of the class's making)."""
    defaults = {}
    params = []
    for f in found:
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"record {cls.__name__}: field {f.name} needs a full dataclass")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    names = tuple(f.name for f in found)
    made[names] = None
    code = CODES.get(names)
    if code is not None:
        init = FunctionType(code, {"_set": object.__setattr__}, "__init__",
                            tuple(defaults.values()) or None)
    else:
        namespace = {"_set": object.__setattr__, **defaults}
        exec(init_source(names, "__init__", params), namespace)  # noqa: S102
        init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def init_source(names: tuple[str, ...], name: str, params: list[str] | None = None) -> str:
    """The source of the ``__init__`` of a record with fields ``names``, as ``name``, its
    parameters ``params`` (default: the names, defaults given to the function apart)."""
    body = "".join(f"\n    _set(self, {n!r}, {n})" for n in names) or "\n    pass"
    return f"def {name}(self, {', '.join(names if params is None else params)}):{body}\n"


def _refuse_set(self, name: str, value) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self) -> list:
    return [getattr(self, name) for name in self._record_names]


def _setstate(self, state: list) -> None:
    for name, value in zip(self._record_names, state, strict=True):
        object.__setattr__(self, name, value)


def _eq(self, other) -> bool:
    if other.__class__ is self.__class__:
        values = self.__class__._record_values
        return values(self) == values(other)
    return NotImplemented


def _hash(self) -> int:
    return hash(self.__class__._record_values(self))


def _repr(self) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_names)
    return f"{self.__class__.__qualname__}({shown})"


@record
class Sentence:
    """One sentence of the article body, verbatim, with where it stands."""

    text: str
    index: int
    start: int
    end: int
    paragraph: int
    paragraph_position: int  # 0 for the first sentence of its paragraph


@record
class Article:
    """A loaded article: metadata from its header and the body text."""

    source: str
    body: str
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    authors: tuple[str, ...] = ()
    language: str = "en"
    site: str | None = None
    url: str | None = None


@record
class Document:
    """An article split into sentences, ready for ranking and fact extraction."""

    article: Article
    sentences: tuple[Sentence, ...]
    words: int


@record
class Entity:
    """A person, organization or place, with how often the article names it."""

    name: str
    kind: str  # "person" | "organization" | "place"
    mentions: int
    aliases: tuple[str, ...] = ()


@record
class NumberFact:
    """A number with the words that say what it counts."""

    text: str
    context: str
    kind: str = "number"  # number | money | percent | measure | age | score
    sentence: int = -1


@record
class DateFact:
    """A date or time expression and its resolved value."""

    text: str
    value: str | None  # ISO date, time or date-time when resolvable
    sentence: int = -1


@record
class Quote:
    """A quotation and who said it, if known."""

    text: str
    speaker: str | None
    sentence: int = -1


@record
class Facts:
    """The key facts of an article."""

    headline: str | None = None
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    numbers: tuple[NumberFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
    quotes: tuple[Quote, ...] = ()


@record
class Stats:
    """The size of the article."""

    words: int
    sentences: int


@record
class Options:
    """What the caller asks for; built once by the CLI or by a script."""

    method: str = "brief"
    sentences: int = 3
    ratio: float | None = None
    words: int | None = None
    language: str | None = None  # None: detect
    facts: bool = True


@record
class FeedOptions:
    """Which of a feed's items to brief: the first ``max_items`` newer than ``since``."""

    max_items: int = 20
    since: float | None = None  # seconds since the epoch; None keeps every item, dated or not


@record
class FeedEntry:
    """What a feed says of one item; it fills in what the item's page lacks."""

    feed: str  # the feed's URL or path
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    authors: tuple[str, ...] = ()
    site: str | None = None  # the feed's own title ("Valley News")


@record
class Brief:
    """Everything brief says about one article."""

    source: str
    title: str | None
    authors: tuple[str, ...]
    date: str | None
    language: str
    method: str
    summary: tuple[Sentence, ...]
    facts: Facts
    stats: Stats
    site: str | None = None
    url: str | None = None
