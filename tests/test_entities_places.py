"""Places the tagger cuts, splits or calls people (issue 18); articles written for these tests."""
from __future__ import annotations

from newsbrief import summarize_text

from .test_entities_news import kinds


def test_upper_and_lower_open_places_not_names():
    found = kinds("Militants have moved into several districts, including Upper Dir and "
                  "Lower Dir, officials in Pakistan said on Monday.")
    assert {"Upper Dir", "Lower Dir"} <= set(found["places"])
    assert found["people"] == []


def test_a_place_word_that_ends_surnames_too_ends_a_place_written_where_a_place_stands():
    found = kinds("The group planned to float to Pearce Ferry in Arizona, said guide Tom "
                  "Harris. The driver went down Knocker Hill Lane near Derby on Monday.")
    assert {"Pearce Ferry", "Knocker Hill Lane"} <= set(found["places"])
    assert found["people"] == ["Tom Harris"]
    found = kinds("Nathan Lane and Bryan Ferry sang in Boston. The crowd cheered Lane, and "
                  "Ferry waved to Nathan Lane.")
    assert {"Nathan Lane", "Bryan Ferry"} <= set(found["people"])
    assert found["places"] == ["Boston"]


def test_a_place_named_after_an_owner_is_one_place():
    found = kinds("The rafters set off from Lee's Ferry on Monday, guide Tom Harris said.")
    assert "Lee's Ferry" in found["places"]
    assert found["people"] == ["Tom Harris"]


def test_a_seat_of_two_names_joined_by_and_is_one_place():
    found = kinds("Nigel Farage campaigned ahead of the by-election in Heywood and "
                  "Middleton on Thursday. Farage said Ukip would win.")
    assert "Heywood and Middleton" in found["places"]
    assert not {"Heywood", "Middleton"} & set(found["places"])
    found = kinds("Storms hit Dallas and Houston on Thursday, police said.")
    assert {"Dallas", "Houston"} <= set(found["places"])


def test_sub_saharan_africa_is_named_whole():
    found = kinds("The tools were found in the region between sub-Saharan Africa and "
                  "Eurasia, scientists said.")
    assert "sub-Saharan Africa" in found["places"]


def test_where_a_reporter_filed_from_is_no_author_and_stays_a_place():
    brief = summarize_text("By\n\nAnn Keller In Lima, Peru\n\nPUBLISHED: 19:07 EST, 19 August "
                           "2013\n\nTwo women were arrested in Peru on Monday. Police in Peru "
                           "said they carried drugs.")
    assert brief.authors == ("Ann Keller",)
    assert "Peru" in [e.name for e in brief.facts.places]


def test_a_part_of_a_town_written_after_its_name_is_a_place():
    found = kinds("The 29-year-old visited a club in London's Mayfair on Friday, friends "
                  "said.")
    assert {"London", "Mayfair"} <= set(found["places"])
    assert found["people"] == []


def test_a_province_is_named_with_its_word():
    found = kinds("Mohmand is in the country's tribal areas near Pakistan's North West "
                  "Frontier Province, officials said.")
    assert "North West Frontier Province" in found["places"]
    assert "North West Frontier" not in found["places"]


def test_the_adjective_of_a_place_the_article_names_is_no_place():
    found = kinds("Early people took advantage of rivers and lakes that criss-crossed the "
                  "Saharan desert. The Sahara was green then, scientists in Oxford said.")
    assert "Oxford" in found["places"]
    assert "Saharan" not in found["places"]


def test_a_town_that_is_a_common_word_opening_a_caption_label_is_no_place():
    found = kinds("Nice moves: Drogba turned his marker in Bremen on Tuesday.")
    assert found["places"] == ["Bremen"]
    found = kinds("He flew to Nice on Monday. Nice is sunny, said Tom Harris.")
    assert "Nice" in found["places"]


def test_a_police_station_and_an_airport_written_in_lower_case_are_named_whole():
    found = kinds("The women were questioned at Dirandro police station in Lima on Monday. "
                  "They had been arrested at Jorge Chavez airport, police said.")
    assert {"Dirandro police station", "Jorge Chavez airport", "Lima"} <= set(found["places"])
    assert "Dirandro" not in found["places"]
    found = kinds("He landed at a U.S. airport on Monday, police in Boston said.")
    assert {"U.S.", "Boston"} <= set(found["places"])


def test_a_name_joined_by_and_to_a_given_name_is_no_place():
    found = kinds("When Edward and Bella finally kiss, fans in Seattle cheered.")
    assert found["places"] == ["Seattle"]
    found = kinds("Storms hit Dallas and Houston on Thursday, police said.")
    assert {"Dallas", "Houston"} <= set(found["places"])


def test_a_country_glued_to_the_surname_opening_the_next_sentence_is_the_country_alone():
    found = kinds("Maria Alizada fled the war. She now lives in Afghanistan Alizada said she "
                  "was afraid.")
    assert found["places"] == ["Afghanistan"]
    assert found["people"] == ["Maria Alizada"]


def test_a_city_that_spanish_calls_a_city_is_a_place_and_its_short_name_too():
    found = kinds("Police in Ciudad Juarez found three bodies on Sunday. Juarez has seen a wave "
                  "of killings this year. Officials in Juarez said they would add patrols.")
    assert found["people"] == []
    assert found["places"] == ["Ciudad Juarez"]
    facts = summarize_text("Thousands of families fled to Mount Sinjar this week. The United "
                           "Nations said food was dropped on Sinjar on Friday.").facts
    assert [(p.name, p.aliases) for p in facts.places] == [("Mount Sinjar", ("Sinjar",))]
    # a known country is a place of its own, not the mountain named for it
    facts = summarize_text("Climbers on Mount Kenya were rescued on Friday. Rescuers reached "
                           "the climbers on Kenya after two days.").facts
    assert [(p.name, p.aliases) for p in facts.places] == [("Mount Kenya", ()), ("Kenya", ())]


def test_a_town_before_its_state_or_country_is_a_place_not_a_person():
    facts = summarize_text("The singer died Monday in Boca Raton, Florida, his publicist said. "
                           "Oil leaked into the water near Grand Isle, Louisiana. Protests went "
                           "on in Ferguson, Missouri on Tuesday, and William Hague, Kerry said, "
                           "will attend the talks.").facts
    people = {p.name for p in facts.people}
    places = {p.name for p in facts.places}
    assert {"Boca Raton", "Grand Isle", "Ferguson"} <= places
    assert not {"Boca Raton", "Grand Isle", "Ferguson"} & people
    assert "William Hague" in people  # a name, a comma, a place's name that opens a clause


def test_a_given_name_and_a_surname_are_a_person_whatever_place_the_given_name_is():
    facts = summarize_text("The talks will resume on Monday, said Victoria Nuland, a State "
                           "Department spokeswoman. \"We will keep you updated,\" Nuland said. "
                           "Wales wing George North is fit for Saturday.").facts
    people = {p.name: p.aliases for p in facts.people}
    assert people.get("Victoria Nuland") == ("Nuland",)
    assert "George North" in people
    assert not {"Victoria Nuland", "George North"} & {p.name for p in facts.places}
    assert [q.speaker for q in facts.quotes] == ["Victoria Nuland"]


def test_a_given_name_before_a_place_word_stays_a_place():
    facts = summarize_text("Fans gathered at Victoria Station and walked to Elizabeth Street "
                           "before the match. The film was shot in Virginia Beach last "
                           "year. Glancy worked at a golf club near Virginia Water, Surrey, "
                           "from January 2012.").facts
    assert {"Victoria Station", "Elizabeth Street", "Virginia Beach", "Virginia Water"} <= {
        p.name for p in facts.places}
    assert [p.name for p in facts.people] == []


def test_a_given_name_and_a_surname_after_a_persons_role_are_a_person():
    facts = summarize_text("Middlesbrough could lose striker Jordan Rhodes this summer. Rhodes "
                           "has scored 20 goals this season.").facts
    assert {p.name: p.aliases for p in facts.people}.get("Jordan Rhodes") == ("Rhodes",)
    assert "Jordan Rhodes" not in {p.name for p in facts.places}


def test_two_capitalised_words_after_a_relation_or_a_child_are_a_person_whatever_the_name():
    # "Becky" is no given name the lexicon or the gazetteer knows
    text = ("The broken grandfather of murdered schoolgirl Becky Watts has made a music video. "
            "It shows pictures of his granddaughter Becky Watts, who was found dead in March.")
    found = kinds(text)
    assert "Becky Watts" in found["people"]
    assert "Becky Watts" not in found["organizations"] + found["places"]


def test_two_capitalised_words_after_a_title_are_a_person_though_the_given_name_is_a_place():
    text = ("In 1964 the icon of moderate Republicans, New York Gov. Nelson Rockefeller, spoke "
            "to the convention, the crowd booing.")
    found = kinds(text)
    assert "Nelson Rockefeller" in found["people"]
    assert "Nelson Rockefeller" not in found["places"]


def test_a_relative_whose_given_name_is_a_place_is_a_person_and_speaks():
    text = ("Wedding bells are on the horizon for Bristol Palin. The daughter of Sarah Palin "
            "announced her engagement on Monday. Bristol Palin shared a picture of the ring. "
            "\"I am so happy,\" Palin wrote on her blog.")
    facts = summarize_text(text).facts
    assert {p.name for p in facts.people} >= {"Bristol Palin", "Sarah Palin"}
    assert "Bristol Palin" not in {p.name for p in facts.places}
    assert [q.speaker for q in facts.quotes] == ["Bristol Palin"]


def test_a_town_the_tagger_takes_for_a_surname_is_a_place_where_written_as_a_town():
    text = ("Ferguson is crumbling. Ferguson said the police chief would go. Protests went on "
            "in Ferguson on Monday night, and the anger in Ferguson has not faded, residents "
            "said.")
    found = kinds(text)
    assert "Ferguson" in found["places"]
    assert "Ferguson" not in found["people"]


def test_the_city_of_a_town_counts_where_a_town_stands():
    # once after "in", once after "the city of" (a prefix longer than "in"'s)
    found = kinds("Ferguson is crumbling. Ferguson said the police chief would go. Protests "
                  "went on in Ferguson on Monday night, and the city of Ferguson has not "
                  "recovered, residents said.")
    assert "Ferguson" in found["places"]
    assert "Ferguson" not in found["people"]


def test_a_town_between_from_and_in_its_region_is_a_place():
    found = kinds("The victim, from Salisbury in Wiltshire, died in hospital on Monday.")
    assert "Salisbury" in found["places"]
    assert "Salisbury" not in found["people"]
    # a person's full name in a place is still the person
    found = kinds("The studio was a few feet from Wolf Blitzer in New York, and Blitzer "
                  "waved.")
    assert "Wolf Blitzer" in found["people"]
