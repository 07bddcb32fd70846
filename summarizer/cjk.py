"""Sentence spans for Chinese and Japanese, which end sentences with full-width marks."""
from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence runs to 。！？ (or their ASCII and repeated forms), taking any
# closing quotes and brackets that follow with it.
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[」』”’）)〕】]*|$)")


def cjk_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end
