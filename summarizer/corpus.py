"""Corpus files (JSON Lines, Parquet, WARC): which inputs are corpora, and one record's brief.

A corpus holds many articles in one file. Each record becomes one JSON-ready dict: the brief
(with the record's ``id``) or an error record ``{"source", "id", "error"}``; nothing here
raises for a bad record. Reading the files is ``newsbrief.partitions``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from newsbrief.records import Article, Options, record
from newsbrief.walk import DEFAULT_PARTITION_SIZE, corpus_format  # noqa: F401 - also from here

# The usual field names of news corpora (news-please, CC-News, newsroom, CNN/DailyMail dumps),
# first present wins; --text-field and --id-field choose others.
TEXT_FIELDS = ("text", "article", "maintext", "content")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "date_publish", "published", "publish_date", "published_at", "pubdate")
AUTHOR_FIELDS = ("authors", "author", "byline")
URL_FIELDS = ("url", "link")
DEFAULT_ID_FIELD = "id"


@record
class CorpusOptions:
    """How to read corpus records and how many make a partition."""

    text_field: str | None = None  # None: the first of TEXT_FIELDS present
    id_field: str = DEFAULT_ID_FIELD
    partition_size: int = DEFAULT_PARTITION_SIZE

    def columns(self) -> tuple[str, ...]:
        """Every field a record is read for (Parquet reads these columns only)."""
        text = (self.text_field,) if self.text_field else TEXT_FIELDS
        return (*text, self.id_field, *TITLE_FIELDS, *DATE_FIELDS, *AUTHOR_FIELDS, *URL_FIELDS)


@record
class CorpusRecord:
    """One article of a corpus, as read, before briefing."""

    source: str  # FILE:LINE (JSON Lines), FILE:ROW (Parquet), FILE:OFFSET (WARC)
    id: str
    text: str | bytes | None = None  # bytes: an HTML payload to decode (WARC)
    html: bool = False
    title: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    charset: str | None = None
    error: str | None = None  # set when the record itself could not be read


def record_from_fields(fields: dict[str, Any], source: str, options: CorpusOptions,
                       max_bytes: int) -> CorpusRecord:
    """A record from a JSON object or a Parquet row."""
    ident = _text(fields.get(options.id_field)) or source
    names = (options.text_field,) if options.text_field else TEXT_FIELDS
    name = next((n for n in names if n in fields), None)
    if name is None:
        return CorpusRecord(source, ident, error=f"no text field ({', '.join(names)})")
    text = fields[name]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return CorpusRecord(source, ident, error=f"field {name!r} is {kind}, not text")
    if len(text) > max_bytes:  # characters, a lower bound of the bytes: refuse early
        from newsbrief.loading import too_big

        return CorpusRecord(source, ident, error=too_big(max_bytes))
    from newsbrief.html import looks_like_html_text

    return CorpusRecord(
        source, ident, text, html=looks_like_html_text(text),
        title=_first(fields, TITLE_FIELDS, _text), date=_first(fields, DATE_FIELDS, _date),
        authors=_first(fields, AUTHOR_FIELDS, _authors) or (),
        url=_first(fields, URL_FIELDS, _text))


def _first(fields: dict[str, Any], names: tuple[str, ...], convert):
    for name in names:
        value = convert(fields.get(name))
        if value:
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    value = " ".join(str(value).split())
    return value or None


def _date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, a timestamp or a string holding a full date."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    text = _text(value)
    if text is None:
        return None
    from newsbrief.dates import iso_date, parse_date

    found = iso_date(text) or parse_date(text)
    return found.isoformat() if found else None


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        names = (_text(v) for v in value)
        return tuple(dict.fromkeys(n for n in names if n))
    text = _text(value)
    if text is None:
        return ()
    from newsbrief.header import split_names

    return tuple(dict.fromkeys(split_names(text)))


def brief_record(item: CorpusRecord, options: Options) -> dict[str, Any]:
    """The JSON form of the record's brief, with its id; or its error record. Never raises."""
    from newsbrief.batch import guarded
    from newsbrief.serialize import brief_to_dict, error_to_dict

    if item.error is not None:
        return error_to_dict(item.source, item.error, item.id)
    brief, error, _ = guarded(lambda: _summarize(item, options))
    if brief is None:
        return error_to_dict(item.source, error or "failed", item.id)
    data = brief_to_dict(brief)
    return {"schema_version": data.pop("schema_version"), "source": data.pop("source"),
            "id": item.id, **data}


def _summarize(item: CorpusRecord, options: Options):
    from newsbrief.pipeline import article_from_text, summarize_article

    if item.html:
        from newsbrief.errors import InputError
        from newsbrief.html import article_from_html

        if item.text is None:
            raise InputError(item.source, "no text")
        article = article_from_html(item.text, item.source, language=options.language,
                                    charset=item.charset, url=item.url)
    else:
        from newsbrief.errors import InputError
        from newsbrief.loading import normalise_text

        if not isinstance(item.text, str):
            raise InputError(item.source, "no text")
        article = article_from_text(normalise_text(item.text, item.source), item.source,
                                    options.language)
    return summarize_article(_with_fields(article, item), options)


def _with_fields(article: Article, item: CorpusRecord) -> Article:
    """The record's own title, date, authors and URL win over what the text's header gave."""
    changes: dict[str, Any] = {name: value for name, value in (
        ("title", item.title), ("date", item.date), ("authors", item.authors), ("url", item.url))
        if value}
    return dataclasses.replace(article, **changes) if changes else article
