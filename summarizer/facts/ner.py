"""A linear-chain entity tagger: averaged structured perceptron weights, Viterbi decoding."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .ner_features import END, START, lowered_words, positional_features, role_features

MODEL_FILE = "ner.json"
NEG = -1e9  # score of a forbidden tag transition (O -> I-PER, B-ORG -> I-LOC, ...)


@dataclass(frozen=True)
class Model:
    """Tags, feature weights (one row per feature), transitions and gazetteer."""

    tags: tuple[str, ...]
    index: dict[str, int]
    weights: object  # numpy array, features x tags
    transitions: object  # numpy array, tags x tags, forbidden moves included
    start: object  # numpy array, tags
    gazetteer: dict[str, str]


def allowed_moves(tags: tuple[str, ...]):
    """(start, transition) masks: 0 where BIO allows the move, NEG where it does not."""
    import numpy as np

    k = len(tags)
    start = np.zeros(k)
    moves = np.zeros((k, k))
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            start[j] = NEG
            for i, prev in enumerate(tags):
                if prev[2:] != tag[2:]:
                    moves[i, j] = NEG
    return start, moves


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, read once (plain JSON; never a pickle)."""
    import numpy as np

    text = resources.files("summarizer").joinpath("data", MODEL_FILE).read_text("utf-8")
    data = json.loads(text)
    tags = tuple(data["tags"])
    scale = float(data["scale"])
    names = list(data["features"])
    weights = np.array([data["features"][n] for n in names], dtype=np.float32) / scale
    start_mask, move_mask = allowed_moves(tags)
    return Model(
        tags=tags,
        index={name: i for i, name in enumerate(names)},
        weights=np.vstack([weights, np.zeros((1, len(tags)), dtype=np.float32)]),
        transitions=np.array(data["transitions"], dtype=np.float64) / scale + move_mask,
        start=np.array(data["start"], dtype=np.float64) / scale + start_mask,
        gazetteer=data["gazetteer"],
    )


def viterbi(emissions: list, transitions, start) -> list[list[int]]:
    """Best tag indices of each sentence, all sentences decoded side by side."""
    import numpy as np

    if not emissions:
        return []
    k = transitions.shape[0]
    lengths = [len(e) for e in emissions]
    longest = max(lengths)
    table = np.zeros((len(emissions), longest, k))
    for s, e in enumerate(emissions):
        table[s, :len(e)] = e
    alive = np.arange(longest)[None, :] < np.array(lengths)[:, None]
    score = start + table[:, 0]
    back = np.zeros((len(emissions), longest, k), dtype=np.int64)
    for t in range(1, longest):
        candidates = score[:, :, None] + transitions[None]
        back[:, t] = candidates.argmax(1)
        step = candidates.max(1) + table[:, t]
        score = np.where(alive[:, t, None], step, score)
    best = score.argmax(1).tolist()
    back_lists = back.tolist()
    paths = []
    for s, n in enumerate(lengths):
        path = [best[s]]
        rows = back_lists[s]
        for t in range(n - 1, 0, -1):
            path.append(rows[t][path[-1]])
        paths.append(path[::-1])
    return paths


def tag(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags (PER, ORG, LOC, MISC) of tokenised sentences of one document."""
    import numpy as np

    model = load_model()
    lowered = lowered_words(sentences)
    rows: list[int] = []
    offsets: list[int] = []
    emitted: list[int] = []  # sentence lengths, for cutting the emissions apart
    for words in sentences:
        if not words:
            continue
        padded = [START, START, *words, END, END]
        role_ids = [_role_ids(model, w) for w in padded]
        for i, feats in enumerate(positional_features(words, lowered, model.gazetteer)):
            offsets.append(len(rows))
            j = i + 2
            rows.extend(role_ids[j][0])
            rows.extend(role_ids[j - 1][1])
            rows.extend(role_ids[j + 1][2])
            rows.extend(role_ids[j - 2][3])
            rows.extend(role_ids[j + 2][4])
            rows.extend(model.index.get(f, -1) for f in feats)
        emitted.append(len(words))
    if not emitted:
        return [[] for _ in sentences]
    table = np.add.reduceat(model.weights[np.array(rows)], np.array(offsets), axis=0)
    emissions, at = [], 0
    for n in emitted:
        emissions.append(table[at:at + n])
        at += n
    paths = iter(viterbi(emissions, model.transitions, model.start))
    return [[model.tags[t] for t in next(paths)] if words else [] for words in sentences]


_ROLE_CACHE: dict[str, tuple[tuple[int, ...], ...]] = {}


def _role_ids(model: Model, word: str) -> tuple[tuple[int, ...], ...]:
    """Known feature rows of ``word`` in each role (unknown features are dropped)."""
    found = _ROLE_CACHE.get(word)
    if found is None:
        if len(_ROLE_CACHE) > 100_000:  # bound the cache on endless input
            _ROLE_CACHE.clear()
        found = tuple(tuple(model.index[f] for f in feats if f in model.index)
                      for feats in role_features(word))
        _ROLE_CACHE[word] = found
    return found
