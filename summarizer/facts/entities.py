"""People, organizations and places: the tagger's mentions, cleaned and merged."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial
from itertools import chain, compress
from operator import attrgetter
from typing import NamedTuple

from newsbrief.cache import GenerationCache
from newsbrief.facts.aliases import (
    Mention,
    gazetteer_kinds,
    given_name,
    known_place,
    merge_mentions,
)
from newsbrief.facts.longnames import join_long_names, with_institution_tails
from newsbrief.facts.ner import entity_spans, load_model
from newsbrief.facts.ner_features import is_headline, lowered_words
from newsbrief.facts.orthography import seen_lower, seen_upper, usually_lower
from newsbrief.facts.tokens import words_and_starts
from newsbrief.lexicon import (
    AGENCY_TAILS,
    AND_HEADS,
    ARABIC_NAME_PREFIXES,
    BODIES_THAT_ARE_WORDS,
    BODY_NOUNS,
    CAR_MAKES,
    CAR_MODELS,
    CLUB_OR_COMPANY_NOUNS,
    COMMON_PREPOSITIONS,
    COMPANY_NOUNS,
    COMPANY_TAILS,
    CUT_NAME_ENDS,
    DATELINE_PARTS,
    DATELINE_WITH_AGENCY,
    DEMONYM_ENDINGS,
    DOCUMENTS_AND_HONOURS,
    EVENT_NAME_TAILS,
    EVENT_TAILS,
    EVENTS,
    FURNITURE_BEFORE_NAMES,
    GIVEN_NAME_GENDER,
    HONORIFICS,
    INSTITUTION_TAILS,
    LANGUAGES_AND_FAITHS,
    LEGISLATURES,
    LINK_VERBS,
    LONG_NAME_HEADS,
    MONTH_NAMES,
    NAME_PARTICLES,
    NAME_ROLES,
    NAME_TITLES,
    NATIONALITIES,
    NEVER_ALONE,
    NOT_NAME_ENDS,
    NOT_NAME_PHRASES,
    NOT_NAME_STARTS,
    NOT_PERSON_TAILS,
    OPENING_MARKS,
    ORGANIZATION_HEADS,
    ORGANIZATION_PLACE_TAILS,
    ORGANIZATION_TAILS,
    ORGANIZATION_VENUE_TAILS,
    ORGANIZATIONS,
    PARTIES,
    PARTY_PHRASES,
    PEERS,
    PERSON_ORGANIZATION_TAILS,
    PERSON_PLACE_TAILS,
    PLACE_HEADS,
    PLACE_NAMED_INSTITUTIONS,
    PLACE_NOUNS,
    PLACE_QUALIFIERS,
    PLACE_TAILS,
    PLACE_WORD_TAILS,
    PLACES_THAT_ARE_WORDS,
    PREPOSITIONS,
    PRODUCT_NOUNS,
    PRODUCTS,
    RELATIVES,
    ROLE_PHRASES,
    SHIP_PREFIXES,
    SHORT_RANKS,
    SHORT_TITLES,
    SITE_ENDINGS,
    SPEECH_VERBS,
    STORMS,
    STREET_WORDS,
    TEAMS,
    THING_TYPE_NOUNS,
    TITLE_AND_RELATION_WORDS,
    TITLE_GENDER,
    TITLE_QUALIFIERS,
    TITLES_BEFORE_NAMES,
    TITLES_INSIDE_NAMES,
    VENUE_TAILS,
    WEEKDAY_NAMES,
    alternatives,
)
from newsbrief.precompiled import regex
from newsbrief.records import Document, Entity

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}
# Sentences are tagged this much text at a time, so memory stays bounded: a text of one
# batch is tokenized once, one of several three times (its tokens are made again for each
# pass rather than kept). 1,000,000 characters (~170,000 words) add ~20 MB at most to the
# peak; at 100,000 a 100,000-word text was 6 batches and took 13% longer.
BATCH_CHARS = 1_000_000
# Above this many characters, the rules that would scan the text once per name read it once
# in all (a pattern pass costs more than a few scans in a news story, far less in a book).
LONG_TEXT = 50_000
# A reporters' credit line (see _credit_sentences).
_CREDIT = regex(r"\bcontribut(?:ed|es)\s(?:to\s(?:this|the)\s(?:report|story|article)|reporting)\b"
                r"|(?:^|[;.]\s)(?:Additional\s)?(?:[Rr]eporting|Writing|Editing)\sby\s"
                # "CNN's Ann Lee reported from Rome, and Bo Chu wrote from London."
                r"|\b(?:CNN|BBC|AP)['’]s\s[A-Z][^.;]{0,80}?\s(?:reported|wrote)"
                r"(?:\s(?:and\s(?:wrote|reported)|from|this)\b|\.)"
                # "Copyright © 2010 Time Inc. All rights reserved."
                r"|\bCopyright\s(?:©\s|\(c\)\s)?(?:\d{4}\s)?"
                # "Sara Sidner reported from Ferguson, Missouri.", "Ann Lee and Bo Chu
                # contributed from Kiev.": names, the verb, "from" and a place end the sentence
                r"|^[A-Z][\w.'’-]*(?:,?\s(?:[A-Z][\w.'’-]*|and))*\s(?:also\s)?"
                r"(?:reported|wrote|contributed)(?:\sand\s(?:wrote|reported))?\sfrom\s"
                r"[A-Z][\w'’-]*(?:,?\s[A-Z][\w'’-]*)*\.?$")
# What every credit line holds (each match of _CREDIT holds one), and the tokens the credit
# makes where it does: only the hints whose words the article writes are looked for in its
# body, then in its sentences (most articles write none of the words, or only "reported")
_CREDIT_HINTS = (("contribut", ("contributed", "contributes")),
                 ("eporting by", ("Reporting", "reporting")), ("Writing by", ("Writing",)),
                 ("Editing by", ("Editing",)), ("reported from", ("reported",)),
                 ("wrote from", ("wrote",)), ("reported this", ("reported",)),
                 ("wrote this", ("wrote",)), ("reported and", ("reported",)),
                 ("wrote and", ("wrote",)), ("reported.", ("reported",)), ("wrote.", ("wrote",)),
                 ("contributed from", ("contributed",)),
                 ("Copyright", ("Copyright",)))
# Known organizations and parties of one word, which the tagger may not mark at all.
_KNOWN_WORDS = frozenset(w for w in ORGANIZATIONS | PARTIES | TEAMS if " " not in w)
# ... and those that open the names of their parts and products ("Nintendo Europe", "Google
# Maps"), never a person's ("Democrat Alison Grimes" is a person after a party)
_KNOWN_COMPANY_WORDS = frozenset(w for w in ORGANIZATIONS if " " not in w)
_TEAM_WORDS = frozenset(w for w in TEAMS if " " not in w)  # the last word of a team's name
# Known names of two words or more, which the tagger may cut to their last words ("West
# Ham" as "Ham"), and those last words
_KNOWN_PAIRS = frozenset(w for w in ORGANIZATIONS | PARTIES | TEAMS if w.count(" ") == 1)
_KNOWN_PAIR_ENDS = frozenset(w.rpartition(" ")[2] for w in _KNOWN_PAIRS)
_DAYS_AND_MONTHS = WEEKDAY_NAMES | MONTH_NAMES
# Words of the names of bodies that are numbered ("6th Circuit", "7th Fleet"; not "Congress":
# "the 18th Party Congress" is a meeting)
_NUMBERED_NAME_WORDS = frozenset("Circuit District Division Fleet Army Corps".split())
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
# Titles that name a person "Title of Place" ("Duchess of Cambridge", "Archbishop of
# Canterbury"), which the tagger takes for bodies
_PEERAGE = frozenset("""duke duchess earl countess marquess marchioness prince princess
archbishop bishop sultan emir""".split())
_HONORIFIC_FORMS = frozenset(form for h in HONORIFICS for cased in (h.title(), h.upper())
                             for form in (cased, cased + "."))
_HONORIFIC_SIZES = tuple(sorted({len(form) for form in _HONORIFIC_FORMS}))
_DATE_WORDS = frozenset("in on of since until till by from early late mid last next this".split())
# "Mother's Day", "Parkinson's disease": named after someone, who is not in the story.
_NAMED_AFTER = frozenset((mark, noun) for mark in ("'s", "’s")
                         for noun in ("Day", "Eve", "disease", "Disease", "syndrome", "Syndrome"))
# Words that are never names on their own (NEVER_ALONE), and holidays.
_NEVER = NEVER_ALONE | NOT_NAME_PHRASES | ROLE_PHRASES


def extract_entities(document: Document) -> tuple[tuple[Entity, ...], ...]:
    """(people, organizations, places), each by salience (mentions, then first use)."""
    authors = {" ".join(a.lower().split()) for a in document.article.authors}
    tagger_mentions, vocabulary = _mentions_and_words(document)
    credits = _credit_sentences(document, vocabulary)
    tagged = list(map(_without_glued_words, with_institution_tails(
        join_long_names(tagger_mentions, document.sentences), document.sentences)))
    colons = {i for i, sentence in enumerate(document.sentences) if ":" in sentence.text}
    alone = {m.text: m.kind for m in tagged}
    ships = not SHIP_PREFIXES.isdisjoint(vocabulary)
    laws = "on" in vocabulary and not _LAW_WORDS.isdisjoint(vocabulary)
    keep = {text: _keep(text, authors) for text in alone}  # (once per name written)
    found = [_without_next_sentence_word(
                 _without_caption_label(m, document.sentences, alone) if m.order[0] in colons
                 else m, document.sentences, alone)
             for m in tagged
             if keep[m.text] and m.order[0] not in credits
             and not _glued_byline(m, document.sentences)
             and not (ships and _vessel(m, document.sentences))
             and not (laws and _subject_of_a_law(m, document.sentences))
             and not (m.kind == "place" and _in_title(m, document.sentences))]
    found = _without_caption_words(_split_glued_names(
        found, _GLUE_IN_TEXT.search("\n".join(m.text for m in found)) is not None))
    body = document.article.body
    if "Republic" in vocabulary:
        found = [_whole_republic(m, document.sentences) if m.kind == "place" else m
                 for m in found]
    found = _line_up_players(document.sentences, found)
    found[:0] = _dateline_places(document)
    if "-based" in body:
        found += _places_before_based(document.sentences, found)
        found += _companies_after_based(document.sentences, found)
    if not _FEATURE_WORDS.isdisjoint(vocabulary):  # (most articles name none)
        found += _features_of_the_land(document.sentences, found)
    found += _companies_after_noun(document.sentences, found, vocabulary)
    if not _SCHOOL_WORDS.isdisjoint(vocabulary):  # (most articles name none)
        found += _schools_and_hospitals(document.sentences, found)
    if not _LOWER_BODY_WORDS.isdisjoint(vocabulary):  # ("army", "navy", "military", "party")
        found += _bodies_in_lower_case(document.sentences, body, found, vocabulary)
    found = _places_of_several_names(document.sentences, found, body, vocabulary)
    if not _UNIT_WORDS.isdisjoint(vocabulary):  # (most articles name no army unit)
        found = _military_units(document.sentences, found)
    storms = _storms(found)
    if storms:
        found = [m for m in found if m.text.lower() not in storms
                 and m.text.lower().rpartition(" ")[2] not in storms]
    named = _full_name_words(found)
    written = Counter(m.text.lower() for m in found)
    # Within a document a mention's text and kind decide these tests (a name comes back
    # about twice): each is made once per form (~0.3 M instructions an article)
    verdicts: dict[tuple[str, str], tuple[bool, Mention | None]] = {}
    candidates: list[Mention] = []
    mentions: list[Mention | None] = []
    for m in found:
        verdict = verdicts.get(m[:2])
        if verdict is None:
            candidate = not (_common_word_alone(m, named, body, written[m.text.lower()])
                             if m.kind == "person" else _common_word_place(m, body)
                             if m.kind == "place" else _common_word_organization(m, body)
                             ) and not _people_of_a_place(m.text.lower(), named)
            known = _known_kind(m) if candidate else None
            verdict = verdicts[m[:2]] = (
                candidate, _place_alone(known, named) if known is not None else None)
        if verdict[0]:
            candidates.append(m)
            mentioned = verdict[1]  # (its text and kind; the order is this mention's)
            mentions.append(mentioned if mentioned is None or mentioned.order == m.order
                            else Mention(mentioned.text, mentioned.kind, m.order))
    kept = [m for m in mentions if m is not None]
    if _LETTERS_AND_DIGITS.search("\n".join(m.text for m in kept)):  # (most texts: none)
        kept = [m for m in kept if not _a_code(m)]
    kept = _without_words_of_places(kept)
    if len(kept) < len(candidates):  # the short forms of names that are no entity go too
        dropped = {" ".join(m.text.lower().split())
                   for m, k in zip(candidates, mentions, strict=True) if k is None}
        gone = {short for short, name in _declared_short_forms(candidates,
                                                               document.sentences).items()
                if name in dropped}
        if gone:  # ("Electronic Entertainment Expo (E3)", "Chemical Weapons Convention (CWC)")
            kept = [m for m in kept if m.text.lower() not in gone]
    titles = (_titles_of_works(kept, body) | _ends_of_quoted_titles(kept, body)
              | _works_by_noun(kept, body)
              | _products_by_use(kept, body) | _heads_of_event_names(kept, document.sentences)
              | _priced_items(kept, body, vocabulary) | _short_forms_of_things(kept, body)
              | _numbered_works(kept, document.sentences))
    if titles:
        kept = [m for m in kept if m.text not in titles]
    if any(map(body.__contains__, _CALLING_VERBS)):
        things = _names_of_things(kept, body)
        if things:  # each name of a thing takes its kind, or goes ("": no entity)
            kept = [Mention(m.text, things[m.text], m.order) if things.get(m.text) else m
                    for m in kept if things.get(m.text) != ""]
    kept = _retyped(kept, _named_as_organizations(kept, body, vocabulary), "organization")
    kept = _retyped(kept, _relatives_named(kept, body, vocabulary), "person")
    kept = _retyped(kept, _people_written_as_organizations(kept), "person")
    kept = _retyped(kept, _surnames_written_as_places(kept, document.sentences), "person")
    kept = _retyped(kept, _people_written_as_places(kept, document.sentences), "person")
    kept = _retyped(kept, _relatives_written_as_places(kept), "person")
    kept = _retyped(kept, _people_on_a_tie(kept, document.sentences), "person")
    kept = _retyped(kept, (_places_by_their_words(kept, document.sentences)
                           if not _PLACE_NAME_WORDS.isdisjoint(vocabulary) else set())
                    | _districts_of_places(kept, document.sentences)
                    | _people_written_as_towns(kept, document.sentences), "place")
    kept = _retyped(kept, _people_beside_people(kept, document.sentences), "person")
    kept = _without_adjectives_of_places(kept)
    kept = _without_common_words_opening_labels(kept, document.sentences)
    kept = _countries_before_surnames(kept)
    kept = _retyped(kept, _places_written_as_sources(kept, document.sentences)
                    | _places_written_as_employers(kept, document.sentences), "organization")
    kept = _retyped(kept, _organizations_written_as_places(kept, document.sentences, body,
                                                           vocabulary), "place")
    declared = _declared_short_forms(kept, document.sentences)
    people, organizations, places = merge_mentions(kept, declared)
    doubtful, written_as = _doubtful_people(people, kept, document.sentences)
    if not doubtful:
        return people, organizations, places
    placed = {key for key in doubtful
              if _written_as_place(written_as.get(key, ()), document.sentences)}
    if placed:
        kept = [Mention(m.text, "place", m.order) if m.text.lower() in placed else m
                for m in kept]
        people, organizations, places = merge_mentions(kept, declared)
    return (tuple(e for e in people if e.name.lower() not in doubtful),
            organizations, places)


def _retyped(mentions: list[Mention], names: set[str], kind: str) -> list[Mention]:
    """``mentions`` where those written as one of ``names`` take ``kind``."""
    if not names:
        return mentions
    return [Mention(m.text, kind, m.order) if m.text in names else m for m in mentions]


def _surnames_written_as_places(mentions: list[Mention], sentences) -> set[str]:
    """The one-word "places" that are the surname of a person the article names in full
    ("Percy Montgomery" ... "two Montgomery penalties", "Felipe Calderon" ... "Calderon
    said"): one reading of a name per document. Not a country, nor a name written where a
    place stands ("in Montgomery", "Montgomery, Alabama")."""
    alone = {m.text for m in mentions if m.kind == "place" and " " not in m.text}
    places = {m.text.rpartition(" ")[2] for m in mentions
              if m.kind == "person" and m.text.rpartition(" ")[2] in alone
              and " " in m.text and _full_name(m.text)}
    if not places:
        return set()  # (most articles: no place is a person's surname)
    places = {text for text in places if not _country(text.lower())}
    return places - {m.text for m in mentions  # (one pass over the mentions for all)
                     if m.text in places and _written_as_place_name(m, sentences)}


def _people_written_as_organizations(mentions: list[Mention]) -> set[str]:
    """The "organizations" of two capitalised words whose last word the article writes
    alone as a person or a place, the tagger's two readings of one surname ("Cesc
    Fabregas", then "Fabregas" a place): a person's full name and surname. Not a club named
    for its place ("Werder Bremen", "Real Madrid": a known place), nor one with a word
    English writes in lower case ("Crystal Palace") or an organization's word, nor one the
    lexicon or the gazetteer knows as an organization ("Boko Haram" then "Haram" alone,
    "Aston Villa" then "Villa")."""
    pairs = {m.text for m in mentions
             if m.kind == "organization" and m.text.count(" ") == 1 and m.text.istitle()
             and m.text.replace(" ", "").isalpha()}  # (not "P&O Britannia", "2008 Mumbai")
    if not pairs:
        return pairs
    alone = {m.text for m in mentions if m.kind != "organization" and " " not in m.text}
    return {text for text in pairs
            if text.rpartition(" ")[2] in alone and _unlike_a_body(text.lower())
            and not _known_name(text.lower()) and "ORG" not in gazetteer_kinds(text.lower())}


def _unlike_a_body(key: str) -> bool:
    """Whether a name of words (lower case) holds no known place, no word English writes in
    lower case, and no organization's word."""
    return not any(known_place(word) or seen_lower(word) or word in _ORGANIZATION_WORDS
                   for word in key.split())


def _people_on_a_tie(mentions: list[Mention], sentences) -> set[str]:
    """The names of two or three capitalised words the tagger called a person as often as
    an organization or a place, that a mention shows to be a person ("Guilty: Adonus Moses,
    22 (left)", an organization, then a person): an age or a relative after it, or a title,
    a role or a relative before it."""
    first: dict[str, str] = {}
    mixed = set()
    for m in mentions:
        if first.setdefault(m.text, m.kind) != m.kind and " " in m.text:
            mixed.add(m.text)
    if not mixed:
        return set()  # (most articles: every name written one way has one kind)
    votes: dict[str, Counter] = {}
    for m in mentions:
        if m.text in mixed:
            votes.setdefault(m.text, Counter())[m.kind] += 1
    tied = {text for text, kinds in votes.items()
            if len(kinds) > 1 and kinds["person"] == max(kinds.values())
            and text.count(" ") <= 2 and text.istitle()}
    if not tied:
        return set()
    return {m.text for m in mentions if m.text in tied and _person_by_context(m, sentences)}


def _person_by_context(mention: Mention, sentences) -> bool:
    """Whether the words around a mention say it is a person's (see _doubtful_people)."""
    sentence, start = mention.order
    return bool(_ONLY_PERSON_AFTER.match(sentences[sentence].text, start + len(mention.text))
                or _written_after(_ONLY_PERSON_BEFORE, mention, sentences,
                                   _PERSON_BEFORE_REACH))


# Titles, roles and relatives: words that stand right before a person's name ("Dr", "striker",
# "his son")
_PERSON_WORDS = NAME_ROLES | NAME_TITLES | RELATIVES
# What follows or precedes only a person's name: an age or a relative (not a speech verb: "a
# spokesman for Xcite Books, said", nor "who": "Red Bull, who increased their lead"); a
# title, a role or a relative.
_ONLY_PERSON_AFTER = regex(r",\s\d{1,3}\b[,)]|,\s\d{1,3}\s\(|\s\(\d{1,3}\)|['’]s?\s(?:"
                           + alternatives(sorted(RELATIVES)) + r")\b")
_ONLY_PERSON_BEFORE = regex(r"(?i:\b(?:"
                            + alternatives(sorted(_PERSON_WORDS))
                            + r")\.?)\s$")


def _people_written_as_places(mentions: list[Mention], sentences) -> set[str]:
    """The one-word "places" a mention shows to be a person's name: right after a title
    ("Queen Elizabeth", "President Obama") or right before what a leader has ("the Obama
    administration", "the Blair years"). The gazetteer knows towns named Obama and
    Elizabeth. Not a country ("the Iraq years")."""
    found = set()
    for m in mentions:
        if m.kind != "place" or " " in m.text or m.text in found:
            continue
        sentence, start = m.order
        text = sentences[sentence].text
        end = start + len(m.text)
        if text.startswith(_LEADERS_THINGS, end) or _word_before(text, start).lower() in (
                _TITLES_BEFORE_PLACES):
            found.add(m.text)
    return {text for text in found if not _country(text.lower())}


def _relatives_written_as_places(mentions: list[Mention]) -> set[str]:
    """The "places" of two capitalised words, written twice at least, whose last is the
    surname of another person the article names in full: a relative's name whose given name
    is a place's ("Bristol Palin" beside Sarah Palin, "Sydney Spies" beside her mother Miki
    Spies). Not a place the gazetteer knows, nor one whose first word qualifies places
    ("Eastern Caribbean") or is one news writes in lower case, or whose last ends places' or
    bodies' names ("Western Wall", "Woodlawn Cemetery")."""
    places = {m.text for m in mentions if m.kind == "place" and m.text.count(" ") == 1}
    if not places:
        return set()
    # written twice at least (as whatever kind): a caption glued once to the next
    # sentence's surname is no one ("... a win for England Morgan, post-match, ...")
    counts = Counter(m.text for m in mentions if m.text in places)
    pairs = [text for text, count in counts.items() if count >= 2]
    if not pairs:
        return set()
    surnames = {m.text.rpartition(" ")[2]: m.text for m in mentions
                if m.kind == "person" and " " in m.text and _full_name(m.text)}
    found = set()
    for text in pairs:
        first, _, last = text.partition(" ")
        if (last in surnames and surnames[last] != text and first.isalpha() and first.istitle()
                and last.isalpha() and first.lower() not in PLACE_QUALIFIERS
                and not usually_lower(first.lower())
                and last.lower() not in _NOT_SURNAMES and not known_place(text.lower())):
            found.add(text)
    return found


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` and one space ("Queen" of "Queen Elizabeth"), or ""."""
    if text[start - 1:start] != " ":
        return ""
    return text[max(0, start - 16):start - 1].rpartition(" ")[2]


# What follows a leader's name, not a place's ("the Obama administration").
_LEADERS_THINGS = (" administration", " presidency", " era", " years", " premiership",
                   " White House")
# Titles before a person's name that no place takes ("Queen Elizabeth"; not "Mayor" or
# "Governor", which a place may follow: "Mayor Bloomberg", but also "the Kabul governor").
_TITLES_BEFORE_PLACES = frozenset(("queen", "king", "president", "prince", "princess", "pope",
                                   "sen.", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                                   "dr", "dr.", "sir", "dame", "lord", "lady"))


def _full_name(text: str) -> bool:
    """Whether ``text`` of several words reads as a person's full name: capitalised words,
    the first no word news writes in lower case ("Royal Caribbean") nor a place."""
    first = text.partition(" ")[0]
    return (text.istitle() and first.isalpha() and not usually_lower(first.lower())
            and not known_place(first.lower()))


def _written_as_place_name(mention: Mention, sentences) -> bool:
    """Whether a mention stands where a place does: after "in", "at", "from", "of"...,
    or before a comma and a capitalised word ("Montgomery, Alabama")."""
    sentence, start = mention.order
    return (_written_after(_PLACE_WORD_BEFORE, mention, sentences, 12) is not None
            or _COMMA_NAME_AFTER.match(sentences[sentence].text, start + len(mention.text))
            is not None)


_PLACE_WORD_BEFORE = regex(r"\b(?i:in|near|outside|at|from|to|of|across|around|into)\s$")
_COMMA_NAME_AFTER = regex(r",\s[A-Z]")


def _places_written_as_sources(mentions: list[Mention], sentences) -> set[str]:
    """The "places" the article writes as a news source: right after "told", "according
    to" or "courtesy of" ("told the Hollywood Reporter", "according to Xinhua", "video
    courtesy of Rome Reports"), or right before "reported"
    ("The Denver Channel reported"), that the gazetteer does not know as places (not "told
    Denver police", "according to Washington")."""
    found = set()
    for m in mentions:
        if m.kind != "place" or m.text in found:
            continue
        end = m.order[1] + len(m.text)
        if (sentences[m.order[0]].text.startswith(" reported", end)
                or _written_after(_SOURCE_BEFORE, m, sentences, 20)) and _outlet_like(m.text):
            found.add(m.text)
    return found


def _places_written_as_employers(mentions: list[Mention], sentences) -> set[str]:
    """The "places" the article writes as someone's employer: right after a role and "of",
    "for" or "at", or after "works at" ("president of Mercy North Iowa", "an analyst at
    ASK-Raymond James", "founder of The North Face", "on his way to work at Codemasters"),
    or as where someone works, studies or trains, after a worker's, a student's or a role's
    noun and "at" ("a partner at Vantage Partners", "experts at Johns Hopkins", "trained at
    Sandhurst"), that the gazetteer does not know as places (not "president of France"),
    and that hold no word of a place's name (not "director of Pinellas County", "director
    for the Americas", "staff at Heathrow Airport")."""
    return {m.text for m in mentions
            if m.kind == "place" and sentences[m.order[0]].text.endswith(
                _EMPLOYER_JOINTS, 0, m.order[1])  # (most places: a test in C first)
            and (_written_after(_EMPLOYER_BEFORE, m, sentences, 40) is not None
                 or _at_workplace(sentences[m.order[0]].text, m.order[1]))
            and not known_place(m.text.lower()) and _no_place_words(m.text)}


def _at_workplace(text: str, start: int) -> bool:
    """Whether a worker's, a student's or a role's noun and "at" (and "the") come right
    before ``start`` ("a partner at", "trained at the")."""
    if not text.endswith(_AT, 0, start):
        return False
    head = text[:start].rstrip()
    head = head[:-4] if head.endswith(" the") else head
    return head[:-3].rpartition(" ")[2].lower() in _WORKPLACE_ROLES


_AT = (" at ", " at the ")
# Nouns of people at work or in study, and verbs of training there, before "at" and the
# body they are at (_EMPLOYER_BEFORE holds the roles written before "of" or "for" too).
_WORKPLACE_ROLES = frozenset("""partner partners professor professors lecturer researcher
researchers scientist scientists student students studies experts expert specialist
specialists manager executive employee employees staff workers worker engineer engineers
teacher teachers coach intern trained studied enrolled job career board""".split())


def _no_place_words(text: str) -> bool:
    """Whether a name holds no word of a place's name: no place's or saint's first word
    ("South Asia", "San Bernardino"), nor a land's or a place's last word ("Pinellas
    County", "Guangzhou City", "Bay Area")."""
    words = text.lower().split()
    return (words[0] not in PLACE_QUALIFIERS and words[0] not in _SAINTS
            and words[0] not in PLACE_HEADS and words[-1] not in _PLACE_LAST_WORDS)


# The endings of _EMPLOYER_BEFORE's words ("of ", "for ", "at ", "the ", "The ")
_EMPLOYER_JOINTS = ("of ", "for ", "at ", "he ")
# A role held at a body, and "of", "for" or "at", or work at it (a person's title before a
# place is of its people: "Governor of Texas", known as a place)
_EMPLOYER_BEFORE = regex(r"\b(?i:ceo|chief\sexecutive|founder|co-founder|chairman|chairwoman"
                         r"|spokesman|spokeswoman|spokesperson|analyst|economist|strategist"
                         r"|president|director|owner)\s(?:of|for|at)\s(?:[Tt]he\s)?$"
                         r"|\bwork(?:s|ed|ing)?\s(?:for|at)\s(?:[Tt]he\s)?$")


def _outlet_like(text: str) -> bool:
    """Whether a "place" may be an outlet's or an agency's name: an acronym ("KCNA"), or
    two words or more that open with no given name, particle or place's head and hold no
    title or place's word ("Great Falls Tribune"; not "Ben Brumfield", "Van Praag", "Fort
    Stewart", "Madison Park", "Chihuahua Attorney General"), and no place the gazetteer
    knows."""
    words = text.lower().split()
    if known_place(text.lower()):
        return False
    if len(words) == 1:
        return text.isupper() and len(text) >= 3
    return (not given_name(words[0]) and words[0] not in NAME_PARTICLES
            and words[0].rstrip(".") not in PLACE_HEADS and words[0] not in ("st.", "st", "san")
            and not any(w in TITLE_AND_RELATION_WORDS or w in PLACE_TAILS
                        or w in PERSON_PLACE_TAILS or w in _NOT_OUTLET_WORDS for w in words))


_NOT_OUTLET_WORDS = frozenset(("park", "field", "fish"))  # ("Florida Fish" [and Wildlife])


# ("according to The Montana Kaimin", "Video courtesy of Rome Reports")
_SOURCE_BEFORE = regex(r"\b(?:told|according\sto|courtesy\sof)\s(?:[Tt]he\s)?$")


def _declared_short_forms(mentions: list[Mention], sentences) -> dict[str, str]:
    """Short forms an article gives in brackets right after a name, lower case ("the UK
    Internet Forum (UKIF)": "ukif" -> "uk internet forum"), where the short form is a
    mention of the same kind elsewhere."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person":
            continue
        text = sentences[m.order[0]].text
        short = _IN_BRACKETS.match(text, m.order[1] + len(m.text))
        if short and sum(c.isupper() for c in short.group(1)) >= 2 \
                and short.group(1).lower() != m.text.lower():  # ("MoD", not "(California)")
            out.setdefault(short.group(1).lower(), " ".join(m.text.lower().split()))
    return out


_IN_BRACKETS = regex(r"\s\(([A-Z][A-Za-z0-9&.-]{1,9})\)")


def _organizations_written_as_places(mentions: list[Mention], sentences, body: str,
                                     vocabulary: frozenset[str]) -> set[str]:
    """The "organizations" of one word the article writes as places: after "in", "near" or
    "outside" ("he was stopped in Blackpool"), never before a club's or a company's word
    ("Blackpool striker"), and neither an acronym ("in NATO"), a known company, a party,
    nor a body ("in Congress", "in Parliament"); and those of one or two words written
    before a word of the land ("the NSW coastal town", "a Barcelona suburb", "the Detroit
    based automaker"); and a name of capitalised words the tagger called an organization
    or a person after "the province of", "the town of" and the like. The tagger learnt
    from results tables in which a town is its club ("Hereford", "Lille"). (A magazine or
    a car may go too: "in Vogue", "in Ferrari".)"""
    found = _addresses(mentions, sentences)
    land_of = "of" in vocabulary and not _LAND_WORDS.isdisjoint(vocabulary)
    for m in mentions:
        if m.kind == "place" or m.text in found or not land_of and m.kind == "person":
            continue
        text = sentences[m.order[0]].text
        start = m.order[1]
        if (land_of and text.endswith(" of ", 0, start)
                and _LAND_BEFORE.search(text, max(0, start - 24), start)
                and all(word[:1].isupper() for word in m.text.split())):
            found.add(m.text)  # "in the province of KwaZulu Natal"
            continue
        if m.kind != "organization":
            continue
        end = start + len(m.text)
        if _LAND_AFTER.match(text, end) and m.text.count(" ") < 2 \
                and m.text.lower() not in ORGANIZATIONS:
            found.add(m.text)  # "the NSW coastal town of ...", "the Detroit based automaker"
        elif (" " not in m.text and _may_be_town(m) and not text.startswith(("'s", "’s"), end)
                and _after_place_word(m, sentences)):
            found.add(m.text)
    if not found or _CLUB_OR_COMPANY_NOUN_FORMS.isdisjoint(vocabulary):
        return found  # (most articles write no club's word: no name read)
    return found - _clubs_by_name(found, body)


# "the province of", "the town of": what the land named after "of" is.
_LAND_WORD_ORDER = ("province", "state", "region", "town", "village", "island", "county",
                    "district", "city", "municipality", "prefecture")
_LAND_WORDS = frozenset(_LAND_WORD_ORDER)
# Last words of places' names (see _no_place_words)
_PLACE_LAST_WORDS = (PLACE_TAILS | PERSON_PLACE_TAILS | ORGANIZATION_PLACE_TAILS | _LAND_WORDS
                     | frozenset(("area", "americas")))
_LAND_BEFORE = regex(r"\bthe (?:" + "|".join(_LAND_WORD_ORDER) + ") of $")
# A word of the land after a name: "the NSW coastal town of Byron Bay", "on the NSW far north
# coast", "the Detroit based automaker".
_LAND_AFTER = regex(r" (?:(?:coastal|rural|far|north|south|east|west|northern|southern|eastern"
                    r"|western|central) )*(?:town|city|village|coast|coastline|countryside"
                    r"|suburb|suburbs|outback|hinterland|based)\b")


def _may_be_town(mention: Mention) -> bool:
    """Whether an "organization" may be a town the tagger took for its club: neither an
    acronym, a known company, a party nor a body ("Congress", "Greater Manchester Police")."""
    key = mention.text.lower()
    return (mention.kind == "organization" and not mention.text.isupper()
            and key not in ORGANIZATIONS and key not in PARTIES
            and key.rpartition(" ")[2] not in _BODY_WORDS)


_BODY_WORDS = INSTITUTION_TAILS | BODY_NOUNS | LEGISLATURES


def _addresses(mentions: list[Mention], sentences) -> set[str]:
    """The "organizations" an address shows to be places: a town written after "of",
    "from", "in", "near", "outside", "at" or "to" and before a comma and its county, region
    or country ("of Blackpool, Lancashire", "from Fair Oak, Hampshire", "travel to Basle,
    Switzerland"), and that county or region ("Lancashire"), where the gazetteer knows it
    as a place. The tagger learnt from results tables in which a town or a county is its
    club. Neither a known company, a party nor a body."""
    found: set[str] = set()
    for index in range(1, len(mentions) - 1):
        town, region = mentions[index], mentions[index + 1]
        start = town.order[1]
        end = start + len(town.text)
        if town.order[0] != region.order[0] or region.order[1] != end + 2:
            continue  # (most pairs: not "Town, Region")
        if not town.text.replace(" ", "").isalpha() or not town.text.istitle():
            continue  # not "University of California", "Our Lady of Guadalupe"
        text = sentences[town.order[0]].text
        after = region.order[1] + len(region.text)
        before = _written_after(_ADDRESS_BEFORE, town, sentences, 8)
        if not (before and text.startswith(", ", end)
                and (region.kind == "place" or known_place(region.text.lower()))
                and not text.startswith(("'s", "’s"), after)):  # "to Xinhua, China's"
            continue
        owner = text[:before.start()].rstrip().rpartition(" ")[2]
        if owner[:1].isupper() and not (mentions[index - 1].kind == "person"
                                        and text.endswith(owner, 0, before.start() - 1)):
            continue  # "Statue of Liberty, New York"; but "Sarah Butner of Orange County, …"
        found.update(m.text for m in (town, region) if _may_be_town(m))
    return found


_ADDRESS_BEFORE = regex(r"\b(?:of|from|in|near|outside|at|to)\s$")


def _by_lower_text(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The mentions by their text in lower case: what the passes over one name's mentions
    read, rather than all the article's mentions for each name (a long text names
    thousands)."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.text.lower(), []).append(m)
    return out


def _written_as_place(mentions: Iterable[Mention], sentences) -> bool:
    """Whether a doubtful one-word "person", written as ``mentions``, is written where a
    place stands, right after "in", "near" or "outside" ("protests in Kobani")."""
    return any(_after_place_word(m, sentences) for m in mentions)


def _after_place_word(mention: Mention, sentences) -> bool:
    """Whether a mention is written right after "in", "near" or "outside"."""
    return _written_after(_PLACE_BEFORE, mention, sentences, 10) is not None


def _written_after(pattern, mention: Mention, sentences, reach: int):
    """The match of ``pattern``, anchored at its end ("...\\s$"), right before ``mention`` in
    its sentence, within ``reach`` characters, or None."""
    sentence, start = mention.order
    return pattern.search(sentences[sentence].text, max(0, start - reach), start)


_PLACE_BEFORE = regex(r"\b(?:in|near|outside)\s$")


def _doubtful_people(people: tuple[Entity, ...], mentions: list[Mention], sentences
                     ) -> tuple[set[str], dict[str, list[Mention]]]:
    """The names (lower case) of the doubtful people, and the mentions by their text (lower
    case). A person is doubtful who is named by one word alone, or by words whose first is
    one news writes in lower case and no given name ("Walking Dead", "Angry Birds", "Your
    Daddy"), with no other form, and whom no mention written as the name shows to be a
    person: no speech verb after it ("Erdogan said"), no age, "who" or relative after it
    ("Giffords' husband"), no "said", title, role or relative right before it ("striker
    Hazard", "his son Jamal"), and not in a team's line-up ("Subs: Howard, Giggs, Smith").
    Dishes, gadgets, districts and the like the tagger calls people ("Horseradish",
    "Walkman", "Buner") go; so does a real person named once in passing ("Superman"). So
    does one written after "the" as a whole noun phrase (a ship, a work, a venue: see
    _written_as_things), or always before a thing's noun ("a Jack Russell terrier": see
    _typed_as_things), that no form of the name shows to be a person."""
    named = [e for e in people if _doubtful_name(e)]
    written_as = _by_lower_text(mentions)
    things = [*_written_as_things(people, mentions, sentences),
              *_typed_as_things(people, written_as, sentences),
              *_placed_as_venues(people, written_as, sentences)]
    if not named and not things:
        return set(), {}
    doubtful = {e.name.lower() for e in named
                if not _shown_a_person(written_as.get(e.name.lower(), ()), sentences)}
    for e in things:
        forms = [m for form in (e.name, *e.aliases) for m in written_as.get(form.lower(), ())]
        if not _shown_a_person(forms, sentences):
            doubtful.add(e.name.lower())
    return doubtful, written_as


def _written_as_things(people: tuple[Entity, ...], mentions: list[Mention], sentences
                       ) -> list[Entity]:
    """The people whose name the article writes after "the" as a whole noun phrase, the way
    news writes a film's, a ship's, a building's or an event's name ("The Quiet Man, in
    which", "the Costa Concordia when", "the Golden Slipper."), not a person's: not as a
    modifier ("the Obama administration"), and not a titled name ("the Duke of
    Edinburgh", "the Dalai Lama")."""
    candidates = {e.name.lower(): e for e in people
                  if " of " not in e.name
                  and e.name.partition(" ")[0].lower() not in TITLE_AND_RELATION_WORDS
                  and e.name.partition(" ")[0].lower() not in _TITLED_FIRST_WORDS}
    if not candidates:
        return []
    out: dict[str, Entity] = {}
    for m in mentions:  # (the name itself: a surname alone may be a family's, "the Smiths,")
        key = m.text.lower()
        if key not in candidates or m.kind != "person" or key in out:
            continue
        sentence, start = m.order
        text = sentences[sentence].text
        if text[max(0, start - 4):start] in ("the ", "The ") and _THING_END.match(
                text, start + len(m.text)):
            out[key] = candidates[key]
    return list(out.values())


def _typed_as_things(people: tuple[Entity, ...], written_as: dict[str, list[Mention]],
                     sentences) -> list[Entity]:
    """The people every mention of whom a thing's noun follows ("a Jack Russell terrier",
    "the Ibn Tulun mosque", "the Goldman Environmental prize"; lexicon.THING_TYPE_NOUNS): the
    name is the thing's."""
    def typed(m: Mention) -> bool:
        return _THING_TYPE_AFTER.match(sentences[m.order[0]].text,
                                       m.order[1] + len(m.text)) is not None

    return _always_written(people, written_as, typed)


def _always_written(people: tuple[Entity, ...], written_as: dict[str, list[Mention]],
                    test: Callable[[Mention], bool]) -> list[Entity]:
    """The people every mention of whom, by each form of their name (``written_as``), passes
    ``test``: most people fail it at their first mention, the one look made of them."""
    out = []
    for e in people:
        named = written_as.get(e.name.lower())
        if not named or not test(named[0]):
            continue
        if all(test(m) for form in (e.name, *e.aliases)
               for m in written_as.get(form.lower(), ())):
            out.append(e)
    return out


# (past one word that qualifies the noun: "the Snowford Hill railway bridge"; not a
# preposition, a conjunction or an article: "Tom Hale at school", "and the school")
_NOT_QUALIFYING = frozenset(COMMON_PREPOSITIONS | {"and", "or", "but", "the", "a", "an", "his",
                                                   "her", "their", "its", "near", "outside",
                                                   "inside", "into", "as", "than"})
_THING_TYPE_AFTER = regex(rf" (?:(?!(?:{alternatives(sorted(_NOT_QUALIFYING))})\b)[a-z]+ )?"
                          rf"(?:{alternatives(sorted(THING_TYPE_NOUNS))})\b")


def _placed_as_venues(people: tuple[Entity, ...], written_as: dict[str, list[Mention]],
                      sentences) -> list[Entity]:
    """The people every mention of whom stands right after "in", "at" or "near", as a
    place's name does ("a villa at Sandy Lane", "the refugee camp in Yor Kishlock"), and
    whose name opens on no given name ("the mediocre spinner in Xavier Doherty"): the name
    is a venue's or a district's."""
    def placed(m: Mention) -> bool:
        text = sentences[m.order[0]].text
        end = m.order[1] + len(m.text)
        return (text[max(0, m.order[1] - 7):m.order[1]].endswith(_VENUE_BEFORE)
                and text[end:end + 1] not in _OWNER_MARKS)  # (not "in Ron Howard's film")

    # (not a name that opens on a given name: "the spinner in Xavier Doherty", "in Darren
    # Aronofsky film")
    return [e for e in _always_written(people, written_as, placed)
            if not _given_name(e.name.partition(" ")[0])]


_VENUE_BEFORE = (" in ", " at ", " near ", " In ", " At ", " Near ")
_OWNER_MARKS = frozenset("'’")

# Titles a name may open on and keep after "the" ("the Duchess of Cambridge,", "the Dalai
# Lama,", "the Prophet Muhammed,"): the ranks whose gender the attribution reads, and these
_TITLED_FIRST_WORDS = frozenset(TITLE_GENDER) | frozenset(
    "shah dalai prophet apostle sultan emir".split())
# What may follow a whole noun phrase: a stop, or a word of the next clause; not a comma or
# "and" before a list's next name, nor a comma before an appositive ("the Abraham Lincoln,
# FDR and", "the Clarence Thomas and David Souter hearings", "the Jane Goodall, the British
# primatologist")
_THING_END = regex(r"(?:,(?!\s(?:[A-Z\d]|the\b|an?\b))|[.;:!?)]|\s(?:and|or)\s(?![A-Z])"
                   r"|\s(?:is|was|has|had|will|would|could|can|but|when|where|which|that|as|"
                   r"in|at|on|to|for|from|with|by|after|before|during|while)\b|$)")


def _doubtful_name(entity: Entity) -> bool:
    """Whether a person's name is one _doubtful_people may doubt: one word alone, or words
    whose first is a common word and no given name, with no other form."""
    key = entity.name.lower()
    if entity.aliases or _given(key):
        return False
    if " " in key:
        first = key.partition(" ")[0]
        if (_given(first) or not first.isalpha()
                or len(first) <= 2 or first in TITLE_AND_RELATION_WORDS
                or not usually_lower(first)):
            return False  # a full name, unless it opens with a common word ("Toy Soldiers")
    return True


def _shown_a_person(mentions: Iterable[Mention], sentences) -> bool:
    """Whether one of the mentions shows a person (see _doubtful_people)."""
    for m in mentions:
        text = sentences[m.order[0]].text
        start = m.order[1]
        end = start + len(m.text)
        if (_PERSON_AFTER.match(text, end)
                or _PERSON_BEFORE.search(text, max(0, start - _PERSON_BEFORE_REACH), start)
                or _in_line_up(text, start)):
            return True
    return False


def _known_person(key: str) -> bool:
    """Whether the tagger's gazetteer knows a word (lower case) as a person's name."""
    return "PER" in gazetteer_kinds(key)


def _in_line_up(text: str, start: int) -> bool:
    """Whether the name at ``start`` of a sentence stands in a team's line-up: after a
    colon, a list of at least three capitalised names with only commas between ("Subs:
    Lindegaard, Giggs, Januzaj")."""
    colon = text.rfind(":", 0, start)
    listed = _LINE_UP.match(text, colon + 1) if colon >= 0 else None
    return listed is not None and listed.end() > start


_LISTED = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"  # a name of one to four capitalised words
_LINE_UP = regex(r"\s*" + _LISTED + r"(?:,\s" + _LISTED + r"){2,}(?=[.;]|\s\(|$)")


_PERSON_AFTER = regex(r"(?:,\s\d{1,3},|\s\(\d{1,3}\))?,?\s(?:" + alternatives(SPEECH_VERBS)
                      + r")\b|,\s\d{1,3}\b[,)]|\s\(\d{1,3}\)|,\swho\b|['’]s?\s(?:"
                      + alternatives(sorted(RELATIVES)) + r")\b")
_PERSON_BEFORE = regex(r"(?:\b(?:said|says|told|according\sto)|(?i:\b(?:"
                       + alternatives(sorted(_PERSON_WORDS))
                       + r")\.?))\s$")
# How far back a match of _PERSON_BEFORE or _ONLY_PERSON_BEFORE can start (its longest word,
# a full stop, a space): they are searched from there, not from every character before it
_PERSON_BEFORE_REACH = max(map(len, _PERSON_WORDS | {"according to"})) + 2


def _full_name_words(mentions: list[Mention]) -> set[str]:
    """The words (lower case) of the people's names of several words."""
    return {word for m in mentions if m.kind == "person" and " " in m.text
            for word in m.text.lower().split()}


def _without_glued_words(mention: Mention) -> Mention:
    """``mention`` without the words glued to its name (_glued_words_cut, kept across
    documents: its text and kind decide the cut)."""
    cut = _GLUE_CUTS.recent.get(mention[:2], _UNKNOWN_CUT)  # (the usual case, without a call)
    if cut is _UNKNOWN_CUT:
        cut = _GLUE_CUTS(mention[:2])
    if cut is None:
        return mention
    sentence, offset = mention.order
    return Mention(cut[0], cut[1], (sentence, offset + cut[2]))


def _glued_words_cut(form: tuple[str, str]) -> tuple[str, str, int] | None:
    """The text and kind of a name (text, kind) without its party's letter when a place
    ("R-Arizona", "D-New York": the state a member of Congress serves), or else without the
    words that never end a name ("China The", "Syria Meanwhile": the tagger ran on into the
    next sentence where a copy lost a full stop), nor open one ("Despite Gerrard": it ran on
    from the sentence before), and how many characters the name now starts later; None
    where nothing is cut, nor when what is left is a title, or a word of no name alone
    before "Who" ("Doctor Who", "The Who")."""
    text, kind = form
    if text[1:2] == "-" and text[:1] in "RDI" and known_place(text[2:].lower()):
        return text[2:], "place", 2
    words = text.split()
    start, end = 0, len(words)
    while end > 1 and words[end - 1].lower() in NOT_NAME_ENDS:
        end -= 1
    while end - start > 1 and (words[start].lower() in NOT_NAME_STARTS
                               or end - start > 2 and _lower_case_head(words[start])):
        start += 1  # (a lower-case word only before two: "northern Philippines" stays)
    if (kind == "organization" and end - start > 2 and words[start + 1] == "of"
            and words[start].lower() in _ROLES_OF_BODIES):
        start += 2  # "COO of ScienceLogic" is ScienceLogic
    if end - start == len(words):
        return None
    left = words[start:end]
    if len(left) == 1 and (left[0].lower() in TITLE_AND_RELATION_WORDS
                           or left[0].lower() in NEVER_ALONE and words[-1] == "Who") \
            and words[0] != "TBA":
        return None  # (but "TBA Host" is furniture, and "Host" alone no name; nor is
        # "Sikh" of "... baptised as a Sikh Despite all the opposition, ...")
    skipped = len(" ".join(words[:start])) + 1 if start else 0
    return " ".join(left), kind, skipped


_UNKNOWN_CUT = ("", "", 0)  # a form _GLUE_CUTS does not hold yet
# (text, kind) -> _glued_words_cut's answer, kept across the documents of a batch
_GLUE_CUTS: GenerationCache[tuple[str, str], tuple[str, str, int] | None] = GenerationCache(
    _glued_words_cut, 20_000)


# Roles a body's name may follow with "of", which are the person's, not the body's: "the
# COO of ScienceLogic", "founder of Facebook".
_ROLES_OF_BODIES = frozenset("""ceo coo cfo cto chairman chairwoman founder co-founder
owner boss""".split())


def _split_glued_names(mentions: list[Mention], glued_words: bool = True) -> list[Mention]:
    """Mentions where a copy glued two names together, having lost the full stop of a photo
    caption between them ("at the MCG Rohit Sharma is congratulated", "Arsenal Olivier
    Giroud"), are two again: a name of three words or more that ends with a person's full
    name the article writes alone, after an organization, a known place or another person's
    full name it also writes alone (not "Kaitlin Anne Kenney", "Manchester United"); a
    person with a title or a glued given name inside (_glued_given_name); two people's
    surnames (_two_surnames); a broadcaster's listing run on into a person
    (_person_after_broadcaster); two names glued inside one word, where ``glued_words``
    says the text holds such a word (_glued_in_a_word)."""
    alone: dict[str, str] = {}  # each name written alone -> its kind
    for m in mentions:
        alone.setdefault(m.text, m.kind)
    openers: set[str] | None = None
    ends: dict[str, set[str]] | None = None
    out = []
    for m in mentions:
        words = m.text.split(" ")
        split = next((i for i in range(1, len(words) - 1)
                      if _glued_at(words, i, alone)), None) if len(words) >= 3 else None
        if split is None and m.kind == "person" and len(words) >= 3:
            if openers is None:
                openers = {m.text.partition(" ")[0] for m in mentions
                           if m.kind == "person" and " " in m.text}
            split = _glued_given_name(words, alone, openers)
        if split is None and 2 <= len(words) <= 4 and words[0].lower() in _BROADCASTERS:
            split = _person_after_broadcaster(words, m.kind)
        if split is None and glued_words and len(words) >= 2:
            glued = _glued_in_a_word(m, words, alone)
            if glued is not None:
                out.extend(glued)
                continue
        if split is None and len(words) == 2 and m.kind != "person" \
                and alone.get(words[1]) == "person" \
                and alone.get(words[0]) in ("organization", "place"):
            if ends is None:  # (built once, where first asked)
                ends = _full_name_ends(mentions)
            if (" " + words[1] in ends and words[0] + " " not in ends
                    and words[1].lower() not in _NOT_SURNAMES
                    and sum(x.text == m.text for x in mentions) == 1):
                # "on CNBC Sharapova opens up", "in Sochi Sharapova won": written so once (not
                # "Sydney Spies", Miki Spies's daughter, named so five times)
                split = 1
        if split is None:
            two_surnames = (len(words) == 2 and m.kind == "person"
                            and not given_name(words[0].lower()))
            if two_surnames and ends is None:  # (built once, where first asked)
                ends = _full_name_ends(mentions)
            if len(words) == 2 and (m.kind == "place" and _two_places(words)
                                    or two_surnames and _two_surnames(words, m.text, ends)
                                    and sum(x.text == m.text for x in mentions) == 1):
                sentence, offset = m.order  # "Damascus Syria", "Iran Jordan"
                out.append(Mention(words[0], m.kind, m.order))
                out.append(Mention(words[1], m.kind, (sentence, offset + len(words[0]) + 1)))
            else:
                out.append(m)
            continue
        head, tail = " ".join(words[:split]), " ".join(words[split:])
        sentence, offset = m.order
        out.append(Mention(head, alone.get(head, m.kind), m.order))
        start = offset + len(head) + 1
        if words[split].lower().rstrip(".") in _GLUED_TITLES or words[split] == "The":
            start += len(words[split]) + 1  # ("Mrs Danczuk": Danczuk; "The Tom Selleck
            tail = " ".join(words[split + 1:])  # drama": Tom Selleck)
        out.append(Mention(tail, "person", (sentence, start)))
    return out


def _full_name_ends(mentions: list[Mention]) -> dict[str, set[str]]:
    """The first and the last word of each person's name of several words, and the names
    they open or end: keyed "word " for a first word, " word" for a last one."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and " " in m.text:
            first, _, rest = m.text.partition(" ")
            out.setdefault(first + " ", set()).add(m.text)
            out.setdefault(" " + rest.rpartition(" ")[2], set()).add(m.text)
    return out


def _two_surnames(words: list[str], text: str, names: dict[str, set[str]] | None) -> bool:
    """Whether a "person" of two words, ``text``, is two people's surnames, each the last
    word of another full name the article gives, which a copy glued where it lost a full
    stop ("... to replace Lampard" + "Mourinho said ..."), neither word opening another
    full name (the "Pippa" of "Pippa Middleton" and of a caption's "Tired Pippa"); ``names``
    from _full_name_ends. (_split_glued_names asks the rest: the first word no given name,
    not "Frank Lampard", and the two written so once: "June Carter Cash" is "Carter Cash"
    three times.)"""
    if names is None:
        return False
    own = {text}
    first, second = (names.get(" " + word, set()) - own for word in words)
    return (bool(first) and bool(second) and first.isdisjoint(second)
            and not any(names.get(word + " ", set()) - own for word in words))


def _whole_republic(mention: Mention, sentences) -> Mention:
    """A place named "... Republic of X" whole, where the tagger found X alone ("the
    Democratic Republic of Congo")."""
    sentence, start = mention.order
    head = _REPUBLIC_BEFORE.search(sentences[sentence].text, max(0, start - 40), start)
    if head is None:
        return mention
    return Mention(head.group() + mention.text, "place", (sentence, head.start()))


_REPUBLIC_BEFORE = regex(r"(?:[A-Z][a-z]+(?:['’]s)? ){0,2}Republic of $")


def _military_units(sentences, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where an army's unit named by its number is an organization, whole ("the
    82nd Airborne Division", "the 3rd Battalion", "1st Battalion The Princess of Wales's
    Royal Regiment"), which the tagger leaves out or cuts (a place "3rd Battalion", an
    organization "Royal Regiment"); a mention inside it gives way to it."""
    units = [Mention(match.group(), "organization", (s, match.start()))
             for s, sentence in enumerate(sentences)
             if any(map(sentence.text.__contains__, _UNIT_WORD_ORDER))
             for match in _NUMBERED_UNIT.finditer(sentence.text)]
    return _replaced(mentions, units) if units else mentions


# Words that end the names of army units ("82nd Airborne Division", "3rd Battalion").
_UNIT_WORD_ORDER = ("Battalion", "Regiment", "Brigade", "Division", "Squadron", "Airborne",
                    "Infantry", "Cavalry", "Fleet", "Corps", "Marines", "Rifles", "Commando")
_UNIT_WORDS = frozenset(_UNIT_WORD_ORDER)
_NUMBERED_UNIT = regex(r"\b\d{1,3}(?:st|nd|rd|th) (?:[A-Z][a-z]+ ){0,3}(?:"
                       + "|".join(_UNIT_WORD_ORDER) + r")(?: (?:Division|Brigade|Regiment|Group"
                       r"|Combat Team))?(?: [Tt]he (?:[A-Z][a-z]+ (?:of )?){1,3}[A-Z][a-z]+['’]s"
                       r"(?: Own)?(?: Royal)? (?:Regiment|Rifles|Hussars|Lancers|Guards"
                       r"|Fusiliers))?(?![\w'’-])")


def _replaced(mentions: list[Mention], names: list[Mention]) -> list[Mention]:
    """``mentions`` with ``names`` added, in reading order, and those inside them gone
    (each mention tested against the names of its own sentence only: a long text holds
    thousands of mentions and may add hundreds of names)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in names:
        spans.setdefault(m.order[0], []).append((m.order[1], m.order[1] + len(m.text)))
    kept = [m for m in mentions if not any(
        start < m.order[1] + len(m.text) and m.order[1] < end
        for start, end in spans.get(m.order[0], ()))]
    return sorted(kept + names, key=attrgetter("order"))


def _line_up_players(sentences, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where the players of a team's line-up written "initial surname" are
    people named whole ("G Dempsey; G Murphy, B O'Driscoll (capt), S Horgan, A Foley."): a
    sentence with three such names or more between commas, semicolons and slashes. The
    tagger reads a lone capital as a word ("A", "O") and may take the surname for a place
    or a body; a mention inside a player's name gives way to it."""
    players: list[Mention] = []
    for s, sentence in enumerate(sentences):
        text = sentence.text
        separators = text.count(",") + text.count(";")
        if separators < 2 or (separators + text.count("(")) * 4 < text.count(" "):
            continue  # (most sentences: not a list of names, one in four words or more)
        found = list(_LINE_UP_PLAYER.finditer(text))
        first = _FIRST_PLAYER.match(text)
        if first:
            found.insert(0, first)
        if len(found) >= 3:
            players.extend(Mention(m.group(1), "person", (s, m.start(1))) for m in found)
    return _replaced(mentions, players) if players else mentions


# A player in a line-up: one or two capitals, maybe a particle, a surname, then a comma, a
# semicolon, a slash, a full stop, a bracket ("(capt)") or the end.
_PLAYER = (r"([A-Z]{1,2} (?:(?:[Vv]an|[Dd][eu]|[Ll][ea]) (?:[Dd]e[rn] )?)?[A-Z][\w'’-]+)"
           r"(?= ?(?:[,;/.(]|$))")
_LINE_UP_PLAYER = regex(r"[,;:/] ?" + _PLAYER)
_FIRST_PLAYER = regex(r"\s*" + _PLAYER)


def _without_caption_words(mentions: list[Mention]) -> list[Mention]:
    """Mentions where a caption's word before a given name the article gives in full
    elsewhere, which the tagger took for part of the name ("Worn out: Tired Pippa then
    rested ..." beside "Pippa Middleton"), is left out: a word written in lower case in
    English prose and opening no one's name."""
    names = [(i, m) for i, m in enumerate(mentions) if m.kind == "person" and " " in m.text]
    given = {m.text.partition(" ")[0] for _, m in names}
    out = mentions
    for i, m in names:
        first, _, rest = m.text.partition(" ")
        if (rest in given and " " not in rest
                and usually_lower(first.lower()) and not given_name(first.lower())):
            if out is mentions:
                out = list(mentions)
            out[i] = Mention(rest, "person", (m.order[0], m.order[1] + len(first) + 1))
    return out


def _places_before_based(sentences, mentions: list[Mention]) -> list[Mention]:
    """Known places written before "-based" ("a London-based charity", "the Santa
    Monica-based firm"), which the tagger reads as one word with it and leaves out, where no
    name it found covers them."""
    out = []
    covered = _Covered(mentions)
    for s, sentence in enumerate(sentences):
        text = sentence.text
        if "-based" not in text:
            continue
        for match in _BEFORE_BASED.finditer(text):
            start, name = match.start(1), match.group(1)
            while " " in name and not known_place(name.lower()):
                cut = name.index(" ") + 1  # "The London", "Cupertino, California"
                start, name = start + cut, name[cut:]
            if known_place(name.lower()) and not covered(s, start):
                out.append(Mention(name, "place", (s, start)))
    return out


def _companies_after_based(sentences, mentions: list[Mention]) -> list[Mention]:
    """Names of one to three capitalised words right after "-based" ("Santa Monica-based
    Activison is ..."), which the tagger leaves out: a company or another body, where no
    name it found covers them; not a people's adjective ("a London-based Iranian
    journalist"), a place ("the Pakistan-based Kashmir group"), a given name ("Paris-based
    Anne Smith") or a word never a name alone."""
    out = []
    covered = _Covered(mentions)
    for s, sentence in enumerate(sentences):
        text = sentence.text
        at = text.find("-based ")
        while at >= 0:
            start = at + 7
            words = []
            for word in text[start:start + 60].split()[:3]:
                if not (word[:1].isupper() and word.isalpha()):
                    break
                words.append(word)
            at = text.find("-based ", start)
            if not words:
                continue
            first = words[0].lower()
            name = " ".join(words)
            if (first not in NEVER_ALONE and "MISC" not in gazetteer_kinds(first)
                    and not given_name(first) and not first.endswith(_NATION_ADJECTIVE_ENDS)
                    and not known_place(first) and not known_place(name.lower())
                    and text.startswith(name, start) and not covered(s, start)):
                out.append(Mention(name, "organization", (s, start)))
    return out


class _Covered:
    """Whether a name the tagger found in a sentence covers an offset of it: the names
    sorted by sentence at the first question, so that each question reads its sentence's
    only (a long text asks hundreds, of thousands of names)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.by_sentence: dict[int, list[Mention]] | None = None

    def __call__(self, sentence: int, start: int) -> bool:
        if self.by_sentence is None:
            self.by_sentence = {}
            for m in self.mentions:
                self.by_sentence.setdefault(m.order[0], []).append(m)
        return any(m.order[1] <= start < m.order[1] + len(m.text)
                   for m in self.by_sentence.get(sentence, ()))


def _schools_and_hospitals(sentences, mentions: list[Mention]) -> list[Mention]:
    """Schools and hospitals named by capitalised words the tagger left out, where no name
    it found covers their start ("Nearby Therrell High School was put on lock down"): a
    common word opening the sentence is no part of the name ("Nearby"); not the end of a
    name over "and" or "of" ("Brigham and Women's Hospital")."""
    out: list[Mention] = []
    covered = _Covered(mentions)
    for s, sentence in enumerate(sentences):
        text = sentence.text
        if not any(map(text.__contains__, _SCHOOL_WORD_ORDER)):
            continue
        for match in _SCHOOL.finditer(text):
            start, name = match.start(), match.group()
            if start == 0 and seen_lower(name.partition(" ")[0].lower()):
                head = name.partition(" ")[0]
                start, name = start + len(head) + 1, name[len(head) + 1:]
            if name.count(" ") >= 2 - name.endswith(_ONE_WORD_SCHOOLS) \
                    and not seen_lower(name.partition(" ")[0].lower()) and not covered(s, start)\
                    and not text.endswith(("and ", "of "), 0, start):  # ("Brigham and Women's")
                out.append(Mention(name, "organization", (s, start)))
    return out


def _bodies_in_lower_case(sentences, body: str, mentions: list[Mention],
                          vocabulary: frozenset[str]) -> list[Mention]:
    """Forces and parties news names with their noun in lower case, which the tagger leaves
    out: a nation's army or navy, after its adjective or its name ("the Syrian army"), and
    its military after its name ("the U.S. military"; not "Britain's military", nor "the
    Iraqi military"), where no name the tagger found covers them but the nation's (which
    stays a place too), and a party after "the" and a name that is no mention of the
    article's ("the Baath party"; not "the Labour party", which is "Labour"), where no name
    covers it; neither where it ends a longer name ("the Free Syrian Army"). Only the
    sentences that write the noun are read (found by str.find over the body, in C)."""
    out: list[Mention] = []
    written = {m.text for m in mentions}
    covered = _Covered(mentions)
    for noun in _LOWER_BODY_WORD_ORDER:
        if noun not in vocabulary:
            continue
        seen = -1  # (the last sentence read for this noun)
        for hit in _occurrences(" " + noun, body):
            s = bisect_right(sentences, hit, key=_START) - 1
            if s <= seen:
                continue
            seen = s
            text = sentences[s].text
            at = text.find(" " + noun)
            while at > 0:
                end = at + 1 + len(noun)
                name = text[text.rfind(" ", 0, at) + 1:at]
                start = at - len(name)
                if (name[:1].isupper() and not (end < len(text) and _in_word(text[end]))
                        and _lower_body(name, noun, text, start, written)
                        and (name in written or not covered(s, start))
                        and not _ends_a_name(text[start:end], written)):
                    out.append(Mention(text[start:end], "organization", (s, start)))
                at = text.find(" " + noun, end)
    return out


_START = attrgetter("start")


def _lower_body(name: str, noun: str, text: str, start: int, written: set[str]) -> bool:
    """Whether a capitalised word before a body's noun in lower case names that body (see
    _bodies_in_lower_case); ``written``, the article's mentions, is read for a party."""
    before = text[:start - 1].rpartition(" ")[2] if start else ""
    if before[:1].isupper() and before not in ("A", "An", "The"):
        return False  # ("North Korean army": not the "Korean army")
    if noun == "party":
        return (before in ("the", "The") and name.isalpha()
                and name not in written
                and name.lower() not in PARTIES and not name.endswith(_NATION_ADJECTIVE_ENDS)
                and "MISC" in gazetteer_kinds(name.lower()))  # ("the Spanish party island")
    key = name.lower()
    if noun == "military":  # a country's ("the U.S. military"); "Iraqi military" may be
        return _country(key)  # any of its soldiers or officials, which CoNLL-2003 leaves out
    return "MISC" in gazetteer_kinds(key) and not seen_lower(key) or _country(key)


def _ends_a_name(name: str, written: set[str]) -> bool:
    """Whether ``name`` ends a longer name of the article's ("Syrian army" of the "Free
    Syrian Army", another force), in any case."""
    tail = " " + name.lower()
    return any(text.lower().endswith(tail) for text in written)


_LOWER_BODY_WORD_ORDER = ("army", "navy", "military", "party")
_LOWER_BODY_WORDS = frozenset(_LOWER_BODY_WORD_ORDER)
_NATION_ADJECTIVE_ENDS = ("ish", "ese", "an", "ic")  # ("Spanish", "Chinese", "Syrian")


_SCHOOL_WORD_ORDER = ("School", "Hospital", "Academy")
_SCHOOL_WORDS = frozenset(_SCHOOL_WORD_ORDER)
# A hospital's or an academy's name may be one word and the noun ("Grady Hospital"), a
# school's needs two words before it ("Therrell High School"; not "Sunday School").
_ONE_WORD_SCHOOLS = (" Hospital", " Academy")
_SCHOOL = regex(r"(?<![\w'’.-])(?:[A-Z][a-z'’-]+ ){1,3}(?:High |Elementary |Middle |Primary "
                r"|Grammar |Secondary )?(?:School|Hospital|Academy)(?: District)?(?![\w'’-])")


_BEFORE_BASED = regex(r"((?:[A-Z][\w'’.]*,? )*[A-Z][\w'’.]*)-based\b")


def _features_of_the_land(sentences, mentions: list[Mention]) -> list[Mention]:
    """Seas, rivers, lakes, valleys and the like named by capitalised words and their
    feature's word ("the Mediterranean Sea", "the Colorado River"), which the tagger leaves
    out, where no name it found covers them."""
    out: list[Mention] = []
    covered = _Covered(mentions)
    for s, sentence in enumerate(sentences):
        text = sentence.text
        match = _FEATURE.search(text)
        while match:
            start, name = match.start(), match.group()
            if start and _in_word(text[start - 1]):
                match = _FEATURE.search(text, start + 1)  # inside a word ("McKee Grand
                continue                                  # Canyon"): on from the next letter
            match = _FEATURE.search(text, match.end())
            while " " in name and _not_a_feature_name(name.partition(" ")[0].lower()):
                start, name = start + name.index(" ") + 1, name.partition(" ")[2]
            if " " in name and not covered(s, start):
                out.append(Mention(name, "place", (s, start)))
    return out


def _companies_after_noun(sentences, mentions: list[Mention], vocabulary: frozenset[str]
                          ) -> list[Mention]:
    """Names right after a lower-case noun only a company, a band or another body is called
    by ("security firm G4S", "the polling company Survation"), which the tagger left out,
    where no name it found covers them: one to three capitalised words, not a day, a month
    or a word that is never a name alone, nor a vessel ("carrier USS George Washington"),
    nor the head of a name that goes on over a small word ("band Men at Work")."""
    out: list[Mention] = []
    nouns = [noun + " " for noun in COMPANY_NOUNS & vocabulary]  # (their starts are sorted)
    if not nouns:
        return out
    covered = _Covered(mentions)
    for s, sentence in enumerate(sentences):
        text = sentence.text
        for start in sorted(at + len(noun) for noun in nouns if noun in text
                            for at in _occurrences(noun, text)
                            if not (at and _in_word(text[at - 1]))):
            match = _NAME_AFTER_COMPANY_NOUN.match(text, start)
            if match is None:
                continue
            start, name = match.start(1), match.group(1).rstrip(".")
            first = name.partition(" ")[0]
            if (first.lower() not in NEVER_ALONE and first not in _VESSEL_PREFIXES
                    and not _NAME_GOES_ON.match(text, match.end())
                    and not covered(s, start)):
                if name.endswith(("'s", "’s")):
                    name = name[:-2]
                out.append(Mention(name, "organization", (s, start)))
    return out


_NAME_AFTER_COMPANY_NOUN = regex(r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})(?![\w'’-])")
_NAME_GOES_ON = regex(r" (?:of|at|and|for|the|de|on|in) [A-Z]")
_VESSEL_PREFIXES = SHIP_PREFIXES | {"SS"}


def _not_a_feature_name(word: str) -> bool:
    """A capitalised word before a feature's that opens no name of it: "The", a preposition,
    a quantifier or a word English prose writes in lower case ("In Salt Lake", "Other Gulf
    states", "Native South Sea")."""
    return word in PREPOSITIONS or word in _QUANTIFIERS or usually_lower(word)


_QUANTIFIERS = frozenset("the other all both many some most every each several".split())


_FEATURE_WORD_ORDER = ("Sea", "Ocean", "River", "Lake", "Mountains", "Valley", "Canyon",
                       "Desert", "Gulf", "Peninsula", "Strait")
_FEATURE_WORDS = frozenset(_FEATURE_WORD_ORDER)
# One to three capitalised words and a feature's word, the name's last ("Operation Desert
# Storm", "Uniworld River Cruises" are none): "Mediterranean Sea". (It opens on a capital, no
# look-behind, so that re skips to the capitals in C.)
_FEATURE = regex(r"[A-Z][a-z'’-]+ (?:[A-Z][a-z'’-]+ ){0,2}(?:" + "|".join(_FEATURE_WORD_ORDER)
                 + r")(?![\w'’-]| [A-Z])")


def _two_places(words: list[str]) -> bool:
    """Whether a "place" of two words is two known places glued where a copy lost a
    caption's full stop ("... suburbs of Damascus" + "Syria has been ruled ..."): each word
    a town or country the gazetteer knows, together none; not a compass word before a place
    ("West Africa", "Middle Britain"), a region's or a common word after one ("Niger Delta",
    "Kentucky Derby", "Cardiff Bay"), nor a given name first ("Mary Hamilton")."""
    first, second = words[0].lower(), words[1].lower()
    return (first not in PLACE_QUALIFIERS and first not in CUT_NAME_ENDS
            and "LOC" in gazetteer_kinds(first) and "LOC" in gazetteer_kinds(second)
            and not seen_lower(second) and not known_place(f"{first} {second}")
            and not given_name(first))


def _glued_given_name(words: list[str], alone: dict[str, str], openers: set[str]) -> int | None:
    """Where a "person" of three words or more is two people's names glued: before a title
    inside it ("Danczuk Mrs Danczuk"), or before its last word where that word is a given
    name that opens another full name and the words before it are a name, each written
    alone ("Tom Kingston Pippa" beside "Tom Kingston", "Pippa" and "Pippa Middleton"; "Karma
    Xcitra Emily" beside the app "Karma Xcitra" and "Emily Hiley"; not "John Paul Jones")."""
    inner = next((i for i in range(1, len(words) - 1)
                  if words[i].lower().rstrip(".") in _GLUED_TITLES), None)
    if inner is not None:
        return inner
    head, last = " ".join(words[:-1]), words[-1]
    if (head in alone and last in alone and last in openers
            and not head.startswith(last + " ")):
        return len(words) - 1
    return None


_GLUED_TITLES = frozenset(("mr", "mrs", "ms", "miss"))


def _person_after_broadcaster(words: list[str], kind: str) -> int | None:
    """Where a broadcaster's name runs on into a person's name, the next sentence's subject
    where a copy lost the break after a TV listing ("Thursday 9:30 p.m., CBS Allison Janney
    continues ...", "CBS The Tom Selleck drama"): the person opens with a given name (or,
    where the tagger called the whole a person, a word English never writes in lower case
    and no place's name) and ends on no body's word (not "BBC Worldwide", "CNN Heroes").
    Not after other companies, whose products and parts follow their names ("Sony
    Ericsson", "Bloomberg Businessweek", "Google Docs")."""
    at = 2 if words[1] == "The" and len(words) > 2 else 1
    first = words[at].lower()
    if (words[at][1:].islower() and words[-1].lower() not in _ORGANIZATION_WORDS
            and (given_name(first) or kind == "person" and not seen_lower(first)
                 and not known_place(first))):
        return 1  # (the split drops a "The" it opens with)
    return None


_BROADCASTERS = frozenset("cbs nbc abc fox pbs hbo cnbc itv espn cnn msnbc bbc npr".split())


def _glued_in_a_word(mention: Mention, words: list[str], alone: dict[str, str]
                     ) -> list[Mention] | None:
    """The two mentions of a name where a copy glued two names inside one word, having lost
    a line's break ("DC Gary KellyGreater Manchester Police"): the words up to the glue and
    the words from it, each opening with a name the article writes alone ("Gary Kelly",
    "Greater Manchester"); None for a name written so ("WikiLeaks", "BlackBerry")."""
    for i, word in enumerate(words):
        glue = _GLUE.fullmatch(word)
        if glue is None:
            continue
        head = " ".join(words[:i] + [glue.group(1)])
        rest = [glue.group(2)] + words[i + 1:]
        opening = next((name for name in (" ".join(rest[:k]) for k in range(len(rest), 0, -1))
                        if name in alone), None)
        if head not in alone or opening is None:
            return None
        tail = " ".join(rest)
        kind = alone.get(tail) or ("organization" if rest[-1].lower() in _ORGANIZATION_WORDS
                                   else alone[opening])
        sentence, offset = mention.order
        return [Mention(head, alone[head], mention.order),
                Mention(tail, kind, (sentence, offset + len(head)))]
    return None


# A word that is two names glued: a capitalised word of four letters or more, then another
# ("KellyGreater"; not "McDonald", "MacArthur", "DeShawn").
_GLUE = regex(r"([A-Z][a-z]{3,})([A-Z][a-z]+)")
# (most articles' names hold none: one search of the names, not of the whole body)
_GLUE_IN_TEXT = regex(r"[A-Z][a-z]{3,}[A-Z][a-z]")


def _glued_at(words: list[str], i: int, alone: dict[str, str]) -> bool:
    """Whether ``words`` are two names glued before word ``i`` (see _split_glued_names)."""
    head, tail = " ".join(words[:i]), " ".join(words[i:])
    kind = alone.get(head)
    return (alone.get(tail) == "person" and len(words) - i >= 2
            and words[i].lower() not in NAME_PARTICLES and words[i].lower() != "van"
            and not (i == 1 and given_name(head.lower()))  # not "Elizabeth" + "Van Lew"
            and not any(w.lower() in _ORGANIZATION_WORDS for w in words[i:])
            and (kind == "organization" or kind == "place" and known_place(head.lower())
                 or kind == "person" and i >= 2))


def _lower_case_head(word: str) -> bool:
    """A lower-case word before a name that is no particle of it ("state-run Philippines
    News Agency", "of Football Against Racism"; not "de Blasio", "al-Qaeda", "la
    Repubblica", "3rd Battalion" nor a brand written so, "iPod Touch")."""
    return (word[:1].isalpha() and word.islower() and word.rstrip(".") not in NAME_PARTICLES
            and word.split("-", 1)[0] not in ARABIC_NAME_PREFIXES
            and word not in ("la", "le", "el"))


def _written_only_before(mentions: list[Mention], sentences, follows, skip: str = "") -> set[str]:
    """The names whose every mention (of no kind ``skip``) ``follows(mention, text, end)``
    accepts, reading the sentence's ``text`` from the name's ``end``."""
    only: dict[str, bool] = {}
    for m in mentions:
        if m.kind == skip or only.get(m.text) is False:
            continue
        sentence, start = m.order
        only[m.text] = follows(m, sentences[sentence].text, start + len(m.text))
    return {name for name, yes in only.items() if yes}


def _heads_of_event_names(mentions: list[Mention], sentences) -> set[str]:
    """Organizations and people the article writes only right before the last word of a
    law's, a prize's or a contest's name, which the tagger left out ("Affordable Care" +
    "Act", "MTV Video Music" + "Awards", "World Athletics" + "Championships"): the head of a
    name that is no entity."""
    return _written_only_before(mentions, sentences, _before_event_word, skip="place")


def _before_event_word(mention: Mention, text: str, end: int) -> bool:
    if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper():
        return False
    word = text[end + 1:end + 16].partition(" ")[0].rstrip(".,;:'’\"")
    return word.lower() in _EVENT_WORDS


def _numbered_works(mentions: list[Mention], sentences) -> set[str]:
    """Organizations the article writes only right before a number of one to three digits
    that ends the name ("Halo 2", "Spider-Man 2", "Super Mario 64", "Windows 8"): a game's,
    a film's or a product's version, not a body; not a score ("Arsenal 2 Chelsea 1"), a
    table's line ("Newcastle 5 4 1 0") nor a count ("Apple 10 per cent"), and not a unit, a
    flight or a station named with a number ("SEAL Team 6", "Air France 447", "Bay News 9");
    nor a name also written as a person or a place ("Anderson Cooper 360")."""
    return _written_only_before(mentions, sentences, _before_version)


def _before_version(mention: Mention, text: str, end: int) -> bool:
    return (mention.kind == "organization" and not mention.text.startswith("Air ")
            and mention.text.rpartition(" ")[2].lower() not in _NUMBERED_BODIES
            and text[end + 1:end + 2].isdigit() and _VERSION_AFTER.match(text, end) is not None)


# Last words of bodies named with a number ("SEAL Team 6", "Texas Task Force 1", "Flight 93",
# a union's "Local 226", "Bay News 9").
_NUMBERED_BODIES = frozenset("team force unit squad squadron battalion regiment brigade division "
                             "flight airlines airways district local post news channel radio tv"
                             .split())


# A version's number after a name, which a comma or a word in lower case follows ("Halo 2,
# released", "Fortune 500 company"): not a count, a score, a line of a results table
# ("Newcastle 5 4 1 0", "Leeds 2 Coventry City 1"), a time or a part of a longer number.
_VERSION_AFTER = regex(r" [1-9][0-9]{0,2}(?=, [a-z]| [a-z])"
                       r"(?! (?:per|percent|years?|million|billion|points?|goals?|runs?|minutes?"
                       r"|seconds?|days?|weeks?|months?|people|times|games?|matches|to|and|or"
                       r")\b)")


# Last words of the names of laws, prizes and contests (see _heads_of_event_names).
_EVENT_WORDS = EVENT_NAME_TAILS | EVENT_TAILS


def _titles_of_works(mentions: list[Mention], body: str) -> set[str]:
    """Names the article writes only as a whole quotation, the way news marks the title of
    a film, a song, a book or a show ("Titanic", "Boogie Nights", "Word Crimes", "The Big
    Bang Theory" where the tagger leaves "The" out): a work, not a person, an organization
    or a place. (Each name's occurrences are read until one
    stands outside a quotation of its own; in a long text, only the names a pattern finds
    quoted whole are.)"""
    out: set[str] = set()
    if not any(map(body.__contains__, _TITLE_ENDS)):
        return out
    names = {m.text for m in mentions}
    if len(body) > LONG_TEXT:  # what the article quotes whole: the only candidates
        quoted = set(_QUOTED.findall(body))
        names &= quoted | {f"{text}." for text in quoted} | {  # ("Super Mario Bros.")
            text[4:] for text in quoted if text.startswith("The ")}
    for text in names:
        start = body.find(text)
        if start <= 0:
            continue
        while start >= 0:
            end = start + len(text)
            opening = start - 5 if body.startswith("The ", start - 4) else start - 1
            ends = _TITLE_ENDS.get(body[opening]) if opening >= 0 else None  # ("The Big ...")
            if ends is None or not body.startswith(ends, end) or _after_body_noun(body, opening):
                break  # written once outside a quotation of its own, or as a body's name
            start = body.find(text, end)
        else:
            out.add(text)
    return out


def _ends_of_quoted_titles(mentions: list[Mention], body: str) -> set[str]:
    """Names the article writes only as the last words of a quoted title ("Sex and the
    City", "Pirates of the Caribbean", "Face the Nation", "Friday Night Lights"): words of a
    work's title, not an entity; but a host's full name after "with" stays ("The Lead with
    Jake Tapper"). A title here is a double-quoted run of capitalised words, numbers and
    small words."""
    if '"' not in body and "”" not in body:
        return set()
    out: set[str] = set()
    names = {m.text for m in mentions}
    long = len(body) > LONG_TEXT
    if long:  # a search of the text per name would grow with its square:
        names &= _words_before_closing_marks(body)  # the candidates from one pass instead
    ends = _last_words_before_closing_marks(body)
    for text in names:
        # (a long text's candidates all stand before a closing mark: no scan tells more)
        if text.rpartition(" ")[2] not in ends or not long and (
                text + '"' not in body and text + "”" not in body and text + ',"' not in body
                and text + ",”" not in body):
            continue  # (most names: one look-up, not four scans of the body)
        if _some_and_all(_ends_quoted_title(body, start, start + len(text))
                         and not (" " in text and body[max(0, start - 6):start].lower() == " with ")
                         for start in _occurrences(text, body)):
            out.add(text)
    return out


def _title_ends(body: str) -> Iterator[int]:
    """Where a quoted title may end: at each double closing mark, or at a comma right before
    one ("Saturday Night Live,"); not at a mark after a space, a line break or a slash (an
    opening one, mostly), where no word ends."""
    for mark in _DOUBLE_CLOSING:  # (str.find per mark: re tests a class of marks beyond
        at = body.find(mark)      # ASCII at every character)
        while at >= 0:
            if not (at and body[at - 1] in " \n/"):
                yield at - 1 if at > 1 and body[at - 1] == "," else at
            at = body.find(mark, at + 1)


def _last_words_before_closing_marks(body: str) -> set[str]:
    """The word right before each double closing mark, or before a comma right before one
    ("Live" of '"Saturday Night Live,"', "Nixon" of '"Frost/Nixon"', "USA" of '"John
    King,USA"'): the last word of any name that ends a quoted title."""
    out: set[str] = set()
    for at in _title_ends(body):
        token = body[max(0, at - 40):at].rpartition(" ")[2]
        token = token.rpartition("\n")[2].rpartition("/")[2].rpartition(",")[2]
        out.add(token.lstrip("\"“‘'("))
    return out


def _words_before_closing_marks(body: str) -> set[str]:
    """Every run of whole words that ends right before a double closing mark, within the 45
    characters _ends_quoted_title reads back ("City", "the City", "and the City", ...), or
    before a comma right before the mark."""
    out: set[str] = set()
    for at in _title_ends(body):
        if at and _is_word_char(body[at - 1]):
            words = body[max(0, at - 45):at].split(" ")
            out.update(" ".join(words[i:]) for i in range(1, len(words)))
    return out


# The marks that may close a double quotation. (One after a space, a line break or a slash,
# which _title_ends leaves out, would give _last_words_before_closing_marks the empty word,
# no name's last word, and _words_before_closing_marks nothing.)
_DOUBLE_CLOSING = ('"', "”")


def _ends_quoted_title(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` ends a double-quoted title with words before it, its
    closing mark right after it or after a comma ("Saturday Night Live,")."""
    if body[end:end + 1] == ",":
        end += 1
    if body[end:end + 1] not in ('"', "”") or not start:
        return False
    opening = max(body.rfind('"', max(0, start - 45), start),
                  body.rfind("“", max(0, start - 45), start))
    if opening < 0 or opening == start - 1 or (opening and body[opening - 1].isalnum()):
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_SMALL_WORDS
               for word in body[opening + 1:start].split())


# Words a title writes in lower case ("Sex and the City", "Alice in Wonderland").
_TITLE_SMALL_WORDS = frozenset("""a an and the of in on to for with at from by or my your our
is are be & vs vs.""".split())


def _after_body_noun(body: str, opening: int) -> bool:
    """Whether a quoted name follows a noun only a body is called by ("the organization
    'Lutheran Church Charities'", "the group \"Aid Now\""): the body's name, not a title."""
    before = body[max(0, opening - 14):opening].rstrip()
    return before.rpartition(" ")[2].lower() in BODY_NOUNS


def _works_by_noun(mentions: list[Mention], body: str) -> set[str]:
    """Names the article writes right after a work's noun ("Tim Burton's movie Big Eyes",
    "the sitcom Friends") each time it is written, or, for a "person", right before
    "star" or "creator" ("Downton Abbey star Michelle Dockery"): a work, not an entity. Not
    a known organization, team or place ("Hollywood star", "the documentary Chelsea ...")."""
    runs = _work_title_runs(body)
    starred = {match.group(1) for match in _BEFORE_STAR.finditer(body)} if (
        " star" in body or " co-star" in body or " creator" in body) and (
        _before_name("star", body) or _before_name("creator", body)) else set()
    if not runs and not starred:
        return set()
    out = set()
    for m in mentions:
        text = m.text
        # the whole run, each time the name is written (not "Air Force" of the film "Air
        # Force One"; not Rosa Lind of "the memoir Rosa Lind wrote" named elsewhere)
        if (runs[text] and runs[text] == body.count(text)
                or m.kind == "person" and any(run.endswith(text) for run in starred)) \
                and not _known_name(text.lower()):
            out.add(text)
    return out


def _before_name(noun: str, body: str) -> bool:
    """Whether ``body`` writes ``noun`` (or its plural) right before a space and a capital,
    as _BEFORE_STAR needs ("star Michelle"): a scan with str.find that spares the pattern's
    pass over most texts, where "star" is only ever part of "start"."""
    for start in _occurrences(noun, body):
        end = start + len(noun)
        if body[end:end + 1] == "s":
            end += 1
        if body[end:end + 1].isspace() and "A" <= body[end + 1:end + 2] <= "Z":
            return True
    return False


def _work_title_runs(body: str) -> Counter:
    """How many times each capitalised run follows a work's noun ("the movie Big Eyes"), the
    matches _AFTER_WORK_NOUN would find, from each noun's occurrences found with str.find
    (a pattern trying every noun at every place of the text costs several times more)."""
    starts = sorted((start, noun) for noun in _WORK_NOUNS if noun in body
                    for start in _occurrences(noun, body))
    runs: Counter = Counter()
    done = 0  # (matches do not overlap, as a pattern's pass finds them)
    for start, noun in starts:
        if start < done or start and _is_word_char(body[start - 1]) or (
                start >= 3 and body.startswith("to", start - 3) and body[start - 1].isspace()
                and not (start > 3 and _is_word_char(body[start - 4]))):
            continue  # inside a word, or "to film ..."
        match = _TITLE_AFTER_WORK_NOUN.match(body, start + len(noun))
        if match is not None:
            run = match.group(1)
            if match.end(1) < len(body) and _is_word_char(body[match.end(1)]):
                run = run.rpartition(" ")[0]  # "Hopes a" of "the album Hopes and Fears": a
                # small word's pattern took the head of a longer word; the run ends before it
            runs[run] += 1
            done = match.end()
    return runs


def _some_and_all(tests: Iterable[object]) -> bool:
    """Whether ``tests`` holds one or more and all are true, read up to the first false one
    (a generator over a name's starts: most names fail at their first, and a long text's
    later starts are then never looked for)."""
    some = False
    for passed in tests:
        if not passed:
            return False
        some = True
    return some


def _occurrences(text: str, body: str):
    """Every offset where ``text`` is written in ``body``, overlapping ones too (str.find,
    in C)."""
    start = body.find(text)
    while start >= 0:
        yield start
        start = body.find(text, start + 1)


def _is_word_char(char: str) -> bool:
    """A character the pattern \\w matches."""
    return char.isalnum() or char == "_"


def _known_name(key: str) -> bool:
    """Whether a name (lower case) is a known organization, team or place."""
    return key in ORGANIZATIONS or key in TEAMS or known_place(key)


_WORK_NOUNS = ("film", "movie", "biopic", "sitcom", "novel", "documentary", "album", "song",
               "musical", "memoir", "miniseries", "TV series", "TV show", "TV drama")
# after a work's noun, not after "to" ("to film ..."; see _work_title_runs), the capitalised
# run of its title (no comma after the noun: "in his novel, Nate Foster is ..." names the hero)
_TITLE_AFTER_WORK_NOUN = regex(r"\s[\"“‘]?"
                               r"([A-Z][\w'’:-]*(?:\s(?:[A-Z][\w'’:-]*|of|the|in|on|a))*)")
# the capitalised run before "star" or "creator" and a name ("Downton Abbey star Michelle")
_BEFORE_STAR = regex(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4})\s(?:stars?|co-stars?|creator)"
                     r"\s[A-Z]")


# Opening marks of a quoted title and the ways it closes ("Titanic", ‘Titanic,’).
_TITLE_ENDS = {'"': ('"', ',"', '."'), "“": ("”", ",”", ".”"), "‘": ("’", ",’", ".’"),
               "'": ("'", ",'", ".'")}
# (a look-ahead: every opening mark starts a candidate, even one that closes another quote)
_QUOTED = regex(r"(?=[\"“‘]([^\"“”‘’\n]{1,80}?)[,.]?[\"”’])")


def _names_of_things(mentions: list[Mention], body: str) -> dict[str, str]:
    """The "people" the article names as a thing: right after a thing's noun and "called",
    "named" or "dubbed" ("put the home, called Lugdine Park, on the market", "a horse named
    Red Rum", "the company, called Acme"), by the kind the noun gives: "place",
    "organization", or "" for no entity (an animal, a vessel, a work)."""
    runs: dict[str, str] = {}
    for verb in _CALLING_VERBS:  # (each verb found in C, the noun looked for just before)
        at = body.find(verb)
        while at >= 0:
            noun = _THING_BEFORE.search(body, max(0, at - 24), at)
            name = _CALLED_NAME.match(body, at + len(verb)) if noun is not None else None
            if noun is not None and name is not None:
                runs.setdefault(name.group(0), _THING_KINDS[noun.group(1).lower()])
            at = body.find(verb, at + len(verb))
    return {m.text: runs[m.text] for m in mentions if m.kind == "person" and m.text in runs}


_THING_KINDS = {**dict.fromkeys(("home", "house", "mansion", "estate", "farm", "property",
                                 "village", "town", "island", "hotel", "cottage", "villa",
                                 "ranch", "castle", "resort"), "place"),
                **dict.fromkeys(("company", "firm", "restaurant", "shop", "store", "app",
                                 "website", "charity", "band", "startup", "start-up",
                                 "business", "brand", "label", "pub", "cafe", "bakery"),
                                "organization"),
                **dict.fromkeys(("boat", "yacht", "ship", "vessel", "horse", "dog", "cat",
                                 "puppy", "pet", "robot", "film", "movie", "book", "novel",
                                 "song", "album", "show", "game", "programme", "program",
                                 "operation", "project", "scheme", "device", "product",
                                 "drug", "storm", "hurricane", "typhoon", "dinosaur"), "")}
# a thing's noun, then the name it is called by ("the home, called Lugdine Park")
_CALLING_VERBS = (" called ", " named ", " dubbed ", " nicknamed ")
_THING_BEFORE = regex(r"\b(" + alternatives(sorted(_THING_KINDS)) + r"),?$")
_CALLED_NAME = regex(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


def _named_as_organizations(mentions: list[Mention], body: str,
                             vocabulary: frozenset[str]) -> set[str]:
    """Names the article itself shows to be a club or a company, whatever the tagger called
    them: written right before a word only a club or a company has ("Chelsea boss", "Denver
    Broncos quarterback", "Tesco shares"), anywhere in the article, so that every mention
    of the name takes that kind. Not a name the gazetteer knows as a place ("England
    captain" is the national team, which news and the annotation guidelines name by the
    place; "Sevilla" is the city too), nor an owner ("Joachim Low's squad").
    ``vocabulary``: every token of the document's sentences, where a club's or a company's
    word must be for either reading to find a name (a look-up, not some fifty scans of the
    body)."""
    names = {m.text for m in mentions if m.kind != "organization" and len(m.text) >= 3}
    if not names:
        return set()
    found = _companies_by_apposition(names, body)
    if not _CLUB_OR_COMPANY_NOUN_FORMS.isdisjoint(vocabulary):
        found |= (_clubs_by_word(names, body) if len(body) > LONG_TEXT
                  else _clubs_by_name(names, body))
    nouns = COMPANY_NOUNS & vocabulary
    if nouns:
        found |= _companies_by_noun(names, body, nouns)
    return {text for text in found if not known_place(text.lower())}


def _companies_by_apposition(names: set[str], body: str) -> set[str]:
    """The names a comma and a description ending on a company's, a band's or another
    body's noun follow ("Wipro, India's third-biggest software firm, has ..."; not "Ann
    Lee, a company director")."""
    out: set[str] = set()
    for match in _APPOSED_COMPANY.finditer(body):  # (few: it opens on ", ", found in C)
        at = match.start()
        out.update(name for name in names if body.endswith(name, 0, at)
                   and not (at > len(name) and _in_word(body[at - len(name) - 1])))
    return out


# (a noun phrase: "the", "a" or an owner's name first, and no preposition, speech verb or
# relative in it: "Ann Lee, a spokeswoman for the network,", "Ann Lee, who runs the charity."
# and "Ann Lee, told the newspaper" are none)
_APPOSED_COMPANY = regex(r", (?:the |a |an |[A-Z]"
                         r"[\w'’.-]*(?:'s|’s) )(?:(?!(?:"
                         + alternatives(sorted(PREPOSITIONS | set(SPEECH_VERBS)
                                               | {"who", "which", "that", "whose"}))
                         + r") )[\w-]+ ){0,3}?(?:"
                         + alternatives(sorted(COMPANY_NOUNS))
                         + r")(?=[,.;)]| which | that | based )")


def _products_by_use(mentions: list[Mention], body: str) -> set[str]:
    """The "organizations" and "people" the article writes only as a thing someone has: each
    time after "a", "his", "its", ... and before a thing's noun or a model's number ("a Smith
    & Wesson revolver", "its Mac software", "a Boeing 777"), or, an organization, at the end
    of a sentence ("to own a Porsche."). Not parties ("a Democrat.")."""
    kinds: dict[str, str] = {}
    for m in mentions:
        if m.kind != "place":
            kinds.setdefault(m.text, m.kind)
    long = len(body) > LONG_TEXT
    out = set()
    for text, kind in kinds.items():
        ends = "" if kind == "person" else ".;!?"
        # most names: not a thing the first time they are written (in a long text, the
        # first time not inside a word, from its index: a find would read up to it)
        first = _first_start(text, body) if long else body.find(text)
        if (first < 0 or not _used_as_thing(body, first, first + len(text), ends)
                or text.endswith(".") or text.lower().rpartition(" ")[2] in PARTIES):
            continue
        if all(_used_as_thing(body, start, start + len(text), ends)
               for start in _starts_of(text, body)) and (not long or body.find(text) == first):
            out.add(text)  # (and, in a long text, written inside no word before that)
    return out


def _first_start(text: str, body: str) -> int:
    """The first offset of _word_starts (-1 for none), or of a find where it cannot tell."""
    starts = _word_starts(text, body)
    if starts is None:
        return body.find(text)
    return starts[0] if starts else -1


def _priced_items(mentions: list[Mention], body: str, vocabulary: frozenset[str]) -> set[str]:
    """The names the article writes only as items of a price list, each time before a
    dash and a price, with no sentence's end between ("Wagyu Beef - £200", "Chateau Rayas,
    1990 Bottle - £1,200", "Pacific Blue Fin Tuna - £120"): dishes, wines and goods, no
    entity."""
    if (_PRICE_SIGNS.isdisjoint(vocabulary) or _DASHES.isdisjoint(vocabulary)
            or not any(map(body.__contains__, _PRICE_MARKS))):
        return set()  # (most articles hold no price list)
    out = set()
    for text in {m.text for m in mentions}:
        if _some_and_all(_PRICE_AFTER.match(body, start + len(text))
                         for start in _starts_of(text, body)):
            out.add(text)
    return out


def _short_forms_of_things(mentions: list[Mention], body: str) -> set[str]:
    """Short forms in capitals the article declares in brackets after words in lower case
    whose initials they are ("fixed odds betting terminals (FOBT)", "chronic traumatic
    encephalopathy (CTE)", "disability living allowance (DLA)"), or after a law's or an
    event's name ("the Communications Decency Act of 1996 (CDA)", "the Consumer Electronics
    Show (CES)"): a thing's name, no body's."""
    out: set[str] = set()
    short = {m.text for m in mentions
             if 2 <= len(m.text) <= 6 and m.text.isupper() and m.text.isalpha()}
    if not short:
        return out
    brackets: dict[tuple[str, str], int] = {}  # (capitals, "s" or "") -> first "(" (one pass)
    for match in _CAPITALS_IN_BRACKETS.finditer(body):
        brackets.setdefault((match.group(1), match.group(2)), match.start())
    for text in short:
        at = brackets.get((text, ""), brackets.get((text, "s"), -1))
        if at < 0:
            continue
        if _LAW_BEFORE_BRACKET.search(body, max(0, at - 24), at):
            out.add(text)  # "the Communications Decency Act of 1996 (CDA)": a law's
            continue
        event = body[max(0, at - 24):at].rstrip().rpartition(" ")[2]
        if event[:1].isupper() and event.lower() in _EVENT_WORDS:
            out.add(text)  # "the Consumer Electronics Show (CES)": an event's
            continue
        words = [w for w in _WORDS_BEFORE.findall(body, max(0, at - 120), at)
                 if w not in _ACRONYM_GLUE]
        named = words[-len(text):]
        if (len(named) == len(text) and all(w[0].islower() for w in named)
                and "".join(w[0] for w in named) == text.lower()):
            out.add(text)
    return out


_WORDS_BEFORE = regex(r"[^\W\d_][\w'-]*")
# The end of a law's name before its short form in brackets ("Decency Act of 1996 (CDA)").
_LAW_BEFORE_BRACKET = regex(r"\b(?:Act|Bill|Treaty|Convention|Charter|Protocol)(?: of \d{4})?\s$")
_CAPITALS_IN_BRACKETS = regex(r"\(([A-Z]{2,6})(s?)\)")
_ACRONYM_GLUE = frozenset(("of", "and", "for", "the", "on", "in", "to", "a"))
_PRICE_MARKS = ("- £", "- $", "- €", "– £", "– $", "– €")
_PRICE_SIGNS = frozenset("£$€")  # (tokens: the tokenizer writes a sign apart)
_DASHES = frozenset("-–—")
# What may stand between an item and its price: words, commas, a year ("Chateau Rayas, 1990
# Bottle - £1,200"); no sentence's end, and no colon ("In Cameron Parish, Louisiana: -- $3
# million for ...": a list of grants, not of goods).
_PRICE_AFTER = regex(r"[^.!?:£$€\n]{0,40}?\s?[-–—]\s?[£$€]\d")


def _used_as_thing(body: str, start: int, end: int, ends: str) -> bool:
    """Whether the name at ``start:end`` follows an owner's word and comes before a thing's
    noun, a number or one of ``ends``."""
    if start < 2 or body[start - 1] != " ":
        return False
    before = body[max(0, start - 7):start - 1].split()  # the word before, if that short
    if not before or before[-1].lower() not in _OWNER_WORDS:
        return False
    if end < len(body) and body[end] in ends:
        return True
    if end + 1 >= len(body) or body[end] != " ":
        return False
    if body[end + 1].isdigit():
        return True
    after = _NEXT_WORD.match(body, end)
    return after is not None and after.group(1).lower() in PRODUCT_NOUNS


_OWNER_WORDS = frozenset("a an his her their my your our its".split())


def _relatives_named(mentions: list[Mention], body: str, vocabulary: frozenset[str]
                     ) -> set[str]:
    """The one-word "places" and "organizations" the article names right after a
    possessive and a relative ("her mother Cheryl", "his son Kenny", "her daughter,
    Chelsea,"): people, not the places or bodies the tagger took them for (a country stays
    a place)."""
    if RELATIVES.isdisjoint(vocabulary):
        return set()  # (an article with no relative's word: one look-up)
    names = {m.text for m in mentions if m.kind != "person" and " " not in m.text
             and _CAPITALISED_WORD.fullmatch(m.text)
             and "country" not in gazetteer_kinds(m.text.lower())}
    if not names:
        return set()
    find = _starts_at_words if len(body) > LONG_TEXT else _occurrences
    return {text for text in names  # each name's occurrences (a pattern pass costs more)
            if any(_after_relative(text, start, body) for start in find(text, body))}


def _starts_at_words(text: str, body: str) -> Iterable[int]:
    """Every offset where ``text`` is written in ``body`` not inside a word before it,
    overlapping ones too: _word_starts in a long body, else from a scan."""
    starts = _word_starts(text, body)
    if starts is not None:
        return starts
    return [start for start in _occurrences(text, body)
            if not (start and _in_word(body[start - 1]))]


def _after_relative(text: str, start: int, body: str) -> bool:
    """Whether ``text``, written at ``start``, is a whole word right after a possessive and
    a relative, and no second capitalised word follows it ("her mother Cheryl"; not
    "Cheryl Ann"); a space before it, so no word goes on before it."""
    end = start + len(text)
    return (not (end < len(body) and _is_word_char(body[end]))
            and not (body[end:end + 1].isspace() and "A" <= body[end + 1:end + 2] <= "Z")
            and _RELATIVE_BEFORE.search(body, max(0, start - _RELATIVE_REACH), start) is not None)


# (past one word that qualifies the relative: "his paternal grandmother Sakubai", "her late
# husband Tom")
_RELATIVE_BEFORE = regex(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|and)\s(?:[a-z]+\s)?(?:"
                         + alternatives(sorted(RELATIVES)) + r"),?\s\Z")
_RELATIVE_REACH = 40  # characters back from a name that _RELATIVE_BEFORE may start
_CAPITALISED_WORD = regex(r"[A-Z][a-z]+")


def _companies_by_noun(names: set[str], body: str, nouns: Iterable[str]) -> set[str]:
    """The names written right after a lower-case noun only a company, a band or another
    body is called by ("copy protection firm Macrovision", "IT firm Wipro", "rock band
    Franz Ferdinand"): in a short text, each occurrence of the nouns it writes (``nouns``,
    from the tokens of its sentences), a whole word, read for a name right after it and its
    spaces; one pass of a pattern over a long one."""
    by_first = _by_first_letters(names)  # to try few names at each place
    out: set[str] = set()
    if len(body) > LONG_TEXT:
        for match in _AFTER_COMPANY_NOUN.finditer(body):
            run = match.group(1)
            out.update(text for text in by_first.get(run[:3], ())
                       if run.startswith(text)
                       and (len(run) == len(text) or not _in_word(run[len(text)])))
        return out
    size = len(body)
    for noun in sorted(nouns):
        at = body.find(noun)
        while at >= 0:
            end = start = at + len(noun)
            while start < size and body[start].isspace():
                start += 1
            # (the noun whole within 16 characters before the name)
            if start > end and start - at <= 16 and (not at or body[at - 1].isspace()):
                for text in by_first.get(body[start:start + 3], ()):
                    close = start + len(text)
                    if body.startswith(text, start) and not (close < size
                                                             and _in_word(body[close])):
                        out.add(text)
            at = body.find(noun, end)
    return out


def _by_first_letters(names: Iterable[str]) -> dict[str, list[str]]:
    """The names by their first three characters."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[:3], []).append(name)
    return by_first


_AFTER_COMPANY_NOUN = regex(r"(?<![\w-])(?:" + alternatives(sorted(COMPANY_NOUNS))
                            + r")\s([A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})")


def _clubs_by_name(names: set[str], body: str) -> set[str]:
    """The names written right before a club's or a company's word: each name's occurrences
    read in turn (a scan of the body per name, cheap in a short text; callers first look for
    a club's word among the article's tokens)."""
    out: set[str] = set()
    for text in names:
        for start in _found_starts(text, body):
            after = _NEXT_WORD.match(body, start + len(text))
            if after and after.group(1).lower() in CLUB_OR_COMPANY_NOUNS:
                out.add(text)
                break
    return out


def _starts_of(text: str, body: str) -> Iterable[int]:
    """Where ``text`` is written in ``body``, each offset in turn, not inside a word before
    it, and not inside the text's own previous occurrence: from the body's words in a long
    body (_word_starts), where a text that cannot overlap itself meets no such occurrence;
    else with str.find, in C."""
    starts = _word_starts(text, body)
    if starts is not None and not _overlaps_itself(text):
        return starts
    return _found_starts(text, body)


def _found_starts(text: str, body: str):
    """_starts_of with str.find: each occurrence in turn, the next looked for after it."""
    start = body.find(text)
    while start >= 0:
        if not (start and _in_word(body[start - 1])):
            yield start
        start = body.find(text, start + len(text))


def _overlaps_itself(text: str) -> bool:
    """Whether two occurrences of ``text`` can overlap: a part at its end is also its start
    ("Abba" of "Abbabba")."""
    at = text.find(text[:1], 1)
    while at > 0:
        if text.startswith(text[at:]):
            return True
        at = text.find(text[:1], at + 1)
    return False


# The runs of the characters _in_word takes (\w is str.isalnum and "_"): a word not inside
# another opens one of them.
_IN_WORD_RUN = regex(r"[\w'’-]+")


class _RunIndex(NamedTuple):
    """A long body's runs of _in_word characters that open on a letter or a digit: each
    run's offsets, and the runs in order (those a one-run name opens are neighbours)."""
    offsets: dict[str, list[int]]
    runs: list[str]


@lru_cache(maxsize=1)
def _run_index(body: str) -> _RunIndex:
    """The runs of a long body, read once for all the names the passes look for."""
    offsets: dict[str, list[int]] = {}
    for match in _IN_WORD_RUN.finditer(body):
        run = match.group()
        if run[0].isalnum():
            offsets.setdefault(run, []).append(match.start())
    return _RunIndex(offsets, sorted(offsets))


def _word_starts(text: str, body: str) -> list[int] | None:
    """Every offset, in order, where ``text`` is written in a long ``body`` not inside a word
    before it, overlapping ones too: the starts of the body's runs that hold the text's first
    run, read from _run_index rather than from a scan of the body per name (a long text
    names thousands, so those scans grew with its square). None for a short body, and for a
    text that opens on no letter or digit: a scan answers those."""
    if len(body) <= LONG_TEXT or not text[:1].isalnum():
        return None
    index = _run_index(body)
    first = _IN_WORD_RUN.match(text)
    assert first is not None  # (the text opens on a letter or a digit)
    if first.end() < len(text):  # then the body's run there is the text's first run, whole
        return [at for at in index.offsets.get(first.group(), ())
                if body.startswith(text, at)]
    runs = index.runs  # a text of one run: each run it opens ("Obama" of "Obamacare")
    found: list[int] = []
    at = bisect_left(runs, text)
    while at < len(runs) and runs[at].startswith(text):
        found += index.offsets[runs[at]]
        at += 1
    return sorted(found)


def _clubs_by_word(names: set[str], body: str) -> set[str]:
    """The same from the club's and company's words: one pass of a pattern over a long text,
    then each name's starts (_word_starts) against the few places it finds."""
    places = {match.start() for match in _CLUB_WORD.finditer(body)}
    if not places:
        return set()
    return {text for text in names
            if any(start + len(text) in places for start in _starts_at_words(text, body))}


_NEXT_WORD = regex(r"\s([A-Za-z-]+)")
# The words of CLUB_OR_COMPANY_NOUNS as tokens in the cases news writes them ("boss", "Boss",
# "BOSS", "Full-Back")
_CLUB_OR_COMPANY_NOUN_FORMS = frozenset(form for noun in CLUB_OR_COMPANY_NOUNS for form in (
    noun, noun.capitalize(), noun.title(), noun.upper()))


# A word of CLUB_OR_COMPANY_NOUNS, whole, after a space, in any case ("Chelsea Boss").
_CLUB_WORD = regex(r"\s(?i:" + alternatives(sorted(CLUB_OR_COMPANY_NOUNS)) + r")(?![A-Za-z-])")


def _credit_sentences(document: Document, vocabulary: frozenset[str]) -> set[int]:
    """Sentences that credit the reporters ("CNN's Ann Lee and Bo Chu contributed to this
    report.", "Reporting by Ann Lee; Editing by Bo Chu") or the copyright's holder
    ("Copyright 2010 Time Inc."): whom they name made the story, they are not in it.
    ``vocabulary``: every token of the document's sentences."""
    hints = tuple(hint for hint, words in _CREDIT_HINTS if not vocabulary.isdisjoint(words))
    body = document.article.body
    if not hints or not any(map(body.__contains__, hints)):
        return set()  # most articles: a few look-ups and scans in C, none of its sentences
    return {n for n, sentence in enumerate(document.sentences)
            if any(map(sentence.text.__contains__, hints))  # (in C, no generator)
            and _CREDIT.search(sentence.text)}


def _storms(mentions: list[Mention]) -> set[str]:
    """The names of the storms an article tells of ("Hurricane Katrina" makes "katrina"):
    a storm is an event, neither it nor its name alone is an entity."""
    return {words[1] for m in mentions
            if len(words := m.text.lower().split()) == 2 and words[0] in STORMS}


def _place_alone(mention: Mention, named: set[str]) -> Mention:
    """A one-word "person" the gazetteer knows as a country, or as a place and never as a
    name, which no full name of a person in the article holds ("Italy", "Boston"; not
    "Washington" beside Denzel Washington, nor "Paul", "Lincoln" or a region's name that is
    also a surname, "Maldonado"), is that place: one word alone is seldom a person's whole
    name."""
    key = mention.text.lower()
    if mention.kind != "person" or " " in key or key in named:
        return mention
    kinds = gazetteer_kinds(key)
    if "country" in kinds or ("LOC" in kinds and "PER" not in kinds):
        return Mention(mention.text, "place", mention.order)
    return mention


def _without_words_of_places(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a one-word "person" that opens a place the article names in full
    with a place's word ("Street", "Island", "Mount"), and no person's full name, is that
    place's short form ("Ellis" of Ellis Island, "Boylston" of Boylston Street, "Hood" of
    Fort Hood); and one that ends it, or ends a known company's part or product of two
    words, is none ("the Palace" of Buckingham Palace, "Apps" of Google Apps). (Only such
    places: the tagger may call "Bruce Springsteen" one.)"""
    heads, tails = set(), set()
    for m in mentions:
        if m.kind == "place" and _place_word_ends(m.text):
            first, _, rest = m.text.partition(" ")
            tails.add(rest.rpartition(" ")[2])
            heads.add(rest if first.lower() in PLACE_HEADS else first)
        elif m.kind == "organization" and m.text.count(" ") == 1 \
                and m.text.partition(" ")[0].lower() in _KNOWN_COMPANY_WORDS:
            tails.add(m.text.partition(" ")[2])  # "Apps" of "Google Apps"
    if not heads and not tails:
        return mentions
    named = _full_name_words(mentions)  # (the kinds have changed since extract_entities')
    out = []
    for m in mentions:
        if m.kind == "person" and m.text.lower() not in named:
            if m.text in heads:
                m = Mention(m.text, "place", m.order)
            elif m.text in tails:
                continue
        out.append(m)
    return out


def _place_word_ends(text: str) -> bool:
    """Whether a name of several words ends or opens with a place's word ("Ellis Island",
    "Mount Sinjar")."""
    first, _, rest = text.lower().partition(" ")
    last = rest.rpartition(" ")[2]
    return bool(rest) and (last in PLACE_TAILS or last in PERSON_PLACE_TAILS
                           or first in PLACE_HEADS)


def _places_by_their_words(mentions: list[Mention], sentences) -> set[str]:
    """The "people" of two or three words that are places: "Upper", "Lower" or "Greater"
    first, which open no one's name ("Upper Dir", "Lower Dir"); or a place's word last
    that surnames end with too (_SURNAME_PLACE_TAILS), after no given name nor a word the
    gazetteer knows as a name, written where a place stands ("to Pearce Ferry", "down
    Knocker Hill Lane"; not "Nathan Lane", "Bryan Ferry", nor where the last word is
    written alone as a person: "Lane said")."""
    found = set()
    alone = {m.text.lower() for m in mentions if m.kind == "person" and " " not in m.text}
    for m in mentions:
        if m.kind != "person" or not 1 <= m.text.count(" ") <= 2 or m.text in found:
            continue
        first, *_, last = m.text.lower().split()
        if first in _PLACE_OPENERS or (
                last in _SURNAME_PLACE_TAILS and last not in alone and not _given(first)
                and _written_after(_ROUTE_WORD_BEFORE, m, sentences, 12) is not None):
            found.add(m.text)
    return found


def _people_written_as_towns(mentions: list[Mention], sentences) -> set[str]:
    """The one-word "people" written twice at least where a town stands, and never the
    surname of a full name the article gives: a town the tagger took for a surname it knows
    ("protests in Ferguson", "the city of Ferguson", "Ferguson Mayor James Knowles", "shot in
    Jackson"). Where a town stands: after "in", "near", "outside", "city of" or "town of"
    (not as an owner: "in Giffords' skull"), or before "Mayor" or "police". Not a god
    ("faith in God")."""
    people = {m.text for m in mentions if m.kind == "person" and " " not in m.text}
    if not people:
        return set()
    written: Counter[str] = Counter()
    for m in mentions:  # (as the tagger read each: "in Ferguson" is a person or a place)
        if m.text in people:
            text, start = sentences[m.order[0]].text, m.order[1]
            end = start + len(m.text)
            if (text.endswith(_TOWN_BEFORE, max(0, start - _TOWN_BEFORE_CHARS), start)
                    and text[end:end + 1] not in "'’") or text.startswith(_TOWN_AFTER, end):
                written[m.text] += 1
    towns = {text for text, count in written.items() if count >= 2 and text not in _GODS}
    if not towns:
        return set()  # (most articles: none)
    return towns - {m.text.rpartition(" ")[2] for m in mentions
                    if m.kind == "person" and " " in m.text}


_GODS = frozenset(("God", "Allah", "Jesus", "Christ", "Buddha"))
_TOWN_BEFORE = (" in ", " near ", " outside ", " city of ", " town of ")
_TOWN_BEFORE_CHARS = max(map(len, _TOWN_BEFORE))
_TOWN_AFTER = (" Mayor ", " mayor ", " police ")


def _districts_of_places(mentions: list[Mention], sentences) -> set[str]:
    """The one-word "people" written right after a known town's or region's name and "'s"
    ("London's Mayfair", "New York's Harlem"): a part of it, where no full name of a person
    holds the word, it opens no one's name and is no title, and no company's or shop's noun
    follows it ("California's Maxis studio", "Seattle's Canlis restaurant"). Not after a
    country ("England's Rooney", "Britain's Duke": a player, a royal)."""
    named: set[str] | None = None
    places: dict[tuple[int, int], str] = {}
    found = set()
    for m in mentions:
        if m.kind != "person" or " " in m.text:
            continue
        sentence, start = m.order
        text = sentences[sentence].text
        if not text.endswith(("'s ", "’s "), 0, start):
            continue  # (most names: no owner before them)
        if named is None:
            named = _full_name_words(mentions)
            places = {m.order: m.text for m in mentions if m.kind == "place"}
        if m.text.lower() in named:
            continue
        before = text[max(0, start - 40):start]
        owner = _OWNER_BEFORE.search(before)
        if owner is None:
            continue
        place = places.get((sentence, start - len(before) + owner.start()))
        if (place is not None and place == owner.group(1) and known_place(place.lower())
                and not _country(place.lower()) and not given_name(m.text.lower())
                and m.text.lower() not in TITLE_AND_RELATION_WORDS
                and m.text.lower() not in _PEERAGE
                and not _BUSINESS_AFTER.match(text, start + len(m.text))):
            found.add(m.text)
    return found


_BUSINESS_AFTER = regex(r" (?:" + alternatives(sorted(COMPANY_NOUNS)) + r"|restaurant"
                        r"|studio|studios|shop|store|bar|cafe|club|brand)\b")
_OWNER_BEFORE = regex(r"((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)['’]s\s$")


def _without_adjectives_of_places(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the one-word "places" that are the adjective of a name the
    article writes ("the Saharan desert" beside "the Sahara", "Andean" beside "the Andes"):
    the name and "n", or the name without "s" and "an"; not a place the gazetteer
    knows itself."""
    names = {m.text for m in mentions if " " not in m.text}
    adjectives = {m.text for m in mentions
                  if m.kind == "place" and m.text.endswith("n") and len(m.text) > 4
                  and (m.text[:-1] in names or m.text[:-2] + "s" in names)
                  and not known_place(m.text.lower())}
    if not adjectives:
        return mentions
    return [m for m in mentions if not (m.kind == "place" and m.text in adjectives)]


def _without_common_words_opening_labels(mentions: list[Mention], sentences) -> list[Mention]:
    """``mentions`` without the one-word "places" that are a common word too ("Nice",
    "Reading"), written only to open a caption's label of lower-case words ("Nice moves:
    ...", "Reading glasses: ...")."""
    doubtful = {m.text for m in mentions if m.kind == "place" and " " not in m.text
                and seen_lower(m.text.lower())}
    if not doubtful:
        return mentions  # (most articles)
    placed = {m.text for m in mentions
              if m.text in doubtful and not _opens_caption_label(m, sentences)}
    gone = doubtful - placed
    return [m for m in mentions if m.text not in gone] if gone else mentions


def _opens_caption_label(mention: Mention, sentences) -> bool:
    """Whether a mention opens its sentence and one or two lower-case words and a colon
    follow it."""
    sentence, start = mention.order
    text = sentences[sentence].text
    return (not text[:start].strip()
            and _LABEL_AFTER.match(text, start + len(mention.text)) is not None)


_LABEL_AFTER = regex(r"(?: [a-z][a-z'’-]*){1,2}:")


def _people_beside_people(mentions: list[Mention], sentences) -> set[str]:
    """The one-word "places" the gazetteer knows as no place, joined by "and" to a one-word
    person's name that is a given name ("Edward and Bella", "Leonard and Sheldon"): two
    people named by their given names (not "Hreitan and Manbij", where the tagger took a
    town for a person)."""
    found = set()
    for a, b in zip(mentions, mentions[1:], strict=False):
        if (a.order[0] == b.order[0] and " " not in a.text and " " not in b.text
                and {a.kind, b.kind} == {"place", "person"}
                and sentences[a.order[0]].text[a.order[1] + len(a.text):b.order[1]] == " and "):
            place, person = (a.text, b.text) if a.kind == "place" else (b.text, a.text)
            if not known_place(place.lower()) and _given(person):
                found.add(place)
    return found


def _countries_before_surnames(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a "place" of two words, a country and a word of a person's full
    name the article gives, is the country alone: a flattened copy glued a sentence's last
    word to the surname opening the next ("... in Afghanistan Alizada said ..."). Not a
    country that is a given name too ("Israel Lugo", "Chad Myers")."""
    named: set[str] | None = None
    out = mentions
    for i, m in enumerate(mentions):
        if m.kind == "place" and m.text.count(" ") == 1:
            first, second = m.text.lower().split()
            if named is None and _country(first):
                named = _full_name_words(mentions)
            if (named is not None and second in named and _country(first) and not _given(first)
                    and not known_place(m.text.lower())):
                if out is mentions:
                    out = list(mentions)
                out[i] = Mention(m.text.partition(" ")[0], "place", m.order)
    return out


def _given_name(word: str) -> bool:
    """Whether a capitalised word is a given name the lexicon (GIVEN_NAME_GENDER) or the
    gazetteer (_given) knows."""
    return word.lower() in GIVEN_NAME_GENDER or _given(word)


def _given(word: str) -> bool:
    """Whether a capitalised word is a given name: one that opens people's names in the
    gazetteer, or one it knows as a person's name."""
    return given_name(word.lower()) or _known_person(word.lower())


_PLACE_OPENERS = frozenset(("upper", "lower", "greater"))
_SURNAME_PLACE_TAILS = frozenset(("ferry", "lane", "hill", "crossing", "landing"))
_PLACE_NAME_WORDS = frozenset(w.title() for w in _PLACE_OPENERS | _SURNAME_PLACE_TAILS)
_ROUTE_WORD_BEFORE = regex(r"\b(?i:in|near|at|from|to|into|down|up|along|off|via)\s$")


def _places_of_several_names(sentences, mentions: list[Mention], body: str,
                             vocabulary: frozenset[str]
                             ) -> list[Mention]:
    """``mentions`` where a place named by two names joined by "and" is one place, where
    it is a seat ("the by-election in Heywood and Middleton", "MP for Brigg and Goole",
    "the Ross and Cromarty constituency"), not two; a name's owner before a place's word
    is the place ("Lee's Ferry", where the tagger reads a name "Lee"); a province is
    named with its word ("North West Frontier Province", where the tagger stops before it),
    and so are a police station and an airport, where news writes the word in lower case
    ("Dirandro police station", "Lima airport": where the story happens; not "a U.S.
    airport"); and "sub-Saharan Africa" is named whole (the tagger leaves out words after a
    lower-case prefix)."""
    joined = [Mention(f"{a.text}{between}{b.text}", "place", a.order)
              for a, b in zip(mentions, mentions[1:], strict=False)
              if a.kind == b.kind == "place" and a.order[0] == b.order[0]
              and (between := sentences[a.order[0]].text[a.order[1] + len(a.text):b.order[1]])
              in (" and ", " & ") and _seat_named(a, b, sentences)
              ] if not _SEAT_WORDS.isdisjoint(vocabulary) else []  # (most articles: no seat)
    if not _OWNERS_PLACE_WORDS.isdisjoint(vocabulary):  # (most articles name none)
        joined += [Mention(match.group(), "place", m.order) for m in mentions
                   if " " not in m.text
                   and (match := _OWNERS_PLACE.match(sentences[m.order[0]].text, m.order[1]))]
    if not _PLACE_AFTER_WORDS.isdisjoint(vocabulary):
        joined += [Mention(m.text + match.group(), "place", m.order) for m in mentions
                   if m.kind == "place" and (match := _PLACE_WORD_AFTER.match(
                       sentences[m.order[0]].text, m.order[1] + len(m.text)))
                   and not (match.group().islower() and _country(m.text.lower()))]
    if "sub-Saharan" in body:
        joined += [Mention(match.group(), "place", (s, match.start()))
                   for s, sentence in enumerate(sentences)
                   for match in _SUB_SAHARAN.finditer(sentence.text)]
    return _replaced(mentions, joined) if joined else mentions


def _seat_named(first: Mention, second: Mention, sentences) -> bool:
    """Whether two places joined by "and" name an electoral seat: "by-election in", "MP
    for", "seat of" or the like before them, or "constituency", "by-election" or "seat"
    after them."""
    text = sentences[first.order[0]].text
    return (_written_after(_SEAT_BEFORE, first, sentences, 20) is not None
            or _SEAT_AFTER.match(text, second.order[1] + len(second.text)) is not None)


_SEAT_BEFORE = regex(r"\b(?:by-?election|MP|MPs|constituency|seat|candidate|member)"
                     r"\s(?:in|for|of)\s(?:the\s)?$")
_SEAT_AFTER = regex(r"\s(?:constituency|by-?election|seat)\b")
_SEAT_WORDS = frozenset("""by-election byelection election MP MPs constituency seat candidate
member""".split())
_OWNERS_PLACE = regex(r"[A-Z][a-z]+['’]s\s(?:Ferry|Creek|Island|Vineyard|Landing|Point|Cross"
                      r"|Crossing)(?![\w'’-]| [A-Z]| of\b)")
_PLACE_WORD_AFTER = regex(r" (?:Province|Prefecture|police station|airport)(?![\w'’-]| [A-Z])")
_OWNERS_PLACE_WORDS = frozenset("Ferry Creek Island Vineyard Landing Point Cross Crossing".split())
_PLACE_AFTER_WORDS = frozenset(("Province", "Prefecture", "station", "airport"))
_SUB_SAHARAN = regex(r"\bsub-Saharan\sAfrica\b")


def _common_word_alone(mention: Mention, named: set[str], body: str, times: int) -> bool:
    """A one-word "person" that is a common word, and no full name of the article holds
    it ("Straw" of "Jack Straw" stays): one Punkt's English corpus writes only in lower case
    inside sentences ("Mom", "Details", "Tuberculosis"), or one it writes in lower case too
    that this article also writes so ("Hope" beside "hope", "Life" beside "life") or names
    only once (``times``: "Sheriff", "Morale", "Jeep"; not "Mr Brown"). A one-name singer
    ("Usher") is lost, and so is a "Rose" named once."""
    key = mention.text.lower()
    if mention.kind != "person" or " " in key or key in named or key in _KNOWN_WORDS:
        return False  # (a known body is one: "Parliament", "Apple")
    if usually_lower(key):
        return True
    if not seen_lower(key):
        return False
    if times == 1:  # (not "Mr Brown": the honorific makes a person of one word)
        return not _after_honorific(mention.text, body)
    return _written_lower(key, body)


def _after_honorific(text: str, body: str) -> bool:
    """Whether ``body`` writes ``text`` right after an honorific and a space ("Mr Brown"):
    read before the text's starts (a space before it, so no word goes on before it), from
    _word_starts in a long body, else each occurrence in turn (str.find), not in a scan of
    the body per honorific form (32 of them)."""
    words = _word_starts(text, body)
    starts: Iterable[int] = _occurrences(text, body) if words is None else words
    return any(body[start - 1:start] == " " and body[max(0, start - 1 - size):start - 1]
               in _HONORIFIC_FORMS for start in starts for size in _HONORIFIC_SIZES)


def _common_word_place(mention: Mention, body: str) -> bool:
    """A one-word "place" that is a word Punkt's English corpus also writes in lower case,
    which the gazetteer knows as no place ("Office", "Picture", "Autumn", "Fame" of "Hall of
    Fame", "Rings" of a film's title): a fragment or a common word, not a place; unless the
    article writes it before a comma and a capitalised word, as an address ("Troy, N.Y.")."""
    text = mention.text
    if mention.kind != "place" or " " in text or not text.isalpha():
        return False
    key = text.lower()
    if (not seen_lower(key) or known_place(key) or key in PLACES_THAT_ARE_WORDS
            or key in _KNOWN_WORDS):
        return False  # (a known body: "in Parliament")
    after = len(text) + 2  # (text, comma, space)
    return not any(body[start + after:start + after + 1].isupper()
                   for start in _occurrences(text + ", ", body))


def _common_word_organization(mention: Mention, body: str) -> bool:
    """A one-word "organization" that is a word Punkt's English corpus writes only in lower
    case inside sentences ("Explosives" of "Bureau of Alcohol, Tobacco, Firearms and
    Explosives", "Holocaust", "Furious", "Formula" of "Formula One"), or one it writes in
    lower case too that this article also writes so ("Justice" beside "justice", "Public"
    beside "public"): a fragment of a longer name, a title's word or a common noun, not a
    body; unless it is a body news knows (BODIES_THAT_ARE_WORDS, the legislatures), or the
    article writes it before a noun only a body or a club is called by ("Billboard
    magazine", "Hull striker"), or it is an acronym ("AU")."""
    text = mention.text
    if (mention.kind != "organization" or " " in text or not text.isalpha()
            or text.isupper()):  # (an acronym: "AU", "CREW")
        return False
    key = text.lower()
    if key in _KNOWN_WORDS or key in BODIES_THAT_ARE_WORDS or key in LEGISLATURES:
        return False  # ("the House", "Congress")
    if not usually_lower(key) and not (seen_lower(key) and _written_lower(key, body)):
        return False
    return not any((after := _NEXT_WORD.match(body, start + len(text))) is not None
                   and after.group(1).lower() in _BODY_NOUNS_AFTER
                   for start in _occurrences(text, body))


# Nouns only a body or a club is called by, written after its name ("Billboard magazine",
# "Hull striker", "Nature journal", "the Today programme").
_BODY_NOUNS_AFTER = COMPANY_NOUNS | CLUB_OR_COMPANY_NOUNS | frozenset(("journal", "programme"))


def _written_lower(word: str, body: str) -> bool:
    """Whether ``body`` holds ``word`` (lower case) as a word of its own (not inside
    "half-life" or "hopeful"); a scan with str.find, as a pattern per word would be compiled
    for each article's words."""
    return any(not (start and _in_word(body[start - 1]))
               and not (start + len(word) < len(body) and _in_word(body[start + len(word)]))
               for start in _occurrences(word, body))


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def _known_kind(mention: Mention) -> Mention | None:
    """None for a product or an event, else the mention with the kind news gives its name
    (_known_form, kept across documents: a name's text and kind decide it, and news names
    the same people, bodies and places story after story)."""
    form = mention[:2]
    known = _KNOWN_FORMS.recent.get(form, _UNKNOWN)  # (the usual case, without a call)
    if known is _UNKNOWN:
        known = _KNOWN_FORMS(form)
    if known is None:
        return None
    return mention if known == form else Mention(known[0], known[1], mention.order)


_UNKNOWN = ("", "")  # a form _KNOWN_FORMS does not hold yet (no name is empty)


def _known_form(form: tuple[str, str]) -> tuple[str, str] | None:
    """The (text, kind) of a name (a mention's first two fields), or None: None for
    products ("Apple iPhone", a name ending in a thing's noun: "BACtrack Mobile
    Breathalyser") and events; the name with the kind news gives it, for the names
    the tagger cannot know, for a "person" or "organization" whose last word says it is a
    place ("Davies Creek", "Los Angeles International Airport", "Grand Canyon"), for a
    "place" whose last word names an institution ("Grady Hospital", "San Francisco
    Chronicle"), and for a "person" whose first words do ("Mount Sinjar", "Greater
    Manchester"; not the organization "Gulf Cooperation Council"). A "person" whose last
    word says it is an organization is one ("Muslim Brotherhood", "Wildlife Fund", "Wharton
    School", "Paws Incorporated", "Parent Herald"), and so is a team named for its city
    ("Denver Broncos")."""
    text, kind = form
    key = text.lower()
    last = key.rpartition(" ")[2]
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    if (key.replace("-", "") in PRODUCTS or key in EVENTS or last in EVENT_TAILS
            or key in LANGUAGES_AND_FAITHS or key in DOCUMENTS_AND_HONOURS
            or (last in EVENT_NAME_TAILS and " " in key) or _product_line(key)
            or (last in _PRODUCT_TAILS and " " in key and kind != "place")):
        return None  # an iPhone, the Super Bowl, the Boston Marathon, Mandarin, the
        # First Amendment, the Quran, the Emergency Room: no entity
    if (key in ORGANIZATIONS or key in PARTIES or key in TEAMS
            or " " in key and last in _TEAM_WORDS) and kind != "organization":
        return (text, "organization")  # ("Denver Broncos")
    if kind != "person" and key.partition(" ")[0] in _PEERAGE \
            and key.split(" ", 2)[1:2] == ["of"] and text.split(" ", 3)[2][:1].isupper():
        return (text, "person")  # "the Duchess of Cambridge"
    if kind == "person" and (key.partition(" ")[0] in _KNOWN_COMPANY_WORDS
                             or key.startswith(("radio ", "channel "))):
        return (text, "organization")  # "Nintendo Europe"
    if key in ORGANIZATION_TAILS or kind == "person" and key in _UNIT_AND_SCHEME_TAILS:
        return None  # "School", "the Brotherhood's", "Institute" alone: the tail of a name
    if (kind == "organization" and last in ("tv", "television") and key.count(" ") == 1
            and _country(key.partition(" ")[0])):  # "US TV networks": the country's, no body
        return (text.partition(" ")[0], "place")
    if (kind == "place" and " " in key
            and (key.rpartition(" ")[2] in PLACE_NAMED_INSTITUTIONS
                 or key.endswith(" city") and gazetteer_kinds(key) == "ORG")):
        return (text, "organization")  # "Grady Hospital", "Manchester City" (the club the
        # gazetteer knows, only so; not "West Bromwich", a town the tagger's data named
        # for its club)
    if kind != "place" and " " in key:
        first, *_, last = key.split()
        if last in PLACE_TAILS or kind == "person" and (
                last in PERSON_PLACE_TAILS or first in PLACE_HEADS) or (
                first in PLACE_QUALIFIERS and (known_place(key.partition(" ")[2])
                                               or key.partition(" ")[2] == "front")):
            return (text, "place")  # (a war's "Western Front")
        if (kind == "organization" and last in ORGANIZATION_PLACE_TAILS
                and key.count(" ") <= 2 and " of " not in key and key not in ORGANIZATIONS
                and not (key.count(" ") == 2 and usually_lower(first))):  # "Occupy Wall Street"
            return (text, "place")
        if (last in (VENUE_TAILS if kind == "person" else ORGANIZATION_VENUE_TAILS)
                and not _given(first)):
            return (text, "place")  # "Eiffel Tower"
        if kind == "person" and (last in ORGANIZATION_TAILS or last in COMPANY_TAILS
                                 or last in PERSON_ORGANIZATION_TAILS
                                 or last in _UNIT_AND_SCHEME_TAILS or _team(key)
                                 or gazetteer_kinds(key) == "ORG"):
            return (text, "organization")  # ("Aston Villa": the gazetteer's, only so)
        if kind == "organization" and _person_by_given_name(text, first, last):
            return (text, "person")
    elif kind == "place" and key.count(" ") == 1:
        first, last = key.split()
        if (not seen_lower(last) and first not in PLACE_QUALIFIERS and first not in _SAINTS
                and last not in PLACE_TAILS and not known_place(key)
                and _person_by_given_name(text, first, last)):
            return (text, "person")  # "Guy Ritchie", "Mo
            # Farah"; not "Marco Island", "Grant Park" (a common word last), "Santa Clarita"
    return form


# (text, kind) -> _known_form's answer, kept across the documents of a batch
_KNOWN_FORMS: GenerationCache[tuple[str, str], tuple[str, str] | None] = GenerationCache(
    _known_form, 20_000)


# Things' nouns that end a product's name ("BACtrack Mobile Breathalyser", "Nvidia Ultra
# Android Tablet"); not those that end bodies' names too ("Human Rights Watch", "Sybari
# Software", "What Car") or places' ("Rust Belt", "Lake Van"). A room's name is no body's
# either ("the Emergency Room", "the Situation Room"; a "place" stays one: "the East Room").
_PRODUCT_TAILS = PRODUCT_NOUNS - frozenset("""watch software car cars aircraft van belt terminal
terminals jet engine""".split()) | frozenset(("room", "rooms"))


# Last words of the names of units, departments and schemes, which no surname ends with
# ("Royal Regiment", "Police Departments", "Community Prisoner Mother Program", "Trevor
# Project", "McNeil Consumer Healthcare"): a "person" so named is an organization. (Read
# here only, not by the tagger's rules, as PERSON_ORGANIZATION_TAILS is.)
_UNIT_AND_SCHEME_TAILS = frozenset("""program programme project regiment department departments
healthcare""".split())


def _person_by_given_name(text: str, first: str, last: str) -> bool:
    """Whether an "organization" of two or three capitalised words is a person's name: its
    first word is a given name ("Bill Gates", "Vince Cable"), no word is one news writes in
    lower case, the last word is no body's ("Royal Opera House", "Sunday Times", "Art
    Institutes"), the first no article ("El Mundo", "Abu Ghraib", "Les Choristes"), and
    nothing in it says organization or place (not "Morgan Stanley Bank", "Lincoln Center")."""
    words = text.lower().split()
    return (len(words) <= 3 and given_name(first) and text.istitle()
            and not any(word in _ORGANIZATION_WORDS or usually_lower(word) for word in words)
            and last not in NOT_PERSON_TAILS and first not in ARABIC_NAME_PREFIXES
            and first not in _NOT_GIVEN and not known_place(first) and "&" not in text)


_SAINTS = frozenset(("santa", "san", "saint", "sainte", "st", "st."))  # "Santa Monica"
_NOT_GIVEN = WEEKDAY_NAMES | {"les", "royal", "king"}  # "Sunday Times", "Royal Marines"


_ORGANIZATION_WORDS = (INSTITUTION_TAILS | COMPANY_TAILS | PERSON_ORGANIZATION_TAILS
                       | PLACE_TAILS | PERSON_PLACE_TAILS | _KNOWN_WORDS)


def _country(key: str) -> bool:
    """Whether a word (lower case) names a country: one the gazetteer knows, or the short
    forms of the US and the UK."""
    return key in _COUNTRY_SHORT_FORMS or "country" in gazetteer_kinds(key)


_COUNTRY_SHORT_FORMS = frozenset(("us", "u.s.", "uk", "u.k.", "usa", "u.s.a."))


def _product_line(key: str) -> bool:
    """Whether a name of several words (lower case) is a product's: it opens with a product
    line ("PlayStation Portable", "Xbox Live", "X-Box 360"), a known company's name comes
    before one ("Microsoft Xbox"; not "LA Galaxy", a club) or before a thing's noun alone
    ("Apple Watch"; not "Sony Music"), or a car maker's before a model or a model number
    ("Ford Mondeo", "Pontiac G6"; not "BMW Sauber", a team)."""
    if " " not in key:
        return False
    first, _, rest = key.partition(" ")
    if first.replace("-", "") in PRODUCTS:
        return True
    if first in CAR_MAKES:
        model = rest.partition(" ")[0]
        if model in CAR_MODELS or any(map(str.isdigit, model)):
            return True
    return first in _KNOWN_COMPANY_WORDS and (rest.partition(" ")[0] in PRODUCTS
                                              or rest in PRODUCT_NOUNS)  # ("Apple Watch")


def _team(key: str) -> bool:
    """Whether a "person" (lower case) is a team named for its city: a place the gazetteer
    knows and not as a name, then a plural that is no surname ("denver broncos", "los
    angeles lakers"; not "jackson williams", "clare higgins")."""
    place, _, last = key.rpartition(" ")
    if not last.endswith("s") or last.endswith("ss") or not known_place(place):
        return False
    if given_name(place):
        return False  # "Mary Peters", "Al Tompkins"
    return ("PER" not in gazetteer_kinds(place) and "PER" not in gazetteer_kinds(last)
            and "LOC" not in gazetteer_kinds(last) and not usually_lower(place)
            and (seen_lower(last) or not seen_upper(last)))




_DEMONYM_TAILS = (*DEMONYM_ENDINGS, "an")  # what _people_of_a_place may take off


def _people_of_a_place(key: str, named: set[str]) -> bool:
    """Whether ``key`` (lower case) names the people of a place the gazetteer knows: the
    place with a demonym's ending ("londoners", "new yorker", "californians", "ugandan").
    Not a place itself ("milan"), nor a word of a full name the article gives ("Abian" of
    "Abian Sacks": "abia" is a place)."""
    if not key.endswith(_DEMONYM_TAILS):
        return False  # (most names: one test in C)
    stems = [key[:-len(ending)] for ending in DEMONYM_ENDINGS
             if key.endswith(ending) and len(key) > len(ending) + 3]
    if key.endswith("an") and len(key) > 5:
        stems.append(key[:-1])  # "ugandan" -> "uganda"
    if not stems or key in named or known_place(key):
        return False
    return any(map(known_place, stems))




class _Span(NamedTuple):  # a tuple, as Mention: made for every name the tagger finds
    """A name in one sentence, as the entity pass mends it: its tokens and characters."""
    sentence: int  # index of the sentence in the document
    first: int  # its first token in the sentence
    last: int  # its last token
    kind: str  # PER | ORG | LOC
    start: int  # its characters in the sentence: text[start:end]
    end: int


class _Tagged(NamedTuple):
    """One sentence of a tagged batch, with what the passes over its spans need."""
    sentence: int  # index of the sentence in the document
    in_batch: int  # index of the sentence in its batch (the key of ``people``)
    words: list[str]
    starts: list[int]  # character offset of each word
    common: frozenset[str]  # words far more often lower-case than capitalised (the model)
    people: dict[tuple[int, int], int]  # (in_batch, first) -> last of the batch's PER spans


# Both records are made by tuple.__new__, not by the NamedTuple's own __new__ (a Python
# call): the pass makes one for each name found and each sentence holding one, and that call
# was a third of what the records cost (~0.4% of key facts' instructions).
_new_span = partial(tuple.__new__, _Span)
_new_tagged = partial(tuple.__new__, _Tagged)


def find_mentions(document: Document) -> list[Mention]:
    """Every PER, ORG and LOC span the tagger finds, in reading order."""
    return _mentions_and_words(document)[0]


def _mentions_and_words(document: Document) -> tuple[list[Mention], frozenset[str]]:
    """find_mentions's mentions, and every word (token) the document writes: the later
    passes ask it whether the article holds a word at all ("Battalion", "HMS", "daughter")
    in one set look-up each, not in a scan of the body each (~2 µs a scan, ~50 scans)."""
    sentences = document.sentences
    batches = _batches(sentences)
    tokens = _Tokens(sentences, keep=len(batches) == 1)
    found, surnames, vocabulary = _tagged_spans(batches, tokens)
    body = document.article.body
    _add_missed(found, batches, tokens, surnames, vocabulary,
                _holds_station_tail(body))  # (most articles: none)
    return _in_reading_order(found, sentences), vocabulary


def _tagged_spans(batches: list[range], tokens: _Tokens
                  ) -> tuple[list[_Span], set[str], frozenset[str]]:
    """The tagger's spans, each mended (_add_tagged), the surnames of the people found, and
    every word of the batches."""
    several = len(batches) > 1
    words_seen: set[str] = set()  # (several batches: their words, gathered batch by batch)
    if several:
        lowered = frozenset().union(*(lowered_words(tokens.get(b)[0]) for b in batches))
    else:  # one batch: all its words, which the tagger looks its lower-case words up in
        lowered = frozenset(chain.from_iterable(tokens.get(batches[0])[0]))
    common = load_model().common_lower
    found: list[_Span] = []
    surnames: set[str] = set()
    for batch in batches:
        words, starts = tokens.get(batch)
        if several:
            words_seen.update(chain.from_iterable(words))
        spans = entity_spans(words, lowered)
        people = {(s, first): last for s, first, last, kind in spans if kind == "PER"}
        titled = None  # the words written after "Mr", "Mrs", "Dr" in the batch
        tagged = None
        for s, first, last, kind in spans:
            if kind == "MISC" and last == first + 1:
                if titled is None:
                    titled = _titled_words(words)
                if _person_tagged_misc(words[s][first], words[s][last], titled):
                    kind = "PER"  # "MP's wife Karen Danczuk", then "Mrs Danczuk said"
            elif kind == "MISC" and _person_after_nationality(words[s], first, last, common):
                first, kind = first + 1, "PER"  # "Norwegian Magnus Carlsen won"
            if kind in KINDS:
                if tagged is None or tagged.in_batch != s:
                    tagged = _new_tagged((batch.start + s, s, words[s], starts[s], common, people))
                _add_tagged(found, surnames, tagged, first, last, kind)
    return found, surnames, frozenset(words_seen) if several else lowered


def _titled_words(words: list[list[str]]) -> set[str]:
    """The words written right after an honorific ("Danczuk" of "Mrs Danczuk")."""
    return {sentence[i + 1] for sentence in words
            if not _HONORIFIC_FORMS.isdisjoint(sentence)  # (most sentences: one C pass)
            for i in range(len(sentence) - 1) if sentence[i] in _HONORIFIC_FORMS}


def _person_tagged_misc(given: str, surname: str, titled: set[str]) -> bool:
    """Whether two words the tagger called MISC are a person's name: a given name the
    gazetteer holds, then a word the article writes after an honorific elsewhere ("Karen
    Danczuk", then "Mrs Danczuk"; not "Christian Democrats")."""
    return (surname in titled and given[:1].isupper() and given[1:].islower()
            and given_name(given.lower()))


def _person_after_nationality(words: list[str], first: int, last: int,
                              common: frozenset[str]) -> bool:
    """Whether a span the tagger called MISC is a nationality, then a person's name it ran
    on into ("Norwegian Magnus Carlsen", "Dutchman Max Verstappen"): two or three
    capitalised words after it, none a word the tagger's training data writes in lower
    case and the name none the gazetteer holds as anything but a person; one word only
    where the gazetteer holds it as a person's. Not "German Shepherd", "Australian Open
    Championships", "British Airways", nor a name before a company's noun ("the Dutch
    Algemeen Dagblad newspaper")."""
    if not (last - first <= 3 and _nationality_before_name(words, first, last)):
        return False
    rest = words[first + 1:last + 1]
    after = words[last + 1:last + 3]
    if (any(word.lower() in common for word in rest) or (after and after[0] in COMPANY_NOUNS)
            or (len(after) == 2 and after[0] == "," and known_place(after[1].lower()))):
        return False  # not "the Dutch Algemeen Dagblad newspaper", "Finnish Lapland
        # Kangerlussuaq, Greenland" (a caption run on into the next)
    kinds = gazetteer_kinds(" ".join(rest).lower())
    if last - first == 1:
        return kinds == "PER"
    return not kinds or kinds == "PER"


def _nationality_before_name(words: list[str], first: int, last: int) -> bool:
    """Whether the span ``first``-``last`` is a nationality, then capitalised words none of
    which English writes in lower case or is a nationality too ("Iraqi Kurdish Peshmerga")
    (see _person_after_nationality)."""
    return (last > first and words[first].lower() in NATIONALITIES
            and not known_place(words[first + 1].lower())  # ("Finnish Lapland Kangerlussuaq")
            and all(_name_word(word) and word.lower() not in NATIONALITIES
                    for word in words[first + 1:last + 1]))


def _add_tagged(found: list[_Span], surnames: set[str], tagged: _Tagged, first: int,
                last: int, kind: str) -> None:
    """Add the span ``first``-``last`` of kind ``kind`` the tagger found, mended: its
    start and kind from the words around it (_mended), the names before it that it takes
    in (_take_in_previous), a party and its member apart (_split_at_title), a site whole."""
    previous = found[-1] if found and found[-1].sentence == tagged.sentence else None
    if previous is not None and previous.last >= last:
        return  # inside an organization named over "and" ("Human Services")
    mended = _mended(tagged, first, last, kind, previous)
    if mended is None:
        return
    first, last, kind = mended
    if previous is not None:  # else there is nothing before it in the sentence to take in
        first = _take_in_previous(found, tagged, first, kind)
    words, starts = tagged.words, tagged.starts
    if first > 0 and words[first - 1].rstrip(".").lower() in HONORIFICS:
        kind = "PER"  # "Mr Evans" is a person whatever the tagger thought
    elif (last == first + 1 and words[first] in PEERS and words[last][:1].isupper()
          and words[last].lower() not in NAME_TITLES):  # (not "Lord Justice", "Lord Mayor")
        kind = "PER"  # "Lord Carlile", "Baroness Warsi"; the tagger learnt no peers
    if (kind == "PER" and last + 1 < len(words) and "-" in words[last + 1]
            and _arabic_surname(words[last + 1])):
        last += 1  # "Abu Bakr" + "al-Baghdadi": the tagger ends a name at a lower case
    if kind in ("PER", "ORG") and last > first and words[last] in _TITLES_AFTER_NAMES:
        last -= 1  # "Frank Field MP" is Frank Field; "Tory MPs" are the party's members
        if all(word.lower() in PARTIES for word in words[first:last + 1]):
            kind = "ORG"
    if kind == "PER" and last > first:
        surnames.add(words[last])
    if tuple(words[last + 1:last + 3]) in _NAMED_AFTER:
        return  # "Valentine's Day", "Alzheimer's disease": not who it is named for
    if kind == "ORG":
        last = _named_over_and(words, first, last, tagged.common, tagged.people,
                               tagged.in_batch, surnames)
        person = _split_at_title(found, tagged, first, last, kind)
        if person is None:
            return
        if person != first:
            first, kind = person, "PER"
            surnames.add(words[last])
    elif kind == "PER" and last - first >= 3 and any(
            word in TITLES_INSIDE_NAMES for word in words[first + 1:last - 1]):
        # "Madison Mayor Paul Soglin", a person's span over a place and a title: the place
        # (a mayor's) or the body ("Tory MP ...") apart, the person after the title
        person = _split_at_title(found, tagged, first, last,
                                 "LOC" if "Mayor" in words[first + 1:last - 1] else "ORG")
        if person is None:
            return
        first = person
    if (last + 2 < len(words) and words[last + 1] == "."
            and words[last + 2].lower() in SITE_ENDINGS):
        last, kind = last + 2, "ORG"  # "TheDirty.com": the site is its address
    found.append(_new_span((tagged.sentence, first, last, kind, starts[first],
                       starts[last] + len(words[last]))))


def _mended(tagged: _Tagged, first: int, last: int, kind: str,
            previous: _Span | None) -> tuple[int, int, str] | None:
    """(first, last, kind) of a span without a leading title, with the words before it
    that say what it is and the parts of an organization's name the tagger cut off; None
    when nothing is left of it."""
    words, common = tagged.words, tagged.common
    trimmed = _trim(words, first, last, kind, common)
    if trimmed is None:
        return None
    first = trimmed
    if first > 0 and words[first - 1] == "al":
        first -= 1  # "al Qaeda", "Bashar al Assad": the article is part of the name
    elif (first > 0 and words[first - 1][:1].isupper() and words[last].lower() in _KNOWN_PAIR_ENDS
          and " ".join(words[first - 1:last + 1]).lower() in _KNOWN_PAIRS):
        return first - 1, last, "ORG"  # "fourth-placed West Ham", where the tagger saw "Ham"
    first, kind = _named_by_context(words, first, last, kind, common)
    if kind == "PER" and (_before_its_region(words, last) or _town_in_region(words, first, last)):
        kind = "LOC"  # "near Grand Isle, Louisiana", "in Ferguson, Missouri": a town
    elif kind != "PER" and last == first + 1 and (
            _given_name_and_surname(words, first) or _role_before(words, first)):
        kind = "PER"  # "Victoria Nuland", "striker Jordan Rhodes": no place
    if kind == "ORG":
        first = _named_from_and(words, first, last, common, tagged.people, tagged.in_batch,
                                previous)
        first, last = _whole_institution(words, first, last, previous)
        if words[last] in _FOR_HEADS and last + 2 < len(words) and words[last + 1] in ("for", "on"):
            last = _named_for(words, last)
        if (first > 0 and words[first - 1][:1].isdigit() and words[first - 1][-2:] in _ORDINAL_ENDS
                and not _NUMBERED_NAME_WORDS.isdisjoint(words[first:last + 1])):
            first -= 1  # "the 6th U.S. Circuit Court of Appeals", "the 101st Airborne Division"
    return first, last, kind


def _named_for(words: list[str], head: int) -> int:
    """The last token of an organization "Head for Name" the tagger ended at its head
    ("Institute" of "Institute for the Future", "Council on Foreign Relations"): up to six
    capitalised words after "for" or "on" and an optional "the", no day's or month's name
    ("the Commission on Tuesday"), over "of" and over "and" before a word that opens no
    person's or place's name ("Centre for the Study of Ageing", "Office on Drugs and
    Crime"), unless what follows "and" ends as a body's name of its own ("... Security and
    Paris Sorbonne University"); ``head`` when none, or when the name is cut ("... Attacks
    Upon")."""
    end = head + 2 if words[head + 2] != "the" else head + 3
    last = before_and = head
    while end < len(words) and end - head <= 8:
        word = words[end]
        if word in ("of", "and") and last > head and end + 1 < len(words) \
                and words[end + 1][:1].isupper():
            following = words[end + 1].lower()
            if word == "and":
                if given_name(following) or known_place(following):
                    break
                before_and = last
            end += 1
            continue
        if not (word[:1].isupper() and word.replace("-", "").isalpha()
                and word.lower() not in _DAYS_AND_MONTHS):
            break
        last = end
        end += 1
    if before_and > head and words[last].lower() in _ORGANIZATION_WORDS:
        last = before_and
    return head if words[last].lower() in CUT_NAME_ENDS else last


def _take_in_previous(found: list[_Span], tagged: _Tagged, first: int, kind: str) -> int:
    """The first token of a span once it takes in the names found before it: those it
    overlaps ("Harbourton" of its Chamber), and a person before a lower-case particle
    ("Osama" "bin" "Laden": one name)."""
    while found and found[-1].sentence == tagged.sentence and found[-1].last >= first:
        taken = found.pop()  # taken into the longer name ("Harbourton" of its Chamber)
        if kind == "ORG" and taken.kind == "ORG" and not any(
                w.endswith(("'s", "’s")) for w in tagged.words[taken.first:first]):
            # "U.N. Office" of its "Office on Drugs" (not an owner: "EPA's Office of ...")
            first = min(first, taken.first)
    previous = found[-1] if found else None
    if (kind == "PER" and previous and previous.sentence == tagged.sentence
            and previous.kind == "PER" and previous.last == first - 2
            and tagged.words[first - 1] in NAME_PARTICLES):
        found.pop()  # "Osama" "bin" "Laden": one name around a lower-case particle
        first = previous.first
    elif (kind == "PER" and previous and previous.sentence == tagged.sentence
          and previous.kind == "PER" and previous.first == previous.last == first - 1
          and previous.first and tagged.words[previous.first - 1] in SHORT_TITLES):
        found.pop()  # "Adm. Thad" + "Allen": a name cut after a title written short
        first = previous.first
    return first


def _arabic_surname(word: str) -> bool:
    """Whether ``word`` is a surname with its article in lower case ("al-Baghdadi",
    "el-Sisi", "bin-Nayef"): the end of the name before it, not a word of its own."""
    article, hyphen, rest = word.partition("-")
    return bool(hyphen) and article in ARABIC_NAME_PREFIXES and rest[:1].isupper()


# Titles written after a member's name or a party's ("Frank Field MP", "Tory MPs").
_TITLES_AFTER_NAMES = frozenset({"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs"})


def _split_at_title(found: list[_Span], tagged: _Tagged, first: int, last: int,
                    kind: str) -> int | None:
    """Where the person of an organization's span starts ("Tory MP Philip Hollobone": a
    party, then a person), after adding what comes before the title as its own name (a
    place in "New Orleans Mayor Mitch Landrieu"); ``first`` when the span holds no title,
    None when no person follows it."""
    words = tagged.words
    split = next((i for i in range(first, last + 1) if words[i] in TITLES_INSIDE_NAMES), None)
    if split is None:
        # "Supreme Court Justice Gregory Carro", "Paris Prosecutor Francois Molins": other
        # titles, only before a given name and a surname (not "Justice Department")
        # (a rank written short is a title whatever name follows: "Fire Capt. Jolyon ...")
        split = next((i for i in range(first, last) if words[i] in TITLES_BEFORE_NAMES
                      and (words[i] in SHORT_RANKS or (i < last - 1 and (
                          words[i][-1] == "." or words[i + 1] == "."
                          or given_name(words[i + 1].lower())
                          or (i == last - 2 and _plain_name(words[i + 1:last + 1])))))), None)
        if split is None:
            return first
    title = split
    while split > first and words[split - 1] in TITLE_QUALIFIERS:
        split -= 1  # "Rolling Stone" + "Managing Editor Will Dana", "Florida" + "State Attorney"
    if split > first and not (split == first + 1 and _common_not_body(words[first].lower())):
        # (not "City" of "City Administrator Brent Trout", nor "Staff" of "Joint Chiefs of
        # Staff Chairman": a common word; but "Army" of "Army Gen. Sarath Fonseka")
        before = " ".join(words[first:split]).lower()
        end = tagged.starts[split - 1] + len(words[split - 1])
        found.append(_new_span((tagged.sentence, first, split - 1,
                           "LOC" if known_place(before) else kind, tagged.starts[first], end)))
    split = title  # (the person's name starts after the title, not after its qualifier)
    if split < last and words[split + 1] == ".":
        split += 1  # "Cpl" "." (a stop the tokenizer wrote apart)
    while split < last and words[split + 1] in SHORT_RANKS:
        split += 1  # "Lt. Col.": ranks written short one after another
    if split == last or not words[split + 1][:1].isupper():
        return None
    return split + 1


def _common_not_body(word: str) -> bool:
    """Whether a word (lower case) is one English writes in lower case and no body's name
    alone ("city", "staff"; not "army", "navy")."""
    return seen_lower(word) and word not in BODIES_THAT_ARE_WORDS


def _plain_name(words: list[str]) -> bool:
    """Whether ``words`` that end a span after a title are a given name and a surname the
    gazetteer may not know ("Judge Evelio Grillo", "Administrator Brent Trout"): capitalised
    words of letters English never writes in lower case."""
    return all(word[1:].islower() and _name_word(word) for word in words)


def _name_word(word: str) -> bool:
    """Whether ``word`` is capitalised, of letters (a hyphen between them), and one English
    never writes in lower case: a word of a person's name (see _plain_name and
    _nationality_before_name)."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not seen_lower(word.lower())


def _add_missed(found: list[_Span], batches: list[range], tokens: _Tokens,
                surnames: set[str], written: AbstractSet[str], stations: bool = False) -> None:
    """Add the names the tagger left out where no span covers them: people by their
    surname or honorific (_missed_people), known organizations and sites (_missed_known),
    and, where ``stations`` says the text may name one, broadcasters by their call sign
    ("KAMR-TV"). ``written``: every word of the document."""
    known = _known_forms(written)  # the words _missed_known looks for
    spans = _by_sentence(found) if len(batches) > 1 else None
    for batch in batches:
        words, starts = tokens.get(batch)
        # (one batch: every span is in it; several: each batch's own, _spans_in)
        covered = {(span.sentence - batch.start, i)
                   for span in (found if spans is None else _spans_in(spans, batch))
                   for i in range(span.first, span.last + 1)}
        for s, i in _missed_people(words, covered, surnames, written):
            start = starts[s][i]
            found.append(_new_span((batch.start + s, i, i, "PER", start, start + len(words[s][i]))))
            covered.add((s, i))
        missed = _missed_known(words, covered, known, written)
        if stations:  # (only the sentences that hold a call sign's tail: its word does)
            missed += [(s, i, i) for s, sentence in enumerate(words)
                       if _holds_station_tail(tokens.sentences[batch.start + s].text)
                       for i, word in enumerate(sentence)
                       if word.endswith(_STATION_TAILS) and _CALL_SIGN.fullmatch(word)
                       and (s, i) not in covered]
        for s, first, last in missed:
            found.append(_new_span((batch.start + s, first, last, "ORG", starts[s][first],
                               starts[s][last] + len(words[s][last]))))


def _by_sentence(found: list[_Span]) -> dict[int, list[_Span]]:
    """The spans of each sentence: a long text's batches each read their own, not all of
    them (a scan of every span per batch grew with the square of the text)."""
    spans: dict[int, list[_Span]] = {}
    for span in found:
        spans.setdefault(span.sentence, []).append(span)
    return spans


def _spans_in(spans: dict[int, list[_Span]], batch: range) -> Iterator[_Span]:
    """The spans of the sentences of ``batch`` (see _by_sentence)."""
    for n in batch:
        yield from spans.get(n, ())


# Broadcasters named by their call sign ("KAMR-TV", "WDAF-TV", "KIRO-FM", "BFM-TV").
_STATION_TAILS = ("-TV", "-FM", "-AM")
_CALL_SIGN = regex(r"[A-Z]{3,5}-(?:TV|FM|AM)")


def _holds_station_tail(text: str) -> bool:
    """Whether ``text`` writes one of _STATION_TAILS."""
    return any(map(text.__contains__, _STATION_TAILS))


def _in_reading_order(found: list[_Span], sentences) -> list[Mention]:
    """The spans as mentions, in reading order, without those in the dateline."""
    skip = _dateline_end(sentences[0].text) if sentences else 0
    return [Mention(sentences[span.sentence].text[span.start:span.end], KINDS[span.kind],
                    (span.sentence, span.start))
            for span in sorted(found, key=_READING_ORDER)
            if span.sentence > 0 or span.start >= skip]


_READING_ORDER = attrgetter("sentence", "start")


def _named_by_context(words: list[str], first: int, last: int, kind: str,
                      common: frozenset[str]) -> tuple[int, str]:
    """(first token, kind) of a name whose preceding words say what it is: an organization
    named "Head of Name" ("Harbourton Chamber of Commerce", where the tagger may see only a
    place "Commerce") or "Head for Name" ("Centers for Disease Control"), or a place after
    "city of", "mayor of" ("the city council of Harbourton", where an unknown word may look
    like a surname)."""
    if first < 2 or words[first - 1] not in ("of", "for", "on"):
        return first, kind
    if words[first - 1] in ("for", "on") and (words[first - 2] not in _FOR_HEADS
                                              or kind == "PER" and last > first):
        return first, kind  # "Center for Responsive Politics"; not "Campaign for Ana Costa"
    if words[first - 2] in ORGANIZATION_HEADS or words[first - 1] in ("for", "on"):
        start = first - 2
        while (start > 0 and first - start < 5 and words[start - 1][:1].isupper()
               and all(part[:1].isupper() and part.isalpha()
                       for part in words[start - 1].split("-"))  # "Inter-American"; not
               and words[start - 1].lower() not in common):  # "London-based" nor "U.S."
            start -= 1
        return start, "ORG"
    if (kind != "LOC" and first == last
            and any(w.lower() in PLACE_NOUNS for w in words[max(0, first - 4):first - 1])):
        return first, "LOC"
    return first, kind


def _before_its_region(words: list[str], last: int, between: str = ",") -> bool:
    """Whether the name ending at ``last`` is followed by a comma (or ``between``) and a
    region or a country the gazetteer knows (not as a person's name: "Washington"), in one
    word or two, then by punctuation, the sentence's end, "on" or "in": a town and its state
    ("Boca Raton, Florida, ...", "Ferguson, Missouri on August 9"); not "William Hague, Kerry
    said"."""
    if last + 2 >= len(words) or words[last + 1] != between:
        return False
    for end in (last + 3, last + 4):
        region = words[last + 2:end]
        if len(region) < end - last - 2 or not all(word[:1].isupper() for word in region):
            return False
        after = words[end] if end < len(words) else "."
        if after not in _AFTER_REGION:
            continue
        kinds = gazetteer_kinds(" ".join(region).lower())
        if ("region" in kinds or "country" in kinds) and "PER" not in kinds:
            return True
    return False


_AFTER_REGION = frozenset((",", ".", ";", ":", ")", "on", "in"))


def _town_in_region(words: list[str], first: int, last: int) -> bool:
    """Whether the name from ``first`` to ``last`` follows "from", "in" or "near" and is
    followed by "in" and a region or a country the gazetteer knows: a town ("from
    Salisbury in Wiltshire", "a house in Kurri Kurri in New South Wales"); not "said Ann Lee
    in London", after no such word, nor a given name and a surname ("from Wolf Blitzer in
    New York")."""
    if first == 0 or words[first - 1] not in ("from", "in", "near") \
            or (last > first and _given_name(words[first])):
        return False  # (not "a few feet from Wolf Blitzer in New York")
    return _before_its_region(words, last, between="in")


def _given_name_and_surname(words: list[str], first: int) -> bool:
    """Whether the two words at ``first`` that the tagger called a place or an organization
    are a person's name: a given name news gives one gender (lexicon.GIVEN_NAME_GENDER:
    "Victoria", "Elizabeth", "George"; not in capitals: "TED"), then a capitalised word that
    ends no place's, venue's or body's name ("Nuland", "Warren", "North"; not "Street",
    "County", "Police", "Tech"), the two no place the gazetteer knows ("Santa Monica"), and
    no such word in lower case after them ("Victoria Fall airport")."""
    given, surname = words[first], words[first + 1]
    after = words[first + 2] if first + 2 < len(words) else ""
    return (given.lower() in GIVEN_NAME_GENDER and given[1:].islower()
            and not surname.isupper() and after not in _NOT_SURNAMES
            and _surname_after(given, surname))


def _role_before(words: list[str], first: int) -> bool:
    """Whether two capitalised words the tagger called a place or an organization follow a
    person's role written in lower case, the first a given name ("striker Jordan Rhodes",
    "actor Dallas Roberts"): a person's name, unless the second word (or its singular) ends
    places' or bodies' names ("Cobb Theatres", "Marine Corps") or the gazetteer knows the
    two as a place or an organization ("coach Real Madrid")."""
    role = words[first - 1] if first else ""
    given, surname = words[first], words[first + 1]
    kin = role in _KIN_AND_CHILDREN
    return ((role.islower() and (kin or role in NAME_ROLES)
             or role[:1].isupper() and role.rstrip(".").lower() in NAME_TITLES)
            and given.isalpha() and given[1:].islower()
            and (kin or _given_name(given))
            and surname[1:].islower() and surname.lower().rstrip("s") not in _NOT_SURNAMES
            and _surname_after(given, surname)
            and "ORG" not in gazetteer_kinds(f"{given} {surname}".lower()))


# Relations and children, before whom two capitalised words are a name, whatever the given
# name ("his granddaughter Becky Watts", "schoolgirl Becky Watts")
_KIN_AND_CHILDREN = RELATIVES | frozenset((
    "granddaughter", "grandson", "niece", "nephew", "stepson", "stepdaughter", "stepfather",
    "stepmother", "schoolgirl", "schoolboy", "teenager", "toddler", "pupil"))


def _surname_after(given: str, surname: str) -> bool:
    """Whether ``surname`` may be the surname after ``given`` (see _given_name_and_surname
    and _role_before): a capitalised word of letters that ends no place's, venue's or
    body's name, the two no place the gazetteer knows."""
    return (surname.isalpha() and surname[:1].isupper() and surname.lower() not in _NOT_SURNAMES
            and not known_place(f"{given} {surname}".lower()))


# Last words of places', venues' and bodies' names, not surnames in a two-word name
_NOT_SURNAMES = (PLACE_TAILS | PERSON_PLACE_TAILS | VENUE_TAILS | ORGANIZATION_VENUE_TAILS
                 | PLACE_NOUNS | INSTITUTION_TAILS | NOT_PERSON_TAILS | PERSON_ORGANIZATION_TAILS
                 | COMPANY_TAILS | EVENT_TAILS | EVENT_NAME_TAILS
                 | frozenset(w.lower().rstrip(".") for w in STREET_WORDS)
                 | PLACE_WORD_TAILS)


# "Observatory for Human Rights", "Council on Foreign Relations": heads named "Head for Name"
# or "Head on Name", capitalised
_FOR_HEADS = frozenset(w.title() for w in LONG_NAME_HEADS)


def _whole_institution(words: list[str], first: int, last: int,
                       before: _Span | None) -> tuple[int, int]:
    """(first, last) of an institution's name the tagger cut: a place just before it
    ("Nottingham" + "City Council", "Hong Kong" + "Tourism Board"), a qualifier before it
    ("Greater" Manchester Police), and an owner's tail after it ("Escambia County
    Sheriff" + "'s Office", "Le Bonheur Children" + "'s Hospital")."""
    if (last + 2 < len(words) and words[last + 1] in ("'s", "’s")
            and words[last + 2][:1].isupper() and words[last + 2].lower() in INSTITUTION_TAILS
            and words[last].lower() not in INSTITUTION_TAILS):
        last += 2  # not "Bush's administration", nor "Boston University's Center"
    if words[last].lower() not in INSTITUTION_TAILS:
        return first, last
    if before is not None and before.kind == "LOC" and before.last == first - 1:
        first = before.first
    elif first > 0 and words[first - 1].lower() in PLACE_QUALIFIERS \
            and words[first - 1][:1].isupper():
        first -= 1
    return first, last




def _named_over_and(words: list[str], first: int, last: int, common: frozenset[str],
                    people: dict[tuple[int, int], int], sentence: int,
                    surnames: set[str]) -> int:
    """The last token of an organization "Head of X and Y" the tagger cut at "and"
    ("Department of Health and Human Services", "Department of Fish and Wildlife"): up to
    three capitalised words after "and", which are not a person's name nor another
    organization's ("the University of Iowa and Grinnell College" stays two). A lone word
    the tagger took for a person counts ("Wildlife"), unless it is the surname of someone
    named before. A title ends the name ("... Fish and Wildlife Director Phil Anderson")."""
    if last + 2 >= len(words) or words[last + 1] != "and":
        return last
    inside = words[first + 1:last]
    joint = "of" if "of" in inside else "for"  # "Department of X", "Centers for X"
    if joint not in inside or words[first + inside.index(joint)] not in AND_HEADS:
        return last
    end = last + 1
    while (end + 1 < len(words) and end - last < 4 and words[end + 1][:1].isupper()
           and words[end + 1].isalpha() and words[end + 1].lower() not in common
           and words[end + 1].lower() not in TITLE_AND_RELATION_WORDS):
        end += 1
    if (end > last + 1 and end + 1 < len(words) and words[end + 1].lower() in _AND_NAME_ENDS
            and words[end + 1][:1].isupper()):
        end += 1  # "... Emergency Services and Public Protection": a common word ends it
    if end == last + 1 or end - last > 3 or words[end] in ORGANIZATION_HEADS \
            or words[end].lower() in ORGANIZATION_TAILS:
        return last
    if end + 1 < len(words) and words[end + 1][:1].isupper() \
            and words[end + 1].lower() not in TITLE_AND_RELATION_WORDS:
        return last  # the capitalised run goes on: not the end of this name
    for i in range(last + 2, end + 1):
        person_end = people.get((sentence, i))
        if person_end is not None and (person_end > i or words[i] in surnames):
            return last  # a name ("... and Eric Holder", "... and Holder" after him)
    return end


def _named_from_and(words: list[str], first: int, last: int, common: frozenset[str],
                    people: dict[tuple[int, int], int], sentence: int,
                    before: _Span | None) -> int:
    """The first token of an agency "X and Y Administration" the tagger cut at "and" ("Food
    and Drug Administration", "National Oceanic and Atmospheric Administration", "Fish and
    Wildlife Service"): up to three capitalised words before "and", when the name ends in
    an agency's word and they are not a person or a known place, nor a common word opening
    the sentence ("Police and Fire Department crews"), nor a name found before ("IMF and
    European Commission", "Department of Health"), unless a fragment ("National Oceanic",
    a common word: "Food")."""
    if first < 2 or words[first - 1] != "and" or words[last] not in _FROM_AND_TAILS \
            or not words[first].isalpha() or not all(w[:1].isupper() for w in words[first:last])\
            or words[last + 1:last + 2] in (["for"], ["of"], ["on"]):
        return first  # not "... and U.S. Census Bureau", "... and Committee for Medicine"
    start = first - 1
    while (start > 0 and first - start <= 3 and words[start - 1][:1].isupper()
           and words[start - 1].isalpha()
           and words[start - 1].lower() not in TITLE_AND_RELATION_WORDS
           and words[start - 1].lower() not in _NEVER
           and not (start == 1 and words[0].lower() in common)):  # "Police and Fire ..."
        start -= 1
    if start == first - 1 or known_place(" ".join(words[start:first - 1]).lower()):
        return first
    if any((sentence, i) in people and not usually_lower(words[people[sentence, i]].lower())
           for i in range(start, first - 1)):
        return first  # (not a "person" ending in a common word: "Newtown Youth")
    if before is not None and before.last >= start and not (
            before.first == start and before.last == first - 2
            and (before.kind == "ORG" and (before.last > before.first
                                           or words[start].lower() in common)
                 or before.last > before.first and usually_lower(words[before.last].lower()))
            and words[before.last] not in _NAME_ENDS
            and words[before.last].lower() not in ORGANIZATION_TAILS):
        return first  # a name of its own before "and": "IMF and European Commission"
    return start


# Common words that end the second part of a name "Head of X and Y" ("Department of
# Emergency Services and Public Protection", "... and Human Services").
_AND_NAME_ENDS = frozenset(("protection", "services", "security", "safety", "development"))


# The last words of names the tagger may cut at "and" ("Newtown Youth and Family Services",
# "Iowa Faith and Freedom Coalition").
_FROM_AND_TAILS = AGENCY_TAILS | frozenset(("Coalition", "Committee", "Alliance", "Association",
                                            "Foundation", "Society", "Trust", "Fund"))


# Words that end a whole name before "and" ("National Governors Association and ...").
_NAME_ENDS = AGENCY_TAILS | ORGANIZATION_HEADS


def _batches(sentences) -> list[range]:
    """Runs of sentences of about BATCH_CHARS characters: a huge text is tagged in parts."""
    batches, begin, size = [], 0, 0
    for n, sentence in enumerate(sentences):
        size += len(sentence.text)
        if size >= BATCH_CHARS:
            batches.append(range(begin, n + 1))
            begin, size = n + 1, 0
    if begin < len(sentences) or not batches:
        batches.append(range(begin, len(sentences)))
    return batches


class _Tokens:
    """Tokens of runs of sentences; kept for one batch, made again for many (less memory)."""

    def __init__(self, sentences, keep: bool) -> None:
        self.sentences = sentences
        self.kept: dict[range, tuple[list[list[str]], list[list[int]]]] | None = (
            {} if keep else None)

    def get(self, batch: range) -> tuple[list[list[str]], list[list[int]]]:
        if self.kept is not None and batch in self.kept:
            return self.kept[batch]
        pairs = [words_and_starts(self.sentences[n].text) for n in batch]
        found = ([w for w, _ in pairs], [st for _, st in pairs])
        if self.kept is not None:
            self.kept[batch] = found
        return found


def _missed_people(words: list[list[str]], covered: set[tuple[int, int]], surnames: set[str],
                   written: AbstractSet[str] | None = None):
    """Surnames of people found elsewhere, and names after Mr/Mrs/Dr, the tagger left out.
    ``written``: every word of the document, which says whether any sentence can hold an
    honorific (when not given, each may).

    One document keeps one reading of a name: "Theresa May" makes a lone "May" her.
    """
    extra: list[tuple[int, int]] = []
    honorifics = written is None or not _HONORIFIC_FORMS.isdisjoint(written)
    if not surnames and not honorifics:
        return extra
    for s, sentence in enumerate(words):
        named = not surnames.isdisjoint(sentence)
        titled = honorifics and not _HONORIFIC_FORMS.isdisjoint(sentence)
        if not named and not titled:
            continue  # most sentences: one pass in C instead of a loop over their words
        # the words that may be one: a surname, or a word after an honorific (a
        # comprehension finds them; the tests below run at those only)
        at = [i for i, word in enumerate(sentence) if word in surnames] if named else []
        if titled:
            at = sorted({*at, *(i + 1 for i, word in enumerate(sentence[:-1])
                                if word in _HONORIFIC_FORMS)})
        for i in at:
            word = sentence[i]
            if ((word in surnames or i and sentence[i - 1] in _HONORIFIC_FORMS)
                    and word[:1].isupper() and (s, i) not in covered
                    and word not in _HONORIFIC_FORMS
                    and not (word in surnames and _dated(sentence, i))):
                extra.append((s, i))
    return extra


def _known_forms(words: Iterable[str]) -> set[str]:
    """The words, as written, that _missed_known looks for: a known organization's or
    party's one word, or a site's ending, in any case."""
    words = list(words)  # (in C: a set comprehension cost ~0.2 M more an article)
    return set(compress(words, map(_KNOWN_OR_SITE.__contains__, map(str.lower, words))))


_KNOWN_OR_SITE = _KNOWN_WORDS | SITE_ENDINGS


def _missed_known(words: list[list[str]], covered: set[tuple[int, int]],
                  known: set[str] | None = None, written: AbstractSet[str] | None = None):
    """(sentence, first, last) of known organizations and parties the tagger left out ("on
    Facebook", "a Republican senator", "Ukip leader", "al Qaeda"), written with a capital,
    of sites named by their address ("website TheDirty.com"), of the news programme
    "Today" ("Radio 4's Today programme", "NBC's Today show") and of radio stations named by
    their number ("Radio 4 presenter John Humphrys"). ``known``: _known_forms of the words,
    found here when not given; ``written``: every word of the document, which says whether
    any sentence can hold "Today" or "Radio" (when not given, each may)."""
    if known is None:
        known = _known_forms(chain.from_iterable(words))
    today = written is None or "Today" in written
    radio = written is None or "Radio" in written
    out: list[tuple[int, int, int]] = []
    if not (known or today or radio):
        return out  # (most articles: no sentence to read)
    for s, sentence in enumerate(words):
        if today and "Today" in sentence:  # the BBC's "Today programme", NBC's "Today show"
            out.extend((s, i, i) for i, word in enumerate(sentence[1:-1], 1)
                       if word == "Today" and sentence[i + 1].lower() in ("programme", "show")
                       and (s, i) not in covered)
        if radio and "Radio" in sentence:
            out.extend((s, i, i + 1) for i, word in enumerate(sentence[:-1])
                       if word == "Radio" and sentence[i + 1].isdigit()
                       and (s, i) not in covered and (s, i + 1) not in covered)
        if known.isdisjoint(sentence):
            continue  # most sentences: one pass in C instead of a loop over their words
        # the words that may open one: a known word, or two before a site's ending
        # ("TheDirty" of "TheDirty . com")
        ends = [(j, word.lower()) for j, word in enumerate(sentence) if word in known]
        at = sorted({j for j, key in ends if key in _KNOWN_WORDS}
                    | {j - 2 for j, key in ends if key in SITE_ENDINGS and j >= 2})
        for i in at:
            word = sentence[i]
            if not word[:1].isupper() or (s, i) in covered:
                continue
            if word.lower() in _KNOWN_WORDS:
                before = sentence[i - 1] if i else ""
                whole = (before == "al" or before[:1].isupper()
                         and f"{before} {word}".lower() in PARTY_PHRASES) \
                    and (s, i - 1) not in covered  # "al Qaeda", "Liberal Democrat peer"
                out.append((s, i - 1 if whole else i, i))
            elif (i + 2 < len(sentence) and sentence[i + 1] == "."
                  and sentence[i + 2].lower() in SITE_ENDINGS and word.isalnum()):
                out.append((s, i, i + 2))
    return out


def _dated(sentence: list[str], i: int) -> bool:
    """A month name used as one ("in May", "May 3"), not the surname it can be."""
    if sentence[i].lower() not in MONTH_NAMES:
        return False
    before = sentence[i - 1].lower() if i else ""
    after = sentence[i + 1] if i + 1 < len(sentence) else ""
    return before in _DATE_WORDS or before[:1].isdigit() or after[:1].isdigit()


def _trim(words: list[str], first: int, last: int, kind: str,
          common: frozenset[str]) -> int | None:
    """The first token of the name without a leading title or capitalised common word.

    Where capitals say nothing (sentence start, after a quote; not in an all-caps
    headline), a word nearly always written in lower case in the tagger's training data
    ("Despite", "Well") is not part of a name, and a lone word Punkt's corpus writes in
    lower case ("Sadly", "Imagine", "Mom") is none; in longer names such words are
    often part of them ("Homeland Security", "Rob Abernethy"). None if nothing is left.
    """
    while first <= last:
        word = words[first].lower()
        bare = word.rstrip(".")
        loose = first == 0 or words[first - 1] in OPENING_MARKS
        if (bare in HONORIFICS or (word in FURNITURE_BEFORE_NAMES and first < last)
                # the service or kind of a rank written short ("Army Sgt.", "Lance Cpl.")
                or (kind == "PER" and first + 1 < last and words[first + 1] in SHORT_RANKS)
                # a relation before a full name ("Mother Helen Gobat", "Grandmother Nadia
                # Fahmy"; not "Son" of Korean names: "Son Heung Min"), or before a given
                # name alone ("Son Devin", "Sisters Alexis and ...")
                or (kind == "PER" and first + 1 < last and bare in _RELATION_HEADS
                    and words[first + 1].isalpha() and words[first + 1][:1].isupper())
                or (kind == "PER" and first + 1 == last and loose
                    and bare in _CHILDREN_AND_KIN and "-" not in words[last])
                # a trade opening a sentence before a full name ("Designer Takashi
                # Yamamoto, who builds hotels")
                or (kind == "PER" and last - first >= 2 and loose and bare in _TRADES_BEFORE
                    and words[first + 1][:1].isupper() and words[first + 2][:1].isupper())
                # a nationality before a full name ("Dane Kevin Magnussen", "Kiwi Lydia
                # Ko"; not "Dane Cook")
                or (kind == "PER" and first + 1 < last
                    and _nationality_before_name(words, first, last))
                or (kind == "PER" and (bare in NAME_TITLES
                                       or (word in LINK_VERBS and first < last)
                                       or _role_before_full_name(words, first, last, common)))
                or (loose and (word in common or (first == last and usually_lower(word)))
                    and not is_headline(words))):
            first += 1
            continue
        return first
    return None


_RELATION_HEADS = RELATIVES - {"son"}
# Relations that open a sentence before a given name alone ("Son Devin, 5,", "Sisters Alexis
# and ..."); not those that are also religious titles ("Mother Teresa", "Brother Roger",
# "Sister Wendy"), nor "Son" before a Korean given name ("Son Heung-min")
_CHILDREN_AND_KIN = frozenset("""son daughter sons daughters sisters brothers twins cousins
grandson granddaughter nephew niece""".split())
# Trades a sentence may open on before a full name, written in lower case otherwise
_TRADES_BEFORE = frozenset("""designer architect novelist playwright chef photographer
missionary artist""".split())


def _role_before_full_name(words: list[str], first: int, last: int,
                           common: frozenset[str]) -> bool:
    """Whether a person's span opens with a role news writes in lower case, glued to a
    full name that follows ("Executive Jonathan Isaby", "Villager Neville Warnes",
    "Substitute Giuseppe Rossi"): a common word, then a given name and at least one more."""
    return (last - first >= 2 and words[first].lower() in common
            and words[first + 1][:1].isupper() and given_name(words[first + 1].lower()))


def _without_caption_label(mention: Mention, sentences, alone: dict[str, str]) -> Mention:
    """``mention`` without the label of a photo caption the tagger ran on into, where a copy
    lost the full stop between a sentence and the caption: the last word opens a label that
    ends on a colon. Where the label is that word alone, a common one, what is left must be
    a known place ("... in a convent in Burundi" + "Murdered: Bernadette Boggia"; not "told
    BBC News: ..."), or what is left a name the article writes alone and the word, written
    once, one English never capitalises ("Tobacco Dock Horrific:"); where lower-case words
    follow it, none reporting speech, what is left must be a name the article writes alone,
    and the word no such name; it keeps the kind it has there ("£295 from Temperley" +
    "Homeward bound: Pippa ...", "Mourinho" + "Guess who's back: ..."; not "Tim Cook told
    reporters: ...")."""
    head, _, last = mention.text.rpartition(" ")
    if not head:
        return mention
    sentence, start = mention.order
    end = start + len(mention.text)
    text = sentences[sentence].text
    if last.lower() in _ORGANIZATION_WORDS or gazetteer_kinds(mention.text.lower()):
        return mention  # ("Manchester United: De Gea; ...", a line-up)
    colon = text.startswith(":", end)
    if not colon:
        label = _LABEL_REST.match(text, end)
        if not label or not _REPORTING_WORDS.isdisjoint(label.group().rstrip(":").split()):
            return mention  # (not "Tim Cook told reporters:")
    if seen_lower(last.lower()) and known_place(head.lower()):
        return Mention(head, "place", mention.order)  # "Burundi Murdered:", "Norway Best spot:"
    if head not in alone or last in alone:  # (not "Cook" of "Tim Cook", written alone)
        if (colon and last not in alone and last.endswith(_VERB_ENDINGS)
                and not seen_upper(last.lower())):
            return Mention(head, mention.kind, mention.order)  # "Rome Reports Devastated:"
        return mention
    if colon and (seen_upper(last.lower()) or _word_before(text, start) in _REPORTING_WORDS
                  or sum(s.text.count(mention.text) for s in sentences) != 1):
        return mention  # (not "told BBC News: ...", nor "the Stage Deli: roast beef, ..."
        # where the article writes "Stage Deli" elsewhere too)
    return Mention(head, alone[head], mention.order)  # "Tobacco Dock Horrific:"


def _without_next_sentence_word(mention: Mention, sentences, alone: dict[str, str]
                                ) -> Mention:
    """``mention`` without its last word where that word opened the next sentence, and a copy
    lost the full stop between ("... a photo of Richard III Granting him the title ...",
    "... landed in Florida Manned missions ..."): a verb's or an adverb's form English prose
    never capitalises inside a sentence, with lower case after it, after a name the article
    writes alone (not "The Rolling Stones are", "New York Jets quarterback"); and a name
    written twice in a row where the next sentence opens with it ("... their draw at
    Liverpool Liverpool centre back Martin Skrtel ...", written alone elsewhere as no
    person; not "Walla Walla", nor "Sirhan Sirhan" beside "Sirhan")."""
    if not mention.text.endswith(_VERB_ENDINGS):  # (most names: one test in C)
        text = mention.text
        half = len(text) // 2
        if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1:] \
                and alone.get(text[:half], "person") != "person":  # (not "Sirhan Sirhan")
            return Mention(text[:half], alone[text[:half]], mention.order)
        return mention
    head, _, last = mention.text.rpartition(" ")
    if not head or head not in alone or last in alone or not usually_lower(last.lower()):
        return mention
    sentence, start = mention.order
    text = sentences[sentence].text
    end = start + len(mention.text)
    if not (text[end:end + 1] == " " and text[end + 1:end + 2].islower()):
        return mention
    return Mention(head, alone[head], mention.order)


_VERB_ENDINGS = ("ed", "ing", "ly")
# The rest of a caption's label after its first word: "bound:" of "Homeward bound:".
_LABEL_REST = regex(r"(?: [a-z][\w'’-]*){1,3}:")
_REPORTING_WORDS = frozenset(SPEECH_VERBS) | {"told", "tells", "wrote", "writes", "tweeted"}


def _in_title(mention: Mention, sentences) -> bool:
    """Whether a place of one word is named here as part of a title ("the Duchess of
    Cambridge", "the Princess of Wales", "the Archbishop of Cologne"): it names the person,
    not a place of the story (but "the Prince of Wales Theatre" is a place)."""
    sentence, start = mention.order
    text = sentences[sentence].text
    if " " in mention.text or text[max(0, start - 3):start] != "of ":
        return False
    title = text[max(0, start - 16):start - 4].rpartition(" ")[2]
    return title[:1].isupper() and title.lower() in _PEERAGE


def _glued_byline(mention: Mention, sentences) -> bool:
    """Whether a person opens a copy right after "By ": its byline, glued to the first
    sentence in a copy in one paragraph ("By Darren Boyle A Syrian election …")."""
    return (mention.order == (0, 3) and mention.kind == "person"
            and sentences[0].text.startswith("By "))


def _dateline_places(document: Document) -> list[Mention]:
    """The places of a dateline before a news agency's name, as written ("LONDON, England
    (CNN) --" names London and England): where the story was filed is a place of it. (The
    tagger's spans inside a dateline are not read: they take the agency for a name.) Not a
    body the gazetteer knows only as such: "UNITED NATIONS (CNN)" is the headquarters."""
    if not document.sentences:
        return []
    text = document.sentences[0].text
    if not _dateline_end(text):
        return []
    match = DATELINE_PARTS.match(text)
    if match is None or not match.group("place"):
        return []
    place = match.group("place")
    start = match.start("place")
    places = []
    for part in place.split(","):
        offset = start + len(part) - len(part.lstrip())
        start += len(part) + 1
        key = part.strip().lower()
        kinds = gazetteer_kinds(key)
        if key and key not in _NEVER and not ("ORG" in kinds and "LOC" not in kinds):
            places.append(Mention(part.strip(), "place", (0, offset)))
    return places


def _dateline_end(text: str) -> int:
    match = DATELINE_WITH_AGENCY.match(text)
    return match.end() if match else 0


def _vessel(mention: Mention, sentences) -> bool:
    """Whether a mention names a ship, no entity: it opens on a navy's or a merchant
    ship's prefix, or comes right after one ("HMS Iron Duke", "USS" + "George Washington",
    "MV Svend Maersk"), or is the prefix alone."""
    if mention.text.partition(" ")[0] in SHIP_PREFIXES:
        return True
    sentence, start = mention.order
    before = sentences[sentence].text[max(0, start - 7):start]  # "ship MV "
    return before.endswith(" ") and before[:-1].rpartition(" ")[2] in SHIP_PREFIXES


def _subject_of_a_law(mention: Mention, sentences) -> bool:
    """Whether a mention is what a treaty's name is on ("the European Convention on Human
    Rights", "the Convention on International Trade ..."): part of a law's name, no
    entity."""
    sentence, start = mention.order
    return sentences[sentence].text.endswith(_LAW_HEADS, max(0, start - 16), start)


_LAW_WORDS = frozenset(("Convention", "Treaty", "Charter", "Protocol", "Covenant"))
_LAW_HEADS = ("Convention on ", "Treaty on ", "Charter on ", "Protocol on ", "Covenant on ",
              "Convention on the ", "Treaty on the ", "Charter on the ", "Protocol on the ",
              "Covenant on the ")


def _a_code(mention: Mention) -> bool:
    """Whether a "person", or a "place" of one word, is a code, a format or a handle, by a
    word that mixes letters and digits: "3D", "3G", "MI5" and "BRCA2" are no place,
    "Captive007" and "Beastly 5K" no person. A road or a peak named by a letter and a number
    ("M25", "K2") stays a place, and a person's name with a number of its own ("50 Cent")
    a person."""
    if mention.kind == "person":
        return _LETTERS_AND_DIGITS.search(mention.text) is not None
    return (mention.kind == "place" and " " not in mention.text
            and _CODE.match(mention.text) is not None)


# A letter (or "_") beside a digit ("Captive007", "5K"): it opens on the digit, so that re
# skips to the digits in C (a letter first is tried at every character, ~60 ns each)
_LETTERS_AND_DIGITS = regex(r"[0-9](?:(?<=[^\W\d][0-9])|(?=[^\W\d]))")
_CODE = regex(r"[0-9]+[^\W\d]|[^\W\d]{2,}[0-9]")  # "3D", "MI5"; not "M25"


def _keep(text: str, authors: set[str]) -> bool:
    """Drop byline authors, and words that are never names on their own."""
    key = " ".join(text.lower().split())
    # A name starts with a letter or digit: "&N" is the tail of a "B&N" the tagger cut.
    # "D." alone is an initial whose name the tokenizer or tagger cut off.
    return (key not in authors and key not in _NEVER and key[:1].isalnum()
            and any(map(str.isalpha, key)) and not (len(key) == 2 and key[1] == "."))
