"""Fast tag scores: the sums of ner_features' weights, cached per word across documents."""
from __future__ import annotations

from .ner_features import END, OPENERS, START, lowered_words, role_features, word_shape

_MAX_WORDS = 50_000  # the cache (about 9 MB) starts afresh beyond this many words
_SHAPE_FEATURES = ("first|", "headline|", "after-opening|")
CAPITALISED, OPENER, GAZETTEER_START, LOWER_ID, CAPITALS, SMALLS = range(6)  # WordTable.flags


class WordTable:
    """Per word: summed weights in each role, rows of its shape conjunctions, flags."""

    def __init__(self, model) -> None:
        self.model = model
        self.zero = model.weights.shape[0] - 1  # the all-zero row
        self._reset()

    def _reset(self) -> None:
        import numpy as np

        self.ids: dict[str, int] = {}
        self.lower_ids: dict[str, int] = {}  # lower-cased form -> small integer
        self.roles = np.zeros((1024, 5, len(self.model.tags)), dtype=np.float32)
        self.shapes = np.zeros((1024, 3), dtype=np.int64)  # rows of _SHAPE_FEATURES
        # per word: [CAPITALISED, OPENER, GAZETTEER_START, LOWER_ID, CAPITALS, SMALLS]
        self.flags = np.zeros((1024, 6), dtype=np.int64)

    def row(self, feature: str) -> int:
        return self.model.index.get(feature, self.zero)

    def lookup(self, words: list[str]) -> list[int]:
        """Table ids of ``words``, adding the words not seen before in one batch."""
        found = list(map(self.ids.get, words))
        if None not in found:
            return found
        new = [w for w in dict.fromkeys(words) if w not in self.ids]
        if len(self.ids) + len(new) > _MAX_WORDS:
            self._reset()
            new = list(dict.fromkeys(words))
        self._add(new)
        return list(map(self.ids.__getitem__, words))

    def _add(self, words: list[str]) -> None:
        import numpy as np

        index, zero, first = self.model.index, self.zero, len(self.ids)
        rows: list[int] = []
        offsets: list[int] = []
        while first + len(words) > len(self.roles):
            self.roles = np.concatenate([self.roles, np.zeros_like(self.roles)])
            self.shapes = np.concatenate([self.shapes, np.zeros_like(self.shapes)])
            self.flags = np.concatenate([self.flags, np.zeros_like(self.flags)])
        starts_entry = self.model.gazetteer.sizes
        for n, word in enumerate(words):
            for feats in role_features(word):
                offsets.append(len(rows))
                rows.append(zero)  # so that no role is an empty segment for reduceat
                rows.extend(index[f] for f in feats if f in index)
            shape = word_shape(word)
            self.shapes[first + n] = [self.row(name + shape) for name in _SHAPE_FEATURES]
            lower = word.lower()
            self.flags[first + n] = (word[:1].isupper(), word in OPENERS,
                                     word[:1].isupper() and lower in starts_entry,
                                     self.lower_ids.setdefault(lower, len(self.lower_ids)),
                                     sum(map(str.isupper, word)), sum(map(str.islower, word)))
            self.ids[word] = first + n
        sums = np.add.reduceat(self.model.weights[np.array(rows)], np.array(offsets), axis=0)
        self.roles[first:first + len(words)] = sums.reshape(len(words), 5, -1)


def emissions(table: WordTable, sentences: list[list[str]], lowered: frozenset[str] | None = None):
    """Scores (tokens x tags) of every token of the non-empty sentences, in order.

    ``lowered``: the document's lower-case words (by default, those of ``sentences``).
    """
    import numpy as np

    sentences = [words for words in sentences if words]
    padded: list[str] = []
    for words in sentences:
        padded += (START, START)
        padded += words
        padded += (END, END)
    f = np.array(table.lookup(padded))
    lengths = np.array([len(words) for words in sentences])
    # position in f of each token: skip the two pads before and after each sentence
    pads = 4 * np.repeat(np.arange(len(sentences)), lengths)
    p = np.arange(len(f) - 4 * len(sentences)) + 2 + pads
    w = f[p]
    weights = table.model.weights
    # one gather: row 5 v + r of the flattened table is word v in role r (see ROLES)
    rows = np.stack([w * 5, f[p - 1] * 5 + 1, f[p + 1] * 5 + 2,
                     f[p - 2] * 5 + 3, f[p + 2] * 5 + 4], 1)
    roles = table.roles
    scores = roles.reshape(-1, roles.shape[2])[rows].sum(1, dtype=np.float64)
    flags = table.flags[w]
    firsts = np.cumsum(lengths) - lengths
    scores[firsts] += weights[table.shapes[w[firsts], 0]]
    capitals = np.add.reduceat(flags[:, CAPITALS], firsts)
    smalls = np.add.reduceat(flags[:, SMALLS], firsts)
    in_headline = np.repeat((capitals + smalls >= 4) & (capitals >= 4 * smalls), lengths)
    scores[in_headline] += weights[table.shapes[w[in_headline], 1]]
    seen_lower = np.zeros(len(table.lower_ids), dtype=bool)
    lower_ids = table.lower_ids
    # a lower-case word no word here lower-cases to has no id and cannot matter
    marks = [lower_ids.get(x) for x in (lowered_words(sentences) if lowered is None else lowered)]
    seen_lower[[i for i in marks if i is not None]] = True
    lowered = seen_lower[flags[:, LOWER_ID]] & (flags[:, CAPITALISED] == 1)
    sentence_start = np.zeros(len(w), dtype=bool)
    sentence_start[firsts] = True
    scores[lowered & sentence_start] += weights[table.row("lower-elsewhere|first")]
    scores[lowered & ~sentence_start] += weights[table.row("lower-elsewhere")]
    opened = table.flags[f[p - 1], OPENER] == 1
    scores[opened] += weights[table.shapes[w[opened], 2]]
    _add_gazetteer(table, sentences, np.flatnonzero(flags[:, GAZETTEER_START]), firsts, scores)
    return scores


def _add_gazetteer(table: WordTable, sentences: list[list[str]], candidates, firsts,
                   scores) -> None:
    """Gazetteer marks, looked up only where an entry may start."""
    import numpy as np

    if not len(candidates):
        return
    owners = (np.searchsorted(firsts, candidates, side="right") - 1).tolist()
    firsts_list = firsts.tolist()
    by_sentence: dict[int, list[int]] = {}
    for token, owner in zip(candidates.tolist(), owners, strict=True):
        by_sentence.setdefault(owner, []).append(token - firsts_list[owner])
    for owner, at in by_sentence.items():
        for i, marks in table.model.gazetteer.marks(sentences[owner], at).items():
            for mark in marks:
                scores[firsts_list[owner] + i] += table.model.weights[table.row(f"gaz={mark}")]
