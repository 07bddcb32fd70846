"""The one-line "what happened"; leads written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.facts import extract_facts
from newsbrief.facts.headline import headline
from newsbrief.pipeline import article_from_text, split


def line(text: str) -> str | None:
    return headline(split(article_from_text(text)))


def test_wire_dateline_goes_and_its_place_is_appended():
    text = ("WASHINGTON (Reuters) - The Senate passed the farm bill on Tuesday after a long "
            "debate.\n\nMore text follows here.")
    assert line(text) == ("The Senate passed the farm bill on Tuesday after a long debate"
                          " — Washington")


@pytest.mark.parametrize("dateline", ["(CNN) -- ", "(CNN)", "(CNN)  --  "])
def test_cnn_datelines(dateline):
    text = dateline + "A gunman opened fire in a busy market in the north of the city on Friday."
    assert line(text) == "A gunman opened fire in a busy market in the north of the city on Friday"


def test_place_and_country_dateline_keeps_the_city():
    text = "LONDON, England (CNN) -- Thousands of nurses walked out on Monday over pay."
    assert line(text) == "Thousands of nurses walked out on Monday over pay — London"


def test_place_named_in_the_lead_is_not_repeated():
    text = "Lagos, Nigeria (CNN) -- Floods in Lagos forced 300 families from their homes."
    assert line(text) == "Floods in Lagos forced 300 families from their homes"


def test_long_lead_loses_its_opening_clause_and_attribution_but_keeps_the_day():
    text = ("(CNN) -- After weeks of rumors about the club's finances and a string of poor results "
            "at home, Harbor City United sacked its manager, its two assistant coaches and the "
            "head of its youth academy after a run of nine defeats, the club's chairman told "
            "reporters on Thursday.")
    assert line(text) == ("Harbor City United sacked its manager, its two assistant coaches and "
                          "the head of its youth academy after a run of nine defeats — Thursday")


def test_short_lead_keeps_its_opening_clause_and_attribution():
    text = "(CNN) -- After a long debate, the council approved the budget, officials said Monday."
    assert line(text) == ("After a long debate, the council approved the budget, officials said "
                          "Monday")


def test_trailing_relative_clause_goes_when_too_long():
    text = ("(CNN) -- The city council approved a new budget for the harbor district, which has "
            "struggled with falling trade, rising rents and a string of fires in its old "
            "warehouses over the past decade.")
    assert line(text) == "The city council approved a new budget for the harbor district"


def test_a_relative_clause_inside_the_object_goes_alone_when_its_verb_follows():
    text = ("(CNN) -- Harbourton's mayor Elena Duarte has said the flooded district, which has "
            "received $48 million in rebuilding money from the national government, is on its "
            "way to recovery.")
    assert line(text) == ("Harbourton's mayor Elena Duarte has said the flooded district is on "
                          "its way to recovery")


def test_a_summing_up_clause_goes_whole():
    text = ("WASHINGTON (Reuters) - A federal court on Sunday blocked the government's plan to "
            "raise tariffs on imported steel, a ruling that could cost importers billions of "
            "dollars a year.")
    assert line(text) == ("A federal court on Sunday blocked the government's plan to raise "
                          "tariffs on imported steel — Washington")


def test_a_relative_clause_after_the_subject_takes_its_place_names_along():
    text = ("(CNN)A pilot, who survived a crash near an airfield in Rockville, Maryland, was "
            "among six people killed on Monday when a small plane hit two houses in the town.")
    assert line(text) == ("A pilot was among six people killed on Monday when a small plane hit "
                          "two houses in the town")


def test_an_overlong_lead_is_cut_at_a_clause_with_an_ellipsis():
    text = ("(CNN) -- The committee reviewed the plan in detail and found that the costs of the "
            "new tunnel under the river would be far higher than anyone in the city government "
            "had said in public for years.")
    result = line(text)
    assert result.endswith("…") and len(result.split()) <= 25
    assert result.startswith("The committee reviewed the plan")


def test_a_line_cut_between_words_ends_on_a_word_that_carries_meaning():
    # no clause boundary in the second half of the first 25 words: a cut between words
    text = ("(CNN) -- Harbourton's mayor and her deputy testified in a county court Friday in a "
            "long hearing over claims they misled state auditors about the cost of more than "
            "40 bridge repairs.")
    assert line(text) == ("Harbourton's mayor and her deputy testified in a county court Friday "
                          "in a long hearing over claims they misled state auditors about the "
                          "cost…")


def test_that_after_a_preposition_opens_no_clause_to_drop():
    text = ("(CNN) -- The flood in Harbourton last spring marked a sharp and costly turn in the "
            "long history of that river valley's farming towns and their old mills.")
    assert line(text) == ("The flood in Harbourton last spring marked a sharp and costly turn "
                          "in the long history of that river valley's farming towns…")


def test_tabloid_byline_stamps_and_caption_are_skipped():
    text = ("By\n\nJane Doe\n\nPUBLISHED:\n\n04:13 EST, 13 August 2013\n\n|\n\nUPDATED:\n\n"
            "16:27 EST, 13 August 2013\n\n"
            "Fit for trial: The nanny has pleaded not guilty to the charges\n\n"
            "A nanny charged with harming two children in her care has been found fit for trial."
            "\n\nThe judge ruled on Tuesday.")
    assert line(text) == ("A nanny charged with harming two children in her care has been found "
                          "fit for trial")


def test_a_byline_inside_a_one_paragraph_copy_skips_only_itself():
    text = ("Bridge shut for two years. By Maria Green, Transport Correspondent. The city "
            "council voted on Tuesday to close the old harbour bridge for two years.")
    assert line(text) == ("The city council voted on Tuesday to close the old harbour bridge "
                          "for two years")


def test_caption_with_a_label_is_not_the_lead():
    text = ("Horrific: The cyclist after he hit a pothole on his way to work.\n\n"
            "A cyclist broke his elbow when he hit a deep pothole on a country lane.")
    assert line(text) == "A cyclist broke his elbow when he hit a deep pothole on a country lane"


def test_editors_note_and_first_person_openers_are_skipped():
    text = ("Editor's note: Jane Doe is a writer based in Lagos. The views are her own.\n\n"
            "I have lived here for years.\n\n"
            "The state government banned plastic bags across the region on Monday.")
    assert line(text) == "The state government banned plastic bags across the region on Monday"


def test_hard_wrapped_lead_is_joined():
    text = ("A former teacher accused of stealing from a\n\n"
            "school charity will face trial in March, a court has ruled.\n\nMore text.")
    assert line(text).startswith("A former teacher accused of stealing from a school charity")


def test_lead_split_after_an_abbreviation_is_joined():
    text = "(CNN) -- World No. 1 Jane Doe will face a big test of her new ranking this weekend."
    assert line(text) == "World No. 1 Jane Doe will face a big test of her new ranking this weekend"


def test_no_story_text_means_no_headline():
    assert line("Photos: the best of the week\n\nClick here for more") is None


def test_extract_facts_wires_the_headline():
    article = article_from_text("(CNN) -- The city council approved a new budget on Monday.")
    facts = extract_facts(split(article))
    assert facts.headline == "The city council approved a new budget on Monday"


def test_a_count_opening_the_lead_is_its_subject_not_a_clause_to_drop():
    text = ("(CNN) -- At least 37 people, including 26 civilians and some soldiers of the "
            "army, were killed in a car bombing Sunday at a checkpoint on the outskirts of "
            "Harbourton, the local observatory and state media said.")
    assert line(text) == ("At least 37 people were killed in a car bombing Sunday at a "
                          "checkpoint on the outskirts of Harbourton")


def test_more_than_a_count_keeps_its_subject_even_without_including():
    text = ("More than 200 workers, many of them from the closed mill near the river, marched "
            "through the centre of Harbourton on Saturday to demand their unpaid wages back.")
    found = line(text)
    assert found.startswith("More than 200 workers")


def test_a_time_span_opening_the_lead_is_a_clause_to_drop():
    text = ("Less than two weeks after she was hurt in a crash on the bypass, a 12-year-old "
            "Harbourton girl is home and feeling well enough to tease her younger brother, her "
            "family says.")
    assert line(text).startswith("A 12-year-old Harbourton girl is home")


def test_every_abbreviation_is_found_at_the_tail_with_its_stop_and_a_line_end():
    # _ends_abbreviated's window is the longest abbreviation, its stop and a line end ($
    # matches before a final newline): each abbreviation, the longest among them, is found
    # after a word, alone, and before a line end; not glued to a word before it
    from newsbrief.facts.headline import _ABBREVIATION_END, _ends_abbreviated
    from newsbrief.lexicon import CUT_AT_ABBREVIATIONS

    for abbreviation in CUT_AT_ABBREVIATIONS:
        for text in (f"He lives at {abbreviation}.", f"{abbreviation}.",
                     f"It was No. 1 in {abbreviation}.\n"):
            assert _ends_abbreviated(text), text
            assert bool(_ABBREVIATION_END.search(text)), text
        assert not _ends_abbreviated(f"x{abbreviation}.")


@given(st.text(alphabet="abNoStMrsUSPf .!\"'”’)\n", max_size=30))
@settings(max_examples=500, deadline=None)
def test_ends_searched_at_the_tail_are_the_whole_searches(text):
    # _ends_final, _ends_abbreviated and without_full_stop search only the text's last
    # characters: the same answers as the searches over the whole text
    from newsbrief.facts.headline import (
        _ABBREVIATION_END,
        _FINAL,
        _INITIALS_END,
        _ends_abbreviated,
        _ends_final,
        without_full_stop,
    )

    assert _ends_final(text) == bool(_FINAL.search(text))
    assert _ends_abbreviated(text) == bool(_ABBREVIATION_END.search(text))
    dotted = text + "."
    assert (without_full_stop(dotted) == dotted) == bool(_INITIALS_END.search(dotted))
