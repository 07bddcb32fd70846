"""A one-line "what happened", built from the lead sentence.

The lead is the first sentence that reads as story text (not a caption, byline, editor's
note, question or first-person opener). Its dateline is stripped; asides in parentheses
or between dashes always go; then, only while it is longer than a line, the leading
subordinate clause, trailing relative or participial clauses, the attribution and the
trailing dash clause are dropped, in that order, so subject, verb and object stay. When
the dateline named a place the line does not mention, it is appended ("— New Delhi"),
with the day the lead gave if shortening dropped it.
"""
from __future__ import annotations

from newsbrief.facts.headcut import CUTS, MAX_WORDS, WHEN, hard_cut, word_count
from newsbrief.lexicon import CUT_AT_ABBREVIATIONS, DATELINE_PARTS, FURNITURE_LEAD, alternatives
from newsbrief.precompiled import regex
from newsbrief.records import Document, Sentence

_FINAL = regex(r"[.!][\"'”’)]*$")
_CAPTION = regex(r"^[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}:\s")
_PERSONAL = regex(r"^(?:I|I['’]\w+|We|We['’]\w+|You|My|Our|Here['’]s|It['’]s)\b")
# Punkt may end a sentence at "No." or "St."; the next one then starts with "1 seed".
_ABBREVIATION_END = regex(r"\b(?:" + alternatives(CUT_AT_ABBREVIATIONS) + r")\.$")
# the longest abbreviation, its stop and a line end: where _ABBREVIATION_END can start
_ABBREVIATION_CHARS = max(map(len, CUT_AT_ABBREVIATIONS)) + 2
_INITIALS_END = regex(r"\b(?:[A-Z]\.){2,}$")
_QUOTE_START = regex(r"^[\"“‘']")
_LEAD_WINDOW = 10  # sentences searched for the lead
_MIN_WORDS = 8


def headline(document: Document) -> str | None:
    """One line saying what happened, from the lead; None when there is no story text."""
    lead, dateline = _lead(document)
    if lead is None:
        return None
    text, dropped = _shorten(lead)
    text = without_full_stop(text.rstrip(" "))
    if not _ends_final(text) and text.endswith(("”", '"')):
        text = text.rstrip()
    return _with_place(text, dateline, dropped) or None


def without_full_stop(text: str) -> str:
    """A headline has no full stop (in any language: "." or "。"), but "U.S." keeps its dot."""
    if text.endswith("。") or (text.endswith(".") and not _INITIALS_END.search(
            text, max(0, len(text) - 5))):  # (the last two initials, "S.", "U.S." match if any)
        return text[:-1]
    return text


def _ends_final(text: str) -> bool:
    """Whether ``text`` ends in "." or "!", maybe inside closing quotes or a bracket
    (_FINAL), searched for only where such an end can start: at the stop before the closing
    marks that end the text (re tests the class opening _FINAL at every character else)."""
    core = text[:-1] if text.endswith("\n") else text  # ($ matches before a last line end)
    return _FINAL.search(text, max(0, len(core.rstrip("\"'”’)")) - 1)) is not None


def _ends_abbreviated(text: str) -> bool:
    """Whether ``text`` ends in an abbreviation's stop ("No.", "St."; _ABBREVIATION_END),
    searched for in the last characters only (re tries the pattern, which opens on a word
    boundary, at every character of a sentence else)."""
    return _ABBREVIATION_END.search(text, max(0, len(text) - _ABBREVIATION_CHARS)) is not None


def _lead(document: Document) -> tuple[str | None, str | None]:
    """The lead sentence without its dateline, and the dateline's place."""
    fallback: tuple[str | None, str | None] = (None, None)
    skip_paragraph = -1
    # Lines a hard wrap cut off before this sentence; the header may have taken the first
    # such line for a title when the body goes on in lower case.
    title = document.article.title
    unfinished: list[str] = [title] if title and not _ends_final(title) else []
    sentences = document.sentences[:_LEAD_WINDOW]
    for index, sentence in enumerate(sentences):
        wrapped = _wrapped(unfinished, sentence)
        cut_short = not _ends_final(sentence.text) or _ends_abbreviated(sentence.text)
        unfinished = (unfinished + [sentence.text])[-2:] if cut_short else []
        if sentence.paragraph == skip_paragraph:
            continue
        text, place = _strip_dateline(wrapped + sentence.text + _continued(sentences, index))
        if FURNITURE_LEAD.match(text):
            # a paragraph that opens so is an editor's note or a byline; a one-paragraph
            # copy runs its byline into the story ("Bridge shut. By Ann Lee. The city ...")
            if sentence.paragraph_position == 0:
                skip_paragraph = sentence.paragraph
            continue
        quality = _quality(text, sentence)
        if quality == 2:
            return text, place
        if quality == 1 and fallback[0] is None:
            fallback = (text, place)
    return fallback


def _continued(sentences: tuple[Sentence, ...], index: int) -> str:
    """The rest of a sentence Punkt cut after "No." ("the clear-cut No." + "1 issue ...")."""
    if index + 1 < len(sentences) and _ends_abbreviated(sentences[index].text):
        following = sentences[index + 1].text
        if following[:1].isdigit() or following[:1].islower():
            return " " + following
    return ""


def _wrapped(unfinished: list[str], sentence: Sentence) -> str:
    """The start of a sentence that hard line wraps cut off into the lines before, if any."""
    first = sentence.text[:1]
    if not unfinished or not (first.islower() or first.isdigit()):
        return ""
    if sentence.paragraph_position != 0 and not _ends_abbreviated(unfinished[-1]):
        return ""
    return " ".join(unfinished) + " "


def _quality(text: str, sentence: Sentence) -> int:
    """2: a news lead; 1: story text that will do; 0: a caption, heading or fragment."""
    words = word_count(text)
    if not _ends_final(text) or words < 6 or text.isupper() or _CAPTION.match(text):
        return 0
    if words < _MIN_WORDS or _PERSONAL.match(text) or _QUOTE_START.match(text):
        return 1
    return 2


def _strip_dateline(text: str) -> tuple[str, str | None]:
    match = DATELINE_PARTS.match(text)
    if match is None:
        return text, None
    place = match.group("place") or match.group("caps")
    return text[match.end():].lstrip(), _place_name(place) if place else None


def _place_name(place: str) -> str:
    """"NEW DELHI, India" → "New Delhi": the city, in title case."""
    city = place.split(",")[0].strip()
    return " ".join(w if "." in w or not w.isupper() else w.capitalize() for w in city.split())


def _shorten(text: str) -> tuple[str, list[str]]:
    """Drop asides, then clauses, until the line fits; returns it and the dropped parts."""
    dropped: list[str] = []
    for always, cut in CUTS:
        if not always and word_count(text) <= MAX_WORDS:
            break
        text, removed = cut(text)
        dropped.extend(removed)
    if word_count(text) > MAX_WORDS:
        text = hard_cut(text)
    return text, dropped


def _with_place(text: str, place: str | None, dropped: list[str]) -> str:
    """Append "— Place, Day" when the dateline's place (or a dropped day) is missing."""
    extra = []
    if place and place.lower() not in text.lower():
        extra.append(place)
    if not WHEN.search(text):
        day = next((m.group(0) for part in dropped for m in [WHEN.search(part)] if m), None)
        if day:
            extra.append(day)
    return f"{text} — {', '.join(extra)}" if extra else text
