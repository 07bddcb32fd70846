import pytest

from newsbrief.errors import UnknownMethodError
from newsbrief.methods import METHODS, get_method, select, summary_size
from newsbrief.pipeline import article_from_text, split
from newsbrief.records import Options

from .conftest import TITLED_ARTICLE, WIRE_ARTICLE


def _document(text=WIRE_ARTICLE):
    return split(article_from_text(text, "t"))


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_gives_verbatim_sentences_in_order(method):
    document = _document()
    summary = select(document, Options(method=method, sentences=2))
    assert len(summary) == 2
    assert [s.index for s in summary] == sorted(s.index for s in summary)
    for s in summary:
        assert s is document.sentences[s.index]


@pytest.mark.parametrize("method", sorted(METHODS))
def test_one_and_two_sentence_articles(method):
    for text, count in (("Only one sentence here.", 1), ("First one here. Second one here.", 2)):
        summary = select(_document(text), Options(method=method, sentences=3))
        assert len(summary) == count


def test_summary_size_from_n_and_ratio():
    assert summary_size(10, Options(sentences=3)) == 3
    assert summary_size(2, Options(sentences=3)) == 2
    assert summary_size(10, Options(ratio=0.25)) == 3
    assert summary_size(10, Options(ratio=0.0)) == 1
    assert summary_size(0, Options()) == 0


def test_word_budget_takes_whole_sentences():
    document = _document(TITLED_ARTICLE)
    summary = select(document, Options(method="lead", words=30))
    assert sum(len(s.text.split()) for s in summary) <= 30
    assert len(summary) >= 1


def test_lead_is_the_first_sentences():
    summary = select(_document(TITLED_ARTICLE), Options(method="lead", sentences=2))
    assert [s.index for s in summary] == [0, 1]


def test_unknown_method_lists_the_known_ones():
    with pytest.raises(UnknownMethodError) as info:
        get_method("magic")
    assert "lexrank" in str(info.value) and "brief" in str(info.value)
