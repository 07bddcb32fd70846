"""Numbers with what they count: cardinals, money, percentages, measures."""
from __future__ import annotations

import re

from ..records import Document, NumberFact

_SCALE = r"(?:thousand|million|billion|trillion|bn|m|k|tn)\b"
_WORD_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|"
                r"millions|billions)")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,60}(?:\.\d{1,20})?"
_CURRENCY = r"(?:US\$|C\$|A\$|HK\$|[$€£¥₹])"
_NUMBER = re.compile(
    r"(?<![\w.,])(?:"
    rf"(?P<money>{_CURRENCY}\s?(?:{_DIGITS})(?:\s?{_SCALE})?)"
    rf"|(?P<percent>(?:{_DIGITS})\s?(?:%|per ?cent\b|percent\b))"
    rf"|(?P<range>(?:{_DIGITS})\s?(?:-|–|to)\s?(?:{_DIGITS})(?:\s{_SCALE})?)"
    rf"|(?P<number>(?:{_DIGITS})(?:\s{_SCALE})?)"
    rf"|(?P<word>\b{_WORD_NUMBER}(?:[\s-]{_WORD_NUMBER}){{0,3}}\b)"
    r")",
    re.IGNORECASE,
)
_UNITS = re.compile(
    r"^\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|cm|mm|feet|foot|ft|inches|"
    r"inch|kg|kilograms?|pounds?|lbs?|tonnes?|tons?|mph|km/h|degrees?|°[CF]?|acres?|hectares?|"
    r"litres?|liters?|gallons?|barrels?|years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b",
    re.IGNORECASE)
_STOP = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by",
         "from", "as", "that", "this", "than", "more", "about", "some", "nearly", "almost",
         "over", "under", "least", "most", "around", "roughly", "just", "only"}
_CONTEXT_WORD = re.compile(r"[\w'’-]+")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def extract_numbers(document: Document) -> tuple[NumberFact, ...]:
    facts: list[NumberFact] = []
    seen: set[tuple[str, str]] = set()
    for sentence in document.sentences:
        text = sentence.text
        for match in _NUMBER.finditer(text):
            kind = match.lastgroup or "number"
            value = match.group(0).strip()
            if kind == "number" and _is_not_a_count(value, text, match):
                continue
            if kind == "word" and value.lower() in {"one", "hundreds", "thousands", "dozens"}:
                continue
            end = match.end()
            unit = _UNITS.match(text, end)
            if unit and kind in {"number", "word", "range"}:
                value = text[match.start():unit.end()].strip()
                end = unit.end()
                kind = "measure"
            context = _context(text, end)
            if kind in {"range", "word"}:
                kind = "number"
            key = (value.lower(), context.lower())
            if key in seen:
                continue
            seen.add(key)
            facts.append(NumberFact(text=value, context=context, kind=kind, sentence=sentence.index))
    return tuple(facts)


def _is_not_a_count(value: str, text: str, match: re.Match) -> bool:
    """Years, clock times and parts of dates are dates, not counts."""
    if _YEAR.match(value):
        return True
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 6]
    if re.search(r"[:/]\s?$", before) or re.match(r"\s?(?:[:/]|a\.m|p\.m|am\b|pm\b)", after):
        return True
    from ..dates import MONTH_RE

    return bool(re.search(MONTH_RE + r"\.?\s$", before) or re.match(r"\s" + MONTH_RE, after))


def _context(text: str, end: int) -> str:
    """The few words after the number that say what it counts."""
    tail = text[end:end + 80]
    tail = re.split(r"[,;:.!?()\"“”]", tail, maxsplit=1)[0]
    out = []
    for word in _CONTEXT_WORD.findall(tail):
        if len(out) >= 5:
            break
        out.append(word)
    while out and out[-1].lower() in _STOP:
        out.pop()
    return " ".join(out)
