"""brief's default ranking: a small boosted-tree sentence scorer with redundancy control.

The scorer is trained on CNN stories against their highlights (tools/train_ranker.py) and
ships as plain JSON in summarizer/data/ranker.json; it is evaluated here in plain Python.
"""
from __future__ import annotations

import json
import math
import os
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from newsbrief.ranker_features import FEATURES, _Doc, sentence_features
from newsbrief.records import Document
from newsbrief.text import words

MODEL_FILE = "ranker.json"
DEPTH = 3  # the scorer walks exactly this many levels; shallower leaves are padded
# Trigram blocking is applied while picking the first sentences only: summaries are short, and
# building trigram sets for every sentence of a long article would cost time for nothing.
_BLOCK_PICKS = 12


class ModelError(ValueError):
    """The shipped model file does not match the feature code."""


def _model_bytes() -> bytes:
    with open(os.path.join(os.path.dirname(__file__), "data", MODEL_FILE), "rb") as f:
        return f.read()


def _checked(model: bytes) -> dict:
    """The model file's data, checked against FEATURES."""
    data = json.loads(model)
    _check_features(data["features"])
    return data


def _check_features(features: Sequence[str]) -> None:
    """ModelError unless the model was trained on FEATURES, in their order."""
    if tuple(features) != FEATURES:
        raise ModelError(f"{MODEL_FILE} was trained on other features; run tools/train_ranker.py")


@lru_cache(maxsize=1)
def load_model() -> tuple[float, tuple]:
    """The base score and trees of the shipped model, checked against FEATURES."""
    data = _checked(_model_bytes())
    return float(data["base"]), tuple(_complete(tree, DEPTH) for tree in data["trees"])


def _complete(tree, depth: int):
    """Nested [feature, threshold, left, right] lists as tuples, every leaf at ``depth``."""
    if depth == 0:
        if isinstance(tree, list):
            raise ModelError(f"{MODEL_FILE} has trees deeper than {DEPTH}")
        return float(tree)
    if not isinstance(tree, list):  # an early leaf: a split that always goes left
        tree = [0, math.inf, tree, tree]
    feature, threshold, left, right = tree
    if not 0 <= int(feature) < len(FEATURES):
        raise ModelError(f"{MODEL_FILE} refers to feature {feature}")
    return (int(feature), float(threshold), _complete(left, depth - 1), _complete(right, depth - 1))


def score(vector: list[float], base: float, trees: tuple) -> float:
    """The model's log-odds that a sentence belongs in the summary (unrolled for DEPTH 3)."""
    total = base
    for feature, threshold, left, right in trees:
        feature, threshold, left, right = left if vector[feature] <= threshold else right
        feature, threshold, left, right = left if vector[feature] <= threshold else right
        total += left if vector[feature] <= threshold else right
    return total


@lru_cache(maxsize=1)
def scorer() -> Callable[[list[float]], float]:
    """``score`` with the shipped model: its trees written out as code (ranker_trees, made by
    tools/build_ranker_trees.py, about half the instructions) when that module was made from
    the shipped ranker.json, else the walk of the trees."""
    from newsbrief import ranker_trees

    model = _model_bytes()
    if ranker_trees.MODEL_CRC32 == zlib.crc32(model):
        # the file's features, as the module recorded them: the check of _checked without
        # parsing the file (~0.4 ms of a cold start)
        _check_features(ranker_trees.FEATURES)
        return ranker_trees.score
    base, trees = load_model()
    return partial(score, base=base, trees=trees)


def scores(document: Document) -> tuple[list[float], list[bool]]:
    """Every sentence's score, and whether it is page furniture."""
    values, furniture, _ = _scored(document)
    return values, furniture


def _scored(document: Document) -> tuple[list[float], list[bool], _Doc]:
    doc = _Doc(document)
    walk = scorer()
    values = [walk(sentence_features(doc, s)) for s in document.sentences]
    return values, doc.furniture, doc


def rank(document: Document) -> list[int]:
    """Sentence indices, best first: furniture last, no near-repeats up front.

    Chinese is ranked by ranker_zh: the tree scorer, trained on English, fell below
    the first sentence on Chinese news posts (LCSTS).
    """
    kept = None
    if document.article.language == "zh":
        from newsbrief.ranker_zh import zh_scores

        values, furniture = zh_scores(document)
    else:
        values, furniture, doc = _scored(document)
        kept = doc.words
    order = sorted(range(len(values)), key=lambda i: (furniture[i], -values[i], i))
    return _block_repeats(document, order, kept)


def _trigrams(text: str, lowered: list[str] | None = None) -> set[tuple[str, str, str]]:
    """The sentence's trigrams of lower-case words (``lowered``: its words in lower case,
    lowered one by one, when the ranker has them)."""
    tokens = [w.lower() for w in words(text)] if lowered is None else lowered
    return set(zip(tokens, tokens[1:], tokens[2:], strict=False))


def _block_repeats(document: Document, order: list[int],
                   kept: list[tuple[list[str], list[str]]] | None = None) -> list[int]:
    """Move a sentence that repeats a trigram of a better one behind the others (``kept``:
    the ranker's words of each sentence, as written and in lower case, when it kept them)."""
    picked: list[int] = []
    blocked: list[int] = []
    seen: set[tuple[str, str, str]] = set()
    for position, index in enumerate(order):
        if len(picked) >= _BLOCK_PICKS:
            return picked + blocked + order[position:]
        text = document.sentences[index].text
        # the ranker lowered ASCII words one by one, as _trigrams does; other text it
        # lowered whole (see ranker_features._words), which may split words otherwise
        grams = _trigrams(text, kept[index][1] if kept is not None and text.isascii()
                          else None)
        if grams & seen:
            blocked.append(index)
        else:
            picked.append(index)
            seen |= grams
    return picked + blocked
