"""The speakers of an article's quotations: attribution, pronouns, canonical names."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING

from newsbrief.facts.scan import key_positions, word_positions
from newsbrief.facts.speakers import (
    SAY_FIRST,
    SAY_WORD,
    canonical,
    first_sentence_end,
    person_lookup,
    subject_after,
    subject_before,
)
from newsbrief.lexicon import (
    ANTECEDENT_ROLES,
    HONORIFIC_GENDER,
    NEVER_ALONE,
    ORGANIZATION_TAILS,
    OTHER_ROLE_QUALIFIERS,
)
from newsbrief.precompiled import regex
from newsbrief.records import Document, Entity

if TYPE_CHECKING:
    from newsbrief.facts.quotes import Found

_ACCORDING_FIRST = regex(r"[\s,;—–-]{0,4}according\sto\s")
_ACCORDING = regex(r"\b[Aa]ccording\sto\s")
# Reported speech worth remembering for "he said": the common verbs are enough.
_REPORTING_VERBS = ("said", "says", "told", "tells", "added", "explained", "wrote", "asked")
_NAMING_VERBS = frozenset({"called", "described"})
_TELLING = frozenset({"told", "tells", "said", "says"})  # may take a long object before ":"
# ", saying:", ", adding", ", telling reporters:", " saying": the sentence subject's quote
_PARTICIPLE = regex(r"(?:,\s|\s(?=saying\b))(?:saying|adding|writing|explaining|insisting|"
                    r"warning|noting|declaring|stating|arguing|"
                    r"telling\s[^,:;\"“”‘’]{1,40}?)[:,]?$")
_REPORTED_CHARS = 600  # how far before a quote indirect speech is looked for
_PARTICIPLE_CHARS = 60  # longer than any match of _PARTICIPLE, which ends the text
# words that open a phrase fronted before the subject ("In an interview, Murray …")
_FRONTED = frozenset("""in at on after before during since speaking asked writing later earlier
yesterday today last this""".split())
_NEXT_CLAUSE = regex(r"[,;]\s(?:but|and|while|as|although|though|whereas|yet|so)\s|;")
# Signs of a person's gender in the article itself (see Attribution.genders).
# (opens on one character class, so re skips to the candidates in C; see HONORIFIC_GENDER)
_HONORIFIC = regex(r"([MSLD](?<!\w[MSLD])(?:rs?|s|iss|ir|ord|ady|ame))\.?\s"
                   r"((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*)")
_PRONOUN_AFTER = regex(r"\w+\s(?:that\s)?(he|she|his|her)\b", re.IGNORECASE)
_PRONOUN_GENDER = {"he": "male", "his": "male", "she": "female", "her": "female"}
_LOOK_BACK = 40  # events read back for a pronoun's antecedent of the right gender
_QUOTE_MARKS = "\"“”‘’'"
_WINDOW = 200  # characters of context read on each side of a quote
_Event = tuple[int, int, str]  # (offset, paragraph, speaker)
_START = attrgetter("start")


class Attribution:
    """Finds who said each quotation of one article."""

    def __init__(self, document: Document, people: tuple[Entity, ...],
                 paragraphs: list[tuple[int, int]], others: tuple[Entity, ...] = ()) -> None:
        self.body = document.article.body
        self.paragraphs = paragraphs
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.sentence_starts = [s.start for s in document.sentences]
        self.lookup = person_lookup([(p.name, p.aliases) for p in people])
        self.people = frozenset(p.name for p in people)
        self.salient = [p.name for p in people[:2]]  # people come most mentioned first
        # names of the article's organizations and places: no "he" or "she"
        self.not_people = frozenset(form.lower() for e in others for form in (e.name, *e.aliases)
                                    if form.lower() not in self.lookup)
        self.common = _LowerCaseWords(self.body)
        self.quoted: list[_Event] = []  # speakers of the quotes read so far

    def speakers(self, found: list[Found], texts: list[str]) -> list[str | None]:
        """One speaker (or None) per quotation, in order."""
        out: list[str | None] = []
        for index, (quote, text) in enumerate(zip(found, texts, strict=True)):
            following = found[index + 1].start if index + 1 < len(found) else len(self.body)
            previous_end = found[index - 1].end if index else 0
            raw = self._raw(quote, text, following, previous_end)
            speaker = self._resolve(raw, quote) if raw else self._inherit(index, found, out)
            if speaker:
                self.quoted.append((quote.start, quote.paragraph, speaker))
            out.append(speaker)
        return _prefer_full_names(out)

    def _raw(self, quote: Found, text: str, following: int,
             previous_end: int) -> tuple[str, str] | None:
        """The attribution as written: after the quote first, else before it."""
        paragraph_end = self.paragraphs[quote.last_paragraph][1]
        # A quoted sentence ending in a stop ends the sentence; one ending in a comma does
        # not, even after an abbreviation ("... in the U.S.," Ferrez said).
        last = quote.parts[-1] if quote.parts else (quote.start, quote.end)
        if not self.body[last[0]:last[1]].rstrip().endswith("."):
            window = self.body[quote.end:min(following, paragraph_end, quote.end + _WINDOW)]
            if found := _after(window):
                return found
        sentence = self.sentence_starts[max(0, bisect_right(self.sentence_starts, quote.start) - 1)]
        start = max(sentence, previous_end, quote.start - _WINDOW,
                    self.paragraphs[quote.paragraph][0])
        text = self.body[start:quote.start]
        found = _before(text)
        if found is None and start == sentence:
            found = self._subject_of_sentence(text)
        return found

    def _subject_of_sentence(self, text: str) -> tuple[str, str] | None:
        """The person opening a sentence whose quote a participle introduces ("Ana Costa
        urged voters to turn out, saying: …"), named as the entity stage found them (a
        capitalised opener may be no name: "Speaking at the launch"; "he" would be resolved
        with no regard to gender, too often wrongly here)."""
        text = text.rstrip()
        clause = _PARTICIPLE.search(text, max(0, len(text) - _PARTICIPLE_CHARS))
        if not clause or _NEXT_CLAUSE.search(text, 0, clause.start()):
            return None  # "Ross left, but Ana Costa stayed, saying": whose subject is unclear
        stretch = text[:clause.start()]
        head, comma, rest = stretch.partition(", ")
        if comma and head.split(None, 1)[0].lower() in _FRONTED:
            stretch = rest  # "In an interview last week, Murray said …": after the phrase
        found = subject_after(stretch)
        if not found or found[0] != "name" or found[1].endswith(("'s", "’s")):
            return None  # "Walker's co-star Vin Diesel": the owner is not the subject
        if len(stretch.split()) < len(found[1].split()) + 2:
            return None  # the subject needs its verb and more ("Costa, saying:" is a fragment)
        return found if canonical(found[1], self.lookup) in self.people else None

    def _resolve(self, raw: tuple[str, str], quote: Found) -> str | None:
        kind, text = raw
        if kind == "pronoun":
            return self._antecedent(quote.start, quote.paragraph, text)
        if kind == "member":  # "Inspector Niall Pawson of Greater Manchester Police"
            member, kind, text = text.split("\t")
            person = canonical(member, self.lookup, self.common)
            if person in self.people:
                return person
            if not kind:  # not a person of the article: "the Ministry of ..." spoke
                return None
        if kind == "name":
            if text.lower() in NEVER_ALONE or text.lower() in ORGANIZATION_TAILS:
                return None  # "Friday", "President", "Italian", "Department" alone
            return canonical(text, self.lookup, self.common)
        return self._described(text) or text

    def _described(self, description: str) -> str | None:
        """The person a bare role stands for, where the article makes it plain: "the
        judge", "the president" is the one of its two most named people the article names
        with that role before the full name ("Judge Richard Cebull", "President Barack
        Obama"; not "Iraq President Nuri al-Maliki", named once). Else None: the
        description stays. A qualified role ("the energy minister") may be another person
        of that role, and "the company" another company than the last named (tried on the
        read-through set: right about three times in five), so they stay descriptions."""
        words = description.split()
        if len(words) != 2 or words[0] != "the" or words[1] not in ANTECEDENT_ROLES:
            return None
        title = words[1].title()
        matches = set()
        for name in self.salient:
            if " " not in name:
                continue
            at = self.body.find(f"{title} {name}")
            while at >= 0:  # as a title: "Judge Richard Cebull", not "shadow Chancellor X"
                before = self.body[max(0, at - 12):at].split()
                if not before or before[-1].lower() not in OTHER_ROLE_QUALIFIERS:
                    matches.add(name)
                    break
                at = self.body.find(f"{title} {name}", at + 1)
        return matches.pop() if len(matches) == 1 else None

    def _antecedent(self, offset: int, paragraph: int, pronoun: str = "") -> str | None:
        """"he"/"she": the latest speaker in this or the previous paragraph, else the
        last person named before the quote; of those, never an organization or a place of
        the article ("Italy said ...", "Greater Manchester Police said ...", then "he said"
        is not theirs), nor one the article shows to be of the other gender (see
        genders)."""
        other = {"he": "female", "she": "male"}.get(pronoun)

        def fits(event: _Event) -> bool:
            return event[2].lower() not in self.not_people and (
                other is None or self.genders.get(event[2]) != other)

        candidates = [e for e in (_last_before(self.events, offset, fits),
                                  _last_before(self.quoted, offset, fits)) if e]
        latest = max(candidates, default=None)
        if latest and latest[1] >= paragraph - 1:
            return latest[2]
        mention = _last_before(self.mentions, offset, fits)
        if mention:
            return mention[2]
        return latest[2] if latest else None

    @cached_property
    def genders(self) -> dict[str, str]:
        """"male" or "female" for the people the article itself shows to be: by the
        honorific before their name ("Mr Brown", "Mrs Costa"), or the pronoun right after
        their speech verb twice ("Costa said she would stay"), when all signs agree."""
        votes: dict[str, list[str]] = {}
        for match in _HONORIFIC.finditer(self.body):
            gender = HONORIFIC_GENDER.get(match.group(1).lower())  # not "Ds", "Lrs"
            name = self.lookup.get(match.group(2).lower()) if gender else None
            if name and gender:  # a sure sign: counts twice (gender is set whenever name is)
                votes.setdefault(name, []).extend([gender] * 2)
        for offset, _, name in self.events:
            after = _PRONOUN_AFTER.match(self.body, offset)
            if after:  # may be someone else ("his lawyer said he denies it"): needs another
                votes.setdefault(name, []).append(_PRONOUN_GENDER[after.group(1).lower()])
        return {name: signs[0] for name, signs in votes.items()
                if len(signs) >= 2 and len(set(signs)) == 1}

    def _inherit(self, index: int, found: list[Found], out: list[str | None]) -> str | None:
        """An unattributed quote after a quote in the same paragraph, or opening the next
        paragraph, has the same speaker ("We will appeal," Ross said. "This is wrong.");
        so has one that opens its sentence after reported speech in this paragraph or the
        last, with no quote between ("Ross says the tariffs will stay." then a paragraph
        that opens on a quote)."""
        quote = found[index]
        reported = self._reported_before(quote) if self._opens_sentence(quote) else None
        if (reported and (index == 0 or found[index - 1].end < reported[0])
                and not self._quotes_in_sentence(reported[0], found)):
            return reported[2]  # not the attribution of a quote: indirect speech
        if index == 0 or out[-1] is None:
            return None
        previous = found[index - 1]
        if previous.last_paragraph == quote.paragraph:
            return out[-1]
        opens = not self.body[self.paragraphs[quote.paragraph][0]:quote.start].strip()
        return out[-1] if opens and quote.paragraph == previous.last_paragraph + 1 else None

    def _opens_sentence(self, quote: Found) -> bool:
        """Whether the quotation opens its sentence (it is no phrase inside another's)."""
        start, _ = self._sentence_around(quote.start)
        return not self.body[start:quote.start].strip()

    def _quotes_in_sentence(self, offset: int, found: list[Found]) -> bool:
        """Whether a quotation starts or ends in the sentence around ``offset``."""
        start, end = self._sentence_around(offset)
        # quotations follow one another without overlap: the last one to start before the
        # sentence ends is in it, or none is
        last = bisect_right(found, end - 1, key=_START) - 1
        return last >= 0 and found[last].end >= start

    def _sentence_around(self, offset: int) -> tuple[int, int]:
        """(start, end) in the body of the sentence holding ``offset``."""
        index = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        end = (self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts)
               else len(self.body))
        return start, end

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    @cached_property
    def mentions(self) -> list[_Event]:
        """Where each known person is named, in order (read only to resolve a pronoun)."""
        lower = self.body.lower()
        out = [(offset, self._paragraph_of(offset), self.lookup[key])
               for offset, key in key_positions(lower, self.lookup)]
        out.sort()
        return out

    @cached_property
    def events(self) -> list[_Event]:
        """Reported speech ("Ross said the tariffs ..."): the named subjects of speech verbs
        (read only to resolve a pronoun)."""
        offsets = sorted(o for verb in _REPORTING_VERBS for o in word_positions(self.body, verb))
        return [(offset, self._paragraph_of(offset), name) for offset in offsets
                if (name := self._reporter(offset))]

    def _reported_before(self, quote: Found) -> _Event | None:
        """The last event (see events) before ``quote`` in its paragraph or the one before,
        and at most _REPORTED_CHARS before it, found without reading the rest of the article
        (so a paragraph of thousands of quotes costs linear time)."""
        first = self.paragraphs[max(0, quote.paragraph - 1)][0]  # after a line break
        if quote.start > _REPORTED_CHARS:
            first = max(first, self.body.rfind(" ", 0, quote.start - _REPORTED_CHARS) + 1)
        span = self.body[first:quote.start]  # starts after a line break or a space
        offsets = [first + o for verb in _REPORTING_VERBS for o in word_positions(span, verb)]
        for offset in sorted(offsets, reverse=True):
            if name := self._reporter(offset):
                return offset, self._paragraph_of(offset), name
        return None

    def _reporter(self, offset: int) -> str | None:
        """The named subject of the speech verb at ``offset``, if it has one before it."""
        sentence, _ = self._sentence_around(offset)
        stretch = self.body[max(sentence, offset - 120):offset].rstrip()
        if not stretch or stretch[-1] in _QUOTE_MARKS or stretch[-2:-1] in _QUOTE_MARKS:
            return None  # "…," said Ross: the subject comes after the verb
        if stretch[-1] == ",":  # "Ana Costa, a retired teacher, said": before the aside
            stretch = stretch[:stretch.find(",")].rstrip()
        found = subject_before(stretch) if stretch else None
        if found and found[0] == "name":
            return canonical(found[1], self.lookup, self.common) or None
        return None


class _LowerCaseWords:
    """``word in self``: the article also writes the word in lower case ("singer")."""

    def __init__(self, body: str) -> None:
        self.body = body

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and f" {word.lower()} " in self.body


def _after(window: str) -> tuple[str, str] | None:
    """The attribution right after a quote: ", said X", ", X said", ", according to X"."""
    window = window[:first_sentence_end(window)]
    if verb := SAY_FIRST.match(window):
        return subject_after(window[verb.end():])
    if according := _ACCORDING_FIRST.match(window):
        return subject_after(window[according.end():])
    verb = SAY_WORD.search(window, 0, 120)
    if verb:
        stretch = window[:verb.start()].lstrip(" ,;—–-\n").rstrip()  # keep an appositive's comma
        if stretch and not any(q in stretch for q in "\"“”"):
            return subject_before(stretch) if len(stretch.split()) <= 10 else _named_first(stretch)
    return None


def _named_first(stretch: str) -> tuple[str, str] | None:
    """A full name that opens a long stretch before the verb, closed by a comma: an
    appositive that lost its closing comma ("Ann Phoya, the former head of nursing services
    for all Malawi told CNN")."""
    head, comma, _ = stretch.partition(",")
    words = head.split()
    if comma and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "name", head.strip()
    return None


def _before(text: str) -> tuple[str, str] | None:
    """The attribution before a quote: "X said:", "X:", "according to X,", "X called it"."""
    text = text.rstrip()
    if not text:
        return None
    if text.endswith(":"):
        head = text[:-1].rstrip()
        verbs = list(SAY_WORD.finditer(head))
        if verbs and len(head[verbs[-1].end():].split()) <= 5:
            return subject_before(head[:verbs[-1].start()])
        if verbs and verbs[-1].group(0) in _TELLING and "," not in head[verbs[-1].end():]:
            # "X told magistrates at Blackpool just before the hearing began:"
            found = subject_before(head[:verbs[-1].start()])
            return found if found and found[0] == "name" else None
        found = subject_before(head) if 1 <= len(head.split()) <= 4 else None
        return found if found and found[0] == "name" else None
    according = list(_ACCORDING.finditer(text))
    if according and text.endswith(",") and len(text[according[-1].end():].split()) <= 8:
        return subject_after(text[according[-1].end():])
    verbs = list(SAY_WORD.finditer(text))
    if not verbs:
        return None
    found = subject_before(text[:verbs[-1].start()])
    if found and found[0] == "description" and verbs[-1].group(0) in _NAMING_VERBS:
        return None  # "an ailment called 'guitarist's nipple'" names, nobody speaks
    return found


def _last_before(events: list[_Event], offset: int, fits=None) -> _Event | None:
    """The last event before ``offset`` (that ``fits``, among the last _LOOK_BACK)."""
    last = bisect_right(events, (offset,)) - 1
    for index in range(last, max(-1, last - _LOOK_BACK), -1):
        if fits is None or fits(events[index]):
            return events[index]
    return None


def _prefer_full_names(speakers: list[str | None]) -> list[str | None]:
    """A bare surname becomes the full name quoted elsewhere in the article ("Ross")."""
    full: dict[str, str] = {}
    for name in speakers:
        if name and len(name.split()) > 1 and name[0].isupper():
            full.setdefault(name.split()[-1], name)
    return [full.get(name, name) if name and " " not in name else name for name in speakers]
