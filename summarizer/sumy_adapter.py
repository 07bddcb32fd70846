"""Run sumy's summarizers on brief's own sentences, so sumy never needs NLTK data."""
from __future__ import annotations

from newsbrief.records import Document
from newsbrief.text import stemmer, stop_words, words

_SUMY_CLASSES = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
}
SUMY_METHODS = tuple(_SUMY_CLASSES)


class WordTokenizer:
    """The tokenizer object sumy asks for; it only ever splits words here."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:  # sumy's API; unused here
        from newsbrief.text import split_sentences

        return tuple(s.text for s in split_sentences(paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def sumy_ranking(name: str, document: Document) -> list[int]:
    """Sentence indices, best first, as sumy's ``name`` summarizer rates them."""
    import importlib

    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    module, cls = _SUMY_CLASSES[name]
    language = document.article.language
    tokenizer = WordTokenizer(language)
    summarizer = getattr(importlib.import_module(module), cls)(stemmer(language))
    summarizer.stop_words = stop_words(language)
    by_id: dict[int, int] = {}
    paragraphs: dict[int, list] = {}
    for sentence in document.sentences:
        sumy_sentence = Sentence(sentence.text, tokenizer)
        by_id[id(sumy_sentence)] = sentence.index
        paragraphs.setdefault(sentence.paragraph, []).append(sumy_sentence)
    model = ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs.values()))
    ranked: list[int] = []

    def keep_all(infos):  # sumy passes its sentences sorted by rating, best first
        ranked.extend(by_id[id(info.sentence)] for info in infos)
        return infos

    import numpy

    # sumy divides by zero norms on tiny documents; the ranking is still usable.
    with numpy.errstate(divide="ignore", invalid="ignore"):
        summarizer(model, keep_all)
    return ranked
