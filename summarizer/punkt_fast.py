"""Punkt with a fast path for the plainest sentence boundaries, same decisions as Punkt."""
from __future__ import annotations

import re
from collections.abc import Iterator

import punkt

# What punkt's detector scans back for to find the word before a candidate (string.whitespace,
# not str.isspace: a no-break space stays inside the word)
_WHITESPACE = " \t\n\r\x0b\x0c"
# Closing quotes and brackets, each a token of its own to Punkt (non-word characters)
_CLOSING = "\"'”’)]"
# A text with none of "--", ".." and a stop, a space and a stop holds no multi-character
# punctuation run (the default rules' multi_char_punct_pattern), so it is not searched for one
_SPACED_STOPS = re.compile(r"\.\s\.")


class FastPunktTokenizer(punkt.PunktSentenceTokenizer):
    """``punkt.PunktSentenceTokenizer`` that decides ``word. Next`` without annotating tokens.

    Punkt annotates every token of a candidate's context to decide one boundary; most
    candidates are a plain word, a stop and the next word, where the outcome is already
    fixed. For a plain alphabetic word of two or more letters that is not an abbreviation
    and does not start a known collocation, Punkt's first pass marks a break and its second
    pass cannot undo it (only collocations, abbreviations, ellipses, initials and numbers
    can); a ``?`` or ``!`` is always a break of its own. Everything else goes to Punkt.

    With the default rules, ``span_tokenize`` also walks the candidates itself: Punkt's own
    walk builds a dataclass per candidate, streams the spans through three generators and
    searches every paragraph for ellipses and dashes; this one does the same steps on plain
    tuples, in one list (about 40% of the splitter's instructions).
    tests/test_text.py and bench/splitter.py check that the spans are Punkt's.
    """

    def __init__(self, params, **kwargs) -> None:
        super().__init__(params, **kwargs)
        self._abbreviations = frozenset(params.abbrev_types)
        self._collocation_starts = frozenset(first for first, _ in params.collocations)
        rules = self.rules
        # the walk below is Punkt's for these rules only; others take Punkt's own
        self._own_walk = (self.line_breaks == "ignore" and rules.next_sentence_requires_space
                          and rules.multi_char_punct_pattern
                          == punkt.LanguageVars().multi_char_punct_pattern)
        self._multi_char = re.compile(rules.multi_char_punct_pattern, re.UNICODE)
        self._realigner = re.compile(rules.boundary_realignment_pattern, re.MULTILINE)
        self._enders = "".join(rules.sent_end_chars)

    def _context_has_sentbreak(self, context: str) -> bool:
        head = context.split(None, 1)[0] if context else context
        if "?" in head or "!" in head:
            return True
        # a quotation or bracket may close after the stop ('... in a nightmare."'): Punkt
        # takes the closing marks for tokens of their own, and the word with its stop is
        # decided as it is without them
        head = head.rstrip(_CLOSING)
        if len(head) >= 3 and head[-1] == "." and head[:-1].isalpha():
            word = head[:-1].lower()
            if word not in self._abbreviations and word not in self._collocation_starts:
                return True
        return super()._context_has_sentbreak(context)

    def span_tokenize(self, text: str, *, realign_boundaries: bool = True
                      ) -> Iterator[tuple[int, int]]:
        if not self._own_walk:
            return super().span_tokenize(text, realign_boundaries=realign_boundaries)
        spans = self._absorbed(text, self._breaks(text))
        return iter(self._realigned(text, spans) if realign_boundaries else spans)

    def _interior(self, text: str) -> frozenset[int] | set[int]:
        """The offsets inside a run like "..." or "--" (its last character excepted), where
        punkt's detector finds no candidate."""
        if "--" not in text and ".." not in text and not _SPACED_STOPS.search(text):
            return set()
        interior: set[int] = set()
        for match in self._multi_char.finditer(text):
            interior.update(range(match.start(), match.end() - 1))
        return interior

    def _breaks(self, text: str) -> list[tuple[int, int]]:
        """Punkt's spans up to each candidate it takes for a break, and the rest of the text.

        A candidate is the last stop of a run; its context runs from the word before it (back
        to the last whitespace, or where the candidate before it began) through what the
        boundary pattern's lookahead took after it.
        """
        interior = self._interior(text)
        # (no tab or line break: the last whitespace is the last space)
        plain = text.isprintable()
        spans: list[tuple[int, int]] = []
        last_break = 0
        previous: re.Match[str] | None = None
        word_start = stop = 0
        for match in self._boundaries.match(text):
            at = match.start()
            if at in interior:
                continue
            space = (text.rfind(" ", stop, at) if plain
                     else max([text.rfind(white, stop, at) for white in _WHITESPACE]))
            start = space + 1 if space > stop else word_start
            if previous is not None and stop <= start:
                last_break = self._decided(text, previous, word_start, last_break, spans)
            previous, word_start, stop = match, start, at
        if previous is not None:
            last_break = self._decided(text, previous, word_start, last_break, spans)
        spans.append((last_break, len(text.rstrip())))
        return spans

    def _decided(self, text: str, match: re.Match[str], word_start: int, last_break: int,
                 spans: list[tuple[int, int]]) -> int:
        """Where the next span starts once the candidate ``match`` is decided (a break ends a
        span in ``spans``): after the whitespace that follows a break, else at its end."""
        if not self._context_has_sentbreak(text[word_start:match.end("after_tok")]):
            return last_break
        spans.append((last_break, match.end()))
        return match.start("next_tok") if match.group("next_tok") else match.end()

    def _absorbed(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Punkt's _absorb_punctuation_only: no empty span, and a span of nothing but stops
        joins the one before it."""
        out: list[tuple[int, int]] = []
        enders = self._enders
        for start, end in spans:
            if start >= end:
                continue
            if out and not text[start:end].strip(enders):
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out

    def _realigned(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Punkt's _realign: closing quotes and brackets that open a span go back to the span
        before it (the pattern matched in place: its "$" and lookahead end where the span
        does, as in Punkt's slice of it)."""
        out: list[tuple[int, int]] = []
        realign = 0
        last = len(spans) - 1
        for index, (start, end) in enumerate(spans):
            start += realign
            if index == last:
                if start < end:
                    out.append((start, end))
                continue
            following, following_end = spans[index + 1]
            match = self._realigner.match(text, following, following_end)
            if match:
                out.append((start, following + len(match.group().rstrip())))
                realign = match.end() - following
            else:
                realign = 0
                if start < end:
                    out.append((start, end))
        return out
