"""Key facts for articles that are not in English: what can be done well, nothing else.

Entities are found in English only; for other languages those lists stay empty rather than
wrong. Quote speakers are found in German, French, Spanish, Italian, Portuguese and Dutch where
the attribution names them (newsbrief.speakers_i18n). Numbers, dates and quotes use the
language's own conventions (newsbrief.languages, summarizer.dates_i18n).
"""
from __future__ import annotations

from newsbrief.dates import iso_date
from newsbrief.dates_i18n import date_spans, find_dates
from newsbrief.facts.headline import without_full_stop
from newsbrief.function_words import FUNCTION_WORDS
from newsbrief.languages import CJK, facts_supported, find_quotes, percent_regex
from newsbrief.precompiled import regex
from newsbrief.records import DateFact, Document, Facts, NumberFact, Quote
from newsbrief.speakers_i18n import speaker
from newsbrief.text import stop_words

_CJK_HEADLINE_CHARS = 60
_LEFT_OVER = " -–—.:"
_DATELINE_SENTENCES = 3  # a place standing alone ("Berlin.") is a sentence of its own
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
    """Counts, money, measures and percentages as the language writes them, each with what
    it counts; the digits of dates are left out."""
    from newsbrief.facts.numbers_other import ends_in_abbreviation, find_numbers

    # brief's own short lists where it has one: sumy's longer ones hold nouns ("personnes")
    words = FUNCTION_WORDS.get(language) or stop_words(language)
    out: list[NumberFact] = []
    seen: set[tuple[str, str]] = set()
    sentences = document.sentences
    for sentence in sentences:
        text = sentence.text
        if ends_in_abbreviation(text, language) and sentence.index + 1 < len(sentences):
            text += " " + sentences[sentence.index + 1].text  # Punkt cut after "Tsd."
        percents = [(m.start(), m.end()) for m in percent_regex(language).finditer(text)]
        dates = date_spans(text, language)
        for start, end, kind, context in find_numbers(text, language, dates, percents, words):
            if start >= len(sentence.text):
                break
            key = (text[start:end].lower(), context.lower())
            if key not in seen:
                seen.add(key)
                out.append(NumberFact(text=text[start:end], context=context, kind=kind,
                                      sentence=sentence.index))
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
    """The quotations, and their speakers where the language's attribution names one
    (newsbrief.speakers_i18n)."""
    out: list[Quote] = []
    seen: set[str] = set()
    attributed = "speakers" in facts_supported(language)
    for sentence in document.sentences:
        for start, end, body in find_quotes(sentence.text, language):
            if body not in seen:
                seen.add(body)
                who = speaker(sentence.text, start, end, language) if attributed else None
                out.append(Quote(text=body, speaker=who, sentence=sentence.index))
    return tuple(out)


def _headline(document: Document) -> str | None:
    """The first sentence without its dateline or agency tag ("BERLIN (dpa) -", "Berlin."
    alone) and its full stop, with the dateline's place when the line does not name it; in
    Chinese and Japanese cut at a clause mark to one line."""
    from newsbrief.datelines_i18n import strip_dateline

    cjk = document.article.language in CJK
    text, place = "", None
    for sentence in document.sentences[:_DATELINE_SENTENCES]:
        text, found = strip_dateline(sentence.text, cjk)
        text = text.lstrip(_LEFT_OVER)  # "(EFE). - La ...": the dash Punkt kept
        place = place or found
        if any(ch.isalpha() for ch in text):
            break
    if not any(ch.isalpha() for ch in text):
        return None
    if cjk and len(text) > _CJK_HEADLINE_CHARS:
        cuts = [m.start() for m in _CJK_CLAUSE.finditer(text, 0, _CJK_HEADLINE_CHARS)]
        text = text[: cuts[-1]] if cuts else text[:_CJK_HEADLINE_CHARS]
    line = without_full_stop(text.rstrip())
    if place and place.lower() not in line.lower():
        line = f"{line} — {place}"
    return line
