"""A bounded cache for values worked out per word, kept across the documents of a batch.

The words of a long batch never stop coming, so a cache of every word grows without end;
one that starts afresh when full forgets "the" and "said" with the rest and works them all
out again. This one keeps two generations: when the recent one is full it becomes the
older one, and what the older one held and is asked again moves back to the recent one.
Words in use stay; words not asked for in a whole generation go. At most ``2 * size``
values are kept.

Hot paths look up ``cache.recent`` themselves (one dict lookup, as a plain dict costs) and
call the cache only on a miss.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
_MISSING = object()


class GenerationCache(Generic[K, V]):
    """``make(key)``, worked out once per key while the key stays in use."""

    __slots__ = ("recent", "_older", "_make", "_size")

    def __init__(self, make: Callable[[K], V], size: int) -> None:
        self.recent: dict[K, V] = {}
        self._older: dict[K, V] = {}
        self._make = make
        self._size = size

    def __call__(self, key: K) -> V:
        """The value of ``key``."""
        found: Any = self.recent.get(key, _MISSING)  # a V, or the _MISSING marker
        if found is _MISSING:
            found = self._older.pop(key, _MISSING)
            if found is _MISSING:
                found = self._make(key)
            if len(self.recent) >= self._size:
                self._older, self.recent = self.recent, {}
            self.recent[key] = found
        return found

    def __len__(self) -> int:
        return len(self.recent) + len(self._older)

    def clear(self) -> None:
        self.recent, self._older = {}, {}
