"""From an input to a Brief: load, split, rank, extract facts."""
from __future__ import annotations

from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.header import parse_header
from newsbrief.html import article_from_html, looks_like_html, looks_like_html_text
from newsbrief.loading import DEFAULT_MAX_BYTES, decode, read_source, strip_control_sequences
from newsbrief.methods import get_method, select
from newsbrief.records import Article, Brief, Document, Facts, Options, Stats
from newsbrief.text import count_words, split_sentences
from newsbrief.web import DEFAULT_TIMEOUT, is_url, looks_like_feed


def article_from_text(text: str, source: str = "-", language: str | None = None) -> Article:
    """Parse the header of plain text and return the article (language None: detect it)."""
    header = parse_header(text)
    body = text[header.body_start:]
    if not body.strip():
        raise InputError(source, "no article text after the header")
    if language is None:
        from newsbrief.detection import detect_language

        language = detect_language(body)
    else:
        from newsbrief.languages import normalize_language

        language = normalize_language(language)
    return Article(source=source, body=body, title=header.title, date=header.date,
                   authors=header.authors, language=language)


def load_article(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 language: str | None = None, stdin: BinaryIO | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> Article:
    """Read one input (a path, ``-`` or an http(s) URL) into an Article; HTML is extracted."""
    if is_url(source):
        from newsbrief.web import DEFAULT_URL_MAX_BYTES, load_url

        return load_url(source, timeout=timeout, language=language,
                        max_bytes=min(max_bytes, DEFAULT_URL_MAX_BYTES))
    data = read_source(source, max_bytes=max_bytes, stdin=stdin)
    if looks_like_feed(data):
        from newsbrief.errors import FeedInput

        raise FeedInput(source, data)
    if looks_like_html(source, data):
        return article_from_html(data, source, language=language)
    return article_from_text(decode(data, source), source, language)


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
    text = strip_control_sequences(text)  # as a loaded file's text is
    if not text.strip():
        raise InputError(source, "empty input (no text)")
    if looks_like_html_text(text):
        return summarize_article(article_from_html(text, source, language=options.language),
                                 options)
    return summarize_article(article_from_text(text, source, options.language), options)


def summarize(source: str, options: Options = Options(), *, max_bytes: int = DEFAULT_MAX_BYTES,
              stdin: BinaryIO | None = None, timeout: float = DEFAULT_TIMEOUT) -> Brief:
    """The brief of one input: a path, ``-`` for stdin, or an http(s) URL."""
    article = load_article(source, max_bytes=max_bytes, language=options.language, stdin=stdin,
                           timeout=timeout)
    return summarize_article(article, options)
