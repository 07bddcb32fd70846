"""How English Punkt's training corpus writes a word inside sentences, for the entity rules.

Punkt keeps, per word, whether its corpus wrote it capitalised or in lower case mid-sentence
(to judge the word after a period). The facts stage reads the same counts to tell a name
from a capitalised common word; only facts uses them, so they live here, not in text.py.
"""
from __future__ import annotations

from functools import lru_cache

from newsbrief.cache import GenerationCache
from newsbrief.text import punkt_parameters


def usually_lower(word: str) -> bool:
    """Whether English Punkt's training corpus wrote ``word`` (given in lower case) in lower
    case inside sentences and never capitalised there: "sadly", "imagine", "mom"; not
    "hope", "charles" or "denver". Punkt keeps these counts to judge the word after a
    period; the entity stage uses them for capitalised words that may not be names."""
    return _mid_sentence_cases(word) == (False, True)


def seen_lower(word: str) -> bool:
    """Whether English Punkt's training corpus ever wrote ``word`` in lower case inside a
    sentence ("patrol", "hope"; not "assange" or "williams")."""
    return _mid_sentence_cases(word)[1]


def seen_upper(word: str) -> bool:
    """Whether English Punkt's training corpus ever wrote ``word`` capitalised inside a
    sentence ("williams", "hope"; not "patrol")."""
    return _mid_sentence_cases(word)[0]


def _mid_sentence_cases(word: str) -> tuple[bool, bool]:
    """(seen capitalised, seen in lower case) inside sentences of Punkt's English corpus."""
    found = _CASES.recent.get(word)  # the usual case, without a call
    return _CASES(word) if found is None else found


def _look_up_cases(word: str) -> tuple[bool, bool]:
    context, upper, lower = _orthography()
    flags = context.get(word, 0)  # a bisection of Punkt's ~20,000 words (see ner_tables)
    return bool(flags & upper), bool(flags & lower)


# word -> its cases, kept across documents: the entity rules ask about the same words in
# every story, and a look-up in Punkt's table is a Python call and a bisection
_CASES: GenerationCache[str, tuple[bool, bool]] = GenerationCache(_look_up_cases, 50_000)


@lru_cache(maxsize=1)
def _orthography() -> tuple[dict[str, int], int, int]:
    """English Punkt's word -> orthographic flags, and its mid-sentence case flags."""
    from punkt.rules.orthography import OrthoContext

    context = punkt_parameters("en").ortho_context
    return context, int(OrthoContext.MID_UC), int(OrthoContext.MID_LC)
