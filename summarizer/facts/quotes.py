"""Quotations and who said them."""
from __future__ import annotations

import re

from ..records import Document, Entity, Quote

_MAX_QUOTE = 1200
# An opening mark, then up to _MAX_QUOTE characters without a mark of the same
# family, then the closing mark: bounded, so unbalanced quotes never swallow
# the rest of the article and matching stays linear.
_QUOTE = re.compile(
    r"“(?P<curly>[^“”\n]{2,%d})”|(?<![\w])\"(?P<straight>[^\"\n]{2,%d})\"|«\s?(?P<guillemet>[^«»\n]{2,%d})\s?»"
    % (_MAX_QUOTE, _MAX_QUOTE, _MAX_QUOTE))
_NAME = r"(?:[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al|bin))*)"
_SAY = r"(?:said|says|say|told|added|asked|explained|wrote|stated|declared|insisted|warned|noted|tweeted)"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_AFTER = [
    re.compile(rf"^[,\s]*{_SAY}\s+(?P<who>(?:the\s+)?{_NAME}|{_PRONOUN})"),
    re.compile(rf"^[,\s]*(?P<who>{_NAME}|{_PRONOUN})(?:,[^,]{{1,80}},)?\s+{_SAY}\b"),
    re.compile(rf"^[,\s]*according\s+to\s+(?P<who>{_NAME})"),
]
_BEFORE = [
    re.compile(rf"(?P<who>{_NAME}|{_PRONOUN})(?:,[^,]{{1,80}},)?\s+{_SAY}(?:\s+\w+){{0,3}}\s*[,:]?\s*$"),
    re.compile(rf"according\s+to\s+(?P<who>{_NAME})\s*,?\s*$"),
    re.compile(rf"(?P<who>{_NAME})\s*:\s*$"),
]
_PRONOUNS = {"he", "she", "they"}


def extract_quotes(document: Document, people: tuple[Entity, ...]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    last_person: str | None = None
    lookup = _person_lookup(people)
    for sentence in document.sentences:
        text = sentence.text
        for match in _QUOTE.finditer(text):
            body = next(g for g in match.groups() if g is not None).strip()
            if len(body.split()) < 3:
                continue  # a scare-quoted word or title, not a quotation
            who = _speaker(text[match.end():match.end() + 160], text[max(0, match.start() - 160):match.start()])
            speaker = _resolve(who, last_person, lookup)
            quotes.append(Quote(text=body, speaker=speaker, sentence=sentence.index))
        last_person = _last_person_named(text, lookup) or last_person
    return tuple(quotes)


def _speaker(after: str, before: str) -> str | None:
    for pattern in _AFTER:
        if match := pattern.match(after):
            return match.group("who")
    for pattern in _BEFORE:
        if match := pattern.search(before):
            return match.group("who")
    return None


def _person_lookup(people: tuple[Entity, ...]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for person in people:
        for name in (person.name, *person.aliases):
            lookup.setdefault(name.lower(), person.name)
        lookup.setdefault(person.name.split()[-1].lower(), person.name)
    return lookup


def _resolve(who: str | None, last_person: str | None, lookup: dict[str, str]) -> str | None:
    if who is None:
        return None
    if who.lower() in _PRONOUNS:
        return last_person
    who = re.sub(r"^the\s+", "", who)
    return lookup.get(who.lower()) or lookup.get(who.split()[-1].lower()) or who


def _last_person_named(text: str, lookup: dict[str, str]) -> str | None:
    found = None
    for match in re.finditer(_NAME, text):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):
            for start in range(0, len(words) - size + 1):
                name = lookup.get(" ".join(words[start:start + size]).lower().rstrip("'’s"))
                if name:
                    found = name
                    break
            if found and found == name:
                break
    return found
