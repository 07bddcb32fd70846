"""RSS and Atom feeds as inputs: a feed's items become batch items, fetched like any URL.

feedparser is imported only when a feed appears (start-up is benchmarked), and is always
given the feed's bytes, never a URL: brief does its own fetching, with its timeout and size
limit, and feedparser would otherwise open the network itself.
"""
from __future__ import annotations

import io
import re
import time
from html.parser import HTMLParser
from urllib.parse import urljoin

from newsbrief.errors import InputError
from newsbrief.records import FeedEntry, FeedOptions
from newsbrief.walk import BatchItem, url_name
from newsbrief.web import DEFAULT_TIMEOUT, DEFAULT_URL_MAX_BYTES, is_url

_DURATION = re.compile(r"(\d+)\s*(m|min|h|d|w)", re.IGNORECASE)
_UNIT_SECONDS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def parse_since(value: str, now: float | None = None) -> float:
    """``--since``: a duration back from now (``90m``, ``12h``, ``1d``, ``2w``) or a date or
    time (``2024-03-01``, ``2024-03-01T08:00``, UTC unless it says otherwise), as epoch
    seconds. ValueError when it is neither."""
    from datetime import datetime, timezone

    text = value.strip()
    duration = _DURATION.fullmatch(text)
    if duration:
        now = time.time() if now is None else now
        return now - int(duration.group(1)) * _UNIT_SECONDS[duration.group(2).lower()]
    if text[-1:] in {"Z", "z"}:  # Python 3.10's fromisoformat does not read "Z" as UTC
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{value!r} is neither a date (2024-03-01) nor a duration "
                         "(30m, 12h, 1d, 2w)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def read_feed(data: bytes, source: str, options: FeedOptions = FeedOptions(),
              url: str | None = None) -> list[BatchItem]:
    """The items to brief of the feed ``data`` read from ``source``: its first
    ``options.max_items`` items (newer than ``options.since``), in the feed's order, each
    with what the feed says of it. An item whose link cannot be fetched is an item with an
    error, so it stays an error line. InputError when the feed cannot be parsed."""
    import feedparser

    # A stream: given bytes, feedparser would first try them as a file name to open
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False,
                              resolve_relative_uris=False)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        why = " ".join(str(reason).split())[:200] if reason else "no items and no feed markup"
        raise InputError(source, f"cannot parse the feed: {why}")
    base = url or (source if is_url(source) else parsed.feed.get("link")) or ""
    items: list[BatchItem] = []
    for number, entry in enumerate(parsed.entries, 1):
        stamp = _stamp(entry)
        if options.since is not None and (stamp is None or stamp < options.since):
            continue
        items.append(_item(entry, number, source, base, stamp, _text(parsed.feed.get("title"))))
        if len(items) >= options.max_items:
            break
    return items


def _stamp(entry) -> float | None:
    import calendar

    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return float(calendar.timegm(parsed)) if parsed else None


def _item(entry, number: int, source: str, base: str, stamp: float | None,
          site: str | None) -> BatchItem:
    info = FeedEntry(feed=source, title=_text(entry.get("title")),
                     date=time.strftime("%Y-%m-%d", time.gmtime(stamp)) if stamp else None,
                     authors=_authors(entry), site=site)
    link = (entry.get("link") or "").strip()
    target = urljoin(base, link) if link else ""
    if not is_url(target):
        shown = f"{source} (item {number})"
        why = "the item has no link" if not link else f"the item's link is not http(s): {link}"
        name = url_name(shown) if is_url(shown) else f"feed-item-{number}"
        return BatchItem(shown, name, why, info)
    return BatchItem(target, url_name(target), None, info)


def _text(value) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


def _authors(entry) -> tuple[str, ...]:
    names = [_text(a.get("name")) for a in entry.get("authors") or () if isinstance(a, dict)]
    if not any(names) and entry.get("author"):
        names = [_text(entry.get("author"))]
    return tuple(n for n in names if n)


def find_feed(url: str, *, timeout: float = DEFAULT_TIMEOUT,
              max_bytes: int = DEFAULT_URL_MAX_BYTES) -> str:
    """The feed a site's page names in ``<link rel="alternate" type="application/rss+xml">``
    (or Atom), as an absolute http(s) URL; ``url`` itself when it is a feed already."""
    from newsbrief.web import fetch, looks_like_feed

    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    if looks_like_feed(page.data):
        return url
    finder = _AlternateLinks()
    finder.feed(page.data.decode(page.charset or "utf-8", errors="replace"))
    for href in finder.found:
        target = urljoin(page.url, href.strip())
        if is_url(target):
            return target
    raise InputError(url, 'the page names no RSS or Atom feed (<link rel="alternate">)')


class _AlternateLinks(HTMLParser):
    """The hrefs of <link rel="alternate" type="application/rss+xml|atom+xml">."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag != "link":
            return
        values = {k: (v or "") for k, v in attrs}
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in FEED_LINK_TYPES and values.get("href"):
            self.found.append(values["href"])
