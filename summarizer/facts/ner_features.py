"""Features of the entity tagger, shared by training (tools/train_ner.py) and tagging."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

from newsbrief.cache import GenerationCache
from newsbrief.lexicon import OPENING_MARKS

START, END = "<s>", "</s>"  # pseudo-words beyond the ends of a sentence
# Roles a word plays for a token: itself, one or two words before it, one or two after.
ROLES = ("own", "prev1", "next1", "prev2", "next2")
_MAX_WORDS = 50_000  # words per generation of the gazetteer's first-word cache
_UNSEEN = object()
_FirstWord = tuple[str, Sequence[int], bool, "str | None"]  # see Gazetteer._first_word


def word_shape(word: str) -> str:
    """Character classes with runs cut to two: Smith -> Xxx, NATO -> XX, U.S. -> X.X."""
    out: list[str] = []
    for ch in word[:24]:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != kind or out[-2] != kind:
            out.append(kind)
    return "".join(out)


def _case(word: str) -> str:
    if word.isupper():
        return "upper" if len(word) > 1 else "cap1"
    if word[:1].isupper():
        return "title" if word[1:].islower() or len(word) == 1 else "mixed"
    if word.islower():
        return "lower"
    return "other"


def role_features(word: str, shape: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The features ``word`` lends to a token in each role of ROLES; ``shape``: its
    word_shape, if the caller has it already.

    Not cached here: tagging asks once per word (ner_scores.WordTable keeps the sums), and
    a cache of every word's ~16 strings would hold ~1.3 kB per word of a long batch.
    """
    if word in (START, END):
        return tuple((f"{role}={word}",) for role in ROLES)
    lower = word.lower()
    if shape is None:
        shape = word_shape(word)
    own = ["bias", f"w={lower}", f"shape={shape}", f"case={_case(word)}",
           f"suf2={lower[-2:]}", f"suf3={lower[-3:]}", f"suf4={lower[-4:]}",
           f"pre2={lower[:2]}", f"pre3={lower[:3]}"]
    if "-" in word:
        own.append("hyphen")
        own.append(f"head={lower.rsplit('-', 1)[-1]}")
    return (
        tuple(own),
        (f"p1w={lower}", f"p1s={shape}"),
        (f"n1w={lower}", f"n1s={shape}"),
        (f"p2w={lower}",),
        (f"n2w={lower}",),
    )


class Gazetteer:
    """Lower-cased names (tokens joined by spaces) and the kinds they are listed as."""

    def __init__(self, kinds: Mapping[str, str], sizes: Mapping[str, Sequence[int]] | None = None,
                 pairs: list[str] | None = None) -> None:
        """``sizes``, ``pairs``: ``gazetteer_index(kinds)`` if given (the model ships them)."""
        self.kinds = kinds
        if sizes is None or pairs is None:
            sizes, pairs = gazetteer_index(kinds)
        self.sizes = sizes  # first word -> entry lengths, longest first
        self.pairs = frozenset(pairs)  # first two words of the longer entries
        # word -> what marks() reads of it first (see _first_word), kept across documents
        self._first: GenerationCache[str, _FirstWord | None] = GenerationCache(
            self._first_word, _MAX_WORDS)

    def marks(self, words: list[str], at: list[int] | None = None) -> dict[int, list[str]]:
        """``TYPE|B/I/U`` marks of tokens covered by entries that start with a capital.

        ``at``, if given, lists the only token positions where an entry may start.
        """
        marks: dict[int, list[str]] = {}
        covered = 0
        known, first_word = self._first.recent, self._first
        for i in (range(len(words)) if at is None else at):
            if i < covered:
                continue
            first: Any = known.get(words[i], _UNSEEN)  # (the usual case, without a call)
            if first is _UNSEEN:
                first = first_word(words[i])
            if first is None:
                continue
            lower, sizes, longer, alone = first
            if longer:  # longer entries: only if the pair matches
                pair = f"{lower} {words[i + 1].lower()}" if i + 1 < len(words) else ""
                if pair not in self.pairs:
                    sizes = (1,) if 1 in sizes else ()
            for size in sizes:
                if i + size > len(words):
                    continue
                kinds = alone if size == 1 else self.kinds.get(" ".join(words[i:i + size]).lower())
                if kinds is None:
                    continue
                for kind in kinds.split(","):
                    marks.setdefault(i, []).append(f"{kind}|B" if size > 1 else f"{kind}|U")
                    for j in range(i + 1, i + size):
                        marks.setdefault(j, []).append(f"{kind}|I")
                covered = i + size
                break  # the longest entry wins
        return marks

    def _first_word(self, word: str) -> _FirstWord | None:
        """(lower case, lengths of the entries it starts, whether one is longer than a word,
        its kinds alone) of a capitalised word that starts entries, else None."""
        if not word[:1].isupper():
            return None
        lower = word.lower()
        sizes = self.sizes.get(lower, ())
        if not sizes:
            return None
        alone = self.kinds.get(lower) if 1 in sizes else None
        return lower, sizes, len(sizes) > 1 or sizes[0] > 1, alone


def gazetteer_index(kinds: Mapping[str, str]) -> tuple[dict[str, list[int]], list[str]]:
    """Gazetteer lookup tables: first word -> entry lengths (longest first), sorted pairs."""
    sizes: dict[str, set[int]] = {}
    pairs: set[str] = set()
    for name in kinds:
        first, _, rest = name.partition(" ")
        sizes.setdefault(first, set()).add(name.count(" ") + 1)
        if rest:
            pairs.add(f"{first} {rest.partition(' ')[0]}")
    return {w: sorted(n, reverse=True) for w, n in sorted(sizes.items())}, sorted(pairs)


def is_headline(words: list[str]) -> bool:
    """Mostly capital letters, as in CoNLL's all-caps headlines."""
    joined = "".join(words)
    upper = sum(map(str.isupper, joined))
    lower = sum(map(str.islower, joined))
    return upper + lower >= 4 and upper >= 4 * lower


def positional_features(words: list[str], lowered_in_document: frozenset[str],
                        gazetteer: Gazetteer) -> list[list[str]]:
    """Per token, features that depend on where it stands, not only on its word."""
    headline = is_headline(words)
    gaz = gazetteer.marks(words)
    out: list[list[str]] = []
    for i, word in enumerate(words):
        feats: list[str] = []
        shape = word_shape(word)
        if i == 0:
            feats.append(f"first|{shape}")
        if headline:
            feats.append(f"headline|{shape}")
        if word[:1].isupper() and word.lower() in lowered_in_document:
            feats.append("lower-elsewhere|first" if i == 0 else "lower-elsewhere")
        if i > 0 and words[i - 1] in OPENING_MARKS:
            feats.append(f"after-opening|{shape}")
        feats.extend(f"gaz={mark}" for mark in gaz.get(i, ()))
        out.append(feats)
    return out


def lowered_words(sentences: list[list[str]]) -> frozenset[str]:
    """Words the document writes in lower case somewhere."""
    return frozenset(filter(str.islower, chain.from_iterable(sentences)))


# Training asks for each word's features at every token it stands next to: cached there.
_role_features = lru_cache(maxsize=50_000)(role_features)


def sentence_features(words: list[str], lowered_in_document: frozenset[str],
                      gazetteer: Gazetteer) -> list[list[str]]:
    """Every feature of every token of a sentence (the training view)."""
    padded = [START, START, *words, END, END]
    positional = positional_features(words, lowered_in_document, gazetteer)
    out = []
    for i in range(len(words)):
        feats = list(_role_features(padded[i + 2])[0])
        for role, offset in ((1, -1), (2, 1), (3, -2), (4, 2)):
            feats.extend(_role_features(padded[i + 2 + offset])[role])
        feats.extend(positional[i])
        out.append(feats)
    return out
