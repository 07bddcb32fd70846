"""A linear-chain entity tagger: averaged structured perceptron weights, Viterbi decoding.

Plain Python on the model's integer weights (no numpy): sums of integers are exact, so the
tags do not depend on the order of additions.
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from . import ner_tables
from .ner_features import Gazetteer
from .ner_scores import WordTable, pack, sentence_scores

MODEL_FILE = "ner.json"
MARGIN = 24.0  # see decode(); on 300 eng.train documents 3 of 4,604 sentences differ
NEG = -10**15  # score of a forbidden tag transition (O -> I-PER, B-ORG -> I-LOC, ...)


@dataclass(frozen=True, eq=False)
class Model:
    """Tags, integer feature weights (scaled by ``scale``), transitions and gazetteer."""

    tags: tuple[str, ...]
    scale: int
    packed: Mapping[str, str]  # feature -> its weights per tag, integers joined by spaces
    transitions: tuple[tuple[int, ...], ...]  # tags x tags, forbidden moves included
    start: tuple[int, ...]
    margin: int  # a token whose O score leads every other tag by more is O
    gazetteer: Gazetteer
    common_lower: frozenset[str]  # words far more often lower-case than capitalised
    rows: dict[str, int] = field(default_factory=dict)  # packed rows, made on demand

    def packed_row(self, feature: str) -> int:
        """The weights of ``feature`` packed (see ner_scores); 0 if the model lacks it."""
        found = self.rows.get(feature)
        if found is None:  # the first time (a raised KeyError would cost more)
            weights = self.packed.get(feature)
            found = 0 if weights is None else pack(tuple(map(int, weights.split())))
            self.rows[feature] = found
        return found


def allowed_moves(tags: tuple[str, ...]) -> tuple[list[float], list[list[float]]]:
    """(start, transition) masks: 0 where BIO allows the move, -1 where it does not."""
    k = len(tags)
    start = [0.0] * k
    moves = [[0.0] * k for _ in range(k)]
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            start[j] = -1.0
            for i, prev in enumerate(tags):
                if prev[2:] != tag[2:]:
                    moves[i][j] = -1.0
    return start, moves


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, read once (plain JSON; never a pickle)."""
    # The file is ASCII (tools/train_ner.py escapes other characters), which Python reads
    # and parses ~6 ms faster than the same JSON holding wider characters.
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", MODEL_FILE)
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    tags = tuple(data["tags"])
    start_mask, move_mask = allowed_moves(tags)
    kinds = ner_tables.decode(data["gazetteer"]["kinds"])
    sizes = ner_tables.FirstWordSizes(kinds.sorted_keys)
    return Model(
        tags=tags, scale=int(data["scale"]), packed=ner_tables.decode(data["weights"]),
        transitions=tuple(tuple(NEG if m else v for v, m in zip(row, masks, strict=True))
                          for row, masks in zip(data["transitions"], move_mask, strict=True)),
        start=tuple(NEG if m else v for v, m in zip(data["start"], start_mask, strict=True)),
        margin=int(round(MARGIN * data["scale"])),
        gazetteer=Gazetteer(kinds, sizes, data["gazetteer"]["pairs"]),
        common_lower=frozenset(data["common_lower"]),
    )


@lru_cache(maxsize=4)
def _steps(transitions: tuple[tuple[int, ...], ...]) -> tuple:
    """Per tag: the transition scores into it, and its allowed predecessors if only two."""
    k = len(transitions)
    out = []
    for j in range(k):
        column = tuple(row[j] for row in transitions)
        allowed = tuple(i for i in range(k) if column[i] > NEG // 2)
        out.append((column, allowed if len(allowed) == 2 else None))
    return tuple(out)


def viterbi(table: list, transitions, start, end) -> list[int]:
    """Best tag indices of a score table (tokens x tags); exact, first best on ties."""
    score = [a + b for a, b in zip(start, table[0], strict=True)]
    if len(table) == 1:
        final = [a + b for a, b in zip(score, end, strict=True)]
        return [final.index(max(final))]
    steps = _steps(transitions)
    backs = []
    for emission in table[1:]:
        back = []
        new = []
        for (column, pair), e in zip(steps, emission, strict=True):
            if pair is None:  # any tag may come before: take the first best
                candidates = [a + b for a, b in zip(score, column, strict=True)]
                best = max(candidates)
                back.append(candidates.index(best))
            else:  # I-X follows only B-X or I-X (which come in that order)
                a, b = pair
                best, other = score[a] + column[a], score[b] + column[b]
                if other > best:
                    best, a = other, b
                back.append(a)
            new.append(best + e)
        backs.append(back)
        score = new
    final = [a + b for a, b in zip(score, end, strict=True)]
    path = [final.index(max(final))]
    for back in reversed(backs):
        path.append(back[path[-1]])
    path.reverse()
    return path


def decode(model: Model, length: int, unsure: dict[int, tuple[int, ...]]) -> list[int]:
    """Tag indices of the tokens of one sentence (Viterbi), decoding only unsure tokens.

    ``unsure`` holds the scores per tag of the tokens whose O score does not beat every
    other tag's by more than ``model.margin``; the others are O. Those cut the sentence
    into short runs of unsure tokens (mostly capitalised words), each decoded between
    its O neighbours.
    """
    tags = [0] * length
    if not unsure:
        return tags
    to_o = _to_o(model.transitions)
    no_end = (0,) * len(to_o)
    positions = sorted(unsure)
    first = previous = positions[0]
    for i in positions[1:] + [-1]:
        if i == previous + 1:
            previous = i
            continue
        start = model.start if first == 0 else model.transitions[0]
        end = no_end if previous == length - 1 else to_o
        if first == previous:  # a lone unsure token, the usual case
            final = [a + b + c for a, b, c in zip(start, unsure[first], end, strict=True)]
            tags[first] = final.index(max(final))
        else:
            tags[first:previous + 1] = viterbi(
                [unsure[t] for t in range(first, previous + 1)], model.transitions, start, end)
        first = previous = i
    return tags


@lru_cache(maxsize=4)
def _to_o(transitions: tuple[tuple[int, ...], ...]) -> tuple[int, ...]:
    return tuple(row[0] for row in transitions)


def tag(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags (PER, ORG, LOC, MISC) of tokenised sentences of one document."""
    out = [["O"] * len(words) for words in sentences]
    for s, first, last, kind in entity_spans(sentences):
        out[s][first:last + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first)
    return out


def entity_spans(sentences: list[list[str]], lowered: frozenset[str] | None = None
                 ) -> list[tuple[int, int, int, str]]:
    """(sentence, first token, last token, type) of each entity the tagger finds.

    ``lowered``: the words the whole document writes in lower case, when ``sentences``
    are only part of it (by default, the words of ``sentences``).
    """
    model = load_model()
    table = _word_table(model)
    if lowered is None:
        lowered = frozenset(w for words in sentences for w in words if w.islower())
    spans: list[tuple[int, int, int, str]] = []
    names = model.tags
    for s, words in enumerate(sentences):
        if not words:
            continue
        unsure = sentence_scores(table, words, lowered)
        if not unsure:
            continue
        last = None
        for i, t in enumerate(decode(model, len(words), unsure)):
            if not t:
                continue
            name = names[t]
            if name[0] == "I" and last is not None and last[2] == i - 1 and last[3] == name[2:]:
                last = (s, last[1], i, last[3])
                spans[-1] = last
            else:
                last = (s, i, i, name[2:])
                spans.append(last)
    return spans


@lru_cache(maxsize=1)
def _word_table(model: Model) -> WordTable:
    """The per-word score cache of the model, shared by all documents."""
    return WordTable(model)
