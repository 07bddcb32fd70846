"""Chinese and Japanese: sentences that end in 。！？ and terms without a word segmenter."""
from __future__ import annotations

from collections.abc import Iterator

from newsbrief.precompiled import regex
from newsbrief.scripts import CJK_CHARS

_ENDERS = frozenset("。！？!?．｡")
_OPENING_BRACKETS = frozenset("「『“‘（(《【〔〈")
_CLOSERS = frozenset("」』”’）)》】〕〉")
# A quotation left open longer than this is unbalanced: stop waiting for its end.
_MAX_OPEN_QUOTE = 250
# 「…。」と言った: a quotative particle after the closing mark continues the sentence.
_QUOTATIVE = ("と", "って", "という", "とい")
# “…。”他说。: a short attribution after a quoted sentence stays with it.
_SHORT_TAIL = 8
_SPEECH_VERBS = ("说", "道", "称", "问", "表示", "指出", "强调", "认为", "透露", "回答", "說", "稱",
                 "問", "強調", "認為")

_HAN_RUN = regex(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KATAKANA_RUN = regex(r"[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_OTHER_WORD = regex(rf"[^\W{CJK_CHARS}]+")


def cjk_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of one paragraph of Chinese or Japanese text.

    A line break inside a paragraph is a hard wrap, not a boundary: paragraph_spans
    has already cut the text at blank lines and at unwrapped line ends.
    """
    start = 0
    for end in _boundaries(text):
        a, b = _trim(text, start, end)
        if b > a:
            yield a, b
        start = end
    a, b = _trim(text, start, len(text))
    if b > a:
        yield a, b


def _boundaries(text: str) -> Iterator[int]:
    """Offsets where a sentence ends: after a terminator outside quotes, closers included."""
    depth, opened, i, n = 0, -1, 0, len(text)
    while i < n:
        char = text[i]
        if char in _OPENING_BRACKETS:
            depth, opened = depth + 1, (i if depth == 0 else opened)
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char in _ENDERS and (depth == 0 or i - opened > _MAX_OPEN_QUOTE):
            end = _after_terminator(text, i)
            depth = 0
            i = end
            if not _continues(text, end):
                yield end
            continue
        elif char in _ENDERS:
            end = _after_terminator(text, i)
            if end < n and text[end - 1] in _CLOSERS and _closes_all(text, i, end, depth):
                depth = 0
                i = end
                if not _continues(text, end):
                    yield end
                continue
        i += 1


def _after_terminator(text: str, i: int) -> int:
    """The end of a run of terminators and the closing marks that follow it."""
    n = len(text)
    while i < n and text[i] in _ENDERS:
        i += 1
    while i < n and text[i] in _CLOSERS:
        i += 1
    return i


def _closes_all(text: str, start: int, end: int, depth: int) -> bool:
    return sum(1 for ch in text[start:end] if ch in _CLOSERS) >= depth


def _continues(text: str, end: int) -> bool:
    """True when what follows a quoted sentence belongs to it (と言った, 他说。)."""
    if end == 0 or text[end - 1] not in _CLOSERS:
        return False
    rest = text[end:end + _SHORT_TAIL + 1]
    if rest.startswith(_QUOTATIVE):
        return True
    stop = next((k for k, ch in enumerate(rest) if ch in _ENDERS), None)
    if stop is None or not 0 < stop <= _SHORT_TAIL - 2:
        return False
    tail = rest[:stop]
    return tail.endswith(_SPEECH_VERBS) and not any(ch in _OPENING_BRACKETS or ch.isspace()
                                                    for ch in tail)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Chinese particles and pronouns that seldom start or end a content word: bigrams
# are cut at them. (sumy's list is no use here: it holds 经, 论, 有, 地...)
_ZH_STOP_CHARS = frozenset("的了是在和与及也都而或被把着这那之其于吗呢吧啊他她它们我你")


def cjk_terms(text: str, language: str) -> list[str]:
    """Content terms without a dictionary: Han bigrams, katakana words, other words lower-cased.

    Chinese words are mostly two characters long, so overlapping bigrams of the
    runs between stop characters (的, 了, 是...) match most words; Japanese
    content sits in kanji and katakana, while hiragana carries grammar.
    """
    terms: list[str] = []
    stop_chars = _ZH_STOP_CHARS if language == "zh" else frozenset()  # kanji are no particles
    for run in _HAN_RUN.findall(text):
        for piece in _split_at(run, stop_chars):
            if len(piece) == 1:
                terms.append(piece)
            else:
                terms.extend(piece[k:k + 2] for k in range(len(piece) - 1))
    if language == "ja":
        terms.extend(_KATAKANA_RUN.findall(text))
    terms.extend(w.lower() for w in _OTHER_WORD.findall(text) if not w.isdigit())
    return terms


def _split_at(run: str, stop_chars: frozenset[str]) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    for char in run:
        if char in stop_chars:
            if current:
                pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    if current:
        pieces.append("".join(current))
    return pieces
