"""From an input to a Brief: load, split, rank, extract facts."""
from __future__ import annotations

from typing import BinaryIO

# article_from_text and load_article are named here too: the library's public load_article,
# and the scripts that import them from the pipeline (newsbrief.articles owns them)
from newsbrief.articles import article_from_memory, article_from_text, load_article
from newsbrief.errors import InputError
from newsbrief.loading import DEFAULT_MAX_BYTES
from newsbrief.methods import get_method, select
from newsbrief.records import Article, Brief, Document, Facts, Options, Stats
from newsbrief.text import count_words, split_sentences
from newsbrief.web import DEFAULT_TIMEOUT

__all__ = ["article_from_text", "load_article", "split", "summarize", "summarize_article",
           "summarize_text"]


def split(article: Article) -> Document:
    sentences = split_sentences(article.body, article.language)
    if not sentences:
        raise InputError(article.source, "no sentences found")
    return Document(article=article, sentences=sentences, words=count_words(article.body))


def summarize_article(article: Article, options: Options = Options()) -> Brief:
    """The brief of an already loaded article."""
    get_method(options.method)  # fail on an unknown method before any work
    document = split(article)
    summary = select(document, options)
    if options.facts:
        from newsbrief.facts import extract_facts

        facts = extract_facts(document)
    else:
        facts = Facts()
    return Brief(
        source=article.source, title=article.title, authors=article.authors,
        date=article.date, language=article.language, method=options.method,
        summary=summary, facts=facts,
        stats=Stats(words=document.words, sentences=len(document.sentences)),
        site=article.site, url=article.url,
    )


def summarize_text(text: str, options: Options = Options(), source: str = "-") -> Brief:
    """The brief of a text held in memory."""
    return summarize_article(article_from_memory(text, source, options.language), options)


def summarize(source: str, options: Options = Options(), *, max_bytes: int = DEFAULT_MAX_BYTES,
              stdin: BinaryIO | None = None, timeout: float = DEFAULT_TIMEOUT) -> Brief:
    """The brief of one input: a path, ``-`` for stdin, or an http(s) URL."""
    article = load_article(source, max_bytes=max_bytes, language=options.language, stdin=stdin,
                           timeout=timeout)
    return summarize_article(article, options)
