"""Typed, immutable records that flow between the stages of the pipeline."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article body, verbatim, with where it stands."""

    text: str
    index: int
    start: int
    end: int
    paragraph: int
    paragraph_position: int  # 0 for the first sentence of its paragraph


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Document:
    """An article split into sentences, ready for ranking and fact extraction."""

    article: Article
    sentences: tuple[Sentence, ...]
    words: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organization or place, with how often the article names it."""

    name: str
    kind: str  # "person" | "organization" | "place"
    mentions: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NumberFact:
    """A number with the words that say what it counts."""

    text: str
    context: str
    kind: str = "number"  # number | money | percent | measure
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class DateFact:
    """A date or time expression and its resolved value."""

    text: str
    value: str | None  # ISO date, time or date-time when resolvable
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation and who said it, if known."""

    text: str
    speaker: str | None
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Facts:
    """The key facts of an article."""

    headline: str | None = None
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    numbers: tuple[NumberFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Stats:
    """The size of the article."""

    words: int
    sentences: int


@dataclass(frozen=True, slots=True)
class Options:
    """What the caller asks for; built once by the CLI or by a script."""

    method: str = "brief"
    sentences: int = 3
    ratio: float | None = None
    words: int | None = None
    language: str | None = None  # None: detect
    facts: bool = True


@dataclass(frozen=True, slots=True)
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
