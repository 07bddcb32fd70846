"""brief's default ranking: the lead, minus sentences that are not story text."""
from __future__ import annotations

import re

from .records import Document, Sentence
from .text import count_words

_FINAL = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
_FURNITURE = re.compile(
    r"^(?:scroll down|click here|read more|follow us|share this|sign up|advertisement|"
    r"watch:|video:|photos?:|related:|see also|copyright|©)", re.IGNORECASE)


def is_story_sentence(sentence: Sentence) -> bool:
    """False for captions, headings, page furniture and fragments."""
    text = sentence.text
    if _FURNITURE.match(text):
        return False
    if not _FINAL.search(text):
        return False
    return count_words(text) >= 6


def rank(document: Document) -> list[int]:
    """Story sentences in article order, then the rest."""
    good = [s.index for s in document.sentences if is_story_sentence(s)]
    rest = [s.index for s in document.sentences if not is_story_sentence(s)]
    return good + rest
