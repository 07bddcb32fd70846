"""Cuts that shorten a lead sentence to one line while keeping subject, verb and object.

Each cut returns the shortened text and the parts it removed. Every pattern is anchored
or bounded, so a cut is linear in the sentence.
"""
from __future__ import annotations

import re
from typing import Callable

from newsbrief.dates import MONTH_RE, WEEKDAY_RE
from newsbrief.facts.numwords import NUMBER_WORDS
from newsbrief.lexicon import PREPOSITIONS
from newsbrief.precompiled import regex

MAX_WORDS = 25
WHEN = regex(rf"\b(?:{WEEKDAY_RE}|yesterday|today|tonight|last\snight|"
             rf"{MONTH_RE}\s\d{{1,2}}\b)", re.IGNORECASE)
_PARENS = regex(r"\s?\([^()]{0,120}\)")
_DASH = regex(r"\s(?:--|—|–)\s")
_OPENING = (
    r"(?:(?:After|Before|When|While|As|Although|Though|Despite|In|On|At|With|Without|Following|"
    r"Amid|Since|Until|Because|If|For|During|Through|Under|Over|By|Pending|Once|Back|Just|Even|"
    r"Nearly|Almost|More|Less|Hours|Days|Weeks|Months|Years)\b|[A-Z][a-z]+ing\b)")
_LEADING_WORD = regex(_OPENING)
_LEADING = regex(_OPENING + r"[^,]{2,140},\s")
_RELATIVE = regex(r",\s(?:who|which|where|whose|whom)\b")
# ", leaving four dead", ", turning its CEO into ...": a trailing participle clause.
_PARTICIPLE = regex(r",\s(?!(?:during|morning|evening|something|nothing|anything|"
                    r"everything|king|thing|bring|spring|string)\b)[a-z]{2,20}ing\b")
_ATTRIBUTION = regex(
    r",\s(?:[^,]{1,80}\s)?(?:said|says|told|reported|announced|according\sto|ruled|heard|"
    r"confirmed|revealed|claimed|warned|added|alleged|insisted|stated|admitted)\b[^,]{0,200}$")
# A finite verb before "that" shows the clause hangs off an object, not off the subject.
_VERB_BEFORE = regex(r"\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|"
                     r"made|took|got|won|lost|gave|put|set|hit|cut|told|said|says|met|led)\b")
_AUXILIARY_NEXT = regex(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|"
                        r"might|must|should|remains|remain|remained)\s")
_PLACE_PART = regex(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s")
_THAT = regex(r"\s(\w+)\sthat\s")
_THAT_VERBS = frozenset("""said say says believe believes believed know knows knew think thinks
thought found find finds announced claimed reported warned confirmed revealed showed show shows
suggest suggests suggested hope hopes hoped fear fears feared argued insisted ruled decided
agreed admitted stated noted added told acknowledged realized learned so such now and but or is
was are were be means meant ensure ensured given clear sure likely possible indicate indicates
indicated concluded alleged alleging alleges claim claims""".split())
# Words a line cannot end on.
_DANGLING = PREPOSITIONS | frozenset("""the a an and or but his her its their our your my this
these those""".split())
_BOUNDARY = regex(
    r",\s|;\s|\s(?:and|but|by|in|at|on|for|after|with|from)\s|\s(?:--|—|–)\s")


def word_count(text: str) -> int:
    return len(text.split())


def _drop_parens(text: str) -> tuple[str, list[str]]:
    removed = _PARENS.findall(text)
    return _PARENS.sub("", text), removed


def _drop_dash_aside(text: str) -> tuple[str, list[str]]:
    """"X -- an aside -- did Y" → "X did Y"; after an opening clause the dashes stood for
    its comma ("Vowing to fight -- even now -- Martin said" → "Vowing to fight, Martin said")."""
    dashes = list(_DASH.finditer(text))
    if len(dashes) < 2:
        return text, []
    first, second = dashes[0], dashes[1]
    head = text[:first.start()]
    joint = ", " if _LEADING_WORD.match(head) and "," not in head else " "
    return head + joint + text[second.end():], [text[first.end():second.start()]]


def _drop_leading(text: str) -> tuple[str, list[str]]:
    """"After days of speculation, Oldham confirmed ..." → "Oldham confirmed ..."; not a
    count that is the subject ("At least 37 people, including 26 civilians, were killed")."""
    match = _LEADING.match(text)
    rest = text[match.end():] if match else ""
    if not match or word_count(rest) < 6 or _counts_the_subject(text, rest):
        return text, []
    return rest[0].upper() + rest[1:], [match.group(0)]


_QUANTITY_OPENERS = ("At least ", "More than ", "Nearly ", "Almost ", "Less than ",
                     "Fewer than ", "Up to ", "Over ")


def _counts_the_subject(text: str, rest: str) -> bool:
    """Whether the opening is a count ("More than 200 people, ...") rather than a
    subordinate clause: a number follows its first words, or what is left opens with
    "including"."""
    if rest.startswith(("including ", "many of ", "most of ", "some of ")):
        return True
    for opener in _QUANTITY_OPENERS:
        if text.startswith(opener):
            count, *unit = text[len(opener):].lower().split(None, 2)[:2]
            if unit and unit[0].strip(",") in _TIME_UNITS:
                return False  # "Less than two weeks after ...,": when, not who
            return count[:1].isdigit() or count in NUMBER_WORDS
    return False


_TIME_UNITS = frozenset("""seconds minutes hours days weeks months years decades centuries
second minute hour day week month year decade century""".split())


def _drop_relative(text: str) -> tuple[str, list[str]]:
    """", who was released from prison," and ", which ..." clauses."""
    match = _RELATIVE.search(text)
    if match is None:
        return text, []
    close = text.find(", ", match.end())
    while close >= 0 and (place := _PLACE_PART.match(text, close + 2)):
        close = place.end() - 2  # "in Gaithersburg, Maryland, was": the state is in the clause
    if close < 0 or (_VERB_BEFORE.search(text, 0, match.start())
                     and not _AUXILIARY_NEXT.match(text, close + 2)):
        # After the verb the clause runs to the end, commas and all ("which has seen a, b
        # and c"); right after the subject it ends at its comma ("Evans, who was freed, said"),
        # as it does after a verb when the clause's own verb follows ("said the bank, which
        # got $45 billion, is recovering").
        return text[:match.start()], [text[match.start():]]
    return text[:match.start()] + " " + text[close + 2:], [text[match.start():close]]


def _drop_to_end(pattern: re.Pattern) -> Callable[[str], tuple[str, list[str]]]:
    def cut(text: str) -> tuple[str, list[str]]:
        match = pattern.search(text)
        if match is None or word_count(text[:match.start()]) < 6:
            return text, []
        return text[:match.start()], [text[match.start():]]
    return cut


def _drop_dash_tail(text: str) -> tuple[str, list[str]]:
    """"X did Y -- one of six things" → "X did Y"."""
    dashes = list(_DASH.finditer(text))
    if not dashes or word_count(text[:dashes[-1].start()]) < 8:
        return text, []
    return text[:dashes[-1].start()], [text[dashes[-1].end():]]


def _drop_that_clause(text: str) -> tuple[str, list[str]]:
    """"a partnership that sparked a vote ..." → "a partnership" (not "said that ...")."""
    for match in _THAT.finditer(text):
        word = match.group(1).lower()
        if word in PREPOSITIONS:
            continue  # "escalation of that country's role": "that" points, no clause opens
        if word in _THAT_VERBS or word.endswith(("ed", "s")) or WHEN.fullmatch(word) \
                or word_count(text[:match.start()]) < 6 \
                or not _VERB_BEFORE.search(text, 0, match.start()):
            continue  # "said that ...", "Wednesday that ...": the clause is the object
        close = text.find(", ", match.end())
        end = close if close >= 0 else len(text)
        comma = text.rfind(", ", 0, match.start())
        head = text[comma + 2:match.end(1)].split() if comma >= 0 else []
        if head and len(head) <= 4 and head[0].lower() in {"a", "an", "the"}:
            # ", a ruling that could cost ..." sums up the clause before: it goes whole.
            return text[:comma] + text[end:], [text[comma:end]]
        return text[:match.end(1)] + text[end:], [text[match.end(1):end]]
    return text, []


def _drop_including(text: str) -> tuple[str, list[str]]:
    """"At least 37 people, including 26 civilians, were killed" → "At least 37 people were
    killed": an aside between commas that opens with "including", after a short subject
    (later, the trailing-participle cut takes ", including ..." with what follows)."""
    start = text.find(", including ")
    end = text.find(", ", start + 12) if start >= 0 else -1
    if end < 0 or end - start > 140 or word_count(text[:start]) > 6:
        return text, []
    return text[:start] + text[end + 1:], [text[start + 2:end]]


# (always, cut): asides always go; the rest only while the line is too long.
CUTS: list[tuple[bool, Callable[[str], tuple[str, list[str]]]]] = [
    (True, _drop_parens),
    (True, _drop_dash_aside),
    (False, _drop_including),
    (False, _drop_leading),
    (False, _drop_relative),
    (False, _drop_to_end(_PARTICIPLE)),
    (False, _drop_to_end(_ATTRIBUTION)),
    (False, _drop_dash_tail),
    (False, _drop_relative),
    (False, _drop_that_clause),
]


def hard_cut(text: str) -> str:
    """Cut at the last clause boundary within MAX_WORDS words, marking the cut with "…"."""
    words = text.split()
    head = " ".join(words[:MAX_WORDS])
    boundaries = [m.start() for m in _BOUNDARY.finditer(head)]
    if boundaries and boundaries[-1] > len(head) // 2:
        return head[:boundaries[-1]].rstrip(" ,;:") + "…"
    kept = words[:MAX_WORDS]
    while len(kept) > MAX_WORDS // 2 and kept[-1].lower() in _DANGLING:
        kept.pop()  # "... tax authorities of…": end on the word that carries the meaning
    return " ".join(kept).rstrip(" ,;:-–—") + "…"
