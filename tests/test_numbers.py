"""Numbers with what they count; sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.facts.numbers import extract_numbers
from newsbrief.records import Article, Document
from newsbrief.text import split_sentences

from .growth import LINEAR, growth


def numbers(body: str) -> list[tuple[str, str, str]]:
    document = Document(Article(source="-", body=body), split_sentences(body), 0)
    return [(n.text, n.context, n.kind) for n in extract_numbers(document)]


def test_scaled_count_keeps_abbreviation_in_its_context():
    found = numbers("The app now has 19 million regular users in the U.S. and wants more.")
    assert found == [("19 million", "regular users in the U.S.", "number")]


def test_context_runs_to_the_end_of_a_sentence_ending_in_an_abbreviation():
    found = numbers("Our panel polled 2,000 voters in the U.S.")
    assert found == [("2,000", "voters in the U.S.", "number")]


@pytest.mark.parametrize("body, text, context", [
    ("Three sailors were rescued on Monday.", "Three", "sailors"),
    ("The storm destroyed twenty-five fishing boats.", "twenty-five", "fishing boats"),
    ("Crews restored power to 1,200 homes overnight.", "1,200", "homes overnight"),
    ("Rescuers found four hundred survivors.", "four hundred", "survivors"),
    ("Thousands of protesters marched through the capital.", "Thousands", "protesters"),
])
def test_cardinals_in_words_and_digits(body, text, context):
    assert (text, context, "number") in numbers(body)


@pytest.mark.parametrize("body, text, context", [
    ("Between 10 and 15 villages were flooded.", "10 and 15", "villages"),
    ("The fire burned 10-15 barns near the river.", "10-15", "barns near the river"),
    ("Police expect 10 to 15 arrests this week.", "10 to 15", "arrests this week"),
])
def test_ranges(body, text, context):
    assert (text, context, "number") in numbers(body)


@pytest.mark.parametrize("body, text, context", [
    ("The town spent $4.5 million on new roads.", "$4.5 million", "on new roads"),
    ("The lender lost €20bn in bad loans.", "€20bn", "in bad loans"),
    ("A ferry ticket costs £3 at the harbour.", "£3", "at the harbour"),
    ("Entry to the shrine costs ¥100 for adults.", "¥100", "for adults"),
    ("The fund raised US$2 billion from pension funds.", "US$2 billion", "from pension funds"),
    ("The club paid 500 dollars for the old bus.", "500 dollars", "for the old bus"),
])
def test_money_in_several_currencies(body, text, context):
    assert (text, context, "money") in numbers(body)


def test_money_whose_next_words_only_say_when_takes_the_words_before():
    assert numbers("The charity raised $30,000 last year.") == [
        ("$30,000", "charity raised", "money")]


@pytest.mark.parametrize("body, text, context", [
    ("Bread prices rose 2.5% in March.", "2.5%", "Bread prices rose"),
    ("Turnout reached 40 per cent of registered voters.", "40 per cent", "of registered voters"),
    ("About 12 percent of the wells ran dry.", "12 percent", "of the wells"),
])
def test_percentages(body, text, context):
    assert (text, context, "percent") in numbers(body)


@pytest.mark.parametrize("body, text, context", [
    ("Volunteers cleared a 5 km stretch of beach.", "5 km", "stretch of beach"),
    ("Temperatures reached 30 degrees across the valley.", "30 degrees", "across the valley"),
    ("The hikers climbed a 6-foot fence at dawn.", "6-foot", "fence at dawn"),
    ("Snow piled 6 feet high against the doors.", "6 feet", "high against the doors"),
    ("The 30-year-old farmer was released.", "30-year-old", "farmer"),
])
def test_measures_with_units(body, text, context):
    assert (text, context, "measure") in numbers(body)


@pytest.mark.parametrize("body", [
    "In 2019 the council voted again.",
    "The polls close at 11:59 p.m. and reopen at 10am on the day.",
    "The vote is on Sept. 20, 2020 and the count on 21 September.",
    "She finished 20th in the race and came third again.",
    "Call 555-1234 or (212) 555-1234 or +44 20 7946 0958 for tickets.",
    "Flight 370 and a Boeing 737 and the G20 and COVID-19 and Apollo 11 made news.",
    "They moved to 10 Downing Street and watched 24/7 coverage of 9/11.",
    "One of the guards said no one came.",
    "One day they will all be rich.",
])
def test_years_times_dates_ordinals_phones_names_and_scores_are_not_counts(body):
    assert numbers(body) == []


def test_a_result_is_a_score_and_a_rank_no_number():
    assert numbers("The No. 1 seed won 3-1 in the final.") == [("3-1", "in the final", "score")]


def test_a_number_in_the_following_context_starts_its_own_fact():
    found = numbers("Officials counted 300 tents and 45 trucks at the camp.")
    assert ("300", "tents", "number") in found
    assert ("45", "trucks at the camp", "number") in found


def test_bare_numbers_without_context_are_dropped_unless_an_age():
    assert numbers("Jane Smith, 45, said so.") == [("45", "Jane Smith", "age")]
    assert numbers("The count reached 45, officials said.") == []


def test_four_hundred_digits_neither_crash_nor_count():
    assert numbers("The code " + "7" * 400 + " opened 12 doors.") == [("12", "doors", "number")]
    assert growth(lambda n: numbers("The code " + "7" * n + " opened 12 doors."), 400) < LINEAR


@pytest.mark.parametrize("unit", ["1-", "one ", "$1 ", "1,", "12.", "- "])
def test_long_runs_stay_linear(unit):
    assert growth(lambda n: numbers(unit * n + "end."), 625) < LINEAR


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-–$€£%kmbnonetwothreetoandper\n", max_size=200))
def test_any_text_of_number_pieces_is_handled(body):
    for text, _, kind in numbers(body):
        assert text and text in " ".join(body.split())
        assert kind in {"number", "money", "percent", "measure"}


def test_a_date_after_the_count_is_not_part_of_what_it_counts():
    found = numbers("The jets dropped two bombs on February 8 near the border. "
                    "The river flooded five times between November 3 and March 1.")
    assert ("two", "bombs", "number") in found and ("five", "times", "number") in found


@pytest.mark.parametrize("body, text, context", [
    ("An estimated 1 million of the city's 12 million residents had left.",
     "1 million", "of the city's 12 million residents"),
    ("Doctors moved 280 of the capital's 520 patients to other hospitals.",
     "280", "of the capital's 520 patients"),
    ("Turnout was 60% of the 348,000 registered voters this year.",
     "60%", "of the 348,000 registered voters"),
    ("They are two of the world's leading coal producers.",
     "two", "of the world's leading coal producers"),
])
def test_a_part_of_a_total_counts_through_the_total_to_its_noun(body, text, context):
    assert (text, context) in [(t, c) for t, c, _ in numbers(body)]


def test_a_contraction_is_a_verb_not_what_a_number_counts():
    found = numbers("For 17 years he's worked on the farm. That's 60% of the harvest lost.")
    assert all(not context.lower().endswith("'s") for _, context, _ in found)
    assert ("17 years", "he's", "measure") not in found



@given(st.text(alphabet="0123456789٣３²? aeinostvwxy’-", max_size=60))
@settings(max_examples=300, deadline=None)
def test_anchors_are_the_digit_runs_and_number_words_a_pattern_finds(text):
    # digit runs are found with str.find (digit_starts) and a number word only where the
    # word it holds is ("seventy" where "seven" is): the same places the plain patterns find
    import re

    from newsbrief.facts.numbers import _anchors
    from newsbrief.facts.numwords import NUMBER_WORDS

    whole_word = r"(?=(?<![^\W_])(?:" + "|".join(NUMBER_WORDS) + r")(?![^\W_]))"
    plain = [m.start() for m in re.finditer(r"\d+", text)]
    plain += [m.start() for m in re.finditer(whole_word, text.lower())]
    assert sorted(_anchors(text)) == sorted(plain)
