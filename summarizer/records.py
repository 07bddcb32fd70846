"""Typed, immutable records that flow between the stages of the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter


def record(cls):
    """``@dataclass(frozen=True, slots=True)``, with one __eq__, __hash__ and __repr__ for all.

    dataclass compiles those three anew for every class, ~0.25 ms a class at every start;
    the shared ones compare, hash and show the field values exactly as dataclass's do.
    """
    cls = dataclass(frozen=True, slots=True, eq=False, repr=False)(cls)
    names = tuple(f.name for f in fields(cls))
    get = attrgetter(*names)
    cls._record_values = get if len(names) > 1 else lambda record: (get(record),)
    cls._record_names = names
    cls.__eq__, cls.__hash__, cls.__repr__ = _eq, _hash, _repr
    return cls


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
    kind: str = "number"  # number | money | percent | measure
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
