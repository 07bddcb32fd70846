import json

from hypothesis import given
from hypothesis import strategies as st

from summarizer.facts import ner, ner_gazetteer
from summarizer.facts.ner_features import Gazetteer, gazetteer_index

KINDS = {
    "new": "MISC", "new york": "LOC,region", "new york city": "LOC", "new-york": "ORG",
    "newark": "LOC", "ne w": "PER", "a": "PER", "a b c d": "ORG", "a.": "PER", "ab": "LOC",
    "ab c": "ORG", "al": "LOC,MISC", "al ‘ aqabah": "region", "alabama": "region",
}


def _views(kinds):
    data = json.loads(json.dumps(ner_gazetteer.encode(kinds), ensure_ascii=True))
    return ner_gazetteer.decode(data)


def test_views_answer_as_the_dicts_of_gazetteer_index():
    names, sizes = _views(KINDS)
    want_sizes, _ = gazetteer_index(KINDS)
    assert dict(names.items()) == KINDS
    assert dict(sizes.items()) == want_sizes
    for word in ["new", "ne", "newark", "a", "a.", "ab", "al", "b", "zz", "", "new york", "‘"]:
        assert (word in sizes) == (word in want_sizes), word
        assert sizes.get(word) == want_sizes.get(word), word
        assert names.get(word) == KINDS.get(word), word
        assert (word in names) == (word in KINDS), word


@given(st.dictionaries(st.lists(st.sampled_from(["a", "ab", "a-b", "b", "a.", "‘"]), min_size=1,
                                max_size=4).map(" ".join),
                       st.sampled_from(["PER", "LOC", "LOC,region"]), max_size=30))
def test_views_on_any_gazetteer(kinds):
    names, sizes = _views(kinds)
    want_sizes, _ = gazetteer_index(kinds)
    for word in ["a", "ab", "a-b", "b", "a.", "‘", "c"]:
        assert sizes.get(word) == want_sizes.get(word)
        assert (word in sizes) == (word in want_sizes)
    assert dict(names.items()) == kinds


def test_shipped_gazetteer_marks_as_the_dict_one():
    shipped = ner.load_model().gazetteer
    kinds = dict(shipped.kinds.items())
    plain = Gazetteer(kinds)
    assert dict(shipped.sizes.items()) == plain.sizes
    words = "The New York Times said Abu Dhabi and Al Gore met in Aberdeen City".split()
    assert shipped.marks(words) == plain.marks(words)
    assert shipped.marks(words)  # the sentence does hold gazetteer names
