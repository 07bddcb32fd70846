"""People, organizations and places: tokenizer, tagger, alias merging, on text written here."""
from __future__ import annotations

import dataclasses
import itertools
import json
from importlib import resources

import numpy as np
import pytest

from summarizer.facts import ner
from summarizer.facts.aliases import Mention, merge_mentions
from summarizer.facts.entities import extract_entities
from summarizer.facts.ner_features import lowered_words, sentence_features
from summarizer.facts.tokens import tokenize, words_and_spans
from summarizer.pipeline import article_from_text, split

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
                 "Reuters", "WASHINGTON", "Katy Stech Ferek"):
        assert junk not in names
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


def test_merge_first_names_and_shared_surnames():
    mentions = [Mention(text, "person", (i, 0)) for i, text in enumerate(
        ["Mitt Romney", "Kieran Romney", "Mitt Romney", "Romney", "Kieran", "Olivia"])]
    people, _, _ = merge_mentions(mentions)
    by_name = {e.name: e for e in people}
    assert by_name["Mitt Romney"].aliases == ("Romney",)  # the more mentioned Romney
    assert by_name["Kieran Romney"].aliases == ("Kieran",)
    assert "Olivia" in by_name  # nobody to merge with


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
    rng = np.random.default_rng(7)
    k = len(model.tags)
    for _ in range(20):
        table = rng.normal(0, 5, (3, k))
        best = max(itertools.product(range(k), repeat=3), key=lambda p: (
            model.start[p[0]] + table[0, p[0]]
            + sum(model.transitions[p[i - 1], p[i]] + table[i, p[i]] for i in (1, 2))))
        assert ner.viterbi([table], model.transitions, model.start)[0] == list(best)
        wide = dataclasses.replace(model, margin=1e12)  # nothing is surely O: full search
        assert ner.decode(wide, table, [3]).tolist() == list(best)


def test_fast_scores_equal_the_training_features():
    sentences = [[w for w in words_and_spans(s)[0]] for s in (
        "Judge Laurel Beeler of San Francisco met NATO officials .",
        "STOCKS RISE IN LONDON AS BRITISH POUND GAINS",
        '"Well," said the judge, "the rule stands."',
    )]
    model = ner.load_model()
    fast = ner.emissions(ner._word_table(model), sentences)
    lowered = lowered_words(sentences)
    slow = [model.weights[[model.index[f] for f in feats if f in model.index]].sum(0)
            for words in sentences for feats in sentence_features(words, lowered, model.gazetteer)]
    assert np.allclose(fast, np.array(slow), atol=1e-3)


def test_model_ships_as_plain_json_under_five_megabytes():
    path = resources.files("summarizer").joinpath("data", ner.MODEL_FILE)
    raw = path.read_bytes()
    assert len(raw) < 5_000_000
    data = json.loads(raw)
    assert data["tags"][0] == "O" and len(data["features"]) * len(data["tags"]) == len(
        data["weights"].split())


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
    from summarizer.facts import entities

    whole = entities_of(ARTICLE, authors=("Katy Stech Ferek",))
    monkeypatch.setattr(entities, "BATCH_CHARS", 150)  # a few sentences per batch
    assert len(entities._batches(split(article_from_text(ARTICLE, "test")).sentences)) > 3
    assert entities_of(ARTICLE, authors=("Katy Stech Ferek",)) == whole
