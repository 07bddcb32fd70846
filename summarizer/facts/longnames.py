"""Organizations whose names run over "for", "on", "to" and "and", which the tagger cuts.

The tagger ends a name at a lower-case word, so "Council on American-Islamic Relations"
comes out as "Council" and "American-Islamic Relations", and "National Right to Life
Committee" as "National Right" and "Life Committee". This pass joins two mentions of one
sentence back into one organization where the words between them and the names around
them say it is one name, not a list ("Chelsea and Arsenal", "the World Bank and the IMF").
"""
from __future__ import annotations

import re
from collections import Counter
from operator import itemgetter

from newsbrief.facts.aliases import Mention, given_name, known_place
from newsbrief.facts.orthography import seen_lower, seen_upper
from newsbrief.lexicon import (
    CUT_NAME_ENDS,
    INSTITUTION_WORDS,
    LONG_NAME_HEADS,
    ORGANIZATION_TAILS,
    TWO_PART_NAME_TAILS,
)
from newsbrief.precompiled import regex
from newsbrief.records import Sentence

# "Commission on Human Rights", "Institute for the Study of War", "Institute for Social and
# Economic Research": a head of an organization's name, then what it is for.
_FOR = regex(r" (?:for|on)(?: the)?(?: [A-Z][a-z]+ and)? ")
# "Institute for Social": a head and its "for" inside one mention, which "and" continues.
_HEAD_FOR = regex(r"\b(?:" + "|".join(sorted(w.title() for w in LONG_NAME_HEADS))
                  + r") (?:for|on) [A-Z]\w*$")
# "Health and Human Services", "National Right to Life Committee": two parts of one name.
# ("CNN en Español": a Spanish or French name over its "en")
_JOINS = frozenset((" and ", " to ", " en "))
_FOR_OPENINGS = (" for ", " on ")  # (how every gap _FOR matches opens)
_TEXT = itemgetter(0)  # Mention.text


def join_long_names(mentions: list[Mention], sentences: tuple[Sentence, ...]) -> list[Mention]:
    """``mentions`` (in reading order) with each organization cut in two joined again."""
    if len(mentions) < 2:
        return mentions
    counts = Counter(map(_TEXT, mentions))
    out: list[Mention] = [mentions[0]]
    for mention in mentions[1:]:
        before = out[-1]
        if before.order[0] == mention.order[0]:
            text = sentences[mention.order[0]].text
            gap = text[before.order[1] + len(before.text):mention.order[1]]
            if _one_name(before, gap, mention, counts):
                out[-1] = Mention(before.text + gap + mention.text, "organization", before.order)
                continue
        out.append(mention)
    return out


def with_institution_tails(mentions: list[Mention], sentences: tuple[Sentence, ...]
                           ) -> list[Mention]:
    """``mentions`` where a name the tagger ended before the capitalised words of an
    institution goes on over them, as an organization ("Plainview" + "High School", "Mater
    Dei" + "Hospital", "Dortmund" + "Zoo", "Atlanta" + "Police Department"), and a
    broadcaster's name over its number ("Channel" + "4"); a mention inside the words taken
    on is dropped. A place the gazetteer knows stays a place too."""
    out: list[Mention] = []
    taken = (-1, -1)  # (sentence, end) of the last name taken on
    for mention in mentions:
        sentence, start = mention.order
        if sentence == taken[0] and start < taken[1]:
            continue
        text = sentences[sentence].text
        end = start + len(mention.text)
        tail = _tail(mention, text, start, end)
        if text.endswith(_DROPPED_HEADS, 0, start) and _body_like(mention):
            head = text.rfind(" ", 0, start - 1) + 1  # "Royal" + "Air Force", "World" +
            mention = Mention(text[head:end], "organization", (sentence, head))  # "Health ..."
            start = head
        if tail:
            if mention.kind == "place" and known_place(mention.text.lower()):
                out.append(mention)  # "Amsterdam" of "Amsterdam Police" stays a place too
            mention = Mention(text[start:tail.end()], "organization", mention.order)
            taken = (sentence, tail.end())
        out.append(mention)
    return out


def _tail(mention: Mention, text: str, start: int, end: int) -> re.Match | None:
    """The words after a mention (``text[start:end]``) that go on with its name, if any: an
    institution's, a unit's, a mission's place, a broadcaster's number, a paper's tail.
    Each opens on a space and a word whose first letter says which it may be: most names,
    followed by a comma or a small word, need a test or two."""
    if not text.startswith(" ", end):
        return None
    letter = text[end + 1:end + 2]
    tail = None
    if "A" <= letter <= "Z":  # (an institution's words are capitalised)
        tail = _INSTITUTION_AFTER.match(text, end)
        if tail and _after_article(text, start) and known_place(mention.text.lower()):
            tail = None  # "near an Atlanta High School": one of the city's, not its name
    elif letter == "h" and text.startswith(" hospital", end) and (
            mention.kind != "person" or _lone_unknown_word(mention.text)
            and text[max(0, start - 4):start] not in ("the ", "The ")):
        tail = _LOWER_HOSPITAL_AFTER.match(text, end)
        if tail and (_after_article(text, start) or known_place(mention.text.lower())):
            tail = None  # "a Harley Street hospital": one of the street's, not its name
    if tail:
        return tail
    if mention.kind == "organization":
        if letter in _UNIT_LETTERS and mention.text.endswith(_UNIT_HEADS):
            return _UNIT_AFTER.match(text, end)  # "Hereford Independent Schools" + " District"
        if letter == "i" and mention.text.endswith(" Mission"):
            tail = _PLACE_OF_MISSION.match(text, end)
            if tail and not known_place(tail.group(1).lower()):
                tail = None  # "United Nations Observer Mission" + " in Georgia"
            if tail:
                return tail
    if letter in _NUMBER_LETTERS and mention.text.endswith(_NUMBERED):
        return _NUMBER_AFTER.match(text, end)  # "Channel" + " 4", "BBC Radio" + " 5"
    if letter == "o" and mention.text.endswith(_PAPERS):
        return _PAPER_TAIL.match(text, end)  # "Mail" + " on Sunday", "News" + " of the World"
    return None


_INSTITUTION_AFTER = regex(r" (?:[A-Z][\w'’.-]* ){0,3}?(?:"
                           + "|".join(w.title() for w in sorted(INSTITUTION_WORDS))
                           + r")(?: (?:Department|District|Board|Service|Force))?(?![\w'’-])")

# "Mater Dei hospital": a name and "hospital" in lower case; not after a known place, where
# it is one of the place's hospitals ("the Dallas hospital"), and not "police" ("Moscow
# police": the place's force, which CoNLL-2003 and most readers take for the place).
_LOWER_HOSPITAL_AFTER = regex(r" hospital(?![\w'’-])")


# Institutions whose names go on with the unit they are ("Hereford Independent Schools
# District", "Fairfax County Schools Board"), which the tagger may leave out.
_UNIT_HEADS = ("School", "Schools", "Police", "College", "Colleges")
_UNIT_AFTER = regex(r" (?:District|Department|Board)(?![\w'’-])")
_UNIT_LETTERS = frozenset("DB")  # (the first letters of _UNIT_AFTER's words)
# A mission named by the place it works in ("United Nations Observer Mission in Georgia").
_PLACE_OF_MISSION = regex(r" in ((?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-]| [A-Z])")


# Broadcasters named by a word and a number ("Channel 4", "BBC Radio 5 Live", "Israel's
# Channel 10"), which the tagger ends before the number.
_NUMBERED = ("Channel", "Radio")
_NUMBER_AFTER = regex(r" (?:[1-9][0-9]?|One|Two|Three|Four|Five|Nine)(?: Live| News)?(?![\w-])")
_NUMBER_LETTERS = frozenset("123456789OTFN")  # (the first letters of _NUMBER_AFTER's words)


# Words opening bodies' names that the tagger may leave out ("Royal Air Force", "World
# Wildlife Fund", where it may take "Wildlife Fund" for a person).
_DROPPED_HEADS = ("Royal ", "World ")
# Newspapers whose names the tagger ends before "on Sunday" or "of the World".
_PAPERS = ("Mail", "Independent", "Express", "Mirror", "News")
_PAPER_TAIL = regex(r" (?:on Sunday|of the World)(?![\w'’-])")


def _lone_unknown_word(text: str) -> bool:
    """Whether a "person" is one capitalised word that opens no known person's name and
    is no place ("Valkenberg" of "the prison-like Valkenberg hospital"; not "Bill"): the
    tagger's guess for a word it has never seen (not after "the": "the Denver hospital" is
    one of the city's)."""
    key = text.lower()
    return (" " not in text and text.isalpha() and text[1:].islower() and not given_name(key)
            and not known_place(key))


def _body_like(mention: Mention) -> bool:
    """Whether a mention is an organization, or a "person" whose last word ends bodies'
    names ("Wildlife Fund")."""
    return mention.kind == "organization" or (
        mention.kind == "person" and mention.text.lower().rpartition(" ")[2] in ORGANIZATION_TAILS)


def _after_article(text: str, start: int) -> bool:
    """Whether the word before ``start`` is "a" or "an"."""
    return text[max(0, start - 4):start].split()[-1:] in (["a"], ["an"], ["A"], ["An"])


def _one_name(left: Mention, gap: str, right: Mention, counts: dict[str, int]) -> bool:
    """Whether ``left``, ``gap`` and ``right`` are one organization's name."""
    if gap not in _JOINS and not gap.startswith(_FOR_OPENINGS):
        return False  # (most names: a comma, a verb or a list's "and the" between them)
    left_written = left.text.rpartition(" ")[2]
    left_last = left_written.lower()
    right_words = right.text.lower().split()
    if right_words[-1] in CUT_NAME_ENDS:
        return False
    if left_last in LONG_NAME_HEADS and _FOR.fullmatch(gap):
        return True  # "Council on American-Islamic Relations"
    if gap == " and " and _HEAD_FOR.search(left.text):
        return True  # "Institute for Social" and "Economic Research"
    # "Government Communication and Information System", "Health and Human Services"; not a
    # list ("the World Bank and International Monetary Fund", "IMF and European Commission"):
    # both parts open on common words, the left one names nothing on its own (it is no
    # organization's end, nor written elsewhere in the article, or as often as the right
    # one: "National Right to Life Committee" twice; a name joined here is in no count, and
    # joins nothing more over "and").
    if gap not in _JOINS:
        return False
    if gap == " en ":  # "CNN en Español": a Spanish or French name over its "en"
        return left.kind == right.kind == "organization"
    return (left.kind == "organization"
            and right_words[-1] in TWO_PART_NAME_TAILS and left_last not in TWO_PART_NAME_TAILS
            and left_last not in LONG_NAME_HEADS and left_last != "bank"
            and counts.get(left.text) in (1, counts.get(right.text)) and _common(left_written)
            and _common(right.text.partition(" ")[0]))


def _common(word: str) -> bool:
    """Whether a capitalised ``word`` may be a common word ("Health", "Communication"), not
    a name ("Massachusetts", "WorldVision") or an acronym ("IMF")."""
    return (word[1:].islower() and word.isalpha()
            and (seen_lower(word.lower()) or not seen_upper(word.lower())))
