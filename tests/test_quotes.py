"""Quotations and their speakers; articles written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbrief.facts.quotes import extract_quotes
from newsbrief.records import Article, Document, Entity
from newsbrief.text import split_sentences

from .growth import LINEAR, growth

ROSS = Entity("Wilbur Ross", "person", 3, ("Ross",))
SMITH = Entity("Jane Smith", "person", 2, ())


def quotes(body: str, people: tuple[Entity, ...] = ()) -> list[tuple[str, str | None]]:
    document = Document(Article(source="-", body=body), split_sentences(body), 0)
    return [(q.text, q.speaker) for q in extract_quotes(document, people)]


def test_fronted_verb_and_pronoun_resolve_to_the_same_person():
    body = ("The ruling angered the government. “We will appeal,” said Wilbur Ross, the commerce "
            "secretary. He added: “This is about national security.”")
    assert quotes(body, (ROSS,)) == [
        ("We will appeal", "Wilbur Ross"),
        ("This is about national security.", "Wilbur Ross"),
    ]


def test_a_quote_split_by_its_attribution_keeps_the_speaker():
    body = '"We will appeal the ruling," Ross said. "This is simply wrong."'
    assert quotes(body, (ROSS,)) == [
        ("We will appeal the ruling", "Wilbur Ross"),
        ("This is simply wrong.", "Wilbur Ross"),
    ]


def test_surname_maps_to_the_full_name_even_without_an_entity():
    body = ('"We will appeal the ruling," said Wilbur Ross. Later that day the court closed.\n\n'
            '"Nothing will change our minds," Ross told reporters.')
    assert [speaker for _, speaker in quotes(body)] == ["Wilbur Ross", "Wilbur Ross"]


@pytest.mark.parametrize("body, speaker", [
    ('"The bridge is safe to use," Jane Smith said.', "Jane Smith"),
    ('"The bridge is safe to use," said Jane Smith.', "Jane Smith"),
    ('"The bridge is safe to use," Smith, a spokeswoman for the city, said.', "Jane Smith"),
    ('"The bridge is safe to use," according to Jane Smith.', "Jane Smith"),
    ('"The bridge is safe to use," Smith told the local paper.', "Jane Smith"),
    ('Jane Smith: "The bridge is safe to use."', "Jane Smith"),
    ('Jane Smith said: "The bridge is safe to use."', "Jane Smith"),
    ('According to Jane Smith, "the bridge is safe to use."', "Jane Smith"),
    ('"The bridge is safe to use," a city spokesman said.', "a city spokesman"),
    ('"The bridge is safe to use," Mayor Tom Okafor said.', "Tom Okafor"),
    ('"The steel was made in the U.S.," Jane Smith said.', "Jane Smith"),
    ('The city spokesman said: "The bridge is safe to use."', "the city spokesman"),
    ('"The bridge is safe to use," Jane Smith, the head of roads and bridges for the county of '
     'Harbourton told reporters.', "Jane Smith"),
    ('Jane Smith urged the council to reopen it, saying: "The bridge is safe to use."',
     "Jane Smith"),
    ('Jane Smith thanked the crews, telling reporters "the bridge is safe to use."', "Jane Smith"),
    ('A city engineer, who asked not to be named, told the paper: "The bridge is safe to use."',
     "a city engineer"),
    ('In an interview last week, Jane Smith defended the repairs, saying: "The bridge is safe '
     'to use."', "Jane Smith"),
    ('Jane Smith defended the repairs saying "the bridge is safe to use."', "Jane Smith"),
    ('Jane Smith told reporters at the river just before the bridge reopened on Monday: "The '
     'bridge is safe to use."', "Jane Smith"),
    ('"The bridge is safe to use," said the 52-year-old engineer at a local building firm, '
     'which did the repairs.', "the 52-year-old engineer"),
    ('"The bridge is safe to use," said a spokesman for the city.', "a spokesman for the city"),
    ('"The bridge is safe to use," Smith famously said.', "Jane Smith"),
    ('"The bridge is safe to use," Smith\'s family said.', "Smith's family"),
    ('"The bridge is safe to use," posted former city engineer Jane Smith on Twitter.',
     "Jane Smith"),
    ('"The bridge is safe to use," said senior Harbourton adviser Jane Smith.', "Jane Smith"),
    ('"The bridge is safe to use," said club president Jane Smith during a visit.',
     "Jane Smith"),
])
def test_attribution_patterns(body, speaker):
    assert quotes(body, (SMITH,))[0][1] == speaker


def test_pronoun_after_a_named_person_without_a_quote_before():
    body = ("Jane Smith inspected the bridge on Monday.\n\n"
            '"It is safe to use," she said.')
    assert quotes(body, (SMITH,)) == [("It is safe to use", "Jane Smith")]


def test_partial_quote_inside_a_sentence():
    body = 'Senator Jane Smith called the plan "a disaster for farmers" and left the room.'
    assert quotes(body, (SMITH,)) == [("a disaster for farmers", "Jane Smith")]


def test_nested_single_quotes_stay_inside_the_double_quote():
    body = '"The guard told me, \'Go home now,\' and I did," said Jane Smith.'
    assert quotes(body, (SMITH,)) == [("The guard told me, 'Go home now,' and I did",
                                      "Jane Smith")]


def test_a_quote_runs_over_paragraphs_when_the_next_one_reopens():
    body = ('Jane Smith spoke last.\n\n'
            '"We will rebuild the bridge.\n\n'
            '"We will never give up," Smith told the crowd.\n\n'
            'The crowd cheered.')
    assert quotes(body, (SMITH,)) == [
        ("We will rebuild the bridge. We will never give up", "Jane Smith")]


def test_curly_and_straight_marks():
    body = ('“The water is clean now,” Smith said.\n\n'
            '"The pipes are new as well," Smith added.')
    assert [text for text, _ in quotes(body, (SMITH,))] == [
        "The water is clean now", "The pipes are new as well"]


def test_single_quote_style_with_apostrophes():
    body = ("'We don't know yet what the farmers' union wants,' Jane Smith said.\n\n"
            "She added: 'It's too early to say.'")
    assert quotes(body, (SMITH,)) == [
        ("We don't know yet what the farmers' union wants", "Jane Smith"),
        ("It's too early to say.", "Jane Smith"),
    ]


def test_tabloid_style_quote_left_open_at_the_end_of_its_paragraph():
    body = ("Jane Smith said: 'I did not see the hole in the road.\n\n"
            "'I went over the handlebars and landed on my face.\n\n"
            "The council has apologised.")
    assert quotes(body, (SMITH,)) == [(
        "I did not see the hole in the road. I went over the handlebars and landed on my face.",
        "Jane Smith")]


@pytest.mark.parametrize("body", [
    'The so-called "gotcha" moment came late.',
    'She watched "The Long Bright River" on Sunday.',
])
def test_scare_quotes_and_titles_are_not_quotations(body):
    assert quotes(body) == []


def test_an_unbalanced_mark_swallows_nothing_after_its_paragraph():
    body = ('A stray "mark opens here and never closes in this paragraph at all.\n\n'
            "This paragraph has no marks and must stay out of any quote.\n\n"
            '"The bridge is safe to use," Smith said.')
    assert quotes(body, (SMITH,)) == [("The bridge is safe to use", "Jane Smith")]


def test_quote_text_is_verbatim():
    body = '"Prices  rose by   a third," said Jane Smith. "Nobody expected it!"'
    for text, _ in quotes(body):
        assert " ".join(text.split()) in " ".join(body.split())


@pytest.mark.parametrize(("mark", "size"), [('"', 625), ("“", 625), ("”", 625), ("'", 625),
                                            ('" a ', 250), ("‘ x’s ", 250)])
def test_thousands_of_marks_stay_linear(mark, size):
    assert growth(lambda n: quotes("He said " + mark * n + " and left."), size) < LINEAR


def test_thousands_of_quotes_after_reported_speech_in_one_paragraph_stay_linear():
    def run(count: int) -> None:
        quotes(" ".join(f'The crowd said it twice. "Quote {n} is here."' for n in range(count)))

    assert growth(run, 200) < LINEAR


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="\"“”‘’' abcHe said.,:\n", max_size=300))
@example(", H:“”")  # (a comma opens the sentence before a colon: no word before it)
def test_any_arrangement_of_marks_is_handled(body):
    for text, speaker in quotes(body):
        assert text
        assert speaker is None or speaker.strip()


def test_pronoun_after_reported_speech_with_an_aside_is_that_person():
    costa = Entity("Ana Costa", "person", 1, ())
    body = ("“The plan is sound,” said Jane Smith.\n\nAna Costa, a retired teacher who lives "
            "nearby, said she was worried. “Three years is a long time,” she said.")
    assert quotes(body, (SMITH, costa))[-1] == ("Three years is a long time", "Ana Costa")


def test_key_positions_same_for_few_and_many_keys():
    """Few keys are found with str.find per key, many in one pass: the same positions."""
    from newsbrief.facts import scan

    text = "ana lopez met ana. lopez-garcia, o'neill and o'neill's aide; ana lopez left (x) x"
    keys = ["ana lopez", "lopez", "o'neill", "ana", "(x)", "x", "garcia", "absent"]
    few = sorted(scan.key_positions(text, keys))
    many = sorted(scan.key_positions(text, keys + [f"filler{n}" for n in range(80)]))
    assert few == many
    assert (0, "ana lopez") in few and (76, "(x)") in few and (80, "x") in few
    assert not any(key == "absent" for _, key in few)


OKAFOR = Entity("Tom Okafor", "person", 1, ())


@pytest.mark.parametrize("body", [
    # two clauses: the sentence's first name need not be who speaks
    'Tom Okafor left early, but the engineers stayed, saying: "The bridge is safe to use."',
    # a capitalised opener that is nobody found as a person
    'Speaking at the opening, the council cut the ribbon, saying: "The bridge is safe to use."',
    # a fragment: no verb after the name
    'Tom Okafor, saying: "The bridge is safe to use."',
    # an owner, not the subject
    "Tom Okafor's deputy cut the ribbon, saying: \"The bridge is safe to use.\"",
    # a pronoun whose person the sentence before names goes to them, but not against the
    # gender the article shows ("Mr"); one not named there stays unresolved
    'Mr Tom Okafor arrived. She cut the ribbon, saying: "The bridge is safe to use."',
    'Tom Okafor arrived. The crowd cheered. She cut the ribbon, saying: "The bridge is safe."',
])
def test_participle_attribution_needs_one_clause_and_a_known_person(body):
    assert quotes(body, (OKAFOR, SMITH))[0][1] is None


COSTA = Entity("Ana Costa", "person", 2, ("Costa",))


def test_a_quote_opening_its_paragraph_after_reported_speech_is_that_speaker():
    body = ("The bridge will reopen in May, Ana Costa says. Crews worked through the winter.\n\n"
            '"We have checked every bolt on it twice."')
    assert quotes(body, (COSTA,)) == [("We have checked every bolt on it twice.", "Ana Costa")]


def test_a_phrase_quoted_inside_another_sentence_takes_no_reported_speaker():
    body = ("The bridge will reopen in May, Ana Costa says.\n\n"
            'The council voted to keep it shut "for as long as the repairs take, and not a day '
            'longer than that".')
    assert quotes(body, (COSTA,))[0][1] is None


def test_the_attribution_of_a_quote_is_not_reported_speech_for_the_next():
    body = ('"We need help against Harbourton Transit," Ana Costa, the mayor, said.\n\n'
            '"There needs to be a real effort from everyone."')
    assert [speaker for _, speaker in quotes(body, (COSTA,))] == ["Ana Costa", "Ana Costa"]


def test_she_skips_the_man_the_article_calls_mr():
    body = ('"We will reopen the bridge in May," Mrs Costa said.\n\n'
            '"The steel is sound," Mr Okafor said.\n\n'
            '"I have checked every bolt myself," she said.')
    assert [speaker for _, speaker in quotes(body, (COSTA, OKAFOR))] == [
        "Ana Costa", "Tom Okafor", "Ana Costa"]


def test_he_skips_the_woman_who_twice_said_she():
    body = ("Ana Costa said she would reopen the bridge. Costa said she had seen the tests.\n\n"
            '"The steel is sound," Tom Okafor said.\n\n'
            "Ana Costa spoke after him.\n\n"
            '"I have checked every bolt myself," he said.')
    assert quotes(body, (COSTA, OKAFOR))[-1][1] == "Tom Okafor"


@pytest.mark.parametrize("body", [
    '"The bridge is safe to use," posted former city engineer Jim Okafor on Twitter.',
    '"The bridge is safe to use," wrote former city engineer Jim Okafor in 1980.',
])
def test_a_place_or_time_is_never_the_speaker(body):
    speaker = quotes(body)[0][1]
    assert speaker is None or speaker.split()[0] not in ("on", "in", "last")


@pytest.mark.parametrize("body", [
    '"The bridge is safe to use," President said.',
    '"The bridge is safe to use," the Italian said.',
    '"The bridge is safe to use," said Friday.',
])
def test_a_title_a_day_or_a_nationality_alone_is_no_speaker(body):
    assert quotes(body)[0][1] in (None, "the Italian")


def test_every_whitespace_character_but_the_space_is_unprintable():
    # quotes._collapsed leaves a printable text without "  " as it is: this makes that exact
    import re
    import sys

    spaces = re.compile(r"\s")
    assert not [c for c in map(chr, range(sys.maxunicode + 1))
                if c != " " and c.isprintable() and spaces.match(c)]


@given(st.text(alphabet=" \t\n\xa0\u2028ab,.", max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_quote_s_whitespace_collapses_as_the_pattern_collapses_it(text):
    from newsbrief.facts.quotes import _SPACES, _collapsed

    assert _collapsed(text) == _SPACES.sub(" ", text)


def test_re_s_whitespace_is_str_isspace():
    # speakers reads words with str.split() where a pattern \S+ read them: the same runs
    import re
    import sys

    spaces = re.compile(r"\s")
    assert not [c for c in map(chr, range(sys.maxunicode + 1))
                if bool(spaces.match(c)) != c.isspace()]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t\u00a0\u2003\u3000ab,:", max_size=12), st.integers(0, 14))
def test_the_mark_before_a_pronoun_is_read_back_without_a_copy_of_the_text(text, offset):
    """The last character before an offset, whitespace (str.isspace) skipped, as
    ``text[:offset].rstrip()[-1:]`` gives it: read back from the offset, since a copy of
    the text before each quote's pronoun grew with the square of a long text."""
    from newsbrief.facts.attribution import _last_char_before

    assert _last_char_before(text, offset) == text[:offset].rstrip()[-1:]


@given(st.text(alphabet="ab \n'‘’\"“”„«»", max_size=40))
def test_single_style_counts_as_the_plain_formula(text):
    # _single_style counts the double marks only when there is a single one to weigh them
    from newsbrief.facts.quotes import _single_style

    doubles = sum(text.count(mark) for mark in "\"“”„«»")
    singles = text.count("‘") + text.count(" '") + text.count("\n'")
    assert _single_style(text) == (singles > doubles)
