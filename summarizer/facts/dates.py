"""Dates and times in the story, resolved against the article date when there is one.

Values: ``YYYY-MM-DD`` (a day), ``YYYY-MM`` (a month), ``YYYY-Www`` (an ISO week),
``YYYY`` (a year), ``HH:MM`` (a time of day, 24-hour), ``YYYY-MM-DDTHH:MM`` (a time on a
known day), ``--MM-DD`` / ``--MM`` (a day or month whose year is unknown: no article date),
or None when the expression is relative and there is no article date to resolve it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.dates import MONTH_RE, WEEKDAY_RE, iso_date
from newsbrief.facts.numwords import WORDS, small_number
from newsbrief.facts.resolve import Resolver
from newsbrief.facts.scan import (
    char_offsets,
    digit_starts,
    find_words,
    sentence_anchors,
    word_starts_before,
)
from newsbrief.precompiled import regex
from newsbrief.records import DateFact, Document

_DAY_PART = r"(?:\s(?:morning|afternoon|evening|night))?"
_TIME_ZONE = r"(?:\s(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET|local time)\b)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DATE = regex(
    r"(?P<iso>(?<!\d)\d{4}-\d{2}-\d{2}(?!\d))"
    rf"|(?P<mdy>(?:{WEEKDAY_RE},?\s)?\b{MONTH_RE}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s{_YEAR})?(?![\d,]\d))"
    rf"|(?P<dmy>(?:{WEEKDAY_RE},?\s)?(?:the\s)?(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?"
    rf"{MONTH_RE}(?![a-z])(?:,?\s{_YEAR})?(?!\d))"
    rf"|(?P<monthyear>\b{MONTH_RE}(?![a-z]),?\s(?:of\s)?{_YEAR}(?!\d))"
    rf"|(?P<month>\b(?:(?:in|since|until|by|during|through|from|of|for|before|after|last|next|"
    rf"this)\s)"
    rf"(?:early\s|late\s|mid-)?{MONTH_RE}(?![a-z])(?!\.?\s?(?:of\s)?\d))"
    rf"|(?P<weekday>\b(?:(?:last|next|this|on|early|late)\s)?(?<!-){WEEKDAY_RE}\b(?!-){_DAY_PART})"
    r"|(?P<relative>(?i:\b(?:yesterday|today|tomorrow|tonight|last\snight|this\s(?:morning|"
    r"afternoon|evening)|(?:earlier|later)\sthis\s(?:week|month|year)|(?:last|next|this|past)\s"
    rf"(?:week|weekend|month|year)|(?:a|\d{{1,3}}|{WORDS})\s(?:days?|weeks?|months?|years?)\sago)\b))"
    r"|(?P<time>(?<![\d:.,])\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[AaPp][Mm]\b)" + _TIME_ZONE +
    r"|(?<=\bat\s)\d{1,2}:\d{2}(?!\d)" + _TIME_ZONE + r"|\b(?:noon|midnight)\b)"
    rf"|(?P<year>\b(?:(?:in|since|by|until|before|after|from|during|through|year)\s(?:early\s|late\s|"
    rf"mid-)?{_YEAR}(?![\d-]|[.,]\d|s\b|['’/])|the\s{_YEAR}(?=\s[a-z])))"
)
_LEADING_PREPOSITION = regex(
    r"^(?:on|in|since|until|by|during|through|from|of|for|before|after|year|the)\s+(?=\S)")
# A time and a day next to each other ("11:59 p.m. Sunday", "Sunday at 10am") make one fact.
_JOIN = regex(r"\s?,?\s?(?:on|at)?\s?$")
_LEADS = frozenset("""in on since until by during through from of for before after last next this
early late the past earlier later a year mid monday tuesday wednesday thursday friday saturday
sunday at""".split())
# Anchors: digit runs and the first three letters of month and weekday names, found by
# str.find of their capitals (memchr in C; a pattern opening on a class of the capitals and
# digits has re test the class at every character: ~0.35 M instructions an article more);
# relative words are found by find too.
_NAME_HEADS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri "
                        "Sat Sun".split())
_HEAD_CAPITALS = "".join(sorted({head[0] for head in _NAME_HEADS}))
_WORDS = ("yesterday", "today", "tomorrow", "tonight", "noon", "midnight", "ago", "last",
          "next", "this", "past", "earlier", "later")
# Relative words that only open a phrase of time (by their first four letters), and the
# first three letters (lower case) of the words such a phrase goes on with: "this morning",
# "last night", "next week", "past year", "later this month", "this Monday", "last May",
# "next early May" (see _DATE)
_OPENERS = {"this": "this", "last": "last", "next": "next", "past": "past",
            "earl": "earlier", "late": "later"}
_GOES_ON = frozenset({head.lower() for head in _NAME_HEADS}
                     | {"nig", "mor", "aft", "eve", "wee", "yea", "thi", "ear", "lat", "mid"})
_DAY_VALUE = regex(r"(?:\d{4}|-)-\d\d-\d\d")
_DAY_KINDS = frozenset({"iso", "mdy", "dmy", "weekday", "relative"})
_FORWARD_KINDS = frozenset({"mdy", "dmy", "monthyear", "month", "weekday"})  # see _value


def extract_dates(document: Document) -> tuple[DateFact, ...]:
    """Every date or time expression, in article order, with its resolved value."""
    resolver = Resolver(iso_date(document.article.date))
    facts: list[DateFact] = []
    seen: set[tuple[str, str | None]] = set()
    for sentence, anchors in sentence_anchors(document, _anchors):
        text = sentence.text
        found = [(m.start(), m.end(), m.lastgroup or "", _value(m, text, resolver))
                 for m in _matches(text, anchors)]
        for start, end, value in _join_times(text, found):
            phrase = _LEADING_PREPOSITION.sub("", text[start:end])
            key = (phrase.lower(), value)
            if key not in seen:
                seen.add(key)
                facts.append(DateFact(text=phrase, value=value, sentence=sentence.index))
    return tuple(facts)


def _anchors(text: str) -> list[int]:
    """Where a date may be: digits, a capitalised month or weekday, a relative word."""
    return _digits_and_names(text) + find_words(text.lower(), _WORDS)


def _digits_and_names(text: str) -> list[int]:
    """The starts of the runs of digits and of the capitalised heads of month and weekday
    names ("Jan", "Sun"; also of "Mark", "Sunni": the full pattern judges), in no order."""
    heads = [at for capital in _HEAD_CAPITALS for at in char_offsets(text, capital)
             if text[at:at + 3] in _NAME_HEADS]
    return [*digit_starts(text), *heads]


def _matches(text: str, anchors: list[int]) -> list[re.Match]:
    """The date expressions of one sentence, tried only where an anchor (a digit, a month
    or weekday name, "week", "ago", "yesterday") is, from up to two words before it."""
    out: list[re.Match] = []
    position = 0
    for anchor in anchors:
        if anchor < position or not _may_hold_date(text, anchor):
            continue
        starts = [s for s in word_starts_before(text, anchor, 2) if _may_lead(text, s)]
        for start in starts + [anchor]:
            match = _DATE.match(text, max(start, position))
            if match and match.end() > anchor:
                out.append(match)
                position = match.end()
                break
    return out


def _may_hold_date(text: str, anchor: int) -> bool:
    """False where the anchor is a word that only opens a phrase of time ("this", "last",
    "later"; whole, as found) and the word after it goes on with none (see _GOES_ON):
    every date expression holding such a word holds the word after it, so no date holds
    this anchor ("this is", "last of"; most of them), and it is not tried."""
    opener = _OPENERS.get(text[anchor:anchor + 4].lower())
    if opener is None or text[anchor:anchor + len(opener)].lower() != opener \
            or (anchor and text[anchor - 1].isalnum()):
        return True
    after = text[anchor + len(opener):anchor + len(opener) + 4]
    if not after[:1].isspace():
        return False  # (each such phrase has a space after the word)
    head = after[1:]
    return not head.isascii() or head.lower() in _GOES_ON  # (beyond ASCII: re's IGNORECASE
    # reads "ı" as "i")


def _may_lead(text: str, start: int) -> bool:
    """Whether the word at ``start`` can open a date expression ("last", "in", "two", "Sunday,")."""
    return _leads(text[start:start + 12].split(" ", 1)[0])


@lru_cache(maxsize=1024)  # the words before the anchors repeat ("on", "said", "the")
def _leads(word: str) -> bool:
    """Whether ``word`` (as written, maybe with its comma) can open a date expression."""
    word = word.rstrip(",").lower()
    return word in _LEADS or word[:1].isdigit() or small_number(word) is not None


def _value(match: re.Match, sentence: str, resolver: Resolver) -> str | None:
    """The resolved value of one matched expression."""
    kind, text = match.lastgroup, match.group(0)
    if kind == "iso":
        return resolver.iso(text)
    if kind == "relative":
        return resolver.relative(text)
    if kind == "time":
        return resolver.time(text)
    if kind not in _FORWARD_KINDS:
        return resolver.year(text)
    # Only days, months and weekdays read the clause around them (years, times and
    # relative days went through it for nothing: ~0.15 M instructions per article).
    future = resolver.speaks_of_future(sentence, match.start(), match.end())
    if kind in {"mdy", "dmy", "monthyear"}:
        return resolver.month_day(text, future)
    if kind == "month":
        return resolver.month(text, future)
    return resolver.weekday(text, future)


def _join_times(text: str, found: list[tuple[int, int, str, str | None]]
                ) -> list[tuple[int, int, str | None]]:
    """Merge a time with the day right before or after it into one date-time."""
    out: list[tuple[int, int, str | None]] = []
    index = 0
    while index < len(found):
        start, end, kind, value = found[index]
        if index + 1 < len(found):
            n_start, n_end, n_kind, n_value = found[index + 1]
            pair = {kind, n_kind}
            gap = text[end:n_start]
            if "time" in pair and pair & _DAY_KINDS and len(gap) <= 6 and _JOIN.match(gap):
                day, time = (value, n_value) if kind != "time" else (n_value, value)
                out.append((start, n_end, _date_time(day, time)))
                index += 2
                continue
        out.append((start, end, value))
        index += 1
    return out


def _date_time(day: str | None, time: str | None) -> str | None:
    """``YYYY-MM-DDTHH:MM`` (or ``--MM-DDTHH:MM``) when the day is known, else the time alone."""
    if day and time and _DAY_VALUE.fullmatch(day):
        return f"{day}T{time}"
    return time
