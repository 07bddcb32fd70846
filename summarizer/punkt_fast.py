"""Punkt with a fast path for the plainest sentence boundaries, same decisions as Punkt."""
from __future__ import annotations

import punkt


class FastPunktTokenizer(punkt.PunktSentenceTokenizer):
    """``punkt.PunktSentenceTokenizer`` that decides ``word. Next`` without annotating tokens.

    Punkt annotates every token of a candidate's context to decide one boundary; most
    candidates are a plain word, a stop and the next word, where the outcome is already
    fixed. For a plain alphabetic word of two or more letters that is not an abbreviation
    and does not start a known collocation, Punkt's first pass marks a break and its second
    pass cannot undo it (only collocations, abbreviations, ellipses, initials and numbers
    can); a ``?`` or ``!`` is always a break of its own. Everything else goes to Punkt.
    tests/test_text.py and bench/splitter.py check that the spans are Punkt's.
    """

    def __init__(self, params, **kwargs) -> None:
        super().__init__(params, **kwargs)
        self._abbreviations = frozenset(params.abbrev_types)
        self._collocation_starts = frozenset(first for first, _ in params.collocations)

    def _context_has_sentbreak(self, context: str) -> bool:
        head = context.split(None, 1)[0] if context else context
        if "?" in head or "!" in head:
            return True
        if len(head) >= 3 and head[-1] == "." and head[:-1].isalpha():
            word = head[:-1].lower()
            if word not in self._abbreviations and word not in self._collocation_starts:
                return True
        return super()._context_has_sentbreak(context)
