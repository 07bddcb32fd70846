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
