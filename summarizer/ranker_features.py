"""Sentence features for brief's ranker: position, length, furniture, centrality, style."""
from __future__ import annotations

import math
import string
from collections import Counter, _count_elements  # type: ignore[attr-defined]
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter, mul

from newsbrief.cache import GenerationCache
from newsbrief.lexicon import (
    ATTRIBUTION_WORDS,
    CAPTION_WORDS,
    FURNITURE_SENTENCE,
    PAGE_STAMPS,
    WIRE_DATELINE,
)
from newsbrief.precompiled import regex
from newsbrief.records import Document, Sentence
from newsbrief.text import caption_mark, stop_words, words

_CLOSERS = "\"'”’)] 」』）"
# "Label: caption text" at the start of a sentence, a DailyMail photo-caption habit.
_LABEL = regex(r"^['‘\"“]?[A-Z][\w'’-]*(?: [\w'’-]+){0,3}['’\"”]?:\s")
# A label inside a line ("... Defenders: Asenjo; Juanfran, ... Midfielders: ..."): three or
# more make a squad list, a fact box ("Airline: ... Flight distance: ...") or a run of photo
# captions ("Round of applause: The Queen ... Having a chat: ..."), never a summary line.
_INNER_LABEL = regex(r"(?:^|[\s;,.])[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: ")
# A live-blog time opening a line: "83mins: ...", "90+2 min: ...", "12.05pm: ...".
_TIMESTAMP = regex(
    r"^(?:\d{1,3}(?:\+\d{1,2})? ?(?:mins?|minutes?)\b|\d{1,2}[.:]\d{2} ?[ap]m\b)[:.,]? ")
_VIDEO = "VIDEO "  # a DailyMail video panel: "VIDEO Scroll down to watch ...", in capitals
# Page furniture glued inside a sentence when an article lost its line breaks (lower case).
_FURNITURE_INSIDE = ("scroll down for", "published:", "updated:", "click here", "last updated at")
_PRONOUNS = frozenset(
    "he she it they his her its their this these those that we i you them".split())
_CONNECTIVES = frozenset(
    "but and however so also still yet meanwhile instead then although though while "
    "besides moreover furthermore nevertheless otherwise thus therefore indeed later".split())
# A test's feature: _AS_FLOAT[test] is float(test), without the call
_AS_FLOAT = (0.0, 1.0)
_FIRST = itemgetter(0)  # a word's first character
_DIGITS = string.digits.encode("ascii")
_CAPITALS = string.ascii_uppercase.encode("ascii")
_KEEP_WORDS = 50_000  # up to this many words, each sentence's words are split once
_MAX_STEMS = 50_000  # words per generation of the stem cache (see newsbrief.cache)

FEATURES = (
    "bias", "pos0", "pos1", "pos2", "pos3_4", "pos_inv", "pos_rel", "raw_inv",
    "para_first", "len_short", "len_mid", "len_long", "len_vlong", "len_log",
    "no_final", "furniture", "label_colon", "caption_word", "question",
    "starts_quote", "quote_share", "starts_pronoun", "starts_connective", "attribution",
    "digits", "capitals", "centrality", "lead_overlap", "keyword_cover", "mean_sf",
    "furniture_inside", "dateline", "len_rel", "doc_log_n", "para_size",
)


def _light_stem(word: str) -> str:
    """A lower-case word without its possessive or plural ending.

    Cheaper than Snowball, whose pure-Python stemmer costs ~0.25 ms per new word.
    """
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word[:-1]
    return word


def _words(text: str) -> tuple[list[str], list[str]]:
    """The words of a sentence, as written and in lower case."""
    toks = words(text)
    # Lower-casing ASCII maps letter to letter, so it cannot move a word boundary; other
    # scripts can ("İ" lowers to two characters), so they are matched again.
    low = list(map(str.lower, toks)) if text.isascii() else words(text.lower())
    return toks, low


def _labelled(text: str) -> bool:
    """Whether the sentence opens with "Label: " (no colon, no label: the test is skipped)."""
    return ":" in text and bool(_LABEL.match(text))


def _ends_sentence(text: str) -> bool:
    """True when the text ends with . ! ? … or 。！？ (before closing quotes and brackets)."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", "。", "！", "？")


def _tests(text: str) -> tuple[bool, bool, bool]:
    """Whether the sentence ends as one, is a line of page furniture, opens with a label:
    worked out once for the story test, the furniture test and the features."""
    return _ends_sentence(text), bool(FURNITURE_SENTENCE.match(text)), _labelled(text)


def _is_story(sentence: Sentence, n_words: int, tests: tuple[bool, bool, bool]) -> bool:
    """False for captions, headings, page furniture and fragments (``tests``: _tests)."""
    text = sentence.text
    ends, furniture, labelled = tests
    return (n_words >= 6 and ends and not furniture
            and not _TIMESTAMP.match(text) and not text.startswith(_VIDEO)
            and not (text.startswith("Pictured:") or labelled and caption_mark(text)))


def _is_furniture(sentence: Sentence, n_words: int, story: bool,
                  tests: tuple[bool, bool, bool]) -> bool:
    """Page furniture, bylines and short fragments: never worth a summary line.

    A long line without final punctuation stays a candidate unless it is a photo caption:
    "Label: ..." ("Fit for trial: the nanny has pleaded not guilty ..."), or a line marked
    "(pictured)", "(left)", "Pictured:". A live-blog time ("83mins: ...") is furniture too.
    A story sentence marked so is a caption that ran into the sentence after it, or one
    written for the photo ("Jeffrey Corbin (pictured) died ... a panic attack National
    targets require ..."), read as a caption. So is one that holds a page's time stamp ("...
    By Jane Smith PUBLISHED: 11:19 EST, 3 September 2012 | UPDATED: ..."), and a line of
    three labels or more: a squad list, a fact box, a run of captions (_INNER_LABEL).
    """
    text = sentence.text
    if caption_mark(text) or _holds_stamp(text) or _is_fact_box(text) or _is_editors_note(text):
        return True  # (a story sentence or not)
    if story:
        return False
    _, furniture, labelled = tests
    return (n_words < 12 or bool(furniture or _TIMESTAMP.match(text))
            or text.startswith(_VIDEO) or labelled)


def _is_editors_note(text: str) -> bool:
    """Whether the sentence opens an editor's note ("Editor's note: Daria Roithmayr is a law
    professor ...", "Editor's note: Campbell Brown anchors ... at 8 p.m. ET"): the page's
    words about the story or its author, not the story."""
    return text[:14].lower().replace("’", "'") == "editor's note:"


def _is_fact_box(text: str) -> bool:
    """Whether the line holds three labels or more (_INNER_LABEL): a list or a fact box."""
    return text.count(": ") >= 3 and len(_INNER_LABEL.findall(text)) >= 3


def _furniture_by_context(sentences: tuple[Sentence, ...], tests: list[tuple[bool, bool, bool]],
                          furniture: list[bool], paragraphs: int) -> None:
    """Mark in ``furniture`` what only the sentences around tell: a line with no stop that a
    sentence of its own paragraph follows, a caption or a heading a one-paragraph copy ran
    into the text ("... undermined their authority | The new colours have been chosen ...");
    and the rest of an editor's note's paragraph ("Editor's note: Daria Roithmayr is a law
    professor ... | She teaches ..."), where the story has paragraphs of its own."""
    for i in range(len(sentences) - 1):
        if not tests[i][0] and sentences[i + 1].paragraph == sentences[i].paragraph:
            furniture[i] = True
    notes = {s.paragraph for s, flagged in zip(sentences, furniture, strict=True)
             if flagged and s.paragraph_position == 0 and _is_editors_note(s.text)}
    if notes and paragraphs > len(notes):
        for i, sentence in enumerate(sentences):
            if sentence.paragraph in notes:
                furniture[i] = True


def _holds_stamp(text: str) -> bool:
    """Whether the sentence holds a page's time stamp: "PUBLISHED: 11:19 EST" (lexicon)."""
    for stamp in PAGE_STAMPS:
        at = text.find(stamp)
        if at != -1 and text[at + len(stamp):at + len(stamp) + 2].lstrip()[:1].isdigit():
            return True
    return False


class _Doc:
    """Per-document statistics shared by the sentence features.

    Only what the features need for every sentence is kept (content stems, lengths, flags):
    the word lists are made again sentence by sentence, so memory stays a small multiple
    of the text however long the article is.
    """

    def __init__(self, document: Document) -> None:
        language = document.article.language
        stems = _stems(language)
        self.content: list[list[str]] = []
        self.lengths: list[int] = []
        # The words of each sentence are kept for the features of an article of ordinary
        # size; a huge one keeps its sentences' form features instead (_form, a few numbers
        # each), so memory stays small and no sentence is split twice.
        self.words: list[tuple[list[str], list[str]]] | None = (
            [] if document.words <= _KEEP_WORDS else None)
        self.forms: list[list[float]] = []
        self.tests = [_tests(s.text) for s in document.sentences]
        for sentence, tests in zip(document.sentences, self.tests, strict=True):
            toks, low = _words(sentence.text)
            self.lengths.append(len(toks))
            self.content.append(_content_stems(low, stems))
            if self.words is not None:
                self.words.append((toks, low))
            else:
                self.forms.append(_form(sentence.text, toks, low, tests))
        self.sets = list(map(set, self.content))
        self.sf = sf = Counter(chain.from_iterable(self.sets))
        self.n = n = len(document.sentences)
        # a term's idf depends on its sentence count alone: one log per count, not per term
        logs = {c: math.log((n + 1) / c) for c in set(sf.values())}
        self.idf = idf = dict(zip(sf, map(logs.__getitem__, sf.values()), strict=True))
        doc_tf = Counter(chain.from_iterable(self.content))
        # (the products below are the comprehensions' c * idf[t] and idf[t] * v, made in C)
        doc_vec = list(map(mul, doc_tf.values(), map(idf.__getitem__, doc_tf)))
        self.doc_norm = math.sqrt(sum(map(mul, doc_vec, doc_vec))) or 1.0
        # a term's share of the dot
        self.weight = dict(zip(doc_tf, map(mul, map(idf.__getitem__, doc_tf), doc_vec),
                               strict=True))
        # (heapq.nlargest is documented as this sort, ties included; the sort runs in C)
        self.keywords = set(sorted(doc_tf, key=doc_tf.__getitem__, reverse=True)[:10])
        triples = list(zip(document.sentences, self.lengths, self.tests, strict=True))
        self.story = [_is_story(s, n, t) for s, n, t in triples]
        self.furniture = [_is_furniture(s, n, good, t)
                          for (s, n, t), good in zip(triples, self.story, strict=True)]
        self.paragraphs = len({s.paragraph for s in document.sentences})
        _furniture_by_context(document.sentences, self.tests, self.furniture, self.paragraphs)
        ranks, seen = [], 0
        for good in self.story:
            ranks.append(seen)
            seen += good
        self.story_rank = ranks
        lengths = sorted(self.lengths)
        self.median_len = lengths[len(lengths) // 2] if lengths else 1
        self.para_size = Counter(s.paragraph for s in document.sentences)
        self.lead = next((i for i, good in enumerate(self.story) if good), 0)


@lru_cache(maxsize=None)
def _stems(language: str) -> GenerationCache[str, str | None]:
    """The content stem of each word (None for a stop word or a bare number), kept across
    the documents of a batch: "said" and "police" are stemmed once, not once per article."""
    stops = stop_words(language)
    return GenerationCache(lambda word: None if word in stops or word.isdigit()
                           else _light_stem(word), _MAX_STEMS)


def _content_stems(low: list[str], stems: GenerationCache[str, str | None]) -> list[str]:
    """The content stems of a sentence's words; each distinct word is stemmed once.

    Stop words and bare numbers carry no topic (stored as None).
    """
    known = stems.recent
    try:  # most words are known: one pass in C
        return list(filter(None, map(known.__getitem__, low)))
    except KeyError:
        return list(filter(None, map(stems, low)))


def _cosine(doc: _Doc, i: int) -> float:
    """tf-idf cosine between the sentence and the whole document."""
    weight, idf = doc.weight, doc.idf
    content = doc.content[i]
    dot = sum(map(weight.__getitem__, content))
    counts: dict[str, int] = {}
    _count_elements(counts, content)  # Counter(content) without Counter's own overhead
    # each (v * idf[t]) ** 2, made in C
    weights = map(mul, counts.values(), map(idf.__getitem__, counts))
    norm = math.sqrt(sum(map(pow, weights, repeat(2)))) or 1.0
    return dot / (norm * doc.doc_norm)


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def _position(doc: _Doc, sentence: Sentence) -> list[float]:
    """Where the sentence stands, counting story sentences only (captions and bylines skipped)."""
    i = sentence.index
    rank = doc.story_rank[i] if doc.story[i] else doc.story_rank[i] + 3
    return [
        1.0, _AS_FLOAT[rank == 0], _AS_FLOAT[rank == 1], _AS_FLOAT[rank == 2],
        _AS_FLOAT[3 <= rank <= 4],
        1.0 / (1 + rank), i / max(1, doc.n - 1), 1.0 / (1 + i),
        _AS_FLOAT[sentence.paragraph_position == 0 and doc.paragraphs > 1],
    ]


def _form(text: str, toks: list[str], low: list[str], tests: tuple[bool, bool, bool]
          ) -> list[float]:
    """Length, punctuation and style: what furniture, quotes and follow-up sentences look like
    (``tests``: _tests)."""
    ends, furniture, labelled = tests
    n_words = len(toks)
    first = low[0] if low else ""
    quotes = text.count('"') + text.count("“") + text.count("”")
    digits, capitals = _heads(toks)
    return [
        _AS_FLOAT[n_words <= 10], _AS_FLOAT[11 <= n_words <= 25],
        _AS_FLOAT[26 <= n_words <= 40],
        _AS_FLOAT[n_words > 40], math.log1p(n_words),
        _AS_FLOAT[not ends], _AS_FLOAT[furniture],
        _AS_FLOAT[labelled], _AS_FLOAT[not CAPTION_WORDS.isdisjoint(low)],
        _AS_FLOAT[text.rstrip("\"'”’) ").endswith("?")],
        _AS_FLOAT[text[:1] in "\"“'‘"], min(1.0, quotes / 2.0),
        _AS_FLOAT[first in _PRONOUNS], _AS_FLOAT[first in _CONNECTIVES],
        _AS_FLOAT[not ATTRIBUTION_WORDS.isdisjoint(low)],
        digits / max(1, n_words),
        capitals / max(1, n_words - 1),
    ]


def _heads(toks: list[str]) -> tuple[int, int]:
    """How many words open with a digit, and how many after the first with a capital.

    Most sentences are ASCII, where the two are counted by deleting 0-9 and A-Z from the
    words' first letters as bytes, not by a method call per word (the same counts: an ASCII
    character is a digit or upper case exactly when it is one of these).
    """
    heads = "".join(map(_FIRST, toks))
    if not heads.isascii():
        return sum(map(str.isdigit, heads)), sum(map(str.isupper, heads[1:]))
    codes = heads.encode("ascii")
    rest = codes[1:]
    return (len(codes) - len(codes.translate(None, _DIGITS)),
            len(rest) - len(rest.translate(None, _CAPITALS)))


def _content(doc: _Doc, i: int) -> list[float]:
    """How much of the document's vocabulary, and of its lead, the sentence carries."""
    content = doc.sets[i]
    return [
        _cosine(doc, i),
        _overlap(content, doc.sets[doc.lead]) if i != doc.lead else 1.0,
        len(content & doc.keywords) / max(1, len(doc.keywords)),
        sum(map(doc.sf.__getitem__, content)) / max(1, len(content)) / max(1, doc.n) * 10,
    ]


def _extra(doc: _Doc, sentence: Sentence, text: str, n_words: int) -> list[float]:
    """Glued furniture, datelines, relative length, document size, paragraph size."""
    text_low = text.lower()
    return [
        _AS_FLOAT[any(map(text_low.__contains__, _FURNITURE_INSIDE))],
        _AS_FLOAT[WIRE_DATELINE.match(text) is not None],
        n_words / max(1, doc.median_len), math.log1p(doc.n),
        float(min(doc.para_size[sentence.paragraph], 6) if doc.paragraphs > 1 else 0),
    ]


def sentence_features(doc: _Doc, sentence: Sentence) -> list[float]:
    """The feature vector of one sentence, in FEATURES order."""
    i, text = sentence.index, sentence.text
    if doc.words is None:  # (a huge article: its forms are kept, not its words)
        form = doc.forms[i]
    else:
        toks, low = doc.words[i]
        form = _form(text, toks, low, doc.tests[i])
    return (_position(doc, sentence) + form + _content(doc, i)
            + _extra(doc, sentence, text, doc.lengths[i]))


def document_features(document: Document) -> tuple[list[list[float]], list[bool]]:
    """Feature vectors of every sentence, and whether each one is page furniture."""
    vectors, furniture = iter_features(document)
    return list(vectors), furniture


def iter_features(document: Document) -> tuple[Iterator[list[float]], list[bool]]:
    """Like document_features, the vectors made one at a time: long articles stay cheap."""
    doc = _Doc(document)
    return (sentence_features(doc, s) for s in document.sentences), doc.furniture
