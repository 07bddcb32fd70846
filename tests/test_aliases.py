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
