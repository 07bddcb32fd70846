"""The shipped gazetteer as sorted lists, looked up by bisection instead of built into dicts.

ner.json holds the lower-cased names in sorted order, one string joined by newlines, and
their kinds the same way: splitting two strings at start-up costs a fraction of what JSON
objects of 12,500 names (their kinds) and 9,000 first words (their entry lengths) cost to
parse. The entry lengths by first word are read off the sorted names on demand: the names
that start with ``word + " "`` are neighbours in sorted order. Both views answer exactly
as the dicts ``Gazetteer`` is built from in training (``ner_features.gazetteer_index``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping

_MAX_FOUND = 50_000  # words whose entry lengths are kept; beyond, the cache starts afresh


def encode(kinds: dict[str, str]) -> dict[str, str]:
    """The JSON form of a gazetteer: sorted names and their kinds, each joined by newlines."""
    names = sorted(kinds)
    if any(not name or "\n" in name or "\n" in kinds[name] for name in names):
        raise ValueError("a gazetteer name is empty, or a name or kind holds a newline")
    return {"names": "\n".join(names), "kinds": "\n".join(kinds[name] for name in names)}


def decode(data: dict[str, str]) -> tuple[NameKinds, FirstWordSizes]:
    """The kinds by name and the entry lengths by first word of an ``encode``d gazetteer."""
    names = data["names"].split("\n") if data["names"] else []
    kinds = NameKinds(names, data["kinds"].split("\n") if names else [])
    return kinds, FirstWordSizes(names)


class NameKinds(Mapping):
    """Name -> its kinds ("LOC,region"), over sorted names."""

    def __init__(self, names: list[str], kinds: list[str]) -> None:
        self.names = names
        self.kinds = kinds

    def get(self, name: str, default=None):
        """The kinds of ``name``, else ``default`` (the lookup ``Gazetteer.marks`` makes)."""
        names = self.names
        i = bisect_left(names, name)
        return self.kinds[i] if i < len(names) and names[i] == name else default

    def __getitem__(self, name: str) -> str:
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


class FirstWordSizes(Mapping):
    """First word -> the lengths in words of the entries it starts, longest first."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self._found: dict[str, list[int] | None] = {}  # a word's lengths, once worked out

    def get(self, word: str, default=None):
        """The entry lengths of ``word``, else ``default``."""
        try:
            found = self._found[word]
        except KeyError:
            if len(self._found) >= _MAX_FOUND:
                self._found = {}
            found = self._found[word] = self._sizes(word)
        return default if found is None else found

    def _sizes(self, word: str) -> list[int] | None:
        if " " in word:  # a first word never holds a space
            return None
        names = self.names
        i = bisect_left(names, word)
        alone = i < len(names) and names[i] == word
        # the names that start with word + " " sort from word + " " up to word + "!"
        first, end = bisect_left(names, word + " ", i), bisect_left(names, word + "!", i)
        if not alone and first == end:
            return None
        sizes = {names[j].count(" ") + 1 for j in range(first, end)}
        if alone:
            sizes.add(1)
        return sorted(sizes, reverse=True)

    def __getitem__(self, word: str) -> list[int]:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or " " in word:
            return False
        names = self.names
        i = bisect_left(names, word)
        if i < len(names) and names[i] == word:
            return True
        j = bisect_left(names, word + " ", i)
        return j < len(names) and names[j].startswith(word + " ")

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(name.partition(" ")[0] for name in self.names))

    def __len__(self) -> int:
        return sum(1 for _ in self)

