"""The numbers of an article that is not in English: what newsbrief.numbers_i18n's tables
find in one sentence, with the words saying what each counts.

A count says it by the noun after it ("10 000 infirmiers", "2.300 neue Wohnungen"), a sum
of money, a measure or a percentage by the words before it back to its clause; years,
dates, clock times, ordinals, pages and numbers in names are no amounts, as in English.
Only articles that are not in English import this module (newsbrief.facts.multilingual).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newsbrief.dates_i18n import month_table
from newsbrief.facts import numbers
from newsbrief.languages import CJK
from newsbrief.numbers_i18n import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES_BEFORE_NOUNS,
    CJK_PARTICLES,
    CLOCK_WORDS,
    CURRENCY_WORDS,
    MAGNITUDE_LINKS,
    MAGNITUDES,
    OF_WORDS,
    ORDINAL_DOT,
    QUALIFIERS,
    REFERENCE_WORDS,
    branches,
    number_regex,
)
from newsbrief.precompiled import regex

# A number glued to what follows is a code, a time, a date, an ordinal or a name ("14.30",
# "3-й", "3º", "4G"), and one after digits and a space is part of a phone number.
_GLUED = regex(r"[-–./:]\d|[-‐][^\W\d_]|[º°ª]|[^\W\d_]|\s\d")
# In Chinese and Japanese a number before a date, time, age, century, address or ordinal
# character is none of them: 2019年, 14時, 35岁, 19世紀, 3丁目, 5枚目, 13条, 3区.
_GLUED_CJK = regex(r"[-–./:：]\d|[年月日號号时時点點分秒岁歳度届屆期楼樓世条條区區線线番]"
                   r"|\w?目|丁")
_ORDINAL_DOT = regex(r"\.\s{1,3}[^\W\d_]")  # "der 3. Platz"
_RANGE_DASH = regex(r"(?:[-–]|\s–\s)(?=\d)")  # not "2 - 4", a score
_NOT_DIGIT = regex(r"\D")
# What a number is not: a year or a code (as in English, newsbrief.facts.numbers), digits
# after digits, an ordinal or a reference ("第5", "§ 5", "n° 3")
_YEAR, _CODE = numbers.YEAR, numbers.CODE
_BEFORE_DIGITS = regex(r"\d\s?(?:[-–:]\s?)?$")  # "20 7946", "2 - 4": a code, a score
_CJK_ORDINAL = regex(r"第\s?$")
_REFERENCE_SIGN = regex(r"(?:§|№|#|n°|nº|N°|Nº)\s?$")
# The words around a number
_SHORT_WORD = regex(r"\s([^\W\d_]{3,4})(?:\.|(?![\w-]))")
_LAST_ABBREVIATION = regex(r"\d\s?([^\W\d_]{1,6}\.)$")
_NEXT_WORD = regex(r"\s{1,3}([^\W\d_][\w'’-]*)")
_LAST_WORD = regex(r"([^\W\d_][\w.'’-]*)\s{1,3}$")
_WORD = regex(r"[^\W\d_][\w'’-]*")
_DIGIT = regex(r"\d")
_ELIDED = regex(r"^(?:[dlDL]|qu|Qu)['’]")
# Marks that end a clause; not a comma inside a number ("3,5").
_CLAUSE_MARK = regex(r"[;:()\[\]«»\"“”„—–?!]|,(?!\d)")
_CJK_RUN = regex(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
_MAX_BEFORE = 5


class Found(NamedTuple):
    """A number of a sentence with its kind and what it counts."""

    start: int
    end: int
    kind: str
    context: str


def find_numbers(text: str, language: str, dates: list[tuple[int, int]],
                 percents: list[tuple[int, int]], function_words: frozenset[str]) -> list[Found]:
    """The counts, money, measures and ``percents`` of one sentence, left to right, each with
    the words saying what it counts; digits inside ``dates`` are none of them. A count says
    it by the noun after it, the others by the words before them back to their clause (or to
    the number before, whose words they then share: "stieg um 3 % auf 4 Mrd. Euro")."""
    spans = [(start, end, "percent") for start, end in percents]
    pattern = number_regex(language)
    position = 0
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if start < position or _inside(start, end, dates + percents):
            continue
        if (second := _range_end(text, match, language)) is not None:
            match = second  # "200-300 Menschen", "2–3 Milliarden Euro"
            end = position = match.end()
        kind = _kind(match)
        if kind != "number" or not _not_a_count(text, match, language, function_words, start):
            spans.append((start, end, kind))
    found: list[Found] = []
    floors = [0]  # where each number before this one ends, and the start of the sentence
    starts: list[int] = []
    shared = ""
    for start, end, kind in sorted(spans):
        if kind == "number":
            context = _after(text, end, language, function_words)
        elif kind == "percent" and (share := _share_of(text, end, language, function_words)):
            context = share  # "70 prosent av SVs velgere", "12 % der Wähler"
        else:
            before = _before(text, start, floors[-1], language, function_words)
            if before is None and not shared and starts:  # "desde el 8 al 20 por ciento"
                before = _before(text, starts[-1], floors[-2], language, function_words)
            context = (shared if before is None else before) \
                or _after(text, end, language, function_words)
            shared = context
        floors.append(end)
        starts.append(start)
        if context or kind == "percent":
            found.append(Found(start, end, kind, context))
    return found


def ends_in_abbreviation(text: str, language: str) -> bool:
    """Whether ``text`` ends in a magnitude or currency abbreviation ("15 tys.", "2 Mrd."),
    where a sentence splitter may have cut a number from what it counts."""
    word = _LAST_ABBREVIATION.search(text)
    return word is not None and word.group(1).lower() in _abbreviations(language)


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> frozenset[str]:
    words = f"{MAGNITUDES.get(language, '')} {CURRENCY_WORDS.get(language, '')}".split()
    return frozenset(w.lower() for w in words if w.endswith("."))


def _range_end(text: str, match: re.Match, language: str) -> re.Match | None:
    """The second number of a range ("200-300", "2–3 Milliarden") when it is bigger than
    the first and neither is a year; None otherwise (a score "3-1", a span of years)."""
    if match.group("mag") or match.group("cur") or match.group("unit"):
        return None
    dash = _RANGE_DASH.match(text, match.end())
    second = number_regex(language, False).match(text, dash.end()) if dash else None
    if second is None or _GLUED.match(text, second.end("num")) and not second.group("mag"):
        return None
    first, other = match.group("num"), second.group("num")
    if _YEAR.fullmatch(first) or _YEAR.fullmatch(other) or _value(other) <= _value(first):
        return None
    return second


def _value(number: str) -> float:
    digits = _NOT_DIGIT.sub("", number.split(",")[0])
    return float(digits) if digits else 0.0


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _kind(match: re.Match) -> str:
    if match.group("sign") or match.group("cur"):
        return "money"
    return "measure" if match.group("unit") else "number"


def _not_a_count(text: str, match: re.Match, language: str, function_words: frozenset[str],
                 start: int | None = None) -> bool:
    """Years, clock times, dates, ordinals, codes, pages and numbers in names are no counts,
    as in English; a number with a magnitude word always counts. ``start``: where a range
    whose second number ``match`` is begins."""
    number, after = match.group("num"), match.end("num")
    if match.group("mag"):
        return False
    if _YEAR.fullmatch(number) or _CODE.fullmatch(number):
        return True
    if language in CJK or language == "ko":
        first = start if start is not None else match.start()
        return bool(_GLUED_CJK.match(text, after) or _CJK_ORDINAL.search(text, 0, first)
                    or _clock(text, after, language))
    if _GLUED.match(text, after) or _clock(text, after, language):
        return True
    if language in ORDINAL_DOT and _ORDINAL_DOT.match(text, after):
        return True  # "am 3. März", "der 3. Platz"
    if _month_abbreviation(text, after, language):
        return True  # "MADRID, 3 mar (EFE)", "le 5 déc."
    return _named_before(text, start if start is not None else match.start(), language,
                         function_words)


def _named_before(text: str, start: int, language: str, function_words: frozenset[str]) -> bool:
    """Whether what stands before the number makes it a page, a rank, a code or part of a
    name ("Seite 12", "§ 5", "20 7946", "Ligue 1")."""
    before = text[max(0, start - 40):start]
    if _BEFORE_DIGITS.search(before) or _REFERENCE_SIGN.search(before):
        return True
    word = _LAST_WORD.search(before)
    if word is None:
        return False
    last = word.group(1)
    if last.lower() in _references(language):
        return True
    # "Ligue 1", "Boeing 737": a capitalised word inside the sentence makes the number part
    # of a name; not in German, which capitalises every noun.
    return (language != "de" and last[:1].isupper() and last.lower() not in function_words
            and bool(text[:start - len(word.group(0))].strip()))


def _month_abbreviation(text: str, end: int, language: str) -> bool:
    """Whether a short word after the number begins a month's name ("3 mar", "5 sept.")."""
    word = _SHORT_WORD.match(text, end)
    if word is None:
        return False
    prefix = word.group(1).lower()
    return any(name.startswith(prefix) for name in month_table(language))


def _clock(text: str, end: int, language: str) -> bool:
    return language in CLOCK_WORDS and bool(_clock_regex(language).match(text, end))


@lru_cache(maxsize=None)
def _clock_regex(language: str) -> re.Pattern[str]:
    return regex(rf"\s?(?:{branches(CLOCK_WORDS[language])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _references(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in REFERENCE_WORDS.get(language, "").split())


@lru_cache(maxsize=None)
def _links(language: str) -> frozenset[str]:
    return frozenset(MAGNITUDE_LINKS.get(language, "").split())


def _after(text: str, end: int, language: str, function_words: frozenset[str]) -> str:
    """The noun after a number, which says what it counts ("Menschen", "infirmiers",
    "человек"), with the adjective before it where the language puts one there."""
    if language in CJK or language == "ko":
        return _after_cjk(text, end)
    words: list[re.Match] = []
    position = end
    for token in _WORD.finditer(text, end, min(len(text), end + 120)):
        if text[position:token.start()].strip():
            break  # punctuation or a number between
        position = token.end()
        word = token.group(0)
        if not words and word.lower() in _links(language) | {"of"}:
            continue  # "10 millions de personnes"
        if _weak(word, function_words):
            break
        words.append(token)
        if not _goes_on(words, language):
            break
    if language == "de":
        while words and not words[-1].group(0)[:1].isupper():
            words.pop()  # "2.300 neue Wohnungen": German nouns are capitalised
    if not words:
        return ""
    phrase = text[words[0].start():words[-1].end()]
    elided = _ELIDED.match(phrase)
    return phrase[elided.end():] if elided else phrase


def _share_of(text: str, end: int, language: str, function_words: frozenset[str]) -> str:
    """What a percentage is a share of, when a word for "of" follows it: "der Wähler",
    "de los votos", "av SVs velgere"; "" otherwise."""
    word = _NEXT_WORD.match(text, end)
    if word is None or word.group(1).lower() not in _of_words(language):
        return ""
    position = word.end()
    while (article := _NEXT_WORD.match(text, position)) and _weak(article.group(1),
                                                                function_words):
        position = article.end()  # "de los votos"
    noun = _after(text, position, language, function_words)
    if not noun:
        return ""
    return text[word.start(1):text.index(noun, position) + len(noun)]


@lru_cache(maxsize=None)
def _of_words(language: str) -> frozenset[str]:
    return frozenset(OF_WORDS.get(language, "").split())


def _goes_on(words: list[re.Match], language: str) -> bool:
    """Whether the noun phrase after a number may take one more word."""
    last = words[-1].group(0)
    if language == "de":  # "2.300 neue Wohnungen"; not "1352 in seinem Hausbuch"
        return not last[:1].isupper() and last.endswith(ADJECTIVE_ENDINGS["de"]) and len(words) < 3
    if len(words) >= 3:
        return False  # a noun and up to two adjectives before it ("16 uitgedeelde gele kaarten")
    return (last.lower().endswith(ADJECTIVE_ENDINGS.get(language, ("\0",)))
            or last.lower() in _adjectives(language))


@lru_cache(maxsize=None)
def _qualifiers(language: str) -> frozenset[str]:
    return frozenset(QUALIFIERS.get(language, "").lower().split())


@lru_cache(maxsize=None)
def _adjectives(language: str) -> frozenset[str]:
    return frozenset(ADJECTIVES_BEFORE_NOUNS.get(language, "").split())


def _after_cjk(text: str, end: int) -> str:
    run = _CJK_RUN.match(text, end + (text[end:end + 1] == " "))  # Korean: "3만 명이"
    if run is None:
        return ""
    chars = run.group(0)
    if chars[0] == "人":
        return "人"  # "3万人参加": people, not "人参"
    out = ""
    for char in chars[:3]:
        if char in CJK_PARTICLES:
            break
        out += char
    return out


def _before(text: str, start: int, floor: int, language: str,
            function_words: frozenset[str]) -> str | None:
    """Up to four words before a number, back to its clause or to the number before it
    (``floor``): what the money or the share belongs to ("Der Umsatz stieg um" → "Umsatz
    stieg"); None when only function words stand between it and the number before."""
    base = max(0, start - 80, floor)
    head = text[base:start]
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(head)), default=0)
    if language in CJK or language == "ko":
        return _before_cjk(head[clause:].rstrip())
    words = [token for token in _WORD.finditer(head, clause)][-_MAX_BEFORE:]
    while words and _weak(words[0].group(0), function_words):
        words.pop(0)
    qualifiers = _qualifiers(language)
    while words and (_weak(words[-1].group(0), function_words)
                     or words[-1].group(0).lower() in qualifiers
                     or words[-1].group(0).endswith(("'", "’"))):  # "corrispondeva all'"
        words.pop()  # "ein Defizit von etwa": the qualifier belongs to the number
    if not words:
        return None if floor and base == floor and not clause else ""
    return head[words[0].start():words[-1].end()]


def _weak(word: str, function_words: frozenset[str]) -> bool:
    """A function word or a single letter ("a", "à", "в"), which says nothing alone."""
    return len(word) == 1 or word.lower() in function_words


def _before_cjk(chars: str) -> str:
    runs = list(_CJK_RUN.finditer(chars))
    if not runs or runs[-1].end() != len(chars):
        return ""
    tail = runs[-1].group(0)[-8:]
    if len(tail) > 2 and tail[-1] in CJK_PARTICLES:
        tail = tail[:-1]  # one particle ("政府は", "물가가"): more would eat the noun
    if len(tail) > 2 and tail[0] in CJK_PARTICLES:
        tail = tail[1:]
    return tail
