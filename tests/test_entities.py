"""People, organizations and places: tokenizer, tagger, alias merging, on text written here."""
from __future__ import annotations

import dataclasses
import itertools
import json
import random
from importlib import resources

import pytest

from newsbrief.facts import ner, ner_scores, ner_tables
from newsbrief.facts.aliases import Mention, merge_mentions
from newsbrief.facts.entities import extract_entities
from newsbrief.facts.ner_features import lowered_words, sentence_features
from newsbrief.facts.tokens import tokenize, words_and_spans
from newsbrief.pipeline import article_from_text, split

from .growth import LINEAR, growth

ARTICLE = """WASHINGTON (Reuters) - A federal judge in San Francisco on Sunday blocked the \
Commerce Department from banning WeChat, the messaging app owned by Tencent Holdings Ltd.

U.S. Magistrate Judge Laurel Beeler said the ban would restrict the free speech of WeChat's users \
in the United States. The Justice Department declined to comment on Monday.

"The government has not shown that a ban is the only option," Beeler wrote. Judge Beeler also \
cited testimony from users in California and New York.

Representatives of Tencent did not respond. The North Atlantic Treaty Organization (NATO) was \
not involved, but NATO officials in Brussels followed the case, according to Jens Stoltenberg.

Meanwhile, Venezuelan President Nicolás Maduro met actor Jean-Claude Van Damme in Caracas on \
Friday. Van Damme praised Maduro's hospitality.

Katy Stech Ferek contributed reporting.
"""


def entities_of(text: str, authors: tuple[str, ...] = ()):
    article = dataclasses.replace(article_from_text(text, "test"), authors=authors)
    return extract_entities(split(article))


@pytest.fixture(scope="module")
def found():
    people, organizations, places = entities_of(ARTICLE, authors=("Katy Stech Ferek",))
    return tuple({e.name: e for e in group} for group in (people, organizations, places))


def all_names(groups) -> set[str]:
    return {name for group in groups for entity in group.values()
            for name in (entity.name, *entity.aliases)}


def test_tokens_follow_conll_conventions():
    text = "Mr. Smith's U.S. firm didn't sell Jean-Claude's O'Neill (Reuters) -- J. Doe, 3.5%."
    words, spans = words_and_spans(text)
    assert words == ["Mr.", "Smith", "'s", "U.S.", "firm", "did", "n't", "sell", "Jean-Claude",
                     "'s", "O'Neill", "(", "Reuters", ")", "--", "J.", "Doe", ",", "3.5", "%", "."]
    assert [text[a:b] for a, b in spans] == words
    assert tokenize(text) == spans


def test_tokens_of_odd_spacing_map_back_to_the_text():
    text = "  Tab\there,  new\nline 'quoted'  "
    assert [text[a:b] for a, b in tokenize(text)] == ["Tab", "here", ",", "new", "line", "'",
                                                       "quoted", "'"]


def test_people_with_titles_particles_and_accents(found):
    people, _, _ = found
    assert people["Laurel Beeler"].mentions == 3  # Judge Laurel Beeler, Beeler, Judge Beeler
    assert "Beeler" in people["Laurel Beeler"].aliases
    assert "Nicolás Maduro" in people and "Maduro" in people["Nicolás Maduro"].aliases
    assert "Jean-Claude Van Damme" in people
    assert "Van Damme" in people["Jean-Claude Van Damme"].aliases
    assert "Jens Stoltenberg" in people


def test_organizations_acronyms_and_possessives(found):
    _, organizations, _ = found
    assert "NATO" in organizations["North Atlantic Treaty Organization"].aliases
    assert "Tencent Holdings Ltd." in organizations
    assert "WeChat" in organizations  # "WeChat's" lends its name without the 's
    assert "Commerce Department" in organizations


def test_places_are_places_not_people(found):
    people, _, places = found
    for place in ("San Francisco", "California", "New York", "Brussels", "Caracas"):
        assert place in places
        assert place not in people
    assert "U.S." in places["United States"].aliases


def test_no_junk_dateline_or_byline(found):
    names = all_names(found)
    for junk in ("Sunday", "Monday", "Friday", "The", "Representatives", "Judge", "Meanwhile",
                 "Reuters", "Katy Stech Ferek"):
        assert junk not in names
    # the dateline's place is a place of the story (facts-dev's guidelines), nothing else
    people, organizations, places = found
    assert "WASHINGTON" in places and "WASHINGTON" not in {**people, **organizations}
    assert not any("'s" in name or "’s" in name for name in names)


def test_salience_orders_by_mentions_then_first_use(found):
    people, _, _ = found
    entities = list(people.values())
    keys = [(-e.mentions, ARTICLE.index(e.name.split()[-1])) for e in entities]
    assert keys == sorted(keys)
    assert entities[0].name == "Laurel Beeler"


def test_cnn_dateline_is_not_an_organization():
    people, organizations, places = entities_of(
        "(CNN) -- Angela Merkel arrived in Paris on Tuesday.\n\nMerkel met students there.")
    assert "CNN" not in {e.name for e in organizations}
    assert [e.name for e in people] == ["Angela Merkel"] and people[0].mentions == 2
    assert "Paris" in {e.name for e in places}


def test_sentence_initial_common_words_are_not_names():
    people, organizations, places = entities_of(
        "Despite the rain, Olivia Chen won. Well, the crowd cheered for Chen.\n\n"
        "Why Chen trained in Denver is no secret.")
    names = {e.name for group in (people, organizations, places) for e in group}
    assert "Olivia Chen" in names
    assert not {"Despite", "Well", "Why", "Why Chen", "Despite Olivia Chen"} & names


def test_merge_surname_title_and_acronym():
    mentions = [
        Mention("Laurel Beeler", "person", (0, 0)),
        Mention("Beeler", "person", (1, 0)),
        Mention("Beeler", "organization", (2, 0)),  # a tagger slip: still the judge
        Mention("North Atlantic Treaty Organization", "organization", (3, 0)),
        Mention("NATO", "organization", (4, 0)),
        Mention("Tencent Holdings Ltd.", "organization", (5, 0)),
        Mention("Tencent", "organization", (6, 0)),
        Mention("Washington", "place", (7, 0)),
        Mention("George Washington", "person", (8, 0)),
    ]
    people, organizations, places = merge_mentions(mentions)
    assert [(e.name, e.mentions, e.aliases) for e in people] == [
        ("Laurel Beeler", 3, ("Beeler",)), ("George Washington", 1, ())]
    assert [(e.name, e.mentions, e.aliases) for e in organizations] == [
        ("North Atlantic Treaty Organization", 2, ("NATO",)),
        ("Tencent Holdings Ltd.", 2, ("Tencent",))]
    assert [e.name for e in places] == ["Washington"]  # the city is not the president


def test_a_surname_the_tagger_called_a_place_is_the_person_unless_a_known_place():
    """"... breath-taking for Maguire" after "Tobey Maguire": the tagger may call the lone
    surname a place. Unknown to the gazetteer as a place, it is the person; a known place
    ("Washington" beside "George Washington") stays a place, and so does a place that is
    only the first word of a "person" ("Malaga" of a "Malaga Airport" tagged as one)."""
    mentions = [
        Mention("Tobey Maguire", "person", (0, 0)),
        Mention("Maguire", "place", (1, 0)),
        Mention("Washington", "place", (2, 0)),
        Mention("George Washington", "person", (3, 0)),
        Mention("Malaga Airport", "person", (4, 0)),
        Mention("Malaga", "place", (5, 0)),
    ]
    people, _, places = merge_mentions(mentions)
    assert [(e.name, e.mentions, e.aliases) for e in people] == [
        ("Tobey Maguire", 2, ("Maguire",)), ("George Washington", 1, ()),
        ("Malaga Airport", 1, ())]
    assert [e.name for e in places] == ["Washington", "Malaga"]


def test_merge_first_names_and_shared_surnames():
    mentions = [Mention(text, "person", (i, 0)) for i, text in enumerate(
        ["Mitt Romney", "Kieran Romney", "Mitt Romney", "Romney", "Kieran", "Olivia"])]
    people, _, _ = merge_mentions(mentions)
    by_name = {e.name: e for e in people}
    assert by_name["Mitt Romney"].aliases == ("Romney",)  # the more mentioned Romney
    assert by_name["Kieran Romney"].aliases == ("Kieran",)
    assert "Olivia" in by_name  # nobody to merge with


def test_merge_role_before_a_full_name_and_an_organizations_short_name():
    mentions = [Mention("Tim Federle", "person", (0, 0)),
                Mention("Author Tim Federle", "organization", (1, 0)),  # a role, not a firm
                Mention("Prime Minister Ana Costa", "person", (2, 0)),
                Mention("Ana Costa", "person", (3, 0)),
                Mention("Nook Media", "organization", (4, 0)),
                Mention("Nook", "person", (5, 0)),  # a product line, tagged as a person
                Mention("Nook Media", "organization", (6, 0)),
                Mention("Ross", "person", (7, 0)),
                Mention("Ross Stores", "organization", (8, 0)),
                Mention("Ross Capital", "organization", (9, 0)),
                Mention("Obama", "person", (10, 0)),
                Mention("Obama", "person", (11, 0)),
                Mention("Obama Administration", "organization", (12, 0))]
    people, organizations, _ = merge_mentions(mentions)
    by_name = {e.name: e for e in people}
    assert by_name["Tim Federle"].aliases == ("Author Tim Federle",)
    assert by_name["Ana Costa"].mentions == 2
    assert "Nook" not in by_name
    assert "Ross" in by_name  # two Ross firms: which one is unclear
    assert by_name["Obama"].mentions == 2  # named more often than the one administration
    nook = next(e for e in organizations if e.name == "Nook Media")
    assert nook.mentions == 3 and nook.aliases == ("Nook",)


def test_merge_prefers_mixed_case_and_majority_kind():
    mentions = [Mention("LEICESTERSHIRE", "organization", (0, 0)),
                Mention("Leicestershire", "organization", (1, 0)),
                Mention("Leicestershire", "place", (2, 0)),
                Mention("Leicestershire", "organization", (3, 0))]
    people, organizations, places = merge_mentions(mentions)
    assert not people and not places
    assert organizations[0].name == "Leicestershire" and organizations[0].mentions == 4


def test_viterbi_is_exact_on_small_cases():
    model = ner.load_model()
    rng = random.Random(7)
    k = len(model.tags)
    for _ in range(20):
        table = [tuple(rng.randint(-9000, 9000) for _ in range(k)) for _ in range(3)]
        best = max(itertools.product(range(k), repeat=3), key=lambda p: (
            model.start[p[0]] + table[0][p[0]]
            + sum(model.transitions[p[i - 1]][p[i]] + table[i][p[i]] for i in (1, 2))))
        assert ner.viterbi(table, model.transitions, model.start, (0,) * k) == list(best)
        wide = dataclasses.replace(model, margin=10**12)  # nothing is surely O: full search
        assert ner.decode(wide, 3, dict(enumerate(table))) == list(best)


SENTENCES = (
    "Judge Laurel Beeler of San Francisco met NATO officials .",
    "STOCKS RISE IN LONDON AS BRITISH POUND GAINS",
    '"Well," said the judge, "the rule stands."',
    "The Bank of England and the university of Leeds disagreed with Ms. Hart on Monday.",
    "Despite the rain , Maria - who runs Hart Logistics Ltd. - said ( quietly ) that Paris "
    "can wait , while hart and leeds fans cheered .",
)


def _slow_spans(sentences: list[list[str]]) -> list[tuple[int, int, int, str]]:
    """The tagger from the training features: every token scored, the margin test, runs."""
    model = ner.load_model()
    unpack = ner_scores.unpacker(len(model.tags))

    def weights(packed: int) -> tuple[int, ...]:
        return tuple(lane - ner_scores.BIAS for lane in unpack(packed))
    lowered = lowered_words(sentences)
    spans = []
    for s, words in enumerate(sentences):
        unsure = {}
        for i, feats in enumerate(sentence_features(words, lowered, model.gazetteer)):
            rows = [weights(model.packed[f]) for f in feats if f in model.packed]
            score = [sum(column) for column in zip(*rows, strict=True)]
            if score[0] - max(score[1:]) <= model.margin:
                unsure[i] = score
        for i, t in enumerate(ner.decode(model, len(words), unsure)):
            name = model.tags[t]
            if name[0] == "I":
                spans[-1] = (s, spans[-1][1], i, name[2:])
            elif name[0] == "B":
                spans.append((s, i, i, name[2:]))
    return spans


def test_fast_scores_equal_the_training_features():
    sentences = [words_and_spans(s)[0] for s in SENTENCES]
    fast = ner.entity_spans(sentences)
    assert fast == _slow_spans(sentences)
    assert (0, 1, 2, "PER") in fast and (2, 0, 0, "LOC") not in fast
    # the same words again, the cache of words now warm, and one sentence at a time
    assert ner.entity_spans(sentences) == fast
    for s, words in enumerate(sentences):
        assert [(s, *span[1:]) for span in ner.entity_spans([words], lowered_words(sentences))
                ] == [span for span in fast if span[0] == s]


def test_model_ships_as_plain_json_and_integers_under_five_megabytes():
    folder = resources.files("newsbrief").joinpath("data")
    raw = folder.joinpath(ner.MODEL_FILE).read_bytes()
    rows = folder.joinpath(ner.WEIGHTS_FILE).read_bytes()
    assert len(raw) + len(rows) < 5_000_000
    data = json.loads(raw)
    assert data["tags"][0] == "O"
    features = data["weights"]["keys"].split(ner_tables.SEP)  # see summarizer/facts/ner_tables.py
    assert len(features) == len(rows) // (8 * len(data["tags"])) > 20_000
    assert len(rows) % (8 * len(data["tags"])) == 0


def test_empty_and_unusual_documents():
    assert entities_of("nothing capitalised here at all.") == ((), (), ())
    people, _, _ = entities_of("x " * 3000 + "Angela Merkel spoke.")
    assert [e.name for e in people] == ["Angela Merkel"]


def test_one_reading_of_a_name_per_document():
    people, _, _ = entities_of(
        "Prime Minister Theresa May spoke in London in May. May said the vote would go ahead."
        '\n\n"We will win," May told reporters on May 3. Mrs. May left early.')
    assert people[0].name == "Theresa May"
    assert people[0].mentions == 4  # "in May" and "May 3" are the month
    assert people[0].aliases == ("May",)


def test_honorific_makes_a_person():
    people, organizations, _ = entities_of("Mr Evans and Dr. Okafor met the board of Acme Corp.")
    names = {e.name for e in people}
    assert {"Evans", "Okafor"} <= names
    assert not names & {e.name for e in organizations}


def test_batches_of_sentences_change_nothing(monkeypatch):
    from newsbrief.facts import entities

    whole = entities_of(ARTICLE, authors=("Katy Stech Ferek",))
    monkeypatch.setattr(entities, "BATCH_CHARS", 150)  # a few sentences per batch
    assert len(entities._batches(split(article_from_text(ARTICLE, "test")).sentences)) > 3
    assert entities_of(ARTICLE, authors=("Katy Stech Ferek",)) == whole


def test_no_name_starts_with_punctuation():
    text = ("Shares of B&N rose on Friday. Analysts at S&P said B&N and AT&T would gain. "
            "B&N declined to comment, and &N was not a name.")
    names = all_names(tuple({e.name: e for e in group} for group in entities_of(text)))
    assert names and all(name[:1].isalnum() for name in names)


def test_companies_newer_than_the_tagger_and_products():
    text = ("Google said on Tuesday that it would stop selling Android phones in Brazil. "
            "Google and Facebook both declined to give figures, said analyst Maria Souza.")
    people, organizations, places = entities_of(text)
    assert "Google" in {e.name for e in organizations}
    assert "Google" not in {e.name for e in people}
    names = {e.name for group in (people, organizations, places) for e in group}
    assert "Android" not in names and "Maria Souza" in names


def test_named_days_are_not_people():
    text = ("Sales rose before Mother's Day and Valentine’s Day, said store owner Ana Costa. "
            "Costa expects more on New Year's Eve.")
    names = all_names(tuple({e.name: e for e in group} for group in entities_of(text)))
    assert "Ana Costa" in names
    assert not {"Mother", "Valentine", "New Year"} & names


def names_in(text: str) -> dict[str, set[str]]:
    """Names (with aliases) by kind: people, organizations, places."""
    groups = entities_of(text)
    return {kind: {n for e in group for n in (e.name, *e.aliases)}
            for kind, group in zip(("people", "organizations", "places"), groups, strict=True)}


def test_lower_case_particles_stay_inside_names():
    text = ("Officials said Osama bin Laden had planned the attack for months. "
            "The coach, Mark van Bommel, said Omar Haddad played well on Sunday.")
    people = names_in(text)["people"]
    assert {"Osama bin Laden", "Mark van Bommel", "Omar Haddad"} <= people
    assert not {"Osama", "Laden", "Bommel"} & people


def test_al_before_a_name_is_part_of_it():
    text = ("Officials in Sanaa said al Qaeda had claimed the attack. "
            "Analysts said al Qaeda was weaker than a decade ago, according to Lina Haddad.")
    found = names_in(text)
    assert "al Qaeda" in found["organizations"]
    assert not {"al Qaeda", "Qaeda"} & (found["people"] | found["places"])


def test_a_sentence_opening_word_is_not_a_name_by_itself():
    text = ("Sadly, the ferry from Harbourton sank on Tuesday, said Ana Costa. "
            "Imagine a town without a doctor. Ultimately, the council of Harbourton agreed. "
            "Rob Abernethy, who runs the ferry company, said repairs would take a year.")
    found = names_in(text)
    names = found["people"] | found["organizations"] | found["places"]
    assert not {"Sadly", "Imagine", "Ultimately"} & names
    assert {"Ana Costa", "Rob Abernethy"} <= found["people"]


def test_titles_holidays_groups_and_abbreviations_alone_are_not_names():
    text = ("Editor's note: Ana Costa is a writer in Lisbon. "
            "Christmas sales rose, Costa said, and the show airs at 9 p.m. ET on TV. "
            "Muslims and Christians in the town shared a meal, Mayor Tom Reyes said. "
            "The DNA test came back on Friday, Reyes said. Click here for more.")
    found = names_in(text)
    names = found["people"] | found["organizations"] | found["places"]
    assert not {"Editor", "Christmas", "ET", "TV", "Muslims", "Christians", "DNA",
                "Click"} & names
    assert {"Ana Costa", "Tom Reyes"} <= found["people"]


def test_a_full_name_taken_for_an_organization_joins_its_surname():
    def merged(*mentions):
        people, organizations, _ = merge_mentions(
            [Mention(text, kind, (n, 0)) for n, (text, kind) in enumerate(mentions)])
        return {e.name for e in people}, {e.name for e in organizations}

    assert merged(("Ana Costa", "organization"), ("Costa", "person")) == ({"Ana Costa"}, set())
    # The lone word is also a common word, or the name opens on a place: not a person.
    assert merged(("Border Patrol", "organization"), ("Patrol", "person"))[1] == {
        "Border Patrol"}
    assert merged(("West Ham", "organization"), ("Ham", "person"))[1] == {"West Ham"}
    # Another person's full name ends with the word: a relative or a namesake, a person
    # too ("Krystal Ramirez" beside "Isaac Ramirez"), but not a product or a ship.
    people, organizations = merged(("Ana Costa", "organization"), ("Rui Costa", "person"),
                                   ("Costa", "person"))
    assert {"Ana Costa", "Rui Costa"} <= people and not organizations
    people, organizations = merged(("SE Android", "organization"), ("Ann Android", "person"))
    assert organizations == {"SE Android"}


def test_words_before_a_name_say_what_it_is():
    text = ("The city council of Harbourton voted on Saturday to rebuild the docks. "
            "Insurance covered less than half of the losses, according to the Harbourton "
            "Chamber of Commerce. Officials at the Ministry of Fisheries said Ana Costa would "
            "lead the work.")
    found = names_in(text)
    assert "Harbourton" in found["places"]
    assert {"Harbourton Chamber of Commerce", "Ministry of Fisheries"} <= found["organizations"]
    assert not {"Commerce", "Fisheries", "Harbourton"} & (found["people"]
                                                           | found["organizations"])


def test_greetings_initials_and_name_parts_alone_are_not_names():
    text = ("Hey, it worked, said Ana Costa of Westmere Freight Inc. on Monday. "
            "Goodbye to the old docks, Costa said. The Department said the docks closed. "
            "A letter signed by J. told workers to leave.")
    found = names_in(text)
    names = found["people"] | found["organizations"] | found["places"]
    assert not {"Hey", "Goodbye", "Department", "J.", "Inc."} & names
    assert "Ana Costa" in found["people"]


def test_diseases_named_after_people_and_laws_are_not_people():
    text = ("Ana Costa, 71, has had Parkinson's disease since 2019, her son said. "
            "Costa also spoke about Obamacare and Ebola on Monday.")
    names = all_names(tuple({e.name: e for e in group} for group in entities_of(text)))
    assert "Ana Costa" in names
    assert not {"Parkinson", "Obamacare", "Ebola"} & names


def test_a_person_named_like_a_place_is_a_place_and_holidays_are_no_names():
    """"Davies Creek", "Malaga Airport", "Mount Sinjar", which the tagger may call people,
    are places; names that merely end in a word that is also a common surname stay people;
    "Christmas Eve" is nobody."""
    from newsbrief.facts.entities import _keep, _known_kind

    def kind(text: str) -> str:
        return _known_kind(Mention(text, "person", (0, 0))).kind

    assert [kind(t) for t in ("Davies Creek", "Malaga Airport", "Mount Sinjar", "Fort Hood",
                              "Tahrir Square", "Fifth Avenue", "Greater Manchester")] == [
        "place"] * 7
    assert [kind(t) for t in ("Benny Hill", "Jerry Hall", "Ricki Lake", "Michael Bay",
                              "Nathan Lane", "Creek", "West Harbourton")] == ["person"] * 7
    assert _known_kind(Mention("Los Angeles International Airport", "organization",
                               (0, 0))).kind == "place"
    assert _known_kind(Mention("Gulf Cooperation Council", "organization",
                               (0, 0))).kind == "organization"
    assert not _keep("Christmas Eve", set())
    assert _keep("Eve Arnold", set())


def test_a_person_ending_in_a_street_or_an_island_is_a_place_and_its_words_no_people():
    """"Downing Street", "Staten Island", "Orange County", which the tagger may call people,
    are places (an organization with such a word stays one: "Crystal Palace"); a lone
    "person" that opens such a place is its short form, a place ("Ellis" of Ellis Island),
    and one that ends it is nobody ("the Palace")."""
    from newsbrief.facts.entities import _known_kind, _without_words_of_places

    def kind(text: str, as_kind: str = "person") -> str:
        return _known_kind(Mention(text, as_kind, (0, 0))).kind

    assert [kind(t) for t in ("Downing Street", "Kensington Palace", "Staten Island",
                              "Orange County", "Beaver Stadium", "Palm Springs")] == [
        "place"] * 6
    assert kind("Crystal Palace", "organization") == "organization"
    assert [kind(t) for t in ("Nintendo Europe", "Google Maps", "Democrat Ana Costa")] == [
        "organization", "organization", "person"]
    assert [kind(t) for t in ("Harpo Productions", "Westmere FM", "Kaloma Pharmaceuticals",
                              "Virgin Media", "Apollo Theater", "Marriott Hotel")] == [
        "organization"] * 4 + ["place"] * 2
    assert kind("Bruce Springsteen") == "person"
    mentions = [Mention("Ellis Island", "place", (0, 0)), Mention("Ellis", "person", (1, 0)),
                Mention("Buckingham Palace", "place", (2, 0)),
                Mention("Palace", "person", (3, 0)), Mention("Fort Hood", "place", (4, 0)),
                Mention("Hood", "person", (5, 0)), Mention("Costa", "person", (6, 0))]
    assert [(m.text, m.kind) for m in _without_words_of_places(mentions)] == [
        ("Ellis Island", "place"), ("Ellis", "place"), ("Buckingham Palace", "place"),
        ("Fort Hood", "place"), ("Hood", "place"), ("Costa", "person")]
    # the lone last word of a known company's part is nobody ("Apps" of Google Apps)
    assert [m.text for m in _without_words_of_places([
        Mention("Google Apps", "organization", (0, 0)), Mention("Apps", "person", (1, 0)),
        Mention("CNN Director Keating Holland", "organization", (2, 0)),
        Mention("Holland", "person", (3, 0))])] == [
        "Google Apps", "CNN Director Keating Holland", "Holland"]
    # a word of a person's full name stays that person's, and any place may be mistagged
    kept = _without_words_of_places([Mention("Ellis Island", "place", (0, 0)),
                                     Mention("Geoff Ellis", "person", (1, 0)),
                                     Mention("Ellis", "person", (2, 0)),
                                     Mention("Bruce Springsteen", "place", (3, 0)),
                                     Mention("Springsteen", "person", (4, 0))])
    assert [m.kind for m in kept] == ["place", "person", "person", "place", "person"]


def test_a_word_that_never_ends_a_name_is_cut_off_where_a_copy_lost_its_full_stop():
    """One-paragraph copies run a caption into the next sentence ("... in Syria The
    rebels ..."): the name ends before "The"; a name that ends so stays ("Doctor Who")."""
    from newsbrief.facts.entities import _without_glued_words

    def cut(text: str) -> str:
        return _without_glued_words(Mention(text, "place", (0, 0))).text

    assert [cut(t) for t in ("Syria The", "Atletico Madrid Who", "Kalmar Meanwhile",
                             "Ana Costa All", "Westmere Harbour In")] == [
        "Syria", "Atletico Madrid", "Kalmar", "Ana Costa", "Westmere Harbour"]
    assert [cut(t) for t in ("Despite Gerrard", "Meanwhile Nguyen", "Since Harbour City",
                             "All Blacks", "Our Lady", "Without Borders")] == [
        "Gerrard", "Nguyen", "Harbour City", "All Blacks", "Our Lady", "Without Borders"]
    assert _without_glued_words(Mention("Since Harbour City", "place", (2, 10))).order == (
        2, 16)
    assert [cut(t) for t in ("Under Labour", "During Kalmar", "Amid Westmere Harbour")] == [
        "Labour", "Kalmar", "Westmere Harbour"]
    assert [cut(t) for t in ("state-run Harbourton News Agency", "of Football Against Racism",
                             "de Blasio", "al-Qaeda", "iPod Touch", "3rd Battalion",
                             "northern Kaloma")] == [
        "Harbourton News Agency", "Football Against Racism", "de Blasio", "al-Qaeda",
        "iPod Touch", "3rd Battalion", "northern Kaloma"]
    assert [cut(t) for t in ("Doctor Who", "The Who", "Formula One", "Theresa May",
                             "Port Said", "Emre Can")] == [
        "Doctor Who", "The Who", "Formula One", "Theresa May", "Port Said", "Emre Can"]


def test_a_common_word_alone_is_no_person_unless_part_of_a_full_name():
    """The tagger may take a capitalised common noun for a person ("Mom", "Tuberculosis");
    a common word that is the surname of someone the article names in full stays."""
    from newsbrief.facts.entities import _common_word_alone

    named = {"jack", "straw"}
    assert _common_word_alone(Mention("Mom", "person", (0, 0)), named, "", 2)
    assert _common_word_alone(Mention("Tuberculosis", "person", (0, 0)), named, "", 2)
    assert not _common_word_alone(Mention("Straw", "person", (0, 0)), named, "", 1)
    assert not _common_word_alone(Mention("Mom", "organization", (0, 0)), named, "", 2)
    assert not _common_word_alone(Mention("Costa", "person", (0, 0)), named, "", 1)
    # a word also written in lower case: no person when named once, or when the article
    # writes it in lower case too; a person when an honorific stands before it
    assert _common_word_alone(Mention("Morale", "person", (0, 0)), named, "", 1)
    assert not _common_word_alone(Mention("Morale", "person", (0, 0)), named, "", 2)
    assert _common_word_alone(Mention("Morale", "person", (0, 0)), named, "low morale", 2)
    assert not _common_word_alone(Mention("Brown", "person", (0, 0)), named, "Mr Brown", 1)


def test_a_full_name_the_tagger_called_a_place_joins_its_surname_alone():
    """"Chuck Berry" tagged as a place, then "Berry said": the person. Not when the name
    is a known place, opens with one or with a word written in lower case ("New
    Orleans" beside a stray "Orleans"), or says place or storm ("Hurricane Rita")."""
    mentions = [Mention("Chuck Berry", "place", (0, 0)), Mention("Berry", "person", (1, 0)),
                Mention("New Orleans", "place", (2, 0)), Mention("Orleans", "person", (3, 0)),
                Mention("Hurricane Rita", "place", (4, 0)), Mention("Rita", "person", (5, 0)),
                Mention("Afghanistan Obama", "place", (6, 0)),
                Mention("Obama", "person", (7, 0))]
    people, _, places = merge_mentions(mentions)
    assert ("Chuck Berry", 2, ("Berry",)) in [(e.name, e.mentions, e.aliases) for e in people]
    assert [e.name for e in places] == ["New Orleans", "Hurricane Rita", "Afghanistan Obama"]


@pytest.mark.parametrize("word, named, body, dropped", [
    ("Hope", set(), "Hope is all they have. We hope the rain stops.", True),
    ("Hope", set(), "Hope came back to the village on Monday.", False),  # never "hope" here
    ("Hope", {"hope"}, "Hope Solo said so. We hope it holds.", False),  # part of a full name
    ("Assange", set(), "Assange spoke. The assange of it.", False),  # Punkt: never lower case
    ("Life", set(), "Life goes on. A half-life is short.", False),  # "half-life" is not "life"
])
def test_a_lone_common_word_the_article_also_writes_in_lower_case_is_no_person(
        word, named, body, dropped):
    from newsbrief.facts.entities import _common_word_alone

    # (named twice: a common word named once is dropped whatever the body holds)
    assert _common_word_alone(Mention(word, "person", (0, 0)), named, body, 2) is dropped
    assert not _common_word_alone(Mention(word, "place", (0, 0)), named, body, 2)


@pytest.mark.parametrize("name", ["Pakistanis", "Thais", "Britons", "Yazidis", "Swedes", "Haitian",
                                  "Qatari"])
def test_a_nationality_in_the_plural_alone_is_no_entity(name):
    from newsbrief.facts.entities import _keep

    assert not _keep(name, set())  # (whatever the tagger called it)
    assert _keep(f"{name} Abroad Fund", set())


def test_a_person_named_like_an_organization_is_one():
    from newsbrief.facts.entities import _known_kind

    for name in ("Muslim Brotherhood", "Wildlife Fund", "Wharton School", "Strategy Analytics"):
        assert _known_kind(Mention(name, "person", (0, 0))).kind == "organization"
    for name in ("Margaret Court", "Jerrold Post", "Jim Press", "Charles Church"):
        assert _known_kind(Mention(name, "person", (0, 0))).kind == "person"
    assert _known_kind(Mention("School", "person", (0, 0))) is None
    assert _known_kind(Mention("Brotherhood", "place", (0, 0))) is None
    assert _known_kind(Mention("Institute", "organization", (0, 0))) is None


def test_a_names_known_kind_is_the_same_at_every_mention_and_keeps_its_place():
    """The kind a name's words decide is worked out once and kept across documents: each
    later mention gets the same answer at its own place in the text."""
    from newsbrief.facts.entities import _known_kind

    first = _known_kind(Mention("Harbourton Broncos", "person", (0, 4)))
    again = _known_kind(Mention("Harbourton Broncos", "person", (7, 31)))
    assert first == Mention("Harbourton Broncos", "organization", (0, 4))
    assert again == Mention("Harbourton Broncos", "organization", (7, 31))
    kept = Mention("Ana Costa", "person", (3, 0))
    assert _known_kind(kept) is kept
    assert _known_kind(Mention("Ana Costa", "person", (5, 12))).order == (5, 12)
    assert _known_kind(Mention("Boston Marathon", "organization", (1, 2))) is None
    assert _known_kind(Mention("Boston Marathon", "organization", (9, 0))) is None


@pytest.mark.parametrize("text, organization", [
    ("The U.S. Department of Health and Human Services said on Monday that it would act.",
     "U.S. Department of Health and Human Services"),
    ("The Washington Department of Fish and Wildlife has been flooded with calls.",
     "Washington Department of Fish and Wildlife"),
    ("The harvest was legal, Washington Department of Fish and Wildlife Director Phil Anderson "
     "said.", "Washington Department of Fish and Wildlife"),
    ("The Centers for Disease Control and Prevention said on Monday that it would act.",
     "Centers for Disease Control and Prevention"),
    ("Analysts at the Center for Strategic and International Studies said the plan failed.",
     "Center for Strategic and International Studies"),
    ("The Organization for Economic Cooperation and Development said growth slowed.",
     "Organization for Economic Cooperation and Development"),
    ("The Food and Drug Administration approved the drug on Monday.",
     "Food and Drug Administration"),
    ("The National Oceanic and Atmospheric Administration said the storm would weaken.",
     "National Oceanic and Atmospheric Administration"),
])
def test_an_organization_named_over_and_is_one_name(text, organization):
    assert organization in names_in(text + " Officials agreed.")["organizations"]


@pytest.mark.parametrize("text, kept", [
    ("Students from the University of Iowa and Grinnell College marched.",
     {"University of Iowa", "Grinnell College"}),
    ("Eric Holder spoke. The Department of Justice and Holder declined to comment.",
     {"Department of Justice"}),
    ("The IMF and European Commission agreed on the loan.", {"IMF", "European Commission"}),
])
def test_two_names_joined_by_and_stay_two(text, kept):
    assert kept <= names_in(text + " Officials agreed.")["organizations"]
    assert not any(" and " in name for name in names_in(text)["organizations"])


def test_a_link_before_a_name_and_a_role_are_not_part_of_it():
    found = names_in("Watch Anderson Cooper's report on the storm. Officials agreed. "
                     "Nurse Rose Bonnici cared for her. Officials agreed.")["people"]
    assert "Anderson Cooper" in found and "Rose Bonnici" in found
    assert not any(name.startswith(("Watch", "Nurse")) for name in found)


@pytest.mark.parametrize("name, dropped", [
    ("New Yorkers", True), ("Rhode Islanders", True), ("Californians", True),
    ("Atlantan", True), ("Bostonians", True), ("Tonys", True),
    ("Milan", False), ("Houston Texans", False), ("Jordan", False), ("Walker", False),
])
def test_the_people_of_a_place_are_no_entity(name, dropped):
    from newsbrief.facts.entities import _keep, _people_of_a_place

    assert (not _keep(name, set()) or _people_of_a_place(name.lower(), set())) is dropped


def test_a_demonym_like_word_of_a_full_name_stays():
    from newsbrief.facts.entities import _people_of_a_place

    assert _people_of_a_place("ugandan", set())
    assert not _people_of_a_place("ugandan", {"ugandan", "smith"})


def test_a_given_name_the_tagger_called_a_place_is_the_one_person_of_that_name():
    """"Linnea Kenney", then "Linnea" tagged as a place: the person. Not when two people
    share the given name, when the gazetteer knows the word as a place, or when the
    "person" is no one's name ("Windsor Castle" tagged as a person)."""
    mentions = [Mention("Linnea Kenney", "person", (0, 0)), Mention("Linnea", "place", (1, 0)),
                Mention("Windsor Castle", "person", (2, 0)), Mention("Windsor", "place", (3, 0)),
                Mention("Paris Hilton", "person", (4, 0)), Mention("Paris", "place", (5, 0))]
    people, _, places = merge_mentions(mentions)
    assert ("Linnea Kenney", ("Linnea",)) in [(e.name, e.aliases) for e in people]
    assert {"Windsor", "Paris"} <= {e.name for e in places}
    two = [Mention("Anna Cole", "person", (0, 0)), Mention("Anna Bell", "person", (1, 0)),
           Mention("Anna", "place", (2, 0))]
    assert "Anna" in {e.name for e in merge_mentions(two)[2]}


def test_a_name_joined_over_for_joins_nothing_more_over_and():
    """Three mentions in a row: the first two make one name, which does not take the third
    over "and" (a joined name is no single written mention)."""
    from newsbrief.facts.longnames import join_long_names
    from newsbrief.records import Sentence

    text = "The Council on Foreign Relations and Family Services met."
    mentions = [Mention("Council", "organization", (0, 4)),
                Mention("Foreign Relations", "organization", (0, 15)),
                Mention("Family Services", "organization", (0, 37))]
    sentence = Sentence(text=text, index=0, start=0, end=len(text), paragraph=0,
                        paragraph_position=0)
    joined = join_long_names(mentions, (sentence,))
    assert [m.text for m in joined] == ["Council on Foreign Relations", "Family Services"]


def test_a_company_form_or_a_city_team_after_a_name_is_an_organization():
    """A "person" ending in a company's form ("Paws Incorporated") or named like a city's
    team ("Miami Dolphins") is an organization; "Mary Peters" stays a person."""
    from newsbrief.facts.entities import _known_kind

    for text in ("Paws Incorporated", "Miami Dolphins"):
        kept = _known_kind(Mention(text, "person", (0, 0)))
        assert kept is not None and kept.kind == "organization"
    for text in ("Mary Peters", "Paul Scholes"):
        kept = _known_kind(Mention(text, "person", (0, 0)))
        assert kept is not None and kept.kind == "person"


def test_club_names_read_by_name_or_by_word_agree():
    """The two readings of "a name before a club's word" (per name in a short text, one
    pass in a long one) find the same names."""
    from newsbrief.facts.entities import _clubs_by_name, _clubs_by_word

    body = ("Chelsea boss Jose Mourinho spoke. The Denver Broncos quarterback threw twice. "
            "Tesco shares fell; Tescos rose. Ann Lee, a Boston striker-turned-coach, left. "
            "Mr Arsenal said. Rovers midfielder Tom Tate scored. XChelsea boss joked.")
    names = {"Chelsea", "Denver Broncos", "Tesco", "Boston", "Arsenal", "Rovers", "Tom Tate"}
    assert _clubs_by_name(names, body) == _clubs_by_word(names, body) == {
        "Chelsea", "Denver Broncos", "Tesco", "Rovers"}


def test_company_names_are_read_after_the_nouns_the_article_writes():
    """A name right after a company's noun and its spaces is a company's: not after a noun
    inside a word or glued to a mark, nor one too far before the name."""
    from newsbrief.facts.entities import _companies_by_noun
    from newsbrief.lexicon import COMPANY_NOUNS

    body = ("The software firm Macrovision sued. Rock band  Gold Lane played.\nIts airline\n"
            "Skyway flew. A firmly Tarn said no; the (firm) Oxbridge Ltd and firm-Bexley "
            "did too. The chain Lidl grew, as did superchain Norma. The network "
            "                  Canto stayed.")
    names = {"Macrovision", "Gold Lane", "Skyway", "Tarn", "Oxbridge Ltd", "Bexley", "Lidl",
             "Norma", "Canto"}
    nouns = COMPANY_NOUNS & set(body.replace("(", " ").replace(")", " ").split())
    assert _companies_by_noun(names, body, nouns) == {"Macrovision", "Gold Lane", "Skyway", "Lidl"}


def test_a_name_with_and_without_its_the_or_its_curly_apostrophe_is_one_form():
    _, organizations, _ = merge_mentions([
        Mention("The University of Harbourton", "organization", (0, 0)),
        Mention("University of Harbourton", "organization", (1, 0)),
        Mention("Dunne’s Stores", "organization", (2, 0)),
        Mention("Dunne's Stores", "organization", (3, 0))])
    assert [(e.name, e.mentions) for e in organizations] == [
        ("University of Harbourton", 2), ("Dunne’s Stores", 2)]


def test_a_line_up_initial_and_surname_is_the_player_named_in_full():
    people, organizations, _ = merge_mentions([
        Mention("Shane Horgan", "person", (0, 0)),
        Mention("Ed Smart", "person", (1, 0)),
        Mention("Elizabeth Smart", "person", (2, 0)),
        Mention("S Horgan", "person", (3, 0)),
        Mention("J. Smart", "person", (4, 0)),
        Mention("E. Smart", "person", (5, 0)),
        Mention("P Dunmore", "organization", (6, 0)),
        Mention("Paul Dunmore", "person", (7, 0))])
    assert [(e.name, e.aliases) for e in people] == [
        ("Shane Horgan", ("S Horgan",)), ("Paul Dunmore", ("P Dunmore",)), ("Ed Smart", ()),
        ("Elizabeth Smart", ()), ("J. Smart", ()), ("E. Smart", ())]  # (Ed or Elizabeth)
    assert organizations == ()


def _names_in_long_text(count: int, head: str = "Vel") -> tuple[list[Mention], str]:
    """``count`` made-up one-word names ("Velaab", ...), each in a sentence of its own with
    a relative, a price and an owner's word before it, and a club's word after one name in
    fifty: a text of ~43 characters a name."""
    names = [head + "".join(chr(97 + k // 26 ** p % 26) for p in (2, 1, 0))
             for k in range(count)]
    body = "".join(f"His son {name} paid - £5 for a {name} hat. "
                   + (f"The {name} boss spoke. " if k % 50 == 0 else "")
                   for k, name in enumerate(names))
    return [Mention(name, "organization", (k, 8)) for k, name in enumerate(names)], body


def test_the_passes_over_each_name_of_a_long_text_stay_linear():
    """A long text names thousands: the passes that look for each name where it is written
    (a price after it, a relative before it, a club's word after it, an owner's word before
    it) read the text's words once, not the whole text once per name."""
    from newsbrief.facts import entities

    vocabulary = frozenset(("son", "£", "-", "boss"))
    heads = itertools.cycle(("Vel", "Vor", "Val", "Ved"))  # (each run a new text)

    def run(count: int) -> None:
        mentions, body = _names_in_long_text(count, next(heads))
        names = {m.text for m in mentions}
        assert len(body) > entities.LONG_TEXT
        entities._priced_items(mentions, body, vocabulary)
        entities._products_by_use(mentions, body)
        entities._relatives_named(mentions, body, vocabulary)
        entities._clubs_by_word(names, body)

    mentions, body = _names_in_long_text(1250)  # (what the passes find, for the record)
    assert entities._priced_items(mentions, body, frozenset(("£", "-"))) == set()
    assert len(entities._relatives_named(mentions, body, frozenset(("son",)))) == 1250
    assert len(entities._clubs_by_word({m.text for m in mentions}, body)) == 25
    assert growth(run, 1250) < LINEAR


def test_a_long_text_reads_the_ends_of_quoted_titles_as_a_short_one_does():
    """A long text takes its candidates from one pass before the closing marks and reads
    each name's occurrences only up to the first outside a title; a short text scans for
    each name. The same text repeated past LONG_TEXT gives the short text's answer: a name
    written only at a title's end, one also written outside a title, one before a comma
    and the mark, one after "with", one never quoted."""
    from newsbrief.facts import entities

    piece = ('She starred in "Friday Night Lights" and "Saturday Night Live," then Sam Lights '
             'sang "Frost/Nixon" on "The Lead with Jake Tapper" at Camp Ridge. Nixon waved. ')
    names = ["Friday Night Lights", "Night Lights", "Lights", "Saturday Night Live", "Live",
             "Nixon", "Jake Tapper", "Camp Ridge", "Sam"]
    mentions = [Mention(name, "organization", (0, 0)) for name in names]
    short = entities._ends_of_quoted_titles(mentions, piece)
    assert short == {"Night Lights", "Live"}  # (a whole title has no words before it)
    body = piece * (entities.LONG_TEXT // len(piece) + 1)
    assert len(body) > entities.LONG_TEXT
    assert entities._ends_of_quoted_titles(mentions, body) == short


def test_a_long_text_finds_each_name_where_a_scan_of_it_does():
    """The long text's index of its words (_word_starts) gives the offsets a scan with
    str.find gives: a name that overlaps itself ("Abba" in "Abbabba"), one inside a longer
    word ("Obama" of "Obamacare", "Donald" of "McDonald"), with an apostrophe or a hyphen,
    of several words, opening on a digit or a letter beyond ASCII, or on punctuation (a
    scan answers those), after an honorific at the very start of the text."""
    from newsbrief.facts import entities

    piece = ("Mr Brown met Abbabba Abba and x-Abba at Abbas. O'Neill's O'Neill and Obamacare "
             "Obama, McDonald Donald. Jean-Paul Sartre Jean-Paulette Sartre. 3M, 3Ms, Émile "
             "Émile-Zola 'Quote' Mrs. Brownie Dr Who  Mr  Brown. ")
    body = piece * (entities.LONG_TEXT // len(piece) + 1)
    names = ["Abba", "Abb", "bba", "O'Neill", "Obama", "Donald", "Jean-Paul", "Jean-Paul Sartre",
             "Sartre", "3M", "Émile", "'Quote'", "Brown", "Brownie", "Who", "Mr", "x", "a",
             "Zed"]
    for name in names:
        scanned = [start for start in entities._occurrences(name, body)
                   if not (start and entities._in_word(body[start - 1]))]
        assert list(entities._starts_at_words(name, body)) == scanned, name
        assert list(entities._starts_of(name, body)) == list(entities._found_starts(name, body))
        assert entities._after_honorific(name, body) == any(
            f"{h} {name}" in body for h in entities._HONORIFIC_FORMS), name
    assert entities._word_starts("Abba", body) is not None  # (read from the index)
    assert entities._word_starts("'Quote'", body) is None  # (a scan)


def test_a_name_added_replaces_only_the_mentions_inside_it_in_its_own_sentence():
    """_replaced drops the mentions a new name covers in its sentence; a mention at the same
    offsets of another sentence, and one after the name in its sentence, stay."""
    from newsbrief.facts import entities

    unit = Mention("82nd Airborne Division", "organization", (0, 4))
    mentions = [Mention("Airborne", "place", (0, 9)), Mention("Kim Lee", "person", (0, 40)),
                Mention("Harbourton", "place", (1, 9)), Mention("Division", "place", (2, 17))]
    assert entities._replaced(mentions, [unit]) == [
        unit, Mention("Kim Lee", "person", (0, 40)), Mention("Harbourton", "place", (1, 9)),
        Mention("Division", "place", (2, 17))]
