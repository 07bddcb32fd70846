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
    taken = 0  # end of the last span: the period of "Mr." is taken with its word
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < taken:
            continue
        word = match.group()
        if word[0].isalpha():
            # "Mr." or a single initial ("J.") keeps its period.
            if end < len(text) and text[end] == "." and (
                    word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
                spans.append((start, end + 1))
                taken = end + 1
                continue
            clitic = _CLITIC.search(word)
            if clitic and clitic.start() > 0:
                spans.append((start, start + clitic.start()))
                spans.append((start + clitic.start(), end))
                continue
        spans.append((start, end))
    return spans
