"""Who said a quotation: attribution patterns around it and the names they point to.

A subject is read with plain string steps over a bounded window (never a regex that
can backtrack over the article): the capitalised run right before a speech verb, the
name before an appositive ("Ross, the commerce secretary, said"), the run right after
a fronted verb ("said Wilbur Ross"), a pronoun, or a short description ("a spokesman").
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence

from newsbrief.facts.aliases import known_place
from newsbrief.lexicon import (
    AGENTS,
    BODY_NAME_TAILS,
    COMMON_PREPOSITIONS,
    CONJUNCTIONS,
    NAME_ROLES,
    NAME_SUFFIXES,
    PEERS,
    PLACE_QUALIFIERS,
    QUOTING_ONLY_VERBS,
    RANK_ABBREVIATIONS,
    SPEAKER_ABBREVIATIONS,
    SPEAKER_PARTICLES,
    SPEAKER_RUN_OPENERS,
    SPEAKING_BODY_TAILS,
    SPEECH_VERBS,
    TITLE_AND_RELATION_WORDS,
    alternatives,
)
from newsbrief.precompiled import regex
from newsbrief.text import stop_words, written_lower

SAY = "(?:" + alternatives(SPEECH_VERBS + QUOTING_ONLY_VERBS) + ")"  # speech verbs, in one pattern


def _by_first_letter(words: Sequence[str]) -> str:
    """``words`` as branches that each open on a letter, after no word character and no
    hyphen (the ``(?<!-)\\b`` before a word), their order kept among those of one letter:
    a pattern whose branches open on letters lets re skip to those in C, where a look-behind
    or a ``\\b`` first makes it try every branch at every character (a paragraph's search
    took ~1.8x as long)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{re.escape(first)}(?<![\\w-]{re.escape(first)})(?:"
                            f"{alternatives(rest)})" for first, rest in rests.items()) + ")"


# A speech verb, whole (not the end of "co-wrote", "to-be-revealed")
SAY_WORD = regex(_by_first_letter(SPEECH_VERBS + QUOTING_ONLY_VERBS) + r"\b")
SAY_FIRST = regex(rf"[\s,;—–-]{{0,4}}{SAY}\b")
# Words are str.split()'s: the runs of what re's \S matches (re reads \s as str.isspace;
# split runs in C, the pattern's findall cost ~0.15 M instructions per article more).
_SENTENCE_END = regex(r"[.!?]\s")
_RUN_GOES_ON = SPEAKER_PARTICLES | NAME_SUFFIXES  # lower-case words that go on a name's run
_RELATIVE_CLAUSE = regex(r"(?:,|\s[-–—])\s(?:who|whose|who's|who’s)\s")
# An age ("Paul, 21,") or an aside between dashes inside a relative clause
_ASIDES = regex(r",\s\d{1,3},|\s[–—]\s[^–—,]{1,80}\s[–—]$|\s[–—]\s[^–—,]{1,80}\s[–—]\s")
_AGE_AND_HOME = regex(r",\s\d{1,3}(?:,\s(?:from|of)\s[A-Z][^,]*(?:,\s[A-Z][^,]*)?)?$")
# An aside between two dashes of one kind that ends the stretch before the verb
_TRAILING_ASIDE = regex(r"\s(--|–|—|-)\s(?:(?!--|–|—|\s-\s).){1,200}?\s\1$")
_DASHES = ("-", "–", "—")  # what _TRAILING_ASIDE ends with
_CLAUSE_CHARS = 300  # how far back a relative clause before the verb is looked for
_BRACKET_CHARS = 26  # at most this long a bracket after a speaker's name ("(left)", "(Harry)")

PRONOUNS = frozenset({"he", "she"})
_ADVERBS = frozenset("""also later then previously once recently simply just has had have would
will reportedly initially again further finally quickly flatly repeatedly publicly privately
earlier only never always""".split())
_GOES_ON = frozenset(("went on to", "goes on to", "go on to"))
_MODALS = frozenset("would will could can did does may might must should shall".split())
# "Hickory, North Carolina, police ...": a town and its state or country before a role
_TOWN_AND_STATE = regex(r"\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}, ([A-Z][\w.]*(?: [A-Z][\w.]*)?),"
                        r"\s+(?=[a-z])")
_OF_PLACE = frozenset({"of", "from", "at"})  # "X of Y": X belongs to Y ("Niall Pawson of ...")
_SPEAKS_FOR = frozenset({"for", "of", "to"})  # "a spokesman for", "the wife of", "an aide to"
_MEMBER_LINKS = frozenset({"for", "of", "at", "with"})  # "the guard for the Atlanta Hawks"
# who speak for a body, not as themselves: "a source at the Department of Health said"
_BODY_VOICES = AGENTS | frozenset({"source", "sources", "official", "officials", "insider",
                                   "insiders"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "one", "another"})
_NOT_IN_DESCRIPTION = frozenset("""is are was were be been has have had that which who whom
and or but if when it they we i you there this these those not no""".split())
_MAX_SUBJECT_WORDS = 12
_MAX_DESCRIPTION_WORDS = 6
# Words in -ly that are not adverbs.
_LY_NOUNS = frozenset("""family ally rally assembly supply reply fly belly bully jelly lily
monopoly anomaly homily folly holly tally gully daily weekly monthly quarterly yearly elderly
only ugly friendly early likely""".split())
# Words that do not open a description without a determiner.
_NOT_A_HEAD = frozenset("last next this then just said he she it they also".split())
_RELATIVES = frozenset({"who", "who's", "who’s", "whose", "which", "that"})
# Nouns for what was written or said: the words after them say who ("a statement from ...")
_WRITINGS = frozenset("""statement statements report tweet tweets post posting release letter
biography transcript affidavit copy story filing complaint lawsuit memo email document study
message website blog interview video declaration speech announcement editorial column
article""".split())


def subject_before(stretch: str) -> tuple[str, str] | None:
    """("name"|"pronoun"|"description", text) of the subject ending ``stretch``."""
    owner = _appositive_owner(stretch)
    if owner:
        return "name", owner
    found = _subject_ending(stretch)
    if found is not None and found[0] == "description":
        return _inner_subject(found)
    return found


def _appositive_owner(stretch: str) -> str:
    """The name that opens the sentence ending ``stretch`` where a role's appositive follows it
    up to the verb, its closing comma left out or a place's after it: "Andy Silvester,
    campaign director at the TaxPayers' Alliance added", "Dr David Elliman, a consultant in
    Community Child Health at the Whittington Health NHS Trust, North London, said" (not the
    body or the place the role is at); else ""."""
    tail = stretch[-_APPOSITIVE_CHARS:]
    if ", " not in tail:
        return ""
    opening = max(_SENTENCE_OPENING.finditer(tail), key=lambda m: m.start(), default=None)
    if opening is None and len(stretch) > _APPOSITIVE_CHARS:
        return ""  # (the sentence opens before the tail: its first words are not seen)
    words = tail[opening.end() if opening else 0:].split()
    if words and words[0] in _OPENING_CONJUNCTIONS:
        words = words[1:]  # ("But Toensing, a former official, told")
    comma = next((i for i, w in enumerate(words[:_NAME_WORDS]) if w.endswith(",")), -1)
    if comma < 0 or comma + 3 > len(words):
        return ""
    named = [*words[:comma], words[comma][:-1]]
    if not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in named) \
            or is_common(named[0]) and named[0].lower() not in TITLE_AND_RELATION_WORDS \
            or _place_name(named):
        return ""
    appositive = words[comma + 1:]
    if (appositive[0] in ("a", "an") or appositive[0] in _APPOSITIVE_PARTICIPLES or (
            appositive[0] in ("of", "from")
            and (appositive[1][:1].isupper() or appositive[1] == "the"))) \
            and _one_aside(appositive):
        # "Toensing, a former official and counsel to the Senate Intelligence Committee,
        # told", "Ben Emmerson QC, representing the widow and son Anatoli, said", "Neale
        # Baldock, of the Homicide and Major Crime Command, who is leading the inquiry, said"
        return " ".join(named)
    if appositive[0].endswith(",") and appositive[0][:-1].lower() in NAME_ROLES \
            and len(appositive) <= 5 and all(w[:1].isupper() for w in appositive[1:]):
        return " ".join(named)  # "Chantelle Baxter, CEO, One Girl told"
    start = 1 if appositive[0] in ("a", "an", "the") else 0
    for index in range(start, min(start + 3, len(appositive) - 1)):
        word = appositive[index]
        if not word.isalpha() or word.lower() in _NOT_IN_DESCRIPTION:
            return ""
        if appositive[index + 1] in _ROLE_LINKS and (
                word.lower() in NAME_ROLES or word.lower() in AGENTS
                or word.endswith(_ROLE_ENDINGS)) and word.islower():
            rest = appositive[index + 2:]
            # the body, and at most a place after it between commas
            if any(w.lower().strip(",") in _NOT_IN_DESCRIPTION for w in rest) or " ".join(
                    rest).rstrip(",").count(",") > 1:
                return ""
            return " ".join(named)
    return ""


def _one_aside(words: list[str]) -> bool:
    """Whether ``words`` after a name's comma, up to the verb, are one aside, a relative
    clause at most after it ("of the Major Crime Command, who is leading the inquiry,"):
    no colon, and at most one more comma inside (not "speaking to journalists, confirmed
    the final will be on December 18, 2022 Confirming the date, Walter De Gregorio,")."""
    text = " ".join(words).rstrip(",")
    return ":" not in text and text.count(",") <= 1 and len(words) <= _ASIDE_WORDS


_ASIDE_WORDS = 25
_APPOSITIVE_CHARS = 200
_NAME_WORDS = 6  # at most this many words in a name and its titles before the appositive
_OPENING_CONJUNCTIONS = frozenset(("But", "And", "Yet", "So", "Meanwhile,", "However,"))
# Participles that open an appositive telling what a person does ("Ben Emmerson QC,
# representing the widow, said")
_APPOSITIVE_PARTICIPLES = frozenset("""representing defending prosecuting acting speaking
leading chairing heading running writing""".split())
_SENTENCE_OPENING = regex(r"[.!?][’'\"”]*\s+(?=[A-Z])")
_ROLE_LINKS = frozenset(("of", "at", "for", "in", "with", "from", "to"))
_ROLE_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")


def _inner_subject(found: tuple[str, str]) -> tuple[str, str]:
    """A description whose last words are a relative clause's subject, the clause's verb the
    speech verb, is that subject ("a move the family said '…'": the family, not "a move
    the family"): a determiner after a noun, no preposition before it."""
    words = found[1].split()
    if words[-1].endswith("ed"):
        return found  # ("the man the police arrested": its own verb ends the clause)
    for index in range(len(words) - 2, 0, -1):
        if words[index].lower() in _DETERMINERS and words[index - 1].isalpha() \
                and words[index - 1].islower() and words[index - 1] not in COMMON_PREPOSITIONS \
                and words[index - 1] not in _DETERMINERS and words[index - 1] not in _JOINERS:
            return "description", " ".join(words[index:])
    return found


_JOINERS = frozenset(("and", "or", "but", "than", "as", "like"))


def _subject_ending(stretch: str) -> tuple[str, str] | None:
    """The subject ending ``stretch`` (see subject_before), as written."""
    stretch = stretch.rstrip()
    head, _, tail = stretch.rpartition(" ")
    if tail in _MODALS and head:
        # "Mr Salmond - who is standing in the seat of Sir Malcolm Bruce - would say": the
        # subject before the modal (and before the aside it may close)
        return subject_before(head)
    last = stretch[-1:]  # (a slice: str.endswith parses its arguments, ~1,000 instructions)
    if last in (",", "–", "—"):
        # "Tory MP Philip Hollobone, who has drawn up a bill calling for Britain to bring
        # back National Service, said": the subject stands before a long relative clause,
        # which may hold an age or an aside between dashes ("Fiona Mason, whose son Paul,
        # 21, serves with 1PWRR – known as the Tigers – said")
        clause = _RELATIVE_CLAUSE.search(stretch, max(0, len(stretch) - _CLAUSE_CHARS))
        if clause and "," not in _ASIDES.sub("", stretch[clause.end():]).rstrip(",–—"):
            # (after the name, an age and where the person is from: "Simon Lynch-Garbett,
            # 56, from Tenerife, whose son ...")
            owner = _AGE_AND_HOME.sub("", stretch[:clause.start()])
            found = _subject_of(owner.split()[-_MAX_SUBJECT_WORDS:])
            if found and found[0] == "name":
                return found
    if last == ")":
        # "Billy Crystal (Harry) told", "Wyburn (left) said": the name before a role, a side
        # or a place in brackets; not before a full name ("Vivian (Julia Roberts) warns": the
        # actor speaks the part)
        bracket = stretch.rfind("(", max(0, len(stretch) - _BRACKET_CHARS))
        inside = stretch[bracket + 1:-1].split()
        if bracket > 0 and stretch[bracket - 1] == " " and not (
                len(inside) > 1 and all(w[:1].isupper() for w in inside)):
            return subject_before(stretch[:bracket])
    # (the aside ends the stretch with its dash: a stretch ending otherwise is not searched)
    aside = _TRAILING_ASIDE.search(stretch, max(0, len(stretch) - _CLAUSE_CHARS)) \
        if last in _DASHES else None
    if aside:  # "photographer Michael McLennan -- who said the storm ... -- told CNN"
        return subject_before(stretch[:aside.start()])
    words = stretch.split()[-_MAX_SUBJECT_WORDS:]
    if len(words) > 3 and " ".join(words[-3:]).lower() in _GOES_ON:
        del words[-3:]  # "The star went on to say": the subject before it
    while words and (words[-1].lower() in _ADVERBS
                     or (is_ly_adverb(words[-1]) and len(words) > 1)):
        words.pop()  # "Broun tortuously said": the adverb is not the subject
    if not words:
        return None
    if words[-1].endswith(","):
        # "Ross, the commerce secretary," — the name stands before the appositive.
        words[-1] = words[-1][:-1]
        for index in range(len(words) - 2, -1, -1):
            if words[index].endswith(","):
                named = words[index + 1:]
                if 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named) \
                        and not is_common(named[0]) and not _place_name(named) \
                        and any(w[:1].islower() for w in words[:index]):
                    # "shadow chief secretary to the Treasury, George Osborne,": the name in
                    # the appositive after a role (not "a historian in Halifax, Nova Scotia,")
                    return "name", " ".join(named)
                found = _subject_of(words[:index] + [words[index][:-1]])
                # a description stands for the speaker before an aside about a person
                # ("A soldier, who asked not to be named, told the Mail", "One child,
                # sensing the tension, asks") or before the region or country of a place it
                # names ("The diocese in Parma, Italy,")
                if found and (found[0] != "description" or words[index + 1] in ("who", "whose")
                              or _participle(words[index + 1])
                              or _past_participle(words[index + 1])
                              or known_place(" ".join(named).lower())):
                    return found
                break
        first = next((i for i, w in enumerate(words) if w.endswith(",")), -1)
        if 2 <= first + 1 <= 4 and all(w[:1].isupper() for w in words[:first + 1]) \
                and not is_common(words[0]):
            # "Ryan Wilson, another fan, iReporter and creator of Main Street Gazette,": the
            # name before a list of appositives
            return "name", " ".join(words[:first] + [words[first][:-1]])
    found = _subject_of(words)
    if found and found[0] == "description":
        # "Dr Max Langham, one of the hospital's surgeons told": the name before an
        # appositive whose closing comma the copy left out, if the article names a person
        # so (attribution decides, as for "X of Y"); else the description
        comma = max((i for i, w in enumerate(words[:-1]) if w.endswith(",")), default=-1)
        named = _trailing_run([*words[:comma], words[comma][:-1]]) if comma > 0 else []
        # the appositive is the whole description, and the name is no phrase ("Citing
        # Thompson, the paper said": the paper)
        if (2 <= len(named) <= 4 and _appositive_is(words[comma + 1:], found[1])
                and not named[0].lower().endswith("ing")
                and named[-1].lower() not in found[1].lower()):  # (not "X, a spokesman for X")
            return "member", "\t".join((" ".join(named), *found))
    return found


def _place_name(words: list[str]) -> bool:
    """Whether ``words`` name a place the gazetteer knows, or a part of one ("North London",
    "Western Australia": a compass word before it)."""
    name = " ".join(words).lower()
    if known_place(name):
        return True
    first, _, rest = name.partition(" ")
    return first in PLACE_QUALIFIERS and bool(rest) and known_place(rest)


def _appositive_is(appositive: list[str], description: str) -> bool:
    """Whether the words of an appositive are ``description``, or a body's name in capitals
    and then it in lower case ("Plaid Cymru health spokesman"; not "Warwickshire A
    spokeswoman", a caption's place run into the next sentence), or a role that holds it
    ("director of NASA's planetary science division")."""
    size = len(description.split())
    if appositive and appositive[0] in NAME_ROLES and appositive[0].isalpha() \
            and description.lower() in " ".join(appositive).lower():
        return True  # "Jim Green, director of NASA's planetary science division said"
    if " ".join(appositive[-size:]).lower() != description.lower():
        return False
    body = appositive[:-size]
    return not body or (appositive[-size].islower() and all(w[:1].isupper() for w in body)
                        and not known_place(" ".join(body).lower()))


def _participle(word: str) -> bool:
    """Whether ``word`` opens a participle's clause: a word in lower case ending in "-ing"
    ("sensing", "citing", "acting"; not "king" or "thing")."""
    return len(word) > 5 and word.islower() and word.endswith("ing") and word not in _ING_NOUNS


def _past_participle(word: str) -> bool:
    """Whether ``word`` opens a past participle's aside about the subject before it ("His
    statement, read to the court by Mr Ferriter, said"; not one that names the subject: "A
    man, identified as John Smith, said")."""
    return word.islower() and (word.endswith("ed") and len(word) > 4 or word in _IRREGULAR_PARTS) \
        and word not in _NAMING_PARTS


_IRREGULAR_PARTS = frozenset(("read", "written", "sent", "made", "given", "taken", "seen",
                              "shown", "held", "drawn", "sworn", "hit", "left", "caught"))
_NAMING_PARTS = frozenset(("identified", "named", "called", "described", "listed", "dubbed",
                           "nicknamed", "titled", "known", "labelled", "labeled"))

_ING_NOUNS = frozenset(("morning", "evening", "building", "meeting", "wedding", "thing",
                        "something", "nothing", "anything", "everything", "darling", "sibling",
                        "spring"))


def subject_after(text: str) -> tuple[str, str] | None:
    """The subject right after a fronted verb: "said Wilbur Ross, the ..." → Wilbur Ross."""
    if (town := _TOWN_AND_STATE.match(text)) and known_place(town.group(1).lower()):
        # "said Hickory, North Carolina, police Chief Tom Adkins": the role and name after
        # the place that qualifies them
        found = subject_after(text[town.end():])
        if found and found[0] == "name":
            return found
    words: list[str] = []
    for token in text[:120].split():
        clean = token.rstrip(",.;:!?\"”’)")
        if token.endswith(".") and _is_abbreviation(token):
            clean = token  # "Lt. Derek Glenn", "George W. Bush": the name goes on
        words.append(clean)
        if clean != token or len(words) >= 12 or len(words) >= 8 and not all(
                w[:1].isupper() or w in ("and", "of", "&") for w in words):
            break  # the subject ends at its first punctuation (a long name may go on)
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return "pronoun", words[0].lower()
    run = _over_and(_leading_run(words), words)
    if run and words[len(run):len(run) + 1] == ["of"]:
        # "said Bank of Japan chief Toshihiko Fukui": the name after the body's role
        body = _leading_run(words[len(run) + 1:])
        role = len(run) + 1 + len(body)
        if body and role < len(words) and words[role].isalpha() and words[role].islower():
            run = _name_after_role(words[role:]) or run
    if run and len(words) > len(run) + 1 and words[len(run)].isalpha() \
            and words[len(run)].islower():
        # "Red Bull driver Mark Webber": the name after a role that follows its body
        after_role = _name_after_role(words[len(run):])
        if not after_role and run[-1].endswith(("'s", "’s")) and len(words) <= len(run) + 3 \
                and all(w.isalpha() and w.islower() for w in words[len(run):]):
            return "description", " ".join(words)  # "said Gibraltar's interim coach"
        run = after_role or run
    if not run and len(words) > 1 and words[0].lower() == "the" \
            and words[1].rstrip(".").lower() in TITLE_AND_RELATION_WORDS:
        run = _leading_run(words[1:])  # "said the Rev. Miguel Rivera of ..."
    if not run:
        run = _name_after_role(words)
    if not run and words[0].lower() in _DETERMINERS:
        # "said the actress's publicist Anna Cole": the name after a possessive's role
        owner = next((i for i, w in enumerate(words[:4]) if w.endswith(("'s", "’s"))), None)
        if owner is not None:
            run = _name_after_role(words[owner + 1:])
        elif words[0].lower() in _POSSESSIVES:
            run = _name_after_role(words[1:])  # "said his lawyer Anatoly Kucherena while …"
    if run:
        return "name", " ".join(run)
    if words[0] in _CLAUSE_WORDS:
        return None  # "reveals how to find our inner strength": what is told, not who
    named = _name_after_description(text)
    if named:
        return named  # "says the study's co-senior author, Christopher Woelk"
    head = _head_of_phrase(words)
    if len(head) > 3 and head[1].lower() in _WRITINGS and head[2] in ("from", "by") \
            and all(w[:1].isupper() for w in head[3:]):
        return "name", " ".join(head[3:])  # "said a memo from Inspector General David ..."
    return _description(head)


def _name_after_description(text: str) -> tuple[str, str] | None:
    """The full name in an appositive right after a description that opens ``text`` and
    ends at its first comma ("the study's co-senior author, Christopher Woelk."), or
    None."""
    head, comma, rest = text[:120].lstrip().partition(", ")
    if not comma or len(head.split()) > _MAX_DESCRIPTION_WORDS or not head[:1].islower():
        return None
    named = []
    tokens = rest.split()
    for token in tokens[:5]:
        word = token.rstrip(",.;:!?\"”’)")
        if not word[:1].isupper() or not word[1:].replace("-", "").replace("'", "").isalpha():
            break
        named.append(word)
        if word != token:
            break
    after = [t.strip(",") for t in tokens[len(named):len(named) + 2]]
    if after and after[0].isdigit():
        after = after[1:]  # (an age: "her son, Marcell Johnson, 20, was")
    if after and after[0] in _AUXILIARIES:
        return None  # "said her son, Marcell Johnson, was profiled": what she said of him
    return ("name", " ".join(named)) if 2 <= len(named) <= 4 else None


_AUXILIARIES = frozenset("was were is are had has have would will could did".split())


_CLAUSE_WORDS = frozenset(("how", "what", "why", "where", "when", "whether", "that", "to"))


def _over_and(run: list[str], words: list[str]) -> list[str]:
    """``run`` taken on over "and" or "of" to a title and the name after it: "said Food and
    Drug Administration Commissioner Margaret A. Hamburg" (the name is then the one after
    the title); else ``run`` as it is ("said Smith and Jones" is Smith)."""
    if not run or len(words) <= len(run) + 1 or words[len(run)] not in ("and", "of", "&"):
        return run
    rest = _leading_run(words[len(run) + 1:])
    titled = any(w.lower().rstrip(".") in TITLE_AND_RELATION_WORDS for w in rest[:-1])
    return [*run, words[len(run)], *rest] if titled else run


def _name_after_role(words: list[str]) -> list[str]:
    """The name after a role in lower case: "said former wide receiver Derek Moye on
    Twitter", "says restaurant owner Billy Gilroy", "said senior Obama adviser Valerie
    Jarrett" (the last capitalised run before a preposition or the end)."""
    if not words or words[0][:1].isupper():
        return []
    run: list[str] = []
    after_gap = True  # the word before was not capitalised
    for index, word in enumerate(words):
        lower = word.lower()
        if lower == "and" and after_gap and words[index + 1:index + 2] \
                and words[index + 1][:1].islower():
            continue  # a second role: "food writer and tea lover Anna-Lena Bjarneberg"
        if lower in COMMON_PREPOSITIONS or lower in _DETERMINERS or lower in _NOT_IN_DESCRIPTION \
                or not word.replace("-", "").isalpha() and not word[:1].isupper():
            break
        if word[:1].isupper():
            if after_gap:  # a later run is the name: "Obama adviser Valerie Jarrett"
                run = _leading_run(words[index:])
            after_gap = False
        else:
            after_gap = True
    return run


def _head_of_phrase(words: list[str]) -> list[str]:
    """A description opening ``words`` too long to be one, cut before its first preposition:
    "the 31-year-old worker at a furniture export company" → "the 31-year-old worker" (not
    "a furniture export company"). Not before "by", which names the speaker ("a statement
    released by the agency"), nor when a determiner does not open ``words``."""
    if len(words) <= _MAX_DESCRIPTION_WORDS or words[0].lower() not in _DETERMINERS:
        return words
    for index, word in enumerate(words[1:], 1):
        if word.lower() in COMMON_PREPOSITIONS or word.lower() in _RELATIVES \
                or word.lower() in _TIME_LINKS:  # ("the Scots boss after Fletcher's star turn")
            head = words[:index]
            if word.lower() == "by" or any(w.lower() in _WRITINGS for w in head):
                # "a statement from the agency": the agency speaks; not one the writing is
                # to ("a letter from John Hale to the council")
                return words[:next((i for i in range(index + 2, len(words))
                                    if _addressed(words, i)), len(words))]
            if len(head) > 2 and head[-1].endswith("ed"):
                head.pop()  # "a teenager quoted in ...": the participle is not the head
            return head
    return words


def _addressed(words: list[str], at: int) -> bool:
    """Whether "to" at ``at`` of ``words``, past a writing's maker, opens whom the writing
    is to ("a letter from John Hale to the council"); not a name's "to" before a word
    written in lower case ("the Committee to Protect Journalists")."""
    following = words[at + 1] if at + 1 < len(words) else ""
    return words[at] == "to" and not written_lower(following.lower())


_POSSESSIVES = frozenset(("his", "her", "their"))
_TIME_LINKS = frozenset(("after", "before", "during", "following", "despite", "when", "while",
                         "since", "until"))


def _is_abbreviation(token: str) -> bool:
    """"Mr.", "Lt.", "W.", "U.S.": a dot that does not end a sentence."""
    bare = token.rstrip(".").lower()
    return (bare in SPEAKER_ABBREVIATIONS or bare in RANK_ABBREVIATIONS or len(bare) == 1
            or "." in bare)


def is_ly_adverb(word: str) -> bool:
    """"allegedly", "famously"; not "family", "rally" or "Billy"."""
    return word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def first_sentence_end(text: str) -> int:
    """Offset of the first sentence end in ``text`` (not at "Mr." or "U.S."), or len(text)."""
    for match in _SENTENCE_END.finditer(text):
        words = text[max(0, match.start() - 8):match.start() + 1].split()
        if words and match.group(0)[0] == "." and _is_abbreviation(words[-1]):
            continue
        return match.start()
    return len(text)


def _subject_of(words: list[str]) -> tuple[str, str] | None:
    """The subject at the end of ``words``: a pronoun, a name run or a description."""
    if not words:
        return None
    last = words[-1].strip("\"“”‘’'(").lower()
    if last in _WRITINGS and len(words) > 1 and (owned := _writer_of(words[:-1])):
        return owned  # "Mr Crosby's statement said": Crosby's words
    if last in PRONOUNS and (len(words) == 1 or not words[-2][0].isupper()
                             or words[-2].endswith(",") or is_common(words[-2])):
        return "pronoun", last
    run = _trailing_run(words)
    if run:
        before = words[-len(run) - 1].lower() if len(words) > len(run) else ""
        link, skip = before, 1
        if before == "the" and len(words) > len(run) + 1:
            link, skip = words[-len(run) - 2].lower(), 2  # "X of the Putnam County ..."
        elif before not in _OF_PLACE:
            link, skip = _of_past_modifiers(words[:-len(run)])
        if before == "by" and _is_body_name(run[-1]):
            return "name", " ".join(run)  # "a statement issued by the Foreign Office said"
        if link in _OF_PLACE:
            # "Inspector Niall Pawson of Greater Manchester Police said": the person, if
            # the article names a person so (attribution decides); not "Ministry of ..."
            rest = words[:-len(run) - skip]
            owner = _trailing_run(rest)
            if owner and len(owner) < len(rest):
                # "Chief Judge Alex Kozinski of the federal 9th Circuit Court of Appeals":
                # the name before the body's whole name, itself "X of Y"
                outer, more = _of_past_modifiers(rest[:-len(owner)])
                if not outer and rest[-len(owner) - 1].lower() in _OF_PLACE:
                    outer, more = "of", 1
                first = _trailing_run(rest[:-len(owner) - more]) if outer else []
                if len(first) >= 2 and not _is_body_name(first[-1]):
                    owner = first
            elif not owner and len(rest) > 2 and rest[-1].lower() in NAME_ROLES:
                # "Matteo Salvini leader of the Northern League said": the comma before the
                # role left out
                owner = _trailing_run(rest[:-1])
            if len(owner) >= 2:
                written = _description(words) or ("", "")
                if owner[0] in PEERS and link == "of" and skip == 1:
                    # "Lord Nicholls of Birkenhead": a peer's title, "of" a place in it
                    written = ("peer", " ".join((*owner, "of", *run)))
                return "member", "\t".join((" ".join(owner), *written))
        if before in _DETERMINERS and all(w.lower().rstrip(".") in TITLE_AND_RELATION_WORDS
                                          for w in run):
            return _description(words)  # "the Prime Minister": a role, no name ("King")
        if before not in COMMON_PREPOSITIONS and before not in {"'s", "’s"}:
            agent = _agent_of(words[:-len(run)], run)
            if agent is None and _member_of_body(words, run, before, link):
                return _description(words)
            return agent or ("name", " ".join(run))
    return _description(words)


def _member_of_body(words: list[str], run: list[str], before: str, link: str) -> bool:
    """Whether ``run`` ends ``words`` as the body a member of it belongs to, the member named
    by a role: "the guard/forward for the Atlanta Hawks said". The member speaks, not the
    body: the subject is the description. Not one who speaks for the body ("a spokesman for
    the UK Film Council", "a source at the Department of Health": the body's word), nor a
    name after the body with no comma between ("at the Foreign Policy Centre Mr Straw", "of
    the Siena Sotheby's John Jonks", a caption run into the sentence)."""
    if before != "the" or link not in _MEMBER_LINKS or len(words) < len(run) + 3:
        return False
    head = words[-len(run) - 3]
    return (head.replace("/", "").replace("-", "").isalpha() and head.islower()
            and head not in _BODY_VOICES
            and not any(w.lower().rstrip(".") in TITLE_AND_RELATION_WORDS
                        or w.endswith(("'s", "’s")) for w in run))


def _writer_of(words: list[str]) -> tuple[str, str] | None:
    """The owner that ``words`` end on, before a writing ("Mr Crosby's" statement, "His"
    letter): a name that owns it, or the pronoun "his", "her" as "he", "she"; else None
    ("the company's statement" stays a description)."""
    owner = words[-1]
    if owner.lower() in ("his", "her"):
        return "pronoun", "he" if owner.lower() == "his" else "she"
    if not owner.endswith(("'s", "’s")) or not owner[:1].isupper():
        return None
    run = _trailing_run([*words[:-1], owner[:-2]])
    before = words[-len(run) - 1].lower() if len(words) > len(run) else ""
    if not run or before in COMMON_PREPOSITIONS or any(
            w.lower().rstrip(".") in TITLE_AND_RELATION_WORDS for w in run[-1:]):
        return None  # (not "a narrator in Miller's video", "asked about Bear's letter")
    return "name", " ".join(run)


def _of_past_modifiers(words: list[str]) -> tuple[str, int]:
    """("of", how many words it stands before the body's name that ``words`` stood before)
    where one to three words that qualify the name, and "the", come between them: "of the
    centre-right Forza Italia", "of the federal 9th Circuit Court", "of Berlusconi's centre
    right Forza Italia"; else ("", 0)."""
    skip = 0
    for word in reversed(words[-5:]):
        lower = word.lower()
        if skip and lower in _OF_PLACE:
            return lower, skip + 1
        if skip > 3 or lower in _DETERMINERS and lower != "the" or "," in word:
            break
        if not (lower == "the" or word.replace("-", "").isalpha() and word.islower()
                or word[:1].isdigit() and word[-2:] in ("st", "nd", "rd", "th")
                or word.endswith(("'s", "’s")) and word[:1].isupper()):
            break
        skip += 1
    return "", 0


def _agent_of(words: list[str], run: list[str]) -> tuple[str, str] | None:
    """"A spokesman for Cabinet Office minister Francis Maude", "the wife of John Smith":
    someone who speaks for the named person, as a description ("a spokesman for Francis
    Maude"); the named person did not speak."""
    for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[index].lower() not in _DETERMINERS:
            continue
        for cut in range(index + 2, min(index + 4, len(words))):
            head = words[index + 1:cut]
            if (words[cut].lower() in _SPEAKS_FOR and head[-1] in AGENTS
                    and all(w.isalpha() and w.islower() for w in head)
                    and not any(w.endswith(",") for w in words[cut:])):
                # (not "A spokeswoman for MIT, Patti Richards,": she is the spokeswoman)
                return "description", " ".join([words[index].lower(), *head, words[cut],
                                                *run])
        return None
    return None


def _trailing_run(words: list[str]) -> list[str]:
    """The capitalised run ending ``words`` ("Prime Minister Benjamin Netanyahu"); a body's
    name goes on over "and" ("Government Communication and Information System"), not over an
    owner before three words of it ("South Africa's"), and keeps a first word that is also a
    common one ("The New York Times": New York Times)."""
    run: list[str] = []
    body = bool(words) and _is_body_name(words[-1])
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        clean = word.strip("\"“”‘’'(),")
        if not clean or clean != word.strip("\"“”‘’'(") and run:
            break  # a comma inside the run ends it
        if clean[-1] == ":":
            break  # a caption's label ends it ("Scandal: Leathers says ...")
        lower = clean.lower()
        if clean[0].isupper() and not (body and len(run) >= 3 and clean.endswith(("'s", "’s"))) \
                or (run and lower in SPEAKER_PARTICLES) or lower in NAME_SUFFIXES \
                or body and run and run[0][:1].isupper() and lower in _BODY_CONNECTORS \
                or run and run[0][:1].isupper() and lower in _BODY_LINKS and index \
                and _is_body_name(words[index - 1]) \
                and not any(w.endswith(("'s", "’s")) for w in run):
            # (over "for" or "of" after a body's word: "National Center for Public Policy
            # Research"; not before an owner's name: "Institute of Technology's Jim Walsh")
            run.insert(0, clean)
        else:
            break
    body = body or not _BODY_LINKS.isdisjoint(run)  # ("International Court of Justice")
    while run and (run[0].lower() in SPEAKER_PARTICLES or run[0].lower() in _BODY_CONNECTORS
                   or is_common(run[0]) and not (body and run[0].lower() not in
                                                  SPEAKER_RUN_OPENERS and run[0].istitle())
                   and not _place_run(run)):
        run.pop(0)  # (not "New" of "New York": "Rep. Michael Grimm of New York, said")
    return run


def name_ending(stretch: str) -> str:
    """The capitalised run that ends ``stretch`` ("his attorney Niccolo Ghedini" → Niccolo
    Ghedini), or ""."""
    return " ".join(_trailing_run(stretch.split()[-_MAX_SUBJECT_WORDS:]))


# (not "of": "Niall Pawson of Greater Manchester Police" is Niall Pawson)
_BODY_CONNECTORS = frozenset(("and", "&"))
_BODY_LINKS = frozenset(("for", "of"))


def _is_body_name(word: str) -> bool:
    """Whether ``word`` ends the name of a body or a news outlet ("Office", "Times")."""
    return word[:1].isupper() and word.strip("\"“”‘’'(),").lower() in _BODY_TAILS


_BODY_TAILS = BODY_NAME_TAILS | SPEAKING_BODY_TAILS


def _leading_run(words: list[str]) -> list[str]:
    run: list[str] = []
    for word in words:
        if word and (word[0].isupper() or (run and word.lower() in _RUN_GOES_ON)):
            run.append(word)
        else:
            break
    while run and is_common(run[0]) and not _place_run(run):
        run.pop(0)  # (not "New" of "New York": "said New York protester Jo Robin")
    return run


def _place_run(run: list[str]) -> bool:
    """Whether a run of several words is a place's whole name, a common word first that is
    part of it ("New York"), which a run's start keeps (see _trailing_run, _leading_run)."""
    return len(run) > 1 and known_place(" ".join(run).lower())


def is_common(word: str) -> bool:
    """A capitalised function word that opens a sentence ("But", "The", "Yesterday")."""
    lower = word.lower()
    return lower in stop_words("en") or lower in SPEAKER_RUN_OPENERS


def _description(words: list[str]) -> tuple[str, str] | None:
    """A short noun phrase ("a police spokesman", "the company"), from its determiner."""
    commas = [i for i, w in enumerate(words) if w.endswith(",")]
    if commas:
        words = words[commas[-1] + 1:]  # "In a statement Monday, the family": after the comma
    words = [w.strip("\"“”‘’'(),") for w in words[-7:]]
    for index, word in enumerate(words):
        if word.lower() in _DETERMINERS:
            words = words[index:]
            if len(words) > 1 and words[1].lower() in COMMON_PREPOSITIONS \
                    and words[0].lower() != "one":  # "one of the dispatchers"
                return None  # "detainee 'A' in Woodhill Prison": a letter, no determiner
            break
    else:
        words = words[-2:]
        if (len(words) == 2 and words[0].lower() in CONJUNCTIONS
                and words[0].lower() not in _NOT_IN_DESCRIPTION):
            words = words[1:]  # "While critics say": the critics
        if words and (words[0].lower() in COMMON_PREPOSITIONS or words[0].lower() in _NOT_A_HEAD
                      or words[0].lower() in _MODALS
                      or words[-1].lower() in SPEAKER_RUN_OPENERS
                      or any(map(is_ly_adverb, words))):
            # "on Twitter", "in 1980", "last week", "then comically", "Friday"; a verb after
            # its modal ("evidence that it would emerge, says ...")
            return None
    words = [w for w in words if w]
    if _body_and_noun(words):
        words[0] = words[0].lower()
        return "description", " ".join(words)  # "a Department for Education and Skills source"
    if not words or words[-1].lower() in stop_words("en") or len(words) > _MAX_DESCRIPTION_WORDS:
        return None
    if any(w.lower() in _NOT_IN_DESCRIPTION for w in words):
        return None  # "the survivors are in": a clause, not a noun phrase
    if any(ch in "".join(words) for ch in ".!?"):
        return None
    if words[0] in ("The", "A", "An"):  # capitalised only because it opened the sentence
        words[0] = words[0].lower()
    return "description", " ".join(words)


def _body_and_noun(words: list[str]) -> bool:
    """Whether ``words`` are a determiner, a body's capitalised name and a noun in lower case:
    "a Department for Education and Skills source", "a Grady Hospital spokesman"."""
    return (len(words) >= 3 and words[0].lower() in ("a", "an", "the", "one")
            and words[-1].isalpha() and words[-1].islower()
            and words[-1] not in stop_words("en") and words[1][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_CONNECTORS for w in words[1:-1]))


_NAME_CONNECTORS = frozenset(("for", "of", "and", "&", "the", "on"))


def canonical(name: str, lookup: dict[str, str], common: Container[str] = frozenset()) -> str:
    """The person entity a written name points to (full name over surname), else the name
    without leading titles or common words ("Commerce Secretary Wilbur Ross" → "Wilbur Ross");
    ``common`` holds the words the article also writes in lower case."""
    words = name.replace("’s", "").replace("'s", "").split()
    titled = max((i for i, w in enumerate(words[:-1])
                  if w.lower().rstrip(".") in TITLE_AND_RELATION_WORDS or "-of-" in w), default=-1)
    for candidate in (words[titled + 1:], words):
        # (not past "of": the "Justice" of "International Court of Justice" is not it)
        link = next((i for i, w in enumerate(candidate) if w in _BODY_LINKS), len(candidate))
        for start in range(min(len(candidate), link)):
            found = lookup.get(" ".join(candidate[start:]).lower())
            if found:
                return found
    if len(words) > 1 and words[-1].lower() in _BODY_TAILS:
        # "Foreign Office", "Border Protection": a body's whole name, past a title before it
        # but not cut down to its tail ("Justice Department" is no Justice "Department")
        whole = words[titled + 1:] if titled < len(words) - 2 else words
        while len(whole) > 1 and whole[0][:1].islower():
            whole = whole[1:]  # ("the Justice Department")
        return " ".join(whole)
    words = words[titled + 1:]  # "Intel CEO Paul Otellini": the name follows the last title
    while len(words) > 1 and (words[0].isupper() or words[0].lower() in common):
        words.pop(0)
    return " ".join(words)


# A given name written after the family name, as Korean names are ("Ki-moon", "Jae-in")
_GIVEN_AFTER = regex(r"[A-Z][a-z]+-[a-z]+")


def person_lookup(names: list[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    """lower-cased name, alias and surname → canonical person name; ``names`` come most
    salient first, so a surname two people share goes to the more mentioned one."""
    lookup: dict[str, str] = {}
    for name, aliases in names:
        for form in (name, *aliases):
            lookup.setdefault(form.lower(), name)
    for name, _ in names:
        words = name.split()
        if len(words) > 1:
            lookup.setdefault(words[-1].lower(), name)
            if len(words) == 2 and "-" in words[1] and _GIVEN_AFTER.fullmatch(words[1]):
                lookup.setdefault(words[0].lower(), name)  # "Ban Ki-moon" is Ban
    return lookup


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "and", "for", "to", "with", "at",
                          "by", "from", "or", "is", "de", "la", "le", "del", "van", "von", "da"})


def words_lazily(text: str, first: int = 8) -> Iterator[str]:
    """The words of ``text``, the rest split only when asked for after the first ones (a
    long quote is not split whole for its first word in lower case)."""
    head = text.split(None, first)
    if len(head) <= first:
        yield from head
        return
    yield from head[:first]
    yield from head[first].split()


def in_title_case(text: str) -> bool:
    """Whether every word of ``text`` but the small ones opens in upper case: a title ("The
    Big Bang Theory", "Celebrity Big Brother."), not what someone said."""
    seen = False
    for word in words_lazily(text):  # (a word in lower case ends it: most quotes, early)
        if word[0].isalpha() and word.lower() not in _SMALL_WORDS:
            if not word[0].isupper():
                return False
            seen = True
    return seen
