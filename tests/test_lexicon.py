"""The lexicon's word lists: overlaps that must not happen, and datelines that agree."""
import re

import pytest

from newsbrief import lexicon as lx
from newsbrief.text import stop_words

_TITLES = lx.NAME_TITLES | lx.TITLE_AND_RELATION_WORDS
_NAMES = lx.ORGANIZATIONS | lx.PARTIES
_PARTICLES = lx.NAME_PARTICLES | lx.SPEAKER_PARTICLES | lx.BYLINE_PARTICLES


def _lists():
    return {name: value for name, value in vars(lx).items()
            if name.isupper() and isinstance(value, frozenset)}


def test_every_list_is_defined_once_here():
    """No rule module defines a list the lexicon holds: each is imported from here."""
    import importlib
    import pkgutil

    import newsbrief
    import newsbrief.facts

    lists = {value for value in _lists().values()}
    for package in (newsbrief, newsbrief.facts):
        for info in pkgutil.iter_modules(package.__path__):
            name = f"{package.__name__}.{info.name}"
            if name == "newsbrief.lexicon" or info.name.startswith("cli"):
                continue
            module = importlib.import_module(name)
            for attr, value in vars(module).items():
                if isinstance(value, frozenset) and value in lists:
                    assert getattr(lx, attr, None) is value, f"{name}.{attr} repeats a lexicon list"


def test_word_lists_are_lower_case_but_the_written_forms():
    written = {"TITLES_INSIDE_NAMES", "TITLES_BEFORE_NAMES", "TITLE_QUALIFIERS",
               "ORGANIZATION_HEADS", "FOR_HEADS", "AND_HEADS", "AGENCY_TAILS", "OPENING_MARKS",
               "SHIP_PREFIXES", "PEERS", "SHORT_RANKS", "SHORT_TITLES"}
    for name, words in _lists().items():
        if name not in written:
            assert all(w == w.lower() for w in words), name


@pytest.mark.parametrize("titles", ["NAME_TITLES", "TITLE_AND_RELATION_WORDS", "NAME_ROLES"])
def test_a_title_is_no_organization_nor_an_organization_word(titles):
    words = getattr(lx, titles)
    assert not words & _NAMES
    assert not words & lx.INSTITUTION_TAILS  # "Director" ends no organization's name
    assert not words & _PARTICLES


def test_known_names_are_never_words_that_are_never_names():
    for words in (lx.ORGANIZATIONS, lx.PARTIES, lx.PRODUCTS):
        assert not words & lx.NEVER_ALONE
        assert not words & stop_words("en")
        assert not words & (lx.SENTENCE_OPENERS | lx.SPEAKER_RUN_OPENERS)
    assert not lx.PRODUCTS & _NAMES
    assert not (lx.EVENTS | lx.EVENT_TAILS) & (_NAMES | lx.ORGANIZATION_TAILS)


def test_a_place_word_is_no_organization_word():
    assert not (lx.PLACE_TAILS | lx.PLACE_HEADS) & (lx.INSTITUTION_TAILS | _NAMES)


def test_the_subsets_that_are_meant():
    """Lists of one meaning where one is the other's part, by design."""
    assert lx.SPEAKER_ABBREVIATIONS < lx.ABBREVIATIONS
    assert {w.lower() for w in lx.CUT_AT_ABBREVIATIONS} < lx.ABBREVIATIONS
    assert lx.CONJUNCTIONS < lx.CLAUSE_WORDS
    assert lx.COMMON_PREPOSITIONS < lx.PREPOSITIONS
    assert lx.ORGANIZATION_TAILS < lx.INSTITUTION_TAILS
    assert lx.STORMS < lx.NOT_PERSON_HEADS
    assert lx.TITLE_AND_RELATION_WORDS < lx.NAME_ROLES
    assert lx.NOT_NAMES < lx.NEVER_ALONE
    assert lx.WEEKDAY_NAMES < lx.NEVER_ALONE and "may" not in lx.NEVER_ALONE
    # the honorifics are titles (but "Mx", which the lists of titles do not hold)
    assert lx.HONORIFICS - {"mx"} < lx.NAME_TITLES & lx.TITLE_AND_RELATION_WORDS
    # the speech verbs each rule reads are speech verbs of the speakers' pattern; the
    # ranker's attribution words add "according" and "reported", which it only counts
    speech = frozenset(lx.SPEECH_VERBS)
    assert len(speech) == len(lx.SPEECH_VERBS)  # each verb once in the pattern
    for verbs in (lx.REPORTING_VERBS, lx.TELLING_VERBS, lx.NAMING_VERBS, lx.QUOTING_VERBS):
        assert frozenset(verbs) < speech
    assert lx.ATTRIBUTION_WORDS - speech == {"according", "reported"}
    assert lx.ORGANIZATION_TAILS < lx.BODY_NAME_TAILS
    assert lx.BODY_NAME_TAILS - {"protection"} < lx.INSTITUTION_TAILS


def test_the_particle_lists_share_their_core():
    core = lx.NAME_PARTICLES & lx.SPEAKER_PARTICLES & lx.BYLINE_PARTICLES
    assert core == {"de", "da", "di", "du", "van", "von", "der", "bin", "al"}


# Datelines every rule that reads one takes for a dateline, and lines none takes for one.
_DATELINES = ("WASHINGTON (Reuters) - The Senate voted.", "LONDON, England (CNN) -- The queen said.",
              "(CNN) -- A man was found.", "PARIS (AFP) - France said.",
              "NEW YORK (AP) -- Stocks rose.", "BEIRUT (Reuters) — Fighting continued.",
              "HARBOURTON (Brief Wire) - The city council voted.",
              "(CNN)A man was found.", "ROME (Reuters)The pope said.")
_NOT_DATELINES = ("The council voted on Saturday.", "Police said (CNN) nothing.",
                  "Mayor Elena Duarte called the vote a success.", "U.S. officials said.")
_PATTERNS = (lx.DATELINE_WITH_AGENCY, lx.WIRE_DATELINE, lx.DATELINE_PARTS)


@pytest.mark.parametrize("line", _DATELINES)
def test_the_datelines_agree_on_datelines(line):
    assert all(pattern.match(line) for pattern in _PATTERNS)
    # the entity pass and the headline cut the same text off
    assert (lx.DATELINE_WITH_AGENCY.match(line).end() == lx.DATELINE_PARTS.match(line).end())


@pytest.mark.parametrize("line", _NOT_DATELINES)
def test_the_datelines_agree_on_lines_without_one(line):
    assert not any(pattern.match(line) for pattern in _PATTERNS)


def test_the_datelines_differ_where_said():
    """A place in capitals and a dash, with no agency, is a dateline to the ranker and the
    headline; the entity pass keeps its names (it skips only an agency's dateline)."""
    line = "WASHINGTON — The Senate voted."
    assert lx.WIRE_DATELINE.match(line) and lx.DATELINE_PARTS.match(line)
    assert not lx.DATELINE_WITH_AGENCY.match(line)
    assert all(isinstance(p, re.Pattern) for p in _PATTERNS)


def test_a_pattern_made_from_words_matches_them_as_written():
    assert lx.alternatives(("St.", "Road")) == r"St\.|Road"
    with pytest.raises(ValueError):
        lx.alternatives(())


@pytest.mark.parametrize("line", ["Scroll down for video", "Click here to read more",
                                  "Advertisement", "Published: 12:00 GMT, 3 May 2014",
                                  "Updated: 13:00", "Copyright 2014 CNN", "Watch: the goal",
                                  "Sign up for our newsletter", "Share this article"])
def test_both_furniture_patterns_take_page_furniture(line):
    assert lx.FURNITURE_SENTENCE.match(line) and lx.FURNITURE_LEAD.match(line)


@pytest.mark.parametrize("line", ["The council voted 7-2 on Saturday.",
                                  "Mayor Elena Duarte called the vote a success."])
def test_neither_furniture_pattern_takes_news(line):
    assert not lx.FURNITURE_SENTENCE.match(line) and not lx.FURNITURE_LEAD.match(line)


def test_the_common_prepositions_are_prepositions():
    assert lx.COMMON_PREPOSITIONS < lx.PREPOSITIONS
    assert not lx.PREPOSITIONS & (_TITLES | _NAMES)
