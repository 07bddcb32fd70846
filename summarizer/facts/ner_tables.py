"""The big tables of ner.json as sorted lists, looked up by bisection instead of built into dicts.

JSON objects of 25,000 features (their weights) and 12,500 gazetteer names (their kinds)
cost ~15 ms to parse into dicts at every start. ner.json instead holds each table as two
strings, the sorted keys and their values, each joined by SEP: load_model splits them and
``SortedTable`` finds a key by bisection. The gazetteer's entry lengths by first word are
read off its sorted names on demand, as the names that start with ``word + " "`` are
neighbours in sorted order. Every lookup answers as the dicts used in training do
(``ner_features.gazetteer_index`` for the gazetteer).

The weights' values are not text: ner-weights.bin holds each feature's weights packed as
the tagger adds them (``ner_scores.pack``: per tag, the weight plus ner_scores.BIAS as a
little-endian 64-bit integer), in the order of the sorted features (``PackedRows``). Written
as text ("-924 0 0 924 ..."), reading, splitting, parsing and packing them cost ~80 M
instructions of a cold ``brief article.txt`` (13%): a first brief packs ~1,600 rows, at
~22,000 instructions a row from text (Python's int() costs ~2,000 a number) and ~17,000
from a tuple of ints, against ~2,500 read straight from the bytes.
"""
from __future__ import annotations

import mmap
import struct
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

from newsbrief.cache import GenerationCache
from newsbrief.facts.ner_scores import pack

# Joins the keys, and the values, of a table: a character no feature, name or value holds
# (encode checks) that JSON writes as itself; "\n" would be an escape, and the JSON reader
# slows down at every escape.
SEP = "~"
_BISECTIONS = 5_000  # lookups a SortedTable answers by bisection before it builds its dict
_UNASKED, _ABSENT = object(), object()
_MAX_FOUND = 50_000  # words per generation whose entry lengths are kept (newsbrief.cache)


def encode(table: dict[str, str]) -> dict[str, str]:
    """The JSON form of a table of strings: sorted keys and their values, each joined by SEP."""
    keys = sorted(table)
    if any(not key or SEP in key or SEP in table[key] for key in keys):
        raise ValueError(f"a table key is empty, or a key or value holds {SEP!r}")
    return {"keys": SEP.join(keys), "values": SEP.join(table[key] for key in keys)}


def encode_weights(table: dict[str, tuple[int, ...]], tags: int) -> tuple[str, bytes]:
    """The forms of the weights: the sorted features joined by SEP (in ner.json) and their
    packed rows (ner-weights.bin, see PackedRows)."""
    keys = sorted(table)
    if any(not key or SEP in key or len(table[key]) != tags for key in keys):
        raise ValueError(f"a feature is empty or holds {SEP!r}, or has not {tags} weights")
    try:
        return SEP.join(keys), b"".join(pack(table[key]).to_bytes(8 * tags, "little")
                                        for key in keys)
    except struct.error:  # a raised weight out of [0, 2**64)
        raise ValueError("a weight does not fit a lane (see ner_scores.BIAS)") from None


def mapped(path: str) -> bytes | mmap.mmap:
    """The bytes of the read-only file at ``path``, mapped into memory (its bytes as ``read``
    gives them where it cannot be mapped, as an empty file cannot).

    The model's binary files (ner-weights.bin, ner-entries.bin: 3.4 MB) are read a few rows
    at a time, and most rows never by one article. Read whole, every page of them was copied
    into fresh memory at every start (~780 page faults, 1.6% of a cold ``brief
    article.txt``); mapped, a process touches the pages it reads from the page cache, and the
    workers of a batch share them. The files are never written in place (tools replace them
    by a rename), so a mapping never sees them change under it.
    """
    with open(path, "rb") as file:
        try:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, or a file system that cannot map
            return file.read()


def decode_weights(keys: str, rows: bytes | mmap.mmap, tags: int) -> SortedTable:
    """The table ``encode_weights`` wrote: feature -> its weights packed (ner_scores.pack)."""
    return SortedTable(keys.split(SEP) if keys else [], PackedRows(rows, tags))


class PackedRows(Sequence):
    """The rows of ner-weights.bin: row i, the packed weights of the i-th feature in sorted
    order, is ``8 * tags`` bytes, the integer ``ner_scores.pack`` makes (little-endian)."""

    def __init__(self, data: bytes | mmap.mmap, tags: int) -> None:
        self._size = 8 * tags
        if len(data) % self._size:
            raise ValueError(f"{len(data)} bytes are no whole number of {tags}-tag rows")
        self._data = data
        self._count = len(data) // self._size

    def __getitem__(self, i: int) -> int:  # type: ignore[override]  # no slices
        if not 0 <= i < self._count:
            raise IndexError(i)
        return int.from_bytes(self._data[i * self._size:(i + 1) * self._size], "little")

    def __len__(self) -> int:
        return self._count


def decode(data: dict[str, str]) -> SortedTable:
    """The table ``encode`` wrote."""
    keys = data["keys"].split(SEP) if data["keys"] else []
    return KeptTable(keys, data["values"].split(SEP) if keys else [])


class SortedTable(Mapping):
    """A read-only mapping over sorted keys and their values (sequences of equal length: the
    strings of ner.json or the PackedRows of ner-weights.bin).

    A lookup bisects the keys until the table has answered _BISECTIONS lookups (more than
    one article asks for): for a batch, it then builds the dict, which answers faster.
    """

    def __init__(self, keys: list[str], values: Sequence) -> None:
        self.sorted_keys = keys
        self._values = values
        self._dict: dict[str, str] | None = None
        self._bisections = 0

    def get(self, key: str, default=None):
        """The value of ``key``, else ``default``."""
        if self._dict is not None:
            return self._dict.get(key, default)
        self._bisections += 1
        if self._bisections > _BISECTIONS:
            self._dict = dict(zip(self.sorted_keys, self._values, strict=True))
        keys = self.sorted_keys
        i = bisect_left(keys, key)
        return self._values[i] if i < len(keys) and keys[i] == key else default

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.sorted_keys)

    def __len__(self) -> int:
        return len(self.sorted_keys)

    def prefixed_holds(self, prefix: str, part: str) -> bool:
        """Whether a key opening with ``prefix`` has a value holding ``part`` (a bisection
        to the keys so opening, then a walk over them)."""
        keys = self.sorted_keys
        i = bisect_left(keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            if part in self._values[i]:
                return True
            i += 1
        return False


class KeptTable(SortedTable):
    """A SortedTable that keeps each key's answer once bisected, until it builds its dict:
    for the gazetteer, which the entity rules ask about the same names in every story. (Not
    the weights, whose rows the model keeps itself: their look-ups, thousands in a cold
    start, would pay for the keeping and never use it.)"""

    def __init__(self, keys: list[str], values: Sequence) -> None:
        super().__init__(keys, values)
        self._found: dict[str, object] = {}  # key -> its value (_ABSENT: no such key)

    def get(self, key: str, default=None):
        """The value of ``key``, else ``default``."""
        if self._dict is not None:
            return self._dict.get(key, default)
        found = self._found.get(key, _UNASKED)
        if found is _UNASKED:
            found = self._found[key] = super().get(key, _ABSENT)
        else:  # a kept answer counts as a look-up too (see _BISECTIONS)
            self._bisections += 1
            if self._bisections > _BISECTIONS:
                self._dict = dict(zip(self.sorted_keys, self._values, strict=True))
        if self._dict is not None:  # the answers are not needed any more
            self._found = {}
        return default if found is _ABSENT else found


class FirstWordSizes(Mapping):
    """First word -> the lengths in words of the gazetteer entries it starts, longest first."""

    def __init__(self, names: list[str]) -> None:
        """``names``: the gazetteer's names, sorted."""
        self.names = names
        # a word's lengths, once worked out
        self._found: GenerationCache[str, list[int] | None] = GenerationCache(
            self._sizes, _MAX_FOUND)

    def get(self, word: str, default=None):
        """The entry lengths of ``word``, else ``default``."""
        try:
            found = self._found.recent[word]  # the usual case, without a call
        except KeyError:
            found = self._found(word)
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
