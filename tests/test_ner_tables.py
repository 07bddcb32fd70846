import json
import mmap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.cache import GenerationCache
from newsbrief.facts import ner, ner_scores, ner_tables
from newsbrief.facts.ner_features import Gazetteer, gazetteer_index
from newsbrief.facts.ner_scores import pack

KINDS = {
    "new": "MISC", "new york": "LOC,region", "new york city": "LOC", "new-york": "ORG",
    "newark": "LOC", "ne w": "PER", "a": "PER", "a b c d": "ORG", "a.": "PER", "ab": "LOC",
    "ab c": "ORG", "al": "LOC,MISC", "al ‘ aqabah": "region", "alabama": "region",
}


def _views(kinds):
    table = ner_tables.decode(json.loads(json.dumps(ner_tables.encode(kinds), ensure_ascii=True)))
    return table, ner_tables.FirstWordSizes(table.sorted_keys)


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


def test_shipped_tables_answer_as_dicts():
    model = ner.load_model()
    weights = dict(model.packed.items())
    assert len(weights) == len(model.packed) > 20_000
    assert list(weights) == sorted(weights)
    for feature in ["bias", "w=tokyo", "shape=Xx", "gaz=PER|B", "w=no-such-word", "w="]:
        assert model.packed.get(feature) == weights.get(feature)
        assert (feature in model.packed) == (feature in weights)
    shipped = model.gazetteer
    plain = Gazetteer(dict(shipped.kinds.items()))
    assert dict(shipped.sizes.items()) == plain.sizes
    words = "The New York Times said Abu Dhabi and Al Gore met in Aberdeen City".split()
    assert shipped.marks(words) == plain.marks(words)
    assert shipped.marks(words)  # the sentence does hold gazetteer names


def test_table_answers_the_same_once_it_turns_into_a_dict():
    table = ner_tables.decode(ner_tables.encode({"b": "2", "a": "1", "c": "3"}))
    answers = [table.get(key) for key in "abcd" * (ner_tables._BISECTIONS // 4 + 1)]
    assert table._dict == {"a": "1", "b": "2", "c": "3"}  # after _BISECTIONS lookups
    assert set(zip("abcd" * (len(answers) // 4), answers, strict=True)) == {
        ("a", "1"), ("b", "2"), ("c", "3"), ("d", None)}
    assert [table.get(key, "-") for key in "abcd"] == ["1", "2", "3", "-"]


def test_kept_answers_are_the_bisections_answers():
    table = ner_tables.decode(ner_tables.encode({"b": "2", "a": "1", "c": "0"}))
    for default in (None, "-", 0, None):  # asked again: from the kept answers
        assert [table.get(key, default) for key in "abcd"] == ["1", "2", "0", default]
        assert [key in table for key in "abcd"] == [True, True, True, False]
    assert table._dict is None and set(table._found) == set("abcd")
    weights = ner_tables.decode_weights("a~b", bytes(16), 1)  # rows the model keeps itself
    assert [weights.get(key) for key in "abc"] == [0, 0, None]
    assert not isinstance(weights, ner_tables.KeptTable)


def test_tagging_new_words_keeps_a_bounded_number_of_rows(monkeypatch):
    """A batch of any size, full of words the model never saw, keeps at most _MAX_ROWS
    packed rows and two generations of word entries (memory stays flat), and tags as
    before once the caches start afresh or turn over."""
    model = ner.load_model()
    table = ner._word_table(model)
    sentences = [[f"Qzv{n}kaj" for n in range(300)], [f"wqx{n}" for n in range(300)],
                 ["Ana", "Costa", "met", "officials", "in", "Harbourton", "."]]
    before = ner.tag(sentences)
    monkeypatch.setattr(ner, "_MAX_ROWS", 100)
    entries = GenerationCache(table._make, 50)
    monkeypatch.setattr(table, "entries", entries)  # every word's sums made again
    kept = dict(model.rows)
    model.rows.clear()  # a fresh cache under the small bound
    try:
        assert ner.tag(sentences) == before
        assert 0 < len(model.rows) <= 100
    finally:
        model.rows.clear()
        model.rows.update(kept)
    assert 50 < len(entries) <= 100


def test_packed_rows_read_back_as_written():
    table = {"b": (2, -3, 0), "a": (1, 0, -ner_scores.BIAS), "c": (0, 0, ner_scores.BIAS - 1)}
    keys, rows = ner_tables.encode_weights(table, 3)
    shipped = ner_tables.decode_weights(keys, rows, 3)
    packed = {key: pack(row) for key, row in table.items()}
    assert dict(shipped.items()) == packed and list(shipped) == ["a", "b", "c"]
    assert [shipped.get(key) for key in "abcd"] == [packed.get(key) for key in "abcd"]
    with pytest.raises(IndexError):
        ner_tables.PackedRows(rows, 3)[3]
    for bad in [{"a": (ner_scores.BIAS * 2**24, 0, 0)}, {"a": (-ner_scores.BIAS - 1, 0, 0)},
                {"a": (1, 2)}, {"a~b": (1, 2, 3)}]:
        with pytest.raises(ValueError):
            ner_tables.encode_weights(bad, 3)
    with pytest.raises(ValueError):
        ner_tables.PackedRows(rows[:-1], 3)


def test_pack_puts_each_raised_weight_in_its_lane():
    model = ner.load_model()
    unpack = ner_scores.unpacker(len(model.tags))
    assert len(model.packed) > 20_000
    for packed in [model.packed.get(key) for key in model.packed.sorted_keys[:500]]:
        weights = tuple(lane - ner_scores.BIAS for lane in unpack(packed))
        assert all(abs(w) < 10**6 for w in weights) and pack(weights) == packed
    extreme = (ner_scores.BIAS - 1, -ner_scores.BIAS, 0, -1, 1)
    for row in [extreme, (0, 0, 0)]:
        assert pack(row) == sum(w + ner_scores.BIAS << 64 * j for j, w in enumerate(row))


def test_mapped_reads_a_file_as_its_bytes(tmp_path):
    path = tmp_path / "rows.bin"
    data = bytes(range(256)) * 64
    path.write_bytes(data)
    mapped = ner_tables.mapped(str(path))
    assert isinstance(mapped, mmap.mmap) and len(mapped) == len(data)
    assert mapped[:] == data and mapped[300:310] == data[300:310]
    rows = ner_tables.PackedRows(mapped, 2)
    assert rows[3] == int.from_bytes(data[48:64], "little") and len(rows) == len(data) // 16
    (tmp_path / "empty.bin").write_bytes(b"")
    assert ner_tables.mapped(str(tmp_path / "empty.bin")) == b""  # cannot be mapped
