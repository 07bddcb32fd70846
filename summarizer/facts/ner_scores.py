"""Fast tag scores: the sums of ner_features' weights, cached per word across documents.

A row of weights (one integer per tag) is held packed in one Python integer, 64 bits per
tag, each tag's weight raised by BIAS so that no lane is negative: adding packed rows adds
every tag's weights at once with no carry between lanes (a few hundred rows at most). A
sum of n rows is its tags' scores all raised by n * BIAS, the same for every tag, which
changes neither which tag leads nor Viterbi's choices (each path crosses each token once).
"""
from __future__ import annotations

import struct

from .ner_features import END, OPENERS, START, role_features, word_shape

BIAS = 1 << 40  # above any weight sum; 2**64 / BIAS rows fit in a lane
_MAX_WORDS = 50_000  # the cache starts afresh beyond this many words
_SHAPE_FEATURES = ("first|", "headline|", "after-opening|")
# Fields of a WordTable entry: the word's packed weights in each role of ROLES, then the
# per-role lower bounds of what it adds to (O score - best other score), then the packed
# rows of its shape conjunctions (0: unknown feature), then flags and letter counts.
OWN, PREV1, NEXT1, PREV2, NEXT2, LEADS = range(6)
FIRST, HEADLINE, OPENED = range(6, 9)
CAPITALISED, OPENER, GAZETTEER_START, LOWER, CAPITALS, SMALLS, UPPER_LEAD = range(9, 16)


def pack(row: tuple[int, ...]) -> int:
    """One integer holding ``row``, tag j (raised by BIAS) in bits 64 j to 64 j + 63."""
    return int.from_bytes(struct.pack(f"<{len(row)}Q", *(v + BIAS for v in row)), "little")


def unpacker(tags: int):
    """A function from a packed sum to its tuple of (raised) scores."""
    unpack = struct.Struct(f"<{tags}Q").unpack
    size = 8 * tags
    return lambda packed: unpack(packed.to_bytes(size, "little"))


def lead(row: tuple[int, ...]) -> int:
    """How far the O score (first) leads the best other tag's."""
    return row[0] - max(row[1:])


class WordTable:
    """Per word: packed weights in each role, rows of its shape conjunctions, flags."""

    def __init__(self, model) -> None:
        self.model = model
        self.unpack = unpacker(len(model.tags))
        self.entries: dict[str, tuple] = {}

    def entry(self, word: str) -> tuple:
        """The cached entry of ``word`` (see the field names above)."""
        found = self.entries.get(word)
        if found is None:
            if len(self.entries) >= _MAX_WORDS:
                self.entries = {}
            found = self.entries[word] = self._make(word)
        return found

    def _make(self, word: str) -> tuple:
        row = self.model.packed_row
        sums = [sum(map(row, feats)) for feats in role_features(word)]
        shape = word_shape(word)
        capitalised = word[:1].isupper()
        lower = word.lower()
        capitals, smalls = sum(map(str.isupper, word)), sum(map(str.islower, word))
        return (*sums, tuple(lead(self.unpack(s)) for s in sums),
                *(row(name + shape) for name in _SHAPE_FEATURES),
                capitalised, word in OPENERS, capitalised and lower in self.model.gazetteer.sizes,
                lower, capitals, smalls, capitals - 4 * smalls)


def sentence_scores(table: WordTable, words: list[str], lowered: frozenset[str]
                    ) -> dict[int, tuple[int, ...]]:
    """The unsure tokens of a sentence (see ner.decode) and their (raised) tag scores.

    ``lowered``: the document's lower-case words.
    """
    entries, entry = table.entries, table.entry
    padded = [entry(START), entry(START)]
    padded += [entries.get(w) or entry(w) for w in words]
    padded += (entry(END), entry(END))
    own = padded[2:-2]
    headline = sum([e[UPPER_LEAD] for e in own]) >= 0 and sum(  # see is_headline
        [e[CAPITALS] + e[SMALLS] for e in own]) >= 4
    # lead(a + b) >= lead(a) + lead(b): a token whose bound passes the margin is O, unless
    # features of its position (first word, capitals, after a quote, gazetteer) add to it
    leads = [e[LEADS] for e in padded]
    margin = table.model.margin
    todo = [i for i, (a, b, c, d, f, e, p) in enumerate(zip(
        leads[2:], leads[1:], leads[3:], leads, leads[4:], own, padded[1:], strict=False))
        if a[0] + b[1] + c[2] + d[3] + f[4] <= margin or e[CAPITALISED] or p[OPENER]]
    marks = _gazetteer_marks(table, words, padded) if any(
        e[GAZETTEER_START] for e in own) else {}
    if headline or marks or (todo and todo[0]):
        todo = range(len(words)) if headline else sorted({0, *todo, *marks})
    unpack = table.unpack
    out: dict[int, tuple[int, ...]] = {}
    for i in todo:
        p2, p1, e, n1, n2 = padded[i:i + 5]
        score = e[OWN] + p1[PREV1] + n1[NEXT1] + p2[PREV2] + n2[NEXT2]
        lowered_word = e[CAPITALISED] and e[LOWER] in lowered
        if i == 0 or headline or lowered_word or p1[OPENER] or i in marks:
            score += _positional(table, e, i, headline, lowered_word, p1[OPENER], marks)
        scores = unpack(score)
        if scores[0] - max(scores[1:]) <= margin:
            out[i] = scores
    return out


def _positional(table: WordTable, e: tuple, i: int, headline: bool, lowered_word: bool,
                opened: bool, marks: dict[int, list[str]]) -> int:
    """The packed features of a token that depend on where it stands (ner_features)."""
    row = table.model.packed_row
    total = 0
    if i == 0:
        total += e[FIRST]
    if headline:
        total += e[HEADLINE]
    if lowered_word:
        total += row("lower-elsewhere|first" if i == 0 else "lower-elsewhere")
    if opened:
        total += e[OPENED]
    for mark in marks.get(i, ()):
        total += row(f"gaz={mark}")
    return total


def _gazetteer_marks(table: WordTable, words: list[str], padded: list) -> dict[int, list[str]]:
    """Gazetteer marks, looked up only where an entry may start."""
    at = [i for i in range(len(words)) if padded[i + 2][GAZETTEER_START]]
    return table.model.gazetteer.marks(words, at)
