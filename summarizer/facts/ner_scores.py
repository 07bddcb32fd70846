"""Fast tag scores: the sums of ner_features' weights, cached per word across documents.

A row of weights (one integer per tag) is held packed in one Python integer, 64 bits per
tag, each tag's weight raised by BIAS so that no lane is negative: adding packed rows adds
every tag's weights at once with no carry between lanes (a few hundred rows at most). A
sum of n rows is its tags' scores all raised by n * BIAS, the same for every tag, which
changes neither which tag leads nor Viterbi's choices (each path crosses each token once).

A WordTable keeps rows relative to their O weight: lane j holds w_j - w_O, which may be
negative (the integer is still the exact sum of its lanes times 2**(64 j)), and a word's
own row also holds LIFT in every lane. A token sums one own row, so its lane j holds
LIFT + s_j - s_O, in (0, 2**62): the same choices again (every tag moved by LIFT - s_O),
and its lead over each tag is read off its own lane (LeadTest).
"""
from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from functools import lru_cache
from operator import itemgetter

from newsbrief.cache import GenerationCache
from newsbrief.facts.ner_features import END, START, role_features, word_shape
from newsbrief.lexicon import OPENING_MARKS

BIAS = 1 << 40  # above any weight sum; 2**64 / BIAS rows fit in a lane
LIFT = 1 << 61  # above any difference of two tags' scores
_LANE = (1 << 64) - 1
_MAX_WORDS = 50_000  # words (and shared features) per generation of the caches
_SHAPE_FEATURES = ("first|", "headline|", "after-opening|")
# Fields of a WordTable entry: the word's weights in each role of ROLES (relative rows,
# see above), then per role a lower bound of what it adds to (O score - best other score),
# then the relative rows of its shape conjunctions (0: unknown feature), then flags, the
# word in lower case (None if that is not lower case: "ϒ" has no lower case, "1996" no
# case) and letter counts.
# (_scores and _candidates, run at every token, write their numbers out: reading a constant
# costs less than looking up a global's, ~5% of those loops.)
OWN, PREV1, NEXT1, PREV2, NEXT2 = range(5)
BOUND_OWN, BOUND_PREV1, BOUND_NEXT1, BOUND_PREV2, BOUND_NEXT2 = range(5, 10)
FIRST, HEADLINE, OPENED = range(10, 13)
CAPITALISED, OPENER, GAZETTEER_START, LOWER, LETTERS, UPPER_LEAD = range(13, 19)
# A bound this low sends a token to be scored whatever its neighbours add: capitalised
# words, and words after an opening quote (their positional features are not in the bound).
FORCED = -(1 << 62)
_UPPER_LEAD, _LETTERS = itemgetter(UPPER_LEAD), itemgetter(LETTERS)


def pack(row: tuple[int, ...]) -> int:
    """One integer holding ``row``, tag j (raised by BIAS) in bits 64 j to 64 j + 63."""
    return int.from_bytes(_lanes(len(row)).pack(*map(_RAISE, row)), "little")


_RAISE = BIAS.__add__


@lru_cache(maxsize=None)
def _lanes(tags: int) -> struct.Struct:
    return struct.Struct(f"<{tags}Q")


def unpacker(tags: int):
    """A function from a packed sum to its tuple of (raised) scores."""
    unpack = _lanes(tags).unpack
    size = 8 * tags
    return lambda packed: unpack(packed.to_bytes(size, "little"))


class WordTable:
    """Per word: packed weights in each role, rows of its shape conjunctions, flags."""

    def __init__(self, model, stay_limits: tuple[int, ...]) -> None:
        """``stay_limits``: the LeadTest limits of tokens that may leave O (ner.stay_limits)."""
        self.model = model
        tags = len(model.tags)
        self.unpack = unpacker(tags)
        self.entries: GenerationCache[str, tuple] = GenerationCache(self._make, _MAX_WORDS)
        self.ones = sum(1 << 64 * j for j in range(tags))  # 1 in every lane
        self.lift = LIFT * self.ones  # LIFT in every lane
        self.unpack_bytes = _lanes(tags).unpack  # of a packed sum's bytes (see unpacker)
        self.size = 8 * tags
        # emissions(): lane j + to_top is 2**63 + s_j - s_O, in (2**62, 2**64); flipping the
        # top bits leaves s_j - s_O in two's complement, read as a signed lane
        self.to_top = ((1 << 63) - LIFT) * self.ones
        self.all_tops = sum(1 << 64 * j + 63 for j in range(tags))
        self.unpack_signed = struct.Struct(f"<{tags}q").unpack
        self.lead = LeadTest(tags)
        self.unsure_shift = self.lead.shift((model.margin,) * tags)  # see ner.decode
        self.leave_shift = self.lead.shift(stay_limits)
        # feature -> its relative row (shapes, gazetteer)
        self.row: GenerationCache[str, int] = GenerationCache(
            lambda feature: self.relative(model.packed_row(feature)), _MAX_WORDS)
        # rows of "lower-elsewhere" for the first word and the others (ner_features)
        self.lower_rows = (self.row("lower-elsewhere|first"), self.row("lower-elsewhere"))

    def emissions(self, packed: int) -> tuple[int, ...]:
        """A token's scores from its relative sum: s_j - s_O per tag j (O's is 0).

        The same Viterbi choices as the lanes LIFT + s_j - s_O (each path crosses each token
        once), in small integers: their sums cost Python about half as much.
        """
        return self.unpack_signed(((packed + self.to_top) ^ self.all_tops).to_bytes(
            self.size, "little"))

    def relative(self, packed: int) -> int:
        """A packed (raised) sum of rows, relative to its O weight (see above)."""
        return packed - (packed & _LANE) * self.ones

    def _make(self, word: str) -> tuple:
        """The entry of ``word`` (see the field names above), cached in ``entries``.

        A first brief makes ~300 entries: the summed rows and O's leads of a common word
        are read from the model's shipped ones (ner_entries), the others made here.
        """
        shipped = self.model.entries
        found = shipped.get(word) if shipped is not None else None
        if found is None:
            shape = word_shape(word)
            rows, bounds = self.summed(word, shape)
        else:
            rows, bounds, shape = found
        lower = word.lower()
        capitalised = word[:1].isupper()
        capitals, smalls = sum(map(str.isupper, word)), sum(map(str.islower, word))
        return (*rows, *bounds, *(self.row(name + shape) for name in _SHAPE_FEATURES),
                capitalised, word in OPENING_MARKS,
                capitalised and lower in self.model.gazetteer.sizes,
                lower if lower.islower() else None, capitals + smalls, capitals - 4 * smalls)

    def summed(self, word: str, shape: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """A word's rows in each role of ROLES, relative (the own row with LIFT added), and
        per role a lower bound of how far O leads (FORCED where positional features may add
        to a capitalised word or the word after an opening mark); ``shape``: its word_shape.

        ~120 k instructions a word: the calls of the simplest reading (``relative``, and
        how far the O score leads the best other tag's in ``self.unpack(...)``) are
        written out here.
        """
        row, made = self.model.packed_row, self.model.rows.get
        sums = []
        for feats in role_features(word, shape):
            total = 0
            for feature in feats:  # the rows made already without a call (the usual case)
                found = made(feature)
                total += row(feature) if found is None else found
            sums.append(total)
        # a role none of whose features the model has (0: ~30% of new words' roles) leads by 0
        unpack, size = self.unpack_bytes, self.size
        bounds = []
        for total in sums:
            scores = unpack(total.to_bytes(size, "little")) if total else None
            bounds.append(scores[0] - max(scores[1:]) if scores else 0)  # O's lead
        ones = self.ones
        rows = [total - (total & _LANE) * ones for total in sums]  # relative(total)
        rows[0] += self.lift
        if word[:1].isupper():
            bounds[0] = FORCED
        if word in OPENING_MARKS:
            bounds[1] = FORCED  # the word after it
        return tuple(rows), tuple(bounds)


class LeadTest:
    """Tests of a token's relative sum: is the O score's lead over some tag j >= 1 at most
    limits[j]?

    Non-zero exactly when ``s_O - s_j <= limits[j]`` for some j, without unpacking the
    scores s. Lane j of the sum holds LIFT + s_j - s_O, in (0, 2**62); with
    |limits[j]| < 2**61, lane j >= 1 of packed + SHIFT is 2**63 + s_j - s_O + limits[j],
    in (0, 2**64): no lane carries into another, and its top bit is set exactly when
    s_O - s_j <= limits[j].
    """

    def __init__(self, tags: int) -> None:
        self.tops = sum(1 << 64 * j + 63 for j in range(1, tags))  # top bits but O's

    def shift(self, limits: tuple[int, ...]) -> int:
        """SHIFT above, for ``limits`` (limits[0] is not used)."""
        return sum((1 << 63) - LIFT + limit << 64 * j for j, limit in enumerate(limits) if j)

    def __call__(self, packed: int, shift: int) -> int:
        """The test with the limits of ``shift``."""
        return (packed + shift) & self.tops


def sentence_scores(table: WordTable, words: list[str], lowered: frozenset[str]
                    ) -> tuple[dict[int, int], list[int]]:
    """The unsure tokens of a sentence (see ner.decode), in order, with their packed scores,
    and those of them that may leave O (see ner.stay_limits).

    ``lowered``: the document's lower-case words (or all its words: only lower-case
    words are looked up in it).
    """
    entry = table.entries
    entries = entry.recent
    # one call for the sentence: most words are known (a None is replaced just below, so the
    # list is typed as the entries it ends up holding; no cast call in this hot path)
    own: list = list(map(entries.get, words))
    if None in own:
        own = [e or entry(w) for e, w in zip(own, words, strict=True)]
    ends = entries.get(END) or entry(END)
    padded = [entries.get(START) or entry(START)] * 2 + own + [ends, ends]
    headline = sum(map(_UPPER_LEAD, own)) >= 0 and sum(map(_LETTERS, own)) >= 4  # is_headline
    todo: Sequence[int] = _candidates(own, padded, table.model.margin)
    at = [i for i in todo if own[i][GAZETTEER_START]]  # capitalised: all among the todo
    marks = table.model.gazetteer.marks(words, at) if at else {}
    if headline or marks or (todo and todo[0]):
        todo = range(len(words)) if headline else sorted({0, *todo, *marks})
    return _scores(table, padded, todo, headline, marks, lowered)


def _scores(table: WordTable, padded: list[tuple], todo, headline: bool,
            marks: Mapping[int, Sequence[str]], lowered: frozenset[str]
            ) -> tuple[dict[int, int], list[int]]:
    """The packed scores of the unsure tokens among ``todo``, and those that may leave O."""
    lower_first, lower_later = table.lower_rows
    tops, unsure_shift, leave_shift = table.lead.tops, table.unsure_shift, table.leave_shift
    out: dict[int, int] = {}
    leaving: list[int] = []
    for i in todo:  # padded[i + 2] is token i (fields written out, see OWN above)
        p1, e = padded[i + 1], padded[i + 2]
        # e[OWN] + p1[PREV1] + n1[NEXT1] + p2[PREV2] + n2[NEXT2], without a slice of padded
        score = e[0] + p1[1] + padded[i + 3][2] + padded[i][3] + padded[i + 4][4]
        if e[13] and e[16] in lowered:  # CAPITALISED, LOWER; common ("The", "He"): no call
            score += lower_later if i else lower_first
        if not i:
            score += e[10]  # FIRST
        if headline or p1[14] or i in marks:  # p1[OPENER]
            score += _positional(table, e, headline, p1[14], marks.get(i, ()))
        if (score + unsure_shift) & tops:  # LeadTests, inline
            out[i] = score
            if (score + leave_shift) & tops:
                leaving.append(i)
    return out, leaving


def _candidates(own: list[tuple], padded: list[tuple], margin: int) -> list[int]:
    """Tokens that may be unsure: all but those whose lower bound of lead passes the margin.

    lead(a + b) >= lead(a) + lead(b), so a token whose bound passes the margin is O,
    unless features of its position add to it: capitalised words (first word, capitals,
    gazetteer) and words after an opening quote have FORCED bounds.
    """
    # Indexed lists, not a zip of them: unpacking the zip's tuples of five cost ~0.4 M
    # instructions more per article (of ~1.9 M for this function). Fields BOUND_OWN to
    # BOUND_NEXT2.
    p1, n1, n2 = padded[1:], padded[3:], padded[4:]  # p2: padded itself
    return [i for i in range(len(own))
            if own[i][5] + p1[i][6] + n1[i][7] + padded[i][8] + n2[i][9] <= margin]


def _positional(table: WordTable, e: tuple, headline: bool, opened: bool,
                marks: Sequence[str]) -> int:
    """The packed features of a token that depend on where it stands (ner_features).

    All but lower-elsewhere and first-word, which _scores adds itself.
    """
    total = 0
    if headline:
        total += e[HEADLINE]
    if opened:
        total += e[OPENED]
    for mark in marks:
        total += table.row(f"gaz={mark}")
    return total
