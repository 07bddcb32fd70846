"""brief's default ranker: furniture last, article order, verbatim, no near-repeats."""
from __future__ import annotations

import json

import pytest

from newsbrief.pipeline import split, summarize_text
from newsbrief.ranker import _block_repeats, load_model, rank
from newsbrief.ranker_features import FEATURES, document_features
from newsbrief.records import Article, Options

STORY = """The city council voted on Tuesday to close the old harbour bridge for two years.

Engineers found deep cracks in three of the bridge's steel supports in March.

About 40,000 drivers cross the bridge every day, and the council expects delays.

"We had no choice once we saw the damage," said Mayor Ana Lopez after the vote.

Repairs will cost an estimated $85 million, paid for by state and federal grants.

A ferry service will run every 15 minutes between the two banks while the work goes on.

Local shop owners said they feared losing customers during the closure.

The bridge first opened in 1931 and was last repaired in the 1980s.
"""

FURNITURE = [
    "Scroll down for video",
    "By Maria Green, Transport Correspondent",
    "Closed: The old harbour bridge (pictured) seen from the south bank",
    "Click here to read more",
    "Share this article",
]


def _document(text: str):
    return split(Article(source="-", body=text))


def _summary(text: str, n: int = 3) -> list[str]:
    brief = summarize_text(text, Options(method="brief", sentences=n, facts=False))
    return [s.text for s in brief.summary]


def _before_engineers(*lines: str) -> str:
    """STORY with ``lines`` as paragraphs of their own before its second paragraph."""
    return STORY.replace("\n\nEngineers", "\n\n" + "\n\n".join(lines) + "\n\nEngineers", 1)


def _furniture(text: str) -> list[str]:
    """The sentences of ``text`` the ranker takes for furniture, in order."""
    document = _document(text)
    _, furniture = document_features(document)
    return [s.text for s in document.sentences if furniture[s.index]]


def test_model_matches_features():
    base, trees = load_model()
    assert trees, "the shipped model has no trees"
    used = set()

    def walk(node):
        if isinstance(node, tuple):
            used.add(node[0])
            walk(node[2])
            walk(node[3])

    for tree in trees:
        walk(tree)
    assert max(used) < len(FEATURES) and min(used) >= 0


def test_feature_vectors_have_one_value_per_feature():
    vectors, story = document_features(_document(STORY))
    assert len(vectors) == len(story) == 8
    assert all(len(v) == len(FEATURES) for v in vectors)


def test_ranking_is_a_permutation():
    document = _document(STORY)
    assert sorted(rank(document)) == list(range(len(document.sentences)))


def test_furniture_captions_and_bylines_never_outrank_story_sentences():
    paragraphs = STORY.strip().split("\n\n")
    mixed = [paragraphs[0], FURNITURE[0], FURNITURE[1], FURNITURE[2], *paragraphs[1:4],
             FURNITURE[3], *paragraphs[4:], FURNITURE[4]]
    document = _document("\n\n".join(mixed))
    ranking = rank(document)
    furniture = {s.index for s in document.sentences if s.text in FURNITURE}
    assert len(furniture) == len(FURNITURE)
    first_furniture = min(ranking.index(i) for i in furniture)
    assert all(i in furniture for i in ranking[first_furniture:])


def test_long_captions_and_live_blog_times_are_furniture():
    captions = [
        "Closed for repairs: engineers inspect the cracked steel supports of the old "
        "harbour bridge before the council vote on Tuesday",
        "Mayor Ana Lopez (left) and her deputy walk across the old harbour bridge on the "
        "morning of the council vote",
        "Pictured: the old harbour bridge seen from the south bank of the river on a "
        "quiet Sunday morning in May.",
        "83mins: The council now says the bridge will stay shut until the end of 2026, "
        "and the ferry will run all night.",
        "VIDEO Scroll down to watch the harbour bridge inspection, as the council says the "
        "bridge will stay shut.",
    ]
    text = _before_engineers(*captions)
    assert _furniture(text) == captions
    assert not set(_summary(text)) & set(captions)


def test_long_line_without_a_stop_or_caption_mark_stays_a_candidate():
    line = ("Engineers found deep cracks in three of the steel supports of the old harbour "
            "bridge in March and warned the council at once")
    assert _furniture(_before_engineers(line)) == []


def test_a_caption_cut_off_the_sentence_it_ran_into_is_never_summarised():
    # the copy lost its paragraph breaks and the caption its stop: the caption is cut off
    # the sentence after it (text._cut_lost_stops) and is furniture, as a marked one is
    caption = ("Engineers inspect the cracked steel supports of the old harbour bridge on a "
               "grey morning last week")
    text = " ".join(STORY.replace("\n\nThe bridge first", f"\n\n{caption} The bridge first",
                                  1).split())
    assert caption in _furniture(text)
    assert caption not in _summary(text, 6)
    assert not any(caption in s for s in _summary(text, 6))


def test_a_squad_list_or_a_fact_box_is_never_summarised():
    lines = ["Goalkeepers: Casillas, De Gea, Defenders: Asenjo; Juanfran, Carvajal, Pique, "
             "Ramos, Alba Midfielders: Busquets, Silva, Iniesta, Koke Forwards: Costa, Morata.",
             "Bridge: Harbour Crossing Opened: 1931 Length: 1,200 metres Daily drivers: about "
             "40,000 and rising every year."]
    text = _before_engineers(*lines)
    # one or two labels are no list: "The mayor said: ..." stays a story sentence
    assert _furniture(text) == lines
    assert not set(_summary(text, 8)) & set(lines)


def test_an_editors_note_and_the_rest_of_its_paragraph_are_never_summarised():
    note = ("Editor's note: Ann Lee is a law professor at the state university, where she "
            "has taught for twenty years. She writes a weekly column about the courts.")
    text = note + "\n\n" + STORY
    assert _furniture(text) == [
        "Editor's note: Ann Lee is a law professor at the state university, where she has "
        "taught for twenty years.", "She writes a weekly column about the courts."]
    assert not any(s.startswith(("Editor", "She writes")) for s in _summary(text, 8))
    # in a one-paragraph copy, the note's opening sentence at least
    flat = " ".join(text.split())
    assert not any(s.startswith("Editor") for s in _summary(flat, 8))


def test_a_full_sentence_that_points_at_a_photo_is_furniture():
    # a caption run into the sentence after it, and one written for the photo
    captions = ["The old harbour bridge (pictured) was closed by the city council on Tuesday "
                "for two years.",
                "Mayor Ana Lopez (left) said the council had no choice once engineers found "
                "cracks in the steel supports."]
    text = _before_engineers(*captions)
    assert _furniture(text) == captions
    assert not set(_summary(text)) & set(captions)


def test_a_line_that_holds_a_page_s_time_stamp_is_furniture():
    # a byline with both stamps is a long line of words without a stop
    stamped = ("By Maria Green and Tom Hale PUBLISHED: 09:15 EST, 4 March 2026 | UPDATED: "
               "11:40 EST, 4 March 2026")
    text = _before_engineers(stamped)
    assert _furniture(text) == [stamped]
    assert stamped not in _summary(text)


def test_summary_is_verbatim_and_in_article_order():
    brief = summarize_text(STORY, Options(method="brief", sentences=3, facts=False))
    assert len(brief.summary) == 3
    indices = [s.index for s in brief.summary]
    assert indices == sorted(indices)
    for sentence in brief.summary:
        assert sentence.text in STORY


def test_deterministic():
    assert _summary(STORY) == _summary(STORY)
    assert rank(_document(STORY)) == rank(_document(STORY))


def test_near_duplicate_is_moved_back():
    text = ("The storm closed every school in the county on Monday. "
            "Officials said the storm closed every school in the county on Monday morning. "
            "Power lines were down across the northern valley. "
            "Crews expect to restore electricity by Wednesday.")
    document = _document(text)
    assert _block_repeats(document, [0, 1, 2, 3]) == [0, 2, 3, 1]


def test_repeated_lead_is_not_summarized_twice():
    lead = STORY.split("\n\n")[0]
    text = lead + "\n\n" + STORY
    summary = _summary(text)
    assert len(summary) == 3
    assert sum(1 for s in summary if s == lead) == 1


@pytest.mark.parametrize("text, expected", [
    ("The museum reopened on Sunday after a long renovation.", 1),
    ("The museum reopened on Sunday after a long renovation. Visitors queued for hours.", 2),
])
def test_short_articles(text, expected):
    summary = _summary(text)
    assert len(summary) == expected
    assert " ".join(summary) == text


def test_longer_summaries_and_word_budget():
    assert len(_summary(STORY, n=6)) == 6
    brief = summarize_text(STORY, Options(method="brief", words=40, facts=False))
    assert 1 <= len(brief.summary) <= 3
    assert sum(len(s.text.split()) for s in brief.summary) <= 40


def test_other_methods_still_work():
    for method in ("lead", "textrank"):
        brief = summarize_text(STORY, Options(method=method, sentences=2, facts=False))
        assert len(brief.summary) == 2


def test_features_same_when_words_are_not_kept(monkeypatch):
    """A huge article keeps its sentences' form features instead of their words: same
    vectors."""
    import newsbrief.ranker_features as features

    text = STORY + "\nİstanbul'da Çarşamba günü İSTANBUL belediyesi toplandı, said Ana Lopez.\n"
    kept, _ = document_features(_document(text))
    monkeypatch.setattr(features, "_KEEP_WORDS", 0)
    remade, _ = document_features(_document(text))
    assert kept == remade


def test_a_huge_article_splits_each_sentence_into_words_once(monkeypatch):
    """The words it does not keep are not made again for the features (a 100,000-word text
    once split each sentence twice)."""
    import newsbrief.ranker_features as features

    document = _document(STORY)
    split_words = features._words
    made: list[str] = []
    monkeypatch.setattr(features, "_words", lambda text: made.append(text) or split_words(text))
    monkeypatch.setattr(features, "_KEEP_WORDS", 0)
    document_features(document)
    assert sorted(made) == sorted(s.text for s in document.sentences)


def _vectors_at_every_threshold() -> list[list[float]]:
    """Feature vectors that sit on, just below and just above every split of the shipped
    trees, one feature at a time, and a vector of NaN (a NaN goes right, as in the walk)."""
    import math

    _, trees = load_model()
    splits: set[tuple[int, float]] = set()

    def walk(node):
        if isinstance(node, tuple):
            splits.add(node[:2])
            walk(node[2])
            walk(node[3])

    for tree in trees:
        walk(tree)
    vectors = [[math.nan] * len(FEATURES)]
    for feature, threshold in sorted(splits):
        if math.isfinite(threshold):
            for value in (math.nextafter(threshold, -math.inf), threshold,
                          math.nextafter(threshold, math.inf)):
                vectors.append([value if i == feature else 0.5 for i in range(len(FEATURES))])
    return vectors


def test_generated_trees_score_as_the_walk_bit_for_bit():
    """The trees written out as code (summarizer/ranker_trees.py) give the walk's float for
    vectors on either side of every split and for a real story's sentences."""
    from newsbrief import ranker, ranker_trees

    assert ranker.scorer() is ranker_trees.score  # the module is current, so it is used
    base, trees = load_model()
    vectors = _vectors_at_every_threshold()
    vectors += document_features(split(Article(source="t", body=STORY)))[0]
    walked = [ranker.score(v, base, trees) for v in vectors]
    assert [ranker_trees.score(v).hex() for v in vectors] == [w.hex() for w in walked]
    assert len(set(walked)) > 10  # the vectors reach many different leaves


def test_generated_trees_of_a_model_trained_on_other_features_are_refused(monkeypatch):
    """The module records the features its ranker.json was trained on; when they are not
    the feature code's, the scorer refuses the model, as the walk's check of the file does."""
    from newsbrief import ranker, ranker_trees

    assert ranker_trees.FEATURES == tuple(json.loads(ranker._model_bytes())["features"])
    monkeypatch.setattr(ranker_trees, "FEATURES", ranker_trees.FEATURES[:-1])
    ranker.scorer.cache_clear()
    try:
        with pytest.raises(ranker.ModelError, match="trained on other features"):
            ranker.scorer()
    finally:
        ranker.scorer.cache_clear()


def test_generated_trees_are_current_and_stale_ones_are_not_used(monkeypatch):
    """tools/build_ranker_trees.py wrote summarizer/ranker_trees.py from the shipped
    ranker.json; a module made from another ranker.json is left aside for the walk."""
    from pathlib import Path

    from newsbrief import ranker, ranker_trees

    from .tools_output import tool_output

    written = tool_output("import build_ranker_trees as b\n"
                          "from newsbrief.ranker import _model_bytes\n"
                          "print(b.source(_model_bytes()), end='')")
    assert written == Path(ranker_trees.__file__).read_text(encoding="utf-8")
    monkeypatch.setattr(ranker_trees, "MODEL_CRC32", ranker_trees.MODEL_CRC32 ^ 1)
    ranker.scorer.cache_clear()
    try:
        stale = ranker.scorer()
        assert stale is not ranker_trees.score
        base, trees = load_model()
        vector = _vectors_at_every_threshold()[5]
        assert stale(vector) == ranker.score(vector, base, trees)
    finally:
        ranker.scorer.cache_clear()
