"""Names the tagger cut, joined again: each tail with_institution_tails takes on (the
first letter of the next word chooses which are tried) and the gaps join_long_names joins
over."""
from __future__ import annotations

from newsbrief.facts.aliases import Mention
from newsbrief.facts.longnames import join_long_names, with_institution_tails
from newsbrief.records import Sentence


def _sentence(text: str) -> tuple[Sentence, ...]:
    return (Sentence(text=text, index=0, start=0, end=len(text), paragraph=0,
                     paragraph_position=0),)


def _tails(text: str, name: str, kind: str) -> list[tuple[str, str]]:
    mention = Mention(name, kind, (0, text.index(name)))
    return [(m.text, m.kind) for m in with_institution_tails([mention], _sentence(text))]


def test_each_tail_goes_on_with_the_name_before_it():
    cases = [
        ("Pupils of Plainview High School left.", "Plainview", "place",
         "Plainview High School"),
        ("She was taken to Mater Dei hospital on Friday.", "Mater Dei", "organization",
         "Mater Dei hospital"),
        ("A letter from Hereford Independent Schools District came.",
         "Hereford Independent Schools", "organization", "Hereford Independent Schools District"),
        ("The United Nations Observer Mission in Georgia left.",
         "United Nations Observer Mission", "organization",
         "United Nations Observer Mission in Georgia"),
        ("He told Channel 4 News that it was over.", "Channel", "organization",
         "Channel 4 News"),
        ("He told BBC Radio Five Live so.", "BBC Radio", "organization", "BBC Radio Five Live"),
        ("The Mail on Sunday said so.", "Mail", "organization", "Mail on Sunday"),
    ]
    for text, name, kind, whole in cases:
        assert (whole, "organization") in _tails(text, name, kind), text


def test_a_name_before_other_words_keeps_its_own():
    for text, name, kind in [
        ("The Channel said no.", "Channel", "organization"),  # no number
        ("The Mail was on time.", "Mail", "organization"),  # not "on Sunday"
        ("A United Nations Observer Mission in Narnia left.",
         "United Nations Observer Mission", "organization"),  # no place the gazetteer knows
        ("Officials of Hereford Independent Schools Board", "Hereford", "place"),
    ]:
        assert _tails(text, name, kind) == [(name, kind)], text


def test_join_long_names_joins_over_for_on_and_joins_only():
    text = "The Council on American-Islamic Relations, Chelsea and Arsenal met."
    mentions = [Mention("Council", "organization", (0, 4)),
                Mention("American-Islamic Relations", "organization", (0, 15)),
                Mention("Chelsea", "organization", (0, 43)),
                Mention("Arsenal", "organization", (0, 55))]
    joined = join_long_names(mentions, _sentence(text))
    assert [m.text for m in joined] == ["Council on American-Islamic Relations", "Chelsea",
                                        "Arsenal"]
