"""The registry of summarization methods: each ranks sentences, best first."""
from __future__ import annotations

import math
from collections.abc import Callable

from newsbrief.errors import UnknownMethodError
from newsbrief.records import Document, Options, Sentence
from newsbrief.sumy_adapter import SUMY_METHODS, sumy_ranking

Ranker = Callable[[Document], list[int]]
DEFAULT_METHOD = "brief"


def _lead(document: Document) -> list[int]:
    return [s.index for s in document.sentences]


def _brief(document: Document) -> list[int]:
    from newsbrief.ranker import rank

    return rank(document)


def _sumy(name: str) -> Ranker:
    return lambda document: sumy_ranking(name, document)


METHODS: dict[str, Ranker] = {
    "brief": _brief,
    "lead": _lead,
    **{name: _sumy(name) for name in SUMY_METHODS},
}


def get_method(name: str) -> Ranker:
    try:
        return METHODS[name]
    except KeyError:
        raise UnknownMethodError(name, tuple(METHODS)) from None


def summary_size(total: int, options: Options) -> int:
    """How many sentences ``-n`` or ``--ratio`` asks for, within 1..total."""
    if total == 0:
        return 0
    wanted = options.sentences
    if options.ratio is not None:
        wanted = math.ceil(options.ratio * total)
    return max(1, min(total, wanted))


def select(document: Document, options: Options) -> tuple[Sentence, ...]:
    """The summary: the best sentences within the length asked for, in article order."""
    sentences = document.sentences
    if not sentences:
        return ()
    ranking = _complete(get_method(options.method)(document), len(sentences))
    if options.words is not None:
        chosen = _within_budget(ranking, sentences, options.words)
    else:
        chosen = ranking[: summary_size(len(sentences), options)]
    return tuple(sentences[i] for i in sorted(set(chosen)))


def _complete(ranking: list[int], total: int) -> list[int]:
    """The ranking with any sentence a method left out appended in article order."""
    seen = set(ranking)
    if len(seen) == total:
        return ranking
    return list(dict.fromkeys(ranking)) + [i for i in range(total) if i not in seen]


def _within_budget(ranking: list[int], sentences: tuple[Sentence, ...], budget: int) -> list[int]:
    from newsbrief.text import count_words

    chosen, used = [], 0
    for index in ranking:
        size = count_words(sentences[index].text)
        if used + size <= budget:
            chosen.append(index)
            used += size
    return chosen or ranking[:1]
