"""Ages, results and what a time measures, as news writes them (issue 18)."""
from __future__ import annotations

from newsbrief.facts.numbers import extract_numbers
from newsbrief.pipeline import article_from_text, split


def numbers(text: str) -> list[tuple[str, str, str]]:
    return [(n.text, n.context, n.kind) for n in extract_numbers(split(article_from_text(text)))]


def test_a_bare_number_after_a_name_is_that_persons_age():
    assert numbers("Hugh Grant, 54, said he would have liked to serve.") == [
        ("54", "Hugh Grant", "age")]
    assert numbers("Paul Maxwell (49) walked out of the prison on Friday.") == [
        ("49", "Paul Maxwell", "age")]
    assert numbers("The vote was 54, with 12 against.") == [("12", "against", "number")]
    assert numbers("Her father Martin Burke, now 73, moved out.") == [
        ("73", "Martin Burke", "age")]
    assert numbers("She came without her boyfriend Nico Jackson, 35.") == [
        ("35", "Nico Jackson", "age")]
    assert numbers("They arrived at Gate 35. It was late.") == []


def test_match_results_are_scores():
    assert ("3-0", "Chelsea lost", "score") in numbers(
        "Chelsea lost 3-0 to Werder Bremen on Tuesday night.")
    assert ("2-2", "at Anfield", "score") in numbers("Liverpool and Arsenal drew 2-2 at Anfield.")
    assert numbers("Call the office on 555-1234 before noon.") == []
    assert ("10-15", "people", "number") in numbers("Each night 10-15 people came to the door.")


def test_a_measure_of_time_says_what_took_it():
    assert ("seven years", "Bird was jailed", "measure") in numbers(
        "At Preston Crown Court, Greg Bird was jailed for seven years.")
    assert numbers("It was the second time in three years.") == []


def test_a_quote_opening_ends_what_a_number_counts():
    assert numbers("He has won three games 'I think we can do it,' he said.") == [
        ("three", "games", "number")]


def test_an_amount_converted_in_brackets_counts_what_the_amount_does():
    assert numbers("The console goes on sale for $250 (£132) in March.") == [
        ("$250", "goes on sale", "money"), ("£132", "goes on sale", "money")]
    assert numbers("Profit in the quarter was 4.3bn rupees ($98m; £52m).") == [
        ("4.3bn rupees", "quarter was", "money"), ("$98m", "quarter was", "money"),
        ("£52m", "quarter was", "money")]


def test_a_time_spent_says_what_went_on_for_it():
    assert numbers("The sisters had served in Kaloma for seven years.") == [
        ("seven years", "served in Kaloma", "measure")]
    assert numbers("Kaloma has been governed by one party for the past 20 years.") == [
        ("20 years", "governed by one party", "measure")]
    # words that hold no verb may tell of anything ("the lowest streets over the next ...")
    assert numbers("It will move families from the lowest streets over the next three "
                   "years.") == []
    # not a name, a pronoun or an amount before it
    assert numbers("The oil spread across the Gulf of Kaloma for five months.") == []
    assert numbers("She stood beside him for 40 years.") == []


def test_a_thrashing_and_a_lead_are_results():
    assert numbers("Memories of last season's 5-1 thrashing at Harbourton lingered.") == [
        ("5-1", "thrashing at Harbourton", "score")]
    assert numbers("In February, Westmere were already leading 4-0.") == [
        ("4-0", "Westmere were already leading", "score")]


def test_more_than_before_a_number_leaves_the_words_before_it_to_say_what_it_counts():
    assert numbers("Seizures at the border rose by more than 800%, it said.") == [
        ("800%", "border rose", "percent")]
    assert numbers("The donor has given more than £10m since 1999.") == [
        ("£10m", "donor has given", "money")]


def test_a_match_of_several_sets_is_one_result():
    assert numbers("Mirza won 6-4 6-2 in front of a delirious crowd.") == [
        ("6-4 6-2", "in front of a delirious crowd", "score")]
    assert numbers("Hantuchova built on her form with a 7-6 6-2 win over Molik.") == [
        ("7-6 6-2", "win over Molik", "score")]


def test_a_count_ending_its_sentence_after_a_preposition_is_counted_by_the_noun_before():
    assert numbers("The programme added new positions, taking their tally to 444.") == [
        ("444", "taking their tally", "number")]
    assert numbers("The vote was 54.") == []
