"""Fast candidate positions for the fact patterns.

Python's ``re`` tries every branch of an alternation at every position, so scanning text
with a long list of alternative words is slow. The stages instead find cheap anchors once
in the whole body (digit runs and words with ``str.find``) and run their full patterns
anchored at those places only, sentence by sentence.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import AnyStr

from newsbrief.precompiled import regex
from newsbrief.records import Document, Sentence


def char_offsets(text: AnyStr, char: AnyStr) -> list[int]:
    """The offsets of every occurrence of the one character ``char`` in ``text``, in order
    (str.find, which looks for one character with memchr in C)."""
    found: list[int] = []
    at = text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


@lru_cache(maxsize=8)  # the numbers and the dates of one body ask for the same
def digit_starts(text: str) -> tuple[int, ...]:
    """The offsets where the runs of decimal digits (what ``\\d+`` finds) start, in order.

    Each ASCII digit is looked for with str.find and so is the "?" an ASCII encoding writes
    for every character beyond ASCII, which may be a digit ("٣"): a pattern opening on a
    class of characters (the ASCII digits and every character beyond ASCII) has re test the
    class at every character, ~55 instructions a character (~0.28 M an article, against
    ~0.11 M here).
    """
    digits = [at for digit in "0123456789" for at in char_offsets(text, digit)]
    if not text.isascii():
        marked = text.encode("ascii", "replace")  # one byte per character: offsets kept
        digits += [at for at in char_offsets(marked, b"?") if text[at].isdecimal()]
    digits.sort()
    return tuple(at for at in digits if at == 0 or not text[at - 1].isdecimal())


def word_starts_before(text: str, position: int, count: int) -> list[int]:
    """Offsets of the starts of up to ``count`` words before ``position``, leftmost first."""
    starts: list[int] = []
    end = position
    for _ in range(count):
        space = text.rfind(" ", 0, max(0, end - 1))
        start = space + 1
        if start >= end or end - start > 24:
            break
        starts.insert(0, start)
        end = start
    return starts


def word_positions(text: str, word: str) -> list[int]:
    """Start offsets of the whole-word occurrences of ``word`` in ``text``."""
    out: list[int] = []
    size = len(text)
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and \
                (end == size or not text[end].isalnum()):
            out.append(start)
        start = text.find(word, end)
    return out


_ALNUM_RUN = regex(r"[^\W_]+")
# Up to this many keys, one str.find scan per key beats one pass of the regex over the text
# (a 4,000-character article has ~800 runs; a find over it costs about one run's Python work).
_FEW_KEYS = 64


def key_positions(text: str, keys: Iterable[str]) -> list[tuple[int, str]]:
    """(offset, key) of every whole-word occurrence of each key, in one pass over ``text``.

    The same as ``word_positions`` for every key (in another order), without a scan of the
    text per key when there are many (a long article names hundreds of people): a key can
    only start where a run of letters and digits starts, and that run must be the key's own
    first run.
    """
    keys = list(keys)
    if len(keys) <= _FEW_KEYS:  # str.find per key runs in C: faster than a pass in Python
        return [(offset, key) for key in keys for offset in word_positions(text, key)]
    by_first: dict[str, list[str]] = {}
    rest: list[str] = []
    for key in keys:
        first = _ALNUM_RUN.match(key)
        if first is None:
            rest.append(key)  # starts with punctuation: looked up the slow way
        else:
            by_first.setdefault(first.group(), []).append(key)
    size = len(text)
    out = [(offset, key) for key in rest for offset in word_positions(text, key)]
    for run in _ALNUM_RUN.finditer(text):
        for key in by_first.get(run.group(), ()):
            start = run.start()
            end = start + len(key)
            if (start == 0 or not text[start - 1].isalnum()) and text.startswith(key, start) \
                    and (end == size or not text[end].isalnum()):
                out.append((start, key))
    return out


def find_words(text: str, words: Iterable[str]) -> list[int]:
    """Start offsets of the whole-word occurrences of any of ``words`` in ``text``."""
    return [offset for word in words if word in text for offset in word_positions(text, word)]


def sentence_anchors(document: Document, find: Callable[[str], list[int]]
                     ) -> Iterator[tuple[Sentence, list[int]]]:
    """(sentence, sorted anchor offsets in its text) for each sentence ``find`` anchors.

    ``find`` runs once on the body; offsets move into a sentence's text when the sentence
    is the body verbatim, else (collapsed whitespace) ``find`` runs on the sentence."""
    body = document.article.body
    sentences = document.sentences
    starts = [sentence.start for sentence in sentences]
    grouped: dict[int, list[int]] = {}
    for offset in find(body):
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < sentences[index].end:
            grouped.setdefault(index, []).append(offset)
    for index in sorted(grouped):
        sentence = sentences[index]
        if body[sentence.start:sentence.end] == sentence.text:
            yield sentence, sorted(offset - sentence.start for offset in grouped[index])
        else:
            yield sentence, sorted(find(sentence.text))
