"""Key facts for articles that are not in English: what can be done well, nothing else.

Entities and quote speakers are found in English only; for other languages those lists stay
empty rather than wrong. Numbers, dates and quotes use the language's own conventions
(newsbrief.languages, summarizer.dates_i18n).
"""
from __future__ import annotations

import dataclasses

from newsbrief.dates import iso_date
from newsbrief.dates_i18n import date_spans, find_dates
from newsbrief.facts.headline import without_full_stop
from newsbrief.facts.numbers import extract_numbers
from newsbrief.languages import CJK, find_quotes, percent_regex
from newsbrief.precompiled import regex
from newsbrief.records import DateFact, Document, Facts, NumberFact, Quote

_CJK_HEADLINE_CHARS = 60
_CJK_CLAUSE = regex("[，、；]")


def extract_facts_other(document: Document) -> Facts:
    language = document.article.language
    return Facts(
        headline=_headline(document),
        numbers=_numbers(document, language),
        dates=_dates(document, language),
        quotes=_quotes(document, language),
    )


def _numbers(document: Document, language: str) -> tuple[NumberFact, ...]:
    """English number rules minus the digits of dates, plus the language's percentages."""
    out: list[NumberFact] = []
    by_sentence: dict[int, list[NumberFact]] = {}
    for fact in extract_numbers(document) if language not in CJK else ():
        by_sentence.setdefault(fact.sentence, []).append(fact)
    for sentence in document.sentences:
        text = sentence.text
        spans = date_spans(text, language)
        percents = [(m.start(), m.end()) for m in percent_regex(language).finditer(text)]
        for start, end in percents:
            out.append(NumberFact(text=text[start:end], context="", kind="percent",
                                  sentence=sentence.index))
        for fact in by_sentence.get(sentence.index, ()):
            position = text.find(fact.text)
            inside = [(a, b) for a, b in spans + percents if a <= position < b]
            if position >= 0 and not inside and fact.kind != "percent":
                out.append(dataclasses.replace(fact, context=""))  # English context words
    return tuple(out)


def _dates(document: Document, language: str) -> tuple[DateFact, ...]:
    anchor = iso_date(document.article.date)
    out: list[DateFact] = []
    seen: set[tuple[str, str | None]] = set()
    for sentence in document.sentences:
        for _, _, text, value in find_dates(sentence.text, language, anchor):
            if (text, value) not in seen:
                seen.add((text, value))
                out.append(DateFact(text=text, value=value, sentence=sentence.index))
    return tuple(out)


def _quotes(document: Document, language: str) -> tuple[Quote, ...]:
    out: list[Quote] = []
    seen: set[str] = set()
    for sentence in document.sentences:
        for _, _, body in find_quotes(sentence.text, language):
            if body not in seen:
                seen.add(body)
                out.append(Quote(text=body, speaker=None, sentence=sentence.index))
    return tuple(out)


def _headline(document: Document) -> str | None:
    """The first sentence without its full stop, as in English; in Chinese and Japanese cut
    at a clause mark to one line."""
    if not document.sentences:
        return None
    text = document.sentences[0].text
    if document.article.language in CJK and len(text) > _CJK_HEADLINE_CHARS:
        cuts = [m.start() for m in _CJK_CLAUSE.finditer(text, 0, _CJK_HEADLINE_CHARS)]
        text = text[: cuts[-1]] if cuts else text[:_CJK_HEADLINE_CHARS]
    return without_full_stop(text.rstrip())
