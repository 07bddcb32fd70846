"""From a source to an Article: a path, ``-`` (stdin), an http(s) URL, or text in memory.

The one place that decides how an input is read: plain text goes through the header parser,
HTML (by its name or its bytes, or as a server labels it) through newsbrief.html, a URL is
fetched by newsbrief.web and then read as either. The stages after it see only Articles.
"""
from __future__ import annotations

from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.header import parse_header
from newsbrief.html import article_from_html, looks_like_html, looks_like_html_text
from newsbrief.loading import DEFAULT_MAX_BYTES, decode, read_source, strip_control_sequences
from newsbrief.records import Article
from newsbrief.web import DEFAULT_TIMEOUT, DEFAULT_URL_MAX_BYTES, is_url, looks_like_feed


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


def article_from_memory(text: str, source: str = "-", language: str | None = None) -> Article:
    """A text held in memory: an HTML page's article, or plain text with its header."""
    text = strip_control_sequences(text)  # as a loaded file's text is
    if not text.strip():
        raise InputError(source, "empty input (no text)")
    if looks_like_html_text(text):
        return article_from_html(text, source, language=language)
    return article_from_text(text, source, language)


def load_article(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 language: str | None = None, stdin: BinaryIO | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> Article:
    """Read one input (a path, ``-`` or an http(s) URL) into an Article; HTML is extracted."""
    if is_url(source):
        return load_url(source, timeout=timeout, language=language,
                        max_bytes=min(max_bytes, DEFAULT_URL_MAX_BYTES))
    data = read_source(source, max_bytes=max_bytes, stdin=stdin)
    if looks_like_feed(data):
        from newsbrief.errors import FeedInput

        raise FeedInput(source, data)
    if looks_like_html(source, data):
        return article_from_html(data, source, language=language)
    return article_from_text(decode(data, source), source, language)


def load_url(url: str, *, timeout: float = DEFAULT_TIMEOUT,
             max_bytes: int = DEFAULT_URL_MAX_BYTES, language: str | None = None) -> Article:
    """Fetch ``url`` and read it as an HTML page (or as plain text when served as such);
    FeedInput, holding the body, when it is a feed."""
    from newsbrief.html import decode_html
    from newsbrief.web import FEED_TYPES, HTML_TYPES, XML_TYPES, fetch

    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    if page.content_type in FEED_TYPES or looks_like_feed(page.data):
        from newsbrief.errors import FeedInput

        raise FeedInput(url, page.data, page.url)
    if page.content_type in XML_TYPES and not looks_like_html("", page.data):
        raise InputError(url, f"neither an HTML page nor a feed (content type "
                              f"{page.content_type})")
    if page.content_type not in HTML_TYPES and not looks_like_html("", page.data):
        # served as text/plain, or untyped text
        return article_from_text(decode_html(page.data, url, page.charset), url, language)
    return article_from_html(page.data, url, language=language, charset=page.charset,
                             url=page.url)
