"""A one-line "what happened", built from the lead."""
from __future__ import annotations

import re

from ..records import Document, Entity
from ..ranker import is_story_sentence

_DATELINE = re.compile(
    r"^(?:\(CNN\)\s*(?:--|—|–)?\s*|[A-Z][A-Z .,'’-]{1,40}(?:\([\w .]+\))?\s*(?:--|—|–|-)\s+)")
_MAX_WORDS = 30


def headline(document: Document, people: tuple[Entity, ...], organizations: tuple[Entity, ...],
             places: tuple[Entity, ...]) -> str | None:
    """The lead sentence without its dateline, cut to a line at a clause boundary."""
    lead = next((s for s in document.sentences if is_story_sentence(s)), None)
    if lead is None:
        return None
    text = _DATELINE.sub("", lead.text).strip()
    words = text.split()
    if len(words) > _MAX_WORDS:
        cut = " ".join(words[:_MAX_WORDS])
        clause = max(cut.rfind(", "), cut.rfind("; "))
        text = (cut[:clause] if clause > len(cut) // 2 else cut).rstrip(",;:") + "…"
    return text or None
