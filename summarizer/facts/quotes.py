"""Quotations and who said them, found on the paragraphs of the article body.

Marks are read once, left to right, each classified from its neighbours (an opening
mark follows a space and precedes a letter), so unbalanced marks resynchronise at the
next clear opener and matching is linear. A quote left open at the end of a paragraph
continues only when the next paragraph opens with a quotation mark (news style for a
quote running over paragraphs); otherwise it is dropped, never carried further.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import islice

from newsbrief.facts.attribution import Attribution
from newsbrief.facts.speakers import in_title_case, words_lazily
from newsbrief.precompiled import regex
from newsbrief.records import Document, Entity, Quote

# The marks of each style, found with str.find (a class of marks beyond ASCII costs re a test
# at every character: ~5 µs a paragraph)
_DOUBLE = "\"“”„«»"
_SINGLE = "‘’'"
_ELISION = regex(r"'(?:em|til|cause|n'?|tis|twas|\d\ds)\b", re.IGNORECASE)
_SPACES = regex(r"\s+")
_OPEN_BEFORE = "([{—–-/:"
_CLOSE_AFTER = ".,;:!?)]}—–-…"
_MAX_CHARS = 3000  # a longer "quote" is a mismatch of marks
_MAX_PARAGRAPHS = 8
OPEN, CLOSE, EITHER, POSSESSIVE, NONE = range(5)


class Found:
    """A quotation in the body: where its marks are and the text segments inside them."""

    # A plain class, not a dataclass: dataclass compiles its methods at every start.
    __slots__ = ("start", "end", "paragraph", "last_paragraph", "parts")

    def __init__(self, start: int, end: int, paragraph: int, last_paragraph: int,
                 parts: list[tuple[int, int]]) -> None:
        self.start, self.end = start, end
        self.paragraph, self.last_paragraph = paragraph, last_paragraph
        self.parts = parts


def extract_quotes(document: Document, people: tuple[Entity, ...] = (),
                   organizations: tuple[Entity, ...] = (),
                   places: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Quotations in article order, each with its speaker (a person's canonical name, an
    organization's, a description such as "a police spokesman", or None). "he" and "she"
    never stand for one of the article's ``organizations`` and ``places``."""
    body = document.article.body
    paragraphs = _paragraphs(document)
    single = _single_style(body)
    found = find_quotes(body, paragraphs, single)
    texts = [_text(body, quote) for quote in found]
    speakers = Attribution(document, people, paragraphs, organizations + places,
                           organizations).speakers(found, texts)
    speakers = _repeated_speakers(texts, speakers, {person.name for person in people})
    starts = [s.start for s in document.sentences]
    quotes: list[Quote] = []
    seen: set[str] = set()
    for quote, text, speaker in zip(found, texts, speakers, strict=True):
        if text in seen or not _is_quotation(text, speaker) or _owned_title(body, quote, text):
            continue
        seen.add(text)
        sentence = max(0, bisect_right(starts, quote.start) - 1)
        quotes.append(Quote(text=text, speaker=speaker, sentence=sentence))
    return tuple(quotes)


def _repeated_speakers(texts: list[str], speakers: list[str | None],
                       people: set[str]) -> list[str | None]:
    """``speakers``, where a quote with none repeats the opening of one a person of the
    article said (a photo caption's pull-quote, "'I was treated like a burglar': Lytham
    Road, where ..." and in the body "Mr Copland said: 'I was treated like a burglar or
    child batterer'"), with that person. Quotes are matched by their first words, looked
    up once each (not compared pair by pair), and one must open with the whole of the
    other. Not a phrase: of a few words ("don't ask, don't tell"), or opening in lower case
    (what "prosecutors called 'an anarchist group and militia'" is no one's for the words
    repeated where a person is named before them)."""
    # the quotes with no speaker that may take one: not a phrase in the writer's sentence
    openings = {index: _opening(text) for index, text in enumerate(texts)
                if speakers[index] is None and text[:1].isupper()}
    firsts = {opening[0] for opening in openings.values() if len(opening) == _OPENING_WORDS}
    if not firsts:
        return speakers  # (most articles: a look at each quote's first letter)
    by_opening: dict[tuple[str, ...], list[int]] = {}
    for index, speaker in enumerate(speakers):
        if speaker in people and _first_word(texts[index]) in firsts:
            by_opening.setdefault(_opening(texts[index]), []).append(index)
    out = list(speakers)
    for index, opening in openings.items():
        text = texts[index]
        if len(opening) < _OPENING_WORDS or in_title_case(text):
            continue  # (a phrase of a few words, or a title, stays no one's)
        for other in by_opening.get(opening, ())[:_REPEATS_READ]:
            short, long = sorted((_bare(text), _bare(texts[other])), key=len)
            if long.startswith(short):
                out[index] = speakers[other]
                break
    return out


def _first_word(text: str) -> str | None:
    """The first word of _opening, found without the others."""
    return next(_bare_words(text), None)


def _opening(text: str) -> tuple[str, ...]:
    """The first _OPENING_WORDS words of a quote, lower case, without punctuation (those
    of _bare), a long quote not split whole for them."""
    return tuple(islice(_bare_words(text), _OPENING_WORDS))


def _bare_words(text: str) -> Iterator[str]:
    """The words of _bare in turn, the quote split only as far as they are read."""
    for word in words_lazily(text, 2 * _OPENING_WORDS):
        lower = word.lower()
        bare = lower if lower.isalnum() else _NOT_ALNUM.sub("", lower)
        if bare:
            yield bare


def _bare(text: str) -> str:
    """A quote's words, lower case, without punctuation: "I was treated like a burglar"."""
    return " ".join(_NOT_ALNUM.sub("", word) for word in text.lower().split())


_NOT_ALNUM = regex(r"[\W_]")  # what str.isalnum refuses
_OPENING_WORDS = 5
_REPEATS_READ = 3  # at most this many quotes of one opening compared


def _single_style(body: str) -> bool:
    """True when the article quotes with single marks ('…' or ‘…’), as British tabloids do:
    more opening single marks than double marks of any kind."""
    singles = body.count(" '") + body.count("\n'") + (body.count("‘") if "‘" in body else 0)
    if not singles:
        return False  # (most articles: their double marks need no counting)
    # (a str.count reads every character, ~5 instructions each; "in" skips with memchr)
    doubles = sum(body.count(mark) for mark in _DOUBLE if mark in body)
    return singles > doubles


def _paragraphs(document: Document) -> list[tuple[int, int]]:
    """(start, end) in the body of each paragraph, from its sentences."""
    spans: dict[int, list[int]] = {}
    for sentence in document.sentences:
        span = spans.get(sentence.paragraph)
        if span is None:
            spans[sentence.paragraph] = [sentence.start, sentence.end]
        elif sentence.end > span[1]:
            span[1] = sentence.end
    return [(start, end) for _, (start, end) in sorted(spans.items())]


def find_quotes(body: str, paragraphs: list[tuple[int, int]], single: bool) -> list[Found]:
    """Every balanced quotation, in order; ``single`` reads ‘…’ and '…' instead of “…”."""
    kinds = [mark for mark in (_SINGLE if single else _DOUBLE) if mark in body]
    # the marks of the whole body, found once (a str.find costs ~1,300 instructions of
    # argument parsing in CPython 3.11, whatever it scans), then each paragraph's
    every_mark = _marks_in(body, 0, len(body), kinds)
    out: list[Found] = []
    current: Found | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = every_mark[bisect_left(every_mark, p_start):bisect_left(every_mark, p_end)]
        if not marks and current is None:
            continue  # (most paragraphs: nothing to read)
        roles = [_role(body, pos, p_start, p_end, single) for pos in marks]
        first = 0
        if current is not None:
            carried = current
            current, first = _continue(body, current, index, p_start, marks, roles)
            if current is None and _closed_by_paragraph(body, carried, paragraphs):
                out.append(carried)
        last_close = max((i for i, r in enumerate(roles) if r in (CLOSE, EITHER)), default=-1)
        for i in range(first, len(marks)):
            role, pos = roles[i], marks[i]
            if role == POSSESSIVE:  # "the players' union" unless no other closer follows
                role = CLOSE if i > last_close and current is not None else NONE
            if (role == OPEN and current is not None and _sentence_ends_before(body, pos)
                    and _opens_speech(body, current.start, p_start)):
                # "He said: 'We had problems to get our flow going. 'We did not ...": a quote
                # that ran over paragraphs in a copy whose paragraph breaks were lost goes
                # on, as _continue does; its text keeps the mark, verbatim
                continue
            if role == OPEN or (role == EITHER and current is None):
                current = Found(pos, pos, index, index, [(pos + 1, pos + 1)])
            elif role in (CLOSE, EITHER) and current is not None:
                segment = (current.parts[-1][0], pos)
                current.parts[-1] = segment
                current.end = pos + 1
                if segment[1] - current.start <= _MAX_CHARS:
                    out.append(current)
                current = None
        if current is not None:
            current.parts[-1] = (current.parts[-1][0], p_end)
            current.end = p_end
    if current is not None and _closed_by_paragraph(body, current, paragraphs):
        out.append(current)
    return out


def _marks_in(body: str, start: int, end: int, kinds: list[str]) -> list[int]:
    """The offsets of the marks of ``kinds`` (single characters) in body[start:end], in
    order."""
    found: list[int] = []
    for mark in kinds:
        at = body.find(mark, start, end)
        while at >= 0:
            found.append(at)
            at = body.find(mark, at + 1, end)
    if len(kinds) > 1:
        found.sort()
    return found


def _opens_speech(body: str, pos: int, p_start: int) -> bool:
    """Whether the mark at ``pos`` opens its paragraph or follows a colon or a sentence end
    (speech introduced, not a phrase quoted inside a sentence: 'the plan "unbalanced')."""
    head = body[p_start:pos].rstrip()
    return not head or head[-1] in ":.!?"


def _sentence_ends_before(body: str, pos: int) -> bool:
    """Whether a sentence ends right before the mark at ``pos`` ("going. 'We")."""
    return pos >= 2 and body[pos - 1] == " " and body[pos - 2] in ".!?"


def _closed_by_paragraph(body: str, quote: Found, paragraphs: list[tuple[int, int]]) -> bool:
    """An unclosed quote that fills its paragraphs ("He said: 'We will go." and no closing
    mark) ends with them, as tabloid style has it; any other open mark is a stray."""
    head = body[paragraphs[quote.paragraph][0]:quote.start].rstrip()
    last = body[quote.parts[-1][0]:quote.parts[-1][1]].rstrip()
    return (not head or head.endswith(":")) and last.endswith((".", "!", "?")) \
        and quote.end - quote.start <= _MAX_CHARS


def _continue(body: str, current: Found, index: int, p_start: int, marks: list[int],
              roles: list[int]) -> tuple[Found | None, int]:
    """Carry an open quote into a paragraph that opens with a quotation mark."""
    opens = bool(marks) and roles[0] in (OPEN, EITHER) and not body[p_start:marks[0]].strip()
    if opens and index - current.paragraph < _MAX_PARAGRAPHS \
            and marks[0] - current.start < _MAX_CHARS:
        current.parts.append((marks[0] + 1, marks[0] + 1))
        current.last_paragraph = index
        return current, 1
    return None, 0


def _role(body: str, pos: int, p_start: int, p_end: int, single: bool) -> int:
    """Whether the mark at ``pos`` opens or closes a quotation, judged from its neighbours."""
    mark = body[pos]
    before = body[pos - 1] if pos > p_start else " "
    after = body[pos + 1] if pos + 1 < p_end else " "
    if mark in "“„«‘":
        return NONE if mark == "‘" and after.isdigit() else OPEN
    if mark in "”»":
        return CLOSE
    if single and before.isalnum() and after.isalpha():
        return NONE  # an apostrophe: "don't", "O'Neill"
    opener = (before.isspace() or before in _OPEN_BEFORE or before in "\"“") and not after.isspace()
    closer = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER or after in "\"”")
    if single:
        if opener and mark == "'" and not _ELISION.match(body, pos):
            return OPEN
        if closer:
            lower_next = pos + 2 < p_end and body[pos + 2].islower()
            return POSSESSIVE if before in "sS" and after == " " and lower_next else CLOSE
        return NONE
    if opener != closer:
        return OPEN if opener else CLOSE
    return EITHER


def _text(body: str, quote: Found) -> str:
    """The quoted words verbatim, whitespace collapsed, without a trailing comma."""
    pieces = [_collapsed(body[a:b]).strip() for a, b in quote.parts]
    text = " ".join(piece for piece in pieces if piece)
    return text.rstrip(", ").strip()


def _collapsed(text: str) -> str:
    """``text`` with each run of whitespace one space.

    A text with no two spaces in a row that is printable holds no whitespace but single
    spaces (every other character ``\\s`` matches is unprintable), so it is its own
    collapse: nearly every quote, whose sub (the pattern tried at every character) cost
    ~0.16 M instructions per article.
    """
    if "  " in text or not text.isprintable():
        return _SPACES.sub(" ", text)
    return text


def _owned_title(body: str, quote: Found, text: str) -> bool:
    """Whether the quotation is a work's or a show's title in title case right after its
    owner or a work's noun: "told CNN's 'The Lead with Jake Tapper'", "Fox News' 'Justice
    With Judge Jeanine'", "Gaye's 'Ain't That Peculiar'", "the book 'Twitter for Dummies'"
    (whoever the attribution found, no one said it)."""
    before = body[max(0, quote.start - 40):quote.start].split()[-3:]
    return (body.endswith(_OWNER_ENDS, max(0, quote.start - 3), quote.start)
            or any(w.strip(",:").lower() in _WORK_WORDS for w in before)) \
        and in_title_case(text)


# Words for a work, and "titled": a title in title case after one is the work's ("the
# author of more than 20 books including 'Manhood in America: A Cultural History.'"); not
# entities' _WORK_NOUNS, which a title follows right after
_WORK_WORDS = frozenset(("book", "books", "novel", "novels", "memoir", "film", "films",
                         "movie", "movies", "album", "albums", "song", "songs", "play",
                         "documentary", "series", "show", "titled", "entitled"))


_OWNER_ENDS = ("'s ", "’s ", "s' ", "s’ ")


def _is_quotation(text: str, speaker: str | None) -> bool:
    """False for scare quotes ("gotcha") and titles ("The Big Bang Theory")."""
    words = text.split()
    if len(words) < 3:
        return False  # a word or two ("is now"): scare quotes
    if len(words) == 3 and (speaker is None or text[:1].islower()):
        # a short unattributed phrase, or one inside the writer's sentence whoever said it
        # ("to 'destroy the plane'"): scare quotes (facts-dev's GUIDELINES, rule 3)
        return False
    if speaker is not None or len(words) > 12:
        return True
    return not in_title_case(text)  # ("Celebrity Big Brother.": a title, not a quotation)
