"""Article headers: title, date and byline lines are metadata, not body text."""
from __future__ import annotations

import re

from newsbrief.dates import MONTH_RE, parse_date
from newsbrief.lexicon import BYLINE_PARTICLES, SENTENCE_OPENERS
from newsbrief.precompiled import regex
from newsbrief.records import record

_MAX_HEADER_LINES = 12
# A header line (title, byline, stamp) is short; a longer line is body text, e.g. a one-paragraph
# article that starts "By X PUBLISHED: ..." must not be swallowed whole as a byline.
_MAX_HEADER_LINE_CHARS = 250
_DATE_LINE = regex(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE)
_BY_LINE = regex(r"^\s*by\b[:\s]*(.*)$", re.IGNORECASE)
_STAMP_LINE = regex(
    r"^\s*(?:published|updated|last updated|posted|modified)\b\s*:?\s*(.*)$", re.IGNORECASE)
_SEPARATOR_LINE = regex(r"^\s*[|\-–—•·*]+\s*$")
_NAME_SPLIT = regex(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")
_NAME_TAIL = regex(r"\s*(?:[|,]\s*)?(?:for\s+|in\s+)?(?:updated|published|posted)\b.*$",
                   re.IGNORECASE)
# A one-paragraph copy of a page keeps its byline and time stamps glued to the first
# sentence: "By Ann Lee and Bo Chan PUBLISHED: 04:13 EST, 13 August 2013 | UPDATED: 16:27
# EST, 13 August 2013 A nanny charged ...", or with " . " between the parts, as in copies that
# ended every line with a period. The stamps, a time and a full date, mark where the body starts;
# a byline without them is read by glued_byline, where the names' shape says where they end.
_GAP = r"(?:\s+\.)?\s+"
# ... or a stamp with the date first, US style: "Updated Mar 3, 2014 5:10 PM ET".
_STAMP = (r"(?:(?:PUBLISHED|UPDATED|Last updated(?: at)?)\s*:?(?:\s+\.)?\s*"
          r"\d{1,2}:\d{2}(?:\s?[AP]M)?(?:\s[A-Z]{2,4})?,?\s(?:on\s)?"
          rf"\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH_RE}\s\d{{4}}"
          r"|(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|Last updated):?\s"
          rf"{MONTH_RE}\s\d{{1,2}},?\s\d{{4}},?(?:\sat)?\s\d{{1,2}}:\d{{2}}"
          r"(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4}\b)?)")
_INLINE_HEADER = regex(
    rf"(?:By{_GAP}(?P<names>[^|:.]{{2,120}}?){_GAP})?"
    rf"(?P<stamps>{_STAMP}(?:{_GAP}\|{_GAP}{_STAMP}){{0,3}})(?:\s+\.)?\s+(?=\S)")
# Where a reporter filed from, after the name: "Ann Lee In Lima, Peru", "Ann Lee in Kabul
# and Bo Chan": a place, no author (up to the next name after "and", or the end).
_WHERE_FILED = regex(r"\s+(?:[Ii]n|IN)\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
                     r"(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})?(?=\s+and\s|\s*$)")
_END_PUNCT = ".!?:;,\"'”’)…。！？」』）：；，"


@record
class Header:
    """Metadata lines peeled off the top of a text, and where its body starts."""

    title: str | None
    date: str | None
    authors: tuple[str, ...]
    body_start: int  # character offset where the body begins


def parse_header(text: str) -> Header:
    """Peel metadata lines off the top of ``text``."""
    title = date = None
    authors: list[str] = []
    offset = 0
    lines_seen = 0
    expect: str | None = None  # "authors" or "date" after a bare label line
    while lines_seen < _MAX_HEADER_LINES and offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end].strip()
        next_offset = end + 1
        if not line:
            offset = next_offset
            continue
        lines_seen += 1
        # a first line that opens with a byline and stamps and goes on with the story
        if lines_seen == 1 and (inline := _inline_header(line)) is not None:
            names, stamps, size = inline
            authors.extend(names)
            date = parsed.isoformat() if (parsed := parse_date(stamps)) else None
            offset = text.index(line, offset) + size
            break
        if lines_seen == 1 and (glued := glued_byline(line)) is not None:
            names, size = glued
            authors.extend(names)
            offset = text.index(line, offset) + size
            break
        if len(line) > _MAX_HEADER_LINE_CHARS:
            break
        if expect == "authors":
            authors.extend(split_names(line))
            expect = None
        elif expect == "date":
            parsed = parse_date(line)
            date = date or (parsed.isoformat() if parsed else None)
            expect = None
        elif match := _DATE_LINE.match(line):
            date = match.group(1) if parse_date(match.group(1)) else date
            rest = match.group(2).strip()
            if by := _BY_LINE.match(rest):
                authors.extend(split_names(by.group(1)))
        elif match := _BY_LINE.match(line):
            if _looks_like_byline(match.group(1)):
                authors.extend(split_names(match.group(1)))
            elif not match.group(1).strip():
                expect = "authors"
            else:
                break
        elif match := _STAMP_LINE.match(line):
            rest = match.group(1).strip()
            parsed = parse_date(rest) if rest else None
            if parsed:
                date = date or parsed.isoformat()
            elif not rest:
                expect = "date"
            else:
                break
        elif _SEPARATOR_LINE.match(line):
            pass
        elif (title is None and not authors and date is None and lines_seen == 1
              and _is_title(text, line, next_offset)):
            title = line
        else:
            break
        offset = next_offset
    return Header(title=title, date=date, authors=tuple(dict.fromkeys(authors)),
                  body_start=min(offset, len(text)))


def _inline_header(line: str) -> tuple[list[str], str, int] | None:
    """(authors, stamps, length) of the byline and time stamps a long first line opens with."""
    match = _INLINE_HEADER.match(line)
    if match is None:
        return None
    names = match.group("names")
    if names is not None and not _looks_like_byline(names):
        return None
    return (split_names(names) if names else []), match.group("stamps"), match.end()


def glued_byline(line: str) -> tuple[list[str], int] | None:
    """(authors, length) of a byline a one-paragraph copy glued to its first sentence with
    no stamps after it: "By Ann Lee The council said ...", "By Ann Lee and Bo Chan ...",
    "By Ann Lee, Political Editor ...", "By Ann Lee for MailOnline ...", "By Daily Mail
    Reporter ...". A name is two capitalised words, or three when a word that opens
    sentences follows them ("By Ann Jane Lee It was ...") or the second is a particle ("By
    Mia De Graaf"); the sentence after the byline
    opens with a capital or a quotation mark. None when the line opens otherwise ("By
    Tuesday afternoon the ...", "By Christmas Day the ...")."""
    if not line.startswith("By "):
        return None
    agency = _AGENCY_BYLINE.match(line)
    if agency is not None:  # "By Daily Mail Reporter", "By Associated Press"
        return [agency.group(1)], agency.end()
    words = line[3:].split(" ", 12)[:12]
    names: list[str] = []
    i = 0
    while True:
        size = 3 if (i + 3 < len(words) and all(map(_name_word, words[i:i + 3]))
                     and words[i + 3] in _OPENING_WORDS
                     or words[i + 1:i + 2] and words[i + 1].lower() in BYLINE_PARTICLES) else 2
        if i + size >= len(words) or not all(_name_word(w.rstrip(","))
                                             or w.lower() in BYLINE_PARTICLES
                                             for w in words[i:i + size]) \
                or any(w.endswith(",") for w in words[i:i + size - 1]):
            return None
        names.append(" ".join(words[i:i + size]).rstrip(","))
        i += size
        if words[i - 1].endswith(",") or words[i] != "and":
            break
        i += 1
    end = len("By ") + len(" ".join(words[:i]))
    if line[end - 1] == ",":  # a role follows: ", Political Editor"
        end -= 1
    tail = _BYLINE_TAIL.match(line, end)
    if tail is not None:
        end = tail.end()
    elif line[end] == ",":
        return None
    rest = line[end:].lstrip()
    if not rest or not (rest[0].isupper() or rest[0] in "'‘\"“") or _STAMP_LINE.match(rest):
        return None  # (a stamp brief cannot read: "By Ann Lee PUBLISHED: yesterday")
    return names, len(line) - len(rest)


def _name_word(word: str) -> bool:
    """A capitalised word that may be part of a reporter's name (not "The", "Tuesday")."""
    return (word[:1].isupper() and word[1:2].islower() and word.isalpha() or "-" in word[1:]
            and word.replace("-", "").isalpha() and word[:1].isupper()
            ) and word.lower() not in SENTENCE_OPENERS and word.lower() not in _NOT_NAME_WORDS


# Capitalised words after "By" that are no reporter's name ("By Christmas Day ...").
_NOT_NAME_WORDS = frozenset("""christmas easter day night eve noon midnight dawn morning evening
afternoon weekend contrast comparison law chance far then""".split())


_AGENCY_BYLINE = regex(r"By\s((?:[A-Z][A-Za-z]+\s){1,3}Reporter|Associated\sPress|Reuters"
                       r"|Press\sAssociation|AFP)\s(?=[A-Z'‘\"“])")
# After the names: ", Political Editor", ", Mailonline Science Correspondent", "for MailOnline".
_BYLINE_TAIL = regex(r"(?:,\s(?:[A-Z][A-Za-z]+\s){0,3}(?:Editor|Correspondent|Reporter|Writer)"
                     r"|\s[Ff]or\s(?:MailOnline|Mailonline|(?:the\s)?Daily\sMail(?:\sAustralia)?"
                     r"|The\sMail\son\sSunday))(?=\s)")
# Words that open a story's first sentence after a byline name of three words.
_OPENING_WORDS = frozenset("""The A An It This That These Those There He She They We I In On
At As For When After While If But""".split())


def _is_title(text: str, line: str, next_offset: int) -> bool:
    """A short first line without final punctuation, followed by a blank line, and not by
    a paragraph opening in lower case: that goes on with the line, a sentence a copy broke
    ("Japanese officials said they are\n\nready to provide ..."), unless that paragraph is
    a date line ("date 2026-03-16 By Ines Carvalho")."""
    if len(line) > 150 or len(line.split()) > 25 or line[-1] in _END_PUNCT:
        return False
    rest = text[next_offset:]
    if not (rest.startswith("\n") or rest.lstrip(" \t").startswith("\n")):
        return False
    following = rest.lstrip()
    next_line = following.partition("\n")[0].strip()
    if _DATE_LINE.match(next_line):
        return True  # a header line of its own after it ("date 2026-03-16 By Ines Carvalho")
    return not (following[:1].islower() and not following[1:2].isupper())  # ("iPhone")


def _looks_like_byline(rest: str) -> bool:
    rest = _NAME_TAIL.sub("", rest).strip()
    if not rest or len(rest) > 120:
        return False
    names = split_names(rest)
    return bool(names) and all(_is_name(name) for name in names)


def _is_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() or w.lower() in BYLINE_PARTICLES
                                        for w in words)




def split_names(text: str) -> list[str]:
    """Split ``A, B and C`` into names, dropping trailing stamps and roles."""
    text = _NAME_TAIL.sub("", text).strip().rstrip(".,;")
    text = _WHERE_FILED.sub("", text)
    return [name.strip() for name in _NAME_SPLIT.split(text) if name.strip()]
