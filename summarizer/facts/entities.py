"""People, organizations and places: the tagger's mentions, cleaned and merged."""
from __future__ import annotations

import re

from ..records import Document, Entity
from .aliases import Mention, merge_mentions
from .ner import entity_spans
from .tokens import tokenize

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}
# "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) --", "(CNN) --": where the story was
# filed and who filed it, not who or what it is about.
_DATELINE = re.compile(
    r"^[A-Z][\w.,'’ /-]{0,60}?\s?\((?:[A-Za-z][\w.&' -]{0,30})\)\s{0,3}(?:-{1,3}|—|–|:)\s{0,3}"
    r"|^\((?:[A-Za-z][\w.&' -]{0,30})\)\s{0,3}(?:-{1,3}|—|–|:)\s{0,3}")
# Words the tagger may still mark on their own that are never names.
_NEVER = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december the a an he she it they we
i you mr mrs ms dr judge president""".split())


def extract_entities(document: Document) -> tuple[tuple[Entity, ...], ...]:
    """(people, organizations, places), each by salience (mentions, then first use)."""
    authors = {" ".join(a.lower().split()) for a in document.article.authors}
    mentions = [m for m in find_mentions(document) if _keep(m, authors)]
    return merge_mentions(mentions)


def find_mentions(document: Document) -> list[Mention]:
    """Every PER, ORG and LOC span the tagger finds, in reading order."""
    sentences = document.sentences
    spans = [tokenize(s.text) for s in sentences]
    words = [[s.text[a:b] for a, b in sp] for s, sp in zip(sentences, spans)]
    skip = _dateline_end(sentences[0].text) if sentences else 0
    mentions: list[Mention] = []
    for s, first, last, kind in entity_spans(words):
        start, end = spans[s][first][0], spans[s][last][1]
        if kind in KINDS and (s > 0 or start >= skip):
            mentions.append(Mention(sentences[s].text[start:end], KINDS[kind], (s, start)))
    return mentions


def _dateline_end(text: str) -> int:
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _keep(mention: Mention, authors: set[str]) -> bool:
    """Drop byline authors, and words that are never names on their own."""
    key = " ".join(mention.text.lower().split())
    return key not in authors and key not in _NEVER and any(c.isalpha() for c in key)
