"""HTML pages: recognise them, decode them, and extract the article with trafilatura."""
from __future__ import annotations

import codecs
import datetime
import re
from typing import TYPE_CHECKING, Any

from newsbrief.errors import InputError
from newsbrief.loading import decode, strip_control_sequences
from newsbrief.precompiled import regex
from newsbrief.records import Article
from newsbrief.text import count_words

if TYPE_CHECKING:
    from newsbrief.page_meta import PageMeta

HTML_EXTENSIONS = (".html", ".htm")
# Below this, what trafilatura kept is leftovers (menu links, a cookie line), not
# an article: one sentence of news prose is about 20 words.
MIN_ARTICLE_WORDS = 20
_SNIFF_BYTES = 2048
_PRESCAN_BYTES = 4096
# A document that starts like HTML, or a markup file with an html/head/body tag early on.
_HTML_START = regex(r"<!doctype\s{1,20}html\b|<html[\s>]", re.IGNORECASE)
_HTML_TAG = regex(r"<(?:html|head|body)[\s>]", re.IGNORECASE)
# Patterns needed only once a page is HTML are plain strings, compiled on first
# use by re (which caches them), so that plain-text runs do not pay for them.
_META_CHARSET = (r"<meta\b[^>]{0,1024}?charset\s{0,20}=\s{0,20}[\"']?\s{0,20}([a-z0-9._:\-]{1,40})"
                 r"|<\?xml\b[^>]{0,200}?encoding\s{0,20}=\s{0,20}[\"']([a-z0-9._:\-]{1,40})")
_XML_DECLARATION = r"^\s{0,200}<\?xml\b[^>]{0,500}\?>"
_HTML_LANG = r"<html\b[^>]{0,1024}?\blang\s{0,20}=\s{0,20}[\"']?([a-z]{2,3})\b"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
# The page's own <title> (an <svg> or a dialog in the body may hold more): before </head>,
# else in the first 200 kB.
_HEAD_END = r"(?i)</head\s{0,20}>"
_TITLE = r"(?is)<title\b[^>]{0,500}>([^<]{1,2000})</title\s{0,20}>"
_HEAD_BYTES = 200_000
# The page's visible headlines: its <h1> elements (their inner tags dropped).
_HEADING = r"(?is)<h1\b[^>]{0,500}>(.{0,2000}?)</h1\s{0,20}>"
_TAG = r"<[^>]{0,2000}>"
_MAX_HEADINGS = 5
# "By Jane Doe", "By Jane E. Doe and John Roe, Reuters": short, no sentence end.
_BYLINE = r"by\s[^!?]{0,100}[^.!?\s]"
# WHATWG encoding labels whose Python codec differs: browsers read "latin-1"
# and "ascii" pages as windows-1252, and a utf-16 label on a BOM-less byte
# stream cannot be right (the prescan itself read it as ASCII), so it is UTF-8.
_LABEL_CODECS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "x-user-defined": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "utf-32": "utf-8",
}

# trafilatura settings, chosen on the dev half of the extraction benchmark
# (bench/extraction.py): precision over recall because boilerplate that slips
# into the body can end up in the summary; no comments (reader comments are not
# the article); tables kept (they carry figures in news); no deduplication
# (trafilatura's dedup cache is process-wide, so one page's output would depend
# on the pages read before it). Dates: the original publication date, from the
# page's markup first; only when the markup names none, htmldate's "extensive
# search" (a date written in the page, "Published on 5 May 2020"), as trafilatura
# does by default: on the 181 pages of the extraction benchmark it dates 2 more
# (both plausible) and changes no other, and bench/metadata.py found brief behind
# trafilatura on htmldate's own test pages without it (90 against 98 of 102).
EXTRACT_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": True,
    "deduplicate": False,
    "with_metadata": True,
}


def looks_like_html(source: str, data: bytes) -> bool:
    """An ``.html``/``.htm`` path, or bytes that are clearly an HTML document."""
    if source.lower().endswith(HTML_EXTENSIONS):
        return True
    return looks_like_html_text(_sniff_text(data[:_SNIFF_BYTES]))


def looks_like_html_text(text: str) -> bool:
    """Text that starts with a doctype/``<html>``, or with markup holding html/head/body early."""
    head = text[:_SNIFF_BYTES].lstrip("\ufeff \t\r\n\f\v")
    if not head.startswith("<"):
        return False
    return bool(_HTML_START.match(head) or _HTML_TAG.search(head))


def _sniff_text(prefix: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if prefix.startswith(bom):
            return prefix[len(bom):].decode(codec, errors="ignore")
    return prefix.removeprefix(codecs.BOM_UTF8).decode("latin-1")  # enough to see tags


def decode_html(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode a page: a BOM wins, then the declared charset (HTTP, then meta), then detection."""
    codec = _codec(declared) or _codec(_prescan_charset(data))
    if codec is None or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                         codecs.BOM_UTF16_BE)):
        return decode(data, source)
    if codec != "utf-8" and _is_utf8_with_multibyte(data):
        # Non-ASCII text that is valid UTF-8 is almost never in a legacy
        # encoding: the label is stale (a CMS moved to UTF-8, kept its meta tag).
        codec = "utf-8"
    text = data.decode(codec, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(source, "binary file (contains NUL bytes)")
    return text


def _prescan_charset(data: bytes) -> str | None:
    match = re.search(_META_CHARSET, data[:_PRESCAN_BYTES].decode("latin-1"), re.IGNORECASE)
    return (match.group(1) or match.group(2)) if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    try:
        return codecs.lookup(_LABEL_CODECS.get(label, label)).name
    except LookupError:
        return None


def _is_utf8_with_multibyte(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not text.isascii()


def article_from_html(data: bytes | str, source: str, *, language: str | None = None,
                      charset: str | None = None, url: str | None = None) -> Article:
    """The main text and metadata of an HTML page, as an Article."""
    text = data if isinstance(data, str) else decode_html(data, source, charset)
    text = strip_control_sequences(text)  # never analysed, as in plain text (loading)
    document = extract(text, url)
    title = _clean(document.title) if document is not None else None
    body = "\n\n".join(_without_header(_paragraphs(document.text if document else ""), title))
    if document is None or count_words(body) < MIN_ARTICLE_WORDS:
        raise InputError(source, "no article text found in the HTML page")
    meta = _page_meta(document, text, url)
    return Article(
        source=source, body=body, title=meta.title, date=meta.date, authors=meta.authors,
        language=_language(language, text, body), site=meta.site, url=meta.url,
    )


def metadata_from_html(data: bytes | str, *, charset: str | None = None,
                       url: str | None = None) -> PageMeta:
    """A page's title, date, authors, site and URL as brief cleans them, without its text
    (the metadata that ``article_from_html`` gives; a page need not hold an article)."""
    from trafilatura.metadata import extract_metadata

    text = data if isinstance(data, str) else decode_html(data, "page", charset)
    text = strip_control_sequences(text)
    document = extract_metadata(_without_xml_declaration(text), default_url=url,
                                date_config=_date_params())
    return _page_meta(document, text, url)


def _page_meta(document, text: str, url: str | None) -> PageMeta:
    """Title, date and authors of a trafilatura document, cleaned (page_meta)."""
    from newsbrief.page_meta import PageMeta, choose_title

    site = _clean(document.sitename)
    url = url or _clean(document.url)
    title = choose_title(_clean(document.title), _clean(_head_title(text)), _headings(text),
                         site, url)
    return PageMeta(title=title, date=_iso_date(document.date),
                    authors=_authors(document.author, site), site=site, url=url)


def _head_title(text: str) -> str | None:
    """The text of the page's first ``<title>`` in its head (trafilatura may take og:title)."""
    import html  # the entities table: only once a page is HTML

    head = re.search(_HEAD_END, text)
    match = re.search(_TITLE, text[:head.start()] if head else text[:_HEAD_BYTES])
    return html.unescape(match.group(1)) if match else None


def _headings(text: str) -> list[str]:
    """The text of the page's first few ``<h1>`` elements, tags dropped."""
    import html

    found = []
    for match in re.finditer(_HEADING, text):
        words = html.unescape(re.sub(_TAG, " ", match.group(1))).split()
        if words:
            found.append(" ".join(words))
        if len(found) == _MAX_HEADINGS:
            break
    return found


def extract(text: str, url: str | None = None):
    """trafilatura's bare extraction of ``text`` with brief's settings (None: nothing found)."""
    import trafilatura  # heavy (lxml, htmldate): only once an HTML input appears

    return trafilatura.bare_extraction(_without_xml_declaration(text), url=url,
                                       date_extraction_params=_date_params(),
                                       **EXTRACT_SETTINGS)


def _without_xml_declaration(text: str) -> str:
    # lxml refuses str input that carries an XML encoding declaration, and
    # trafilatura's fallback would then re-read the bytes in that encoding.
    return re.sub(_XML_DECLARATION, "", text, count=1, flags=re.IGNORECASE)


def _date_params() -> dict[str, Any]:
    return {"original_date": True, "extensive_search": True,
            "max_date": datetime.date.today().isoformat()}


def _paragraphs(text: str) -> list[str]:
    """trafilatura puts one block per line; each becomes a paragraph of brief's body."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [line for line in lines if line]


def _without_header(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop a first paragraph that repeats the title (it is shown apart) and a byline after it."""
    start = 0
    if paragraphs and title and _is_title_repeat(paragraphs[0], title):
        start = 1
    if start < len(paragraphs) and re.fullmatch(_BYLINE, paragraphs[start], re.IGNORECASE):
        start += 1
    return paragraphs[start:]


def _is_title_repeat(paragraph: str, title: str) -> bool:
    """The title itself, or its start (page titles often end in "| Site" or "- Site")."""
    para, full = _words(paragraph), _words(title)
    return bool(para) and (para == full or (len(para) >= 3 and full[:len(para)] == para))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _iso_date(value: str | None) -> str | None:
    return value[:10] if value and re.match(_ISO_DATE, value) else None


def _authors(value: str | None, site: str | None) -> tuple[str, ...]:
    """trafilatura joins authors with ``;``: people's names, in order, once each, not the site."""
    if not value:
        return ()
    from newsbrief.page_meta import clean_authors

    return clean_authors(value.split(";"), site)


def _language(given: str | None, text: str, body: str) -> str:
    """The language asked for; else the body's when its script or function words settle it
    (pages often declare a wrong ``<html lang>``: a site's default, not the article's); else
    the page's declared one; else the detection model's."""
    if given:
        from newsbrief.languages import normalize_language

        return normalize_language(given)
    from newsbrief.detection import detect_language, identify_without_model

    settled = identify_without_model(body)
    if settled is not None:
        return settled.language
    return html_language(text) or detect_language(body)


def html_language(text: str) -> str | None:
    """The primary subtag of ``<html lang=...>``, if declared."""
    match = re.search(_HTML_LANG, text[:_PRESCAN_BYTES], re.IGNORECASE)
    return match.group(1).lower() if match else None
