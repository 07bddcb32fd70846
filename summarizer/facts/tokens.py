"""Word tokens of a sentence, split the way CoNLL-2003 split Reuters text."""
from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.lexicon import ABBREVIATIONS
from newsbrief.precompiled import regex

_TOKEN = regex(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"        # U.S., U.K., a.m.
    r"|\d+(?:[.,:/-]\d+){0,8}(?!\w)"        # 1996-08-30, 3.5, 1,000
    r"|\w+(?:['’\-]\w+){0,8}"               # words, O'Neill, Jean-Claude, don't (split below)
    r"|-{2,4}|\.{2,4}|[^\w\s]",             # --, ..., single punctuation
    re.UNICODE,
)
_TRAILING = frozenset(",;:?!)]}\"”")  # never part of the word before them
_CLITIC = regex(r"(?:['’][sS]|[nN]['’][tT]|['’](?:re|ve|ll|d|m|RE|VE|LL|D|M))$")


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the tokens of ``text``."""
    return words_and_spans(text)[1]


def words_and_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The tokens of ``text`` and their (start, end) character spans."""
    words, starts = words_and_starts(text)
    return words, [(a, a + len(w)) for w, a in zip(words, starts, strict=True)]


def words_and_starts(text: str) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` and the offset where each begins."""
    words: list[str] = []
    spans: list[int] = []
    add_word, add_start = words.append, spans.append
    at = 0
    # Sentences come with single spaces, so most space-separated chunks are one plain
    # word, or a word and a comma or period: only the others go through the regex
    # (no token spans whitespace, so chunk by chunk is the same as the whole text at once).
    for chunk in text.split(" "):
        size = len(chunk)
        if chunk.isalnum():
            add_word(chunk)
            add_start(at)
        elif size > 1 and chunk[-1] in _TRAILING and chunk[:-1].isalnum():
            words += (chunk[:-1], chunk[-1])
            spans += (at, at + size - 1)
        elif size > 1 and chunk[-1] == "." and chunk[:-1].isalnum() and not _keeps_period(
                chunk[:-1]):  # the end of a sentence
            words += (chunk[:-1], ".")
            spans += (at, at + size - 1)
        elif chunk:
            found, offsets = _chunk_tokens(chunk)
            words += found
            spans += [at + a for a in offsets]
        at += size + 1
    return words, spans


def _keeps_period(word: str) -> bool:
    """"Mr." or an initial ("J."): the period is part of the token."""
    return word[0].isalpha() and (word.lower() in ABBREVIATIONS
                                  or (len(word) == 1 and word.isupper()))


@lru_cache(maxsize=1 << 14)
def _chunk_tokens(chunk: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The tokens of a chunk that is not a plain word and their offsets in it, cached:
    the regex costs more than the rest of the tokenizer, and "don't", "U.S.", '"We' or
    "--" come back in every story."""
    spans = _split_chunk(chunk)
    return tuple(chunk[a:b] for a, b in spans), tuple(a for a, _ in spans)


def _split_chunk(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    append = spans.append
    taken = 0  # end of the last span: the period of "Mr." is taken with its word
    size = len(text)
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < taken:
            continue
        if end < size and text[end] == ".":
            word = match.group()
            if _keeps_period(word):
                append((start, end + 1))
                taken = end + 1
                continue
        word = match.group()
        if end - start > 2 and ("'" in word or "’" in word):
            clitic = _CLITIC.search(word)
            if clitic and clitic.start() > 0:
                append((start, start + clitic.start()))
                append((start + clitic.start(), end))
                continue
        append((start, end))
    return spans
