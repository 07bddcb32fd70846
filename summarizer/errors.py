"""Exceptions raised by the library; the CLI turns them into one-line messages."""
from __future__ import annotations


class BriefError(Exception):
    """Base class of every error brief raises on purpose."""


class InputError(BriefError):
    """An input cannot be read or holds no article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FeedInput(BriefError):
    """The input is an RSS or Atom feed, not an article: a batch briefs its items instead
    (``newsbrief.batch.summarize_many``; ``newsbrief.feeds.read_feed`` lists them)."""

    def __init__(self, source: str, data: bytes, url: str | None = None) -> None:
        super().__init__(f"{source}: a feed, not an article; brief its items")
        self.source = source
        self.data = data
        self.url = url  # after redirects, for the items' relative links


class UnknownMethodError(BriefError):
    """A summarization method name that is not registered."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown method {name!r}; available: {', '.join(known)}")
        self.name = name
        self.known = known


class MissingExtraError(BriefError):
    """A feature needs an optional dependency that is not installed (``pip install '.[x]'``)."""


class CorpusError(BriefError):
    """A corpus run cannot start or go on: an output folder of another run, a lost cluster."""
