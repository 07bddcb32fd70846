"""A linear-chain entity tagger: averaged structured perceptron weights, Viterbi decoding."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .ner_features import Gazetteer
from .ner_scores import WordTable, emissions

MODEL_FILE = "ner.json"
MARGIN = 24.0  # see decode(); on 300 eng.train documents 3 of 4,604 sentences differ
NEG = -1e9  # score of a forbidden tag transition (O -> I-PER, B-ORG -> I-LOC, ...)


@dataclass(frozen=True, eq=False)
class Model:
    """Tags, feature weights (one row per feature), transitions and gazetteer."""

    tags: tuple[str, ...]
    index: dict[str, int]
    weights: object  # numpy array, features x tags
    transitions: object  # numpy array, tags x tags, forbidden moves included
    start: object  # numpy array, tags
    margin: float  # a token whose O score leads every other tag by more is O
    gazetteer: Gazetteer
    common_lower: frozenset[str]  # words far more often lower-case than capitalised


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
    names = data["features"]
    flat = np.fromstring(data["weights"], dtype=np.int32, sep=" ").astype(np.float32)
    weights = flat.reshape(len(names), len(tags)) / scale
    start_mask, move_mask = allowed_moves(tags)
    moves = np.array(data["transitions"], dtype=np.float64) / scale
    start = np.array(data["start"], dtype=np.float64) / scale
    return Model(
        tags=tags,
        index={name: i for i, name in enumerate(names)},
        weights=np.vstack([weights, np.zeros((1, len(tags)), dtype=np.float32)]),
        transitions=moves + move_mask,
        start=start + start_mask,
        margin=MARGIN,
        gazetteer=Gazetteer(data["gazetteer"]),
        common_lower=frozenset(data["common_lower"]),
    )


def viterbi(tables: list, transitions, start, end=None) -> list[list[int]]:
    """Best tag indices of each score table (tokens x tags), side by side; exact."""
    import numpy as np

    if not tables:
        return []
    lengths = np.array([len(e) for e in tables])
    longest = int(lengths.max())
    table = np.zeros((len(tables), longest, transitions.shape[0]))
    for s, e in enumerate(tables):
        table[s, longest - len(e):] = e
    begins = longest - lengths
    start = np.broadcast_to(start, table[:, 0].shape)
    end = np.zeros_like(start) if end is None else end
    path = _aligned_viterbi(table, begins, transitions, start, end)
    return [p[b:] for p, b in zip(path.tolist(), begins.tolist(), strict=True)]


def _aligned_viterbi(table, begins, transitions, start, end):
    """Viterbi on right-aligned sequences: ``table[s, begins[s]:]`` holds sequence s."""
    import numpy as np

    count, longest, _ = table.shape
    score = start + table[:, 0]
    back = np.zeros(table.shape, dtype=np.int64)
    for t in range(1, longest):
        candidates = score[:, :, None] + transitions[None]
        back[:, t] = candidates.argmax(1)
        step = np.take_along_axis(candidates, back[:, t, None, :], 1)[:, 0] + table[:, t]
        score = np.where((begins == t)[:, None], start + table[:, t], step)
    path = np.zeros((count, longest), dtype=np.int64)
    path[:, -1] = (score + end).argmax(1)
    rows = np.arange(count)
    for t in range(longest - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return path


def decode(model: Model, scores, lengths: list[int]):
    """Tag indices of all tokens of the sentences (Viterbi), decoding only unsure tokens.

    A token whose O score beats every other tag by more than ``model.margin`` is taken
    as O, which cuts sentences into short runs of unsure tokens (mostly capitalised
    words); the runs are decoded side by side, each between its O neighbours.
    """
    import numpy as np

    tags = np.zeros(len(scores), dtype=np.int64)
    unsure = scores[:, 0] - scores[:, 1:].max(1) <= model.margin
    if unsure.any():
        sentence_start = np.zeros(len(scores), dtype=bool)
        sentence_start[np.cumsum([0] + lengths[:-1])] = True
        sentence_end = np.roll(sentence_start, -1)
        sentence_end[-1] = True
        # runs of unsure tokens: each begins after a sure token or a sentence start
        before = np.concatenate([[False], unsure[:-1]])
        after = np.concatenate([unsure[1:], [False]])
        firsts = np.flatnonzero(unsure & (~before | sentence_start))
        lasts = np.flatnonzero(unsure & (~after | sentence_end))
        sizes = lasts - firsts + 1
        longest = int(sizes.max())
        columns = np.arange(longest)
        index = lasts[:, None] - (longest - 1) + columns[None]  # right-aligned token indices
        begins = longest - sizes
        table = scores[np.maximum(index, 0)]
        start = np.where(sentence_start[firsts][:, None], model.start, model.transitions[0])
        end = np.where(sentence_end[lasts][:, None], 0.0, model.transitions[:, 0])
        path = _aligned_viterbi(table, begins, model.transitions, start, end)
        real = columns[None] >= begins[:, None]
        tags[index[real]] = path[real]
    return tags


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
    import numpy as np

    model = load_model()
    kept = [s for s, words in enumerate(sentences) if words]
    if not kept:
        return []
    lengths = [len(sentences[s]) for s in kept]
    tags = decode(model, emissions(_word_table(model), sentences, lowered), lengths)
    firsts = np.cumsum([0] + lengths[:-1])
    found = np.flatnonzero(tags)
    owners = (np.searchsorted(firsts, found, side="right") - 1).tolist()
    offsets = firsts.tolist()
    spans: list[tuple[int, int, int, str]] = []
    names = model.tags
    for token, owner, t in zip(found.tolist(), owners, tags[found].tolist(), strict=True):
        i = token - offsets[owner]
        name = names[t]
        last = spans[-1] if spans else None
        if (name[0] == "I" and last is not None and last[0] == kept[owner]
                and last[2] == i - 1 and last[3] == name[2:]):
            spans[-1] = (last[0], last[1], i, last[3])
        else:
            spans.append((kept[owner], i, i, name[2:]))
    return spans


@lru_cache(maxsize=1)
def _word_table(model: Model) -> WordTable:
    """The per-word score cache of the model, shared by all documents."""
    return WordTable(model)
