"""Word tokens of a sentence, split the way CoNLL-2003 split Reuters text."""
from __future__ import annotations

import re

# Abbreviations that keep their period, as in the CoNLL data ("Mr.", "Corp.", "Jan.").
_ABBREVIATIONS = frozenset("""mr mrs ms dr prof st sr jr rev gen col lt sgt capt maj gov sen rep
inc corp co ltd bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave
calif fla ill mass mich minn tenn tex wash penn ariz colo conn okla ore wis""".split())
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"        # U.S., U.K., a.m.
    r"|\d+(?:[.,:/-]\d+){0,8}(?!\w)"        # 1996-08-30, 3.5, 1,000
    r"|\w+(?:['’\-]\w+){0,8}"               # words, O'Neill, Jean-Claude, don't (split below)
    r"|-{2,4}|\.{2,4}|[^\w\s]",             # --, ..., single punctuation
    re.UNICODE,
)
_CLITIC = re.compile(r"(?:['’][sS]|[nN]['’][tT]|['’](?:re|ve|ll|d|m|RE|VE|LL|D|M))$")


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the tokens of ``text``."""
    spans: list[tuple[int, int]] = []
    at = 0
    # Sentences come with single spaces, so most space-separated chunks are one plain
    # word: only the others go through the regex (tokens never span whitespace).
    for chunk in text.split(" "):
        if chunk.isalnum():
            spans.append((at, at + len(chunk)))
        elif chunk:
            spans.extend((at + a, at + b) for a, b in _split_chunk(chunk))
        at += len(chunk) + 1
    return spans


def _split_chunk(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    append = spans.append
    taken = 0  # end of the last span: the period of "Mr." is taken with its word
    size = len(text)
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < taken:
            continue
        if end < size and text[end] == "." and text[start].isalpha():
            # "Mr." or a single initial ("J.") keeps its period.
            word = match.group()
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
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
