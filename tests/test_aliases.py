"""Alias merging's look-ups in the tagger's gazetteer, kept across documents."""
from __future__ import annotations

from newsbrief.facts import aliases, ner


def test_the_kept_gazetteer_answers_are_the_table_s():
    """known_place and gazetteer_kinds keep their answers across documents: asked again,
    they answer as the tagger's gazetteer does, for names it holds and names it does not."""
    table = ner.load_model().gazetteer.kinds
    for name in ("wales", "washington", "new york", "paul", "tencent", "zzyzxq", ""):
        kinds = table.get(name) or ""
        place = any(k in kinds for k in ("LOC", "region", "country"))
        for _ in range(2):  # (the second answer is the kept one)
            assert aliases.gazetteer_kinds(name) == kinds
            assert aliases.known_place(name) is place
    assert aliases.known_place("wales") and not aliases.known_place("zzyzxq")


def test_a_short_and_a_long_text_find_the_same_misspelt_surnames(monkeypatch):
    """_Spellings compares a short text's few surnames one by one and looks a long text's
    up in an index of their forms with one letter left out: the same surnames either way."""
    surnames = {(word,): [f"ann {word}"] for word in (
        "kujda", "veres", "rochow", "pulicini", "smith", "lee", "navalny")}
    surnames[("ann", "kujda")] = ["ann kujda"]  # (names of two words are no one-word surname)
    short = aliases._Spellings(surnames)
    monkeypatch.setattr(aliases, "_FEW_SURNAMES", 0)
    long = aliases._Spellings(surnames)
    assert short.index is None and long.index is not None
    for word in ("kudja", "vares", "ruchow", "pulcini", "smyth", "smith", "lees", "jones",
                 "navalnyy", "kujd"):
        assert short.near(word) == long.near(word), word
    assert short.near("kudja") == {"kujda"} and short.near("smith") == set()
    assert short.near("pulcini") == {"pulicini"} and short.near("jones") == set()
