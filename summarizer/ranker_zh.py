"""brief's ranking for Chinese: the first sentence unless another carries the post better.

The shipped tree scorer (ranker.py) was trained on English CNN stories; on Chinese Weibo
news posts (LCSTS) its one-sentence brief fell below the first sentence. Weibo posts put
the news up front, so this ranker is a position prior plus two general signals, chosen
on the first half of lcsts-dev and checked on the second (docs/benchmarks.md):

* a sentence with fewer than ``MIN_CHARS`` characters (punctuation and spaces not
  counted) is furniture: a hashtag line (#恶劣#), a source tag (（中新网）, 广西新闻网),
  a bare hook (男子做月嫂？);
* centrality: the cosine between the sentence's character bigrams (cjk_terms) and those
  of the rest of the post;
* ``FIRST_BONUS`` for the first sentence that is not furniture;
* a length prior: ``LENGTH_WEIGHT`` per 100 characters away from ``TARGET_CHARS``, since
  a brief of one 80-character sentence says less per character than one of 30.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter

from newsbrief.cjk import cjk_terms
from newsbrief.records import Document

MIN_CHARS = 6
FIRST_BONUS = 0.2
TARGET_CHARS = 30
LENGTH_WEIGHT = 0.2


def counted_chars(text: str) -> int:
    """Characters other than whitespace and punctuation (as character ROUGE counts them)."""
    return sum(1 for ch in text
               if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(count * b[term] for term, count in a.items() if term in b)
    if not dot:
        return 0.0
    norm_a = math.sqrt(sum(v * v for v in a.values()))
    norm_b = math.sqrt(sum(v * v for v in b.values()))
    return dot / (norm_a * norm_b)


def zh_scores(document: Document) -> tuple[list[float], list[bool]]:
    """Every sentence's score, and whether it is furniture (too short to be a brief)."""
    sentences = document.sentences
    terms = [Counter(cjk_terms(s.text, "zh")) for s in sentences]
    whole: Counter[str] = Counter()
    for counts in terms:
        whole.update(counts)
    sizes = [counted_chars(s.text) for s in sentences]
    furniture = [size < MIN_CHARS for size in sizes]
    first = next((i for i, short in enumerate(furniture) if not short), -1)
    values = []
    for i, counts in enumerate(terms):
        value = _cosine(counts, whole - counts) if len(sentences) > 1 else 0.0
        value += FIRST_BONUS * (i == first)
        value -= LENGTH_WEIGHT * abs(sizes[i] - TARGET_CHARS) / 100
        values.append(value)
    return values, furniture
