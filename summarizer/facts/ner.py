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
from itertools import chain
from operator import add

from newsbrief.facts import ner_entries, ner_tables
from newsbrief.facts.ner_features import Gazetteer
from newsbrief.facts.ner_scores import WordTable, sentence_scores

MODEL_FILE = "ner.json"
WEIGHTS_FILE = "ner-weights.bin"  # the weights' values (see ner_tables)
MARGIN = 24.0  # see decode(); on 300 eng.train documents 3 of 4,604 sentences differ
_MAX_ROWS = 100_000  # packed rows kept (see Model.rows); beyond, the cache starts afresh
NEG = -10**15  # score of a forbidden tag transition (O -> I-PER, B-ORG -> I-LOC, ...)


@dataclass(frozen=True, eq=False)
class Model:
    """Tags, integer feature weights (scaled by ``scale``), transitions and gazetteer."""

    tags: tuple[str, ...]
    scale: int
    packed: Mapping[str, int]  # feature -> its weight per tag, packed (ner_scores.pack)
    transitions: tuple[tuple[int, ...], ...]  # tags x tags, forbidden moves included
    start: tuple[int, ...]
    margin: int  # a token whose O score leads every other tag by more is O
    gazetteer: Gazetteer
    common_lower: frozenset[str]  # words far more often lower-case than capitalised
    # packed rows made on demand (0 for features the model lacks), _MAX_ROWS at most: the
    # words of a long batch never stop coming, so neither would their features. A plain
    # dict that starts afresh when full: a row costs little to make again, and a look-up
    # (~16 per new word) through newsbrief.cache would cost ~10% more per new word.
    rows: dict[str, int] = field(default_factory=dict)
    # the shipped entries of common words (ner_entries), when they belong to these weights
    entries: ner_entries.Entries | None = None

    def packed_row(self, feature: str) -> int:
        """The weights of ``feature`` packed (see ner_scores); 0 if the model lacks it."""
        found = self.rows.get(feature)
        if found is None:  # the first time (a raised KeyError would cost more)
            if len(self.rows) >= _MAX_ROWS:
                self.rows.clear()
            found = self.packed.get(feature, 0)
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
    """The shipped model, read once (plain JSON and the weights' integers; never a pickle)."""
    # The file is ASCII (tools/train_ner.py escapes other characters), which Python reads
    # and parses ~6 ms faster than the same JSON holding wider characters.
    folder = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")
    with open(os.path.join(folder, MODEL_FILE), "rb") as file:
        raw = file.read()
    data = json.loads(raw)
    rows = ner_tables.mapped(os.path.join(folder, WEIGHTS_FILE))
    tags = tuple(data["tags"])
    start_mask, move_mask = allowed_moves(tags)
    kinds = ner_tables.decode(data["gazetteer"]["kinds"])
    sizes = ner_tables.FirstWordSizes(kinds.sorted_keys)
    return Model(
        tags=tags, scale=int(data["scale"]),
        packed=ner_tables.decode_weights(data["weights"]["keys"], rows, len(tags)),
        transitions=tuple(tuple(NEG if m else v for v, m in zip(row, masks, strict=True))
                          for row, masks in zip(data["transitions"], move_mask, strict=True)),
        start=tuple(NEG if m else v for v, m in zip(data["start"], start_mask, strict=True)),
        margin=int(round(MARGIN * data["scale"])),
        gazetteer=Gazetteer(kinds, sizes, data["gazetteer"]["pairs"]),
        common_lower=frozenset(data["common_lower"]),
        entries=ner_entries.load(folder, (raw, rows), len(tags)),
    )


class _Plan:
    """What Viterbi needs of a transition matrix, worked out once per matrix."""

    def __init__(self, transitions: tuple[tuple[int, ...], ...]) -> None:
        k = len(transitions)
        self.tags = range(k)
        self.rows = transitions
        self.full: list[tuple[int, tuple[int, ...]]] = []  # tags any tag may precede
        self.pairs: list[tuple[int, int, int, int, int]] = []  # I-X: B-X or I-X before
        for j in range(k):
            column = tuple(row[j] for row in transitions)
            allowed = [i for i in range(k) if column[i] > NEG // 2]
            if len(allowed) == 2:
                a, b = allowed
                self.pairs.append((j, a, b, column[a], column[b]))
            else:
                self.full.append((j, column))
        full = [j for j, _ in self.full] or [0]
        # per predecessor, the least and the most it moves into the tags of self.full
        self.low = [min(row[j] for j in full) for row in transitions]
        self.high = [max(row[j] for j in full) for row in transitions]
        self.to_o = tuple(row[0] for row in transitions)


_PLANS: dict[int, tuple] = {}  # id(matrix) -> (matrix, plan): no hashing 81 ints per call


def _plan(transitions: tuple[tuple[int, ...], ...]) -> _Plan:
    """The plan of ``transitions``, made on first use."""
    found = _PLANS.get(id(transitions))
    if found is None or found[0] is not transitions:
        if len(_PLANS) >= 8:
            _PLANS.clear()
        found = _PLANS[id(transitions)] = (transitions, _Plan(transitions))
    return found[1]


def viterbi(table: list, transitions, start, end) -> list[int]:
    """Best tag indices of a score table (tokens x tags); exact, first best on ties."""
    score = list(map(add, start, table[0]))
    backs = []
    if len(table) > 1:
        plan = _plan(transitions)
        for emission in table[1:]:
            score, back = _step(plan, score, emission)
            backs.append(back)
    final = list(map(add, score, end))
    best = final.index(max(final))
    path = [best]
    for back in reversed(backs):
        best = back[best]
        path.append(best)
    path.reverse()
    return path


def _step(plan: _Plan, score: list[int], emission) -> tuple[list[int], list[int]]:
    """Each tag's best score at the next token and the tag before it (first best on ties).

    A predecessor i whose best move into a tag of plan.full (score[i] + high[i]) is
    below the worst such move of another, r (score[r] + low[r]), scores strictly less
    than r into every such tag: it is never their (first) best, so leaving it out
    changes no score and no choice. Mostly a single predecessor is left.
    """
    cut = max(map(add, score, plan.low))
    high = plan.high
    live = [i for i in plan.tags if score[i] + high[i] >= cut]
    if len(live) == 1:  # every tag of plan.full comes after it; pairs are redone below
        i = live[0]
        s, row = score[i], plan.rows[i]
        new = [s + row[j] + emission[j] for j in plan.tags]
        back = [i] * len(score)
    else:
        new, back = [0] * len(score), [0] * len(score)
        for j, column in plan.full:
            best = None
            for i in live:  # in tag order: the first best
                value = score[i] + column[i]
                if best is None or value > best:
                    best, back[j] = value, i
            new[j] = best + emission[j]
    for j, a, b, into_a, into_b in plan.pairs:  # I-X follows only B-X or I-X, in that order
        best, other = score[a] + into_a, score[b] + into_b
        if other > best:
            best, a = other, b
        new[j], back[j] = best + emission[j], a
    return new, back


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
    positions = sorted(unsure)
    first = previous = positions[0]
    for i in positions[1:] + [-1]:
        if i == previous + 1:
            previous = i
            continue
        tags[first:previous + 1] = decode_run(
            model, [unsure[t] for t in range(first, previous + 1)], first, length)
        first = previous = i
    return tags


def decode_run(model: Model, table: list, first: int, length: int) -> list[int]:
    """Tag indices of a run of unsure tokens (see decode) from ``first`` on."""
    start, end, both = _run_ends(model)[first == 0][first + len(table) == length]
    if len(table) == 1:  # a lone unsure token, the usual case
        final = list(map(add, both, table[0]))
        return [final.index(max(final))]
    return viterbi(table, model.transitions, start, end)


@lru_cache(maxsize=4)
def _run_ends(model: Model) -> tuple:
    """(start, end, start + end) scores of a run of unsure tokens, by [first][last]:
    whether it begins the sentence (else O is before it), whether it ends it (else O
    follows)."""
    to_o = _plan(model.transitions).to_o
    no_end = (0,) * len(to_o)
    out = []
    for start in (model.transitions[0], model.start):
        out.append(tuple((start, end, tuple(map(add, start, end))) for end in (to_o, no_end)))
    return tuple(out)


def _runs_leaving(packed: dict[int, int], leaving: list[int]) -> list[tuple[int, list[int]]]:
    """(first token, packed scores) of the runs of unsure tokens with a token ``leaving``.

    A run of unsure tokens (see decode) none of which is ``leaving`` decodes to O, as
    sure tokens would (see stay_limits): it is left out, unpacked for nothing.
    """
    runs = []
    done = -1
    for i in leaving:  # in order
        if i > done:
            first = done = i
            while first - 1 in packed:
                first -= 1
            while done + 1 in packed:
                done += 1
            runs.append((first, [packed[t] for t in range(first, done + 1)]))
    return runs


def stay_limits(model: Model) -> tuple[int, ...]:
    """LeadTest limits of the tokens that may leave O in a run made only of such tokens.

    Against the all-O path, a path through a run gains, at each token t it tags j != O,
    s_t[j] - s_t[O] plus the transition gain credited to t: that of the move into it
    (from anything, or the run's start) and, if O or the sentence end follows, that of
    the move out, against O -> O (start, end) moves. limits[j] bounds that credit; a
    token with s[O] - s[j] > limits[j] for every j loses on every tag but O, so if all
    tokens of a run do, all-O is the only best path, whatever the run's ends.
    """
    rows, start, k = model.transitions, model.start, len(model.tags)
    stay = rows[0][0]
    return tuple(max(max(row[j] for row in rows) - stay, start[j] - start[0])
                 + max(0, rows[j][0] - stay) for j in range(k))


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
        lowered = frozenset(chain.from_iterable(sentences))  # see sentence_scores
    spans: list[tuple[int, int, int, str]] = []
    names, transitions, ends = model.tags, model.transitions, _run_ends(model)
    # table.emissions written out: a call less per token of every run
    to_top, tops, unpack, size = table.to_top, table.all_tops, table.unpack_signed, table.size
    for s, words in enumerate(sentences):
        if not words:
            continue
        packed, leaving = sentence_scores(table, words, lowered)
        last = None
        length = len(words)
        for first, run in _runs_leaving(packed, leaving):
            if len(run) == 1:  # a lone unsure token, the usual case (decode_run, inline)
                final = list(map(add, ends[first == 0][first + 1 == length][2],
                                 unpack(((run[0] + to_top) ^ tops).to_bytes(size, "little"))))
                tags = [final.index(max(final))]
            else:
                start, end, _ = ends[first == 0][first + len(run) == length]
                tags = viterbi([unpack(((p + to_top) ^ tops).to_bytes(size, "little"))
                                for p in run], transitions, start, end)
            for i, t in enumerate(tags, first):
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
    return WordTable(model, stay_limits(model))
